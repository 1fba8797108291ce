// The sandbox's Marketo Engage: identity, REST (leads, describe, activities, usage), bulk lead extract
// and user management, behind one guard for tokens and limits. It wires the pieces and answers
// injected faults as Marketo answers errors.
#pragma once

#include "sandbox/marketo/marketoactivities.h"
#include "sandbox/marketo/marketobulkexport.h"
#include "sandbox/marketo/marketoguard.h"
#include "sandbox/marketo/marketoleads.h"
#include "sandbox/marketo/marketotokens.h"
#include "sandbox/marketo/marketousage.h"
#include "sandbox/marketo/marketousers.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxcontext.h"
#include "sandbox/sandboxrouter.h"

#include <memory>

namespace sia::sandbox {

class MarketoApi : public SandboxApi
{
public:
    // The fault that makes a bulk export job end Failed ("marketo.bulkEnqueue=FAILED@2").
    static constexpr const char* jobFailedFault = "FAILED";

    explicit MarketoApi(const SandboxContext& context);

    QString vendor() const override { return QStringLiteral("marketo"); }
    void registerRoutes(SandboxRouter& router) override;
    QStringList faultCodes() const override;
    std::optional<SandboxResponse> faultResponse(
        const Fault& fault, const SandboxRequest& request) const override;
    void reset() override;
    QJsonObject counters() const override;
    QJsonObject readyInfo(const QUrl& baseUrl) const override;

    const marketo::MarketoCredentials& credentials() const { return m_credentials; }
    marketo::MarketoTokens& tokens() { return m_tokens; }
    const marketo::MarketoActivities& activities() const { return m_activities; }

private:
    using Handler = std::function<SandboxResponse(const SandboxRequest&, const QString& requestId)>;
    // Wraps a handler: a request id, Marketo's URL length limit, and errors counted for stats/errors.json.
    SandboxHandler wrap(Handler handler);
    // Registers handler for methods, and 605 for any other method on the same path.
    void route(SandboxRouter& router, const QByteArrayList& methods, const QString& path,
        const QString& endpoint, Handler handler);
    SandboxResponse identity(const SandboxRequest& request);
    SandboxResponse usage(const SandboxRequest& request, const QString& requestId, int days) const;
    SandboxResponse errors(const QString& requestId, int days) const;
    void recordError(const SandboxResponse& response);

    SandboxContext m_context;
    marketo::MarketoCredentials m_credentials;
    marketo::MarketoTokens m_tokens;
    marketo::MarketoUsage m_usage;
    std::shared_ptr<marketo::MarketoGuard> m_guard;
    marketo::MarketoLeads m_leads;
    marketo::MarketoActivities m_activities;
    // Behind a pointer: an injected fault (faultResponse, const) can make a job fail.
    std::unique_ptr<marketo::MarketoBulkExport> m_bulk;
    marketo::MarketoUsers m_users;
};

} // namespace sia::sandbox
