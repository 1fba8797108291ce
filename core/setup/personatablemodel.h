// The persona table (SPEC section 3) as an item model: one row per step with its persona, title, status,
// owner and last change. It only presents a PlanSnapshot; it never reads the store itself, so views on
// the GUI thread stay responsive while the store works on its own thread.
#pragma once

#include "setup/setupplan.h"

#include <QAbstractTableModel>

namespace sia {

class PersonaTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StepColumn,
        PersonaColumn,
        TitleColumn,
        StatusColumn,
        OwnerColumn,
        LastChangeColumn,
        ColumnCount
    };
    enum Role
    {
        StepNumberRole = Qt::UserRole + 1,
        StatusKeyRole, // "done", "blocked", ... for styling and tests
        LockedRole, // bool: the step's effective state (StepView::locked)
        LockReasonsRole, // QStringList
        BlockingStepsRole, // QList<int>
        BlockingPrerequisitesRole, // QStringList of keys
    };

    explicit PersonaTableModel(QObject* parent = nullptr);

    void setSnapshot(const PlanSnapshot& snapshot);
    const PlanSnapshot& snapshot() const { return m_snapshot; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const StepView& view, int column) const;

    PlanSnapshot m_snapshot;
};

} // namespace sia
