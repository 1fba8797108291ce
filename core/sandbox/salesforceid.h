// Salesforce record ids as Salesforce makes them: a 3-character key prefix (005 User, 001 Account,
// 00Q Lead, 003 Contact, 006 Opportunity, 00K OpportunityContactRole, 00D Organization, 00G Queue,
// 00T Task, 033 package), 12 more characters, and the 3-character case-safe suffix that makes the
// 18-character form. The sandbox numbers records per type and encodes the number in the id, so that an id
// leads back to its record without an index in memory.
#pragma once

#include <QString>

#include <optional>

namespace sia::sandbox {

struct SalesforceId
{
    QString keyPrefix; // "00Q"
    qint64 number = 0; // 1-based record number within its type

    static QString make(const QString& keyPrefix, qint64 number); // the 18-character id
    // Accepts the 15- and the 18-character form (the suffix is checked); nullopt for anything else.
    static std::optional<SalesforceId> parse(const QString& id);
    static QString caseSafeSuffix(QStringView id15);
};

} // namespace sia::sandbox
