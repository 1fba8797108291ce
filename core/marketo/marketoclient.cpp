#include "marketo/marketoclient.h"

#include "connections/apibudgetgate.h"
#include "marketo/marketocall.h"
#include "marketo/marketoratelimiter.h"
#include "marketo/marketotokensource.h"

Q_LOGGING_CATEGORY(lcMarketo, "sia.marketo", QtInfoMsg) // debug lines on request (QT_LOGGING_RULES)

namespace sia {

MarketoClient::MarketoClient(MarketoConnection connection, QObject* parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_limiter(new MarketoRateLimiter(m_connection.limits, this))
    , m_tokens(new MarketoTokenSource(m_network, m_connection, this))
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setBudgetGate(std::make_shared<ApiBudgetGate>(ConnectionService::Marketo));
}

void MarketoClient::setBudgetGate(std::shared_ptr<ApiBudgetGate> gate)
{
    m_budget = std::move(gate);
    m_budget->setDailyLimit(m_connection.limits.dailyCalls);
}

MarketoClient::~MarketoClient()
{
    // The calls go first (they release their slots into the limiter and abort their replies).
    const auto calls = findChildren<MarketoCall*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

void MarketoClient::send(
    MarketoRequest request, QObject* receiver, std::function<void(Result<MarketoResponse>)> done)
{
    auto* call = new MarketoCall(*this, std::move(request), receiver, std::move(done));
    call->start();
}

void MarketoClient::authenticate(QObject* receiver, std::function<void(Result<void>)> done)
{
    m_tokens->token([receiver = QPointer<QObject>(receiver), done = std::move(done)](Result<QString> token) {
        if (!receiver) {
            return;
        }
        done(token ? Result<void>() : Result<void>(token.error()));
    });
}

QUrl MarketoClient::urlFor(const MarketoRequest& request) const
{
    QUrl url = request.api == MarketoRequest::Api::Rest ? m_connection.restUrl : m_connection.hostUrl();
    QString base = url.path();
    if (base.endsWith(u'/')) {
        base.chop(1);
    }
    url.setPath(base + request.path);
    return url;
}

} // namespace sia
