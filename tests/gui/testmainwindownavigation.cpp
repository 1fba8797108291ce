// The main window is usable from the keyboard alone: shortcuts reach every page, Tab reaches every
// control, every control has a name for assistive technology, and the window reopens where the admin
// left off.
#include "guitestbase.h"
#include "navigationlist.h"
#include "reviewpage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QSet>
#include <QStatusBar>
#include <QTest>

using namespace sia;

namespace {

// What a keyboard user can land on: visible, enabled, and taking focus from Tab.
bool isTabStop(const QWidget* widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
        && !widget->focusProxy();
}

QString describe(const QWidget* widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

} // namespace

class TestMainWindowNavigation : public GuiTestBase
{
    Q_OBJECT

private slots:
    void titleIsSiaAdmin();
    void statusBarShowsTheDatabase();
    void ctrlDigitOpensThatPage_data();
    void ctrlDigitOpensThatPage();
    void ctrlROpensTheReview();
    void altRightGoesToTheNextPage();
    void altLeftGoesToThePreviousPage();
    void altArrowsStopAtTheEnds();
    void navigationListFollowsThePage();
    void arrowKeysInTheNavigationOpenPages();
    void tabReachesEveryControl_data();
    void tabReachesEveryControl();
    void everyControlHasAnAccessibleName_data();
    void everyControlHasAnAccessibleName();
    void reopensOnThePageWhereTheAdminLeftOff();
    void reopensOnTheOverviewTheFirstTime();

private:
    [[nodiscard]] bool openPage(const QString& page, const QStringList& seed);
    void press(int key, Qt::KeyboardModifiers modifiers);
    QList<QWidget*> tabStops() const;
};

bool TestMainWindowNavigation::openPage(const QString& page, const QStringList& seed)
{
    QFETCH(int, reviewTab);
    if (!seedChanges(seed) || !reloadAndWait()) {
        return false;
    }
    if (page == QStringLiteral("review")) {
        if (!showReviewAndWait()) {
            return false;
        }
        reviewPage()->showTab(ReviewPage::Tab(reviewTab));
        return true;
    }
    return window()->showPageKey(page);
}

void TestMainWindowNavigation::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

QList<QWidget*> TestMainWindowNavigation::tabStops() const
{
    QList<QWidget*> stops;
    for (QWidget* widget : window()->findChildren<QWidget*>()) {
        if (isTabStop(widget)) {
            stops.append(widget);
        }
    }
    return stops;
}

void TestMainWindowNavigation::titleIsSiaAdmin()
{
    QCOMPARE(window()->windowTitle(), QStringLiteral("SIA Admin"));
}

void TestMainWindowNavigation::statusBarShowsTheDatabase()
{
    auto* location = window()->statusBar()->findChild<QLabel*>(QStringLiteral("databaseLocation"));
    QVERIFY(location);
    QVERIFY2(
        location->text().contains(QDir::toNativeSeparators(databasePath())), qPrintable(location->text()));
}

void TestMainWindowNavigation::ctrlDigitOpensThatPage_data()
{
    QTest::addColumn<int>("digit");
    QTest::addColumn<QString>("page");
    QTest::newRow("0") << 0 << QStringLiteral("overview");
    for (int step = 1; step <= 7; ++step) {
        QTest::addRow("%d", step) << step << QStringLiteral("step-%1").arg(step);
    }
}

void TestMainWindowNavigation::ctrlDigitOpensThatPage()
{
    QFETCH(int, digit);
    QFETCH(QString, page);
    window()->showReview();
    press(Qt::Key_0 + digit, Qt::ControlModifier);
    QCOMPARE(window()->currentPageKey(), page);
}

void TestMainWindowNavigation::ctrlROpensTheReview()
{
    press(Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(window()->currentPageKey(), QStringLiteral("review"));
}

void TestMainWindowNavigation::altRightGoesToTheNextPage()
{
    press(Qt::Key_3, Qt::ControlModifier);
    press(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(window()->currentPageKey(), QStringLiteral("step-4"));
}

void TestMainWindowNavigation::altLeftGoesToThePreviousPage()
{
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window()->currentPageKey(), QStringLiteral("overview"));
}

void TestMainWindowNavigation::altArrowsStopAtTheEnds()
{
    press(Qt::Key_0, Qt::ControlModifier);
    press(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window()->currentPageKey(), QStringLiteral("overview"));
    press(Qt::Key_7, Qt::ControlModifier);
    press(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(window()->currentPageKey(), window()->pages().nextKey(QStringLiteral("step-7"))); // a tool page
    press(Qt::Key_R, Qt::ControlModifier);
    press(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(window()->currentPageKey(), QStringLiteral("review"));
}

void TestMainWindowNavigation::navigationListFollowsThePage()
{
    auto* navigation = window()->findChild<NavigationList*>();
    press(Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(navigation->currentItem(), navigation->itemFor(QStringLiteral("step-5")));
}

void TestMainWindowNavigation::arrowKeysInTheNavigationOpenPages()
{
    auto* navigation = window()->findChild<NavigationList*>();
    navigation->setFocus();
    QTRY_VERIFY(navigation->hasFocus());
    QTest::keyClick(navigation, Qt::Key_Down); // over the "Setup steps" heading
    QCOMPARE(window()->currentPageKey(), QStringLiteral("step-1"));
    QTest::keyClick(navigation, Qt::Key_End);
    QCOMPARE(window()->currentPageKey(), QStringLiteral("review"));
}

void TestMainWindowNavigation::tabReachesEveryControl_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<int>("reviewTab");
    QTest::addColumn<QStringList>("seed");
    const QStringList ready { QStringLiteral("prerequisite:actions-enabled") };
    const QStringList history { QStringLiteral("prerequisite:actions-enabled"), QStringLiteral("1:start") };
    QTest::newRow("overview, fresh") << QStringLiteral("overview") << -1 << QStringList();
    QTest::newRow("overview, a step to continue with") << QStringLiteral("overview") << -1 << ready;
    QTest::newRow("step ready to start") << QStringLiteral("step-1") << -1 << ready;
    QTest::newRow("step with history") << QStringLiteral("step-1") << -1 << history;
    QTest::newRow("locked step") << QStringLiteral("step-4") << -1 << QStringList();
    QTest::newRow("review, persona table")
        << QStringLiteral("review") << int(ReviewPage::Tab::PersonaTable) << history;
    QTest::newRow("review, audit log")
        << QStringLiteral("review") << int(ReviewPage::Tab::AuditLog) << history;
}

void TestMainWindowNavigation::tabReachesEveryControl()
{
    QFETCH(QString, page);
    QFETCH(QStringList, seed);
    QVERIFY(openPage(page, seed));
    const QList<QWidget*> expected = tabStops();
    QVERIFY(!expected.isEmpty());

    QWidget* start = window()->findChild<NavigationList*>();
    start->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), start);
    QSet<QWidget*> reached { start };
    for (int press = 0; press < 2 * expected.size() + 2; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.insert(QApplication::focusWidget());
    }
    QCOMPARE(window()->currentPageKey(), page); // Tab moves focus, never the page
    for (QWidget* widget : expected) {
        QVERIFY2(reached.contains(widget), qPrintable(describe(widget)));
    }
}

void TestMainWindowNavigation::everyControlHasAnAccessibleName_data()
{
    tabReachesEveryControl_data();
}

void TestMainWindowNavigation::everyControlHasAnAccessibleName()
{
    QFETCH(QString, page);
    QFETCH(QStringList, seed);
    QVERIFY(openPage(page, seed));
    QList<QWidget*> controls = tabStops();
    for (QAbstractButton* button : window()->findChildren<QAbstractButton*>()) {
        if (button->isVisible() && !controls.contains(button)) {
            controls.append(button); // disabled buttons are read out too
        }
    }
    for (QWidget* widget : std::as_const(controls)) {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(accessible, qPrintable(describe(widget)));
        QVERIFY2(!accessible->text(QAccessible::Name).trimmed().isEmpty(), qPrintable(describe(widget)));
    }
}

void TestMainWindowNavigation::reopensOnThePageWhereTheAdminLeftOff()
{
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window()->currentPageKey(), QStringLiteral("step-4"));
    closeWindow();
    QVERIFY(openWindow());
    QCOMPARE(window()->currentPageKey(), QStringLiteral("step-4"));
    QVERIFY(window()->findChild<QWidget*>(QStringLiteral("step-4"))->isVisible());
}

void TestMainWindowNavigation::reopensOnTheOverviewTheFirstTime()
{
    QCOMPARE(window()->currentPageKey(), QStringLiteral("overview"));
}

QTEST_MAIN(TestMainWindowNavigation)
#include "testmainwindownavigation.moc"
