#include "statusdecorationmodel.h"

#include "statusicon.h"

StatusDecorationModel::StatusDecorationModel(int column, int statusKeyRole, int lockedRole, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_column(column)
    , m_statusKeyRole(statusKeyRole)
    , m_lockedRole(lockedRole)
{ }

QVariant StatusDecorationModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == m_column) {
        const auto status = sia::statusFromKey(index.data(m_statusKeyRole).toString());
        if (status) {
            const bool locked = m_lockedRole >= 0 && index.data(m_lockedRole).toBool();
            return StatusIcon::icon(*status, locked);
        }
    }
    return QIdentityProxyModel::data(index, role);
}
