// sia-admin sync start / resume on the sandbox of each run, the real engine against it, with the real
// keychain (tests/with-keyring.sh): --json-progress prints one JSON object a line (SyncProgress's shape)
// while the run goes; Ctrl-C pauses it at a checkpoint, exit 130, saying so and how to resume; status says
// it is resumable with what was committed; resume goes on from there to the end, and the counts are
// exact (every person of the sandbox processed once: created + skipped = people); resume with nothing to
// resume, or without Marketo, is refused.
#include "clisyncrunsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <csignal>

class TestCliSyncRun : public QObject
{
    Q_OBJECT

private slots:
    void ctrlCPausesAtACheckpointAndResumeCompletesExactly();
    void resumeWithNothingToResumeIsRefused();
};

void TestCliSyncRun::ctrlCPausesAtACheckpointAndResumeCompletesExactly()
{
    CliSyncRunFixture sandbox(4000);
    QVERIFY(sandbox.isValid());
    const SiaRun connected = sandbox.run({ QStringLiteral("connect"), QStringLiteral("marketo") });
    QVERIFY2(connected.exitCode == 0, qPrintable(connected.err));

    std::unique_ptr<QProcess> sync = sandbox.launcher().start(sandbox.arguments(
        { QStringLiteral("sync"), QStringLiteral("start"), QStringLiteral("--json-progress") }));
    QByteArray out;
    QList<QJsonObject> reports;
    bool applying = false;
    // Every line is one JSON object; once rows are being applied, Ctrl-C.
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += sync->readAllStandardOutput();
            while (out.contains('\n')) {
                const qsizetype end = out.indexOf('\n');
                QJsonParseError error;
                const QJsonDocument line = QJsonDocument::fromJson(out.left(end), &error);
                out.remove(0, end + 1);
                if (error.error != QJsonParseError::NoError || !line.isObject()) {
                    return true; // reported below
                }
                reports.append(line.object());
                applying = applying
                    || (line.object().value(QStringLiteral("phase")).toString() == u"applying"
                        && line.object()
                                .value(QStringLiteral("counts"))
                                .toObject()
                                .value(QStringLiteral("processed"))
                                .toInt()
                            > 0);
            }
            return applying || sync->state() == QProcess::NotRunning;
        },
        120'000));
    QVERIFY2(applying, "no progress line said it was applying rows");
    for (const QJsonObject& report : std::as_const(reports)) {
        QCOMPARE(report.value(QStringLiteral("kind")).toString(), QStringLiteral("people-initial"));
        QVERIFY(
            report.contains(QStringLiteral("runId")) && report.value(QStringLiteral("counts")).isObject());
    }
    ::kill(pid_t(sync->processId()), SIGINT);
    QVERIFY(sync->waitForFinished(30'000));
    QCOMPARE(sync->exitCode(), 130);
    const QString err = QString::fromUtf8(sync->readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("paused at its last checkpoint")), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("sia-admin sync resume")));

    const QJsonObject paused = sandbox.status();
    QVERIFY2(paused.value(QStringLiteral("resumable")).toBool(), QJsonDocument(paused).toJson().constData());
    const QJsonObject pausedRun = paused.value(QStringLiteral("initial")).toObject();
    QCOMPARE(pausedRun.value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
    const int committed
        = pausedRun.value(QStringLiteral("counts")).toObject().value(QStringLiteral("processed")).toInt();
    QVERIFY(committed > 0);
    QVERIFY(committed < sandbox.people());

    const SiaRun resumed = sandbox.run({ QStringLiteral("sync"), QStringLiteral("resume") });
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
    QVERIFY2(resumed.out.contains(QStringLiteral("from its checkpoint")), qPrintable(resumed.out));
    QVERIFY2(resumed.out.contains(QStringLiteral("completed")), qPrintable(resumed.out));

    const QJsonObject done = sandbox.status();
    QVERIFY(!done.value(QStringLiteral("resumable")).toBool());
    const QJsonObject run = done.value(QStringLiteral("initial")).toObject();
    QCOMPARE(run.value(QStringLiteral("id")), pausedRun.value(QStringLiteral("id"))); // the same run, resumed
    QCOMPARE(run.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    const QJsonObject counts = run.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("processed")).toInt(), sandbox.people());
    QCOMPARE(
        counts.value(QStringLiteral("created")).toInt() + counts.value(QStringLiteral("skipped")).toInt(),
        sandbox.people());
    QCOMPARE(counts.value(QStringLiteral("failed")).toInt(), 0);
}

void TestCliSyncRun::resumeWithNothingToResumeIsRefused()
{
    CliSyncRunFixture sandbox(200);
    QVERIFY(sandbox.isValid());
    const SiaRun notConnected = sandbox.run({ QStringLiteral("sync"), QStringLiteral("start") });
    QVERIFY(notConnected.exitCode != 0);
    QVERIFY2(notConnected.err.contains(QStringLiteral("Marketo")), qPrintable(notConnected.err));
    QVERIFY(sandbox.run({ QStringLiteral("connect"), QStringLiteral("marketo") }).exitCode == 0);
    const SiaRun nothing = sandbox.run({ QStringLiteral("sync"), QStringLiteral("resume") });
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains(QStringLiteral("sync.nothing-to-resume")), qPrintable(nothing.err));
}

QTEST_GUILESS_MAIN(TestCliSyncRun)
#include "testclisyncrun.moc"
