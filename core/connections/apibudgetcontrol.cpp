#include "connections/apibudgetcontrol.h"

#include "settings/settingsrepository.h"
#include "store/storerunner.h"

namespace sia {
namespace {

SettingKey capSetting(ConnectionService service)
{
    return service == ConnectionService::Marketo ? SettingKey::ApiBudgetMarketoPercent
                                                 : SettingKey::ApiBudgetSalesforcePercent;
}

} // namespace

ApiBudgetControl::ApiBudgetControl(
    StoreRunner& store, std::shared_ptr<ApiBudgetGate> gate, QString actor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_gate(std::move(gate))
    , m_actor(std::move(actor))
{
    connect(m_gate.get(), &ApiBudgetGate::changed, this, [this] { emit reportChanged(m_gate->report()); });
}

void ApiBudgetControl::refresh()
{
    const ConnectionService service = m_gate->service();
    m_store.run<ApiBudget>(
        [service](Store& store) { return ApiBudget::fromSettings(SettingsRepository(store), service); }, this,
        [this](Result<ApiBudget> budget) {
            if (budget) {
                m_gate->setCapPercent(budget->capPercent());
            }
            emit reportChanged(m_gate->report());
        });
}

void ApiBudgetControl::setCapPercent(int percent)
{
    const SettingKey key = capSetting(m_gate->service());
    m_store.run<int>(
        [key, percent, actor = m_actor](Store& store) -> Result<int> {
            if (Result<void> stored = SettingsRepository(store).set(key, qlonglong(percent), actor);
                !stored) {
                return stored.error();
            }
            return percent;
        },
        this,
        [this](Result<int> stored) {
            if (!stored) {
                emit capRefused(stored.error());
                return;
            }
            m_gate->setCapPercent(*stored);
            emit reportChanged(m_gate->report());
        });
}

} // namespace sia
