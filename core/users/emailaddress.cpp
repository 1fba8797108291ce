#include "users/emailaddress.h"

#include <QRegularExpression>

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

QStringList EmailAddress::split(const QString& typed)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return typed.split(separators, Qt::SkipEmptyParts);
}

} // namespace sia
