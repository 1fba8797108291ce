// The proxy: the settings' choice parsed (system by default, none, manual HTTP or SOCKS5 with an optional
// user, never a password in the URL), put into effect on a QNetworkAccessManager, and proven with a real
// proxy on 127.0.0.1: a request for a host only the proxy can reach arrives, through the system's
// configuration as through a manual proxy, and an authenticating proxy gets the password from the
// keychain. Runs on the in-memory secret store, and as testnetworkproxy-keychain on the OS keychain.
#include "connections/connectionsecrets.h"
#include "memorysecretstore.h"
#include "network/networkproxy.h"
#include "secrets/keychainsecretstore.h"
#include "secretstorecalls.h"
#include "settings/settingsrepository.h"
#include "storetesthelpers.h"
#include "testhttpproxy.h"
#include "testsocksproxy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sia;
using namespace sia::test;

class TestNetworkProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void choiceFromSettingValues_data();
    void choiceFromSettingValues();
    void refusedSettingValues_data();
    void refusedSettingValues();
    void proxyModesAreTheSettingsChoices();
    void systemProxyIsTheDefault();
    void noProxyGoesDirect();
    void manualProxyCarriesTheRequest();
    void systemConfigurationIsFollowed();
    void authenticatingProxyGetsTheKeychainPassword();
    void wrongStoredPasswordIsRefusedByTheProxy();
    void missingPasswordIsAnErrorBeforeAnyRequest();
    void socks5ProxyCarriesTheRequest();
    void socks5ProxyLogsInWithTheKeychainPassword();

private:
    QNetworkReply* get(QNetworkAccessManager& manager, const QUrl& url);
    Result<void> applyStored(const ProxyChoice& choice, QNetworkAccessManager& manager);
    ProxyChoice manual(const QString& user = {}) const;

    std::unique_ptr<SecretStore> m_secretStore;
    std::unique_ptr<ConnectionSecrets> m_secrets;
    std::unique_ptr<TestHttpProxy> m_proxy;
    std::unique_ptr<TestHttpTarget> m_target;
    const QUrl m_onlyThroughProxy { QStringLiteral("http://only-via-proxy.invalid:8080/hello") };
};

void TestNetworkProxy::initTestCase()
{
    if (qEnvironmentVariableIntValue("SIA_TEST_REAL_KEYCHAIN") == 1) {
        QVERIFY2(qEnvironmentVariableIsSet("SIA_TEST_KEYRING"), "run through tests/with-keyring.sh");
        m_secretStore = std::make_unique<KeychainSecretStore>(QStringLiteral("SIA Admin proxy test"));
    } else {
        m_secretStore = std::make_unique<MemorySecretStore>();
    }
    m_secrets = std::make_unique<ConnectionSecrets>(*m_secretStore, QStringLiteral("proxy-test-instance"));
}

void TestNetworkProxy::init()
{
    m_proxy = std::make_unique<TestHttpProxy>();
    QVERIFY(m_proxy->listen());
    m_target = std::make_unique<TestHttpTarget>("hello through the proxy");
    QVERIFY(m_target->listen());
    m_proxy->route(m_onlyThroughProxy.host(), m_target->port());
}

void TestNetworkProxy::cleanup()
{
    QVERIFY(callAndWait<void>([this](auto done) {
        m_secrets->remove(ConnectionSecret::ProxyPassword, done);
    }).ok());
    m_proxy.reset();
    m_target.reset();
}

QNetworkReply* TestNetworkProxy::get(QNetworkAccessManager& manager, const QUrl& url)
{
    QNetworkReply* reply = manager.get(QNetworkRequest(url));
    reply->setParent(this);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(15000);
    }
    return reply;
}

Result<void> TestNetworkProxy::applyStored(const ProxyChoice& choice, QNetworkAccessManager& manager)
{
    return callAndWait<void>(
        [&](auto done) { NetworkProxy::applyWithStoredPassword(choice, *m_secrets, manager, done); });
}

ProxyChoice TestNetworkProxy::manual(const QString& user) const
{
    const QString userPart = user.isEmpty() ? QString() : user + QLatin1Char('@');
    Result<ProxyChoice> choice = ProxyChoice::fromSettingValues(QStringLiteral("manual"),
        QStringLiteral("http://") + userPart + QStringLiteral("127.0.0.1:%1").arg(m_proxy->port()));
    return choice.value();
}

void TestNetworkProxy::choiceFromSettingValues_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("expectedMode");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("display");
    QTest::newRow("system") << "system"
                            << "" << int(ProxyMode::System) << 0 << "" << 0 << ""
                            << "";
    QTest::newRow("system ignores a URL")
        << "system"
        << "http://proxy:3128" << int(ProxyMode::System) << 0 << "" << 0 << ""
        << "";
    QTest::newRow("none") << "none"
                          << "" << int(ProxyMode::None) << 0 << "" << 0 << ""
                          << "";
    QTest::newRow("manual http") << "manual"
                                 << "http://proxy.example.com:3128" << int(ProxyMode::Manual)
                                 << int(ProxyKind::Http) << "proxy.example.com" << 3128 << ""
                                 << "http://proxy.example.com:3128";
    QTest::newRow("manual socks5 with a user") << "manual"
                                               << "socks5://alice@10.0.0.1:1080" << int(ProxyMode::Manual)
                                               << int(ProxyKind::Socks5) << "10.0.0.1" << 1080 << "alice"
                                               << "socks5://10.0.0.1:1080";
}

void TestNetworkProxy::choiceFromSettingValues()
{
    QFETCH(QString, mode);
    QFETCH(QString, url);
    QFETCH(int, expectedMode);
    QFETCH(int, kind);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, display);

    const Result<ProxyChoice> choice = ProxyChoice::fromSettingValues(mode, url);

    QVERIFY2(choice.ok(), failureText(choice).constData());
    QCOMPARE(int(choice->mode), expectedMode);
    if (choice->mode == ProxyMode::Manual) {
        QCOMPARE(int(choice->kind), kind);
        QCOMPARE(choice->host, host);
        QCOMPARE(int(choice->port), port);
        QCOMPARE(choice->user, user);
        QCOMPARE(choice->needsPassword(), !user.isEmpty());
    }
    QCOMPARE(choice->displayUrl(), display);
}

void TestNetworkProxy::refusedSettingValues_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown mode") << "auto"
                                  << ""
                                  << "proxy.unknown-mode";
    QTest::newRow("manual without a URL") << "manual"
                                          << ""
                                          << "proxy.invalid-url";
    QTest::newRow("manual without a port") << "manual"
                                           << "http://proxy.example.com"
                                           << "proxy.invalid-url";
    QTest::newRow("https is no proxy kind") << "manual"
                                            << "https://proxy.example.com:443"
                                            << "proxy.invalid-url";
    QTest::newRow("a password in the URL") << "manual"
                                           << "http://alice:hunter2@proxy:3128"
                                           << "settings.secret-in-value";
}

void TestNetworkProxy::refusedSettingValues()
{
    QFETCH(QString, mode);
    QFETCH(QString, url);
    QFETCH(QString, code);
    const Result<ProxyChoice> choice = ProxyChoice::fromSettingValues(mode, url);
    QVERIFY(!choice.ok());
    QCOMPARE(choice.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(choice.error().code, code);
}

void TestNetworkProxy::proxyModesAreTheSettingsChoices()
{
    QStringList modes;
    for (ProxyMode mode : allValues<ProxyMode>()) {
        modes << toKey(mode);
    }
    QCOMPARE(settingDefinition(SettingKey::ProxyMode).choices, modes);
    QCOMPARE(settingDefinition(SettingKey::ProxyMode).defaultValue.toString(), toKey(ProxyMode::System));
}

void TestNetworkProxy::systemProxyIsTheDefault()
{
    TestDatabase database;
    QVERIFY2(database.isValid(), database.problem().constData());
    Result<std::unique_ptr<Store>> store = database.open();
    QVERIFY2(store.ok(), failureText(store).constData());
    SettingsRepository settings(**store);

    Result<ProxyChoice> byDefault = ProxyChoice::fromSettings(settings);
    QVERIFY(settings.set(SettingKey::ProxyMode, QStringLiteral("manual"), QStringLiteral("alice")).ok());
    QVERIFY(
        settings
            .set(SettingKey::ProxyUrl, QStringLiteral("socks5://bob@127.0.0.1:1080"), QStringLiteral("alice"))
            .ok());
    Result<ProxyChoice> chosen = ProxyChoice::fromSettings(settings);

    QVERIFY2(byDefault.ok(), failureText(byDefault).constData());
    QCOMPARE(byDefault->mode, ProxyMode::System);
    QVERIFY2(chosen.ok(), failureText(chosen).constData());
    QCOMPARE(chosen->kind, ProxyKind::Socks5);
    QCOMPARE(chosen->user, QStringLiteral("bob"));
}

void TestNetworkProxy::noProxyGoesDirect()
{
    QNetworkAccessManager manager;
    NetworkProxy::apply(*ProxyChoice::fromSettingValues(QStringLiteral("none"), {}), {}, manager);

    QCOMPARE(NetworkProxy::proxyFor(manager, m_onlyThroughProxy).type(), QNetworkProxy::NoProxy);
    QCOMPARE(NetworkProxy::describe(NetworkProxy::proxyFor(manager, m_onlyThroughProxy)), QString());
    const QUrl direct(QStringLiteral("http://127.0.0.1:%1/").arg(m_target->port()));
    QNetworkReply* reply = get(manager, direct);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY(m_proxy->forwardedHosts().isEmpty());
}

void TestNetworkProxy::manualProxyCarriesTheRequest()
{
    QNetworkAccessManager manager;
    NetworkProxy::apply(manual(), {}, manager);

    QNetworkReply* reply = get(manager, m_onlyThroughProxy);

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray("hello through the proxy"));
    QCOMPARE(m_proxy->forwardedHosts(), QStringList { QStringLiteral("only-via-proxy.invalid:8080") });
    QCOMPARE(m_target->requests(), 1);
    QCOMPARE(NetworkProxy::describe(NetworkProxy::proxyFor(manager, m_onlyThroughProxy)),
        QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()));
}

void TestNetworkProxy::systemConfigurationIsFollowed()
{
    // The system's configuration on Linux without a desktop: the http_proxy variable.
    const QByteArray before = qgetenv("http_proxy");
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()).toLatin1());
    QNetworkAccessManager manager;
    NetworkProxy::apply(*ProxyChoice::fromSettingValues(QStringLiteral("system"), {}), {}, manager);

    const QString described = NetworkProxy::describe(NetworkProxy::proxyFor(manager, m_onlyThroughProxy));
    QNetworkReply* reply = get(manager, m_onlyThroughProxy);
    before.isNull() ? qunsetenv("http_proxy") : qputenv("http_proxy", before);

    QCOMPARE(described, QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(m_proxy->forwardedHosts().size(), 1);
}

void TestNetworkProxy::authenticatingProxyGetsTheKeychainPassword()
{
    m_proxy->requireCredentials(QStringLiteral("alice"), QStringLiteral("pw-from-the-keychain"));
    QVERIFY(callAndWait<void>([this](auto done) {
        m_secrets->write(ConnectionSecret::ProxyPassword, "pw-from-the-keychain", done);
    }).ok());
    QNetworkAccessManager manager;
    const Result<void> applied = applyStored(manual(QStringLiteral("alice")), manager);
    QVERIFY2(applied.ok(), failureText(applied).constData());

    QNetworkReply* reply = get(manager, m_onlyThroughProxy);

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray("hello through the proxy"));
    QCOMPARE(m_proxy->forwardedHosts().size(), 1);
}

void TestNetworkProxy::wrongStoredPasswordIsRefusedByTheProxy()
{
    m_proxy->requireCredentials(QStringLiteral("alice"), QStringLiteral("the-right-one"));
    QVERIFY(callAndWait<void>([this](auto done) {
        m_secrets->write(ConnectionSecret::ProxyPassword, "a-stale-one", done);
    }).ok());
    QNetworkAccessManager manager;
    QVERIFY(applyStored(manual(QStringLiteral("alice")), manager).ok());

    QNetworkReply* reply = get(manager, m_onlyThroughProxy);

    QCOMPARE(reply->error(), QNetworkReply::ProxyAuthenticationRequiredError);
    QVERIFY(m_proxy->refusedRequests() >= 1);
    QVERIFY(m_proxy->forwardedHosts().isEmpty());
}

void TestNetworkProxy::missingPasswordIsAnErrorBeforeAnyRequest()
{
    QNetworkAccessManager manager;
    const Result<void> applied = applyStored(manual(QStringLiteral("alice")), manager);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, QStringLiteral("proxy.password-missing"));
}

void TestNetworkProxy::socks5ProxyCarriesTheRequest()
{
    TestSocksProxy socks;
    QVERIFY(socks.listen());
    socks.route(m_onlyThroughProxy.host(), m_target->port());
    QNetworkAccessManager manager;
    NetworkProxy::apply(*ProxyChoice::fromSettingValues(QStringLiteral("manual"),
                            QStringLiteral("socks5://127.0.0.1:%1").arg(socks.port())),
        {}, manager);

    QNetworkReply* reply = get(manager, m_onlyThroughProxy);

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray("hello through the proxy"));
    QCOMPARE(socks.connectedHosts(), QStringList { QStringLiteral("only-via-proxy.invalid:8080") });
    QCOMPARE(NetworkProxy::describe(NetworkProxy::proxyFor(manager, m_onlyThroughProxy)),
        QStringLiteral("socks5://127.0.0.1:%1").arg(socks.port()));
}

void TestNetworkProxy::socks5ProxyLogsInWithTheKeychainPassword()
{
    TestSocksProxy socks;
    QVERIFY(socks.listen());
    socks.route(m_onlyThroughProxy.host(), m_target->port());
    socks.requireCredentials(QStringLiteral("bob"), QStringLiteral("socks-pw-from-the-keychain"));
    QVERIFY(callAndWait<void>([this](auto done) {
        m_secrets->write(ConnectionSecret::ProxyPassword, "socks-pw-from-the-keychain", done);
    }).ok());
    QNetworkAccessManager manager;
    const Result<ProxyChoice> choice = ProxyChoice::fromSettingValues(
        QStringLiteral("manual"), QStringLiteral("socks5://bob@127.0.0.1:%1").arg(socks.port()));
    QVERIFY(applyStored(*choice, manager).ok());

    QNetworkReply* reply = get(manager, m_onlyThroughProxy);

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray("hello through the proxy"));
    QCOMPARE(socks.refusedLogins(), 0);
    QCOMPARE(socks.connectedHosts().size(), 1);
}

QTEST_GUILESS_MAIN(TestNetworkProxy)
#include "testnetworkproxy.moc"
