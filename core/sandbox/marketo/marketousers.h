// The user management API (/userservice/management/v1/): the subscription's users, their roles per
// workspace, the roles and the workspaces, and the invited users who have not accepted yet, which is how
// the product finds the Marketo admins. Answers carry no "success" field; dates look like
// "2020-02-05T01:02:23.000t+0000"; the access token is accepted only in the header.
//
// As the vendor documents it: users/allusers.json lists every user (pending ones included) with six
// fields only, paged by pageSize (1–200, default 20) and pageOffset; a user's roles come from
// users/{userid}/roles.json or users/{userid}/user.json, which answer only users who accepted their
// invitation; users/{userid}/invite.json answers only pending ones. README ("Where the vendors are
// uncertain") says which readings the sandbox chose.
#pragma once

#include "sandbox/sandboxresponse.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sia::sandbox {
struct SandboxRequest;
}

namespace sia::sandbox::marketo {

struct MarketoRole
{
    int id = 0;
    QString name;
    QString description;
    bool isHidden = false;
    bool isOnlyAllZones = false; // held across every workspace ("AllZones", id 0) or not at all
    QString type;
};

struct MarketoWorkspace
{
    int id = 0;
    QString name;
    QString description;
    QString currencyInfo;
};

struct MarketoUser
{
    int id = 0;
    QString userid; // the login: an email address, or the GUID of an Adobe Identity user
    QString emailAddress; // not always the userid
    QString firstName;
    QString lastName;
    bool apiOnly = false;
    bool isLocked = false;
    bool pending = false; // invited, invitation not accepted yet
    QDateTime createdAt;
    QDateTime expiresAt; // null: the login does not expire
    QDateTime lastLoginAt; // null for API-only and pending users
    QList<QPair<int, int>> roles; // (accessRoleId, workspaceId); empty for pending users
};

class MarketoUsers
{
public:
    MarketoUsers(quint64 seed, bool permitted, const QString& apiUserEmail);

    static constexpr int allZones = 0; // the workspace id of a role held in every workspace
    static const QList<MarketoRole>& roleTable();
    static const QList<MarketoWorkspace>& workspaceTable();
    const QList<MarketoUser>& users() const { return m_users; }

    SandboxResponse allUsers(const SandboxRequest& request, const QString& requestId) const;
    SandboxResponse user(const QString& userid, const QString& requestId) const;
    SandboxResponse userRoles(const QString& userid, const QString& requestId) const;
    SandboxResponse invitedUser(const QString& userid, const QString& requestId) const;
    SandboxResponse roles(const QString& requestId) const;
    SandboxResponse workspaces(const QString& requestId) const;

private:
    std::optional<SandboxResponse> refusal(const QString& requestId) const;
    const MarketoUser* find(const QString& userid) const;
    static SandboxResponse notFound(const QString& userid, const QString& requestId);

    bool m_permitted;
    QList<MarketoUser> m_users;
};

} // namespace sia::sandbox::marketo
