// One Salesforce call as the client sends it, and its answer. A request never carries the token: the
// client adds it as the Authorization header when the call is dispatched, and sends it to the session's
// instance_url (the REST API).
#pragma once

#include "network/queryvalues.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace sia {

struct SalesforceRequest
{
    enum class Api
    {
        Data, // under /services/data/vXX.X (the discovered version): path "/query"
        Tooling, // under /services/data/vXX.X/tooling: path "/query"
        Instance, // a path of the instance as it is: "/services/data/", a nextRecordsUrl
    };

    Api api = Api::Data;
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body; // JSON
    QList<QPair<QByteArray, QByteArray>> headers;

    static SalesforceRequest get(Api api, QString path, QUrlQuery query = {})
    {
        SalesforceRequest request;
        request.api = api;
        request.path = std::move(path);
        request.query = std::move(query);
        return request;
    }
    static SalesforceRequest json(QByteArray method, Api api, QString path, const QJsonDocument& body)
    {
        SalesforceRequest request;
        request.api = api;
        request.method = std::move(method);
        request.path = std::move(path);
        request.body = body.toJson(QJsonDocument::Compact);
        return request;
    }
};

// The org's daily API requests as every answer's Sforce-Limit-Info header says ("api-usage=25/15000").
struct SalesforceApiUsage
{
    qint64 used = 0;
    qint64 max = 0;

    static std::optional<SalesforceApiUsage> fromHeader(const QByteArray& limitInfo);
};

struct SalesforceResponse
{
    int httpStatus = 0;
    QJsonDocument body; // empty for 204
    std::optional<SalesforceApiUsage> usage;

    QJsonObject object() const { return body.object(); }
    QJsonArray array() const { return body.array(); }
};

} // namespace sia
