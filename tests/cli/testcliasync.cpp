// A command that waits in the event loop for a network peer (the hidden test-wait-for-peer, the shape of
// connect, check and sync): it finishes with the right exit code when its event comes or fails, and
// Ctrl-C (SIGINT) or SIGTERM stops it cleanly, with exit code 130 or 143 and nothing written.
#include "sialauncher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

class TestCliAsync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void waitingCommandFinishesWhenItsEventArrives();
    void waitingCommandFailsWhenThePeerCloses();
    void unreachablePeerIsAnEnvironmentError();
    void signalStopsAWaitingCommandAndWritesNothing_data();
    void signalStopsAWaitingCommandAndWritesNothing();
    void testCommandsAreHiddenUnlessEnabled();

private:
    SiaLauncher launcher() const;
    // Starts test-wait-for-peer against m_server and returns once it is connected (the command waits).
    std::unique_ptr<QProcess> startWaiting(QTcpSocket** peer);
    bool prerequisiteConfirmed(const QString& key) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTcpServer> m_server;
};

void TestCliAsync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<QTcpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost)); // a port chosen at run time
    // An instance with one change, so that "nothing written" has something to compare against.
    QCOMPARE(launcher()
                 .run({ QStringLiteral("step"), QStringLiteral("5"), QStringLiteral("block"),
                     QStringLiteral("--reason"), QStringLiteral("Waiting for HR") })
                 .exitCode,
        0);
}

SiaLauncher TestCliAsync::launcher() const
{
    SiaLauncher sia(m_dir->path());
    sia.setEnvironment(QStringLiteral("SIA_TEST_COMMANDS"), QStringLiteral("1"));
    return sia;
}

std::unique_ptr<QProcess> TestCliAsync::startWaiting(QTcpSocket** peer)
{
    QSignalSpy connected(m_server.get(), &QTcpServer::newConnection);
    auto process = launcher().start({ QStringLiteral("test-wait-for-peer"), QStringLiteral("--port"),
        QString::number(m_server->serverPort()) });
    if (!process->waitForStarted() || !connected.wait(20000)) {
        qWarning() << "test-wait-for-peer did not connect:" << process->readAllStandardError();
        return nullptr;
    }
    *peer = m_server->nextPendingConnection();
    return process;
}

bool TestCliAsync::prerequisiteConfirmed(const QString& key) const
{
    const SiaRun status = launcher().run({ QStringLiteral("status"), QStringLiteral("--json") });
    for (const QJsonValue& prerequisite :
        status.json().object().value(QStringLiteral("prerequisites")).toArray()) {
        if (prerequisite.toObject().value(QStringLiteral("key")).toString() == key) {
            return prerequisite.toObject().value(QStringLiteral("confirmed")).toBool();
        }
    }
    return false;
}

void TestCliAsync::waitingCommandFinishesWhenItsEventArrives()
{
    QTcpSocket* peer = nullptr;
    const auto process = startWaiting(&peer);
    QVERIFY(process && peer);
    QVERIFY(!prerequisiteConfirmed(QStringLiteral("actions-enabled")));

    peer->write("actions-enabled\n");
    QVERIFY(peer->waitForBytesWritten()); // the test runs no event loop that would send it
    QVERIFY(process->waitForFinished(20000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 0);
    QVERIFY(process->readAllStandardOutput().contains("actions-enabled is confirmed"));
    QVERIFY(prerequisiteConfirmed(QStringLiteral("actions-enabled")));
}

void TestCliAsync::waitingCommandFailsWhenThePeerCloses()
{
    QTcpSocket* peer = nullptr;
    const auto process = startWaiting(&peer);
    QVERIFY(process && peer);
    peer->close();
    QVERIFY(process->waitForFinished(20000));
    QCOMPARE(process->exitCode(), 3);
    const QByteArray err = process->readAllStandardError();
    QVERIFY2(err.contains("cli.test.peer-closed"), err.constData());
}

void TestCliAsync::unreachablePeerIsAnEnvironmentError()
{
    const quint16 port = m_server->serverPort();
    m_server->close(); // nobody listens there any more
    const SiaRun run = launcher().run(
        { QStringLiteral("test-wait-for-peer"), QStringLiteral("--port"), QString::number(port) });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("cli.test.peer-unreachable")), qPrintable(run.err));
}

void TestCliAsync::signalStopsAWaitingCommandAndWritesNothing_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("Ctrl-C (SIGINT)") << int(SIGINT) << 130;
    QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
}

void TestCliAsync::signalStopsAWaitingCommandAndWritesNothing()
{
    QFETCH(int, signalNumber);
    QFETCH(int, exitCode);
    const QString database = m_dir->filePath(QStringLiteral("actions.sqlite"));
    const QByteArray before = SiaLauncher::fileHash(database);
    const QString auditBefore = launcher().run({ QStringLiteral("audit"), QStringLiteral("--json") }).out;

    QTcpSocket* peer = nullptr;
    const auto process = startWaiting(&peer);
    QVERIFY(process && peer);
    QElapsedTimer sinceSignal;
    sinceSignal.start();
    QCOMPARE(::kill(pid_t(process->processId()), signalNumber), 0);
    QVERIFY(process->waitForFinished(10000));
    // The cancel is honoured within a second (the bound), not after some timeout of its own.
    QVERIFY2(sinceSignal.elapsed() < 1000, QByteArray::number(sinceSignal.elapsed()).constData());
    QCOMPARE(process->exitStatus(), QProcess::NormalExit); // it exited, it was not killed by the signal
    QCOMPARE(process->exitCode(), exitCode);
    const QByteArray err = process->readAllStandardError();
    QVERIFY2(err.contains("cli.interrupted"), err.constData());

    // The database is as it was: the confirmation the command waited for was never written.
    QCOMPARE(SiaLauncher::fileHash(database), before);
    QCOMPARE(launcher().run({ QStringLiteral("audit"), QStringLiteral("--json") }).out, auditBefore);
    QVERIFY(!prerequisiteConfirmed(QStringLiteral("actions-enabled")));
}

void TestCliAsync::testCommandsAreHiddenUnlessEnabled()
{
    SiaLauncher plain(m_dir->path());
    const SiaRun run
        = plain.run({ QStringLiteral("test-wait-for-peer"), QStringLiteral("--port"), QStringLiteral("1") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("not a command")));
    QVERIFY(!launcher().runRaw({ QStringLiteral("--help") }).out.contains(QStringLiteral("test-wait")));
}

QTEST_GUILESS_MAIN(TestCliAsync)
#include "testcliasync.moc"
