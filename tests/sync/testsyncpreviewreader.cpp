// The people sync's preview against the in-process sandbox: the 13 fields resolved against describe (the
// sandbox spells the LinkedIn field linkedInProfileURL), the opportunity ID without a Marketo field and
// with its note; sample people that are really owned Salesforce leads and contacts, whose every sample
// value is what Marketo holds for that person and whose opportunity is the contact's primary role; few
// calls; no Salesforce (no samples, a note that says why); a Marketo failure reported.
#include "fixtureclientsource.h"
#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"
#include "marketotestsupport.h"
#include "salesforce/salesforceapi.h"
#include "salesforcetestsupport.h"
#include "sync/syncpreviewreader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

using namespace sia;
using namespace salesforcetest;

class TestSyncPreviewReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void resolveAgainstDescribe_data();
    void resolveAgainstDescribe();
    void samplesAreOwnedPeopleWithMarketosValues();
    void withoutSalesforceTheMappingComesWithANote();
    void salesforceRefusalKeepsTheMapping();
    void marketoFailureIsReported();

private:
    void start(const QString& faults = {});
    Result<SyncPreview> preview(int samples, bool withSalesforce = true);

    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<MarketoClient> m_marketo;
    std::unique_ptr<ClientFixture> m_salesforce;
    FixtureClientSource m_source;
};

void TestSyncPreviewReader::initTestCase()
{
    m_callbacks = callbacksOnFreePorts();
}

void TestSyncPreviewReader::cleanup()
{
    m_source.client = nullptr;
    m_source.refusal.reset();
    m_salesforce.reset();
    m_marketo.reset();
    m_sandbox.reset();
}

void TestSyncPreviewReader::start(const QString& faults)
{
    sandbox::SandboxOptions options;
    options.people = 400;
    options.faults = faults;
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    m_marketo = std::make_unique<MarketoClient>(sandboxConnection(*m_sandbox));
    m_salesforce = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
    const Result<SalesforceTokens> tokens = m_salesforce->connect();
    QVERIFY2(tokens.ok(), tokens.ok() ? "" : qPrintable(tokens.error().message));
    m_source.client = m_salesforce->client.get();
}

Result<SyncPreview> TestSyncPreviewReader::preview(int samples, bool withSalesforce)
{
    SyncPreviewReader reader(*m_marketo, withSalesforce ? &m_source : nullptr);
    return await<SyncPreview>([&](auto done) { reader.read(samples, done); });
}

void TestSyncPreviewReader::resolveAgainstDescribe_data()
{
    QTest::addColumn<QJsonArray>("fields");
    QTest::addColumn<QString>("linkedIn");
    QTest::addColumn<QString>("title");

    const auto field = [](const char* name) {
        return QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
            { QStringLiteral("displayName"), QStringLiteral("Label of %1").arg(QLatin1String(name)) } };
    };
    QJsonArray all;
    for (const char* name : { "id", "firstName", "lastName", "email", "company", "title", "phone",
             "leadSource", "sfdcLeadId", "sfdcContactId", "sfdcAccountId" }) {
        all.append(field(name));
    }
    QJsonArray documented = all;
    documented.append(field("linkedInProfileUrl"));
    QJsonArray upperCase = all;
    upperCase.append(field("linkedInProfileURL"));
    QJsonArray both = documented;
    both.append(field("linkedInProfileURL"));
    QJsonArray noTitleNoLinkedIn;
    for (const QJsonValue& value : all) {
        if (value.toObject().value(QStringLiteral("name")).toString() != u"title") {
            noTitleNoLinkedIn.append(value);
        }
    }
    QTest::newRow("documented spelling")
        << documented << QStringLiteral("linkedInProfileUrl") << QStringLiteral("title");
    QTest::newRow("the sandbox spelling")
        << upperCase << QStringLiteral("linkedInProfileURL") << QStringLiteral("title");
    QTest::newRow("both: the exact one wins")
        << both << QStringLiteral("linkedInProfileUrl") << QStringLiteral("title");
    QTest::newRow("missing fields stay empty") << noTitleNoLinkedIn << QString() << QString();
}

void TestSyncPreviewReader::resolveAgainstDescribe()
{
    QFETCH(QJsonArray, fields);
    QFETCH(QString, linkedIn);
    QFETCH(QString, title);

    const QList<SyncPreviewField> resolved = SyncPreviewReader::resolve({ QJsonObject {
        { QStringLiteral("name"), QStringLiteral("API Lead") }, { QStringLiteral("fields"), fields } } });
    QCOMPARE(resolved.size(), 13);
    QHash<QString, SyncPreviewField> byColumn;
    for (const SyncPreviewField& field : resolved) {
        byColumn.insert(field.actionsColumn, field);
        QVERIFY(!field.actionsField.isEmpty());
    }
    QCOMPARE(byColumn.value(QStringLiteral("linkedin_url")).marketoField, linkedIn);
    QCOMPARE(byColumn.value(QStringLiteral("linkedin_url")).note.isEmpty(), !linkedIn.isEmpty());
    QCOMPARE(byColumn.value(QStringLiteral("title")).marketoField, title);
    if (!title.isEmpty()) {
        QCOMPARE(byColumn.value(QStringLiteral("title")).marketoLabel, QStringLiteral("Label of title"));
    }
    QCOMPARE(byColumn.value(QStringLiteral("marketo_id")).marketoField, QStringLiteral("id"));
    const SyncPreviewField opportunity = byColumn.value(QStringLiteral("sfdc_opportunity_id"));
    QVERIFY(opportunity.marketoField.isEmpty());
    QVERIFY(opportunity.note.contains(QStringLiteral("OpportunityContactRole")));
    QCOMPARE(opportunity.salesforceSource, QStringLiteral("OpportunityContactRole.OpportunityId"));
}

void TestSyncPreviewReader::samplesAreOwnedPeopleWithMarketosValues()
{
    start();
    SandboxClient control(*m_sandbox);
    const qint64 leadsBefore = callsOf(control, "marketo.leads");
    const qint64 queriesBefore = callsOf(control, "salesforce.query");

    QElapsedTimer clock;
    clock.start();
    const Result<SyncPreview> answer = preview(6);
    // Reported, not asserted (performance is not a test's to judge): the README quotes it.
    qInfo("preview of 6 people: %lld ms", clock.elapsed());
    QVERIFY2(answer.ok(), answer.ok() ? "" : qPrintable(answer.error().message));
    const SyncPreview& preview = *answer;
    QVERIFY2(preview.note.isEmpty(), qPrintable(preview.note));
    QCOMPARE(preview.fields.size(), 13);
    QCOMPARE(preview.sampledMarketoIds.size(), 6);

    // Few calls: one describe, one lookup per kind of person, three queries.
    QCOMPARE(callsOf(control, "marketo.describe2"), 1);
    QCOMPARE(callsOf(control, "marketo.leads") - leadsBefore, 2);
    QCOMPARE(callsOf(control, "salesforce.query") - queriesBefore, 3);

    QHash<QString, int> column;
    for (int i = 0; i < preview.fields.size(); ++i) {
        column.insert(preview.fields.at(i).actionsColumn, i);
        QCOMPARE(preview.fields.at(i).samples.size(), 6);
    }
    QCOMPARE(preview.fields.at(column.value(QStringLiteral("linkedin_url"))).marketoField,
        QStringLiteral("linkedInProfileURL"));

    // Every sample value is what Marketo holds for the sampled person (looked up again by id here).
    QStringList fields;
    QStringList ids;
    for (const SyncPreviewField& field : preview.fields) {
        if (!field.marketoField.isEmpty()) {
            fields.append(field.marketoField);
        }
    }
    for (const qint64 id : preview.sampledMarketoIds) {
        ids.append(QString::number(id));
    }
    const Result<QList<QJsonObject>> people = await<QList<QJsonObject>>([&](auto done) {
        MarketoApi(*m_marketo).lookupLeads(QStringLiteral("id"), ids, fields, m_marketo.get(), done);
    });
    QVERIFY(people.ok());
    QHash<qint64, QJsonObject> byId;
    for (const QJsonObject& person : *people) {
        byId.insert(person.value(QStringLiteral("id")).toInteger(), person);
    }
    QStringList leadIds;
    QStringList contactIds;
    int nonEmpty = 0;
    for (int sample = 0; sample < 6; ++sample) {
        const QJsonObject person = byId.value(preview.sampledMarketoIds.at(sample));
        QVERIFY(!person.isEmpty());
        for (const SyncPreviewField& field : preview.fields) {
            if (field.marketoField.isEmpty()) {
                continue;
            }
            QCOMPARE(field.samples.at(sample), SyncPreviewReader::sampleValue(person, field.marketoField));
            nonEmpty += field.samples.at(sample).isEmpty() ? 0 : 1;
        }
        const QString lead
            = preview.fields.at(column.value(QStringLiteral("sfdc_lead_id"))).samples.at(sample);
        const QString contact
            = preview.fields.at(column.value(QStringLiteral("sfdc_contact_id"))).samples.at(sample);
        (sample < 3 ? leadIds : contactIds).append(sample < 3 ? lead : contact);
    }
    QVERIFY(nonEmpty > 6 * 5); // real values, not a row of blanks

    // The first three are leads owned by a user, the others contacts, as Salesforce has them.
    const auto quoted = [](const QStringList& list) {
        return QStringLiteral("'%1'").arg(list.join(QStringLiteral("','")));
    };
    const Result<SalesforceQueryResult> leads = await<SalesforceQueryResult>([&](auto done) {
        SalesforceApi(*m_salesforce->client)
            .query(QStringLiteral("SELECT Id, Owner.Type FROM Lead WHERE Id IN (%1)").arg(quoted(leadIds)),
                m_salesforce->client.get(), done);
    });
    QVERIFY(leads.ok());
    QCOMPARE(leads->records.size(), 3);
    for (const QJsonObject& lead : leads->records) {
        QCOMPARE(lead.value(QStringLiteral("Owner")).toObject().value(QStringLiteral("Type")).toString(),
            QStringLiteral("User"));
    }
    const Result<SalesforceQueryResult> roles = await<SalesforceQueryResult>([&](auto done) {
        SalesforceApi(*m_salesforce->client)
            .query(
                QStringLiteral("SELECT ContactId, OpportunityId, IsPrimary FROM OpportunityContactRole WHERE "
                               "ContactId IN (%1)")
                    .arg(quoted(contactIds)),
                m_salesforce->client.get(), done);
    });
    QVERIFY(roles.ok());
    QHash<QString, QString> primary;
    for (const QJsonObject& role : roles->records) {
        if (role.value(QStringLiteral("IsPrimary")).toBool()) {
            primary.insert(role.value(QStringLiteral("ContactId")).toString(),
                role.value(QStringLiteral("OpportunityId")).toString());
        }
    }
    const SyncPreviewField& opportunity
        = preview.fields.at(column.value(QStringLiteral("sfdc_opportunity_id")));
    for (int sample = 0; sample < 6; ++sample) {
        const QString expected = sample < 3 ? QString() : primary.value(contactIds.at(sample - 3));
        QCOMPARE(opportunity.samples.at(sample), expected);
    }
}

void TestSyncPreviewReader::withoutSalesforceTheMappingComesWithANote()
{
    start();
    const Result<SyncPreview> answer = preview(4, false);
    QVERIFY(answer.ok());
    QCOMPARE(answer->fields.size(), 13);
    QVERIFY(answer->sampledMarketoIds.isEmpty());
    QVERIFY(answer->fields.first().samples.isEmpty());
    QVERIFY(answer->note.contains(QStringLiteral("step 2")));
}

void TestSyncPreviewReader::salesforceRefusalKeepsTheMapping()
{
    start(QStringLiteral("salesforce.query=REQUEST_LIMIT_EXCEEDED"));
    const Result<SyncPreview> answer = preview(4);
    QVERIFY(answer.ok());
    QCOMPARE(answer->fields.size(), 13);
    QVERIFY(answer->sampledMarketoIds.isEmpty());
    QVERIFY2(answer->note.contains(QStringLiteral("Salesforce")), qPrintable(answer->note));
}

void TestSyncPreviewReader::marketoFailureIsReported()
{
    start(QStringLiteral("marketo.describe2=603"));
    const Result<SyncPreview> answer = preview(4);
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, QStringLiteral("marketo.603"));
}

QTEST_GUILESS_MAIN(TestSyncPreviewReader)
#include "testsyncpreviewreader.moc"
