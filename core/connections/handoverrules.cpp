#include "connections/handoverrules.h"

#include <QLocale>

namespace sia {

QString HandOverRules::serviceName(ConnectionService service)
{
    switch (service) {
    case ConnectionService::Marketo:
        return QStringLiteral("Marketo");
    case ConnectionService::Salesforce:
        return QStringLiteral("Salesforce");
    }
    return toKey(service);
}

Result<void> HandOverRules::checkConnect(
    const std::optional<ConnectionRecord>& existing, const QString& actor)
{
    if (!existing || existing->owner.connectedBy.isEmpty() || existing->owner.connectedBy == actor) {
        return {};
    }
    return Error::rule(QStringLiteral("connection.owned-by-another"),
        tr("The %1 connection belongs to %2, who connected it from %3. To connect as yourself, start a "
           "hand-over: once you are connected, %2's credentials are retired.")
            .arg(serviceName(existing->service), existing->owner.connectedBy, existing->owner.connectedFrom));
}

Result<void> HandOverRules::checkStart(const std::optional<ConnectionRecord>& existing, const QString& actor)
{
    if (!existing) {
        return Error::rule(QStringLiteral("connection.not-connected"),
            tr("SIA Admin is not connected to this service, so there is nothing to hand over. Connect it "
               "instead."));
    }
    if (existing->owner.connectedBy == actor) {
        return Error::rule(QStringLiteral("connection.handover-to-owner"),
            tr("You already own the %1 connection. A hand-over is started by the admin who takes it over.")
                .arg(serviceName(existing->service)));
    }
    if (existing->handOver.state == HandOverState::Pending && existing->handOver.pendingBy != actor) {
        return Error::rule(QStringLiteral("connection.handover-pending"),
            tr("%1 already started taking over the %2 connection on %3. Ask them to finish, or cancel their "
               "hand-over first.")
                .arg(existing->handOver.pendingBy, serviceName(existing->service),
                    QLocale().toString(existing->handOver.pendingSince.toLocalTime(), QLocale::ShortFormat)));
    }
    return {};
}

Result<void> HandOverRules::checkCancel(const std::optional<ConnectionRecord>& existing, const QString& actor)
{
    if (!existing || existing->handOver.state != HandOverState::Pending) {
        return Error::rule(QStringLiteral("connection.no-handover"),
            tr("No hand-over of this connection is waiting, so there is none to cancel."));
    }
    if (actor != existing->handOver.pendingBy && actor != existing->owner.connectedBy) {
        return Error::rule(QStringLiteral("connection.handover-not-yours"),
            tr("Only %1, who started the hand-over, or %2, who owns the connection, can cancel it.")
                .arg(existing->handOver.pendingBy, existing->owner.connectedBy));
    }
    return {};
}

Result<void> HandOverRules::checkComplete(
    const std::optional<ConnectionRecord>& existing, const QString& actor)
{
    if (!existing) {
        return Error::rule(QStringLiteral("connection.not-connected"),
            tr("The connection was disconnected meanwhile, so there is nothing to take over. Connect it "
               "instead."));
    }
    if (existing->handOver.state != HandOverState::Pending || existing->handOver.pendingBy != actor) {
        return Error::rule(QStringLiteral("connection.no-handover"),
            tr("You have not started a hand-over of the %1 connection. Start one first, then connect as "
               "yourself.")
                .arg(serviceName(existing->service)));
    }
    return {};
}

} // namespace sia
