// The window on a shared PostgreSQL database: the real main window over a StoreWorker on a throwaway
// server's database (tests/with-postgres.sh) loads the plan another admin recorded there, names the server
// (never a password) where it names the file on SQLite, and reviews it read-only without changing a row.
#include "banner.h"
#include "mainwindow.h"
#include "setup/setupplan.h"
#include "steps/steppagebase.h"
#include "stepstatuspanel.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

constexpr int waitMs = 20000;

} // namespace

class TestMainWindowPostgres : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsThePlanFromTheServer();
    void statusBarNamesTheServer();
    void reviewsTheServerReadOnly();

private:
    [[nodiscard]] bool openWindow(bool review);
    StepPageBase* stepPage(int step) const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowPostgres::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    QCOMPARE(m_database->backend(), TestBackend::Postgres);
    // Another admin's work, recorded on a connection of the test's own before the window opens.
    Result<std::unique_ptr<Store>> store = m_database->open();
    QVERIFY2(store.ok(), failureText(store).constData());
    SetupPlan plan(**store);
    const Result<void> confirmed
        = plan.confirmPrerequisite(QStringLiteral("actions-enabled"), true, QStringLiteral("seed-admin"));
    QVERIFY2(confirmed.ok(), failureText(confirmed).constData());
    const Result<StepState> started
        = plan.apply({ 1, StepAction::Start, QString(), QStringLiteral("seed-admin") });
    QVERIFY2(started.ok(), failureText(started).constData());
}

void TestMainWindowPostgres::cleanup()
{
    if (m_window) {
        m_window->close();
    }
    m_window.reset();
    m_worker.reset(); // closes the server connection before the test database is dropped
    m_database.reset();
}

bool TestMainWindowPostgres::openWindow(bool review)
{
    StoreOptions storeOptions = m_database->options();
    storeOptions.readOnly = review;
    m_worker = std::make_unique<StoreWorker>(storeOptions);
    QString openError;
    QObject context;
    m_worker->open(&context,
        [&](Result<void> outcome) { openError = outcome.ok() ? QString() : outcome.error().message; });

    MainWindowOptions options;
    options.reviewMode = review;
    options.actor = QStringLiteral("test-admin");
    m_window = std::make_unique<MainWindow>(*m_worker, options);
    QSignalSpy loaded(m_window.get(), &MainWindow::snapshotLoaded);
    m_window->show();
    if (loaded.isEmpty() && !loaded.wait(waitMs)) {
        qWarning("No plan arrived from %s: %s", qPrintable(m_database->url()), qPrintable(openError));
        return false;
    }
    return openError.isEmpty() && m_window->hasSnapshot();
}

StepPageBase* TestMainWindowPostgres::stepPage(int step) const
{
    return m_window->findChild<StepPageBase*>(QStringLiteral("step-%1").arg(step));
}

void TestMainWindowPostgres::loadsThePlanFromTheServer()
{
    QVERIFY(openWindow(false));
    QVERIFY(!m_window->isReadOnly());
    QVERIFY(m_window->showPageKey(QStringLiteral("step-1")));
    QCOMPARE(stepPage(1)->statusPanel()->statusText(), QStringLiteral("In progress"));
    QCOMPARE(stepPage(2)->statusPanel()->statusText(), QStringLiteral("Not started (locked)"));
}

void TestMainWindowPostgres::statusBarNamesTheServer()
{
    QVERIFY(openWindow(false));
    auto* location = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("databaseLocation"));
    QVERIFY(location);
    QCOMPARE(location->text(), QStringLiteral("Database: %1").arg(m_database->url()));
    QVERIFY(!location->text().contains(QLatin1String(".sqlite")));
}

void TestMainWindowPostgres::reviewsTheServerReadOnly()
{
    const QStringList before = m_database->fingerprint();
    QVERIFY(!before.isEmpty());

    QVERIFY(openWindow(true));
    QVERIFY(m_window->isReadOnly());
    auto* banner = m_window->findChild<Banner*>(QStringLiteral("reviewBanner"));
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->title(), QStringLiteral("Read-only review of %1").arg(m_database->url()));
    QVERIFY(m_window->showPageKey(QStringLiteral("step-1")));
    QCOMPARE(stepPage(1)->statusPanel()->statusText(), QStringLiteral("In progress"));

    m_window->close();
    m_window.reset();
    m_worker.reset();
    QCOMPARE(m_database->fingerprint(), before);
}

QTEST_MAIN(TestMainWindowPostgres)
#include "testmainwindowpostgres.moc"
