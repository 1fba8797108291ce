// What one press of Test connection found: its named checks (reachable, TLS, credentials accepted, API
// access, daily quota left, ...), each with its outcome, its time and, on failure, its error. Kept as JSON
// in the connections table's last_check, so another admin reviewing the instance sees the last result.
#pragma once

#include "common/enumkeys.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sia {

enum class CheckOutcome
{
    Passed,
    Failed,
    Skipped // not run, because a check it needs failed (no API access test without credentials)
};

struct NamedCheck
{
    QString key; // stable: "reachable", "tls", "credentials", "api-access", "daily-quota", ...
    CheckOutcome outcome = CheckOutcome::Skipped;
    qint64 elapsedMs = 0;
    QString code; // Failed: the error's stable code, for support
    // The text the admin saw, in the language of whoever ran the test; the code is what stays stable.
    QString message;
    QString fix; // Failed: what to do
    QString proxy; // the proxy the check went through ("http://proxy:3128"); empty when direct
};

struct ConnectionTestReport
{
    QDateTime ranAt;
    QString ranBy;
    QList<NamedCheck> checks;

    // Passed when at least one check ran and none failed.
    bool passed() const;
    QStringList failedKeys() const;

    QJsonObject toJson() const;
    // Empty when the JSON is not a report (written by a newer version, say): shown as "unknown".
    static std::optional<ConnectionTestReport> fromJson(const QJsonObject& json);
};

template<> struct EnumKeys<CheckOutcome>
{
    static constexpr EnumKey<CheckOutcome> table[] = { { CheckOutcome::Passed, "passed" },
        { CheckOutcome::Failed, "failed" }, { CheckOutcome::Skipped, "skipped" } };
};

} // namespace sia
