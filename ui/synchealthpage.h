// The sync health page (issue 12): for the people sync, the task sync and the sales activity logging, the
// last runs with their counts; the errors of those runs grouped by kind with the records each affects,
// what it means and what to do; the selected group's records (filterable, a page at a time) with "Retry
// these" (only where the sync honours it, else the one-line reason) and "Export CSV…"; and today's API
// budget. A view over SyncHealthService: every rule (what a group is, whether it may be retried) is core's.
#pragma once

#include "sync/synchealthservice.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class Banner;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace sia {
class StoreRunner;
class StoreWorker;
} // namespace sia

class SyncHealthPage : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save a CSV (the suggested file name given); empty: cancelled.
    using FileChooser = std::function<QString(const QString& suggested)>;
    // Asks whether to go on (the question given).
    using Confirmation = std::function<bool(const QString& question)>;

    static constexpr int recordPage = 200;

    explicit SyncHealthPage(QWidget* parent = nullptr);
    ~SyncHealthPage() override;

    // The page reads through service (not owned; it must outlive the page) and refreshes now.
    void setService(sia::SyncHealthService* service);
    // The window's way: a service of the page's own over worker's thread (worker must outlive the page).
    void useStore(sia::StoreWorker& worker, const QString& actor);
    void setReadOnly(bool readOnly); // review: no retry
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void refresh();

    // For tests and accessibility: the parts a person reads and uses.
    QTableWidget* runsTable(sia::SyncArea area) const;
    QTreeWidget* groupsView() const { return m_groups; }
    QTableWidget* recordsTable() const { return m_records; }
    QLineEdit* filterEdit() const { return m_filter; }
    QPushButton* retryButton() const { return m_retry; }
    QLabel* retryReasonLabel() const { return m_retryReason; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* exportAllButton() const { return m_exportAll; }
    QPushButton* moreButton() const { return m_more; }
    QLabel* explanationLabel() const { return m_explanation; }
    QLabel* budgetLabel() const { return m_budget; }
    Banner* messageBanner() const { return m_message; }
    std::optional<sia::SyncErrorGroupKey> selectedGroup() const { return m_selected; }
    bool selectGroup(const sia::SyncErrorGroupKey& key); // false when no such group is shown

protected:
    void showEvent(QShowEvent* event) override; // read again each time the admin comes back to it

signals:
    void refreshed(); // a snapshot arrived and is shown
    void recordsShown(); // a page of records arrived and is shown

private:
    void showSnapshot(const sia::SyncHealthSnapshot& snapshot);
    void showRuns(const sia::SyncAreaHealth& area);
    void showBudget(const QList<sia::SyncServiceBudget>& budgets);
    void groupSelected();
    void showGroupDetails();
    void loadRecords(bool fromStart);
    void appendRecords(const sia::SyncErrorGroupKey& key, const QString& filter, const QString& afterRef,
        const QList<sia::SyncErrorGroupRecord>& records);
    void retrySelected();
    void exportCsv(const std::optional<sia::SyncErrorGroupKey>& key);
    void showMessage(bool error, const QString& title, const QString& text);

    std::unique_ptr<sia::StoreRunner> m_ownRunner; // useStore()'s
    std::unique_ptr<sia::SyncHealthService> m_ownService;
    sia::SyncHealthService* m_service = nullptr;
    sia::SyncHealthSnapshot m_snapshot;
    std::optional<sia::SyncErrorGroupKey> m_selected;
    QString m_lastRef; // the last record shown: the next page starts after it
    bool m_readOnly = false;
    FileChooser m_chooseFile;
    Confirmation m_confirm;

    QList<QTableWidget*> m_runs; // one per area, in SyncArea's order
    QTreeWidget* m_groups = nullptr;
    QLabel* m_explanation = nullptr;
    QLineEdit* m_filter = nullptr;
    QTimer* m_filterDelay = nullptr;
    QTableWidget* m_records = nullptr;
    QPushButton* m_more = nullptr;
    QPushButton* m_retry = nullptr;
    QLabel* m_retryReason = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_exportAll = nullptr;
    QLabel* m_budget = nullptr;
    Banner* m_message = nullptr;
};
