#include "review/peopletablemodel.h"

#include "review/displaytime.h"
#include "sync/eligibilityrule.h"

namespace sia {

PeopleTableModel::PeopleTableModel(QObject* parent)
    : PagedTableModel(parent)
{ }

void PeopleTableModel::setSearchText(const QString& text)
{
    if (text == m_query.search) {
        return;
    }
    m_query.search = text;
    reload();
}

void PeopleTableModel::requestPage(bool first)
{
    const PeopleCursor after
        = first || m_people.isEmpty() ? PeopleCursor() : PeopleCursor::after(m_people.constLast());
    const int limit = pageSize();
    const PeopleQuery query = m_query;
    runPage<PersonRow>(
        [after, limit, query](Store& store) { return PeopleRepository(store).browse(query, after, limit); },
        m_people, first);
}

int PeopleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QString PeopleTableModel::statusText(const PersonRow& person)
{
    if (person.deletedAt.isValid()) {
        return tr("Deleted in Marketo");
    }
    if (!person.eligible) {
        return tr("No longer eligible");
    }
    return tr("Eligible");
}

QVariant PeopleTableModel::display(const PersonRow& person, int column) const
{
    switch (column) {
    case LastNameColumn:
        return person.lastName;
    case FirstNameColumn:
        return person.firstName;
    case EmailColumn:
        return person.email;
    case CompanyColumn:
        return person.company;
    case TitleColumn:
        return person.title;
    case MarketoIdColumn:
        return QString::number(person.marketoId);
    case SalesforceColumn:
        if (!person.sfdcContactId.isEmpty()) {
            return tr("Contact %1").arg(person.sfdcContactId);
        }
        if (!person.sfdcLeadId.isEmpty()) {
            return tr("Lead %1").arg(person.sfdcLeadId);
        }
        return QString();
    case SalesOwnerColumn:
        return person.salesOwnerEmail.isEmpty() ? person.salesOwnerId : person.salesOwnerEmail;
    case StatusColumn:
        return statusText(person);
    }
    return {};
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PersonRow& person = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(person, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn) {
            if (person.deletedAt.isValid()) {
                return tr(
                    "Deleted in Marketo on %1; kept so that its tasks and activities keep their person.")
                    .arg(displayTime(person.deletedAt));
            }
            if (!person.eligible) {
                return EligibilityRule::text(person.ineligibleReason);
            }
        }
        if (index.column() == SalesforceColumn && !person.sfdcAccountId.isEmpty()) {
            return tr("Account %1").arg(person.sfdcAccountId);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == MarketoIdColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                 : QVariant();
    case MarketoIdRole:
        return person.marketoId;
    case PersonRole:
        return QVariant::fromValue(person);
    default:
        return {};
    }
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LastNameColumn:
        return tr("Last name");
    case FirstNameColumn:
        return tr("First name");
    case EmailColumn:
        return tr("Email");
    case CompanyColumn:
        return tr("Company");
    case TitleColumn:
        return tr("Title");
    case MarketoIdColumn:
        return tr("Marketo ID");
    case SalesforceColumn:
        return tr("Salesforce");
    case SalesOwnerColumn:
        return tr("Sales Owner");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace sia
