// Step 5 for the window and the command line: the user directory's reads and changes on the store's
// thread (never the GUI thread), a CSV file read and previewed off it, and the invitation emails sent by
// InvitationDelivery after every change that queued one. Answers arrive later on this object's thread.
#pragma once

#include "common/result.h"
#include "users/csv/columnmapping.h"
#include "users/csv/csvreader.h"
#include "users/csv/importreport.h"
#include "users/csv/inviteimportplan.h"
#include "users/userdirectory.h"

#include <QObject>

#include <functional>
#include <memory>

namespace sia {

class InvitationDelivery;
class StoreRunner;

// A CSV file read and previewed: the table (for the mapping page), the mapping used and the plan. A
// mapping that does not fit the header (no email column, a column taken twice) leaves the plan empty, so
// that the admin can still see the header and fix the mapping.
struct ImportPreview
{
    QString path;
    CsvReadOptions options; // as asked: an empty encoding means detected (table.encoding says which)
    CsvTable table;
    ColumnMapping mapping;
    bool mappingSaved
        = false; // the mapping is the one kept in users.csv-mapping, not matched from the header
    InviteImportPlan plan;

    // Whether Invite may go ahead: the mapping fits the header and at least one row is valid (the
    // mapping's or the plan's refusal otherwise). The window's Invite button and import() ask this.
    Result<void> importable() const;
};

class UsersService : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(Result<T>)>;

    // delivery may be null (then nothing is sent: the invitations stay queued). Both must outlive this.
    UsersService(StoreRunner& store, InvitationDelivery* delivery, QString actor, QObject* parent = nullptr);

    const QString& actor() const { return m_actor; }

    void users(const UserFilter& filter, Done<QList<UserRecord>> done);
    void teams(Done<QList<TeamRecord>> done);
    void invite(QList<Invitee> invitees, Done<QList<InviteResult>> done);

    // Reads the file off the GUI thread; mapping null: auto-matched from the header (or the saved one
    // when it fits). Another encoding: preview again (the table is read again).
    void preview(
        QString path, CsvReadOptions options, std::optional<ColumnMapping> mapping, Done<ImportPreview> done);
    // The same table with another mapping, or with the same one once the store changed (a stale preview),
    // planned again against the users, invitations and teams as they are now; the file is not read again.
    void replan(ImportPreview preview, ColumnMapping mapping, Done<ImportPreview> done);
    void import(ImportPreview preview, Done<ImportResult> done);
    void saveMapping(ColumnMapping mapping, QStringList header, Done<bool> done); // setting users.csv-mapping
    // The preview's per-row report (InviteImportPlan::reportCsv) written to path, whole or not at all
    // ("users.import-report" when it cannot be written).
    void saveReport(InviteImportPlan plan, QString path, Done<bool> done);
    // After the import: what became of each row of the plan that was imported, its invitation email as it
    // stands now (ask again as the emails go out), and that report written like the preview's.
    void importReport(InviteImportPlan plan, Done<ImportReport> done);
    void saveImportReport(ImportReport report, QString path, Done<bool> done);
    // The emails' own progress (null: nothing is sent).
    InvitationDelivery* delivery() const { return m_delivery; }

    void createTeam(QString name, Done<TeamRecord> done);
    void renameTeam(QString name, QString newName, Done<TeamRecord> done);
    void deleteTeam(QString name, Done<bool> done);
    void setRole(QString email, UserRole role, Done<UserRecord> done);
    void setTeams(QString email, QStringList teams, Done<UserRecord> done);
    void resend(QString email, Done<UserRecord> done);
    void revoke(QString email, Done<UserRecord> done);
    void remove(QString email, Done<UserRecord> done);
    void retryFailed(Done<int> done);

signals:
    // After any change: the page reloads. Delivery's own progress comes from InvitationDelivery's signals.
    void changed();

private:
    StoreRunner& m_store;
    InvitationDelivery* m_delivery;
    QString m_actor;
};

} // namespace sia
