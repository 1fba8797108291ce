// The main window of SIA Admin: navigation on the left (overview, the seven steps, review), the pages on
// the right, errors from core in a message bar, the data location in the status bar. It wires pages to
// core through PlanClient and remembers where the admin left off; it decides nothing a rule decides.
#pragma once

#include "pageregistry.h"
#include "steps/stepservices.h"

#include <QMainWindow>

#include <memory>

class Banner;
class NavigationList;
class OverviewPage;
class PlanClient;
class QLabel;
class QStackedWidget;
class ReviewPage;
class StepPageBase;
class UiState;
struct PlanReading;

namespace sia {
class StoreWorker;
struct Error;
struct ReviewSnapshot;
} // namespace sia

struct MainWindowOptions
{
    QString dataDir;
    QString uiStateFile; // where the window remembers its page and geometry; empty: remember nothing
    bool reviewMode = false; // the worker's store is open read-only on reviewedFile
    QString reviewedFile;
    QString actor; // who the changes are recorded for; empty: sia::defaultActor()
    QString modeMarker; // e.g. "DEMO DATA": shown as a badge when not empty
    StepServices services; // what the step pages act through (app/ creates them)
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(sia::StoreWorker& worker, const MainWindowOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    const PageRegistry& pages() const { return m_registry; }
    void showOverview();
    void showStep(int step); // a step of the plan; other numbers are ignored
    void showReview();
    bool showPageKey(const QString& key); // "overview", "step-3", "review"; false for an unknown key
    void showPreviousPage();
    void showNextPage();
    QString currentPageKey() const;

    bool isReadOnly() const { return m_readOnly; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    // Reads the plan again (after another admin or the command line changed it).
    void reload();

signals:
    void snapshotLoaded(); // a fresh plan arrived and every page shows it; the first one means ready
    void snapshotFailed(const sia::Error& error); // the plan could not be read
    void reviewLoaded(); // the review page shows fresh data
    void reviewFailed(const sia::Error& error); // the review could not be read
    void currentPageChanged(const QString& key);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void connectPrerequisiteCheck();
    QWidget* buildSidebar();
    QWidget* buildPages();
    void buildMenus();
    void buildStatusBar();
    void showPage(const QString& key);
    void restoreState();
    void saveState();
    void onPlanLoaded(const PlanReading& reading);
    void onReviewLoaded(const sia::ReviewSnapshot& review);
    void showError(const sia::Error& error);
    void showAbout();

    sia::StoreWorker& m_worker;
    MainWindowOptions m_options;
    bool m_readOnly;
    bool m_hasSnapshot = false;
    const PageRegistry m_registry = PageRegistry::standard();
    std::unique_ptr<UiState> m_uiState;
    PlanClient* m_client;
    NavigationList* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    OverviewPage* m_overview = nullptr;
    QList<StepPageBase*> m_steps;
    ReviewPage* m_review = nullptr;
    Banner* m_reviewBanner = nullptr;
    Banner* m_messageBar = nullptr;
};
