// The people browser (step 4's "Browse people…") on the offscreen platform: it shows its model's rows
// read-only, asks for a search once the typing pauses (once per text, trimmed; Return at once), says how
// many people there are and how many match, and says so plainly when nobody does. SIA_TOUR_DIR=DIR keeps
// a picture.
#include "steps/peoplebrowser.h"
#include "theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

class TestPeopleBrowser : public QObject
{
    Q_OBJECT

private slots:
    void showsTheRowsReadOnlyAndCountsThem();
    void searchIsAskedOnceTheTypingPauses();
    void returnSearchesAtOnce();
    void nobodyMatchingSaysSo();
};

namespace {

// What PeopleTableModel answers for a search, done here by the test so that the browser's side is
// proven on its own: the rows whose name, email, company or ID contain the text.
class PeopleFixture : public QStandardItemModel
{
public:
    PeopleFixture()
    {
        setHorizontalHeaderLabels({ QStringLiteral("Name"), QStringLiteral("Email"),
            QStringLiteral("Company"), QStringLiteral("Marketo ID") });
        search({});
    }

    void search(const QString& text)
    {
        removeRows(0, rowCount());
        for (int i = 1; i <= 120; ++i) {
            const QStringList row { QStringLiteral("Person %1").arg(i),
                QStringLiteral("p%1@acme.example").arg(i),
                i % 2 ? QStringLiteral("Acme") : QStringLiteral("Globex"), QString::number(1000 + i) };
            if (!text.isEmpty() && !row.join(QLatin1Char(' ')).contains(text, Qt::CaseInsensitive)) {
                continue;
            }
            QList<QStandardItem*> items;
            for (const QString& value : row) {
                items << new QStandardItem(value);
            }
            appendRow(items);
        }
    }
};

} // namespace

void TestPeopleBrowser::showsTheRowsReadOnlyAndCountsThem()
{
    PeopleFixture people;
    PeopleBrowser browser(&people);
    browser.setStyleSheet(Theme::styleSheet());
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QCOMPARE(browser.view()->model(), &people);
    QCOMPARE(browser.view()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(browser.countLabel()->text(), QStringLiteral("120 people."));
    QVERIFY(browser.emptyLabel()->isHidden());
    // A double click or a key edits nothing.
    const QModelIndex first = people.index(0, 0);
    QTest::mouseDClick(
        browser.view()->viewport(), Qt::LeftButton, {}, browser.view()->visualRect(first).center());
    QTest::keyClicks(browser.view(), QStringLiteral("x"));
    QCOMPARE(first.data().toString(), QStringLiteral("Person 1"));
    if (const QString dir = qEnvironmentVariable("SIA_TOUR_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(browser.grab().save(dir + QStringLiteral("/step-4-people-browser.png")));
    }
}

void TestPeopleBrowser::searchIsAskedOnceTheTypingPauses()
{
    PeopleFixture people;
    PeopleBrowser browser(&people);
    connect(&browser, &PeopleBrowser::searchChanged, &people, &PeopleFixture::search);
    browser.show();
    QSignalSpy asked(&browser, &PeopleBrowser::searchChanged);
    QTest::keyClicks(browser.searchEdit(), QStringLiteral(" globex "));
    QCOMPARE(asked.size(), 0); // not per key: a million rows are not searched eight times
    QVERIFY(asked.wait());
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toString(), QStringLiteral("globex"));
    QCOMPARE(people.rowCount(), 60);
    QCOMPARE(browser.countLabel()->text(), QStringLiteral("60 people match, of 60."));
    // The same text again (a space added) asks nothing more.
    QTest::keyClick(browser.searchEdit(), Qt::Key_Space);
    QVERIFY(!asked.wait(3 * PeopleBrowser::searchPauseMs));
    QCOMPARE(asked.size(), 1);
}

void TestPeopleBrowser::returnSearchesAtOnce()
{
    PeopleFixture people;
    PeopleBrowser browser(&people);
    connect(&browser, &PeopleBrowser::searchChanged, &people, &PeopleFixture::search);
    browser.show();
    QSignalSpy asked(&browser, &PeopleBrowser::searchChanged);
    QTest::keyClicks(browser.searchEdit(), QStringLiteral("1042"));
    QTest::keyClick(browser.searchEdit(), Qt::Key_Return);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(people.rowCount(), 1);
    QCOMPARE(people.index(0, 1).data().toString(), QStringLiteral("p42@acme.example"));
    QVERIFY(browser.isVisible()); // Return searched, and did not close the window
    QVERIFY(browser.countLabel()->text().endsWith(QStringLiteral("match, of 1.")));
}

void TestPeopleBrowser::nobodyMatchingSaysSo()
{
    PeopleFixture people;
    PeopleBrowser browser(&people);
    connect(&browser, &PeopleBrowser::searchChanged, &people, &PeopleFixture::search);
    browser.show();
    browser.searchEdit()->setText(QStringLiteral("initech"));
    QTest::keyClick(browser.searchEdit(), Qt::Key_Return);
    QCOMPARE(people.rowCount(), 0);
    QVERIFY(browser.emptyLabel()->isVisible());
    QVERIFY(browser.view()->isHidden());
    QCOMPARE(browser.emptyLabel()->text(), QStringLiteral("Nobody matches “initech”."));
}

QTEST_MAIN(TestPeopleBrowser)
#include "testpeoplebrowser.moc"
