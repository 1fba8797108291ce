// `sia-admin check-prerequisites`: checks from the data what can be checked of the prerequisites (today the
// Marketo-Salesforce sync, through the Marketo connection: do people carry Salesforce IDs and owners?) and
// records the result as the prerequisite's state, which `status` then shows with its figures.
#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

#include <memory>

namespace sia {

class DirectStoreRunner;
class KeychainSecretStore;
class MarketoConnectionService;
class SyncPrerequisiteService;

class CheckPrerequisitesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::CheckPrerequisitesCommand)

public:
    CheckPrerequisitesCommand();
    ~CheckPrerequisitesCommand() override;

    QString name() const override { return QStringLiteral("check-prerequisites"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    bool usesServices() const override { return true; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    QString m_actor;
    bool m_json = false;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<DirectStoreRunner> m_store;
    std::unique_ptr<MarketoConnectionService> m_marketo;
    std::unique_ptr<SyncPrerequisiteService> m_service;
};

} // namespace sia
