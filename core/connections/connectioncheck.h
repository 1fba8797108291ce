// One named check of Test connection (reachable, TLS, credentials accepted, ...): a stable key, a name the
// admin reads, the keys of the checks it needs to have passed first, and the check itself, which answers
// once, later, on the calling thread. Each service lists its own checks (MarketoChecks, and Salesforce's
// when it comes); ConnectionCheckRunner runs such a list into a ConnectionTestReport.
#pragma once

#include "connections/connectiontestreport.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace sia {

// What one check found. The runner adds the key and the time taken.
struct CheckFinding
{
    CheckOutcome outcome = CheckOutcome::Passed;
    QString code; // Failed: the error's stable code
    QString message; // passed: what was found ("Marketo answered in 40 ms"); failed: what happened
    QString fix; // Failed: what to do
    QString proxy; // the proxy the check went through; empty when direct

    static CheckFinding passed(QString message, QString proxy = {})
    {
        return { CheckOutcome::Passed, {}, std::move(message), {}, std::move(proxy) };
    }
    static CheckFinding failed(QString code, QString message, QString fix, QString proxy = {})
    {
        return { CheckOutcome::Failed, std::move(code), std::move(message), std::move(fix),
            std::move(proxy) };
    }
};

class ConnectionCheck
{
public:
    using Done = std::function<void(CheckFinding)>;

    virtual ~ConnectionCheck() = default;

    virtual QString key() const = 0; // stable: stored in last_check, printed by `check --json`
    virtual QString name() const = 0; // translated
    // Checks that must pass before this one runs; when one of them fails this one is skipped.
    virtual QStringList needs() const { return {}; }
    // Runs the check; done is called exactly once, from the event loop, never inside run(). A check may
    // be destroyed while running (the press was abandoned): it must then never call done.
    virtual void run(Done done) = 0;
};

using ConnectionCheckList = std::vector<std::unique_ptr<ConnectionCheck>>;

} // namespace sia
