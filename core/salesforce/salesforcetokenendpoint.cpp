#include "salesforce/salesforcetokenendpoint.h"

#include "network/queryvalues.h"
#include "network/verifiedhttps.h"
#include "salesforce/salesforceerrors.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace sia {

SalesforceTokenEndpoint::SalesforceTokenEndpoint(
    QNetworkAccessManager& network, const SalesforceConnection& connection, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_connection(connection)
{ }

void SalesforceTokenEndpoint::exchangeCode(
    const QString& code, const QUrl& redirectUri, const QString& codeVerifier, TokensDone done)
{
    QUrlQuery form;
    addQueryValue(form, QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    addQueryValue(form, QStringLiteral("code"), code);
    addQueryValue(form, QStringLiteral("redirect_uri"), redirectUri.toString());
    addQueryValue(form, QStringLiteral("code_verifier"), codeVerifier);
    post(QStringLiteral("/services/oauth2/token"), std::move(form),
        [done = std::move(done)](QNetworkReply* reply) { done(readTokens(reply)); });
}

void SalesforceTokenEndpoint::refresh(const QString& refreshToken, TokensDone done)
{
    QUrlQuery form;
    addQueryValue(form, QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    addQueryValue(form, QStringLiteral("refresh_token"), refreshToken);
    post(QStringLiteral("/services/oauth2/token"), std::move(form),
        [done = std::move(done)](QNetworkReply* reply) { done(readTokens(reply)); });
}

void SalesforceTokenEndpoint::revoke(const QString& token, std::function<void(Result<void>)> done)
{
    QUrlQuery form;
    addQueryValue(form, QStringLiteral("token"), token);
    post(QStringLiteral("/services/oauth2/revoke"), std::move(form),
        [done = std::move(done)](QNetworkReply* reply) {
            const QByteArray body = reply->readAll();
            if (auto failure = failureOf(reply, body)) {
                done(*failure);
                return;
            }
            const int status = VerifiedHttps::httpStatus(reply);
            if (status == 200) {
                done({});
                return;
            }
            // Salesforce answers a revoke it refuses form-encoded, not in JSON.
            const QUrlQuery answer(QString::fromUtf8(body));
            done(SalesforceErrors::fromOAuth(answer.queryItemValue(QStringLiteral("error")),
                answer.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)));
        });
}

void SalesforceTokenEndpoint::post(
    const QString& path, QUrlQuery form, std::function<void(QNetworkReply*)> answered)
{
    addQueryValue(form, QStringLiteral("client_id"), m_connection.consumerKey);
    if (!m_connection.consumerSecret.isEmpty()) {
        addQueryValue(form, QStringLiteral("client_secret"), m_connection.consumerSecret);
    }
    QUrl url = m_connection.loginUrl;
    url.setPath(path);
    QNetworkRequest request
        = VerifiedHttps::request(url, m_connection.extraCaCertificates, m_connection.transferTimeout);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    VerifiedHttps::watch(reply);
    connect(reply, &QNetworkReply::finished, this, [reply, answered = std::move(answered)]() {
        reply->deleteLater();
        answered(reply);
    });
}

std::optional<Error> SalesforceTokenEndpoint::failureOf(QNetworkReply* reply, const QByteArray& body)
{
    const QString host = reply->url().host();
    if (VerifiedHttps::tlsFailed(reply)) {
        return SalesforceErrors::fromTls(VerifiedHttps::sslErrors(reply), host);
    }
    const int status = VerifiedHttps::httpStatus(reply);
    if (VerifiedHttps::connectionFailed(reply) || status == 0) {
        return SalesforceErrors::fromNetwork(reply->error(), host);
    }
    if (VerifiedHttps::answeredHtml(reply)) {
        return SalesforceErrors::fromHttpStatus(status, true, host);
    }
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (answer.contains(QStringLiteral("error"))) {
        return SalesforceErrors::fromOAuth(answer.value(QStringLiteral("error")).toString(),
            answer.value(QStringLiteral("error_description")).toString());
    }
    if (status >= 500) {
        return SalesforceErrors::fromHttpStatus(status, false, host);
    }
    return std::nullopt;
}

Result<SalesforceTokens> SalesforceTokenEndpoint::readTokens(QNetworkReply* reply)
{
    const QByteArray body = reply->readAll();
    if (auto failure = failureOf(reply, body)) {
        return *failure;
    }
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    SalesforceTokens tokens;
    tokens.accessToken = answer.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = answer.value(QStringLiteral("refresh_token")).toString();
    tokens.instanceUrl = QUrl(answer.value(QStringLiteral("instance_url")).toString());
    tokens.identityUrl = QUrl(answer.value(QStringLiteral("id")).toString());
    tokens.scope = answer.value(QStringLiteral("scope")).toString();
    tokens.issuedAt = answer.value(QStringLiteral("issued_at")).toString();
    if (VerifiedHttps::httpStatus(reply) != 200 || tokens.accessToken.isEmpty()
        || !tokens.instanceUrl.isValid() || tokens.instanceUrl.isRelative()) {
        return SalesforceErrors::notSalesforce(reply->url().host());
    }
    return tokens;
}

} // namespace sia
