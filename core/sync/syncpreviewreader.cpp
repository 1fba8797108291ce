#include "sync/syncpreviewreader.h"

#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"
#include "salesforce/salesforceapi.h"
#include "salesforce/salesforceclient.h"
#include "salesforce/salesforceclientsource.h"
#include "sync/personfields.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace sia {

namespace {

QString opportunityColumn()
{
    return QStringLiteral("sfdc_opportunity_id");
}

// A Salesforce ID as SOQL may quote it: 15 or 18 letters and digits, nothing else (the IDs come from
// Salesforce's own answer, but a quote in one must never reach the query).
bool isSalesforceId(const QString& id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$"));
    return shape.match(id).hasMatch();
}

QStringList idsOf(const QList<QJsonObject>& records)
{
    QStringList ids;
    for (const QJsonObject& record : records) {
        const QString id = record.value(QStringLiteral("Id")).toString();
        if (isSalesforceId(id)) {
            ids.append(id);
        }
    }
    return ids;
}

QString quotedList(const QStringList& ids)
{
    QStringList quoted;
    for (const QString& id : ids) {
        quoted.append(QLatin1Char('\'') + id + QLatin1Char('\''));
    }
    return quoted.join(QLatin1Char(','));
}

// describe2.json answers one record holding "fields" (name, displayName); describe.json answers the
// fields themselves (rest.name, displayName). Both become name → display name.
QList<QPair<QString, QString>> describedFields(const QList<QJsonObject>& describe)
{
    QList<QPair<QString, QString>> fields;
    const auto add = [&fields](const QJsonObject& field) {
        QString name = field.value(QStringLiteral("name")).toString();
        if (name.isEmpty()) {
            name = field.value(QStringLiteral("rest")).toObject().value(QStringLiteral("name")).toString();
        }
        if (!name.isEmpty()) {
            fields.append({ name, field.value(QStringLiteral("displayName")).toString() });
        }
    };
    for (const QJsonObject& record : describe) {
        if (record.contains(QStringLiteral("fields"))) {
            for (const QJsonValue& field : record.value(QStringLiteral("fields")).toArray()) {
                add(field.toObject());
            }
        } else {
            add(record);
        }
    }
    return fields;
}

} // namespace

// text ------------------------------------------------------------------------------------------------

QString SyncPreviewText::label(const QString& column)
{
    for (const PersonFieldInfo& info : PersonFields::all()) {
        if (column == QLatin1String(info.column)) {
            return PersonFields::label(info.field);
        }
    }
    return column;
}

QString SyncPreviewText::opportunityNote()
{
    return tr("Marketo has no opportunity field on a person: the sync reads each contact's primary "
              "OpportunityContactRole in Salesforce instead. Leads have no opportunity.");
}

QString SyncPreviewText::missingFieldNote(const QStringList& candidates)
{
    return tr("The subscription's field list (describe) has no field named %1: this field stays empty "
              "until it exists in Marketo.")
        .arg(candidates.join(QStringLiteral(" / ")));
}

QString SyncPreviewText::noSalesforceNote(const QString& why)
{
    return tr("No sample values yet: the sample people are read from Salesforce, which answered: %1")
        .arg(why);
}

QString SyncPreviewText::partialNote(const QString& why)
{
    return tr("Some sample values are missing: Salesforce answered only part of what was asked (%1). Preview "
              "again to read them.")
        .arg(why);
}

QString SyncPreviewText::noSamplesNote()
{
    return tr("No sample values: no lead owned by a user and no contact in Salesforce was found in Marketo "
              "by its Salesforce ID. Check that the Marketo-Salesforce sync runs (the prerequisites).");
}

QString SyncPreviewText::marketoIdSource()
{
    return tr("— (Marketo's own ID)");
}

QString SyncPreviewText::linkedInSource()
{
    return tr("— (Marketo only)");
}

// definitions ------------------------------------------------------------------------------------------

const QList<PreviewFieldDefinition>& SyncPreviewReader::definitions()
{
    // The sync's own field table (PersonFields: the one place that knows how Marketo may spell each
    // field), its 13 synced fields in SPEC order.
    static const QList<PreviewFieldDefinition> fields = [] {
        QList<PreviewFieldDefinition> list;
        for (const PersonFieldInfo& info : PersonFields::all()) {
            if (info.synced) {
                list.append({ QString::fromLatin1(info.column), info.restNames,
                    QString::fromLatin1(info.salesforceSource) });
            }
        }
        return list;
    }();
    return fields;
}

QList<SyncPreviewField> SyncPreviewReader::resolve(const QList<QJsonObject>& describe)
{
    const QList<QPair<QString, QString>> described = describedFields(describe);
    const auto find
        = [&described](const QString& name, Qt::CaseSensitivity cs) -> const QPair<QString, QString>* {
        for (const QPair<QString, QString>& field : described) {
            if (field.first.compare(name, cs) == 0) {
                return &field;
            }
        }
        return nullptr;
    };
    QList<SyncPreviewField> fields;
    for (const PreviewFieldDefinition& definition : definitions()) {
        SyncPreviewField field;
        field.actionsColumn = definition.actionsColumn;
        field.actionsField = SyncPreviewText::label(definition.actionsColumn);
        field.salesforceSource = definition.salesforceSource;
        if (definition.actionsColumn == u"marketo_id") {
            field.salesforceSource = SyncPreviewText::marketoIdSource();
        } else if (definition.salesforceSource.isEmpty()) {
            field.salesforceSource = SyncPreviewText::linkedInSource();
        }
        if (definition.restNames.isEmpty()) {
            field.note = SyncPreviewText::opportunityNote();
            fields.append(field);
            continue;
        }
        // An exact spelling first; then one that differs only in case (linkedInProfileURL).
        const QPair<QString, QString>* match = nullptr;
        for (const QString& name : definition.restNames) {
            if ((match = find(name, Qt::CaseSensitive))) {
                break;
            }
        }
        for (qsizetype i = 0; !match && i < definition.restNames.size(); ++i) {
            match = find(definition.restNames.at(i), Qt::CaseInsensitive);
        }
        if (match) {
            field.marketoField = match->first;
            field.marketoLabel = match->second;
        } else {
            field.note = SyncPreviewText::missingFieldNote(definition.restNames);
        }
        fields.append(field);
    }
    return fields;
}

QString SyncPreviewReader::sampleValue(const QJsonObject& person, const QString& restName)
{
    const QJsonValue value = person.value(restName);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toInteger(qint64(value.toDouble())));
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

// the read ---------------------------------------------------------------------------------------------

struct SyncPreviewReader::Run
{
    int samples = 0;
    std::function<void(Result<SyncPreview>)> done;
    int pending = 0; // calls in flight in the current round
    bool lookupsStarted = false;
    std::optional<QList<SyncPreviewField>> fields; // from describe
    QStringList leadIds; // Salesforce, in its order
    QStringList contactIds;
    QString salesforceProblem; // why there are no samples from Salesforce
    SalesforceClient* salesforce = nullptr;
    QHash<QString, QJsonObject> byLeadId; // Marketo people
    QHash<QString, QJsonObject> byContactId;
    QHash<QString, QString> opportunityByContact;
    bool failed = false;
};

SyncPreviewReader::SyncPreviewReader(
    MarketoClient& marketo, SalesforceClientSource* salesforce, QObject* parent)
    : QObject(parent)
    , m_marketo(marketo)
    , m_salesforce(salesforce)
{ }

SyncPreviewReader::~SyncPreviewReader() = default;

void SyncPreviewReader::read(int samples, std::function<void(Result<SyncPreview>)> done)
{
    if (m_run) {
        done(Error::rule(QStringLiteral("sync.preview-busy"),
            SyncPreviewText::tr("The preview is already being read: wait for it to finish.")));
        return;
    }
    m_run = std::make_shared<Run>();
    m_run->samples = std::clamp(samples, 0, maxSamples);
    m_run->done = std::move(done);

    // Round one, in parallel: describe, and (through the connected org) the owned leads and contacts.
    ++m_run->pending;
    MarketoApi(m_marketo).describeLeads(this, [this, run = m_run](Result<QList<QJsonObject>> describe) {
        if (run != m_run) {
            return; // a run that failed already
        }
        --m_run->pending;
        if (!describe) {
            fail(describe.error());
            return;
        }
        m_run->fields = resolve(*describe);
        finishIfDone();
    });
    if (m_run->samples > 0 && m_salesforce) {
        ++m_run->pending;
        m_salesforce->withClient(this, [this, run = m_run](Result<SalesforceClient*> client) {
            if (run != m_run) {
                return;
            }
            --m_run->pending;
            if (!client) {
                m_run->salesforceProblem = client.error().message;
            } else {
                m_run->salesforce = *client;
                querySalesforce(m_run->samples);
            }
            finishIfDone();
        });
    } else if (m_run->samples > 0) {
        m_run->salesforceProblem = SyncPreviewText::tr("Salesforce is not connected: connect it in step 2.");
    }
}

void SyncPreviewReader::querySalesforce(int samples)
{
    // Half leads (the rounder half), half contacts: both kinds of person, as the sync takes both. Only a
    // lead owned by a user has a Sales Owner (a queue is no owner); a contact's owner is always a user.
    const int leads = (samples + 1) / 2;
    const int contacts = samples - leads;
    SalesforceApi api(*m_run->salesforce);
    ++m_run->pending;
    api.query(QStringLiteral("SELECT Id FROM Lead WHERE IsConverted = false AND Owner.Type = 'User' "
                             "LIMIT %1")
                  .arg(leads),
        this, [this, run = m_run](Result<SalesforceQueryResult> answer) {
            if (run != m_run) {
                return;
            }
            --m_run->pending;
            if (!answer) {
                m_run->salesforceProblem = answer.error().message;
            } else {
                m_run->leadIds = idsOf(answer->records);
            }
            finishIfDone();
        });
    if (contacts > 0) {
        ++m_run->pending;
        api.query(QStringLiteral("SELECT Id FROM Contact LIMIT %1").arg(contacts), this,
            [this, run = m_run](Result<SalesforceQueryResult> answer) {
                if (run != m_run) {
                    return;
                }
                --m_run->pending;
                if (!answer) {
                    m_run->salesforceProblem = answer.error().message;
                } else {
                    m_run->contactIds = idsOf(answer->records);
                }
                finishIfDone();
            });
    }
}

void SyncPreviewReader::lookUpPeople()
{
    // Round two, in parallel: the people in Marketo by their Salesforce IDs, and the contacts' primary
    // roles in Salesforce.
    m_run->lookupsStarted = true;
    QStringList fields;
    for (const SyncPreviewField& field : *m_run->fields) {
        if (!field.marketoField.isEmpty() && !fields.contains(field.marketoField)) {
            fields.append(field.marketoField);
        }
    }
    const auto lookup = [this, &fields](const QString& filterType, const QStringList& ids,
                            QHash<QString, QJsonObject> Run::*into) {
        if (ids.isEmpty()) {
            return;
        }
        QStringList wanted = fields;
        if (!wanted.contains(filterType)) {
            wanted.append(filterType);
        }
        ++m_run->pending;
        MarketoApi(m_marketo).lookupLeads(filterType, ids, wanted, this,
            [this, run = m_run, filterType, into](Result<QList<QJsonObject>> people) {
                if (run != m_run) {
                    return;
                }
                --m_run->pending;
                if (!people) {
                    fail(people.error());
                    return;
                }
                for (const QJsonObject& person : *people) {
                    const QString key = person.value(filterType).toString();
                    if (!((*m_run).*into).contains(key)) { // duplicates in Marketo: the first is shown
                        ((*m_run).*into).insert(key, person);
                    }
                }
                finishIfDone();
            });
    };
    lookup(QStringLiteral("sfdcLeadId"), m_run->leadIds, &Run::byLeadId);
    lookup(QStringLiteral("sfdcContactId"), m_run->contactIds, &Run::byContactId);
    if (!m_run->contactIds.isEmpty() && m_run->salesforce) {
        ++m_run->pending;
        SalesforceApi(*m_run->salesforce)
            .query(QStringLiteral("SELECT ContactId, OpportunityId FROM OpportunityContactRole WHERE "
                                  "IsPrimary = true AND ContactId IN (%1)")
                       .arg(quotedList(m_run->contactIds)),
                this, [this, run = m_run](Result<SalesforceQueryResult> answer) {
                    if (run != m_run) {
                        return;
                    }
                    --m_run->pending;
                    if (answer) {
                        for (const QJsonObject& role : answer->records) {
                            m_run->opportunityByContact.insert(
                                role.value(QStringLiteral("ContactId")).toString(),
                                role.value(QStringLiteral("OpportunityId")).toString());
                        }
                    } else {
                        m_run->salesforceProblem = answer.error().message;
                    }
                    finishIfDone();
                });
    }
}

void SyncPreviewReader::finishIfDone()
{
    if (!m_run || m_run->failed || m_run->pending > 0) {
        return;
    }
    if (!m_run->lookupsStarted && (!m_run->leadIds.isEmpty() || !m_run->contactIds.isEmpty())) {
        lookUpPeople();
        if (m_run->pending > 0) {
            return;
        }
    }
    SyncPreview preview;
    preview.fields = *m_run->fields;
    QList<QPair<QJsonObject, QString>> people; // person, opportunity
    for (const QString& id : std::as_const(m_run->leadIds)) {
        if (m_run->byLeadId.contains(id)) {
            people.append({ m_run->byLeadId.value(id), QString() });
        }
    }
    for (const QString& id : std::as_const(m_run->contactIds)) {
        if (m_run->byContactId.contains(id)) {
            people.append({ m_run->byContactId.value(id), m_run->opportunityByContact.value(id) });
        }
    }
    for (const auto& [person, opportunity] : std::as_const(people)) {
        preview.sampledMarketoIds.append(person.value(QStringLiteral("id")).toInteger());
        for (SyncPreviewField& field : preview.fields) {
            field.samples.append(field.actionsColumn == opportunityColumn()
                    ? opportunity
                    : (field.marketoField.isEmpty() ? QString() : sampleValue(person, field.marketoField)));
        }
    }
    if (!m_run->salesforceProblem.isEmpty()) {
        preview.note = people.isEmpty() ? SyncPreviewText::noSalesforceNote(m_run->salesforceProblem)
                                        : SyncPreviewText::partialNote(m_run->salesforceProblem);
    } else if (people.isEmpty() && m_run->samples > 0) {
        preview.note = SyncPreviewText::noSamplesNote();
    }
    std::shared_ptr<Run> run = std::move(m_run);
    run->done(std::move(preview));
}

void SyncPreviewReader::fail(const Error& error)
{
    if (!m_run || m_run->failed) {
        return;
    }
    m_run->failed = true;
    // Answers at once; the calls still in flight then find their run gone and do nothing.
    std::shared_ptr<Run> run = std::move(m_run);
    run->done(error);
}

} // namespace sia
