#include "setup/syncprerequisiteservice.h"

#include "marketo/marketoclient.h"
#include "marketo/marketoconnectionservice.h"
#include "setup/setupplan.h"
#include "store/storerunner.h"

#include <QPointer>

namespace sia {

SyncPrerequisiteService::SyncPrerequisiteService(
    MarketoConnectionService& marketo, StoreRunner& store, QString actor, QObject* parent)
    : QObject(parent)
    , m_marketo(marketo)
    , m_store(store)
    , m_actor(std::move(actor))
{ }

void SyncPrerequisiteService::check(std::function<void(Result<SalesforceSyncFindings>)> done)
{
    auto finish = std::make_shared<std::function<void(Result<SalesforceSyncFindings>)>>(std::move(done));
    m_marketo.withClient([this, finish](Result<MarketoClient*> client) {
        if (!client) {
            (*finish)(client.error());
            return;
        }
        SalesforceSyncCheck::run(**client, this, [this, finish](Result<SalesforceSyncFindings> findings) {
            if (!findings) {
                (*finish)(findings.error());
                return;
            }
            const SalesforceSyncFindings found = *findings;
            m_store.run<void>(
                [found, actor = m_actor](Store& store) {
                    return SetupPlan(store).confirmPrerequisite(
                        prerequisiteKey, found.configured(), actor, found.summary());
                },
                this,
                [found, finish](Result<void> recorded) {
                    (*finish)(recorded ? Result<SalesforceSyncFindings>(found)
                                       : Result<SalesforceSyncFindings>(recorded.error()));
                });
        });
    });
}

} // namespace sia
