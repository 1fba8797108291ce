#include "marketo/marketoapi.h"

#include "connections/apibudgetgate.h"
#include "marketo/marketoclient.h"
#include "marketo/marketoerrors.h"
#include "marketo/marketoratelimiter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace sia {
namespace {

using Api = MarketoRequest::Api;

// Results delivered through a reply's callback run on the client's thread; the receiver check is the
// client's (MarketoClient::send), so these helpers only adapt the answer.
QList<QJsonObject> records(const MarketoResponse& response)
{
    QList<QJsonObject> list;
    for (const QJsonValue& value : response.result()) {
        list.append(value.toObject());
    }
    return list;
}

const QString usersPath = QStringLiteral("/userservice/management/v1/users/");
constexpr int usersPageSize = 200; // the most Marketo serves a page

} // namespace

MarketoApi::MarketoApi(MarketoClient& client)
    : m_client(client)
{ }

void MarketoApi::lookupLeads(const QString& filterType, const QStringList& values, const QStringList& fields,
    QObject* receiver, Done<QList<QJsonObject>> done)
{
    lookupChunk(m_client, values, filterType, fields, {}, receiver, std::move(done));
}

void MarketoApi::lookupChunk(MarketoClient& client, QStringList remaining, QString filterType,
    QStringList fields, QList<QJsonObject> sofar, QObject* receiver, Done<QList<QJsonObject>> done)
{
    if (remaining.isEmpty()) {
        QMetaObject::invokeMethod(
            &client,
            [receiver = QPointer<QObject>(receiver), done = std::move(done), sofar]() {
                if (receiver) {
                    done(sofar);
                }
            },
            Qt::QueuedConnection);
        return;
    }
    const QStringList chunk = remaining.mid(0, maxFilterValues);
    remaining = remaining.mid(chunk.size());
    QUrlQuery query;
    addQueryValue(query, QStringLiteral("filterType"), filterType);
    addQueryValue(query, QStringLiteral("filterValues"), chunk.join(u','));
    if (!fields.isEmpty()) {
        addQueryValue(query, QStringLiteral("fields"), fields.join(u','));
    }
    addQueryValue(query, QStringLiteral("batchSize"), QString::number(maxFilterValues));
    MarketoRequest request = MarketoRequest::get(Api::Rest, QStringLiteral("/v1/leads.json"), query);
    request.mayPostLongQuery = true;
    QPointer<MarketoClient> guard = &client;
    MarketoPageReader::read(client, std::move(request), fields, receiver,
        [guard, remaining, filterType, fields, sofar, receiver = QPointer<QObject>(receiver),
            done = std::move(done)](Result<MarketoPages> pages) mutable {
            if (!pages) {
                done(pages.error());
                return;
            }
            sofar += pages->records;
            if (guard && receiver) {
                lookupChunk(
                    *guard, remaining, filterType, fields, std::move(sofar), receiver, std::move(done));
            }
        });
}

void MarketoApi::describeLeads(QObject* receiver, Done<QList<QJsonObject>> done)
{
    m_client.send(MarketoRequest::get(Api::Rest, QStringLiteral("/v1/leads/describe2.json")), receiver,
        [done = std::move(done)](Result<MarketoResponse> answer) {
            done(answer ? Result<QList<QJsonObject>>(records(*answer))
                        : Result<QList<QJsonObject>>(answer.error()));
        });
}

void MarketoApi::activityTypes(QObject* receiver, Done<QList<QJsonObject>> done)
{
    MarketoPageReader::read(m_client,
        MarketoRequest::get(Api::Rest, QStringLiteral("/v1/activities/types.json")), {}, receiver,
        [done = std::move(done)](Result<MarketoPages> pages) {
            done(pages ? Result<QList<QJsonObject>>(pages->records)
                       : Result<QList<QJsonObject>>(pages.error()));
        });
}

void MarketoApi::addActivities(
    const QList<QJsonObject>& input, QObject* receiver, Done<QList<QJsonObject>> done)
{
    QJsonArray items;
    for (const QJsonObject& item : input) {
        items.append(item);
    }
    list(m_client,
        MarketoRequest::postJson(Api::Rest, QStringLiteral("/v1/activities/external.json"),
            QJsonDocument(QJsonObject { { QStringLiteral("input"), items } }).toJson(QJsonDocument::Compact)),
        receiver, std::move(done));
}

void MarketoApi::pagingToken(const QDateTime& since, QObject* receiver, Done<QString> done)
{
    QUrlQuery query;
    addQueryValue(query, QStringLiteral("sinceDatetime"), since.toUTC().toString(Qt::ISODate));
    m_client.send(MarketoRequest::get(Api::Rest, QStringLiteral("/v1/activities/pagingtoken.json"), query),
        receiver, [done = std::move(done)](Result<MarketoResponse> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            done(answer->nextPageToken());
        });
}

MarketoRequest MarketoApi::leadChangesRequest(const QString& pagingToken, const QStringList& fields)
{
    QUrlQuery query;
    addQueryValue(query, QStringLiteral("nextPageToken"), pagingToken);
    addQueryValue(query, QStringLiteral("fields"), fields.join(u','));
    MarketoRequest request
        = MarketoRequest::get(Api::Rest, QStringLiteral("/v1/activities/leadchanges.json"), query);
    request.mayPostLongQuery = true;
    return request;
}

MarketoRequest MarketoApi::deletedLeadsRequest(const QString& pagingToken)
{
    QUrlQuery query;
    addQueryValue(query, QStringLiteral("nextPageToken"), pagingToken);
    MarketoRequest request
        = MarketoRequest::get(Api::Rest, QStringLiteral("/v1/activities/deletedleads.json"), query);
    // One token and nothing else: never near the URL limit, and deletedleads takes no POST _method=GET.
    return request;
}

void MarketoApi::leadChanges(
    const QString& pagingToken, const QStringList& fields, QObject* receiver, Done<MarketoPages> done)
{
    MarketoPageReader::read(m_client, leadChangesRequest(pagingToken, fields), {}, receiver, std::move(done));
}

void MarketoApi::deletedLeads(const QString& pagingToken, QObject* receiver, Done<MarketoPages> done)
{
    MarketoPageReader::read(m_client, deletedLeadsRequest(pagingToken), {}, receiver, std::move(done));
}

void MarketoApi::leadChangesPage(
    const QString& pagingToken, const QStringList& fields, QObject* receiver, Done<MarketoActivityPage> done)
{
    activityPage(leadChangesRequest(pagingToken, fields), receiver, std::move(done));
}

void MarketoApi::deletedLeadsPage(
    const QString& pagingToken, QObject* receiver, Done<MarketoActivityPage> done)
{
    activityPage(deletedLeadsRequest(pagingToken), receiver, std::move(done));
}

void MarketoApi::activityPage(MarketoRequest request, QObject* receiver, Done<MarketoActivityPage> done)
{
    m_client.send(std::move(request), receiver, [done = std::move(done)](Result<MarketoResponse> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        MarketoActivityPage page;
        page.records = records(*answer);
        page.nextPageToken = answer->nextPageToken();
        page.moreResult = answer->moreResult();
        done(std::move(page));
    });
}

void MarketoApi::firstRecord(
    MarketoClient& client, MarketoRequest request, QObject* receiver, Done<QJsonObject> done)
{
    client.send(std::move(request), receiver, [done = std::move(done)](Result<MarketoResponse> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        const QJsonArray result = answer->result();
        done(result.isEmpty() ? answer->body : result.first().toObject());
    });
}

void MarketoApi::createLeadExport(const QJsonObject& spec, QObject* receiver, Done<QJsonObject> done)
{
    firstRecord(m_client,
        MarketoRequest::postJson(Api::Bulk, QStringLiteral("/bulk/v1/leads/export/create.json"),
            QJsonDocument(spec).toJson(QJsonDocument::Compact)),
        receiver, std::move(done));
}

void MarketoApi::enqueueLeadExport(const QString& exportId, QObject* receiver, Done<QJsonObject> done)
{
    MarketoRequest request = MarketoRequest::get(
        Api::Bulk, QStringLiteral("/bulk/v1/leads/export/%1/enqueue.json").arg(exportId));
    request.method = "POST";
    firstRecord(m_client, std::move(request), receiver, std::move(done));
}

void MarketoApi::leadExportStatus(const QString& exportId, QObject* receiver, Done<QJsonObject> done)
{
    firstRecord(m_client,
        MarketoRequest::get(Api::Bulk, QStringLiteral("/bulk/v1/leads/export/%1/status.json").arg(exportId)),
        receiver, std::move(done));
}

void MarketoApi::cancelLeadExport(const QString& exportId, QObject* receiver, Done<QJsonObject> done)
{
    MarketoRequest request = MarketoRequest::get(
        Api::Bulk, QStringLiteral("/bulk/v1/leads/export/%1/cancel.json").arg(exportId));
    request.method = "POST";
    firstRecord(m_client, std::move(request), receiver, std::move(done));
}

void MarketoApi::leadExportJobs(const QStringList& statuses, QObject* receiver, Done<QList<QJsonObject>> done)
{
    QUrlQuery query;
    if (!statuses.isEmpty()) {
        addQueryValue(
            query, QStringLiteral("status"), statuses.join(u',')); // Marketo's lists: comma-separated
    }
    MarketoPageReader::read(m_client,
        MarketoRequest::get(Api::Bulk, QStringLiteral("/bulk/v1/leads/export.json"), query), {}, receiver,
        [done = std::move(done)](Result<MarketoPages> pages) {
            done(pages ? Result<QList<QJsonObject>>(pages->records)
                       : Result<QList<QJsonObject>>(pages.error()));
        });
}

void MarketoApi::downloadLeadExportFile(
    const QString& exportId, qint64 from, QIODevice* sink, QObject* receiver, Done<MarketoFileChunk> done)
{
    MarketoRequest request
        = MarketoRequest::get(Api::Bulk, QStringLiteral("/bulk/v1/leads/export/%1/file.json").arg(exportId));
    request.sink = sink;
    if (from > 0) {
        request.rangeFrom = from;
    }
    m_client.send(std::move(request), receiver, [done = std::move(done)](Result<MarketoResponse> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done(MarketoFileChunk { answer->httpStatus, answer->bytesWritten, answer->contentRange });
    });
}

void MarketoApi::users(QObject* receiver, Done<QList<QJsonObject>> done)
{
    usersFrom(m_client, 0, {}, receiver, std::move(done));
}

void MarketoApi::usersFrom(MarketoClient& client, int offset, QList<QJsonObject> sofar, QObject* receiver,
    Done<QList<QJsonObject>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(usersPageSize));
    query.addQueryItem(QStringLiteral("pageOffset"), QString::number(offset));
    QPointer<MarketoClient> guard = &client;
    client.send(MarketoRequest::get(Api::UserService, usersPath + QStringLiteral("allusers.json"), query),
        receiver,
        [guard, offset, sofar, receiver = QPointer<QObject>(receiver), done = std::move(done)](
            Result<MarketoResponse> answer) mutable {
            if (!answer) {
                done(answer.error());
                return;
            }
            const QList<QJsonObject> page = records(*answer);
            sofar += page;
            if (page.size() < usersPageSize || !guard) {
                done(std::move(sofar));
                return;
            }
            usersFrom(*guard, offset + int(page.size()), std::move(sofar), receiver, std::move(done));
        });
}

void MarketoApi::list(
    MarketoClient& client, MarketoRequest request, QObject* receiver, Done<QList<QJsonObject>> done)
{
    client.send(std::move(request), receiver, [done = std::move(done)](Result<MarketoResponse> answer) {
        done(answer ? Result<QList<QJsonObject>>(records(*answer))
                    : Result<QList<QJsonObject>>(answer.error()));
    });
}

void MarketoApi::object(
    MarketoClient& client, MarketoRequest request, QObject* receiver, Done<QJsonObject> done)
{
    client.send(std::move(request), receiver, [done = std::move(done)](Result<MarketoResponse> answer) {
        done(answer ? Result<QJsonObject>(answer->body) : Result<QJsonObject>(answer.error()));
    });
}

void MarketoApi::user(const QString& userid, QObject* receiver, Done<QJsonObject> done)
{
    object(m_client, MarketoRequest::get(Api::UserService, usersPath + userid + QStringLiteral("/user.json")),
        receiver, std::move(done));
}

void MarketoApi::userRoles(const QString& userid, QObject* receiver, Done<QList<QJsonObject>> done)
{
    list(m_client, MarketoRequest::get(Api::UserService, usersPath + userid + QStringLiteral("/roles.json")),
        receiver, std::move(done));
}

void MarketoApi::invitation(const QString& userid, QObject* receiver, Done<QJsonObject> done)
{
    object(m_client,
        MarketoRequest::get(Api::UserService, usersPath + userid + QStringLiteral("/invite.json")), receiver,
        std::move(done));
}

void MarketoApi::roles(QObject* receiver, Done<QList<QJsonObject>> done)
{
    list(m_client, MarketoRequest::get(Api::UserService, usersPath + QStringLiteral("roles.json")), receiver,
        std::move(done));
}

void MarketoApi::workspaces(QObject* receiver, Done<QList<QJsonObject>> done)
{
    list(m_client, MarketoRequest::get(Api::UserService, usersPath + QStringLiteral("workspaces.json")),
        receiver, std::move(done));
}

QDateTime MarketoApi::parseUserServiceTime(const QString& text)
{
    // "2020-02-05T01:02:23.000t+0000": milliseconds, a lower-case t, then the offset as ±hhmm.
    QDateTime local = QDateTime::fromString(text.left(23), QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    if (!local.isValid() || text.size() != 29 || text.at(23) != u't') {
        return {};
    }
    const QString offset = text.mid(24);
    const int sign = offset.startsWith(u'-') ? -1 : (offset.startsWith(u'+') ? 1 : 0);
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = offset.mid(1, 2).toInt(&hoursOk);
    const int minutes = offset.mid(3, 2).toInt(&minutesOk);
    if (sign == 0 || !hoursOk || !minutesOk) {
        return {};
    }
    local.setTimeZone(QTimeZone(sign * (hours * 3600 + minutes * 60)));
    return local.toUTC();
}

void MarketoApi::usageToday(QObject* receiver, Done<MarketoUsageDay> done)
{
    QPointer<MarketoClient> guard = &m_client;
    m_client.send(MarketoRequest::get(Api::Rest, QStringLiteral("/v1/stats/usage.json")), receiver,
        [guard, done = std::move(done)](Result<MarketoResponse> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            MarketoUsageDay day;
            const QJsonObject first = answer->result().first().toObject();
            day.date = QDate::fromString(first.value(QStringLiteral("date")).toString(), Qt::ISODate);
            day.total = qint64(first.value(QStringLiteral("total")).toDouble());
            for (const QJsonValue& user : first.value(QStringLiteral("users")).toArray()) {
                const QJsonObject entry = user.toObject();
                day.callsPerUser.append({ entry.value(QStringLiteral("userId")).toString(),
                    qint64(entry.value(QStringLiteral("count")).toDouble()) });
            }
            if (guard) {
                // Other integrations' calls count against the same quota.
                guard->limiter().setCallsUsedToday(std::max(day.total, guard->limiter().callsUsedToday()));
                guard->budget().serviceReported(std::nullopt, day.total);
            }
            done(day);
        });
}

} // namespace sia
