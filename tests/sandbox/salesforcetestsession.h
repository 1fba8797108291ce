// Salesforce over HTTP for the sandbox tests: the credentials of sia-sandbox's ready line, a session from
// the username-password grant, and REST calls with its Bearer token.
#pragma once

#include "sandboxclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace salesforcetest {

inline const QString apiVersion = QStringLiteral("v59.0");

// An sObject Collections body, and the first error's code of one record's result.
inline QJsonDocument collection(const QJsonArray& records, bool allOrNone)
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("allOrNone"), allOrNone }, { QStringLiteral("records"), records } });
}

inline QString statusCodeOf(const QJsonValue& result)
{
    return result.toObject()
        .value(QStringLiteral("errors"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("statusCode"))
        .toString();
}

inline QJsonObject credentials(const sia::sandbox::Sandbox& sandbox)
{
    return sandbox.readyInfo().value(QStringLiteral("salesforce")).toObject();
}

inline QByteArray form(const QList<QPair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [key, value] : fields) {
        if (!body.isEmpty()) {
            body.append('&');
        }
        body.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    }
    return body;
}

inline HttpResult passwordGrant(SandboxClient& client, const QJsonObject& info, const QString& password = {})
{
    const auto value = [&](const char* key) {
        return info.value(QLatin1String(key)).toString();
    };
    return client.post(QStringLiteral("/services/oauth2/token"),
        form({ { QStringLiteral("grant_type"), QStringLiteral("password") },
            { QStringLiteral("client_id"), value("consumerKey") },
            { QStringLiteral("client_secret"), value("consumerSecret") },
            { QStringLiteral("username"), value("username") },
            { QStringLiteral("password"), password.isEmpty() ? value("password") : password } }),
        "application/x-www-form-urlencoded");
}

// A session's REST calls go to the instance_url of its token answer, as a Salesforce client's do.
class Session
{
public:
    // Without instanceUrl, REST calls go where the client sends paths under /services/data.
    Session(SandboxClient& client, QString token, QString instanceUrl = {})
        : m_client(client)
        , m_token(std::move(token))
        , m_instanceUrl(std::move(instanceUrl))
    { }

    static Session fromTokenAnswer(SandboxClient& client, const HttpResult& answer)
    {
        const QJsonObject token = answer.object();
        return Session(client, token.value(QStringLiteral("access_token")).toString(),
            token.value(QStringLiteral("instance_url")).toString());
    }
    static Session open(SandboxClient& client, const sia::sandbox::Sandbox& sandbox)
    {
        return fromTokenAnswer(client, passwordGrant(client, credentials(sandbox)));
    }

    const QString& token() const { return m_token; }
    const QString& instanceUrl() const { return m_instanceUrl; }
    RawHeaders headers(const RawHeaders& extra = {}) const
    {
        RawHeaders all { { "Authorization", "Bearer " + m_token.toLatin1() } };
        return all + extra;
    }
    // path below /services/data/vXX.X, e.g. "/limits".
    HttpResult get(const QString& path, const RawHeaders& extra = {}) const
    {
        return m_client.get(
            m_instanceUrl + QStringLiteral("/services/data/") + apiVersion + path, headers(extra));
    }
    HttpResult query(const QString& soql, const QString& resource = QStringLiteral("/query"),
        const RawHeaders& extra = {}) const
    {
        return get(
            resource + QStringLiteral("?q=") + QString::fromLatin1(QUrl::toPercentEncoding(soql)), extra);
    }
    // A nextRecordsUrl (it starts with /services/data/).
    HttpResult follow(const QString& url, const RawHeaders& extra = {}) const
    {
        return m_client.get(m_instanceUrl + url, headers(extra));
    }
    HttpResult send(const QByteArray& method, const QString& path, const QJsonDocument& body = {}) const
    {
        return m_client.send(method, m_instanceUrl + QStringLiteral("/services/data/") + apiVersion + path,
            body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact),
            headers({ { "Content-Type", "application/json" } }));
    }

private:
    SandboxClient& m_client;
    QString m_token;
    QString m_instanceUrl; // "http://127.0.0.1:port", or empty
};

// The first error of a Salesforce error array.
inline QString errorCode(const HttpResult& result)
{
    return result.array().first().toObject().value(QStringLiteral("errorCode")).toString();
}
inline QString errorMessage(const HttpResult& result)
{
    return result.array().first().toObject().value(QStringLiteral("message")).toString();
}

} // namespace salesforcetest
