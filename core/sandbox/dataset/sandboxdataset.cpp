#include "sandbox/dataset/sandboxdataset.h"

#include "sandbox/salesforceid.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxoptions.h"

namespace sia::sandbox {
namespace {

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

QString Person::sfdcType() const
{
    switch (crmKind) {
    case CrmKind::Lead:
        return QStringLiteral("Lead");
    case CrmKind::Contact:
        return QStringLiteral("Contact");
    case CrmKind::None:
        break;
    }
    return {};
}

SandboxDataset::SandboxDataset(const SandboxOptions& options, const SandboxClock& clock)
    : m_clock(clock)
    , m_generator(options.seed, options.people)
    , m_users(m_generator.users())
    , m_view(m_generator, m_users)
    , m_queues(m_generator.queues())
    , m_organization(m_generator.organization())
{
    m_organization.organizationType = options.salesforceEdition;
    m_organization.apiEnabled = options.salesforceApiEnabled;
    if (!options.salesforceUserApiEnabled && !m_users.isEmpty()) {
        // A permission belongs to a profile: the integration user moves to one without "API Enabled", as
        // an admin who gave it a restricted custom profile would; the other users keep theirs.
        m_users.first().profileName = QStringLiteral("Integration User - No API");
        m_users.first().apiEnabled = false;
    }
    if (options.salesforceInstalledPackage) {
        // Number 3 among the org's packages (salesforce::InstalledPackages); 1.44 is the current version,
        // --sf-old-package an older one that an upgrade replaces.
        m_package = InstalledPackage { SalesforceId::make(QStringLiteral("0A3"), 3),
            SalesforceId::make(QStringLiteral("033"), 3), QStringLiteral("Marketo Sales Insight"),
            QStringLiteral("mkto_si"), 1, options.salesforceOldPackage ? 30 : 44 };
    }
}

// --- people ------------------------------------------------------------------------------------------

std::optional<Person> SandboxDataset::person(qint64 marketoId) const
{
    const qint64 index = marketoId - firstPersonId();
    if (index < 0 || index >= peopleCount() || m_view.isDeleted(marketoId)) {
        return std::nullopt;
    }
    return personAt(index);
}

QList<qint64> SandboxDataset::peopleWithEmail(const QString& email) const
{
    QList<qint64> ids;
    const std::optional<qint64> source = m_generator.indexFromBaseEmail(email);
    if (!source) {
        return ids;
    }
    const PeopleGenerator::Facts sourceFacts = m_generator.facts(*source);
    if (sourceFacts.hasEmail && !sourceFacts.duplicateEmail) {
        ids.append(firstPersonId() + *source);
    }
    // Duplicates copy the email of someone at most duplicateReach places before them.
    const qint64 last = std::min(peopleCount() - 1, *source + PeopleGenerator::duplicateReach);
    for (qint64 index = *source + 1; index <= last; ++index) {
        const PeopleGenerator::Facts f = m_generator.facts(index);
        if (f.duplicateEmail && f.emailSourceIndex == *source) {
            ids.append(firstPersonId() + index);
        }
    }
    ids.removeIf([this](qint64 id) { return m_view.isDeleted(id); });
    return ids;
}

std::optional<qint64> SandboxDataset::personNumberOf(
    const QString& salesforceId, const QString& keyPrefix) const
{
    const std::optional<SalesforceId> id = SalesforceId::parse(salesforceId);
    if (!id || id->keyPrefix != keyPrefix || id->number < 1 || id->number > peopleCount()) {
        return std::nullopt;
    }
    return id->number;
}

std::optional<Person> SandboxDataset::personBySfdcLeadId(const QString& leadId) const
{
    const std::optional<qint64> number = personNumberOf(leadId, QStringLiteral("00Q"));
    if (!number || m_generator.facts(*number - 1).kind != CrmKind::Lead) {
        return std::nullopt;
    }
    return person(firstPersonId() + *number - 1);
}

std::optional<Person> SandboxDataset::personBySfdcContactId(const QString& contactId) const
{
    const std::optional<qint64> number = personNumberOf(contactId, QStringLiteral("003"));
    if (!number || m_generator.facts(*number - 1).kind != CrmKind::Contact) {
        return std::nullopt;
    }
    return person(firstPersonId() + *number - 1);
}

QList<qint64> SandboxDataset::peopleOfAccount(const QString& accountId) const
{
    QList<qint64> ids;
    const std::optional<SalesforceId> id = SalesforceId::parse(accountId);
    if (!id || id->keyPrefix != u"001" || id->number < 1 || id->number > accountCount()) {
        return ids;
    }
    const qint64 first = (id->number - 1) * PeopleGenerator::peoplePerAccount;
    const qint64 last = std::min(peopleCount(), first + PeopleGenerator::peoplePerAccount);
    for (qint64 index = first; index < last; ++index) {
        if (m_generator.facts(index).kind == CrmKind::Contact && !m_view.isDeleted(firstPersonId() + index)) {
            ids.append(firstPersonId() + index);
        }
    }
    return ids;
}

void SandboxDataset::countKinds() const
{
    if (m_eligibleBase >= 0) {
        return;
    }
    qint64 eligible = 0;
    qint64 leads = 0;
    qint64 contacts = 0;
    m_ownedBase = QList<qint64>(m_users.size(), 0);
    for (qint64 index = 0; index < peopleCount(); ++index) {
        const PeopleGenerator::Facts f = m_generator.facts(index);
        eligible += f.ownerUser >= 0 ? 1 : 0;
        if (f.ownerUser >= 0 && f.ownerUser < m_ownedBase.size()) {
            ++m_ownedBase[f.ownerUser];
        }
        leads += f.kind == CrmKind::Lead ? 1 : 0;
        contacts += f.kind == CrmKind::Contact ? 1 : 0;
    }
    m_eligibleBase = eligible;
    m_leadCount = leads;
    m_contactCount = contacts;
}

qint64 SandboxDataset::eligiblePeopleCount() const
{
    countKinds();
    qint64 deletedEligible = 0;
    for (const qint64 id : m_view.deleted()) {
        deletedEligible += m_generator.hasSalesOwner(id - firstPersonId()) ? 1 : 0;
    }
    return m_eligibleBase - deletedEligible;
}

qint64 SandboxDataset::peopleOwnedBy(const QString& userId) const
{
    const std::optional<SalesforceId> parsed = SalesforceId::parse(userId);
    if (!parsed || parsed->keyPrefix != u"005" || parsed->number < 1 || parsed->number > m_users.size()
        || m_users.at(parsed->number - 1).id != userId) {
        return 0;
    }
    countKinds();
    qint64 deletedOwned = 0;
    for (const qint64 id : m_view.deleted()) {
        deletedOwned += salesOwnerIdOf(id) == userId ? 1 : 0;
    }
    return m_ownedBase.at(parsed->number - 1) - deletedOwned;
}

QString SandboxDataset::salesOwnerIdOf(qint64 marketoId) const
{
    const qint64 index = marketoId - firstPersonId();
    if (index < 0 || index >= peopleCount()) {
        return {};
    }
    const int owner = m_generator.facts(index).ownerUser;
    return owner >= 0 && owner < m_users.size() ? m_users.at(owner).id : QString();
}

qint64 SandboxDataset::leadCount() const
{
    countKinds();
    return m_leadCount;
}

qint64 SandboxDataset::contactCount() const
{
    countKinds();
    return m_contactCount;
}

// --- Salesforce ----------------------------------------------------------------------------------------

std::optional<SalesforceUser> SandboxDataset::salesforceUser(const QString& id) const
{
    const std::optional<SalesforceId> parsed = SalesforceId::parse(id);
    if (!parsed || parsed->keyPrefix != u"005" || parsed->number < 1 || parsed->number > m_users.size()) {
        return std::nullopt;
    }
    return m_users.at(parsed->number - 1);
}

std::optional<SalesforceUser> SandboxDataset::salesforceUserByUsername(const QString& username) const
{
    for (const SalesforceUser& user : m_users) {
        if (user.username.compare(username, Qt::CaseInsensitive) == 0) {
            return user;
        }
    }
    return std::nullopt;
}

std::optional<SalesforceLead> SandboxDataset::lead(const QString& id) const
{
    const std::optional<qint64> number = personNumberOf(id, QStringLiteral("00Q"));
    if (!number) {
        return std::nullopt;
    }
    const PeopleGenerator::Facts f = m_generator.facts(*number - 1);
    if (f.kind != CrmKind::Lead) {
        return std::nullopt;
    }
    const Person p = personAt(*number - 1);
    SalesforceLead lead;
    lead.number = *number;
    lead.id = p.sfdcLeadId;
    lead.firstName = p.firstName;
    lead.lastName = p.lastName;
    lead.email = p.email;
    lead.company
        = p.company.isEmpty() ? QStringLiteral("[not provided]") : p.company; // Company is required on a Lead
    lead.title = p.title;
    lead.phone = p.phone;
    lead.leadSource = p.leadSource;
    static const QList<QString> statuses { QStringLiteral("Open - Not Contacted"),
        QStringLiteral("Working - Contacted"), QStringLiteral("Closed - Not Converted") };
    lead.status = statuses.at(int(mix(seed() ^ quint64(*number)) % 3));
    lead.ownerId = f.ownedByQueue ? m_queues.first().id : p.sfdcLeadOwnerId;
    lead.marketoId = p.id;
    lead.createdDate = p.createdAt;
    lead.lastModifiedDate = p.updatedAt;
    return lead;
}

std::optional<SalesforceContact> SandboxDataset::contact(const QString& id) const
{
    const std::optional<qint64> number = personNumberOf(id, QStringLiteral("003"));
    if (!number || m_generator.facts(*number - 1).kind != CrmKind::Contact) {
        return std::nullopt;
    }
    const Person p = personAt(*number - 1);
    SalesforceContact contact;
    contact.number = *number;
    contact.id = p.sfdcContactId;
    contact.accountId = p.sfdcAccountId;
    contact.firstName = p.firstName;
    contact.lastName = p.lastName;
    contact.email = p.email;
    contact.title = p.title;
    contact.phone = p.phone;
    contact.leadSource = p.leadSource;
    contact.ownerId = p.sfdcLeadOwnerId;
    contact.marketoId = p.id;
    contact.createdDate = p.createdAt;
    contact.lastModifiedDate = p.updatedAt;
    return contact;
}

std::optional<SalesforceAccount> SandboxDataset::account(const QString& id) const
{
    const std::optional<SalesforceId> parsed = SalesforceId::parse(id);
    if (!parsed || parsed->keyPrefix != u"001" || parsed->number < 1 || parsed->number > accountCount()) {
        return std::nullopt;
    }
    return m_generator.account(parsed->number, m_users);
}

std::optional<SalesforceOpportunity> SandboxDataset::opportunity(const QString& id) const
{
    const std::optional<SalesforceId> parsed = SalesforceId::parse(id);
    if (!parsed || parsed->keyPrefix != u"006" || parsed->number < 1) {
        return std::nullopt;
    }
    const qint64 accountNumber = (parsed->number - 1) / 2 + 1;
    if (accountNumber > accountCount()
        || (parsed->number - 1) % 2 >= m_generator.opportunityCountOfAccount(accountNumber)) {
        return std::nullopt;
    }
    return m_generator.opportunity(parsed->number, m_users);
}

std::optional<OpportunityContactRole> SandboxDataset::opportunityContactRole(const QString& id) const
{
    const std::optional<SalesforceId> parsed = SalesforceId::parse(id);
    if (!parsed || parsed->keyPrefix != u"00K" || parsed->number < 1 || parsed->number > peopleCount()
        || !m_generator.contactHasRole(parsed->number - 1)) {
        return std::nullopt;
    }
    static const QList<QString> roles { QStringLiteral("Decision Maker"), QStringLiteral("Economic Buyer"),
        QStringLiteral("Technical Buyer"), QStringLiteral("Evaluator"), QStringLiteral("Influencer") };
    const qint64 index = parsed->number - 1;
    const qint64 accountNumber = m_generator.facts(index).accountNumber;
    OpportunityContactRole role;
    role.number = parsed->number;
    role.id = SalesforceId::make(QStringLiteral("00K"), parsed->number);
    role.opportunityId = SalesforceId::make(QStringLiteral("006"), 2 * (accountNumber - 1) + 1);
    role.contactId = SalesforceId::make(QStringLiteral("003"), parsed->number);
    role.role = roles.at(int(mix(seed() ^ quint64(parsed->number) * 7) % quint64(roles.size())));
    role.isPrimary = true;
    return role;
}

std::optional<SalesforceLead> SandboxDataset::nextLead(qint64 afterNumber) const
{
    for (qint64 number = std::max<qint64>(afterNumber, 0) + 1; number <= peopleCount(); ++number) {
        if (m_generator.facts(number - 1).kind == CrmKind::Lead) {
            return lead(SalesforceId::make(QStringLiteral("00Q"), number));
        }
    }
    return std::nullopt;
}

std::optional<SalesforceContact> SandboxDataset::nextContact(qint64 afterNumber) const
{
    for (qint64 number = std::max<qint64>(afterNumber, 0) + 1; number <= peopleCount(); ++number) {
        if (m_generator.facts(number - 1).kind == CrmKind::Contact) {
            return contact(SalesforceId::make(QStringLiteral("003"), number));
        }
    }
    return std::nullopt;
}

std::optional<SalesforceAccount> SandboxDataset::nextAccount(qint64 afterNumber) const
{
    const qint64 number = std::max<qint64>(afterNumber, 0) + 1;
    if (number > accountCount()) {
        return std::nullopt;
    }
    return m_generator.account(number, m_users);
}

std::optional<SalesforceOpportunity> SandboxDataset::nextOpportunity(qint64 afterNumber) const
{
    for (qint64 number = std::max<qint64>(afterNumber, 0) + 1; (number - 1) / 2 + 1 <= accountCount();
         ++number) {
        if ((number - 1) % 2 < m_generator.opportunityCountOfAccount((number - 1) / 2 + 1)) {
            return m_generator.opportunity(number, m_users);
        }
    }
    return std::nullopt;
}

std::optional<OpportunityContactRole> SandboxDataset::nextOpportunityContactRole(qint64 afterNumber) const
{
    for (qint64 number = std::max<qint64>(afterNumber, 0) + 1; number <= peopleCount(); ++number) {
        if (m_generator.contactHasRole(number - 1)) {
            return opportunityContactRole(SalesforceId::make(QStringLiteral("00K"), number));
        }
    }
    return std::nullopt;
}

// --- the overlay -------------------------------------------------------------------------------------------

qint64 SandboxDataset::nextActivityId()
{
    const quint64 d = mix(seed() * 0x2545f4914f6cdd1dULL + ++m_activityDraws);
    // One activity in four follows a burst (a list email, a campaign run); the others a few strays.
    const qint64 unserved
        = d % 4 == 0 ? activityBurst + qint64((d >> 8) % quint64(2 * activityBurst)) : qint64((d >> 8) % 8);
    m_lastActivityId += unserved + 1;
    return m_lastActivityId;
}

qint64 SandboxDataset::pickLivingPersonIndex()
{
    for (;;) {
        const qint64 index = qint64(mix(seed() * 31 + ++m_mutationDraws) % quint64(peopleCount()));
        if (!m_view.isDeleted(firstPersonId() + index)) {
            return index;
        }
    }
}

QList<qint64> SandboxDataset::mutatePeople(qint64 count)
{
    QList<qint64> changed;
    count = std::min(count, peopleCount() - qint64(m_view.deleted().size()));
    static const QList<QString> fields { QStringLiteral("title"), QStringLiteral("phone"),
        QStringLiteral("leadSource"), QStringLiteral("company") };
    static const QList<QString> newTitles { QStringLiteral("Senior Account Executive"),
        QStringLiteral("Head of Revenue"), QStringLiteral("Chief Revenue Officer"),
        QStringLiteral("Regional Sales Manager"), QStringLiteral("Responsable des ventes") };
    static const QList<QString> newSources { QStringLiteral("Web"), QStringLiteral("Webinar"),
        QStringLiteral("Trade Show"), QStringLiteral("Partner Referral") };
    for (qint64 n = 0; n < count; ++n) {
        const qint64 index = pickLivingPersonIndex();
        Person before = personAt(index);
        const quint64 d = mix(seed() ^ (++m_mutationDraws << 20));
        PersonChange change;
        change.activityId = nextActivityId();
        change.personId = before.id;
        change.at = m_clock.now();
        const int fieldCount = 1 + int(d % 2);
        for (int f = 0; f < 8 && change.fields.size() < fieldCount; ++f) {
            const QString& name = fields.at(int((d >> (8 + f * 4)) % quint64(fields.size())));
            const bool alreadyChanged = std::any_of(change.fields.cbegin(), change.fields.cend(),
                [&](const PersonChange::Field& c) { return c.name == name; });
            if (alreadyChanged || (name == u"company" && before.crmKind == CrmKind::Contact)) {
                continue; // a contact's company is its account's name: it changes in Salesforce, not here
            }
            QString* value = PeopleView::member(&before, name);
            QString next;
            if (name == u"title") {
                next = newTitles.at(int((d >> 16) % quint64(newTitles.size())));
            } else if (name == u"phone") {
                next = PeopleGenerator::phoneNumber(d >> 24);
            } else if (name == u"leadSource") {
                const qsizetype pick = qsizetype((d >> 44) % quint64(newSources.size()));
                next = newSources.at(newSources.at(pick) == *value ? (pick + 1) % newSources.size() : pick);
            } else {
                next = QStringLiteral("Renamed Company %1").arg(change.activityId);
            }
            if (next == *value) {
                next += QStringLiteral(" (v%1)").arg(before.version + 1);
            }
            change.fields.append({ name, *value, next });
            *value = next;
        }
        if (change.fields.isEmpty()) { // every draw fell on a contact's company: change the title instead
            const QString next = QStringLiteral("Title v%1").arg(before.version + 1);
            change.fields.append({ QStringLiteral("title"), before.title, next });
            before.title = next;
        }
        PeopleView::Overlay overlay;
        if (const PeopleView::Overlay* earlier = m_view.overlay(before.id)) {
            overlay = *earlier;
        }
        for (const PersonChange::Field& field : std::as_const(change.fields)) {
            overlay.fields.insert(field.name, field.newValue);
        }
        overlay.updatedAt = change.at;
        overlay.version = before.version + 1;
        m_view.setOverlay(before.id, overlay);
        m_changes.append(change);
        changed.append(before.id);
    }
    return changed;
}

QList<qint64> SandboxDataset::deletePeople(qint64 count)
{
    QList<qint64> deleted;
    count = std::min(count, peopleCount() - qint64(m_view.deleted().size()));
    for (qint64 n = 0; n < count; ++n) {
        const Person p = personAt(pickLivingPersonIndex());
        m_view.markDeleted(p.id);
        m_deletions.append(
            { nextActivityId(), p.id, m_clock.now(), p.lastName + QStringLiteral(", ") + p.firstName });
        deleted.append(p.id);
    }
    return deleted;
}

void SandboxDataset::reset()
{
    m_view.clearOverlay();
    m_changes.clear();
    m_deletions.clear();
    m_lastActivityId = 0;
    m_mutationDraws = 0;
    m_activityDraws = 0;
}

} // namespace sia::sandbox
