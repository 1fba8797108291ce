#include "sandbox/marketo/marketoactivities.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/marketo/activitylogpager.h"
#include "sandbox/marketo/marketoactivitytypes.h"
#include "sandbox/marketo/marketoenvelope.h"
#include "sandbox/marketo/marketofields.h"
#include "sandbox/marketo/marketoparameters.h"
#include "sandbox/marketo/pagetoken.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxcounters.h"
#include "sandbox/sandboxlimits.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <variant>

namespace sia::sandbox::marketo {
namespace {

QString restNameOfMember(const QString& member)
{
    // Person members are Marketo's REST names except for the LinkedIn URL's spelling.
    return member == u"linkedInProfileUrl" ? QStringLiteral("linkedInProfileURL") : member;
}

QString invalid()
{
    return QString::fromLatin1(code::invalidValue);
}

QJsonObject attribute(const QString& name, const QString& value)
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } };
}

// A New Lead activity's attributes as Marketo records them: the creation date (a date, not a time), how the
// person came in, and the form or list it came through.
QJsonArray newLeadAttributes(const PersonCreation& creation)
{
    static const QList<QString> forms { QStringLiteral("Website.Contact Us"),
        QStringLiteral("Webinar 2024-12.Registration"), QStringLiteral("Pricing Page.Demo Request") };
    static const QList<QString> lists { QStringLiteral("Trade Show 2024 Leads"),
        QStringLiteral("Partner Referrals Q4"), QStringLiteral("Purchased List December") };
    QJsonArray attributes { attribute(
        QStringLiteral("Created Date"), creation.at.date().toString(Qt::ISODate)) };
    switch (creation.source) {
    case PersonSource::WebForm:
        attributes.append(attribute(QStringLiteral("Form Name"), forms.at(creation.personId % forms.size())));
        attributes.append(attribute(QStringLiteral("Source Type"), QStringLiteral("Web form fillout")));
        break;
    case PersonSource::ListImport:
        attributes.append(attribute(QStringLiteral("List Name"), lists.at(creation.personId % lists.size())));
        attributes.append(attribute(QStringLiteral("Source Type"), QStringLiteral("List import")));
        break;
    case PersonSource::WebServiceApi:
        attributes.append(attribute(QStringLiteral("Source Type"), QStringLiteral("Web service API")));
        break;
    }
    return attributes;
}

// What every New Lead activity says, in lead changes as in activities.
QJsonObject newLeadActivity(const PersonCreation& creation)
{
    return QJsonObject { { QStringLiteral("id"), creation.activityId },
        { QStringLiteral("marketoGUID"), QString::number(creation.activityId) },
        { QStringLiteral("leadId"), creation.personId },
        { QStringLiteral("activityDate"), marketoTime(creation.at) },
        { QStringLiteral("activityTypeId"), MarketoActivityTypes::newLead },
        { QStringLiteral("attributes"), newLeadAttributes(creation) } };
}

// Marketo's activity reads take at most 30 lead ids.
constexpr int maxLeadIds = 30;

// The leadIds filter (empty: every lead), or the 1003 message that refuses it: more than 30 ids, an id
// that is not a number, or a listId (the sandbox has no static lists, so it refuses rather than ignores).
std::variant<QSet<qint64>, QString> leadFilterFrom(const MarketoParameters& params)
{
    if (params.has(QStringLiteral("listId"))) {
        return QStringLiteral("listId: the sandbox has no static lists");
    }
    const QStringList ids = params.list(QStringLiteral("leadIds"));
    if (ids.size() > maxLeadIds) {
        return QStringLiteral("leadIds: at most %1 ids, %2 given").arg(maxLeadIds).arg(ids.size());
    }
    QSet<qint64> leadIds;
    for (const QString& id : ids) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (!ok || value <= 0) {
            return QStringLiteral("leadIds: '%1' is not a lead id").arg(id);
        }
        leadIds.insert(value);
    }
    return leadIds;
}

} // namespace

MarketoActivities::MarketoActivities(SandboxDataset& dataset, const SandboxClock& clock,
    SandboxCounters& counters, const SandboxLimits& limits)
    : m_dataset(dataset)
    , m_clock(clock)
    , m_counters(counters)
    , m_limits(limits)
{ }

SandboxResponse MarketoActivities::pagingToken(const SandboxRequest& request, const QString& requestId) const
{
    const MarketoParameters params(request);
    const QString since = params.value(QStringLiteral("sinceDatetime"));
    if (since.isEmpty()) {
        return Envelope::failure(requestId, invalid(), QStringLiteral("sinceDatetime cannot be blank"));
    }
    QDateTime at = parseMarketoTime(since);
    if (!at.isValid()) {
        // A date alone is accepted and means midnight UTC.
        const QDate date = QDate::fromString(since, Qt::ISODate);
        at = date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    if (!at.isValid()) {
        return Envelope::failure(
            requestId, invalid(), QStringLiteral("Invalid sinceDatetime '%1'").arg(since));
    }
    // The token points just before the first activity at or after the time, or at the end of the log.
    qint64 position = m_dataset.lastActivityId();
    qint64 firstAfter = std::numeric_limits<qint64>::max();
    auto consider = [&](qint64 id, const QDateTime& when) {
        if (when >= at) {
            firstAfter = std::min(firstAfter, id);
        }
    };
    for (const PersonChange& change : m_dataset.changes()) {
        consider(change.activityId, change.at);
    }
    for (const PersonDeletion& deletion : m_dataset.deletions()) {
        consider(deletion.activityId, deletion.at);
    }
    for (const PersonCreation& creation : m_dataset.creations()) {
        consider(creation.activityId, creation.at);
    }
    for (const LoggedActivity& activity : m_logged) {
        consider(activity.id, activity.activityDate);
    }
    if (firstAfter != std::numeric_limits<qint64>::max()) {
        position = firstAfter - 1;
    }
    return SandboxResponse::json(
        QJsonObject { { QStringLiteral("requestId"), requestId }, { QStringLiteral("success"), true },
            { QStringLiteral("nextPageToken"), PageToken { 'A', 0, position }.encode() } });
}

SandboxResponse MarketoActivities::leadChanges(const SandboxRequest& request, const QString& requestId) const
{
    const MarketoParameters params(request);
    const std::variant<qint64, QString> cursor = ActivityLogPager::cursorOf(params);
    if (const QString* refusal = std::get_if<QString>(&cursor)) {
        return Envelope::failure(requestId, invalid(), *refusal);
    }
    const QStringList fields = params.list(QStringLiteral("fields"));
    if (fields.isEmpty()) {
        return Envelope::failure(requestId, invalid(), QStringLiteral("fields cannot be blank"));
    }
    for (const QString& name : fields) {
        if (!MarketoFields::byRestName(name)) {
            return Envelope::failure(requestId, QString::fromLatin1(code::fieldNotFound),
                QStringLiteral("Field '%1' not found").arg(name));
        }
    }
    const std::variant<int, QString> batchSize
        = ActivityLogPager::batchSizeOf(params, m_limits.marketoBatchSize);
    if (const QString* refusal = std::get_if<QString>(&batchSize)) {
        return Envelope::failure(requestId, invalid(), *refusal);
    }
    std::variant<QSet<qint64>, QString> leadFilter = leadFilterFrom(params);
    if (const QString* refusal = std::get_if<QString>(&leadFilter)) {
        return Envelope::failure(requestId, invalid(), *refusal);
    }
    const QSet<qint64> leadIds = std::get<QSet<qint64>>(std::move(leadFilter));

    ActivityLogPager pager(std::get<qint64>(cursor), std::get<int>(batchSize), m_dataset.lastActivityId());
    for (const PersonChange& change : m_dataset.changes()) {
        if (!pager.scans(change.activityId) || (!leadIds.isEmpty() && !leadIds.contains(change.personId))) {
            continue;
        }
        QJsonArray changedFields;
        for (const PersonChange::Field& field : change.fields) {
            const QString restName = restNameOfMember(field.name);
            if (fields.contains(restName)) {
                changedFields.append(
                    QJsonObject { { QStringLiteral("id"), MarketoFields::byRestName(restName)->id },
                        { QStringLiteral("name"), restName }, { QStringLiteral("newValue"), field.newValue },
                        { QStringLiteral("oldValue"),
                            field.oldValue.isEmpty() ? QJsonValue() : QJsonValue(field.oldValue) } });
            }
        }
        if (changedFields.isEmpty()) {
            continue;
        }
        pager.add(change.activityId,
            QJsonObject { { QStringLiteral("id"), change.activityId },
                { QStringLiteral("marketoGUID"), QString::number(change.activityId) },
                { QStringLiteral("leadId"), change.personId },
                { QStringLiteral("activityDate"), marketoTime(change.at) },
                { QStringLiteral("activityTypeId"), MarketoActivityTypes::changeDataValue },
                { QStringLiteral("fields"), changedFields },
                { QStringLiteral("attributes"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Source") },
                        { QStringLiteral("value"), QStringLiteral("Web service API") } } } } });
    }
    // New Lead activities whatever the fields asked: "fields" stays empty (the values are the person's,
    // read with leads.json), as recorded answers show.
    forEachNewLead(pager, leadIds, [&](const PersonCreation& creation) {
        QJsonObject activity = newLeadActivity(creation);
        activity.insert(QStringLiteral("fields"), QJsonArray {});
        pager.add(creation.activityId, activity);
    });
    return pager.page(requestId);
}

SandboxResponse MarketoActivities::deletedLeads(const SandboxRequest& request, const QString& requestId) const
{
    const MarketoParameters params(request);
    const std::variant<qint64, QString> cursor = ActivityLogPager::cursorOf(params);
    if (const QString* refusal = std::get_if<QString>(&cursor)) {
        return Envelope::failure(requestId, invalid(), *refusal);
    }
    const std::variant<int, QString> batchSize
        = ActivityLogPager::batchSizeOf(params, m_limits.marketoBatchSize);
    if (const QString* refusal = std::get_if<QString>(&batchSize)) {
        return Envelope::failure(requestId, invalid(), *refusal);
    }
    const QDateTime keptSince = m_clock.now().addDays(-deletedLeadsKeptDays);
    ActivityLogPager pager(std::get<qint64>(cursor), std::get<int>(batchSize), m_dataset.lastActivityId());
    for (const PersonDeletion& deletion : m_dataset.deletions()) {
        if (!pager.scans(deletion.activityId) || deletion.at < keptSince) {
            continue;
        }
        pager.add(deletion.activityId,
            QJsonObject { { QStringLiteral("id"), deletion.activityId },
                { QStringLiteral("marketoGUID"), QString::number(deletion.activityId) },
                { QStringLiteral("leadId"), deletion.personId },
                { QStringLiteral("activityDate"), marketoTime(deletion.at) },
                { QStringLiteral("activityTypeId"), MarketoActivityTypes::deleteLead },
                { QStringLiteral("primaryAttributeValueId"), deletion.personId },
                { QStringLiteral("primaryAttributeValue"), deletion.displayName },
                { QStringLiteral("attributes"), QJsonArray {} } });
    }
    return pager.page(requestId);
}

SandboxResponse MarketoActivities::activities(const SandboxRequest& request, const QString& requestId) const
{
    const MarketoParameters params(request);
    const std::variant<qint64, QString> cursor = ActivityLogPager::cursorOf(params);
    if (const QString* refusal = std::get_if<QString>(&cursor)) {
        return Envelope::failure(requestId, invalid(), *refusal);
    }
    QSet<int> types;
    for (const QString& id : params.list(QStringLiteral("activityTypeIds"))) {
        types.insert(id.toInt());
    }
    if (types.isEmpty() || types.size() > 10) {
        return Envelope::failure(
            requestId, invalid(), QStringLiteral("activityTypeIds: between 1 and 10 ids"));
    }
    const std::variant<int, QString> batchSize
        = ActivityLogPager::batchSizeOf(params, m_limits.marketoBatchSize);
    if (const QString* refusal = std::get_if<QString>(&batchSize)) {
        return Envelope::failure(requestId, invalid(), *refusal);
    }
    std::variant<QSet<qint64>, QString> leadFilter = leadFilterFrom(params);
    if (const QString* refusal = std::get_if<QString>(&leadFilter)) {
        return Envelope::failure(requestId, invalid(), *refusal);
    }
    const QSet<qint64> leadIds = std::get<QSet<qint64>>(std::move(leadFilter));
    ActivityLogPager pager(std::get<qint64>(cursor), std::get<int>(batchSize), m_dataset.lastActivityId());
    auto wanted = [&](qint64 id, qint64 leadId, int type) {
        return pager.scans(id) && types.contains(type) && (leadIds.isEmpty() || leadIds.contains(leadId));
    };
    if (types.contains(MarketoActivityTypes::changeDataValue)) {
        for (const PersonChange& change : m_dataset.changes()) {
            if (!wanted(change.activityId, change.personId, MarketoActivityTypes::changeDataValue)) {
                continue;
            }
            const PersonChange::Field& first = change.fields.first();
            pager.add(change.activityId,
                QJsonObject { { QStringLiteral("id"), change.activityId },
                    { QStringLiteral("marketoGUID"), QString::number(change.activityId) },
                    { QStringLiteral("leadId"), change.personId },
                    { QStringLiteral("activityDate"), marketoTime(change.at) },
                    { QStringLiteral("activityTypeId"), MarketoActivityTypes::changeDataValue },
                    { QStringLiteral("primaryAttributeValue"), restNameOfMember(first.name) },
                    { QStringLiteral("attributes"),
                        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("New Value") },
                                         { QStringLiteral("value"), first.newValue } },
                            QJsonObject { { QStringLiteral("name"), QStringLiteral("Old Value") },
                                { QStringLiteral("value"), first.oldValue } } } } });
        }
    }
    if (types.contains(MarketoActivityTypes::newLead)) {
        forEachNewLead(pager, leadIds, [&](const PersonCreation& creation) {
            QJsonObject activity = newLeadActivity(creation);
            activity.insert(QStringLiteral("primaryAttributeValueId"), creation.personId);
            pager.add(creation.activityId, activity);
        });
    }
    for (const LoggedActivity& activity : m_logged) {
        if (!wanted(activity.id, activity.leadId, activity.activityTypeId)) {
            continue;
        }
        pager.add(activity.id,
            QJsonObject { { QStringLiteral("id"), activity.id },
                { QStringLiteral("marketoGUID"), QString::number(activity.id) },
                { QStringLiteral("leadId"), activity.leadId },
                { QStringLiteral("activityDate"), marketoTime(activity.activityDate) },
                { QStringLiteral("activityTypeId"), activity.activityTypeId },
                { QStringLiteral("primaryAttributeValue"), activity.primaryAttributeValue },
                { QStringLiteral("attributes"), activity.attributes } });
    }
    return pager.page(requestId);
}

void MarketoActivities::forEachNewLead(const ActivityLogPager& pager, const QSet<qint64>& leadIds,
    const std::function<void(const PersonCreation&)>& visit) const
{
    const auto end = m_dataset.creations().cend();
    for (auto it = m_dataset.creationsFrom(pager.cursor() + 1);
         it != end && it->activityId <= pager.lastScanned(); ++it) {
        // A deleted person's activities go with it.
        if ((leadIds.isEmpty() || leadIds.contains(it->personId)) && !m_dataset.isDeleted(it->personId)) {
            visit(*it);
        }
    }
}

SandboxResponse MarketoActivities::addExternal(const SandboxRequest& request, const QString& requestId)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Envelope::failure(requestId, QString::fromLatin1(code::invalidJson));
    }
    const QJsonArray input = document.object().value(QStringLiteral("input")).toArray();
    if (input.isEmpty()) {
        return Envelope::failure(requestId, invalid(), QStringLiteral("input cannot be blank"));
    }
    if (input.size() > m_limits.marketoBatchSize) {
        return Envelope::failure(requestId, invalid(),
            QStringLiteral("Too many records in input: %1, at most %2")
                .arg(input.size())
                .arg(m_limits.marketoBatchSize));
    }
    QJsonArray result;
    for (const QJsonValue& value : input) {
        const QJsonObject item = value.toObject();
        auto skipped = [&](const char* code, const QString& message) {
            result.append(QJsonObject { { QStringLiteral("status"), QStringLiteral("skipped") },
                { QStringLiteral("reasons"),
                    QJsonArray { QJsonObject { { QStringLiteral("code"), QString::fromLatin1(code) },
                        { QStringLiteral("message"), message } } } } });
        };
        const qint64 leadId = item.value(QStringLiteral("leadId")).toInteger();
        const ActivityType* type
            = MarketoActivityTypes::find(item.value(QStringLiteral("activityTypeId")).toInt());
        const QDateTime date = parseMarketoTime(item.value(QStringLiteral("activityDate")).toString());
        if (!m_dataset.person(leadId)) {
            skipped(code::leadNotFound, QStringLiteral("Lead not found"));
        } else if (!type || !type->salesActivity) {
            skipped(code::invalidValue, QStringLiteral("Invalid activityTypeId"));
        } else if (!date.isValid()) {
            skipped(code::invalidValue, QStringLiteral("Invalid activityDate"));
        } else if (!type->apiName.isEmpty()
            && item.value(QStringLiteral("primaryAttributeValue")).toString().isEmpty()) {
            skipped(code::invalidValue, QStringLiteral("primaryAttributeValue cannot be blank"));
        } else {
            LoggedActivity activity { m_dataset.nextActivityId(), leadId, type->id, date,
                item.value(QStringLiteral("primaryAttributeValue")).toString(),
                item.value(QStringLiteral("attributes")).toArray() };
            m_logged.append(activity);
            m_counters.increment(QStringLiteral("marketo.salesActivities.") + QString::number(type->id));
            result.append(QJsonObject { { QStringLiteral("id"), activity.id },
                { QStringLiteral("status"), QStringLiteral("added") } });
        }
    }
    return Envelope::success(requestId, result);
}

} // namespace sia::sandbox::marketo
