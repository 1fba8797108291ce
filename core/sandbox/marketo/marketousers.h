// The user management API (/userservice/management/v1/): the subscription's users with their roles per
// workspace, which is how the product finds the Marketo admins. Answers carry no "success" field; dates
// look like "2020-02-05T01:02:23.000t+0000"; the access token is accepted only in the header.
#pragma once

#include "sandbox/sandboxresponse.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sia::sandbox {
struct SandboxRequest;
}

namespace sia::sandbox::marketo {

struct MarketoUser
{
    int id = 0;
    QString userid; // the login, an email address
    QString emailAddress;
    QString firstName;
    QString lastName;
    bool apiOnly = false;
    bool isLocked = false;
    QDateTime createdAt;
    QDateTime lastLoginAt; // null for API-only users
    QList<QPair<int, QString>> roles; // (accessRoleId, accessRoleName) in the workspaces below
};

class MarketoUsers
{
public:
    MarketoUsers(quint64 seed, bool permitted, const QString& apiUserEmail);

    const QList<MarketoUser>& users() const { return m_users; }
    SandboxResponse allUsers(const SandboxRequest& request, const QString& requestId) const;
    SandboxResponse user(const QString& userid, const QString& requestId) const;
    SandboxResponse roles(const QString& requestId) const;

private:
    std::optional<SandboxResponse> refusal(const QString& requestId) const;

    bool m_permitted;
    QList<MarketoUser> m_users;
};

} // namespace sia::sandbox::marketo
