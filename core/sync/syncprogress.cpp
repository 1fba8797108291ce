#include "sync/syncprogress.h"

#include <QJsonValue>

namespace sia {
namespace {

QJsonObject countsToJson(const SyncCounts& counts)
{
    return { { QStringLiteral("total"), counts.total }, { QStringLiteral("processed"), counts.processed },
        { QStringLiteral("created"), counts.created }, { QStringLiteral("updated"), counts.updated },
        { QStringLiteral("unchanged"), counts.unchanged }, { QStringLiteral("deleted"), counts.deleted },
        { QStringLiteral("skipped"), counts.skipped }, { QStringLiteral("failed"), counts.failed } };
}

// JSON numbers are doubles: every count here stays far below 2^53, so the round trip is exact.
qint64 integer(const QJsonObject& json, const char* key, qint64 otherwise = 0)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isDouble() ? qint64(value.toDouble()) : otherwise;
}

SyncCounts countsFromJson(const QJsonObject& json)
{
    SyncCounts counts;
    counts.total = integer(json, "total", -1);
    counts.processed = integer(json, "processed");
    counts.created = integer(json, "created");
    counts.updated = integer(json, "updated");
    counts.unchanged = integer(json, "unchanged");
    counts.deleted = integer(json, "deleted");
    counts.skipped = integer(json, "skipped");
    counts.failed = integer(json, "failed");
    return counts;
}

} // namespace

QJsonObject SyncProgress::toJson() const
{
    QJsonObject json { { QStringLiteral("runId"), runId }, { QStringLiteral("kind"), toKey(kind) },
        { QStringLiteral("dryRun"), dryRun }, { QStringLiteral("phase"), toKey(phase) },
        { QStringLiteral("counts"), countsToJson(counts) }, { QStringLiteral("windowsDone"), windowsDone },
        { QStringLiteral("windowsTotal"), windowsTotal },
        { QStringLiteral("bytesDownloaded"), bytesDownloaded }, { QStringLiteral("bytesTotal"), bytesTotal },
        { QStringLiteral("peoplePerSecond"), peoplePerSecond },
        { QStringLiteral("apiCallsUsed"), apiCallsUsed } };
    if (etaSeconds) {
        json.insert(QStringLiteral("etaSeconds"), *etaSeconds);
    }
    return json;
}

SyncProgress SyncProgress::fromJson(const QJsonObject& json)
{
    SyncProgress progress;
    progress.runId = integer(json, "runId");
    progress.kind
        = fromKey<SyncKind>(json.value(QStringLiteral("kind")).toString()).value_or(SyncKind::PeopleInitial);
    progress.dryRun = json.value(QStringLiteral("dryRun")).toBool();
    progress.phase
        = fromKey<SyncPhase>(json.value(QStringLiteral("phase")).toString()).value_or(SyncPhase::Preparing);
    progress.counts = countsFromJson(json.value(QStringLiteral("counts")).toObject());
    progress.windowsDone = int(integer(json, "windowsDone"));
    progress.windowsTotal = int(integer(json, "windowsTotal"));
    progress.bytesDownloaded = integer(json, "bytesDownloaded");
    progress.bytesTotal = integer(json, "bytesTotal", -1);
    progress.peoplePerSecond = json.value(QStringLiteral("peoplePerSecond")).toDouble();
    if (json.value(QStringLiteral("etaSeconds")).isDouble()) {
        progress.etaSeconds = integer(json, "etaSeconds");
    }
    progress.apiCallsUsed = integer(json, "apiCallsUsed");
    return progress;
}

} // namespace sia
