#include "users/instancerepository.h"

#include "common/timestamps.h"
#include "store/auditlog.h"
#include "store/store.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace sia {

Result<std::optional<ActionsInstance>> InstanceRepository::load() const
{
    Result<QSqlQuery> query
        = m_store.exec(QStringLiteral("SELECT name, created_by, created_at, activated_at FROM instance"));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<ActionsInstance>();
    }
    ActionsInstance instance;
    instance.name = query->value(0).toString();
    instance.createdBy = query->value(1).toString();
    instance.createdAt = m_store.dialect().timestampFrom(query->value(2));
    instance.activatedAt = m_store.dialect().timestampFrom(query->value(3));
    return std::optional<ActionsInstance>(instance);
}

Result<ActionsInstance> InstanceRepository::create(const QString& name, const QString& actor)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable.error();
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Error::input(QStringLiteral("instance.name-empty"),
            tr("The Actions instance needs a name (your company's, for example)."));
    }
    ActionsInstance created;
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        Result<std::optional<ActionsInstance>> existing = load();
        if (!existing) {
            return existing.error();
        }
        if (existing->has_value()) {
            return Error::rule(QStringLiteral("instance.exists"),
                tr("This database already holds the Actions instance “%1”, created by %2. Step 1 goes on "
                   "with it: invite its first admin.")
                    .arg((*existing)->name, (*existing)->createdBy));
        }
        created.name = trimmed;
        created.createdBy = actor;
        created.createdAt = QDateTime::currentDateTimeUtc();
        Result<QSqlQuery> insert = m_store.exec(
            QStringLiteral(
                "INSERT INTO instance (id, name, created_at, created_by) VALUES (1, :name, :at, :by)"),
            { { QStringLiteral("name"), trimmed },
                { QStringLiteral("at"), toStoredTimestamp(created.createdAt) },
                { QStringLiteral("by"), actor } });
        if (!insert) {
            return insert.error();
        }
        return AuditLog(m_store).append(
            actor, QStringLiteral("instance.created"), QJsonObject { { QStringLiteral("name"), trimmed } });
    });
    if (!done) {
        return done.error();
    }
    return created;
}

Result<void> InstanceRepository::markActivated(const QDateTime& at)
{
    Result<QSqlQuery> update
        = m_store.exec(QStringLiteral("UPDATE instance SET activated_at = :at WHERE activated_at IS NULL"),
            { { QStringLiteral("at"), toStoredTimestamp(at) } });
    if (!update) {
        return update.error();
    }
    return {};
}

} // namespace sia
