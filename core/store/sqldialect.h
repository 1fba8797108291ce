// Every difference between SQL backends lives here, and nowhere else: column types in migrations, what to
// do right after opening, how a write transaction takes the write lock, how the schema is introspected, how
// timestamps come back, and how a driver's errors are classified. SQLite and PostgreSQL are its two
// subclasses; the store picks one from where the database is (a file or a postgresql:// URL).
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

class QSqlDatabase;

namespace sia {

enum class SqlBackend
{
    Sqlite,
    Postgres
};

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual SqlBackend backend() const = 0;
    virtual QString driverName() const = 0;
    // The backend's name for messages: "SQLite", "PostgreSQL".
    virtual QString displayName() const = 0;

    // Migrations (and the few statements built at run time) are written once with tokens that each
    // dialect expands:
    //   {{pk}}        a generated 64-bit integer primary key column ("id {{pk}}"); no AUTOINCREMENT
    //   {{id}}        a 64-bit integer column that holds such a key (foreign keys, counters that may grow)
    //   {{timestamp}} a point in time (ISO 8601 UTC text in SQLite, timestamptz in PostgreSQL); bind it as
    //                 toStoredTimestamp() text, read it with timestampFrom()
    //   {{bool}}      a boolean column; {{true}} and {{false}} its literals (bind bools as QVariant(bool))
    //   {{json}}      a JSON document column, only ever read whole
    //   {{blob}}      a byte string column
    //   {{nocase}}    a case-insensitive collation for the column or index expression before it
    //   {{now}}       the current time, as a {{timestamp}} value
    // Everything else is written in the SQL both backends share: INSERT … ON CONFLICT (…) DO UPDATE SET
    // x = excluded.x for upserts, RETURNING id for generated keys, SAVEPOINT / RELEASE / ROLLBACK TO.
    virtual QString expandTokens(QString sql) const = 0;

    // Applies the session settings (foreign keys, timeouts) to a freshly opened connection; writes nothing.
    virtual Result<void> configureSession(const QSqlDatabase& db) const = 0;

    // Settings that write to the database (journal mode), applied only once it is known to be ours.
    virtual Result<void> prepareForWriting(const QSqlDatabase& db) const = 0;

    // Keeps a connection from writing even by mistake (review mode).
    virtual Result<void> forbidWrites(const QSqlDatabase& db) const = 0;

    // The statements that open a write transaction holding the write lock from its first statement, so a
    // read-check-write never fails half-way because another connection wrote in between: it waits (up to
    // the busy timeout) for its turn instead. SQLite: BEGIN IMMEDIATE.
    virtual QStringList beginWriteTransaction() const = 0;
    // A transaction that only reads one consistent view of the database.
    virtual QStringList beginReadTransaction() const = 0;

    // One column "name": the tables of the product's schema (introspection stays in the dialect).
    virtual QString tableNamesQuery() const = 0;
    // Whether a table name returned by tableNamesQuery() belongs to the backend itself (sqlite_sequence).
    virtual bool isInternalTable(const QString& name) const = 0;

    // A value as the driver must be given it, for every value bound to a statement. Qt's QPSQL sends a
    // bool as 1 or 0, which PostgreSQL refuses for a boolean parameter; the other backends take it as is.
    virtual QVariant toBindable(const QVariant& value) const { return value; }

    // A condition that the text expression starts with the text bound as :placeholder, ignoring the case of
    // ASCII letters (as {{nocase}} does), and the bindings that bind prefix there. SQLite: a range in the
    // expression's NOCASE order, which an index on "expression COLLATE NOCASE" serves. PostgreSQL: ILIKE
    // under the C collation, since LIKE refuses the nondeterministic collation {{nocase}} puts on a column.
    virtual QString startsWith(const QString& expression, const QString& placeholder) const = 0;
    virtual QVariantMap startsWithBindings(const QString& placeholder, const QString& prefix) const = 0;

    // A {{timestamp}} value as the driver returns it (text in SQLite, a QDateTime in PostgreSQL), in UTC.
    virtual QDateTime timestampFrom(const QVariant& value) const = 0;

    // Turns a driver error into an admin-facing one: locked, read-only, corrupt, full, refused, ...
    // databaseName is what the admin named (a file, or the URL without its password).
    virtual Error classify(const QSqlError& error, const QString& databaseName) const = 0;
};

class SqliteDialect final : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(sia::SqliteDialect)

public:
    explicit SqliteDialect(int busyTimeoutMs)
        : m_busyTimeoutMs(busyTimeoutMs)
    { }

    SqlBackend backend() const override { return SqlBackend::Sqlite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString displayName() const override { return QStringLiteral("SQLite"); }
    QString expandTokens(QString sql) const override;
    Result<void> configureSession(const QSqlDatabase& db) const override;
    Result<void> prepareForWriting(const QSqlDatabase& db) const override;
    Result<void> forbidWrites(const QSqlDatabase& db) const override;
    QStringList beginWriteTransaction() const override { return { QStringLiteral("BEGIN IMMEDIATE") }; }
    QStringList beginReadTransaction() const override { return { QStringLiteral("BEGIN DEFERRED") }; }
    QString tableNamesQuery() const override;
    bool isInternalTable(const QString& name) const override;
    QString startsWith(const QString& expression, const QString& placeholder) const override;
    QVariantMap startsWithBindings(const QString& placeholder, const QString& prefix) const override;
    QDateTime timestampFrom(const QVariant& value) const override;
    Error classify(const QSqlError& error, const QString& databaseName) const override;

    // SQLite's primary result codes that mean something to the admin.
    enum Code
    {
        Busy = 5,
        Locked = 6,
        ReadOnly = 8,
        IoError = 10,
        Corrupt = 11,
        Full = 13,
        CantOpen = 14,
        NotADatabase = 26
    };

private:
    Result<void> run(const QSqlDatabase& db, const QStringList& statements) const;

    int m_busyTimeoutMs;
};

} // namespace sia
