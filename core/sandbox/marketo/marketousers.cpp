#include "sandbox/marketo/marketousers.h"

#include "sandbox/marketo/marketoenvelope.h"
#include "sandbox/sandboxrequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sia::sandbox::marketo {
namespace {

const QList<QPair<int, QString>> workspaces { { 0, QStringLiteral("AllZones") },
    { 1001, QStringLiteral("Default") } };

QJsonObject toJson(const MarketoUser& user)
{
    QJsonArray roles;
    for (const auto& [roleId, roleName] : user.roles) {
        for (const auto& [workspaceId, workspaceName] : workspaces) {
            if ((roleId == 1) == (workspaceId == 0)) { // admins across all zones, the others in Default
                roles.append(QJsonObject { { QStringLiteral("accessRoleId"), roleId },
                    { QStringLiteral("accessRoleName"), roleName },
                    { QStringLiteral("workspaceId"), workspaceId },
                    { QStringLiteral("workspaceName"), workspaceName } });
            }
        }
    }
    return QJsonObject { { QStringLiteral("userid"), user.userid },
        { QStringLiteral("firstName"), user.firstName }, { QStringLiteral("lastName"), user.lastName },
        { QStringLiteral("emailAddress"), user.emailAddress }, { QStringLiteral("optedIn"), false },
        { QStringLiteral("failedLogins"), user.isLocked ? 5 : 0 }, { QStringLiteral("failedDeviceCode"), 0 },
        { QStringLiteral("isLocked"), user.isLocked },
        { QStringLiteral("lockedReason"),
            user.isLocked ? QJsonValue(QStringLiteral("Too many failed logins")) : QJsonValue() },
        { QStringLiteral("id"), user.id }, { QStringLiteral("apiOnly"), user.apiOnly },
        { QStringLiteral("userRoleWorkspaces"), roles },
        { QStringLiteral("createdAt"), userServiceTime(user.createdAt) },
        { QStringLiteral("updatedAt"), userServiceTime(user.createdAt.addDays(30)) },
        { QStringLiteral("expiresAt"), QJsonValue() },
        { QStringLiteral("lastLoginAt"),
            user.lastLoginAt.isValid() ? QJsonValue(userServiceTime(user.lastLoginAt)) : QJsonValue() } };
}

} // namespace

MarketoUsers::MarketoUsers(quint64 seed, bool permitted, const QString& apiUserEmail)
    : m_permitted(permitted)
{
    struct Seed
    {
        const char* first;
        const char* last;
        const char* login;
        int roleId;
        const char* role;
        bool apiOnly;
        bool locked;
    };
    static const Seed people[] = {
        { "Amélie", "Dubois", "amelie.dubois", 1, "Admin", false, false },
        { "지훈", "최", "jihoon.choi", 1, "Admin", false, false },
        { "Brian", "O'Neill", "brian.oneill", 2, "Marketing User", false, false },
        { "美咲", "佐藤", "misaki.sato", 2, "Marketing User", false, false },
        { "Lars", "Østergaard", "lars.ostergaard", 1, "Admin", false, true },
        { "Priya", "Raman", "priya.raman", 3, "Sales Insight User", false, false },
        { "Carlos", "Peña", "carlos.pena", 5, "Standard User", false, false },
        { "SIA", "API", nullptr, 4, "API Role", true, false },
        { "Sync", "Integration", "sync.integration", 4, "API Role", true, false },
    };
    const QDateTime base(QDate(2021, 3, 1), QTime(9, 0), Qt::UTC);
    int id = 0;
    for (const Seed& p : people) {
        MarketoUser user;
        user.id = ++id;
        user.userid = p.login ? QString::fromLatin1(p.login) + QStringLiteral("@sandbox-marketo.example")
                              : apiUserEmail;
        user.emailAddress = user.userid;
        user.firstName = QString::fromUtf8(p.first);
        user.lastName = QString::fromUtf8(p.last);
        user.apiOnly = p.apiOnly;
        user.isLocked = p.locked;
        user.createdAt = base.addDays(id * 17 + qint64(seed % 7));
        if (!p.apiOnly) {
            user.lastLoginAt = QDateTime(QDate(2024, 12, 1), QTime(8, 0), Qt::UTC)
                                   .addSecs(qint64((seed + quint64(id) * 7919) % (28 * 24 * 3600)));
        }
        user.roles = { { p.roleId, QString::fromLatin1(p.role) } };
        m_users.append(user);
    }
}

std::optional<SandboxResponse> MarketoUsers::refusal(const QString& requestId) const
{
    if (m_permitted) {
        return std::nullopt;
    }
    return Envelope::userServiceFailure(requestId, 403, QString::fromLatin1(code::accessDenied),
        QStringLiteral("Access denied: the API user's role lacks Access Users / Access User Management Api"));
}

SandboxResponse MarketoUsers::allUsers(const SandboxRequest& request, const QString& requestId) const
{
    if (std::optional<SandboxResponse> refused = refusal(requestId)) {
        return std::move(*refused);
    }
    bool sizeOk = true;
    bool offsetOk = true;
    const int pageSize = request.hasQueryItem(QStringLiteral("pageSize"))
        ? request.queryValue(QStringLiteral("pageSize")).toInt(&sizeOk)
        : 20;
    const int pageOffset = request.hasQueryItem(QStringLiteral("pageOffset"))
        ? request.queryValue(QStringLiteral("pageOffset")).toInt(&offsetOk)
        : 0;
    if (!sizeOk || !offsetOk || pageSize < 1 || pageSize > 200 || pageOffset < 0) {
        return Envelope::userServiceFailure(requestId, 400, QString::fromLatin1(code::invalidValue),
            QStringLiteral("Invalid pageSize or pageOffset"));
    }
    QJsonArray users;
    for (qsizetype i = pageOffset; i < m_users.size() && users.size() < pageSize; ++i) {
        users.append(toJson(m_users.at(i)));
    }
    return SandboxResponse::json(users);
}

SandboxResponse MarketoUsers::user(const QString& userid, const QString& requestId) const
{
    if (std::optional<SandboxResponse> refused = refusal(requestId)) {
        return std::move(*refused);
    }
    for (const MarketoUser& user : m_users) {
        if (user.userid.compare(userid, Qt::CaseInsensitive) == 0) {
            return SandboxResponse::json(toJson(user));
        }
    }
    return Envelope::userServiceFailure(requestId, 404, QString::fromLatin1(code::notFound),
        QStringLiteral("User '%1' not found").arg(userid));
}

SandboxResponse MarketoUsers::roles(const QString& requestId) const
{
    if (std::optional<SandboxResponse> refused = refusal(requestId)) {
        return std::move(*refused);
    }
    static const QList<QPair<int, QString>> all { { 1, QStringLiteral("Admin") },
        { 2, QStringLiteral("Marketing User") }, { 3, QStringLiteral("Sales Insight User") },
        { 4, QStringLiteral("API Role") }, { 5, QStringLiteral("Standard User") } };
    QJsonArray roles;
    for (const auto& [id, name] : all) {
        roles.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
            { QStringLiteral("description"), name } });
    }
    return SandboxResponse::json(roles);
}

} // namespace sia::sandbox::marketo
