#include "salesforce/salesforceapi.h"

#include "salesforce/salesforceclient.h"
#include "salesforce/salesforcesession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace sia {
namespace {

using Api = SalesforceRequest::Api;

// An Id in SOQL: Salesforce Ids are 15 or 18 letters and digits; anything else is refused before it
// can change the query.
bool isSalesforceId(const QString& id)
{
    static const QRegularExpression shape(QStringLiteral("^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$"));
    return shape.match(id).hasMatch();
}

Error badId(const QString& id)
{
    return Error::input(QStringLiteral("salesforce.bad-id"),
        QCoreApplication::translate("sia::SalesforceApi", "'%1' is not a Salesforce record ID.").arg(id));
}

SalesforceRequest soql(Api api, const QString& resource, const QString& text)
{
    QUrlQuery query;
    addQueryValue(query, QStringLiteral("q"), text);
    return SalesforceRequest::get(api, resource, query);
}

QString firstText(const QJsonObject& record, const QString& relation, const QString& field)
{
    return record.value(relation).toObject().value(field).toString();
}

} // namespace

SalesforceApi::SalesforceApi(SalesforceClient& client)
    : m_client(client)
{ }

QDateTime SalesforceApi::parseDateTime(const QString& text)
{
    QString normalized = text;
    static const QRegularExpression offset(QStringLiteral("([+-]\\d{2})(\\d{2})$"));
    normalized.replace(offset, QStringLiteral("\\1:\\2"));
    QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString SalesforceApi::formatDateTime(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}

QString SalesforceApi::soqlDateTime(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

bool SalesforceApi::looksLikeId(const QString& text)
{
    return !text.isEmpty() && text.size() <= 18 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isLetterOrNumber() && c.unicode() < 128;
    });
}

void SalesforceApi::query(const QString& text, QObject* receiver, Done<SalesforceQueryResult> done)
{
    pages(m_client, soql(Api::Data, QStringLiteral("/query"), text), {}, receiver, std::move(done));
}

void SalesforceApi::queryAll(const QString& text, QObject* receiver, Done<SalesforceQueryResult> done)
{
    pages(m_client, soql(Api::Data, QStringLiteral("/queryAll"), text), {}, receiver, std::move(done));
}

void SalesforceApi::toolingQuery(const QString& text, QObject* receiver, Done<SalesforceQueryResult> done)
{
    pages(m_client, soql(Api::Tooling, QStringLiteral("/query"), text), {}, receiver, std::move(done));
}

void SalesforceApi::pages(SalesforceClient& client, SalesforceRequest request, SalesforceQueryResult sofar,
    QObject* receiver, Done<SalesforceQueryResult> done)
{
    client.send(std::move(request), receiver,
        [&client, receiver, sofar = std::move(sofar), done = std::move(done)](
            Result<SalesforceResponse> answer) mutable {
            if (!answer) {
                done(answer.error());
                return;
            }
            const QJsonObject page = answer->object();
            ++sofar.pages;
            sofar.totalSize = qint64(page.value(QStringLiteral("totalSize")).toDouble());
            for (const QJsonValue& record : page.value(QStringLiteral("records")).toArray()) {
                sofar.records.append(record.toObject());
            }
            const QString next = page.value(QStringLiteral("nextRecordsUrl")).toString();
            if (page.value(QStringLiteral("done")).toBool(true) || next.isEmpty()) {
                done(std::move(sofar));
                return;
            }
            // The locator is a path of the instance, version included (queryAll's is under /query/ too).
            pages(client, SalesforceRequest::get(Api::Instance, next), std::move(sofar), receiver,
                std::move(done));
        });
}

void SalesforceApi::createRecords(const QList<QJsonObject>& records, bool allOrNone, QObject* receiver,
    Done<QList<SalesforceSaveResult>> done)
{
    collection("POST", records, allOrNone, receiver, std::move(done));
}

void SalesforceApi::updateRecords(const QList<QJsonObject>& records, bool allOrNone, QObject* receiver,
    Done<QList<SalesforceSaveResult>> done)
{
    collection("PATCH", records, allOrNone, receiver, std::move(done));
}

namespace {

// One result per record, in the order sent: {"id", "success", "errors": [{"statusCode", "message"}]}.
QList<SalesforceSaveResult> saveResultsOf(const QJsonArray& answer)
{
    QList<SalesforceSaveResult> results;
    for (const QJsonValue& entry : answer) {
        SalesforceSaveResult result;
        result.id = entry[QStringLiteral("id")].toString();
        result.success = entry[QStringLiteral("success")].toBool();
        const QJsonObject error = entry[QStringLiteral("errors")].toArray().first().toObject();
        result.errorCode = error.value(QStringLiteral("statusCode")).toString();
        if (result.errorCode.isEmpty()) {
            result.errorCode = error.value(QStringLiteral("errorCode")).toString();
        }
        result.message = error.value(QStringLiteral("message")).toString();
        results.append(result);
    }
    return results;
}

} // namespace

// An empty or oversized call is refused here, before it goes out: a defect of ours, said as one.
bool SalesforceApi::refuseCollectionSize(qsizetype size, Done<QList<SalesforceSaveResult>>& done)
{
    if (size > 0 && size <= maxCollectionRecords) {
        return false;
    }
    // The count in a variable of its own: Qt 6.4's lupdate never finishes on a call with arguments there.
    const int count = int(size);
    const Error refused = Error::internal(QStringLiteral("salesforce.collection-size"),
        QCoreApplication::translate("sia::SalesforceApi",
            "SIA Admin tried to write %n record(s) in one call; Salesforce takes 1 to 200. This is a "
            "defect of SIA Admin: please report it with this code.",
            nullptr, count));
    QMetaObject::invokeMethod(
        &m_client, [done = std::move(done), refused]() { done(refused); }, Qt::QueuedConnection);
    return true;
}

void SalesforceApi::collection(const QByteArray& method, const QList<QJsonObject>& records, bool allOrNone,
    QObject* receiver, Done<QList<SalesforceSaveResult>> done)
{
    if (refuseCollectionSize(records.size(), done)) {
        return;
    }
    QJsonArray array;
    for (const QJsonObject& record : records) {
        array.append(record);
    }
    const QJsonObject body { { QStringLiteral("allOrNone"), allOrNone },
        { QStringLiteral("records"), array } };
    m_client.send(SalesforceRequest::json(
                      method, Api::Data, QStringLiteral("/composite/sobjects"), QJsonDocument(body)),
        receiver, [done = std::move(done)](Result<SalesforceResponse> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            done(saveResultsOf(answer->array()));
        });
}

void SalesforceApi::deleteRecords(
    const QStringList& ids, bool allOrNone, QObject* receiver, Done<QList<SalesforceSaveResult>> done)
{
    if (refuseCollectionSize(ids.size(), done)) {
        return;
    }
    QUrlQuery query;
    addQueryValue(query, QStringLiteral("ids"), ids.join(u','));
    addQueryValue(
        query, QStringLiteral("allOrNone"), allOrNone ? QStringLiteral("true") : QStringLiteral("false"));
    SalesforceRequest request
        = SalesforceRequest::get(Api::Data, QStringLiteral("/composite/sobjects"), query);
    request.method = "DELETE";
    m_client.send(std::move(request), receiver, [done = std::move(done)](Result<SalesforceResponse> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done(saveResultsOf(answer->array()));
    });
}

void SalesforceApi::updated(const QString& sobject, const QDateTime& start, const QDateTime& end,
    QObject* receiver, Done<SalesforceUpdated> done)
{
    QUrlQuery query;
    addQueryValue(query, QStringLiteral("start"), formatDateTime(start));
    addQueryValue(query, QStringLiteral("end"), formatDateTime(end));
    object(SalesforceRequest::get(Api::Data, QStringLiteral("/sobjects/%1/updated/").arg(sobject), query),
        receiver, [done = std::move(done)](Result<QJsonObject> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            SalesforceUpdated updated;
            for (const QJsonValue& id : answer->value(QStringLiteral("ids")).toArray()) {
                updated.ids.append(id.toString());
            }
            updated.latestDateCovered
                = parseDateTime(answer->value(QStringLiteral("latestDateCovered")).toString());
            done(updated);
        });
}

void SalesforceApi::deleted(const QString& sobject, const QDateTime& start, const QDateTime& end,
    QObject* receiver, Done<SalesforceDeleted> done)
{
    QUrlQuery query;
    addQueryValue(query, QStringLiteral("start"), formatDateTime(start));
    addQueryValue(query, QStringLiteral("end"), formatDateTime(end));
    object(SalesforceRequest::get(Api::Data, QStringLiteral("/sobjects/%1/deleted/").arg(sobject), query),
        receiver, [done = std::move(done)](Result<QJsonObject> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            SalesforceDeleted deleted;
            for (const QJsonValue& record : answer->value(QStringLiteral("deletedRecords")).toArray()) {
                deleted.records.append({ record[QStringLiteral("id")].toString(),
                    parseDateTime(record[QStringLiteral("deletedDate")].toString()) });
            }
            deleted.earliestDateAvailable
                = parseDateTime(answer->value(QStringLiteral("earliestDateAvailable")).toString());
            deleted.latestDateCovered
                = parseDateTime(answer->value(QStringLiteral("latestDateCovered")).toString());
            done(deleted);
        });
}

void SalesforceApi::describe(const QString& sobject, QObject* receiver, Done<QJsonObject> done)
{
    object(SalesforceRequest::get(Api::Data, QStringLiteral("/sobjects/%1/describe").arg(sobject)), receiver,
        std::move(done));
}

void SalesforceApi::dailyApiRequests(QObject* receiver, Done<SalesforceDailyRequests> done)
{
    object(SalesforceRequest::get(Api::Data, QStringLiteral("/limits")), receiver,
        [done = std::move(done)](Result<QJsonObject> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            const QJsonObject daily = answer->value(QStringLiteral("DailyApiRequests")).toObject();
            done(SalesforceDailyRequests { qint64(daily.value(QStringLiteral("Max")).toDouble()),
                qint64(daily.value(QStringLiteral("Remaining")).toDouble()) });
        });
}

void SalesforceApi::organization(QObject* receiver, Done<SalesforceOrganization> done)
{
    query(QStringLiteral("SELECT Id, Name, OrganizationType, IsSandbox, InstanceName FROM Organization"),
        receiver, [done = std::move(done)](Result<SalesforceQueryResult> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            const QJsonObject org = answer->records.value(0);
            done(SalesforceOrganization { org.value(QStringLiteral("Id")).toString(),
                org.value(QStringLiteral("Name")).toString(),
                org.value(QStringLiteral("OrganizationType")).toString(),
                org.value(QStringLiteral("IsSandbox")).toBool(),
                org.value(QStringLiteral("InstanceName")).toString() });
        });
}

void SalesforceApi::identity(QObject* receiver, Done<SalesforceIdentity> done)
{
    // The identity URL names the org and the user (…/id/<org id>/<user id>); the rest comes from the User
    // object, so that the scopes stay "api refresh_token" (reading the identity URL itself needs "id").
    SalesforceIdentity identity = identityOf(m_client.session().identityUrl());
    if (!isSalesforceId(identity.userId)) {
        QMetaObject::invokeMethod(
            &m_client, [done = std::move(done), id = identity.userId]() { done(badId(id)); },
            Qt::QueuedConnection);
        return;
    }
    query(QStringLiteral("SELECT Username, Name, Email FROM User WHERE Id = '%1'").arg(identity.userId),
        receiver, [identity, done = std::move(done)](Result<SalesforceQueryResult> user) mutable {
            if (!user) {
                done(user.error());
                return;
            }
            const QJsonObject record = user->records.value(0);
            identity.username = record.value(QStringLiteral("Username")).toString();
            identity.displayName = record.value(QStringLiteral("Name")).toString();
            identity.email = record.value(QStringLiteral("Email")).toString();
            done(identity);
        });
}

SalesforceIdentity SalesforceApi::identityOf(const QUrl& identityUrl)
{
    const QStringList parts = identityUrl.path().split(u'/', Qt::SkipEmptyParts);
    SalesforceIdentity identity;
    if (parts.size() == 3 && parts.at(0) == u"id") {
        identity.organizationId = parts.at(1);
        identity.userId = parts.at(2);
    }
    return identity;
}

void SalesforceApi::userApiPermission(
    const QString& userId, QObject* receiver, Done<SalesforceUserApiPermission> done)
{
    if (!isSalesforceId(userId)) {
        QMetaObject::invokeMethod(
            &m_client, [done = std::move(done), userId]() { done(badId(userId)); }, Qt::QueuedConnection);
        return;
    }
    SalesforceClient& client = m_client;
    // The profile first, then every permission set assigned (a permission set can grant what the profile
    // lacks; the profile's own is among them, IsOwnedByProfile).
    query(QStringLiteral(
              "SELECT Id, Username, Profile.Name, Profile.PermissionsApiEnabled FROM User WHERE Id = '%1'")
              .arg(userId),
        receiver,
        [&client, receiver, userId, done = std::move(done)](Result<SalesforceQueryResult> user) mutable {
            if (!user) {
                done(user.error());
                return;
            }
            if (user->records.isEmpty()) {
                done(Error::notFound(QStringLiteral("salesforce.no-user"),
                    QCoreApplication::translate("sia::SalesforceApi", "Salesforce has no user %1.")
                        .arg(userId)));
                return;
            }
            const QJsonObject record = user->records.constFirst();
            SalesforceUserApiPermission permission;
            permission.userId = userId;
            permission.username = record.value(QStringLiteral("Username")).toString();
            permission.profileName = firstText(record, QStringLiteral("Profile"), QStringLiteral("Name"));
            permission.apiEnabled = record.value(QStringLiteral("Profile"))
                                        .toObject()
                                        .value(QStringLiteral("PermissionsApiEnabled"))
                                        .toBool();
            SalesforceApi(client).query(
                QStringLiteral("SELECT PermissionSet.PermissionsApiEnabled FROM PermissionSetAssignment "
                               "WHERE AssigneeId = '%1'")
                    .arg(userId),
                receiver, [permission, done = std::move(done)](Result<SalesforceQueryResult> sets) mutable {
                    if (!sets) {
                        done(sets.error());
                        return;
                    }
                    for (const QJsonObject& assignment : std::as_const(sets->records)) {
                        permission.apiEnabled = permission.apiEnabled
                            || assignment.value(QStringLiteral("PermissionSet"))
                                   .toObject()
                                   .value(QStringLiteral("PermissionsApiEnabled"))
                                   .toBool();
                    }
                    done(permission);
                });
        });
}

void SalesforceApi::salesInsightPackage(QObject* receiver, Done<SalesforcePackageStatus> done)
{
    SalesforceClient& client = m_client;
    // SubscriberPackageVersion answers only by Id (API-NOTES): find ours by namespace, then read its version.
    toolingQuery(QStringLiteral("SELECT Id, SubscriberPackageId, SubscriberPackage.Name, "
                                "SubscriberPackage.NamespacePrefix, SubscriberPackageVersionId "
                                "FROM InstalledSubscriberPackage"),
        receiver,
        [&client, receiver, done = std::move(done)](Result<SalesforceQueryResult> installed) mutable {
            if (!installed) {
                done(installed.error());
                return;
            }
            for (const QJsonObject& record : std::as_const(installed->records)) {
                if (firstText(record, QStringLiteral("SubscriberPackage"), QStringLiteral("NamespacePrefix"))
                    != QLatin1String(salesInsightNamespace)) {
                    continue;
                }
                SalesforcePackageStatus status;
                status.name = firstText(record, QStringLiteral("SubscriberPackage"), QStringLiteral("Name"));
                const QString versionId
                    = record.value(QStringLiteral("SubscriberPackageVersionId")).toString();
                if (!isSalesforceId(versionId)) {
                    done(badId(versionId));
                    return;
                }
                SalesforceApi(client).toolingQuery(
                    QStringLiteral(
                        "SELECT Id, Name, MajorVersion, MinorVersion FROM SubscriberPackageVersion "
                        "WHERE Id = '%1'")
                        .arg(versionId),
                    receiver,
                    [status, done = std::move(done)](Result<SalesforceQueryResult> version) mutable {
                        if (!version) {
                            done(version.error());
                            return;
                        }
                        const QJsonObject row = version->records.value(0);
                        status.majorVersion = row.value(QStringLiteral("MajorVersion")).toInt();
                        status.minorVersion = row.value(QStringLiteral("MinorVersion")).toInt();
                        status.versionName = row.value(QStringLiteral("Name")).toString();
                        const bool older = status.majorVersion < salesInsightLatestMajor
                            || (status.majorVersion == salesInsightLatestMajor
                                && status.minorVersion < salesInsightLatestMinor);
                        status.action = older ? SalesforcePackageStatus::Action::Upgrade
                                              : SalesforcePackageStatus::Action::UpToDate;
                        done(status);
                    });
                return;
            }
            done(SalesforcePackageStatus {}); // Install
        });
}

void SalesforceApi::object(SalesforceRequest request, QObject* receiver, Done<QJsonObject> done)
{
    m_client.send(std::move(request), receiver, [done = std::move(done)](Result<SalesforceResponse> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done(answer->object());
    });
}

} // namespace sia
