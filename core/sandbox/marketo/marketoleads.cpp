#include "sandbox/marketo/marketoleads.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/dataset/seedmix.h"
#include "sandbox/marketo/marketoenvelope.h"
#include "sandbox/marketo/marketoparameters.h"
#include "sandbox/marketo/marketopartitions.h"
#include "sandbox/marketo/pagetoken.h"
#include "sandbox/marketo/textwriter.h"
#include "sandbox/sandboxlimits.h"

#include <QSet>

#include <algorithm>

namespace sia::sandbox::marketo {
namespace {

bool isScan(const QString& filterType)
{
    // Too many people per value to gather up front: walk the ids instead.
    return filterType == u"sfdcLeadOwnerId" || filterType == u"leadPartitionId";
}

} // namespace

SandboxResponse MarketoLeads::leads(const SandboxRequest& request, const QString& requestId) const
{
    const MarketoParameters params(request);
    const QString filterType = params.value(QStringLiteral("filterType"));
    if (filterType.isEmpty()) {
        return Envelope::failure(
            requestId, QString::fromLatin1(code::invalidValue), QStringLiteral("filterType cannot be blank"));
    }
    if (!MarketoFields::searchable().contains(filterType)) {
        return Envelope::failure(requestId, QString::fromLatin1(code::invalidValue),
            QStringLiteral("Invalid filterType '%1'").arg(filterType));
    }
    const QStringList values = params.list(QStringLiteral("filterValues"));
    if (values.isEmpty()) {
        return Envelope::failure(requestId, QString::fromLatin1(code::invalidValue),
            QStringLiteral("filterValues cannot be blank"));
    }
    if (values.size() > m_limits.marketoBatchSize) {
        return Envelope::failure(requestId, QString::fromLatin1(code::invalidValue),
            QStringLiteral("Too many filterValues: %1, at most %2")
                .arg(values.size())
                .arg(m_limits.marketoBatchSize));
    }
    int batchSize = m_limits.marketoBatchSize;
    if (params.has(QStringLiteral("batchSize"))) {
        bool ok = false;
        batchSize = params.value(QStringLiteral("batchSize")).toInt(&ok);
        if (!ok || batchSize < 1 || batchSize > m_limits.marketoBatchSize) {
            return Envelope::failure(requestId, QString::fromLatin1(code::invalidValue),
                QStringLiteral("Invalid batchSize '%1'").arg(params.value(QStringLiteral("batchSize"))));
        }
    }
    QList<FieldKey> fields = MarketoFields::defaultFields();
    if (params.has(QStringLiteral("fields"))) {
        fields.clear();
        for (const QString& name : params.list(QStringLiteral("fields"))) {
            const MarketoField* field = MarketoFields::byRestName(name);
            if (!field) {
                return Envelope::failure(requestId, QString::fromLatin1(code::fieldNotFound),
                    QStringLiteral("Field '%1' not found").arg(name));
            }
            fields.append(field->key);
        }
    }
    const quint32 fingerprint = PageToken::fingerprintOf(filterType + u'|' + values.join(u','));
    qint64 cursor = 0;
    if (params.has(QStringLiteral("nextPageToken"))) {
        const std::optional<PageToken> token
            = PageToken::decode(params.value(QStringLiteral("nextPageToken")));
        if (!token || token->kind != 'L' || token->fingerprint != fingerprint) {
            return Envelope::failure(
                requestId, QString::fromLatin1(code::invalidValue), QStringLiteral("Invalid nextPageToken"));
        }
        cursor = token->position;
    }
    if (matchCount(filterType, values) > maxMatches) {
        // Marketo looks people up; it does not page through its database (that is the bulk extract).
        return Envelope::failure(requestId, QString::fromLatin1(code::invalidValue),
            QStringLiteral("Too many results match the filter: at most %1").arg(maxMatches));
    }

    const QList<qint64> ids = matches(filterType, values, cursor, batchSize);
    const qsizetype onPage = std::min<qsizetype>(ids.size(), batchSize);
    // The envelope and the page are written into one buffer: no copy of the page afterwards.
    QByteArray json;
    json.reserve(
        onPage * (200 + 96 * fields.size()) + 256); // more than enough: writeLead asks for the worst case
    json += "{\"requestId\":";
    text::appendJsonString(json, requestId);
    json += ",\"result\":[";
    for (qsizetype i = 0; i < onPage; ++i) {
        if (i > 0) {
            json += ',';
        }
        MarketoFields::writeLead(json, *m_dataset.person(ids.at(i)), fields,
            leavesEmptyFieldsOut(ids.at(i)) ? MarketoFields::EmptyFields::LeftOut
                                            : MarketoFields::EmptyFields::Null);
    }
    json += "],\"success\":true";
    if (ids.size() > batchSize) {
        json += ",\"nextPageToken\":";
        text::appendJsonString(json, PageToken { 'L', fingerprint, ids.at(onPage - 1) }.encode());
    }
    json += '}';
    return SandboxResponse::rawJson(std::move(json));
}

bool MarketoLeads::leavesEmptyFieldsOut(qint64 personId) const
{
    return seedMix(m_dataset.seed() * 0x9e3779b97f4a7c15ULL ^ quint64(personId)) % 2 == 0;
}

qint64 MarketoLeads::matchCount(const QString& filterType, const QStringList& values) const
{
    if (filterType == u"leadPartitionId") {
        return std::any_of(values.cbegin(), values.cend(), MarketoPartitions::holdsEveryone)
            ? m_dataset.livingPeopleCount()
            : 0;
    }
    if (filterType == u"sfdcLeadOwnerId") {
        qint64 count = 0;
        const QStringList owners = QSet<QString>(values.cbegin(), values.cend()).values();
        for (const QString& owner : owners) {
            count += m_dataset.peopleOwnedBy(owner);
        }
        return count;
    }
    return lookupMatches(filterType, values).size();
}

QList<qint64> MarketoLeads::lookupMatches(const QString& filterType, const QStringList& values) const
{
    QList<qint64> ids;
    for (const QString& value : values) {
        ids.append(matchesOfValue(filterType, value));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QList<qint64> MarketoLeads::matches(
    const QString& filterType, const QStringList& values, qint64 cursor, int limit) const
{
    QList<qint64> ids;
    if (isScan(filterType)) {
        const bool everyone = filterType == u"leadPartitionId";
        if (everyone && !std::any_of(values.cbegin(), values.cend(), MarketoPartitions::holdsEveryone)) {
            return ids;
        }
        for (qint64 id = std::max(cursor + 1, m_dataset.firstPersonId());
             id <= m_dataset.lastPersonId() && ids.size() <= limit; ++id) {
            if (m_dataset.isDeleted(id)) {
                continue;
            }
            if (everyone) {
                ids.append(id);
            } else if (values.contains(m_dataset.salesOwnerIdOf(id))) {
                ids.append(id);
            }
        }
        return ids;
    }
    ids = lookupMatches(filterType, values);
    ids.removeIf([cursor](qint64 id) { return id <= cursor; });
    if (ids.size() > limit + 1) {
        ids.resize(limit + 1);
    }
    return ids;
}

QList<qint64> MarketoLeads::matchesOfValue(const QString& filterType, const QString& value) const
{
    if (filterType == u"id") {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        return ok && m_dataset.person(id) ? QList<qint64> { id } : QList<qint64> {};
    }
    if (filterType == u"email") {
        return m_dataset.peopleWithEmail(value);
    }
    if (filterType == u"sfdcLeadId" || filterType == u"sfdcContactId") {
        const std::optional<Person> p = filterType == u"sfdcLeadId" ? m_dataset.personBySfdcLeadId(value)
                                                                    : m_dataset.personBySfdcContactId(value);
        return p ? QList<qint64> { p->id } : QList<qint64> {};
    }
    if (filterType == u"sfdcAccountId") {
        return m_dataset.peopleOfAccount(value);
    }
    if (filterType == u"sfdcOpptyId") {
        // The people with a contact role on the opportunity (synced from Salesforce).
        const std::optional<SalesforceOpportunity> opportunity = m_dataset.opportunity(value);
        QList<qint64> ids;
        if (opportunity) {
            for (const qint64 id : m_dataset.peopleOfAccount(opportunity->accountId)) {
                if (m_dataset.person(id)->primaryOpportunityId == opportunity->id) {
                    ids.append(id);
                }
            }
        }
        return ids;
    }
    return {};
}

} // namespace sia::sandbox::marketo
