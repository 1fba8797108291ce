// `sia-admin network [--json]`: how both clients reach Marketo and Salesforce (the proxy, its user, whether
// its password is in the keychain, the extra CA certificate file with each certificate's subject and
// expiry). `--proxy system|none|URL [--proxy-user USER]` changes the proxy (the password read from
// standard input, never an argument, and kept in the keychain); `--extra-ca FILE|none` the certificate file.
#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace sia {

class ConnectionSecrets;
class KeychainSecretStore;
struct NetworkSettings;

class NetworkCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::NetworkCommand)

public:
    NetworkCommand();
    ~NetworkCommand() override;

    QString name() const override { return QStringLiteral("network"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return changes() ? StoreAccess::Write : StoreAccess::Read; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    // What the options change, checked.
    struct Change
    {
        QString mode;
        QString url;
        QString extraCaFile;
        bool needsPassword = false;
    };

    bool changes() const { return m_proxy.has_value() || m_extraCa.has_value(); }
    Result<Change> prepare() const;
    Result<void> store(CliContext& context, const Change& change) const;
    void show(CliContext& context);

    std::optional<QString> m_proxy; // "system", "none" or a URL
    std::optional<QString> m_proxyUser;
    std::optional<QString> m_extraCa; // a file, or "none"
    QString m_actor;
    bool m_json = false;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<ConnectionSecrets> m_secrets;
};

} // namespace sia
