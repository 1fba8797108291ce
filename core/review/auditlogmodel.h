// The audit log (who did what, when) as a read-only table, newest first, loaded a page at a time. Each
// entry is rendered from its action key and arguments by AuditCatalogue, in the reader's language; the
// filter is matched in SQL.
#pragma once

#include "review/pagedtablemodel.h"
#include "store/auditlog.h"

#include <QList>

namespace sia {

class AuditLogModel : public PagedTableModel
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
        ArgumentsRole, // the stored arguments, a QJsonObject
    };

    explicit AuditLogModel(QObject* parent = nullptr);

    // The first page, read with the review (unfiltered): shown at once, or, while a filter is set, read
    // again with the filter.
    void setFirstPage(const RecordPage<AuditEntry>& page);
    const QList<AuditEntry>& entries() const { return m_entries; }

    // Narrows the log to the entries that mention text (in the actor, the action, the arguments, or the
    // action's title in the reader's language), and loads it again from the first page.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filter.text; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }
    int loadedRows() const override { return int(m_entries.size()); }
    void requestPage(bool first) override;

private:
    QVariant display(const AuditEntry& entry, int column) const;

    QList<AuditEntry> m_entries;
    AuditFilter m_filter;
};

} // namespace sia
