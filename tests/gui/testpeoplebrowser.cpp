// The people browser (step 4's "Browse people…") on the offscreen platform: it shows its model's rows
// read-only, asks for a search once the typing pauses (once per text, trimmed; Return at once), says how
// many people there are and how many match, and says so plainly when nobody does; over a real store of
// people (both backends) it reads a page at a time and searches by name and by Marketo ID. SIA_TOUR_DIR=DIR
// keeps a picture.
#include "review/peopletablemodel.h"
#include "steps/peoplebrowser.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"
#include "sync/peoplewriter.h"
#include "sync/syncrunrepository.h"
#include "theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace sia;
using namespace sia::test;

class TestPeopleBrowser : public QObject
{
    Q_OBJECT

private slots:
    void showsTheRowsReadOnlyAndCountsThem();
    void searchIsAskedOnceTheTypingPauses();
    void returnSearchesAtOnce();
    void nobodyMatchingSaysSo();
    void overTheStoreItPagesAndSearchesThePeople();

private:
    static constexpr int peopleInStore = 2500;
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

void TestPeopleBrowser::overTheStoreItPagesAndSearchesThePeople()
{
    TestDatabase database;
    QVERIFY2(database.isValid(), database.problem().constData());
    {
        Result<std::unique_ptr<Store>> store = database.open();
        QVERIFY2(store.ok(), failureText(store).constData());
        Result<SyncRun> run
            = SyncRunRepository(**store).begin(SyncKind::PeopleInitial, QStringLiteral("alice"));
        QVERIFY2(run.ok(), qPrintable(run ? QString() : run.error().message));
        Result<PeopleWriter> writer = PeopleWriter::prepare(**store, run->id);
        QVERIFY2(writer.ok(), qPrintable(writer ? QString() : writer.error().message));
        QList<PersonRecord> people;
        for (int i = 1; i <= peopleInStore; ++i) {
            PersonRecord person;
            person.marketoId = 5000 + i;
            person.firstName = QByteArray("Ada") + QByteArray::number(i);
            person.lastName
                = i % 10 == 0 ? QByteArray("Lovelace") : QByteArray("Byron") + QByteArray::number(i);
            person.email = "p" + QByteArray::number(i) + "@acme.example";
            person.company = i % 2 ? QByteArray("Acme") : QByteArray("Globex");
            person.sfdcContactId = "003" + QByteArray::number(100000 + i);
            person.sfdcType = "Contact";
            person.salesOwnerId = "005000000000001";
            person.createdAt = "2026-01-01T00:00:00Z";
            person.updatedAt = "2026-01-01T00:00:00Z";
            people << person;
        }
        const Result<void> written = (*store)->transaction([&]() -> Result<void> {
            Result<SyncCounts> counts = writer->apply(people);
            if (!counts) {
                return counts.error();
            }
            return {};
        });
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
    }
    StoreWorker worker(database.options());
    bool opened = false;
    worker.open(this, [&opened](Result<void> result) { opened = result.ok(); });
    QTRY_VERIFY(opened);

    PeopleBrowser* browser = PeopleBrowser::overStore(worker);
    std::unique_ptr<PeopleBrowser> owner(browser);
    browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(browser));
    auto* model = qobject_cast<PeopleTableModel*>(browser->view()->model());
    QVERIFY(model);
    QTRY_COMPARE(
        browser->countLabel()->text(), QStringLiteral("%1 people.").arg(QLocale().toString(peopleInStore)));
    // Only a page is read, however many there are; scrolling to the end reads the next.
    const int firstPage = model->rowCount();
    QVERIFY2(firstPage > 0 && firstPage < peopleInStore, qPrintable(QString::number(firstPage)));
    browser->view()->scrollToBottom();
    QTRY_VERIFY(model->rowCount() > firstPage);
    QCOMPARE(browser->view()->editTriggers(), QAbstractItemView::NoEditTriggers);

    QSignalSpy loaded(model, &PagedTableModel::pageLoaded);
    browser->searchEdit()->setText(QStringLiteral("Lovelace"));
    QTest::keyClick(browser->searchEdit(), Qt::Key_Return);
    QTRY_VERIFY(!loaded.isEmpty());
    QTRY_COMPARE(model->totalCount(), qint64(peopleInStore / 10));
    QVERIFY2(
        browser->countLabel()->text().startsWith(QStringLiteral("%1 people match").arg(peopleInStore / 10)),
        qPrintable(browser->countLabel()->text()));
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, PeopleTableModel::LastNameColumn).data().toString(),
            QStringLiteral("Lovelace"));
    }

    loaded.clear();
    browser->searchEdit()->setText(QStringLiteral("5042"));
    QTest::keyClick(browser->searchEdit(), Qt::Key_Return);
    QTRY_COMPARE(model->totalCount(), qint64(1));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(
        model->index(0, PeopleTableModel::EmailColumn).data().toString(), QStringLiteral("p42@acme.example"));

    browser->searchEdit()->setText(QStringLiteral("Initech"));
    QTest::keyClick(browser->searchEdit(), Qt::Key_Return);
    QTRY_VERIFY(browser->emptyLabel()->isVisible());
    QCOMPARE(model->rowCount(), 0);
}

QTEST_MAIN(TestPeopleBrowser)
#include "testpeoplebrowser.moc"
