#include "cli/clicontext.h"

#include <QCoreApplication>

namespace sia {

CliContext::CliContext(Store* store, CliOutput& output, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_output(output)
{ }

Store& CliContext::store() const
{
    Q_ASSERT(m_store);
    return *m_store;
}

void CliContext::finish(Result<void> outcome)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_outcome = std::move(outcome);
    emit finished();
}

void CliContext::requestCancel()
{
    if (m_cancelRequested || m_finished) {
        return;
    }
    m_cancelRequested = true;
    emit cancelRequested();
}

Error CliContext::interruptedError()
{
    return Error::environment(QStringLiteral("cli.interrupted"),
        QCoreApplication::translate(
            "sia::CliContext", "The command was interrupted and stopped before changing anything more."));
}

} // namespace sia
