#include "marketo/marketochecks.h"

#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"
#include "marketo/marketoerrors.h"
#include "marketo/marketotokensource.h"
#include "marketo/marketotransport.h"
#include "network/networkproxy.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

namespace sia {
namespace {

// The host's first answer, shared by "reachable" (did it answer at all?) and "tls" (was its certificate
// verified?): one request serves both.
struct HostProbe
{
    bool answered = false; // an HTTP answer, or a TLS handshake that got as far as a certificate
    std::optional<Error> failure; // the transport's failure (network or TLS), if any
    QSslCertificate certificate; // the host's certificate, when it presented one
};

constexpr int probeTimeoutMs = 15'000; // a check should finish in seconds; a silent host fails it

// Runs a check's answer from the event loop, as ConnectionCheck::run promises, unless the check is gone.
void later(QObject* guard, std::function<void()> work)
{
    QTimer::singleShot(0, guard, std::move(work));
}

QString proxyOf(MarketoClient& client, const QUrl& url)
{
    return NetworkProxy::describe(NetworkProxy::proxyFor(client.network(), url));
}

class ProxyCheck final : public ConnectionCheck
{
public:
    explicit ProxyCheck(const MarketoChecks::Inputs& inputs)
        : m_inputs(inputs)
    { }
    QString key() const override { return QStringLiteral("proxy"); }
    QString name() const override { return MarketoChecks::nameOf(key()); }
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
                        MarketoChecks::tr("Enter the proxy's password in the proxy settings, or choose "
                                          "another proxy setting.")));
                    return;
                }
                const QUrl url = m_inputs.client->connection().restUrl;
                const QString proxy = proxyOf(*m_inputs.client, url);
                done(CheckFinding::passed(proxy.isEmpty()
                        ? MarketoChecks::tr("Marketo is reached directly, through no proxy.")
                        //: %1 is the proxy, e.g. "http://proxy.example.com:3128".
                        : MarketoChecks::tr("Marketo is reached through the proxy %1.").arg(proxy),
                    proxy));
            });
    }

private:
    MarketoChecks::Inputs m_inputs;
    QObject m_guard;
};

class ReachableCheck final : public ConnectionCheck
{
public:
    ReachableCheck(const MarketoChecks::Inputs& inputs, std::shared_ptr<HostProbe> probe)
        : m_client(*inputs.client)
        , m_probe(std::move(probe))
    { }
    ~ReachableCheck() override
    {
        if (m_reply) {
            // Abandoned: nobody may hear of it any more (abort() finishes the reply at once).
            QObject::disconnect(m_reply, nullptr, &m_guard, nullptr);
            m_reply->abort();
            m_reply->deleteLater();
        }
    }
    QString key() const override { return QStringLiteral("reachable"); }
    QString name() const override { return MarketoChecks::nameOf(key()); }
    QStringList needs() const override { return { QStringLiteral("proxy") }; }
    void run(Done done) override
    {
        // The REST endpoint itself, without a token: any HTTP answer shows the host is there.
        const QUrl url = m_client.connection().restUrl;
        QNetworkRequest request = MarketoTransport::request(url, m_client.connection());
        request.setTransferTimeout(probeTimeoutMs);
        m_reply = m_client.network().get(request);
        MarketoTransport::watch(m_reply);
        QObject::connect(m_reply, &QNetworkReply::encrypted, &m_guard,
            [this] { m_probe->certificate = m_reply->sslConfiguration().peerCertificate(); });
        QObject::connect(
            m_reply, &QNetworkReply::sslErrors, &m_guard, [this](const QList<QSslError>& errors) {
                m_probe->answered = true; // it presented a certificate: the host is there
                if (!errors.isEmpty()) {
                    m_probe->certificate = errors.constFirst().certificate();
                }
            });
        QObject::connect(m_reply, &QNetworkReply::finished, &m_guard, [this, url, done = std::move(done)] {
            QNetworkReply* reply = m_reply;
            m_reply = nullptr;
            reply->deleteLater();
            m_probe->failure = MarketoTransport::transportFailure(reply);
            if (!m_probe->failure && MarketoTransport::httpStatus(reply) == 0) {
                m_probe->failure = MarketoErrors::notMarketo(url.host());
            }
            m_probe->answered = m_probe->answered || MarketoTransport::httpStatus(reply) != 0;
            const QString proxy = proxyOf(m_client, url);
            if (!m_probe->answered) {
                const Error& error = *m_probe->failure;
                done(CheckFinding::failed(error.code, error.message, MarketoChecks::fixFor(error), proxy));
                return;
            }
            //: %1 is the host name of the Marketo REST endpoint.
            done(CheckFinding::passed(MarketoChecks::tr("%1 answers.").arg(url.host()), proxy));
        });
    }

private:
    MarketoClient& m_client;
    std::shared_ptr<HostProbe> m_probe;
    QPointer<QNetworkReply> m_reply;
    QObject m_guard;
};

class TlsCheck final : public ConnectionCheck
{
public:
    TlsCheck(const MarketoChecks::Inputs& inputs, std::shared_ptr<HostProbe> probe)
        : m_client(*inputs.client)
        , m_probe(std::move(probe))
    { }
    QString key() const override { return QStringLiteral("tls"); }
    QString name() const override { return MarketoChecks::nameOf(key()); }
    QStringList needs() const override { return { QStringLiteral("reachable") }; }
    void run(Done done) override
    {
        later(&m_guard, [this, done = std::move(done)] { done(finding()); });
    }

private:
    CheckFinding finding() const
    {
        const QUrl url = m_client.connection().restUrl;
        const QString proxy = proxyOf(m_client, url);
        if (m_probe->failure && m_probe->failure->code == u"marketo.tls") {
            return CheckFinding::failed(m_probe->failure->code, m_probe->failure->message,
                MarketoChecks::fixFor(*m_probe->failure), proxy);
        }
        if (url.scheme() != u"https") {
            // Only the sandbox on this computer may be reached without TLS (MarketoConnectionService).
            return CheckFinding::passed(
                MarketoChecks::tr("Plain HTTP to the sandbox on this computer: nothing leaves the machine, "
                                  "so no certificate is needed."),
                proxy);
        }
        const QStringList issuer = m_probe->certificate.issuerInfo(QSslCertificate::CommonName);
        const bool extraCa = !m_client.connection().extraCaCertificates.isEmpty();
        //: %1 is the host, %2 the certificate's issuer.
        QString text = MarketoChecks::tr("The certificate of %1 was verified (issued by %2).")
                           .arg(url.host(), issuer.isEmpty() ? QStringLiteral("?") : issuer.join(u", "));
        if (extraCa) {
            text = MarketoChecks::tr("The certificate of %1 was verified (issued by %2), the extra trusted "
                                     "CA certificate included.")
                       .arg(url.host(), issuer.isEmpty() ? QStringLiteral("?") : issuer.join(u", "));
        }
        return CheckFinding::passed(text, proxy);
    }

    MarketoClient& m_client;
    std::shared_ptr<HostProbe> m_probe;
    QObject m_guard;
};

class CredentialsCheck final : public ConnectionCheck
{
public:
    CredentialsCheck(const MarketoChecks::Inputs& inputs, std::shared_ptr<MarketoCheckFindings> findings)
        : m_client(*inputs.client)
        , m_findings(std::move(findings))
    { }
    QString key() const override { return QStringLiteral("credentials"); }
    QString name() const override { return MarketoChecks::nameOf(key()); }
    QStringList needs() const override { return { QStringLiteral("tls") }; }
    void run(Done done) override
    {
        const QUrl url = m_client.connection().identityUrl;
        m_client.authenticate(&m_guard, [this, url, done = std::move(done)](Result<void> accepted) {
            const QString proxy = proxyOf(m_client, url);
            if (!accepted) {
                done(CheckFinding::failed(accepted.error().code, accepted.error().message,
                    MarketoChecks::fixFor(accepted.error()), proxy));
                return;
            }
            m_findings->apiUser = m_client.tokens().scope();
            done(CheckFinding::passed(m_findings->apiUser.isEmpty()
                    ? MarketoChecks::tr("Marketo issued an access token for the client ID.")
                    //: %1 is the API user's email address.
                    : MarketoChecks::tr("Marketo issued an access token for the API user %1.")
                          .arg(m_findings->apiUser),
                proxy));
        });
    }

private:
    MarketoClient& m_client;
    std::shared_ptr<MarketoCheckFindings> m_findings;
    QObject m_guard;
};

class ApiAccessCheck final : public ConnectionCheck
{
public:
    explicit ApiAccessCheck(const MarketoChecks::Inputs& inputs)
        : m_client(*inputs.client)
    { }
    QString key() const override { return QStringLiteral("api-access"); }
    QString name() const override { return MarketoChecks::nameOf(key()); }
    QStringList needs() const override { return { QStringLiteral("credentials") }; }
    void run(Done done) override
    {
        // describe2 reads no person and changes nothing, and needs the lead-reading permission the sync
        // needs too.
        MarketoApi(m_client).describeLeads(
            &m_guard, [this, done = std::move(done)](Result<QList<QJsonObject>> fields) {
                const QString proxy = proxyOf(m_client, m_client.connection().restUrl);
                if (!fields) {
                    done(CheckFinding::failed(fields.error().code, fields.error().message,
                        MarketoChecks::fixFor(fields.error()), proxy));
                    return;
                }
                // describe2 answers one record, the person object, whose "fields" lists its fields.
                const int count = fields->isEmpty()
                    ? 0
                    : int(fields->constFirst().value(QStringLiteral("fields")).toArray().size());
                done(CheckFinding::passed(
                    MarketoChecks::tr("The API user may read people: Marketo described %n person field(s).",
                        nullptr, count),
                    proxy));
            });
    }

private:
    MarketoClient& m_client;
    QObject m_guard;
};

class DailyQuotaCheck final : public ConnectionCheck
{
public:
    DailyQuotaCheck(const MarketoChecks::Inputs& inputs, std::shared_ptr<MarketoCheckFindings> findings)
        : m_client(*inputs.client)
        , m_budget(inputs.budget)
        , m_findings(std::move(findings))
    { }
    QString key() const override { return QStringLiteral("daily-quota"); }
    QString name() const override { return MarketoChecks::nameOf(key()); }
    QStringList needs() const override { return { QStringLiteral("credentials") }; }
    void run(Done done) override
    {
        MarketoApi(m_client).usageToday(
            &m_guard, [this, done = std::move(done)](Result<MarketoUsageDay> day) {
                const QString proxy = proxyOf(m_client, m_client.connection().restUrl);
                if (!day) {
                    done(CheckFinding::failed(
                        day.error().code, day.error().message, MarketoChecks::fixFor(day.error()), proxy));
                    return;
                }
                const qint64 limit = m_client.connection().limits.dailyCalls;
                ApiUsage usage;
                usage.dailyLimit = limit;
                usage.usedByAll = day->total;
                for (const auto& [user, calls] : day->callsPerUser) {
                    if (!m_findings->apiUser.isEmpty()
                        && user.compare(m_findings->apiUser, Qt::CaseInsensitive) == 0) {
                        usage.usedByUs = calls;
                    }
                }
                m_findings->callsToday = day->total;
                m_findings->dailyLimit = limit;
                m_findings->ourShare = m_budget.allowedOf(limit);
                m_findings->capPercent = m_budget.capPercent();
                const ApiBudgetDecision decision = m_budget.decide(usage, QDateTime::currentDateTimeUtc());
                if (!decision.allowed && decision.refusal) {
                    done(CheckFinding::failed(decision.refusal->code, decision.refusal->message,
                        MarketoChecks::fixFor(*decision.refusal), proxy));
                    return;
                }
                const QLocale locale;
                //: %1 calls used today by every integration, %2 the daily quota, %3 the calls SIA Admin may
                //: still make, %4 the admin's cap in percent.
                done(CheckFinding::passed(
                    MarketoChecks::tr("%1 of the %2 calls of today are used; SIA Admin may "
                                      "make %3 more (its cap is %4 % of the quota).")
                        .arg(locale.toString(day->total), locale.toString(limit),
                            locale.toString(qMax<qint64>(0, decision.remaining)))
                        .arg(m_budget.capPercent()),
                    proxy));
            });
    }

private:
    MarketoClient& m_client;
    ApiBudget m_budget;
    std::shared_ptr<MarketoCheckFindings> m_findings;
    QObject m_guard;
};

} // namespace

QStringList MarketoChecks::keys()
{
    return { QStringLiteral("proxy"), QStringLiteral("reachable"), QStringLiteral("tls"),
        QStringLiteral("credentials"), QStringLiteral("api-access"), QStringLiteral("daily-quota") };
}

QString MarketoChecks::nameOf(const QString& key)
{
    if (key == u"proxy") {
        return tr("Proxy");
    }
    if (key == u"reachable") {
        return tr("Marketo answers");
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
    if (key == u"daily-quota") {
        return tr("Daily quota left");
    }
    return key; // a check of a newer version, read from the database
}

ConnectionCheckList MarketoChecks::create(
    const Inputs& inputs, std::shared_ptr<MarketoCheckFindings> findings)
{
    auto probe = std::make_shared<HostProbe>();
    ConnectionCheckList checks;
    checks.push_back(std::make_unique<ProxyCheck>(inputs));
    checks.push_back(std::make_unique<ReachableCheck>(inputs, probe));
    checks.push_back(std::make_unique<TlsCheck>(inputs, probe));
    checks.push_back(std::make_unique<CredentialsCheck>(inputs, findings));
    checks.push_back(std::make_unique<ApiAccessCheck>(inputs));
    checks.push_back(std::make_unique<DailyQuotaCheck>(inputs, findings));
    return checks;
}

QString MarketoChecks::fixFor(const Error& error)
{
    const QString& code = error.code;
    if (code == u"marketo.credentials" || code.startsWith(QStringLiteral("marketo.identity."))) {
        return tr("In Marketo, open Admin, LaunchPoint, select the API user's custom service and click View "
                  "Details; copy the client ID and client secret again, and the identity URL from Admin, Web "
                  "Services.");
    }
    if (code == u"marketo.tls") {
        return tr("If your organisation inspects HTTPS, trust its CA certificate as an extra certificate; "
                  "otherwise check the URL: the host may not be Marketo's.");
    }
    if (code == u"marketo.603") {
        return tr(
            "In Marketo, open Admin, Users & Roles, Roles, and give the API user's role the permissions "
            "Read-Only Lead (or Read-Write Lead), Read-Only Activity and Access User Management Api.");
    }
    if (code == u"marketo.607" || code == u"marketo.quota") {
        return tr(
            "Wait until midnight US Central time, when Marketo's day ends, or ask Marketo support for a "
            "larger quota.");
    }
    if (code.startsWith(QStringLiteral("budget."))) {
        return tr("Wait for the next day, or raise SIA Admin's share of the quota (the setting "
                  "budget.marketo-percent).");
    }
    if (code.startsWith(QStringLiteral("marketo.http")) || code == u"marketo.not-json"
        || code == u"marketo.610") {
        return tr("Copy the REST endpoint and identity URLs again from Marketo, Admin, Web Services; if they "
                  "are right, check the proxy settings.");
    }
    if (code.startsWith(QStringLiteral("marketo.network."))) {
        return tr("Check this computer's network connection, the URL's host name and port, and any "
                  "firewall or proxy between this computer and Marketo.");
    }
    if (code.startsWith(QStringLiteral("proxy."))) {
        return tr("Check the proxy settings and the proxy's password.");
    }
    //: %1 is the stable error code, for support.
    return tr("Test the connection again in a few minutes; if it keeps failing, contact support with the "
              "code %1.")
        .arg(code);
}

} // namespace sia
