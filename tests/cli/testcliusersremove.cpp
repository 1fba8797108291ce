// sia-admin users remove EMAIL, on SQLite and on PostgreSQL: an invited admin is removed (and the audit log
// says who did it); the original user is removed before any people sync, and refused with exit 1 and the
// reason once a people sync run exists (written into sync_runs directly, as a sync would have begun it), the
// database then unchanged; a malformed command line is a usage error.
#include "sialauncher.h"
#include "storetesthelpers.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace sia;
using namespace sia::test;

class TestCliUsersRemove : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void invitedAdminIsRemoved();
    void originalUserIsRemovableBeforeThePeopleSync();
    void originalUserIsRefusedOnceThePeopleSyncStarted();
    void usageErrors();

private:
    void inviteTwo();
    void beginPeopleSync();
    QString userStatus(const QString& email);

    std::unique_ptr<TestDatabase> m_database; // the runs' database: its file's folder, or a PostgreSQL one
    std::unique_ptr<QTemporaryDir> m_dir; // PostgreSQL: the data directory (the outbox, the settings)
    std::unique_ptr<SiaLauncher> m_sia;
};

void TestCliUsersRemove::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    if (m_database->backend() == TestBackend::Sqlite) {
        // --data-dir: the folder's actions.sqlite, the file TestDatabase reads directly.
        m_sia = std::make_unique<SiaLauncher>(QFileInfo(m_database->filePath()).absolutePath());
        m_sia->setEnvironment(QStringLiteral("SIA_DATABASE_URL"), QString());
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sia = std::make_unique<SiaLauncher>();
        m_sia->setEnvironment(QStringLiteral("SIA_DATA_DIR"), m_dir->path());
        m_sia->setEnvironment(QStringLiteral("SIA_DATABASE_URL"), m_database->url());
    }
    m_sia->setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
}

void TestCliUsersRemove::inviteTwo()
{
    const SiaRun invited = m_sia->run({ QStringLiteral("invite-admin"), QStringLiteral("--instance"),
        QStringLiteral("Acme"), QStringLiteral("ada@acme.example"), QStringLiteral("bob@acme.example") });
    QVERIFY2(invited.exitCode == 0, qPrintable(invited.err));
}

void TestCliUsersRemove::beginPeopleSync()
{
    const QString failed = m_database->runDirectly(
        { QStringLiteral("INSERT INTO sync_runs (kind, state, started_by, started_at) VALUES "
                         "('people-initial', 'paused', 'alice', '2026-12-01T10:00:00.000Z')") });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

QString TestCliUsersRemove::userStatus(const QString& email)
{
    const Result<std::unique_ptr<Store>> store = m_database->open();
    if (!store) {
        return QString::fromUtf8(failureText(store));
    }
    return scalar(**store, QStringLiteral("SELECT status FROM users WHERE email = '%1'").arg(email))
        .toString();
}

void TestCliUsersRemove::invitedAdminIsRemoved()
{
    inviteTwo();
    beginPeopleSync(); // only the original user is protected
    const SiaRun removed = m_sia->run({ QStringLiteral("users"), QStringLiteral("remove"),
        QStringLiteral("bob@acme.example"), QStringLiteral("--by"), QStringLiteral("carol") });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY2(removed.out.contains(QStringLiteral("bob@acme.example was removed")), qPrintable(removed.out));
    QCOMPARE(userStatus(QStringLiteral("bob@acme.example")), QStringLiteral("revoked"));
    const SiaRun audit = m_sia->run({ QStringLiteral("audit") });
    QVERIFY2(audit.out.contains(QStringLiteral("Admin removed")), qPrintable(audit.out));
    QVERIFY(audit.out.contains(QStringLiteral("carol")));
}

void TestCliUsersRemove::originalUserIsRemovableBeforeThePeopleSync()
{
    inviteTwo();
    const SiaRun removed = m_sia->run({ QStringLiteral("users"), QStringLiteral("remove"),
        QStringLiteral("ada@acme.example"), QStringLiteral("--json") });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY(removed.json().object().value(QStringLiteral("original")).toBool());
    QCOMPARE(userStatus(QStringLiteral("ada@acme.example")), QStringLiteral("revoked"));
}

void TestCliUsersRemove::originalUserIsRefusedOnceThePeopleSyncStarted()
{
    inviteTwo();
    beginPeopleSync();
    const QStringList before = m_database->fingerprint();
    const SiaRun refused = m_sia->run(
        { QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("ada@acme.example") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("original user")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("people sync has started")));
    QVERIFY(refused.err.contains(QStringLiteral("user.original-after-sync")));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(m_database->fingerprint(), before);
    QCOMPARE(userStatus(QStringLiteral("ada@acme.example")), QStringLiteral("invited"));
}

void TestCliUsersRemove::usageErrors()
{
    QCOMPARE(m_sia->run({ QStringLiteral("users") }).exitCode, 2);
    QCOMPARE(m_sia->run({ QStringLiteral("users"), QStringLiteral("delete"), QStringLiteral("a@b.example") })
                 .exitCode,
        2);
    inviteTwo();
    const SiaRun unknown = m_sia->run(
        { QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("zed@acme.example") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("zed@acme.example")), qPrintable(unknown.err));
}

QTEST_GUILESS_MAIN(TestCliUsersRemove)
#include "testcliusersremove.moc"
