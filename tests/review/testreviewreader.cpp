// The review reader collects everything the offline review shows from one store, in the same order as
// the repositories give it, and works the same on a database opened read-only.
#include "review/reviewreader.h"
#include "settings/settingsrepository.h"
#include "setup/setupplan.h"
#include "storetesthelpers.h"

#include <QTemporaryDir>
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
    void saysWhereTheDataCameFrom();
    void readsADatabaseOpenForReviewWithoutChangingIt();

private:
    void seed(Store& store);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestReviewReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("actions.sqlite"));
}

void TestReviewReader::cleanup()
{
    m_dir.reset();
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
    auto store = openStore(m_path);
    QVERIFY2(store.ok(), failureText(store).constData());
    const Result<ReviewSnapshot> review = ReviewReader(**store).read();
    QVERIFY2(review.ok(), failureText(review).constData());
    QCOMPARE(review->plan.steps.size(), PlanDefinition::stepCount);
    QVERIFY(review->history.isEmpty());
    QVERIFY(review->audit.isEmpty());
    QVERIFY(review->settings.isEmpty());
}

void TestReviewReader::readsPlanHistoryAuditAndSettings()
{
    auto store = openStore(m_path);
    QVERIFY2(store.ok(), failureText(store).constData());
    seed(**store);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Result<ReviewSnapshot> review = ReviewReader(**store).read();
    QVERIFY2(review.ok(), failureText(review).constData());
    QCOMPARE(review->plan.step(1)->state.status, StepStatus::Done);
    QCOMPARE(review->plan.step(3)->state.status, StepStatus::Blocked);
    QCOMPARE(review->history.size(), 3);
    // Four plan changes and one setting.
    QCOMPARE(review->audit.size(), 5);
    QCOMPARE(review->settings.size(), 1);
    QCOMPARE(review->settings.constFirst().key, QStringLiteral("proxy.url"));
}

void TestReviewReader::historyAndAuditAreNewestFirst()
{
    auto store = openStore(m_path);
    QVERIFY2(store.ok(), failureText(store).constData());
    seed(**store);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Result<ReviewSnapshot> review = ReviewReader(**store).read();
    QVERIFY2(review.ok(), failureText(review).constData());
    QCOMPARE(review->history.constFirst().step, 3);
    QCOMPARE(review->history.constLast().to, StepStatus::InProgress);
    QCOMPARE(review->audit.constFirst().action, QStringLiteral("setting.changed"));
    QCOMPARE(review->audit.constLast().action, QStringLiteral("prerequisite.confirmed"));
}

void TestReviewReader::saysWhereTheDataCameFrom()
{
    auto store = openStore(m_path);
    QVERIFY2(store.ok(), failureText(store).constData());
    const Result<ReviewSnapshot> review = ReviewReader(**store).read();
    QVERIFY2(review.ok(), failureText(review).constData());
    QCOMPARE(review->databasePath, m_path);
    QCOMPARE(review->schemaVersion, (*store)->schemaVersion());
    QVERIFY(review->schemaVersion > 0);
    QVERIFY(!review->readOnly);
}

void TestReviewReader::readsADatabaseOpenForReviewWithoutChangingIt()
{
    {
        auto store = openStore(m_path);
        QVERIFY2(store.ok(), failureText(store).constData());
        seed(**store);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    const QByteArray before = fileDigest(m_path);
    {
        auto store = openForReview(m_path);
        QVERIFY2(store.ok(), failureText(store).constData());
        const Result<ReviewSnapshot> review = ReviewReader(**store).read();
        QVERIFY2(review.ok(), failureText(review).constData());
        QVERIFY(review->readOnly);
        QCOMPARE(review->history.size(), 3);
        QCOMPARE(review->settings.size(), 1);
    }
    QCOMPARE(fileDigest(m_path), before);
    QCOMPARE(sidecarFiles(m_path), QStringList());
}

QTEST_GUILESS_MAIN(TestReviewReader)
#include "testreviewreader.moc"
