// The preview of a CSV import (step 5): every row with the invitee it yields and its verdict, decided
// before anything is written, so that Invite does exactly what the preview showed. Pure: the existing
// users and pending invitations are handed in (UserDirectory reads them). The import then invites exactly
// invitees() in one transaction, or, when the admin cancels, nothing.
#pragma once

#include "common/result.h"
#include "users/csv/columnmapping.h"
#include "users/csv/csvtable.h"
#include "users/uservocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sia {

enum class RowVerdict
{
    Valid,
    MissingEmail,
    InvalidEmail, // spaces, two @, no domain dot... (message says which)
    DuplicateInFile, // the same address (case-insensitive domain) on an earlier row: message names it
    AlreadyUser, // an active user: nothing is sent
    AlreadyInvited, // a pending invitation exists: nothing is sent twice
    InvalidRole, // a role cell that is neither admin nor user
    Ragged // more cells than the header (fewer is fine: the missing ones are empty)
};

template<> struct EnumKeys<RowVerdict>
{
    static constexpr EnumKey<RowVerdict> table[] = { { RowVerdict::Valid, "valid" },
        { RowVerdict::MissingEmail, "missing-email" }, { RowVerdict::InvalidEmail, "invalid-email" },
        { RowVerdict::DuplicateInFile, "duplicate-in-file" }, { RowVerdict::AlreadyUser, "already-user" },
        { RowVerdict::AlreadyInvited, "already-invited" }, { RowVerdict::InvalidRole, "invalid-role" },
        { RowVerdict::Ragged, "ragged" } };
};

struct ImportRow
{
    int row = 0; // 1-based among the data rows
    int line = 0; // the file's line
    QStringList cells;
    QString email; // normalised (trimmed, domain lower-cased, IDN domain to its Unicode form)
    QString firstName;
    QString lastName;
    UserRole role = UserRole::User;
    QStringList teams; // as written, trimmed, without duplicates
    RowVerdict verdict = RowVerdict::Valid;
    QString message; // translated: why, for every verdict but Valid; a warning for Valid (may be empty)
};

struct ImportCounts
{
    int rows = 0;
    int valid = 0;
    QHash<RowVerdict, int> byVerdict;
};

class InviteImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(sia::InviteImportPlan)

public:
    // existingUsers: normalised emails of users that are not revoked and have no pending invitation;
    // pendingInvitations: normalised emails with a pending invitation; knownTeams: the team names that
    // exist (a team named in the file that does not exist is created by the import: the row says so).
    static InviteImportPlan build(const CsvTable& table, const ColumnMapping& mapping,
        const QSet<QString>& existingUsers, const QSet<QString>& pendingInvitations,
        const QStringList& knownTeams);

    const QList<ImportRow>& rows() const { return m_rows; }
    ImportCounts counts() const;
    QStringList teamsToCreate() const; // named in valid rows, not among knownTeams, in first-seen order

    // Whether an import of this plan may go ahead: refused ("users.import-nothing") when no row is valid.
    // UserDirectory::import and the window's Invite button ask the same.
    Result<void> importable() const;

    // The per-row report as CSV (row, line, email, first name, last name, role, teams, verdict, message),
    // cells neutralised for spreadsheets (CsvWriter).
    QByteArray reportCsv() const;
    // The report's header and one row's cells (ImportReport adds what became of each row).
    static QStringList reportHeader();
    static QStringList reportCells(const ImportRow& row);

private:
    QList<ImportRow> m_rows;
    QStringList m_teamsToCreate;
};

} // namespace sia
