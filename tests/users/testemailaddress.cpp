// EmailAddress::normalised, the form step 5 stores and compares addresses in: trimmed, the domain lower-cased
// and an internationalised domain kept in its Unicode form whether it was typed so or in its ACE form
// (xn--…), the local part as written; every refusal with its own code and a message that names the address.
// What is refused is what SMTP cannot carry unquoted (RFC 5321 §4.1.2, RFC 5322 §3.4.1's dot-atom): any
// Unicode space, control and invisible characters, two "@", a local part or domain missing or longer than
// RFC 5321 §4.5.3.1 allows, dots at the edges of either part or two in a row. checked() holds to the same
// shape; EmailAddress::split cuts what was typed into one field.
#include "users/emailaddress.h"

#include <QTest>

using namespace sia;

class TestEmailAddress : public QObject
{
    Q_OBJECT

private slots:
    void normalisesWhatItAccepts_data();
    void normalisesWhatItAccepts();
    void refusesWithItsOwnCode_data();
    void refusesWithItsOwnCode();
    void unicodeAndAceDomainsAreOneAddress_data();
    void unicodeAndAceDomainsAreOneAddress();
    void normalisingIsIdempotent();
    void checkedRefusesWhatSmtpCannotCarry_data();
    void checkedRefusesWhatSmtpCannotCarry();
    void splitsWhatWasTypedIntoOneField_data();
    void splitsWhatWasTypedIntoOneField();
};

namespace {

QString repeated(char c, int times)
{
    return QString(times, QLatin1Char(c));
}

} // namespace

void TestEmailAddress::normalisesWhatItAccepts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("sam@acme.example") << QStringLiteral("sam@acme.example");
    QTest::newRow("trimmed") << QStringLiteral("  sam@acme.example\t\r\n")
                             << QStringLiteral("sam@acme.example");
    QTest::newRow("domain lower-cased")
        << QStringLiteral("sam@ACME.Example") << QStringLiteral("sam@acme.example");
    QTest::newRow("local part's case kept")
        << QStringLiteral("Sam.Lee@Acme.EXAMPLE") << QStringLiteral("Sam.Lee@acme.example");
    QTest::newRow("plus and hyphen") << QStringLiteral("sam+invites@my-acme.example")
                                     << QStringLiteral("sam+invites@my-acme.example");
    QTest::newRow("deep subdomain") << QStringLiteral("sam@mail.eu.acme.co.uk")
                                    << QStringLiteral("sam@mail.eu.acme.co.uk");
    QTest::newRow("RFC 5322 atext") << QStringLiteral("o'neil!#$%&*/=?^_`{|}~-@acme.example")
                                    << QStringLiteral("o'neil!#$%&*/=?^_`{|}~-@acme.example");
    QTest::newRow("digits in the domain")
        << QStringLiteral("sam@123.example") << QStringLiteral("sam@123.example");
    QTest::newRow("IDN domain") << QStringLiteral("ana@bücher.example")
                                << QStringLiteral("ana@bücher.example");
    QTest::newRow("IDN domain upper-case")
        << QStringLiteral("ana@BÜCHER.Example") << QStringLiteral("ana@bücher.example");
    QTest::newRow("ACE domain") << QStringLiteral("ana@xn--bcher-kva.example")
                                << QStringLiteral("ana@bücher.example");
    QTest::newRow("ACE domain upper-case")
        << QStringLiteral("ana@XN--BCHER-KVA.EXAMPLE") << QStringLiteral("ana@bücher.example");
    QTest::newRow("Korean domain") << QStringLiteral("jiwoo@삼성.한국") << QStringLiteral("jiwoo@삼성.한국");
    QTest::newRow("Chinese domain") << QStringLiteral("chen@台灣.example")
                                    << QStringLiteral("chen@台灣.example");
    // SMTPUTF8 (RFC 6531) local parts: kept as written.
    QTest::newRow("non-ASCII local part")
        << QStringLiteral("Jösé@acme.example") << QStringLiteral("Jösé@acme.example");
    QTest::newRow("local part of 64") << repeated('a', 64) + QStringLiteral("@acme.example")
                                      << repeated('a', 64) + QStringLiteral("@acme.example");
    QTest::newRow("local part of 64 octets") << QString(32, QChar(0xe9)) + QStringLiteral("@acme.example")
                                             << QString(32, QChar(0xe9)) + QStringLiteral("@acme.example");
    QTest::newRow("label of 63") << QStringLiteral("sam@") + repeated('a', 63) + QStringLiteral(".example")
                                 << QStringLiteral("sam@") + repeated('a', 63) + QStringLiteral(".example");
}

void TestEmailAddress::normalisesWhatItAccepts()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const Result<QString> normalised = EmailAddress::normalised(typed);
    QVERIFY2(normalised.ok(), qPrintable(normalised.ok() ? QString() : normalised.error().message));
    QCOMPARE(*normalised, expected);
}

void TestEmailAddress::refusesWithItsOwnCode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says"); // a part of the message (besides the address)

    const QString empty = QStringLiteral("email.empty");
    const QString spaces = QStringLiteral("email.spaces");
    const QString noAt = QStringLiteral("email.no-at");
    const QString twoAt = QStringLiteral("email.two-at");
    const QString malformed = QStringLiteral("email.malformed");
    const QString notAnAddress = QStringLiteral("is not an email address");

    QTest::newRow("empty") << QString() << empty << QStringLiteral("needed");
    QTest::newRow("only white space") << QStringLiteral(" \t ") << empty << QStringLiteral("needed");
    QTest::newRow("space inside") << QStringLiteral("sam lee@acme.example") << spaces
                                  << QStringLiteral("space");
    QTest::newRow("space in the domain")
        << QStringLiteral("sam@acme .example") << spaces << QStringLiteral("space");
    QTest::newRow("tab inside") << QStringLiteral("sam\tlee@acme.example") << spaces
                                << QStringLiteral("space");
    QTest::newRow("no-break space inside")
        << QStringLiteral("sam\u00a0lee@acme.example") << spaces << QStringLiteral("space");
    QTest::newRow("ideographic space inside")
        << QStringLiteral("sam\u3000lee@acme.example") << spaces << QStringLiteral("space");
    QTest::newRow("display name") << QStringLiteral("Sam Lee <sam@acme.example>") << spaces
                                  << QStringLiteral("space");
    QTest::newRow("no at") << QStringLiteral("sam.acme.example") << noAt << QStringLiteral("“@”");
    QTest::newRow("two at in a row") << QStringLiteral("sam@@acme.example") << twoAt
                                     << QStringLiteral("more than one");
    QTest::newRow("two at apart") << QStringLiteral("sam@lee@acme.example") << twoAt
                                  << QStringLiteral("more than one");
    QTest::newRow("no domain") << QStringLiteral("sam@") << malformed << notAnAddress;
    QTest::newRow("no local part") << QStringLiteral("@acme.example") << malformed << notAnAddress;
    QTest::newRow("no domain dot") << QStringLiteral("sam@localhost") << malformed << notAnAddress;
    QTest::newRow("domain's trailing dot")
        << QStringLiteral("sam@acme.example.") << malformed << notAnAddress;
    QTest::newRow("domain's leading dot") << QStringLiteral("sam@.acme.example") << malformed << notAnAddress;
    QTest::newRow("two dots in the domain")
        << QStringLiteral("sam@acme..example") << malformed << notAnAddress;
    QTest::newRow("label's leading hyphen")
        << QStringLiteral("sam@-acme.example") << malformed << notAnAddress;
    QTest::newRow("underscore in the domain")
        << QStringLiteral("sam@acme_eu.example") << malformed << notAnAddress;
    QTest::newRow("angle brackets") << QStringLiteral("<sam@acme.example>") << malformed << notAnAddress;
    QTest::newRow("quoted local part") << QStringLiteral("\"sam\"@acme.example") << malformed << notAnAddress;
    QTest::newRow("comma") << QStringLiteral("sam,lee@acme.example") << malformed << notAnAddress;
    QTest::newRow("local part's leading dot")
        << QStringLiteral(".sam@acme.example") << malformed << notAnAddress;
    QTest::newRow("local part's trailing dot")
        << QStringLiteral("sam.@acme.example") << malformed << notAnAddress;
    QTest::newRow("two dots in the local part")
        << QStringLiteral("sam..lee@acme.example") << malformed << notAnAddress;
    QTest::newRow("backslash") << QStringLiteral("sam\\lee@acme.example") << malformed << notAnAddress;
    QTest::newRow("control character")
        << QStringLiteral("sam\u0001lee@acme.example") << malformed << notAnAddress;
    QTest::newRow("zero-width space")
        << QStringLiteral("sam\u200blee@acme.example") << malformed << notAnAddress;
    QTest::newRow("delete character")
        << QStringLiteral("sam\u007flee@acme.example") << malformed << notAnAddress;
    QTest::newRow("local part of 65")
        << repeated('a', 65) + QStringLiteral("@acme.example") << malformed << notAnAddress;
    // Octets, not characters: 33 "é" are 66 of them.
    QTest::newRow("local part of 66 octets")
        << QString(33, QChar(0xe9)) + QStringLiteral("@acme.example") << malformed << notAnAddress;
    QTest::newRow("label of 64") << QStringLiteral("sam@") + repeated('a', 64) + QStringLiteral(".example")
                                 << malformed << notAnAddress;
    // 64 + 1 + 190 = 255 characters: one over RFC 5321's 256-octet path less its angle brackets.
    QTest::newRow("address of 255") << repeated('a', 64) + QStringLiteral("@") + repeated('b', 60)
            + QStringLiteral(".") + repeated('c', 60) + QStringLiteral(".") + repeated('d', 60)
            + QStringLiteral(".example")
                                    << malformed << notAnAddress;
}

void TestEmailAddress::refusesWithItsOwnCode()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QFETCH(QString, says);
    const Result<QString> normalised = EmailAddress::normalised(typed);
    QVERIFY2(!normalised.ok(), qPrintable(normalised.ok() ? *normalised : QString()));
    QCOMPARE(normalised.error().code, code);
    QCOMPARE(normalised.error().kind, ErrorKind::InvalidInput);
    const QString message = normalised.error().message;
    QVERIFY2(message.contains(typed.trimmed()), qPrintable(message)); // names what was typed
    QVERIFY2(message.contains(says), qPrintable(message));
}

void TestEmailAddress::unicodeAndAceDomainsAreOneAddress_data()
{
    QTest::addColumn<QString>("unicode");
    QTest::addColumn<QString>("ace");

    QTest::newRow("German") << QStringLiteral("ana@bücher.example")
                            << QStringLiteral("ana@xn--bcher-kva.example");
    QTest::newRow("Korean") << QStringLiteral("jiwoo@삼성.한국")
                            << QStringLiteral("jiwoo@xn--cg4bki.xn--3e0b707e");
    QTest::newRow("Swedish, mixed case")
        << QStringLiteral("Ola@Räksmörgås.SE") << QStringLiteral("Ola@XN--RKSMRGS-5WAO1O.se");
}

void TestEmailAddress::unicodeAndAceDomainsAreOneAddress()
{
    QFETCH(QString, unicode);
    QFETCH(QString, ace);
    const Result<QString> fromUnicode = EmailAddress::normalised(unicode);
    const Result<QString> fromAce = EmailAddress::normalised(ace);
    QVERIFY2(fromUnicode.ok(), qPrintable(fromUnicode.ok() ? QString() : fromUnicode.error().message));
    QVERIFY2(fromAce.ok(), qPrintable(fromAce.ok() ? QString() : fromAce.error().message));
    QCOMPARE(*fromAce, *fromUnicode);
    QVERIFY2(!fromUnicode->contains(QStringLiteral("xn--")), qPrintable(*fromUnicode)); // the Unicode form
}

void TestEmailAddress::normalisingIsIdempotent()
{
    for (const QString& typed : { QStringLiteral(" Sam@ACME.example "),
             QStringLiteral("ana@XN--BCHER-KVA.example"), QStringLiteral("jiwoo@삼성.한국") }) {
        const Result<QString> once = EmailAddress::normalised(typed);
        QVERIFY2(once.ok(), qPrintable(typed));
        const Result<QString> twice = EmailAddress::normalised(*once);
        QVERIFY2(twice.ok(), qPrintable(*once));
        QCOMPARE(*twice, *once);
    }
}

// checked() (step 1's admins, the removal rule, the test message's address) holds to the same shape, the
// address kept exactly as typed but for the white space around it.
void TestEmailAddress::checkedRefusesWhatSmtpCannotCarry_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("plain") << QStringLiteral(" Sam.Lee@ACME.example ") << true;
    QTest::newRow("atext") << QStringLiteral("o'neil+x@acme.example") << true;
    QTest::newRow("no-break space") << QStringLiteral("sam\u00a0lee@acme.example") << false;
    QTest::newRow("leading dot") << QStringLiteral(".sam@acme.example") << false;
    QTest::newRow("trailing dot") << QStringLiteral("sam.@acme.example") << false;
    QTest::newRow("two dots") << QStringLiteral("sam..lee@acme.example") << false;
    QTest::newRow("backslash") << QStringLiteral("sam\\lee@acme.example") << false;
    QTest::newRow("control character") << QStringLiteral("sam\u0001@acme.example") << false;
    QTest::newRow("local part of 65") << repeated('a', 65) + QStringLiteral("@acme.example") << false;
    QTest::newRow("label of 64") << QStringLiteral("sam@") + repeated('a', 64) + QStringLiteral(".example")
                                 << false;
}

void TestEmailAddress::checkedRefusesWhatSmtpCannotCarry()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    const Result<QString> checked = EmailAddress::checked(typed);
    QCOMPARE(checked.ok(), accepted);
    if (accepted) {
        QCOMPARE(*checked, typed.trimmed());
    } else {
        QCOMPARE(checked.error().code, QStringLiteral("email.malformed"));
    }
}

void TestEmailAddress::splitsWhatWasTypedIntoOneField_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");

    const QStringList two { QStringLiteral("ana@acme.example"), QStringLiteral("bo@acme.example") };
    QTest::newRow("comma") << QStringLiteral("ana@acme.example,bo@acme.example") << two;
    QTest::newRow("semicolon and space") << QStringLiteral("ana@acme.example; bo@acme.example") << two;
    QTest::newRow("lines") << QStringLiteral("ana@acme.example\r\nbo@acme.example\n") << two;
    QTest::newRow("spaces and empty entries")
        << QStringLiteral("  ana@acme.example ,, ;bo@acme.example  ") << two;
    QTest::newRow("nothing") << QStringLiteral(" , ; ") << QStringList();
    // Unchecked: a wrong one is passed on for invite() to name.
    QTest::newRow("unchecked") << QStringLiteral("oops, bo@acme.example")
                               << QStringList { QStringLiteral("oops"), QStringLiteral("bo@acme.example") };
}

void TestEmailAddress::splitsWhatWasTypedIntoOneField()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    QCOMPARE(EmailAddress::split(typed), expected);
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "testemailaddress.moc"
