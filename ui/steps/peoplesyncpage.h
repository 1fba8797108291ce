// The page of step 4: the people data sync from Marketo to Actions. One card says where the sync stands
// and holds its actions (Start or Resume, Dry run, Pause, Cancel) with the live block of a running run
// right below them; then the fields that will sync with real sample values, the dry run's report, the
// errors of the last run with Export CSV…, the changes (the incremental sync: its interval, Sync changes
// now, when it last ran and what it changed), the history of runs, the people in Actions with the
// read-only browser, and Marketo's API budget. Everything goes through sia::PeopleSyncService, which
// decides and does the work off the GUI thread; the page shows and forwards.
#pragma once

#include "setup/steps/peoplesyncstep.h"
#include "steppagebase.h"
#include "sync/peoplesyncservice.h"

#include <QPointer>

#include <functional>
#include <optional>

class ApiBudgetCard;
class Banner;
class QDialog;
class QLabel;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTimer;
class RecordTable;
class SyncCountsView;
class SyncErrorList;
class SyncLiveFeed;
class SyncReportView;

namespace sia {
class StoreWorker;
}

class PeopleSyncPage : public StepPageBase
{
    Q_OBJECT

public:
    static constexpr int stepNumber = sia::PeopleSyncStep::stepNumber;
    static constexpr int historyRows = 20;
    static constexpr int previewSamples = 3;
    static constexpr int pollSeconds = 10; // while a run of another process is going

    explicit PeopleSyncPage(QWidget* parent = nullptr);

    void setServices(const StepServices& services) override;
    // Where Export CSV… asks for the file (a dialog; a test answers it itself). Empty: not exported.
    void setSaveFileChooser(std::function<QString(const QString& suggested)> chooser);

    // For tests and the tour: the widgets an admin uses.
    QLabel* stateLabel() const { return m_state; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* dryRunButton() const { return m_dryRun; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* cancelButton() const { return m_cancel; }
    SyncLiveFeed* liveFeed() const { return m_live; }
    RecordTable* previewTable() const { return m_previewTable; }
    QLabel* previewNote() const { return m_previewNote; }
    QPushButton* refreshPreviewButton() const { return m_refreshPreview; }
    SyncReportView* reportView() const { return m_report; }
    QLabel* errorsLabel() const { return m_errorsText; }
    QPushButton* exportErrorsButton() const { return m_exportErrors; }
    SyncErrorList* errorList() const { return m_errorList; }
    QSpinBox* intervalSpin() const { return m_interval; }
    QPushButton* applyIntervalButton() const { return m_applyInterval; }
    QPushButton* syncChangesButton() const { return m_syncChanges; }
    QLabel* changesLabel() const { return m_changesText; }
    SyncCountsView* changesCounts() const { return m_changesCounts; }
    RecordTable* runsTable() const { return m_runs; }
    QLabel* peopleLabel() const { return m_peopleText; }
    QPushButton* browseButton() const { return m_browse; }
    ApiBudgetCard* budgetCard() const { return m_budgetCard; }
    Banner* errorBanner() const { return m_error; }
    Banner* noticeBanner() const { return m_notice; }
    QMessageBox* confirmation() const;

signals:
    void statusShown(); // a status from the service is on the page
    void historyShown();
    void previewShown(); // samples or the reason there are none
    void dryRunFinished(); // its report, or why it stopped
    void errorsExported();
    void errorsListed(); // the first errors of the run are read and shown
    void intervalSaved();
    void browserOpened(QDialog* browser); // Browse people… opened it (for tests and the tour)

protected:
    void stepViewChanged(const sia::StepView& view) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildControls();
    QWidget* buildWideControls();
    QWidget* buildSyncCard();
    QWidget* buildPreviewCard();
    QWidget* buildDryRunCard();
    QWidget* buildErrorsCard();
    QWidget* buildChangesCard();
    QWidget* buildHistoryCard();
    QWidget* buildPeopleCard();

    void refresh();
    void loadPreview();
    void showStatus(const sia::PeopleSyncStatus& status);
    void showStateLine();
    void showChanges();
    void showErrorsOf(const std::optional<sia::SyncRun>& run);
    void showHistory(const QList<sia::SyncRun>& runs);
    void showPreview(const sia::SyncPreview& preview);

    void onStart();
    void onDryRun();
    void onPause();
    void onCancel();
    void onExportErrors();
    void onApplyInterval();
    void onSyncChanges();
    void onBrowse();

    void onRunStarted(const sia::SyncRun& run);
    void onProgress(const sia::SyncProgress& progress);
    void onRunFinished(const sia::SyncRun& run);

    void showError(const QString& title, const sia::Error& error);
    void updateEnabled();
    bool canAct() const;
    bool running() const;

    QPointer<sia::PeopleSyncService> m_service;
    QPointer<sia::StoreWorker> m_store;
    std::function<QString(const QString&)> m_chooseFile;
    std::optional<sia::PeopleSyncStatus> m_status;
    std::optional<sia::SyncRun> m_errorsRun; // whose errors the errors card shows
    qint64 m_liveRunId = -1; // the run (0: the dry run) the live block shows
    bool m_previewAsked = false;
    bool m_previewLoading = false;
    bool m_dryRunning = false;
    bool m_pausing = false;
    bool m_cancelling = false;

    Banner* m_error = nullptr;
    Banner* m_notice = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_dryRun = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_cancel = nullptr;
    SyncLiveFeed* m_live = nullptr;
    QStandardItemModel* m_previewModel = nullptr;
    RecordTable* m_previewTable = nullptr;
    QLabel* m_previewNote = nullptr;
    QPushButton* m_refreshPreview = nullptr;
    SyncReportView* m_report = nullptr;
    QLabel* m_errorsText = nullptr;
    QPushButton* m_exportErrors = nullptr;
    SyncErrorList* m_errorList = nullptr;
    QSpinBox* m_interval = nullptr;
    QPushButton* m_applyInterval = nullptr;
    QPushButton* m_syncChanges = nullptr;
    QLabel* m_changesText = nullptr;
    SyncCountsView* m_changesCounts = nullptr;
    QStandardItemModel* m_runsModel = nullptr;
    RecordTable* m_runs = nullptr;
    QLabel* m_peopleText = nullptr;
    QPushButton* m_browse = nullptr;
    ApiBudgetCard* m_budgetCard = nullptr;
    QPointer<QMessageBox> m_confirm;
    QTimer* m_poll = nullptr;
};
