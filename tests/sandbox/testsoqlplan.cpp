// A query bound to the schema: which records a WHERE clause selects (text compared case-insensitively,
// nulls, IN and NOT IN, LIKE, date and date-time literals, relative date literals, parent fields, the
// recycle bin), and what Salesforce refuses before running it (unknown fields and objects, literals of
// the wrong type, bad Ids, operators a type does not have).
#include "sandbox/salesforce/soqlplan.h"
#include "soqltestrecords.h"

#include <QTest>

using namespace sia::sandbox::salesforce;
using namespace sia::sandbox::salesforce::test;

namespace {

// The numbers of the leads (1..4) that match, in source order.
QString matchingLeads(const SoqlPlan& plan, const SoqlRecordSource& source, bool includeDeleted)
{
    QStringList numbers;
    source.scan(0, source.endPosition(), [&](qint64 position, const SoqlRecord& record) {
        if (plan.matches(record, includeDeleted)) {
            numbers << QString::number(position + 1);
        }
        return true;
    });
    return numbers.join(QLatin1Char(','));
}

} // namespace

class TestSoqlPlan : public QObject
{
    Q_OBJECT

private slots:
    void selectsTheMatchingRecords_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<bool>("includeDeleted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no where") << "" << false << "1,2,3";
        QTest::newRow("queryAll sees the recycle bin") << "" << true << "1,2,3,4";
        QTest::newRow("text equality ignores case") << "Email = 'ANA@example.com'" << false << "1";
        QTest::newRow("not equal includes nulls") << "Email != 'ana@example.com'" << false << "2,3";
        QTest::newRow("equals null") << "Email = null" << false << "3";
        QTest::newRow("empty text is null") << "Email = ''" << false << "3";
        QTest::newRow("not null") << "Email != null" << false << "1,2";
        QTest::newRow("in") << "Status IN ('open', 'Working')" << false << "1,2,3";
        QTest::newRow("not in") << "Status NOT IN ('Open')" << false << "2";
        QTest::newRow("in with null") << "LeadSource IN (null, 'Web')" << false << "1,2,3";
        QTest::newRow("not in keeps nulls") << "LeadSource NOT IN ('Web')" << false << "1,2";
        QTest::newRow("like suffix") << "Email LIKE '%@example.com'" << false << "1,2";
        QTest::newRow("like single character") << "Company LIKE 'a_me'" << false << "1";
        QTest::newRow("like escaped percent") << R"(Company LIKE '50\% %')" << true << "4";
        QTest::newRow("like percent is wildcard") << "Company LIKE '50%'" << true << "4";
        QTest::newRow("like never matches null") << "Email LIKE '%'" << false << "1,2";
        QTest::newRow("hangul") << "FirstName = '김'" << false << "3";
        QTest::newRow("diacritics") << "LastName = 'Álvarez'" << false << "1";
        QTest::newRow("less than text") << "Company < 'B'" << false << "1";
        QTest::newRow("today") << "CreatedDate = TODAY" << false << "1";
        QTest::newRow("yesterday") << "CreatedDate = YESTERDAY" << false << "2";
        QTest::newRow("tomorrow") << "CreatedDate = TOMORROW" << false << "";
        QTest::newRow("last n days includes today") << "CreatedDate = LAST_N_DAYS:9" << false << "1,2,3";
        QTest::newRow("last n days boundary") << "CreatedDate = LAST_N_DAYS:8" << false << "1,2";
        QTest::newRow("before a range") << "CreatedDate < LAST_N_DAYS:8" << false << "3";
        QTest::newRow("after a range") << "CreatedDate > YESTERDAY" << false << "1";
        QTest::newRow("at or after a range") << "CreatedDate >= YESTERDAY" << false << "1,2";
        QTest::newRow("at or before a range") << "CreatedDate <= YESTERDAY" << false << "2,3";
        QTest::newRow("not in a range") << "CreatedDate != TODAY" << false << "2,3";
        QTest::newRow("next n days excludes today") << "CreatedDate = NEXT_N_DAYS:5" << false << "";
        QTest::newRow("n days ago") << "CreatedDate = N_DAYS_AGO:9" << false << "3";
        QTest::newRow("this month") << "CreatedDate = THIS_MONTH" << true << "1,2,3";
        QTest::newRow("last month") << "CreatedDate = LAST_MONTH" << true << "4";
        QTest::newRow("datetime literal") << "CreatedDate > 2024-05-09T23:59:58Z" << false << "1,2";
        QTest::newRow("datetime with offset") << "CreatedDate >= 2024-05-10T01:59:59+02:00" << false << "1,2";
        QTest::newRow("boolean") << "IsConverted = true" << false << "2";
        QTest::newRow("not") << "NOT IsConverted = true" << false << "1,3";
        QTest::newRow("grouped") << "(Status = 'Open' OR Status = 'Working') AND IsConverted = false" << false
                                 << "1,3";
        QTest::newRow("not group") << "NOT (Status = 'Open' AND Email = null)" << false << "1,2";
        QTest::newRow("parent field") << "Owner.Name = 'uma user'" << false << "1";
        QTest::newRow("missing parent is null") << "Owner.Name = null" << false << "3";
        QTest::newRow("15-character id")
            << QStringLiteral("OwnerId = '%1'").arg(userId(1).left(15)) << false << "1";
        QTest::newRow("id ordering") << QStringLiteral("Id > '%1'").arg(leadId(2)) << false << "3";
        QTest::newRow("id in list") << QStringLiteral("Id IN ('%1', '%2')").arg(leadId(1), leadId(3)) << false
                                    << "1,3";
        QTest::newRow("is deleted") << "IsDeleted = true" << true << "4";
    }
    void selectsTheMatchingRecords()
    {
        QFETCH(QString, where);
        QFETCH(bool, includeDeleted);
        QFETCH(QString, expected);
        Fixture fixture;
        const QString statement = QStringLiteral("SELECT Id FROM Lead")
            + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
        const SfResult<SoqlPlan> plan
            = SoqlPlan::fromStatement(statement, SoqlSchema::dataApi(), testToday());
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QCOMPARE(matchingLeads(*plan, *fixture.leadSource, includeDeleted), expected);
    }

    void followsPolymorphicReferencesAsName()
    {
        Fixture fixture;
        const auto tasks = fixture.tasks();
        const SfResult<SoqlPlan> plan = SoqlPlan::fromStatement(
            QStringLiteral("SELECT Id FROM Task WHERE Who.Type = 'Lead' AND Who.Name LIKE 'Ana%'"),
            SoqlSchema::dataApi(), testToday());
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QVERIFY(plan->matches(*tasks->recordAt(0), false));
        QVERIFY(!plan->matches(*tasks->recordAt(1), false));
    }

    void comparesDatesOfDateFields()
    {
        Fixture fixture;
        const auto tasks = fixture.tasks();
        const SfResult<SoqlPlan> tomorrow
            = SoqlPlan::fromStatement(QStringLiteral("SELECT Id FROM Task WHERE ActivityDate = TOMORROW"),
                SoqlSchema::dataApi(), testToday());
        QVERIFY(tomorrow.ok());
        QVERIFY(tomorrow->matches(*tasks->recordAt(0), false));
        QVERIFY(!tomorrow->matches(*tasks->recordAt(1), false));
        const SfResult<SoqlPlan> before
            = SoqlPlan::fromStatement(QStringLiteral("SELECT Id FROM Task WHERE ActivityDate < 2024-05-10"),
                SoqlSchema::dataApi(), testToday());
        QVERIFY(before.ok());
        QVERIFY(!before->matches(*tasks->recordAt(0), false));
        QVERIFY(before->matches(*tasks->recordAt(1), false));
    }

    void refusesWhatSalesforceRefuses_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("detail");
        QTest::newRow("unknown field")
            << "SELECT Foo FROM Lead"
            << "INVALID_FIELD"
            << "No such column 'Foo' on entity 'Lead'. If you are attempting to use a custom field";
        QTest::newRow("unknown object") << "SELECT Id FROM Leed"
                                        << "INVALID_TYPE"
                                        << "sObject type 'Leed' is not supported.";
        QTest::newRow("name object") << "SELECT Id FROM Name"
                                     << "INVALID_TYPE"
                                     << "sObject type 'Name' is not supported.";
        QTest::newRow("unknown parent field") << "SELECT Owner.Foo FROM Contact"
                                              << "INVALID_FIELD"
                                              << "No such column 'Foo' on entity 'User'";
        QTest::newRow("polymorphic parent is Name") << "SELECT Owner.Username FROM Lead"
                                                    << "INVALID_FIELD"
                                                    << "No such column 'Username' on entity 'Name'";
        QTest::newRow("unknown relationship") << "SELECT Boss.Name FROM Lead"
                                              << "INVALID_FIELD"
                                              << "Didn't understand relationship 'Boss' in field path";
        QTest::newRow("relationship as field") << "SELECT Owner FROM Lead"
                                               << "INVALID_FIELD"
                                               << "No such column 'Owner' on entity 'Lead'";
        QTest::newRow("unknown field in where") << "SELECT Id FROM Lead WHERE Foo = 1"
                                                << "INVALID_FIELD"
                                                << "No such column 'Foo'";
        QTest::newRow("unknown field in order") << "SELECT Id FROM Lead ORDER BY Foo"
                                                << "INVALID_FIELD"
                                                << "No such column 'Foo'";
        QTest::newRow("number for text") << "SELECT Id FROM Lead WHERE Email = 5"
                                         << "INVALID_FIELD"
                                         << "value of filter criterion for field 'Email' must be of type "
                                            "string and should be enclosed in quotes";
        QTest::newRow("quoted boolean")
            << "SELECT Id FROM Lead WHERE IsConverted = 'true'"
            << "INVALID_FIELD"
            << "field 'IsConverted' must be of type boolean and should not be enclosed in quotes";
        QTest::newRow("date for datetime") << "SELECT Id FROM Lead WHERE CreatedDate = 2024-05-01"
                                           << "INVALID_FIELD"
                                           << "must be of type dateTime and should not be enclosed in quotes";
        QTest::newRow("datetime for date") << "SELECT Id FROM Task WHERE ActivityDate = 2024-05-01T00:00:00Z"
                                           << "INVALID_FIELD"
                                           << "must be of type date and should not";
        QTest::newRow("quoted date") << "SELECT Id FROM Task WHERE ActivityDate = '2024-05-01'"
                                     << "INVALID_FIELD"
                                     << "must be of type date";
        QTest::newRow("date literal for text") << "SELECT Id FROM Lead WHERE Email = TODAY"
                                               << "INVALID_FIELD"
                                               << "must be of type string";
        QTest::newRow("decimal for integer")
            << "SELECT Id FROM InstalledSubscriberPackage WHERE SubscriberPackageVersion.MajorVersion = 1.5"
            << "INVALID_FIELD"
            << "must be of type int";
        QTest::newRow("bad id") << "SELECT Id FROM Lead WHERE Id = 'abc'"
                                << "INVALID_QUERY_FILTER_OPERATOR"
                                << "invalid ID field: abc";
        QTest::newRow("bad id in list")
            << QStringLiteral("SELECT Id FROM Lead WHERE OwnerId IN ('%1', 'x')").arg(userId(1))
            << "INVALID_QUERY_FILTER_OPERATOR"
            << "invalid ID field: x";
        QTest::newRow("ordering a boolean") << "SELECT Id FROM Lead WHERE IsConverted > true"
                                            << "INVALID_QUERY_FILTER_OPERATOR"
                                            << "boolean";
        QTest::newRow("like on id") << "SELECT Id FROM Lead WHERE Id LIKE '00Q%'"
                                    << "INVALID_QUERY_FILTER_OPERATOR"
                                    << "invalid operator on id field";
        QTest::newRow("like on number") << "SELECT Id FROM Opportunity WHERE Amount LIKE '1%'"
                                        << "INVALID_QUERY_FILTER_OPERATOR"
                                        << "invalid operator";
        QTest::newRow("long text filter") << "SELECT Id FROM Task WHERE Description = 'x'"
                                          << "INVALID_FIELD"
                                          << "field 'Description' can not be filtered";
        QTest::newRow("long text order") << "SELECT Id FROM Task ORDER BY Description"
                                         << "INVALID_FIELD"
                                         << "field 'Description' can not be sorted";
        QTest::newRow("duplicate field") << "SELECT Id, id FROM Lead"
                                         << "MALFORMED_QUERY"
                                         << "duplicate field selected: Id";
        QTest::newRow("offset over 2000") << "SELECT Id FROM Lead OFFSET 2001"
                                          << "NUMBER_OUTSIDE_VALID_RANGE"
                                          << "Maximum SOQL offset allowed is 2000";
        QTest::newRow("ordered count") << "SELECT COUNT() FROM Lead ORDER BY Id"
                                       << "MALFORMED_QUERY"
                                       << "not supported";
        QTest::newRow("too deep")
            << "SELECT Owner.CreatedBy.CreatedBy.CreatedBy.CreatedBy.CreatedBy.Name FROM Contact"
            << "MALFORMED_QUERY"
            << "5 levels";
        QTest::newRow("tooling object on data api") << "SELECT Id FROM InstalledSubscriberPackage"
                                                    << "INVALID_TYPE"
                                                    << "not supported";
    }
    void refusesWhatSalesforceRefuses()
    {
        QFETCH(QString, statement);
        QFETCH(QString, errorCode);
        QFETCH(QString, detail);
        // The tooling row is compiled against the tooling schema, every other row against the data API's.
        const bool tooling = statement.contains(QLatin1String("SubscriberPackageVersion."));
        const SfResult<SoqlPlan> plan = SoqlPlan::fromStatement(
            statement, tooling ? SoqlSchema::toolingApi() : SoqlSchema::dataApi(), testToday());
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().errorCode, errorCode);
        QCOMPARE(plan.error().httpStatus, 400);
        QVERIFY2(plan.error().message.contains(detail), qPrintable(plan.error().message));
        QVERIFY(plan.error().message.contains(QLatin1String("ERROR at Row:1:Column:")));
    }

    void resolvesNamesWhateverTheirCase()
    {
        const SfResult<SoqlPlan> plan = SoqlPlan::fromStatement(
            QStringLiteral("select owner.NAME, email from LEAD"), SoqlSchema::dataApi(), testToday());
        QVERIFY(plan.ok());
        QCOMPARE(plan->object().name(), QStringLiteral("Lead"));
        QCOMPARE(
            plan->fields().at(0).names(), QStringList({ QStringLiteral("Owner"), QStringLiteral("Name") }));
        QCOMPARE(plan->fields().at(1).names(), QStringList { QStringLiteral("Email") });
    }
};

QTEST_GUILESS_MAIN(TestSoqlPlan)
#include "testsoqlplan.moc"
