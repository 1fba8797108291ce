// One HTTP request as the sandbox's handlers see it: a plain value, detached from Qt HttpServer's parser,
// with the path parameters the router matched and the endpoint name that counters and faults key on.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace sia::sandbox {

struct SandboxRequest
{
    QByteArray method; // "GET", "POST", … as sent (Marketo's "_method=GET" is the Marketo module's business)
    QString path; // decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QUrl baseUrl; // scheme://127.0.0.1:port of the server that received it, for absolute URLs in answers

    // Filled by the router.
    QString endpoint; // "marketo.leads", "salesforce.query", …
    QHash<QString, QString> pathParameters; // {exportId} → "…"

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray& name) const;
    QString queryValue(const QString& key) const; // fully decoded; empty when absent
    bool hasQueryItem(const QString& key) const { return query.hasQueryItem(key); }
    QString pathParameter(const QString& name) const { return pathParameters.value(name); }
    QUrlQuery formBody() const; // an application/x-www-form-urlencoded body, decoded
    QString bearerToken() const; // from "Authorization: Bearer …"; empty when absent
};

} // namespace sia::sandbox
