#include "activities/marketounsubscribecheck.h"

#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"
#include "marketo/marketoconnectionservice.h"

#include <QJsonObject>

namespace sia {

void MarketoUnsubscribeCheck::ask(MarketoConnectionService& marketo, qint64 marketoId,
    std::function<void(std::optional<bool>, QString)> done)
{
    marketo.withClient([&marketo, marketoId, done = std::move(done)](Result<MarketoClient*> client) {
        if (!client) {
            done(std::nullopt, client.error().message);
            return;
        }
        MarketoApi(**client).lookupLeads(QStringLiteral("id"), { QString::number(marketoId) },
            { QStringLiteral("unsubscribed") }, &marketo,
            [done, marketoId](Result<QList<QJsonObject>> leads) {
                if (!leads) {
                    done(std::nullopt, leads.error().message);
                    return;
                }
                if (leads->isEmpty()) {
                    done(std::nullopt,
                        tr("Marketo has no person %1 (deleted there since the last sync?).").arg(marketoId));
                    return;
                }
                const QJsonValue value = leads->first().value(QStringLiteral("unsubscribed"));
                done(value.isBool() ? value.toBool() : value.toString() == u"true", QString());
            });
    });
}

} // namespace sia
