// SandboxDataset: deterministic from the seed, the shape SPEC §4 needs (owners, duplicates, gaps, scripts),
// Salesforce twins consistent with the people, lookups without a scan, and the overlay of mutations.
#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/salesforceid.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxoptions.h"

#include <QRegularExpression>
#include <QtTest>

using namespace sia::sandbox;

class TestSandboxDataset : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedGivesSameData();
    void otherSeedGivesOtherData();
    void salesforceIdsRoundTripWithCaseSafeSuffix();
    void peopleHaveTheShapeTheSyncNeeds();
    void duplicateEmailsAreFoundTogether();
    void salesforceTwinsMatchThePeople();
    void iterationVisitsEveryLeadOnceInIdOrder();
    void contactRolesGiveTheOpportunity();
    void mutationsChangeFieldsAndUpdatedAt();
    void deletionsHideThePerson();
    void snapshotKeepsTheDataItWasTaken();
    void organizationAndPackageFollowOptions();

private:
    static SandboxOptions options(quint64 seed, qint64 people = 5000)
    {
        SandboxOptions o;
        o.seed = seed;
        o.people = people;
        return o;
    }
};

void TestSandboxDataset::sameSeedGivesSameData()
{
    SandboxClock clock;
    const SandboxDataset a(options(11), clock);
    const SandboxDataset b(options(11), clock);
    for (qint64 id = a.firstPersonId(); id <= a.lastPersonId(); id += 37) {
        const Person p = *a.person(id);
        const Person q = *b.person(id);
        QCOMPARE(p.email, q.email);
        QCOMPARE(p.firstName, q.firstName);
        QCOMPARE(p.company, q.company);
        QCOMPARE(p.sfdcLeadOwnerId, q.sfdcLeadOwnerId);
        QCOMPARE(p.createdAt, q.createdAt);
        QCOMPARE(p.updatedAt, q.updatedAt);
    }
    QCOMPARE(a.eligiblePeopleCount(), b.eligiblePeopleCount());
}

void TestSandboxDataset::otherSeedGivesOtherData()
{
    SandboxClock clock;
    const SandboxDataset a(options(11), clock);
    const SandboxDataset b(options(12), clock);
    int differences = 0;
    for (qint64 id = a.firstPersonId(); id < a.firstPersonId() + 100; ++id) {
        differences += a.person(id)->email != b.person(id)->email ? 1 : 0;
    }
    QVERIFY(differences > 90);
}

void TestSandboxDataset::salesforceIdsRoundTripWithCaseSafeSuffix()
{
    const QString id = SalesforceId::make(QStringLiteral("00Q"), 123456);
    QCOMPARE(id.size(), 18);
    QVERIFY(id.startsWith(QStringLiteral("00Q")));
    QCOMPARE(SalesforceId::parse(id)->number, 123456);
    QCOMPARE(SalesforceId::parse(id.left(15))->number, 123456); // the 15-character form works too
    QVERIFY(!SalesforceId::parse(id.left(15) + QStringLiteral("ZZZ")).has_value()); // a wrong suffix does not
    // Salesforce's published example of the suffix: a 15-character id and its 18-character form.
    QCOMPARE(SalesforceId::caseSafeSuffix(u"001A0000006Vm9r"), QStringLiteral("IAC"));
}

void TestSandboxDataset::peopleHaveTheShapeTheSyncNeeds()
{
    SandboxClock clock;
    const SandboxDataset data(options(3, 20000), clock);
    int owned = 0, leads = 0, contacts = 0, noEmail = 0, noPhone = 0, hangul = 0, han = 0, diacritics = 0;
    static const QRegularExpression hangulRe(QStringLiteral("\\p{Hangul}"));
    static const QRegularExpression hanRe(QStringLiteral("\\p{Han}"));
    static const QRegularExpression diacriticRe(QStringLiteral("[À-ž]"));
    for (qint64 id = data.firstPersonId(); id <= data.lastPersonId(); ++id) {
        const Person p = *data.person(id);
        owned += p.hasSalesOwner() ? 1 : 0;
        leads += p.crmKind == CrmKind::Lead ? 1 : 0;
        contacts += p.crmKind == CrmKind::Contact ? 1 : 0;
        noEmail += p.email.isEmpty() ? 1 : 0;
        noPhone += p.phone.isEmpty() ? 1 : 0;
        const QString name = p.firstName + p.lastName;
        hangul += name.contains(hangulRe) ? 1 : 0;
        han += name.contains(hanRe) ? 1 : 0;
        diacritics += name.contains(diacriticRe) ? 1 : 0;
        if (p.crmKind == CrmKind::None) {
            QVERIFY(!p.hasSalesOwner()); // only in Marketo: nobody owns it in Salesforce
        }
    }
    const double n = data.peopleCount();
    QVERIFY2(owned / n > 0.55 && owned / n < 0.85, qPrintable(QString::number(owned / n)));
    QCOMPARE(qint64(owned), data.eligiblePeopleCount());
    QVERIFY(leads / n > 0.5 && contacts / n > 0.2);
    QVERIFY(noEmail > 0 && noPhone > 0);
    QVERIFY(hangul > 1000 && han > 1000 && diacritics > 3000);
}

void TestSandboxDataset::duplicateEmailsAreFoundTogether()
{
    SandboxClock clock;
    const SandboxDataset data(options(5, 20000), clock);
    int shared = 0;
    for (qint64 id = data.firstPersonId(); id <= data.lastPersonId() && shared < 20; ++id) {
        const Person p = *data.person(id);
        if (p.email.isEmpty()) {
            continue;
        }
        const QList<qint64> same = data.peopleWithEmail(p.email);
        QVERIFY2(same.contains(id), qPrintable(p.email));
        if (same.size() > 1) {
            ++shared;
            for (const qint64 other : same) {
                QCOMPARE(data.person(other)->email, p.email);
            }
        }
    }
    QCOMPARE(shared, 20);
    QVERIFY(data.peopleWithEmail(QStringLiteral("nobody@nowhere.example")).isEmpty());
}

void TestSandboxDataset::salesforceTwinsMatchThePeople()
{
    SandboxClock clock;
    const SandboxDataset data(options(9), clock);
    int checkedLeads = 0, checkedContacts = 0;
    for (qint64 id = data.firstPersonId(); id <= data.lastPersonId(); id += 7) {
        const Person p = *data.person(id);
        if (!p.sfdcLeadId.isEmpty()) {
            const SalesforceLead lead = *data.lead(p.sfdcLeadId);
            QCOMPARE(lead.email, p.email);
            QCOMPARE(lead.marketoId, p.id);
            QVERIFY(p.sfdcLeadOwnerId.isEmpty() ? lead.ownerId.startsWith(QStringLiteral("00G"))
                                                : lead.ownerId == p.sfdcLeadOwnerId);
            QCOMPARE(data.personBySfdcLeadId(p.sfdcLeadId)->id, id);
            ++checkedLeads;
        }
        if (!p.sfdcContactId.isEmpty()) {
            const SalesforceContact contact = *data.contact(p.sfdcContactId);
            QCOMPARE(contact.accountId, p.sfdcAccountId);
            QCOMPARE(contact.ownerId, p.sfdcLeadOwnerId);
            QCOMPARE(data.account(p.sfdcAccountId)->name, p.company);
            QVERIFY(data.peopleOfAccount(p.sfdcAccountId).contains(id));
            QVERIFY(data.salesforceUser(contact.ownerId).has_value());
            ++checkedContacts;
        }
    }
    QVERIFY(checkedLeads > 100 && checkedContacts > 50);
    QVERIFY(!data.lead(SalesforceId::make(QStringLiteral("003"), 1))
                 .has_value()); // a contact's id is not a lead's
}

void TestSandboxDataset::iterationVisitsEveryLeadOnceInIdOrder()
{
    SandboxClock clock;
    const SandboxDataset data(options(4, 3000), clock);
    qint64 cursor = 0;
    qint64 count = 0;
    QString previous;
    while (const std::optional<SalesforceLead> lead = data.nextLead(cursor)) {
        QVERIFY(lead->number > cursor);
        QVERIFY(lead->id > previous);
        previous = lead->id;
        cursor = lead->number;
        ++count;
    }
    QCOMPARE(count, data.leadCount());
    qint64 accounts = 0;
    qint64 accountCursor = 0;
    while (const std::optional<SalesforceAccount> account = data.nextAccount(accountCursor)) {
        accountCursor = account->number;
        ++accounts;
    }
    QCOMPARE(accounts, data.accountCount());
}

void TestSandboxDataset::contactRolesGiveTheOpportunity()
{
    SandboxClock clock;
    const SandboxDataset data(options(6), clock);
    int roles = 0;
    qint64 cursor = 0;
    while (const std::optional<OpportunityContactRole> role = data.nextOpportunityContactRole(cursor)) {
        cursor = role->number;
        const SalesforceOpportunity opportunity = *data.opportunity(role->opportunityId);
        const SalesforceContact contact = *data.contact(role->contactId);
        QCOMPARE(opportunity.accountId, contact.accountId);
        QCOMPARE(data.person(contact.marketoId)->primaryOpportunityId, opportunity.id);
        ++roles;
    }
    QVERIFY(roles > 100);
}

void TestSandboxDataset::mutationsChangeFieldsAndUpdatedAt()
{
    SandboxClock clock;
    clock.set(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
    clock.setFrozen(true);
    SandboxDataset data(options(8), clock);
    const QList<qint64> changed = data.mutatePeople(25);
    QCOMPARE(changed.size(), 25);
    QCOMPARE(data.changes().size(), 25);
    for (const PersonChange& change : data.changes()) {
        QVERIFY(!change.fields.isEmpty());
        const Person p = *data.person(change.personId);
        QCOMPARE(p.updatedAt, clock.now());
        QVERIFY(p.version >= 1);
        // Leads see the change too: Salesforce and Marketo stay consistent.
        if (!p.sfdcLeadId.isEmpty()) {
            QCOMPARE(data.lead(p.sfdcLeadId)->title, p.title);
        }
    }
    data.reset();
    QVERIFY(data.changes().isEmpty());
    QCOMPARE(data.person(changed.first())->version, 0);
}

void TestSandboxDataset::deletionsHideThePerson()
{
    SandboxClock clock;
    SandboxDataset data(options(8), clock);
    const qint64 before = data.eligiblePeopleCount();
    const QList<qint64> deleted = data.deletePeople(10);
    qint64 ownedDeleted = 0;
    for (const qint64 id : deleted) {
        QVERIFY(!data.person(id).has_value());
        ownedDeleted += data.salesOwnerIdOf(id).isEmpty() ? 0 : 1;
    }
    QCOMPARE(data.eligiblePeopleCount(), before - ownedDeleted);
    QCOMPARE(data.deletions().size(), 10);
}

void TestSandboxDataset::snapshotKeepsTheDataItWasTaken()
{
    SandboxClock clock;
    SandboxDataset data(options(8), clock);
    const PeopleView snapshot = data.people();
    const qint64 id = data.mutatePeople(1).first();
    const qint64 index = id - data.firstPersonId();
    QCOMPARE(snapshot.personAt(index).version, 0);
    QCOMPARE(data.people().personAt(index).version, 1);
}

void TestSandboxDataset::organizationAndPackageFollowOptions()
{
    SandboxClock clock;
    SandboxOptions o = options(1);
    o.salesforceEdition = QStringLiteral("Professional Edition");
    o.salesforceApiEnabled = false;
    o.salesforceInstalledPackage = false;
    const SandboxDataset data(o, clock);
    QCOMPARE(data.organization().organizationType, QStringLiteral("Professional Edition"));
    QVERIFY(!data.organization().apiEnabled);
    QVERIFY(!data.installedPackage().has_value());
    const SandboxDataset standard(options(1), clock);
    QCOMPARE(standard.installedPackage()->namespacePrefix, QStringLiteral("mkto_si"));
    QVERIFY(standard.salesforceUsers().size() >= 5);
    QCOMPARE(standard.salesforceUserByUsername(standard.salesforceUsers().first().username)->id,
        standard.salesforceUsers().first().id);
}

QTEST_GUILESS_MAIN(TestSandboxDataset)
#include "testsandboxdataset.moc"
