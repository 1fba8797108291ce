#include "marketo/marketotokensource.h"

#include "marketo/marketoerrors.h"
#include "marketo/marketotransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace sia {

MarketoTokenSource::MarketoTokenSource(
    QNetworkAccessManager& network, const MarketoConnection& connection, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_connection(connection)
{
    m_elapsed.start();
    m_nowMs = [this]() {
        return m_elapsed.elapsed();
    };
}

MarketoTokenSource::~MarketoTokenSource()
{
    if (m_renewal) {
        m_renewal->disconnect(this);
        m_renewal->abort();
        m_renewal->deleteLater();
    }
}

bool MarketoTokenSource::usable() const
{
    if (m_token.isEmpty()) {
        return false;
    }
    const qint64 now = m_nowMs();
    const qint64 margin = m_keepToExpiry ? 0 : m_connection.tokenRenewalMargin.count();
    return now < m_expiresAtMs - margin;
}

void MarketoTokenSource::token(std::function<void(Result<QString>)> done)
{
    if (usable()) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), token = m_token]() { done(token); }, Qt::QueuedConnection);
        return;
    }
    m_waiting.push_back(std::move(done));
    renew();
}

void MarketoTokenSource::invalidate(const QString& token)
{
    if (!token.isEmpty() && token == m_token) {
        m_token.clear();
        m_keepToExpiry = false;
    }
}

void MarketoTokenSource::clear()
{
    m_token.clear();
    m_keepToExpiry = false;
}

void MarketoTokenSource::renew()
{
    if (m_renewal) {
        return; // the one in flight answers every waiting caller
    }
    if (m_connection.identityUrl.isEmpty() || m_connection.clientId.isEmpty()
        || m_connection.clientSecret.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this]() { finish(MarketoErrors::notConfigured()); }, Qt::QueuedConnection);
        return;
    }
    QUrl url = m_connection.identityUrl;
    QString path = url.path();
    if (!path.endsWith(u'/')) {
        path += u'/';
    }
    url.setPath(path + QStringLiteral("oauth/token"));
    QNetworkRequest request = MarketoTransport::request(url, m_connection);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    // The secret goes in the body: a URL ends up in proxies' and servers' logs.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_connection.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_connection.clientSecret);
    ++m_renewals;
    QNetworkReply* reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    MarketoTransport::watch(reply);
    m_renewal = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply]() {
        reply->deleteLater();
        m_renewal.clear();
        finish(readAnswer(reply));
    });
}

Result<QString> MarketoTokenSource::readAnswer(QNetworkReply* reply)
{
    if (auto failure = MarketoTransport::transportFailure(reply)) {
        return *failure;
    }
    const int status = MarketoTransport::httpStatus(reply);
    const QByteArray body = reply->readAll();
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (status == 401) {
        return MarketoErrors::badCredentials(answer.value(QStringLiteral("error_description")).toString());
    }
    if (status >= 500 || MarketoTransport::answeredHtml(reply)) {
        return MarketoErrors::fromHttpStatus(status, MarketoTransport::answeredHtml(reply));
    }
    if (status != 200) {
        return MarketoErrors::identityRefused(status, answer.value(QStringLiteral("error")).toString());
    }
    const QString token = answer.value(QStringLiteral("access_token")).toString();
    if (token.isEmpty()) {
        return MarketoErrors::notMarketo(reply->url().host());
    }
    const qint64 lifetimeMs = qint64(answer.value(QStringLiteral("expires_in")).toDouble()) * 1000;
    m_keepToExpiry = token == m_lastIssued || lifetimeMs <= m_connection.tokenRenewalMargin.count();
    m_token = token;
    m_scope = answer.value(QStringLiteral("scope")).toString();
    m_lastIssued = token;
    m_expiresAtMs = m_nowMs() + lifetimeMs;
    return token;
}

void MarketoTokenSource::finish(Result<QString> outcome)
{
    if (outcome.ok()) {
        emit renewed();
    } else {
        m_token.clear();
    }
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (auto& done : waiting) {
        done(outcome);
    }
}

} // namespace sia
