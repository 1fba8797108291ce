// sia-admin sync dry-run on the sandbox of each run, the real engine against it, with the real keychain
// (tests/with-keyring.sh): it writes nothing (status still says no sync started), its JSON names what a
// sync would do, and those counts equal what the real run then does (created, updated, unchanged,
// skipped, failed).
#include "clisyncrunsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

class TestCliSyncDryRun : public QObject
{
    Q_OBJECT

private slots:
    void dryRunCountsEqualTheRealRun();
};

void TestCliSyncDryRun::dryRunCountsEqualTheRealRun()
{
    CliSyncRunFixture sandbox(1500);
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.run({ QStringLiteral("connect"), QStringLiteral("marketo") }).exitCode == 0);

    const SiaRun dry
        = sandbox.run({ QStringLiteral("sync"), QStringLiteral("dry-run"), QStringLiteral("--json") });
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    const QJsonObject would = dry.json().object().value(QStringLiteral("wouldDo")).toObject();
    QVERIFY2(would.value(QStringLiteral("created")).toInt() > 0, qPrintable(dry.out));
    QCOMPARE(would.value(QStringLiteral("created")).toInt() + would.value(QStringLiteral("skipped")).toInt(),
        sandbox.people());
    QVERIFY(sandbox.status().value(QStringLiteral("initial")).isNull()); // nothing was written

    const SiaRun real = sandbox.run({ QStringLiteral("sync"), QStringLiteral("start") });
    QVERIFY2(real.exitCode == 0, qPrintable(real.err + real.out));
    const QJsonObject counts = sandbox.status()
                                   .value(QStringLiteral("initial"))
                                   .toObject()
                                   .value(QStringLiteral("counts"))
                                   .toObject();
    for (const char* key : { "created", "updated", "unchanged", "skipped", "failed" }) {
        QCOMPARE(counts.value(QLatin1String(key)).toInt(), would.value(QLatin1String(key)).toInt());
    }
}

QTEST_GUILESS_MAIN(TestCliSyncDryRun)
#include "testclisyncdryrun.moc"
