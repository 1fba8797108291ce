// The overview's Marketo-Salesforce sync prerequisite on the offscreen platform, in the real window over a
// real database and an in-process sandbox: with Marketo connected, "Check in Marketo" reads a sample of
// people and the card shows the result (confirmed, by whom, with the figures) instead of a bare checkbox;
// not connected, the card says why nothing was checked and the prerequisite stays as it was.
#include "mainwindow.h"
#include "marketo/marketoconnectionservice.h"
#include "memorysecretstore.h"
#include "overviewpage.h"
#include "prerequisitecard.h"
#include "sandbox/sandbox.h"
#include "setup/syncprerequisiteservice.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace sia;
using namespace sia::test;

class TestOverviewSyncCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void connectedMarketoConfirmsThePrerequisiteWithItsFigures();
    void notConnectedTheCardSaysWhy();

private:
    void openWindow();
    void connectMarketo();
    PrerequisiteCard* card() const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<MarketoConnectionService> m_marketo;
    std::unique_ptr<SyncPrerequisiteService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

void TestOverviewSyncCheck::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    bool opened = false;
    m_worker->open(this, [&opened](Result<void> result) { opened = result.ok(); });
    QTRY_VERIFY(opened);
    m_runner = std::make_unique<WorkerStoreRunner>(*m_worker);
    m_secrets = std::make_unique<MemorySecretStore>();
    sandbox::SandboxOptions options;
    options.people = 300;
    m_sandbox = std::make_unique<sandbox::Sandbox>(options);
    QVERIFY(m_sandbox->start().ok());
    m_marketo = std::make_unique<MarketoConnectionService>(
        *m_runner, *m_secrets, QStringLiteral("gui-test"), QStringLiteral("alice@acme.example"));
    m_service = std::make_unique<SyncPrerequisiteService>(
        *m_marketo, *m_runner, QStringLiteral("alice@acme.example"));
}

void TestOverviewSyncCheck::cleanup()
{
    m_window.reset();
    m_service.reset();
    m_marketo.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_worker.reset();
    m_secrets.reset();
    m_database.reset();
}

void TestOverviewSyncCheck::openWindow()
{
    MainWindowOptions options;
    options.actor = QStringLiteral("alice@acme.example");
    options.services.syncPrerequisite = m_service.get();
    m_window = std::make_unique<MainWindow>(*m_worker, options);
    QSignalSpy loaded(m_window.get(), &MainWindow::snapshotLoaded);
    m_window->resize(1200, 900);
    m_window->show();
    QTRY_VERIFY(!loaded.isEmpty());
}

void TestOverviewSyncCheck::connectMarketo()
{
    const QJsonObject marketo = m_sandbox->readyInfo().value(QStringLiteral("marketo")).toObject();
    MarketoCredentials credentials;
    credentials.restUrl = QUrl(marketo.value(QStringLiteral("restUrl")).toString());
    credentials.identityUrl = QUrl(marketo.value(QStringLiteral("identityUrl")).toString());
    credentials.clientId = marketo.value(QStringLiteral("clientId")).toString();
    credentials.clientSecret = marketo.value(QStringLiteral("clientSecret")).toString().toUtf8();
    std::optional<Result<MarketoTestOutcome>> outcome;
    m_marketo->connectTo(
        credentials, [&outcome](Result<MarketoTestOutcome> answer) { outcome = std::move(answer); });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20'000);
    QVERIFY2(outcome->ok() && (*outcome)->connected, failureText(*outcome).constData());
}

PrerequisiteCard* TestOverviewSyncCheck::card() const
{
    return m_window->findChild<OverviewPage*>()->prerequisiteCard(SyncPrerequisiteService::prerequisiteKey);
}

void TestOverviewSyncCheck::connectedMarketoConfirmsThePrerequisiteWithItsFigures()
{
    connectMarketo();
    openWindow();
    QVERIFY(card()->checkButton()->isVisible());
    QVERIFY(!card()->checkBox()->isChecked());
    QVERIFY(card()->noteText().isEmpty());
    QSignalSpy loaded(m_window.get(), &MainWindow::snapshotLoaded);
    QTest::mouseClick(card()->checkButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20'000);
    QTRY_VERIFY(card()->checkBox()->isChecked());
    QVERIFY2(
        card()->noteText().contains(QStringLiteral("Checked in Marketo")), qPrintable(card()->noteText()));
    QVERIFY(card()->noteText().contains(QStringLiteral("sampled people carry a Salesforce ID and an owner")));
    QVERIFY2(card()->confirmationText().contains(QStringLiteral("alice@acme.example")),
        qPrintable(card()->confirmationText()));
    // The other prerequisite has no check from the data.
    QVERIFY(!m_window->findChild<OverviewPage*>()
                 ->prerequisiteCard(QStringLiteral("actions-enabled"))
                 ->checkButton()
                 ->isVisible());
}

void TestOverviewSyncCheck::notConnectedTheCardSaysWhy()
{
    openWindow();
    QSignalSpy loaded(m_window.get(), &MainWindow::snapshotLoaded);
    QTest::mouseClick(card()->checkButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20'000);
    QVERIFY2(card()->checkProgressText().contains(QStringLiteral("marketo.not-connected")),
        qPrintable(card()->checkProgressText()));
    QVERIFY(!card()->checkBox()->isChecked());
    QVERIFY(card()->checkButton()->isEnabled()); // to try again once connected
}

QTEST_MAIN(TestOverviewSyncCheck)
#include "testoverviewsynccheck.moc"
