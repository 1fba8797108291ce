// The review's tables load a page at a time from the store's thread: a store with 5,000 audit entries
// hands the first page with the review, fetchMore appends the next by keyset, the filter narrows the log
// in SQL, the totals are the database's, and a reload sees what another admin wrote meanwhile. The same
// holds for the step history and the settings, and on a database opened read-only for review.
#include "review/auditlogmodel.h"
#include "review/reviewreader.h"
#include "review/settingsmodel.h"
#include "review/stephistorymodel.h"
#include "store/auditlog.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

constexpr int auditEntries = 5000;
constexpr int historyEntries = 450;
constexpr int settingEntries = 330;
constexpr int pageRows = 100;
constexpr int waitMs = 10000;

} // namespace

class TestReviewPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void firstPageArrivesWithTheReview();
    void fetchMoreAppendsTheNextPage();
    void fetchingToTheEndLoadsEveryEntryOnce();
    void filterNarrowsTheLogInSql_data();
    void filterNarrowsTheLogInSql();
    void filterFindsTheActionsTitle();
    void aLaterFilterWinsOverAnEarlierOne();
    void reloadSeesAnotherAdminsChanges();
    void historyPagesByKeyset();
    void historyOfOneStepPagesToo();
    void settingsPageByScopeAndKey();
    void worksOnADatabaseOpenForReview();

private:
    Result<ReviewSnapshot> readReview(StoreWorker& worker, int pageSize);
    bool openWorker(bool readOnly);
    static bool waitForPage(PagedTableModel& model);
    static bool fetchAll(PagedTableModel& model);

    std::unique_ptr<TestDatabase> m_database; // one for the whole class: seeding it is the slow part
    std::unique_ptr<StoreWorker> m_worker;
};

void TestReviewPaging::initTestCase()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    auto store = m_database->open();
    QVERIFY2(store.ok(), failureText(store).constData());
    Result<void> seeded = (*store)->transaction([&]() -> Result<void> {
        AuditLog log(**store);
        for (int i = 1; i <= auditEntries; ++i) {
            const QString actor
                = i % 2 ? QStringLiteral("alice@example.com") : QStringLiteral("bob@example.com");
            const QString action = i % 50 ? QStringLiteral("step.done") : QStringLiteral("setting.changed");
            QJsonObject arguments { { QStringLiteral("step"), 1 + i % 7 }, { QStringLiteral("n"), i },
                { QStringLiteral("note"), QStringLiteral("entry #%1.").arg(i) } };
            if (action == QStringLiteral("setting.changed")) {
                arguments = { { QStringLiteral("setting"), QStringLiteral("sync.batch-size") },
                    { QStringLiteral("value"), QString::number(i) } };
            }
            if (Result<void> appended = log.append(actor, action, arguments); !appended) {
                return appended;
            }
        }
        for (int i = 1; i <= historyEntries; ++i) {
            Result<QSqlQuery> inserted = (*store)->exec(
                QStringLiteral(
                    "INSERT INTO setup_step_history (step, from_status, to_status, reason, changed_by, "
                    "changed_at) VALUES (:step, 'not-started', 'in-progress', :reason, 'alice', "
                    "'2026-01-01T00:00:00.000Z')"),
                { { QStringLiteral("step"), 1 + i % 7 }, { QStringLiteral("reason"), QString::number(i) } });
            if (!inserted) {
                return inserted.error();
            }
        }
        // Three scopes (the instance and two users, 7 and 14), 110 keys each.
        for (const int user : { 7, 14 }) {
            Result<QSqlQuery> inserted
                = (*store)->exec(QStringLiteral("INSERT INTO users (id, email, created_at, created_by)"
                                                " VALUES (:id, :email, '2026-01-01T00:00:00.000Z', 'alice')"),
                    { { QStringLiteral("id"), user },
                        { QStringLiteral("email"), QStringLiteral("user%1@example.com").arg(user) } });
            if (!inserted) {
                return inserted.error();
            }
        }
        for (int i = 0; i < settingEntries; ++i) {
            Result<QSqlQuery> inserted = (*store)->exec(
                QStringLiteral("INSERT INTO settings (user_id, key, type, value, updated_by, updated_at)"
                               " VALUES (:user, :key, 'text', 'v', 'alice', '2026-01-01T00:00:00.000Z')"),
                { { QStringLiteral("user"),
                      i % 3 ? QVariant((i % 3) * 7) : QVariant() }, // NULL: the instance
                    { QStringLiteral("key"),
                        QStringLiteral("key.%1").arg(i / 3, 3, 10, QLatin1Char('0')) } });
            if (!inserted) {
                return inserted.error();
            }
        }
        return {};
    });
    QVERIFY2(seeded.ok(), failureText(seeded).constData());
}

void TestReviewPaging::cleanupTestCase()
{
    m_worker.reset();
    m_database.reset();
}

void TestReviewPaging::init()
{
    QVERIFY(openWorker(false));
}

void TestReviewPaging::cleanup()
{
    m_worker.reset();
}

bool TestReviewPaging::openWorker(bool readOnly)
{
    m_worker.reset();
    StoreOptions options = m_database->options();
    options.readOnly = readOnly;
    m_worker = std::make_unique<StoreWorker>(options);
    std::optional<Result<void>> opened;
    m_worker->open(this, [&opened](Result<void> outcome) { opened = outcome; });
    return QTest::qWaitFor([&opened] { return opened.has_value(); }, waitMs) && opened->ok();
}

Result<ReviewSnapshot> TestReviewPaging::readReview(StoreWorker& worker, int pageSize)
{
    std::optional<Result<ReviewSnapshot>> read;
    worker.run<ReviewSnapshot>([pageSize](Store& store) { return ReviewReader(store).read(pageSize); }, this,
        [&read](const Result<ReviewSnapshot>& review) { read = review; });
    if (!QTest::qWaitFor([&read] { return read.has_value(); }, waitMs)) {
        return Error::internal(QStringLiteral("test.timeout"), QStringLiteral("the review did not arrive"));
    }
    return *read;
}

bool TestReviewPaging::waitForPage(PagedTableModel& model)
{
    QSignalSpy loaded(&model, &PagedTableModel::pageLoaded);
    return loaded.wait(waitMs);
}

// The model tester asks for more rows itself, so a page may be on its way already.
bool TestReviewPaging::fetchAll(PagedTableModel& model)
{
    while (model.isLoading() || model.canFetchMore()) {
        if (!model.isLoading()) {
            model.fetchMore();
        }
        if (!waitForPage(model)) {
            return false;
        }
    }
    return true;
}

void TestReviewPaging::firstPageArrivesWithTheReview()
{
    const Result<ReviewSnapshot> review = readReview(*m_worker, pageRows);
    QVERIFY2(review.ok(), failureText(review).constData());
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_worker.get());
    model.setFirstPage(review->audit);

    QCOMPARE(model.rowCount(), pageRows);
    QCOMPARE(model.totalCount(), qint64(auditEntries));
    QVERIFY(model.canFetchMore());
    QCOMPARE(model.entries().constFirst().arguments.value(QStringLiteral("value")).toString(),
        QString::number(auditEntries)); // the newest
    QCOMPARE(model.entries().at(1).arguments.value(QStringLiteral("n")).toInt(), auditEntries - 1);
}

void TestReviewPaging::fetchMoreAppendsTheNextPage()
{
    const Result<ReviewSnapshot> review = readReview(*m_worker, pageRows);
    QVERIFY2(review.ok(), failureText(review).constData());
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_worker.get());
    model.setPageSize(pageRows);
    model.setFirstPage(review->audit);
    const qint64 lastOfFirst = model.entries().constLast().id;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.fetchMore();
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore()); // one page at a time
    QVERIFY(waitForPage(model));

    QCOMPARE(model.rowCount(), 2 * pageRows);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), pageRows);
    QCOMPARE(model.entries().at(pageRows).id, lastOfFirst - 1);
    QCOMPARE(model.totalCount(), qint64(auditEntries));
}

void TestReviewPaging::fetchingToTheEndLoadsEveryEntryOnce()
{
    AuditLogModel model;
    model.setSource(m_worker.get());
    model.setPageSize(1000);
    model.reload();
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), 1000);
    int pages = 1;
    while (model.canFetchMore()) {
        model.fetchMore();
        QVERIFY(waitForPage(model));
        ++pages;
    }
    QCOMPARE(pages, auditEntries / 1000);
    QCOMPARE(model.rowCount(), auditEntries);
    QSet<qint64> ids;
    for (const AuditEntry& entry : model.entries()) {
        ids.insert(entry.id);
    }
    QCOMPARE(ids.size(), auditEntries);
}

void TestReviewPaging::filterNarrowsTheLogInSql_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("an actor") << QStringLiteral("bob@") << auditEntries / 2;
    QTest::newRow("an action key") << QStringLiteral("setting.changed") << auditEntries / 50;
    QTest::newRow("an argument") << QStringLiteral("#4321.") << 1;
    QTest::newRow("nothing") << QStringLiteral("carol") << 0;
}

void TestReviewPaging::filterNarrowsTheLogInSql()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_worker.get());
    model.setPageSize(pageRows);

    model.setFilterText(text);
    QVERIFY(waitForPage(model));

    QCOMPARE(model.totalCount(), qint64(expected));
    QCOMPARE(model.unfilteredCount(), qint64(auditEntries));
    QCOMPARE(model.rowCount(), qMin(expected, pageRows));
    QCOMPARE(model.canFetchMore(), expected > pageRows);
    if (expected > pageRows) {
        model.fetchMore();
        QVERIFY(waitForPage(model));
        QCOMPARE(model.rowCount(), qMin(expected, 2 * pageRows));
    }
}

void TestReviewPaging::filterFindsTheActionsTitle()
{
    AuditLogModel model;
    model.setSource(m_worker.get());
    // The database holds "setting.changed"; the reader types what the table shows.
    model.setFilterText(QStringLiteral("setting CHANGED"));
    QVERIFY(waitForPage(model));
    QCOMPARE(model.totalCount(), qint64(auditEntries / 50));
}

void TestReviewPaging::aLaterFilterWinsOverAnEarlierOne()
{
    AuditLogModel model;
    model.setSource(m_worker.get());
    model.setPageSize(pageRows);
    QSignalSpy loaded(&model, &PagedTableModel::pageLoaded);
    model.setFilterText(QStringLiteral("bob@"));
    model.setFilterText(QStringLiteral("alice@"));
    QVERIFY(loaded.wait(waitMs));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(loaded.count(), 1); // the reply to "bob@" was dropped
    for (const AuditEntry& entry : model.entries()) {
        QCOMPARE(entry.actor, QStringLiteral("alice@example.com"));
    }
}

void TestReviewPaging::reloadSeesAnotherAdminsChanges()
{
    AuditLogModel model;
    model.setSource(m_worker.get());
    model.reload();
    QVERIFY(waitForPage(model));
    QCOMPARE(model.totalCount(), qint64(auditEntries));
    {
        // Another admin, another connection.
        auto other = m_database->open();
        QVERIFY2(other.ok(), failureText(other).constData());
        QVERIFY(AuditLog(**other)
                    .append(QStringLiteral("carol"), QStringLiteral("step.start"),
                        { { QStringLiteral("step"), 2 } })
                    .ok());
    }
    model.reload();
    QVERIFY(waitForPage(model));
    QCOMPARE(model.totalCount(), qint64(auditEntries + 1));
    QCOMPARE(model.entries().constFirst().actor, QStringLiteral("carol"));
    {
        auto other = m_database->open();
        QVERIFY(other.ok());
        QVERIFY((*other)->exec(QStringLiteral("DELETE FROM audit_log WHERE actor = 'carol'")).ok());
    }
}

void TestReviewPaging::historyPagesByKeyset()
{
    const Result<ReviewSnapshot> review = readReview(*m_worker, pageRows);
    QVERIFY2(review.ok(), failureText(review).constData());
    StepHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_worker.get());
    model.setPageSize(pageRows);
    model.setFirstPage(review->history);
    QCOMPARE(model.rowCount(), pageRows);
    QCOMPARE(model.totalCount(), qint64(historyEntries));
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), historyEntries);
    QCOMPARE(model.entries().constFirst().reason, QString::number(historyEntries));
    QCOMPARE(model.entries().constLast().reason, QStringLiteral("1"));
}

void TestReviewPaging::historyOfOneStepPagesToo()
{
    StepHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_worker.get());
    model.setPageSize(20);
    model.setStep(3);
    model.reload();
    QVERIFY(fetchAll(model));
    // Seeded as 1 + i % 7: step 3 for i = 2, 9, 16, ... up to 450.
    const int expected = (historyEntries - 2) / 7 + 1;
    QCOMPARE(model.totalCount(), qint64(expected));
    QCOMPARE(model.rowCount(), expected);
    for (const StepHistoryEntry& entry : model.entries()) {
        QCOMPARE(entry.step, 3);
    }
}

void TestReviewPaging::settingsPageByScopeAndKey()
{
    const Result<ReviewSnapshot> review = readReview(*m_worker, pageRows);
    QVERIFY2(review.ok(), failureText(review).constData());
    SettingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_worker.get());
    model.setPageSize(pageRows);
    model.setFirstPage(review->settings);
    QCOMPARE(model.rowCount(), pageRows);
    QCOMPARE(model.totalCount(), qint64(settingEntries));
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), settingEntries);
    for (int row = 1; row < model.rowCount(); ++row) {
        const SettingEntry& before = model.entries().at(row - 1);
        const SettingEntry& entry = model.entries().at(row);
        QVERIFY(before.userId < entry.userId || (before.userId == entry.userId && before.key < entry.key));
    }
}

void TestReviewPaging::worksOnADatabaseOpenForReview()
{
    m_worker.reset(); // the writable connection closes, and its WAL with it
    const QStringList before = m_database->fingerprint();
    QVERIFY(openWorker(true));
    const Result<ReviewSnapshot> review = readReview(*m_worker, pageRows);
    QVERIFY2(review.ok(), failureText(review).constData());
    QVERIFY(review->readOnly);
    AuditLogModel model;
    model.setSource(m_worker.get());
    model.setPageSize(pageRows);
    model.setFirstPage(review->audit);
    model.fetchMore();
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), 2 * pageRows);
    model.setFilterText(QStringLiteral("bob@"));
    QVERIFY(waitForPage(model));
    QCOMPARE(model.totalCount(), qint64(auditEntries / 2));
    m_worker.reset();
    QCOMPARE(m_database->fingerprint(), before);
}

QTEST_GUILESS_MAIN(TestReviewPaging)
#include "testreviewpaging.moc"
