// Adds the status icon to the column of a table that holds a step's status (the persona table's status,
// the history's new status), so that a view shows status by shape and words as well as colour. The
// models themselves (core) stay free of widgets and icons.
#pragma once

#include <QIdentityProxyModel>

class StatusDecorationModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    // statusKeyRole gives the status key ("done"); lockedRole, if not -1, whether the step is locked.
    StatusDecorationModel(int column, int statusKeyRole, int lockedRole = -1, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int m_column;
    int m_statusKeyRole;
    int m_lockedRole;
};
