// One statement prepared once and run many times, bound by position: the shape of every bulk write (a
// sync's upserts, an import). On SQLite it binds and steps through SQLite's C API on the store's own
// connection, inside the store's own transaction (Qt Sql's per-value binding reaches only about a third of
// SQLite's speed); on other backends it goes through Qt Sql.
//
//   Result<StoreBatch> batch = store.prepareBatch(QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)"));
//   store.transaction([&]() -> Result<void> {
//       for (const Row& row : rows) {
//           batch->bind(0, row.id);
//           batch->bind(1, row.name);
//           if (Result<void> done = batch->exec(); !done) return done;
//       }
//       return {};
//   });
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

namespace sia {

class Store;

enum class BatchEngine
{
    Native, // the backend's fastest path: SQLite's C API; Qt Sql where no faster one exists yet
    QtSql, // always Qt Sql (the portable path; tests compare the two)
};

// The backend's half of a batch: one prepared statement. Positions count from 0, as in QSqlQuery.
class BatchStatement
{
public:
    explicit BatchStatement(Store& store);
    virtual ~BatchStatement();
    BatchStatement(const BatchStatement&) = delete;
    BatchStatement& operator=(const BatchStatement&) = delete;

    virtual BatchEngine engine() const = 0;
    virtual void bindNull(int index) = 0;
    virtual void bindInteger(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindText(int index, const QString& text) = 0; // a null QString binds NULL
    virtual void bindUtf8(int index, const QByteArray& utf8) = 0; // text as UTF-8; a null array binds NULL
    virtual void bindBlob(int index, const QByteArray& bytes) = 0; // a null array binds NULL
    virtual void bindVariant(int index, const QVariant& value);
    // Runs the statement once with the values bound, then unbinds them all.
    virtual Result<void> exec() = 0;

protected:
    Store* store() const { return m_store; }
    Error closedError() const;

private:
    friend class Store;
    // The store is closing: release the statement; exec() then refuses.
    virtual void finalize() = 0;
    void detachFromStore() { m_store = nullptr; }

    Store* m_store;
};

class StoreBatch
{
public:
    static Result<StoreBatch> prepare(Store& store, const QString& sql, BatchEngine engine);

    StoreBatch(StoreBatch&&) noexcept;
    StoreBatch& operator=(StoreBatch&&) noexcept;
    ~StoreBatch();

    BatchEngine engine() const { return m_statement->engine(); }

    // Binds the value at position index (0 for the first "?"). Every position is bound anew for each
    // exec(): exec() leaves them all NULL.
    void bind(int index, const QVariant& value) { m_statement->bindVariant(index, value); }
    void bind(int index, const QString& text) { m_statement->bindText(index, text); }
    void bind(int index, qint64 value) { m_statement->bindInteger(index, value); }
    void bind(int index, int value) { m_statement->bindInteger(index, value); }
    // As a bool, so that each backend gets the form it takes (SQLite 1 or 0, PostgreSQL true or false).
    void bind(int index, bool value) { m_statement->bindVariant(index, QVariant(value)); }
    void bind(int index, double value) { m_statement->bindReal(index, value); }
    void bind(int index, const char*) = delete; // would bind a bool; say QStringLiteral or bindUtf8
    // Text that arrives as UTF-8 bytes (a parsed bulk file), bound without a conversion.
    void bindUtf8(int index, const QByteArray& utf8) { m_statement->bindUtf8(index, utf8); }
    void bindBlob(int index, const QByteArray& bytes) { m_statement->bindBlob(index, bytes); }
    void bindNull(int index) { m_statement->bindNull(index); }

    // Runs the statement once (any rows it returns are discarded). Errors are classified as the store's
    // (store.locked, store.disk-full, ...); a bad position shows here, as store.sql.
    Result<void> exec() { return m_statement->exec(); }

private:
    explicit StoreBatch(std::unique_ptr<BatchStatement> statement);

    std::unique_ptr<BatchStatement> m_statement;
};

} // namespace sia
