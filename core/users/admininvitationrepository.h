// Step 1's invitations of Marketo admins to the Actions instance: each invitee becomes an admin user with
// a pending invitation (who invited, when, from where the address came), the very first one the original
// user (SPEC steps 1 and 4), all of it audited. A batch is one transaction: a refused address (malformed,
// already invited, twice in the batch) refuses the whole batch with a message naming it, so that the admin
// corrects it and presses Invite again with nothing half-saved. Each invitation is queued for delivery
// (migration 8), as step 5's are, and InvitationDelivery sends it; every admin joins Everyone.
#pragma once

#include "common/result.h"
#include "users/uservocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sia {

class Store;

struct AdminInvitee
{
    QString email;
    QString firstName;
    QString lastName;
    QString marketoUserId; // Marketo's userid, when chosen from its list of admins
    InvitationSource source = InvitationSource::MarketoAdmin;
};

struct InvitedAdmin
{
    qint64 userId = 0;
    QString email;
    QString firstName;
    QString lastName;
    bool original = false;
    UserStatus userStatus = UserStatus::Invited;
    InvitationSource source = InvitationSource::MarketoAdmin;
    InvitationStatus status = InvitationStatus::Pending;
    QString invitedBy;
    QDateTime invitedAt;
    DeliveryState delivery = DeliveryState::Queued; // whether the invitation's email left (InvitationDelivery)
    QString deliveryDetail; // the server's reply, the .eml file's path, or why it failed
};

class AdminInvitationRepository
{
    Q_DECLARE_TR_FUNCTIONS(sia::AdminInvitationRepository)

public:
    explicit AdminInvitationRepository(Store& store)
        : m_store(store)
    { }

    // Needs the instance (instance.missing otherwise); returns the invitations it recorded, in order.
    Result<QList<InvitedAdmin>> invite(const QList<AdminInvitee>& invitees, const QString& actor);
    // Every admin invited so far with their latest invitation, the original user first, then by time.
    Result<QList<InvitedAdmin>> invited() const;

private:
    Result<InvitedAdmin> inviteOne(
        const AdminInvitee& invitee, const QString& actor, const QDateTime& at, bool original);
    Result<std::optional<InvitedAdmin>> findByEmail(const QString& email) const;
    Result<bool> hasOriginalUser() const;

    Store& m_store;
};

} // namespace sia
