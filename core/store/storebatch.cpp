#include "store/storebatch.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace sia {

namespace {

// The connection Qt's SQLite driver opened, or nullptr when the driver is another one (or a build of Qt
// with its own copy of SQLite would hand over something else: the type name tells).
sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (!db.driver()) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

// Binds and steps through SQLite's C API. Text and blobs are bound SQLITE_STATIC from a shallow copy kept
// here until the step is done: implicit sharing makes keeping it cost a reference count, not a copy.
class SqliteBatchStatement final : public BatchStatement
{
public:
    SqliteBatchStatement(Store& store, sqlite3* db, sqlite3_stmt* statement)
        : BatchStatement(store)
        , m_db(db)
        , m_statement(statement)
        , m_texts(sqlite3_bind_parameter_count(statement))
        , m_bytes(m_texts.size())
    { }
    ~SqliteBatchStatement() override { finalize(); }

    BatchEngine engine() const override { return BatchEngine::Native; }

    void bindNull(int index) override
    {
        if (inRange(index)) {
            check(sqlite3_bind_null(m_statement, index + 1));
        }
    }
    void bindInteger(int index, qint64 value) override
    {
        if (inRange(index)) {
            check(sqlite3_bind_int64(m_statement, index + 1, value));
        }
    }
    void bindReal(int index, double value) override
    {
        if (inRange(index)) {
            check(sqlite3_bind_double(m_statement, index + 1, value));
        }
    }
    void bindText(int index, const QString& text) override
    {
        if (!inRange(index)) {
            return;
        }
        if (text.isNull()) {
            check(sqlite3_bind_null(m_statement, index + 1));
            return;
        }
        QString& kept = m_texts[size_t(index)];
        kept = text;
        check(sqlite3_bind_text16(
            m_statement, index + 1, kept.utf16(), int(kept.size() * sizeof(char16_t)), SQLITE_STATIC));
    }
    void bindUtf8(int index, const QByteArray& utf8) override { bindBytes(index, utf8, true); }
    void bindBlob(int index, const QByteArray& bytes) override { bindBytes(index, bytes, false); }

    Result<void> exec() override
    {
        if (!m_statement) {
            return closedError();
        }
        Result<void> outcome;
        if (m_bindResult != SQLITE_OK) {
            outcome = errorFrom(m_bindResult, m_bindMessage);
        } else {
            int code = SQLITE_ROW;
            while (code == SQLITE_ROW) {
                code = sqlite3_step(m_statement);
            }
            if (code != SQLITE_DONE) {
                outcome = errorFrom(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
            }
        }
        unbindAll();
        return outcome;
    }

private:
    void finalize() override
    {
        if (m_statement) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }

    bool inRange(int index)
    {
        if (!m_statement) {
            return false;
        }
        if (index >= 0 && size_t(index) < m_texts.size()) {
            return true;
        }
        remember(SQLITE_RANGE,
            QStringLiteral("position %1 is not one of the statement's %2").arg(index).arg(m_texts.size()));
        return false;
    }

    void bindBytes(int index, const QByteArray& bytes, bool asText)
    {
        if (!inRange(index)) {
            return;
        }
        if (bytes.isNull()) {
            check(sqlite3_bind_null(m_statement, index + 1));
            return;
        }
        QByteArray& kept = m_bytes[size_t(index)];
        kept = bytes;
        check(asText
                ? sqlite3_bind_text(m_statement, index + 1, kept.constData(), int(kept.size()), SQLITE_STATIC)
                : sqlite3_bind_blob(
                    m_statement, index + 1, kept.constData(), int(kept.size()), SQLITE_STATIC));
    }

    void check(int code)
    {
        if (code != SQLITE_OK) {
            remember(code, QString::fromUtf8(sqlite3_errstr(code)));
        }
    }

    void remember(int code, const QString& message)
    {
        if (m_bindResult == SQLITE_OK) {
            m_bindResult = code;
            m_bindMessage = message;
        }
    }

    void unbindAll()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        // Release the shallow copies, so that a caller reusing its buffers does not make them detach.
        for (QString& text : m_texts) {
            if (!text.isNull()) {
                text = QString();
            }
        }
        for (QByteArray& bytes : m_bytes) {
            if (!bytes.isNull()) {
                bytes = QByteArray();
            }
        }
        m_bindResult = SQLITE_OK;
        m_bindMessage.clear();
    }

    Error errorFrom(int code, const QString& message) const
    {
        // Through the same classification as Qt Sql's errors, so a batch says store.locked or
        // store.disk-full exactly as every other statement does.
        return store()->errorFrom(
            QSqlError(QString(), message, QSqlError::StatementError, QString::number(code)));
    }

    sqlite3* m_db;
    sqlite3_stmt* m_statement;
    std::vector<QString> m_texts;
    std::vector<QByteArray> m_bytes;
    int m_bindResult = SQLITE_OK;
    QString m_bindMessage;
};

// The portable path: a QSqlQuery prepared once with positional placeholders.
class QtSqlBatchStatement final : public BatchStatement
{
public:
    QtSqlBatchStatement(Store& store, QSqlQuery query, int placeholders)
        : BatchStatement(store)
        , m_query(std::move(query))
        , m_placeholders(placeholders)
    {
        unbindAll();
    }

    BatchEngine engine() const override { return BatchEngine::QtSql; }

    void bindNull(int index) override { bindVariant(index, QVariant()); }
    void bindInteger(int index, qint64 value) override { bindVariant(index, QVariant(value)); }
    void bindReal(int index, double value) override { bindVariant(index, QVariant(value)); }
    void bindText(int index, const QString& text) override { bindVariant(index, QVariant(text)); }
    void bindUtf8(int index, const QByteArray& utf8) override
    {
        bindVariant(index, utf8.isNull() ? QVariant(QString()) : QVariant(QString::fromUtf8(utf8)));
    }
    void bindBlob(int index, const QByteArray& bytes) override { bindVariant(index, QVariant(bytes)); }
    void bindVariant(int index, const QVariant& value) override
    {
        if (m_closed) {
            return;
        }
        if (index < 0 || index >= m_placeholders) {
            m_badPosition = index;
            return;
        }
        m_query.bindValue(index, store()->dialect().toBindable(value));
    }

    Result<void> exec() override
    {
        if (m_closed) {
            return closedError();
        }
        Result<void> outcome;
        if (m_badPosition) {
            outcome = store()->errorFrom(QSqlError(QString(),
                QStringLiteral("position %1 is not one of the statement's %2")
                    .arg(*m_badPosition)
                    .arg(m_placeholders),
                QSqlError::StatementError));
            m_badPosition.reset();
        } else if (!m_query.exec()) {
            outcome = store()->errorFrom(m_query.lastError());
        }
        m_query.finish();
        unbindAll();
        return outcome;
    }

private:
    // Qt Sql refuses a statement with a position left unbound: every one starts as NULL.
    void unbindAll()
    {
        for (int index = 0; index < m_placeholders; ++index) {
            m_query.bindValue(index, QVariant());
        }
    }

    void finalize() override
    {
        m_query = QSqlQuery();
        m_closed = true;
    }

    QSqlQuery m_query;
    int m_placeholders = 0;
    std::optional<int> m_badPosition;
    bool m_closed = false;
};

Result<std::unique_ptr<BatchStatement>> prepareNative(Store& store, sqlite3* db, const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    const char* rest = nullptr;
    const int code = sqlite3_prepare_v3(
        db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, &rest);
    if (code != SQLITE_OK) {
        return store.errorFrom(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)),
            QSqlError::StatementError, QString::number(sqlite3_extended_errcode(db))));
    }
    if (!statement || (rest && !QByteArray(rest).trimmed().isEmpty())) {
        sqlite3_finalize(statement);
        return store.errorFrom(QSqlError(QString(), QStringLiteral("a batch is exactly one statement"),
            QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
    }
    return std::unique_ptr<BatchStatement>(std::make_unique<SqliteBatchStatement>(store, db, statement));
}

// The "?" placeholders of sql, outside string literals, quoted names and comments.
int countPlaceholders(const QString& sql)
{
    int count = 0;
    QChar quote;
    for (qsizetype at = 0; at < sql.size(); ++at) {
        const QChar c = sql.at(at);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'-' && sql.mid(at, 2) == QLatin1String("--")) {
            at = sql.indexOf(u'\n', at);
            if (at < 0) {
                break;
            }
        } else if (c == u'/' && sql.mid(at, 2) == QLatin1String("/*")) {
            at = sql.indexOf(QLatin1String("*/"), at + 2);
            if (at < 0) {
                break;
            }
            ++at;
        } else if (c == u'?') {
            ++count;
        }
    }
    return count;
}

Result<std::unique_ptr<BatchStatement>> prepareQtSql(Store& store, const QString& sql)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return store.errorFrom(query.lastError());
    }
    return std::unique_ptr<BatchStatement>(
        std::make_unique<QtSqlBatchStatement>(store, std::move(query), countPlaceholders(sql)));
}

// What Qt Sql binds as NULL: besides an empty variant, a null string, byte array, date or time.
bool isNullValue(const QVariant& value)
{
    if (!value.isValid()) {
        return true;
    }
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime*>(value.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate*>(value.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime*>(value.constData())->isNull();
    default:
        return value.isNull();
    }
}

} // namespace

BatchStatement::BatchStatement(Store& store)
    : m_store(&store)
{
    store.m_batches.push_back(this);
}

BatchStatement::~BatchStatement()
{
    if (m_store) {
        auto& batches = m_store->m_batches;
        batches.erase(std::remove(batches.begin(), batches.end(), this), batches.end());
    }
}

void BatchStatement::bindVariant(int index, const QVariant& value)
{
    // Exactly the conversions of Qt's SQLite driver, so that both engines store the same values.
    if (isNullValue(value)) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
        bindInteger(index, value.toInt());
        return;
    case QMetaType::UInt:
    case QMetaType::LongLong:
        bindInteger(index, value.toLongLong());
        return;
    case QMetaType::Double:
        bindReal(index, value.toDouble());
        return;
    case QMetaType::QByteArray:
        bindBlob(index, value.toByteArray());
        return;
    default: // QString, and the rest as their text (dates and times in ISO 8601 with milliseconds)
        bindText(index, value.toString());
        return;
    }
}

Error BatchStatement::closedError() const
{
    return Error::internal(QStringLiteral("store.closed"),
        QCoreApplication::translate("sia::Store",
            "A batch of statements was run after its database was closed. This is a defect of SIA Admin: "
            "please report it."));
}

StoreBatch::StoreBatch(std::unique_ptr<BatchStatement> statement)
    : m_statement(std::move(statement))
{ }

StoreBatch::StoreBatch(StoreBatch&&) noexcept = default;
StoreBatch& StoreBatch::operator=(StoreBatch&&) noexcept = default;
StoreBatch::~StoreBatch() = default;

Result<StoreBatch> StoreBatch::prepare(Store& store, const QString& sql, BatchEngine engine)
{
    sqlite3* native = nullptr;
    if (engine == BatchEngine::Native && store.dialect().backend() == SqlBackend::Sqlite) {
        native = sqliteHandle(store.database());
    }
    Result<std::unique_ptr<BatchStatement>> prepared
        = native ? prepareNative(store, native, sql) : prepareQtSql(store, sql);
    if (!prepared) {
        return prepared.error();
    }
    return StoreBatch(std::move(prepared).value());
}

} // namespace sia
