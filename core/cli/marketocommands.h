// The connection commands: `connect marketo`, `disconnect marketo`, `check` (every named check of every
// connected service) and `admins list` (step 1's Marketo admins). Thin layers over
// MarketoConnectionService; with --sandbox they use the run's sandbox (its URLs and test credentials).
#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

namespace sia {

class CliOutput;
class DirectStoreRunner;
class KeychainSecretStore;
class MarketoConnectionService;
struct ConnectionTestReport;

// What each of these commands needs while it runs: the keychain, the store runner and the service.
class MarketoCommandBase : public CliCommand
{
public:
    MarketoCommandBase();
    ~MarketoCommandBase() override;
    bool usesServices() const override { return true; }

protected:
    MarketoConnectionService& service(CliContext& context);
    void finishOnCancel(CliContext& context);

    QString m_actor;

private:
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<DirectStoreRunner> m_store;
    std::unique_ptr<MarketoConnectionService> m_service;
};

class ConnectCommand final : public MarketoCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(sia::ConnectCommand)

public:
    QString name() const override { return QStringLiteral("connect"); }
    QString argumentsSynopsis() const override { return QStringLiteral("marketo"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    QString m_endpoint;
    QString m_identity;
    QString m_clientId;
};

class DisconnectCommand final : public MarketoCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(sia::DisconnectCommand)

public:
    QString name() const override { return QStringLiteral("disconnect"); }
    QString argumentsSynopsis() const override { return QStringLiteral("marketo"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;
};

class CheckCommand final : public MarketoCommandBase
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
    static void print(const QString& service, const ConnectionTestReport& report, CliOutput& output);

private:
    bool m_json = false;
};

class AdminsCommand final : public MarketoCommandBase
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
