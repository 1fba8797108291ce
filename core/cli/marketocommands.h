// The connection commands: `connect marketo|salesforce`, `disconnect marketo|salesforce`, `check` (every
// named check of every connected service) and `admins list` (step 1's Marketo admins). Thin layers over
// MarketoConnectionService and SalesforceConnectionService; with --sandbox they use the run's sandbox (its
// URLs, its connected app and test credentials).
#pragma once

#include "cli/clicommand.h"
#include "connections/connectionservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

#include <memory>

namespace sia {

class CliOutput;
class DirectStoreRunner;
class KeychainSecretStore;
class MarketoConnectionService;
class SalesforceConnectionService;
class SystemBrowserLauncher;
struct ConnectionTestReport;

// What each of these commands needs while it runs: the keychain, the store runner and the service.
class ConnectionCommandBase : public CliCommand
{
public:
    ConnectionCommandBase();
    ~ConnectionCommandBase() override;
    bool usesServices() const override { return true; }

protected:
    MarketoConnectionService& service(CliContext& context);
    // openBrowser: the login link goes to the system browser too (else it is only printed).
    SalesforceConnectionService& salesforce(CliContext& context, bool openBrowser = false);
    void finishOnCancel(CliContext& context);
    // "marketo" or "salesforce", the command's one argument.
    static Result<ConnectionService> serviceArgument(
        const QString& command, const QCommandLineParser& parser);

    QString m_actor;

private:
    void openStores(CliContext& context);

    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<DirectStoreRunner> m_store;
    std::unique_ptr<MarketoConnectionService> m_service;
    std::unique_ptr<SystemBrowserLauncher> m_browser;
    std::unique_ptr<SalesforceConnectionService> m_salesforce;
};

class ConnectCommand final : public ConnectionCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(sia::ConnectCommand)

public:
    QString name() const override { return QStringLiteral("connect"); }
    QString argumentsSynopsis() const override { return QStringLiteral("marketo|salesforce"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    void startSalesforce(CliContext& context);

    ConnectionService m_target = ConnectionService::Marketo;
    QString m_endpoint;
    QString m_identity;
    QString m_clientId;
    QString m_loginHost;
    QString m_consumerKey;
    bool m_noBrowser = false;
    bool m_readConsumerSecret = false;
};

class DisconnectCommand final : public ConnectionCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(sia::DisconnectCommand)

public:
    QString name() const override { return QStringLiteral("disconnect"); }
    QString argumentsSynopsis() const override { return QStringLiteral("marketo|salesforce"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    ConnectionService m_target = ConnectionService::Marketo;
};

class CheckCommand final : public ConnectionCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(sia::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    // Records what it found (last_check), as Test connection does.
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

    // The report as `check` prints it (also used by `connect`).
    static void print(ConnectionService service, const ConnectionTestReport& report, CliOutput& output);

private:
    void checkMarketo(CliContext& context);
    void checkSalesforce(CliContext& context);
    void finishCheck(CliContext& context);
    void sideFailed(CliContext& context, const QString& service, const Error& error);

    bool m_json = false;
    bool m_anyConnected = false;
    QStringList m_failed;
    QJsonArray m_services;
};

class AdminsCommand final : public ConnectionCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(sia::AdminsCommand)

public:
    QString name() const override { return QStringLiteral("admins"); }
    QString argumentsSynopsis() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Read; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    bool m_json = false;
};

} // namespace sia
