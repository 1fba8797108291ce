// The pure rules behind the sync settings' tabs: the email-logging preferences document (its defaults, and
// each bad value named), whether email can go through the Salesforce API (from what the org and the
// connected user answered, with the reason and the remedy), the Email-to-Salesforce address and the BCC
// checklist, and the task-sync options with what the first sync does.
#include "settings/bccchecklist.h"
#include "settings/emailapiavailability.h"
#include "settings/syncsettings.h"
#include "storetesthelpers.h"

#include <QJsonObject>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

SalesforceOrganization enterprise()
{
    SalesforceOrganization org;
    org.id = QStringLiteral("00D000000000001");
    org.edition = QStringLiteral("Enterprise Edition");
    return org;
}

SalesforceUserApiPermission permission(bool enabled)
{
    return { QStringLiteral("005000000000001"), QStringLiteral("admin@acme.example"),
        QStringLiteral("Standard"), enabled };
}

} // namespace

class TestSyncSettingsChecks : public QObject
{
    Q_OBJECT

private slots:
    void preferencesDefaultWhereTheDocumentIsSilent();
    void preferencesRoundTrip();
    void preferencesRefuseABadValueNamingIt_data();
    void preferencesRefuseABadValueNamingIt();

    void apiAvailableWhenTheOrgAnswersAndTheUserMay();
    void apiUnavailableForAUserWithoutThePermission();
    void apiUnavailableForAnEditionWithoutTheApi_data();
    void apiUnavailableForAnEditionWithoutTheApi();
    void apiNotConnectedSaysStepTwo();
    void apiUnknownWhenTheOrgCouldNotBeAsked();

    void addressEmptyIsAllowed();
    void addressMalformedIsRefused();
    void addressOutsideSalesforceIsWarned();
    void checklistHasBothFormsAndTheOtherCauses();

    void taskSyncOffIsTheFirstOptionAndSaysNothingOfAFirstRun();
};

void TestSyncSettingsChecks::preferencesDefaultWhereTheDocumentIsSilent()
{
    Result<EmailApiPreferences> read = EmailApiPreferences::fromJson({});
    QVERIFY2(read.ok(), failureText(read).constData());
    QCOMPARE(*read, EmailApiPreferences());
    QVERIFY(read->logSentEmails);
    QCOMPARE(read->emailSubtype, QStringLiteral("Email"));

    Result<EmailApiPreferences> partial
        = EmailApiPreferences::fromJson({ { QStringLiteral("logCalls"), false } });
    QVERIFY(partial.ok());
    QVERIFY(!partial->logCalls);
    QVERIFY(partial->logSentEmails);
}

void TestSyncSettingsChecks::preferencesRoundTrip()
{
    EmailApiPreferences preferences;
    preferences.logReplies = true;
    preferences.relateToOpportunityOrAccount = false;
    preferences.emailSubtype = QStringLiteral("Task");
    preferences.emailSubject = QStringLiteral("Sent: {subject}");
    Result<EmailApiPreferences> read = EmailApiPreferences::fromJson(preferences.toJson());
    QVERIFY2(read.ok(), failureText(read).constData());
    QCOMPARE(*read, preferences);
}

void TestSyncSettingsChecks::preferencesRefuseABadValueNamingIt_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("named");

    QTest::newRow("a switch as text") << QJsonObject { { QStringLiteral("logCalls"), QStringLiteral("yes") } }
                                      << QStringLiteral("logCalls");
    QTest::newRow("an unknown subtype")
        << QJsonObject { { QStringLiteral("emailSubtype"), QStringLiteral("Call") } }
        << QStringLiteral("emailSubtype");
    QTest::newRow("an empty subject")
        << QJsonObject { { QStringLiteral("callSubject"), QStringLiteral("  ") } }
        << QStringLiteral("callSubject");
    QTest::newRow("a subject too long for Salesforce")
        << QJsonObject { { QStringLiteral("emailSubject"), QString(121, u'x') } }
        << QStringLiteral("emailSubject");
}

void TestSyncSettingsChecks::preferencesRefuseABadValueNamingIt()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, named);
    Result<EmailApiPreferences> read = EmailApiPreferences::fromJson(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(read.error().message.contains(named), qPrintable(read.error().message));
}

void TestSyncSettingsChecks::apiAvailableWhenTheOrgAnswersAndTheUserMay()
{
    for (const std::optional<SalesforceUserApiPermission>& who :
        { std::optional(permission(true)), std::optional<SalesforceUserApiPermission>() }) {
        const EmailApiAvailability availability = EmailApiAvailabilityCheck::decide(enterprise(), who);
        QVERIFY(availability.isAvailable());
        QCOMPARE(availability.edition, QStringLiteral("Enterprise Edition"));
        QVERIFY(availability.reason.isEmpty());
    }
}

void TestSyncSettingsChecks::apiUnavailableForAUserWithoutThePermission()
{
    const EmailApiAvailability availability
        = EmailApiAvailabilityCheck::decide(enterprise(), permission(false));
    QCOMPARE(availability.state, EmailApiAvailability::State::UserWithoutPermission);
    QVERIFY(availability.reason.contains(QLatin1String("admin@acme.example")));
    QVERIFY(availability.remedy.contains(QLatin1String("API Enabled")));
}

void TestSyncSettingsChecks::apiUnavailableForAnEditionWithoutTheApi_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("disabled for the org") << QStringLiteral("salesforce.API_DISABLED_FOR_ORG");
    QTest::newRow("currently disabled") << QStringLiteral("salesforce.API_CURRENTLY_DISABLED");
}

void TestSyncSettingsChecks::apiUnavailableForAnEditionWithoutTheApi()
{
    QFETCH(QString, code);
    const EmailApiAvailability availability = EmailApiAvailabilityCheck::decide(
        Error::rule(code, QStringLiteral("API is not enabled for this Organization or Partner")),
        std::nullopt);
    QCOMPARE(availability.state, EmailApiAvailability::State::EditionWithoutApi);
    QVERIFY(!availability.isAvailable());
    QVERIFY(availability.remedy.contains(QLatin1String("Enterprise")));
    QVERIFY(availability.remedy.contains(QLatin1String("BCC"))); // what to do meanwhile
}

void TestSyncSettingsChecks::apiNotConnectedSaysStepTwo()
{
    const EmailApiAvailability availability = EmailApiAvailabilityCheck::decide(
        Error::rule(QStringLiteral("salesforce.not-connected"), QStringLiteral("not connected")),
        std::nullopt);
    QCOMPARE(availability.state, EmailApiAvailability::State::NotConnected);
    QVERIFY(availability.remedy.contains(QLatin1String("step 2")));
}

void TestSyncSettingsChecks::apiUnknownWhenTheOrgCouldNotBeAsked()
{
    const EmailApiAvailability availability = EmailApiAvailabilityCheck::decide(
        Error::environment(QStringLiteral("network.unreachable"), QStringLiteral("Host unreachable")),
        std::nullopt);
    QCOMPARE(availability.state, EmailApiAvailability::State::Unknown);
    QVERIFY(availability.reason.contains(QLatin1String("Host unreachable")));
}

void TestSyncSettingsChecks::addressEmptyIsAllowed()
{
    Result<BccChecklist::AddressCheck> check = BccChecklist::checkAddress(QStringLiteral("   "));
    QVERIFY(check.ok());
    QVERIFY(check->address.isEmpty());
    QVERIFY(check->warning.isEmpty());
}

void TestSyncSettingsChecks::addressMalformedIsRefused()
{
    Result<BccChecklist::AddressCheck> check
        = BccChecklist::checkAddress(QStringLiteral("emailtosalesforce@"));
    QVERIFY(!check.ok());
    QCOMPARE(check.error().kind, ErrorKind::InvalidInput);
}

void TestSyncSettingsChecks::addressOutsideSalesforceIsWarned()
{
    Result<BccChecklist::AddressCheck> theirs
        = BccChecklist::checkAddress(QStringLiteral(" emailtosalesforce@1a2b3c.le.Salesforce.com "));
    QVERIFY2(theirs.ok(), failureText(theirs).constData());
    QVERIFY(theirs->warning.isEmpty());
    QVERIFY(!theirs->address.startsWith(u' '));

    Result<BccChecklist::AddressCheck> mine = BccChecklist::checkAddress(QStringLiteral("bo@example.com"));
    QVERIFY(mine.ok());
    QVERIFY(mine->warning.contains(QLatin1String("salesforce.com")));
    // Nor is a look-alike domain taken for Salesforce's.
    Result<BccChecklist::AddressCheck> lookalike
        = BccChecklist::checkAddress(QStringLiteral("x@notsalesforce.com"));
    QVERIFY(lookalike.ok());
    QVERIFY(!lookalike->warning.isEmpty());
}

void TestSyncSettingsChecks::checklistHasBothFormsAndTheOtherCauses()
{
    QVERIFY(BccChecklist::adminActivation().first().detail.contains(QLatin1String("Email to Salesforce")));
    QVERIFY(BccChecklist::userSetup().first().detail.contains(QLatin1String("My Email to Salesforce")));
    const QList<ChecklistStep> causes = BccChecklist::otherCauses();
    QCOMPARE(causes.size(), 3); // acceptable addresses, email security, several matching records
    for (const ChecklistStep& step : causes) {
        QVERIFY(!step.title.isEmpty());
        QVERIFY(!step.detail.isEmpty());
    }
}

void TestSyncSettingsChecks::taskSyncOffIsTheFirstOptionAndSaysNothingOfAFirstRun()
{
    const QList<TaskSyncOption> options = SyncSettings::taskSyncOptions();
    QVERIFY(options.size() >= 2);
    QCOMPARE(options.first().key, settingDefinition(SettingKey::TaskSync).defaultValue.toString());
    QVERIFY(options.first().firstRun.isEmpty());
    for (const TaskSyncOption& option : options.mid(1)) {
        QVERIFY(option.firstRun.contains(QLatin1String("24 hours"))); // rule 3
        QVERIFY(option.firstRun.contains(QLatin1String("15 days"))); // rule 4
        QVERIFY(!option.explanation.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSyncSettingsChecks)
#include "testsyncsettingschecks.moc"
