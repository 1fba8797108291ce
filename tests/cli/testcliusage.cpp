// Malformed command lines: exit code 2 with a message and the usage (the command's own when the mistake is
// within a command), and nothing written.
#include "sialauncher.h"

#include <QDir>
#include <QJsonObject>
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
    void optionOfAnotherCommandIsRefusedWithThisCommandsHelp_data();
    void optionOfAnotherCommandIsRefusedWithThisCommandsHelp();
    void oneCommandsHelpShowsItsOwnOptions_data();
    void oneCommandsHelpShowsItsOwnOptions();
    void helpOfAnUnknownCommandIsAUsageError();
    void globalOptionsMayFollowTheCommand();
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

void TestCliUsage::optionOfAnotherCommandIsRefusedWithThisCommandsHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("owners"); // the commands that do take the option
    QTest::addColumn<QString>("usage"); // the first line of the given command's help
    QTest::newRow("status --limit") << QStringList { QStringLiteral("status"), QStringLiteral("--limit"),
        QStringLiteral("3") } << QStringLiteral("audit")
                                    << QStringLiteral("Usage: sia-admin status [--json]");
    QTest::newRow("prerequisite --reason")
        << QStringList { QStringLiteral("prerequisite"), QStringLiteral("actions-enabled"),
               QStringLiteral("confirm"), QStringLiteral("--reason"), QStringLiteral("x") }
        << QStringLiteral("step") << QStringLiteral("Usage: sia-admin prerequisite KEY confirm|withdraw");
    QTest::newRow("audit --by") << QStringList { QStringLiteral("audit"), QStringLiteral("--by"),
        QStringLiteral("kim") } << QStringLiteral("step, prerequisite")
                                << QStringLiteral("Usage: sia-admin audit [--json] [--limit N]");
    QTest::newRow("step --note") << QStringList { QStringLiteral("step"), QStringLiteral("1"),
        QStringLiteral("start"), QStringLiteral("--note"), QStringLiteral("x") }
                                 << QStringLiteral("prerequisite")
                                 << QStringLiteral("Usage: sia-admin step N start|done|block|skip|reopen");
}

void TestCliUsage::optionOfAnotherCommandIsRefusedWithThisCommandsHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, owners);
    QFETCH(QString, usage);
    QTemporaryDir dir;
    const SiaRun run = SiaLauncher(dir.path()).run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("it belongs to %1").arg(owners)), qPrintable(run.err));
    QVERIFY2(run.err.contains(usage), qPrintable(run.err));
    // This command's help, not the whole list.
    QVERIFY(run.err.contains(QStringLiteral("Options:")));
    QCOMPARE(run.err.count(QStringLiteral("Usage:")), 1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestCliUsage::oneCommandsHelpShowsItsOwnOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("help step") << QStringList { QStringLiteral("help"), QStringLiteral("step") };
    QTest::newRow("step --help") << QStringList { QStringLiteral("step"), QStringLiteral("--help") };
    QTest::newRow("step 1 start -h") << QStringList { QStringLiteral("step"), QStringLiteral("1"),
        QStringLiteral("start"), QStringLiteral("-h") };
}

void TestCliUsage::oneCommandsHelpShowsItsOwnOptions()
{
    QFETCH(QStringList, arguments);
    const SiaRun help = SiaLauncher().runRaw(arguments);
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(QStringLiteral("Usage: sia-admin step N start|done|block|skip|reopen")));
    for (const char* expected : { "--reason TEXT", "--by NAME", "--json", "history and the audit log" }) {
        QVERIFY2(help.out.contains(QLatin1String(expected)), expected);
    }
    QVERIFY(!help.out.contains(QStringLiteral("--limit")));
    QVERIFY(!help.out.contains(QStringLiteral("--note")));
}

void TestCliUsage::helpOfAnUnknownCommandIsAUsageError()
{
    const SiaRun run = SiaLauncher().runRaw({ QStringLiteral("help"), QStringLiteral("deploy") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("not a command")), qPrintable(run.err));
}

void TestCliUsage::globalOptionsMayFollowTheCommand()
{
    QTemporaryDir dir;
    const SiaRun status = SiaLauncher().runRaw(
        { QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.path() });
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.json().object().value(QStringLiteral("database")).toString(),
        QDir(dir.path()).filePath(QStringLiteral("actions.sqlite")));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "testcliusage.moc"
