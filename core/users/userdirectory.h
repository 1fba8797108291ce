// The users of Actions and their teams (SPEC steps 1 and 5), over the store: who is there with which role,
// status and teams, their latest invitation and whether its email went out; inviting one by one or a CSV
// import's valid rows, always in one transaction (all or nothing); teams (Everyone exists from the start,
// every new member joins it, and it cannot be renamed or deleted); role and team changes, resend, revoke,
// remove (UserRemovalRule: never the original user once a people sync started). Every change is audited.
// Synchronous: UsersService runs it on the store's thread.
#pragma once

#include "common/result.h"
#include "users/csv/inviteimportplan.h"
#include "users/uservocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sia {

class Store;

struct TeamRecord
{
    qint64 id = 0;
    QString name;
    bool isDefault = false; // Everyone
    int members = 0; // users not revoked
    QDateTime createdAt;
};

struct UserRecord
{
    qint64 id = 0;
    QString email;
    QString firstName;
    QString lastName;
    UserRole role = UserRole::User;
    UserStatus status = UserStatus::Invited;
    bool original = false;
    QStringList teams; // by name, Everyone first
    QDateTime createdAt;
    // The latest invitation (all zero/empty when the user has none):
    qint64 invitationId = 0;
    InvitationStatus invitationStatus = InvitationStatus::Pending;
    InvitationSource source = InvitationSource::Single;
    QString invitedBy;
    QDateTime invitedAt;
    QDateTime expiresAt; // when the invitation runs out (the email says so); invalid: never
    DeliveryState delivery = DeliveryState::Queued;
    QString deliveryDetail; // the failure, the server's reply or the .eml path
    QDateTime deliveredAt;
    int deliveryAttempts = 0;
};

struct UserFilter
{
    QString search; // in email, first and last name, case-insensitive
    std::optional<UserRole> role;
    std::optional<UserStatus> status;
    QString team; // members of this team only
    bool deliveryFailedOnly = false;
};

struct Invitee
{
    QString email; // as typed: normalised and checked by invite()
    QString firstName;
    QString lastName;
    UserRole role = UserRole::User;
    QStringList teams; // existing team names besides Everyone (invite() refuses an unknown one)
    InvitationSource source = InvitationSource::Single;
};

// What invite() did for each address: invited, or already there (nothing sent twice).
struct InviteResult
{
    enum class Outcome
    {
        Invited,
        AlreadyUser,
        AlreadyInvited
    };
    QString email;
    Outcome outcome = Outcome::Invited;
    std::optional<UserRecord> user;
};

// What a CSV import needs from the store to build its InviteImportPlan.
struct ImportContext
{
    QSet<QString> existingUsers;
    QSet<QString> pendingInvitations;
    QStringList knownTeams;
};

struct ImportResult
{
    int invited = 0;
    QStringList teamsCreated;
    QList<UserRecord> users; // the invited, in the file's order
};

// An invitation whose email is to be sent (InvitationDelivery).
struct QueuedInvitation
{
    qint64 invitationId = 0;
    UserRecord user;
    QString instanceName;
    QString inviterName; // the invited_by actor
};

class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(sia::UserDirectory)

public:
    explicit UserDirectory(Store& store)
        : m_store(store)
    { }

    Result<QList<UserRecord>> users(const UserFilter& filter = {}) const; // original first, then by email
    // Users invited besides the original user, revoked invitations left out (step 5's rule, SetupPlan).
    Result<int> invitedBesidesOriginal() const;
    Result<UserRecord> user(const QString& email) const; // NotFound "user.not-found"

    // One transaction. Refuses the whole call (nothing saved) for a malformed address or an unknown team,
    // naming it; an address already a user or invited is answered as such and sent nothing. Needs the
    // instance (instance.missing). The first user ever invited becomes the original user.
    Result<QList<InviteResult>> invite(const QList<Invitee>& invitees, const QString& actor);

    Result<ImportContext> importContext() const;
    // Creates plan.teamsToCreate() and invites every Valid row of the plan (source csv, csv_file, csv_row)
    // in one transaction. Refuses ("users.import-stale") when the store changed since the plan so that a
    // row's verdict no longer holds (an address invited meanwhile): the admin previews again.
    Result<ImportResult> import(
        const InviteImportPlan& plan, const QString& csvFileName, const QString& actor);

    Result<QList<TeamRecord>> teams() const; // Everyone first, then by name
    Result<TeamRecord> createTeam(const QString& name, const QString& actor); // "teams.exists", "teams.name"
    Result<TeamRecord> renameTeam(const QString& name, const QString& newName, const QString& actor);
    Result<void> deleteTeam(const QString& name, const QString& actor); // "teams.everyone" for Everyone

    Result<UserRecord> setRole(const QString& email, UserRole role, const QString& actor);
    Result<UserRecord> setTeams(
        const QString& email, const QStringList& teams, const QString& actor); // Everyone always stays
    Result<UserRecord> resend(
        const QString& email, const QString& actor); // a pending or expired invitation: queued again
    Result<UserRecord> revoke(const QString& email, const QString& actor); // a pending invitation
    Result<UserRecord> remove(const QString& email, const QString& actor); // UserRemovalRule

    // Delivery bookkeeping (InvitationDelivery):
    Result<QList<QueuedInvitation>> queued(int limit = 100) const;
    Result<void> markDelivered(qint64 invitationId, DeliveryState state, const QString& detail);
    Result<void> markFailed(qint64 invitationId, const QString& reason);
    Result<int> retryFailed(const QString& actor); // queues every failed one again; answers how many

private:
    Store& m_store;
};

} // namespace sia
