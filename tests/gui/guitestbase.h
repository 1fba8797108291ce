// What every GUI test starts from: a fresh data directory, a fresh database on the backend the test runs
// against (SQLite, or PostgreSQL for a test registered with BACKENDS sqlite postgres), a StoreWorker over
// it, and the real main window, shown and active, with its first plan loaded. State is seeded through
// core on a connection of the test's own, never by clicking through the UI first.
#pragma once

#include "mainwindow.h"
#include "setup/setupplan.h"
#include "store/auditlog.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class OverviewPage;
class ReviewPage;
class StepPageBase;

class GuiTestBase : public QObject
{
    Q_OBJECT

protected:
    static inline const QString actor = QStringLiteral("test-admin");

    // Whether init() opens the window; a test class that must prepare the file first says no.
    virtual bool opensWindowOnInit() const { return true; }

    bool openWindow(bool reviewMode = false);
    void closeWindow(); // closes and destroys the window and the worker, as quitting the app would

    MainWindow* window() const { return m_window.get(); }
    QString dataDir() const { return m_dir->path(); }
    // What the window names as its database: the SQLite file, or the PostgreSQL URL.
    QString databasePath() const;
    const sia::test::TestDatabase& database() const { return *m_database; }
    QString uiStateFile() const;

    OverviewPage* overviewPage() const;
    StepPageBase* stepPage(int step) const;
    ReviewPage* reviewPage() const;

    // Waits for the window to show a plan read after this call.
    [[nodiscard]] bool reloadAndWait();
    [[nodiscard]] bool waitForSnapshot();
    [[nodiscard]] bool showReviewAndWait();

    // Changes made through core, on the test's own connection, as another admin would make them.
    [[nodiscard]] bool seedChanges(
        const QStringList& changes); // "1:start", "3:block", "prerequisite:actions-enabled"
    [[nodiscard]] bool seedSetting(const QString& key, const QString& value);

    // What the database holds now, read on the test's own connection.
    sia::PlanSnapshot storedPlan() const;
    QList<sia::AuditEntry> storedAudit() const;

protected slots:
    void init();
    void cleanup();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sia::test::TestDatabase> m_database;
    std::unique_ptr<sia::StoreWorker> m_worker;
    std::unique_ptr<MainWindow> m_window;
};
