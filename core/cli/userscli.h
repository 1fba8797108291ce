// What the users, teams and mail commands share (step 5 on the command line): the services of one run —
// the store runner over the command's store, the keychain, the invitation delivery and the users service,
// made once and the way the window makes them — a delivery round waited for and told invitation by
// invitation, and the texts and JSON of a user, a team and a delivery.
#pragma once

#include "common/result.h"
#include "users/userdirectory.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace sia {

class CliContext;
class CliOutput;
class DirectStoreRunner;
class InvitationDelivery;
class KeychainSecretStore;
class SecretStore;
class Store;
class UsersService;
struct MailSettings;

class UsersCliServices
{
public:
    UsersCliServices();
    ~UsersCliServices();

    // Made on first use, over context's store (the command's storeAccess() is not None).
    DirectStoreRunner& runner(CliContext& context);
    SecretStore& keychain();
    InvitationDelivery& delivery(CliContext& context);
    // Without a delivery of its own: the commands deliver themselves (DeliveryRound), so that they can wait
    // for the round and tell what it did.
    UsersService& users(CliContext& context, const QString& actor);

    // The keychain's name of the SMTP password for the context's database.
    static QString secretInstance(CliContext& context);

private:
    std::unique_ptr<DirectStoreRunner> m_runner;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<InvitationDelivery> m_delivery;
    std::unique_ptr<UsersService> m_users;
};

// One round of InvitationDelivery, waited for: every invitation it sent, wrote to the outbox or could not
// send, and whether it stopped early (a server that cannot be reached leaves the rest queued).
struct DeliveryOutcome
{
    struct Item
    {
        QString email;
        bool delivered = false;
        QString detail; // the server's reply or the .eml path; the reason when it failed
    };
    bool outbox = false; // the transport was the outbox
    int queued = 0;
    int sent = 0;
    int failed = 0;
    QString message; // what stopped the round, or how many failed; empty when all went
    QList<Item> items;

    bool complete() const { return failed == 0 && sent >= queued && message.isEmpty(); }
    int notDelivered() const { return queued - sent; }
};

class DeliveryRound : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(DeliveryOutcome)>;

    // Sends what is queued and calls done once it all went or a round stopped. A round sends a batch at a
    // time: while one ends without a stop and stillQueued() says more wait (a large import), it goes on.
    void run(InvitationDelivery& delivery, bool outbox, std::function<bool()> stillQueued, Done done);

private:
    DeliveryOutcome m_outcome;
    std::function<bool()> m_stillQueued;
    Done m_done;
};

class UsersCliText
{
    Q_DECLARE_TR_FUNCTIONS(sia::UsersCliText)

public:
    static QJsonObject toJson(const UserRecord& user);
    static QJsonObject toJson(const TeamRecord& team);
    static QJsonObject toJson(const DeliveryOutcome& outcome);

    static QString name(const UserRecord& user); // "Ada Lovelace", or "—"
    static QString roleText(UserRole role);
    static QString statusText(UserStatus status);
    // The latest invitation's email: "sent 2026-12-02 10:00 UTC", "in the outbox", "failed: …", "queued".
    static QString deliveryText(const UserRecord& user);

    // One line per invitation of the round, and a closing sentence when it did not all go.
    static void print(const DeliveryOutcome& outcome, CliOutput& output);
    // The command's end after a round: an error (exit 3) when an invitation did not go.
    static Result<void> outcomeOf(const DeliveryOutcome& outcome);

    // The stored mail settings (MailSettingsRepository::load; the defaults, the outbox, until users-mail is
    // merged).
    static Result<MailSettings> mailSettings(Store& store);

    // Parses --role (admin or user); a usage error otherwise.
    static Result<UserRole> parseRole(const QString& text);
};

} // namespace sia
