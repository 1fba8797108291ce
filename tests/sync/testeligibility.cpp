// Who the people sync takes, and the dry run's report of it: the rule's verdict and warnings per record,
// the tally's counts and duplicate emails against a count made independently, and its memory at a million
// people (measured, within what its header promises).
#include "sync/eligibilityrule.h"
#include "sync/eligibilitytally.h"

#include <QHash>
#include <QTest>

using namespace sia;

namespace {

PersonRecord owned(qint64 id, const QByteArray& email)
{
    PersonRecord r;
    r.marketoId = id;
    r.email = email;
    r.salesOwnerId = "005000000000001";
    return r;
}

} // namespace

class TestEligibility : public QObject
{
    Q_OBJECT

private slots:
    void verdict_data();
    void verdict();
    void everyCodeHasItsOwnText();
    void tallyAgreesWithAnIndependentCount();
    void duplicatesIgnoreCaseAndSurroundingSpace();
    void examplesAreTheMostFrequentFirst();
    void aMillionPeopleStayWithinTheStatedMemory();
};

void TestEligibility::verdict_data()
{
    QTest::addColumn<QByteArray>("owner");
    QTest::addColumn<QByteArray>("email");
    QTest::addColumn<qint64>("marketoId");
    QTest::addColumn<QString>("reason"); // empty: eligible
    QTest::addColumn<QStringList>("warnings");
    const QByteArray user("005000000000001");
    QTest::newRow("owned, with email")
        << user << QByteArray("a@b.example") << qint64(1) << QString() << QStringList();
    QTest::newRow("no owner") << QByteArray() << QByteArray("a@b.example") << qint64(1)
                              << EligibilityRule::noSalesOwner << QStringList();
    QTest::newRow("owned by a queue") << QByteArray("00G000000000001") << QByteArray("a@b.example")
                                      << qint64(1) << EligibilityRule::ownerIsQueue << QStringList();
    QTest::newRow("no Marketo id") << user << QByteArray("a@b.example") << qint64(0)
                                   << EligibilityRule::noMarketoId << QStringList();
    QTest::newRow("no email") << user << QByteArray() << qint64(1) << QString()
                              << QStringList { EligibilityRule::noEmail };
    QTest::newRow("no at") << user << QByteArray("ab.example") << qint64(1) << QString()
                           << QStringList { EligibilityRule::invalidEmail };
    QTest::newRow("two ats") << user << QByteArray("a@b@c.example") << qint64(1) << QString()
                             << QStringList { EligibilityRule::invalidEmail };
    QTest::newRow("no dotted domain") << user << QByteArray("a@localhost") << qint64(1) << QString()
                                      << QStringList { EligibilityRule::invalidEmail };
    QTest::newRow("space inside") << user << QByteArray("a b@c.example") << qint64(1) << QString()
                                  << QStringList { EligibilityRule::invalidEmail };
    QTest::newRow("nothing before the at") << user << QByteArray("@c.example") << qint64(1) << QString()
                                           << QStringList { EligibilityRule::invalidEmail };
    QTest::newRow("unicode local part")
        << user << QByteArray("zoë@b.example") << qint64(1) << QString() << QStringList();
    QTest::newRow("no owner and no email: the exclusion only")
        << QByteArray() << QByteArray() << qint64(1) << EligibilityRule::noSalesOwner << QStringList();
}

void TestEligibility::verdict()
{
    QFETCH(QByteArray, owner);
    QFETCH(QByteArray, email);
    QFETCH(qint64, marketoId);
    QFETCH(QString, reason);
    QFETCH(QStringList, warnings);
    PersonRecord record;
    record.marketoId = marketoId;
    record.salesOwnerId = owner;
    record.email = email;

    const EligibilityVerdict verdict = EligibilityRule::check(record);

    QCOMPARE(verdict.eligible, reason.isEmpty());
    QCOMPARE(verdict.reasonCode, reason);
    QCOMPARE(QStringList(verdict.warningCodes), warnings);
}

void TestEligibility::everyCodeHasItsOwnText()
{
    QStringList texts;
    for (const QString& code : { EligibilityRule::noMarketoId, EligibilityRule::noSalesOwner,
             EligibilityRule::ownerIsQueue, EligibilityRule::noEmail, EligibilityRule::invalidEmail }) {
        const QString text = EligibilityRule::text(code);
        QVERIFY2(text != code && text.size() > 20, qPrintable(code));
        texts << text;
    }
    texts.removeDuplicates();
    QCOMPARE(texts.size(), 5);
    QCOMPARE(EligibilityRule::text(QStringLiteral("people.from-the-future")),
        QStringLiteral("people.from-the-future"));
}

void TestEligibility::tallyAgreesWithAnIndependentCount()
{
    EligibilityTally tally;
    QHash<QByteArray, qint64> emails; // eligible people per email, the plain way
    qint64 eligible = 0;
    qint64 noOwner = 0;
    qint64 noEmail = 0;
    for (qint64 id = 1; id <= 20000; ++id) {
        PersonRecord record = owned(id, "p" + QByteArray::number((id * 7919) % 15000) + "@x.example");
        if (id % 7 == 0) {
            record.salesOwnerId.clear();
        }
        if (id % 31 == 0) {
            record.email.clear();
        }
        tally.add(record);
        if (record.hasSalesOwner()) {
            ++eligible;
            if (record.email.isEmpty()) {
                ++noEmail;
            } else {
                ++emails[record.email];
            }
        } else {
            ++noOwner;
        }
    }
    qint64 shared = 0;
    qint64 sharing = 0;
    for (const qint64 count : std::as_const(emails)) {
        if (count > 1) {
            ++shared;
            sharing += count;
        }
    }

    const EligibilityReport report = tally.report();

    QCOMPARE(report.scanned, 20000);
    QCOMPARE(report.eligible, eligible);
    QCOMPARE(report.excluded.size(), 1);
    QCOMPARE(report.excluded.at(0).code, EligibilityRule::noSalesOwner);
    QCOMPARE(report.excluded.at(0).count, noOwner);
    QCOMPARE(report.excluded.at(0).text, EligibilityRule::text(EligibilityRule::noSalesOwner));
    QCOMPARE(report.warnings.size(), 1);
    QCOMPARE(report.warnings.at(0).count, noEmail);
    QVERIFY(shared > 1000);
    QCOMPARE(report.duplicateEmails, shared);
    QCOMPARE(report.peopleWithDuplicateEmail, sharing);
    QCOMPARE(report.duplicateExamples.size(), EligibilityTally::exampleEmails);
    for (const DuplicateEmail& example : report.duplicateExamples) {
        QCOMPARE(example.count, emails.value(example.email.toUtf8()));
    }
}

void TestEligibility::duplicatesIgnoreCaseAndSurroundingSpace()
{
    EligibilityTally tally;
    tally.add(owned(1, "Ann@Example.com"));
    tally.add(owned(2, " ann@example.COM "));
    tally.add(owned(3, "ann@example.org"));
    PersonRecord unowned = owned(4, "ann@example.com");
    unowned.salesOwnerId.clear();
    tally.add(unowned); // not eligible: not a duplicate among the eligible

    const EligibilityReport report = tally.report();

    QCOMPARE(report.duplicateEmails, 1);
    QCOMPARE(report.peopleWithDuplicateEmail, 2);
    QCOMPARE(report.duplicateExamples.at(0).email, QStringLiteral("ann@example.COM"));
    QCOMPARE(report.duplicateExamples.at(0).marketoIds, QList<qint64>({ 1, 2 }));
}

void TestEligibility::examplesAreTheMostFrequentFirst()
{
    EligibilityTally tally;
    qint64 id = 1;
    for (int copies : { 2, 5, 3, 9, 2, 4, 7 }) {
        const QByteArray email
            = "shared" + QByteArray::number(copies) + "-" + QByteArray::number(id) + "@x.example";
        for (int i = 0; i < copies; ++i) {
            tally.add(owned(id++, email));
        }
    }

    const EligibilityReport report = tally.report();

    QCOMPARE(report.duplicateEmails, 7);
    QCOMPARE(report.peopleWithDuplicateEmail, 32);
    QList<qint64> counts;
    for (const DuplicateEmail& example : report.duplicateExamples) {
        counts << example.count;
        QCOMPARE(example.marketoIds.size(), qMin<qsizetype>(example.count, EligibilityTally::exampleIds));
    }
    QCOMPARE(counts, QList<qint64>({ 9, 7, 5, 4, 3 }));
}

void TestEligibility::aMillionPeopleStayWithinTheStatedMemory()
{
    // By construction: every tenth person has no owner; person i with i % 1000 == 3 shares the email of
    // i - 1, and i % 100000 == 4 that of i - 2 as well (ten emails held by three people).
    EligibilityTally tally;
    const qint64 people = 1000000;
    qint64 withEmail = 0;
    for (qint64 i = 1; i <= people; ++i) {
        qint64 source = i;
        if (i % 1000 == 3) {
            source = i - 1;
        } else if (i % 100000 == 4) {
            source = i - 2;
        }
        PersonRecord record = owned(i, "person" + QByteArray::number(source) + "@company.example");
        if (i % 10 == 0) {
            record.salesOwnerId.clear();
        } else {
            ++withEmail;
        }
        tally.add(record);
    }

    const EligibilityReport report = tally.report();
    const qint64 bytes = tally.memoryBytes();
    qInfo("EligibilityTally at %lld people: %lld bytes (%.1f per eligible person with an email)", people,
        bytes, double(bytes) / double(withEmail));

    QCOMPARE(report.scanned, people);
    QCOMPARE(report.eligible, people - people / 10);
    QCOMPARE(report.duplicateEmails, 1000);
    QCOMPARE(report.peopleWithDuplicateEmail, 2010);
    QCOMPARE(report.duplicateExamples.at(0).count, 3);
    // among equal counts by email: "person100002@…" comes before "person2@…"
    QCOMPARE(report.duplicateExamples.at(0).marketoIds, QList<qint64>({ 100002, 100003, 100004 }));
    // The header's promise: at most 43 bytes a person in the table, about 150 per shared email.
    QVERIFY2(bytes <= 43 * withEmail + 200 * report.duplicateEmails, qPrintable(QString::number(bytes)));
}

QTEST_GUILESS_MAIN(TestEligibility)
#include "testeligibility.moc"
