// The access token of one Marketo connection, held in memory only: fetched from the identity endpoint
// (client credentials, sent in a form body, never in a URL), reused until shortly before it expires, and
// renewed when a call is refused with 601/602. However many calls ask at once, at most one renewal is in
// flight; every caller waiting for it gets its outcome.
#pragma once

#include "common/result.h"
#include "marketo/marketoconnection.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

namespace sia {

class MarketoTokenSource : public QObject
{
    Q_OBJECT

public:
    MarketoTokenSource(
        QNetworkAccessManager& network, const MarketoConnection& connection, QObject* parent = nullptr);
    ~MarketoTokenSource() override;

    // done gets a usable token (from the event loop, never before token() returns) or why there is none.
    void token(std::function<void(Result<QString>)> done);
    // A call sent with `token` was refused as invalid or expired: the next token() renews, unless the
    // token has been renewed meanwhile (then the call just uses the newer one).
    void invalidate(const QString& token);
    void clear(); // forget the token (credentials changed, disconnect)

    // The scope of the last token issued: Marketo names the API user (its email address) there.
    QString scope() const { return m_scope; }

    int renewalsStarted() const { return m_renewals; }
    // Where "now" comes from, in milliseconds on a monotonic scale (a test moves it; by default a
    // steady clock started with this object).
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    bool renewing() const { return !m_renewal.isNull(); }

signals:
    void renewed(); // a new token (or the same, with a new lifetime) arrived

private:
    bool usable() const;
    void renew();
    void finish(Result<QString> outcome);
    Result<QString> readAnswer(QNetworkReply* reply);

    QNetworkAccessManager& m_network;
    const MarketoConnection& m_connection;
    QString m_token;
    QString m_scope;
    QString m_lastIssued; // kept after invalidate(), to tell "the same token again" from a new one
    QElapsedTimer m_elapsed;
    std::function<qint64()> m_nowMs;
    qint64 m_expiresAtMs = 0;
    // Marketo answers the same token while it lives: after a renewal that brought it back, use it to the end.
    bool m_keepToExpiry = false;
    QPointer<QNetworkReply> m_renewal;
    std::vector<std::function<void(Result<QString>)>> m_waiting;
    int m_renewals = 0;
};

} // namespace sia
