// An invitee's email address as the product accepts it: trimmed, one "@" between a local part that SMTP
// carries unquoted (a dot-atom of at most 64 octets: no spaces, quotes, brackets, backslashes, control
// characters, or dots at its ends or two in a row) and a domain that has a dot. Deliberately plain: Marketo
// and Actions send mail to it, and an address that needs quoting would not survive either.
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
    // The address as the product stores and compares it: checked, trimmed, the domain lower-cased and an
    // internationalised domain (bücher.example, or its ACE form xn--bcher-kva.example) accepted and kept in
    // its Unicode form; the local part as written (some servers tell case apart there). Errors say what is
    // wrong: spaces inside, two "@", no "@", no domain dot.
    static Result<QString> normalised(const QString& typed);
    // What an admin typed into one field: addresses separated by commas, semicolons, spaces or lines,
    // unchecked (invite() checks each and names the one that is wrong).
    static QStringList split(const QString& typed);
};

} // namespace sia
