// Step 5's users and invitations as a table (the user management view): one row per user with role,
// status, teams and what became of the latest invitation's email. It holds the words for each state, so
// that the window and a review say the same thing; which rows it holds is the directory's filter, not its.
#pragma once

#include "users/userdirectory.h"

#include <QAbstractTableModel>
#include <QList>

namespace sia {

class UsersTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EmailColumn,
        NameColumn,
        RoleColumn,
        StatusColumn,
        TeamsColumn,
        InvitationColumn,
        InvitedColumn,
        ColumnCount
    };
    enum Role
    {
        EmailRole = Qt::UserRole + 1, // the user's address, whatever the column
        DeliveryRole, // the DeliveryState of the latest invitation, as int (-1 without one)
        OriginalRole, // bool: the original user
        SortRole,
    };

    explicit UsersTableModel(QObject* parent = nullptr);

    void setUsers(QList<UserRecord> users);
    const QList<UserRecord>& users() const { return m_users; }
    const UserRecord* userAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString roleText(UserRole role);
    static QString statusText(UserStatus status);
    // What became of the invitation's email: "Sent", "In the outbox", "Not sent: <reason>", ...
    static QString invitationText(const UserRecord& user);

private:
    QList<UserRecord> m_users;
};

} // namespace sia
