// Marketo's user management API: the user list with roles (how admins are found), one user, paging,
// no "success" field, the "…t+0000" dates, the token only in the header, and the missing permission.
#include "sandboxclient.h"

#include <QRegularExpression>
#include <QtTest>

using namespace sia::sandbox;

class TestMarketoUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsUsersWithRolesAndNoSuccessField();
    void datesHaveMarketosShape();
    void pagesWithSizeAndOffset();
    void readsOneUser();
    void unknownUserIs404WithErrors();
    void tokenInQueryIsRefused();
    void missingPermissionIs403();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestMarketoUsers::initTestCase()
{
    SandboxOptions options;
    options.people = 100;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

void TestMarketoUsers::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestMarketoUsers::listsUsersWithRolesAndNoSuccessField()
{
    const HttpResult answer
        = m_client->marketoGet(QStringLiteral("/userservice/management/v1/users/allusers.json?pageSize=200"));
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.body.contains("\"success\""));
    const QJsonArray users = answer.array();
    QVERIFY(users.size() >= 5);
    QStringList admins;
    for (const QJsonValue& value : users) {
        const QJsonObject user = value.toObject();
        for (const char* key : { "userid", "emailAddress", "firstName", "lastName", "apiOnly", "isLocked",
                 "userRoleWorkspaces", "lastLoginAt" }) {
            QVERIFY2(user.contains(QLatin1String(key)), key);
        }
        for (const QJsonValue& role : user.value(QStringLiteral("userRoleWorkspaces")).toArray()) {
            if (role.toObject().value(QStringLiteral("accessRoleName")).toString() == u"Admin") {
                admins.append(user.value(QStringLiteral("userid")).toString());
            }
        }
    }
    QCOMPARE(admins.size(), 3);
}

void TestMarketoUsers::datesHaveMarketosShape()
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}t\\+0000$"));
    const QJsonObject user
        = m_client->marketoGet(QStringLiteral("/userservice/management/v1/users/allusers.json"))
              .array()
              .first()
              .toObject();
    QVERIFY2(shape.match(user.value(QStringLiteral("createdAt")).toString()).hasMatch(),
        qPrintable(user.value(QStringLiteral("createdAt")).toString()));
    QVERIFY(shape.match(user.value(QStringLiteral("lastLoginAt")).toString()).hasMatch());
}

void TestMarketoUsers::pagesWithSizeAndOffset()
{
    const QJsonArray all
        = m_client->marketoGet(QStringLiteral("/userservice/management/v1/users/allusers.json?pageSize=200"))
              .array();
    const QJsonArray second
        = m_client
              ->marketoGet(
                  QStringLiteral("/userservice/management/v1/users/allusers.json?pageSize=3&pageOffset=3"))
              .array();
    QCOMPARE(second.size(), 3);
    QCOMPARE(second.first(), all.at(3));
    QCOMPARE(m_client->marketoGet(QStringLiteral("/userservice/management/v1/users/allusers.json?pageSize=0"))
                 .status,
        400);
}

void TestMarketoUsers::readsOneUser()
{
    const QString userid
        = m_client->marketoGet(QStringLiteral("/userservice/management/v1/users/allusers.json"))
              .array()
              .at(1)
              .toObject()
              .value(QStringLiteral("userid"))
              .toString();
    const HttpResult answer
        = m_client->marketoGet(QStringLiteral("/userservice/management/v1/users/%1/user.json").arg(userid));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("userid")).toString(), userid);
    QVERIFY(!answer.object().contains(QStringLiteral("success")));
}

void TestMarketoUsers::unknownUserIs404WithErrors()
{
    const HttpResult answer = m_client->marketoGet(
        QStringLiteral("/userservice/management/v1/users/nobody@nowhere.example/user.json"));
    QCOMPARE(answer.status, 404);
    QVERIFY(!answer.errorCode().isEmpty());
    QVERIFY(!answer.object().contains(QStringLiteral("success")));
}

void TestMarketoUsers::tokenInQueryIsRefused()
{
    const QString token = m_client->marketoToken();
    const HttpResult answer = m_client->get(
        QStringLiteral("/userservice/management/v1/users/allusers.json?access_token=") + token);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("600"));
}

void TestMarketoUsers::missingPermissionIs403()
{
    SandboxOptions options;
    options.people = 100;
    options.marketoUserApiPermission = false;
    const auto restricted = startSandbox(options);
    QVERIFY(restricted);
    SandboxClient client(restricted->baseUrl());
    const HttpResult answer
        = client.marketoGet(QStringLiteral("/userservice/management/v1/users/allusers.json"));
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
