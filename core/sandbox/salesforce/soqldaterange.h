// The days a relative date literal covers, relative to today (the sandbox clock's date in UTC, the
// sandbox org's time zone): TODAY is [today, tomorrow), LAST_N_DAYS:n is [today - n, tomorrow) (today
// included), NEXT_N_DAYS:n is [tomorrow, tomorrow + n) (today excluded), as Salesforce defines them.
#pragma once

#include "sandbox/salesforce/soqlquery.h"

#include <QDate>

namespace sia::sandbox::salesforce {

struct SoqlDateRange
{
    QDate start; // inclusive
    QDate end; // exclusive

    static SoqlDateRange of(const SoqlDateLiteral& literal, const QDate& today);
};

} // namespace sia::sandbox::salesforce
