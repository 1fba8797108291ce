// `sia-admin keychain`: checks up front that the OS keychain can keep SIA Admin's secrets, with one
// write, read back and remove of a throw-away secret. The first shipped command that waits: the keychain
// answers asynchronously.
#pragma once

#include "cli/clicommand.h"

#include <QObject>

#include <memory>

namespace sia {

class KeychainSecretStore;

class KeychainCommand final : public QObject, public CliCommand
{
    Q_OBJECT

public:
    KeychainCommand();
    ~KeychainCommand() override;

    QString name() const override { return QStringLiteral("keychain"); }
    QString summary() const override;
    StoreAccess storeAccess() const override { return StoreAccess::None; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    std::unique_ptr<KeychainSecretStore> m_keychain;
};

} // namespace sia
