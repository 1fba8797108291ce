#include "users/csv/importreportmodel.h"

namespace sia {

ImportReportModel::ImportReportModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ImportReportModel::setReport(ImportReport report)
{
    const bool sameRows = report.rows().size() == m_report.rows().size();
    if (!sameRows) {
        beginResetModel();
        m_report = std::move(report);
        endResetModel();
        return;
    }
    m_report = std::move(report);
    if (!m_report.rows().isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ImportReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows().size());
}

int ImportReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ImportReportRow& row = m_report.rows().at(index.row());
    if (role == InvitedRole) {
        return row.invited();
    }
    if (role == DeliveryRole) {
        return row.invited() ? toKey(row.user->delivery) : QString();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (Column(index.column())) {
    case LineColumn:
        return row.row.line;
    case EmailColumn:
        return row.row.email;
    case OutcomeColumn:
        return ImportReport::outcomeText(row);
    case EmailStateColumn:
        return ImportReport::emailText(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case EmailColumn:
        return tr("Email");
    case OutcomeColumn:
        return tr("Result");
    case EmailStateColumn:
        return tr("Invitation email");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sia
