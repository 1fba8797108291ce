#include "setup/handconfirmationrepository.h"

#include "common/timestamps.h"
#include "store/auditlog.h"
#include "store/store.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace sia {

namespace {

const QString selectColumns
    = QStringLiteral("SELECT item, confirmed_by, confirmed_at, note FROM hand_confirmations");

HandConfirmation confirmationFrom(const QSqlQuery& row, const Store& store)
{
    return { row.value(0).toString(), row.value(1).toString(), store.dialect().timestampFrom(row.value(2)),
        row.value(3).toString() };
}

} // namespace

Result<std::optional<HandConfirmation>> HandConfirmationRepository::find(const QString& item) const
{
    Result<QSqlQuery> query = m_store.exec(
        selectColumns + QStringLiteral(" WHERE item = :item"), { { QStringLiteral("item"), item } });
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<HandConfirmation>();
    }
    return std::optional<HandConfirmation>(confirmationFrom(*query, m_store));
}

Result<QHash<QString, HandConfirmation>> HandConfirmationRepository::all() const
{
    Result<QSqlQuery> query = m_store.exec(selectColumns);
    if (!query) {
        return query.error();
    }
    QHash<QString, HandConfirmation> confirmations;
    while (query->next()) {
        HandConfirmation confirmation = confirmationFrom(*query, m_store);
        confirmations.insert(confirmation.item, confirmation);
    }
    return confirmations;
}

Result<HandConfirmation> HandConfirmationRepository::confirm(
    const QString& item, const QString& actor, const QString& note)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable.error();
    }
    HandConfirmation confirmation { item, actor, QDateTime::currentDateTimeUtc(), note.trimmed() };
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        const QVariantMap bindings { { QStringLiteral("item"), item }, { QStringLiteral("by"), actor },
            { QStringLiteral("at"), toStoredTimestamp(confirmation.confirmedAt) },
            { QStringLiteral("note"),
                confirmation.note.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(confirmation.note) } };
        Result<QSqlQuery> removed
            = m_store.exec(QStringLiteral("DELETE FROM hand_confirmations WHERE item = :item"),
                { { QStringLiteral("item"), item } });
        if (!removed) {
            return removed.error();
        }
        Result<QSqlQuery> inserted = m_store.exec(
            QStringLiteral("INSERT INTO hand_confirmations (item, confirmed_by, confirmed_at, note)"
                           " VALUES (:item, :by, :at, :note)"),
            bindings);
        if (!inserted) {
            return inserted.error();
        }
        QJsonObject arguments { { QStringLiteral("item"), item } };
        if (!confirmation.note.isEmpty()) {
            arguments.insert(QStringLiteral("note"), confirmation.note);
        }
        return AuditLog(m_store).append(actor, QStringLiteral("confirmation.recorded"), arguments);
    });
    if (!done) {
        return done.error();
    }
    return confirmation;
}

Result<void> HandConfirmationRepository::withdraw(const QString& item, const QString& actor)
{
    if (Result<void> writable = m_store.requireWritable(); !writable) {
        return writable.error();
    }
    return m_store.transaction([&]() -> Result<void> {
        Result<QSqlQuery> removed
            = m_store.exec(QStringLiteral("DELETE FROM hand_confirmations WHERE item = :item"),
                { { QStringLiteral("item"), item } });
        if (!removed) {
            return removed.error();
        }
        if (removed->numRowsAffected() < 1) {
            return Error::notFound(QStringLiteral("confirmation.not-confirmed"),
                tr("“%1” was not confirmed by hand, so there is nothing to withdraw.").arg(item));
        }
        return AuditLog(m_store).append(actor, QStringLiteral("confirmation.withdrawn"),
            QJsonObject { { QStringLiteral("item"), item } });
    });
}

} // namespace sia
