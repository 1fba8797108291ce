// Step 3's page on the offscreen platform, over the real service, a real database (on the store's worker
// thread) and an in-process sandbox: Connect shows every named check with its result, the owner card and
// the budget; a wrong secret shows the failed check with what to do and connects nothing; the secret is
// masked until revealed; Disconnect empties the owner card; without a service (a review) nothing acts.
// SIA_TOUR_DIR=DIR keeps a picture of the whole page after connecting, to look at it.
#include "banner.h"
#include "connections/apibudgetgate.h"
#include "marketo/marketoconnectionservice.h"
#include "memorysecretstore.h"
#include "sandbox/sandbox.h"
#include "steps/apibudgetcard.h"
#include "steps/marketoconnectionpage.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"

#include <QApplication>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace sia;
using namespace sia::test;

class TestMarketoConnectionPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void connectShowsEveryCheckTheOwnerAndTheBudget();
    void wrongSecretShowsTheFailedCheckAndItsFix();
    void secretIsMaskedUntilRevealed();
    void disconnectEmptiesTheOwnerCard();
    void withoutAServiceNothingActs();

private:
    MarketoSandboxEndpoints endpoints() const;
    void connectOnPage();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<MarketoConnectionService> m_service;
    std::unique_ptr<MarketoConnectionPage> m_page;
};

void TestMarketoConnectionPage::init()
{
    // The budget's count of calls lives in the application data for an instance that is not a file.
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(ApiBudgetGate::ledgerPathFor(ConnectionService::Marketo, QStringLiteral("gui-test")));
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    bool opened = false;
    m_worker->open(this, [&opened](Result<void> result) { opened = result.ok(); });
    QTRY_VERIFY(opened);
    m_runner = std::make_unique<WorkerStoreRunner>(*m_worker);
    m_secrets = std::make_unique<MemorySecretStore>();
    sandbox::SandboxOptions options;
    options.people = 100;
    m_sandbox = std::make_unique<sandbox::Sandbox>(options);
    QVERIFY(m_sandbox->start().ok());
    m_service = std::make_unique<MarketoConnectionService>(
        *m_runner, *m_secrets, QStringLiteral("gui-test"), QStringLiteral("alice@acme.example"));
    m_service->setSandbox(endpoints());
    m_page = std::make_unique<MarketoConnectionPage>();
    m_page->resize(1100, 1800);
    QSignalSpy loaded(m_page.get(), &MarketoConnectionPage::connectionChanged);
    m_page->setServices(StepServices { m_service.get() });
    m_page->show();
    QTRY_COMPARE(loaded.size(), 1);
}

void TestMarketoConnectionPage::cleanup()
{
    m_page.reset();
    m_service.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_worker.reset();
    m_secrets.reset();
    m_database.reset();
}

MarketoSandboxEndpoints TestMarketoConnectionPage::endpoints() const
{
    const QJsonObject marketo = m_sandbox->readyInfo().value(QStringLiteral("marketo")).toObject();
    MarketoSandboxEndpoints sandbox;
    sandbox.restUrl = QUrl(marketo.value(QStringLiteral("restUrl")).toString());
    sandbox.identityUrl = QUrl(marketo.value(QStringLiteral("identityUrl")).toString());
    sandbox.clientId = marketo.value(QStringLiteral("clientId")).toString();
    sandbox.clientSecret = marketo.value(QStringLiteral("clientSecret")).toString().toUtf8();
    return sandbox;
}

void TestMarketoConnectionPage::connectOnPage()
{
    QSignalSpy finished(m_page.get(), &MarketoConnectionPage::checksFinished);
    QVERIFY(m_page->testButton()->isEnabled());
    QTest::mouseClick(m_page->testButton(), Qt::LeftButton);
    QVERIFY(m_page->isBusy()); // the GUI thread went on: the checks run in the background
    QVERIFY(!m_page->testButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
    QVERIFY(!m_page->isBusy());
}

void TestMarketoConnectionPage::connectShowsEveryCheckTheOwnerAndTheBudget()
{
    QCOMPARE(m_page->testButton()->text(), QStringLiteral("Connect"));
    QVERIFY(!m_page->disconnectButton()->isVisible());
    connectOnPage();
    for (const QString& key : MarketoChecks::keys()) {
        QVERIFY2(m_page->checkResultText(key).contains(QStringLiteral("Passed")), qPrintable(key));
    }
    QVERIFY(m_page->errorBanner()->isHidden());
    QVERIFY2(m_page->ownerLabel()->text().contains(QStringLiteral("alice@acme.example")),
        qPrintable(m_page->ownerLabel()->text()));
    QVERIFY(m_page->ownerLabel()->text().contains(QStringLiteral("sia.api@sandbox-marketo.example")));
    // The budget card, fed by the clients' gate: Marketo's usage as the check read it, and the cap.
    const QString usage = m_page->budgetCard()->usageLabel()->text();
    QVERIFY2(usage.contains(QStringLiteral("50,000")) && usage.contains(QStringLiteral("reported")),
        qPrintable(usage));
    QCOMPARE(m_page->budgetCard()->capSpin()->value(), 80);
    QVERIFY(m_page->budgetCard()->stopBanner()->isHidden());
    QCOMPARE(m_page->testButton()->text(), QStringLiteral("Test connection"));
    QVERIFY(m_page->disconnectButton()->isVisible());
    if (const QString dir = qEnvironmentVariable("SIA_TOUR_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        m_page->widget()->grab().save(dir + QStringLiteral("/step-3-connected.png"));
    }
}

void TestMarketoConnectionPage::wrongSecretShowsTheFailedCheckAndItsFix()
{
    m_page->secretEdit()->setText(QStringLiteral("not-the-secret"));
    connectOnPage();
    QVERIFY(m_page->checkResultText(QStringLiteral("credentials")).contains(QStringLiteral("Failed")));
    QVERIFY(m_page->checkResultText(QStringLiteral("api-access")).contains(QStringLiteral("Skipped")));
    QVERIFY(m_page->errorBanner()->isVisible());
    QVERIFY2(m_page->errorBanner()->text().contains(QStringLiteral("not connected")),
        qPrintable(m_page->errorBanner()->text()));
    QCOMPARE(m_page->testButton()->text(), QStringLiteral("Connect"));
    QCOMPARE(m_secrets->size(), 0);
    if (const QString dir = qEnvironmentVariable("SIA_TOUR_DIR"); !dir.isEmpty()) {
        m_page->widget()->grab().save(dir + QStringLiteral("/step-3-wrong-secret.png"));
    }
}

void TestMarketoConnectionPage::secretIsMaskedUntilRevealed()
{
    QCOMPARE(m_page->secretEdit()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(m_page->revealButton(), Qt::LeftButton);
    QCOMPARE(m_page->secretEdit()->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(m_page->revealButton(), Qt::LeftButton);
    QCOMPARE(m_page->secretEdit()->echoMode(), QLineEdit::Password);
}

void TestMarketoConnectionPage::disconnectEmptiesTheOwnerCard()
{
    connectOnPage();
    QSignalSpy changed(m_page.get(), &MarketoConnectionPage::connectionChanged);
    QTest::mouseClick(m_page->disconnectButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(m_page->ownerLabel()->text().startsWith(QStringLiteral("Not connected")));
    QVERIFY(!m_page->disconnectButton()->isVisible());
    QCOMPARE(m_page->testButton()->text(), QStringLiteral("Connect"));
    QCOMPARE(m_secrets->size(), 0);
}

void TestMarketoConnectionPage::withoutAServiceNothingActs()
{
    MarketoConnectionPage page;
    page.setServices(StepServices {});
    page.endpointEdit()->setText(QStringLiteral("https://123-ABC-456.mktorest.com/rest"));
    page.identityEdit()->setText(QStringLiteral("https://123-ABC-456.mktorest.com/identity"));
    page.clientIdEdit()->setText(QStringLiteral("id"));
    page.secretEdit()->setText(QStringLiteral("secret"));
    QVERIFY(!page.testButton()->isEnabled());
    QVERIFY(page.endpointEdit()->isReadOnly());
}

QTEST_MAIN(TestMarketoConnectionPage)
#include "testmarketoconnectionpage.moc"
