#include "store/sqldialect.h"

#include "common/timestamps.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace sia {

QString SqliteDialect::expandTokens(QString sql) const
{
    // INTEGER PRIMARY KEY is the rowid itself: generated, 64-bit, and without AUTOINCREMENT's extra table.
    return sql.replace(QLatin1String("{{pk}}"), QLatin1String("INTEGER PRIMARY KEY"))
        .replace(QLatin1String("{{id}}"), QLatin1String("INTEGER"))
        .replace(QLatin1String("{{timestamp}}"), QLatin1String("TEXT"))
        .replace(QLatin1String("{{bool}}"), QLatin1String("INTEGER"))
        .replace(QLatin1String("{{true}}"), QLatin1String("1"))
        .replace(QLatin1String("{{false}}"), QLatin1String("0"))
        .replace(QLatin1String("{{json}}"), QLatin1String("TEXT"))
        .replace(QLatin1String("{{blob}}"), QLatin1String("BLOB"))
        .replace(QLatin1String("{{nocase}}"), QLatin1String("COLLATE NOCASE"))
        .replace(QLatin1String("{{now}}"), QLatin1String("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"));
}

Result<void> SqliteDialect::run(const QSqlDatabase& db, const QStringList& statements) const
{
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            return classify(query.lastError(), db.databaseName());
        }
    }
    return {};
}

Result<void> SqliteDialect::configureSession(const QSqlDatabase& db) const
{
    return run(db,
        { QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs),
            QStringLiteral("PRAGMA foreign_keys = ON") });
}

Result<void> SqliteDialect::prepareForWriting(const QSqlDatabase& db) const
{
    // WAL lets the GUI read while a sync writes; NORMAL sync is safe with WAL and much faster.
    return run(
        db, { QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL") });
}

Result<void> SqliteDialect::forbidWrites(const QSqlDatabase& db) const
{
    return run(db, { QStringLiteral("PRAGMA query_only = ON") });
}

QString SqliteDialect::tableNamesQuery() const
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'");
}

bool SqliteDialect::isInternalTable(const QString& name) const
{
    return name.startsWith(QLatin1String("sqlite_"));
}

QString SqliteDialect::startsWith(const QString& expression, const QString& placeholder) const
{
    return QStringLiteral("(%1) COLLATE NOCASE >= :%2_from AND (%1) COLLATE NOCASE < :%2_to")
        .arg(expression, placeholder);
}

QVariantMap SqliteDialect::startsWithBindings(const QString& placeholder, const QString& prefix) const
{
    // Every text that starts with prefix sorts between prefix and prefix followed by the highest code point
    // (SQLite compares what NOCASE does not fold byte by byte, and U+10FFFF has the highest UTF-8 bytes).
    const char32_t highest = 0x10ffff;
    const QString to = prefix + QString::fromUcs4(&highest, 1);
    return { { placeholder + QLatin1String("_from"), QVariant(prefix) },
        { placeholder + QLatin1String("_to"), QVariant(to) } };
}

QDateTime SqliteDialect::timestampFrom(const QVariant& value) const
{
    return value.isNull() ? QDateTime() : fromStoredTimestamp(value.toString());
}

Error SqliteDialect::classify(const QSqlError& error, const QString& databaseName) const
{
    // The native code is SQLite's extended result code; its low byte is the primary code.
    bool isNumber = false;
    const int primary = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    const QString text = error.text();
    if (isNumber) {
        switch (primary) {
        case Busy:
        case Locked:
            return Error::environment(QStringLiteral("store.locked"),
                tr("The database %1 is locked by another program (perhaps another SIA Admin window or a "
                   "sync). "
                   "Close the other program, or wait for it to finish, and try again.")
                    .arg(databaseName));
        case ReadOnly:
            return Error::environment(QStringLiteral("store.read-only"),
                tr("The database %1 cannot be written: the file or its folder is read-only. Give your user "
                   "write "
                   "access to both, or open the file for review only (--review).")
                    .arg(databaseName));
        case Corrupt:
        case NotADatabase:
            return Error::environment(QStringLiteral("store.corrupt"),
                tr("The file %1 is not a readable SIA Admin database (it is damaged or of another kind). It "
                   "was "
                   "left untouched. Restore it from a backup, or choose another data directory with "
                   "--data-dir.")
                    .arg(databaseName));
        case Full:
            return Error::environment(QStringLiteral("store.disk-full"),
                tr("The disk holding %1 is full. Free some space and try again; nothing was lost.")
                    .arg(databaseName));
        case CantOpen:
        case IoError:
            return Error::environment(QStringLiteral("store.cannot-open"),
                tr("The database %1 cannot be opened (%2). Check that the folder exists and that your user "
                   "may "
                   "read and write it.")
                    .arg(databaseName, text));
        default:
            break;
        }
    }
    return Error::internal(QStringLiteral("store.sql"),
        tr("The database %1 reported an unexpected error: %2").arg(databaseName, text));
}

} // namespace sia
