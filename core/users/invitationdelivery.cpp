#include "users/invitationdelivery.h"

#include "mail/invitationemail.h"
#include "mail/mailsettings.h"
#include "mail/mailtransport.h"
#include "mail/outboxtransport.h"
#include "mail/smtptransport.h"
#include "secrets/secretstore.h"
#include "settings/settingsrepository.h"
#include "store/datalocation.h"
#include "store/storerunner.h"
#include "users/userdirectory.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace sia {

namespace {

// How many invitations one round reads; a round that took a full batch is followed by another at once.
constexpr int roundSize = 100;

// What a round needs from the store, read in one job.
struct RoundInput
{
    MailSettings settings;
    QString extraCaFile;
    QList<QueuedInvitation> queued;
};

// Only these failures are about one invitation: the server refused that address, or it cannot go into an
// envelope at all. Everything else (no connection, TLS, authentication, the sender, a timeout, an outbox
// that cannot be written) would fail every other invitation of the round the same way.
bool failsOnlyThisOne(const Error& error)
{
    return error.code == QLatin1String("smtp.recipient-refused")
        || error.code == QLatin1String("mail.invalid-recipient");
}

MailMessage composed(const QueuedInvitation& invitation, const MailSettings& settings)
{
    const UserRecord& user = invitation.user;
    InvitationEmailContent content;
    content.instanceName = invitation.instanceName;
    content.inviteeEmail = user.email;
    content.inviteeName = QStringList { user.firstName, user.lastName }.join(QLatin1Char(' ')).trimmed();
    content.inviter = invitation.inviterName;
    content.role = user.role;
    content.teams = user.teams;
    content.expiresAt = user.expiresAt;
    return InvitationEmail::compose(content, settings);
}

std::unique_ptr<MailTransport> defaultTransport(
    const MailSettings& settings, const QByteArray& password, const QString& extraCaFile)
{
    if (settings.usesOutbox()) {
        return std::make_unique<OutboxTransport>(settings.outboxFolder);
    }
    return std::make_unique<SmtpTransport>(settings, password, extraCaFile);
}

} // namespace

// A round's sending, shared between the GUI thread and the round's own thread: the list is fixed before the
// thread starts; cancelled is the one thing both touch.
struct SendingRound
{
    MailSettings settings;
    QByteArray password;
    QString extraCaFile;
    InvitationDelivery::TransportFactory factory;
    QList<QueuedInvitation> queued;
    std::atomic<bool> cancelled { false };
};

struct InvitationDelivery::Private
{
    Q_DECLARE_TR_FUNCTIONS(sia::InvitationDelivery)

public:
    Private(InvitationDelivery* owner, StoreRunner& runner, SecretStore& secretStore, QString instanceName)
        : q(owner)
        , store(runner)
        , secrets(secretStore)
        , instance(std::move(instanceName))
    { }

    // The round's thread posts to q: it must not outlive it. A send in flight is waited for (the transport's
    // own timeouts bound it); the rest of the round is dropped and stays queued.
    ~Private()
    {
        if (round) {
            round->cancelled = true;
        }
        if (thread) {
            thread->wait();
        }
    }

    void start();
    void send(RoundInput input, QByteArray password);
    void recordOutcome(const QueuedInvitation& invitation, Result<MailDelivery> outcome);
    void stopRound(const Error& error, int left);
    void threadFinished();
    void finishIfDone();
    void finish(const QString& message);

    InvitationDelivery* q;
    StoreRunner& store;
    SecretStore& secrets;
    QString instance;
    TransportFactory factory;

    bool busy = false;
    bool again = false; // deliverQueued() was called during the round
    std::unique_ptr<QThread> thread;
    std::shared_ptr<SendingRound> round;
    bool fullRound = false;
    int pendingRecords = 0;
    int sent = 0;
    int failedCount = 0;
    QString stopMessage;
    QString recordProblem;
};

void InvitationDelivery::Private::start()
{
    busy = true;
    again = false;
    sent = 0;
    failedCount = 0;
    pendingRecords = 0;
    fullRound = false;
    stopMessage.clear();
    recordProblem.clear();
    std::weak_ptr<Private> self = q->d;
    store.run<RoundInput>(
        [](Store& s) -> Result<RoundInput> {
            RoundInput input;
            Result<MailSettings> settings = MailSettingsRepository(s).load();
            if (!settings) {
                return settings.error();
            }
            input.settings = *settings;
            if (input.settings.usesOutbox() && input.settings.outboxFolder.isEmpty()) {
                input.settings.outboxFolder = DataLocation::outboxFolder(s.options());
            }
            Result<QString> ca = SettingsRepository(s).get<QString>(SettingKey::NetworkExtraCaFile);
            if (!ca) {
                return ca.error();
            }
            input.extraCaFile = *ca;
            Result<QList<QueuedInvitation>> queued = UserDirectory(s).queued(roundSize);
            if (!queued) {
                return queued.error();
            }
            input.queued = *queued;
            return input;
        },
        q,
        [self](Result<RoundInput> input) {
            const std::shared_ptr<Private> d = self.lock();
            if (!d) {
                return;
            }
            if (!input) {
                emit d->q->roundStarted(0);
                d->finish(input.error().message);
                return;
            }
            emit d->q->roundStarted(int(input->queued.size()));
            if (input->queued.isEmpty()) {
                d->finish({});
                return;
            }
            d->fullRound = input->queued.size() >= roundSize;
            if (input->settings.usesOutbox()) {
                d->send(std::move(*input), {});
                return;
            }
            // The password only from the keychain, only for this round, never kept.
            d->secrets.read(MailSettingsRepository::passwordKey(d->instance),
                [self, input = std::move(*input)](Result<QByteArray> password) mutable {
                    const std::shared_ptr<Private> d = self.lock();
                    if (!d) {
                        return;
                    }
                    if (password) {
                        d->send(std::move(input), *password);
                    } else if (password.error().kind == ErrorKind::NotFound
                        && input.settings.smtpUser.isEmpty()) {
                        d->send(std::move(input), {}); // a relay without authentication
                    } else if (password.error().kind == ErrorKind::NotFound) {
                        d->stopRound(
                            Error::rule(QStringLiteral("smtp.password-missing"),
                                tr("The keychain holds no SMTP password for %1: enter it in the mail "
                                   "settings (File › Mail settings…), or on the command line with "
                                   "sia-admin mail --user %1, which reads it from standard input.")
                                    .arg(input.settings.smtpUser)),
                            int(input.queued.size()));
                        d->finishIfDone();
                    } else {
                        d->stopRound(password.error(), int(input.queued.size()));
                        d->finishIfDone();
                    }
                });
        });
}

void InvitationDelivery::Private::send(RoundInput input, QByteArray password)
{
    round = std::make_shared<SendingRound>();
    round->settings = input.settings;
    round->password = std::move(password);
    round->extraCaFile = input.extraCaFile;
    round->factory = factory;
    round->queued = input.queued;
    const std::shared_ptr<SendingRound> sending = round;
    QPointer<InvitationDelivery> owner(q);
    InvitationDelivery* const receiver = q;
    // Blocking sends, one after the other, on a thread of the round's own: never the GUI thread, and never
    // the store's, whose jobs (the outcomes' records among them) must not wait behind a slow server.
    thread.reset(QThread::create([sending, receiver]() {
        std::unique_ptr<MailTransport> transport = sending->factory
            ? sending->factory(sending->settings, sending->password)
            : defaultTransport(sending->settings, sending->password, sending->extraCaFile);
        sending->password.fill('\0');
        const auto post = [receiver](std::function<void(Private&)> call) {
            QMetaObject::invokeMethod(
                receiver,
                [receiver, call = std::move(call)]() {
                    if (receiver->d) {
                        call(*receiver->d);
                    }
                },
                Qt::QueuedConnection);
        };
        if (!transport) {
            post([left = int(sending->queued.size())](Private& d) {
                d.stopRound(Error::internal(QStringLiteral("mail.no-transport"),
                                tr("No mail transport could be made for these settings.")),
                    left);
            });
            return;
        }
        for (qsizetype i = 0; i < sending->queued.size(); ++i) {
            if (sending->cancelled) {
                return;
            }
            const QueuedInvitation& invitation = sending->queued.at(i);
            Result<MailDelivery> outcome = transport->send(composed(invitation, sending->settings));
            if (!outcome && !failsOnlyThisOne(outcome.error())) {
                // Not this invitation's fault: it and the rest stay queued for the next round.
                post([error = outcome.error(), left = int(sending->queued.size() - i)](
                         Private& d) { d.stopRound(error, left); });
                return;
            }
            post([invitation, outcome = std::move(outcome)](
                     Private& d) mutable { d.recordOutcome(invitation, std::move(outcome)); });
        }
    }));
    QObject::connect(thread.get(), &QThread::finished, q, [owner]() {
        if (owner && owner->d) {
            owner->d->threadFinished();
        }
    });
    thread->start();
}

void InvitationDelivery::Private::recordOutcome(
    const QueuedInvitation& invitation, Result<MailDelivery> outcome)
{
    ++pendingRecords;
    const qint64 id = invitation.invitationId;
    const QString email = invitation.user.email;
    const bool delivered = outcome.ok();
    const QString detail = delivered ? outcome->where : outcome.error().message;
    const DeliveryState state
        = round && round->settings.usesOutbox() ? DeliveryState::InOutbox : DeliveryState::Sent;
    std::weak_ptr<Private> self = q->d;
    store.run<bool>(
        [id, delivered, state, detail](Store& s) -> Result<bool> {
            UserDirectory directory(s);
            Result<void> recorded
                = delivered ? directory.markDelivered(id, state, detail) : directory.markFailed(id, detail);
            if (!recorded) {
                return recorded.error();
            }
            return true;
        },
        q,
        [self, email, delivered, detail](Result<bool> recorded) {
            const std::shared_ptr<Private> d = self.lock();
            if (!d) {
                return;
            }
            --d->pendingRecords;
            if (!recorded) {
                // The email left (or was refused) but the database does not say so: the next round may
                // send it again, which is better than marking it sent without a record of it.
                d->recordProblem = recorded.error().message;
            }
            if (delivered) {
                ++d->sent;
                emit d->q->delivered(email, detail);
            } else {
                ++d->failedCount;
                emit d->q->failed(email, detail);
            }
            d->finishIfDone();
        });
}

void InvitationDelivery::Private::stopRound(const Error& error, int left)
{
    //: %1 what stopped the round (the transport's message); %n the invitations left queued
    stopMessage = tr("%1 %n invitation(s) stay queued and go out with the next round.", nullptr, left)
                      .arg(error.message);
}

void InvitationDelivery::Private::threadFinished()
{
    if (thread) {
        thread->wait();
        thread.reset();
    }
    finishIfDone();
}

void InvitationDelivery::Private::finishIfDone()
{
    if (thread || pendingRecords > 0 || !busy) {
        return;
    }
    QString message = stopMessage;
    if (message.isEmpty() && !recordProblem.isEmpty()) {
        message = tr("An outcome could not be recorded: %1").arg(recordProblem);
    } else if (message.isEmpty() && failedCount > 0) {
        message = tr("%n invitation(s) could not be delivered: see each one's reason, then retry.", nullptr,
            failedCount);
    }
    finish(message);
}

void InvitationDelivery::Private::finish(const QString& message)
{
    round.reset();
    busy = false;
    const bool more = again || (fullRound && stopMessage.isEmpty() && recordProblem.isEmpty());
    emit q->roundFinished(sent, failedCount, message);
    if (more) {
        QPointer<InvitationDelivery> owner(q);
        QTimer::singleShot(0, q, [owner]() {
            if (owner) {
                owner->deliverQueued();
            }
        });
    }
}

InvitationDelivery::InvitationDelivery(
    StoreRunner& store, SecretStore& secrets, QString instance, QObject* parent)
    : QObject(parent)
    , d(std::make_shared<Private>(this, store, secrets, std::move(instance)))
{ }

void InvitationDelivery::setTransportFactory(TransportFactory factory)
{
    d->factory = std::move(factory);
}

bool InvitationDelivery::isBusy() const
{
    return d->busy;
}

void InvitationDelivery::deliverQueued()
{
    if (d->busy) {
        d->again = true;
        return;
    }
    d->start();
}

} // namespace sia
