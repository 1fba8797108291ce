// The dialect of a PostgreSQL server reached through Qt's QPSQL driver, for a team of admins sharing one
// database. Writers take turns through one transaction-scoped advisory lock (the counterpart of SQLite's
// BEGIN IMMEDIATE), e-mail addresses compare case-insensitively through a nondeterministic ICU collation,
// and errors are told apart by their SQLSTATE.
#pragma once

#include "store/sqldialect.h"

#include <QCoreApplication>

namespace sia {

class PostgresDialect final : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(sia::PostgresDialect)

public:
    // The key of the advisory lock every writer of a SIA Admin database takes ("SIA" in ASCII): any
    // constant works, as long as all writers of the database use the same one.
    static constexpr qint64 writeLockKey = 0x534941;
    // The collation {{nocase}} names, created in the database's schema by prepareForWriting().
    static constexpr const char* nocaseCollation = "sia_nocase";

    explicit PostgresDialect(int busyTimeoutMs)
        : m_busyTimeoutMs(busyTimeoutMs)
    { }

    SqlBackend backend() const override { return SqlBackend::Postgres; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    QString displayName() const override { return QStringLiteral("PostgreSQL"); }
    QString expandTokens(QString sql) const override;
    Result<void> configureSession(const QSqlDatabase& db) const override;
    Result<void> prepareForWriting(const QSqlDatabase& db) const override;
    Result<void> forbidWrites(const QSqlDatabase& db) const override;
    QStringList beginWriteTransaction() const override;
    QStringList beginReadTransaction() const override;
    QString tableNamesQuery() const override;
    bool isInternalTable(const QString& name) const override;
    QString startsWith(const QString& expression, const QString& placeholder) const override;
    QVariantMap startsWithBindings(const QString& placeholder, const QString& prefix) const override;
    QVariant toBindable(const QVariant& value) const override;
    QDateTime timestampFrom(const QVariant& value) const override;
    Error classify(const QSqlError& error, const QString& databaseName) const override;

private:
    Result<void> run(const QSqlDatabase& db, const QStringList& statements) const;
    Error classifyConnectionFailure(const QSqlError& error, const QString& databaseName) const;

    int m_busyTimeoutMs;
};

} // namespace sia
