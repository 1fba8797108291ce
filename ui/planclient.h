// The setup plan as the window reaches it: every read and every change runs on the store's thread
// through StoreWorker, and the outcome comes back here, on the GUI thread, as a signal. After a change
// the plan is read again, so that what the window shows is always what the database holds.
#pragma once

#include "review/recordpage.h"
#include "review/reviewsnapshot.h"
#include "setup/setupplan.h"

#include <QHash>
#include <QObject>

namespace sia {
class StoreWorker;
}

// What the pages show of the plan: the snapshot and the first page of each step's history (newest first),
// read together; a step page fetches older pages itself as its table scrolls.
struct PlanReading
{
    sia::PlanSnapshot snapshot;
    QHash<int, sia::RecordPage<sia::StepHistoryEntry>> historyByStep;
};

class PlanClient : public QObject
{
    Q_OBJECT

public:
    PlanClient(sia::StoreWorker& worker, QString actor, QObject* parent = nullptr);

    QString actor() const { return m_actor; }

    void reload();
    // The review's plan and the first page of each table; its models fetch further pages themselves
    // from the same worker.
    void loadReview(int pageSize = sia::reviewPageSize);
    void apply(int step, sia::StepAction action, const QString& reason);
    void confirmPrerequisite(const QString& key, bool confirmed);

signals:
    void planLoaded(const PlanReading& reading);
    void reviewLoaded(const sia::ReviewSnapshot& review);
    void failed(const sia::Error& error);
    void reloadFailed(const sia::Error& error); // the plan could not be read at all
    void reviewFailed(const sia::Error& error); // the review could not be read

private:
    sia::StoreWorker& m_worker;
    QString m_actor;
};
