// Step 6's page on the offscreen platform, over the real service, a real database (on the store's worker
// thread) and a client of an in-process sandbox org: the verdict with the version found and the supported
// one; where the API cannot tell (not connected), the confirmation by hand with who and when, and its
// withdrawal; without a service (a review) nothing acts.
#include "../salesforce/fixtureclientsource.h"
#include "../salesforce/salesforcetestsupport.h"
#include "banner.h"
#include "salesforce/salesforcepackageservice.h"
#include "steps/salesforcepackagepage.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace sia;
using namespace salesforcetest;

class TestSalesforcePackagePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void verdictShowsTheVersionFoundAndTheSupportedOne_data();
    void verdictShowsTheVersionFoundAndTheSupportedOne();
    void notConnectedTheAdminConfirmsByHandAndMayWithdraw();
    void withoutAServiceNothingActs();

private:
    void connectOrg(sandbox::SandboxOptions options);
    void showPage();

    std::unique_ptr<sia::test::TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<ClientFixture> m_fixture;
    FixtureClientSource m_source;
    std::unique_ptr<SalesforcePackageService> m_service;
    std::unique_ptr<SalesforcePackagePage> m_page;
};

void TestSalesforcePackagePage::init()
{
    m_database = std::make_unique<sia::test::TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    bool opened = false;
    m_worker->open(this, [&opened](Result<void> result) { opened = result.ok(); });
    QTRY_VERIFY(opened);
    m_runner = std::make_unique<WorkerStoreRunner>(*m_worker);
    m_source = FixtureClientSource {};
    m_service
        = std::make_unique<SalesforcePackageService>(m_source, *m_runner, QStringLiteral("sam@acme.example"));
}

void TestSalesforcePackagePage::cleanup()
{
    m_page.reset();
    m_service.reset();
    m_fixture.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_worker.reset();
    m_database.reset();
}

void TestSalesforcePackagePage::connectOrg(sandbox::SandboxOptions options)
{
    m_callbacks = callbacksOnFreePorts();
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    m_fixture = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
    QVERIFY(m_fixture->connect().ok());
    m_source.client = m_fixture->client.get();
}

void TestSalesforcePackagePage::showPage()
{
    m_page = std::make_unique<SalesforcePackagePage>();
    m_page->resize(1100, 1600);
    QSignalSpy changed(m_page.get(), &SalesforcePackagePage::reportChanged);
    StepServices services;
    services.salesforcePackage = m_service.get();
    m_page->setServices(services);
    m_page->show();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20'000);
}

void TestSalesforcePackagePage::verdictShowsTheVersionFoundAndTheSupportedOne_data()
{
    QTest::addColumn<bool>("installed");
    QTest::addColumn<bool>("old");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("version"); // empty: no version line
    QTest::newRow("not installed") << false << false << QStringLiteral("not installed") << QString();
    QTest::newRow("older") << true << true << QStringLiteral("Upgrade it") << QStringLiteral("version 1.30");
    QTest::newRow("supported") << true << false << QStringLiteral("nothing to do")
                               << QStringLiteral("version 1.44");
}

void TestSalesforcePackagePage::verdictShowsTheVersionFoundAndTheSupportedOne()
{
    QFETCH(bool, installed);
    QFETCH(bool, old);
    QFETCH(QString, verdict);
    QFETCH(QString, version);
    sandbox::SandboxOptions options;
    options.salesforceInstalledPackage = installed;
    options.salesforceOldPackage = old;
    connectOrg(options);
    showPage();
    QVERIFY2(m_page->verdictLabel()->text().contains(verdict), qPrintable(m_page->verdictLabel()->text()));
    QCOMPARE(m_page->versionLabel()->isVisible(), !version.isEmpty());
    if (!version.isEmpty()) {
        QVERIFY2(
            m_page->versionLabel()->text().contains(version), qPrintable(m_page->versionLabel()->text()));
        QVERIFY(m_page->versionLabel()->text().contains(QStringLiteral("1.44 or newer")));
    }
    QVERIFY(!m_page->handCard()->isVisible()); // the API can tell
    QVERIFY(m_page->guideLink()->text().contains(QStringLiteral("experienceleague.adobe.com")));
    QVERIFY(m_page->checkButton()->isEnabled());
}

void TestSalesforcePackagePage::notConnectedTheAdminConfirmsByHandAndMayWithdraw()
{
    showPage();
    QVERIFY2(m_page->verdictLabel()->text().contains(QStringLiteral("cannot tell")),
        qPrintable(m_page->verdictLabel()->text()));
    QVERIFY(m_page->handCard()->isVisible());
    QVERIFY(m_page->confirmButton()->isEnabled());
    QVERIFY(!m_page->withdrawButton()->isVisible());
    m_page->noteEdit()->setText(QStringLiteral("1.44 in Setup"));
    QSignalSpy changed(m_page.get(), &SalesforcePackagePage::reportChanged);
    QTest::mouseClick(m_page->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY2(m_page->confirmationLabel()->text().contains(QStringLiteral("sam@acme.example")),
        qPrintable(m_page->confirmationLabel()->text()));
    QVERIFY(m_page->confirmationLabel()->text().contains(QStringLiteral("1.44 in Setup")));
    QVERIFY(m_page->report()->satisfied());
    QVERIFY(m_page->withdrawButton()->isVisible());
    QVERIFY(!m_page->confirmButton()->isEnabled());

    QTest::mouseClick(m_page->withdrawButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(m_page->confirmationLabel()->text(), QStringLiteral("Not confirmed."));
    QVERIFY(!m_page->report()->satisfied());
}

void TestSalesforcePackagePage::withoutAServiceNothingActs()
{
    m_page = std::make_unique<SalesforcePackagePage>();
    m_page->setServices({});
    m_page->show();
    QVERIFY(!m_page->checkButton()->isEnabled());
    QVERIFY(!m_page->confirmButton()->isEnabled());
}

QTEST_MAIN(TestSalesforcePackagePage)
#include "testsalesforcepackagepage.moc"
