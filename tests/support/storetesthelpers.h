// Test helpers for the Actions database: open a fresh database for each test on the backend this test
// executable runs against, fingerprint it to prove it was left untouched, and read single values or table
// sizes without repeating the error handling.
//
// The backend comes from SIA_TEST_BACKEND, which sia_add_test(... BACKENDS sqlite postgres) sets for each
// CTest entry it registers ("teststore" runs on SQLite, "teststore-postgres" on PostgreSQL). On PostgreSQL
// each TestDatabase is a new database on the server named by SIA_TEST_POSTGRES_URL (tests/with-postgres.sh
// starts one), dropped again when the TestDatabase goes.
#pragma once

#include "common/result.h"
#include "store/store.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QTemporaryDir;

namespace sia::test {

// For QVERIFY2: what a failed result says ("ok" for a successful one).
template<typename T> QByteArray failureText(const Result<T>& result)
{
    return result.ok() ? QByteArray("ok")
                       : (result.error().code + QLatin1String(": ") + result.error().message).toUtf8();
}

enum class TestBackend
{
    Sqlite,
    Postgres
};

// SIA_TEST_BACKEND: "postgres", else SQLite.
TestBackend testBackend();

// One fresh, empty database for one test. Use it in init() and check isValid() there:
//
//   m_database = std::make_unique<TestDatabase>();
//   QVERIFY2(m_database->isValid(), m_database->problem().constData());
//
// On PostgreSQL without SIA_TEST_POSTGRES_URL it is invalid with a message that says how to run the test,
// so that the test fails instead of passing without having run.
class TestDatabase
{
public:
    explicit TestDatabase(TestBackend backend = testBackend());
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    bool isValid() const { return m_problem.isEmpty(); }
    QByteArray problem() const { return m_problem.toUtf8(); }
    TestBackend backend() const { return m_backend; }

    // A writable store at the latest schema (or at targetVersion), with a short busy timeout.
    StoreOptions options(int targetVersion = 0) const;
    Result<std::unique_ptr<Store>> open(int targetVersion = 0) const;
    Result<std::unique_ptr<Store>> openForReview() const;

    // What the store names in messages: the SQLite file, or the server URL.
    QString name() const;
    QString filePath() const { return m_file; } // SQLite only
    QString url() const { return m_url; } // PostgreSQL only

    // Runs each statement on a connection of the test's own (a superuser one on PostgreSQL), standing for
    // another program; returns the first error's text, or an empty string.
    QString runDirectly(const QStringList& statements) const;

    // Everything a store could have written: the file's bytes and side files (SQLite), or every table with
    // its columns and rows (PostgreSQL). Equal fingerprints mean the database was left untouched.
    QStringList fingerprint() const;

private:
    TestBackend m_backend;
    QString m_problem;
    std::unique_ptr<QTemporaryDir> m_dir; // SQLite
    QString m_file;
    QString m_serverUrl; // PostgreSQL: the server's URL, to its maintenance database
    QString m_databaseName;
    QString m_url;
};

// A writable store at the latest schema (or at targetVersion), with a short busy timeout.
Result<std::unique_ptr<Store>> openStore(const QString& path, int targetVersion = 0);
Result<std::unique_ptr<Store>> openForReview(const QString& path);

// SHA-256 of the file's bytes; empty when the file does not exist.
QByteArray fileDigest(const QString& path);

// The -wal, -shm and -journal files that exist beside a database file.
QStringList sidecarFiles(const QString& databasePath);

// The first column of the first row of sql, or an invalid QVariant when the query fails.
QVariant scalar(const Store& store, const QString& sql);
int rowCount(const Store& store, const QString& table);

// "1,2,…,upTo", and the versions schema_migrations records in the same form: a migration test compares them.
QString versionList(int upTo);
QString recordedVersions(const Store& store);

} // namespace sia::test
