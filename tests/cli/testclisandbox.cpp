// sia-admin --sandbox: its own data directory, the in-process sandbox serving, and the marker on every page.
#include "sialauncher.h"

#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
    void sandboxOptionErrorsAreSiaSandboxErrors_data();
    void sandboxOptionErrorsAreSiaSandboxErrors();
    void sandboxOptionGoesWithSandbox();
    void tourOnTheSandboxTakesItsOptions();
    void helpListsTheSandboxOptions();

private:
    SiaLauncher launcher() const;
    QString sandboxDataDir() const { return m_home->filePath(QStringLiteral("data/sia-admin/sandbox")); }

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
    // Salesforce's login host and its instance, each on a port of its own.
    const QRegularExpressionMatch salesforce = QRegularExpression(
        QStringLiteral("Salesforce's login at http://127\\.0\\.0\\.1:(\\d+) and "
                       "Salesforce's instance \\(its REST API\\) at http://127\\.0\\.0\\.1:(\\d+)"))
                                                   .match(run.err);
    QVERIFY2(salesforce.hasMatch(), qPrintable(run.err));
    QVERIFY(salesforce.captured(1) != salesforce.captured(2));
    // Where it listens, never its credentials.
    QVERIFY(!run.err.contains(QStringLiteral("clientSecret")));
    QVERIFY(QDir(tour).entryList({ QStringLiteral("*.png") }).size() >= 9);
}

void TestCliSandbox::sandboxOptionErrorsAreSiaSandboxErrors_data()
{
    QTest::addColumn<QStringList>("sandboxArguments"); // as sia-sandbox takes them
    QTest::addColumn<QStringList>("adminOptions"); // the same as --sandbox-option values
    const auto row = [](const char* name, QStringList sandboxArguments, QStringList adminOptions) {
        QTest::newRow(name) << sandboxArguments << adminOptions;
    };
    row("people not a number", { QStringLiteral("--people"), QStringLiteral("many") },
        { QStringLiteral("people=many") });
    row("port too big", { QStringLiteral("--port=70000") }, { QStringLiteral("--port=70000") });
    row("bad fault", { QStringLiteral("--faults"), QStringLiteral("marketo.leads=explode") },
        { QStringLiteral("faults=marketo.leads=explode") });
    row("bad limit", { QStringLiteral("--rate-limit"), QStringLiteral("speed=9") },
        { QStringLiteral("rate-limit=speed=9") });
    row("callback with fragment",
        { QStringLiteral("--sf-callback"), QStringLiteral("http://localhost:1717/cb#x") },
        { QStringLiteral("sf-callback=http://localhost:1717/cb#x") });
    row("unknown option", { QStringLiteral("--colour") }, { QStringLiteral("colour") });
    row("value after a switch", { QStringLiteral("--tls=yes") }, { QStringLiteral("tls=yes") });
}

void TestCliSandbox::sandboxOptionErrorsAreSiaSandboxErrors()
{
    QFETCH(QStringList, sandboxArguments);
    QFETCH(QStringList, adminOptions);
    QProcess sandbox;
    sandbox.start(QStringLiteral(SIA_SANDBOX_BINARY), sandboxArguments);
    QVERIFY(sandbox.waitForFinished(20000));
    QCOMPARE(sandbox.exitCode(), 2);
    const QString sandboxMessage
        = QString::fromUtf8(sandbox.readAllStandardError()).section(QLatin1Char('\n'), 0, 0);
    QVERIFY(sandboxMessage.startsWith(QStringLiteral("sia-sandbox: ")));

    QStringList arguments { QStringLiteral("--sandbox") };
    for (const QString& option : adminOptions) {
        arguments << QStringLiteral("--sandbox-option") << option;
    }
    // With a command (the sandbox is not started for it) and with the window alike: refused up front.
    for (const QStringList& mode : { QStringList { QStringLiteral("status") },
             QStringList { QStringLiteral("--tour"), m_home->filePath(QStringLiteral("tour")) } }) {
        const SiaRun admin = launcher().runRaw(arguments + mode);
        QCOMPARE(admin.exitCode, 2);
        QCOMPARE(admin.err.section(QLatin1Char('\n'), 0, 0).mid(QStringLiteral("sia-admin: ").size()),
            sandboxMessage.mid(QStringLiteral("sia-sandbox: ").size()));
        QVERIFY2(admin.err.contains(QStringLiteral("--sandbox-option NAME[=VALUE]")), qPrintable(admin.err));
    }
    QVERIFY(!QFile::exists(sandboxDataDir())); // nothing was opened
}

void TestCliSandbox::sandboxOptionGoesWithSandbox()
{
    const SiaRun run = launcher().runRaw(
        { QStringLiteral("--sandbox-option"), QStringLiteral("people=5"), QStringLiteral("status") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("goes with --sandbox")), qPrintable(run.err));
}

void TestCliSandbox::tourOnTheSandboxTakesItsOptions()
{
    const QString tour = m_home->filePath(QStringLiteral("tour"));
    const SiaRun run = launcher().runRaw(
        { QStringLiteral("--sandbox"), QStringLiteral("--sandbox-option"), QStringLiteral("tls"),
            QStringLiteral("--sandbox-option=people=50"), QStringLiteral("--tour"), tour });
    QVERIFY2(
        run.exitCode == 0, qPrintable(QStringLiteral("exit code %1: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(QStringLiteral("the sandbox is serving Marketo at https://127.0.0.1:")),
        qPrintable(run.err));
}

void TestCliSandbox::helpListsTheSandboxOptions()
{
    const SiaRun help = launcher().runRaw({ QStringLiteral("help"), QStringLiteral("sandbox") });
    QCOMPARE(help.exitCode, 0);
    for (const char* expected : { "--sandbox-option NAME[=VALUE]", "--people N", "--sf-tasks N",
             "--faults SPEC:", "calls=100/20s" }) {
        QVERIFY2(help.out.contains(QLatin1String(expected)), expected);
    }
    QVERIFY(launcher().runRaw({ QStringLiteral("--help") }).out.contains(QStringLiteral("--sandbox-option")));
}

QTEST_GUILESS_MAIN(TestCliSandbox)
#include "testclisandbox.moc"
