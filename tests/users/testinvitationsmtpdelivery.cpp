// InvitationDelivery as the product runs it, with no fake in between: the transport it makes itself from the
// stored mail settings (SmtpTransport, STARTTLS with AUTH, the CA trusted through the extra-CA-file setting),
// the SMTP password saved by MailSettingsEditor into a real Secret Service (tests/with-keyring.sh) and read
// back from it for the round, and a real SMTP server (aiosmtpd, tests/support/smtpserver.py, on 127.0.0.1 at
// a port chosen at run time). What the server received is read back with Python's email parser: the subject,
// the To, the plain and HTML parts. A recipient the server refuses is marked failed with the server's own
// words and nothing else is marked sent but what the server took; a retry once the server takes it delivers
// it alone; a wrong password stops the round with a message that names the user, marks nothing, and the
// right one then sends them all.
#include "mail/mailsettings.h"
#include "mail/mailsettingseditor.h"
#include "parsedmail.h"
#include "secrets/keychainsecretstore.h"
#include "secretstorecalls.h"
#include "settings/settingsrepository.h"
#include "smtptestserver.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"
#include "testtlsfiles.h"
#include "users/instancerepository.h"
#include "users/invitationdelivery.h"
#include "users/userdirectory.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sia;
using namespace sia::test;

namespace {

const QString actor = QStringLiteral("alice@acme.example");
const QString smtpUser = QStringLiteral("invites@acme.example");
const QString smtpPassword = QStringLiteral("s3cret-smtp-Pass");
const QString refused = QStringLiteral("nobody@acme.example");

} // namespace

class TestInvitationSmtpDelivery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void invitationsArriveAtTheServer();
    void aRefusedRecipientFailsWithTheServersReasonAndARetryDeliversIt();
    void aWrongPasswordStopsTheRoundAndMarksNothing();
    void aMissingPasswordSaysWhereToEnterIt();

private:
    // The server's mail settings saved as the Mail dialog saves them; password: typed (empty: none typed).
    void saveSettings(const SmtpTestServer& server, const QString& password);
    std::unique_ptr<SmtpTestServer> startServer(const QStringList& refusedRecipients = {});
    void invite(const QList<Invitee>& invitees);
    Invitee invitee(const QString& email, const QString& first = {}, const QStringList& teams = {}) const;
    UserRecord userOf(const QString& email) const;
    // One round: sent, failed and the message, as roundFinished gave them.
    QVariantList deliverAndWait();
    QStringList emailsWhere(const QString& condition) const;

    QTemporaryDir m_dir;
    TestTlsFiles m_tls;
    QString m_service; // unique per run, so that no other run's secret can make a test pass
    QString m_instance;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DirectStoreRunner> m_runner;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<MailSettingsEditor> m_editor;
    std::unique_ptr<InvitationDelivery> m_delivery;
};

void TestInvitationSmtpDelivery::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("SIA_TEST_KEYRING")) {
        QFAIL("This test needs a private Secret Service: run it through tests/with-keyring.sh "
              "(or leave it out with ctest -LE keychain).");
    }
    QVERIFY(m_dir.isValid());
    m_tls = TestTlsFiles::make(m_dir.path(), QStringLiteral("trusted"));
    QVERIFY2(m_tls.isValid(), qPrintable(m_tls.problem));
    m_service = QStringLiteral("SIA Admin test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestInvitationSmtpDelivery::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    QVERIFY(InstanceRepository(*m_store).create(QStringLiteral("Acme"), actor).ok());
    // The server's certificate is signed by the test's own CA, trusted as an admin would trust theirs.
    const Result<void> trusted
        = SettingsRepository(*m_store).set(SettingKey::NetworkExtraCaFile, m_tls.caCertificate, actor);
    QVERIFY2(trusted.ok(), describe(trusted).constData());
    m_runner = std::make_unique<DirectStoreRunner>(*m_store);
    m_secrets = std::make_unique<KeychainSecretStore>(m_service);
    m_instance = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_editor = std::make_unique<MailSettingsEditor>(*m_runner, *m_secrets, m_instance, actor);
    m_delivery = std::make_unique<InvitationDelivery>(*m_runner, *m_secrets, m_instance);
}

void TestInvitationSmtpDelivery::cleanup()
{
    m_delivery.reset();
    m_editor.reset();
    if (m_secrets) {
        const SecretKey key = MailSettingsRepository::passwordKey(m_instance);
        const Result<void> removed = removeAndWait(*m_secrets, key);
        QVERIFY2(removed.ok(), describe(removed).constData());
        QVERIFY(failedWith(readAndWait(*m_secrets, key), ErrorKind::NotFound));
    }
    m_secrets.reset();
    m_runner.reset();
    m_store.reset();
    m_database.reset();
}

void TestInvitationSmtpDelivery::saveSettings(const SmtpTestServer& server, const QString& password)
{
    MailSettingsChange change;
    change.settings.smtpHost = QStringLiteral("127.0.0.1");
    change.settings.smtpPort = server.port();
    change.settings.security = SmtpSecurity::StartTls;
    change.settings.smtpUser = smtpUser;
    change.settings.fromAddress = smtpUser;
    change.settings.fromName = QStringLiteral("Acme Marketing");
    change.settings.language = QStringLiteral("en");
    change.newPassword = password.toUtf8();
    std::optional<Result<void>> saved;
    m_editor->save(change, [&saved](Result<void> result) { saved = std::move(result); });
    QTRY_VERIFY(saved.has_value());
    QVERIFY2(saved->ok(), describe(*saved).constData());
}

std::unique_ptr<SmtpTestServer> TestInvitationSmtpDelivery::startServer(const QStringList& refusedRecipients)
{
    auto server = std::make_unique<SmtpTestServer>(SmtpTestServer::Options { SmtpTestServer::Mode::StartTls,
        m_tls.serverCertificate, m_tls.serverKey, smtpUser, smtpPassword, refusedRecipients, 120 });
    if (!server->start()) {
        qWarning("%s", server->problem().constData());
        return {};
    }
    return server;
}

Invitee TestInvitationSmtpDelivery::invitee(
    const QString& email, const QString& first, const QStringList& teams) const
{
    Invitee one;
    one.email = email;
    one.firstName = first;
    one.teams = teams;
    return one;
}

void TestInvitationSmtpDelivery::invite(const QList<Invitee>& invitees)
{
    const Result<QList<InviteResult>> invited = UserDirectory(*m_store).invite(invitees, actor);
    QVERIFY2(invited.ok(), failureText(invited).constData());
    QCOMPARE(invited->size(), invitees.size());
}

UserRecord TestInvitationSmtpDelivery::userOf(const QString& email) const
{
    return UserDirectory(*m_store).user(email).value();
}

QVariantList TestInvitationSmtpDelivery::deliverAndWait()
{
    QSignalSpy finished(m_delivery.get(), &InvitationDelivery::roundFinished);
    m_delivery->deliverQueued();
    // The transport's own timeouts bound a round; the wait is longer than them under the sanitizers.
    if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 60000)) {
        return {};
    }
    return finished.constFirst();
}

QStringList TestInvitationSmtpDelivery::emailsWhere(const QString& condition) const
{
    const Result<QList<UserRecord>> users = UserDirectory(*m_store).users({});
    QStringList emails;
    for (const UserRecord& user : users.value()) {
        if ((condition == u"sent" && user.delivery == DeliveryState::Sent)
            || (condition == u"failed" && user.delivery == DeliveryState::Failed)
            || (condition == u"queued" && user.delivery == DeliveryState::Queued)) {
            emails << user.email;
        }
    }
    emails.sort();
    return emails;
}

void TestInvitationSmtpDelivery::invitationsArriveAtTheServer()
{
    const std::unique_ptr<SmtpTestServer> server = startServer();
    QVERIFY(server);
    saveSettings(*server, smtpPassword);
    QVERIFY(UserDirectory(*m_store).createTeam(QStringLiteral("Sales"), actor).ok());
    invite({ invitee(QStringLiteral("sam@acme.example"), QStringLiteral("Sam"), { QStringLiteral("Sales") }),
        invitee(QStringLiteral("jiwoo@acme.example"), QStringLiteral("Jiwoo")) });

    const QVariantList finished = deliverAndWait();
    QVERIFY2(finished.size() == 3, "no roundFinished within a minute");
    QCOMPARE(finished.at(0).toInt(), 2);
    QCOMPARE(finished.at(1).toInt(), 0);
    QVERIFY2(finished.at(2).toString().isEmpty(), qPrintable(finished.at(2).toString()));

    QVERIFY(server->waitForMessages(2));
    const QList<ReceivedMail> received = server->received();
    QCOMPARE(received.size(), 2);
    QSet<QString> arrived;
    for (qsizetype i = 0; i < received.size(); ++i) {
        const ReceivedMail& mail = received.at(i);
        QVERIFY(mail.tls); // STARTTLS was on before MAIL
        QCOMPARE(mail.login, smtpUser); // with the password the keychain held
        QCOMPARE(mail.mailFrom, smtpUser);
        QCOMPARE(mail.rcptTos.size(), 1);
        const QString to = mail.rcptTos.constFirst();
        arrived.insert(to);

        const ParsedMail parsed = ParsedMail::parse(mail.bytes);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
        QVERIFY2(parsed.defects.isEmpty(), qPrintable(parsed.defects.join(QStringLiteral(", "))));
        QCOMPARE(parsed.toAddress, to);
        QCOMPARE(parsed.toCount, 1);
        QCOMPARE(parsed.fromAddress, smtpUser);
        QCOMPARE(parsed.fromName, QStringLiteral("Acme Marketing"));
        QCOMPARE(parsed.subject(),
            QStringLiteral("alice@acme.example invited you to Acme in Sales Insight Actions"));
        QCOMPARE(parsed.contentType, QStringLiteral("multipart/alternative"));
        const UserRecord user = userOf(to);
        QCOMPARE(parsed.toName, user.firstName);
        for (const QString& part : { parsed.plainText, parsed.html }) {
            QVERIFY2(part.contains(QStringLiteral("Hello %1,").arg(user.firstName)), qPrintable(part));
            QVERIFY2(part.contains(QStringLiteral("alice@acme.example")), qPrintable(part));
            QVERIFY2(part.contains(QStringLiteral("Acme")), qPrintable(part));
        }
        QVERIFY2(!parsed.plainText.contains(QStringLiteral("<p>")), qPrintable(parsed.plainText));
        QVERIFY2(parsed.html.contains(QStringLiteral("<p>")), qPrintable(parsed.html));
        if (to == u"sam@acme.example") {
            QVERIFY2(parsed.plainText.contains(QStringLiteral("Everyone and Sales")),
                qPrintable(parsed.plainText));
        }

        // The store records the server's own answer to this very message.
        QCOMPARE(user.delivery, DeliveryState::Sent);
        QVERIFY2(user.deliveryDetail.contains(
                     QStringLiteral("queued as SIA%1").arg(i + 1, 3, 10, QLatin1Char('0'))),
            qPrintable(user.deliveryDetail));
        QVERIFY(user.deliveredAt.isValid());
        QCOMPARE(user.deliveryAttempts, 1);
    }
    QCOMPARE(arrived,
        (QSet<QString> { QStringLiteral("sam@acme.example"), QStringLiteral("jiwoo@acme.example") }));
    QVERIFY(UserDirectory(*m_store).queued().value().isEmpty());
    // The password went only to the keychain: not into the settings the store holds.
    QCOMPARE(scalar(*m_store,
                 QStringLiteral("SELECT COUNT(*) FROM settings WHERE value LIKE '%s3cret-smtp-Pass%'"))
                 .toInt(),
        0);
}

void TestInvitationSmtpDelivery::aRefusedRecipientFailsWithTheServersReasonAndARetryDeliversIt()
{
    std::unique_ptr<SmtpTestServer> server = startServer({ refused });
    QVERIFY(server);
    saveSettings(*server, smtpPassword);
    invite({ invitee(QStringLiteral("ana@acme.example")), invitee(refused),
        invitee(QStringLiteral("bo@acme.example")) });

    QSignalSpy failed(m_delivery.get(), &InvitationDelivery::failed);
    const QVariantList finished = deliverAndWait();
    QVERIFY2(finished.size() == 3, "no roundFinished within a minute");
    QCOMPARE(finished.at(0).toInt(), 2);
    QCOMPARE(finished.at(1).toInt(), 1);
    QVERIFY2(finished.at(2).toString().contains(QStringLiteral("could not be delivered")),
        qPrintable(finished.at(2).toString()));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.constFirst().at(0).toString(), refused);

    // The refused one: failed, with the server's reason, never delivered.
    const UserRecord nobody = userOf(refused);
    QCOMPARE(nobody.delivery, DeliveryState::Failed);
    QVERIFY2(nobody.deliveryDetail.contains(QStringLiteral("550 5.1.1")), qPrintable(nobody.deliveryDetail));
    QVERIFY2(nobody.deliveryDetail.contains(QStringLiteral("Recipient address rejected")),
        qPrintable(nobody.deliveryDetail));
    QVERIFY2(nobody.deliveryDetail.contains(refused), qPrintable(nobody.deliveryDetail));
    QVERIFY(!nobody.deliveredAt.isValid());
    QCOMPARE(nobody.deliveryAttempts, 1);

    // Nothing is marked sent that the server did not take, and everything it took is marked sent.
    QVERIFY(server->waitForMessages(2));
    QStringList arrived;
    for (const ReceivedMail& mail : server->received()) {
        arrived << mail.rcptTos;
    }
    arrived.sort();
    QCOMPARE(
        arrived, (QStringList { QStringLiteral("ana@acme.example"), QStringLiteral("bo@acme.example") }));
    QCOMPARE(emailsWhere(QStringLiteral("sent")), arrived);
    QCOMPARE(emailsWhere(QStringLiteral("failed")), QStringList { refused });

    // The mailbox now exists (a server that takes the address, on another port): the retry delivers it,
    // alone.
    const std::unique_ptr<SmtpTestServer> fixed = startServer();
    QVERIFY(fixed);
    saveSettings(*fixed, QString()); // the stored password serves the same user
    QCOMPARE(UserDirectory(*m_store).retryFailed(actor).value(), 1);
    QCOMPARE(emailsWhere(QStringLiteral("queued")), QStringList { refused });
    const QVariantList retried = deliverAndWait();
    QVERIFY2(retried.size() == 3, "no roundFinished within a minute");
    QCOMPARE(retried.at(0).toInt(), 1);
    QCOMPARE(retried.at(1).toInt(), 0);
    QVERIFY(fixed->waitForMessages(1));
    QCOMPARE(fixed->received().size(), 1);
    QCOMPARE(fixed->received().constFirst().rcptTos, QStringList { refused });
    QCOMPARE(ParsedMail::parse(fixed->received().constFirst().bytes).toAddress, refused);
    const UserRecord delivered = userOf(refused);
    QCOMPARE(delivered.delivery, DeliveryState::Sent);
    QVERIFY2(delivered.deliveryDetail.contains(QStringLiteral("queued as SIA001")),
        qPrintable(delivered.deliveryDetail));
    QVERIFY(delivered.deliveredAt.isValid());
    QCOMPARE(delivered.deliveryAttempts, 2);
    QCOMPARE(server->received().size(), 2); // the first server was sent nothing again
    QCOMPARE(userOf(QStringLiteral("ana@acme.example")).deliveryAttempts, 1);
}

void TestInvitationSmtpDelivery::aWrongPasswordStopsTheRoundAndMarksNothing()
{
    const std::unique_ptr<SmtpTestServer> server = startServer();
    QVERIFY(server);
    saveSettings(*server, QStringLiteral("not-the-password"));
    const QStringList emails { QStringLiteral("ana@acme.example"), QStringLiteral("bo@acme.example"),
        QStringLiteral("cy@acme.example") };
    invite({ invitee(emails.at(0)), invitee(emails.at(1)), invitee(emails.at(2)) });

    QSignalSpy failed(m_delivery.get(), &InvitationDelivery::failed);
    QSignalSpy delivered(m_delivery.get(), &InvitationDelivery::delivered);
    const QVariantList finished = deliverAndWait();
    QVERIFY2(finished.size() == 3, "no roundFinished within a minute");
    QCOMPARE(finished.at(0).toInt(), 0);
    QCOMPARE(finished.at(1).toInt(), 0); // no invitation is to blame
    const QString message = finished.at(2).toString();
    QVERIFY2(message.contains(smtpUser), qPrintable(message)); // whose password was refused
    QVERIFY2(message.contains(QStringLiteral("3 invitation(s) stay queued")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("not-the-password")), qPrintable(message));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(delivered.count(), 0);
    QVERIFY(server->received().isEmpty());
    // Nothing is marked: every invitation is queued as before, with no attempt counted.
    QCOMPARE(emailsWhere(QStringLiteral("sent")), QStringList());
    QCOMPARE(emailsWhere(QStringLiteral("failed")), QStringList());
    for (const QString& email : emails) {
        const UserRecord user = userOf(email);
        QCOMPARE(user.delivery, DeliveryState::Queued);
        QCOMPARE(user.deliveryAttempts, 0);
        QVERIFY(!user.deliveredAt.isValid());
    }

    // The right password, typed into the Mail dialog again: the next round sends them all.
    saveSettings(*server, smtpPassword);
    const QVariantList again = deliverAndWait();
    QVERIFY2(again.size() == 3, "no roundFinished within a minute");
    QCOMPARE(again.at(0).toInt(), 3);
    QVERIFY(server->waitForMessages(3));
    QCOMPARE(emailsWhere(QStringLiteral("sent")), emails);
}

void TestInvitationSmtpDelivery::aMissingPasswordSaysWhereToEnterIt()
{
    const std::unique_ptr<SmtpTestServer> server = startServer();
    QVERIFY(server);
    saveSettings(*server, smtpPassword);
    const Result<void> removed = removeAndWait(*m_secrets, MailSettingsRepository::passwordKey(m_instance));
    QVERIFY2(removed.ok(), describe(removed).constData());
    invite({ invitee(QStringLiteral("ana@acme.example")) });

    const QVariantList finished = deliverAndWait();
    QVERIFY2(finished.size() == 3, "no roundFinished within a minute");
    QCOMPARE(finished.at(0).toInt(), 0);
    QCOMPARE(finished.at(1).toInt(), 0);
    const QString message = finished.at(2).toString();
    QVERIFY2(message.contains(QStringLiteral("no SMTP password for %1").arg(smtpUser)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Mail settings")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("1 invitation(s) stay queued")), qPrintable(message));
    QVERIFY(server->received().isEmpty());
    QCOMPARE(userOf(QStringLiteral("ana@acme.example")).delivery, DeliveryState::Queued);
}

QTEST_GUILESS_MAIN(TestInvitationSmtpDelivery)
#include "testinvitationsmtpdelivery.moc"
