// The people browser's table (step 4): the people the sync wrote, read-only, in the order of the index
// people_by_name and loaded a page at a time from the store's thread, so that a million rows open as fast
// as ten. A search (name, email or company by prefix, or a Marketo ID) loads it again from the top.
#pragma once

#include "review/pagedtablemodel.h"
#include "sync/peoplerepository.h"

#include <QList>

namespace sia {

class PeopleTableModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LastNameColumn,
        FirstNameColumn,
        EmailColumn,
        CompanyColumn,
        TitleColumn,
        MarketoIdColumn,
        SalesforceColumn, // the contact or lead ID, and which
        SalesOwnerColumn,
        StatusColumn, // eligible, no longer eligible, deleted in Marketo
        ColumnCount
    };
    enum Role
    {
        MarketoIdRole = Qt::UserRole + 1, // qint64
        PersonRole, // the whole PersonRow
    };

    explicit PeopleTableModel(QObject* parent = nullptr);

    // Narrows the table to the people text finds, and loads it again from the first page.
    void setSearchText(const QString& text);
    QString searchText() const { return m_query.search; }
    const QList<PersonRow>& people() const { return m_people; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const PersonRow& person);

protected:
    int columns() const override { return ColumnCount; }
    int loadedRows() const override { return int(m_people.size()); }
    void requestPage(bool first) override;

private:
    QVariant display(const PersonRow& person, int column) const;

    QList<PersonRow> m_people;
    PeopleQuery m_query;
};

} // namespace sia
