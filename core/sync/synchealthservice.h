// What the sync health page works through: the snapshot (the three areas with their runs and error groups,
// and the API budget), a page of a group's records, the CSV export to a file and "Retry these". The store
// work (and the export's file) runs where the StoreRunner puts it, never on the caller's thread; answers
// come back as signals on this object's thread.
#pragma once

#include "common/result.h"
#include "sync/synchealth.h"
#include "sync/synchealthbudget.h"

#include <QObject>

#include <optional>

namespace sia {

class StoreRunner;

struct SyncHealthSnapshot
{
    QList<SyncAreaHealth> areas;
    QList<SyncServiceBudget> budgets; // Marketo's, then Salesforce's

    const SyncErrorGroup* group(const SyncErrorGroupKey& key) const;
};

class SyncHealthService : public QObject
{
    Q_OBJECT

public:
    // store must outlive this object; actor: who retries (the audit log's).
    SyncHealthService(StoreRunner& store, QString actor, QObject* parent = nullptr);

    void refresh();
    void loadRecords(const SyncErrorGroupKey& key, const QString& filter, const QString& afterRef, int limit);
    // key empty: every error of every area. Written through QSaveFile: a failed export leaves no half file.
    void exportCsv(const std::optional<SyncErrorGroupKey>& key, const QString& path);
    void retry(const SyncErrorGroupKey& key);

signals:
    void snapshotReady(const sia::SyncHealthSnapshot& snapshot);
    void recordsReady(const sia::SyncErrorGroupKey& key, const QString& filter, const QString& afterRef,
        const QList<sia::SyncErrorGroupRecord>& records);
    void exported(const QString& path, qint64 rows);
    void retried(const sia::SyncErrorGroupKey& key, qint64 records);
    void failed(const sia::Error& error);

private:
    StoreRunner& m_store;
    QString m_actor;
};

// Writes the export to path through QSaveFile (used by the service and the command line).
Result<qint64> exportSyncHealthCsv(
    const SyncHealth& health, const std::optional<SyncErrorGroupKey>& key, const QString& path);

} // namespace sia
