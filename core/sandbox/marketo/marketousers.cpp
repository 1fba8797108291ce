#include "sandbox/marketo/marketousers.h"

#include "sandbox/marketo/marketoenvelope.h"
#include "sandbox/marketo/marketotokens.h"
#include "sandbox/sandboxrequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sia::sandbox::marketo {
namespace {

// Roles and workspaces were set up when the subscription was: long before any user.
const QDateTime setUpAt(QDate(2020, 11, 2), QTime(14, 30), Qt::UTC);

constexpr int adminRole = 1;
constexpr int standardUserRole = 2;
constexpr int marketingUserRole = 3;
constexpr int analyticsUserRole = 4;
constexpr int webDesignerRole = 5;
constexpr int salesInsightUserRole = 6;
constexpr int apiRole = 7;
constexpr int supportRole = 8;
constexpr int defaultWorkspace = 1001;
constexpr int emeaWorkspace = 1002;

QJsonValue timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(userServiceTime(at)) : QJsonValue();
}

QString roleName(int id)
{
    for (const MarketoRole& role : MarketoUsers::roleTable()) {
        if (role.id == id) {
            return role.name;
        }
    }
    return {};
}

QString workspaceName(int id)
{
    if (id == MarketoUsers::allZones) {
        return QStringLiteral("AllZones");
    }
    for (const MarketoWorkspace& workspace : MarketoUsers::workspaceTable()) {
        if (workspace.id == id) {
            return workspace.name;
        }
    }
    return {};
}

QJsonArray roleWorkspacesJson(const MarketoUser& user)
{
    QJsonArray roles;
    for (const auto& [roleId, workspaceId] : user.roles) {
        roles.append(QJsonObject { { QStringLiteral("accessRoleId"), roleId },
            { QStringLiteral("accessRoleName"), roleName(roleId) },
            { QStringLiteral("workspaceId"), workspaceId },
            { QStringLiteral("workspaceName"), workspaceName(workspaceId) } });
    }
    return roles;
}

// allusers.json: the six fields of the vendor's ResponseOfAllUsers, nothing that says pending or roles.
QJsonObject listedJson(const MarketoUser& user)
{
    return QJsonObject { { QStringLiteral("userid"), user.userid },
        { QStringLiteral("firstName"), user.firstName }, { QStringLiteral("lastName"), user.lastName },
        { QStringLiteral("emailAddress"), user.emailAddress }, { QStringLiteral("id"), user.id },
        { QStringLiteral("apiOnly"), user.apiOnly } };
}

QJsonObject userJson(const MarketoUser& user)
{
    return QJsonObject { { QStringLiteral("userid"), user.userid },
        { QStringLiteral("firstName"), user.firstName }, { QStringLiteral("lastName"), user.lastName },
        { QStringLiteral("emailAddress"), user.emailAddress }, { QStringLiteral("optedIn"), false },
        { QStringLiteral("failedLogins"), user.isLocked ? 5 : 0 }, { QStringLiteral("failedDeviceCode"), 0 },
        { QStringLiteral("isLocked"), user.isLocked },
        { QStringLiteral("lockedReason"),
            user.isLocked ? QJsonValue(QStringLiteral("Too many failed logins")) : QJsonValue() },
        { QStringLiteral("id"), user.id }, { QStringLiteral("apiOnly"), user.apiOnly },
        { QStringLiteral("userRoleWorkspaces"), roleWorkspacesJson(user) },
        { QStringLiteral("expiresAt"), timeOrNull(user.expiresAt) },
        { QStringLiteral("lastLoginAt"), timeOrNull(user.lastLoginAt) } };
}

QJsonObject invitedJson(const MarketoUser& user)
{
    return QJsonObject { { QStringLiteral("id"), user.id }, { QStringLiteral("firstName"), user.firstName },
        { QStringLiteral("lastName"), user.lastName }, { QStringLiteral("emailAddress"), user.emailAddress },
        { QStringLiteral("userid"), user.userid },
        // The sandbox's credentials are fixed: the subscription is always the same munchkin id.
        { QStringLiteral("subscriptionId"), MarketoCredentials {}.munchkinId },
        { QStringLiteral("status"), QStringLiteral("pending") },
        { QStringLiteral("expiresAt"), timeOrNull(user.expiresAt) },
        { QStringLiteral("createdAt"), userServiceTime(user.createdAt) },
        { QStringLiteral("updatedAt"), userServiceTime(user.createdAt) } };
}

} // namespace

const QList<MarketoRole>& MarketoUsers::roleTable()
{
    static const QList<MarketoRole> roles {
        { adminRole, QStringLiteral("Admin"), QStringLiteral("Full access, including Admin"), false, true,
            QStringLiteral("system") },
        { standardUserRole, QStringLiteral("Standard User"), QStringLiteral("Everything except Admin"), false,
            false, QStringLiteral("system") },
        { marketingUserRole, QStringLiteral("Marketing User"),
            QStringLiteral("Marketing activities, analytics and the lead database"), false, false,
            QStringLiteral("system") },
        { analyticsUserRole, QStringLiteral("Analytics User"), QStringLiteral("Reports and analytics"), false,
            false, QStringLiteral("system") },
        { webDesignerRole, QStringLiteral("Web Designer"), QStringLiteral("Landing pages, forms and emails"),
            false, false, QStringLiteral("system") },
        { salesInsightUserRole, QStringLiteral("Sales Insight User"),
            QStringLiteral("Sales Insight Actions for sales people"), false, false,
            QStringLiteral("custom") },
        { apiRole, QStringLiteral("API Role"),
            QStringLiteral("Read-only lead database and user management API"), false, false,
            QStringLiteral("custom") },
        { supportRole, QStringLiteral("Adobe Support"), QStringLiteral("Support access, granted by Adobe"),
            true, true, QStringLiteral("system") },
    };
    return roles;
}

const QList<MarketoWorkspace>& MarketoUsers::workspaceTable()
{
    // AllZones (id 0) appears in users' roles but is not a workspace of its own: it is not listed.
    static const QList<MarketoWorkspace> workspaces {
        { defaultWorkspace, QStringLiteral("Default"), QStringLiteral("Default workspace"),
            QStringLiteral("USD") },
        { emeaWorkspace, QStringLiteral("EMEA"), QStringLiteral("Europe, the Middle East and Africa"),
            QStringLiteral("EUR") },
    };
    return workspaces;
}

MarketoUsers::MarketoUsers(quint64 seed, bool permitted, const QString& apiUserEmail)
    : m_permitted(permitted)
{
    enum Kind
    {
        Accepted,
        Locked,
        ApiOnly,
        Pending
    };
    struct Seed
    {
        const char* first;
        const char* last;
        const char* login; // nullptr: the API user this sandbox's credentials belong to
        const char* email; // nullptr: the login
        Kind kind;
        QList<QPair<int, int>> roles;
        QDate expires = {};
    };
    const QList<Seed> people {
        { "Amélie", "Dubois", "amelie.dubois", nullptr, Accepted, { { adminRole, allZones } } },
        { "지훈", "최", "jihoon.choi", nullptr, Accepted, { { adminRole, allZones } } },
        { "Brian", "O'Neill", "brian.oneill", nullptr, Accepted,
            { { marketingUserRole, defaultWorkspace }, { analyticsUserRole, emeaWorkspace } } },
        { "美咲", "佐藤", "misaki.sato", nullptr, Accepted, { { marketingUserRole, defaultWorkspace } } },
        { "Lars", "Østergaard", "lars.ostergaard", nullptr, Locked, { { adminRole, allZones } } },
        { "Priya", "Raman", "priya.raman", nullptr, Accepted,
            { { salesInsightUserRole, defaultWorkspace } } },
        { "Carlos", "Peña", "carlos.pena", nullptr, Accepted,
            { { standardUserRole, defaultWorkspace }, { standardUserRole, emeaWorkspace } } },
        { "SIA", "API", nullptr, nullptr, ApiOnly,
            { { apiRole, defaultWorkspace }, { apiRole, emeaWorkspace } } },
        { "Sync", "Integration", "sync.integration", nullptr, ApiOnly, { { apiRole, defaultWorkspace } } },
        { "Sofia", "Lindqvist", "sofia.lindqvist", nullptr, Accepted,
            { { marketingUserRole, emeaWorkspace } } },
        { "Mateo", "Rossi", "mateo.rossi", nullptr, Accepted, { { webDesignerRole, defaultWorkspace } } },
        { "Aisha", "Khan", "aisha.khan", nullptr, Accepted, { { analyticsUserRole, defaultWorkspace } } },
        { "Jonas", "Becker", "jonas.becker", nullptr, Accepted, { { marketingUserRole, emeaWorkspace } } },
        { "Hannah", "Cohen", "hannah.cohen", nullptr, Accepted, { { standardUserRole, defaultWorkspace } } },
        { "健二", "渡辺", "kenji.watanabe", nullptr, Accepted, { { marketingUserRole, defaultWorkspace } } },
        { "Chloé", "Martin", "chloe.martin", nullptr, Accepted, { { salesInsightUserRole, emeaWorkspace } } },
        { "Diego", "Álvarez", "diego.alvarez", nullptr, Accepted, { { standardUserRole, emeaWorkspace } } },
        { "Ingrid", "Halvorsen", "ingrid.halvorsen", nullptr, Accepted,
            { { marketingUserRole, defaultWorkspace }, { webDesignerRole, emeaWorkspace } } },
        { "Tomáš", "Novák", "tomas.novak", nullptr, Accepted, { { analyticsUserRole, emeaWorkspace } } },
        { "Grace", "Okafor", "grace.okafor", nullptr, Accepted,
            { { salesInsightUserRole, defaultWorkspace } } },
        // Past the default page of 20: a client that does not page misses these admins.
        // An Adobe Identity user: the userid is a GUID, not the email address.
        { "Olivia", "Brown", "8F3A2C1D5E6B7A9C0D1E2F3A@AdobeID", "olivia.brown", Accepted,
            { { adminRole, allZones } } },
        // A contractor whose login has expired: still listed, still an Admin on paper.
        { "Ravi", "Patel", "ravi.patel", nullptr, Accepted, { { adminRole, allZones } }, QDate(2024, 6, 30) },
        // A login that is not the email address.
        { "Emma", "Schulz", "emma.schulz", "e.schulz", Accepted,
            { { marketingUserRole, defaultWorkspace } } },
        { "Noah", "Williams", "noah.williams", nullptr, Pending, {} },
        { "Mia", "Jensen", "mia.jensen", nullptr, Pending, {} },
        { "Lucas", "Moreau", "lucas.moreau", nullptr, Pending, {} },
        { "Zoe", "Taylor", "zoe.taylor", nullptr, Accepted, { { standardUserRole, defaultWorkspace } } },
    };
    const QString domain = QStringLiteral("@sandbox-marketo.example");
    const QDateTime base(QDate(2021, 3, 1), QTime(9, 0), Qt::UTC);
    int id = 0;
    for (const Seed& p : people) {
        MarketoUser user;
        user.id = ++id;
        const QString login = p.login ? QString::fromLatin1(p.login) : QString();
        user.userid = !p.login ? apiUserEmail : login.contains(u'@') ? login : login + domain;
        user.emailAddress = p.email ? QString::fromLatin1(p.email) + domain : user.userid;
        user.firstName = QString::fromUtf8(p.first);
        user.lastName = QString::fromUtf8(p.last);
        user.apiOnly = p.kind == ApiOnly;
        user.isLocked = p.kind == Locked;
        user.pending = p.kind == Pending;
        user.createdAt = p.kind == Pending ? QDateTime(QDate(2024, 12, 2), QTime(10, 0), Qt::UTC)
                                                 .addSecs(qint64(id) * 86'400 + qint64(seed % 7) * 3600)
                                           : base.addDays(id * 17 + qint64(seed % 7));
        if (p.expires.isValid()) {
            user.expiresAt = QDateTime(p.expires, QTime(23, 59, 59), Qt::UTC);
        }
        if (p.kind == Accepted || p.kind == Locked) {
            user.lastLoginAt = QDateTime(QDate(2024, 12, 1), QTime(8, 0), Qt::UTC)
                                   .addSecs(qint64((seed + quint64(id) * 7919) % (28 * 24 * 3600)));
            if (user.expiresAt.isValid() && user.lastLoginAt > user.expiresAt) {
                user.lastLoginAt = user.expiresAt.addDays(-3);
            }
        }
        user.roles = p.roles;
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

const MarketoUser* MarketoUsers::find(const QString& userid) const
{
    for (const MarketoUser& user : m_users) {
        if (user.userid.compare(userid, Qt::CaseInsensitive) == 0) {
            return &user;
        }
    }
    return nullptr;
}

SandboxResponse MarketoUsers::notFound(const QString& userid, const QString& requestId)
{
    return Envelope::userServiceFailure(requestId, 404, QString::fromLatin1(code::notFound),
        QStringLiteral("User '%1' not found").arg(userid));
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
        users.append(listedJson(m_users.at(i)));
    }
    return SandboxResponse::json(users);
}

SandboxResponse MarketoUsers::user(const QString& userid, const QString& requestId) const
{
    if (std::optional<SandboxResponse> refused = refusal(requestId)) {
        return std::move(*refused);
    }
    const MarketoUser* user = find(userid);
    return user && !user->pending ? SandboxResponse::json(userJson(*user)) : notFound(userid, requestId);
}

SandboxResponse MarketoUsers::userRoles(const QString& userid, const QString& requestId) const
{
    if (std::optional<SandboxResponse> refused = refusal(requestId)) {
        return std::move(*refused);
    }
    const MarketoUser* user = find(userid);
    return user && !user->pending ? SandboxResponse::json(roleWorkspacesJson(*user))
                                  : notFound(userid, requestId);
}

SandboxResponse MarketoUsers::invitedUser(const QString& userid, const QString& requestId) const
{
    if (std::optional<SandboxResponse> refused = refusal(requestId)) {
        return std::move(*refused);
    }
    const MarketoUser* user = find(userid);
    return user && user->pending ? SandboxResponse::json(invitedJson(*user)) : notFound(userid, requestId);
}

SandboxResponse MarketoUsers::roles(const QString& requestId) const
{
    if (std::optional<SandboxResponse> refused = refusal(requestId)) {
        return std::move(*refused);
    }
    QJsonArray roles;
    for (const MarketoRole& role : roleTable()) {
        roles.append(QJsonObject { { QStringLiteral("id"), role.id }, { QStringLiteral("name"), role.name },
            { QStringLiteral("description"), role.description },
            { QStringLiteral("isHidden"), role.isHidden },
            { QStringLiteral("isOnlyAllZones"), role.isOnlyAllZones },
            { QStringLiteral("createdAt"), userServiceTime(setUpAt) },
            { QStringLiteral("updatedAt"), userServiceTime(setUpAt) },
            { QStringLiteral("type"), role.type } });
    }
    return SandboxResponse::json(roles);
}

SandboxResponse MarketoUsers::workspaces(const QString& requestId) const
{
    if (std::optional<SandboxResponse> refused = refusal(requestId)) {
        return std::move(*refused);
    }
    QJsonArray workspaces;
    for (const MarketoWorkspace& workspace : workspaceTable()) {
        workspaces.append(
            QJsonObject { { QStringLiteral("id"), workspace.id }, { QStringLiteral("name"), workspace.name },
                { QStringLiteral("description"), workspace.description },
                { QStringLiteral("currencyInfo"), workspace.currencyInfo },
                { QStringLiteral("globalViz"), 0 }, { QStringLiteral("status"), QStringLiteral("active") },
                { QStringLiteral("createdAt"), userServiceTime(setUpAt) },
                { QStringLiteral("updatedAt"), userServiceTime(setUpAt) } });
    }
    return SandboxResponse::json(workspaces);
}

} // namespace sia::sandbox::marketo
