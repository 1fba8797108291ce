#include "sandbox/salesforce/emailoptouts.h"

namespace sia::sandbox::salesforce {

const EmailOptOutChange* EmailOptOuts::find(const QString& id) const
{
    if (m_changes.isEmpty()) { // the common case: a scan of every lead asks once per record
        return nullptr;
    }
    const auto it = m_changes.constFind(id);
    return it == m_changes.constEnd() ? nullptr : &it.value();
}

} // namespace sia::sandbox::salesforce
