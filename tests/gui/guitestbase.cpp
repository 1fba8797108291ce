#include "guitestbase.h"

#include "overviewpage.h"
#include "reviewpage.h"
#include "settings/settingsrepository.h"
#include "steps/steppagebase.h"
#include "store/datalocation.h"
#include "storetesthelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace sia;

namespace {

constexpr int waitMs = 10000;

} // namespace

void GuiTestBase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    if (opensWindowOnInit()) {
        QVERIFY(openWindow());
    }
}

void GuiTestBase::cleanup()
{
    closeWindow();
    m_database.reset();
    m_dir.reset();
}

QString GuiTestBase::databasePath() const
{
    return m_database->name();
}

QString GuiTestBase::uiStateFile() const
{
    return DataLocation::uiStateFile(m_dir->path());
}

bool GuiTestBase::openWindow(bool reviewMode)
{
    StoreOptions storeOptions = m_database->options();
    storeOptions.readOnly = reviewMode;
    m_worker = std::make_unique<StoreWorker>(storeOptions);
    bool opened = false;
    QString openError;
    QObject context;
    m_worker->open(&context, [&](Result<void> outcome) {
        opened = outcome.ok();
        openError = outcome.ok() ? QString() : outcome.error().message;
    });

    MainWindowOptions options;
    options.dataDir = m_dir->path();
    options.uiStateFile = uiStateFile();
    options.reviewMode = reviewMode;
    options.reviewedFile = reviewMode ? databasePath() : QString();
    options.actor = actor;
    m_window = std::make_unique<MainWindow>(*m_worker, options);
    QSignalSpy loaded(m_window.get(), &MainWindow::snapshotLoaded);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        qWarning("The main window did not become active");
        return false;
    }
    if (loaded.isEmpty() && !loaded.wait(waitMs)) {
        qWarning("No plan arrived: %s", qPrintable(openError));
        return false;
    }
    return opened;
}

void GuiTestBase::closeWindow()
{
    if (m_window) {
        m_window->close();
    }
    m_window.reset();
    m_worker.reset();
}

OverviewPage* GuiTestBase::overviewPage() const
{
    return m_window->findChild<OverviewPage*>();
}

StepPageBase* GuiTestBase::stepPage(int step) const
{
    return m_window->findChild<StepPageBase*>(QStringLiteral("step-%1").arg(step));
}

ReviewPage* GuiTestBase::reviewPage() const
{
    return m_window->findChild<ReviewPage*>();
}

bool GuiTestBase::waitForSnapshot()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::snapshotLoaded);
    return loaded.wait(waitMs);
}

bool GuiTestBase::reloadAndWait()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::snapshotLoaded);
    m_window->reload();
    return loaded.wait(waitMs);
}

bool GuiTestBase::showReviewAndWait()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::reviewLoaded);
    m_window->showReview();
    return loaded.wait(waitMs);
}

bool GuiTestBase::seedChanges(const QStringList& changes)
{
    auto store = m_database->open();
    if (!store) {
        qWarning("%s", test::failureText(store).constData());
        return false;
    }
    SetupPlan plan(**store);
    for (const QString& change : changes) {
        const QString subject = change.section(QLatin1Char(':'), 0, 0);
        const QString what = change.section(QLatin1Char(':'), 1);
        if (subject == QLatin1String("prerequisite")) {
            const Result<void> done = plan.confirmPrerequisite(what, true, QStringLiteral("seed-admin"));
            if (!done) {
                qWarning("%s: %s", qPrintable(change), qPrintable(done.error().message));
                return false;
            }
            continue;
        }
        const std::optional<StepAction> action = actionFromKey(what);
        if (!action) {
            qWarning("Unknown seed %s", qPrintable(change));
            return false;
        }
        const StepChange stepChange { subject.toInt(), *action, QStringLiteral("seeded reason"),
            QStringLiteral("seed-admin") };
        const Result<StepState> applied = plan.apply(stepChange);
        if (!applied) {
            qWarning("%s: %s", qPrintable(change), qPrintable(applied.error().message));
            return false;
        }
    }
    return true;
}

bool GuiTestBase::seedSetting(const QString& key, const QString& value)
{
    auto store = m_database->open();
    if (!store) {
        return false;
    }
    SettingEntry entry;
    entry.key = key;
    entry.value = value;
    entry.updatedBy = QStringLiteral("seed-admin");
    return SettingsRepository(**store).set(entry).ok();
}

PlanSnapshot GuiTestBase::storedPlan() const
{
    auto store = m_database->open();
    if (!store) {
        qWarning("%s", test::failureText(store).constData());
        return {};
    }
    Result<PlanSnapshot> snapshot = SetupPlan(**store).snapshot();
    return snapshot ? *snapshot : PlanSnapshot();
}

QList<AuditEntry> GuiTestBase::storedAudit() const
{
    auto store = m_database->open();
    if (!store) {
        return {};
    }
    Result<QList<AuditEntry>> entries = AuditLog(**store).entries();
    return entries ? *entries : QList<AuditEntry>();
}
