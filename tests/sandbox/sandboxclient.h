// A small HTTP client for the sandbox tests, over QNetworkAccessManager as the product's clients are:
// each call waits for its reply with QSignalSpy (the event loop runs, so an in-process sandbox answers).
#pragma once

#include "sandbox/sandbox.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (see error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray& name) const;
    QJsonObject object() const;
    QJsonArray array() const;
    // Marketo's envelope: the first error's code, or empty.
    QString errorCode() const;
    bool success() const { return object().value(QStringLiteral("success")).toBool(); }
    QJsonArray result() const { return object().value(QStringLiteral("result")).toArray(); }
};

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

class SandboxClient
{
public:
    explicit SandboxClient(QUrl baseUrl);
    // The sandbox's main listener, and its Salesforce instance for the REST API.
    explicit SandboxClient(const sia::sandbox::Sandbox& sandbox);

    void trustCertificate(const QSslCertificate& certificate); // instead of the system's CAs
    // Paths under /services/data then go to this URL, as a Salesforce client sends its REST calls to the
    // instance_url it was given (the login host refuses them).
    void setSalesforceInstanceUrl(QUrl instanceUrl) { m_instanceUrl = std::move(instanceUrl); }
    const QUrl& salesforceInstanceUrl() const { return m_instanceUrl; }
    // pathAndQuery below the base URL (or the instance's), or an absolute http(s) URL taken as it is.
    QUrl url(const QString& pathAndQuery) const;

    HttpResult get(const QString& pathAndQuery, const RawHeaders& headers = {});
    HttpResult post(const QString& pathAndQuery, const QByteArray& body, const QByteArray& contentType,
        const RawHeaders& headers = {});
    HttpResult send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
        const RawHeaders& headers);

    // Marketo with the sandbox's test credentials; the token is fetched once and kept.
    void setMarketoCredentials(const QString& clientId, const QString& clientSecret);
    QString marketoToken();
    HttpResult marketoGet(const QString& pathAndQuery);
    HttpResult marketoPost(const QString& pathAndQuery, const QByteArray& body,
        const QByteArray& contentType = "application/json");

    // The control API: POST with a JSON body (or GET when body is empty and method says so).
    QJsonObject control(const QByteArray& method, const QString& path, const QJsonObject& body = {});

    QNetworkAccessManager& network() { return *m_network; }

private:
    QUrl m_baseUrl;
    QUrl m_instanceUrl;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<QSslCertificate> m_trusted;
    QString m_clientId;
    QString m_clientSecret;
    QString m_token;
};

// An in-process sandbox on a free port, with the options given; nullptr (and a test failure) if it cannot
// start.
std::unique_ptr<sia::sandbox::Sandbox> startSandbox(const sia::sandbox::SandboxOptions& options);
