// The review reader collects what the offline review shows first from one store: the plan and the first
// page of each table with its total, in the order the tables show them, and works the same on a database
// opened read-only.
#include "review/reviewreader.h"
#include "settings/settingsrepository.h"
#include "setup/setupplan.h"
#include "storetesthelpers.h"

#include <QTest>

using namespace sia;
using namespace sia::test;

class TestReviewReader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readsAnEmptyDatabase();
    void readsPlanHistoryAuditAndSettings();
    void historyAndAuditAreNewestFirst();
    void readsOnlyTheFirstPage();
    void saysWhereTheDataCameFrom();
    void readsADatabaseOpenForReviewWithoutChangingIt();

private:
    void seed(Store& store);

    std::unique_ptr<TestDatabase> m_database;
};

void TestReviewReader::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
}

void TestReviewReader::cleanup()
{
    m_database.reset();
}

void TestReviewReader::seed(Store& store)
{
    SetupPlan plan(store);
    QVERIFY(plan.confirmPrerequisite(QStringLiteral("actions-enabled"), true, QStringLiteral("alice")).ok());
    QVERIFY(plan.apply({ 1, StepAction::Start, {}, QStringLiteral("alice") }).ok());
    QVERIFY(plan.apply({ 1, StepAction::Done, {}, QStringLiteral("alice") }).ok());
    QVERIFY(
        plan.apply({ 3, StepAction::Block, QStringLiteral("no API user yet"), QStringLiteral("bob") }).ok());
    SettingEntry setting;
    setting.key = settingDefinition(SettingKey::ProxyUrl).name;
    setting.value = QStringLiteral("http://proxy.example.com:3128");
    setting.updatedBy = QStringLiteral("alice");
    QVERIFY(SettingsRepository(store).set(setting).ok());
}

void TestReviewReader::readsAnEmptyDatabase()
{
    auto store = m_database->open();
    QVERIFY2(store.ok(), failureText(store).constData());
    const Result<ReviewSnapshot> review = ReviewReader(**store).read();
    QVERIFY2(review.ok(), failureText(review).constData());
    QCOMPARE(review->plan.steps.size(), PlanDefinition::stepCount);
    QVERIFY(review->history.rows.isEmpty());
    QVERIFY(review->audit.rows.isEmpty());
    QVERIFY(review->settings.rows.isEmpty());
    QCOMPARE(review->audit.total, qint64(0));
    QVERIFY(!review->audit.hasMore);
}

void TestReviewReader::readsPlanHistoryAuditAndSettings()
{
    auto store = m_database->open();
    QVERIFY2(store.ok(), failureText(store).constData());
    seed(**store);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Result<ReviewSnapshot> review = ReviewReader(**store).read();
    QVERIFY2(review.ok(), failureText(review).constData());
    QCOMPARE(review->plan.step(1)->state.status, StepStatus::Done);
    QCOMPARE(review->plan.step(3)->state.status, StepStatus::Blocked);
    QCOMPARE(review->history.rows.size(), 3);
    QCOMPARE(review->history.total, qint64(3));
    // Four plan changes and one setting.
    QCOMPARE(review->audit.rows.size(), 5);
    QCOMPARE(review->audit.total, qint64(5));
    QCOMPARE(review->settings.rows.size(), 1);
    QCOMPARE(review->settings.total, qint64(1));
    QCOMPARE(review->settings.rows.constFirst().key, QStringLiteral("proxy.url"));
}

void TestReviewReader::historyAndAuditAreNewestFirst()
{
    auto store = m_database->open();
    QVERIFY2(store.ok(), failureText(store).constData());
    seed(**store);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Result<ReviewSnapshot> review = ReviewReader(**store).read();
    QVERIFY2(review.ok(), failureText(review).constData());
    QCOMPARE(review->history.rows.constFirst().step, 3);
    QCOMPARE(review->history.rows.constLast().to, StepStatus::InProgress);
    QCOMPARE(review->audit.rows.constFirst().action, QStringLiteral("setting.changed"));
    QCOMPARE(review->audit.rows.constLast().action, QStringLiteral("prerequisite.confirmed"));
}

void TestReviewReader::readsOnlyTheFirstPage()
{
    auto store = m_database->open();
    QVERIFY2(store.ok(), failureText(store).constData());
    seed(**store);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Result<ReviewSnapshot> review = ReviewReader(**store).read(2);
    QVERIFY2(review.ok(), failureText(review).constData());
    QCOMPARE(review->history.rows.size(), 2);
    QVERIFY(review->history.hasMore);
    QCOMPARE(review->history.total, qint64(3));
    QCOMPARE(review->audit.rows.size(), 2);
    QVERIFY(review->audit.hasMore);
    QCOMPARE(review->audit.total, qint64(5));
    QCOMPARE(review->settings.rows.size(), 1);
    QVERIFY(!review->settings.hasMore);
}

void TestReviewReader::saysWhereTheDataCameFrom()
{
    auto store = m_database->open();
    QVERIFY2(store.ok(), failureText(store).constData());
    const Result<ReviewSnapshot> review = ReviewReader(**store).read();
    QVERIFY2(review.ok(), failureText(review).constData());
    QCOMPARE(review->databasePath, m_database->name());
    QCOMPARE(review->schemaVersion, (*store)->schemaVersion());
    QVERIFY(review->schemaVersion > 0);
    QVERIFY(!review->readOnly);
}

void TestReviewReader::readsADatabaseOpenForReviewWithoutChangingIt()
{
    {
        auto store = m_database->open();
        QVERIFY2(store.ok(), failureText(store).constData());
        seed(**store);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    const QStringList before = m_database->fingerprint();
    {
        auto store = m_database->openForReview();
        QVERIFY2(store.ok(), failureText(store).constData());
        const Result<ReviewSnapshot> review = ReviewReader(**store).read();
        QVERIFY2(review.ok(), failureText(review).constData());
        QVERIFY(review->readOnly);
        QCOMPARE(review->history.rows.size(), 3);
        QCOMPARE(review->settings.rows.size(), 1);
    }
    QCOMPARE(m_database->fingerprint(), before);
    if (m_database->backend() == TestBackend::Sqlite) {
        QCOMPARE(sidecarFiles(m_database->filePath()), QStringList());
    }
}

QTEST_GUILESS_MAIN(TestReviewReader)
#include "testreviewreader.moc"
