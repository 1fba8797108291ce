#include "mail/invitationemail.h"

#include "common/translations.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace sia {

namespace {

constexpr const char* context = "sia::InvitationEmail";

// The email's texts, marked for lupdate under the class's context. They are looked up at compose time, in
// the invitations' language, not the window's.
const char* const subjectByInviter
    = QT_TRANSLATE_NOOP("sia::InvitationEmail", "%1 invited you to %2 in Sales Insight Actions");
const char* const subjectPlain
    = QT_TRANSLATE_NOOP("sia::InvitationEmail", "You are invited to %1 in Sales Insight Actions");
const char* const greetingNamed = QT_TRANSLATE_NOOP("sia::InvitationEmail", "Hello %1,");
const char* const greeting = QT_TRANSLATE_NOOP("sia::InvitationEmail", "Hello,");
//: %1 who invites, %2 the Actions instance
const char* const invitedAdminBy = QT_TRANSLATE_NOOP("sia::InvitationEmail",
    "%1 invited you to join %2, a Sales Insight Actions instance, as an admin: you will manage its users, "
    "teams and settings as well as use it.");
const char* const invitedUserBy = QT_TRANSLATE_NOOP(
    "sia::InvitationEmail", "%1 invited you to join %2, a Sales Insight Actions instance, as a user.");
const char* const invitedAdmin = QT_TRANSLATE_NOOP("sia::InvitationEmail",
    "You are invited to join %1, a Sales Insight Actions instance, as an admin: you will manage its users, "
    "teams and settings as well as use it.");
const char* const invitedUser = QT_TRANSLATE_NOOP(
    "sia::InvitationEmail", "You are invited to join %1, a Sales Insight Actions instance, as a user.");
//: %1 the teams, as a list ("Everyone, Sales and Support")
const char* const teamsText = QT_TRANSLATE_N_NOOP("sia::InvitationEmail", "Your team(s): %1.");
const char* const expiresText = QT_TRANSLATE_NOOP("sia::InvitationEmail",
    "The invitation can be accepted until %1. After that, ask an admin to send it again.");
const char* const neverExpires = QT_TRANSLATE_NOOP("sia::InvitationEmail", "The invitation does not expire.");
const char* const stepsTitle = QT_TRANSLATE_NOOP("sia::InvitationEmail", "To access the account:");
//: %1 the invitee's email address
const char* const stepSignIn = QT_TRANSLATE_NOOP(
    "sia::InvitationEmail", "Sign in to Sales Insight Actions with this email address, %1.");
const char* const stepAccept = QT_TRANSLATE_NOOP(
    "sia::InvitationEmail", "Accept the invitation to the instance when you are asked to.");
const char* const stepPassword = QT_TRANSLATE_NOOP(
    "sia::InvitationEmail", "If you have no password yet, choose one when you are asked to.");
const char* const notExpected = QT_TRANSLATE_NOOP("sia::InvitationEmail",
    "If you did not expect this invitation, you can ignore this email: nothing happens unless you accept "
    "it.");
const char* const sentBy
    = QT_TRANSLATE_NOOP("sia::InvitationEmail", "This email was sent by SIA Admin for the admins of %1.");

// The English source as a reader should see it when no catalogue has the text: "team(s)" made singular or
// plural by n, as the English catalogue's plural forms would.
QString englishSource(const char* source, int n)
{
    QString plain = QString::fromUtf8(source);
    if (n >= 0) {
        plain.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        plain.replace(QLatin1String("%n"), QString::number(n));
    }
    return plain;
}

// One language's translators, loaded once per language for the process and read from any thread
// (QTranslator::translate is const and reads the loaded catalogue only). English is asked last: it holds the
// plural forms of the English sources.
class LanguageTexts
{
public:
    explicit LanguageTexts(const QString& language)
    {
        const QString directory = QLatin1String(translationsResourcePath);
        const QString name = QStringLiteral("sia-admin");
        if (QLocale(language).language() != QLocale::English
            && !m_language.load(QLocale(language), name, QStringLiteral("_"), directory)) {
            m_languageLoaded = false;
        }
        m_englishLoaded = m_english.load(QLocale(QLocale::English), name, QStringLiteral("_"), directory);
    }

    QString text(const char* source, int n) const
    {
        if (m_languageLoaded && !m_language.isEmpty()) {
            const QString translated = m_language.translate(context, source, nullptr, n);
            if (!translated.isEmpty()) {
                return translated;
            }
        }
        if (m_englishLoaded) {
            const QString english = m_english.translate(context, source, nullptr, n);
            if (!english.isEmpty()) {
                return english;
            }
        }
        return englishSource(source, n);
    }

private:
    QTranslator m_language;
    QTranslator m_english;
    bool m_languageLoaded = true;
    bool m_englishLoaded = false;
};

const LanguageTexts& textsFor(const QString& language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<LanguageTexts>> loaded;
    const QMutexLocker lock(&mutex);
    std::shared_ptr<LanguageTexts>& texts = loaded[language];
    if (!texts) {
        texts = std::make_shared<LanguageTexts>(language);
    }
    return *texts; // never removed: the reference stays valid
}

// The email's words in one language: the settings' language through its own translators, or the app's
// (its installed translators) when none is set.
class Words
{
public:
    explicit Words(const QString& language)
        : m_texts(language.isEmpty() ? nullptr : &textsFor(language))
        , m_locale(language.isEmpty() ? QLocale() : QLocale(language))
    { }

    QString operator()(const char* source, int n = -1) const
    {
        if (m_texts) {
            return m_texts->text(source, n);
        }
        // The app's translators; where none has the text (a language without a catalogue, or none
        // installed), Qt gives the source back as it is, "(s)" and all.
        const QString translated = QCoreApplication::translate(context, source, nullptr, n);
        const QString untranslated = n >= 0
            ? QString::fromUtf8(source).replace(QLatin1String("%n"), QString::number(n))
            : QString::fromUtf8(source);
        return translated == untranslated ? englishSource(source, n) : translated;
    }
    const QLocale& locale() const { return m_locale; }

private:
    const LanguageTexts* m_texts;
    QLocale m_locale;
};

// The values in one pass: a name that holds "%2" stays as it is.
QString filled(const QString& text, const QStringList& values)
{
    switch (values.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(values.at(0));
    default:
        return text.arg(values.at(0), values.at(1));
    }
}

QString htmlParagraph(const QString& text)
{
    return QStringLiteral("<p>%1</p>\n").arg(text);
}

} // namespace

MailMessage InvitationEmail::compose(const InvitationEmailContent& content, const MailSettings& settings)
{
    const Words words(settings.language);
    const QString instance = content.instanceName.trimmed();
    const QString inviter = content.inviter.trimmed();
    const QString invitee = content.inviteeName.trimmed();
    const QString email = content.inviteeEmail.trimmed();
    const bool admin = content.role == UserRole::Admin;

    MailMessage message;
    message.from = { settings.fromAddress.trimmed(),
        settings.fromName.trimmed().isEmpty() ? QStringLiteral("SIA Admin") : settings.fromName.trimmed() };
    message.to = { email, invitee };
    message.subject = inviter.isEmpty() ? words(subjectPlain).arg(instance)
                                        : words(subjectByInviter).arg(inviter, instance);

    // Each paragraph twice: as plain text, and as HTML from the same sentence with every value escaped
    // (a name or a team may hold "<", "&").
    QStringList plain;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n");
    auto paragraph = [&](const char* source, const QStringList& values, int n = -1) {
        const QString text = words(source, n);
        QStringList escapedValues;
        for (const QString& value : values) {
            escapedValues.append(value.toHtmlEscaped());
        }
        plain.append(filled(text, values));
        html += htmlParagraph(filled(text.toHtmlEscaped(), escapedValues));
    };

    invitee.isEmpty() ? paragraph(greeting, {}) : paragraph(greetingNamed, { invitee });
    if (inviter.isEmpty()) {
        paragraph(admin ? invitedAdmin : invitedUser, { instance });
    } else {
        paragraph(admin ? invitedAdminBy : invitedUserBy, { inviter, instance });
    }
    if (!content.teams.isEmpty()) {
        paragraph(
            teamsText, { words.locale().createSeparatedList(content.teams) }, int(content.teams.size()));
    }
    if (content.expiresAt.isValid()) {
        paragraph(
            expiresText, { words.locale().toString(content.expiresAt.toLocalTime(), QLocale::LongFormat) });
    } else {
        paragraph(neverExpires, {});
    }

    // The steps: a numbered list in both forms.
    const QString steps[] = { words(stepSignIn).arg(email), words(stepAccept), words(stepPassword) };
    const QString escapedSteps[] = { words(stepSignIn).toHtmlEscaped().arg(email.toHtmlEscaped()),
        steps[1].toHtmlEscaped(), steps[2].toHtmlEscaped() };
    QString plainSteps = words(stepsTitle);
    html += htmlParagraph(words(stepsTitle).toHtmlEscaped()) + QStringLiteral("<ol>\n");
    for (int i = 0; i < 3; ++i) {
        plainSteps += QStringLiteral("\n%1. %2").arg(i + 1).arg(steps[i]);
        html += QStringLiteral("<li>%1</li>\n").arg(escapedSteps[i]);
    }
    html += QStringLiteral("</ol>\n");
    plain.append(plainSteps);

    paragraph(notExpected, {});
    plain.append(QStringLiteral("-- "));
    plain.last() += QLatin1Char('\n') + words(sentBy).arg(instance);
    html += QStringLiteral("<hr>\n<p><small>%1</small></p>\n")
                .arg(words(sentBy).toHtmlEscaped().arg(instance.toHtmlEscaped()));
    html += QStringLiteral("</body></html>\n");

    message.plainText = plain.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    message.html = html;
    return message;
}

} // namespace sia
