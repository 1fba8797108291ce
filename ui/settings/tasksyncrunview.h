// A task sync run started from the sync settings (SPEC 6, rule 2: saving the setting re-runs the sync; the
// first run can take a while): its phase and counts while sia::TaskSyncService reports progress, then how
// it ended; or why it could not start (not connected, already running…), in the service's words.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace sia {
class TaskSyncService;
struct SyncCounts;
struct SyncProgress;
struct SyncRun;
} // namespace sia

class TaskSyncRunView : public QWidget
{
    Q_OBJECT

public:
    explicit TaskSyncRunView(QWidget* parent = nullptr);

    // Asks service (not owned) for a run now and follows it; false when it refused (shown).
    bool start(sia::TaskSyncService* service);
    bool isFollowing() const { return m_following; }

    // For tests and accessibility.
    QLabel* titleLabel() const { return m_title; }
    QLabel* detailLabel() const { return m_detail; }
    QProgressBar* progressBar() const { return m_bar; }

signals:
    void finished(); // the run ended (however), or it was refused

private:
    void showProgress(const sia::SyncProgress& progress);
    void showEnd(const sia::SyncRun& run);
    static QString countsText(const sia::SyncCounts& counts);

    QPointer<sia::TaskSyncService> m_service;
    QList<QMetaObject::Connection> m_connections;
    bool m_following = false;
    QLabel* m_title;
    QProgressBar* m_bar;
    QLabel* m_detail;
};
