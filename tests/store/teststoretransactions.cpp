// Store::transaction: the outermost call takes the write lock at once (BEGIN IMMEDIATE), a nested call is a
// savepoint whose failure undoes only its own part, and an outer failure undoes everything.
#include "store/store.h"
#include "storetesthelpers.h"

#include <QSqlQuery>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

Result<void> insertAudit(Store& store, const QString& action)
{
    Result<QSqlQuery> inserted = store.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action)"
                                                           " VALUES ('2026-01-01T00:00:00.000Z', 't', :a)"),
        { { QStringLiteral("a"), action } });
    return inserted ? Result<void>() : Result<void>(inserted.error());
}

QStringList actions(const Store& store)
{
    QStringList found;
    Result<QSqlQuery> query = store.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id"));
    while (query && query->next()) {
        found << query->value(0).toString();
    }
    return found;
}

Error refused()
{
    return Error::rule(QStringLiteral("test.refused"), QStringLiteral("the work changed its mind"));
}

} // namespace

class TestStoreTransactions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void innerFailureHandledByOuterUndoesOnlyInner();
    void outerFailureUndoesInnerSuccess();
    void innerFailureNotHandledUndoesEverything();
    void savepointsNestSeveralLevels();
    void transactionHoldsWriteLockFromItsFirstStatement();
    void waitsForAnotherWriterWithinBusyTimeout();
    void storeIsUsableAfterFailedTransaction();
    void readTransactionRefusesWrites();
    void readTransactionInsideWriteTransactionRuns();

private:
    std::unique_ptr<Store> open();

    std::unique_ptr<TestDatabase> m_database;
};

void TestStoreTransactions::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
}

void TestStoreTransactions::cleanup()
{
    m_database.reset();
}

std::unique_ptr<Store> TestStoreTransactions::open()
{
    Result<std::unique_ptr<Store>> opened = m_database->open();
    if (!opened) {
        qWarning() << failureText(opened);
        return nullptr;
    }
    return std::move(opened).value();
}

void TestStoreTransactions::innerFailureHandledByOuterUndoesOnlyInner()
{
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    std::optional<Result<void>> inner;

    Result<void> outer = store->transaction([&]() -> Result<void> {
        if (Result<void> a = insertAudit(*store, QStringLiteral("outer-before")); !a) {
            return a;
        }
        inner = store->transaction([&]() -> Result<void> {
            if (Result<void> b = insertAudit(*store, QStringLiteral("inner")); !b) {
                return b;
            }
            return refused();
        });
        // The outer work decides that the inner failure is not fatal and carries on.
        return insertAudit(*store, QStringLiteral("outer-after"));
    });

    QVERIFY2(outer.ok(), failureText(outer).constData());
    QVERIFY(inner.has_value());
    QCOMPARE(inner->error().code, QStringLiteral("test.refused"));
    QCOMPARE(
        actions(*store), (QStringList { QStringLiteral("outer-before"), QStringLiteral("outer-after") }));
}

void TestStoreTransactions::outerFailureUndoesInnerSuccess()
{
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    std::optional<Result<void>> inner;

    Result<void> outer = store->transaction([&]() -> Result<void> {
        if (Result<void> a = insertAudit(*store, QStringLiteral("outer")); !a) {
            return a;
        }
        inner = store->transaction([&]() { return insertAudit(*store, QStringLiteral("inner")); });
        return refused();
    });

    QVERIFY(inner.has_value());
    QVERIFY2(inner->ok(), failureText(*inner).constData());
    QVERIFY(!outer.ok());
    QCOMPARE(outer.error().code, QStringLiteral("test.refused"));
    QCOMPARE(actions(*store), QStringList());
}

void TestStoreTransactions::innerFailureNotHandledUndoesEverything()
{
    std::unique_ptr<Store> store = open();
    QVERIFY(store);

    Result<void> outer = store->transaction([&]() -> Result<void> {
        if (Result<void> a = insertAudit(*store, QStringLiteral("outer")); !a) {
            return a;
        }
        return store->transaction([&]() -> Result<void> {
            if (Result<void> b = insertAudit(*store, QStringLiteral("inner")); !b) {
                return b;
            }
            return refused();
        });
    });

    QVERIFY(!outer.ok());
    QCOMPARE(outer.error().code, QStringLiteral("test.refused"));
    QCOMPARE(actions(*store), QStringList());
}

void TestStoreTransactions::savepointsNestSeveralLevels()
{
    std::unique_ptr<Store> store = open();
    QVERIFY(store);

    Result<void> outer = store->transaction([&]() -> Result<void> {
        Result<void> level2 = store->transaction([&]() -> Result<void> {
            if (Result<void> a = insertAudit(*store, QStringLiteral("level 2")); !a) {
                return a;
            }
            Result<void> level3 = store->transaction([&]() -> Result<void> {
                if (Result<void> b = insertAudit(*store, QStringLiteral("level 3")); !b) {
                    return b;
                }
                return refused();
            });
            return level3.ok() ? Result<void>(refused()) : Result<void>();
        });
        if (!level2) {
            return level2;
        }
        return store->transaction([&]() { return insertAudit(*store, QStringLiteral("level 2 again")); });
    });

    QVERIFY2(outer.ok(), failureText(outer).constData());
    QCOMPARE(actions(*store), (QStringList { QStringLiteral("level 2"), QStringLiteral("level 2 again") }));
    QVERIFY(!store->inTransaction());
}

// A transaction that has only read so far already holds the write lock: another connection's write
// transaction waits and then fails with "locked", instead of this one failing later at its own first write.
// (On PostgreSQL the lock is the one write transactions take; a bare statement outside one takes none.)
void TestStoreTransactions::transactionHoldsWriteLockFromItsFirstStatement()
{
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    StoreOptions options = store->options();
    options.busyTimeoutMs = 100;
    Result<std::unique_ptr<Store>> other = Store::attach(options);
    QVERIFY2(other.ok(), failureText(other).constData());
    std::optional<Result<void>> otherWrite;

    Result<void> outer = store->transaction([&]() -> Result<void> {
        if (rowCount(*store, QStringLiteral("audit_log")) != 0) {
            return refused();
        }
        otherWrite = (*other)->transaction([&]() { return insertAudit(**other, QStringLiteral("other")); });
        return insertAudit(*store, QStringLiteral("ours"));
    });

    QVERIFY2(outer.ok(), failureText(outer).constData());
    QVERIFY(otherWrite.has_value());
    QVERIFY(!otherWrite->ok());
    QCOMPARE(otherWrite->error().code, QStringLiteral("store.locked"));
    QCOMPARE(actions(*store), QStringList { QStringLiteral("ours") });
}

// Another connection wrote after this one last read: an immediate transaction simply starts after it, and
// its read-check-write sees the other's row.
void TestStoreTransactions::waitsForAnotherWriterWithinBusyTimeout()
{
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    Result<std::unique_ptr<Store>> other = Store::attach(store->options());
    QVERIFY2(other.ok(), failureText(other).constData());
    QCOMPARE(rowCount(*store, QStringLiteral("audit_log")), 0);
    QVERIFY(insertAudit(**other, QStringLiteral("other")).ok());

    Result<void> done = store->transaction([&]() -> Result<void> {
        const int seen = rowCount(*store, QStringLiteral("audit_log"));
        return insertAudit(*store, QStringLiteral("after %1").arg(seen));
    });

    QVERIFY2(done.ok(), failureText(done).constData());
    QCOMPARE(actions(*store), (QStringList { QStringLiteral("other"), QStringLiteral("after 1") }));
}

void TestStoreTransactions::storeIsUsableAfterFailedTransaction()
{
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    Result<void> failed = store->transaction([&]() -> Result<void> {
        Result<QSqlQuery> bad = store->exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        return bad ? Result<void>() : Result<void>(bad.error());
    });
    QVERIFY(!failed.ok());
    QVERIFY(!store->inTransaction());

    Result<void> next = store->transaction([&]() { return insertAudit(*store, QStringLiteral("next")); });

    QVERIFY2(next.ok(), failureText(next).constData());
    QCOMPARE(actions(*store), QStringList { QStringLiteral("next") });
}

void TestStoreTransactions::readTransactionRefusesWrites()
{
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    std::optional<Result<void>> write;

    Result<void> read = store->readTransaction([&]() -> Result<void> {
        write = store->transaction([&]() { return insertAudit(*store, QStringLiteral("sneaky")); });
        return {};
    });

    QVERIFY2(read.ok(), failureText(read).constData());
    QVERIFY(write.has_value());
    QCOMPARE(write->error().code, QStringLiteral("store.write-in-read-transaction"));
    QCOMPARE(actions(*store), QStringList());
}

void TestStoreTransactions::readTransactionInsideWriteTransactionRuns()
{
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    int seen = -1;

    Result<void> done = store->transaction([&]() -> Result<void> {
        if (Result<void> a = insertAudit(*store, QStringLiteral("a")); !a) {
            return a;
        }
        return store->readTransaction([&]() -> Result<void> {
            seen = rowCount(*store, QStringLiteral("audit_log"));
            return {};
        });
    });

    QVERIFY2(done.ok(), failureText(done).constData());
    QCOMPARE(seen, 1);
}

QTEST_GUILESS_MAIN(TestStoreTransactions)
#include "teststoretransactions.moc"
