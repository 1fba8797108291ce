// Steps 6 and 7 from the command line: `package [confirm|withdraw]` (is the Sales Insight package
// installed at a supported version; confirm it by hand where the API cannot tell) and
// `checklist [confirm|withdraw ITEM]` (the Salesforce configuration checklist, each item verified through
// the API or confirmed by hand). Thin layers over SalesforcePackageService and SalesforceChecklistService,
// on step 2's stored connection (SalesforceConnectionService), or answering as not connected.
#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

#include <memory>

namespace sia {

class DirectStoreRunner;
class KeychainSecretStore;
class SalesforceClientSource;
class SalesforceConnectionService;
class SystemBrowserLauncher;

class SalesforceStepCommand : public CliCommand
{
public:
    SalesforceStepCommand();
    ~SalesforceStepCommand() override;
    bool usesServices() const override { return true; }

protected:
    SalesforceClientSource& clients(CliContext& context);
    DirectStoreRunner& runner(CliContext& context);
    Result<void> configureCommon(const QCommandLineParser& parser, bool takesItem);

    QString m_verb; // empty (show), "confirm" or "withdraw"
    QString m_item;
    QString m_note;
    QString m_actor;
    bool m_json = false;

private:
    std::unique_ptr<DirectStoreRunner> m_runner;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SystemBrowserLauncher> m_browser;
    std::unique_ptr<SalesforceConnectionService> m_salesforce;
};

class PackageCommand final : public SalesforceStepCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::PackageCommand)

public:
    QString name() const override { return QStringLiteral("package"); }
    QString argumentsSynopsis() const override { return QStringLiteral("[confirm|withdraw]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;
};

class ChecklistCommand final : public SalesforceStepCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::ChecklistCommand)

public:
    QString name() const override { return QStringLiteral("checklist"); }
    QString argumentsSynopsis() const override { return QStringLiteral("[confirm ITEM|withdraw ITEM]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;
};

} // namespace sia
