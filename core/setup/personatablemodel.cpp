#include "setup/personatablemodel.h"

#include <QLocale>

namespace sia {

PersonaTableModel::PersonaTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PersonaTableModel::setSnapshot(const PlanSnapshot& snapshot)
{
    if (snapshot.steps.size() != m_snapshot.steps.size()) {
        beginResetModel();
        m_snapshot = snapshot;
        endResetModel();
        return;
    }
    // Same rows: an in-place update keeps the view's selection and current row.
    m_snapshot = snapshot;
    if (!m_snapshot.steps.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int PersonaTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.steps.size());
}

int PersonaTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonaTableModel::display(const StepView& view, int column) const
{
    switch (column) {
    case StepColumn:
        return view.definition.number;
    case PersonaColumn:
        return personaLabel(view.definition.personas);
    case TitleColumn:
        return view.definition.title;
    case StatusColumn:
        return view.statusText();
    case OwnerColumn:
        return view.state.owner.isEmpty() ? tr("—") : view.state.owner;
    case LastChangeColumn:
        if (!view.state.changedAt.isValid()) {
            return tr("—");
        }
        return tr("%1 by %2")
            .arg(QLocale().toString(view.state.changedAt.toLocalTime(), QLocale::ShortFormat),
                view.state.changedBy);
    }
    return {};
}

QVariant PersonaTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StepView& view = m_snapshot.steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(view, index.column());
    case Qt::ToolTipRole: {
        QStringList lines { view.definition.summary };
        if (view.state.status == StepStatus::Blocked || view.state.status == StepStatus::Skipped) {
            lines << tr("Reason: %1").arg(view.state.reason);
        }
        lines << view.lockReasons;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return tr("Step %1: %2. For the %3. Status: %4.")
            .arg(QString::number(view.definition.number), view.definition.title,
                display(view, PersonaColumn).toString(), display(view, StatusColumn).toString());
    case StepNumberRole:
        return view.definition.number;
    case StatusKeyRole:
        return statusKey(view.state.status);
    case LockedRole:
        return view.isLocked();
    case LockReasonsRole:
        return view.lockReasons;
    case BlockingStepsRole:
        return QVariant::fromValue(view.blockers.steps);
    case BlockingPrerequisitesRole:
        return view.blockers.prerequisites;
    default:
        return {};
    }
}

QVariant PersonaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StepColumn:
        return tr("Step");
    case PersonaColumn:
        return tr("Persona");
    case TitleColumn:
        return tr("What to do");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case LastChangeColumn:
        return tr("Last change");
    }
    return {};
}

QHash<int, QByteArray> PersonaTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StepNumberRole, "stepNumber");
    names.insert(StatusKeyRole, "statusKey");
    names.insert(LockedRole, "locked");
    names.insert(LockReasonsRole, "lockReasons");
    names.insert(BlockingStepsRole, "blockingSteps");
    names.insert(BlockingPrerequisitesRole, "blockingPrerequisites");
    return names;
}

} // namespace sia
