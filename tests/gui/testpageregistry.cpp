// The pages of the window are one list: stable keys that round-trip, a page per step of the plan (each
// its own class), added pages that leave every other key alone, and a navigation, a window and a tour
// that follow the list's order instead of numbering pages.
#include "guitestbase.h"
#include "navigationlist.h"
#include "pageregistry.h"
#include "setup/steps/stepregistry.h"
#include "steps/accountsetuppage.h"
#include "steps/marketoconnectionpage.h"
#include "steps/peoplesyncpage.h"
#include "steps/salesforceconnectionpage.h"
#include "steps/salesforcepackageconfigpage.h"
#include "steps/salesforcepackagepage.h"
#include "steps/steppagebase.h"
#include "steps/userspage.h"
#include "tourrenderer.h"

#include <QDir>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sia;

namespace {

const QStringList standardKeys { QStringLiteral("overview"), QStringLiteral("step-1"),
    QStringLiteral("step-2"), QStringLiteral("step-3"), QStringLiteral("step-4"), QStringLiteral("step-5"),
    QStringLiteral("step-6"), QStringLiteral("step-7"), QStringLiteral("command-center"),
    QStringLiteral("sync-health"), QStringLiteral("review") };

PageEntry extraPage(const QString& key)
{
    return { key, PageEntry::Kind::Other, 0, QStringLiteral("Extra"), {} };
}

} // namespace

class TestPageRegistry : public GuiTestBase
{
    Q_OBJECT

protected:
    bool opensWindowOnInit() const override { return false; }

private slots:
    void standardRegistryListsOverviewStepsAndReview();
    void keysRoundTrip();
    void stepPagesFollowCoresStepRegistry();
    void eachStepHasItsOwnPageClass();
    void addingAPageChangesNoOtherKey_data();
    void addingAPageChangesNoOtherKey();
    void previousAndNextFollowTheRegistry();
    void navigationListsTheRegistryInOrder();
    void navigationListsAnAddedPage();
    void windowShowsTheRegistrysPagesInOrder();
    void tourRendersEveryPageOfTheRegistry();
};

void TestPageRegistry::standardRegistryListsOverviewStepsAndReview()
{
    const PageRegistry registry = PageRegistry::standard();
    QCOMPARE(registry.keys(), standardKeys);
    QCOMPARE(registry.entries().constFirst().kind, PageEntry::Kind::Overview);
    QCOMPARE(registry.entries().constLast().kind, PageEntry::Kind::Review);
}

void TestPageRegistry::keysRoundTrip()
{
    const PageRegistry registry = PageRegistry::standard();
    for (int index = 0; index < registry.size(); ++index) {
        const QString key = registry.keyAt(index);
        QCOMPARE(registry.indexOf(key), index);
        QCOMPARE(registry.find(key)->key, key);
    }
    for (int step = 1; step <= PlanDefinition::stepCount; ++step) {
        QCOMPARE(registry.keyOfStep(step), PageRegistry::stepKey(step));
        QCOMPARE(registry.find(PageRegistry::stepKey(step))->step, step);
    }
    QCOMPARE(registry.indexOf(QStringLiteral("step-8")), -1);
    QCOMPARE(registry.find(QStringLiteral("nowhere")), nullptr);
    QCOMPARE(registry.keyAt(registry.size()), QString());
    QCOMPARE(registry.keyOfStep(8), QString());
}

void TestPageRegistry::stepPagesFollowCoresStepRegistry()
{
    const PageRegistry registry = PageRegistry::standard();
    QList<int> steps;
    for (const PageEntry& entry : registry.entries()) {
        if (entry.kind == PageEntry::Kind::Step) {
            steps << entry.step;
            QCOMPARE(entry.title, PlanDefinition::step(entry.step)->title);
        }
    }
    QList<int> coreSteps;
    for (const SetupStep* step : StepRegistry::steps()) {
        coreSteps << step->number();
    }
    QCOMPARE(steps, coreSteps);
}

void TestPageRegistry::eachStepHasItsOwnPageClass()
{
    const PageRegistry registry = PageRegistry::standard();
    QWidget parent;
    QList<StepPageBase*> pages;
    for (int step = 1; step <= PlanDefinition::stepCount; ++step) {
        StepPageBase* page = registry.find(PageRegistry::stepKey(step))->createStepPage(&parent);
        QVERIFY(page);
        QCOMPARE(page->step(), step);
        QCOMPARE(&page->setupStep(), StepRegistry::step(step));
        QCOMPARE(page->objectName(), PageRegistry::stepKey(step));
        pages << page;
    }
    QVERIFY(qobject_cast<AccountSetupPage*>(pages.at(0)));
    QVERIFY(qobject_cast<SalesforceConnectionPage*>(pages.at(1)));
    QVERIFY(qobject_cast<MarketoConnectionPage*>(pages.at(2)));
    QVERIFY(qobject_cast<PeopleSyncPage*>(pages.at(3)));
    QVERIFY(qobject_cast<UsersStepPage*>(pages.at(4)));
    QVERIFY(qobject_cast<SalesforcePackagePage*>(pages.at(5)));
    QVERIFY(qobject_cast<SalesforcePackageConfigPage*>(pages.at(6)));
    // Each page holds its own controls: today the card that says what they will do.
    for (StepPageBase* page : std::as_const(pages)) {
        QVERIFY(page->controls());
        QCOMPARE(page->controls()->objectName(), QStringLiteral("stepControls"));
    }
}

void TestPageRegistry::addingAPageChangesNoOtherKey_data()
{
    QTest::addColumn<QString>("before");
    QTest::newRow("before the review") << QStringLiteral("review");
    QTest::newRow("between two steps") << QStringLiteral("step-4");
    QTest::newRow("first") << QStringLiteral("overview");
    QTest::newRow("at the end") << QString();
}

void TestPageRegistry::addingAPageChangesNoOtherKey()
{
    QFETCH(QString, before);
    PageRegistry registry = PageRegistry::standard();

    registry.insertBefore(before, extraPage(QStringLiteral("extra")));

    QStringList expected = standardKeys;
    const int at = before.isEmpty() ? int(expected.size()) : int(expected.indexOf(before));
    expected.insert(at, QStringLiteral("extra"));
    QCOMPARE(registry.keys(), expected);
    for (int step = 1; step <= PlanDefinition::stepCount; ++step) {
        QCOMPARE(registry.keyOfStep(step), PageRegistry::stepKey(step));
    }
    QCOMPARE(registry.indexOf(QStringLiteral("extra")), at);
}

void TestPageRegistry::previousAndNextFollowTheRegistry()
{
    PageRegistry registry = PageRegistry::standard();
    registry.insertBefore(QStringLiteral("review"), extraPage(QStringLiteral("extra")));

    QCOMPARE(registry.nextKey(QStringLiteral("sync-health")), QStringLiteral("extra"));
    QCOMPARE(registry.previousKey(QStringLiteral("review")), QStringLiteral("extra"));
    QCOMPARE(registry.previousKey(QStringLiteral("overview")), QString());
    QCOMPARE(registry.nextKey(QStringLiteral("review")), QString());
    QCOMPARE(registry.nextKey(QStringLiteral("unknown")), QString());
}

void TestPageRegistry::navigationListsTheRegistryInOrder()
{
    const NavigationList navigation(PageRegistry::standard());
    QCOMPARE(navigation.pageKeys(), standardKeys);
    // Section titles sit between kinds, not selectable.
    QCOMPARE(navigation.count(), int(standardKeys.size()) + 3); // steps, tools, records
    QCOMPARE(navigation.item(1)->flags(), Qt::NoItemFlags);
}

void TestPageRegistry::navigationListsAnAddedPage()
{
    PageRegistry registry = PageRegistry::standard();
    registry.insertBefore(QStringLiteral("review"), extraPage(QStringLiteral("extra")));
    NavigationList navigation(registry);
    QSignalSpy requested(&navigation, &NavigationList::pageRequested);

    QCOMPARE(navigation.pageKeys(), registry.keys());
    navigation.setCurrentItem(navigation.itemFor(QStringLiteral("extra")));

    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("extra"));
    QCOMPARE(navigation.itemFor(QStringLiteral("extra"))->text(), QStringLiteral("Extra"));
}

void TestPageRegistry::windowShowsTheRegistrysPagesInOrder()
{
    QVERIFY(openWindow());
    auto* stack = window()->findChild<QStackedWidget*>();
    QCOMPARE(window()->pages().keys(), standardKeys);
    QCOMPARE(stack->count(), window()->pages().size());
    for (const QString& key : window()->pages().keys()) {
        QVERIFY(window()->showPageKey(key));
        QCOMPARE(window()->currentPageKey(), key);
        QCOMPARE(stack->currentIndex(), window()->pages().indexOf(key));
    }
    QVERIFY(!window()->showPageKey(QStringLiteral("step-8")));
    window()->showStep(8);
    QCOMPARE(window()->currentPageKey(), QStringLiteral("review"));
}

void TestPageRegistry::tourRendersEveryPageOfTheRegistry()
{
    QVERIFY(openWindow());
    QTemporaryDir pictures;
    TourRenderer tour(*window(), pictures.path());
    std::optional<Result<QStringList>> written;
    connect(&tour, &TourRenderer::finished, this,
        [&written](const Result<QStringList>& files) { written = files; });

    tour.start();

    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
    QVERIFY(written->ok());
    QStringList names;
    for (const QString& file : **written) {
        names << QFileInfo(file).completeBaseName().section(QLatin1Char('-'), 1);
    }
    // The registry's pages in order, then the review's other tabs.
    QCOMPARE(names.mid(0, standardKeys.size()), standardKeys);
}

QTEST_MAIN(TestPageRegistry)
#include "testpageregistry.moc"
