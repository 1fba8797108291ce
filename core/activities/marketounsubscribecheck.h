// Marketo's unsubscribe of one person, asked just before a seller emails them (SPEC 5, when
// email.check-marketo-unsubscribe is on): the people sync's copy can be minutes old. An answer that cannot
// be had (Marketo not connected, unreachable) is empty, and the caller falls back to the synced copy and
// says so.
#pragma once

#include "common/result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace sia {

class MarketoConnectionService;

class MarketoUnsubscribeCheck
{
    Q_DECLARE_TR_FUNCTIONS(sia::MarketoUnsubscribeCheck)

public:
    // done(nullopt, why) when Marketo could not be asked.
    static void ask(MarketoConnectionService& marketo, qint64 marketoId,
        std::function<void(std::optional<bool> unsubscribed, QString why)> done);
};

} // namespace sia
