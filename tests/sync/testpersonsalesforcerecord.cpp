// PersonSalesforceRecord::of, the one choice of a person's Salesforce record for activities, tasks and Email
// Opt Out: the type's record when its ID is known, else the lead, else the contact, else none.
#include "activities/personsalesforcerecord.h"

#include <QtTest>

using sia::PersonSalesforceRecord;

class TestPersonSalesforceRecord : public QObject
{
    Q_OBJECT

private slots:
    void choosesOneRecord_data();
    void choosesOneRecord();
};

void TestPersonSalesforceRecord::choosesOneRecord_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("lead");
    QTest::addColumn<QString>("contact");
    QTest::addColumn<QString>("chosenType");
    QTest::addColumn<QString>("chosenId");

    const QString lead = QStringLiteral("00Q000000000001AAA");
    const QString contact = QStringLiteral("003000000000001AAA");
    QTest::newRow("a lead") << "Lead" << lead << QString() << "Lead" << lead;
    QTest::newRow("a contact") << "Contact" << QString() << contact << "Contact" << contact;
    QTest::newRow("a converted lead is its contact") << "Contact" << lead << contact << "Contact" << contact;
    QTest::newRow("a lead with a contact too stays the lead") << "Lead" << lead << contact << "Lead" << lead;
    QTest::newRow("a contact whose ID is not known yet") << "Contact" << lead << QString() << "Lead" << lead;
    QTest::newRow("a lead whose ID is not known yet")
        << "Lead" << QString() << contact << "Contact" << contact;
    QTest::newRow("no type: the lead") << QString() << lead << contact << "Lead" << lead;
    QTest::newRow("no type, only a contact") << QString() << QString() << contact << "Contact" << contact;
    QTest::newRow("not in Salesforce") << "Lead" << QString() << QString() << QString() << QString();
}

void TestPersonSalesforceRecord::choosesOneRecord()
{
    QFETCH(QString, type);
    QFETCH(QString, lead);
    QFETCH(QString, contact);
    QFETCH(QString, chosenType);
    QFETCH(QString, chosenId);
    const PersonSalesforceRecord record = PersonSalesforceRecord::of(type, lead, contact);
    QCOMPARE(record.type, chosenType);
    QCOMPARE(record.id, chosenId);
}

QTEST_GUILESS_MAIN(TestPersonSalesforceRecord)
#include "testpersonsalesforcerecord.moc"
