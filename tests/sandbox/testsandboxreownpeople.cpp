// The control API's "reownPeople": a Salesforce reassignment of leads and contacts. To the queue, a
// user-owned lead loses its Sales Owner; to a user, a lead or contact gets another one (a queue's lead
// gains one); Marketo's person, Salesforce's record, the eligible count and the lead changes feed (a Data
// Value Change of sfdcLeadOwnerId and leadOwnerEmailAddress) all say so; a bad "to" is refused; a reset
// forgets it.
#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxoptions.h"
#include "sandboxclient.h"

#include <QtTest>

using namespace sia::sandbox;

class TestSandboxReownPeople : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void toTheQueueLeadsLoseTheirSalesOwner();
    void toAUserTheyGetAnotherOne();
    void leadChangesReportTheOwnerChange();
    void aBadTargetIsRefused();
    void resetForgetsIt();

private:
    QJsonObject reown(qint64 count, const QString& to = {});
    qint64 eligible() { return qint64(counters().value(QStringLiteral("eligiblePeople")).toDouble()); }
    QJsonObject counters() { return m_client->control("GET", QStringLiteral("/sandbox/counters")); }
    static QList<qint64> idsOf(const QJsonObject& answer);
    QString salesforceOwnerOf(const Person& person) const;

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxReownPeople::init()
{
    SandboxOptions options;
    options.people = 2000;
    options.seed = 4;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_sandbox->clock().set(QDateTime(QDate(2025, 4, 1), QTime(8, 30), Qt::UTC));
    m_sandbox->clock().setFrozen(true);
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

void TestSandboxReownPeople::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

QJsonObject TestSandboxReownPeople::reown(qint64 count, const QString& to)
{
    QJsonObject body { { QStringLiteral("kind"), QStringLiteral("reownPeople") },
        { QStringLiteral("count"), count } };
    if (!to.isEmpty()) {
        body.insert(QStringLiteral("to"), to);
    }
    return m_client->control("POST", QStringLiteral("/sandbox/mutate"), body);
}

QList<qint64> TestSandboxReownPeople::idsOf(const QJsonObject& answer)
{
    QList<qint64> ids;
    for (const QJsonValue& id : answer.value(QStringLiteral("ids")).toArray()) {
        ids.append(id.toInteger());
    }
    return ids;
}

QString TestSandboxReownPeople::salesforceOwnerOf(const Person& person) const
{
    if (person.crmKind == CrmKind::Lead) {
        return m_sandbox->dataset().lead(person.sfdcLeadId)->ownerId;
    }
    return m_sandbox->dataset().contact(person.sfdcContactId)->ownerId;
}

void TestSandboxReownPeople::toTheQueueLeadsLoseTheirSalesOwner()
{
    const qint64 before = eligible();
    const QList<qint64> ids = idsOf(reown(6, QStringLiteral("queue")));
    QCOMPARE(ids.size(), 6);
    for (const qint64 id : ids) {
        const std::optional<Person> person = m_sandbox->dataset().person(id);
        QVERIFY(person);
        QCOMPARE(person->crmKind, CrmKind::Lead);
        QVERIFY(!person->hasSalesOwner());
        QVERIFY(person->leadOwnerEmailAddress.isEmpty());
        QVERIFY(salesforceOwnerOf(*person).startsWith(QStringLiteral("00G"))); // the queue
        QCOMPARE(person->updatedAt, m_sandbox->clock().now());
        QCOMPARE(m_sandbox->dataset().salesOwnerIdOf(id), QString());
    }
    QCOMPARE(eligible(), before - 6);
}

void TestSandboxReownPeople::toAUserTheyGetAnotherOne()
{
    QHash<qint64, QString> ownerBefore;
    qint64 unownedBefore = 0;
    const qint64 before = eligible();
    // Which ones will be drawn is the seed's business: read every candidate's owner first.
    for (qint64 id = m_sandbox->dataset().firstPersonId(); id <= m_sandbox->dataset().lastPersonId(); ++id) {
        ownerBefore.insert(id, m_sandbox->dataset().person(id)->sfdcLeadOwnerId);
    }
    const QList<qint64> ids = idsOf(reown(20, QStringLiteral("user")));
    QCOMPARE(ids.size(), 20);
    for (const qint64 id : ids) {
        const std::optional<Person> person = m_sandbox->dataset().person(id);
        QVERIFY(person->hasSalesOwner());
        QVERIFY(person->sfdcLeadOwnerId != ownerBefore.value(id));
        QCOMPARE(salesforceOwnerOf(*person), person->sfdcLeadOwnerId);
        QCOMPARE(m_sandbox->dataset().salesOwnerIdOf(id), person->sfdcLeadOwnerId);
        QVERIFY(!person->leadOwnerEmailAddress.isEmpty());
        unownedBefore += ownerBefore.value(id).isEmpty() ? 1 : 0;
    }
    QCOMPARE(eligible(), before + unownedBefore);
}

void TestSandboxReownPeople::leadChangesReportTheOwnerChange()
{
    SandboxClient& raw = *m_client;
    const HttpResult token = raw.marketoGet(
        QStringLiteral("/rest/v1/activities/pagingtoken.json?sinceDatetime=2025-04-01T08:30:00Z"));
    QVERIFY(token.success());
    QString next = token.object().value(QStringLiteral("nextPageToken")).toString();
    const QList<qint64> ids = idsOf(reown(4));
    QCOMPARE(ids.size(), 4);
    QHash<qint64, QJsonArray> changes;
    for (bool more = true; more;) {
        const HttpResult page
            = raw.marketoGet(QStringLiteral("/rest/v1/activities/leadchanges.json?fields="
                                            "sfdcLeadOwnerId,leadOwnerEmailAddress&nextPageToken=")
                + QString::fromLatin1(QUrl::toPercentEncoding(next)));
        QVERIFY(page.success());
        for (const QJsonValue& activity : page.result()) {
            if (activity[QStringLiteral("fields")].toArray().isEmpty()) {
                continue; // a New Lead of the generated history
            }
            changes.insert(
                activity[QStringLiteral("leadId")].toInteger(), activity[QStringLiteral("fields")].toArray());
        }
        next = page.object().value(QStringLiteral("nextPageToken")).toString();
        more = page.object().value(QStringLiteral("moreResult")).toBool();
    }
    QCOMPARE(changes.size(), 4);
    for (const qint64 id : ids) {
        const QJsonArray fields = changes.value(id);
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0)[QStringLiteral("name")].toString(), QStringLiteral("sfdcLeadOwnerId"));
        const QString now = fields.at(0)[QStringLiteral("newValue")].toString();
        QCOMPARE(now, m_sandbox->dataset().person(id)->sfdcLeadOwnerId);
        QVERIFY(fields.at(0)[QStringLiteral("oldValue")].toString() != now);
    }
}

void TestSandboxReownPeople::aBadTargetIsRefused()
{
    const QJsonObject answer = reown(3, QStringLiteral("nobody"));
    QVERIFY(answer.value(QStringLiteral("error")).toString().contains(QStringLiteral("'to'")));
    QCOMPARE(m_sandbox->dataset().changes().size(), 0);
}

void TestSandboxReownPeople::resetForgetsIt()
{
    const qint64 before = eligible();
    const QList<qint64> ids = idsOf(reown(5, QStringLiteral("queue")));
    QCOMPARE(eligible(), before - 5);
    m_client->control("POST", QStringLiteral("/sandbox/reset"));
    QCOMPARE(eligible(), before);
    for (const qint64 id : ids) {
        QVERIFY(m_sandbox->dataset().person(id)->hasSalesOwner());
    }
}

QTEST_MAIN(TestSandboxReownPeople)
#include "testsandboxreownpeople.moc"
