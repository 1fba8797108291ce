// The audit log (who did what, when, to which part of the instance) as a read-only table, newest first.
#pragma once

#include "store/auditlog.h"

#include <QAbstractTableModel>
#include <QList>

namespace sia {

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        ActorColumn,
        ActionColumn,
        SubjectColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value: the entry's id for the time, else the text
        ActionKeyRole, // "step.done", ...
    };

    explicit AuditLogModel(QObject* parent = nullptr);

    void setEntries(const QList<AuditEntry>& entries);
    const QList<AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "from: not-started; to: in-progress": the details as one readable line.
    static QString detailsText(const QJsonObject& details);

private:
    QVariant display(const AuditEntry& entry, int column) const;

    QList<AuditEntry> m_entries;
};

} // namespace sia
