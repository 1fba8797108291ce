// The password of a shared PostgreSQL database, end to end through the command line and a real keychain:
// `sia-admin database set-password` reads it from standard input into the keychain, and every later command
// with --database logs in with it; it is never shown, and a URL that carries one is refused.
// Needs both wrappers: tests/with-keyring.sh tests/with-postgres.sh ctest -R testpostgrespassword
#include "storetesthelpers.h"

#include <QProcess>
#include <QTest>
#include <QUrl>

using namespace sia;
using namespace sia::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SIA_DATABASE_URL"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SIA_ADMIN_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

const QString password = QStringLiteral("Pa55-word-of-the-team");

} // namespace

class TestPostgresPassword : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void storedPasswordLetsCommandsLogIn();
    void wrongStoredPasswordIsRefused();
    void emptyInputIsAUsageError();
    void passwordInTheUrlIsRefusedWithoutEchoingIt();

private:
    QString m_role;
    QString m_url;
    std::unique_ptr<TestDatabase> m_database;
};

void TestPostgresPassword::init()
{
    QVERIFY2(qEnvironmentVariableIsSet("SIA_TEST_KEYRING"),
        "This test stores passwords in the keychain: run it through tests/with-keyring.sh, never against "
        "yours.");
    m_database = std::make_unique<TestDatabase>(TestBackend::Postgres);
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    // A role of its own per test function, so that no password stored by another test can log it in.
    static int count = 0;
    m_role = QStringLiteral("sia_team_%1_%2").arg(QCoreApplication::applicationPid()).arg(++count);
    QCOMPARE(
        m_database->runDirectly({ QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_role, password),
            QStringLiteral("ALTER DATABASE %1 OWNER TO %2")
                .arg(QUrl(m_database->url()).path().mid(1), m_role),
            QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(m_role) }),
        QString());
    QUrl url(m_database->url());
    url.setUserName(m_role);
    m_url = url.toString();
}

void TestPostgresPassword::cleanup()
{
    m_database.reset();
    if (!m_role.isEmpty()) {
        TestDatabase server(TestBackend::Postgres);
        QCOMPARE(server.runDirectly({ QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_role) }), QString());
    }
}

void TestPostgresPassword::storedPasswordLetsCommandsLogIn()
{
    const CliRun before = runCli({ QStringLiteral("--database"), m_url, QStringLiteral("status") });
    QCOMPARE(before.exitCode, 3);
    QVERIFY2(before.err.contains(QLatin1String("store.password-refused")), qPrintable(before.err));

    const CliRun stored = runCli(
        { QStringLiteral("database"), QStringLiteral("set-password"), QStringLiteral("--database"), m_url },
        password.toUtf8() + '\n');
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
    QVERIFY2(stored.out.contains(m_url), qPrintable(stored.out));

    const CliRun status
        = runCli({ QStringLiteral("--database"), m_url, QStringLiteral("status"), QStringLiteral("--json") });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QVERIFY2(status.out.contains(m_url), qPrintable(status.out));
    for (const CliRun& run : { before, stored, status }) {
        QVERIFY(!run.out.contains(password));
        QVERIFY(!run.err.contains(password));
    }
}

void TestPostgresPassword::wrongStoredPasswordIsRefused()
{
    const CliRun stored = runCli(
        { QStringLiteral("database"), QStringLiteral("set-password"), QStringLiteral("--database"), m_url },
        QByteArrayLiteral("not-it\r\n"));
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));

    const CliRun status = runCli({ QStringLiteral("--database"), m_url, QStringLiteral("audit") });

    QCOMPARE(status.exitCode, 3);
    QVERIFY2(status.err.contains(QLatin1String("store.password-refused")), qPrintable(status.err));
    QVERIFY2(status.err.contains(m_url), qPrintable(status.err));
    QVERIFY(!status.err.contains(QLatin1String("not-it")));
}

void TestPostgresPassword::emptyInputIsAUsageError()
{
    const CliRun stored = runCli(
        { QStringLiteral("database"), QStringLiteral("set-password"), QStringLiteral("--database"), m_url },
        {});

    QCOMPARE(stored.exitCode, 2);
    QVERIFY2(stored.err.contains(QLatin1String("database.empty-password")), qPrintable(stored.err));
}

void TestPostgresPassword::passwordInTheUrlIsRefusedWithoutEchoingIt()
{
    QUrl withPassword(m_url);
    withPassword.setPassword(password);

    const CliRun run
        = runCli({ QStringLiteral("--database"), withPassword.toString(), QStringLiteral("status") });

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("keychain")), qPrintable(run.err));
    QVERIFY(!run.err.contains(password));
}

QTEST_GUILESS_MAIN(TestPostgresPassword)
#include "testpostgrespassword.moc"
