#include "sandbox/salesforce/orgrecords.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/replicationlog.h"
#include "sandbox/salesforce/taskstore.h"
#include "sandbox/salesforceid.h"

namespace sia::sandbox::salesforce {

namespace {

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QString fullName(const QString& first, const QString& last)
{
    return first.isEmpty() ? last : first + QLatin1Char(' ') + last;
}

// What every dataset record answers the same way: audit fields, written by the integration user.
class DatasetRecord : public SoqlRecord
{
public:
    DatasetRecord(const OrgRecords* org, QDateTime created, QDateTime modified)
        : m_org(org)
        , m_created(std::move(created))
        , m_modified(std::move(modified))
    { }

    std::shared_ptr<const SoqlRecord> parent(const SoqlFieldDef& reference) const override
    {
        const QString id = value(reference).toString();
        return id.isEmpty() ? nullptr : m_org->byId(id);
    }

protected:
    // The audit fields, or nullopt for a field that is not one of them.
    std::optional<QVariant> audit(const QString& name) const
    {
        if (name == QLatin1String("IsDeleted")) {
            return false;
        }
        if (name == QLatin1String("CreatedDate")) {
            return m_created;
        }
        if (name == QLatin1String("LastModifiedDate") || name == QLatin1String("SystemModstamp")) {
            return m_modified;
        }
        if (name == QLatin1String("CreatedById") || name == QLatin1String("LastModifiedById")) {
            return m_org->integrationUserId();
        }
        return std::nullopt;
    }

    const OrgRecords* m_org;

private:
    QDateTime m_created;
    QDateTime m_modified;
};

class LeadRecord : public DatasetRecord
{
public:
    LeadRecord(SalesforceLead lead, const OrgRecords* org)
        : DatasetRecord(org, lead.createdDate,
            org->lastModified(u"Lead", lead.number, lead.createdDate, lead.lastModifiedDate))
        , m_lead(std::move(lead))
    { }
    QString objectName() const override { return QStringLiteral("Lead"); }
    QVariant value(const SoqlFieldDef& field) const override
    {
        const QString& n = field.name;
        if (n == QLatin1String("Id")) {
            return m_lead.id;
        }
        if (n == QLatin1String("FirstName")) {
            return text(m_lead.firstName);
        }
        if (n == QLatin1String("LastName")) {
            return text(m_lead.lastName);
        }
        if (n == QLatin1String("Name")) {
            return fullName(m_lead.firstName, m_lead.lastName);
        }
        if (n == QLatin1String("Title")) {
            return text(m_lead.title);
        }
        if (n == QLatin1String("Company")) {
            return text(m_lead.company);
        }
        if (n == QLatin1String("Email")) {
            return text(m_lead.email);
        }
        if (n == QLatin1String("Phone")) {
            return text(m_lead.phone);
        }
        if (n == QLatin1String("LeadSource")) {
            return text(m_lead.leadSource);
        }
        if (n == QLatin1String("Status")) {
            return text(m_lead.status);
        }
        if (n == QLatin1String("OwnerId")) {
            return text(m_lead.ownerId);
        }
        if (n == QLatin1String("IsConverted")) {
            return false; // the sandbox's leads are never converted: their Converted* fields stay null
        }
        return audit(n).value_or(QVariant());
    }

private:
    SalesforceLead m_lead;
};

class ContactRecord : public DatasetRecord
{
public:
    ContactRecord(SalesforceContact contact, const OrgRecords* org)
        : DatasetRecord(org, contact.createdDate,
            org->lastModified(u"Contact", contact.number, contact.createdDate, contact.lastModifiedDate))
        , m_contact(std::move(contact))
    { }
    QString objectName() const override { return QStringLiteral("Contact"); }
    QVariant value(const SoqlFieldDef& field) const override
    {
        const QString& n = field.name;
        if (n == QLatin1String("Id")) {
            return m_contact.id;
        }
        if (n == QLatin1String("AccountId")) {
            return text(m_contact.accountId);
        }
        if (n == QLatin1String("FirstName")) {
            return text(m_contact.firstName);
        }
        if (n == QLatin1String("LastName")) {
            return text(m_contact.lastName);
        }
        if (n == QLatin1String("Name")) {
            return fullName(m_contact.firstName, m_contact.lastName);
        }
        if (n == QLatin1String("Title")) {
            return text(m_contact.title);
        }
        if (n == QLatin1String("Email")) {
            return text(m_contact.email);
        }
        if (n == QLatin1String("Phone")) {
            return text(m_contact.phone);
        }
        if (n == QLatin1String("LeadSource")) {
            return text(m_contact.leadSource);
        }
        if (n == QLatin1String("OwnerId")) {
            return text(m_contact.ownerId);
        }
        return audit(n).value_or(QVariant());
    }

private:
    SalesforceContact m_contact;
};

class AccountRecord : public DatasetRecord
{
public:
    AccountRecord(SalesforceAccount account, const OrgRecords* org)
        : DatasetRecord(org, account.createdDate, account.lastModifiedDate)
        , m_account(std::move(account))
    { }
    QString objectName() const override { return QStringLiteral("Account"); }
    QVariant value(const SoqlFieldDef& field) const override
    {
        const QString& n = field.name;
        if (n == QLatin1String("Id")) {
            return m_account.id;
        }
        if (n == QLatin1String("Name")) {
            return text(m_account.name);
        }
        if (n == QLatin1String("Website")) {
            return text(m_account.website);
        }
        if (n == QLatin1String("Industry")) {
            return text(m_account.industry);
        }
        if (n == QLatin1String("OwnerId")) {
            return text(m_account.ownerId);
        }
        return audit(n).value_or(QVariant());
    }

private:
    SalesforceAccount m_account;
};

class OpportunityRecord : public DatasetRecord
{
public:
    OpportunityRecord(SalesforceOpportunity opportunity, const OrgRecords* org)
        : DatasetRecord(org, opportunity.createdDate,
            org->lastModified(
                u"Opportunity", opportunity.number, opportunity.createdDate, opportunity.lastModifiedDate))
        , m_opportunity(std::move(opportunity))
    { }
    QString objectName() const override { return QStringLiteral("Opportunity"); }
    QVariant value(const SoqlFieldDef& field) const override
    {
        const QString& n = field.name;
        if (n == QLatin1String("Id")) {
            return m_opportunity.id;
        }
        if (n == QLatin1String("AccountId")) {
            return text(m_opportunity.accountId);
        }
        if (n == QLatin1String("Name")) {
            return text(m_opportunity.name);
        }
        if (n == QLatin1String("StageName")) {
            return text(m_opportunity.stageName);
        }
        if (n == QLatin1String("Amount")) {
            return m_opportunity.amount;
        }
        if (n == QLatin1String("CloseDate")) {
            return m_opportunity.closeDate;
        }
        if (n == QLatin1String("IsClosed")) {
            return m_opportunity.isClosed;
        }
        if (n == QLatin1String("IsWon")) {
            return m_opportunity.isWon;
        }
        if (n == QLatin1String("OwnerId")) {
            return text(m_opportunity.ownerId);
        }
        return audit(n).value_or(QVariant());
    }

private:
    SalesforceOpportunity m_opportunity;
};

class ContactRoleRecord : public DatasetRecord
{
public:
    ContactRoleRecord(OpportunityContactRole role, const OrgRecords* org, QDateTime created)
        : DatasetRecord(
            org, created, org->lastModified(u"OpportunityContactRole", role.number, created, created))
        , m_role(std::move(role))
    { }
    QString objectName() const override { return QStringLiteral("OpportunityContactRole"); }
    QVariant value(const SoqlFieldDef& field) const override
    {
        const QString& n = field.name;
        if (n == QLatin1String("Id")) {
            return m_role.id;
        }
        if (n == QLatin1String("ContactId")) {
            return text(m_role.contactId);
        }
        if (n == QLatin1String("OpportunityId")) {
            return text(m_role.opportunityId);
        }
        if (n == QLatin1String("Role")) {
            return text(m_role.role);
        }
        if (n == QLatin1String("IsPrimary")) {
            return m_role.isPrimary;
        }
        return audit(n).value_or(QVariant());
    }

private:
    OpportunityContactRole m_role;
};

class UserRecord : public DatasetRecord
{
public:
    UserRecord(SalesforceUser user, const OrgRecords* org)
        : DatasetRecord(org, user.createdDate, user.createdDate)
        , m_user(std::move(user))
    { }
    QString objectName() const override { return QStringLiteral("User"); }
    QVariant value(const SoqlFieldDef& field) const override
    {
        const QString& n = field.name;
        if (n == QLatin1String("Id")) {
            return m_user.id;
        }
        if (n == QLatin1String("Username")) {
            return m_user.username;
        }
        if (n == QLatin1String("FirstName")) {
            return text(m_user.firstName);
        }
        if (n == QLatin1String("LastName")) {
            return text(m_user.lastName);
        }
        if (n == QLatin1String("Name")) {
            return fullName(m_user.firstName, m_user.lastName);
        }
        if (n == QLatin1String("Email")) {
            return text(m_user.email);
        }
        if (n == QLatin1String("Title")) {
            return text(m_user.title);
        }
        if (n == QLatin1String("IsActive")) {
            return m_user.isActive;
        }
        if (n == QLatin1String("UserType")) {
            return QStringLiteral("Standard");
        }
        if (n == QLatin1String("ProfileId")) {
            return text(m_org->profileIdOf(m_user.profileName));
        }
        if (n == QLatin1String("IsDeleted")) {
            return {}; // User has no recycle bin
        }
        return audit(n).value_or(QVariant());
    }

private:
    SalesforceUser m_user;
};

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
    const QString profileId = profileIdOf(profileName);
    return std::make_shared<StaticRecord>(QStringLiteral("PermissionSet"),
        QVariantHash { { QStringLiteral("Id"), permissionSetIdOf(profileName) },
            { QStringLiteral("Name"), QString(QStringLiteral("X") + profileId.left(15)) },
            { QStringLiteral("Label"), profileId.left(15) }, { QStringLiteral("IsOwnedByProfile"), true },
            { QStringLiteral("ProfileId"), profileId },
            { QStringLiteral("PermissionsApiEnabled"), m_profileApiEnabled.value(profileName, true) } },
        QHash<QString, std::shared_ptr<const SoqlRecord>> {
            { QStringLiteral("ProfileId"), byId(profileId) } });
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
        return std::make_shared<DatasetSource<SalesforceLead, LeadRecord>>(
            data.peopleCount(), [&data](qint64 after) { return data.nextLead(after); },
            [this](SalesforceLead v) { return LeadRecord(std::move(v), this); });
    }
    if (objectName == QLatin1String("Contact")) {
        return std::make_shared<DatasetSource<SalesforceContact, ContactRecord>>(
            data.peopleCount(), [&data](qint64 after) { return data.nextContact(after); },
            [this](SalesforceContact v) { return ContactRecord(std::move(v), this); });
    }
    if (objectName == QLatin1String("Account")) {
        return std::make_shared<DatasetSource<SalesforceAccount, AccountRecord>>(
            data.accountCount(), [&data](qint64 after) { return data.nextAccount(after); },
            [this](SalesforceAccount v) { return AccountRecord(std::move(v), this); });
    }
    if (objectName == QLatin1String("Opportunity")) {
        // Account a has opportunities 2a-1 and 2a at most.
        return std::make_shared<DatasetSource<SalesforceOpportunity, OpportunityRecord>>(
            2 * data.accountCount(), [&data](qint64 after) { return data.nextOpportunity(after); },
            [this](SalesforceOpportunity v) { return OpportunityRecord(std::move(v), this); });
    }
    if (objectName == QLatin1String("OpportunityContactRole")) {
        return std::make_shared<DatasetSource<OpportunityContactRole, ContactRoleRecord>>(
            data.peopleCount(), [&data](qint64 after) { return data.nextOpportunityContactRole(after); },
            [this, &data](OpportunityContactRole v) {
                const std::optional<SalesforceContact> contact = data.contact(v.contactId);
                return ContactRoleRecord(std::move(v), this, contact ? contact->createdDate : QDateTime());
            });
    }
    if (objectName == QLatin1String("User")) {
        auto users = std::make_shared<StaticRecordSource>();
        for (const SalesforceUser& user : data.salesforceUsers()) {
            users->append(std::make_shared<UserRecord>(user, this));
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
            profiles->append(std::make_shared<StaticRecord>(QStringLiteral("Profile"),
                QVariantHash { { QStringLiteral("Id"), id }, { QStringLiteral("Name"), name },
                    { QStringLiteral("PermissionsApiEnabled"), m_profileApiEnabled.value(name, true) } }));
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
            assignments->append(std::make_shared<StaticRecord>(QStringLiteral("PermissionSetAssignment"),
                QVariantHash { { QStringLiteral("Id"),
                                   RecordIds::make(RecordIds::permissionSetAssignmentPrefix, i + 1) },
                    { QStringLiteral("AssigneeId"), users.at(i).id },
                    { QStringLiteral("PermissionSetId"), permissionSetIdOf(users.at(i).profileName) } },
                QHash<QString, std::shared_ptr<const SoqlRecord>> {
                    { QStringLiteral("AssigneeId"), std::make_shared<UserRecord>(users.at(i), this) },
                    { QStringLiteral("PermissionSetId"), permissionSetOf(users.at(i).profileName) } }));
        }
        return assignments;
    }
    if (objectName == QLatin1String("Group")) {
        auto groups = std::make_shared<StaticRecordSource>();
        for (const SalesforceQueue& queue : data.salesforceQueues()) {
            groups->append(byId(queue.id));
        }
        return groups;
    }
    if (objectName == QLatin1String("Organization")) {
        const SalesforceOrganization& org = data.organization();
        return std::make_shared<StaticRecordSource>(QList<std::shared_ptr<const SoqlRecord>> {
            std::make_shared<StaticRecord>(QStringLiteral("Organization"),
                QVariantHash { { QStringLiteral("Id"), org.id }, { QStringLiteral("Name"), org.name },
                    { QStringLiteral("OrganizationType"), org.organizationType },
                    { QStringLiteral("IsSandbox"), org.isSandbox },
                    { QStringLiteral("InstanceName"), org.instanceName },
                    { QStringLiteral("LanguageLocaleKey"), org.languageLocaleKey },
                    { QStringLiteral("TimeZoneSidKey"), org.timeZoneSidKey } }) });
    }
    if (objectName == QLatin1String("TaskStatus") || objectName == QLatin1String("TaskPriority")) {
        const bool status = objectName == QLatin1String("TaskStatus");
        const QStringList& labels = status ? TaskPicklists::statuses : TaskPicklists::priorities;
        auto values = std::make_shared<StaticRecordSource>();
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QString& label = labels.at(i);
            QVariantHash fields { { QStringLiteral("Id"), RecordIds::make(status ? u"01J" : u"01K", i + 1) },
                { QStringLiteral("MasterLabel"), label }, { QStringLiteral("ApiName"), label },
                { QStringLiteral("SortOrder"), double(i + 1) } };
            if (status) {
                fields.insert(QStringLiteral("IsClosed"), TaskPicklists::closedStatuses.contains(label));
                fields.insert(QStringLiteral("IsDefault"), label == TaskPicklists::defaultStatus);
            } else {
                fields.insert(
                    QStringLiteral("IsHighPriority"), TaskPicklists::highPriorities.contains(label));
                fields.insert(QStringLiteral("IsDefault"), label == TaskPicklists::defaultPriority);
            }
            values->append(std::make_shared<StaticRecord>(objectName, std::move(fields)));
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
        return lead ? std::make_shared<LeadRecord>(*lead, this) : nullptr;
    }
    if (prefix == RecordIds::contactPrefix) {
        const auto contact = m_dataset.contact(id);
        return contact ? std::make_shared<ContactRecord>(*contact, this) : nullptr;
    }
    if (prefix == RecordIds::accountPrefix) {
        const auto account = m_dataset.account(id);
        return account ? std::make_shared<AccountRecord>(*account, this) : nullptr;
    }
    if (prefix == RecordIds::opportunityPrefix) {
        const auto opportunity = m_dataset.opportunity(id);
        return opportunity ? std::make_shared<OpportunityRecord>(*opportunity, this) : nullptr;
    }
    if (prefix == RecordIds::opportunityContactRolePrefix) {
        const auto role = m_dataset.opportunityContactRole(id);
        if (!role) {
            return nullptr;
        }
        const auto contact = m_dataset.contact(role->contactId);
        return std::make_shared<ContactRoleRecord>(*role, this, contact ? contact->createdDate : QDateTime());
    }
    if (prefix == RecordIds::userPrefix) {
        const auto user = m_dataset.salesforceUser(id);
        return user ? std::make_shared<UserRecord>(*user, this) : nullptr;
    }
    if (prefix == RecordIds::groupPrefix) {
        for (const SalesforceQueue& queue : m_dataset.salesforceQueues()) {
            if (queue.id == id) {
                return std::make_shared<StaticRecord>(QStringLiteral("Group"),
                    QVariantHash { { QStringLiteral("Id"), queue.id }, { QStringLiteral("Name"), queue.name },
                        { QStringLiteral("Type"), QStringLiteral("Queue") } });
            }
        }
        return nullptr;
    }
    if (prefix == RecordIds::profilePrefix) {
        for (auto it = m_profileIds.begin(); it != m_profileIds.end(); ++it) {
            if (it.value() == id) {
                return std::make_shared<StaticRecord>(QStringLiteral("Profile"),
                    QVariantHash { { QStringLiteral("Id"), id }, { QStringLiteral("Name"), it.key() },
                        { QStringLiteral("PermissionsApiEnabled"),
                            m_profileApiEnabled.value(it.key(), true) } });
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
