// InvitationEmail::compose: who invites (or nobody named), to which instance, as which role, into which
// teams, until when (the date in the invitation's language's own format, or that it does not expire), how
// to get in (sign in with the invited address: the product has no link of its own to put in the email), in
// MailSettings::language through that language's catalogue (here the test's Swedish one, compiled under
// :/i18n) without touching the window's translators, every value escaped in the HTML body and left as it
// is in the plain one, and the whole message read back by Python's email parser.
#undef QT_NO_CAST_FROM_ASCII

#include "mail/invitationemail.h"
#include "parsedmail.h"

#include <QTest>
#include <QTimeZone>

using namespace sia;
using namespace sia::test;

namespace {

InvitationEmailContent content()
{
    InvitationEmailContent c;
    c.instanceName = "Acme Marketing";
    c.inviteeEmail = "jiwoo@acme.example";
    c.inviteeName = "Jiwoo Kim";
    c.inviter = "Anna Berg";
    c.role = UserRole::User;
    c.teams = { "Everyone", "Sales" };
    c.expiresAt = QDateTime(QDate(2026, 12, 16), QTime(17, 30), QTimeZone::utc());
    return c;
}

MailSettings settings(const QString& language = QString())
{
    MailSettings s;
    s.fromAddress = "invites@acme.example";
    s.language = language;
    return s;
}

} // namespace

class TestInvitationEmail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesTheInviterTheInstanceAndTheRole();
    void readsWellWithoutAnInviter();
    void tellsTheInviteeHowToGetIn();
    void statesTheExpiryInTheLanguagesFormat_data();
    void statesTheExpiryInTheLanguagesFormat();
    void saysWhenTheInvitationDoesNotExpire();
    void writesInTheInvitationsLanguage();
    void escapesEveryValueInTheHtml();
    void leavesPlaceholdersInValuesAlone();
    void arrivesWholeThroughMime();
};

void TestInvitationEmail::initTestCase()
{
    // The app's language, where MailSettings::language is empty: English, as on an English system, and no
    // catalogue installed (so the sources' own English, its "(s)" made singular or plural).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestInvitationEmail::namesTheInviterTheInstanceAndTheRole()
{
    const MailMessage message = InvitationEmail::compose(content(), settings());
    QCOMPARE(message.from.address, "invites@acme.example");
    QCOMPARE(message.from.displayName, "SIA Admin");
    QCOMPARE(message.to.address, "jiwoo@acme.example");
    QCOMPARE(message.to.displayName, "Jiwoo Kim");
    QCOMPARE(message.subject, "Anna Berg invited you to Acme Marketing in Sales Insight Actions");
    QVERIFY2(message.plainText.startsWith("Hello Jiwoo Kim,\n\n"), qPrintable(message.plainText));
    QVERIFY2(
        message.plainText.contains("Anna Berg invited you to join Acme Marketing, a Sales Insight Actions "
                                   "instance, as a user."),
        qPrintable(message.plainText));
    QVERIFY2(message.plainText.contains("Your teams: Everyone and Sales."), qPrintable(message.plainText));
    QVERIFY(message.html.contains("<p>Anna Berg invited you to join Acme Marketing"));

    InvitationEmailContent admin = content();
    admin.role = UserRole::Admin;
    admin.teams = { "Everyone" };
    MailSettings named = settings();
    named.fromName = "Acme Admins";
    const MailMessage adminMessage = InvitationEmail::compose(admin, named);
    QCOMPARE(adminMessage.from.displayName, "Acme Admins");
    QVERIFY2(adminMessage.plainText.contains("as an admin: you will manage its users, teams and settings"),
        qPrintable(adminMessage.plainText));
    QVERIFY2(adminMessage.plainText.contains("Your team: Everyone."), qPrintable(adminMessage.plainText));
}

void TestInvitationEmail::readsWellWithoutAnInviter()
{
    InvitationEmailContent anonymous = content();
    anonymous.inviter.clear();
    anonymous.inviteeName.clear();
    anonymous.teams.clear();
    const MailMessage message = InvitationEmail::compose(anonymous, settings());
    QCOMPARE(message.subject, "You are invited to Acme Marketing in Sales Insight Actions");
    QVERIFY2(message.plainText.startsWith("Hello,\n\n"), qPrintable(message.plainText));
    QVERIFY(message.plainText.contains(
        "You are invited to join Acme Marketing, a Sales Insight Actions instance"));
    QVERIFY(!message.plainText.contains("team"));
    QVERIFY(message.to.displayName.isEmpty());
}

void TestInvitationEmail::tellsTheInviteeHowToGetIn()
{
    const MailMessage message = InvitationEmail::compose(content(), settings());
    const QString steps = "To access the account:\n"
                          "1. Sign in to Sales Insight Actions with this email address, jiwoo@acme.example.\n"
                          "2. Accept the invitation to the instance when you are asked to.\n"
                          "3. If you have no password yet, choose one when you are asked to.";
    QVERIFY2(message.plainText.contains(steps), qPrintable(message.plainText));
    QVERIFY(message.html.contains(
        "<ol>\n<li>Sign in to Sales Insight Actions with this email address, jiwoo@acme.example.</li>"));
    QVERIFY(message.plainText.contains("If you did not expect this invitation, you can ignore this email"));
    QVERIFY(message.plainText.contains(
        "-- \nThis email was sent by SIA Admin for the admins of Acme Marketing."));
}

void TestInvitationEmail::statesTheExpiryInTheLanguagesFormat_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << "en";
    QTest::newRow("korean") << "ko";
    QTest::newRow("traditional chinese") << "zh_TW";
    QTest::newRow("swedish") << "sv";
}

void TestInvitationEmail::statesTheExpiryInTheLanguagesFormat()
{
    QFETCH(QString, language);
    const InvitationEmailContent c = content();
    const MailMessage message = InvitationEmail::compose(c, settings(language));
    const QString date = QLocale(language).toString(c.expiresAt.toLocalTime(), QLocale::LongFormat);
    QVERIFY2(message.plainText.contains(date), qPrintable(date + " not in: " + message.plainText));
    QVERIFY(message.html.contains(date.toHtmlEscaped()));
    if (language != "en") {
        QVERIFY2(!message.plainText.contains(
                     QLocale("en").toString(c.expiresAt.toLocalTime(), QLocale::LongFormat)),
            "the date is in English");
    }
}

void TestInvitationEmail::saysWhenTheInvitationDoesNotExpire()
{
    InvitationEmailContent c = content();
    c.expiresAt = QDateTime();
    const MailMessage message = InvitationEmail::compose(c, settings());
    QVERIFY(message.plainText.contains("The invitation does not expire."));
    QVERIFY(!message.plainText.contains("can be accepted until"));
}

void TestInvitationEmail::writesInTheInvitationsLanguage()
{
    const InvitationEmailContent c = content();
    const MailMessage swedish = InvitationEmail::compose(c, settings("sv"));
    QCOMPARE(swedish.subject, "Anna Berg har bjudit in dig till Acme Marketing i Sales Insight Actions");
    QVERIFY2(swedish.plainText.startsWith("Hej Jiwoo Kim,\n\n"), qPrintable(swedish.plainText));
    // The plural form and the list in Swedish.
    QVERIFY2(swedish.plainText.contains("Dina team: Everyone och Sales."), qPrintable(swedish.plainText));
    const QString date = QLocale("sv").toString(c.expiresAt.toLocalTime(), QLocale::LongFormat);
    QVERIFY2(swedish.plainText.contains("Inbjudan kan accepteras till och med " + date + "."),
        qPrintable(swedish.plainText));
    // A text the catalogue lacks stays English rather than empty.
    QVERIFY(swedish.plainText.contains("To access the account:"));

    // The window's own language is untouched, and an empty language is the app's: English here.
    QCOMPARE(QCoreApplication::translate("sia::InvitationEmail", "Hello %1,"), "Hello %1,");
    const MailMessage appLanguage = InvitationEmail::compose(c, settings());
    QCOMPARE(appLanguage.subject, "Anna Berg invited you to Acme Marketing in Sales Insight Actions");
    // A language without a catalogue here (Korean) writes English words with Korean dates.
    const MailMessage korean = InvitationEmail::compose(c, settings("ko"));
    QCOMPARE(korean.subject, appLanguage.subject);
}

void TestInvitationEmail::escapesEveryValueInTheHtml()
{
    InvitationEmailContent c = content();
    c.inviter = "<b>Eve</b> & Co";
    c.instanceName = "R&D <Lab>";
    c.teams = { "<script>", "A&B" };
    c.inviteeName = "\"Bo\" <bo>";
    const MailMessage message = InvitationEmail::compose(c, settings());
    QVERIFY(message.html.contains("&lt;b&gt;Eve&lt;/b&gt; &amp; Co invited you to join R&amp;D &lt;Lab&gt;"));
    QVERIFY(message.html.contains("&lt;script&gt;"));
    QVERIFY(message.html.contains("A&amp;B"));
    QVERIFY(message.html.contains("Hello &quot;Bo&quot; &lt;bo&gt;,"));
    QVERIFY(!message.html.contains("<script>"));
    QVERIFY(!message.html.contains("<b>"));
    QVERIFY(message.plainText.contains("<b>Eve</b> & Co invited you to join R&D <Lab>"));
}

void TestInvitationEmail::leavesPlaceholdersInValuesAlone()
{
    InvitationEmailContent c = content();
    c.inviter = "Ana %2";
    c.instanceName = "Acme %1";
    const MailMessage message = InvitationEmail::compose(c, settings());
    QCOMPARE(message.subject, "Ana %2 invited you to Acme %1 in Sales Insight Actions");
    QVERIFY2(message.plainText.contains("Ana %2 invited you to join Acme %1, a Sales"),
        qPrintable(message.plainText));
}

void TestInvitationEmail::arrivesWholeThroughMime()
{
    InvitationEmailContent c = content();
    c.inviteeName = "김지우";
    const MailMessage message = InvitationEmail::compose(c, settings("sv"));
    const ParsedMail parsed = ParsedMail::parse(message.toMime());
    QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
    QVERIFY2(parsed.defects.isEmpty(), qPrintable(parsed.defects.join(", ")));
    QCOMPARE(parsed.subject(), message.subject);
    QCOMPARE(parsed.toName, "김지우");
    QCOMPARE(parsed.toAddress, "jiwoo@acme.example");
    QCOMPARE(parsed.fromName, "SIA Admin");
    QCOMPARE(parsed.plainText, QString(message.plainText).replace("\n", "\r\n"));
    QCOMPARE(parsed.html, QString(message.html).replace("\n", "\r\n"));
}

QTEST_GUILESS_MAIN(TestInvitationEmail)
#include "testinvitationemail.moc"
