// Sending the queued invitations (InvitationDelivery) through a transport of the test's own: each email
// goes out on a thread that is not the GUI thread, each outcome is recorded as it comes, a refused
// recipient fails alone, a connection that fails stops the round with the rest still queued, and nothing
// is marked sent that the transport did not accept. With users-mail's OutboxTransport, real .eml files.
#include "mail/mailsettings.h"
#include "mail/mailtransport.h"
#include "memorysecretstore.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"
#include "users/accountsetupservice.h"
#include "users/instancerepository.h"
#include "users/invitationdelivery.h"
#include "users/userdirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sia;
using namespace sia::test;

namespace {

const QString actor = QStringLiteral("alice@acme.example");

// What the fake server saw and how it answers, shared with the round's thread.
struct FakeServer
{
    QMutex mutex;
    QStringList accepted; // the recipients it said yes to
    QList<Qt::HANDLE> threads;
    QSet<QString> refused; // recipients it refuses
    int failConnectAt = -1; // the message (0-based) at which the connection breaks
    int sends = 0;
};

class FakeTransport final : public MailTransport
{
public:
    explicit FakeTransport(std::shared_ptr<FakeServer> server)
        : m_server(std::move(server))
    { }

    Result<MailDelivery> send(const MailMessage& message) override
    {
        QMutexLocker lock(&m_server->mutex);
        m_server->threads.append(QThread::currentThreadId());
        const int number = m_server->sends++;
        if (m_server->failConnectAt >= 0 && number >= m_server->failConnectAt) {
            return Error::environment(
                QStringLiteral("smtp.connect"), QStringLiteral("Cannot reach mail.example.com:587."));
        }
        if (m_server->refused.contains(message.to.address)) {
            return Error::rule(QStringLiteral("smtp.recipient-refused"),
                QStringLiteral("550 5.1.1 <%1>: Recipient address rejected").arg(message.to.address));
        }
        m_server->accepted.append(message.to.address);
        return MailDelivery { QStringLiteral("250 2.0.0 Ok: queued as %1").arg(number) };
    }

private:
    std::shared_ptr<FakeServer> m_server;
};

} // namespace

class TestInvitationDelivery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyQueuedInvitationIsSentOffTheGuiThreadAndRecorded();
    void aRefusedRecipientFailsAloneAndIsRetried();
    void aConnectFailureStopsTheRoundAndLeavesTheRestQueued();
    void aCallDuringARoundSendsWhatWasQueuedMeanwhile();
    void nothingQueuedFinishesAtOnce();
    void stepOnesAdminsAreSentToo();
    void theOutboxGetsAnEmlFilePerInvitation();

private:
    void invite(const QStringList& emails);
    UserRecord userOf(const QString& email) const;
    void deliverAndWait(int rounds = 1);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DirectStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<InvitationDelivery> m_delivery;
    std::shared_ptr<FakeServer> m_server;
};

void TestInvitationDelivery::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    QVERIFY(InstanceRepository(*m_store).create(QStringLiteral("Acme"), actor).ok());
    m_runner = std::make_unique<DirectStoreRunner>(*m_store);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_delivery = std::make_unique<InvitationDelivery>(*m_runner, *m_secrets, QStringLiteral("test-instance"));
    m_server = std::make_shared<FakeServer>();
    std::shared_ptr<FakeServer> server = m_server;
    m_delivery->setTransportFactory(
        [server](const MailSettings&, const QByteArray&) { return std::make_unique<FakeTransport>(server); });
}

void TestInvitationDelivery::cleanup()
{
    m_delivery.reset();
    m_secrets.reset();
    m_runner.reset();
    m_store.reset();
    m_database.reset();
}

void TestInvitationDelivery::invite(const QStringList& emails)
{
    QList<Invitee> invitees;
    for (const QString& email : emails) {
        Invitee one;
        one.email = email;
        invitees.append(one);
    }
    Result<QList<InviteResult>> invited = UserDirectory(*m_store).invite(invitees, actor);
    QVERIFY2(invited.ok(), failureText(invited).constData());
}

UserRecord TestInvitationDelivery::userOf(const QString& email) const
{
    return UserDirectory(*m_store).user(email).value();
}

void TestInvitationDelivery::deliverAndWait(int rounds)
{
    QSignalSpy finished(m_delivery.get(), &InvitationDelivery::roundFinished);
    m_delivery->deliverQueued();
    QTRY_COMPARE(finished.count(), rounds);
    QVERIFY(!m_delivery->isBusy());
}

void TestInvitationDelivery::everyQueuedInvitationIsSentOffTheGuiThreadAndRecorded()
{
    invite({ QStringLiteral("a@acme.example"), QStringLiteral("b@acme.example"),
        QStringLiteral("c@acme.example") });
    QSignalSpy started(m_delivery.get(), &InvitationDelivery::roundStarted);
    QSignalSpy delivered(m_delivery.get(), &InvitationDelivery::delivered);
    QSignalSpy finished(m_delivery.get(), &InvitationDelivery::roundFinished);
    m_delivery->deliverQueued();
    QVERIFY(m_delivery->isBusy());
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(started.constFirst().at(0).toInt(), 3);
    QCOMPARE(delivered.count(), 3);
    QCOMPARE(finished.constFirst().at(0).toInt(), 3);
    QCOMPARE(finished.constFirst().at(1).toInt(), 0);
    QVERIFY(finished.constFirst().at(2).toString().isEmpty());
    QCOMPARE(m_server->threads.size(), 3);
    for (Qt::HANDLE thread : std::as_const(m_server->threads)) {
        QVERIFY(thread != QThread::currentThreadId());
    }
    for (const QString& email : m_server->accepted) {
        const UserRecord user = userOf(email);
        QVERIFY(user.delivery == DeliveryState::InOutbox || user.delivery == DeliveryState::Sent);
        QVERIFY(user.deliveryDetail.startsWith(QStringLiteral("250 ")));
        QCOMPARE(user.deliveryAttempts, 1);
    }
    QVERIFY(UserDirectory(*m_store).queued().value().isEmpty());
}

void TestInvitationDelivery::aRefusedRecipientFailsAloneAndIsRetried()
{
    invite({ QStringLiteral("a@acme.example"), QStringLiteral("nobody@acme.example"),
        QStringLiteral("c@acme.example") });
    m_server->refused.insert(QStringLiteral("nobody@acme.example"));
    QSignalSpy failed(m_delivery.get(), &InvitationDelivery::failed);
    QSignalSpy finished(m_delivery.get(), &InvitationDelivery::roundFinished);
    m_delivery->deliverQueued();
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(finished.constFirst().at(0).toInt(), 2);
    QCOMPARE(finished.constFirst().at(1).toInt(), 1);
    QVERIFY(!finished.constFirst().at(2).toString().isEmpty());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.constFirst().at(0).toString(), QStringLiteral("nobody@acme.example"));
    const UserRecord nobody = userOf(QStringLiteral("nobody@acme.example"));
    QCOMPARE(nobody.delivery, DeliveryState::Failed);
    QVERIFY(nobody.deliveryDetail.contains(QStringLiteral("550 5.1.1")));
    QVERIFY(!nobody.deliveredAt.isValid());
    QCOMPARE(userOf(QStringLiteral("c@acme.example")).deliveryAttempts, 1); // the one after went on

    m_server->refused.clear();
    QCOMPARE(UserDirectory(*m_store).retryFailed(actor).value(), 1);
    deliverAndWait();
    QCOMPARE(userOf(QStringLiteral("nobody@acme.example")).deliveryAttempts, 2);
    QVERIFY(userOf(QStringLiteral("nobody@acme.example")).deliveredAt.isValid());
    QCOMPARE(m_server->accepted.size(), 3);
}

void TestInvitationDelivery::aConnectFailureStopsTheRoundAndLeavesTheRestQueued()
{
    invite({ QStringLiteral("a@acme.example"), QStringLiteral("b@acme.example"),
        QStringLiteral("c@acme.example") });
    m_server->failConnectAt = 1;
    QSignalSpy failed(m_delivery.get(), &InvitationDelivery::failed);
    QSignalSpy finished(m_delivery.get(), &InvitationDelivery::roundFinished);
    m_delivery->deliverQueued();
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(finished.constFirst().at(0).toInt(), 1);
    QCOMPARE(finished.constFirst().at(1).toInt(), 0);
    const QString message = finished.constFirst().at(2).toString();
    QVERIFY2(message.contains(QStringLiteral("Cannot reach mail.example.com:587.")), qPrintable(message));
    QCOMPARE(failed.count(), 0); // no invitation is to blame
    QCOMPARE(m_server->sends, 2); // the round stopped at the failure
    // Nothing is marked sent that was not: only what the server accepted.
    QCOMPARE(m_server->accepted, QStringList { QStringLiteral("a@acme.example") });
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM invitations WHERE delivery <> 'queued'"))
                 .toInt(),
        1);
    for (const QString& email : { QStringLiteral("b@acme.example"), QStringLiteral("c@acme.example") }) {
        QCOMPARE(userOf(email).delivery, DeliveryState::Queued);
        QCOMPARE(userOf(email).deliveryAttempts, 0);
    }

    // Once the server is back, the next round sends the rest.
    m_server->failConnectAt = -1;
    deliverAndWait();
    QVERIFY(UserDirectory(*m_store).queued().value().isEmpty());
    QCOMPARE(m_server->accepted.size(), 3);
}

void TestInvitationDelivery::aCallDuringARoundSendsWhatWasQueuedMeanwhile()
{
    invite({ QStringLiteral("a@acme.example") });
    QSignalSpy finished(m_delivery.get(), &InvitationDelivery::roundFinished);
    m_delivery->deliverQueued();
    QVERIFY(m_delivery->isBusy());
    invite({ QStringLiteral("b@acme.example") });
    m_delivery->deliverQueued(); // busy: remembered
    QTRY_COMPARE(finished.count(), 2);
    QTRY_VERIFY(!m_delivery->isBusy());

    QCOMPARE(finished.at(0).at(0).toInt() + finished.at(1).at(0).toInt(), 2);
    QCOMPARE(m_server->accepted.size(), 2);
    QVERIFY(UserDirectory(*m_store).queued().value().isEmpty());
}

void TestInvitationDelivery::nothingQueuedFinishesAtOnce()
{
    QSignalSpy started(m_delivery.get(), &InvitationDelivery::roundStarted);
    deliverAndWait();
    QCOMPARE(started.constFirst().at(0).toInt(), 0);
    QCOMPARE(m_server->sends, 0);
}

void TestInvitationDelivery::stepOnesAdminsAreSentToo()
{
    AccountSetupService setup(*m_runner, *m_secrets, QStringLiteral("test-instance"), actor);
    setup.setDelivery(m_delivery.get());
    QSignalSpy finished(m_delivery.get(), &InvitationDelivery::roundFinished);
    AdminInvitee admin;
    admin.email = QStringLiteral("olivia@acme.example");
    std::optional<Result<QList<InvitedAdmin>>> invited;
    setup.invite({ admin }, [&invited](Result<QList<InvitedAdmin>> result) { invited = std::move(result); });
    QTRY_VERIFY(invited.has_value());
    QVERIFY2(invited->ok(), failureText(*invited).constData());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_server->accepted, QStringList { admin.email });
    QVERIFY(userOf(admin.email).deliveredAt.isValid());
}

void TestInvitationDelivery::theOutboxGetsAnEmlFilePerInvitation()
{
    // The real transports, as the window makes them: no SMTP server is set up, so the outbox.
    QTemporaryDir outbox;
    QVERIFY(outbox.isValid());
    MailSettings settings;
    settings.outboxFolder = outbox.path();
    QVERIFY(MailSettingsRepository(*m_store).save(settings, actor).ok());
    InvitationDelivery real(*m_runner, *m_secrets, QStringLiteral("test-instance"));
    invite({ QStringLiteral("ana@acme.example"), QStringLiteral("bo@acme.example") });
    QSignalSpy finished(&real, &InvitationDelivery::roundFinished);
    real.deliverQueued();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().at(0).toInt(), 2);
    QCOMPARE(finished.constFirst().at(1).toInt(), 0);

    const QStringList files = QDir(outbox.path()).entryList({ QStringLiteral("*.eml") }, QDir::Files);
    QCOMPARE(files.size(), 2);
    for (const QString& email : { QStringLiteral("ana@acme.example"), QStringLiteral("bo@acme.example") }) {
        const UserRecord user = userOf(email);
        QCOMPARE(user.delivery, DeliveryState::InOutbox);
        QVERIFY2(QFileInfo(user.deliveryDetail).isFile(), qPrintable(user.deliveryDetail)); // the .eml's path
        QFile eml(user.deliveryDetail);
        QVERIFY(eml.open(QIODevice::ReadOnly));
        const QByteArray message = eml.readAll();
        QVERIFY2(message.contains("\r\nTo: ") && message.contains(email.toLatin1()),
            message.left(400).constData());
        QVERIFY(message.contains("Subject: "));
    }
}

QTEST_GUILESS_MAIN(TestInvitationDelivery)
#include "testinvitationdelivery.moc"
