#include "users/accountsetupservice.h"

#include "connections/connectionrepository.h"
#include "connections/connectionsecrets.h"
#include "store/storerunner.h"
#include "users/invitationdelivery.h"
#include "users/userremovalrule.h"

#include <QPointer>

namespace sia {

AccountSetupService::AccountSetupService(
    StoreRunner& store, SecretStore& secrets, QString instance, QString actor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_instance(std::move(instance))
    , m_actor(std::move(actor))
{ }

void AccountSetupService::load(Done<AccountSetupState> done)
{
    m_store.run<AccountSetupState>(
        [](Store& store) -> Result<AccountSetupState> {
            AccountSetupState state;
            Result<void> read = store.readTransaction([&]() -> Result<void> {
                Result<std::optional<ActionsInstance>> instance = InstanceRepository(store).load();
                if (!instance) {
                    return instance.error();
                }
                state.instance = *instance;
                Result<QList<InvitedAdmin>> invited = AdminInvitationRepository(store).invited();
                if (!invited) {
                    return invited.error();
                }
                state.invited = *invited;
                Result<std::optional<ConnectionRecord>> marketo
                    = ConnectionRepository(store).find(ConnectionService::Marketo);
                if (!marketo) {
                    return marketo.error();
                }
                if (marketo->has_value()) {
                    state.integration.clientId = (*marketo)->clientId;
                    state.integration.secret = IntegrationDetails::Secret::Unknown;
                }
                return {};
            });
            if (!read) {
                return read.error();
            }
            return state;
        },
        this,
        [this, done = std::move(done)](Result<AccountSetupState> state) mutable {
            if (!state || state->integration.secret == IntegrationDetails::Secret::NotConnected) {
                done(std::move(state));
                return;
            }
            readSecret(std::move(*state), std::move(done));
        });
}

void AccountSetupService::readSecret(AccountSetupState state, Done<AccountSetupState> done)
{
    // Only whether it is there: the secret itself is dropped at once.
    QPointer<AccountSetupService> self(this);
    ConnectionSecrets(m_secrets, m_instance)
        .read(ConnectionSecret::MarketoClientSecret,
            [self, state = std::move(state), done = std::move(done)](Result<QByteArray> secret) mutable {
                if (!self) {
                    return;
                }
                if (secret) {
                    state.integration.secret = IntegrationDetails::Secret::Stored;
                } else if (secret.error().kind == ErrorKind::NotFound) {
                    state.integration.secret = IntegrationDetails::Secret::Missing;
                } else {
                    state.integration.secret = IntegrationDetails::Secret::Unknown;
                    state.integration.secretProblem = secret.error().message;
                }
                done(std::move(state));
            });
}

void AccountSetupService::createInstance(const QString& name, Done<ActionsInstance> done)
{
    m_store.run<ActionsInstance>(
        [name, actor = m_actor](Store& store) { return InstanceRepository(store).create(name, actor); }, this,
        std::move(done));
}

void AccountSetupService::invite(QList<AdminInvitee> invitees, Done<QList<InvitedAdmin>> done)
{
    m_store.run<QList<InvitedAdmin>>(
        [invitees = std::move(invitees), actor = m_actor](
            Store& store) { return AdminInvitationRepository(store).invite(invitees, actor); },
        this,
        [this, done = std::move(done)](Result<QList<InvitedAdmin>> invited) {
            if (invited && !invited->isEmpty() && m_delivery) {
                m_delivery->deliverQueued();
            }
            done(std::move(invited));
        });
}

void AccountSetupService::removeAdmin(const QString& email, Done<InvitedAdmin> done)
{
    m_store.run<InvitedAdmin>(
        [email, actor = m_actor](Store& store) { return UserRemovalRule::remove(store, email, actor); }, this,
        std::move(done));
}

} // namespace sia
