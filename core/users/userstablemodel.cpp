#include "users/userstablemodel.h"

#include <QLocale>

namespace sia {

namespace {

QString fullName(const UserRecord& user)
{
    return QStringLiteral("%1 %2").arg(user.firstName, user.lastName).trimmed();
}

QString when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

UsersTableModel::UsersTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void UsersTableModel::setUsers(QList<UserRecord> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const UserRecord* UsersTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UsersTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersTableModel::roleText(UserRole role)
{
    switch (role) {
    case UserRole::Admin:
        return tr("Admin");
    case UserRole::User:
        return tr("User");
    }
    return {};
}

QString UsersTableModel::statusText(UserStatus status)
{
    switch (status) {
    case UserStatus::Invited:
        return tr("Invited");
    case UserStatus::Active:
        return tr("Active");
    case UserStatus::Revoked:
        return tr("Removed");
    case UserStatus::Expired:
        return tr("Invitation expired");
    }
    return {};
}

QString UsersTableModel::invitationText(const UserRecord& user)
{
    if (user.invitationId == 0) {
        return tr("No invitation");
    }
    switch (user.invitationStatus) {
    case InvitationStatus::Accepted:
        return tr("Accepted");
    case InvitationStatus::Revoked:
        return tr("Revoked");
    case InvitationStatus::Expired:
        return tr("Expired");
    case InvitationStatus::Pending:
    case InvitationStatus::Failed:
        break;
    }
    switch (user.delivery) {
    case DeliveryState::Queued:
        return tr("Waiting to be sent");
    case DeliveryState::Sent:
        //: %1 when the SMTP server accepted it.
        return tr("Email sent %1").arg(when(user.deliveredAt));
    case DeliveryState::InOutbox:
        return tr("In the outbox (not sent by email)");
    case DeliveryState::Failed:
        //: %1 why the email could not be sent.
        return tr("Not sent: %1").arg(user.deliveryDetail);
    }
    return {};
}

QVariant UsersTableModel::data(const QModelIndex& index, int role) const
{
    const UserRecord* user = index.isValid() ? userAt(index.row()) : nullptr;
    if (!user || index.column() >= ColumnCount) {
        return {};
    }
    switch (role) {
    case EmailRole:
        return user->email;
    case DeliveryRole:
        return user->invitationId == 0 ? -1 : int(user->delivery);
    case OriginalRole:
        return user->original;
    case Qt::ToolTipRole:
        if (index.column() == InvitationColumn) {
            return user->deliveryDetail.isEmpty() ? QVariant() : QVariant(user->deliveryDetail);
        }
        if (index.column() == EmailColumn && user->original) {
            return tr("The original user: the first admin invited. Once the people sync has started, this "
                      "user cannot be removed.");
        }
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case EmailColumn:
        return user->original ? tr("%1 (original user)").arg(user->email) : user->email;
    case NameColumn:
        return fullName(*user);
    case RoleColumn:
        return roleText(user->role);
    case StatusColumn:
        return statusText(user->status);
    case TeamsColumn:
        return user->teams.join(QStringLiteral(", "));
    case InvitationColumn:
        return invitationText(*user);
    case InvitedColumn:
        if (role == SortRole) {
            return user->invitedAt;
        }
        //: %1 who invited, %2 when.
        return user->invitationId == 0 ? QString() : tr("%1, %2").arg(user->invitedBy, when(user->invitedAt));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UsersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case EmailColumn:
        return tr("Email");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case TeamsColumn:
        return tr("Teams");
    case InvitationColumn:
        return tr("Invitation email");
    case InvitedColumn:
        return tr("Invited by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sia
