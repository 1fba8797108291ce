// sia-admin check-prerequisites on the sandbox of each run (--sandbox) with the real keychain
// (tests/with-keyring.sh): once Marketo is connected it checks that people carry Salesforce IDs and owners,
// records the prerequisite as confirmed with its figures, and `status` shows them; not connected, it says
// so and records nothing.
#include "sialauncher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliPrerequisiteCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void connectedMarketoConfirmsTheSyncPrerequisite();
    void notConnectedRecordsNothing();

private:
    SiaLauncher launcher() const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliPrerequisiteCheck::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

SiaLauncher TestCliPrerequisiteCheck::launcher() const
{
    SiaLauncher sia;
    sia.setEnvironment(QStringLiteral("XDG_DATA_HOME"), m_home->path());
    sia.setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
    return sia;
}

void TestCliPrerequisiteCheck::connectedMarketoConfirmsTheSyncPrerequisite()
{
    // Without --client-id, --sandbox connects with the sandbox's own test credentials.
    const SiaRun connect = launcher().run(
        { QStringLiteral("--sandbox"), QStringLiteral("connect"), QStringLiteral("marketo") });
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err + connect.out));
    const SiaRun check = launcher().run(
        { QStringLiteral("--sandbox"), QStringLiteral("check-prerequisites"), QStringLiteral("--json") });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    const QJsonObject found = check.json().object();
    QVERIFY(found.value(QStringLiteral("met")).toBool());
    QVERIFY(found.value(QStringLiteral("withBoth")).toInt() > 0);

    const SiaRun status = launcher().run({ QStringLiteral("--sandbox"), QStringLiteral("status") });
    QVERIFY2(status.out.contains(QStringLiteral("[x] Marketo is synchronized with Salesforce")),
        qPrintable(status.out));
    QVERIFY2(status.out.contains(QStringLiteral("Checked in Marketo")), qPrintable(status.out));
    QVERIFY(status.out.contains(QStringLiteral("confirmed by alice@acme.example")));
}

void TestCliPrerequisiteCheck::notConnectedRecordsNothing()
{
    const SiaRun check
        = launcher().run({ QStringLiteral("--sandbox"), QStringLiteral("check-prerequisites") });
    QVERIFY(check.exitCode != 0);
    QVERIFY2(check.err.contains(QStringLiteral("not connected")), qPrintable(check.err));
    const SiaRun status = launcher().run({ QStringLiteral("--sandbox"), QStringLiteral("status") });
    QVERIFY2(status.out.contains(QStringLiteral("[ ] Marketo is synchronized with Salesforce")),
        qPrintable(status.out));
}

QTEST_GUILESS_MAIN(TestCliPrerequisiteCheck)
#include "testcliprerequisitecheck.moc"
