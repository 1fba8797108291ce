#include "sandbox/salesforce/replicationlog.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/dataset/seedmix.h"
#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/salesforcetime.h"
#include "sandbox/salesforceid.h"

namespace sia::sandbox::salesforce {

namespace {

constexpr quint64 editOneIn = 25;
constexpr qint64 deletedOneIn = 200;
constexpr qint64 mostDeletions = 1000;

struct Replicated
{
    QStringView name;
    QStringView prefix;
    quint64 salt;
};

// The objects served here, with their key prefixes.
constexpr Replicated replicated[] = {
    { u"Lead", RecordIds::leadPrefix, 1 },
    { u"Contact", RecordIds::contactPrefix, 2 },
    { u"Opportunity", RecordIds::opportunityPrefix, 3 },
    { u"OpportunityContactRole", RecordIds::opportunityContactRolePrefix, 4 },
};

const Replicated* find(QStringView objectName)
{
    for (const Replicated& object : replicated) {
        if (object.name == objectName) {
            return &object;
        }
    }
    return nullptr;
}

const Replicated* findByPrefix(QStringView prefix)
{
    for (const Replicated& object : replicated) {
        if (object.prefix == prefix) {
            return &object;
        }
    }
    return nullptr;
}

SalesforceError tooManyIds()
{
    return SalesforceError::make(400, QStringLiteral("EXCEEDED_ID_LIMIT"),
        QStringLiteral("record limit reached. cannot submit more than %1 records into this call")
            .arg(TaskStore::maximumReplicationIds));
}

} // namespace

ReplicationLog::ReplicationLog(const SandboxDataset& dataset, Clock clock)
    : m_dataset(dataset)
    , m_clock(std::move(clock))
{
    reset();
}

void ReplicationLog::reset()
{
    m_anchor = now();
}

QDateTime ReplicationLog::now() const
{
    const QDateTime at = m_clock().toUTC();
    return at.addMSecs(-at.time().msec());
}

bool ReplicationLog::serves(const QString& objectName)
{
    return find(objectName) != nullptr;
}

quint64 ReplicationLog::draw(QStringView objectName, qint64 number) const
{
    const Replicated* object = find(objectName);
    return seedMix(
        seedMix(m_dataset.seed() * 0x2545f4914f6cdd1dULL + (object ? object->salt : 0)) ^ quint64(number));
}

qint64 ReplicationLog::livingEnd(QStringView objectName) const
{
    // Account a has opportunities 2a-1 and 2a at most; leads, contacts and contact roles are numbered
    // after the people.
    return objectName == u"Opportunity" ? 2 * m_dataset.accountCount() : m_dataset.peopleCount();
}

QDateTime ReplicationLog::lastModified(
    QStringView objectName, qint64 number, const QDateTime& created, const QDateTime& modified) const
{
    const quint64 d = draw(objectName, number);
    if (!find(objectName) || d % editOneIn != 0) {
        return modified;
    }
    const QDateTime edit = m_anchor.addSecs(-qint64((d >> 8) % quint64(editDays * 86400)));
    if (edit > now() || (created.isValid() && edit <= created) || (modified.isValid() && edit <= modified)) {
        return modified;
    }
    return edit;
}

qint64 ReplicationLog::deletionCount(QStringView objectName) const
{
    return qBound<qint64>(1, livingEnd(objectName) / deletedOneIn, mostDeletions);
}

QDateTime ReplicationLog::deletedAt(QStringView objectName, qint64 number) const
{
    return m_anchor.addSecs(-qint64((draw(objectName, number) >> 8) % quint64(deletionDays * 86400)));
}

QList<ReplicationLog::Deletion> ReplicationLog::deletions(const QString& objectName) const
{
    QList<Deletion> all;
    const Replicated* object = find(objectName);
    if (!object) {
        return all;
    }
    for (qint64 number = firstDeletedNumber + 1; number <= firstDeletedNumber + deletionCount(objectName);
         ++number) {
        all.append({ RecordIds::make(object->prefix, number), deletedAt(objectName, number) });
    }
    return all;
}

bool ReplicationLog::isDeleted(const QString& id) const
{
    const QString normalized = RecordIds::normalize(id);
    const Replicated* object = findByPrefix(RecordIds::keyPrefix(normalized));
    const std::optional<SalesforceId> parsed = SalesforceId::parse(normalized);
    if (!object || !parsed || parsed->number <= firstDeletedNumber
        || parsed->number > firstDeletedNumber + deletionCount(object->name)) {
        return false;
    }
    // Still in the recycle bin.
    return deletedAt(object->name, parsed->number) >= now().addDays(-TaskStore::recycleBinDays);
}

QDateTime ReplicationLog::earliestDateAvailable(const QString& objectName) const
{
    // As the Task store answers: 30 days back, or later once deletions were purged from the recycle bin
    // (nothing deleted in a purged minute can be reported any more).
    QDateTime earliest = truncateToMinute(now()).addDays(-ReplicationWindow::maximumDays);
    const QDateTime purgedBefore = now().addDays(-TaskStore::recycleBinDays);
    for (const Deletion& deletion : deletions(objectName)) {
        if (deletion.at < purgedBefore) {
            earliest = qMax(earliest, truncateToMinute(deletion.at).addSecs(60));
        }
    }
    return earliest;
}

SfResult<UpdatedWindow> ReplicationLog::updated(const SoqlObjectDef& object, const SoqlRecordSource& records,
    const QDateTime& start, const QDateTime& end, qint64 lagSeconds) const
{
    SfResult<ReplicationWindow> covered = ReplicationWindow::open(start, end, now(), lagSeconds);
    if (!covered) {
        return covered.error();
    }
    const SoqlFieldDef* id = object.field(u"Id");
    const SoqlFieldDef* modstamp = object.field(u"SystemModstamp");
    UpdatedWindow window;
    window.latestDateCovered = covered->latestDateCovered();
    if (!id || !modstamp) {
        return window;
    }
    // The same dates SOQL reads, so that get-updated and WHERE SystemModstamp agree.
    records.scan(0, records.endPosition(), [&](qint64, const SoqlRecord& record) {
        if (covered->covers(record.value(*modstamp).toDateTime())) {
            window.ids << record.value(*id).toString();
        }
        return window.ids.size() <= TaskStore::maximumReplicationIds;
    });
    if (window.ids.size() > TaskStore::maximumReplicationIds) {
        return tooManyIds();
    }
    return window;
}

SfResult<DeletedWindow> ReplicationLog::deleted(
    const QString& objectName, const QDateTime& start, const QDateTime& end, qint64 lagSeconds) const
{
    SfResult<ReplicationWindow> covered = ReplicationWindow::open(start, end, now(), lagSeconds);
    if (!covered) {
        return covered.error();
    }
    DeletedWindow window;
    window.latestDateCovered = covered->latestDateCovered();
    window.earliestDateAvailable = earliestDateAvailable(objectName);
    if (covered->from() < window.earliestDateAvailable) {
        return ReplicationWindow::invalidDate(
            QStringLiteral("startDate is before the earliestDateAvailable: %1")
                .arg(formatDateTime(window.earliestDateAvailable)));
    }
    const QDateTime purgedBefore = now().addDays(-TaskStore::recycleBinDays);
    for (const Deletion& deletion : deletions(objectName)) {
        if (deletion.at >= purgedBefore && covered->covers(deletion.at)) {
            window.records.append({ deletion.id, deletion.at });
        }
    }
    return window;
}

} // namespace sia::sandbox::salesforce
