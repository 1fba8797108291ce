#include "users/emailaddress.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace sia {

Result<QString> EmailAddress::checked(const QString& typed)
{
    const QString address = typed.trimmed();
    if (address.isEmpty()) {
        return Error::input(QStringLiteral("email.empty"), tr("An email address is needed."));
    }
    // local@domain.tld as SMTP carries it unquoted (RFC 5321 §4.1.2): the local part a dot-atom of RFC 5322's
    // atext (no dot at either end or two in a row; no space, quote, bracket, backslash or control
    // character) or of non-ASCII characters other than spaces and invisible ones (RFC 6531); the domain has
    // a dot, and each label of at most 63 characters neither starts nor ends with a hyphen.
    static const QRegularExpression shape(QStringLiteral(
        R"(^(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\x{00}-\x{7F}\p{Z}\p{Cc}\p{Cf}])+)"
        R"((?:\.(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\x{00}-\x{7F}\p{Z}\p{Cc}\p{Cf}])+)*)"
        R"(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    // RFC 5321 §4.5.3.1: a local part of at most 64 octets, a path of at most 256 with its angle brackets.
    const qsizetype at = address.lastIndexOf(u'@');
    if (address.size() > 254 || (at >= 0 && address.left(at).toUtf8().size() > 64)
        || !shape.match(address).hasMatch()) {
        return Error::input(QStringLiteral("email.malformed"),
            tr("“%1” is not an email address: write it as name@example.com.").arg(address));
    }
    return address;
}

Result<QString> EmailAddress::normalised(const QString& typed)
{
    const QString address = typed.trimmed();
    if (address.isEmpty()) {
        return Error::input(QStringLiteral("email.empty"), tr("An email address is needed."));
    }
    // Any Unicode space, not only ASCII's: a spreadsheet's cell often holds a no-break or an ideographic one.
    if (std::any_of(address.cbegin(), address.cend(), [](QChar c) { return c.isSpace(); })) {
        return Error::input(QStringLiteral("email.spaces"),
            tr("“%1” has a space in it: an email address has none.").arg(address));
    }
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0) {
        return Error::input(
            QStringLiteral("email.no-at"), tr("“%1” has no “@”: write it as name@example.com.").arg(address));
    }
    if (address.indexOf(u'@') != at) {
        return Error::input(QStringLiteral("email.two-at"),
            tr("“%1” has more than one “@”: an email address has exactly one.").arg(address));
    }
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    // The domain's ACE form is what the shape check and mail servers read; the Unicode form is what the
    // admin wrote and reads back.
    const QByteArray ace = QUrl::toAce(domain.toLower());
    if (ace.isEmpty()) {
        return Error::input(QStringLiteral("email.malformed"),
            tr("“%1” is not an email address: its domain “%2” is not a valid domain name.")
                .arg(address, domain));
    }
    Result<QString> shaped = checked(local + QLatin1Char('@') + QString::fromLatin1(ace));
    if (!shaped) {
        return Error::input(shaped.error().code,
            tr("“%1” is not an email address: write it as name@example.com.").arg(address));
    }
    return QString(local + QLatin1Char('@') + QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist));
}

QStringList EmailAddress::split(const QString& typed)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return typed.split(separators, Qt::SkipEmptyParts);
}

} // namespace sia
