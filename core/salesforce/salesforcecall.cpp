#include "salesforce/salesforcecall.h"

#include "connections/apibudgetgate.h"
#include "network/verifiedhttps.h"
#include "salesforce/salesforceclient.h"
#include "salesforce/salesforceerrors.h"
#include "salesforce/salesforcesession.h"

namespace sia {

SalesforceCall::SalesforceCall(
    SalesforceClient& client, SalesforceRequest request, QObject* receiver, Done done)
    : QObject(&client)
    , m_client(client)
    , m_request(std::move(request))
    , m_delivery(*this, receiver, std::move(done), [this]() { m_backoff.stop(); })
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &SalesforceCall::attempt);
}

SalesforceCall::~SalesforceCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void SalesforceCall::start()
{
    attempt();
}

void SalesforceCall::attempt()
{
    const bool versioned
        = m_request.api == SalesforceRequest::Api::Data || m_request.api == SalesforceRequest::Api::Tooling;
    auto withVersion = [self = QPointer<SalesforceCall>(this)](Result<QString> version) {
        if (!self) {
            return;
        }
        if (!version) {
            self->deliver(version.error());
            return;
        }
        self->m_client.session().accessToken([self, version = *version](Result<QString> token) {
            if (!self) {
                return;
            }
            if (!token) {
                self->deliver(token.error()); // the refresh already said why (invalid_grant, keychain…)
                return;
            }
            self->sendWith(version, *token);
        });
    };
    if (versioned) {
        m_client.apiVersion(this, std::move(withVersion));
    } else {
        withVersion(QString());
    }
}

void SalesforceCall::sendWith(const QString& version, const QString& token)
{
    // The admin's cap, asked at the last moment: a refused call is never sent.
    if (Result<void> admitted = m_client.budget().admit(m_client.callPurpose()); !admitted) {
        deliver(admitted.error());
        return;
    }
    QUrl url = m_client.urlFor(m_request);
    if (!version.isEmpty()) {
        url.setPath(QStringLiteral("/services/data/") + version
            + (m_request.api == SalesforceRequest::Api::Tooling ? QStringLiteral("/tooling") : QString())
            + m_request.path);
    }
    if (!m_request.query.isEmpty()) {
        url.setQuery(m_request.query);
    }
    const SalesforceConnection& connection = m_client.connection();
    QNetworkRequest request
        = VerifiedHttps::request(url, connection.extraCaCertificates, connection.transferTimeout);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1()); // the only place the token goes
    if (!m_request.body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (const auto& [name, value] : std::as_const(m_request.headers)) {
        request.setRawHeader(name, value);
    }
    ++m_client.m_attempts;
    qCDebug(lcSalesforce) << m_request.method << url.path(); // never the query (SOQL holds data) or token
    QNetworkReply* reply = m_request.method == "GET"
        ? m_client.network().get(request)
        : m_client.network().sendCustomRequest(request, m_request.method, m_request.body);
    m_reply = reply;
    VerifiedHttps::watch(reply);
    connect(reply, &QNetworkReply::finished, this, [this, token]() { finished(token); });
}

void SalesforceCall::finished(const QString& token)
{
    QNetworkReply* reply = m_reply;
    Result<SalesforceResponse> outcome = readAnswer(reply);
    reply->deleteLater();
    m_reply.clear();
    if (outcome) {
        deliver(std::move(outcome));
    } else {
        handleFailure(outcome.error(), token);
    }
}

Result<SalesforceResponse> SalesforceCall::readAnswer(QNetworkReply* reply)
{
    const QString host = reply->url().host();
    if (VerifiedHttps::tlsFailed(reply)) {
        return SalesforceErrors::fromTls(VerifiedHttps::sslErrors(reply), host);
    }
    SalesforceResponse response;
    response.httpStatus = VerifiedHttps::httpStatus(reply);
    if (VerifiedHttps::connectionFailed(reply) || response.httpStatus == 0) {
        return SalesforceErrors::fromNetwork(reply->error(), host);
    }
    response.usage = SalesforceApiUsage::fromHeader(reply->rawHeader("Sforce-Limit-Info"));
    if (response.usage) {
        m_client.m_lastUsage = response.usage;
        m_client.budget().serviceReported(response.usage->max, response.usage->used);
    }
    if (VerifiedHttps::answeredHtml(reply)) {
        return SalesforceErrors::fromHttpStatus(response.httpStatus, true, host);
    }
    const QByteArray raw = reply->readAll();
    QJsonParseError parseError;
    response.body = QJsonDocument::fromJson(raw, &parseError);
    const bool json = parseError.error == QJsonParseError::NoError;
    if (response.httpStatus >= 200 && response.httpStatus <= 299) {
        if (!json && !raw.isEmpty()) {
            return SalesforceErrors::notSalesforce(host);
        }
        return response;
    }
    // Salesforce's error shape: [{"message", "errorCode", "fields"}].
    const QJsonObject first = response.body.array().first().toObject();
    const QString errorCode = first.value(QStringLiteral("errorCode")).toString();
    if (!errorCode.isEmpty()) {
        return SalesforceErrors::fromRestError(
            response.httpStatus, errorCode, first.value(QStringLiteral("message")).toString());
    }
    if (json && response.body.object().contains(QStringLiteral("error"))) {
        const QJsonObject oauth = response.body.object();
        return SalesforceErrors::fromOAuth(oauth.value(QStringLiteral("error")).toString(),
            oauth.value(QStringLiteral("error_description")).toString());
    }
    return SalesforceErrors::fromHttpStatus(response.httpStatus, false, host);
}

void SalesforceCall::handleFailure(const Error& error, const QString& token)
{
    switch (SalesforceErrors::remedyFor(error)) {
    case SalesforceErrors::Remedy::RefreshSession:
        if (!m_refreshed) {
            m_refreshed = true; // once per call: a session refused again is reported, not looped on
            m_client.session().expired(token);
            attempt();
            return;
        }
        break;
    case SalesforceErrors::Remedy::Retry:
        if (m_attempt + 1 < m_client.connection().retry.maxAttempts) {
            ++m_attempt;
            const auto delay = m_client.connection().retry.delayBefore(m_attempt);
            qCInfo(lcSalesforce) << "retrying" << m_request.path << "after" << error.code << "in"
                                 << delay.count() << "ms";
            m_backoff.start(delay);
            return;
        }
        break;
    case SalesforceErrors::Remedy::None:
        break;
    }
    deliver(error);
}

void SalesforceCall::deliver(Result<SalesforceResponse> outcome)
{
    m_delivery.deliver(std::move(outcome));
}

} // namespace sia
