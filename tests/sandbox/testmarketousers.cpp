// Marketo's user management API as a real subscription answers it: the user list (six fields, pending
// users included, paged by pageSize/pageOffset with a default page of 20), one user with its roles per
// workspace, a user's roles, the roles and the workspaces, invited users not accepted yet, the API-only
// users, no "success" field, the "…t+0000" dates, the token only in the header, and the missing permission.
#include "sandboxclient.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace sia::sandbox;

namespace {

const QString base = QStringLiteral("/userservice/management/v1/users/");

QStringList keysOf(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

bool hasMarketosDateShape(const QJsonValue& value)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}t\\+0000$"));
    return shape.match(value.toString()).hasMatch();
}

} // namespace

class TestMarketoUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsEveryUserWithTheSixDocumentedFields();
    void defaultPageHoldsTwentyUsers();
    void pagesWithSizeAndOffset();
    void refusesPagingOutOfRange_data();
    void refusesPagingOutOfRange();
    void findsTheAdminsThroughEachUsersRoles();
    void roleWorkspacesNameKnownRolesAndWorkspaces();
    void listsWorkspacesWithoutAllZones();
    void listsTheStandardRoles();
    void apiOnlyUsersAreMarked();
    void pendingUserIsReadOnlyThroughItsInvitation();
    void acceptedUserHasNoInvitation();
    void useridIsNotAlwaysTheEmailAddress();
    void datesHaveMarketosShape();
    void unknownUserIs404WithErrors_data();
    void unknownUserIs404WithErrors();
    void tokenInQueryIsRefused();
    void missingPermissionIs403_data();
    void missingPermissionIs403();

private:
    QJsonArray everyUser(int pageSize);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestMarketoUsers::initTestCase()
{
    SandboxOptions options;
    options.people = 100;
    options.limits.marketoCallsPerWindow = 100000; // this class is about answers, not rate limits
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

void TestMarketoUsers::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.reset();
}

QJsonArray TestMarketoUsers::everyUser(int pageSize)
{
    QJsonArray users;
    for (int offset = 0; offset < 10000; offset += pageSize) {
        const QJsonArray page
            = m_client
                  ->marketoGet(base
                      + QStringLiteral("allusers.json?pageSize=%1&pageOffset=%2").arg(pageSize).arg(offset))
                  .array();
        for (const QJsonValue& user : page) {
            users.append(user);
        }
        if (page.size() < pageSize) {
            break;
        }
    }
    return users;
}

void TestMarketoUsers::listsEveryUserWithTheSixDocumentedFields()
{
    const HttpResult answer = m_client->marketoGet(base + QStringLiteral("allusers.json?pageSize=200"));
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.body.contains("\"success\""));
    const QJsonArray users = answer.array();
    QVERIFY(users.size() > 20);
    const QStringList documented { QStringLiteral("apiOnly"), QStringLiteral("emailAddress"),
        QStringLiteral("firstName"), QStringLiteral("id"), QStringLiteral("lastName"),
        QStringLiteral("userid") };
    QSet<QString> userids;
    for (const QJsonValue& value : users) {
        QCOMPARE(keysOf(value.toObject()), documented); // no roles, no lock, nothing that says "pending"
        userids.insert(value.toObject().value(QStringLiteral("userid")).toString());
    }
    QCOMPARE(userids.size(), users.size());
}

void TestMarketoUsers::defaultPageHoldsTwentyUsers()
{
    QCOMPARE(m_client->marketoGet(base + QStringLiteral("allusers.json")).array().size(), 20);
    QVERIFY(everyUser(20).size() > 20);
}

void TestMarketoUsers::pagesWithSizeAndOffset()
{
    const QJsonArray all = m_client->marketoGet(base + QStringLiteral("allusers.json?pageSize=200")).array();
    const QJsonArray second
        = m_client->marketoGet(base + QStringLiteral("allusers.json?pageSize=3&pageOffset=3")).array();
    QCOMPARE(second.size(), 3);
    QCOMPARE(second.first(), all.at(3));
    QCOMPARE(everyUser(7), all);
    const HttpResult past
        = m_client->marketoGet(base + QStringLiteral("allusers.json?pageOffset=%1").arg(all.size()));
    QCOMPARE(past.status, 200);
    QVERIFY(past.array().isEmpty());
}

void TestMarketoUsers::refusesPagingOutOfRange_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("pageSize 0") << QStringLiteral("pageSize=0");
    QTest::newRow("pageSize 201") << QStringLiteral("pageSize=201");
    QTest::newRow("pageOffset -1") << QStringLiteral("pageOffset=-1");
    QTest::newRow("pageSize not a number") << QStringLiteral("pageSize=all");
}

void TestMarketoUsers::refusesPagingOutOfRange()
{
    QFETCH(QString, query);
    const HttpResult answer = m_client->marketoGet(base + QStringLiteral("allusers.json?") + query);
    QCOMPARE(answer.status, 400);
    QVERIFY(!answer.errorCode().isEmpty());
}

void TestMarketoUsers::findsTheAdminsThroughEachUsersRoles()
{
    // How step 1 lists the admins: every page of users, then each user's roles; a pending user has none yet.
    const QJsonArray users = everyUser(10);
    QStringList admins;
    QStringList pending;
    int adminsPastTheFirstPage = 0;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QString userid = users.at(i).toObject().value(QStringLiteral("userid")).toString();
        const HttpResult one = m_client->marketoGet(base + userid + QStringLiteral("/user.json"));
        const HttpResult roles = m_client->marketoGet(base + userid + QStringLiteral("/roles.json"));
        if (one.status == 404) {
            QCOMPARE(roles.status, 404);
            const HttpResult invitation
                = m_client->marketoGet(base + userid + QStringLiteral("/invite.json"));
            QCOMPARE(invitation.status, 200);
            QCOMPARE(
                invitation.object().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
            pending.append(userid);
            continue;
        }
        QCOMPARE(one.status, 200);
        QCOMPARE(roles.status, 200);
        QCOMPARE(roles.array(), one.object().value(QStringLiteral("userRoleWorkspaces")).toArray());
        for (const QJsonValue& role : roles.array()) {
            if (role.toObject().value(QStringLiteral("accessRoleName")).toString() == u"Admin") {
                admins.append(userid);
                adminsPastTheFirstPage += i >= 20 ? 1 : 0;
            }
        }
    }
    QCOMPARE(admins.size(), 5);
    QVERIFY(adminsPastTheFirstPage >= 1); // a client that reads one default page misses an admin
    QCOMPARE(pending.size(), 3);
}

void TestMarketoUsers::roleWorkspacesNameKnownRolesAndWorkspaces()
{
    QHash<int, QString> roles;
    for (const QJsonValue& role : m_client->marketoGet(base + QStringLiteral("roles.json")).array()) {
        roles.insert(role.toObject().value(QStringLiteral("id")).toInt(),
            role.toObject().value(QStringLiteral("name")).toString());
    }
    QHash<int, QString> workspaces { { 0, QStringLiteral("AllZones") } };
    for (const QJsonValue& workspace :
        m_client->marketoGet(base + QStringLiteral("workspaces.json")).array()) {
        workspaces.insert(workspace.toObject().value(QStringLiteral("id")).toInt(),
            workspace.toObject().value(QStringLiteral("name")).toString());
    }
    QSet<int> workspacesInUse;
    int usersInSeveralWorkspaces = 0;
    for (const QJsonValue& user : everyUser(200)) {
        const HttpResult one = m_client->marketoGet(
            base + user.toObject().value(QStringLiteral("userid")).toString() + QStringLiteral("/user.json"));
        if (one.status != 200) {
            continue;
        }
        const QJsonArray entries = one.object().value(QStringLiteral("userRoleWorkspaces")).toArray();
        QVERIFY(!entries.isEmpty());
        usersInSeveralWorkspaces += entries.size() > 1 ? 1 : 0;
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            QCOMPARE(keysOf(entry),
                QStringList({ QStringLiteral("accessRoleId"), QStringLiteral("accessRoleName"),
                    QStringLiteral("workspaceId"), QStringLiteral("workspaceName") }));
            QCOMPARE(entry.value(QStringLiteral("accessRoleName")).toString(),
                roles.value(entry.value(QStringLiteral("accessRoleId")).toInt()));
            QCOMPARE(entry.value(QStringLiteral("workspaceName")).toString(),
                workspaces.value(entry.value(QStringLiteral("workspaceId")).toInt()));
            workspacesInUse.insert(entry.value(QStringLiteral("workspaceId")).toInt());
        }
    }
    QVERIFY(workspacesInUse.size() >= 3); // AllZones, Default and another
    QVERIFY(usersInSeveralWorkspaces >= 1);
}

void TestMarketoUsers::listsWorkspacesWithoutAllZones()
{
    const HttpResult answer = m_client->marketoGet(base + QStringLiteral("workspaces.json"));
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.body.contains("\"success\""));
    QStringList names;
    for (const QJsonValue& value : answer.array()) {
        const QJsonObject workspace = value.toObject();
        for (const char* key : { "id", "name", "description", "currencyInfo", "globalViz", "status",
                 "createdAt", "updatedAt" }) {
            QVERIFY2(workspace.contains(QLatin1String(key)), key);
        }
        names.append(workspace.value(QStringLiteral("name")).toString());
    }
    QVERIFY(names.size() >= 2);
    QVERIFY(names.contains(QStringLiteral("Default")));
    QVERIFY(!names.contains(QStringLiteral("AllZones")));
}

void TestMarketoUsers::listsTheStandardRoles()
{
    const HttpResult answer = m_client->marketoGet(base + QStringLiteral("roles.json"));
    QCOMPARE(answer.status, 200);
    QStringList names;
    for (const QJsonValue& value : answer.array()) {
        const QJsonObject role = value.toObject();
        for (const char* key :
            { "id", "name", "description", "isHidden", "isOnlyAllZones", "createdAt", "updatedAt", "type" }) {
            QVERIFY2(role.contains(QLatin1String(key)), key);
        }
        names.append(role.value(QStringLiteral("name")).toString());
    }
    for (const char* name : { "Admin", "Standard User", "Marketing User", "API Role" }) {
        QVERIFY2(names.contains(QLatin1String(name)), name);
    }
}

void TestMarketoUsers::apiOnlyUsersAreMarked()
{
    const QString apiUser = m_sandbox->readyInfo()
                                .value(QStringLiteral("marketo"))
                                .toObject()
                                .value(QStringLiteral("apiUser"))
                                .toString();
    QVERIFY(!apiUser.isEmpty());
    int apiOnly = 0;
    for (const QJsonValue& value : everyUser(200)) {
        const QJsonObject user = value.toObject();
        apiOnly += user.value(QStringLiteral("apiOnly")).toBool() ? 1 : 0;
        if (user.value(QStringLiteral("userid")).toString() == apiUser) {
            QVERIFY(user.value(QStringLiteral("apiOnly")).toBool());
        }
    }
    QVERIFY(apiOnly >= 2);
    const QJsonObject one = m_client->marketoGet(base + apiUser + QStringLiteral("/user.json")).object();
    QVERIFY(one.value(QStringLiteral("apiOnly")).toBool());
    QVERIFY(one.value(QStringLiteral("lastLoginAt")).isNull()); // an API-only user never logs in
}

void TestMarketoUsers::pendingUserIsReadOnlyThroughItsInvitation()
{
    const QString userid = QStringLiteral("noah.williams@sandbox-marketo.example");
    const HttpResult invitation = m_client->marketoGet(base + userid + QStringLiteral("/invite.json"));
    QCOMPARE(invitation.status, 200);
    QVERIFY(!invitation.body.contains("\"success\""));
    const QJsonObject invited = invitation.object();
    for (const char* key : { "id", "firstName", "lastName", "emailAddress", "userid", "subscriptionId",
             "status", "expiresAt", "createdAt", "updatedAt" }) {
        QVERIFY2(invited.contains(QLatin1String(key)), key);
    }
    QCOMPARE(invited.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(invited.value(QStringLiteral("userid")).toString(), userid);
    QCOMPARE(m_client->marketoGet(base + userid + QStringLiteral("/user.json")).status, 404);
    QCOMPARE(m_client->marketoGet(base + userid + QStringLiteral("/roles.json")).status, 404);
}

void TestMarketoUsers::acceptedUserHasNoInvitation()
{
    const HttpResult answer
        = m_client->marketoGet(base + QStringLiteral("amelie.dubois@sandbox-marketo.example/invite.json"));
    QCOMPARE(answer.status, 404);
    QVERIFY(!answer.errorCode().isEmpty());
}

void TestMarketoUsers::useridIsNotAlwaysTheEmailAddress()
{
    QJsonObject different;
    for (const QJsonValue& value : everyUser(200)) {
        const QJsonObject user = value.toObject();
        if (user.value(QStringLiteral("userid")) != user.value(QStringLiteral("emailAddress"))) {
            different = user;
        }
    }
    QVERIFY(!different.isEmpty());
    const QString userid = different.value(QStringLiteral("userid")).toString();
    QCOMPARE(m_client->marketoGet(base + userid + QStringLiteral("/user.json")).status, 200);
    const QString email = different.value(QStringLiteral("emailAddress")).toString();
    QCOMPARE(m_client->marketoGet(base + email + QStringLiteral("/user.json")).status, 404); // by userid only
}

void TestMarketoUsers::datesHaveMarketosShape()
{
    const QJsonObject user
        = m_client->marketoGet(base + QStringLiteral("amelie.dubois@sandbox-marketo.example/user.json"))
              .object();
    QVERIFY2(hasMarketosDateShape(user.value(QStringLiteral("lastLoginAt"))),
        qPrintable(user.value(QStringLiteral("lastLoginAt")).toString()));
    const QJsonObject invited
        = m_client->marketoGet(base + QStringLiteral("mia.jensen@sandbox-marketo.example/invite.json"))
              .object();
    QVERIFY(hasMarketosDateShape(invited.value(QStringLiteral("createdAt"))));
    const QJsonObject role
        = m_client->marketoGet(base + QStringLiteral("roles.json")).array().first().toObject();
    QVERIFY(hasMarketosDateShape(role.value(QStringLiteral("updatedAt"))));
    const QJsonObject expired
        = m_client->marketoGet(base + QStringLiteral("ravi.patel@sandbox-marketo.example/user.json"))
              .object();
    QVERIFY(hasMarketosDateShape(expired.value(QStringLiteral("expiresAt"))));
}

void TestMarketoUsers::unknownUserIs404WithErrors_data()
{
    QTest::addColumn<QString>("resource");
    QTest::newRow("user.json") << QStringLiteral("user.json");
    QTest::newRow("roles.json") << QStringLiteral("roles.json");
    QTest::newRow("invite.json") << QStringLiteral("invite.json");
}

void TestMarketoUsers::unknownUserIs404WithErrors()
{
    QFETCH(QString, resource);
    const HttpResult answer
        = m_client->marketoGet(base + QStringLiteral("nobody@nowhere.example/") + resource);
    QCOMPARE(answer.status, 404);
    QVERIFY(!answer.errorCode().isEmpty());
    QVERIFY(!answer.object().contains(QStringLiteral("success")));
}

void TestMarketoUsers::tokenInQueryIsRefused()
{
    const QString token = m_client->marketoToken();
    const HttpResult answer = m_client->get(base + QStringLiteral("allusers.json?access_token=") + token);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("600"));
}

void TestMarketoUsers::missingPermissionIs403_data()
{
    QTest::addColumn<QString>("resource");
    QTest::newRow("allusers.json") << QStringLiteral("allusers.json");
    QTest::newRow("user.json") << QStringLiteral("amelie.dubois@sandbox-marketo.example/user.json");
    QTest::newRow("a user's roles.json")
        << QStringLiteral("amelie.dubois@sandbox-marketo.example/roles.json");
    QTest::newRow("invite.json") << QStringLiteral("mia.jensen@sandbox-marketo.example/invite.json");
    QTest::newRow("roles.json") << QStringLiteral("roles.json");
    QTest::newRow("workspaces.json") << QStringLiteral("workspaces.json");
}

void TestMarketoUsers::missingPermissionIs403()
{
    QFETCH(QString, resource);
    SandboxOptions options;
    options.people = 100;
    options.marketoUserApiPermission = false;
    const auto restricted = startSandbox(options);
    QVERIFY(restricted);
    SandboxClient client(restricted->baseUrl());
    const HttpResult answer = client.marketoGet(base + resource);
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.errorCode(), QStringLiteral("603"));
    QVERIFY(answer.object()
                .value(QStringLiteral("errors"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("Access User Management Api")));
}

QTEST_GUILESS_MAIN(TestMarketoUsers)
#include "testmarketousers.moc"
