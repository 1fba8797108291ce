#include "salesforce/salesforcechecks.h"

#include "network/networkproxy.h"
#include "network/verifiedhttps.h"
#include "salesforce/salesforceapi.h"
#include "salesforce/salesforceclient.h"
#include "salesforce/salesforceerrors.h"
#include "salesforce/salesforcesession.h"

#include <QJsonArray>
#include <QLocale>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

namespace sia {
namespace {

constexpr std::chrono::milliseconds probeTimeout { 15'000 }; // a check should finish in seconds

// The objects the product reads (the sync) and writes (activity logging as tasks).
const QStringList readObjects { QStringLiteral("Lead"), QStringLiteral("Contact"), QStringLiteral("Account"),
    QStringLiteral("Opportunity"), QStringLiteral("OpportunityContactRole") };

QString proxyOf(SalesforceClient& client, const QUrl& url)
{
    return NetworkProxy::describe(NetworkProxy::proxyFor(client.network(), url));
}

QUrl instanceOf(const SalesforceChecks::Inputs& inputs)
{
    const QUrl session = inputs.client->session().instanceUrl();
    return session.isValid() ? session : inputs.instanceUrl;
}

// One host's first answer, shared by "reachable" (did it answer at all?) and "tls" (was its certificate
// verified?).
struct HostAnswer
{
    QUrl url;
    bool answered = false;
    std::optional<Error> failure;
    QSslCertificate certificate;
};

struct HostProbes
{
    QList<HostAnswer> hosts; // the login host, then the instance when known
};

class ProxyCheck final : public ConnectionCheck
{
public:
    explicit ProxyCheck(const SalesforceChecks::Inputs& inputs)
        : m_inputs(inputs)
    { }
    QString key() const override { return QStringLiteral("proxy"); }
    QString name() const override { return SalesforceChecks::nameOf(key()); }
    void run(Done done) override
    {
        QPointer<QObject> guard = &m_guard;
        NetworkProxy::applyWithStoredPassword(m_inputs.proxy, *m_inputs.secrets, m_inputs.client->network(),
            [this, guard, done = std::move(done)](Result<void> applied) {
                if (!guard) {
                    return;
                }
                if (!applied) {
                    done(CheckFinding::failed(applied.error().code, applied.error().message,
                        SalesforceChecks::fixFor(applied.error())));
                    return;
                }
                const QString proxy = proxyOf(*m_inputs.client, m_inputs.client->connection().loginUrl);
                done(CheckFinding::passed(proxy.isEmpty()
                        ? SalesforceChecks::tr("Salesforce is reached directly, through no proxy.")
                        //: %1 is the proxy, e.g. "http://proxy.example.com:3128".
                        : SalesforceChecks::tr("Salesforce is reached through the proxy %1.").arg(proxy),
                    proxy));
            });
    }

private:
    SalesforceChecks::Inputs m_inputs;
    QObject m_guard;
};

class ReachableCheck final : public ConnectionCheck
{
public:
    ReachableCheck(const SalesforceChecks::Inputs& inputs, std::shared_ptr<HostProbes> probes)
        : m_inputs(inputs)
        , m_probes(std::move(probes))
    { }
    ~ReachableCheck() override
    {
        for (const QPointer<QNetworkReply>& reply : std::as_const(m_replies)) {
            if (reply) {
                QObject::disconnect(reply, nullptr, &m_guard, nullptr);
                reply->abort();
                reply->deleteLater();
            }
        }
    }
    QString key() const override { return QStringLiteral("reachable"); }
    QString name() const override { return SalesforceChecks::nameOf(key()); }
    QStringList needs() const override { return { QStringLiteral("proxy") }; }
    void run(Done done) override
    {
        m_done = std::move(done);
        // No token: any HTTP answer shows the host is there. The login host's root, the instance's list of
        // API versions (which Salesforce serves without a session).
        QUrl login = m_inputs.client->connection().loginUrl;
        login.setPath(QStringLiteral("/"));
        HostAnswer loginAnswer;
        loginAnswer.url = login;
        m_probes->hosts.append(loginAnswer);
        QUrl instance = instanceOf(m_inputs);
        if (instance.isValid() && !instance.host().isEmpty()) {
            instance.setPath(QStringLiteral("/services/data/"));
            HostAnswer instanceAnswer;
            instanceAnswer.url = instance;
            m_probes->hosts.append(instanceAnswer);
        }
        m_waiting = int(m_probes->hosts.size());
        for (int i = 0; i < m_probes->hosts.size(); ++i) {
            probe(i);
        }
    }

private:
    void probe(int index)
    {
        const SalesforceConnection& connection = m_inputs.client->connection();
        const QUrl url = m_probes->hosts.at(index).url;
        QNetworkReply* reply = m_inputs.client->network().get(
            VerifiedHttps::request(url, connection.extraCaCertificates, probeTimeout));
        VerifiedHttps::watch(reply);
        m_replies.append(reply);
        QObject::connect(reply, &QNetworkReply::encrypted, &m_guard, [this, index, reply] {
            m_probes->hosts[index].certificate = reply->sslConfiguration().peerCertificate();
        });
        QObject::connect(
            reply, &QNetworkReply::sslErrors, &m_guard, [this, index](const QList<QSslError>& errors) {
                HostAnswer& answer = m_probes->hosts[index];
                answer.answered = true; // it presented a certificate: the host is there
                if (!errors.isEmpty()) {
                    answer.certificate = errors.constFirst().certificate();
                }
            });
        QObject::connect(reply, &QNetworkReply::finished, &m_guard, [this, index, reply] {
            reply->deleteLater();
            HostAnswer& answer = m_probes->hosts[index];
            const QString host = answer.url.host();
            if (VerifiedHttps::tlsFailed(reply)) {
                answer.failure = SalesforceErrors::fromTls(VerifiedHttps::sslErrors(reply), host);
            } else if (VerifiedHttps::connectionFailed(reply) || VerifiedHttps::httpStatus(reply) == 0) {
                answer.failure = SalesforceErrors::fromNetwork(reply->error(), host);
            }
            answer.answered = answer.answered || VerifiedHttps::httpStatus(reply) != 0;
            if (--m_waiting == 0) {
                finish();
            }
        });
    }

    void finish()
    {
        const QString proxy = proxyOf(*m_inputs.client, m_inputs.client->connection().loginUrl);
        QStringList hosts;
        for (const HostAnswer& answer : std::as_const(m_probes->hosts)) {
            if (!answer.answered) {
                const Error& error = *answer.failure;
                m_done(
                    CheckFinding::failed(error.code, error.message, SalesforceChecks::fixFor(error), proxy));
                return;
            }
            hosts << answer.url.host()
                    + (answer.url.port() > 0 ? QStringLiteral(":%1").arg(answer.url.port()) : QString());
        }
        if (hosts.size() == 1) {
            //: %1 the login host. The instance is not known before the first login.
            m_done(CheckFinding::passed(
                SalesforceChecks::tr("The login host %1 answers.").arg(hosts.constFirst()), proxy));
            return;
        }
        //: %1 the login host, %2 the org's instance.
        m_done(
            CheckFinding::passed(SalesforceChecks::tr("The login host %1 and the org's instance %2 answer.")
                                     .arg(hosts.at(0), hosts.at(1)),
                proxy));
    }

    SalesforceChecks::Inputs m_inputs;
    std::shared_ptr<HostProbes> m_probes;
    QList<QPointer<QNetworkReply>> m_replies;
    Done m_done;
    int m_waiting = 0;
    QObject m_guard;
};

class TlsCheck final : public ConnectionCheck
{
public:
    TlsCheck(const SalesforceChecks::Inputs& inputs, std::shared_ptr<HostProbes> probes)
        : m_inputs(inputs)
        , m_probes(std::move(probes))
    { }
    QString key() const override { return QStringLiteral("tls"); }
    QString name() const override { return SalesforceChecks::nameOf(key()); }
    QStringList needs() const override { return { QStringLiteral("reachable") }; }
    void run(Done done) override
    {
        QTimer::singleShot(0, &m_guard, [this, done = std::move(done)] { done(finding()); });
    }

private:
    CheckFinding finding() const
    {
        const QString proxy = proxyOf(*m_inputs.client, m_inputs.client->connection().loginUrl);
        QStringList verified;
        for (const HostAnswer& answer : std::as_const(m_probes->hosts)) {
            if (answer.failure && answer.failure->code == u"salesforce.tls") {
                return CheckFinding::failed(answer.failure->code, answer.failure->message,
                    SalesforceChecks::fixFor(*answer.failure), proxy);
            }
            if (answer.url.scheme() != u"https") {
                // Only the sandbox on this computer is reached without TLS (SalesforceConnectionService).
                return CheckFinding::passed(
                    SalesforceChecks::tr("Plain HTTP to the sandbox on this computer: nothing leaves the "
                                         "machine, so no certificate is needed."),
                    proxy);
            }
            const QStringList issuer = answer.certificate.issuerInfo(QSslCertificate::CommonName);
            //: %1 a host, %2 its certificate's issuer.
            verified << SalesforceChecks::tr("%1 (issued by %2)")
                            .arg(answer.url.host(),
                                issuer.isEmpty() ? QStringLiteral("?") : issuer.join(u", "));
        }
        const bool extraCa = !m_inputs.client->connection().extraCaCertificates.isEmpty();
        //: %1 lists the hosts with their certificates' issuers.
        return CheckFinding::passed(extraCa
                ? SalesforceChecks::tr("The certificates were verified, the extra trusted CA certificate "
                                       "included: %1.")
                      .arg(verified.join(QStringLiteral("; ")))
                : SalesforceChecks::tr("The certificates were verified: %1.")
                      .arg(verified.join(QStringLiteral("; "))),
            proxy);
    }

    SalesforceChecks::Inputs m_inputs;
    std::shared_ptr<HostProbes> m_probes;
    QObject m_guard;
};

class CredentialsCheck final : public ConnectionCheck
{
public:
    CredentialsCheck(
        const SalesforceChecks::Inputs& inputs, std::shared_ptr<SalesforceCheckFindings> findings)
        : m_client(*inputs.client)
        , m_findings(std::move(findings))
    { }
    QString key() const override { return QStringLiteral("credentials"); }
    QString name() const override { return SalesforceChecks::nameOf(key()); }
    QStringList needs() const override { return { QStringLiteral("tls") }; }
    void run(Done done) override
    {
        // A fresh access token from the keychain's refresh token, even where a session is at hand: this is
        // what every later call relies on (a revoked or expired refresh token shows here).
        SalesforceSession& session = m_client.session();
        session.expired(session.currentAccessToken());
        QPointer<QObject> guard = &m_guard;
        session.accessToken([this, guard, done = std::move(done)](Result<QString> token) {
            if (!guard) {
                return;
            }
            const QString proxy = proxyOf(m_client, m_client.connection().loginUrl);
            if (!token) {
                done(CheckFinding::failed(token.error().code, token.error().message,
                    SalesforceChecks::fixFor(token.error()), proxy));
                return;
            }
            m_findings->instanceUrl = m_client.session().instanceUrl();
            const SalesforceIdentity ids = SalesforceApi::identityOf(m_client.session().identityUrl());
            m_findings->userId = ids.userId;
            m_findings->organizationId = ids.organizationId;
            //: %1 the login host, %2 the org's instance.
            done(CheckFinding::passed(
                SalesforceChecks::tr("%1 issued a fresh access token from the stored "
                                     "refresh token; the org's API is at %2.")
                    .arg(m_client.connection().loginUrl.host(), m_findings->instanceUrl.toString()),
                proxy));
        });
    }

private:
    SalesforceClient& m_client;
    std::shared_ptr<SalesforceCheckFindings> m_findings;
    QObject m_guard;
};

class ApiAccessCheck final : public ConnectionCheck
{
public:
    ApiAccessCheck(const SalesforceChecks::Inputs& inputs, std::shared_ptr<SalesforceCheckFindings> findings)
        : m_inputs(inputs)
        , m_findings(std::move(findings))
    { }
    QString key() const override { return QStringLiteral("api-access"); }
    QString name() const override { return SalesforceChecks::nameOf(key()); }
    QStringList needs() const override { return { QStringLiteral("credentials") }; }
    void run(Done done) override
    {
        SalesforceClient& client = *m_inputs.client;
        SalesforceApi(client).organization(
            &m_guard, [this, &client, done = std::move(done)](Result<SalesforceOrganization> org) {
                const QString proxy = proxyOf(client, m_findings->instanceUrl);
                if (!org) {
                    if (org.error().code == u"salesforce.API_DISABLED_FOR_ORG"
                        || org.error().code == u"salesforce.API_CURRENTLY_DISABLED") {
                        m_findings->apiAvailable = false;
                        done(refusal(org.error(), proxy));
                        return;
                    }
                    done(CheckFinding::failed(
                        org.error().code, org.error().message, SalesforceChecks::fixFor(org.error()), proxy));
                    return;
                }
                m_findings->apiAvailable = true;
                m_findings->organizationId = org->id;
                m_findings->organizationName = org->name;
                m_findings->edition = org->edition;
                m_findings->isSandbox = org->isSandbox;
                m_findings->instanceName = org->instanceName;
                //: %1 the org's name, %2 its edition.
                done(CheckFinding::passed(SalesforceChecks::tr("The REST API answers for the org %1 (%2).")
                                              .arg(org->name, org->edition),
                    proxy));
            });
    }

private:
    // Salesforce answers the same for an org without the API and a user without "API Enabled"; the edition
    // an earlier connection recorded tells them apart where it can.
    CheckFinding refusal(const Error& error, const QString& proxy) const
    {
        const std::optional<bool> editionHasApi = SalesforceChecks::editionIncludesApi(m_inputs.knownEdition);
        if (editionHasApi == true) {
            //: %1 the org's edition, %2 Salesforce's own message.
            return CheckFinding::failed(QStringLiteral("salesforce.user-without-api"),
                SalesforceChecks::tr(
                    "Salesforce refused API access, and the org's edition (%1) includes the API: "
                    "the connected user lacks the \"API Enabled\" permission (%2).")
                    .arg(m_inputs.knownEdition, error.message),
                SalesforceChecks::permissionFix(QStringLiteral("api-enabled")), proxy);
        }
        if (editionHasApi == false) {
            return CheckFinding::failed(QStringLiteral("salesforce.org-without-api"),
                SalesforceChecks::tr(
                    "Salesforce refused API access: the org's edition (%1) has no API access "
                    "(%2).")
                    .arg(m_inputs.knownEdition, error.message),
                SalesforceChecks::tr(
                    "Professional Edition needs Salesforce's API add-on (ask your Salesforce "
                    "account executive); Enterprise, Unlimited, Performance and Developer "
                    "Edition include the API."),
                proxy);
        }
        return CheckFinding::failed(error.code, error.message, SalesforceChecks::fixFor(error), proxy);
    }

    SalesforceChecks::Inputs m_inputs;
    std::shared_ptr<SalesforceCheckFindings> m_findings;
    QObject m_guard;
};

// The connected user's permissions: "API Enabled" from the profile and permission sets, the object
// permissions from a global describe made as that user. Both asked at once.
class PermissionsCheck final : public ConnectionCheck
{
public:
    PermissionsCheck(
        const SalesforceChecks::Inputs& inputs, std::shared_ptr<SalesforceCheckFindings> findings)
        : m_client(*inputs.client)
        , m_findings(std::move(findings))
    { }
    QString key() const override { return QStringLiteral("permissions"); }
    QString name() const override { return SalesforceChecks::nameOf(key()); }
    QStringList needs() const override { return { QStringLiteral("api-access") }; }
    void run(Done done) override
    {
        m_done = std::move(done);
        m_waiting = 3;
        SalesforceApi(m_client).userApiPermission(
            m_findings->userId, &m_guard, [this](Result<SalesforceUserApiPermission> permission) {
                if (!permission) {
                    m_failure = m_failure.value_or(permission.error());
                } else {
                    m_apiEnabled = permission->apiEnabled;
                    m_findings->username = permission->username;
                }
                answered();
            });
        SalesforceApi(m_client).identity(&m_guard, [this](Result<SalesforceIdentity> identity) {
            if (identity) {
                m_findings->displayName = identity->displayName;
                if (m_findings->username.isEmpty()) {
                    m_findings->username = identity->username;
                }
            } else {
                m_failure = m_failure.value_or(identity.error());
            }
            answered();
        });
        m_client.send(SalesforceRequest::get(SalesforceRequest::Api::Data, QStringLiteral("/sobjects/")),
            &m_guard, [this](Result<SalesforceResponse> describe) {
                if (!describe) {
                    m_failure = m_failure.value_or(describe.error());
                } else {
                    m_objects = SalesforceChecks::objectPermissions(describe->object());
                }
                answered();
            });
    }

private:
    void answered()
    {
        if (--m_waiting > 0) {
            return;
        }
        const QString proxy = proxyOf(m_client, m_findings->instanceUrl);
        if (m_failure) {
            m_done(CheckFinding::failed(
                m_failure->code, m_failure->message, SalesforceChecks::fixFor(*m_failure), proxy));
            return;
        }
        QList<SalesforcePermission> all { { QStringLiteral("api-enabled"), m_apiEnabled } };
        all += m_objects;
        m_findings->permissions = all;
        QStringList missing;
        QStringList fixes;
        for (const SalesforcePermission& permission : std::as_const(all)) {
            if (!permission.granted) {
                missing << SalesforceChecks::permissionName(permission.key);
                fixes << SalesforceChecks::permissionFix(permission.key);
            }
        }
        if (missing.isEmpty()) {
            //: %1 the connected user's username.
            m_done(CheckFinding::passed(
                SalesforceChecks::tr("%1 has every permission SIA Admin needs: API Enabled; "
                                     "read Lead, Contact, Account, Opportunity and "
                                     "Opportunity Contact Role; create and edit Task.")
                    .arg(m_findings->username),
                proxy));
            return;
        }
        fixes.removeDuplicates();
        //: %1 the connected user's username, %2 the missing permissions.
        m_done(CheckFinding::failed(QStringLiteral("salesforce.permissions-missing"),
            SalesforceChecks::tr("%1 lacks permissions SIA Admin needs: %2.")
                .arg(m_findings->username, missing.join(QStringLiteral(", "))),
            fixes.join(u' '), proxy));
    }

    SalesforceClient& m_client;
    std::shared_ptr<SalesforceCheckFindings> m_findings;
    Done m_done;
    int m_waiting = 0;
    std::optional<Error> m_failure;
    bool m_apiEnabled = false;
    QList<SalesforcePermission> m_objects;
    QObject m_guard;
};

class DailyRequestsCheck final : public ConnectionCheck
{
public:
    DailyRequestsCheck(
        const SalesforceChecks::Inputs& inputs, std::shared_ptr<SalesforceCheckFindings> findings)
        : m_client(*inputs.client)
        , m_budget(inputs.budget)
        , m_findings(std::move(findings))
    { }
    QString key() const override { return QStringLiteral("daily-requests"); }
    QString name() const override { return SalesforceChecks::nameOf(key()); }
    QStringList needs() const override { return { QStringLiteral("api-access") }; }
    void run(Done done) override
    {
        SalesforceApi(m_client).dailyApiRequests(
            &m_guard, [this, done = std::move(done)](Result<SalesforceDailyRequests> daily) {
                const QString proxy = proxyOf(m_client, m_findings->instanceUrl);
                if (!daily) {
                    done(CheckFinding::failed(daily.error().code, daily.error().message,
                        SalesforceChecks::fixFor(daily.error()), proxy));
                    return;
                }
                // Sforce-Limit-Info of this very answer is the newest count; /limits' own is the fallback.
                qint64 used = daily->max - daily->remaining;
                qint64 max = daily->max;
                if (const std::optional<SalesforceApiUsage> header = m_client.lastApiUsage(); header) {
                    used = header->used;
                    max = header->max;
                }
                ApiUsage usage;
                usage.dailyLimit = max;
                usage.usedByAll = used;
                m_findings->requestsUsed = used;
                m_findings->requestsMax = max;
                m_findings->ourShare = m_budget.allowedOf(max);
                m_findings->capPercent = m_budget.capPercent();
                const ApiBudgetDecision decision = m_budget.decide(usage, QDateTime::currentDateTimeUtc());
                if (!decision.allowed && decision.refusal) {
                    done(CheckFinding::failed(decision.refusal->code, decision.refusal->message,
                        SalesforceChecks::fixFor(*decision.refusal), proxy));
                    return;
                }
                const QLocale locale;
                //: %1 requests used in the last 24 hours by every integration, %2 the org's daily limit, %3
                //: the requests SIA Admin may still make, %4 the admin's cap in percent.
                done(CheckFinding::passed(
                    SalesforceChecks::tr("%1 of the org's %2 API requests of the last 24 hours are used; SIA "
                                         "Admin may make %3 more (its cap is %4 % of the limit).")
                        .arg(locale.toString(used), locale.toString(max),
                            locale.toString(qMax<qint64>(0, decision.remaining)))
                        .arg(m_budget.capPercent()),
                    proxy));
            });
    }

private:
    SalesforceClient& m_client;
    ApiBudget m_budget;
    std::shared_ptr<SalesforceCheckFindings> m_findings;
    QObject m_guard;
};

} // namespace

QStringList SalesforceChecks::keys()
{
    return { QStringLiteral("proxy"), QStringLiteral("reachable"), QStringLiteral("tls"),
        QStringLiteral("credentials"), QStringLiteral("api-access"), QStringLiteral("permissions"),
        QStringLiteral("daily-requests") };
}

QString SalesforceChecks::nameOf(const QString& key)
{
    if (key == u"proxy") {
        return tr("Proxy");
    }
    if (key == u"reachable") {
        return tr("Salesforce answers");
    }
    if (key == u"tls") {
        return tr("Secure connection (TLS)");
    }
    if (key == u"credentials") {
        return tr("Credentials accepted");
    }
    if (key == u"api-access") {
        return tr("API access");
    }
    if (key == u"permissions") {
        return tr("The user's permissions");
    }
    if (key == u"daily-requests") {
        return tr("Daily API requests left");
    }
    return key; // a check of a newer version, read from the database
}

ConnectionCheckList SalesforceChecks::create(
    const Inputs& inputs, std::shared_ptr<SalesforceCheckFindings> findings)
{
    auto probes = std::make_shared<HostProbes>();
    ConnectionCheckList checks;
    checks.push_back(std::make_unique<ProxyCheck>(inputs));
    checks.push_back(std::make_unique<ReachableCheck>(inputs, probes));
    checks.push_back(std::make_unique<TlsCheck>(inputs, probes));
    checks.push_back(std::make_unique<CredentialsCheck>(inputs, findings));
    checks.push_back(std::make_unique<ApiAccessCheck>(inputs, findings));
    checks.push_back(std::make_unique<PermissionsCheck>(inputs, findings));
    checks.push_back(std::make_unique<DailyRequestsCheck>(inputs, findings));
    return checks;
}

QList<SalesforcePermission> SalesforceChecks::objectPermissions(const QJsonObject& describeGlobal)
{
    QHash<QString, QJsonObject> objects;
    for (const QJsonValue& entry : describeGlobal.value(QStringLiteral("sobjects")).toArray()) {
        const QJsonObject object = entry.toObject();
        objects.insert(object.value(QStringLiteral("name")).toString(), object);
    }
    QList<SalesforcePermission> permissions;
    for (const QString& name : readObjects) {
        // An object the user may not read is left out of the describe, or listed as not queryable.
        const bool readable
            = objects.contains(name) && objects.value(name).value(QStringLiteral("queryable")).toBool();
        permissions.append({ QStringLiteral("read-") + name, readable });
    }
    const QJsonObject task = objects.value(QStringLiteral("Task"));
    permissions.append({ QStringLiteral("create-Task"), task.value(QStringLiteral("createable")).toBool() });
    permissions.append({ QStringLiteral("edit-Task"), task.value(QStringLiteral("updateable")).toBool() });
    return permissions;
}

QString SalesforceChecks::permissionName(const QString& key)
{
    if (key == u"api-enabled") {
        return tr("API Enabled");
    }
    if (key == u"read-Lead") {
        return tr("Read Lead");
    }
    if (key == u"read-Contact") {
        return tr("Read Contact");
    }
    if (key == u"read-Account") {
        return tr("Read Account");
    }
    if (key == u"read-Opportunity") {
        return tr("Read Opportunity");
    }
    if (key == u"read-OpportunityContactRole") {
        return tr("Read Opportunity Contact Role");
    }
    if (key == u"create-Task") {
        return tr("Create Task");
    }
    if (key == u"edit-Task") {
        return tr("Edit Task");
    }
    return key;
}

QString SalesforceChecks::permissionFix(const QString& key)
{
    if (key == u"api-enabled") {
        return tr(
            "In Salesforce Setup, give the connected user \"API Enabled\" (Users, the user's profile or a "
            "permission set, System Permissions), or connect as a user who has it.");
    }
    if (key == u"read-OpportunityContactRole") {
        return tr("In Salesforce Setup, give the connected user Read on Opportunity (contact roles follow "
                  "the opportunity) in the profile or a permission set (Object Settings).");
    }
    if (key.startsWith(QStringLiteral("read-"))) {
        //: %1 an object: Lead, Contact, Account, Opportunity.
        return tr(
            "In Salesforce Setup, give the connected user Read on %1 in the profile or a permission set "
            "(Object Settings, %1, Object Permissions).")
            .arg(key.mid(5));
    }
    return tr("In Salesforce Setup, give the connected user Read, Create and Edit on Task (Object Settings, "
              "Tasks, in the profile or a permission set; tasks are \"Edit Tasks\" in a profile's General "
              "User Permissions).");
}

std::optional<bool> SalesforceChecks::editionIncludesApi(const QString& edition)
{
    const QString text = edition.toLower();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    if (text.contains(QStringLiteral("professional")) || text.contains(QStringLiteral("essentials"))
        || text.contains(QStringLiteral("group")) || text.contains(QStringLiteral("personal"))) {
        return std::nullopt; // the API is an add-on there: the edition alone does not tell
    }
    if (text.contains(QStringLiteral("enterprise")) || text.contains(QStringLiteral("unlimited"))
        || text.contains(QStringLiteral("performance")) || text.contains(QStringLiteral("developer"))) {
        return true;
    }
    return std::nullopt;
}

QString SalesforceChecks::fixFor(const Error& error)
{
    const QString& code = error.code;
    if (code == u"salesforce.oauth.invalid_grant" || code == u"salesforce.not-connected"
        || code == u"salesforce.INVALID_SESSION_ID") {
        return tr("Connect to Salesforce again in step 2 (or with sia-admin connect salesforce): the stored "
                  "authorization no longer works.");
    }
    if (code == u"salesforce.oauth.invalid_client") {
        return tr(
            "Store the connected app's consumer secret (Setup, App Manager, the app, View, Manage Consumer "
            "Details) with the connection, or turn off \"Require Secret for Web Server Flow\" and "
            "\"Require Secret for Refresh Token Flow\" in the app's OAuth settings; then connect again.");
    }
    if (code == u"salesforce.tls") {
        return tr("If your organisation inspects HTTPS, trust its CA certificate as an extra certificate; "
                  "otherwise check the login host: it may not be Salesforce's.");
    }
    if (code == u"salesforce.API_DISABLED_FOR_ORG" || code == u"salesforce.API_CURRENTLY_DISABLED") {
        return tr(
            "Either the org's edition has no API access (Professional Edition needs the API add-on), or "
            "the connected user lacks \"API Enabled\": in Salesforce Setup, check the user's profile or "
            "permission sets (System Permissions, API Enabled), or connect as a user who has it.");
    }
    if (code == u"salesforce.session-not-for-rest") {
        return tr(
            "Add the OAuth scope \"api\" (Manage user data via APIs) to the connected app, then connect "
            "again.");
    }
    if (code == u"salesforce.REQUEST_LIMIT_EXCEEDED") {
        return tr("Wait until earlier requests drop out of the rolling 24 hours, or ask Salesforce to raise "
                  "the org's daily API request limit (Setup, Company Information shows the usage).");
    }
    if (code.startsWith(QStringLiteral("budget."))) {
        return tr("Wait until earlier requests drop out of the rolling 24 hours, or raise SIA Admin's share "
                  "of the limit (the setting budget.salesforce-percent).");
    }
    if (code.startsWith(QStringLiteral("salesforce.http")) || code == u"salesforce.not-json") {
        return tr("Check the login host (login.salesforce.com, test.salesforce.com or the org's My Domain) "
                  "and the proxy settings.");
    }
    if (code.startsWith(QStringLiteral("salesforce.network."))) {
        return tr("Check this computer's network connection, the login host's name, and any firewall or "
                  "proxy between this computer and Salesforce.");
    }
    if (code.startsWith(QStringLiteral("proxy."))) {
        return tr("Check the proxy settings and the proxy's password.");
    }
    if (code.startsWith(QStringLiteral("secrets."))) {
        return tr("Unlock this computer's keychain (or start its keyring service), then test again.");
    }
    //: %1 is the stable error code, for support.
    return tr("Test the connection again in a few minutes; if it keeps failing, contact support with the "
              "code %1.")
        .arg(code);
}

} // namespace sia
