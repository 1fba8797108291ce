#include "review/auditlogmodel.h"

#include "review/displaytime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QStringList>

namespace sia {

namespace {

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::detailsText(const QJsonObject& details)
{
    QStringList parts;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        parts << tr("%1: %2").arg(it.key(), valueText(it.value()));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant AuditLogModel::display(const AuditEntry& entry, int column) const
{
    switch (column) {
    case WhenColumn:
        return displayTime(entry.at);
    case ActorColumn:
        return entry.actor;
    case ActionColumn:
        return entry.action;
    case SubjectColumn:
        return entry.subject;
    case DetailsColumn:
        return detailsText(entry.details);
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
        if (index.column() == DetailsColumn && !entry.details.isEmpty()) {
            return QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Indented));
        }
        return {};
    case Qt::AccessibleTextRole:
        return tr("%1 by %2 on %3: %4").arg(entry.action, entry.actor, displayTime(entry.at), entry.subject);
    case SortRole:
        return index.column() == WhenColumn ? QVariant(entry.id) : display(entry, index.column());
    case ActionKeyRole:
        return entry.action;
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
