#include "connections/connectionrepository.h"

#include "common/timestamps.h"
#include "connections/handoverrules.h"
#include "store/auditlog.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSysInfo>

namespace sia {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT service, api_url, auth_url, client_id, account_id, account_name, edition, is_sandbox,"
    " api_enabled, username, remote_user_id, connected_by, connected_at, connected_from, verified_at,"
    " last_check, handover_by, handover_started_at, handed_over_from, handed_over_at, previous_retired,"
    " handover_retire_error FROM connections");

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant boolOrNull(const std::optional<bool>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<bool>());
}

QVariant timestampOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(toStoredTimestamp(at)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<bool> optionalBool(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<bool>(value.toBool());
}

QVariantMap keyBinding(ConnectionService service)
{
    return { { QStringLiteral("service"), toKey(service) } };
}

} // namespace

QString ConnectionRepository::thisMachine()
{
    return QSysInfo::machineHostName();
}

ConnectionRecord ConnectionRepository::recordFrom(const QSqlQuery& query, const SqlDialect& dialect)
{
    ConnectionRecord record;
    record.service
        = fromKey<ConnectionService>(query.value(0).toString()).value_or(ConnectionService::Marketo);
    record.apiUrl = query.value(1).toString();
    record.authUrl = query.value(2).toString();
    record.clientId = query.value(3).toString();
    record.accountId = query.value(4).toString();
    record.accountName = query.value(5).toString();
    record.edition = query.value(6).toString();
    record.isSandbox = optionalBool(query.value(7));
    record.apiEnabled = optionalBool(query.value(8));
    record.owner.remoteUser = query.value(9).toString();
    record.remoteUserId = query.value(10).toString();
    record.owner.connectedBy = query.value(11).toString();
    record.owner.connectedAt = dialect.timestampFrom(query.value(12));
    record.owner.connectedFrom = query.value(13).toString();
    record.verifiedAt = dialect.timestampFrom(query.value(14));
    if (!query.value(15).isNull()) {
        record.lastCheck = ConnectionTestReport::fromJson(
            QJsonDocument::fromJson(query.value(15).toString().toUtf8()).object());
    }
    HandOver& handOver = record.handOver;
    handOver.pendingBy = query.value(16).toString();
    handOver.pendingSince = dialect.timestampFrom(query.value(17));
    handOver.handedOverFrom = query.value(18).toString();
    handOver.handedOverAt = dialect.timestampFrom(query.value(19));
    handOver.previousRetired = query.value(20).toBool();
    handOver.retireError = query.value(21).toString();
    handOver.state = !handOver.pendingBy.isEmpty() ? HandOverState::Pending
        : !handOver.handedOverFrom.isEmpty()       ? HandOverState::Completed
                                                   : HandOverState::None;
    return record;
}

Error ConnectionRepository::notConnected(ConnectionService service) const
{
    return Error::notFound(QStringLiteral("connection.not-connected"),
        tr("SIA Admin is not connected to %1.").arg(HandOverRules::serviceName(service)));
}

Result<std::optional<ConnectionRecord>> ConnectionRepository::findUnlocked(ConnectionService service) const
{
    Result<QSqlQuery> query
        = m_store.exec(selectColumns + QStringLiteral(" WHERE service = :service"), keyBinding(service));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<ConnectionRecord>();
    }
    return std::optional<ConnectionRecord>(recordFrom(*query, m_store.dialect()));
}

Result<std::optional<ConnectionRecord>> ConnectionRepository::find(ConnectionService service) const
{
    return findUnlocked(service);
}

Result<QList<ConnectionRecord>> ConnectionRepository::all() const
{
    QList<ConnectionRecord> records;
    for (ConnectionService service : allValues<ConnectionService>()) {
        Result<std::optional<ConnectionRecord>> found = findUnlocked(service);
        if (!found) {
            return found.error();
        }
        if (*found) {
            records.append(**found);
        }
    }
    return records;
}

Result<void> ConnectionRepository::audit(
    const QString& actor, const char* action, ConnectionService service, QJsonObject arguments)
{
    arguments.insert(QStringLiteral("service"), toKey(service));
    return AuditLog(m_store).append(actor, QLatin1String(action), arguments);
}

Result<void> ConnectionRepository::writeDetails(const ConnectionRecord& record, bool exists)
{
    const QString sql = exists
        ? QStringLiteral("UPDATE connections SET api_url = :api_url, auth_url = :auth_url,"
                         " client_id = :client_id, account_id = :account_id, account_name = :account_name,"
                         " edition = :edition, is_sandbox = :is_sandbox, api_enabled = :api_enabled,"
                         " username = :username, remote_user_id = :remote_user_id,"
                         " connected_by = :connected_by, connected_at = :connected_at,"
                         " connected_from = :connected_from WHERE service = :service")
        : QStringLiteral("INSERT INTO connections (service, api_url, auth_url, client_id, account_id,"
                         " account_name, edition, is_sandbox, api_enabled, username, remote_user_id,"
                         " connected_by, connected_at, connected_from) VALUES (:service, :api_url, :auth_url,"
                         " :client_id, :account_id, :account_name, :edition, :is_sandbox, :api_enabled,"
                         " :username, :remote_user_id, :connected_by, :connected_at, :connected_from)");
    const QVariantMap bindings { { QStringLiteral("service"), toKey(record.service) },
        { QStringLiteral("api_url"), textOrNull(record.apiUrl) },
        { QStringLiteral("auth_url"), textOrNull(record.authUrl) },
        { QStringLiteral("client_id"), textOrNull(record.clientId) },
        { QStringLiteral("account_id"), textOrNull(record.accountId) },
        { QStringLiteral("account_name"), textOrNull(record.accountName) },
        { QStringLiteral("edition"), textOrNull(record.edition) },
        { QStringLiteral("is_sandbox"), boolOrNull(record.isSandbox) },
        { QStringLiteral("api_enabled"), boolOrNull(record.apiEnabled) },
        { QStringLiteral("username"), textOrNull(record.owner.remoteUser) },
        { QStringLiteral("remote_user_id"), textOrNull(record.remoteUserId) },
        { QStringLiteral("connected_by"), record.owner.connectedBy },
        { QStringLiteral("connected_at"), timestampOrNull(record.owner.connectedAt) },
        { QStringLiteral("connected_from"), textOrNull(record.owner.connectedFrom) } };
    Result<QSqlQuery> written = m_store.exec(sql, bindings);
    if (!written) {
        return written.error();
    }
    return {};
}

Result<ConnectionRecord> ConnectionRepository::saveConnected(ConnectionRecord record, const QString& actor)
{
    record.owner.connectedBy = actor;
    record.owner.connectedAt = QDateTime::currentDateTimeUtc();
    if (record.owner.connectedFrom.isEmpty()) {
        record.owner.connectedFrom = thisMachine();
    }
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        Result<std::optional<ConnectionRecord>> existing = findUnlocked(record.service);
        if (!existing) {
            return existing.error();
        }
        if (Result<void> allowed = HandOverRules::checkConnect(*existing, actor); !allowed) {
            return allowed;
        }
        if (Result<void> written = writeDetails(record, existing->has_value()); !written) {
            return written;
        }
        return audit(actor, "connection.connected", record.service,
            { { QStringLiteral("user"), record.owner.remoteUser },
                { QStringLiteral("from"), record.owner.connectedFrom } });
    });
    if (!done) {
        return done.error();
    }
    Result<std::optional<ConnectionRecord>> saved = find(record.service);
    if (!saved) {
        return saved.error();
    }
    return **saved;
}

Result<void> ConnectionRepository::recordTest(
    ConnectionService service, const ConnectionTestReport& report, const QString& actor)
{
    return m_store.transaction([&]() -> Result<void> {
        const QString check
            = QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
        const QString sql = report.passed()
            ? QStringLiteral(
                "UPDATE connections SET last_check = :check, verified_at = :at WHERE service = :service")
            : QStringLiteral("UPDATE connections SET last_check = :check WHERE service = :service");
        QVariantMap bindings = keyBinding(service);
        bindings.insert(QStringLiteral("check"), check);
        if (report.passed()) {
            const QDateTime ranAt = report.ranAt.isValid() ? report.ranAt : QDateTime::currentDateTimeUtc();
            bindings.insert(QStringLiteral("at"), toStoredTimestamp(ranAt));
        }
        Result<QSqlQuery> updated = m_store.exec(sql, bindings);
        if (!updated) {
            return updated.error();
        }
        if (updated->numRowsAffected() == 0) {
            return notConnected(service);
        }
        return audit(actor, "connection.tested", service,
            { { QStringLiteral("passed"), report.passed() },
                { QStringLiteral("failed"), QJsonArray::fromStringList(report.failedKeys()) } });
    });
}

Result<void> ConnectionRepository::disconnect(ConnectionService service, const QString& actor)
{
    return m_store.transaction([&]() -> Result<void> {
        Result<std::optional<ConnectionRecord>> existing = findUnlocked(service);
        if (!existing) {
            return existing.error();
        }
        if (!*existing) {
            return notConnected(service);
        }
        Result<QSqlQuery> deleted = m_store.exec(
            QStringLiteral("DELETE FROM connections WHERE service = :service"), keyBinding(service));
        if (!deleted) {
            return deleted.error();
        }
        return audit(actor, "connection.disconnected", service,
            { { QStringLiteral("owner"), (*existing)->owner.connectedBy } });
    });
}

Result<void> ConnectionRepository::startHandOver(ConnectionService service, const QString& actor)
{
    return m_store.transaction([&]() -> Result<void> {
        Result<std::optional<ConnectionRecord>> existing = findUnlocked(service);
        if (!existing) {
            return existing.error();
        }
        if (Result<void> allowed = HandOverRules::checkStart(*existing, actor); !allowed) {
            return allowed;
        }
        QVariantMap bindings = keyBinding(service);
        bindings.insert(QStringLiteral("by"), actor);
        bindings.insert(QStringLiteral("at"), nowTimestamp());
        Result<QSqlQuery> updated = m_store.exec(
            QStringLiteral("UPDATE connections SET handover_by = :by, handover_started_at = :at"
                           " WHERE service = :service"),
            bindings);
        if (!updated) {
            return updated.error();
        }
        return audit(actor, "connection.handover-started", service,
            { { QStringLiteral("owner"), (*existing)->owner.connectedBy } });
    });
}

Result<void> ConnectionRepository::cancelHandOver(ConnectionService service, const QString& actor)
{
    return m_store.transaction([&]() -> Result<void> {
        Result<std::optional<ConnectionRecord>> existing = findUnlocked(service);
        if (!existing) {
            return existing.error();
        }
        if (Result<void> allowed = HandOverRules::checkCancel(*existing, actor); !allowed) {
            return allowed;
        }
        Result<QSqlQuery> updated = m_store.exec(
            QStringLiteral("UPDATE connections SET handover_by = NULL, handover_started_at = NULL"
                           " WHERE service = :service"),
            keyBinding(service));
        if (!updated) {
            return updated.error();
        }
        return audit(actor, "connection.handover-cancelled", service,
            { { QStringLiteral("by"), (*existing)->handOver.pendingBy } });
    });
}

Result<ConnectionRecord> ConnectionRepository::completeHandOver(ConnectionRecord record, const QString& actor)
{
    record.owner.connectedBy = actor;
    record.owner.connectedAt = QDateTime::currentDateTimeUtc();
    if (record.owner.connectedFrom.isEmpty()) {
        record.owner.connectedFrom = thisMachine();
    }
    ConnectionRecord previous;
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        Result<std::optional<ConnectionRecord>> existing = findUnlocked(record.service);
        if (!existing) {
            return existing.error();
        }
        if (Result<void> allowed = HandOverRules::checkComplete(*existing, actor); !allowed) {
            return allowed;
        }
        previous = **existing;
        if (Result<void> written = writeDetails(record, true); !written) {
            return written;
        }
        // The last check and verification were the previous owner's: the new connection has none yet.
        QVariantMap bindings = keyBinding(record.service);
        bindings.insert(QStringLiteral("from"), previous.owner.connectedBy);
        bindings.insert(QStringLiteral("at"), toStoredTimestamp(record.owner.connectedAt));
        bindings.insert(QStringLiteral("retired"), false);
        Result<QSqlQuery> updated = m_store.exec(
            QStringLiteral("UPDATE connections SET handover_by = NULL, handover_started_at = NULL,"
                           " handed_over_from = :from, handed_over_at = :at, previous_retired = :retired,"
                           " handover_retire_error = NULL, last_check = NULL, verified_at = NULL"
                           " WHERE service = :service"),
            bindings);
        if (!updated) {
            return updated.error();
        }
        return audit(actor, "connection.handed-over", record.service,
            { { QStringLiteral("from"), previous.owner.connectedBy },
                { QStringLiteral("user"), record.owner.remoteUser },
                { QStringLiteral("machine"), record.owner.connectedFrom } });
    });
    if (!done) {
        return done.error();
    }
    return previous;
}

Result<void> ConnectionRepository::recordRetirement(
    ConnectionService service, const Result<void>& outcome, const QString& actor)
{
    return m_store.transaction([&]() -> Result<void> {
        Result<std::optional<ConnectionRecord>> existing = findUnlocked(service);
        if (!existing) {
            return existing.error();
        }
        if (!*existing || (*existing)->handOver.state != HandOverState::Completed) {
            return Error::rule(QStringLiteral("connection.no-handover"),
                tr("No completed hand-over of the %1 connection is waiting for its previous credentials to "
                   "be retired.")
                    .arg(HandOverRules::serviceName(service)));
        }
        QVariantMap bindings = keyBinding(service);
        bindings.insert(QStringLiteral("retired"), outcome.ok());
        bindings.insert(QStringLiteral("error"),
            outcome.ok() ? QVariant(QMetaType::fromType<QString>()) : QVariant(outcome.error().code));
        Result<QSqlQuery> updated = m_store.exec(
            QStringLiteral(
                "UPDATE connections SET previous_retired = :retired, handover_retire_error = :error"
                " WHERE service = :service"),
            bindings);
        if (!updated) {
            return updated.error();
        }
        const QString from = (*existing)->handOver.handedOverFrom;
        return outcome.ok()
            ? audit(actor, "connection.previous-retired", service, { { QStringLiteral("from"), from } })
            : audit(actor, "connection.retire-failed", service,
                { { QStringLiteral("from"), from }, { QStringLiteral("code"), outcome.error().code } });
    });
}

} // namespace sia
