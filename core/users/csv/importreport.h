// What became of each row of a CSV import once Invite was chosen: the preview's verdict, whether the row's
// person was invited, and what became of their invitation email (waiting, sent, in the outbox, not sent and
// why). Pure: built from the plan that was imported and the users as the directory reads them afterwards,
// so the window builds it again as the emails go out, and the command line once its delivery round ended.
// The preview's own report (InviteImportPlan::reportCsv) says what would happen; this one what did.
#pragma once

#include "users/csv/inviteimportplan.h"
#include "users/userdirectory.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sia {

struct ImportReportRow
{
    ImportRow row;
    // The invited person as the directory has them now; empty when the row was not invited (its verdict
    // says why) or, for a valid row, when the person was removed since.
    std::optional<UserRecord> user;

    bool invited() const { return user.has_value(); }
};

struct ImportReportCounts
{
    int rows = 0;
    int invited = 0;
    int notInvited = 0;
    int waiting = 0; // invitation email queued, not sent yet
    int sent = 0;
    int inOutbox = 0;
    int failed = 0;
};

class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(sia::ImportReport)

public:
    // users: at least the imported ones (more do no harm), as UserDirectory::users reads them.
    static ImportReport build(const InviteImportPlan& plan, const QList<UserRecord>& users);

    const QList<ImportReportRow>& rows() const { return m_rows; }
    ImportReportCounts counts() const;
    // Every email has had its answer (sent, in the outbox or refused): the report will not change by itself.
    bool isSettled() const { return counts().waiting == 0; }

    // "Invited", or why not (the row's verdict message).
    static QString outcomeText(const ImportReportRow& row);
    // What became of the invitation email, with the server's reason or the .eml file; empty when not invited.
    static QString emailText(const ImportReportRow& row);

    // As CSV: the preview's columns (row, line, email, names, role, teams, verdict, message), then outcome
    // (invited, not-invited), email (queued, sent, outbox, failed) and email detail; cells neutralised for
    // spreadsheets (CsvWriter).
    QByteArray csv() const;

private:
    QList<ImportReportRow> m_rows;
};

} // namespace sia
