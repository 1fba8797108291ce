#include "sync/peoplewriter.h"

#include "common/timestamps.h"
#include "store/store.h"
#include "store/storebatch.h"
#include "sync/eligibilityrule.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <array>
#include <cstring>
#include <optional>
#include <vector>

namespace sia {

namespace {

// Ids looked up per query: well under every backend's limit of bound or inlined terms, and a batch of a few
// thousand still costs only a few queries.
constexpr qsizetype lookupChunk = 1000;

// The upsert of one person. A record from Marketo is a living person: the tombstone goes. The
// opportunity is Salesforce's and set apart (setOpportunities), so an update leaves it alone.
const QString upsertSql = QStringLiteral(
    "INSERT INTO people (marketo_id, first_name, last_name, email, company, title, phone, linkedin_url,"
    " source, sfdc_lead_id, sfdc_contact_id, sfdc_account_id, sfdc_type, sales_owner_id, sales_owner_email,"
    " eligible, ineligible_reason, unsubscribed, marketo_created_at, marketo_updated_at, deleted_at,"
    " content_hash, synced_at, sync_run_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)"
    " ON CONFLICT (marketo_id) DO UPDATE SET first_name = excluded.first_name,"
    " last_name = excluded.last_name, email = excluded.email, company = excluded.company,"
    " title = excluded.title, phone = excluded.phone, linkedin_url = excluded.linkedin_url,"
    " source = excluded.source, sfdc_lead_id = excluded.sfdc_lead_id,"
    " sfdc_contact_id = excluded.sfdc_contact_id, sfdc_account_id = excluded.sfdc_account_id,"
    " sfdc_type = excluded.sfdc_type, sales_owner_id = excluded.sales_owner_id,"
    " sales_owner_email = excluded.sales_owner_email, eligible = excluded.eligible,"
    " ineligible_reason = excluded.ineligible_reason, unsubscribed = excluded.unsubscribed,"
    " marketo_created_at = excluded.marketo_created_at, marketo_updated_at = excluded.marketo_updated_at,"
    " deleted_at = NULL, content_hash = excluded.content_hash, synced_at = excluded.synced_at,"
    " sync_run_id = excluded.sync_run_id");

const QString errorSql
    = QStringLiteral("INSERT INTO sync_errors (run_id, at, record_ref, outcome, code, message)"
                     " VALUES (?, ?, ?, ?, ?, ?)");

const QString tombstoneSql = QStringLiteral("UPDATE people SET deleted_at = ?, synced_at = ?, sync_run_id = "
                                            "? WHERE marketo_id = ? AND deleted_at IS NULL");

const QString opportunitySql = QStringLiteral("UPDATE people SET sfdc_opportunity_id = ? WHERE id = ?");

// MurmurHash64A's mixing, over the fields one after the other with each length folded in, so that a value
// moving from one field to the next changes the hash. Not cryptographic: it only tells whether one
// person's content changed, where a 64-bit accidental collision is out of reach; and it is the same on
// every machine and every build (unlike qHash, which is seeded per process and may use AES).
class ContentHasher
{
public:
    void add(const QByteArray& field)
    {
        mixWord(field.isNull() ? ~quint64(0) : quint64(field.size()));
        const char* data = field.constData();
        qsizetype left = field.size();
        while (left >= 8) {
            quint64 word;
            std::memcpy(&word, data, 8);
            mixWord(word);
            data += 8;
            left -= 8;
        }
        if (left > 0) {
            quint64 word = 0;
            std::memcpy(&word, data, size_t(left));
            mixWord(word ^ (quint64(left) << 56));
        }
    }
    void add(bool flag) { mixWord(flag ? 1 : 2); }

    QByteArray hex() const
    {
        quint64 h = m_hash;
        h ^= h >> r;
        h *= m;
        h ^= h >> r;
        return QByteArray::number(h, 16).rightJustified(16, '0');
    }

private:
    static constexpr quint64 m = 0xc6a4a7935bd1e995ULL;
    static constexpr int r = 47;

    void mixWord(quint64 k)
    {
        k *= m;
        k ^= k >> r;
        k *= m;
        m_hash ^= k;
        m_hash *= m;
    }

    quint64 m_hash = 0x5349412d70656f70ULL; // "SIA-peop"
};

// What the store holds of a person, as far as deciding goes.
struct Stored
{
    QByteArray hash;
    bool eligible = false;
    bool deleted = false;
};

enum class Outcome
{
    Create,
    Update, // to eligible
    Demote, // to ineligible (kept)
    Unchanged,
    Skip,
    Fail
};

struct Decision
{
    const PersonRecord* record = nullptr;
    Outcome outcome = Outcome::Skip;
    QString code; // the exclusion reason (Skip, Demote) or the failure (Fail)
    QByteArray hash;
    QByteArray createdAt; // as stored
    QByteArray updatedAt;
    QString message; // a failure the database reported (empty: the code's own text)
};

// Marketo writes "2024-01-15T10:00:00Z"; the store keeps every point in time with milliseconds (so that
// text comparison orders them, common/timestamps.h). That form is done by hand, a million times; anything
// else goes through QDateTime. nullopt: not a point in time.
std::optional<QByteArray> storedTimestamp(const QByteArray& marketo)
{
    if (marketo.isEmpty()) {
        return QByteArray();
    }
    if (marketo.size() == 20 && marketo.at(10) == 'T' && marketo.at(19) == 'Z' && marketo.at(4) == '-'
        && marketo.at(13) == ':') {
        QByteArray stored = marketo.left(19);
        stored += ".000Z";
        return stored;
    }
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(marketo), Qt::ISODateWithMs);
    if (!at.isValid()) {
        return std::nullopt;
    }
    return toStoredTimestamp(at).toLatin1();
}

// Well-formed UTF-8 without NUL: what both backends store unchanged (PostgreSQL refuses the rest; SQLite
// would keep bytes that no reader can show).
bool isCleanUtf8(const QByteArray& text)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c == 0) {
            return false;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        int follow = 0;
        quint32 point = 0;
        if ((c & 0xe0) == 0xc0) {
            follow = 1;
            point = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            follow = 2;
            point = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            follow = 3;
            point = c & 0x07;
        } else {
            return false;
        }
        for (int k = 1; k <= follow; ++k) {
            if (i + k >= size || (bytes[i + k] & 0xc0) != 0x80) {
                return false;
            }
            point = (point << 6) | (bytes[i + k] & 0x3f);
        }
        // Overlong forms, surrogates and points beyond Unicode are not UTF-8.
        static constexpr quint32 least[] = { 0, 0x80, 0x800, 0x10000 };
        if (point < least[follow] || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) {
            return false;
        }
        i += follow + 1;
    }
    return true;
}

// In the order of the upsert's columns, from first_name on.
std::array<const QByteArray*, 14> textFields(const PersonRecord& r)
{
    return { &r.firstName, &r.lastName, &r.email, &r.company, &r.title, &r.phone, &r.linkedInUrl, &r.source,
        &r.sfdcLeadId, &r.sfdcContactId, &r.sfdcAccountId, &r.sfdcType, &r.salesOwnerId, &r.salesOwnerEmail };
}

QByteArray marketoRef(qint64 marketoId)
{
    return "marketo:" + QByteArray::number(marketoId);
}

QString failureText(const QString& code)
{
    if (code == QLatin1String("people.invalid-text")) {
        return QCoreApplication::translate("sia::PeopleWriter",
            "A field holds bytes that are not text (invalid UTF-8 or a NUL character). Correct the person in "
            "Marketo; the next sync retries it.");
    }
    if (code == QLatin1String("people.invalid-timestamp")) {
        return QCoreApplication::translate("sia::PeopleWriter",
            "Marketo's created or updated time is not a point in time. The next sync retries it.");
    }
    return code;
}

} // namespace

namespace {

// The people of ids that the store holds, one query per chunk. The ids are integers formatted here, so
// putting them in the statement's text is safe, and it saves binding a thousand values one by one.
Result<QHash<qint64, Stored>> lookUp(const Store& store, const QList<qint64>& ids)
{
    QHash<qint64, Stored> found;
    found.reserve(ids.size());
    for (qsizetype from = 0; from < ids.size(); from += lookupChunk) {
        QString list;
        const qsizetype to = qMin(ids.size(), from + lookupChunk);
        list.reserve((to - from) * 9);
        for (qsizetype i = from; i < to; ++i) {
            if (i > from) {
                list += QLatin1Char(',');
            }
            list += QString::number(ids.at(i));
        }
        Result<QSqlQuery> query = store.exec(
            QStringLiteral("SELECT marketo_id, content_hash, eligible, deleted_at IS NOT NULL FROM people"
                           " WHERE marketo_id IN (%1)")
                .arg(list));
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            found.insert(query->value(0).toLongLong(),
                Stored { query->value(1).toString().toLatin1(), query->value(2).toBool(),
                    query->value(3).toBool() });
        }
    }
    return found;
}

Decision decide(const PersonRecord& record, const QHash<qint64, Stored>& stored)
{
    Decision decision;
    decision.record = &record;
    for (const QByteArray* field : textFields(record)) {
        if (!isCleanUtf8(*field)) {
            decision.outcome = Outcome::Fail;
            decision.code = QStringLiteral("people.invalid-text");
            return decision;
        }
    }
    const std::optional<QByteArray> createdAt = storedTimestamp(record.createdAt);
    const std::optional<QByteArray> updatedAt = storedTimestamp(record.updatedAt);
    if (!createdAt || !updatedAt) {
        decision.outcome = Outcome::Fail;
        decision.code = QStringLiteral("people.invalid-timestamp");
        return decision;
    }
    decision.createdAt = *createdAt;
    decision.updatedAt = *updatedAt;
    decision.hash = PeopleWriter::contentHash(record);

    const EligibilityVerdict verdict = EligibilityRule::check(record);
    const auto it = stored.constFind(record.marketoId);
    const bool known = it != stored.constEnd();
    if (verdict.eligible) {
        if (!known) {
            decision.outcome = Outcome::Create;
        } else if (it->hash == decision.hash && it->eligible && !it->deleted) {
            decision.outcome = Outcome::Unchanged;
        } else {
            decision.outcome = Outcome::Update;
        }
        return decision;
    }
    decision.code = verdict.reasonCode;
    // Kept and marked, so that their tasks and activities keep their person; one already marked (or
    // never synced) is simply left out.
    decision.outcome = known && it->eligible ? Outcome::Demote : Outcome::Skip;
    return decision;
}

void count(SyncCounts& counts, Outcome outcome)
{
    ++counts.processed;
    switch (outcome) {
    case Outcome::Create:
        ++counts.created;
        break;
    case Outcome::Update:
    case Outcome::Demote:
        ++counts.updated;
        break;
    case Outcome::Unchanged:
        ++counts.unchanged;
        break;
    case Outcome::Skip:
        ++counts.skipped;
        break;
    case Outcome::Fail:
        ++counts.failed;
        break;
    }
}

void bindNullable(StoreBatch& batch, int index, const QByteArray& utf8)
{
    // Marketo's null and an empty value are both "no value" in the store.
    if (utf8.isEmpty()) {
        batch.bindNull(index);
    } else {
        batch.bindUtf8(index, utf8);
    }
}

// Whether a statement's failure is the row's (a value refused) rather than the database's (locked, full,
// read-only, gone), which must stop the run at its checkpoint instead.
bool isRowFault(const Error& error)
{
    return error.kind != ErrorKind::Environment;
}

struct WriteContext
{
    QByteArray now;
    qint64 runId = 0; // 0: no run (a dry run, or a test's writes)
};

} // namespace

// The prepared statements, and the writing that uses them (here rather than in the class, which keeps its
// header to what callers need).
struct PeopleWriter::Statements
{
    StoreBatch upsert;
    StoreBatch error;
    StoreBatch tombstone;
    StoreBatch opportunity;
    QHash<QString, QByteArray> texts; // translated reason texts by code, as UTF-8, made once

    QByteArray reasonText(const QString& code)
    {
        auto it = texts.constFind(code);
        if (it == texts.constEnd()) {
            const QString text = code.startsWith(QLatin1String("people.invalid-"))
                ? failureText(code)
                : EligibilityRule::text(code);
            it = texts.insert(code, text.toUtf8());
        }
        return *it;
    }

    Result<void> recordError(const WriteContext& context, qint64 marketoId, SyncErrorOutcome outcome,
        const QString& code, const QString& message)
    {
        if (context.runId <= 0) {
            return {};
        }
        error.bind(0, context.runId);
        error.bindUtf8(1, context.now);
        error.bindUtf8(2, marketoRef(marketoId));
        error.bind(3, toKey(outcome));
        error.bind(4, code);
        if (message.isEmpty()) {
            error.bindUtf8(5, reasonText(code));
        } else {
            error.bind(5, message);
        }
        return error.exec();
    }

    Result<void> upsertOne(const WriteContext& context, const Decision& decision)
    {
        const PersonRecord& r = *decision.record;
        const bool eligible = decision.outcome != Outcome::Demote;
        upsert.bind(0, r.marketoId);
        int index = 1;
        for (const QByteArray* field : textFields(r)) {
            bindNullable(upsert, index++, *field);
        }
        upsert.bind(15, eligible);
        if (eligible) {
            upsert.bindNull(16);
        } else {
            upsert.bind(16, decision.code);
        }
        upsert.bind(17, r.unsubscribed);
        bindNullable(upsert, 18, decision.createdAt);
        bindNullable(upsert, 19, decision.updatedAt);
        upsert.bindUtf8(20, decision.hash);
        upsert.bindUtf8(21, context.now);
        if (context.runId > 0) {
            upsert.bind(22, context.runId);
        } else {
            upsert.bindNull(22);
        }
        return upsert.exec();
    }

    Result<void> writeOne(const WriteContext& context, const Decision& decision)
    {
        switch (decision.outcome) {
        case Outcome::Create:
        case Outcome::Update:
        case Outcome::Demote:
            return upsertOne(context, decision);
        case Outcome::Unchanged:
            return {};
        case Outcome::Skip:
            return recordError(
                context, decision.record->marketoId, SyncErrorOutcome::Skipped, decision.code, {});
        case Outcome::Fail:
            return recordError(context, decision.record->marketoId, SyncErrorOutcome::Failed, decision.code,
                decision.message);
        }
        return {};
    }

    // All rows in one savepoint; when the database refuses a row (rare: the writer checks what it can
    // before), the savepoint goes and the rows are written again one savepoint each, so that only the
    // refused ones fail. A fault of the database itself (locked, full) fails the whole batch.
    Result<void> write(Store& store, const WriteContext& context, std::vector<Decision>& decisions)
    {
        Result<void> together = store.transaction([&]() -> Result<void> {
            for (const Decision& decision : decisions) {
                if (Result<void> done = writeOne(context, decision); !done) {
                    return done;
                }
            }
            return {};
        });
        if (together || !isRowFault(together.error())) {
            return together;
        }
        return store.transaction([&]() -> Result<void> {
            for (Decision& decision : decisions) {
                Result<void> done = store.transaction([&]() { return writeOne(context, decision); });
                if (done) {
                    continue;
                }
                if (!isRowFault(done.error())) {
                    return done;
                }
                decision.outcome = Outcome::Fail;
                decision.code = done.error().code;
                decision.message = done.error().message;
                if (Result<void> recorded = writeOne(context, decision); !recorded) {
                    return recorded;
                }
            }
            return {};
        });
    }
};

Result<PeopleWriter> PeopleWriter::prepare(Store& store, qint64 runId)
{
    if (Result<void> writable = store.requireWritable(); !writable) {
        return writable.error();
    }
    Result<StoreBatch> upsert = store.prepareBatch(upsertSql);
    if (!upsert) {
        return upsert.error();
    }
    Result<StoreBatch> error = store.prepareBatch(errorSql);
    if (!error) {
        return error.error();
    }
    Result<StoreBatch> tombstone = store.prepareBatch(tombstoneSql);
    if (!tombstone) {
        return tombstone.error();
    }
    Result<StoreBatch> opportunity = store.prepareBatch(opportunitySql);
    if (!opportunity) {
        return opportunity.error();
    }
    auto statements = std::unique_ptr<Statements>(new Statements { std::move(upsert).value(),
        std::move(error).value(), std::move(tombstone).value(), std::move(opportunity).value(), {} });
    return PeopleWriter(store, runId, std::move(statements));
}

PeopleWriter::PeopleWriter(Store& store, qint64 runId, std::unique_ptr<Statements> statements)
    : m_store(&store)
    , m_runId(runId)
    , m_statements(std::move(statements))
{ }

PeopleWriter::PeopleWriter(PeopleWriter&&) noexcept = default;
PeopleWriter& PeopleWriter::operator=(PeopleWriter&&) noexcept = default;
PeopleWriter::~PeopleWriter() = default;

QByteArray PeopleWriter::contentHash(const PersonRecord& record)
{
    // Everything the writer stores from the record (so an unchanged hash means an unchanged row), the
    // opportunity excepted: it is Salesforce's, not the person's.
    ContentHasher hasher;
    for (const QByteArray* field : textFields(record)) {
        hasher.add(*field);
    }
    hasher.add(record.unsubscribed);
    hasher.add(record.createdAt);
    hasher.add(record.updatedAt);
    return hasher.hex();
}

Result<SyncCounts> PeopleWriter::apply(const QList<PersonRecord>& records, bool dryRun)
{
    // The last record of each Marketo id wins; the order is that of the last occurrences.
    QHash<qint64, qsizetype> last;
    last.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        last.insert(records.at(i).marketoId, i);
    }
    QList<qint64> ids;
    ids.reserve(last.size());
    std::vector<const PersonRecord*> unique;
    unique.reserve(size_t(last.size()));
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (last.value(records.at(i).marketoId) == i) {
            unique.push_back(&records.at(i));
            ids.append(records.at(i).marketoId);
        }
    }

    Result<QHash<qint64, Stored>> stored = lookUp(*m_store, ids);
    if (!stored) {
        return stored.error();
    }
    std::vector<Decision> decisions;
    decisions.reserve(unique.size());
    for (const PersonRecord* record : unique) {
        decisions.push_back(decide(*record, *stored));
    }
    if (!dryRun) {
        const WriteContext context { nowTimestamp().toLatin1(), m_runId };
        if (Result<void> written = m_statements->write(*m_store, context, decisions); !written) {
            return written.error();
        }
    }
    SyncCounts counts;
    for (const Decision& decision : decisions) {
        count(counts, decision.outcome);
    }
    return counts;
}

Result<qint64> PeopleWriter::markDeleted(
    const QList<qint64>& marketoIds, const QDateTime& deletedAt, bool dryRun)
{
    QList<qint64> alive;
    for (qsizetype from = 0; from < marketoIds.size(); from += lookupChunk) {
        Result<QHash<qint64, Stored>> stored = lookUp(*m_store, marketoIds.mid(from, lookupChunk));
        if (!stored) {
            return stored.error();
        }
        for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
            if (!it->deleted) {
                alive.append(it.key());
            }
        }
    }
    if (dryRun || alive.isEmpty()) {
        return qint64(alive.size());
    }
    const QByteArray at
        = toStoredTimestamp(deletedAt.isValid() ? deletedAt : QDateTime::currentDateTimeUtc()).toLatin1();
    const QByteArray now = nowTimestamp().toLatin1();
    Result<void> written = m_store->transaction([&]() -> Result<void> {
        StoreBatch& tombstone = m_statements->tombstone;
        for (const qint64 id : alive) {
            tombstone.bindUtf8(0, at);
            tombstone.bindUtf8(1, now);
            if (m_runId > 0) {
                tombstone.bind(2, m_runId);
            } else {
                tombstone.bindNull(2);
            }
            tombstone.bind(3, id);
            if (Result<void> done = tombstone.exec(); !done) {
                return done;
            }
        }
        return {};
    });
    if (!written) {
        return written.error();
    }
    return qint64(alive.size());
}

Result<qint64> PeopleWriter::setOpportunities(
    const QList<OpportunityRole>& roles, bool clearOthers, bool dryRun)
{
    // The opportunity each listed contact should have (the last role of a contact wins; empty: none).
    QHash<QByteArray, QByteArray> wanted;
    wanted.reserve(roles.size());
    for (const OpportunityRole& role : roles) {
        if (!role.contactId.isEmpty()) {
            wanted.insert(role.contactId, role.opportunityId);
        }
    }
    // People (by row id) whose opportunity changes, and to what. Several people may share a contact (two
    // Marketo records of one Salesforce contact): each gets it.
    QHash<qint64, QByteArray> changes;
    const QList<QByteArray> contacts = wanted.keys();
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < contacts.size(); from += chunk) {
        QStringList names;
        QVariantMap bindings;
        for (qsizetype i = from; i < qMin(contacts.size(), from + chunk); ++i) {
            const QString name = QStringLiteral("c%1").arg(i - from);
            names << QLatin1Char(':') + name;
            bindings.insert(name, QString::fromUtf8(contacts.at(i)));
        }
        Result<QSqlQuery> query = m_store->exec(
            QStringLiteral(
                "SELECT id, sfdc_contact_id, sfdc_opportunity_id FROM people WHERE sfdc_contact_id IN (%1)")
                .arg(names.join(QStringLiteral(", "))),
            bindings);
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            const QByteArray want = wanted.value(query->value(1).toString().toUtf8());
            if (query->value(2).toString().toUtf8() != want) {
                changes.insert(query->value(0).toLongLong(), want);
            }
        }
    }
    if (clearOthers) {
        Result<QSqlQuery> query = m_store->exec(
            QStringLiteral("SELECT id, sfdc_contact_id FROM people WHERE sfdc_opportunity_id IS NOT NULL"));
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            if (!wanted.contains(query->value(1).toString().toUtf8())) {
                changes.insert(query->value(0).toLongLong(), QByteArray());
            }
        }
    }
    if (dryRun || changes.isEmpty()) {
        return qint64(changes.size());
    }
    Result<void> written = m_store->transaction([&]() -> Result<void> {
        StoreBatch& update = m_statements->opportunity;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            bindNullable(update, 0, it.value());
            update.bind(1, it.key());
            if (Result<void> done = update.exec(); !done) {
                return done;
            }
        }
        return {};
    });
    if (!written) {
        return written.error();
    }
    return qint64(changes.size());
}

} // namespace sia
