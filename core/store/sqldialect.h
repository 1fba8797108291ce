// Every difference between SQL backends lives here, so that a PostgreSQL backend is one more subclass:
// column types in migrations, what to do right after opening, and how a driver's errors are classified.
#pragma once

#include "common/result.h"

#include <QSqlError>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace sia {

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;

    // Migrations are written once with tokens that each dialect expands:
    //   {{pk}}        an auto-incrementing integer primary key column type
    //   {{timestamp}} a timestamp column (ISO 8601 UTC text in SQLite)
    //   {{bool}}      a boolean column
    //   {{json}}      a JSON document column
    //   {{nocase}}    a case-insensitive collation for the column or index before it
    //   {{now}}       the current time as an ISO 8601 UTC timestamp
    virtual QString expandTokens(QString sql) const = 0;

    // Applies the session settings (foreign keys, timeouts) to a freshly opened connection; writes nothing.
    virtual Result<void> configureSession(const QSqlDatabase& db) const = 0;

    // Settings that write to the file (journal mode), applied only once the file is known to be ours.
    virtual Result<void> prepareForWriting(const QSqlDatabase& db) const = 0;

    // Keeps a connection from writing even by mistake (review mode).
    virtual Result<void> forbidWrites(const QSqlDatabase& db) const = 0;

    // Turns a driver error into an admin-facing one: locked, read-only, corrupt, full, ...
    virtual Error classify(const QSqlError& error, const QString& databaseName) const = 0;
};

class SqliteDialect final : public SqlDialect
{
public:
    explicit SqliteDialect(int busyTimeoutMs)
        : m_busyTimeoutMs(busyTimeoutMs)
    { }

    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString expandTokens(QString sql) const override;
    Result<void> configureSession(const QSqlDatabase& db) const override;
    Result<void> prepareForWriting(const QSqlDatabase& db) const override;
    Result<void> forbidWrites(const QSqlDatabase& db) const override;
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
