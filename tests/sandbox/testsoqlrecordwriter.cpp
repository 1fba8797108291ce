// Query records written as Salesforce writes them: attributes first, fields in SELECT order with their
// canonical names, parents nested (typed Name behind a polymorphic reference, null when missing), and
// values in Salesforce's formats.
#include "sandbox/salesforce/soqlrecordwriter.h"
#include "soqltestrecords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sia::sandbox::salesforce;
using namespace sia::sandbox::salesforce::test;

namespace {

const QString sobjects = QStringLiteral("/services/data/v59.0/sobjects");

QByteArray written(const QString& statement, const SoqlRecord& record)
{
    const SfResult<SoqlPlan> plan = SoqlPlan::fromStatement(statement, SoqlSchema::dataApi(), testToday());
    if (!plan) {
        return plan.error().message.toUtf8();
    }
    JsonText out;
    SoqlRecordWriter(*plan, sobjects).write(out, record);
    return out.take();
}

} // namespace

class TestSoqlRecordWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesAttributesThenFieldsInSelectOrder()
    {
        Fixture fixture;
        const QByteArray json
            = written(QStringLiteral("SELECT email, Id, FIRSTNAME FROM Lead"), *fixture.leads.at(0));
        const QByteArray expected
            = "{\"attributes\":{\"type\":\"Lead\",\"url\":\"/services/data/v59.0/sobjects/Lead/"
            + leadId(1).toUtf8() + "\"},\"Email\":\"ana@example.com\",\"Id\":\"" + leadId(1).toUtf8()
            + "\",\"FirstName\":\"Ana\"}";
        QCOMPARE(json, expected);
    }

    void nestsParentFieldsUnderTheirRelationship()
    {
        Fixture fixture;
        const QByteArray json
            = written(QStringLiteral("SELECT Owner.Name, Id, Owner.Email FROM Lead"), *fixture.leads.at(0));
        const QJsonObject record = QJsonDocument::fromJson(json).object();
        const QJsonObject owner = record.value(QLatin1String("Owner")).toObject();
        // Lead.Owner may be a queue or a user: Salesforce types it Name, and the url names the real object.
        QCOMPARE(owner.value(QLatin1String("attributes")).toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("Name"));
        QCOMPARE(owner.value(QLatin1String("attributes")).toObject().value(QLatin1String("url")).toString(),
            sobjects + QStringLiteral("/User/") + userId(1));
        QCOMPARE(owner.value(QLatin1String("Name")).toString(), QStringLiteral("Uma User"));
        QCOMPARE(owner.value(QLatin1String("Email")).toString(), QStringLiteral("uma@example.com"));
        // One Owner object, placed where the relationship first appears in the SELECT.
        QVERIFY(json.indexOf("\"Owner\"") < json.indexOf("\"Id\":\"00Q"));
        QCOMPARE(json.count("\"Owner\""), 1);
    }

    void writesAMissingParentAsNull()
    {
        Fixture fixture;
        const QByteArray json
            = written(QStringLiteral("SELECT Id, Owner.Name FROM Lead"), *fixture.leads.at(2));
        QVERIFY2(json.endsWith(",\"Owner\":null}"), json.constData());
    }

    void writesValuesInSalesforceFormats_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("datetime") << "CreatedDate" << QByteArray("\"2024-05-10T08:00:00.000+0000\"");
        QTest::newRow("boolean") << "IsConverted" << QByteArray("false");
        QTest::newRow("null text") << "LeadSource" << QByteArray("null");
        QTest::newRow("diacritics") << "LastName" << QByteArray("\"\xc3\x81lvarez\"");
    }
    void writesValuesInSalesforceFormats()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, expected);
        Fixture fixture;
        const QByteArray json
            = written(QStringLiteral("SELECT ") + field + QStringLiteral(" FROM Lead"), *fixture.leads.at(0));
        QVERIFY2(json.endsWith(QByteArray(":" + expected + "}")), json.constData());
    }

    void writesDatesNumbersAndEscapes()
    {
        Fixture fixture;
        const auto tasks = fixture.tasks();
        const QByteArray json = written(
            QStringLiteral("SELECT ActivityDate, Description, Who.Name FROM Task"), *tasks->recordAt(0));
        QVERIFY2(json.contains("\"ActivityDate\":\"2024-05-11\""), json.constData());
        QVERIFY2(json.contains("\"Description\":\"line 1\\nline \\\"2\\\"\""), json.constData());
        QVERIFY(!QJsonDocument::fromJson(json).isNull());

        StaticRecord opportunity(QStringLiteral("Opportunity"),
            { { QStringLiteral("Id"), RecordIds::make(RecordIds::opportunityPrefix, 1) },
                { QStringLiteral("Amount"), 5000 } });
        QVERIFY(written(QStringLiteral("SELECT Amount FROM Opportunity"), opportunity)
                    .endsWith("\"Amount\":5000.0}"));
        StaticRecord fraction(QStringLiteral("Opportunity"),
            { { QStringLiteral("Id"), RecordIds::make(RecordIds::opportunityPrefix, 2) },
                { QStringLiteral("Amount"), 0.1 } });
        QVERIFY(
            written(QStringLiteral("SELECT Amount FROM Opportunity"), fraction).endsWith("\"Amount\":0.1}"));
    }
};

QTEST_GUILESS_MAIN(TestSoqlRecordWriter)
#include "testsoqlrecordwriter.moc"
