// Which column of an invitee CSV holds which field (step 5's "map the columns"): matched automatically
// from the header, in English and in the languages the product speaks (Korean, Traditional Chinese,
// Swedish), case and punctuation ignored; the admin changes it per field; it can be saved and reused (as
// JSON: a file on the command line, the setting users.csv-mapping in the window). Columns are named by
// their header text in the saved form, so that a saved mapping fits the next export of the same sheet.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sia {

enum class InviteeField
{
    Email,
    FirstName,
    LastName,
    FullName, // "Name": split into first and last at the last space when those are not mapped
    Role, // "admin" or "user" (and their translations); empty means user
    Teams // team names separated by ';' or ',' (when the delimiter is not the same) or '|'
};

class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(sia::ColumnMapping)

public:
    static constexpr int notInFile = -1;

    static QList<InviteeField> fields(); // in the order the wizard shows them
    static QString fieldName(InviteeField field); // translated, for the combo boxes' labels
    static QString fieldKey(InviteeField field); // "email", "first-name", ... (JSON and --json)

    static ColumnMapping autoMatched(const QStringList& header);

    int column(InviteeField field) const; // notInFile when unmapped
    void setColumn(InviteeField field, int column);

    // input error "csv.mapping-no-email" when email is unmapped; "csv.mapping-twice" when two fields
    // share a column; "csv.mapping-out-of-range" for a column the header does not have.
    Result<void> check(const QStringList& header) const;

    QJsonObject toJson(const QStringList& header) const;
    // Columns the header no longer has become notInFile (the wizard says which).
    static Result<ColumnMapping> fromJson(const QJsonObject& json, const QStringList& header);

    bool operator==(const ColumnMapping&) const = default;

private:
    QHash<InviteeField, int> m_columns;
};

} // namespace sia
