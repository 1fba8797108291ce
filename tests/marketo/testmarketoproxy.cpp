// The proxy and the extra CA end to end, from the settings to the wire: step 3's service connects to a
// sandbox served over TLS (--tls) through a real HTTP CONNECT proxy and a real SOCKS5 proxy on 127.0.0.1
// (tests/support), the certificate trusted through the setting network.extra-ca-file; the proxy check
// names the proxy, and the proxy saw the calls. A wrong proxy password fails with its own message; without
// the extra CA the TLS check fails and says why; a file that holds no certificate is refused before any
// call.
#include "connections/connectionsecrets.h"
#include "marketo/marketoconnectionservice.h"
#include "memorysecretstore.h"
#include "sandbox/sandbox.h"
#include "settings/settingsrepository.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"
#include "testhttpproxy.h"
#include "testsocksproxy.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace sia;
using namespace sia::test;

class TestMarketoProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void checksGoThroughTheHttpProxyAndSaySo();
    void checksGoThroughTheSocks5ProxyWithItsPassword();
    void wrongProxyPasswordHasItsOwnMessage();
    void withoutTheExtraCaTheTlsCheckFails();
    void fileWithoutCertificateIsRefusedBeforeAnyCall();

private:
    void setSetting(SettingKey key, const QString& value);
    void storeProxyPassword(const QByteArray& password);
    QString writeCertificate();
    MarketoCredentials credentials() const; // through "localhost", which the certificate names
    Result<MarketoTestOutcome> connect();
    static const NamedCheck* check(const MarketoTestOutcome& outcome, const QString& key);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<MarketoConnectionService> m_service;
    QTemporaryDir m_dir;
};

void TestMarketoProxy::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    std::optional<Result<void>> opened;
    m_worker->open(this, [&opened](Result<void> result) { opened = result; });
    QTRY_VERIFY(opened.has_value());
    QVERIFY(opened->ok());
    m_runner = std::make_unique<WorkerStoreRunner>(*m_worker);
    m_secrets = std::make_unique<MemorySecretStore>();
    sandbox::SandboxOptions options;
    options.people = 50;
    options.tls = true;
    m_sandbox = std::make_unique<sandbox::Sandbox>(options);
    QVERIFY(m_sandbox->start().ok());
    m_service = std::make_unique<MarketoConnectionService>(
        *m_runner, *m_secrets, m_dir.filePath(QStringLiteral("actions.sqlite")), QStringLiteral("alice"));
}

void TestMarketoProxy::cleanup()
{
    m_service.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_worker.reset();
    m_secrets.reset();
    m_database.reset();
}

void TestMarketoProxy::setSetting(SettingKey key, const QString& value)
{
    std::optional<Result<bool>> done;
    m_runner->run<bool>(
        [key, value](Store& store) -> Result<bool> {
            Result<void> stored = SettingsRepository(store).set(key, value, QStringLiteral("alice"));
            if (!stored) {
                return stored.error();
            }
            return true;
        },
        this, [&done](Result<bool> result) { done = result; });
    QTRY_VERIFY(done.has_value());
    QVERIFY2(done->ok(), failureText(*done).constData());
}

void TestMarketoProxy::storeProxyPassword(const QByteArray& password)
{
    ConnectionSecrets secrets(*m_secrets, m_dir.filePath(QStringLiteral("actions.sqlite")));
    std::optional<Result<void>> done;
    secrets.write(ConnectionSecret::ProxyPassword, password, [&done](Result<void> result) { done = result; });
    QTRY_VERIFY(done.has_value());
    QVERIFY(done->ok());
}

QString TestMarketoProxy::writeCertificate()
{
    const QString path = m_dir.filePath(QStringLiteral("sandbox-ca.pem"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(m_sandbox->certificatePem());
    }
    return path;
}

MarketoCredentials TestMarketoProxy::credentials() const
{
    const QJsonObject marketo = m_sandbox->readyInfo().value(QStringLiteral("marketo")).toObject();
    MarketoCredentials credentials;
    credentials.restUrl = QUrl(marketo.value(QStringLiteral("restUrl")).toString());
    credentials.identityUrl = QUrl(marketo.value(QStringLiteral("identityUrl")).toString());
    credentials.restUrl.setHost(QStringLiteral("localhost"));
    credentials.identityUrl.setHost(QStringLiteral("localhost"));
    credentials.clientId = marketo.value(QStringLiteral("clientId")).toString();
    credentials.clientSecret = marketo.value(QStringLiteral("clientSecret")).toString().toUtf8();
    return credentials;
}

Result<MarketoTestOutcome> TestMarketoProxy::connect()
{
    std::optional<Result<MarketoTestOutcome>> outcome;
    m_service->connectTo(credentials(), [&outcome](Result<MarketoTestOutcome> result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30'000)) {
        return Error::internal(QStringLiteral("test.timeout"), QStringLiteral("connect did not answer"));
    }
    return *outcome;
}

const NamedCheck* TestMarketoProxy::check(const MarketoTestOutcome& outcome, const QString& key)
{
    for (const NamedCheck& check : outcome.report.checks) {
        if (check.key == key) {
            return &check;
        }
    }
    return nullptr;
}

void TestMarketoProxy::checksGoThroughTheHttpProxyAndSaySo()
{
    TestHttpProxy proxy;
    QVERIFY(proxy.listen());
    proxy.route(QStringLiteral("localhost"), m_sandbox->baseUrl().port());
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
    setSetting(SettingKey::ProxyMode, QStringLiteral("manual"));
    setSetting(SettingKey::ProxyUrl, url);
    setSetting(SettingKey::NetworkExtraCaFile, writeCertificate());

    const Result<MarketoTestOutcome> outcome = connect();
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    QVERIFY2(outcome->connected, qPrintable(outcome->report.failedKeys().join(u',')));
    QVERIFY2(check(*outcome, QStringLiteral("proxy"))->message.contains(url),
        qPrintable(check(*outcome, QStringLiteral("proxy"))->message));
    QVERIFY2(check(*outcome, QStringLiteral("tls"))->message.contains(QStringLiteral("extra trusted CA")),
        qPrintable(check(*outcome, QStringLiteral("tls"))->message));
    const QString tunnel = QStringLiteral("localhost:%1").arg(m_sandbox->baseUrl().port());
    QVERIFY2(proxy.forwardedHosts().contains(tunnel), qPrintable(proxy.forwardedHosts().join(u' ')));
}

void TestMarketoProxy::checksGoThroughTheSocks5ProxyWithItsPassword()
{
    TestSocksProxy proxy;
    QVERIFY(proxy.listen());
    proxy.requireCredentials(QStringLiteral("bob"), QStringLiteral("socks-word"));
    proxy.route(QStringLiteral("localhost"), m_sandbox->baseUrl().port());
    setSetting(SettingKey::ProxyMode, QStringLiteral("manual"));
    setSetting(SettingKey::ProxyUrl, QStringLiteral("socks5://bob@127.0.0.1:%1").arg(proxy.port()));
    setSetting(SettingKey::NetworkExtraCaFile, writeCertificate());
    storeProxyPassword("socks-word");

    const Result<MarketoTestOutcome> outcome = connect();
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    QVERIFY2(outcome->connected, qPrintable(outcome->report.failedKeys().join(u',')));
    QVERIFY(check(*outcome, QStringLiteral("proxy"))->message.contains(QStringLiteral("socks5://127.0.0.1")));
    QVERIFY(proxy.connectedHosts().contains(QStringLiteral("localhost:%1").arg(m_sandbox->baseUrl().port())));
    QCOMPARE(proxy.refusedLogins(), 0);
}

void TestMarketoProxy::wrongProxyPasswordHasItsOwnMessage()
{
    TestHttpProxy proxy;
    QVERIFY(proxy.listen());
    proxy.requireCredentials(QStringLiteral("alice"), QStringLiteral("the-right-one"));
    proxy.route(QStringLiteral("localhost"), m_sandbox->baseUrl().port());
    setSetting(SettingKey::ProxyMode, QStringLiteral("manual"));
    setSetting(SettingKey::ProxyUrl, QStringLiteral("http://alice@127.0.0.1:%1").arg(proxy.port()));
    setSetting(SettingKey::NetworkExtraCaFile, writeCertificate());
    storeProxyPassword("a-stale-one");

    const Result<MarketoTestOutcome> outcome = connect();
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    QVERIFY(!outcome->connected);
    const NamedCheck* reachable = check(*outcome, QStringLiteral("reachable"));
    QCOMPARE(reachable->code,
        QStringLiteral("marketo.network.%1").arg(int(QNetworkReply::ProxyAuthenticationRequiredError)));
    QVERIFY2(reachable->message.contains(QStringLiteral("password")), qPrintable(reachable->message));
    QVERIFY(proxy.refusedRequests() >= 1);
}

void TestMarketoProxy::withoutTheExtraCaTheTlsCheckFails()
{
    TestHttpProxy proxy;
    QVERIFY(proxy.listen());
    proxy.route(QStringLiteral("localhost"), m_sandbox->baseUrl().port());
    setSetting(SettingKey::ProxyMode, QStringLiteral("manual"));
    setSetting(SettingKey::ProxyUrl, QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));

    const Result<MarketoTestOutcome> outcome = connect();
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    QVERIFY(!outcome->connected);
    QCOMPARE(outcome->report.failedKeys(), QStringList { QStringLiteral("tls") });
    QVERIFY2(check(*outcome, QStringLiteral("tls"))->message.contains(QStringLiteral("extra trusted")),
        qPrintable(check(*outcome, QStringLiteral("tls"))->message));
}

void TestMarketoProxy::fileWithoutCertificateIsRefusedBeforeAnyCall()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate");
    file.close();
    setSetting(SettingKey::NetworkExtraCaFile, path);
    const qint64 before = m_sandbox->counters().value(QStringLiteral("totalCalls"));

    const Result<MarketoTestOutcome> outcome = connect();
    QVERIFY2(outcome.ok(), failureText(outcome).constData());
    QVERIFY(!outcome->connected);
    QCOMPARE(outcome->report.checks.size(), 1);
    QCOMPARE(outcome->report.checks.first().code, QStringLiteral("network.extra-ca-invalid"));
    QCOMPARE(m_sandbox->counters().value(QStringLiteral("totalCalls")), before);
}

QTEST_GUILESS_MAIN(TestMarketoProxy)
#include "testmarketoproxy.moc"
