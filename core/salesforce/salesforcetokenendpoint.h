// Salesforce's OAuth token endpoint on the login host: exchanging an authorization code (with its PKCE
// verifier), refreshing, revoking. Credentials go in a form body, never in a URL; the consumer secret only
// when the connection has one (a connected app that requires it). Answers arrive on this thread.
#pragma once

#include "common/result.h"
#include "salesforce/salesforceconnection.h"
#include "salesforce/salesforcetokens.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace sia {

class SalesforceTokenEndpoint : public QObject
{
    Q_OBJECT

public:
    using TokensDone = std::function<void(Result<SalesforceTokens>)>;

    SalesforceTokenEndpoint(
        QNetworkAccessManager& network, const SalesforceConnection& connection, QObject* parent = nullptr);

    void exchangeCode(
        const QString& code, const QUrl& redirectUri, const QString& codeVerifier, TokensDone done);
    void refresh(const QString& refreshToken, TokensDone done);
    void revoke(const QString& token, std::function<void(Result<void>)> done);

private:
    void post(const QString& path, QUrlQuery form, std::function<void(QNetworkReply*)> answered);
    static Result<SalesforceTokens> readTokens(QNetworkReply* reply);
    static std::optional<Error> failureOf(QNetworkReply* reply, const QByteArray& body);

    QNetworkAccessManager& m_network;
    const SalesforceConnection& m_connection;
};

} // namespace sia
