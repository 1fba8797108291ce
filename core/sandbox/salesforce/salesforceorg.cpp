#include "sandbox/salesforce/salesforceorg.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/restresponses.h"
#include "sandbox/salesforce/taskgenerator.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxoptions.h"

#include <QTimeZone>

namespace sia::sandbox::salesforce {

SalesforceOrg::SalesforceOrg(const SandboxContext& context, SalesforceSettings settings)
    : m_context(context)
    , m_settings(std::move(settings))
    , m_oauth(OAuthSettings { context.dataset.organization().id, m_settings.sessionTimeoutSeconds, 15 * 60 },
          [&clock = context.clock] { return clock.now(); })
    , m_usage(
          context.options.limits.salesforceDailyRequests, [&clock = context.clock] { return clock.now(); })
    // The store checks references against the org's records and finds parents there (used only later,
    // when m_records exists).
    , m_tasks(std::make_shared<TaskStore>([&clock = context.clock] { return clock.now(); },
          TaskReferences { [this](const QString& id) { return m_records.exists(id); },
              [this](const QString& id) {
                  return m_records.isActiveUser(id);
              } },
          [this](const QString& id) { return m_records.byId(id); }))
    , m_records(context.dataset, m_tasks)
    , m_replication(
          std::make_shared<ReplicationLog>(context.dataset, [&clock = context.clock] { return clock.now(); }))
    , m_packages(context.dataset)
    , m_cursors([&clock = context.clock] { return clock.now(); })
{
    m_records.setReplication(m_replication);
    m_records.setEmailOptOuts(&m_emailOptOuts);
    m_tasks->setReplicationLag(replicationLagSeconds());
    m_tasks->setSharing(TaskSharing(context.options.salesforcePrivateTasks));
    ConnectedApp app;
    app.consumerKey = m_settings.consumerKey;
    app.consumerSecret = m_settings.consumerSecret;
    app.callbackUrls = callbackUrls();
    app.rotateRefreshTokens = m_settings.rotateRefreshTokens;
    app.requireSecretForWebServerFlow = context.options.salesforceRequireSecret;
    app.requireSecretForRefreshTokenFlow = context.options.salesforceRequireSecret;
    m_oauth.registerApp(app);
    QList<OAuthUser> users;
    for (const SalesforceUser& user : context.dataset.salesforceUsers()) {
        users.append({ user.id, user.username, m_settings.password, user.isActive });
    }
    m_oauth.setUsers(users);
    if (!context.options.salesforceTokenFile.isEmpty()) {
        m_oauth.persistRefreshTokens(context.options.salesforceTokenFile);
    }
    seedTasks();
}

QStringList SalesforceOrg::callbackUrls() const
{
    QStringList urls { m_settings.callbackUrl };
    for (const QString& url : m_context.options.salesforceMoreCallbackUrls) {
        if (!urls.contains(url)) {
            urls.append(url);
        }
    }
    return urls;
}

bool SalesforceOrg::apiEnabled() const
{
    return m_context.dataset.organization().apiEnabled;
}

qint64 SalesforceOrg::replicationLagSeconds() const
{
    return m_context.options.salesforceReplicationLagSeconds;
}

QString SalesforceOrg::organizationId() const
{
    return m_context.dataset.organization().id;
}

QDateTime SalesforceOrg::now() const
{
    return m_context.clock.now();
}

std::optional<ApiSession> SalesforceOrg::session(const SandboxRequest& request)
{
    const QString token = RestResponses::accessToken(request);
    return token.isEmpty() ? std::nullopt : m_oauth.session(token);
}

QString SalesforceOrg::identityUrl(const QUrl& baseUrl, const QString& userId) const
{
    return baseUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery) + QStringLiteral("/id/") + organizationId()
        + QLatin1Char('/') + userId;
}

QString SalesforceOrg::instanceUrl(const SandboxRequest& request) const
{
    QUrl instance = m_context.listeners.salesforceInstanceUrl;
    instance.setHost(request.baseUrl.host());
    return instance.toString(QUrl::RemovePath | QUrl::RemoveQuery);
}

void SalesforceOrg::seedTasks()
{
    const SandboxDataset& dataset = m_context.dataset;
    TaskSeed seed;
    seed.seed = dataset.seed();
    seed.count = m_settings.taskCount >= 0 ? m_settings.taskCount
                                           : qBound(qint64(20), dataset.peopleCount() / 20, qint64(5000));
    // Relative to the start of the clock's day (UTC): the same seed gives the same tasks all day long,
    // and their due dates lie around today.
    seed.now = QDateTime(now().toUTC().date(), QTime(0, 0), QTimeZone::utc());
    seed.creatorId = m_records.integrationUserId();
    for (const SalesforceUser& user : dataset.salesforceUsers()) {
        if (user.isActive) {
            seed.ownerIds << user.id;
        }
    }
    const qint64 people = qMax<qint64>(1, dataset.peopleCount());
    seed.pickWho = [&dataset, people](quint64 draw) {
        const qint64 number = qint64(draw % quint64(people)) + 1;
        const QString lead = RecordIds::make(RecordIds::leadPrefix, number);
        if (dataset.lead(lead)) {
            return lead;
        }
        const QString contact = RecordIds::make(RecordIds::contactPrefix, number);
        return dataset.contact(contact) ? contact : QString();
    };
    const qint64 accounts = dataset.accountCount();
    seed.pickWhat = [accounts](quint64 draw) {
        return accounts > 0 ? RecordIds::make(RecordIds::accountPrefix, qint64(draw % quint64(accounts)) + 1)
                            : QString();
    };
    TaskGenerator::fill(*m_tasks, seed);
}

void SalesforceOrg::reset()
{
    m_oauth.reset();
    m_usage.reset();
    m_cursors.clear();
    m_tasks->clear();
    m_emailOptOuts.clear();
    m_replication->reset();
    m_access.reset();
    seedTasks();
}

} // namespace sia::sandbox::salesforce
