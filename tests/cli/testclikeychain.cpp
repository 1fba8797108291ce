// sia-admin keychain: a command that waits for the keychain's asynchronous answers and finishes with the
// right exit code: 0 with a working Secret Service (run under tests/with-keyring.sh), 3 with none.
#include "sialauncher.h"

#include <QTemporaryDir>
#include <QtTest>

class TestCliKeychain : public QObject
{
    Q_OBJECT

private slots:
    void workingKeychainIsReported();
    void missingKeychainIsAnEnvironmentError();
};

void TestCliKeychain::workingKeychainIsReported()
{
    const SiaRun run = SiaLauncher().runRaw({ QStringLiteral("keychain") });
    QVERIFY2(
        run.exitCode == 0, qPrintable(QStringLiteral("exit code %1: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.out.contains(QStringLiteral("can keep SIA Admin's secrets")), qPrintable(run.out));
}

void TestCliKeychain::missingKeychainIsAnEnvironmentError()
{
    QTemporaryDir home;
    SiaLauncher sia;
    sia.setEnvironment(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/sia-no-bus"));
    sia.setEnvironment(QStringLiteral("HOME"), home.path());
    const SiaRun run = sia.runRaw({ QStringLiteral("keychain") });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("Secret Service")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "testclikeychain.moc"
