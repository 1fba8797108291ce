#include "review/auditlogmodel.h"

#include "review/auditcatalogue.h"
#include "review/displaytime.h"
#include "review/reviewqueries.h"

#include <QJsonDocument>

namespace sia {

AuditLogModel::AuditLogModel(QObject* parent)
    : PagedTableModel(parent)
{ }

void AuditLogModel::setFirstPage(const RecordPage<AuditEntry>& page)
{
    if (!m_filter.isEmpty() && canReload()) {
        reload(); // the page is unfiltered: showing it would flash entries the filter hides
        return;
    }
    acceptFirstPage(page, m_entries);
}

void AuditLogModel::setFilterText(const QString& text)
{
    if (text == m_filter.text) {
        return;
    }
    m_filter.text = text;
    // Computed here, on the GUI thread, where the reader's translation is installed.
    m_filter.actionKeys = AuditCatalogue::actionsMatching(text);
    reload();
}

void AuditLogModel::requestPage(bool first)
{
    const qint64 before = first || m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    const int limit = pageSize();
    const AuditFilter filter = m_filter;
    runPage<AuditEntry>([before, limit, filter](
                            Store& store) { return ReviewQueries(store).auditPage(before, limit, filter); },
        m_entries, first);
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant AuditLogModel::display(const AuditEntry& entry, int column) const
{
    switch (column) {
    case WhenColumn:
        return displayTime(entry.at);
    case ActorColumn:
        return entry.actor;
    case ActionColumn:
        return AuditCatalogue::render(entry).action;
    case SubjectColumn:
        return AuditCatalogue::render(entry).subject;
    case DetailsColumn:
        return AuditCatalogue::render(entry).details;
    }
    return {};
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn) {
            return QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
        }
        if (index.column() == DetailsColumn && !entry.arguments.isEmpty()) {
            return QString::fromUtf8(QJsonDocument(entry.arguments).toJson(QJsonDocument::Indented));
        }
        return {};
    case Qt::AccessibleTextRole: {
        const AuditText text = AuditCatalogue::render(entry);
        return tr("%1 by %2 on %3: %4. %5")
            .arg(text.action, entry.actor, displayTime(entry.at), text.subject, text.details);
    }
    case SortRole:
        return index.column() == WhenColumn ? QVariant(entry.id) : display(entry, index.column());
    case ActionKeyRole:
        return entry.action;
    case ArgumentsRole:
        return entry.arguments;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Subject");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace sia
