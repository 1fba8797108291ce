#include "sandbox/salesforce/orgrecords.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/salesforce/emailoptouts.h"
#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/replicationlog.h"
#include "sandbox/salesforce/sobjectrows.h"
#include "sandbox/salesforce/taskstore.h"
#include "sandbox/salesforceid.h"

#include <type_traits>

namespace sia::sandbox::salesforce {

namespace {

// A lead's or contact's Email Opt Out as changed in the org: the value, and the change's time and user as
// its last modification when later than what the row says.
template<typename T> void applyOptOut(DatasetRow<T>& row, const EmailOptOuts* optOuts)
{
    if constexpr (std::is_same_v<T, SalesforceLead> || std::is_same_v<T, SalesforceContact>) {
        const EmailOptOutChange* change = optOuts ? optOuts->find(row.data.id) : nullptr;
        if (!change) {
            return;
        }
        row.data.hasOptedOutOfEmail = change->optedOut;
        if (change->at > row.modified) {
            row.modified = change->at;
            row.modifierId = change->byUserId;
        }
    }
}

const SoqlObjectDef& dataObject(QStringView name)
{
    const SoqlObjectDef* object = SoqlSchema::dataApi().object(name);
    Q_ASSERT(object);
    return *object;
}

template<typename Row> std::shared_ptr<const SoqlRecord> shared(RowRecord<Row> record)
{
    return std::make_shared<RowRecord<Row>>(std::move(record));
}

// A source over the dataset's numbered records: position p holds number p + 1 (or nothing).
template<typename Value, typename Adapter> class DatasetSource : public SoqlRecordSource
{
public:
    using Next = std::function<std::optional<Value>(qint64 afterNumber)>;
    using Make = std::function<Adapter(Value)>;

    DatasetSource(qint64 end, Next next, Make make)
        : m_end(end)
        , m_next(std::move(next))
        , m_make(std::move(make))
    { }

    qint64 endPosition() const override { return m_end; }
    std::shared_ptr<const SoqlRecord> recordAt(qint64 position) const override
    {
        std::optional<Value> value = m_next(position);
        if (!value || value->number != position + 1) {
            return nullptr;
        }
        return std::make_shared<Adapter>(m_make(std::move(*value)));
    }
    void scan(
        qint64 from, qint64 to, const std::function<bool(qint64, const SoqlRecord&)>& visit) const override
    {
        for (std::optional<Value> value = m_next(from); value && value->number - 1 < qMin(to, m_end);
             value = m_next(value->number)) {
            const qint64 position = value->number - 1;
            const Adapter record = m_make(std::move(*value));
            if (!visit(position, record)) {
                return;
            }
        }
    }

private:
    qint64 m_end;
    Next m_next;
    Make m_make;
};

} // namespace

OrgRecords::OrgRecords(const SandboxDataset& dataset, std::shared_ptr<TaskStore> tasks)
    : m_dataset(dataset)
    , m_tasks(std::move(tasks))
    , m_parents([this](const QString& id) { return byId(id); })
{
    for (const SalesforceUser& user : m_dataset.salesforceUsers()) {
        if (!m_profileIds.contains(user.profileName)) {
            m_profileNumbers.insert(user.profileName, m_profileIds.size() + 1);
            m_profileIds.insert(
                user.profileName, RecordIds::make(RecordIds::profilePrefix, m_profileIds.size() + 1));
        }
        m_profileApiEnabled.insert(user.profileName, user.apiEnabled);
    }
}

QDateTime OrgRecords::lastModified(
    QStringView objectName, qint64 number, const QDateTime& created, const QDateTime& modified) const
{
    return m_replication ? m_replication->lastModified(objectName, number, created, modified) : modified;
}

template<typename T> DatasetRow<T> OrgRecords::datasetRow(T data, QDateTime created, QDateTime modified) const
{
    const QString loader = integrationUserId();
    return DatasetRow<T> { std::move(data), loader, std::move(created), std::move(modified), loader };
}

template<typename T>
RowRecord<DatasetRow<T>> OrgRecords::datasetRowRecord(const SoqlObjectDef& object, T data) const
{
    QDateTime created = data.createdDate;
    QDateTime modified = lastModified(object.name(), data.number, created, data.lastModifiedDate);
    DatasetRow<T> row = datasetRow(std::move(data), std::move(created), std::move(modified));
    applyOptOut(row, m_optOuts);
    return RowRecord<DatasetRow<T>>(object, std::move(row), &m_parents);
}

template<typename T>
std::shared_ptr<const SoqlRecord> OrgRecords::datasetRecord(QStringView object, T data) const
{
    return shared(datasetRowRecord(dataObject(object), std::move(data)));
}

RowRecord<ContactRoleRow> OrgRecords::contactRoleRecord(OpportunityContactRole role) const
{
    // A contact role is as old as its contact.
    const std::optional<SalesforceContact> contact = m_dataset.contact(role.contactId);
    const QDateTime created = contact ? contact->createdDate : QDateTime();
    static const SoqlObjectDef& object = dataObject(u"OpportunityContactRole");
    const QDateTime modified = lastModified(u"OpportunityContactRole", role.number, created, created);
    return RowRecord<ContactRoleRow>(object, datasetRow(std::move(role), created, modified), &m_parents);
}

RowRecord<UserRow> OrgRecords::userRecord(const SalesforceUser& user) const
{
    UserRow row;
    static_cast<DatasetRow<SalesforceUser>&>(row) = datasetRow(user, user.createdDate, user.createdDate);
    row.profileId = profileIdOf(user.profileName);
    return RowRecord<UserRow>(dataObject(u"User"), std::move(row), &m_parents);
}

std::shared_ptr<const SoqlRecord> OrgRecords::profileRecord(const QString& profileName) const
{
    return shared(RowRecord<ProfileRow>(dataObject(u"Profile"),
        ProfileRow { profileIdOf(profileName), profileName, m_profileApiEnabled.value(profileName, true) },
        &m_parents));
}

std::shared_ptr<const SoqlRecord> OrgRecords::groupRecord(const SalesforceQueue& queue) const
{
    return shared(RowRecord<SalesforceQueue>(dataObject(u"Group"), queue, &m_parents));
}

QString OrgRecords::integrationUserId() const
{
    const QList<SalesforceUser>& users = m_dataset.salesforceUsers();
    return users.isEmpty() ? QString() : users.first().id;
}

QString OrgRecords::profileIdOf(const QString& profileName) const
{
    return m_profileIds.value(profileName);
}

QString OrgRecords::permissionSetIdOf(const QString& profileName) const
{
    // Numbered like the profile that owns it.
    return RecordIds::make(RecordIds::permissionSetPrefix, m_profileNumbers.value(profileName));
}

std::shared_ptr<const SoqlRecord> OrgRecords::permissionSetOf(const QString& profileName) const
{
    return shared(RowRecord<PermissionSetRow>(dataObject(u"PermissionSet"),
        PermissionSetRow { permissionSetIdOf(profileName), profileIdOf(profileName),
            m_profileApiEnabled.value(profileName, true) },
        &m_parents));
}

bool OrgRecords::userApiEnabled(const QString& userId) const
{
    const std::optional<SalesforceUser> user = m_dataset.salesforceUser(userId);
    return user && m_profileApiEnabled.value(user->profileName, true);
}

bool OrgRecords::isActiveUser(const QString& id) const
{
    const std::optional<SalesforceUser> user = m_dataset.salesforceUser(id);
    return user && user->isActive;
}

std::shared_ptr<const SoqlRecordSource> OrgRecords::source(const QString& objectName) const
{
    const SandboxDataset& data = m_dataset;
    if (objectName == QLatin1String("Lead")) {
        return std::make_shared<DatasetSource<SalesforceLead, RowRecord<LeadRow>>>(
            data.peopleCount(), [&data](qint64 after) { return data.nextLead(after); },
            [this](SalesforceLead v) {
                static const SoqlObjectDef& object = dataObject(u"Lead");
                return datasetRowRecord(object, std::move(v));
            });
    }
    if (objectName == QLatin1String("Contact")) {
        return std::make_shared<DatasetSource<SalesforceContact, RowRecord<ContactRow>>>(
            data.peopleCount(), [&data](qint64 after) { return data.nextContact(after); },
            [this](SalesforceContact v) {
                static const SoqlObjectDef& object = dataObject(u"Contact");
                return datasetRowRecord(object, std::move(v));
            });
    }
    if (objectName == QLatin1String("Account")) {
        return std::make_shared<DatasetSource<SalesforceAccount, RowRecord<AccountRow>>>(
            data.accountCount(), [&data](qint64 after) { return data.nextAccount(after); },
            [this](SalesforceAccount v) {
                static const SoqlObjectDef& object = dataObject(u"Account");
                return datasetRowRecord(object, std::move(v));
            });
    }
    if (objectName == QLatin1String("Opportunity")) {
        // Account a has opportunities 2a-1 and 2a at most.
        return std::make_shared<DatasetSource<SalesforceOpportunity, RowRecord<OpportunityRow>>>(
            2 * data.accountCount(), [&data](qint64 after) { return data.nextOpportunity(after); },
            [this](SalesforceOpportunity v) {
                static const SoqlObjectDef& object = dataObject(u"Opportunity");
                return datasetRowRecord(object, std::move(v));
            });
    }
    if (objectName == QLatin1String("OpportunityContactRole")) {
        return std::make_shared<DatasetSource<OpportunityContactRole, RowRecord<ContactRoleRow>>>(
            data.peopleCount(), [&data](qint64 after) { return data.nextOpportunityContactRole(after); },
            [this](OpportunityContactRole v) { return contactRoleRecord(std::move(v)); });
    }
    if (objectName == QLatin1String("User")) {
        auto users = std::make_shared<StaticRecordSource>();
        for (const SalesforceUser& user : data.salesforceUsers()) {
            users->append(shared(userRecord(user)));
        }
        return users;
    }
    if (objectName == QLatin1String("Profile")) {
        QList<std::pair<QString, QString>> byId;
        for (auto it = m_profileIds.begin(); it != m_profileIds.end(); ++it) {
            byId.append({ it.value(), it.key() });
        }
        std::sort(byId.begin(), byId.end());
        auto profiles = std::make_shared<StaticRecordSource>();
        for (const auto& [id, name] : byId) {
            profiles->append(profileRecord(name));
        }
        return profiles;
    }
    if (objectName == QLatin1String("PermissionSet")) {
        auto sets = std::make_shared<StaticRecordSource>();
        for (auto it = m_profileIds.begin(); it != m_profileIds.end(); ++it) {
            sets->append(permissionSetOf(it.key()));
        }
        return sets;
    }
    if (objectName == QLatin1String("PermissionSetAssignment")) {
        auto assignments = std::make_shared<StaticRecordSource>();
        const QList<SalesforceUser>& users = data.salesforceUsers();
        for (qsizetype i = 0; i < users.size(); ++i) {
            assignments->append(shared(RowRecord<PermissionSetAssignmentRow>(
                dataObject(u"PermissionSetAssignment"),
                PermissionSetAssignmentRow { RecordIds::make(RecordIds::permissionSetAssignmentPrefix, i + 1),
                    users.at(i).id, permissionSetIdOf(users.at(i).profileName) },
                &m_parents)));
        }
        return assignments;
    }
    if (objectName == QLatin1String("Group")) {
        auto groups = std::make_shared<StaticRecordSource>();
        for (const SalesforceQueue& queue : data.salesforceQueues()) {
            groups->append(groupRecord(queue));
        }
        return groups;
    }
    if (objectName == QLatin1String("Organization")) {
        return std::make_shared<StaticRecordSource>(
            QList<std::shared_ptr<const SoqlRecord>> { shared(RowRecord<SalesforceOrganization>(
                dataObject(u"Organization"), data.organization(), &m_parents)) });
    }
    if (objectName == QLatin1String("TaskStatus") || objectName == QLatin1String("TaskPriority")) {
        const bool status = objectName == QLatin1String("TaskStatus");
        const QStringList& labels = status ? TaskPicklists::statuses : TaskPicklists::priorities;
        auto values = std::make_shared<StaticRecordSource>();
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QString& label = labels.at(i);
            TaskPicklistRow row { RecordIds::make(status ? u"01J" : u"01K", i + 1), label, double(i + 1) };
            if (status) {
                row.isClosed = TaskPicklists::closedStatuses.contains(label);
                row.isDefault = label == TaskPicklists::defaultStatus;
            } else {
                row.isHighPriority = TaskPicklists::highPriorities.contains(label);
                row.isDefault = label == TaskPicklists::defaultPriority;
            }
            values->append(
                shared(RowRecord<TaskPicklistRow>(dataObject(objectName), std::move(row), &m_parents)));
        }
        return values;
    }
    if (objectName == QLatin1String("Task")) {
        return m_tasks;
    }
    return nullptr;
}

std::shared_ptr<const SoqlRecord> OrgRecords::byId(const QString& id) const
{
    const QString prefix = RecordIds::keyPrefix(id);
    if (prefix == RecordIds::leadPrefix) {
        const auto lead = m_dataset.lead(id);
        return lead ? datasetRecord(u"Lead", *lead) : nullptr;
    }
    if (prefix == RecordIds::contactPrefix) {
        const auto contact = m_dataset.contact(id);
        return contact ? datasetRecord(u"Contact", *contact) : nullptr;
    }
    if (prefix == RecordIds::accountPrefix) {
        const auto account = m_dataset.account(id);
        return account ? datasetRecord(u"Account", *account) : nullptr;
    }
    if (prefix == RecordIds::opportunityPrefix) {
        const auto opportunity = m_dataset.opportunity(id);
        return opportunity ? datasetRecord(u"Opportunity", *opportunity) : nullptr;
    }
    if (prefix == RecordIds::opportunityContactRolePrefix) {
        const auto role = m_dataset.opportunityContactRole(id);
        return role ? shared(contactRoleRecord(*role)) : nullptr;
    }
    if (prefix == RecordIds::userPrefix) {
        const auto user = m_dataset.salesforceUser(id);
        return user ? shared(userRecord(*user)) : nullptr;
    }
    if (prefix == RecordIds::groupPrefix) {
        for (const SalesforceQueue& queue : m_dataset.salesforceQueues()) {
            if (queue.id == id) {
                return groupRecord(queue);
            }
        }
        return nullptr;
    }
    if (prefix == RecordIds::profilePrefix || prefix == RecordIds::permissionSetPrefix) {
        const bool profile = prefix == RecordIds::profilePrefix;
        for (auto it = m_profileIds.begin(); it != m_profileIds.end(); ++it) {
            if ((profile ? it.value() : permissionSetIdOf(it.key())) == id) {
                return profile ? profileRecord(it.key()) : permissionSetOf(it.key());
            }
        }
        return nullptr;
    }
    if (prefix == RecordIds::taskPrefix && m_tasks) {
        const TaskRecord* task = m_tasks->find(id);
        return task && !task->isDeleted ? m_tasks->recordAt(task->number - 1) : nullptr;
    }
    return nullptr;
}

} // namespace sia::sandbox::salesforce
