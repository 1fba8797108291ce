// Step 7's page on the offscreen platform, over the real service, a real database (on the store's worker
// thread) and a client of an in-process sandbox org: each checklist row shows its state and what the API
// found (and how it verifies it); the item only a person can tell is confirmed by hand, with who and when,
// which completes the checklist, and withdrawn again; not connected, every row asks for a person.
#include "../salesforce/fixtureclientsource.h"
#include "../salesforce/salesforcetestsupport.h"
#include "banner.h"
#include "salesforce/salesforcechecklist.h"
#include "steps/salesforcepackageconfigpage.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace sia;
using namespace salesforcetest;

class TestSalesforcePackageConfigPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void verifiedItemsSayWhatTheApiFound();
    void confirmingTheLastItemCompletesTheChecklist();
    void notConnectedEveryRowAsksForAPerson();
    void withoutAServiceNothingActs();

private:
    void connectOrg();
    void showPage();
    void press(QPushButton* button);

    std::unique_ptr<sia::test::TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<ClientFixture> m_fixture;
    FixtureClientSource m_source;
    std::unique_ptr<SalesforceChecklistService> m_service;
    std::unique_ptr<SalesforcePackageConfigPage> m_page;
};

void TestSalesforcePackageConfigPage::init()
{
    m_database = std::make_unique<sia::test::TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    bool opened = false;
    m_worker->open(this, [&opened](Result<void> result) { opened = result.ok(); });
    QTRY_VERIFY(opened);
    m_runner = std::make_unique<WorkerStoreRunner>(*m_worker);
    m_source = FixtureClientSource {};
    m_service = std::make_unique<SalesforceChecklistService>(
        m_source, *m_runner, QStringLiteral("sam@acme.example"));
}

void TestSalesforcePackageConfigPage::cleanup()
{
    m_page.reset();
    m_service.reset();
    m_fixture.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_worker.reset();
    m_database.reset();
}

void TestSalesforcePackageConfigPage::connectOrg()
{
    m_callbacks = callbacksOnFreePorts();
    m_sandbox = startOrg(m_callbacks);
    QVERIFY(m_sandbox);
    m_fixture = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
    QVERIFY(m_fixture->connect().ok());
    m_source.client = m_fixture->client.get();
}

void TestSalesforcePackageConfigPage::showPage()
{
    m_page = std::make_unique<SalesforcePackageConfigPage>();
    m_page->resize(1100, 1600);
    QSignalSpy changed(m_page.get(), &SalesforcePackageConfigPage::checklistChanged);
    StepServices services;
    services.salesforceChecklist = m_service.get();
    m_page->setServices(services);
    m_page->show();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20'000);
}

void TestSalesforcePackageConfigPage::press(QPushButton* button)
{
    QSignalSpy changed(m_page.get(), &SalesforcePackageConfigPage::checklistChanged);
    QVERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20'000);
}

void TestSalesforcePackageConfigPage::verifiedItemsSayWhatTheApiFound()
{
    connectOrg();
    showPage();
    for (const char* key : { "package", "api-enabled", "task-access" }) {
        QVERIFY2(m_page->stateText(QLatin1String(key)).contains(QStringLiteral("Verified")), key);
        QVERIFY2(m_page->detailsText(QLatin1String(key)).contains(QStringLiteral("How:")), key);
        QVERIFY(!m_page->confirmButton(QLatin1String(key))->isVisible());
    }
    QVERIFY(m_page->detailsText(QStringLiteral("task-access"))
                .contains(QStringLiteral("createable and updateable")));
    QVERIFY(m_page->stateText(QStringLiteral("email-to-salesforce")).contains(QStringLiteral("To confirm")));
    QVERIFY(!m_page->completeBanner()->isVisible());
}

void TestSalesforcePackageConfigPage::confirmingTheLastItemCompletesTheChecklist()
{
    connectOrg();
    showPage();
    press(m_page->confirmButton(QStringLiteral("email-to-salesforce")));
    QVERIFY(m_page->stateText(QStringLiteral("email-to-salesforce"))
                .contains(QStringLiteral("Confirmed by hand")));
    QVERIFY2(m_page->detailsText(QStringLiteral("email-to-salesforce"))
                 .contains(QStringLiteral("sam@acme.example")),
        qPrintable(m_page->detailsText(QStringLiteral("email-to-salesforce"))));
    QVERIFY(m_page->completeBanner()->isVisible());

    press(m_page->withdrawButton(QStringLiteral("email-to-salesforce")));
    QVERIFY(m_page->stateText(QStringLiteral("email-to-salesforce")).contains(QStringLiteral("To confirm")));
    QVERIFY(!m_page->completeBanner()->isVisible());
}

void TestSalesforcePackageConfigPage::notConnectedEveryRowAsksForAPerson()
{
    showPage();
    for (const ChecklistItemDefinition& item : SalesforceChecklist::items()) {
        QVERIFY2(m_page->stateText(item.key).contains(QStringLiteral("To confirm")), qPrintable(item.key));
        QVERIFY(m_page->confirmButton(item.key)->isVisible());
    }
    QVERIFY(m_page->detailsText(QStringLiteral("package")).contains(QStringLiteral("cannot tell")));
}

void TestSalesforcePackageConfigPage::withoutAServiceNothingActs()
{
    m_page = std::make_unique<SalesforcePackageConfigPage>();
    m_page->setServices({});
    m_page->show();
    QVERIFY(!m_page->checkButton()->isEnabled());
}

QTEST_MAIN(TestSalesforcePackageConfigPage)
#include "testsalesforcepackageconfigpage.moc"
