#include "connections/connectiontestreport.h"

#include "common/timestamps.h"

#include <QJsonArray>

namespace sia {

bool ConnectionTestReport::passed() const
{
    bool anyPassed = false;
    for (const NamedCheck& check : checks) {
        if (check.outcome == CheckOutcome::Failed) {
            return false;
        }
        anyPassed = anyPassed || check.outcome == CheckOutcome::Passed;
    }
    return anyPassed;
}

QStringList ConnectionTestReport::failedKeys() const
{
    QStringList keys;
    for (const NamedCheck& check : checks) {
        if (check.outcome == CheckOutcome::Failed) {
            keys << check.key;
        }
    }
    return keys;
}

QJsonObject ConnectionTestReport::toJson() const
{
    QJsonArray list;
    for (const NamedCheck& check : checks) {
        QJsonObject item { { QStringLiteral("key"), check.key },
            { QStringLiteral("outcome"), toKey(check.outcome) },
            { QStringLiteral("elapsedMs"), check.elapsedMs } };
        // Only what is there, so that a passed check stays one short line in the review.
        const auto addText = [&item](const char* name, const QString& value) {
            if (!value.isEmpty()) {
                item.insert(QLatin1String(name), value);
            }
        };
        addText("code", check.code);
        addText("message", check.message);
        addText("fix", check.fix);
        addText("proxy", check.proxy);
        list.append(item);
    }
    return { { QStringLiteral("ranAt"), toStoredTimestamp(ranAt) }, { QStringLiteral("ranBy"), ranBy },
        { QStringLiteral("passed"), passed() }, { QStringLiteral("checks"), list } };
}

std::optional<ConnectionTestReport> ConnectionTestReport::fromJson(const QJsonObject& json)
{
    if (!json.value(QStringLiteral("checks")).isArray()) {
        return std::nullopt;
    }
    ConnectionTestReport report;
    report.ranAt = fromStoredTimestamp(json.value(QStringLiteral("ranAt")).toString());
    report.ranBy = json.value(QStringLiteral("ranBy")).toString();
    for (const QJsonValue& value : json.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject item = value.toObject();
        const std::optional<CheckOutcome> outcome
            = fromKey<CheckOutcome>(item.value(QStringLiteral("outcome")).toString());
        if (!outcome) {
            return std::nullopt;
        }
        report.checks.append({ item.value(QStringLiteral("key")).toString(), *outcome,
            item.value(QStringLiteral("elapsedMs")).toInteger(),
            item.value(QStringLiteral("code")).toString(), item.value(QStringLiteral("message")).toString(),
            item.value(QStringLiteral("fix")).toString(), item.value(QStringLiteral("proxy")).toString() });
    }
    return report;
}

} // namespace sia
