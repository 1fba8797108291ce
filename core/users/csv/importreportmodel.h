// What became of each row of a CSV import, as a table (the import's last page in the window): the file's
// line, the address, invited or why not, and the invitation email's state, which changes as the emails go
// out (setReport again with a newer ImportReport). The words are ImportReport's.
#pragma once

#include "users/csv/importreport.h"

#include <QAbstractTableModel>

namespace sia {

class ImportReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        EmailColumn,
        OutcomeColumn,
        EmailStateColumn,
        ColumnCount
    };
    enum Role
    {
        InvitedRole = Qt::UserRole + 1, // bool, any column
        DeliveryRole, // the DeliveryState's key ("sent", "failed"...); empty when not invited
    };

    explicit ImportReportModel(QObject* parent = nullptr);

    // The same rows with newer states (the emails went out) keep their places: only the data changes.
    void setReport(ImportReport report);
    const ImportReport& report() const { return m_report; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportReport m_report;
};

} // namespace sia
