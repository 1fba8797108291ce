// The connections table: read a connection, save it when a connect succeeded, record what Test
// connection found, disconnect (the row goes), and the hand-over's states. Every change writes its audit
// entry in the same transaction. No secret passes through here: the clients keep those in the keychain
// (ConnectionSecrets), and the retirement of an old owner's credentials is theirs too (ConnectionHandOver).
#pragma once

#include "common/result.h"
#include "connections/connectionrecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace sia {

class SqlDialect;
class Store;

class ConnectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(sia::ConnectionRepository)

public:
    explicit ConnectionRepository(Store& store)
        : m_store(store)
    { }

    // The machine a connection made here is recorded as coming from (QSysInfo::machineHostName()).
    static QString thisMachine();

    Result<std::optional<ConnectionRecord>> find(ConnectionService service) const;
    Result<QList<ConnectionRecord>> all() const; // in ConnectionService order

    // After a successful connect: the record's details, owned by actor from this machine as of now (a
    // connectedFrom already set is kept, for a caller that knows better). The details of a reconnect replace
    // the old ones, the hand-over state stays. A connection another admin owns is refused (HandOverRules).
    Result<ConnectionRecord> saveConnected(ConnectionRecord record, const QString& actor);

    // What one Test connection found: last_check always, verified_at only when it passed.
    Result<void> recordTest(
        ConnectionService service, const ConnectionTestReport& report, const QString& actor);

    // The row goes (the client has revoked and deleted its secrets first). NotFound when not connected.
    Result<void> disconnect(ConnectionService service, const QString& actor);

    // The hand-over's states (HandOverRules says who may): start and cancel a pending one; complete it with
    // the new owner's connection, which returns the previous record, whose credentials the client then
    // retires and reports through recordRetirement.
    Result<void> startHandOver(ConnectionService service, const QString& actor);
    Result<void> cancelHandOver(ConnectionService service, const QString& actor);
    Result<ConnectionRecord> completeHandOver(ConnectionRecord record, const QString& actor);
    Result<void> recordRetirement(
        ConnectionService service, const Result<void>& outcome, const QString& actor);

private:
    Result<std::optional<ConnectionRecord>> findUnlocked(ConnectionService service) const;
    Result<void> writeDetails(const ConnectionRecord& record, bool exists);
    Result<void> audit(
        const QString& actor, const char* action, ConnectionService service, QJsonObject arguments = {});
    static ConnectionRecord recordFrom(const QSqlQuery& query, const SqlDialect& dialect);
    Error notConnected(ConnectionService service) const;

    Store& m_store;
};

} // namespace sia
