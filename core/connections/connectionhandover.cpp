#include "connections/connectionhandover.h"

#include "connections/connectionrepository.h"

#include <QCoreApplication>

namespace sia {

void ConnectionHandOver::complete(const ConnectionRecord& connected, const QString& actor, Finished done)
{
    Result<ConnectionRecord> previous = m_repository.completeHandOver(connected, actor);
    if (!previous) {
        done(previous.error());
        return;
    }
    const ConnectionService service = connected.service;
    m_retirement.revokePrevious(*previous,
        [repository = &m_repository, service, actor, done = std::move(done)](Result<void> retired) {
            if (Result<void> recorded = repository->recordRetirement(service, retired, actor); !recorded) {
                done(recorded.error());
                return;
            }
            Result<std::optional<ConnectionRecord>> stored = repository->find(service);
            if (!stored) {
                done(stored.error());
            } else if (!*stored) {
                done(Error::notFound(QStringLiteral("connection.not-connected"),
                    QCoreApplication::translate("sia::ConnectionHandOver",
                        "The connection was disconnected while its previous credentials were being "
                        "retired.")));
            } else {
                done(**stored);
            }
        });
}

} // namespace sia
