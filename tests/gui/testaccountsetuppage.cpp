// Step 1's page on the offscreen platform, over the real services, a real database (on the store's worker
// thread) and an in-process sandbox: without Marketo the admins are typed in; with Marketo connected its
// admins are listed with checkboxes; Invite records them, the first one marked the original user; a
// malformed address is refused with nothing saved and nothing typed lost; the integration details card
// shows the client ID and whether the secret is stored; Remove removes an invited admin and, once a people
// sync has started, refuses the original user with the reason shown; without a service (a review)
// nothing acts.
#include "banner.h"
#include "mail/mailsettings.h"
#include "mail/mailtransport.h"
#include "marketo/marketoconnectionservice.h"
#include "memorysecretstore.h"
#include "sandbox/sandbox.h"
#include "steps/accountsetuppage.h"
#include "store/store.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"
#include "users/accountsetupservice.h"
#include "users/invitationdelivery.h"

#include <QApplication>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace sia;
using namespace sia::test;

class TestAccountSetupPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void withoutMarketoAdminsAreTypedInAndTheFirstIsTheOriginalUser();
    void marketoAdminsAreListedAndTickedOnesInvited();
    void malformedAddressIsRefusedAndTheTextKept();
    void integrationDetailsShowTheClientIdAndTheSecret();
    void removeRefusesTheOriginalUserOnceThePeopleSyncStarted();
    void withoutAServiceNothingActs();
    void theListSaysWhatBecameOfEachEmail();

private:
    MarketoSandboxEndpoints endpoints() const;
    void showPage(bool withMarketo, sia::InvitationDelivery* delivery = nullptr);
    void connectMarketo();
    void createInstance();
    void pressInvite();
    QStringList invitedLines() const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<MarketoConnectionService> m_marketo;
    std::unique_ptr<AccountSetupService> m_account;
    std::unique_ptr<AccountSetupPage> m_page;
};

void TestAccountSetupPage::init()
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
    options.people = 50;
    m_sandbox = std::make_unique<sandbox::Sandbox>(options);
    QVERIFY(m_sandbox->start().ok());
    m_marketo = std::make_unique<MarketoConnectionService>(
        *m_runner, *m_secrets, QStringLiteral("gui-test"), QStringLiteral("alice@acme.example"));
    m_marketo->setSandbox(endpoints());
    m_account = std::make_unique<AccountSetupService>(
        *m_runner, *m_secrets, QStringLiteral("gui-test"), QStringLiteral("alice@acme.example"));
}

void TestAccountSetupPage::cleanup()
{
    m_page.reset();
    m_account.reset();
    m_marketo.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_worker.reset();
    m_secrets.reset();
    m_database.reset();
}

MarketoSandboxEndpoints TestAccountSetupPage::endpoints() const
{
    const QJsonObject marketo = m_sandbox->readyInfo().value(QStringLiteral("marketo")).toObject();
    MarketoSandboxEndpoints sandbox;
    sandbox.restUrl = QUrl(marketo.value(QStringLiteral("restUrl")).toString());
    sandbox.identityUrl = QUrl(marketo.value(QStringLiteral("identityUrl")).toString());
    sandbox.clientId = marketo.value(QStringLiteral("clientId")).toString();
    sandbox.clientSecret = marketo.value(QStringLiteral("clientSecret")).toString().toUtf8();
    return sandbox;
}

void TestAccountSetupPage::showPage(bool withMarketo, InvitationDelivery* delivery)
{
    m_page = std::make_unique<AccountSetupPage>();
    m_page->resize(1100, 1800);
    QSignalSpy loaded(m_page.get(), &AccountSetupPage::accountChanged);
    QSignalSpy listed(m_page.get(), &AccountSetupPage::marketoAdminsChanged);
    StepServices services;
    services.account = m_account.get();
    services.marketo = withMarketo ? m_marketo.get() : nullptr;
    services.invitationDelivery = delivery;
    m_page->setServices(services);
    m_page->show();
    QTRY_COMPARE(loaded.size(), 1);
    if (withMarketo) {
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 20'000);
    }
}

void TestAccountSetupPage::connectMarketo()
{
    const MarketoSandboxEndpoints sandbox = endpoints();
    std::optional<Result<MarketoTestOutcome>> outcome;
    m_marketo->connectTo({ sandbox.restUrl, sandbox.identityUrl, sandbox.clientId, sandbox.clientSecret },
        [&outcome](Result<MarketoTestOutcome> answer) { outcome = std::move(answer); });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20'000);
    QVERIFY2(outcome->ok() && (*outcome)->connected, failureText(*outcome).constData());
}

void TestAccountSetupPage::createInstance()
{
    QVERIFY(!m_page->inviteButton()->isEnabled()); // no instance yet
    m_page->instanceNameEdit()->setText(QStringLiteral("Acme"));
    QSignalSpy finished(m_page.get(), &AccountSetupPage::inviteFinished);
    QSignalSpy loaded(m_page.get(), &AccountSetupPage::accountChanged);
    QVERIFY(m_page->createInstanceButton()->isEnabled());
    QTest::mouseClick(m_page->createInstanceButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY2(m_page->instanceLabel()->text().contains(QStringLiteral("“Acme”")),
        qPrintable(m_page->instanceLabel()->text()));
    QVERIFY(!m_page->createInstanceButton()->isVisible());
}

void TestAccountSetupPage::pressInvite()
{
    QSignalSpy finished(m_page.get(), &AccountSetupPage::inviteFinished);
    QVERIFY(m_page->inviteButton()->isEnabled());
    QTest::mouseClick(m_page->inviteButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
}

QStringList TestAccountSetupPage::invitedLines() const
{
    QStringList lines;
    for (int row = 0; row < m_page->invitedList()->count(); ++row) {
        lines << m_page->invitedList()->item(row)->text();
    }
    return lines;
}

void TestAccountSetupPage::withoutMarketoAdminsAreTypedInAndTheFirstIsTheOriginalUser()
{
    showPage(false);
    QVERIFY2(m_page->marketoAdminsNote()->text().contains(QStringLiteral("step 3")),
        qPrintable(m_page->marketoAdminsNote()->text()));
    QVERIFY(!m_page->refreshButton()->isEnabled());
    createInstance();
    m_page->typedAddressesEdit()->setText(QStringLiteral("ada@acme.example, bob@acme.example"));
    QSignalSpy loaded(m_page.get(), &AccountSetupPage::accountChanged);
    pressInvite();
    QTRY_COMPARE(loaded.size(), 1);
    const QStringList lines = invitedLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("ada@acme.example"))
            && lines.at(0).contains(QStringLiteral("original user")),
        qPrintable(lines.join(u'\n')));
    QVERIFY2(!lines.at(1).contains(QStringLiteral("original")), qPrintable(lines.at(1)));
    // No delivery in this window: the emails wait, and the list says so.
    QVERIFY2(lines.at(0).contains(QStringLiteral("waiting to be sent")), qPrintable(lines.at(0)));
    QVERIFY(m_page->typedAddressesEdit()->text().isEmpty());
    QVERIFY(m_page->doneBanner()->isVisible());
    QVERIFY(m_page->instanceLabel()->text().contains(QStringLiteral("activated")));
}

void TestAccountSetupPage::marketoAdminsAreListedAndTickedOnesInvited()
{
    connectMarketo();
    showPage(true);
    QListWidget* list = m_page->marketoAdminsList();
    QCOMPARE(list->count(), 8); // the sandbox's five Admins and three pending invitations
    QVERIFY(list->isVisible());
    createInstance();
    QVERIFY(!m_page->inviteButton()->isEnabled()); // nothing ticked or typed
    list->item(0)->setCheckState(Qt::Checked);
    const QString chosen = list->item(0)->text();
    QSignalSpy loaded(m_page.get(), &AccountSetupPage::accountChanged);
    pressInvite();
    QTRY_COMPARE(loaded.size(), 1);
    const QStringList lines = invitedLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().contains(QStringLiteral("original user")));
    // Shown as invited in Marketo's list, and no longer to be ticked.
    QVERIFY2(
        list->item(0)->text().contains(QStringLiteral("already invited")), qPrintable(list->item(0)->text()));
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled));
    QVERIFY(chosen.contains(lines.first().section(QLatin1Char(' '), 0, 0)));
    const QString source
        = scalar(*m_database->open().value(), QStringLiteral("SELECT source FROM invitations")).toString();
    QCOMPARE(source, QStringLiteral("marketo-admin"));

    // Refresh asks Marketo again.
    QSignalSpy listed(m_page.get(), &AccountSetupPage::marketoAdminsChanged);
    QTest::mouseClick(m_page->refreshButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 20'000);
    QCOMPARE(list->count(), 8);
}

void TestAccountSetupPage::malformedAddressIsRefusedAndTheTextKept()
{
    showPage(false);
    createInstance();
    m_page->typedAddressesEdit()->setText(QStringLiteral("ada@acme.example oops"));
    pressInvite();
    QVERIFY(m_page->errorBanner()->isVisible());
    QCOMPARE(m_page->typedAddressesEdit()->text(), QStringLiteral("ada@acme.example oops"));
    QCOMPARE(invitedLines(), QStringList { QStringLiteral("No admin invited yet.") });
    QCOMPARE(rowCount(*m_database->open().value(), QStringLiteral("invitations")), 0);
    QVERIFY(m_page->inviteButton()->isEnabled()); // to correct it and try again
}

void TestAccountSetupPage::integrationDetailsShowTheClientIdAndTheSecret()
{
    showPage(false);
    QVERIFY2(m_page->integrationLabel()->text().contains(QStringLiteral("not entered yet")),
        qPrintable(m_page->integrationLabel()->text()));
    connectMarketo();
    showPage(false);
    const QString text = m_page->integrationLabel()->text();
    QVERIFY2(text.contains(endpoints().clientId), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("stored in this computer's keychain")), qPrintable(text));
    QVERIFY(!text.contains(QString::fromUtf8(endpoints().clientSecret)));
}

void TestAccountSetupPage::removeRefusesTheOriginalUserOnceThePeopleSyncStarted()
{
    showPage(false);
    createInstance();
    m_page->typedAddressesEdit()->setText(QStringLiteral("ada@acme.example, bob@acme.example"));
    QSignalSpy loaded(m_page.get(), &AccountSetupPage::accountChanged);
    pressInvite();
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(!m_page->removeButton()->isEnabled()); // nobody selected
    // A people sync began (as the sync writes its run).
    {
        std::unique_ptr<Store> store = m_database->open().value();
        QVERIFY(
            store
                ->exec(QStringLiteral("INSERT INTO sync_runs (kind, state, started_by, started_at) VALUES "
                                      "('people-initial', 'running', 'alice', '2026-12-01T10:00:00.000Z')"))
                .ok());
    }
    QSignalSpy removed(m_page.get(), &AccountSetupPage::removeFinished);
    m_page->invitedList()->setCurrentRow(0); // the original user
    QVERIFY(m_page->removeButton()->isEnabled());
    QTest::mouseClick(m_page->removeButton(), Qt::LeftButton);
    QTRY_COMPARE(removed.size(), 1);
    QVERIFY(m_page->errorBanner()->isVisible());
    QVERIFY2(m_page->errorBanner()->text().contains(QStringLiteral("original user"))
            && m_page->errorBanner()->text().contains(QStringLiteral("user.original-after-sync")),
        qPrintable(m_page->errorBanner()->text()));
    QVERIFY(!invitedLines().at(0).contains(QStringLiteral("removed")));

    // Another admin is removed; the list says so and the banner goes.
    m_page->invitedList()->setCurrentRow(1);
    QSignalSpy reloaded(m_page.get(), &AccountSetupPage::accountChanged);
    QTest::mouseClick(m_page->removeButton(), Qt::LeftButton);
    QTRY_COMPARE(removed.size(), 2);
    QTRY_COMPARE(reloaded.size(), 1);
    QVERIFY(!m_page->errorBanner()->isVisible());
    QVERIFY2(
        invitedLines().at(1).contains(QStringLiteral("removed")), qPrintable(invitedLines().join(u'\n')));
    QCOMPARE(scalar(*m_database->open().value(),
                 QStringLiteral("SELECT status FROM users WHERE email = "
                                "'bob@acme.example'"))
                 .toString(),
        QStringLiteral("revoked"));
}

void TestAccountSetupPage::withoutAServiceNothingActs()
{
    m_page = std::make_unique<AccountSetupPage>();
    m_page->setServices({});
    m_page->show();
    m_page->instanceNameEdit()->setText(QStringLiteral("Acme"));
    QVERIFY(!m_page->createInstanceButton()->isEnabled());
    m_page->typedAddressesEdit()->setText(QStringLiteral("ada@acme.example"));
    QVERIFY(!m_page->inviteButton()->isEnabled());
    QVERIFY(!m_page->refreshButton()->isEnabled());
    QVERIFY(!m_page->removeButton()->isEnabled());
}

namespace {

// A mail server in spirit: accepts every recipient but one, which it refuses as a server would (550).
class OneRefusingTransport final : public MailTransport
{
public:
    Result<MailDelivery> send(const MailMessage& message) override
    {
        if (message.to.address == QLatin1String("bob@acme.example")) {
            return Error::rule(QStringLiteral("smtp.recipient-refused"),
                QStringLiteral("The server refused the recipient: 550 5.1.1 mailbox unavailable"));
        }
        return MailDelivery { QStringLiteral("250 2.0.0 Ok: queued") };
    }
};

} // namespace

void TestAccountSetupPage::theListSaysWhatBecameOfEachEmail()
{
    // An SMTP server configured (else the delivery writes the outbox, whatever the transport).
    {
        Result<std::unique_ptr<Store>> seed = m_database->open();
        QVERIFY2(seed.ok(), seed.ok() ? "" : qPrintable(seed.error().message));
        MailSettings smtp;
        smtp.smtpHost = QStringLiteral("smtp.acme.example");
        smtp.security = SmtpSecurity::StartTls;
        smtp.fromAddress = QStringLiteral("admins@acme.example");
        QVERIFY(MailSettingsRepository(**seed).save(smtp, QStringLiteral("gui-test")).ok());
    }
    InvitationDelivery delivery(*m_runner, *m_secrets, QStringLiteral("gui-test"));
    delivery.setTransportFactory(
        [](const MailSettings&, const QByteArray&) { return std::make_unique<OneRefusingTransport>(); });
    m_account->setDelivery(&delivery);
    showPage(false, &delivery);
    createInstance();
    m_page->typedAddressesEdit()->setText(QStringLiteral("ada@acme.example, bob@acme.example"));
    QSignalSpy rounds(&delivery, &InvitationDelivery::roundFinished);
    QSignalSpy loaded(m_page.get(), &AccountSetupPage::accountChanged);
    pressInvite();
    QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 20'000);
    // The page reloads after the round on its own: the last load shows both outcomes.
    QTRY_VERIFY_WITH_TIMEOUT(invitedLines().join(u'\n').contains(QStringLiteral("was not sent")), 20'000);
    const QStringList lines = invitedLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("ada@acme.example"))
            && lines.at(0).contains(QStringLiteral("the invitation email was sent")),
        qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("bob@acme.example"))
            && lines.at(1).contains(QStringLiteral("550 5.1.1 mailbox unavailable"))
            && lines.at(1).contains(QStringLiteral("step 5")),
        qPrintable(lines.at(1)));
    if (const QString dir = qEnvironmentVariable("SIA_TOUR_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/step-1-invited-delivery.png")));
    }
    m_page.reset(); // before the delivery it listens to
    m_account->setDelivery(nullptr);
}

QTEST_MAIN(TestAccountSetupPage)
#include "testaccountsetuppage.moc"
