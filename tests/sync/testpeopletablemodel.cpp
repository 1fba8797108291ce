// The people browser's model over a real store on the store's thread, on both backends: it passes Qt's
// model tester while pages arrive, loads a page at a time in the browser's order until every person is
// there once, searches from the top again (a search overtaken by the next one is dropped), shows each
// column and the person's state, and edits nothing.
#include "review/peopletablemodel.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"
#include "sync/eligibilityrule.h"
#include "sync/peoplewriter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

constexpr int peopleCount = 450;

PersonRecord person(qint64 id)
{
    PersonRecord r;
    r.marketoId = id;
    r.lastName = "Name" + QByteArray::number(1000 + (id * 37) % peopleCount);
    r.firstName = "First" + QByteArray::number(id % 7);
    r.email = "p" + QByteArray::number(id) + "@example.com";
    r.company = id % 9 == 0 ? "Acme" : "Initech";
    r.title = "VP";
    r.sfdcContactId = "003" + QByteArray::number(id);
    r.salesOwnerId = "005000000000001";
    r.salesOwnerEmail = "seller@example.com";
    return r;
}

} // namespace

class TestPeopleTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsEveryoneOnceAPageAtATimeUnderTheModelTester();
    void searchStartsAgainFromTheTop();
    void anOvertakenSearchIsDropped();
    void showsEachColumnAndTheState();
    void isReadOnly();

private:
    void loadAll(PeopleTableModel& model);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
};

void TestPeopleTableModel::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    {
        Result<std::unique_ptr<Store>> store = m_database->open();
        QVERIFY2(store.ok(), failureText(store).constData());
        Result<PeopleWriter> writer = PeopleWriter::prepare(**store, 0);
        QVERIFY2(writer.ok(), failureText(writer).constData());
        QList<PersonRecord> records;
        for (qint64 id = 1; id <= peopleCount; ++id) {
            records << person(id);
        }
        PersonRecord lost = person(2);
        lost.salesOwnerId.clear();
        Result<void> written = (*store)->transaction([&]() -> Result<void> {
            for (const QList<PersonRecord>& batch : { records, QList<PersonRecord> { lost } }) {
                if (Result<SyncCounts> applied = writer->apply(batch); !applied) {
                    return applied.error();
                }
            }
            Result<qint64> deleted = writer->markDeleted({ 3 }, QDateTime::currentDateTimeUtc());
            return deleted ? Result<void>() : Result<void>(deleted.error());
        });
        QVERIFY2(written.ok(), failureText(written).constData());
    }
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    std::optional<Result<void>> opened;
    m_worker->open(this, [&opened](Result<void> outcome) { opened = outcome; });
    QTRY_VERIFY(opened.has_value());
    QVERIFY2(opened->ok(), failureText(*opened).constData());
}

void TestPeopleTableModel::cleanup()
{
    m_worker.reset();
    m_database.reset();
}

void TestPeopleTableModel::loadAll(PeopleTableModel& model)
{
    QTRY_VERIFY(!model.isLoading());
    for (int pages = 0; model.canFetchMore() && pages < 100; ++pages) {
        model.fetchMore();
        QTRY_VERIFY(!model.isLoading());
    }
}

void TestPeopleTableModel::loadsEveryoneOnceAPageAtATimeUnderTheModelTester()
{
    PeopleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_worker.get());
    model.setPageSize(100);
    QSignalSpy pages(&model, &PeopleTableModel::pageLoaded);

    model.reload();

    QTRY_COMPARE(pages.size(), 1);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.totalCount(), peopleCount);
    QVERIFY(model.canFetchMore());
    loadAll(model);
    QCOMPARE(model.rowCount(), peopleCount);
    QVERIFY(!model.canFetchMore());
    QCOMPARE(pages.size(), 5);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.index(row, 0).data(PeopleTableModel::MarketoIdRole).toLongLong());
        if (row > 0) {
            const PersonRow before = model.people().at(row - 1);
            const PersonRow here = model.people().at(row);
            QVERIFY(before.lastName.compare(here.lastName, Qt::CaseInsensitive) < 0
                || (before.lastName.compare(here.lastName, Qt::CaseInsensitive) == 0
                    && (before.firstName.compare(here.firstName, Qt::CaseInsensitive) < 0
                        || (before.firstName.compare(here.firstName, Qt::CaseInsensitive) == 0
                            && before.id < here.id))));
        }
    }
    QCOMPARE(ids.size(), peopleCount);
}

void TestPeopleTableModel::searchStartsAgainFromTheTop()
{
    PeopleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_worker.get());
    model.setPageSize(20);
    model.reload();
    loadAll(model);
    QCOMPARE(model.rowCount(), peopleCount);

    model.setSearchText(QStringLiteral("acm"));

    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(model.totalCount(), peopleCount / 9);
    QCOMPARE(model.unfilteredCount(), peopleCount);
    loadAll(model);
    QCOMPARE(model.rowCount(), peopleCount / 9);
    for (const PersonRow& row : model.people()) {
        QCOMPARE(row.company, QStringLiteral("Acme"));
    }

    model.setSearchText(QStringLiteral("p17@"));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PeopleTableModel::MarketoIdColumn).data().toString(), QStringLiteral("17"));
}

void TestPeopleTableModel::anOvertakenSearchIsDropped()
{
    PeopleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_worker.get());
    QSignalSpy pages(&model, &PeopleTableModel::pageLoaded);
    QSignalSpy resets(&model, &PeopleTableModel::modelReset);
    model.setSearchText(QStringLiteral("acme"));
    model.setSearchText(QStringLiteral("42"));

    // The worker runs jobs in order: the first search's answer came before the second's, and was dropped.
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(pages.size(), 1);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(PeopleTableModel::MarketoIdRole).toLongLong(), 42);
}

void TestPeopleTableModel::showsEachColumnAndTheState()
{
    PeopleTableModel model;
    model.setSource(m_worker.get());
    model.setSearchText(QStringLiteral("p1@"));
    QTRY_COMPARE(model.rowCount(), 1);

    const auto cell = [&model](int row, PeopleTableModel::Column column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    QCOMPARE(model.columnCount(), int(PeopleTableModel::ColumnCount));
    QCOMPARE(cell(0, PeopleTableModel::LastNameColumn), QString::fromUtf8(person(1).lastName));
    QCOMPARE(cell(0, PeopleTableModel::FirstNameColumn), QStringLiteral("First1"));
    QCOMPARE(cell(0, PeopleTableModel::EmailColumn), QStringLiteral("p1@example.com"));
    QCOMPARE(cell(0, PeopleTableModel::CompanyColumn), QStringLiteral("Initech"));
    QCOMPARE(cell(0, PeopleTableModel::TitleColumn), QStringLiteral("VP"));
    QCOMPARE(cell(0, PeopleTableModel::MarketoIdColumn), QStringLiteral("1"));
    QCOMPARE(cell(0, PeopleTableModel::SalesforceColumn), QStringLiteral("Contact 0031"));
    QCOMPARE(cell(0, PeopleTableModel::SalesOwnerColumn), QStringLiteral("seller@example.com"));
    QCOMPARE(cell(0, PeopleTableModel::StatusColumn), QStringLiteral("Eligible"));
    QCOMPARE(
        model.headerData(PeopleTableModel::EmailColumn, Qt::Horizontal).toString(), QStringLiteral("Email"));

    model.setSearchText(QStringLiteral("p2@"));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(cell(0, PeopleTableModel::StatusColumn), QStringLiteral("No longer eligible"));
    QCOMPARE(cell(0, PeopleTableModel::StatusColumn, Qt::ToolTipRole),
        EligibilityRule::text(EligibilityRule::noSalesOwner));
    model.setSearchText(QStringLiteral("p3@"));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(cell(0, PeopleTableModel::StatusColumn), QStringLiteral("Deleted in Marketo"));
    QCOMPARE(model.index(0, 0).data(PeopleTableModel::PersonRole).value<PersonRow>().marketoId, 3);
}

void TestPeopleTableModel::isReadOnly()
{
    PeopleTableModel model;
    model.setSource(m_worker.get());
    model.reload();
    QTRY_VERIFY(model.rowCount() > 0);
    const QModelIndex index = model.index(0, PeopleTableModel::EmailColumn);

    QVERIFY(!(model.flags(index) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(index, QStringLiteral("x@example.com")));
    QVERIFY(!model.insertRows(0, 1));
    QVERIFY(!model.removeRows(0, 1));
}

QTEST_GUILESS_MAIN(TestPeopleTableModel)
#include "testpeopletablemodel.moc"
