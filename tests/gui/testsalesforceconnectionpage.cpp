// Step 2's page on the offscreen platform, over the real service, a real database (on the store's worker
// thread) and an in-process sandbox whose login page a test browser follows as a person would: Connect
// shows the progress, then the org's card (name and ID, instance, user, edition, API), the owner and every
// named check; denied consent and a login host that is not Salesforce's show their own message; Cancel and
// Copy login link while the browser is open; Disconnect asks first; another admin is offered the
// hand-over; without a service nothing acts. SIA_TOUR_DIR=DIR keeps a picture of the connected page.
#include "banner.h"
#include "connections/connectionsecrets.h"
#include "desktopbrowserlauncher.h"
#include "salesforce/salesforceconnectionservice.h"
#include "salesforcetestsupport.h"
#include "steps/apibudgetcard.h"
#include "steps/namedchecklist.h"
#include "steps/salesforceconnectionpage.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using namespace sia;
using namespace sia::test;
using namespace salesforcetest;

namespace {
const QString alice = QStringLiteral("alice@acme.example");
}

class TestSalesforceConnectionPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void connectShowsTheOrgTheOwnerAndEveryCheck();
    void deniedConsentShowsItsOwnMessage();
    void aMyDomainThatIsNotSalesforceIsRefusedBeforeTheBrowser();
    void whileTheBrowserIsOpenTheLinkCanBeCopiedAndTheLoginCancelled();
    void whenNoBrowserOpensThePageSaysSoAndKeepsWaiting();
    void disconnectAsksFirst();
    void anotherAdminIsOfferedTheHandOver();
    void withoutAServiceNothingActs();

private:
    std::unique_ptr<SalesforceConnectionService> serviceFor(const QString& actor);
    std::unique_ptr<SalesforceConnectionPage> pageFor(SalesforceConnectionService& service);
    void press(SalesforceConnectionPage& page, QPushButton* button);
    QMessageBox* confirmation(SalesforceConnectionPage& page);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<ScriptedBrowser> m_browser;
    std::unique_ptr<SalesforceConnectionService> m_service;
    std::unique_ptr<SalesforceConnectionPage> m_page;
};

void TestSalesforceConnectionPage::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    bool opened = false;
    m_worker->open(this, [&opened](Result<void> result) { opened = result.ok(); });
    QTRY_VERIFY(opened);
    m_runner = std::make_unique<WorkerStoreRunner>(*m_worker);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_sandbox = startOrg({ callbackAt(freePort()), callbackAt(freePort()) });
    QVERIFY(m_sandbox);
    m_browser = std::make_unique<ScriptedBrowser>();
    m_browser->username = info(*m_sandbox, "username");
    m_browser->password = info(*m_sandbox, "password");
    m_service = serviceFor(alice);
    m_page = pageFor(*m_service);
}

void TestSalesforceConnectionPage::cleanup()
{
    m_page.reset();
    m_service.reset();
    m_browser.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_worker.reset();
    m_secrets.reset();
    m_database.reset();
}

std::unique_ptr<SalesforceConnectionService> TestSalesforceConnectionPage::serviceFor(const QString& actor)
{
    auto service = std::make_unique<SalesforceConnectionService>(
        *m_runner, *m_secrets, QStringLiteral("gui-test"), actor, *m_browser);
    SalesforceSandboxEndpoints endpoints;
    endpoints.loginUrl = QUrl(info(*m_sandbox, "loginUrl"));
    endpoints.instanceUrl = m_sandbox->salesforceInstanceUrl();
    endpoints.consumerKey = info(*m_sandbox, "consumerKey");
    for (const QJsonValue& url : m_sandbox->readyInfo()
                                     .value(QStringLiteral("salesforce"))
                                     .toObject()
                                     .value(QStringLiteral("callbackUrls"))
                                     .toArray()) {
        endpoints.callbackUrls.append(QUrl(url.toString()));
    }
    service->setSandbox(endpoints);
    return service;
}

std::unique_ptr<SalesforceConnectionPage> TestSalesforceConnectionPage::pageFor(
    SalesforceConnectionService& service)
{
    auto page = std::make_unique<SalesforceConnectionPage>();
    page->resize(1100, 1800);
    QSignalSpy loaded(page.get(), &SalesforceConnectionPage::connectionChanged);
    StepServices services;
    services.salesforce = &service;
    page->setServices(services);
    page->show();
    [&] {
        QTRY_COMPARE(loaded.size(), 1);
    }();
    return page;
}

void TestSalesforceConnectionPage::press(SalesforceConnectionPage& page, QPushButton* button)
{
    QSignalSpy finished(&page, &SalesforceConnectionPage::finished);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QVERIFY(!page.isBusy());
}

QMessageBox* TestSalesforceConnectionPage::confirmation(SalesforceConnectionPage& page)
{
    return page.findChild<QMessageBox*>(QStringLiteral("confirmDisconnect"));
}

void TestSalesforceConnectionPage::connectShowsTheOrgTheOwnerAndEveryCheck()
{
    QCOMPARE(m_page->connectButton()->text(), QStringLiteral("Connect"));
    QCOMPARE(m_page->consumerKeyEdit()->text(), info(*m_sandbox, "consumerKey")); // the sandbox's app
    QVERIFY(m_page->orgLabel()->text().startsWith(QStringLiteral("Not connected")));
    QVERIFY(!m_page->disconnectButton()->isVisible());
    QSignalSpy finished(m_page.get(), &SalesforceConnectionPage::finished);
    QTest::mouseClick(m_page->connectButton(), Qt::LeftButton);
    QVERIFY(m_page->isBusy()); // the GUI thread went on while the browser logs in
    QVERIFY(m_page->cancelButton()->isVisible());
    QVERIFY(!m_page->progressLabel()->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QVERIFY2(m_page->errorBanner()->isHidden(), qPrintable(m_page->errorBanner()->text()));
    for (const QString& key : SalesforceChecks::keys()) {
        QVERIFY2(m_page->checks()->resultText(key).contains(QStringLiteral("Passed")), qPrintable(key));
    }
    QVERIFY(m_page->checks()
                ->detailsText(QStringLiteral("permissions"))
                .contains(QStringLiteral("create and edit Task")));
    const QString org = m_page->orgLabel()->text();
    QVERIFY2(org.contains(QStringLiteral("00D")), qPrintable(org));
    QVERIFY(org.contains(QStringLiteral("Enterprise Edition")));
    QVERIFY(org.contains(QStringLiteral("API: available")));
    QVERIFY(org.contains(info(*m_sandbox, "username")));
    QVERIFY(org.contains(m_sandbox->salesforceInstanceUrl().toString()));
    QVERIFY2(m_page->ownerLabel()->text().contains(alice), qPrintable(m_page->ownerLabel()->text()));
    QCOMPARE(m_page->connectButton()->text(), QStringLiteral("Reconnect"));
    QVERIFY(m_page->testButton()->isVisible());
    QVERIFY(m_page->disconnectButton()->isVisible());
    QVERIFY(!m_page->handOverButton()->isVisible()); // alice owns it
    QVERIFY(!m_page->cancelButton()->isVisible());
    // The budget card shows the org's daily API requests as its answers reported them, and the cap.
    // (The gate tells its followers at a throttled pace: the card follows within a moment.)
    QLabel* usage = m_page->budgetCard()->usageLabel();
    QTRY_VERIFY2(usage->text().contains(QStringLiteral("100,000"))
            && usage->text().contains(QStringLiteral("reported")),
        qPrintable(usage->text()));
    QCOMPARE(m_page->budgetCard()->capSpin()->value(), 80);
    QVERIFY(m_page->budgetCard()->stopBanner()->isHidden());
    if (const QString dir = qEnvironmentVariable("SIA_TOUR_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // as the window would first
        m_page->widget()->grab().save(dir + QStringLiteral("/step-2-connected.png"));
    }
    // Test connection runs the checks again with the keychain's token.
    press(*m_page, m_page->testButton());
    QVERIFY(m_page->checks()->resultText(QStringLiteral("credentials")).contains(QStringLiteral("Passed")));
}

void TestSalesforceConnectionPage::deniedConsentShowsItsOwnMessage()
{
    m_browser->act = ScriptedBrowser::Act::Deny;
    press(*m_page, m_page->connectButton());
    QVERIFY(m_page->errorBanner()->isVisible());
    QVERIFY2(m_page->errorBanner()->text().contains(QStringLiteral("salesforce.authorize.access_denied")),
        qPrintable(m_page->errorBanner()->text()));
    QCOMPARE(m_page->connectButton()->text(), QStringLiteral("Connect"));
    QCOMPARE(m_secrets->size(), 0);
}

void TestSalesforceConnectionPage::aMyDomainThatIsNotSalesforceIsRefusedBeforeTheBrowser()
{
    m_page->myDomainEdit()->setText(QStringLiteral("login.example.com"));
    QVERIFY(m_page->myDomainChoice()->isChecked());
    QTest::mouseClick(m_page->connectButton(), Qt::LeftButton);
    QVERIFY(m_page->errorBanner()->isVisible());
    QVERIFY(m_page->errorBanner()->text().contains(QStringLiteral("salesforce.my-domain")));
    QVERIFY(!m_page->isBusy());
    QVERIFY(m_browser->opened.isEmpty());
}

void TestSalesforceConnectionPage::whileTheBrowserIsOpenTheLinkCanBeCopiedAndTheLoginCancelled()
{
    m_browser->act = ScriptedBrowser::Act::Ignore;
    QSignalSpy finished(m_page.get(), &SalesforceConnectionPage::finished);
    QTest::mouseClick(m_page->connectButton(), Qt::LeftButton);
    QTRY_VERIFY(m_page->copyLinkButton()->isVisible());
    QTest::mouseClick(m_page->copyLinkButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), m_browser->opened.constFirst().toString(QUrl::FullyEncoded));
    QTest::mouseClick(m_page->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!m_page->isBusy());
    QVERIFY(m_page->errorBanner()->text().contains(QStringLiteral("salesforce.authorize.cancelled")));
    QVERIFY(!m_page->copyLinkButton()->isVisible());
    QVERIFY(!m_page->cancelButton()->isVisible());
    // The copied link, pasted into a browser, would still have worked before the cancel; now a retry works.
    m_browser->act = ScriptedBrowser::Act::Allow;
    press(*m_page, m_page->connectButton());
    QVERIFY(m_page->ownerLabel()->text().contains(alice));
}

void TestSalesforceConnectionPage::whenNoBrowserOpensThePageSaysSoAndKeepsWaiting()
{
    // The window's own launcher: the offscreen platform opens no URL at all, as a desktop without a
    // configured browser does, so QDesktopServices fails and the launcher says so.
    DesktopBrowserLauncher desktop;
    auto service = std::make_unique<SalesforceConnectionService>(
        *m_runner, *m_secrets, QStringLiteral("gui-test"), alice, desktop);
    SalesforceSandboxEndpoints endpoints;
    endpoints.loginUrl = QUrl(info(*m_sandbox, "loginUrl"));
    endpoints.instanceUrl = m_sandbox->salesforceInstanceUrl();
    endpoints.consumerKey = info(*m_sandbox, "consumerKey");
    for (const QJsonValue& url : m_sandbox->readyInfo()
                                     .value(QStringLiteral("salesforce"))
                                     .toObject()
                                     .value(QStringLiteral("callbackUrls"))
                                     .toArray()) {
        endpoints.callbackUrls.append(QUrl(url.toString()));
    }
    service->setSandbox(endpoints);
    SalesforceConnectionPage page;
    page.resize(1100, 1800);
    QSignalSpy loaded(&page, &SalesforceConnectionPage::connectionChanged);
    StepServices services;
    services.salesforce = service.get();
    services.browser = &desktop;
    page.setServices(services);
    page.show();
    QTRY_COMPARE(loaded.size(), 1);

    QSignalSpy failed(&desktop, &DesktopBrowserLauncher::openFailed);
    QTest::mouseClick(page.connectButton(), Qt::LeftButton);
    QTRY_COMPARE(failed.size(), 1);
    QTRY_VERIFY(page.progressLabel()->text().contains(QStringLiteral("No browser could be opened")));
    QVERIFY(page.isBusy());
    QVERIFY(page.copyLinkButton()->isVisible());
    QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!page.isBusy());
}

void TestSalesforceConnectionPage::disconnectAsksFirst()
{
    press(*m_page, m_page->connectButton());
    QTest::mouseClick(m_page->disconnectButton(), Qt::LeftButton);
    QTRY_VERIFY(confirmation(*m_page) && confirmation(*m_page)->isVisible());
    confirmation(*m_page)->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!confirmation(*m_page));
    QVERIFY(m_page->disconnectButton()->isVisible()); // nothing happened
    QVERIFY(m_secrets->size() > 0);

    QSignalSpy finished(m_page.get(), &SalesforceConnectionPage::finished);
    QTest::mouseClick(m_page->disconnectButton(), Qt::LeftButton);
    QTRY_VERIFY(confirmation(*m_page) && confirmation(*m_page)->isVisible());
    confirmation(*m_page)->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
    QVERIFY(m_page->orgLabel()->text().startsWith(QStringLiteral("Not connected")));
    QVERIFY(!m_page->disconnectButton()->isVisible());
    QCOMPARE(m_page->connectButton()->text(), QStringLiteral("Connect"));
    QCOMPARE(m_secrets->size(), 0);
}

void TestSalesforceConnectionPage::anotherAdminIsOfferedTheHandOver()
{
    press(*m_page, m_page->connectButton());
    auto bobs = serviceFor(QStringLiteral("bob@acme.example"));
    auto page = pageFor(*bobs);
    QVERIFY(page->handOverButton()->isVisible());
    press(*page, page->handOverButton());
    QVERIFY2(page->ownerLabel()->text().contains(QStringLiteral("hand-over to bob@acme.example is pending")),
        qPrintable(page->ownerLabel()->text()));
    QVERIFY(!page->handOverButton()->isEnabled());
    // Bob connects as himself: the hand-over completes and Alice's token is revoked.
    press(*page, page->connectButton());
    QVERIFY2(page->ownerLabel()->text().contains(QStringLiteral("refresh token was revoked")),
        qPrintable(page->ownerLabel()->text()));
    QVERIFY(!page->handOverButton()->isVisible());
}

void TestSalesforceConnectionPage::withoutAServiceNothingActs()
{
    SalesforceConnectionPage page;
    page.setServices(StepServices {});
    page.consumerKeyEdit()->setText(QStringLiteral("key"));
    QVERIFY(!page.connectButton()->isEnabled());
    QVERIFY(page.consumerKeyEdit()->isReadOnly());
}

QTEST_MAIN(TestSalesforceConnectionPage)
#include "testsalesforceconnectionpage.moc"
