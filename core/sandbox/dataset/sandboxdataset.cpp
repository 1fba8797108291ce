#include "sandbox/dataset/sandboxdataset.h"

#include "sandbox/dataset/seedmix.h"
#include "sandbox/salesforceid.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxoptions.h"

namespace sia::sandbox {
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
    , m_activityIds(options.seed)
    , m_activityIdsAfterHistory(options.seed)
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
    generateHistory();
}

QDateTime SandboxDataset::historyStart()
{
    return PeopleGenerator::anchor().addDays(-historyDays);
}

void SandboxDataset::generateHistory()
{
    // One pass over the createdAt of every generated person (no record is built), then the arrivals in
    // time order: about historyDays / 1095 of the people (createdAt spreads over three years).
    const qint64 startMs = historyStart().toMSecsSinceEpoch();
    QList<std::pair<qint64, qint64>> arrivals; // (createdAt ms, index)
    for (qint64 index = 0; index < m_generator.peopleCount(); ++index) {
        const qint64 at = m_generator.createdAtMs(index);
        if (at >= startMs) {
            arrivals.append({ at, index });
        }
    }
    std::sort(arrivals.begin(), arrivals.end());
    m_creations.reserve(arrivals.size());
    for (const auto& [at, index] : std::as_const(arrivals)) {
        m_creations.append({ m_activityIds.next(), firstPersonId() + index,
            QDateTime::fromMSecsSinceEpoch(at, Qt::UTC), m_generator.sourceOf(index) });
    }
    m_generatedCreations = m_creations.size();
    m_activityIdsAfterHistory = m_activityIds;
}

QList<PersonCreation>::const_iterator SandboxDataset::creationsFrom(qint64 firstId) const
{
    return std::lower_bound(m_creations.cbegin(), m_creations.cend(), firstId,
        [](const PersonCreation& creation, qint64 id) { return creation.activityId < id; });
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
    if (const std::optional<qint64> source = m_generator.indexFromBaseEmail(email, peopleCount())) {
        const PeopleGenerator::Facts sourceFacts = m_view.facts(*source);
        if (sourceFacts.hasEmail && !sourceFacts.duplicateEmail) {
            ids.append(firstPersonId() + *source);
        }
        // Duplicates copy the email of someone at most duplicateReach places before them.
        const qint64 last = std::min(peopleCount() - 1, *source + PeopleGenerator::duplicateReach);
        for (qint64 index = *source + 1; index <= last; ++index) {
            const PeopleGenerator::Facts f = m_view.facts(index);
            if (f.duplicateEmail && f.emailSourceIndex == *source) {
                ids.append(firstPersonId() + index);
            }
        }
        // An added person given its own email no longer has the drawn one.
        ids.removeIf([this](qint64 id) {
            const PeopleView::Overlay* overlay = m_view.overlay(id);
            return overlay && overlay->fields.contains(QStringLiteral("email"));
        });
    }
    // Only the added people can be given an email (the control API's "newPeople"): a few, looked at here.
    for (qint64 index = generatedPeopleCount(); index < peopleCount(); ++index) {
        const PeopleView::Overlay* overlay = m_view.overlay(firstPersonId() + index);
        if (overlay && overlay->fields.value(QStringLiteral("email")).compare(email, Qt::CaseInsensitive) == 0
            && !email.isEmpty()) {
            ids.append(firstPersonId() + index);
        }
    }
    std::sort(ids.begin(), ids.end());
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
    if (!number || m_view.facts(*number - 1).kind != CrmKind::Lead) {
        return std::nullopt;
    }
    return person(firstPersonId() + *number - 1);
}

std::optional<Person> SandboxDataset::personBySfdcContactId(const QString& contactId) const
{
    const std::optional<qint64> number = personNumberOf(contactId, QStringLiteral("003"));
    if (!number || m_view.facts(*number - 1).kind != CrmKind::Contact) {
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
        if (m_view.facts(index).kind == CrmKind::Contact && !m_view.isDeleted(firstPersonId() + index)) {
            ids.append(firstPersonId() + index);
        }
    }
    return ids;
}

void SandboxDataset::KindCounts::add(const PeopleGenerator::Facts& f, qint64 sign)
{
    eligible += f.ownerUser >= 0 ? sign : 0;
    if (f.ownerUser >= 0 && f.ownerUser < owned.size()) {
        owned[f.ownerUser] += sign;
    }
    leads += f.kind == CrmKind::Lead ? sign : 0;
    contacts += f.kind == CrmKind::Contact ? sign : 0;
}

SandboxDataset::KindCounts SandboxDataset::kindCounts() const
{
    if (!m_generatedKinds) {
        KindCounts counts;
        counts.owned = QList<qint64>(m_users.size(), 0);
        for (qint64 index = 0; index < generatedPeopleCount(); ++index) {
            counts.add(m_view.drawnFacts(index));
        }
        m_generatedKinds = counts;
    }
    KindCounts counts = *m_generatedKinds;
    for (const qint64 id : m_reownedGenerated) {
        const qint64 index = id - firstPersonId();
        counts.add(m_view.drawnFacts(index), -1);
        counts.add(m_view.facts(index));
    }
    for (qint64 index = generatedPeopleCount(); index < peopleCount(); ++index) {
        counts.add(m_view.facts(index));
    }
    return counts;
}

qint64 SandboxDataset::eligiblePeopleCount() const
{
    qint64 deletedEligible = 0;
    for (const qint64 id : m_view.deleted()) {
        deletedEligible += m_view.facts(id - firstPersonId()).ownerUser >= 0 ? 1 : 0;
    }
    return kindCounts().eligible - deletedEligible;
}

qint64 SandboxDataset::peopleOwnedBy(const QString& userId) const
{
    const std::optional<SalesforceId> parsed = SalesforceId::parse(userId);
    if (!parsed || parsed->keyPrefix != u"005" || parsed->number < 1 || parsed->number > m_users.size()
        || m_users.at(parsed->number - 1).id != userId) {
        return 0;
    }
    qint64 deletedOwned = 0;
    for (const qint64 id : m_view.deleted()) {
        deletedOwned += salesOwnerIdOf(id) == userId ? 1 : 0;
    }
    return kindCounts().owned.at(parsed->number - 1) - deletedOwned;
}

QString SandboxDataset::salesOwnerIdOf(qint64 marketoId) const
{
    const qint64 index = marketoId - firstPersonId();
    if (index < 0 || index >= peopleCount()) {
        return {};
    }
    const int owner = m_view.facts(index).ownerUser;
    return owner >= 0 && owner < m_users.size() ? m_users.at(owner).id : QString();
}

qint64 SandboxDataset::leadCount() const
{
    return kindCounts().leads;
}

qint64 SandboxDataset::contactCount() const
{
    return kindCounts().contacts;
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
    const PeopleGenerator::Facts f = m_view.facts(*number - 1);
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
    lead.status = statuses.at(int(seedMix(seed() ^ quint64(*number)) % 3));
    lead.ownerId = f.ownedByQueue ? m_queues.first().id : p.sfdcLeadOwnerId;
    lead.marketoId = p.id;
    lead.hasOptedOutOfEmail = p.unsubscribed;
    lead.createdDate = p.createdAt;
    lead.lastModifiedDate = p.updatedAt;
    return lead;
}

std::optional<SalesforceContact> SandboxDataset::contact(const QString& id) const
{
    const std::optional<qint64> number = personNumberOf(id, QStringLiteral("003"));
    if (!number || m_view.facts(*number - 1).kind != CrmKind::Contact) {
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
    contact.hasOptedOutOfEmail = p.unsubscribed;
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
        || parsed->number > generatedPeopleCount() || !m_generator.contactHasRole(parsed->number - 1)) {
        return std::nullopt;
    }
    static const QList<QString> roles { QStringLiteral("Decision Maker"), QStringLiteral("Economic Buyer"),
        QStringLiteral("Technical Buyer"), QStringLiteral("Evaluator"), QStringLiteral("Influencer") };
    const qint64 index = parsed->number - 1;
    const qint64 accountNumber = m_view.facts(index).accountNumber;
    OpportunityContactRole role;
    role.number = parsed->number;
    role.id = SalesforceId::make(QStringLiteral("00K"), parsed->number);
    role.opportunityId = SalesforceId::make(QStringLiteral("006"), 2 * (accountNumber - 1) + 1);
    role.contactId = SalesforceId::make(QStringLiteral("003"), parsed->number);
    role.role = roles.at(int(seedMix(seed() ^ quint64(parsed->number) * 7) % quint64(roles.size())));
    role.isPrimary = true;
    return role;
}

std::optional<SalesforceLead> SandboxDataset::nextLead(qint64 afterNumber) const
{
    for (qint64 number = std::max<qint64>(afterNumber, 0) + 1; number <= peopleCount(); ++number) {
        if (m_view.facts(number - 1).kind == CrmKind::Lead) {
            return lead(SalesforceId::make(QStringLiteral("00Q"), number));
        }
    }
    return std::nullopt;
}

std::optional<SalesforceContact> SandboxDataset::nextContact(qint64 afterNumber) const
{
    for (qint64 number = std::max<qint64>(afterNumber, 0) + 1; number <= peopleCount(); ++number) {
        if (m_view.facts(number - 1).kind == CrmKind::Contact) {
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
    for (qint64 number = std::max<qint64>(afterNumber, 0) + 1; number <= generatedPeopleCount(); ++number) {
        if (m_generator.contactHasRole(number - 1)) {
            return opportunityContactRole(SalesforceId::make(QStringLiteral("00K"), number));
        }
    }
    return std::nullopt;
}

// --- the overlay -------------------------------------------------------------------------------------------

qint64 SandboxDataset::pickLivingPersonIndex()
{
    for (;;) {
        const qint64 index = qint64(seedMix(seed() * 31 + ++m_mutationDraws) % quint64(peopleCount()));
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
        const quint64 d = seedMix(seed() ^ (++m_mutationDraws << 20));
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

QList<qint64> SandboxDataset::reownPeople(qint64 count, OwnerChange change)
{
    QList<qint64> reowned;
    const qint64 users = m_users.size();
    count = std::min(count, livingPeopleCount());
    // A bounded search: a small data set may hold too few leads of the kind asked.
    for (qint64 draws = 0; reowned.size() < count && draws < 1000 * (count + 10); ++draws) {
        const qint64 index = pickLivingPersonIndex();
        const qint64 id = firstPersonId() + index;
        const PeopleGenerator::Facts f = m_view.facts(index);
        const bool owned = f.ownerUser >= 0;
        if (f.kind == CrmKind::None || reowned.contains(id)) {
            continue;
        }
        const quint64 d = seedMix(seed() ^ (++m_mutationDraws << 24));
        bool toQueue = change == OwnerChange::ToQueue;
        if (change == OwnerChange::Drawn) {
            toQueue = f.kind == CrmKind::Lead && owned && d % 2 == 0;
        }
        if (toQueue && (f.kind != CrmKind::Lead || !owned)) {
            continue; // only a lead can belong to a queue; a contact always has a user as owner
        }
        int next = -1;
        if (!toQueue) {
            next = owned ? int((f.ownerUser + 1 + qint64((d >> 8) % quint64(users - 1))) % users)
                         : int((d >> 8) % quint64(users));
        }
        const Person before = personAt(index);
        PeopleView::Overlay overlay;
        if (const PeopleView::Overlay* earlier = m_view.overlay(id)) {
            overlay = *earlier;
        }
        PersonChange record;
        record.activityId = nextActivityId();
        record.personId = id;
        record.at = m_clock.now();
        const QString nextId = next >= 0 ? m_users.at(next).id : QString();
        const QString nextEmail = next >= 0 ? m_users.at(next).email : QString();
        record.fields.append({ QStringLiteral("sfdcLeadOwnerId"), before.sfdcLeadOwnerId, nextId });
        record.fields.append(
            { QStringLiteral("leadOwnerEmailAddress"), before.leadOwnerEmailAddress, nextEmail });
        overlay.ownerUser = next;
        overlay.updatedAt = record.at;
        overlay.version = before.version + 1;
        m_view.setOverlay(id, overlay);
        if (!m_view.isAdded(index)) {
            m_reownedGenerated.insert(id);
        }
        m_changes.append(record);
        reowned.append(id);
    }
    return reowned;
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

QList<qint64> SandboxDataset::addPeople(const NewPeopleSpec& spec)
{
    QList<qint64> added;
    // In whole seconds, as Marketo keeps createdAt: a bulk export window (whole seconds too) ending at the
    // second the person shows must hold it.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock.now().toSecsSinceEpoch(), Qt::UTC);
    for (qint64 n = 0; n < spec.count; ++n) {
        const qint64 index = m_view.addPerson({ now.toMSecsSinceEpoch(), spec.ownership }, spec.fields);
        const qint64 id = firstPersonId() + index;
        m_creations.append({ nextActivityId(), id, now, PersonSource::WebServiceApi });
        added.append(id);
    }
    return added;
}

void SandboxDataset::reset()
{
    m_view.clearOverlay();
    m_changes.clear();
    m_deletions.clear();
    m_creations.resize(m_generatedCreations);
    m_activityIds = m_activityIdsAfterHistory;
    m_mutationDraws = 0;
    m_reownedGenerated.clear();
}

} // namespace sia::sandbox
