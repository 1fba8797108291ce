#include "sync/synchealthservice.h"

#include "store/storerunner.h"
#include "sync/synchealthbudget.h"
#include "sync/syncretry.h"

#include <QSaveFile>

namespace sia {
namespace {

struct StoredHealth
{
    QList<SyncAreaHealth> areas;
    SyncBudgetCaps caps;
};

} // namespace

const SyncErrorGroup* SyncHealthSnapshot::group(const SyncErrorGroupKey& key) const
{
    for (const SyncAreaHealth& area : areas) {
        for (const SyncErrorGroup& each : area.groups) {
            if (each.key == key) {
                return &each;
            }
        }
    }
    return nullptr;
}

Result<qint64> exportSyncHealthCsv(
    const SyncHealth& health, const std::optional<SyncErrorGroupKey>& key, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::environment(QStringLiteral("health.export-failed"),
            QCoreApplication::translate("sia::SyncHealth",
                "The file %1 could not be written (%2). Choose another folder, then export again.")
                .arg(path, file.errorString()));
    }
    Result<qint64> rows = health.exportCsv(key, file);
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    if (!file.commit()) {
        return Error::environment(QStringLiteral("health.export-failed"),
            QCoreApplication::translate("sia::SyncHealth",
                "The file %1 could not be written (%2). Choose another folder, then export again.")
                .arg(path, file.errorString()));
    }
    return rows;
}

SyncHealthService::SyncHealthService(StoreRunner& store, QString actor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_actor(std::move(actor))
{ }

void SyncHealthService::refresh()
{
    m_store.run<StoredHealth>(
        [](Store& store) -> Result<StoredHealth> {
            Result<QList<SyncAreaHealth>> areas = SyncHealth(store).areas();
            if (!areas) {
                return areas.error();
            }
            Result<SyncBudgetCaps> caps = SyncHealthBudget::readCaps(store);
            if (!caps) {
                return caps.error();
            }
            return StoredHealth { *areas, *caps };
        },
        this,
        [this](Result<StoredHealth> stored) {
            if (!stored) {
                emit failed(stored.error());
                return;
            }
            // The gates are made here, on this object's thread, where their timers belong.
            emit snapshotReady({ stored->areas, SyncHealthBudget::reports(stored->caps) });
        });
}

void SyncHealthService::loadRecords(
    const SyncErrorGroupKey& key, const QString& filter, const QString& afterRef, int limit)
{
    m_store.run<QList<SyncErrorGroupRecord>>(
        [key, filter, afterRef, limit](
            Store& store) { return SyncHealth(store).records(key, filter, afterRef, limit); },
        this,
        [this, key, filter, afterRef](Result<QList<SyncErrorGroupRecord>> page) {
            if (!page) {
                emit failed(page.error());
                return;
            }
            emit recordsReady(key, filter, afterRef, *page);
        });
}

void SyncHealthService::exportCsv(const std::optional<SyncErrorGroupKey>& key, const QString& path)
{
    m_store.run<qint64>(
        [key, path](Store& store) { return exportSyncHealthCsv(SyncHealth(store), key, path); }, this,
        [this, path](Result<qint64> rows) {
            if (!rows) {
                emit failed(rows.error());
                return;
            }
            emit exported(path, *rows);
        });
}

void SyncHealthService::retry(const SyncErrorGroupKey& key)
{
    m_store.run<qint64>([key, actor = m_actor](Store& store) { return SyncRetry(store).retry(key, actor); },
        this,
        [this, key](Result<qint64> marked) {
            if (!marked) {
                emit failed(marked.error());
                return;
            }
            emit retried(key, *marked);
        });
}

} // namespace sia
