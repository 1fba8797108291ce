// One Marketo call as the client sends it, and its answer. A request never carries the token: the client
// adds it as the Authorization header when the call is dispatched.
#pragma once

#include "network/queryvalues.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace sia {

struct MarketoRequest
{
    enum class Api
    {
        Rest, // under the REST endpoint (…/rest): path "/v1/leads.json"
        Bulk, // under the host: path "/bulk/v1/leads/export/create.json"
        UserService, // under the host: path "/userservice/management/v1/users/allusers.json"; no envelope
    };

    Api api = Api::Rest;
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    // A GET whose URL would exceed Marketo's limit (about 8 KB) goes as POST …?_method=GET with the query
    // in a form body (leads.json, activities.json, leadchanges.json take it).
    bool mayPostLongQuery = false;
    // A file download (bulk extract): the body goes to sink as it arrives, from rangeFrom on when set.
    QPointer<QIODevice> sink;
    std::optional<qint64> rangeFrom;

    static MarketoRequest get(Api api, QString path, QUrlQuery query = {})
    {
        MarketoRequest request;
        request.api = api;
        request.path = std::move(path);
        request.query = std::move(query);
        return request;
    }
    static MarketoRequest postJson(Api api, QString path, QByteArray json)
    {
        MarketoRequest request;
        request.api = api;
        request.method = "POST";
        request.path = std::move(path);
        request.body = std::move(json);
        request.contentType = "application/json";
        return request;
    }
};

struct MarketoResponse
{
    int httpStatus = 0;
    QJsonObject body; // the envelope (or the user service's object); empty for a file
    qint64 bytesWritten = 0; // a file download: bytes given to the sink
    QByteArray contentRange; // a file download's Content-Range, when partial

    QJsonArray result() const { return body.value(QStringLiteral("result")).toArray(); }
    QString nextPageToken() const { return body.value(QStringLiteral("nextPageToken")).toString(); }
    bool moreResult() const { return body.value(QStringLiteral("moreResult")).toBool(); }
    QJsonArray warnings() const { return body.value(QStringLiteral("warnings")).toArray(); }
};

} // namespace sia
