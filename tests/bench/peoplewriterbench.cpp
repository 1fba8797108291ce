// sia-people-writer-bench: the people sync's writer (PeopleWriter: one lookup per chunk, the content hash,
// the checks, the native upsert, in one transaction per batch) against the store's ceiling, the raw SQLite
// C API upsert of the same rows into the same schema, batch by batch in turns so that a loaded machine hits
// both alike; then the writer again over the same rows (a re-sync of a quiet database: all unchanged).
// One JSON object on standard output.
//
//   sia-people-writer-bench [--rows 1000000] [--batch 5000] [--dir DIR]
#include "store/store.h"
#include "sync/peoplewriter.h"
#include "sync/syncrunrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <sqlite3.h>

using namespace sia;

namespace {

// About 210 bytes of text a person, as PERF-NOTES' rows.
PersonRecord personAt(qint64 id)
{
    const QByteArray n = QByteArray::number(id);
    PersonRecord r;
    r.marketoId = id;
    r.firstName = "Firstname" + QByteArray::number(id % 977);
    r.lastName = "Lastname" + QByteArray::number(id % 1013);
    r.email = "first.last." + n + "@company" + QByteArray::number(id % 300) + ".example";
    r.company = "Company " + QByteArray::number(id % 300) + " Inc";
    r.title = "Vice President of Sales";
    r.phone = "+1 555 " + n;
    r.linkedInUrl = "https://www.linkedin.com/in/first-last-" + n;
    r.source = "Web form fillout";
    r.sfdcLeadId = "00Q5e00000" + n.rightJustified(8, '0');
    r.sfdcContactId = "0035e00000" + n.rightJustified(8, '0');
    r.sfdcAccountId = "0015e00000" + QByteArray::number(id % 300).rightJustified(8, '0');
    r.sfdcType = "Contact";
    r.salesOwnerId = "0055e000000" + QByteArray::number(id % 40).rightJustified(7, '0');
    r.salesOwnerEmail = "seller" + QByteArray::number(id % 40) + "@company.example";
    r.createdAt = "2024-01-15T10:00:00Z";
    r.updatedAt = "2025-06-30T23:59:59Z";
    return r;
}

const char* rawSql
    = "INSERT INTO people (marketo_id, first_name, last_name, email, company, title, phone,"
      " linkedin_url, source, sfdc_lead_id, sfdc_contact_id, sfdc_account_id, sfdc_type,"
      " sales_owner_id, sales_owner_email, eligible, ineligible_reason, unsubscribed,"
      " marketo_created_at, marketo_updated_at, deleted_at, content_hash, synced_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"
      " ON CONFLICT (marketo_id) DO UPDATE SET first_name = excluded.first_name,"
      " last_name = excluded.last_name, email = excluded.email, company = excluded.company,"
      " title = excluded.title, phone = excluded.phone, linkedin_url = excluded.linkedin_url,"
      " source = excluded.source, sfdc_lead_id = excluded.sfdc_lead_id,"
      " sfdc_contact_id = excluded.sfdc_contact_id, sfdc_account_id = excluded.sfdc_account_id,"
      " sfdc_type = excluded.sfdc_type, sales_owner_id = excluded.sales_owner_id,"
      " sales_owner_email = excluded.sales_owner_email, eligible = excluded.eligible,"
      " ineligible_reason = excluded.ineligible_reason, unsubscribed = excluded.unsubscribed,"
      " marketo_created_at = excluded.marketo_created_at,"
      " marketo_updated_at = excluded.marketo_updated_at, deleted_at = NULL,"
      " content_hash = excluded.content_hash, synced_at = excluded.synced_at";

// The ceiling: the same upsert, bound straight from the records, no lookup, no hash, no checks.
bool rawBatch(sqlite3* db, sqlite3_stmt* statement, const QList<PersonRecord>& batch)
{
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return false;
    }
    static const QByteArray stamp("2025-06-30T23:59:59.000Z");
    static const QByteArray hash("0123456789abcdef");
    for (const PersonRecord& r : batch) {
        int i = 1;
        sqlite3_bind_int64(statement, i++, r.marketoId);
        for (const QByteArray* field : { &r.firstName, &r.lastName, &r.email, &r.company, &r.title, &r.phone,
                 &r.linkedInUrl, &r.source, &r.sfdcLeadId, &r.sfdcContactId, &r.sfdcAccountId, &r.sfdcType,
                 &r.salesOwnerId, &r.salesOwnerEmail }) {
            sqlite3_bind_text(statement, i++, field->constData(), int(field->size()), SQLITE_STATIC);
        }
        sqlite3_bind_int(statement, i++, 1);
        sqlite3_bind_null(statement, i++);
        sqlite3_bind_int(statement, i++, 0);
        sqlite3_bind_text(statement, i++, stamp.constData(), int(stamp.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, i++, stamp.constData(), int(stamp.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, i++, hash.constData(), int(hash.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, i++, stamp.constData(), int(stamp.size()), SQLITE_STATIC);
        if (sqlite3_step(statement) != SQLITE_DONE) {
            return false;
        }
        sqlite3_reset(statement);
    }
    return sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
}

int fail(const QString& what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("PeopleWriter against raw SQLite upserts of the same rows."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rows"), QStringLiteral("People to write."), QStringLiteral("n"),
        QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("batch"), QStringLiteral("People per transaction."),
        QStringLiteral("n"), QStringLiteral("5000") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Where the two database files go."), QStringLiteral("dir") });
    parser.process(app);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const int batchSize = parser.value(QStringLiteral("batch")).toInt();
    QTemporaryDir temporary;
    const QString dir
        = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();

    StoreOptions writerOptions;
    writerOptions.databasePath = dir + QStringLiteral("/writer.sqlite");
    Result<std::unique_ptr<Store>> store = Store::open(writerOptions);
    if (!store) {
        return fail(store.error().message);
    }
    const QString rawPath = dir + QStringLiteral("/raw.sqlite");
    {
        StoreOptions rawOptions;
        rawOptions.databasePath = rawPath;
        if (Result<std::unique_ptr<Store>> migrated = Store::open(rawOptions); !migrated) {
            return fail(migrated.error().message);
        }
    }
    sqlite3* raw = nullptr;
    sqlite3_stmt* rawStatement = nullptr;
    if (sqlite3_open_v2(rawPath.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
        || sqlite3_exec(raw,
               "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON", nullptr,
               nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(raw, rawSql, -1, SQLITE_PREPARE_PERSISTENT, &rawStatement, nullptr)
            != SQLITE_OK) {
        return fail(QString::fromUtf8(sqlite3_errmsg(raw)));
    }
    Result<SyncRun> run = SyncRunRepository(**store).begin(SyncKind::PeopleInitial, QStringLiteral("bench"));
    Result<PeopleWriter> writer = PeopleWriter::prepare(**store, run ? run->id : 0);
    if (!run || !writer) {
        return fail(QStringLiteral("cannot prepare the writer"));
    }

    qint64 writerNs = 0;
    qint64 rawNs = 0;
    qint64 generateNs = 0;
    SyncCounts first;
    QElapsedTimer timer;
    const auto batchAt = [&](qint64 from) {
        timer.start();
        QList<PersonRecord> batch;
        batch.reserve(batchSize);
        for (qint64 id = from; id < qMin(rows + 1, from + batchSize); ++id) {
            batch.append(personAt(id));
        }
        generateNs += timer.nsecsElapsed();
        return batch;
    };
    const auto applyBatch = [&](const QList<PersonRecord>& batch, SyncCounts& counts) -> bool {
        return (*store)
            ->transaction([&]() -> Result<void> {
                Result<SyncCounts> applied = writer->apply(batch);
                if (!applied) {
                    return applied.error();
                }
                counts += *applied;
                return {};
            })
            .ok();
    };
    for (qint64 from = 1; from <= rows; from += batchSize) {
        const QList<PersonRecord> batch = batchAt(from);
        timer.start();
        if (!applyBatch(batch, first)) {
            return fail(QStringLiteral("the writer failed"));
        }
        writerNs += timer.nsecsElapsed();
        timer.start();
        if (!rawBatch(raw, rawStatement, batch)) {
            return fail(QString::fromUtf8(sqlite3_errmsg(raw)));
        }
        rawNs += timer.nsecsElapsed();
    }
    SyncCounts again;
    qint64 againNs = 0;
    for (qint64 from = 1; from <= rows; from += batchSize) {
        const QList<PersonRecord> batch = batchAt(from);
        timer.start();
        if (!applyBatch(batch, again)) {
            return fail(QStringLiteral("the writer failed"));
        }
        againNs += timer.nsecsElapsed();
    }
    sqlite3_finalize(rawStatement);
    sqlite3_close(raw);

    const auto rate = [rows](qint64 ns) {
        return ns > 0 ? double(rows) * 1e9 / double(ns) : 0.0;
    };
    const QJsonObject answer { { QStringLiteral("rows"), rows }, { QStringLiteral("batch"), batchSize },
        { QStringLiteral("writerRowsPerSecond"), qRound64(rate(writerNs)) },
        { QStringLiteral("rawRowsPerSecond"), qRound64(rate(rawNs)) },
        { QStringLiteral("ratio"), rate(rawNs) > 0 ? rate(writerNs) / rate(rawNs) : 0.0 },
        { QStringLiteral("unchangedRowsPerSecond"), qRound64(rate(againNs)) },
        { QStringLiteral("generatorRowsPerSecond"), qRound64(rate(generateNs / 2)) },
        { QStringLiteral("created"), first.created }, { QStringLiteral("unchanged"), again.unchanged } };
    std::printf("%s\n", QJsonDocument(answer).toJson(QJsonDocument::Indented).constData());
    return first.created == rows && again.unchanged == rows ? 0 : 1;
}
