// Marketo leads.json and describe: filters, fields and nulls, limits and their errors, POST with
// _method=GET, and paging to the end with no person lost or repeated.
#include "sandboxclient.h"

#include <QSet>
#include <QtTest>

using namespace sia::sandbox;

class TestMarketoLeads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void findsPeopleById();
    void requestedFieldsWithoutValueAreNull();
    void defaultFieldsWhenNoneAsked();
    void findsEveryPersonSharingAnEmail();
    void findsBySalesforceIds();
    void findsContactsOfAnAccountAndPeopleOfAnOpportunity();
    void postWithMethodGetReadsTheFormBody();
    void postWithoutMethodGetIsRefused();
    void errorsAsMarketoAnswers_data();
    void errorsAsMarketoAnswers();
    void longGetUrlIsRefused();
    void pagesToTheEndWithNoPersonLostOrRepeated();
    void pagesByOwnerMatchTheOwnersPeople();
    void pageTokenOfAnotherQueryIsRefused();
    void describeListsTheSyncedFields();
    void describe2ListsSearchableFields();
    void unknownPathIs610();

private:
    QString allFields() const;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestMarketoLeads::initTestCase()
{
    SandboxOptions options;
    options.people = 2000;
    options.seed = 21;
    options.limits.marketoCallsPerWindow = 100000; // this class is about answers, not rate limits
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

void TestMarketoLeads::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.reset();
}

QString TestMarketoLeads::allFields() const
{
    return QStringLiteral(
        "firstName,lastName,email,company,title,phone,linkedInProfileURL,leadSource,sfdcLeadId,sfdcContactId,"
        "sfdcAccountId,sfdcLeadOwnerId,sfdcType,createdAt,updatedAt");
}

void TestMarketoLeads::findsPeopleById()
{
    const HttpResult answer = m_client->marketoGet(
        QStringLiteral("/rest/v1/leads.json?filterType=id&filterValues=1001,1005,999999&fields=")
        + allFields());
    QVERIFY(answer.success());
    const QJsonArray result = answer.result();
    QCOMPARE(result.size(), 2); // an unknown id is simply not in the result
    QCOMPARE(result.at(0).toObject().value(QStringLiteral("id")).toInteger(), 1001);
    const Person expected = *m_sandbox->dataset().person(1005);
    const QJsonObject lead = result.at(1).toObject();
    QCOMPARE(lead.value(QStringLiteral("lastName")).toString(), expected.lastName);
    QCOMPARE(lead.value(QStringLiteral("email")).toVariant(),
        expected.email.isEmpty() ? QVariant() : QVariant(expected.email));
    QVERIFY(!answer.object().contains(QStringLiteral("nextPageToken")));
}

void TestMarketoLeads::requestedFieldsWithoutValueAreNull()
{
    // Find someone without a phone and check the field is present and null.
    for (qint64 id = 1001; id < 1200; ++id) {
        if (!m_sandbox->dataset().person(id)->phone.isEmpty()) {
            continue;
        }
        const QJsonObject lead
            = m_client
                  ->marketoGet(
                      QStringLiteral("/rest/v1/leads.json?filterType=id&filterValues=%1&fields=phone,sfdcId")
                          .arg(id))
                  .result()
                  .first()
                  .toObject();
        QVERIFY(lead.contains(QStringLiteral("phone")));
        QVERIFY(lead.value(QStringLiteral("phone")).isNull());
        QVERIFY(lead.value(QStringLiteral("sfdcId")).isNull()); // a formula field the REST API never fills
        return;
    }
    QFAIL("no person without a phone among the first 200");
}

void TestMarketoLeads::defaultFieldsWhenNoneAsked()
{
    const QJsonObject lead
        = m_client->marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=id&filterValues=1001"))
              .result()
              .first()
              .toObject();
    const QStringList keys = lead.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
        (QSet<QString> { QStringLiteral("id"), QStringLiteral("firstName"), QStringLiteral("lastName"),
            QStringLiteral("email"), QStringLiteral("updatedAt"), QStringLiteral("createdAt") }));
    QVERIFY(lead.value(QStringLiteral("createdAt")).toString().endsWith(u'Z'));
}

void TestMarketoLeads::findsEveryPersonSharingAnEmail()
{
    const SandboxDataset& data = m_sandbox->dataset();
    for (qint64 id = data.firstPersonId(); id <= data.lastPersonId(); ++id) {
        const Person p = *data.person(id);
        const QList<qint64> same = p.email.isEmpty() ? QList<qint64>() : data.peopleWithEmail(p.email);
        if (same.size() < 2) {
            continue;
        }
        const HttpResult answer
            = m_client->marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=email&filterValues=")
                + QString::fromLatin1(QUrl::toPercentEncoding(p.email)));
        QCOMPARE(answer.result().size(), same.size());
        return;
    }
    QFAIL("no shared email");
}

void TestMarketoLeads::findsBySalesforceIds()
{
    const SandboxDataset& data = m_sandbox->dataset();
    const SalesforceLead lead = *data.nextLead(0);
    QCOMPARE(
        m_client
            ->marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=sfdcLeadId&filterValues=") + lead.id)
            .result()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger(),
        lead.marketoId);
    const SalesforceContact contact = *data.nextContact(0);
    QCOMPARE(m_client
                 ->marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=sfdcContactId&filterValues=")
                     + contact.id)
                 .result()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
        contact.marketoId);
}

void TestMarketoLeads::findsContactsOfAnAccountAndPeopleOfAnOpportunity()
{
    const SandboxDataset& data = m_sandbox->dataset();
    const OpportunityContactRole role = *data.nextOpportunityContactRole(0);
    const SalesforceContact contact = *data.contact(role.contactId);
    const QJsonArray ofAccount
        = m_client
              ->marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=sfdcAccountId&filterValues=")
                  + contact.accountId)
              .result();
    QCOMPARE(ofAccount.size(), data.peopleOfAccount(contact.accountId).size());
    const QJsonArray ofOpportunity
        = m_client
              ->marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=sfdcOpptyId&filterValues=")
                  + role.opportunityId)
              .result();
    bool found = false;
    for (const QJsonValue& value : ofOpportunity) {
        found = found || value.toObject().value(QStringLiteral("id")).toInteger() == contact.marketoId;
    }
    QVERIFY(found);
}

void TestMarketoLeads::postWithMethodGetReadsTheFormBody()
{
    QStringList ids;
    for (int id = 1001; id < 1301; ++id) {
        ids.append(QString::number(id));
    }
    const QByteArray form = "filterType=id&fields=email,company&filterValues=" + ids.join(u',').toLatin1();
    const HttpResult answer = m_client->marketoPost(
        QStringLiteral("/rest/v1/leads.json?_method=GET"), form, "application/x-www-form-urlencoded");
    QVERIFY2(answer.success(), answer.body.constData());
    QCOMPARE(answer.result().size(), 300);
}

void TestMarketoLeads::postWithoutMethodGetIsRefused()
{
    const HttpResult answer = m_client->marketoPost(
        QStringLiteral("/rest/v1/leads.json"), R"({"input":[{"email":"a@b.example"}]})");
    QCOMPARE(answer.errorCode(), QStringLiteral("603"));
}

void TestMarketoLeads::errorsAsMarketoAnswers_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QStringList many;
    for (int i = 0; i < 301; ++i) {
        many.append(QString::number(1001 + i));
    }
    QTest::newRow("no filterType") << QStringLiteral("filterValues=1") << QStringLiteral("1003");
    QTest::newRow("unsearchable field")
        << QStringLiteral("filterType=title&filterValues=CEO") << QStringLiteral("1003");
    QTest::newRow("no values") << QStringLiteral("filterType=id") << QStringLiteral("1003");
    QTest::newRow("301 values") << QStringLiteral("filterType=id&filterValues=") + many.join(u',')
                                << QStringLiteral("1003");
    QTest::newRow("batchSize 301") << QStringLiteral("filterType=id&filterValues=1001&batchSize=301")
                                   << QStringLiteral("1003");
    QTest::newRow("batchSize 0") << QStringLiteral("filterType=id&filterValues=1001&batchSize=0")
                                 << QStringLiteral("1003");
    QTest::newRow("unknown field") << QStringLiteral("filterType=id&filterValues=1001&fields=email,shoeSize")
                                   << QStringLiteral("1006");
    QTest::newRow("bad page token") << QStringLiteral("filterType=id&filterValues=1001&nextPageToken=!!!")
                                    << QStringLiteral("1003");
}

void TestMarketoLeads::errorsAsMarketoAnswers()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    const HttpResult answer = m_client->marketoGet(QStringLiteral("/rest/v1/leads.json?") + query);
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.success());
    QCOMPARE(answer.errorCode(), code);
}

void TestMarketoLeads::longGetUrlIsRefused()
{
    const QString emails
        = QString(QStringLiteral("someone.with.a.long.address@example.example,")).repeated(200);
    const HttpResult answer
        = m_client->marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=email&filterValues=") + emails);
    QCOMPARE(answer.status, 414);
}

void TestMarketoLeads::pagesToTheEndWithNoPersonLostOrRepeated()
{
    QList<qint64> seen;
    QString token;
    int pages = 0;
    do {
        QString query = QStringLiteral(
            "/rest/v1/leads.json?filterType=leadPartitionId&filterValues=1&batchSize=300&fields=email");
        if (!token.isEmpty()) {
            query += QStringLiteral("&nextPageToken=") + token;
        }
        const HttpResult page = m_client->marketoGet(query);
        QVERIFY2(page.success(), page.body.constData());
        for (const QJsonValue& lead : page.result()) {
            seen.append(lead.toObject().value(QStringLiteral("id")).toInteger());
        }
        token = page.object().value(QStringLiteral("nextPageToken")).toString();
        QVERIFY(page.result().size() == 300 || token.isEmpty());
        ++pages;
    } while (!token.isEmpty());
    QCOMPARE(pages, 7); // 2,000 people in pages of 300
    QCOMPARE(seen.size(), 2000);
    const QSet<qint64> unique(seen.cbegin(), seen.cend());
    QCOMPARE(unique.size(), 2000);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
}

void TestMarketoLeads::pagesByOwnerMatchTheOwnersPeople()
{
    const SandboxDataset& data = m_sandbox->dataset();
    const QString owner = data.salesforceUsers().at(1).id;
    qint64 expected = 0;
    for (qint64 id = data.firstPersonId(); id <= data.lastPersonId(); ++id) {
        expected += data.salesOwnerIdOf(id) == owner ? 1 : 0;
    }
    qint64 seen = 0;
    QString token;
    do {
        QString query = QStringLiteral(
            "/rest/v1/"
            "leads.json?filterType=sfdcLeadOwnerId&filterValues=%1&batchSize=50&fields=sfdcLeadOwnerId")
                            .arg(owner);
        if (!token.isEmpty()) {
            query += QStringLiteral("&nextPageToken=") + token;
        }
        const HttpResult page = m_client->marketoGet(query);
        for (const QJsonValue& lead : page.result()) {
            QCOMPARE(lead.toObject().value(QStringLiteral("sfdcLeadOwnerId")).toString(), owner);
            ++seen;
        }
        token = page.object().value(QStringLiteral("nextPageToken")).toString();
    } while (!token.isEmpty());
    QVERIFY(expected > 50);
    QCOMPARE(seen, expected);
}

void TestMarketoLeads::pageTokenOfAnotherQueryIsRefused()
{
    const QString token
        = m_client
              ->marketoGet(QStringLiteral(
                  "/rest/v1/leads.json?filterType=leadPartitionId&filterValues=1&batchSize=10"))
              .object()
              .value(QStringLiteral("nextPageToken"))
              .toString();
    QVERIFY(!token.isEmpty());
    const HttpResult answer = m_client->marketoGet(
        QStringLiteral("/rest/v1/leads.json?filterType=id&filterValues=1001&nextPageToken=") + token);
    QCOMPARE(answer.errorCode(), QStringLiteral("1003"));
}

void TestMarketoLeads::describeListsTheSyncedFields()
{
    const HttpResult answer = m_client->marketoGet(QStringLiteral("/rest/v1/leads/describe.json"));
    QVERIFY(answer.success());
    QSet<QString> names;
    for (const QJsonValue& field : answer.result()) {
        names.insert(field.toObject()
                         .value(QStringLiteral("rest"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString());
        QVERIFY(field.toObject().contains(QStringLiteral("dataType")));
    }
    for (const char* synced :
        { "id", "firstName", "lastName", "email", "company", "title", "phone", "linkedInProfileURL",
            "leadSource", "sfdcLeadId", "sfdcContactId", "sfdcAccountId", "sfdcLeadOwnerId" }) {
        QVERIFY2(names.contains(QLatin1String(synced)), synced);
    }
}

void TestMarketoLeads::describe2ListsSearchableFields()
{
    const QJsonObject lead
        = m_client->marketoGet(QStringLiteral("/rest/v1/leads/describe2.json")).result().first().toObject();
    QCOMPARE(lead.value(QStringLiteral("name")).toString(), QStringLiteral("API Lead"));
    QVERIFY(lead.value(QStringLiteral("searchableFields"))
                .toArray()
                .contains(QJsonArray { QStringLiteral("email") }));
    QVERIFY(lead.value(QStringLiteral("fields")).toArray().size() >= 13);
}

void TestMarketoLeads::unknownPathIs610()
{
    QCOMPARE(m_client->marketoGet(QStringLiteral("/rest/v1/lead/describe2.json")).errorCode(),
        QStringLiteral("610"));
}

QTEST_GUILESS_MAIN(TestMarketoLeads)
#include "testmarketoleads.moc"
