// Step 1 for the window and the command line: what the step stands on (the instance, the admins invited,
// the integration details), creating the instance and inviting admins. The store work runs where the
// StoreRunner puts it (never on the GUI thread); every answer comes back later on this object's thread.
#pragma once

#include "common/result.h"
#include "users/admininvitationrepository.h"
#include "users/instancerepository.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace sia {

class InvitationDelivery;
class SecretStore;
class StoreRunner;

// The integration details card (SPEC step 1): the Marketo API credentials the instance uses. In Marketo
// they appear on the Actions Config tab only once the first admin was invited.
struct IntegrationDetails
{
    enum class Secret
    {
        NotConnected, // no Marketo connection, so no secret to look for
        Stored, // in this computer's keychain
        Missing, // the connection exists but this keychain holds no secret (another machine's)
        Unknown // the keychain could not be asked (locked, absent): secretProblem says why
    };
    QString clientId; // the Marketo connection's, empty when not connected
    Secret secret = Secret::NotConnected;
    QString secretProblem;
};

struct AccountSetupState
{
    std::optional<ActionsInstance> instance;
    QList<InvitedAdmin> invited; // the original user first
    IntegrationDetails integration;

    // SPEC step 1's done rule: an instance exists and the first admin was invited.
    bool isComplete() const { return instance.has_value() && !invited.isEmpty(); }
};

class AccountSetupService : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(Result<T>)>;

    // instance: ConnectionSecrets::instanceOf the store (the keychain's namespace). The runner and the
    // secret store must outlive this object.
    AccountSetupService(
        StoreRunner& store, SecretStore& secrets, QString instance, QString actor, QObject* parent = nullptr);

    const QString& actor() const { return m_actor; }
    // Sends the admins' invitations once they are recorded (they are queued like step 5's); none: they stay
    // queued until the next round. It must outlive this object.
    void setDelivery(InvitationDelivery* delivery) { m_delivery = delivery; }

    void load(Done<AccountSetupState> done);
    void createInstance(const QString& name, Done<ActionsInstance> done);
    void invite(QList<AdminInvitee> invitees, Done<QList<InvitedAdmin>> done);
    // Removes an invited admin (UserRemovalRule): refused for the original user once a people sync has
    // started, with the reason. Answers the admin as it was.
    void removeAdmin(const QString& email, Done<InvitedAdmin> done);

private:
    void readSecret(AccountSetupState state, Done<AccountSetupState> done);

    StoreRunner& m_store;
    SecretStore& m_secrets;
    QString m_instance;
    QString m_actor;
    InvitationDelivery* m_delivery = nullptr;
};

} // namespace sia
