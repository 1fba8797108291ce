#include "sandbox/salesforce/emailoptoutwrites.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/salesforceorg.h"

#include <random>

namespace sia::sandbox::salesforce {

namespace {

const SoqlFieldDef& optOutField(const QString& objectName)
{
    const SoqlFieldDef* known = SoqlSchema::dataApi().object(objectName)->field(EmailOptOutWrites::field);
    Q_ASSERT(known);
    return *known;
}

} // namespace

bool EmailOptOutWrites::writes(QStringView objectName)
{
    return objectName == u"Lead" || objectName == u"Contact";
}

QDateTime EmailOptOutWrites::now() const
{
    const QDateTime at = m_org.now().toUTC();
    return at.addMSecs(-at.time().msec());
}

SfResult<bool> EmailOptOutWrites::currentValue(const QString& objectName, const QString& id) const
{
    if (id.isEmpty() || RecordIds::objectForPrefix(id) != objectName) {
        return SalesforceError::notFound();
    }
    if (m_org.replication().isDeleted(id)) {
        return SalesforceError::entityIsDeleted();
    }
    const std::shared_ptr<const SoqlRecord> record = m_org.records().byId(id);
    if (!record) {
        return SalesforceError::notFound();
    }
    // A person deleted through the control API is gone from Salesforce's side too, for a write.
    const SandboxDataset& dataset = m_org.context().dataset;
    qint64 marketoId = 0;
    if (const std::optional<SalesforceLead> lead = dataset.lead(id)) {
        marketoId = lead->marketoId;
    } else if (const std::optional<SalesforceContact> contact = dataset.contact(id)) {
        marketoId = contact->marketoId;
    }
    if (dataset.isDeleted(marketoId)) {
        return SalesforceError::entityIsDeleted();
    }
    return record->value(optOutField(objectName)).toBool();
}

SfResult<void> EmailOptOutWrites::update(
    const QString& objectName, const QString& id, const QJsonObject& body, const QString& userId)
{
    Q_ASSERT(writes(objectName));
    if (!m_org.access().canEdit(objectName)) {
        return SalesforceError::insufficientAccess();
    }
    const QString normalized = RecordIds::normalize(id);
    SfResult<bool> current = currentValue(objectName, normalized);
    if (!current) {
        return current.error();
    }
    const SoqlObjectDef* object = SoqlSchema::dataApi().object(objectName);
    QStringList notWritable;
    std::optional<QJsonValue> value;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("attributes")) {
            continue;
        }
        const SoqlFieldDef* known = object->field(it.key());
        if (!known) {
            return SalesforceError::make(400, QStringLiteral("INVALID_FIELD"),
                QStringLiteral("No such column '%1' on sobject of type %2").arg(it.key(), objectName));
        }
        if (known->name != field) {
            notWritable << known->name;
            continue;
        }
        value = it.value();
    }
    if (!notWritable.isEmpty()) {
        return SalesforceError::fieldsNotWritable(notWritable);
    }
    // Salesforce coerces some values ("true", 1); the sandbox takes a JSON boolean only (the stricter).
    if (value && !value->isBool()) {
        return SalesforceError::jsonParserError(QStringLiteral("boolean"), *value);
    }
    m_org.emailOptOuts().set(
        normalized, EmailOptOutChange { value ? value->toBool() : *current, now(), userId });
    return {};
}

QList<EmailOptOutWrites::Changed> EmailOptOutWrites::mutate(qint64 count, bool optOut, quint64 draw)
{
    const SandboxDataset& dataset = m_org.context().dataset;
    QStringList activeUsers;
    for (const SalesforceUser& user : dataset.salesforceUsers()) {
        if (user.isActive) {
            activeUsers << user.id;
        }
    }
    QList<Changed> changed;
    const qint64 people = dataset.peopleCount();
    if (people < 1 || activeUsers.isEmpty()) {
        return changed;
    }
    std::mt19937_64 random(draw);
    // A bounded search: few people may qualify (about one in twenty is opted out at start). Twenty draws
    // per person miss a qualifying one with a chance of e^-20; more would only slow a large count down.
    const qint64 mostDraws = qMin(1000 * (qMin(count, people) + 10), 20 * people + 1000);
    for (qint64 draws = 0; changed.size() < count && draws < mostDraws; ++draws) {
        const qint64 number = qint64(random() % quint64(people)) + 1;
        const qint64 marketoId = dataset.firstPersonId() + number - 1;
        if (dataset.isDeleted(marketoId)) {
            continue;
        }
        const QString lead = RecordIds::make(RecordIds::leadPrefix, number);
        const QString id = dataset.lead(lead) ? lead : RecordIds::make(RecordIds::contactPrefix, number);
        const QString objectName = RecordIds::objectForPrefix(id);
        const SfResult<bool> current = currentValue(objectName, id);
        if (!current || *current == optOut) {
            continue; // only in Marketo, or already so (a record chosen before is)
        }
        const QString& user = activeUsers.at(qsizetype(random() % quint64(activeUsers.size())));
        m_org.emailOptOuts().set(id, EmailOptOutChange { optOut, now(), user });
        changed.append({ id, marketoId });
    }
    return changed;
}

} // namespace sia::sandbox::salesforce
