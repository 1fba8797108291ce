// Malformed command lines: exit code 2 with a message and the usage (the command's own when the mistake is
// within a command), and nothing written.
#include "sialauncher.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

class TestCliUsage : public QObject
{
    Q_OBJECT

private slots:
    void helpListsCommandsAndExitCodes();
    void versionIsPrinted();
    void malformedCommandLinesExitWithUsage_data();
    void malformedCommandLinesExitWithUsage();
};

void TestCliUsage::helpListsCommandsAndExitCodes()
{
    const SiaRun help = SiaLauncher().runRaw({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char* expected : { "status [--json]", "step N start|done|block|skip|reopen", "audit",
             "--data-dir", "--review", "--tour", "Exit codes", "refused by a rule" }) {
        QVERIFY2(help.out.contains(QLatin1String(expected)), expected);
    }
}

void TestCliUsage::versionIsPrinted()
{
    const SiaRun version = SiaLauncher().runRaw({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("sia-admin ")));
}

void TestCliUsage::malformedCommandLinesExitWithUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("usage"); // the usage line printed after the message
    QTest::newRow("unknown step number")
        << QStringList { QStringLiteral("step"), QStringLiteral("8"), QStringLiteral("done") }
        << QStringLiteral("numbered 1 to 7")
        << QStringLiteral("sia-admin step N start|done|block|skip|reopen");
    QTest::newRow("step zero") << QStringList { QStringLiteral("step"), QStringLiteral("0"),
        QStringLiteral("start") }
                               << QStringLiteral("numbered 1 to 7")
                               << QStringLiteral("sia-admin step N start|done|block|skip|reopen");
    QTest::newRow("step not a number")
        << QStringList { QStringLiteral("step"), QStringLiteral("two"), QStringLiteral("start") }
        << QStringLiteral("not a step") << QStringLiteral("sia-admin step N start|done|block|skip|reopen");
    QTest::newRow("unknown status action")
        << QStringList { QStringLiteral("step"), QStringLiteral("2"), QStringLiteral("finish") }
        << QStringLiteral("not an action") << QStringLiteral("sia-admin step N start|done|block|skip|reopen");
    QTest::newRow("step without action") << QStringList { QStringLiteral("step"), QStringLiteral("2") }
                                         << QStringLiteral("needs a step number and an action")
                                         << QStringLiteral("sia-admin step N start|done|block|skip|reopen");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("deploy") }
                                     << QStringLiteral("not a command")
                                     << QStringLiteral("sia-admin step N start|done|block|skip|reopen");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("status"), QStringLiteral("--colour") }
                                    << QStringLiteral("colour")
                                    << QStringLiteral("sia-admin status [--json]");
    QTest::newRow("extra argument") << QStringList { QStringLiteral("status"), QStringLiteral("now") }
                                    << QStringLiteral("takes no arguments")
                                    << QStringLiteral("sia-admin status [--json]");
    QTest::newRow("json without command")
        << QStringList { QStringLiteral("--json") } << QStringLiteral("go with a command")
        << QStringLiteral("sia-admin step N start|done|block|skip|reopen");
    QTest::newRow("bad limit") << QStringList { QStringLiteral("audit"), QStringLiteral("--limit"),
        QStringLiteral("-3") } << QStringLiteral("--limit")
                               << QStringLiteral("sia-admin audit [--json] [--limit N]");
    QTest::newRow("unknown prerequisite")
        << QStringList { QStringLiteral("prerequisite"), QStringLiteral("coffee"), QStringLiteral("confirm") }
        << QStringLiteral("not a prerequisite")
        << QStringLiteral("sia-admin prerequisite KEY confirm|withdraw");
    QTest::newRow("tour with command")
        << QStringList { QStringLiteral("--tour"), QStringLiteral("/tmp/x"), QStringLiteral("status") }
        << QStringLiteral("--tour") << QStringLiteral("sia-admin status [--json]");
}

void TestCliUsage::malformedCommandLinesExitWithUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QFETCH(QString, usage);
    QTemporaryDir dir;
    const SiaRun run = SiaLauncher(dir.path()).run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("Usage:")));
    QVERIFY2(run.err.contains(usage), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("--help")));
    // A usage error is found before anything is opened: the data directory stays empty.
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "testcliusage.moc"
