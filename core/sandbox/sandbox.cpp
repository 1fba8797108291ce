#include "sandbox/sandbox.h"

#include "sandbox/controlapi.h"
#include "sandbox/marketo/marketoapi.h"
#include "sandbox/tlscertificate.h"

// The Salesforce module is built in parallel (core/sandbox/salesforce/); it joins as soon as it exists.
#if __has_include("sandbox/salesforce/salesforceapi.h") && !defined(SIA_SANDBOX_WITHOUT_SALESFORCE)
#include "sandbox/salesforce/salesforceapi.h"
#define SIA_SANDBOX_HAS_SALESFORCE 1
#endif

namespace sia::sandbox {

Sandbox::Sandbox(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_dataset(m_options, m_clock)
    , m_context { m_clock, m_counters, m_faults, m_dataset, m_options, m_listeners }
{
    m_faults.setSeed(m_options.seed);
    m_apis.push_back(std::make_unique<MarketoApi>(m_context));
#ifdef SIA_SANDBOX_HAS_SALESFORCE
    salesforce::SalesforceSettings salesforce;
    salesforce.callbackUrl = m_options.salesforceCallbackUrl;
    salesforce.sessionTimeoutSeconds = m_options.salesforceSessionTimeoutSeconds;
    salesforce.rotateRefreshTokens = m_options.salesforceRotateRefreshTokens;
    salesforce.taskCount = m_options.salesforceTaskCount;
    m_apis.push_back(std::make_unique<SalesforceApi>(m_context, std::move(salesforce)));
#endif
    m_apis.push_back(std::make_unique<ControlApi>(*this));
    m_server = std::make_unique<SandboxServer>(m_counters, m_faults, SandboxListener::Main);
    m_instanceServer
        = std::make_unique<SandboxServer>(m_counters, m_faults, SandboxListener::SalesforceInstance);
    for (const auto& api : m_apis) {
        m_server->addApi(api.get());
        m_instanceServer->addApi(api.get());
    }
}

Sandbox::~Sandbox() = default;

Result<void> Sandbox::start()
{
    if (Result<void> faults = configureFaults(m_options.faults); !faults) {
        return faults;
    }
    std::optional<TlsIdentity> tls;
    if (m_options.tls) {
        Result<TlsIdentity> identity = generateTlsIdentity();
        if (!identity) {
            return identity.error();
        }
        m_certificatePem = identity->certificate.toPem();
        tls = *identity;
    }
    if (m_options.port != 0 && m_options.port == m_options.salesforceInstancePort) {
        return Error::input(QStringLiteral("sandbox.instancePort"),
            QStringLiteral("The Salesforce instance needs a port of its own, not %1 as well.")
                .arg(m_options.port));
    }
    if (Result<quint16> port = m_server->start(m_options.address, m_options.port, tls); !port) {
        return port.error();
    }
    if (Result<quint16> port
        = m_instanceServer->start(m_options.address, m_options.salesforceInstancePort, tls);
        !port) {
        return port.error();
    }
    m_listeners.salesforceInstanceUrl = m_instanceServer->baseUrl();
    return {};
}

QJsonObject Sandbox::readyInfo() const
{
    QJsonObject info { { QStringLiteral("baseUrl"), baseUrl().toString() },
        { QStringLiteral("seed"), QString::number(m_options.seed) },
        { QStringLiteral("people"), m_options.people }, { QStringLiteral("tls"), m_options.tls } };
    for (const auto& api : m_apis) {
        const QJsonObject part = api->readyInfo(baseUrl());
        if (!part.isEmpty()) {
            info.insert(api->vendor(), part);
        }
    }
    if (m_options.tls) {
        info.insert(QStringLiteral("certificatePem"), QString::fromLatin1(m_certificatePem));
    }
    return info;
}

QByteArray Sandbox::certificatePem() const
{
    return m_certificatePem;
}

void Sandbox::reset()
{
    m_clock.reset();
    m_counters.reset();
    m_dataset.reset();
    for (const auto& api : m_apis) {
        api->reset();
    }
    // Restores the faults of the command line, with their call counts from zero.
    (void)configureFaults(m_options.faults);
    m_faults.setSeed(m_options.seed);
}

Result<void> Sandbox::configureFaults(const QString& spec)
{
    Result<QList<FaultRule>> rules = FaultInjector::parse(spec);
    if (!rules) {
        return rules.error();
    }
    for (const FaultRule& rule : *rules) {
        if (rule.fault.kind != Fault::Kind::VendorError) {
            continue;
        }
        // A vendor code must be one that every module the rule can reach knows how to answer.
        for (const auto& api : m_apis) {
            const bool reaches
                = rule.endpointPattern == u"*" || rule.endpointPattern.startsWith(api->vendor() + u'.');
            if (reaches && api->vendor() != u"sandbox" && !api->faultCodes().contains(rule.fault.code)) {
                return Error::input(QStringLiteral("sandbox.faults.code"),
                    QStringLiteral("'%1': %2 does not answer with %3 (it knows %4)")
                        .arg(rule.toText(), api->vendor(), rule.fault.code,
                            api->faultCodes().join(QStringLiteral(", "))));
            }
        }
    }
    m_faults.setRules(std::move(rules).value());
    return {};
}

} // namespace sia::sandbox
