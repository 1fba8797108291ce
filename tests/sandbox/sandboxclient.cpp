#include "sandboxclient.h"

#include "sandbox/marketo/marketotokens.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QtTest>

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QJsonObject HttpResult::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray HttpResult::array() const
{
    return QJsonDocument::fromJson(body).array();
}

QString HttpResult::errorCode() const
{
    return object()
        .value(QStringLiteral("errors"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

SandboxClient::SandboxClient(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    const sia::sandbox::marketo::MarketoCredentials credentials;
    m_clientId = credentials.clientId;
    m_clientSecret = credentials.clientSecret;
}

SandboxClient::SandboxClient(const sia::sandbox::Sandbox& sandbox)
    : SandboxClient(sandbox.baseUrl())
{
    m_instanceUrl = sandbox.salesforceInstanceUrl();
}

void SandboxClient::trustCertificate(const QSslCertificate& certificate)
{
    m_trusted = { certificate };
}

QUrl SandboxClient::url(const QString& pathAndQuery) const
{
    if (pathAndQuery.startsWith(QLatin1String("http://"))
        || pathAndQuery.startsWith(QLatin1String("https://"))) {
        return QUrl(pathAndQuery, QUrl::TolerantMode);
    }
    const bool rest = pathAndQuery.startsWith(QLatin1String("/services/data"));
    const QUrl& base = rest && !m_instanceUrl.isEmpty() ? m_instanceUrl : m_baseUrl;
    return QUrl(base.toString() + pathAndQuery, QUrl::TolerantMode);
}

HttpResult SandboxClient::send(
    const QByteArray& method, const QString& pathAndQuery, const QByteArray& body, const RawHeaders& headers)
{
    QNetworkRequest request(url(pathAndQuery));
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    if (!m_trusted.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_trusted);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(60000)) {
        qWarning("no answer within 60 s: %s %s", method.constData(), qPrintable(pathAndQuery));
    }
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult SandboxClient::get(const QString& pathAndQuery, const RawHeaders& headers)
{
    return send("GET", pathAndQuery, {}, headers);
}

HttpResult SandboxClient::post(const QString& pathAndQuery, const QByteArray& body,
    const QByteArray& contentType, const RawHeaders& headers)
{
    RawHeaders all = headers;
    all.append({ "Content-Type", contentType });
    return send("POST", pathAndQuery, body, all);
}

void SandboxClient::setMarketoCredentials(const QString& clientId, const QString& clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_token.clear();
}

QString SandboxClient::marketoToken()
{
    if (m_token.isEmpty()) {
        const HttpResult answer = get(QStringLiteral(
            "/identity/oauth/token?grant_type=client_credentials&client_id=%1&client_secret=%2")
                                          .arg(m_clientId, m_clientSecret));
        m_token = answer.object().value(QStringLiteral("access_token")).toString();
    }
    return m_token;
}

HttpResult SandboxClient::marketoGet(const QString& pathAndQuery)
{
    return get(pathAndQuery, { { "Authorization", "Bearer " + marketoToken().toLatin1() } });
}

HttpResult SandboxClient::marketoPost(
    const QString& pathAndQuery, const QByteArray& body, const QByteArray& contentType)
{
    return post(
        pathAndQuery, body, contentType, { { "Authorization", "Bearer " + marketoToken().toLatin1() } });
}

QJsonObject SandboxClient::control(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    const QByteArray json
        = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(method, path, json, { { "Content-Type", "application/json" } }).object();
}

std::unique_ptr<sia::sandbox::Sandbox> startSandbox(const sia::sandbox::SandboxOptions& options)
{
    auto sandbox = std::make_unique<sia::sandbox::Sandbox>(options);
    const sia::Result<void> started = sandbox->start();
    if (!started) {
        qWarning("sandbox did not start: %s", qPrintable(started.error().message));
        return nullptr;
    }
    return sandbox;
}
