#include "sandbox/salesforce/tasksoqlrecord.h"

namespace sia::sandbox::salesforce {

const SoqlObjectDef& TaskSoqlRecord::taskObject()
{
    static const SoqlObjectDef* const task = SoqlSchema::dataApi().object(u"Task");
    return *task;
}

} // namespace sia::sandbox::salesforce
