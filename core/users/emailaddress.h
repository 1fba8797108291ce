// An invitee's email address as the product accepts it: trimmed, one "@" with a local part and a domain
// that has a dot, no spaces or angle brackets. Deliberately plain: Marketo and Actions send mail to it,
// and an address that needs quoting would not survive either.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sia {

class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(sia::EmailAddress)

public:
    // The address trimmed, or an input error that names it and says what is wrong.
    static Result<QString> checked(const QString& typed);
    // What an admin typed into one field: addresses separated by commas, semicolons, spaces or lines,
    // unchecked (invite() checks each and names the one that is wrong).
    static QStringList split(const QString& typed);
};

} // namespace sia
