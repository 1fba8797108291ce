// sia-admin connect marketo / check / admins list / disconnect marketo, run as an admin would, on the
// sandbox of each run (--sandbox) with the real keychain (tests/with-keyring.sh): the secret comes from
// standard input only, check --json reports every named check and fails with exit code 3 when one fails.
#include "sialauncher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// The sandbox's test credentials (its ready line); not a secret of anyone.
const QString sandboxClientId = QStringLiteral("6f1c9e2a-4b7d-4d58-9a3e-2c5b8f0d7e41");
const QByteArray sandboxClientSecret = "Sbx7QhK2mV9pL4tR8wN3zY6cF1dG5jX0";

} // namespace

class TestCliConnections : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void connectReadsTheSecretFromStandardInput();
    void wrongSecretIsRefusedWithItsCheck();
    void checkJsonReportsEveryNamedCheck();
    void checkFailsWithExitCodeThreeOnAFault();
    void adminsListMarksPendingInvitations();
    void disconnectRemovesTheConnection();
    void connectWithoutSandboxNeedsTheUrls();

private:
    SiaLauncher launcher() const;
    SiaRun connectWithSecret(const QByteArray& secret) const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliConnections::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

SiaLauncher TestCliConnections::launcher() const
{
    SiaLauncher sia;
    // --sandbox uses the app-data folder's sandbox directory: a fresh one per test.
    sia.setEnvironment(QStringLiteral("XDG_DATA_HOME"), m_home->path());
    sia.setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
    return sia;
}

SiaRun TestCliConnections::connectWithSecret(const QByteArray& secret) const
{
    std::unique_ptr<QProcess> process
        = launcher().start({ QStringLiteral("--sandbox"), QStringLiteral("connect"),
            QStringLiteral("marketo"), QStringLiteral("--client-id"), sandboxClientId });
    process->write(secret + '\n');
    process->closeWriteChannel();
    return SiaLauncher::finish(*process);
}

void TestCliConnections::connectReadsTheSecretFromStandardInput()
{
    const SiaRun run = connectWithSecret(sandboxClientSecret);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(QStringLiteral("sia.api@sandbox-marketo.example")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("alice@acme.example")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QString::fromLatin1(sandboxClientSecret)));
    QVERIFY(!run.err.contains(QString::fromLatin1(sandboxClientSecret)));
}

void TestCliConnections::wrongSecretIsRefusedWithItsCheck()
{
    const SiaRun run = connectWithSecret("not-the-secret");
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QStringLiteral("[marketo.credentials]")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("not connected")), qPrintable(run.err));
    const SiaRun check = launcher().run({ QStringLiteral("--sandbox"), QStringLiteral("check") });
    QCOMPARE(check.exitCode, 1); // nothing was connected
}

void TestCliConnections::checkJsonReportsEveryNamedCheck()
{
    QCOMPARE(connectWithSecret(sandboxClientSecret).exitCode, 0);
    const SiaRun run
        = launcher().run({ QStringLiteral("--sandbox"), QStringLiteral("check"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json().object();
    QVERIFY(json.value(QStringLiteral("passed")).toBool());
    const QJsonObject marketo = json.value(QStringLiteral("services")).toArray().first().toObject();
    QCOMPARE(marketo.value(QStringLiteral("service")).toString(), QStringLiteral("marketo"));
    QStringList keys;
    for (const QJsonValue& check : marketo.value(QStringLiteral("checks")).toArray()) {
        keys << check.toObject().value(QStringLiteral("key")).toString();
        QCOMPARE(check.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("passed"));
    }
    QCOMPARE(keys.join(u','), QStringLiteral("proxy,reachable,tls,credentials,api-access,daily-quota"));
    QCOMPARE(
        marketo.value(QStringLiteral("budget")).toObject().value(QStringLiteral("capPercent")).toInt(), 80);
}

void TestCliConnections::checkFailsWithExitCodeThreeOnAFault()
{
    QCOMPARE(connectWithSecret(sandboxClientSecret).exitCode, 0);
    const SiaRun run = launcher().run({ QStringLiteral("--sandbox"), QStringLiteral("--sandbox-option"),
        QStringLiteral("faults=marketo.describe2=603"), QStringLiteral("check"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 3);
    const QJsonObject marketo
        = run.json().object().value(QStringLiteral("services")).toArray().first().toObject();
    for (const QJsonValue& value : marketo.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        if (check.value(QStringLiteral("key")) == QStringLiteral("api-access")) {
            QCOMPARE(check.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
            QCOMPARE(check.value(QStringLiteral("code")).toString(), QStringLiteral("marketo.603"));
            QVERIFY(check.value(QStringLiteral("fix")).toString().contains(QStringLiteral("Read-Only Lead")));
        }
    }
}

void TestCliConnections::adminsListMarksPendingInvitations()
{
    QCOMPARE(connectWithSecret(sandboxClientSecret).exitCode, 0);
    const SiaRun run = launcher().run({ QStringLiteral("--sandbox"), QStringLiteral("admins"),
        QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    int pending = 0;
    const QJsonArray admins = run.json().object().value(QStringLiteral("admins")).toArray();
    for (const QJsonValue& admin : admins) {
        pending += admin.toObject().value(QStringLiteral("pending")).toBool() ? 1 : 0;
    }
    QCOMPARE(admins.size(), 8);
    QCOMPARE(pending, 3);

    // The plain listing counts them in English plural forms, whatever the locale (the test's is C).
    const SiaRun listed
        = launcher().run({ QStringLiteral("--sandbox"), QStringLiteral("admins"), QStringLiteral("list") });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY2(listed.out.contains(QStringLiteral("8 admins or pending invitations.")), qPrintable(listed.out));
}

void TestCliConnections::disconnectRemovesTheConnection()
{
    QCOMPARE(connectWithSecret(sandboxClientSecret).exitCode, 0);
    const SiaRun gone = launcher().run(
        { QStringLiteral("--sandbox"), QStringLiteral("disconnect"), QStringLiteral("marketo") });
    QVERIFY2(gone.exitCode == 0, qPrintable(gone.err));
    QCOMPARE(launcher().run({ QStringLiteral("--sandbox"), QStringLiteral("check") }).exitCode, 1);
    QCOMPARE(
        launcher()
            .run({ QStringLiteral("--sandbox"), QStringLiteral("disconnect"), QStringLiteral("marketo") })
            .exitCode,
        2);
}

void TestCliConnections::connectWithoutSandboxNeedsTheUrls()
{
    QTemporaryDir data;
    SiaLauncher sia(data.path());
    const SiaRun run = sia.run({ QStringLiteral("connect"), QStringLiteral("marketo") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--endpoint")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliConnections)
#include "testcliconnections.moc"
