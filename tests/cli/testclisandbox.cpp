// sia-admin --sandbox: its own data directory, the in-process sandbox serving, and the marker on every page.
#include "sialauncher.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestCliSandbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sandboxUsesItsOwnDataDirectory();
    void sandboxCannotBeCombinedWithAnotherDataDirectory_data();
    void sandboxCannotBeCombinedWithAnotherDataDirectory();
    void tourOnTheSandboxStartsItAndRendersEveryPage();

private:
    SiaLauncher launcher() const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliSandbox::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

SiaLauncher TestCliSandbox::launcher() const
{
    SiaLauncher sia;
    sia.setEnvironment(QStringLiteral("HOME"), m_home->path());
    sia.setEnvironment(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    sia.setEnvironment(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return sia;
}

void TestCliSandbox::sandboxUsesItsOwnDataDirectory()
{
    const SiaRun status = launcher().runRaw(
        { QStringLiteral("--sandbox"), QStringLiteral("status"), QStringLiteral("--json") });
    QCOMPARE(status.exitCode, 0);
    const QString database = status.json().object().value(QStringLiteral("database")).toString();
    QCOMPARE(database, m_home->filePath(QStringLiteral("data/sia-admin/sandbox/actions.sqlite")));
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("data/sia-admin/actions.sqlite"))));
}

void TestCliSandbox::sandboxCannotBeCombinedWithAnotherDataDirectory_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("demo") << QStringList { QStringLiteral("--sandbox"), QStringLiteral("--demo"),
        QStringLiteral("status") };
    QTest::newRow("data-dir") << QStringList { QStringLiteral("--sandbox"), QStringLiteral("--data-dir"),
        QStringLiteral("/tmp/x"), QStringLiteral("status") };
    QTest::newRow("review") << QStringList { QStringLiteral("--sandbox"), QStringLiteral("--review"),
        QStringLiteral("/tmp/x.sqlite"), QStringLiteral("status") };
}

void TestCliSandbox::sandboxCannotBeCombinedWithAnotherDataDirectory()
{
    QFETCH(QStringList, arguments);
    const SiaRun run = launcher().runRaw(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--sandbox")), qPrintable(run.err));
}

void TestCliSandbox::tourOnTheSandboxStartsItAndRendersEveryPage()
{
    const QString tour = m_home->filePath(QStringLiteral("tour"));
    const SiaRun run = launcher().runRaw({ QStringLiteral("--sandbox"), QStringLiteral("--tour"), tour });
    QVERIFY2(
        run.exitCode == 0, qPrintable(QStringLiteral("exit code %1: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(QStringLiteral("the sandbox is serving Marketo at http://127.0.0.1:")),
        qPrintable(run.err));
    // Where it listens, never its credentials.
    QVERIFY(!run.err.contains(QStringLiteral("clientSecret")));
    QVERIFY(QDir(tour).entryList({ QStringLiteral("*.png") }).size() >= 9);
}

QTEST_GUILESS_MAIN(TestCliSandbox)
#include "testclisandbox.moc"
