// Marketo leads.json and describe: filters, fields and nulls (or left out), limits and their errors, a
// lookup that matches too many people (1003), POST with _method=GET, and paging to the end with no person
// lost or repeated.
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
    void requestedFieldsWithoutValueAreNullOrLeftOut();
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
    void filterMatchingMoreThanAThousandIs1003_data();
    void filterMatchingMoreThanAThousandIs1003();
    void partitionOfAThousandPagesAndOfMoreIsRefused();
    void ownerOfMoreThanAThousandPeopleIsRefused();
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

void TestMarketoLeads::requestedFieldsWithoutValueAreNullOrLeftOut()
{
    // Marketo's recorded answers write an empty requested field as null, its documentation allows leaving
    // it out: the sandbox does both, so a client that only handles one shape fails here first.
    QStringList ids;
    for (qint64 id = 1001; id < 1301; ++id) {
        ids.append(QString::number(id));
    }
    const HttpResult answer = m_client->marketoPost(QStringLiteral("/rest/v1/leads.json?_method=GET"),
        "filterType=id&fields=phone,sfdcId&filterValues=" + ids.join(u',').toLatin1(),
        "application/x-www-form-urlencoded");
    QVERIFY2(answer.success(), answer.body.constData());
    QCOMPARE(answer.result().size(), 300);
    int phoneNull = 0;
    int phoneLeftOut = 0;
    for (const QJsonValue& value : answer.result()) {
        const QJsonObject lead = value.toObject();
        const Person person = *m_sandbox->dataset().person(lead.value(QStringLiteral("id")).toInteger());
        if (!person.phone.isEmpty()) {
            QCOMPARE(lead.value(QStringLiteral("phone")).toString(), person.phone);
            continue;
        }
        QVERIFY(!lead.contains(QStringLiteral("phone")) || lead.value(QStringLiteral("phone")).isNull());
        phoneNull += lead.contains(QStringLiteral("phone")) ? 1 : 0;
        phoneLeftOut += lead.contains(QStringLiteral("phone")) ? 0 : 1;
        // A formula field the REST API never fills: null or absent alike, with the same choice per person.
        QCOMPARE(lead.contains(QStringLiteral("sfdcId")), lead.contains(QStringLiteral("phone")));
        QVERIFY(lead.value(QStringLiteral("sfdcId")).isNull()
            || lead.value(QStringLiteral("sfdcId")).isUndefined());
    }
    QVERIFY2(phoneNull > 0, "no empty phone written as null");
    QVERIFY2(phoneLeftOut > 0, "no empty phone left out");
    // The choice is the seed's and the person's, not the call's: asking again answers the same.
    const HttpResult again = m_client->marketoPost(QStringLiteral("/rest/v1/leads.json?_method=GET"),
        "filterType=id&fields=phone,sfdcId&filterValues=" + ids.join(u',').toLatin1(),
        "application/x-www-form-urlencoded");
    QCOMPARE(again.result(), answer.result());
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
    QStringList ids;
    for (qint64 id = 1300; id >= 1001; --id) { // asked in any order, answered in id order
        ids.append(QString::number(id));
    }
    QList<qint64> seen;
    QString token;
    int pages = 0;
    do {
        QByteArray form = "filterType=id&batchSize=50&fields=email&filterValues=" + ids.join(u',').toLatin1();
        if (!token.isEmpty()) {
            form += "&nextPageToken=" + QUrl::toPercentEncoding(token);
        }
        const HttpResult page = m_client->marketoPost(
            QStringLiteral("/rest/v1/leads.json?_method=GET"), form, "application/x-www-form-urlencoded");
        QVERIFY2(page.success(), page.body.constData());
        for (const QJsonValue& lead : page.result()) {
            seen.append(lead.toObject().value(QStringLiteral("id")).toInteger());
        }
        token = page.object().value(QStringLiteral("nextPageToken")).toString();
        QVERIFY(page.result().size() == 50 || token.isEmpty());
        ++pages;
    } while (!token.isEmpty() && pages < 100);
    QCOMPARE(pages, 6); // 300 people in pages of 50
    QCOMPARE(seen.size(), 300);
    const QSet<qint64> unique(seen.cbegin(), seen.cend());
    QCOMPARE(unique.size(), 300);
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

void TestMarketoLeads::filterMatchingMoreThanAThousandIs1003_data()
{
    QTest::addColumn<QString>("filterType");
    QTest::addColumn<QStringList>("values");
    const SandboxDataset& data = m_sandbox->dataset();
    QStringList owners;
    for (const SalesforceUser& user : data.salesforceUsers()) {
        owners.append(user.id);
    }
    QStringList accounts;
    for (qint64 number = 1; number <= 250; ++number) {
        accounts.append(data.nextAccount(number - 1)->id);
    }
    qint64 contacts = 0;
    for (const QString& account : std::as_const(accounts)) {
        contacts += data.peopleOfAccount(account).size();
    }
    QVERIFY(contacts <= 1000); // 2,000 people: the accounts alone stay under the limit
    QTest::newRow("partition") << QStringLiteral("leadPartitionId") << QStringList { QStringLiteral("1") };
    QTest::newRow("every owner") << QStringLiteral("sfdcLeadOwnerId") << owners;
}

void TestMarketoLeads::filterMatchingMoreThanAThousandIs1003()
{
    QFETCH(QString, filterType);
    QFETCH(QStringList, values);
    const HttpResult answer = m_client->marketoPost(QStringLiteral("/rest/v1/leads.json?_method=GET"),
        "filterType=" + filterType.toLatin1() + "&batchSize=10&filterValues=" + values.join(u',').toLatin1(),
        "application/x-www-form-urlencoded");
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.success());
    QCOMPARE(answer.errorCode(), QStringLiteral("1003"));
    QVERIFY(!answer.object().contains(QStringLiteral("nextPageToken")));
}

void TestMarketoLeads::partitionOfAThousandPagesAndOfMoreIsRefused()
{
    SandboxOptions options;
    options.people = 1001;
    const auto sandbox = startSandbox(options);
    QVERIFY(sandbox);
    SandboxClient client(sandbox->baseUrl());
    const QString query = QStringLiteral("/rest/v1/leads.json?filterType=leadPartitionId&filterValues=1");
    QCOMPARE(client.marketoGet(query).errorCode(), QStringLiteral("1003")); // 1,001 living people
    sandbox->dataset().deletePeople(1);
    const HttpResult page = client.marketoGet(query); // 1,000: a lookup again
    QVERIFY2(page.success(), page.body.constData());
    QCOMPARE(page.result().size(), 300);
    QVERIFY(!page.object().value(QStringLiteral("nextPageToken")).toString().isEmpty());
}

void TestMarketoLeads::ownerOfMoreThanAThousandPeopleIsRefused()
{
    SandboxOptions options;
    options.people = 400000; // 200 users: one owner has about 1,400 people
    const auto sandbox = startSandbox(options);
    QVERIFY(sandbox);
    const SandboxDataset& data = sandbox->dataset();
    const QString owner = data.salesforceUsers().at(1).id;
    QVERIFY(data.peopleOwnedBy(owner) > 1000);
    SandboxClient client(sandbox->baseUrl());
    const HttpResult answer = client.marketoGet(
        QStringLiteral("/rest/v1/leads.json?filterType=sfdcLeadOwnerId&filterValues=") + owner);
    QCOMPARE(answer.errorCode(), QStringLiteral("1003"));
}

void TestMarketoLeads::pageTokenOfAnotherQueryIsRefused()
{
    const QString token
        = m_client
              ->marketoGet(QStringLiteral("/rest/v1/leads.json?filterType=sfdcLeadOwnerId&filterValues=%1"
                                          "&batchSize=10")
                               .arg(m_sandbox->dataset().salesforceUsers().at(1).id))
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
