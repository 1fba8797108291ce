#include "sandbox/salesforce/restresponses.h"

#include <QJsonDocument>

namespace sia::sandbox::salesforce::RestResponses {

SandboxResponse error(const SalesforceError& error)
{
    return SandboxResponse::json(toJsonArray({ error }), error.httpStatus);
}

SandboxResponse json(QByteArray body, int status)
{
    return SandboxResponse::rawJson(std::move(body), status);
}

QString parameter(const SandboxRequest& request, const QString& key)
{
    QString encoded = request.query.query(QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QStringLiteral("%20"));
    return QUrlQuery(encoded).queryItemValue(key, QUrl::FullyDecoded);
}

QString accessToken(const SandboxRequest& request)
{
    const QByteArray value = request.header("Authorization").trimmed();
    for (const QByteArray& scheme : { QByteArray("bearer "), QByteArray("oauth ") }) {
        if (value.size() > scheme.size() && value.toLower().startsWith(scheme)) {
            return QString::fromLatin1(value.mid(scheme.size()).trimmed());
        }
    }
    return {};
}

} // namespace sia::sandbox::salesforce::RestResponses
