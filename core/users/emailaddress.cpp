#include "users/emailaddress.h"

#include <QRegularExpression>
#include <QUrl>

namespace sia {

Result<QString> EmailAddress::checked(const QString& typed)
{
    const QString address = typed.trimmed();
    if (address.isEmpty()) {
        return Error::input(QStringLiteral("email.empty"), tr("An email address is needed."));
    }
    // local@domain.tld: no whitespace, quotes, angle brackets or a second "@"; the domain has a dot and
    // neither starts nor ends with one.
    static const QRegularExpression shape(QStringLiteral(
        R"(^[^\s@<>"(),;:\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    if (address.size() > 254 || !shape.match(address).hasMatch()) {
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
    // Compiled once: a CSV import checks every row's address (100,000 of them within a second or two).
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    if (address.contains(whitespace)) {
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
