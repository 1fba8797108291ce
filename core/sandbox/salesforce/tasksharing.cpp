#include "sandbox/salesforce/tasksharing.h"

#include "sandbox/salesforce/taskstore.h"

namespace sia::sandbox::salesforce {

VisibleTaskSource::VisibleTaskSource(
    std::shared_ptr<const TaskStore> tasks, TaskSharing sharing, QString userId)
    : m_tasks(std::move(tasks))
    , m_sharing(sharing)
    , m_userId(std::move(userId))
{ }

bool VisibleTaskSource::visible(qint64 position) const
{
    const TaskRecord* task = m_tasks->taskAt(position);
    return task && m_sharing.canSee(m_userId, *task);
}

qint64 VisibleTaskSource::endPosition() const
{
    return m_tasks->endPosition();
}

std::shared_ptr<const SoqlRecord> VisibleTaskSource::recordAt(qint64 position) const
{
    return visible(position) ? m_tasks->recordAt(position) : nullptr;
}

void VisibleTaskSource::scan(
    qint64 from, qint64 to, const std::function<bool(qint64, const SoqlRecord&)>& visit) const
{
    m_tasks->scan(from, to, [this, &visit](qint64 position, const SoqlRecord& record) {
        return !visible(position) || visit(position, record);
    });
}

} // namespace sia::sandbox::salesforce
