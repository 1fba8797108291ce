// The Actions database: one open connection to it, the schema brought up to date on open, and the few
// primitives (statements, transactions, error translation) that every repository in core builds on.
// A Store belongs to the thread that opened it (Qt Sql's rule); the GUI reaches it through StoreWorker.
#pragma once

#include "common/result.h"
#include "store/databaselocation.h"
#include "store/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace sia {

struct StoreOptions
{
    QString databasePath;
    // A postgresql:// URL (see DatabaseLocation): when set, the store opens that server's database instead
    // of the file, and databasePath is not used. Never holds a password.
    QString databaseUrl;
    // The server's password, read from the keychain (DatabaseCredentials); empty when the server needs none.
    QString databasePassword;
    // Review mode: the file is opened so that not one byte of it (nor a -wal or -shm beside it) changes.
    bool readOnly = false;
    int busyTimeoutMs = 5000;
    // The schema version to migrate to; 0 means the latest. Only tests of migrations name an older one.
    int targetSchemaVersion = 0;
};

class Store
{
public:
    static Result<std::unique_ptr<Store>> open(const StoreOptions& options);
    ~Store();

    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    QSqlDatabase database() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    // What the admin named: the file, or the server URL (which never holds a password).
    QString path() const { return m_databaseName; }
    bool isReadOnly() const { return m_options.readOnly; }
    int schemaVersion() const { return m_schemaVersion; }

    // Prepares and runs one statement with named placeholders (":name").
    Result<QSqlQuery> exec(const QString& sql, const QVariantMap& bindings = {}) const;

    // Runs work in one transaction: commits when it succeeds, rolls back when it fails. Not reentrant.
    Result<void> transaction(const std::function<Result<void>()>& work);

    Error errorFrom(const QSqlError& error) const;

    // Every repository asks this before it writes: a store open for review refuses with a rule's message.
    Result<void> requireWritable() const;

private:
    Store(StoreOptions options, std::unique_ptr<SqlDialect> dialect);

    Result<void> connect(const QString& databaseName, const QString& connectOptions);
    void disconnect();
    Result<int> recordedSchemaVersion() const;
    Result<void> refuseNewerSchema(int version) const;
    Result<void> migrate(int fromVersion);
    Result<void> openForWriting(const QString& file);
    Result<void> openForReview();
    Result<void> openReviewCopy(bool withWal);
    Result<void> checkReviewedSchema();
    Result<void> openServerForWriting();
    Result<void> openServerForReview();

    StoreOptions m_options;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_databaseName; // for messages: the file, or the server URL
    std::optional<DatabaseLocation> m_server; // set when the database is on a PostgreSQL server
    QString m_connectionName;
    int m_schemaVersion = 0;
    std::unique_ptr<QTemporaryDir> m_reviewCopyDir; // review of a file that must be migrated or has a WAL
};

} // namespace sia
