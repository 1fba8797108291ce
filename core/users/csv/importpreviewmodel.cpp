#include "users/csv/importpreviewmodel.h"

#include "users/userstablemodel.h"

namespace sia {

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setPlan(InviteImportPlan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    rebuildShown();
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setPlan(InviteImportPlan());
}

void ImportPreviewModel::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly) {
        return;
    }
    beginResetModel();
    m_problemsOnly = problemsOnly;
    rebuildShown();
    endResetModel();
}

void ImportPreviewModel::rebuildShown()
{
    m_shown.clear();
    const QList<ImportRow>& rows = m_plan.rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (!m_problemsOnly || rows.at(i).verdict != RowVerdict::Valid) {
            m_shown.append(i);
        }
    }
}

const ImportRow* ImportPreviewModel::rowAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_plan.rows().at(m_shown.at(row)) : nullptr;
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::verdictText(RowVerdict verdict)
{
    switch (verdict) {
    case RowVerdict::Valid:
        return tr("Will be invited");
    case RowVerdict::MissingEmail:
        return tr("No email address");
    case RowVerdict::InvalidEmail:
        return tr("Invalid address");
    case RowVerdict::DuplicateInFile:
        return tr("Duplicate in the file");
    case RowVerdict::AlreadyUser:
        return tr("Already a user");
    case RowVerdict::AlreadyInvited:
        return tr("Already invited");
    case RowVerdict::InvalidRole:
        return tr("Invalid role");
    case RowVerdict::Ragged:
        return tr("Too many cells");
    }
    return {};
}

QString ImportPreviewModel::countText(RowVerdict verdict, int rows)
{
    switch (verdict) {
    case RowVerdict::Valid:
        return tr("%n row(s) will be invited", nullptr, rows);
    case RowVerdict::MissingEmail:
        return tr("%n row(s) without an email address", nullptr, rows);
    case RowVerdict::InvalidEmail:
        return tr("%n row(s) with an invalid address", nullptr, rows);
    case RowVerdict::DuplicateInFile:
        return tr("%n row(s) repeating an earlier address", nullptr, rows);
    case RowVerdict::AlreadyUser:
        return tr("%n row(s) for people already users", nullptr, rows);
    case RowVerdict::AlreadyInvited:
        return tr("%n row(s) for people already invited", nullptr, rows);
    case RowVerdict::InvalidRole:
        return tr("%n row(s) with an invalid role", nullptr, rows);
    case RowVerdict::Ragged:
        return tr("%n row(s) with too many cells", nullptr, rows);
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    const ImportRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= ColumnCount) {
        return {};
    }
    switch (role) {
    case VerdictRole:
        return toKey(row->verdict);
    case ProblemRole:
        return row->verdict != RowVerdict::Valid;
    case NoteRole:
        return row->verdict == RowVerdict::Valid && !row->message.isEmpty();
    case Qt::ToolTipRole:
        if (index.column() == LineColumn) {
            //: %1 the data row's number (the header not counted), %2 the file's line it starts on.
            return tr("Row %1 of the file, starting on line %2").arg(row->row).arg(row->line);
        }
        return index.column() == MessageColumn && !row->message.isEmpty() ? QVariant(row->message)
                                                                          : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case LineColumn:
        return row->line;
    case EmailColumn:
        return row->email;
    case NameColumn:
        return QStringLiteral("%1 %2").arg(row->firstName, row->lastName).trimmed();
    case RoleColumn:
        return UsersTableModel::roleText(row->role);
    case TeamsColumn:
        return row->teams.join(QStringLiteral(", "));
    case VerdictColumn:
        return verdictText(row->verdict);
    case MessageColumn:
        return row->message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case EmailColumn:
        return tr("Email");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case TeamsColumn:
        return tr("Teams");
    case VerdictColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sia
