#include "review/stephistorymodel.h"

#include "review/displaytime.h"
#include "review/reviewqueries.h"

namespace sia {

StepHistoryModel::StepHistoryModel(QObject* parent)
    : PagedTableModel(parent)
{ }

void StepHistoryModel::setFirstPage(const RecordPage<StepHistoryEntry>& page)
{
    acceptFirstPage(page, m_entries);
}

void StepHistoryModel::setEntries(const QList<StepHistoryEntry>& entries)
{
    setSource(nullptr);
    setFirstPage({ entries, false, entries.size(), entries.size() });
}

void StepHistoryModel::requestPage(bool first)
{
    const qint64 before = first || m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    const int limit = pageSize();
    const int step = m_step;
    runPage<StepHistoryEntry>(
        [before, limit, step](Store& store) { return ReviewQueries(store).historyPage(before, limit, step); },
        m_entries, first);
}

int StepHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant StepHistoryModel::display(const StepHistoryEntry& entry, int column) const
{
    switch (column) {
    case WhenColumn:
        return displayTime(entry.changedAt);
    case StepColumn: {
        const StepDefinition* step = PlanDefinition::step(entry.step);
        return step ? tr("%1 · %2").arg(entry.step).arg(step->title) : QString::number(entry.step);
    }
    case FromColumn:
        return statusLabel(entry.from);
    case ToColumn:
        return statusLabel(entry.to);
    case ByColumn:
        return entry.changedBy;
    case ReasonColumn:
        return entry.reason;
    }
    return {};
}

QVariant StepHistoryModel::sortValue(const StepHistoryEntry& entry, int column) const
{
    switch (column) {
    case WhenColumn:
        // The id breaks ties between changes made within the same millisecond.
        return entry.id;
    case StepColumn:
        return entry.step;
    case FromColumn:
        return int(entry.from);
    case ToColumn:
        return int(entry.to);
    default:
        return display(entry, column);
    }
}

QVariant StepHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StepHistoryEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn) {
            return QLocale().toString(entry.changedAt.toLocalTime(), QLocale::LongFormat);
        }
        if (index.column() == ReasonColumn && !entry.reason.isEmpty()) {
            return entry.reason;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (entry.reason.isEmpty()) {
            return tr("Step %1 went from %2 to %3, by %4 on %5.")
                .arg(QString::number(entry.step), statusLabel(entry.from), statusLabel(entry.to),
                    entry.changedBy, displayTime(entry.changedAt));
        }
        return tr("Step %1 went from %2 to %3, by %4 on %5. Reason: %6")
            .arg(QString::number(entry.step), statusLabel(entry.from), statusLabel(entry.to), entry.changedBy,
                displayTime(entry.changedAt), entry.reason);
    case SortRole:
        return sortValue(entry, index.column());
    case StepNumberRole:
        return entry.step;
    case ToStatusKeyRole:
        return statusKey(entry.to);
    default:
        return {};
    }
}

QVariant StepHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case StepColumn:
        return tr("Step");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case ByColumn:
        return tr("Changed by");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace sia
