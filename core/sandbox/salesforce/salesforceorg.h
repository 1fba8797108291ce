// The emulated Salesforce org: what its resources share (the authorization server, the daily API
// allowance, the tasks, the records of the dataset and their replication history, the Email Opt Out changes
// of leads and contacts, the installed packages, the open query cursors) and how it is set up.
#pragma once

#include "sandbox/salesforce/apiusagemeter.h"
#include "sandbox/salesforce/emailoptouts.h"
#include "sandbox/salesforce/installedpackages.h"
#include "sandbox/salesforce/oauthprovider.h"
#include "sandbox/salesforce/objectaccess.h"
#include "sandbox/salesforce/orgrecords.h"
#include "sandbox/salesforce/querycursors.h"
#include "sandbox/salesforce/replicationlog.h"
#include "sandbox/salesforce/taskstore.h"
#include "sandbox/sandboxcontext.h"
#include "sandbox/sandboxrequest.h"

#include <QUrl>

#include <memory>
#include <optional>

namespace sia::sandbox::salesforce {

// The connected app and test user the sandbox registers, printed in sia-sandbox's ready line.
struct SalesforceSettings
{
    QString consumerKey
        = QStringLiteral("3MVG9SiaSandbox0ConsumerKey0For0Tests0Only0Not0A0Secret0Anywhere000");
    QString consumerSecret = QStringLiteral("5A1ASANDBOX0CONSUMER0SECRET0000");
    QString callbackUrl
        = QStringLiteral("http://localhost:1717/OauthRedirect"); // the Salesforce CLI's, by default
    QString password
        = QStringLiteral("Sandbox-Passw0rd"); // every user's, for the login page and the password grant
    int sessionTimeoutSeconds = 2 * 60 * 60;
    bool rotateRefreshTokens = false;
    qint64 taskCount = -1; // -1: one task for every 20 people, at least 20 and at most 5,000
};

class SalesforceOrg
{
public:
    SalesforceOrg(const SandboxContext& context, SalesforceSettings settings);

    const SandboxContext& context() const { return m_context; }
    const SalesforceSettings& settings() const { return m_settings; }
    OAuthProvider& oauth() { return m_oauth; }
    ApiUsageMeter& usage() { return m_usage; }
    const ApiUsageMeter& usage() const { return m_usage; }
    TaskStore& tasks() { return *m_tasks; }
    const TaskStore& tasks() const { return *m_tasks; }
    std::shared_ptr<const TaskStore> sharedTasks() const
    {
        return m_tasks;
    } // for cursors that outlive a call
    OrgRecords& records() { return m_records; }
    EmailOptOuts& emailOptOuts() { return m_emailOptOuts; }
    const EmailOptOuts& emailOptOuts() const { return m_emailOptOuts; }
    ObjectAccess& access() { return m_access; }
    const ObjectAccess& access() const { return m_access; }
    const ReplicationLog& replication() const { return *m_replication; }
    const InstalledPackages& packages() const { return m_packages; }
    qint64 replicationLagSeconds() const;
    QueryCursors& cursors() { return m_cursors; }
    const QueryCursors& cursors() const { return m_cursors; }
    // The connected app's registered callbacks: the settings' one first, then --sf-callback's others.
    QStringList callbackUrls() const;
    bool apiEnabled() const;
    QString organizationId() const;
    QDateTime now() const;

    // The session of the request's access token (renewed by this use), or nullopt.
    std::optional<ApiSession> session(const SandboxRequest& request);
    // https://host:port/id/<org>/<user>: the identity URL of a token answer (on the login host).
    QString identityUrl(const QUrl& baseUrl, const QString& userId) const;
    // The instance_url: the instance listener, named with the host the request named ("localhost" or
    // "127.0.0.1"), as a real login host answers its client with the org's instance.
    QString instanceUrl(const SandboxRequest& request) const;

    void reset(); // tokens, usage, cursors, Email Opt Out changes, and the tasks as the seed makes them

private:
    void seedTasks();

    const SandboxContext& m_context;
    SalesforceSettings m_settings;
    OAuthProvider m_oauth;
    ApiUsageMeter m_usage;
    std::shared_ptr<TaskStore> m_tasks;
    EmailOptOuts m_emailOptOuts; // before m_records, which reads it
    OrgRecords m_records;
    std::shared_ptr<ReplicationLog> m_replication;
    InstalledPackages m_packages;
    QueryCursors m_cursors;
    ObjectAccess m_access;
};

} // namespace sia::sandbox::salesforce
