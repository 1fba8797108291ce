#include "connections/apibudget.h"

#include "settings/settingsrepository.h"

#include <QLocale>
#include <QTimeZone>

namespace sia {

namespace {

// Marketo's day. Without time zone data, UTC-6 (Central Standard Time): in summer that puts midnight an
// hour after Marketo's, so a paused client resumes late, never before the quota was reset.
QTimeZone marketoZone()
{
    static const QTimeZone chicago(QByteArrayLiteral("America/Chicago"));
    return chicago.isValid() ? chicago : QTimeZone(-6 * 3600);
}

QString localTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ApiBudget::ApiBudget(ConnectionService service, int capPercent)
    : m_service(service)
    , m_capPercent(qBound(1, capPercent, 100))
{ }

Result<ApiBudget> ApiBudget::fromSettings(const SettingsRepository& settings, ConnectionService service)
{
    const SettingKey key = service == ConnectionService::Marketo ? SettingKey::ApiBudgetMarketoPercent
                                                                 : SettingKey::ApiBudgetSalesforcePercent;
    Result<qlonglong> percent = settings.get<qlonglong>(key);
    if (!percent) {
        return percent.error();
    }
    return ApiBudget(service, int(*percent));
}

qint64 ApiBudget::allowedOf(qint64 dailyLimit) const
{
    return qMax<qint64>(0, dailyLimit) * m_capPercent / 100;
}

QDateTime ApiBudget::nextMarketoReset(const QDateTime& now)
{
    const QDate today = now.toTimeZone(marketoZone()).date();
    return QDateTime(today.addDays(1), QTime(0, 0), marketoZone()).toUTC();
}

QDateTime ApiBudget::dayStart(ConnectionService service, const QDateTime& now)
{
    if (service == ConnectionService::Salesforce) {
        return now.toUTC().addSecs(-24 * 60 * 60);
    }
    return QDateTime(now.toTimeZone(marketoZone()).date(), QTime(0, 0), marketoZone()).toUTC();
}

QDateTime ApiBudget::resumeTime(const ApiUsage& usage, const QDateTime& now, bool capReached) const
{
    if (m_service == ConnectionService::Marketo) {
        return nextMarketoReset(now);
    }
    // Rolling 24 hours: our own oldest call drops out a day after it was made, which frees one of ours.
    if (capReached && usage.oldestOwnCall.isValid()) {
        return usage.oldestOwnCall.toUTC().addSecs(24 * 60 * 60);
    }
    return now.toUTC().addSecs(salesforceRecheckSeconds);
}

Error ApiBudget::capReached(const ApiUsage& usage, qint64 allowed, const QDateTime& resumesAt) const
{
    const QLocale locale;
    if (m_service == ConnectionService::Marketo) {
        return Error::rule(QStringLiteral("budget.cap-reached"),
            tr("SIA Admin has made %1 of the %2 Marketo API calls it may make today (%3 % of the daily quota "
               "of %4). It stops until Marketo's day ends at %5 (midnight US Central time). To go on sooner, "
               "raise the Marketo API budget in the settings.")
                .arg(locale.toString(usage.usedByUs), locale.toString(allowed))
                .arg(m_capPercent)
                .arg(locale.toString(*usage.dailyLimit), localTime(resumesAt)));
    }
    return Error::rule(QStringLiteral("budget.cap-reached"),
        tr("SIA Admin has made %1 of the %2 Salesforce API requests it may make in 24 hours (%3 % of the "
           "org's %4). It stops until %5, when its oldest request of the last 24 hours no longer counts. To "
           "go on sooner, raise the Salesforce API budget in the settings.")
            .arg(locale.toString(usage.usedByUs), locale.toString(allowed))
            .arg(m_capPercent)
            .arg(locale.toString(*usage.dailyLimit), localTime(resumesAt)));
}

Error ApiBudget::quotaExhausted(const ApiUsage& usage, const QDateTime& resumesAt) const
{
    const QLocale locale;
    if (m_service == ConnectionService::Marketo) {
        return Error::rule(QStringLiteral("budget.quota-exhausted"),
            tr("Marketo's daily quota of %1 API calls is used up (%2 calls today, by every integration of "
               "the "
               "subscription). SIA Admin waits until Marketo's day ends at %3 (midnight US Central time), or "
               "ask Marketo support for a higher quota.")
                .arg(locale.toString(*usage.dailyLimit), locale.toString(usage.usedByAll),
                    localTime(resumesAt)));
    }
    return Error::rule(QStringLiteral("budget.quota-exhausted"),
        tr("The org has used all of its %1 Salesforce API requests of the last 24 hours (%2, by every "
           "integration). SIA Admin asks again at %3. To find who uses them, see Setup → System Overview in "
           "Salesforce.")
            .arg(locale.toString(*usage.dailyLimit), locale.toString(usage.usedByAll), localTime(resumesAt)));
}

ApiBudgetDecision ApiBudget::decide(const ApiUsage& usage, const QDateTime& now) const
{
    if (!usage.dailyLimit) {
        return {}; // the first call is what tells the limit
    }
    const qint64 allowed = allowedOf(*usage.dailyLimit);
    const qint64 oursLeft = allowed - usage.usedByUs;
    const qint64 serviceLeft = *usage.dailyLimit - usage.usedByAll;
    ApiBudgetDecision decision;
    decision.remaining = qMax<qint64>(0, qMin(oursLeft, serviceLeft));
    if (oursLeft <= 0) {
        decision.allowed = false;
        decision.resumesAt = resumeTime(usage, now, true);
        decision.refusal = capReached(usage, allowed, decision.resumesAt);
    } else if (serviceLeft <= 0) {
        decision.allowed = false;
        decision.resumesAt = resumeTime(usage, now, false);
        decision.refusal = quotaExhausted(usage, decision.resumesAt);
    }
    return decision;
}

} // namespace sia
