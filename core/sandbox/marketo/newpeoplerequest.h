// The control API's "newPeople" arguments, read against Marketo's describe so that a new person's values
// are ones a real subscription could hold: {"count": n, "owned": bool, "fields": {restName: text}}.
// Only the writable text fields the sandbox keeps may be given (describe's length, an email that looks like
// one); "owned" true makes each a Salesforce lead with a Sales Owner, false a person only in Marketo,
// absent drawn from the seed.
#pragma once

#include "common/result.h"
#include "sandbox/dataset/sandboxdataset.h"

#include <QJsonObject>

namespace sia::sandbox::marketo {

class NewPeopleRequest
{
public:
    static constexpr qint64 maxCount = 10000; // per call: the added people are kept in memory

    static Result<NewPeopleSpec> parse(const QJsonObject& arguments);
};

} // namespace sia::sandbox::marketo
