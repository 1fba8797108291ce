// sia-admin connect salesforce / check / disconnect salesforce, run as an admin would, on the sandbox of
// each run (--sandbox) with the real keychain (tests/with-keyring.sh): the command prints the login link and
// waits for the redirect; the test's browser follows that printed link through the sandbox's login page
// as a person would. check --json reports both services (a side not connected says so).
#include "clisalesforcelogin.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace salesforcetest;

class TestCliSalesforce : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void connectPrintsTheLinkAndConnectsWhenTheBrowserComesBack();
    void checkReportsBothServices();
    void deniedConsentFailsWithItsCode();
    void disconnectRevokesAndRemoves();
    void aLoginHostThatIsNotSalesforceIsRefused();
    void ctrlCWhileWaitingStopsCleanly();

private:
    SiaLauncher launcher() const;
    QStringList sandboxArguments() const;
    // Runs connect salesforce --no-browser and drives the printed link with act.
    SiaRun connect(ScriptedBrowser::Act act);

    QString m_username;
    QString m_password;
    QUrl m_callback;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliSalesforce::initTestCase()
{
    // The sandbox's login (its first user and the password every user has), as its ready line says.
    auto sandbox = startOrg({ callbackAt(freePort()) });
    QVERIFY(sandbox);
    m_username = info(*sandbox, "username");
    m_password = info(*sandbox, "password");
}

void TestCliSalesforce::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_callback = callbackAt(freePort());
}

SiaLauncher TestCliSalesforce::launcher() const
{
    SiaLauncher sia;
    sia.setEnvironment(QStringLiteral("XDG_DATA_HOME"), m_home->path());
    sia.setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
    return sia;
}

QStringList TestCliSalesforce::sandboxArguments() const
{
    // The sandbox's connected app registers a callback on a port free for this test.
    return { QStringLiteral("--sandbox"), QStringLiteral("--sandbox-option"), QStringLiteral("people=200"),
        QStringLiteral("--sandbox-option"), QStringLiteral("sf-callback=") + m_callback.toString() };
}

SiaRun TestCliSalesforce::connect(ScriptedBrowser::Act act)
{
    ScriptedBrowser browser;
    browser.act = act;
    browser.username = m_username;
    browser.password = m_password;
    return connectSalesforceFromCli(launcher(), sandboxArguments(), browser);
}

void TestCliSalesforce::connectPrintsTheLinkAndConnectsWhenTheBrowserComesBack()
{
    const SiaRun run = connect(ScriptedBrowser::Act::Allow);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.err.contains(QStringLiteral("code_challenge_method=S256")), qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Salesforce is connected")), qPrintable(run.out));
    QVERIFY2(run.out.contains(m_username), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("alice@acme.example")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("The user's permissions")), qPrintable(run.out));
}

void TestCliSalesforce::checkReportsBothServices()
{
    // Connected by one command, checked by the next (the sandbox of each run keeps its refresh tokens
    // beside its database, as Salesforce keeps them).
    QCOMPARE(connect(ScriptedBrowser::Act::Allow).exitCode, 0);
    // The sandbox's file holds only hashes of its refresh tokens, never a token.
    QFile tokens(m_home->path() + QStringLiteral("/sia-admin/sandbox/sandbox-salesforce-tokens.json"));
    QVERIFY2(tokens.open(QIODevice::ReadOnly), qPrintable(tokens.fileName()));
    const QJsonArray held = QJsonDocument::fromJson(tokens.readAll()).array();
    QCOMPARE(held.size(), 1);
    QVERIFY(held.first()
                .toObject()
                .value(QStringLiteral("token"))
                .toString()
                .startsWith(QStringLiteral("sha256:")));
    const SiaRun run = launcher().run(
        sandboxArguments() + QStringList { QStringLiteral("check"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject json = run.json().object();
    QVERIFY(json.value(QStringLiteral("passed")).toBool());
    const QJsonArray services = json.value(QStringLiteral("services")).toArray();
    QCOMPARE(services.size(), 2);
    // Marketo is not connected, and says so.
    QCOMPARE(
        services.at(0).toObject().value(QStringLiteral("service")).toString(), QStringLiteral("marketo"));
    QCOMPARE(services.at(0).toObject().value(QStringLiteral("connected")).toBool(), false);
    const QJsonObject salesforce = services.at(1).toObject();
    QCOMPARE(salesforce.value(QStringLiteral("service")).toString(), QStringLiteral("salesforce"));
    QCOMPARE(salesforce.value(QStringLiteral("connected")).toBool(), true);
    QStringList keys;
    for (const QJsonValue& check : salesforce.value(QStringLiteral("checks")).toArray()) {
        keys << check.toObject().value(QStringLiteral("key")).toString();
        QCOMPARE(check.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("passed"));
    }
    QCOMPARE(keys.join(u','),
        QStringLiteral("proxy,reachable,tls,credentials,api-access,permissions,daily-requests"));
    QVERIFY(salesforce.value(QStringLiteral("permissions"))
                .toObject()
                .value(QStringLiteral("create-Task"))
                .toBool());
    QCOMPARE(
        salesforce.value(QStringLiteral("budget")).toObject().value(QStringLiteral("capPercent")).toInt(),
        80);

    // A fault on a check: exit code 3, the check named with its service.
    const SiaRun failed = launcher().run(sandboxArguments()
        + QStringList { QStringLiteral("--sandbox-option"),
            QStringLiteral("faults=salesforce.limits=REQUEST_LIMIT_EXCEEDED"), QStringLiteral("check") });
    QCOMPARE(failed.exitCode, 3);
    QVERIFY2(failed.err.contains(QStringLiteral("salesforce.daily-requests")), qPrintable(failed.err));
}

void TestCliSalesforce::deniedConsentFailsWithItsCode()
{
    const SiaRun run = connect(ScriptedBrowser::Act::Deny);
    QVERIFY2(run.exitCode == 1, qPrintable(run.err + run.out));
    QVERIFY2(run.err.contains(QStringLiteral("salesforce.authorize.access_denied")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was changed")), qPrintable(run.err));
}

void TestCliSalesforce::disconnectRevokesAndRemoves()
{
    QCOMPARE(connect(ScriptedBrowser::Act::Allow).exitCode, 0);
    const SiaRun gone = launcher().run(
        sandboxArguments() + QStringList { QStringLiteral("disconnect"), QStringLiteral("salesforce") });
    QVERIFY2(gone.exitCode == 0, qPrintable(gone.err + gone.out));
    QVERIFY2(gone.out.contains(QStringLiteral("Salesforce is disconnected")), qPrintable(gone.out));
    QCOMPARE(launcher().run(sandboxArguments() + QStringList { QStringLiteral("check") }).exitCode, 1);
}

void TestCliSalesforce::aLoginHostThatIsNotSalesforceIsRefused()
{
    const SiaRun run = launcher().run(sandboxArguments()
        + QStringList { QStringLiteral("connect"), QStringLiteral("salesforce"),
            QStringLiteral("--no-browser"), QStringLiteral("--login-host"),
            QStringLiteral("login.example.com") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("salesforce.my-domain")), qPrintable(run.err));
}

void TestCliSalesforce::ctrlCWhileWaitingStopsCleanly()
{
    std::unique_ptr<QProcess> process = launcher().start(sandboxArguments()
        + QStringList {
            QStringLiteral("connect"), QStringLiteral("salesforce"), QStringLiteral("--no-browser") });
    QString err;
    QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(process->readAllStandardError()))
                                 .contains(QStringLiteral("/services/oauth2/authorize")),
        60'000);
    ::kill(pid_t(process->processId()), SIGINT);
    QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 20'000);
    QCOMPARE(process->exitCode(), 130);
    // Nothing was stored, and the callback port is free again.
    QCOMPARE(launcher().run(sandboxArguments() + QStringList { QStringLiteral("check") }).exitCode, 1);
    QTcpServer again;
    QVERIFY(again.listen(QHostAddress::LocalHost, quint16(m_callback.port())));
}

QTEST_GUILESS_MAIN(TestCliSalesforce)
#include "testclisalesforce.moc"
