// A request to stop, shared between whoever may ask (the GUI's Cancel button, quitting) and the long job
// that honours it between its batches. Copies share one flag; it is set once and never cleared.
#pragma once

#include <atomic>
#include <memory>

namespace sia {

class CancelToken
{
public:
    CancelToken()
        : m_cancelled(std::make_shared<std::atomic<bool>>(false))
    { }

    void cancel() const { m_cancelled->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace sia
