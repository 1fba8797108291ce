// Step 5 for the window and the command line: the user directory's reads and changes on the store's
// thread (never the GUI thread), a CSV file read and previewed off it, and the invitation emails sent by
// InvitationDelivery after every change that queued one. Answers arrive later on this object's thread.
#pragma once

#include "common/result.h"
#include "users/csv/columnmapping.h"
#include "users/csv/csvreader.h"
#include "users/csv/inviteimportplan.h"
#include "users/userdirectory.h"

#include <QObject>

#include <functional>
#include <memory>

namespace sia {

class InvitationDelivery;
class StoreRunner;

// A CSV file read and previewed: the table (for the mapping page), the mapping used and the plan.
struct ImportPreview
{
    QString path;
    CsvTable table;
    ColumnMapping mapping;
    InviteImportPlan plan;
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
    // when it fits). Preview again with another mapping or encoding: the table is read again.
    void preview(QString path, CsvReadOptions options, std::optional<ColumnMapping> mapping,
        Done<ImportPreview> done);
    void import(ImportPreview preview, Done<ImportResult> done);
    void saveMapping(ColumnMapping mapping, QStringList header, Done<bool> done); // setting users.csv-mapping

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
