// sia-store-bench: upserts people rows of the synced fields through the store's batch API (StoreBatch, in
// one transaction per batch) and, in the same run, through SQLite's C API directly on a second file
// migrated the same way (Store::open, then raw sqlite3 on it), and prints both rates and their ratio as one
// JSON object. Both paths bind the same rows, made by the same generator (whose own rate is printed too,
// so that its share of either figure is visible).
//
//   sia-store-bench [--rows 1000000] [--batch 5000] [--dir DIR]
//
// The two paths run batch by batch in turns, so that the load of a shared machine falls on both alike.
#include "store/store.h"
#include "store/storebatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <sqlite3.h>

using namespace sia;

namespace {

// The synced fields, in the order they are bound; marketo_id (integer) and eligible (boolean) are the two
// that are not text.
const QStringList syncedColumns { QStringLiteral("marketo_id"), QStringLiteral("first_name"),
    QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("company"), QStringLiteral("title"),
    QStringLiteral("phone"), QStringLiteral("linkedin_url"), QStringLiteral("source"),
    QStringLiteral("sfdc_lead_id"), QStringLiteral("sfdc_contact_id"), QStringLiteral("sfdc_account_id"),
    QStringLiteral("sfdc_opportunity_id"), QStringLiteral("sales_owner_id"), QStringLiteral("eligible"),
    QStringLiteral("marketo_created_at"), QStringLiteral("marketo_updated_at") };
constexpr int marketoIdColumn = 0;
constexpr int eligibleColumn = 14;
// synced_at is not a synced field, but the schema may require it (NOT NULL): bound when the table has it.
const QString syncedAtColumn = QStringLiteral("synced_at");

// One person's values; the text buffers are reused from row to row, so generating allocates nothing.
struct PersonRow
{
    qint64 marketoId = 0;
    bool eligible = true;
    std::array<QByteArray, 18> text; // by column position; unused at the two non-text positions
};

class PersonGenerator
{
public:
    explicit PersonGenerator(int columns)
        : m_columns(columns)
    {
        for (QByteArray& buffer : m_row.text) {
            buffer.reserve(64);
        }
    }

    const PersonRow& make(qint64 number)
    {
        static const char* const firsts[] = { "Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald",
            "Frances", "Niklaus", "Margaret", "Dennis", "Radia", "Ken", "Hedy", "John", "Sophie", "Linus" };
        static const char* const lasts[]
            = { "Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Wirth", "Hamilton",
                  "Ritchie", "Perlman", "Thompson", "Lamarr", "Backus", "Wilson", "Torvalds" };
        static const char* const titles[] = { "VP Marketing", "Marketing Operations Manager",
            "Sales Director", "Demand Generation Lead", "Chief Revenue Officer", "Account Executive" };
        const char* first = firsts[number % 16];
        const char* last = lasts[(number / 16) % 16];
        m_row.marketoId = number + 1;
        m_row.eligible = number % 10 != 0;
        set(1, { first });
        set(2, { last });
        set(3, { first, ".", last, "." }, number, "@company", number % 5000, ".example.com");
        set(4, { "Company " }, number % 5000, " Inc.");
        set(5, { titles[number % 6] });
        set(6, { "+1 555 " }, 1000000 + number % 9000000);
        set(7, { "https://www.linkedin.com/in/", first, "-", last, "-" }, number);
        set(8, { number % 3 == 0 ? "Webinar" : "Website form" });
        set(9, { "00Q5g00000" }, 10000000 + number);
        set(10, { "0035g00000" }, 10000000 + number);
        set(11, { "0015g00000" }, 10000000 + number % 5000);
        set(12, { "0065g00000" }, 10000000 + number % 20000);
        set(13, { "0055g00000" }, 10000 + number % 40);
        set(15, { "2025-0", number % 2 ? "3" : "4", "-1", number % 2 ? "2" : "7", "T09:15:42.123Z" });
        set(16, { "2026-11-2", number % 2 ? "5" : "8", "T16:29:59.", number % 2 ? "456" : "789", "Z" });
        if (m_columns > 17) {
            set(17, { "2026-12-01T19:00:00.000Z" });
        }
        return m_row;
    }

private:
    void set(int column, std::initializer_list<const char*> parts, qint64 a = -1,
        const char* middle = nullptr, qint64 b = -1, const char* tail = nullptr)
    {
        QByteArray& buffer = m_row.text[size_t(column)];
        buffer.resize(0);
        for (const char* part : parts) {
            buffer.append(part);
        }
        appendNumber(buffer, a);
        if (middle) {
            buffer.append(middle);
        }
        appendNumber(buffer, b);
        if (tail) {
            buffer.append(tail);
        }
    }

    static void appendNumber(QByteArray& buffer, qint64 value)
    {
        if (value < 0) {
            return;
        }
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        buffer.append(digits, end - digits);
    }

    int m_columns;
    PersonRow m_row;
};

QString upsertSql(const QStringList& columns)
{
    QStringList placeholders;
    QStringList updates;
    for (const QString& column : columns) {
        placeholders << QStringLiteral("?");
        if (column != QLatin1String("marketo_id")) {
            updates << column + QStringLiteral(" = excluded.") + column;
        }
    }
    return QStringLiteral("INSERT INTO people (%1) VALUES (%2) ON CONFLICT (marketo_id) DO UPDATE SET %3")
        .arg(columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
            updates.join(QStringLiteral(", ")));
}

// Both clocks of one run: wall time decides the rate; CPU time shows what the load of a shared machine
// (other processes, the kernel's writeback) added to it.
struct Timing
{
    double wallSeconds = 0;
    double cpuSeconds = 0;
};

double processCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

class Stopwatch
{
public:
    Stopwatch()
        : m_cpuStart(processCpuSeconds())
    {
        m_wall.start();
    }
    Timing stop() const { return { double(m_wall.nsecsElapsed()) / 1e9, processCpuSeconds() - m_cpuStart }; }

private:
    QElapsedTimer m_wall;
    double m_cpuStart;
};

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "sia-store-bench: %s\n", qPrintable(what));
    std::exit(1);
}

Result<std::unique_ptr<Store>> openStore(const QString& path)
{
    StoreOptions options;
    options.databasePath = path;
    return Store::open(options);
}

QStringList boundColumns(const Store& store)
{
    QStringList columns = syncedColumns;
    Result<QSqlQuery> info = store.exec(QStringLiteral("SELECT name FROM pragma_table_info('people')"));
    while (info && info->next()) {
        if (info->value(0).toString() == syncedAtColumn) {
            columns << syncedAtColumn;
        }
    }
    return columns;
}

double generateOnly(qint64 rows, int columns)
{
    PersonGenerator generator(columns);
    QElapsedTimer clock;
    clock.start();
    qint64 checksum = 0;
    for (qint64 number = 0; number < rows; ++number) {
        checksum += generator.make(number).text[3].size();
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (checksum == 0) {
        fail(QStringLiteral("the generator made nothing"));
    }
    return seconds;
}

// The store's path: StoreBatch inside Store::transaction, one transaction per batch.
class StorePath
{
public:
    StorePath(const QString& path, const QStringList& columns)
        : m_columns(columns)
        , m_generator(int(columns.size()))
    {
        Result<std::unique_ptr<Store>> store = openStore(path);
        if (!store) {
            fail(store.error().message);
        }
        m_store = std::move(store).value();
        Result<StoreBatch> batch = m_store->prepareBatch(upsertSql(columns));
        if (!batch) {
            fail(batch.error().message);
        }
        m_batch = std::make_unique<StoreBatch>(std::move(batch).value());
    }

    void upsert(qint64 from, qint64 to)
    {
        Result<void> committed = m_store->transaction([&]() -> Result<void> {
            for (qint64 number = from; number < to; ++number) {
                const PersonRow& row = m_generator.make(number);
                for (int column = 0; column < m_columns.size(); ++column) {
                    if (column == marketoIdColumn) {
                        m_batch->bind(column, row.marketoId);
                    } else if (column == eligibleColumn) {
                        m_batch->bind(column, row.eligible);
                    } else {
                        m_batch->bindUtf8(column, row.text[size_t(column)]);
                    }
                }
                if (Result<void> done = m_batch->exec(); !done) {
                    return done;
                }
            }
            return {};
        });
        if (!committed) {
            fail(committed.error().message);
        }
    }

private:
    QStringList m_columns;
    PersonGenerator m_generator;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<StoreBatch> m_batch;
};

void check(sqlite3* db, int code, const char* what)
{
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW) {
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
    }
}

// The ceiling: SQLite's C API on a connection of its own, set up as the store sets up its own
// (SqliteDialect::configureSession and prepareForWriting), the same statement, BEGIN IMMEDIATE per batch.
class RawSqlitePath
{
public:
    RawSqlitePath(const QString& path, const QStringList& columns)
        : m_columns(int(columns.size()))
        , m_generator(m_columns)
    {
        check(
            m_db, sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr), "open");
        check(m_db,
            sqlite3_exec(m_db,
                "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;"
                " PRAGMA synchronous = NORMAL",
                nullptr, nullptr, nullptr),
            "pragmas");
        const QByteArray sql = upsertSql(columns).toUtf8();
        check(m_db,
            sqlite3_prepare_v3(
                m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr),
            "prepare");
    }
    ~RawSqlitePath()
    {
        sqlite3_finalize(m_statement);
        sqlite3_close(m_db);
    }
    RawSqlitePath(const RawSqlitePath&) = delete;
    RawSqlitePath& operator=(const RawSqlitePath&) = delete;

    void upsert(qint64 from, qint64 to)
    {
        check(m_db, sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), "begin");
        for (qint64 number = from; number < to; ++number) {
            const PersonRow& row = m_generator.make(number);
            for (int column = 0; column < m_columns; ++column) {
                if (column == marketoIdColumn) {
                    sqlite3_bind_int64(m_statement, column + 1, row.marketoId);
                } else if (column == eligibleColumn) {
                    sqlite3_bind_int(m_statement, column + 1, row.eligible ? 1 : 0);
                } else {
                    const QByteArray& text = row.text[size_t(column)];
                    sqlite3_bind_text(
                        m_statement, column + 1, text.constData(), int(text.size()), SQLITE_STATIC);
                }
            }
            check(m_db, sqlite3_step(m_statement), "step");
            sqlite3_reset(m_statement);
        }
        check(m_db, sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    }

private:
    int m_columns;
    PersonGenerator m_generator;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

qint64 peopleCount(const QString& path)
{
    Result<std::unique_ptr<Store>> store = openStore(path);
    if (!store) {
        fail(store.error().message);
    }
    Result<QSqlQuery> count = (*store)->exec(QStringLiteral("SELECT COUNT(*) FROM people"));
    return count && count->next() ? count->value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Upserts people through the store and through raw SQLite."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows to upsert."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Rows per transaction."),
        QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder for the two database files (default: a temporary one, removed after)."),
        QStringLiteral("dir"));
    parser.addOptions({ rowsOption, batchOption, dirOption });
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int batchSize = parser.value(batchOption).toInt();
    if (rows <= 0 || batchSize <= 0) {
        fail(QStringLiteral("--rows and --batch take a positive number"));
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const QString storeFile = dir + QStringLiteral("/store-bench.sqlite");
    const QString rawFile = dir + QStringLiteral("/raw-bench.sqlite");
    for (const QString& file : { storeFile, rawFile }) {
        for (const char* suffix : { "", "-wal", "-shm" }) {
            QFile::remove(file + QLatin1String(suffix));
        }
    }

    QStringList columns;
    {
        Result<std::unique_ptr<Store>> migrated = openStore(rawFile); // the same schema, then closed
        if (!migrated) {
            fail(migrated.error().message);
        }
        columns = boundColumns(**migrated);
    }
    {
        Result<std::unique_ptr<Store>> migrated = openStore(storeFile); // created like the raw one
        if (!migrated) {
            fail(migrated.error().message);
        }
    }
    // Batch by batch, alternating which path goes first: both see the same load of a shared machine and
    // the same state of the kernel's writeback, instead of one of them getting a quiet minute.
    Timing store;
    Timing raw;
    {
        StorePath storePath(storeFile, columns);
        RawSqlitePath rawPath(rawFile, columns);
        const auto add = [](Timing& total, const Timing& one) {
            total.wallSeconds += one.wallSeconds;
            total.cpuSeconds += one.cpuSeconds;
        };
        for (qint64 from = 0; from < rows; from += batchSize) {
            const qint64 to = std::min(rows, from + batchSize);
            const bool storeFirst = (from / batchSize) % 2 == 0;
            for (int turn = 0; turn < 2; ++turn) {
                const Stopwatch clock;
                if ((turn == 0) == storeFirst) {
                    storePath.upsert(from, to);
                    add(store, clock.stop());
                } else {
                    rawPath.upsert(from, to);
                    add(raw, clock.stop());
                }
            }
        }
    }
    const double generateSeconds = generateOnly(rows, int(columns.size()));
    const qint64 storeRows = peopleCount(storeFile);
    const qint64 rawRows = peopleCount(rawFile);
    if (storeRows != rows || rawRows != rows) {
        fail(QStringLiteral("expected %1 rows, the store has %2 and raw SQLite %3")
                 .arg(rows)
                 .arg(storeRows)
                 .arg(rawRows));
    }

    const double storeRate = double(rows) / store.wallSeconds;
    const double rawRate = double(rows) / raw.wallSeconds;
    const QJsonObject result { { QStringLiteral("rows"), double(rows) },
        { QStringLiteral("batch"), batchSize }, { QStringLiteral("columns"), int(columns.size()) },
        { QStringLiteral("store_rows_per_s"), qRound64(storeRate) },
        { QStringLiteral("raw_rows_per_s"), qRound64(rawRate) },
        { QStringLiteral("ratio"), qRound(storeRate / rawRate * 1000) / 1000.0 },
        { QStringLiteral("store_seconds"), store.wallSeconds },
        { QStringLiteral("raw_seconds"), raw.wallSeconds },
        { QStringLiteral("store_cpu_seconds"), store.cpuSeconds },
        { QStringLiteral("raw_cpu_seconds"), raw.cpuSeconds },
        { QStringLiteral("cpu_ratio"), qRound(raw.cpuSeconds / store.cpuSeconds * 1000) / 1000.0 },
        { QStringLiteral("generate_rows_per_s"), qRound64(double(rows) / generateSeconds) },
        { QStringLiteral("sqlite"), QString::fromUtf8(sqlite3_libversion()) } };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
