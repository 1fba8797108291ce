#include "mainwindow.h"

#include "banner.h"
#include "common/actor.h"
#include "maildialog.h"
#include "navigationlist.h"
#include "networkdialog.h"
#include "overviewpage.h"
#include "planclient.h"
#include "prerequisitecard.h"
#include "reviewpage.h"
#include "salesforce/salesforceconnectionservice.h"
#include "settings/syncsettingsdialog.h"
#include "setup/syncprerequisiteservice.h"
#include "steps/steppagebase.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "theme.h"
#include "uistate.h"

#include <QAccessible>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {

QString errorTitle(const sia::Error& error)
{
    switch (error.kind) {
    case sia::ErrorKind::RuleViolation:
        return MainWindow::tr("That change is not allowed");
    case sia::ErrorKind::InvalidInput:
        return MainWindow::tr("That request was not understood");
    case sia::ErrorKind::Environment:
        return MainWindow::tr("The database cannot be used right now");
    case sia::ErrorKind::NotFound:
        return MainWindow::tr("Not found");
    case sia::ErrorKind::Internal:
        return MainWindow::tr("Something went wrong inside SIA Admin");
    }
    Q_UNREACHABLE();
}

} // namespace

MainWindow::MainWindow(sia::StoreWorker& worker, const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent)
    , m_worker(worker)
    , m_options(options)
    , m_readOnly(options.reviewMode || worker.options().readOnly)
    , m_uiState(std::make_unique<UiState>(options.uiStateFile))
    , m_client(new PlanClient(
          worker, options.actor.trimmed().isEmpty() ? sia::defaultActor() : options.actor, this))
{
    setWindowTitle(tr("SIA Admin"));
    setObjectName(QStringLiteral("mainWindow"));
    setStyleSheet(Theme::styleSheet());
    setMinimumSize(900, 600);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildSidebar());
    layout->addWidget(buildPages(), 1);
    setCentralWidget(central);
    buildMenus();
    buildStatusBar();

    connect(m_client, &PlanClient::planLoaded, this, &MainWindow::onPlanLoaded);
    connect(m_client, &PlanClient::reviewLoaded, this, &MainWindow::onReviewLoaded);
    connect(m_client, &PlanClient::failed, this, &MainWindow::showError);
    connect(m_client, &PlanClient::reloadFailed, this, &MainWindow::snapshotFailed);
    connect(m_client, &PlanClient::reviewFailed, this, &MainWindow::reviewFailed);

    restoreState();
    m_client->reload();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildSidebar()
{
    auto* sidebar = new QFrame;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    Theme::setRole(sidebar, Theme::Role::Sidebar);
    sidebar->setFixedWidth(264);
    auto* layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(12, 16, 12, 12);
    layout->setSpacing(10);

    auto* title = new QLabel(tr("SIA Admin"), sidebar);
    Theme::setRole(title, Theme::Role::AppTitle);
    layout->addWidget(title);
    auto* subtitle = new QLabel(tr("Sales Insight Actions setup"), sidebar);
    Theme::setRole(subtitle, Theme::Role::Muted);
    subtitle->setIndent(4);
    layout->addWidget(subtitle);

    if (!m_options.modeMarker.isEmpty()) {
        auto* badge = new QLabel(m_options.modeMarker, sidebar);
        badge->setObjectName(QStringLiteral("modeMarker"));
        badge->setAlignment(Qt::AlignCenter);
        badge->setAccessibleName(tr("Mode: %1").arg(m_options.modeMarker));
        Theme::setRole(badge, Theme::Role::ModeBadge);
        layout->addWidget(badge);
    }
    if (m_readOnly) {
        auto* badge = new QLabel(tr("READ-ONLY REVIEW"), sidebar);
        badge->setObjectName(QStringLiteral("readOnlyBadge"));
        badge->setAlignment(Qt::AlignCenter);
        Theme::setRole(badge, Theme::Role::ModeBadge);
        layout->addWidget(badge);
    }

    m_navigation = new NavigationList(m_registry, sidebar);
    layout->addWidget(m_navigation, 1);
    connect(m_navigation, &NavigationList::pageRequested, this, &MainWindow::showPageKey);
    return sidebar;
}

QWidget* MainWindow::buildPages()
{
    auto* area = new QWidget;
    area->setObjectName(QStringLiteral("pageArea"));
    Theme::setRole(area, Theme::Role::Content);
    area->setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* banners = new QVBoxLayout;
    banners->setContentsMargins(32, 16, 32, 0);
    banners->setSpacing(8);
    if (m_readOnly) {
        m_reviewBanner = new Banner(Banner::Tone::Warning, area);
        m_reviewBanner->setObjectName(QStringLiteral("reviewBanner"));
        const bool server = !m_worker.options().databaseUrl.isEmpty();
        const QString reviewed = server
            ? m_worker.options().databaseUrl
            : QDir::toNativeSeparators(
                m_options.reviewedFile.isEmpty() ? m_worker.options().databasePath : m_options.reviewedFile);
        m_reviewBanner->setTitle(tr("Read-only review of %1").arg(reviewed));
        m_reviewBanner->setText(server
                ? tr("Nothing can be changed in this window: the database is read in read-only transactions. "
                     "To continue the setup, open it with --database instead of --review.")
                : tr("Nothing can be changed in this window, and the file stays exactly as it is. "
                     "To continue the setup, open it without --review."));
        m_reviewBanner->setAccessibleName(m_reviewBanner->title());
        banners->addWidget(m_reviewBanner);
    }
    m_messageBar = new Banner(Banner::Tone::Error, area);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setClosable(true);
    m_messageBar->hide();
    banners->addWidget(m_messageBar);
    layout->addLayout(banners);

    m_pages = new QStackedWidget(area);
    // The stack holds the registry's pages in its order, so a page's index in one is its index in both.
    for (const PageEntry& entry : m_registry.entries()) {
        switch (entry.kind) {
        case PageEntry::Kind::Overview:
            m_overview = new OverviewPage(m_pages);
            m_pages->addWidget(m_overview);
            connect(m_overview, &OverviewPage::stepRequested, this, &MainWindow::showStep);
            connect(m_overview, &OverviewPage::prerequisiteChangeRequested, m_client,
                &PlanClient::confirmPrerequisite);
            connectPrerequisiteCheck();
            break;
        case PageEntry::Kind::Step: {
            StepPageBase* page = entry.createStepPage(m_pages);
            m_pages->addWidget(page);
            page->setHistorySource(&m_worker);
            StepServices services = m_options.services;
            services.store = &m_worker;
            page->setServices(services);
            m_steps.append(page);
            connect(page, &StepPageBase::changeRequested, m_client, &PlanClient::apply);
            connect(page, &StepPageBase::stepRequested, this, &MainWindow::showStep);
            connect(page, &StepPageBase::prerequisitesRequested, this, [this]() {
                showOverview();
                m_overview->revealPrerequisites();
            });
            page->setReadOnly(m_readOnly);
            break;
        }
        case PageEntry::Kind::Tool:
            m_pages->addWidget(entry.createToolPage(m_pages,
                { &m_worker, &m_options.services,
                    m_options.actor.trimmed().isEmpty() ? sia::defaultActor() : m_options.actor,
                    m_readOnly }));
            break;
        case PageEntry::Kind::Review:
            m_review = new ReviewPage(m_pages);
            m_pages->addWidget(m_review);
            connect(m_review, &ReviewPage::currentTabChanged, this,
                [this](ReviewPage::Tab tab) { m_uiState->setValue(UiState::Key::ReviewTab, int(tab)); });
            break;
        case PageEntry::Kind::Other:
            Q_UNREACHABLE();
        }
    }
    m_overview->setReadOnly(m_readOnly);
    layout->addWidget(m_pages, 1);
    return area;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* reload = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    reload->setShortcut(QKeySequence::Refresh);
    reload->setStatusTip(
        tr("Read the setup plan again, for changes made by another admin or the command line"));
    QAction* network = file->addAction(tr("&Network settings…"), this, [this] {
        NetworkDialog dialog(m_options.services.network, this);
        dialog.exec();
    });
    network->setObjectName(QStringLiteral("networkSettingsAction"));
    network->setStatusTip(tr("The proxy and the extra trusted certificate SIA Admin uses for Marketo and "
                             "Salesforce"));
    network->setEnabled(m_options.services.network != nullptr && !m_readOnly);
    QAction* mail = file->addAction(tr("&Mail settings…"), this, [this] {
        MailDialog dialog(m_options.services.mail, this);
        dialog.exec();
    });
    mail->setObjectName(QStringLiteral("mailSettingsAction"));
    mail->setStatusTip(tr("How the invitation emails leave: the outbox folder or an SMTP server, the sender "
                          "and the language"));
    mail->setEnabled(m_options.services.mail != nullptr && !m_readOnly);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Admin Settings → Salesforce → Sync Settings (SPEC 6): the instance's, and one user's own (My account).
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    const auto openSyncSettings = [this](SyncSettingsDialogOptions::Mode mode) {
        sia::WorkerStoreRunner runner(m_worker);
        SyncSettingsDialogOptions options;
        options.mode = mode;
        options.actor = m_client->actor();
        options.store = &runner;
        options.salesforce = m_options.services.salesforce;
        options.taskSync = m_options.services.taskSync;
        SyncSettingsDialog dialog(options, this);
        dialog.exec();
    };
    QAction* syncSettings = settings->addAction(tr("Salesforce &sync settings…"), this,
        [openSyncSettings] { openSyncSettings(SyncSettingsDialogOptions::Mode::Instance); });
    syncSettings->setObjectName(QStringLiteral("syncSettingsAction"));
    syncSettings->setStatusTip(tr("How sales email is logged to Salesforce (through the API or by BCC) and "
                                  "whether tasks and reminders sync with Salesforce tasks, for the instance"));
    syncSettings->setEnabled(!m_readOnly);
    QAction* myAccount = settings->addAction(tr("&My account…"), this,
        [openSyncSettings] { openSyncSettings(SyncSettingsDialogOptions::Mode::User); });
    myAccount->setObjectName(QStringLiteral("myAccountAction"));
    myAccount->setStatusTip(tr("A user's own sync settings over the instance's: the Email-to-Salesforce "
                               "address, email logging and the task sync"));
    myAccount->setEnabled(!m_readOnly);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (const PageEntry& entry : m_registry.entries()) {
        const QString key = entry.key;
        switch (entry.kind) {
        case PageEntry::Kind::Overview: {
            QAction* overview = go->addAction(tr("&Overview"), this, [this, key]() { showPageKey(key); });
            overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
            go->addSeparator();
            break;
        }
        case PageEntry::Kind::Step: {
            QAction* action = go->addAction(tr("Step &%1: %2").arg(entry.step).arg(entry.title), this,
                [this, key]() { showPageKey(key); });
            if (entry.step >= 1 && entry.step <= 9) {
                action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + entry.step)));
            }
            break;
        }
        case PageEntry::Kind::Tool:
            go->addAction(entry.title, this, [this, key]() { showPageKey(key); });
            break;
        case PageEntry::Kind::Review: {
            go->addSeparator();
            QAction* review = go->addAction(tr("&Review"), this, [this, key]() { showPageKey(key); });
            review->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
            break;
        }
        case PageEntry::Kind::Other:
            go->addAction(entry.title, this, [this, key]() { showPageKey(key); });
            break;
        }
    }
    go->addSeparator();
    QAction* previous = go->addAction(tr("&Previous page"), this, &MainWindow::showPreviousPage);
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QAction* next = go->addAction(tr("&Next page"), this, &MainWindow::showNextPage);
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SIA Admin"), this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    // A server database is named by its URL, which never holds the password.
    const QString database = m_worker.options().databaseUrl.isEmpty()
        ? QDir::toNativeSeparators(m_worker.options().databasePath)
        : m_worker.options().databaseUrl;
    auto* location = new QLabel(m_options.dataDir.isEmpty() || m_readOnly
            ? tr("Database: %1").arg(database)
            : tr("Data directory: %1 · Database: %2")
                  .arg(QDir::toNativeSeparators(m_options.dataDir), database),
        this);
    location->setObjectName(QStringLiteral("databaseLocation"));
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    location->setToolTip(database);
    statusBar()->addWidget(location, 1);

    auto* actor = new QLabel(
        m_readOnly ? tr("Read-only review") : tr("Changes are recorded as %1").arg(m_client->actor()), this);
    actor->setObjectName(m_readOnly ? QStringLiteral("readOnlyStatus") : QStringLiteral("actorStatus"));
    statusBar()->addPermanentWidget(actor);
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_uiState->value(UiState::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1280, 820);
    }
    const int tab = m_uiState->value(UiState::Key::ReviewTab).toInt();
    if (tab >= 0 && tab < ReviewPage::tabCount) {
        m_review->showTab(ReviewPage::Tab(tab));
    }
    if (!showPageKey(m_uiState->value(UiState::Key::CurrentPage).toString())) {
        showOverview();
    }
    // Showing the restored page must not wait for the first click in the list.
    m_navigation->setCurrentPage(currentPageKey());
}

void MainWindow::saveState()
{
    m_uiState->setValue(UiState::Key::CurrentPage, currentPageKey());
    m_uiState->setValue(UiState::Key::WindowGeometry, saveGeometry());
    m_uiState->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::showPage(const QString& key)
{
    const int index = m_registry.indexOf(key);
    Q_ASSERT(index >= 0);
    const bool changed = m_pages->currentIndex() != index;
    m_pages->setCurrentIndex(index);
    m_navigation->setCurrentPage(key);
    if (!changed) {
        return;
    }
    m_uiState->setValue(UiState::Key::CurrentPage, key);
    m_uiState->sync();
    // Before the first plan arrives there is nothing to refresh: that plan's arrival reads the review.
    if (key == PageRegistry::reviewKey() && m_hasSnapshot) {
        m_client->loadReview();
    }
    emit currentPageChanged(key);
}

void MainWindow::showOverview()
{
    showPage(PageRegistry::overviewKey());
}

void MainWindow::showStep(int step)
{
    showPageKey(m_registry.keyOfStep(step));
}

void MainWindow::showReview()
{
    showPage(PageRegistry::reviewKey());
}

bool MainWindow::showPageKey(const QString& key)
{
    if (m_registry.indexOf(key) < 0) {
        return false;
    }
    showPage(key);
    return true;
}

void MainWindow::showPreviousPage()
{
    showPageKey(m_registry.previousKey(currentPageKey()));
}

void MainWindow::showNextPage()
{
    showPageKey(m_registry.nextKey(currentPageKey()));
}

QString MainWindow::currentPageKey() const
{
    return m_registry.keyAt(m_pages->currentIndex());
}

void MainWindow::connectPrerequisiteCheck()
{
    // The sync prerequisite is checked from Marketo's data; the result arrives as the prerequisite's state.
    sia::SyncPrerequisiteService* service = m_options.services.syncPrerequisite;
    PrerequisiteCard* card = m_overview->prerequisiteCard(sia::SyncPrerequisiteService::prerequisiteKey);
    if (!service || !card || m_readOnly) {
        return;
    }
    card->setCheckAvailable(true);
    connect(m_overview, &OverviewPage::prerequisiteCheckRequested, this,
        [this, service, card](const QString& key) {
            if (key != sia::SyncPrerequisiteService::prerequisiteKey) {
                return;
            }
            service->check([this, card](sia::Result<sia::SalesforceSyncFindings> findings) {
                card->showCheckProgress(findings
                        ? QString()
                        : QStringLiteral("%1 [%2]").arg(findings.error().message, findings.error().code));
                reload();
            });
        });
}

void MainWindow::reload()
{
    m_client->reload();
}

void MainWindow::onPlanLoaded(const PlanReading& reading)
{
    m_hasSnapshot = true;
    m_navigation->setSnapshot(reading.snapshot);
    m_overview->setSnapshot(reading.snapshot);
    for (StepPageBase* page : std::as_const(m_steps)) {
        page->setSnapshot(reading.snapshot, reading.historyByStep.value(page->step()));
    }
    if (currentPageKey() == PageRegistry::reviewKey()) {
        m_client->loadReview();
    }
    emit snapshotLoaded();
}

void MainWindow::onReviewLoaded(const sia::ReviewSnapshot& review)
{
    m_review->setReview(review);
    emit reviewLoaded();
}

void MainWindow::showError(const sia::Error& error)
{
    m_messageBar->setTitle(errorTitle(error));
    m_messageBar->setText(
        error.code.isEmpty() ? error.message : tr("%1\nSupport code: %2").arg(error.message, error.code));
    m_messageBar->setAccessibleName(errorTitle(error));
    m_messageBar->show();
    QAccessibleEvent alert(m_messageBar, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SIA Admin"),
        tr("<h3>SIA Admin %1</h3><p>Sets up, keeps healthy and reviews a Sales Insight Actions "
           "deployment.</p>")
            .arg(QStringLiteral(SIA_VERSION)));
}
