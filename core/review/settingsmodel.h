// The settings table (instance-wide and per user) as a read-only table, by scope then key, loaded a page
// at a time. Secrets are never among them: they live in the OS keychain.
#pragma once

#include "review/pagedtablemodel.h"
#include "settings/settingsrepository.h"

#include <QList>

namespace sia {

class SettingsModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ScopeColumn,
        KeyColumn,
        ValueColumn,
        UpdatedByColumn,
        UpdatedAtColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value
        ValueRole, // the typed value itself
    };

    explicit SettingsModel(QObject* parent = nullptr);

    void setFirstPage(const RecordPage<SettingEntry>& page);
    const QList<SettingEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString valueText(const SettingEntry& entry);

protected:
    int columns() const override { return ColumnCount; }
    int loadedRows() const override { return int(m_entries.size()); }
    void requestPage(bool first) override;

private:
    QVariant display(const SettingEntry& entry, int column) const;
    QVariant sortValue(const SettingEntry& entry, int column) const;

    QList<SettingEntry> m_entries;
};

} // namespace sia
