// What a connection step's budget card works through, for either service: the current ApiBudgetReport of
// the instance's gate (again whenever the gate changes), and the admin's change of the cap, stored in the
// setting (budget.marketo-percent / budget.salesforce-percent, which refuses a value outside 1..100) and
// only then applied to the gate. The store work runs where the StoreRunner puts it; answers come back on
// this object's thread.
#pragma once

#include "common/result.h"
#include "connections/apibudgetgate.h"
#include "connections/connectionservice.h"

#include <QObject>

#include <memory>

namespace sia {

class StoreRunner;

class ApiBudgetControl : public QObject
{
    Q_OBJECT

public:
    // store must outlive this object; actor: who changes the cap.
    ApiBudgetControl(
        StoreRunner& store, std::shared_ptr<ApiBudgetGate> gate, QString actor, QObject* parent = nullptr);

    ConnectionService service() const { return m_gate->service(); }
    ApiBudgetReport report() const { return m_gate->report(); }
    ApiBudgetGate& gate() const { return *m_gate; }

    // Reads the cap from the settings into the gate, then reports.
    void refresh();
    // Stores the cap; capRefused says why it was not (out of range, the database), else reportChanged.
    void setCapPercent(int percent);

signals:
    void reportChanged(const sia::ApiBudgetReport& report);
    void capRefused(const sia::Error& error);

private:
    StoreRunner& m_store;
    std::shared_ptr<ApiBudgetGate> m_gate;
    QString m_actor;
};

} // namespace sia
