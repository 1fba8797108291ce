#include "sandbox/salesforce/soqldaterange.h"

namespace sia::sandbox::salesforce {

SoqlDateRange SoqlDateRange::of(const SoqlDateLiteral& literal, const QDate& today)
{
    const QString& name = literal.name;
    const QDate tomorrow = today.addDays(1);
    const QDate monthStart(today.year(), today.month(), 1);
    const QDate yearStart(today.year(), 1, 1);
    if (name == QLatin1String("YESTERDAY")) {
        return { today.addDays(-1), today };
    }
    if (name == QLatin1String("TOMORROW")) {
        return { tomorrow, tomorrow.addDays(1) };
    }
    if (name == QLatin1String("LAST_N_DAYS") || name == QLatin1String("LAST_90_DAYS")) {
        const int n = name == QLatin1String("LAST_90_DAYS") ? 90 : literal.n;
        return { today.addDays(-n), tomorrow };
    }
    if (name == QLatin1String("NEXT_N_DAYS") || name == QLatin1String("NEXT_90_DAYS")) {
        const int n = name == QLatin1String("NEXT_90_DAYS") ? 90 : literal.n;
        return { tomorrow, tomorrow.addDays(n) };
    }
    if (name == QLatin1String("N_DAYS_AGO")) {
        return { today.addDays(-literal.n), today.addDays(-literal.n + 1) };
    }
    if (name == QLatin1String("THIS_MONTH")) {
        return { monthStart, monthStart.addMonths(1) };
    }
    if (name == QLatin1String("LAST_MONTH")) {
        return { monthStart.addMonths(-1), monthStart };
    }
    if (name == QLatin1String("NEXT_MONTH")) {
        return { monthStart.addMonths(1), monthStart.addMonths(2) };
    }
    if (name == QLatin1String("THIS_YEAR")) {
        return { yearStart, yearStart.addYears(1) };
    }
    if (name == QLatin1String("LAST_YEAR")) {
        return { yearStart.addYears(-1), yearStart };
    }
    if (name == QLatin1String("NEXT_YEAR")) {
        return { yearStart.addYears(1), yearStart.addYears(2) };
    }
    return { today, tomorrow }; // TODAY (the parser admits no other name)
}

} // namespace sia::sandbox::salesforce
