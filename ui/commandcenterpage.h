// The command center (issue 12, SPEC 6 rule 3): the Actions tasks due today and tomorrow in the chosen
// user's time zone (TaskDays), for one owner or everyone; New…, Edit…, Complete, Reopen and Delete through
// TaskRepository, each audited; the task sync's status line (TaskSyncSummary), and a sync run started after
// a local change while the sync is on. Every read and write goes through the store's worker thread. In a
// review: the lists only.
#pragma once

#include "sync/tasksyncservice.h"
#include "taskeditdialog.h"
#include "tasks/taskdays.h"

#include <QDateTime>
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class Banner;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sia {
class StoreRunner;
class StoreWorker;
} // namespace sia

// What one read of the page brings back: the users, the chosen owner, their days and the tasks due then.
struct CommandCenterSnapshot
{
    QList<sia::UserRecord> users;
    qint64 owner = 0; // 0: everyone
    QTimeZone zone;
    sia::TaskDays days;
    QList<sia::ActionsTask> today;
    QList<sia::ActionsTask> tomorrow;
    sia::OrgTaskPicklists picklists;
};

class CommandCenterPage : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    // Asks whether to go on (the question given).
    using Confirmation = std::function<bool(const QString& question)>;

    enum class Day
    {
        Today,
        Tomorrow
    };

    explicit CommandCenterPage(QWidget* parent = nullptr);
    ~CommandCenterPage() override;

    // The page reads and writes through runner (not owned; it must outlive the page) for actor.
    void setStore(sia::StoreRunner* runner, const QString& actor);
    // The window's way: a runner of the page's own over worker's thread (worker must outlive the page).
    void useStore(sia::StoreWorker& worker, const QString& actor);
    // The task sync (not owned); null: the status is read from the store and no run is started.
    void setTaskSync(sia::TaskSyncService* service);
    void setReadOnly(bool readOnly); // review: the lists only
    void setClock(Clock clock); // empty: the system's
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void refresh();

    // For tests and accessibility: the parts a person reads and uses.
    QTableWidget* table(Day day) const { return day == Day::Today ? m_today : m_tomorrow; }
    QLabel* dayTitle(Day day) const { return day == Day::Today ? m_todayTitle : m_tomorrowTitle; }
    QComboBox* ownerCombo() const { return m_owner; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* zoneLabel() const { return m_zone; }
    Banner* messageBanner() const { return m_message; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* completeButton() const { return m_complete; }
    QPushButton* reopenButton() const { return m_reopen; }
    QPushButton* deleteButton() const { return m_delete; }
    TaskEditDialog* editDialog() const { return m_dialog; } // the one open, else null
    bool selectTask(qint64 id); // false when no list shows it
    std::optional<sia::ActionsTask> selectedTask() const;

protected:
    void showEvent(QShowEvent* event) override; // read again each time the admin comes back to it

signals:
    void refreshed(); // the lists arrived and are shown
    void statusShown(); // the status line was read and is shown
    void changed(); // a change was stored (and the lists are read again)

private:
    QDateTime now() const;
    void showSnapshot(const CommandCenterSnapshot& snapshot);
    void fillTable(QTableWidget* table, QLabel* empty, const QList<sia::ActionsTask>& tasks);
    void fillOwners(const CommandCenterSnapshot& snapshot);
    void updateButtons();
    void requestStatus(bool startAfter);
    void showStatus(const sia::Result<sia::TaskSyncStatus>& status, bool startAfter);
    void openDialog(const std::optional<sia::ActionsTask>& task);
    void dialogDone(int result);
    void completeSelected(bool closed);
    void deleteSelected();
    // Runs a change on the store; done gets its answer, then the lists and the status are read again.
    template<typename T>
    void change(const QString& failure, std::function<sia::Result<T>(sia::Store&)> job,
        std::function<void(const T&)> done);
    void showMessage(bool error, const QString& title, const QString& text);

    std::unique_ptr<sia::StoreRunner> m_ownRunner; // useStore()'s
    sia::StoreRunner* m_runner = nullptr;
    QString m_actor;
    QPointer<sia::TaskSyncService> m_taskSync;
    bool m_readOnly = false;
    Clock m_clock;
    Confirmation m_confirm;
    CommandCenterSnapshot m_snapshot;
    bool m_ownersShown = false; // the owner combo holds the users (and the actor's row is chosen)
    int m_generation = 0; // the latest read asked: older answers are dropped
    std::optional<qint64> m_selectNext; // a task just created: selected once the lists show it
    QString m_syncRefusal; // why the last run after a change did not start

    Banner* m_message = nullptr;
    QComboBox* m_owner = nullptr;
    QLabel* m_zone = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_todayTitle = nullptr;
    QLabel* m_tomorrowTitle = nullptr;
    QLabel* m_todayEmpty = nullptr;
    QLabel* m_tomorrowEmpty = nullptr;
    QTableWidget* m_today = nullptr;
    QTableWidget* m_tomorrow = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_complete = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_delete = nullptr;
    QPointer<TaskEditDialog> m_dialog;
};
