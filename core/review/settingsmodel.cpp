#include "review/settingsmodel.h"

#include "review/displaytime.h"
#include "review/reviewqueries.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sia {

SettingsModel::SettingsModel(QObject* parent)
    : PagedTableModel(parent)
{ }

void SettingsModel::setFirstPage(const RecordPage<SettingEntry>& page)
{
    acceptFirstPage(page, m_entries);
}

void SettingsModel::requestPage(bool first)
{
    SettingsCursor after;
    if (!first && !m_entries.isEmpty()) {
        after = { m_entries.constLast().userId, m_entries.constLast().key };
    }
    const int limit = pageSize();
    runPage<SettingEntry>(
        [after, limit](Store& store) { return ReviewQueries(store).settingsPage(after, limit); }, m_entries,
        first);
}

int SettingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString SettingsModel::valueText(const SettingEntry& entry)
{
    switch (entry.type) {
    case QMetaType::Bool:
        return entry.value.toBool() ? tr("Yes") : tr("No");
    case QMetaType::LongLong:
        return QLocale().toString(entry.value.toLongLong());
    case QMetaType::QJsonObject:
        return QString::fromUtf8(QJsonDocument(entry.value.toJsonObject()).toJson(QJsonDocument::Compact));
    case QMetaType::QDateTime:
        return displayTime(entry.value.toDateTime());
    default:
        return entry.value.toString();
    }
}

QVariant SettingsModel::display(const SettingEntry& entry, int column) const
{
    switch (column) {
    case ScopeColumn:
        return entry.userId == 0 ? tr("Instance") : tr("User %1").arg(entry.userId);
    case KeyColumn:
        return entry.key;
    case ValueColumn:
        return valueText(entry);
    case UpdatedByColumn:
        return entry.updatedBy;
    case UpdatedAtColumn:
        return displayTime(entry.updatedAt);
    }
    return {};
}

QVariant SettingsModel::sortValue(const SettingEntry& entry, int column) const
{
    switch (column) {
    case ScopeColumn:
        return entry.userId;
    case UpdatedAtColumn:
        return entry.updatedAt;
    default:
        return display(entry, column);
    }
}

QVariant SettingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SettingEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && entry.type == QMetaType::QJsonObject) {
            return QString::fromUtf8(
                QJsonDocument(entry.value.toJsonObject()).toJson(QJsonDocument::Indented));
        }
        return {};
    case Qt::AccessibleTextRole:
        return tr("%1 is %2 (%3), changed by %4 on %5")
            .arg(entry.key, valueText(entry), display(entry, ScopeColumn).toString(), entry.updatedBy,
                displayTime(entry.updatedAt));
    case SortRole:
        return sortValue(entry, index.column());
    case ValueRole:
        return entry.value;
    default:
        return {};
    }
}

QVariant SettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ScopeColumn:
        return tr("Scope");
    case KeyColumn:
        return tr("Setting");
    case ValueColumn:
        return tr("Value");
    case UpdatedByColumn:
        return tr("Changed by");
    case UpdatedAtColumn:
        return tr("Changed");
    }
    return {};
}

} // namespace sia
