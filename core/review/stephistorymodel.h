// The setup plan's history (every status change of every step, or of one) as a read-only table.
#pragma once

#include "setup/setupplan.h"

#include <QAbstractTableModel>
#include <QList>

namespace sia {

class StepHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        StepColumn,
        FromColumn,
        ToColumn,
        ByColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value: a QDateTime, a step number, ...
        StepNumberRole,
        ToStatusKeyRole, // "done", "blocked", ...
    };

    explicit StepHistoryModel(QObject* parent = nullptr);

    void setEntries(const QList<StepHistoryEntry>& entries);
    const QList<StepHistoryEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const StepHistoryEntry& entry, int column) const;
    QVariant sortValue(const StepHistoryEntry& entry, int column) const;

    QList<StepHistoryEntry> m_entries;
};

} // namespace sia
