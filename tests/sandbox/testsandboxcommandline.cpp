// The sandbox's options, parsed once for sia-sandbox and sia-admin --sandbox: values reach SandboxOptions,
// bad input is an InvalidInput error naming the flag, and a program adding its own options reads the same.
#include "sandbox/sandboxcommandline.h"

#include <QCommandLineParser>
#include <QtTest>

using namespace sia;
using namespace sia::sandbox;

class TestSandboxCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void noArgumentsGiveTheDefaults();
    void valuesReachTheOptions();
    void badInputNamesTheFlag_data();
    void badInputNamesTheFlag();
    void aProgramWithOptionsOfItsOwnReadsTheSame();
    void everyOptionStatesItsDefault();
    void salesforceAppAndUserFlags();
    void aBadSecondCallbackIsRefused();
};

void TestSandboxCommandLine::noArgumentsGiveTheDefaults()
{
    const Result<SandboxOptions> parsed = SandboxCommandLine::parse({});
    QVERIFY(parsed);
    const SandboxOptions defaults;
    QCOMPARE(parsed->port, defaults.port);
    QCOMPARE(parsed->salesforceInstancePort, quint16(0));
    QCOMPARE(parsed->people, defaults.people);
    QCOMPARE(parsed->seed, defaults.seed);
    QCOMPARE(parsed->tls, defaults.tls);
    QCOMPARE(parsed->faults, defaults.faults);
    QCOMPARE(parsed->salesforceCallbackUrl, defaults.salesforceCallbackUrl);
    QCOMPARE(parsed->salesforceTaskCount, defaults.salesforceTaskCount);
    QCOMPARE(parsed->marketoUpdatedAtFilter, true);
    QCOMPARE(parsed->salesforceApiEnabled, true);
    QCOMPARE(parsed->salesforceUserApiEnabled, true);
    QCOMPARE(parsed->salesforceRequireSecret, false);
    QVERIFY(parsed->salesforceMoreCallbackUrls.isEmpty());
    QCOMPARE(parsed->salesforceReplicationLagSeconds, 120);
    QCOMPARE(parsed->salesforcePrivateTasks, false);
    QCOMPARE(parsed->salesforceOldPackage, false);
}

void TestSandboxCommandLine::valuesReachTheOptions()
{
    const Result<SandboxOptions> parsed = SandboxCommandLine::parse({ QStringLiteral("--port=8080"),
        QStringLiteral("--people"), QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("7"),
        QStringLiteral("--tls"), QStringLiteral("--faults"), QStringLiteral("marketo.leads=606@3"),
        QStringLiteral("--rate-limit"), QStringLiteral("calls=20/10s,batch=50"),
        QStringLiteral("--auto-approve"), QStringLiteral("--token-lifetime"), QStringLiteral("60"),
        QStringLiteral("--no-updated-at-filter"), QStringLiteral("--no-user-api-permission"),
        QStringLiteral("--export-seconds"), QStringLiteral("0"), QStringLiteral("--export-seconds-per-1000"),
        QStringLiteral("5"), QStringLiteral("--edition"), QStringLiteral(" Professional Edition "),
        QStringLiteral("--no-salesforce-api"), QStringLiteral("--no-installed-package"),
        QStringLiteral("--sf-callback"), QStringLiteral("https://app.example.com/cb"),
        QStringLiteral("--sf-session-timeout"), QStringLiteral("900"), QStringLiteral("--sf-rotate-refresh"),
        QStringLiteral("--sf-tasks"), QStringLiteral("0"), QStringLiteral("--sf-replication-lag"),
        QStringLiteral("0"), QStringLiteral("--sf-private-tasks"), QStringLiteral("--sf-old-package"),
        QStringLiteral("--sf-instance-port=8081") });
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->port, quint16(8080));
    QCOMPARE(parsed->salesforceInstancePort, quint16(8081));
    QCOMPARE(parsed->people, 250);
    QCOMPARE(parsed->seed, quint64(7));
    QVERIFY(parsed->tls);
    QCOMPARE(parsed->faults, QStringLiteral("marketo.leads=606@3"));
    QCOMPARE(parsed->limits.marketoCallsPerWindow, 20);
    QCOMPARE(parsed->limits.marketoWindowSeconds, 10);
    QCOMPARE(parsed->limits.marketoBatchSize, 50);
    QVERIFY(parsed->autoApprove);
    QCOMPARE(parsed->marketoTokenLifetimeSeconds, 60);
    QVERIFY(!parsed->marketoUpdatedAtFilter);
    QVERIFY(!parsed->marketoUserApiPermission);
    QCOMPARE(parsed->marketoExportBaseSeconds, 0);
    QCOMPARE(parsed->marketoExportSecondsPer1000, 5);
    QCOMPARE(parsed->salesforceEdition, QStringLiteral("Professional Edition"));
    QVERIFY(!parsed->salesforceApiEnabled);
    QVERIFY(!parsed->salesforceInstalledPackage);
    QCOMPARE(parsed->salesforceCallbackUrl, QStringLiteral("https://app.example.com/cb"));
    QCOMPARE(parsed->salesforceSessionTimeoutSeconds, 900);
    QVERIFY(parsed->salesforceRotateRefreshTokens);
    QCOMPARE(parsed->salesforceTaskCount, 0);
    QCOMPARE(parsed->salesforceReplicationLagSeconds, 0);
    QVERIFY(parsed->salesforcePrivateTasks);
    QVERIFY(parsed->salesforceOldPackage);
}

void TestSandboxCommandLine::badInputNamesTheFlag_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const char* flag, const char* value, const char* expected) {
        QTest::newRow(name) << QStringList { QString::fromLatin1(flag), QString::fromLatin1(value) }
                            << QString::fromLatin1(expected);
    };
    row("people not a number", "--people", "many", "--people");
    row("people zero", "--people", "0", "--people");
    row("port too big", "--port", "70000", "--port");
    row("seed negative", "--seed", "-1", "--seed");
    row("bad fault", "--faults", "marketo.leads=explode", "explode");
    row("bad limit", "--rate-limit", "speed=9", "speed");
    row("token lifetime zero", "--token-lifetime", "0", "--token-lifetime");
    row("export seconds negative", "--export-seconds", "-1", "--export-seconds");
    row("export seconds per 1000 not a number", "--export-seconds-per-1000", "slow",
        "--export-seconds-per-1000");
    row("empty edition", "--edition", " ", "--edition");
    row("callback not absolute", "--sf-callback", "/OauthRedirect", "--sf-callback");
    row("callback with fragment", "--sf-callback", "http://localhost:1717/cb#x", "--sf-callback");
    row("session timeout over a day", "--sf-session-timeout", "86401", "--sf-session-timeout");
    row("tasks too many", "--sf-tasks", "100001", "--sf-tasks");
    row("replication lag over an hour", "--sf-replication-lag", "3601", "--sf-replication-lag");
    row("replication lag negative", "--sf-replication-lag", "-1", "--sf-replication-lag");
    row("instance port too big", "--sf-instance-port", "70000", "--sf-instance-port");
    QTest::newRow("instance port is --port's")
        << QStringList { QStringLiteral("--port=8080"), QStringLiteral("--sf-instance-port=8080") }
        << QStringLiteral("--sf-instance-port");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--colour") } << QStringLiteral("colour");
    QTest::newRow("value after a switch")
        << QStringList { QStringLiteral("--tls=yes") } << QStringLiteral("tls");
    QTest::newRow("extra argument") << QStringList { QStringLiteral("now") } << QStringLiteral("now");
    QTest::newRow("missing value") << QStringList { QStringLiteral("--people") } << QStringLiteral("people");
}

void TestSandboxCommandLine::badInputNamesTheFlag()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result<SandboxOptions> parsed = SandboxCommandLine::parse(arguments);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

void TestSandboxCommandLine::aProgramWithOptionsOfItsOwnReadsTheSame()
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(SandboxCommandLine::options());
    QVERIFY(parser.parse({ QStringLiteral("sia-sandbox"), QStringLiteral("--people"), QStringLiteral("12"),
        QStringLiteral("--tls") }));
    const Result<SandboxOptions> read = SandboxCommandLine::read(parser);
    QVERIFY(read);
    QCOMPARE(read->people, 12);
    QVERIFY(read->tls);

    QCommandLineParser withPositional;
    withPositional.addOptions(SandboxCommandLine::options());
    QVERIFY(withPositional.parse({ QStringLiteral("sia-sandbox"), QStringLiteral("now") }));
    const Result<SandboxOptions> refused = SandboxCommandLine::read(withPositional);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, SandboxCommandLine::parse({ QStringLiteral("now") }).error().message);
}

void TestSandboxCommandLine::everyOptionStatesItsDefault()
{
    const QList<QCommandLineOption> options = SandboxCommandLine::options();
    QCOMPARE(options.size(), 25);
    for (const QCommandLineOption& option : options) {
        QVERIFY2(
            option.description().contains(QStringLiteral("(default: ")), qPrintable(option.names().first()));
    }
    QVERIFY(SandboxCommandLine::grammarText().contains(QStringLiteral("calls=100/20s")));
}

// --sf-callback repeats (the first is the ready line's callbackUrl, the others follow, duplicates once),
// --sf-require-secret and --sf-user-without-api are switches.
void TestSandboxCommandLine::salesforceAppAndUserFlags()
{
    const Result<SandboxOptions> parsed = SandboxCommandLine::parse(
        { QStringLiteral("--sf-callback"), QStringLiteral("http://localhost:1717/OauthRedirect"),
            QStringLiteral("--sf-callback=http://localhost:1718/cb"), QStringLiteral("--sf-callback"),
            QStringLiteral("http://[::1]:1719/cb"), QStringLiteral("--sf-callback"),
            QStringLiteral("http://localhost:1718/cb"), QStringLiteral("--sf-require-secret"),
            QStringLiteral("--sf-user-without-api") });
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->salesforceCallbackUrl, QStringLiteral("http://localhost:1717/OauthRedirect"));
    QCOMPARE(parsed->salesforceMoreCallbackUrls,
        QStringList({ QStringLiteral("http://localhost:1718/cb"), QStringLiteral("http://[::1]:1719/cb") }));
    QVERIFY(parsed->salesforceRequireSecret);
    QVERIFY(!parsed->salesforceUserApiEnabled);
    QVERIFY(parsed->salesforceApiEnabled); // the org keeps its API access
}

void TestSandboxCommandLine::aBadSecondCallbackIsRefused()
{
    const Result<SandboxOptions> parsed = SandboxCommandLine::parse(
        { QStringLiteral("--sf-callback"), QStringLiteral("http://localhost:1717/OauthRedirect"),
            QStringLiteral("--sf-callback"), QStringLiteral("/cb") });
    QVERIFY(!parsed);
    QVERIFY(parsed.error().message.contains(QStringLiteral("--sf-callback")));
    QVERIFY(parsed.error().message.contains(QStringLiteral("'/cb'")));
}

QTEST_GUILESS_MAIN(TestSandboxCommandLine)
#include "testsandboxcommandline.moc"
