// The vocabulary of Actions users and their invitations (SPEC steps 1 and 5): roles, a user's status, an
// invitation's status and where it came from. Kept in core rather than in CHECK constraints or reference
// tables (see common/enumkeys.h): each value comes with rules that only code can carry (who may invite,
// what an expired invitation allows), so a value without code would mean nothing.
#pragma once

#include "common/enumkeys.h"

namespace sia {

enum class UserRole
{
    Admin,
    User
};

// invited: asked to join, not signed in yet; active: signed in at least once; revoked: removed by an admin
// (the row stays, so history keeps its names); expired: the invitation ran out before it was accepted.
enum class UserStatus
{
    Invited,
    Active,
    Revoked,
    Expired
};

enum class InvitationStatus
{
    Pending,
    Accepted,
    Revoked,
    Expired,
    Failed // the invitation email could not be sent
};

enum class InvitationSource
{
    MarketoAdmin, // step 1: chosen from Marketo's list of admins
    Single, // one email address typed in (step 1 when Marketo is not connected, or step 5)
    Csv // step 5: a row of an uploaded CSV file
};

// How long an invitation may be accepted: two weeks, long enough for someone on holiday, short enough that
// a forgotten address does not stay a way in. The email says until when; a resend starts the time again.
// An invitation still pending past it reads as expired (UserDirectory): nothing has to run at midnight.
inline constexpr int invitationValidDays = 14;

template<> struct EnumKeys<UserRole>
{
    static constexpr EnumKey<UserRole> table[] = { { UserRole::Admin, "admin" }, { UserRole::User, "user" } };
};

template<> struct EnumKeys<UserStatus>
{
    static constexpr EnumKey<UserStatus> table[]
        = { { UserStatus::Invited, "invited" }, { UserStatus::Active, "active" },
              { UserStatus::Revoked, "revoked" }, { UserStatus::Expired, "expired" } };
};

template<> struct EnumKeys<InvitationStatus>
{
    static constexpr EnumKey<InvitationStatus> table[] = { { InvitationStatus::Pending, "pending" },
        { InvitationStatus::Accepted, "accepted" }, { InvitationStatus::Revoked, "revoked" },
        { InvitationStatus::Expired, "expired" }, { InvitationStatus::Failed, "failed" } };
};

template<> struct EnumKeys<InvitationSource>
{
    static constexpr EnumKey<InvitationSource> table[]
        = { { InvitationSource::MarketoAdmin, "marketo-admin" }, { InvitationSource::Single, "single" },
              { InvitationSource::Csv, "csv" } };
};

// Whether an invitation's email left (migration 8's invitations.delivery). Nothing is marked Sent or
// InOutbox that was not: the mark is written after the transport answered.
enum class DeliveryState
{
    Queued, // recorded, not sent yet (or sending now)
    Sent, // accepted by the SMTP server
    InOutbox, // written as an .eml file to the outbox
    Failed // the transport refused: delivery_detail says why; retry queues it again
};

template<> struct EnumKeys<DeliveryState>
{
    static constexpr EnumKey<DeliveryState> table[] = { { DeliveryState::Queued, "queued" },
        { DeliveryState::Sent, "sent" }, { DeliveryState::InOutbox, "outbox" }, { DeliveryState::Failed, "failed" } };
};

} // namespace sia
