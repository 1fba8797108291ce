// StoreBatch: a statement prepared once, bound by position and run many times; SQLite's C-API path and the
// Qt Sql path store the same rows, and both classify errors as the rest of the store does. On PostgreSQL
// (teststorebatch-postgres) only the Qt Sql path exists: the tests that compare the two engines byte for
// byte are SQLite's, and storesWhatWasBound checks the values themselves on both backends.
#include "store/store.h"
#include "store/storebatch.h"
#include "storetesthelpers.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace sia;
using namespace sia::test;

Q_DECLARE_METATYPE(sia::BatchEngine)

namespace {

// v has no type on SQLite, so that the tests comparing the engines see the storage class each one chose;
// PostgreSQL needs one. n is unique, so that a second writer of the same n waits for the first on both.
QString createValues()
{
    return testBackend() == TestBackend::Sqlite
        ? QStringLiteral("CREATE TABLE batch_values (n INTEGER PRIMARY KEY, v)")
        : QStringLiteral("CREATE TABLE batch_values (n INTEGER PRIMARY KEY, v TEXT)");
}
const QString insertValues = QStringLiteral("INSERT INTO batch_values (n, v) VALUES (?, ?)");

// Every row as "type:quoted value", so that 1 and '1' (and NULL and '') differ.
QStringList dump(const Store& store, const QString& select)
{
    QStringList rows;
    Result<QSqlQuery> query = store.exec(select);
    if (!query) {
        return { QString::fromUtf8(failureText(query)) };
    }
    while (query->next()) {
        rows << query->value(0).toString();
    }
    return rows;
}

QString peopleColumns()
{
    return QStringLiteral("marketo_id, first_name, last_name, email, company, title, phone, linkedin_url, "
                          "source, sfdc_lead_id, sfdc_contact_id, sfdc_account_id, sfdc_opportunity_id, "
                          "sales_owner_id, eligible, marketo_created_at, marketo_updated_at, synced_at");
}

QString peopleUpsert()
{
    return QStringLiteral("INSERT INTO people (") + peopleColumns()
        + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                         " ON CONFLICT (marketo_id) DO UPDATE SET first_name = excluded.first_name,"
                         " email = excluded.email, eligible = excluded.eligible");
}

QString peopleDump()
{
    QStringList parts;
    for (const QString& column : peopleColumns().split(QStringLiteral(", "))) {
        parts << QStringLiteral("typeof(%1) || ':' || quote(%1)").arg(column);
    }
    return QStringLiteral("SELECT ") + parts.join(QStringLiteral(" || '|' || "))
        + QStringLiteral(" FROM people ORDER BY marketo_id");
}

Result<void> bindPerson(StoreBatch& batch, int number)
{
    batch.bind(0, qint64(number));
    batch.bind(1, QStringLiteral("Åsa %1").arg(number));
    batch.bindUtf8(2, QByteArrayLiteral("Lindqvist-") + QByteArray::number(number));
    batch.bind(3, QVariant(QStringLiteral("p%1@example.com").arg(number)));
    batch.bind(4, number % 3 == 0 ? QVariant() : QVariant(QStringLiteral("Acme")));
    batch.bind(5, QString()); // a null string is NULL
    batch.bind(6, QStringLiteral("")); // an empty one is not
    batch.bindNull(7);
    batch.bindUtf8(8, QByteArray("bulk"));
    for (int position = 9; position <= 13; ++position) {
        batch.bind(position, QStringLiteral("00Q%1").arg(number * 10 + position));
    }
    batch.bind(14, number % 2 == 0);
    batch.bind(15, QVariant(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC)));
    batch.bind(16, QVariant(QDateTime()));
    batch.bind(17, QStringLiteral("2026-12-01T00:00:00.000Z"));
    return batch.exec();
}

} // namespace

class TestStoreBatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bindsByPosition_data();
    void bindsByPosition();
    void runsManyRowsInOneTransaction_data();
    void runsManyRowsInOneTransaction();
    void bothEnginesStoreTheSameRows();
    void bothEnginesStoreTheSameValues();
    void storesWhatWasBound_data();
    void storesWhatWasBound();
    void nativeEngineIsTheCApiOnSqliteOnly();
    void everyExecStartsUnbound_data();
    void everyExecStartsUnbound();
    void classifiesLockedDatabase_data();
    void classifiesLockedDatabase();
    void classifiesFullDisk_data();
    void classifiesFullDisk();
    void reportsBadSqlWhenPrepared_data();
    void reportsBadSqlWhenPrepared();
    void reportsBadPositionWhenRun_data();
    void reportsBadPositionWhenRun();
    void batchOutlivingItsStoreRefusesToRun_data();
    void batchOutlivingItsStoreRefusesToRun();

private:
    void engines();
    std::unique_ptr<Store> open(const TestDatabase* database = nullptr);

    std::unique_ptr<TestDatabase> m_database;
};

void TestStoreBatch::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
}

void TestStoreBatch::cleanup()
{
    m_database.reset();
}

// Both engines on SQLite; on PostgreSQL the one path there is.
void TestStoreBatch::engines()
{
    QTest::addColumn<BatchEngine>("engine");
    if (testBackend() == TestBackend::Sqlite) {
        QTest::newRow("native (SQLite C API)") << BatchEngine::Native;
    }
    QTest::newRow("Qt Sql") << BatchEngine::QtSql;
}

// The test's own database, or another one (the engine comparisons fill two).
std::unique_ptr<Store> TestStoreBatch::open(const TestDatabase* database)
{
    Result<std::unique_ptr<Store>> opened = (database ? database : m_database.get())->open();
    if (!opened) {
        qWarning() << failureText(opened);
        return nullptr;
    }
    return std::move(opened).value();
}

void TestStoreBatch::bindsByPosition_data()
{
    engines();
}

void TestStoreBatch::bindsByPosition()
{
    QFETCH(BatchEngine, engine);
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    QVERIFY(store->exec(createValues()).ok());
    Result<StoreBatch> batch
        = store->prepareBatch(QStringLiteral("INSERT INTO batch_values (v, n) VALUES (?, ?)"), engine);
    QVERIFY2(batch.ok(), failureText(batch).constData());

    batch->bind(1, 7); // the second "?" is n
    batch->bind(0, QStringLiteral("seven"));
    Result<void> done = batch->exec();

    QVERIFY2(done.ok(), failureText(done).constData());
    QCOMPARE(dump(*store, QStringLiteral("SELECT n || '=' || v FROM batch_values")),
        QStringList { QStringLiteral("7=seven") });
}

void TestStoreBatch::runsManyRowsInOneTransaction_data()
{
    engines();
}

void TestStoreBatch::runsManyRowsInOneTransaction()
{
    QFETCH(BatchEngine, engine);
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    Result<StoreBatch> batch = store->prepareBatch(peopleUpsert(), engine);
    QVERIFY2(batch.ok(), failureText(batch).constData());
    constexpr int rows = 5000;

    Result<void> done = store->transaction([&]() -> Result<void> {
        for (int number = 1; number <= rows; ++number) {
            if (Result<void> one = bindPerson(*batch, number); !one) {
                return one;
            }
        }
        // The same Marketo IDs again: the upsert updates instead of failing on the unique key.
        for (int number = 1; number <= rows; number += 2) {
            if (Result<void> one = bindPerson(*batch, number); !one) {
                return one;
            }
        }
        return {};
    });

    QVERIFY2(done.ok(), failureText(done).constData());
    QCOMPARE(rowCount(*store, QStringLiteral("people")), rows);
    QCOMPARE(scalar(*store,
                 store->dialect().expandTokens(
                     QStringLiteral("SELECT COUNT(*) FROM people WHERE eligible = {{true}}")))
                 .toInt(),
        rows / 2);
    QCOMPARE(scalar(*store, QStringLiteral("SELECT email FROM people WHERE marketo_id = 4321")).toString(),
        QStringLiteral("p4321@example.com"));
}

void TestStoreBatch::bothEnginesStoreTheSameRows()
{
    if (testBackend() != TestBackend::Sqlite) {
        QSKIP("Compares SQLite's C-API path with Qt Sql's; PostgreSQL has only the latter "
              "(storesWhatWasBound).");
    }
    TestDatabase other;
    QVERIFY2(other.isValid(), other.problem().constData());
    std::unique_ptr<Store> native = open();
    std::unique_ptr<Store> qtSql = open(&other);
    QVERIFY(native && qtSql);
    for (Store* store : { native.get(), qtSql.get() }) {
        const BatchEngine engine = store == native.get() ? BatchEngine::Native : BatchEngine::QtSql;
        Result<StoreBatch> batch = store->prepareBatch(peopleUpsert(), engine);
        QVERIFY2(batch.ok(), failureText(batch).constData());
        QCOMPARE(batch->engine(), engine);
        Result<void> done = store->transaction([&]() -> Result<void> {
            for (int number = 1; number <= 300; ++number) {
                if (Result<void> one = bindPerson(*batch, number); !one) {
                    return one;
                }
            }
            return {};
        });
        QVERIFY2(done.ok(), failureText(done).constData());
    }

    const QStringList nativeRows = dump(*native, peopleDump());
    QCOMPARE(nativeRows.size(), 300);
    QCOMPARE(dump(*qtSql, peopleDump()), nativeRows);
    QVERIFY2(nativeRows.at(2).contains(QStringLiteral("text:'Åsa 3'")), qPrintable(nativeRows.at(2)));
    QVERIFY2(nativeRows.at(2).contains(QStringLiteral("null:NULL|text:''|null:NULL")),
        qPrintable(nativeRows.at(2)));
    QVERIFY2(nativeRows.at(2).contains(QStringLiteral("text:'2026-01-02T03:04:05.678Z'")),
        qPrintable(nativeRows.at(2)));
}

// The values of every kind QVariant can carry, through bind(QVariant) and the typed overloads.
void TestStoreBatch::bothEnginesStoreTheSameValues()
{
    const QList<QVariant> values { QVariant(), QVariant(42), QVariant(qint64(1) << 40), QVariant(uint(7)),
        QVariant(true), QVariant(false), QVariant(2.5), QVariant(QStringLiteral("naïve ☃")),
        QVariant(QString()), QVariant(QString(QStringLiteral(""))), QVariant(QByteArray("\x00\x01\xff", 3)),
        QVariant(QByteArray()), QVariant(QByteArray("")), QVariant(QDate(2026, 2, 3)),
        QVariant(QTime(4, 5, 6, 7)), QVariant(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC)),
        QVariant(QDateTime()), QVariant(qulonglong(9)), QVariant(float(1.5)) };
    if (testBackend() != TestBackend::Sqlite) {
        QSKIP("Compares the storage classes SQLite's two paths choose in an untyped column; PostgreSQL's "
              "typed values are checked by storesWhatWasBound.");
    }
    TestDatabase other;
    QVERIFY2(other.isValid(), other.problem().constData());
    QStringList stored[2];
    for (BatchEngine engine : { BatchEngine::Native, BatchEngine::QtSql }) {
        std::unique_ptr<Store> store = open(engine == BatchEngine::Native ? m_database.get() : &other);
        QVERIFY(store);
        QVERIFY(store->exec(createValues()).ok());
        Result<StoreBatch> batch = store->prepareBatch(insertValues, engine);
        QVERIFY2(batch.ok(), failureText(batch).constData());
        for (int index = 0; index < values.size(); ++index) {
            batch->bind(0, index);
            batch->bind(1, values.at(index));
            Result<void> done = batch->exec();
            QVERIFY2(done.ok(), failureText(done).constData());
        }
        stored[engine == BatchEngine::Native ? 0 : 1] = dump(
            *store, QStringLiteral("SELECT typeof(v) || ':' || quote(v) FROM batch_values ORDER BY n"));
    }

    QCOMPARE(stored[0].size(), values.size());
    QCOMPARE(stored[0], stored[1]);
    QCOMPARE(stored[0].at(0), QStringLiteral("null:NULL"));
    QCOMPARE(stored[0].at(1), QStringLiteral("integer:42"));
    QCOMPARE(stored[0].at(8), QStringLiteral("null:NULL")); // a null string
    QCOMPARE(stored[0].at(9), QStringLiteral("text:''"));
    QCOMPARE(stored[0].at(10), QStringLiteral("blob:X'0001FF'"));
}

// What a person's row holds after the batch, read back as values: the same on both engines and backends.
void TestStoreBatch::storesWhatWasBound_data()
{
    engines();
}

void TestStoreBatch::storesWhatWasBound()
{
    QFETCH(BatchEngine, engine);
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    Result<StoreBatch> batch = store->prepareBatch(peopleUpsert(), engine);
    QVERIFY2(batch.ok(), failureText(batch).constData());
    for (int number : { 3, 4 }) {
        Result<void> done = bindPerson(*batch, number);
        QVERIFY2(done.ok(), failureText(done).constData());
    }

    Result<QSqlQuery> row = store->exec(
        QStringLiteral("SELECT ") + peopleColumns() + QStringLiteral(" FROM people WHERE marketo_id = 3"));
    QVERIFY2(row.ok(), failureText(row).constData());
    QVERIFY(row->next());
    QCOMPARE(row->value(0).toLongLong(), 3);
    QCOMPARE(row->value(1).toString(), QStringLiteral("Åsa 3"));
    QCOMPARE(row->value(2).toString(), QStringLiteral("Lindqvist-3"));
    QCOMPARE(row->value(3).toString(), QStringLiteral("p3@example.com"));
    QVERIFY(row->value(4).isNull()); // an invalid QVariant
    QVERIFY(row->value(5).isNull()); // a null QString
    QVERIFY(!row->value(6).isNull()); // an empty one
    QCOMPARE(row->value(6).toString(), QString());
    QVERIFY(row->value(7).isNull()); // bindNull
    QCOMPARE(row->value(8).toString(), QStringLiteral("bulk"));
    QCOMPARE(row->value(13).toString(), QStringLiteral("00Q43"));
    QCOMPARE(row->value(14).toBool(), false);
    QCOMPARE(store->dialect().timestampFrom(row->value(15)),
        QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
    QVERIFY(row->value(16).isNull()); // a null QDateTime
    QCOMPARE(
        store->dialect().timestampFrom(row->value(17)), QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(
        scalar(*store, QStringLiteral("SELECT eligible FROM people WHERE marketo_id = 4")).toBool(), true);
}

// On SQLite the default engine is the C API; elsewhere it falls back to Qt Sql.
void TestStoreBatch::nativeEngineIsTheCApiOnSqliteOnly()
{
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    QVERIFY(store->exec(createValues()).ok());

    Result<StoreBatch> native = store->prepareBatch(insertValues);
    Result<StoreBatch> qtSql = store->prepareBatch(insertValues, BatchEngine::QtSql);

    QVERIFY2(native.ok(), failureText(native).constData());
    QVERIFY2(qtSql.ok(), failureText(qtSql).constData());
    QCOMPARE(native->engine(),
        store->dialect().backend() == SqlBackend::Sqlite ? BatchEngine::Native : BatchEngine::QtSql);
    QCOMPARE(qtSql->engine(), BatchEngine::QtSql);
}

void TestStoreBatch::everyExecStartsUnbound_data()
{
    engines();
}

void TestStoreBatch::everyExecStartsUnbound()
{
    QFETCH(BatchEngine, engine);
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    QVERIFY(store->exec(createValues()).ok());
    Result<StoreBatch> batch = store->prepareBatch(insertValues, engine);
    QVERIFY2(batch.ok(), failureText(batch).constData());

    batch->bind(0, 1);
    batch->bind(1, QStringLiteral("first"));
    QVERIFY(batch->exec().ok());
    batch->bind(0, 2); // the second value is not bound again
    QVERIFY(batch->exec().ok());

    QCOMPARE(
        dump(*store, QStringLiteral("SELECT n || ':' || COALESCE(v, 'NULL') FROM batch_values ORDER BY n")),
        (QStringList { QStringLiteral("1:first"), QStringLiteral("2:NULL") }));
}

void TestStoreBatch::classifiesLockedDatabase_data()
{
    engines();
}

void TestStoreBatch::classifiesLockedDatabase()
{
    QFETCH(BatchEngine, engine);
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    QVERIFY(store->exec(createValues()).ok());
    StoreOptions quick = store->options();
    quick.busyTimeoutMs = 100;
    Result<std::unique_ptr<Store>> other = Store::attach(quick);
    QVERIFY2(other.ok(), failureText(other).constData());
    Result<StoreBatch> batch = (*other)->prepareBatch(insertValues, engine);
    QVERIFY2(batch.ok(), failureText(batch).constData());
    std::optional<Result<void>> blocked;

    // The holder writes n = 1 first: SQLite's file lock and PostgreSQL's wait on the uncommitted key both
    // keep the other connection's n = 1 out until the busy timeout.
    Result<void> holding = store->transaction([&]() -> Result<void> {
        Result<QSqlQuery> held
            = store->exec(QStringLiteral("INSERT INTO batch_values (n, v) VALUES (1, 'held')"));
        if (!held) {
            return held.error();
        }
        batch->bind(0, 1);
        blocked = batch->exec();
        return {};
    });

    QVERIFY2(holding.ok(), failureText(holding).constData());
    QVERIFY(blocked.has_value());
    QVERIFY(!blocked->ok());
    QVERIFY2(blocked->error().code == QStringLiteral("store.locked"), qPrintable(blocked->error().message));
    QCOMPARE(blocked->error().kind, ErrorKind::Environment);
    QVERIFY(blocked->error().message.contains(store->path()));
}

void TestStoreBatch::classifiesFullDisk_data()
{
    engines();
}

void TestStoreBatch::classifiesFullDisk()
{
    QFETCH(BatchEngine, engine);
    if (testBackend() != TestBackend::Sqlite) {
        QSKIP(
            "A test cannot fill the server's disk; PostgreSQL's 53100 is classified in postgresdialect.cpp.");
    }
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    QVERIFY(store->exec(createValues()).ok());
    // A file that may not grow is a full disk to SQLite.
    const int pages = scalar(*store, QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(store->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).ok());
    Result<StoreBatch> batch = store->prepareBatch(insertValues, engine);
    QVERIFY2(batch.ok(), failureText(batch).constData());
    const QString filler(2000, QLatin1Char('x'));

    Result<void> done = store->transaction([&]() -> Result<void> {
        for (int number = 0; number < 1000; ++number) {
            batch->bind(0, number);
            batch->bind(1, filler);
            if (Result<void> one = batch->exec(); !one) {
                return one;
            }
        }
        return {};
    });

    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, QStringLiteral("store.disk-full"));
    QCOMPARE(rowCount(*store, QStringLiteral("batch_values")), 0); // the transaction was rolled back
}

void TestStoreBatch::reportsBadSqlWhenPrepared_data()
{
    engines();
}

void TestStoreBatch::reportsBadSqlWhenPrepared()
{
    QFETCH(BatchEngine, engine);
    std::unique_ptr<Store> store = open();
    QVERIFY(store);

    Result<StoreBatch> batch
        = store->prepareBatch(QStringLiteral("INSERT INTO no_such_table VALUES (?)"), engine);

    QVERIFY(!batch.ok());
    QCOMPARE(batch.error().code, QStringLiteral("store.sql"));
    QVERIFY2(
        batch.error().message.contains(QStringLiteral("no_such_table")), qPrintable(batch.error().message));
}

void TestStoreBatch::reportsBadPositionWhenRun_data()
{
    engines();
}

void TestStoreBatch::reportsBadPositionWhenRun()
{
    QFETCH(BatchEngine, engine);
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    QVERIFY(store->exec(createValues()).ok());
    Result<StoreBatch> batch = store->prepareBatch(insertValues, engine);
    QVERIFY2(batch.ok(), failureText(batch).constData());

    batch->bind(0, 1);
    batch->bind(1, 2);
    batch->bind(2, 3); // there are only two placeholders
    Result<void> done = batch->exec();

    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, QStringLiteral("store.sql"));
    QCOMPARE(rowCount(*store, QStringLiteral("batch_values")), 0);
}

void TestStoreBatch::batchOutlivingItsStoreRefusesToRun_data()
{
    engines();
}

void TestStoreBatch::batchOutlivingItsStoreRefusesToRun()
{
    QFETCH(BatchEngine, engine);
    std::unique_ptr<Store> store = open();
    QVERIFY(store);
    QVERIFY(store->exec(createValues()).ok());
    Result<StoreBatch> batch = store->prepareBatch(insertValues, engine);
    QVERIFY2(batch.ok(), failureText(batch).constData());

    store.reset();
    batch->bind(0, 1);
    Result<void> done = batch->exec();

    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, QStringLiteral("store.closed"));
    // The store closed for real: the database opens again and holds nothing of the batch.
    std::unique_ptr<Store> again = open();
    QVERIFY(again);
    QCOMPARE(rowCount(*again, QStringLiteral("batch_values")), 0);
}

QTEST_GUILESS_MAIN(TestStoreBatch)
#include "teststorebatch.moc"
