#include "sandbox/sandboxhost.h"

#include "sandbox/sandbox.h"

#include <QMetaObject>

namespace sia::sandbox {

SandboxHost::SandboxHost(SandboxOptions options)
    : m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("sia-sandbox"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
}

SandboxHost::~SandboxHost()
{
    if (m_thread.isRunning()) {
        // The server's sockets belong to the sandbox thread: they are closed there.
        QMetaObject::invokeMethod(
            m_context, [this]() { m_sandbox.reset(); }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

Result<void> SandboxHost::start()
{
    m_thread.start();
    Result<void> outcome;
    // Blocking once, at start-up, before the window exists: it only binds a socket (and with TLS makes a
    // certificate), which takes milliseconds.
    QMetaObject::invokeMethod(
        m_context,
        [this, &outcome]() {
            m_sandbox = std::make_unique<Sandbox>(m_options);
            outcome = m_sandbox->start();
            if (outcome) {
                m_readyInfo = m_sandbox->readyInfo();
            } else {
                m_sandbox.reset();
            }
        },
        Qt::BlockingQueuedConnection);
    return outcome;
}

QJsonObject SandboxHost::readyInfo() const
{
    return m_readyInfo;
}

QUrl SandboxHost::marketoRestUrl() const
{
    return readyUrl("marketo", "restUrl");
}

QUrl SandboxHost::salesforceLoginUrl() const
{
    return readyUrl("salesforce", "loginUrl");
}

QUrl SandboxHost::salesforceInstanceUrl() const
{
    return readyUrl("salesforce", "instanceUrl");
}

QUrl SandboxHost::readyUrl(const char* vendor, const char* key) const
{
    return QUrl(m_readyInfo.value(QLatin1String(vendor)).toObject().value(QLatin1String(key)).toString());
}

} // namespace sia::sandbox
