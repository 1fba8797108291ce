// MailMessage::toMime, read back by Python's email parser (ParsedMail) and checked byte by byte: non-ASCII
// names and subjects (Korean, Swedish, an emoji) as RFC 2047 encoded words that decode to what was given,
// every line within 78 characters (and so within RFC 5322's 998) whatever the lengths, CRLF line ends
// only, bodies in base64 that decode to the text, Date and Message-ID present, IDN domains in ACE form,
// and no header a name, a subject or an address with CR/LF in it could add.
#undef QT_NO_CAST_FROM_ASCII

#include "mail/mailmessage.h"
#include "parsedmail.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace sia;
using namespace sia::test;

namespace {

MailMessage sample()
{
    MailMessage message;
    message.from = { "invites@acme.example", "SIA Admin" };
    message.to = { "ana@acme.example", "Ana Lind" };
    message.subject = "Welcome to Acme";
    message.plainText = "Hello Ana,\n\nWelcome.\n";
    message.html = "<p>Hello Ana,</p>\n<p>Welcome.</p>\n";
    return message;
}

// Every line of the message without its CRLF; a bare CR or LF fails the test that calls it.
QList<QByteArray> linesOf(const QByteArray& mime)
{
    return mime.split('\n');
}

} // namespace

class TestMailMessage : public QObject
{
    Q_OBJECT

private slots:
    void encodesNonAsciiNamesAndSubjects_data();
    void encodesNonAsciiNamesAndSubjects();
    void keepsEveryLineShortWithCrlfEnds_data();
    void keepsEveryLineShortWithCrlfEnds();
    void encodesTheBodiesSoThatTheyDecodeToTheText();
    void writesDateAndMessageId();
    void quotesAnAsciiNameWithSpecials();
    void sendsAnIdnDomainInAceForm();
    void addsNoHeaderFromCrOrLfInAValue_data();
    void addsNoHeaderFromCrOrLfInAValue();
};

void TestMailMessage::encodesNonAsciiNamesAndSubjects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subject");
    QTest::newRow("korean") << "김지우"
                            << "안나 님이 Acme Marketing에 초대했습니다";
    QTest::newRow("swedish") << "Åsa Öberg"
                             << "Du är inbjuden till Acme Försäljning";
    QTest::newRow("traditional chinese") << "陳美玲"
                                         << "安娜邀請您加入 Acme 行銷";
    QTest::newRow("emoji") << "Ana 🌷 Lind"
                           << "Welcome 🎉 to Acme";
    QTest::newRow("looks encoded") << "=?UTF-8?B?QQ==?="
                                   << "=?UTF-8?Q?not_a_word?=";
}

void TestMailMessage::encodesNonAsciiNamesAndSubjects()
{
    QFETCH(QString, name);
    QFETCH(QString, subject);
    MailMessage message = sample();
    message.to.displayName = name;
    message.from.displayName = name;
    message.subject = subject;
    const QByteArray mime = message.toMime();

    const QByteArray headers = mime.left(mime.indexOf("\r\n\r\n"));
    for (const char c : headers) {
        QVERIFY2(uchar(c) < 0x80, "a header holds a byte that is not ASCII");
    }
    QVERIFY(headers.contains("=?UTF-8?B?"));
    const ParsedMail parsed = ParsedMail::parse(mime);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
    QVERIFY2(parsed.defects.isEmpty(), qPrintable(parsed.defects.join(", ")));
    QCOMPARE(parsed.subject(), subject);
    QCOMPARE(parsed.toName, name);
    QCOMPARE(parsed.fromName, name);
    QCOMPARE(parsed.toAddress, "ana@acme.example");
}

void TestMailMessage::keepsEveryLineShortWithCrlfEnds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    const QString korean = "초대합니다 ";
    const QString longWord = QString(200, u'x');
    QTest::newRow("short") << "Ana"
                           << "Hi"
                           << "Hello";
    QTest::newRow("long korean") << korean.repeated(12).trimmed() << korean.repeated(30).trimmed()
                                 << korean.repeated(200);
    QTest::newRow("long ascii words")
        << "Ana Maria Lind Svensson Karlsson Johansson Andersson Nilsson Eriksson"
        << QString("Welcome to the Acme Marketing instance ").repeated(8)
        << QString("A line of HTML that never ends ").repeated(100);
    QTest::newRow("one word longer than a line") << longWord << longWord << longWord.repeated(20);
    QTest::newRow("swedish at the edges")
        << QString("Ö").repeated(60) << QString("å").repeated(100) << QString("ä").repeated(1000);
}

void TestMailMessage::keepsEveryLineShortWithCrlfEnds()
{
    QFETCH(QString, name);
    QFETCH(QString, subject);
    QFETCH(QString, body);
    MailMessage message = sample();
    message.to.displayName = name;
    message.from.displayName = name;
    message.subject = subject;
    message.plainText = body + "\nsecond line\r\nthird\rfourth";
    message.html = "<p>" + body + "</p>";
    const QByteArray mime = message.toMime();

    QVERIFY(mime.endsWith("\r\n"));
    QVERIFY2(
        !mime.contains("\r\r") && !QRegularExpression("\r(?!\n)").match(QString::fromLatin1(mime)).hasMatch(),
        "a bare CR");
    const QList<QByteArray> lines = linesOf(mime);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece follows the final CRLF: empty
        const QByteArray& line = lines.at(i);
        QVERIFY2(line.endsWith('\r'), qPrintable(QString("line %1 ends in a bare LF").arg(i + 1)));
        QVERIFY2(line.size() - 1 <= 78,
            qPrintable(QString("line %1 has %2 characters: %3").arg(i + 1).arg(line.size() - 1).arg(line)));
    }
    QVERIFY(lines.last().isEmpty());

    const ParsedMail parsed = ParsedMail::parse(mime);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
    QVERIFY2(parsed.defects.isEmpty(), qPrintable(parsed.defects.join(", ")));
    QCOMPARE(parsed.subject(), subject);
    QCOMPARE(parsed.toName, name);
    QCOMPARE(parsed.plainText, body + "\r\nsecond line\r\nthird\r\nfourth");
}

void TestMailMessage::encodesTheBodiesSoThatTheyDecodeToTheText()
{
    MailMessage message = sample();
    message.plainText = "안녕하세요,\n\nFrom the start of a line: From me.\n. a dot\n";
    message.html = "<p>안녕하세요 &amp; welcome</p>\n";
    const QByteArray mime = message.toMime();
    const ParsedMail parsed = ParsedMail::parse(mime);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
    QCOMPARE(parsed.contentType, "multipart/alternative");
    QCOMPARE(parsed.transferEncodings.size(), 2);
    for (const QString& encoding : parsed.transferEncodings) {
        QVERIFY2(encoding == u"base64" || encoding == u"quoted-printable", qPrintable(encoding));
    }
    QCOMPARE(parsed.charsets, QStringList({ "utf-8", "utf-8" }));
    QCOMPARE(parsed.plainText, QString(message.plainText).replace("\n", "\r\n"));
    QCOMPARE(parsed.html, QString(message.html).replace("\n", "\r\n"));
    // Nothing of the text is readable in the raw bytes (base64), so no line can start with "From " or ".".
    QVERIFY(!mime.contains("From the start"));
}

void TestMailMessage::writesDateAndMessageId()
{
    MailMessage message = sample();
    message.date = QDateTime(QDate(2026, 12, 2), QTime(11, 25, 30), QTimeZone(9 * 3600));
    message.messageId = "<given-1@acme.example>";
    ParsedMail parsed = ParsedMail::parse(message.toMime());
    QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
    QCOMPARE(parsed.header("Date"), "Wed, 02 Dec 2026 11:25:30 +0900");
    QCOMPARE(parsed.header("Message-ID"), "<given-1@acme.example>");
    QCOMPARE(parsed.header("MIME-Version"), "1.0");

    // Without them: now, and an ID of our own on the sender's domain, a new one for every message.
    const MailMessage plain = sample();
    const ParsedMail first = ParsedMail::parse(plain.toMime());
    const ParsedMail second = ParsedMail::parse(plain.toMime());
    QVERIFY(!first.header("Date").isEmpty());
    const QDateTime date = QDateTime::fromString(first.header("Date"), Qt::RFC2822Date);
    QVERIFY2(date.isValid(), qPrintable(first.header("Date")));
    QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTime())) < 60);
    const QRegularExpression id("^<[0-9a-f-]{36}@acme\\.example>$");
    QVERIFY2(id.match(first.header("Message-ID")).hasMatch(), qPrintable(first.header("Message-ID")));
    QVERIFY(first.header("Message-ID") != second.header("Message-ID"));
}

void TestMailMessage::quotesAnAsciiNameWithSpecials()
{
    MailMessage message = sample();
    message.to.displayName = "Lind, Ana \"The Boss\" \\ (Sales)";
    const ParsedMail parsed = ParsedMail::parse(message.toMime());
    QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
    QVERIFY2(parsed.defects.isEmpty(), qPrintable(parsed.defects.join(", ")));
    QCOMPARE(parsed.toCount, 1);
    QCOMPARE(parsed.toName, message.to.displayName);
    QCOMPARE(parsed.toAddress, "ana@acme.example");
}

void TestMailMessage::sendsAnIdnDomainInAceForm()
{
    MailMessage message = sample();
    message.to = { "björn@bücher.example", "Björn" };
    const QByteArray mime = message.toMime();
    QVERIFY2(mime.contains("@xn--bcher-kva.example>"), mime.constData());
}

void TestMailMessage::addsNoHeaderFromCrOrLfInAValue_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("address");
    const QString injected = "Bcc: victim@evil.example";
    QTest::newRow("name") << "Ana\r\n" + injected << "Hello"
                          << "ana@acme.example";
    QTest::newRow("name, LF only") << "Ana\n" + injected << "Hello"
                                   << "ana@acme.example";
    QTest::newRow("subject") << "Ana"
                             << "Hello\r\n" + injected << "ana@acme.example";
    QTest::newRow("subject, CR only") << "Ana"
                                      << "Hello\r" + injected << "ana@acme.example";
    QTest::newRow("address") << "Ana"
                             << "Hello"
                             << "ana@acme.example\r\n" + injected;
}

void TestMailMessage::addsNoHeaderFromCrOrLfInAValue()
{
    QFETCH(QString, name);
    QFETCH(QString, subject);
    QFETCH(QString, address);
    MailMessage message = sample();
    message.to = { address, name };
    message.subject = subject;
    const QByteArray mime = message.toMime();
    const QByteArray headers = mime.left(mime.indexOf("\r\n\r\n") + 2);
    QVERIFY2(!headers.contains("\r\nBcc:") && !headers.startsWith("Bcc:"), headers.constData());
    const ParsedMail parsed = ParsedMail::parse(mime);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
    QVERIFY2(!parsed.headerNames().contains("Bcc", Qt::CaseInsensitive),
        qPrintable(parsed.headerNames().join(", ")));
    QCOMPARE(parsed.headerNames()
                 .filter(QRegularExpression("^to$", QRegularExpression::CaseInsensitiveOption))
                 .size(),
        1);
    QCOMPARE(parsed.toCount, 1);
    // An address cannot hold a line break: it ends there (SmtpTransport refuses such an address outright).
    QCOMPARE(parsed.toAddress, "ana@acme.example");
}

QTEST_GUILESS_MAIN(TestMailMessage)
#include "testmailmessage.moc"
