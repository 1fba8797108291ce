// Review mode (--review FILE, or a PostgreSQL database opened for review): the window shows another
// admin's database read-only. Every control that could change something is off, a banner says what is
// open, core refuses changes anyway, and the database is what it was once the window has closed (the SQLite
// file byte for byte, with no -wal or -shm left beside it).
#include "banner.h"
#include "guitestbase.h"
#include "overviewpage.h"
#include "prerequisitecard.h"
#include "settings/settingdefinition.h"
#include "steps/steppagebase.h"
#include "stepstatuspanel.h"
#include "storetesthelpers.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace sia;

class TestReviewMode : public GuiTestBase
{
    Q_OBJECT

protected:
    bool opensWindowOnInit() const override { return false; }

private slots:
    void bannerNamesTheReviewedFile();
    void statusBarSaysReadOnlyReview();
    void showsTheRecordedState();
    void noStatusActionIsEnabled();
    void noPrerequisiteCanBeConfirmed();
    void coreRefusesAChangeAnyway();
    void fileIsByteIdenticalAfterTheWindowClosed();

private:
    bool seedAndOpenForReview();
    QStringList m_fingerprintBefore;
};

bool TestReviewMode::seedAndOpenForReview()
{
    if (!seedChanges({ QStringLiteral("prerequisite:actions-enabled"), QStringLiteral("1:start"),
            QStringLiteral("1:done"), QStringLiteral("3:block") })
        || !seedSetting(
            settingDefinition(SettingKey::ProxyUrl).name, QStringLiteral("http://proxy.example.com:3128"))) {
        return false;
    }
    m_fingerprintBefore = database().fingerprint();
    if (database().backend() == test::TestBackend::Sqlite
        && (test::fileDigest(database().filePath()).isEmpty()
            || !test::sidecarFiles(database().filePath()).isEmpty())) {
        return false;
    }
    return !m_fingerprintBefore.isEmpty() && openWindow(true);
}

void TestReviewMode::bannerNamesTheReviewedFile()
{
    QVERIFY(seedAndOpenForReview());
    auto* banner = window()->findChild<Banner*>(QStringLiteral("reviewBanner"));
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->title(),
        QStringLiteral("Read-only review of %1").arg(QDir::toNativeSeparators(databasePath())));
}

void TestReviewMode::statusBarSaysReadOnlyReview()
{
    QVERIFY(seedAndOpenForReview());
    auto* label = window()->statusBar()->findChild<QLabel*>(QStringLiteral("readOnlyStatus"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Read-only review"));
}

void TestReviewMode::showsTheRecordedState()
{
    QVERIFY(seedAndOpenForReview());
    QVERIFY(window()->showPageKey(QStringLiteral("step-3")));
    QCOMPARE(stepPage(3)->statusPanel()->statusText(), QStringLiteral("Blocked"));
}

void TestReviewMode::noStatusActionIsEnabled()
{
    QVERIFY(seedAndOpenForReview());
    for (int step = 1; step <= 7; ++step) {
        QVERIFY(window()->showPageKey(QStringLiteral("step-%1").arg(step)));
        for (StepAction action : allActions()) {
            QPushButton* button = stepPage(step)->statusPanel()->button(action);
            QVERIFY2(!button->isEnabled() && !button->isVisible(), qPrintable(button->objectName()));
        }
    }
}

void TestReviewMode::noPrerequisiteCanBeConfirmed()
{
    QVERIFY(seedAndOpenForReview());
    for (const QString& key :
        { QStringLiteral("actions-enabled"), QStringLiteral("marketo-salesforce-sync") }) {
        QVERIFY2(!overviewPage()->prerequisiteCard(key)->checkBox()->isEnabled(), qPrintable(key));
    }
    QVERIFY(overviewPage()->prerequisiteCard(QStringLiteral("actions-enabled"))->checkBox()->isChecked());
}

void TestReviewMode::coreRefusesAChangeAnyway()
{
    QVERIFY(seedAndOpenForReview());
    // As if a control had been left on by mistake: the request reaches core, which says no.
    emit stepPage(2)->changeRequested(2, StepAction::Start, {});
    auto* bar = window()->findChild<Banner*>(QStringLiteral("messageBar"));
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("review.read-only")), qPrintable(bar->text()));
}

void TestReviewMode::fileIsByteIdenticalAfterTheWindowClosed()
{
    QVERIFY(seedAndOpenForReview());
    for (const QString& key : window()->pages().keys()) {
        QVERIFY(window()->showPageKey(key));
    }
    QVERIFY(showReviewAndWait() || window()->currentPageKey() == QStringLiteral("review"));
    closeWindow();
    QCOMPARE(database().fingerprint(), m_fingerprintBefore);
    if (database().backend() == test::TestBackend::Sqlite) {
        QCOMPARE(test::sidecarFiles(database().filePath()), QStringList());
    }
}

QTEST_MAIN(TestReviewMode)
#include "testreviewmode.moc"
