// InvitationEmail::compose: who invites (or nobody named), to which instance, as which role, into which
// teams, until when (the date in the invitation's language's own format, or that it does not expire), how
// to get in (sign in with the invited address: the product has no link of its own to put in the email), in
// MailSettings::language through that language's catalogue (the product's Korean, Traditional Chinese and
// Swedish ones, compiled under :/i18n as in the app) without touching the window's translators, every value
// escaped in the HTML body and left as it is in the plain one, and the whole message read back by Python's
// email parser.
#undef QT_NO_CAST_FROM_ASCII

#include "mail/invitationemail.h"
#include "parsedmail.h"

#include <QRegularExpression>
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

// The other wording of every paragraph: an admin, invited by nobody named, with no name, no teams and no
// expiry. With content() it uses each of the email's texts at least once.
InvitationEmailContent otherWordings()
{
    InvitationEmailContent c = content();
    c.role = UserRole::Admin;
    c.inviter.clear();
    c.inviteeName.clear();
    c.teams.clear();
    c.expiresAt = QDateTime();
    return c;
}

// The English message's sentences: its subject, the plain text's lines (without the steps' numbers and the
// signature's separator) and the HTML's texts between tags.
QStringList englishSentences(const MailMessage& english)
{
    QStringList sentences { english.subject };
    static const QRegularExpression stepNumber("^\\d+\\. ");
    for (QString line : english.plainText.split('\n', Qt::SkipEmptyParts)) {
        line.remove(stepNumber);
        if (line != "-- ") {
            sentences << line;
        }
    }
    static const QRegularExpression betweenTags(">([^<>]+)<");
    for (auto it = betweenTags.globalMatch(english.html); it.hasNext();) {
        const QString text = it.next().captured(1).trimmed();
        if (!text.isEmpty()) {
            sentences << text;
        }
    }
    return sentences;
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
    void writesInTheInvitationsLanguage_data();
    void writesInTheInvitationsLanguage();
    void writesEnglishWordsInALanguageWithoutACatalogue();
    void escapesEveryValueInTheHtml_data();
    void escapesEveryValueInTheHtml();
    void leavesPlaceholdersInValuesAlone();
    void arrivesWholeThroughMime_data();
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

void TestInvitationEmail::writesInTheInvitationsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("greeting");
    QTest::addColumn<QString>("teams"); // the plural form and the list in the language
    QTest::addColumn<QString>("word"); // "invite", in every part of the message
    QTest::newRow("korean") << "ko"
                            << "Anna Berg님이 Sales Insight Actions의 Acme Marketing에 초대했습니다"
                            << "안녕하세요, Jiwoo Kim님."
                            << "소속 팀: Everyone 및 Sales"
                            << "초대";
    QTest::newRow("traditional chinese") << "zh_TW"
                                         << "Anna Berg邀請您加入Sales Insight Actions中的Acme Marketing"
                                         << "Jiwoo Kim，您好："
                                         << "您的團隊：Everyone和Sales。"
                                         << "邀"; // 邀請, 受邀
    QTest::newRow("swedish") << "sv"
                             << "Anna Berg har bjudit in dig till Acme Marketing i Sales Insight Actions"
                             << "Hej Jiwoo Kim,"
                             << "Dina team: Everyone och Sales."
                             << "bjud"; // bjuda in, inbjudan
}

void TestInvitationEmail::writesInTheInvitationsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, subject);
    QFETCH(QString, greeting);
    QFETCH(QString, teams);
    QFETCH(QString, word);
    const InvitationEmailContent c = content();
    const MailMessage message = InvitationEmail::compose(c, settings(language));
    QCOMPARE(message.subject, subject);
    QVERIFY2(message.plainText.startsWith(greeting + "\n\n"), qPrintable(message.plainText));
    QVERIFY2(message.html.contains("<p>" + greeting + "</p>"), qPrintable(message.html));
    QVERIFY2(message.plainText.contains(teams), qPrintable(message.plainText));
    QVERIFY2(message.plainText.contains("jiwoo@acme.example"), qPrintable(message.plainText));
    const QString date = QLocale(language).toString(c.expiresAt.toLocalTime(), QLocale::LongFormat);
    QVERIFY2(message.plainText.contains(date), qPrintable(message.plainText));

    // Every text of the email, in both wordings, is the language's: none of the English sentences is left,
    // and every placeholder is filled.
    const InvitationEmailContent contents[] = { c, otherWordings() };
    for (const InvitationEmailContent& each : contents) {
        const MailMessage translated = InvitationEmail::compose(each, settings(language));
        QVERIFY2(translated.subject.contains(word), qPrintable(translated.subject));
        QVERIFY2(translated.plainText.contains(word), qPrintable(translated.plainText));
        QVERIFY2(translated.html.contains(word), qPrintable(translated.html));
        const QStringList sentences = englishSentences(InvitationEmail::compose(each, settings("en")));
        QVERIFY(sentences.size() > 10);
        for (const QString& english : sentences) {
            QVERIFY2(!translated.subject.contains(english), qPrintable(english));
            QVERIFY2(!translated.plainText.contains(english),
                qPrintable(english + " in: " + translated.plainText));
            QVERIFY2(!translated.html.contains(english.toHtmlEscaped()), qPrintable(english));
        }
        for (const QString& english : { "Hello", "invite", "Your team", "email", "account", "password" }) {
            QVERIFY2(!translated.plainText.contains(english),
                qPrintable(english + " in: " + translated.plainText));
        }
        const QString parts[] = { translated.subject, translated.plainText, translated.html };
        for (const QString& part : parts) {
            QVERIFY2(!part.contains("%1") && !part.contains("%2") && !part.contains("%n"), qPrintable(part));
        }
    }

    // The window's own language is untouched, and an empty language is the app's: English here.
    QCOMPARE(QCoreApplication::translate("sia::InvitationEmail", "Hello %1,"), "Hello %1,");
    const MailMessage appLanguage = InvitationEmail::compose(c, settings());
    QCOMPARE(appLanguage.subject, "Anna Berg invited you to Acme Marketing in Sales Insight Actions");
}

void TestInvitationEmail::writesEnglishWordsInALanguageWithoutACatalogue()
{
    // French has no catalogue: the English sources (the plural made by n), with French dates.
    const InvitationEmailContent c = content();
    const MailMessage french = InvitationEmail::compose(c, settings("fr"));
    QCOMPARE(french.subject, "Anna Berg invited you to Acme Marketing in Sales Insight Actions");
    QVERIFY2(french.plainText.contains("Your teams: Everyone et Sales."), qPrintable(french.plainText));
    QVERIFY(
        french.plainText.contains(QLocale("fr").toString(c.expiresAt.toLocalTime(), QLocale::LongFormat)));
}

void TestInvitationEmail::escapesEveryValueInTheHtml_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << "en";
    QTest::newRow("korean") << "ko";
    QTest::newRow("traditional chinese") << "zh_TW";
    QTest::newRow("swedish") << "sv";
}

void TestInvitationEmail::escapesEveryValueInTheHtml()
{
    QFETCH(QString, language);
    InvitationEmailContent c = content();
    c.inviter = "<b>Eve</b> & Co";
    c.instanceName = "R&D <Lab>";
    c.teams = { "<script>", "A&B" };
    c.inviteeName = "\"Bo\" <bo>";
    c.inviteeEmail = "bo&co@acme.example";
    const MailMessage message = InvitationEmail::compose(c, settings(language));
    for (const QString& value :
        { c.inviter, c.instanceName, c.teams.at(0), c.teams.at(1), c.inviteeName, c.inviteeEmail }) {
        QVERIFY2(message.html.contains(value.toHtmlEscaped()), qPrintable(value + " in: " + message.html));
        QVERIFY2(message.plainText.contains(value), qPrintable(value + " in: " + message.plainText));
    }
    QVERIFY(!message.html.contains("<script>"));
    QVERIFY(!message.html.contains("<b>"));
    QVERIFY(!message.html.contains("<bo>"));
    QVERIFY(!message.html.contains("R&D"));
    if (language == "en") {
        QVERIFY(
            message.html.contains("&lt;b&gt;Eve&lt;/b&gt; &amp; Co invited you to join R&amp;D &lt;Lab&gt;"));
        QVERIFY(message.html.contains("Hello &quot;Bo&quot; &lt;bo&gt;,"));
        QVERIFY(message.plainText.contains("<b>Eve</b> & Co invited you to join R&D <Lab>"));
    }
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

void TestInvitationEmail::arrivesWholeThroughMime_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("korean") << "ko";
    QTest::newRow("traditional chinese") << "zh_TW";
    QTest::newRow("swedish") << "sv";
}

void TestInvitationEmail::arrivesWholeThroughMime()
{
    QFETCH(QString, language);
    InvitationEmailContent c = content();
    c.inviteeName = "김지우";
    const MailMessage message = InvitationEmail::compose(c, settings(language));
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
