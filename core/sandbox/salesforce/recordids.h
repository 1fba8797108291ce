// Record Ids as the Salesforce API reads them: 15 case-sensitive characters, or the 18-character form
// every answer uses, whose 3-character suffix encodes the case of the first 15 (so an Id whose letters
// lost their case is still understood). The dataset's SalesforceId makes them; this reads what clients send.
#pragma once

#include <QString>
#include <QStringView>

namespace sia::sandbox::salesforce::RecordIds {

// The 18-character Id of record number `number` of the object with keyPrefix (the dataset's numbering:
// base 62 in ASCII order, so that the Ids of one object sort as their numbers do).
QString make(QStringView keyPrefix, qint64 number);

// The canonical 18-character form of a 15- or 18-character Id, or an empty string when text is not an Id.
// An 18-character Id whose letters lost their case is restored from its suffix, as Salesforce accepts it.
QString normalize(QStringView text);

bool isValid(QStringView text);
inline QString keyPrefix(QStringView id)
{
    return id.left(3).toString();
}

// The key prefixes of the objects the sandbox knows.
inline constexpr QStringView leadPrefix = u"00Q";
inline constexpr QStringView contactPrefix = u"003";
inline constexpr QStringView accountPrefix = u"001";
inline constexpr QStringView opportunityPrefix = u"006";
inline constexpr QStringView userPrefix = u"005";
inline constexpr QStringView taskPrefix = u"00T";
inline constexpr QStringView organizationPrefix = u"00D";
inline constexpr QStringView opportunityContactRolePrefix = u"00K";
inline constexpr QStringView groupPrefix = u"00G";
inline constexpr QStringView profilePrefix = u"00e";
inline constexpr QStringView permissionSetPrefix = u"0PS";
inline constexpr QStringView permissionSetAssignmentPrefix = u"0Pa";
inline constexpr QStringView queryLocatorPrefix = u"01g";

// The object an Id belongs to, from its key prefix ("Lead" for 00Q…); empty when unknown.
QString objectForPrefix(QStringView id);

} // namespace sia::sandbox::salesforce::RecordIds
