#include "marketo/marketocall.h"

#include "connections/apibudgetgate.h"
#include "marketo/marketoclient.h"
#include "marketo/marketoratelimiter.h"
#include "marketo/marketotokensource.h"
#include "marketo/marketotransport.h"

#include <QJsonDocument>

#include <utility>

namespace sia {
namespace {

// Marketo refuses a GET URL over about 8 KB; stay well under it.
constexpr qsizetype maxGetUrlBytes = 7 * 1024;

bool isJson(QNetworkReply* reply)
{
    return reply->header(QNetworkRequest::ContentTypeHeader)
        .toString()
        .contains(u"json", Qt::CaseInsensitive);
}

} // namespace

MarketoCall::MarketoCall(MarketoClient& client, MarketoRequest request, QObject* receiver, Done done)
    : QObject(&client)
    , m_client(client)
    , m_request(std::move(request))
    , m_limiter(&client.limiter())
    , m_delivery(*this, receiver, std::move(done), [this]() { m_backoff.stop(); })
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &MarketoCall::attempt);
}

MarketoCall::~MarketoCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_ticket != 0 && m_limiter) {
        m_limiter->release(m_ticket, true); // it went out: Marketo counts it
    }
}

void MarketoCall::start()
{
    attempt();
}

void MarketoCall::attempt()
{
    QPointer<MarketoRateLimiter> limiter = &m_client.limiter();
    m_client.limiter().acquire([self = QPointer<MarketoCall>(this), limiter](Result<quint64> ticket) {
        if (!ticket) {
            if (self) {
                self->deliver(ticket.error());
            }
            return;
        }
        if (!self) {
            if (limiter) {
                limiter->release(*ticket, false);
            }
            return;
        }
        self->m_client.tokens().token([self, limiter, ticket = *ticket](Result<QString> token) {
            if (!self) {
                if (limiter) {
                    limiter->release(ticket, false);
                }
                return;
            }
            if (!token) {
                self->m_client.limiter().release(ticket, false); // nothing was sent
                self->handleFailure(token.error(), {});
                return;
            }
            self->sendWith(ticket, *token);
        });
    });
}

QNetworkRequest MarketoCall::buildRequest(const QString& token, QByteArray* method, QByteArray* body) const
{
    QUrl url = m_client.urlFor(m_request);
    *method = m_request.method;
    *body = m_request.body;
    QByteArray contentType = m_request.contentType;
    url.setQuery(m_request.query);
    if (m_request.method == "GET" && m_request.mayPostLongQuery && url.toEncoded().size() > maxGetUrlBytes) {
        QUrlQuery override;
        override.addQueryItem(QStringLiteral("_method"), QStringLiteral("GET"));
        url.setQuery(override);
        *method = "POST";
        *body = m_request.query.toString(QUrl::FullyEncoded).toLatin1();
        contentType = "application/x-www-form-urlencoded";
    }
    QNetworkRequest request = MarketoTransport::request(url, m_client.connection());
    // The only place the token goes (API-NOTES: the access_token parameter is retired).
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    if (m_request.rangeFrom) {
        request.setRawHeader(
            "Range", "bytes=" + QByteArray::number(*m_request.rangeFrom + m_bytesWritten) + '-');
    }
    if (m_request.sink) {
        request.setRawHeader("Accept", "*/*");
    }
    return request;
}

void MarketoCall::sendWith(quint64 ticket, const QString& token)
{
    // The admin's cap, asked at the last moment: a refused call is never sent, whatever waited for it.
    if (Result<void> admitted = m_client.budget().admit(m_client.callPurpose()); !admitted) {
        m_client.limiter().release(ticket, false);
        deliver(admitted.error());
        return;
    }
    QByteArray method;
    QByteArray body;
    const QNetworkRequest request = buildRequest(token, &method, &body);
    ++m_client.m_attempts;
    m_fileErrorBody.clear();
    qCDebug(lcMarketo) << method << request.url().path(); // never the query (people's data) or the token
    QNetworkReply* reply = body.isEmpty() && method == "GET"
        ? m_client.network().get(request)
        : m_client.network().sendCustomRequest(request, method, body);
    m_reply = reply;
    m_ticket = ticket;
    MarketoTransport::watch(reply);
    if (m_request.sink) {
        connect(reply, &QNetworkReply::readyRead, this, [this, reply]() {
            const int status = MarketoTransport::httpStatus(reply);
            if (isJson(reply) || (status != 200 && status != 206)) {
                m_fileErrorBody += reply->readAll(); // an error, not the file
                return;
            }
            const QByteArray chunk = reply->readAll();
            if (m_request.sink && m_request.sink->write(chunk) == chunk.size()) {
                m_bytesWritten += chunk.size();
            }
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, token]() { finished(token); });
}

void MarketoCall::finished(const QString& token)
{
    m_client.limiter().release(std::exchange(m_ticket, 0), true);
    Result<MarketoResponse> outcome = readAnswer();
    m_reply->deleteLater();
    m_reply.clear();
    if (outcome) {
        deliver(std::move(outcome));
    } else {
        handleFailure(outcome.error(), token);
    }
}

Result<MarketoResponse> MarketoCall::readAnswer()
{
    QNetworkReply* reply = m_reply;
    if (auto failure = MarketoTransport::transportFailure(reply)) {
        return *failure;
    }
    MarketoResponse response;
    response.httpStatus = MarketoTransport::httpStatus(reply);
    const bool html = MarketoTransport::answeredHtml(reply);
    if (m_request.sink && !isJson(reply) && !html
        && (response.httpStatus == 200 || response.httpStatus == 206)) {
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty() && m_request.sink->write(rest) == rest.size()) {
            m_bytesWritten += rest.size();
        }
        response.bytesWritten = m_bytesWritten;
        response.contentRange = reply->rawHeader("Content-Range");
        return response;
    }
    const QByteArray raw = m_fileErrorBody + reply->readAll();
    if (html) {
        return MarketoErrors::fromHttpStatus(response.httpStatus, true);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    const bool json = parseError.error == QJsonParseError::NoError;
    if (json && document.isArray()) {
        response.body
            = QJsonObject { { QStringLiteral("result"), document.array() } }; // user management lists
    } else if (json) {
        response.body = document.object();
    }
    const QJsonArray errors = response.body.value(QStringLiteral("errors")).toArray();
    const bool envelopeFailed = response.body.value(QStringLiteral("success")) == QJsonValue(false);
    if (!errors.isEmpty()
        && (envelopeFailed || m_request.api == MarketoRequest::Api::UserService
            || response.httpStatus != 200)) {
        const QJsonObject first = errors.first().toObject();
        QString code = first.value(QStringLiteral("code"))
                           .toVariant()
                           .toString(); // a string, defensively also a number
        return MarketoErrors::fromVendorCode(code, first.value(QStringLiteral("message")).toString());
    }
    if (response.httpStatus < 200 || response.httpStatus > 299) {
        return MarketoErrors::fromHttpStatus(response.httpStatus, false);
    }
    if (!json) {
        return MarketoErrors::notMarketo(reply->url().host());
    }
    if (m_request.api != MarketoRequest::Api::UserService
        && !response.body.contains(QStringLiteral("success"))) {
        return MarketoErrors::notMarketo(reply->url().host());
    }
    if (envelopeFailed) {
        return MarketoErrors::fromVendorCode(QStringLiteral("unknown"), QString());
    }
    return response;
}

void MarketoCall::handleFailure(const Error& error, const QString& token)
{
    switch (MarketoErrors::remedyFor(error)) {
    case MarketoErrors::Remedy::RenewToken:
        if (!m_renewedToken) {
            m_renewedToken = true; // once per call: a token refused twice is reported, not looped on
            m_client.tokens().invalidate(token);
            attempt();
            return;
        }
        break;
    case MarketoErrors::Remedy::WaitForQuotaReset:
        m_client.limiter().markQuotaUsedUp();
        break;
    case MarketoErrors::Remedy::Retry:
        if (m_bytesWritten == 0) {
            retryLater(error);
            return;
        }
        break; // part of a file arrived: the caller resumes it with a range rather than start over
    case MarketoErrors::Remedy::None:
        break;
    }
    deliver(error);
}

void MarketoCall::retryLater(const Error& error)
{
    const MarketoRetryPolicy& policy = m_client.connection().retry;
    if (m_attempt + 1 >= policy.maxAttempts) {
        qCInfo(lcMarketo) << "giving up after" << policy.maxAttempts << "attempts:" << error.code;
        deliver(error);
        return;
    }
    ++m_attempt;
    const std::chrono::milliseconds delay = retryDelay(error);
    qCInfo(lcMarketo) << "retrying" << m_request.path << "after" << error.code << "in" << delay.count()
                      << "ms";
    m_backoff.start(delay);
}

std::chrono::milliseconds MarketoCall::retryDelay(const Error& error) const
{
    double delay = double(m_client.connection().retry.delayBefore(m_attempt).count());
    if (error.code == u"marketo.606") {
        // The window is full with others' calls: retrying sooner than a quarter of it only burns attempts.
        delay = std::max(delay, double(m_client.connection().limits.window.count()) / 4.0);
    }
    return std::chrono::milliseconds(qint64(std::max(0.0, delay)));
}

void MarketoCall::deliver(Result<MarketoResponse> outcome)
{
    m_delivery.deliver(std::move(outcome));
}

} // namespace sia
