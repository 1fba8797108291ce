// Ctrl-C and SIGTERM reach the event loop as a signal of InterruptWatcher, with the exit code each means.
#include "cli/interruptwatcher.h"

#include <QSignalSpy>
#include <QtTest>

#include <csignal>

using namespace sia;

class TestInterruptWatcher : public QObject
{
    Q_OBJECT

private slots:
    void signalArrivesOnTheEventLoopWithItsExitCode_data();
    void signalArrivesOnTheEventLoopWithItsExitCode();
};

void TestInterruptWatcher::signalArrivesOnTheEventLoopWithItsExitCode_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("SIGINT") << int(SIGINT) << int(ExitInterrupted);
    QTest::newRow("SIGTERM") << int(SIGTERM) << int(ExitTerminated);
}

void TestInterruptWatcher::signalArrivesOnTheEventLoopWithItsExitCode()
{
    QFETCH(int, signalNumber);
    QFETCH(int, exitCode);
    InterruptWatcher watcher;
    QVERIFY(watcher.isWatching());
    QSignalSpy interrupted(&watcher, &InterruptWatcher::interrupted);
    QCOMPARE(std::raise(signalNumber), 0); // handled: the test process lives on
    QVERIFY(interrupted.isEmpty()); // never from inside the handler
    QVERIFY(interrupted.wait());
    QCOMPARE(interrupted.size(), 1);
    QCOMPARE(interrupted.first().first().value<ExitCode>(), ExitCode(exitCode));
}

QTEST_GUILESS_MAIN(TestInterruptWatcher)
#include "testinterruptwatcher.moc"
