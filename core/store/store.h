// The Actions database: one open connection to it, the schema brought up to date on open, and the few
// primitives (statements, transactions, error translation) that every repository in core builds on.
// A Store belongs to the thread that opened it (Qt Sql's rule); the GUI reaches it through StoreWorker, and
// a long job (a sync, an import) opens a second Store of its own with attach() (see longjob.h).
#pragma once

#include "common/result.h"
#include "store/databaselocation.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTemporaryDir;

namespace sia {

class StoreBatch;
class BatchStatement;
enum class BatchEngine;

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
    // false: this is a further connection to a database that another Store has already opened and
    // migrated (a long job's own connection): nothing is migrated, and a schema that is not the one this
    // build expects is refused. Store::attach() sets it.
    bool migrate = true;
};

class Store
{
    Q_DECLARE_TR_FUNCTIONS(sia::Store)

public:
    static Result<std::unique_ptr<Store>> open(const StoreOptions& options);
    // A second connection to the database that open(options) has opened (on another thread, for a long
    // job): the same options, without migrating. Under WAL both connections read and write side by side.
    static Result<std::unique_ptr<Store>> attach(const StoreOptions& options);
    ~Store();

    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    QSqlDatabase database() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    // What the admin named: the file, or the server URL (which never holds a password).
    QString path() const { return m_databaseName; }
    bool isReadOnly() const { return m_options.readOnly; }
    int schemaVersion() const { return m_schemaVersion; }

    const StoreOptions& options() const { return m_options; }

    // Prepares and runs one statement with named placeholders (":name"). For one-off statements; a
    // statement run many times goes through prepareBatch().
    Result<QSqlQuery> exec(const QString& sql, const QVariantMap& bindings = {}) const;

    // A statement with positional placeholders ("?") prepared once, to be bound by position and run many
    // times (see storebatch.h). Native picks the backend's fastest path; the batch must not outlive the
    // store (if it does, it is finalized when the store closes and refuses to run).
    Result<StoreBatch> prepareBatch(const QString& sql);
    Result<StoreBatch> prepareBatch(const QString& sql, BatchEngine engine);

    // Runs work as one unit: commits when it succeeds, rolls back when it fails. The outermost call opens
    // a write transaction that holds the write lock from its first statement (the dialect's
    // beginWriteTransaction(): SQLite's BEGIN IMMEDIATE), so a read-check-write waits up to the busy
    // timeout for another writer instead of failing half-way. A call inside another becomes a savepoint:
    // its failure undoes only its own part (the outer work decides what that means), and nothing is
    // committed before the outermost work succeeds.
    Result<void> transaction(const std::function<Result<void>()>& work);

    // Runs work inside a transaction that only reads, so that it sees one consistent state of the database
    // (a page of a list, a review snapshot). Inside transaction() it simply runs; transaction() inside it
    // is refused, since a read transaction cannot become a write one without the risk it was made to
    // avoid.
    Result<void> readTransaction(const std::function<Result<void>()>& work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    Error errorFrom(const QSqlError& error) const;

    // Every repository asks this before it writes: a store open for review refuses with a rule's message.
    Result<void> requireWritable() const;

private:
    friend class BatchStatement;

    enum class TransactionKind
    {
        None,
        Write,
        Read
    };

    Store(StoreOptions options, std::unique_ptr<SqlDialect> dialect);

    Result<void> runStatements(const QStringList& statements) const;
    Result<void> outermostTransaction(
        TransactionKind kind, const QStringList& begin, const std::function<Result<void>()>& work);
    Result<void> savepoint(const std::function<Result<void>()>& work);
    Result<void> requireCurrentSchema(int version) const;
    void finalizeBatches();

    Result<void> connect(const QString& databaseName, const QString& connectOptions);
    void disconnect();
    Result<int> recordedSchemaVersion() const;
    Result<void> refuseNewerSchema(int version) const;
    Result<void> migrate(int fromVersion);
    Result<void> openForWriting(const QString& file);
    Result<void> bringUpToDate();
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
    TransactionKind m_transactionKind = TransactionKind::None;
    int m_transactionDepth = 0; // 1 inside the outermost transaction, one more per savepoint
    std::vector<BatchStatement*> m_batches; // prepared statements that must be finalized before closing
};

} // namespace sia
