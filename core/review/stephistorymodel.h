// The setup plan's history (every status change of every step) as a read-only table, newest first,
// loaded a page at a time.
#pragma once

#include "review/pagedtablemodel.h"
#include "setup/setupplan.h"

#include <QList>

namespace sia {

class StepHistoryModel : public PagedTableModel
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

    void setFirstPage(const RecordPage<StepHistoryEntry>& page);
    // A short list shown whole (one step's history on its page): no further pages.
    void setEntries(const QList<StepHistoryEntry>& entries);
    // Pages of one step's history only (0: every step's); takes effect with the next reload().
    void setStep(int step) { m_step = step; }
    int step() const { return m_step; }
    const QList<StepHistoryEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }
    int loadedRows() const override { return int(m_entries.size()); }
    void requestPage(bool first) override;

private:
    QVariant display(const StepHistoryEntry& entry, int column) const;
    QVariant sortValue(const StepHistoryEntry& entry, int column) const;

    QList<StepHistoryEntry> m_entries;
    int m_step = 0;
};

} // namespace sia
