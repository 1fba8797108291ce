#include "guistartup.h"

#include "cli/exitcode.h"
#include "common/actor.h"
#include "common/environment.h"
#include "connections/connectionsecrets.h"
#include "desktopbrowserlauncher.h"
#include "mail/mailsettingseditor.h"
#include "mainwindow.h"
#include "marketo/marketoconnectionservice.h"
#include "network/networksettingseditor.h"
#include "salesforce/salesforcechecklist.h"
#include "salesforce/salesforceconnectionservice.h"
#include "salesforce/salesforcepackageservice.h"
#include "sandbox/sandboxhost.h"
#include "sandboxstartup.h"
#include "secrets/databasecredentials.h"
#include "secrets/databaselogin.h"
#include "secrets/keychainsecretstore.h"
#include "setup/syncprerequisiteservice.h"
#include "store/databaselocation.h"
#include "store/datalocation.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "sync/peoplesyncengine.h"
#include "sync/salesforceopportunityroles.h"
#include "sync/salesactivityengine.h"
#include "sync/tasksyncengine.h"
#include "tourrenderer.h"
#include "users/accountsetupservice.h"
#include "users/invitationdelivery.h"
#include "users/usersservice.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

namespace sia {

namespace {

void report(const QString& text)
{
    QTextStream(stderr) << text << '\n';
}

} // namespace

int GuiStartup::run(
    QApplication& app, const AppInvocation& invocation, const sandbox::SandboxOptions& sandboxOptions)
{
    const bool review = !invocation.reviewFile.isEmpty();
    const bool tour = invocation.mode == AppMode::Tour;
    const QString dataDir = AppCommandLine::dataDir(invocation);

    // Said on stderr, and in a dialog unless the tour runs unattended; the exit code follows the error's
    // kind (3 for a database that cannot be opened or a server that refuses).
    auto failed = [tour](const Error& error) {
        report(tr("sia-admin: %1 [%2]").arg(error.message, error.code));
        if (!tour) {
            QMessageBox::critical(nullptr, tr("SIA Admin cannot open its database"), error.message);
        }
        return exitCodeFor(error);
    };
    if (!invocation.database) {
        return failed(invocation.database.error()); // the saved choice cannot be used
    }
    const DatabaseChoice& database = *invocation.database;

    StoreOptions storeOptions;
    if (database.isServer()) {
        storeOptions.databaseUrl = database.url;
    } else {
        storeOptions.databasePath = AppCommandLine::databaseFile(invocation);
    }
    storeOptions.readOnly = review;
    storeOptions.busyTimeoutMs = Environment::busyTimeoutMs().value_or(storeOptions.busyTimeoutMs);

    MainWindowOptions windowOptions;
    windowOptions.dataDir = dataDir;
    // A review or a tour must leave no trace, so neither remembers where it was.
    windowOptions.uiStateFile = review || tour ? QString() : DataLocation::uiStateFile(dataDir);
    windowOptions.reviewMode = review;
    windowOptions.reviewedFile = review && !database.isServer() ? storeOptions.databasePath : QString();
    windowOptions.actor = defaultActor();
    windowOptions.modeMarker = invocation.sandbox ? tr("SANDBOX")
        : invocation.demo                         ? tr("DEMO DATA")
                                                  : QString();

    // With --sandbox, Marketo and Salesforce are emulated in this process, on loopback only.
    std::unique_ptr<sandbox::SandboxHost> sandboxHost;
    if (invocation.sandbox) {
        sandbox::SandboxOptions options = sandboxOptions;
        options.salesforceTokenFile = SandboxStartup::tokenFileFor(dataDir); // a connection outlives the run
        Result<std::unique_ptr<sandbox::SandboxHost>> started = SandboxStartup::start(options);
        if (!started) {
            report(tr("sia-admin: %1 [%2]").arg(started.error().message, started.error().code));
            return exitCodeFor(started.error());
        }
        sandboxHost = std::move(*started);
    }

    KeychainSecretStore keychain;
    DatabaseCredentials credentials(keychain);
    std::optional<DatabaseLogin::Prepared> login; // a server database: how the password was read
    std::unique_ptr<StoreWorker> worker;
    std::unique_ptr<WorkerStoreRunner> storeRunner;
    std::unique_ptr<MarketoConnectionService> marketo;
    // The invitation emails of steps 1 and 5 (SMTP or the outbox), sent on a thread of their own.
    std::unique_ptr<InvitationDelivery> invitationDelivery;
    std::unique_ptr<AccountSetupService> account;
    std::unique_ptr<UsersService> users; // step 5
    DesktopBrowserLauncher browser; // the system browser, for step 2's login
    // Step 2's connection; steps 6 and 7 ask the org through it (its SalesforceClientSource), so they are
    // declared after it and go first.
    std::unique_ptr<SalesforceConnectionService> salesforce;
    std::unique_ptr<SalesforcePackageService> salesforcePackage;
    std::unique_ptr<SalesforceChecklistService> salesforceChecklist;
    std::unique_ptr<SyncPrerequisiteService> syncPrerequisite;
    std::unique_ptr<NetworkSettingsEditor> network;
    std::unique_ptr<MailSettingsEditor> mail; // the Mail dialog's settings, password and test message
    // The people sync's opportunity IDs, asked of step 2's org; its calls are made on this thread.
    std::unique_ptr<SalesforceOpportunityRoles> opportunityRoles;
    std::unique_ptr<PeopleSyncEngine> peopleSync; // step 4: its long jobs run on a thread of their own
    std::unique_ptr<TaskSyncEngine> taskSync; // the task sync with Salesforce (SPEC 6), on a thread of its own
    // Sales emails and calls to Marketo and Salesforce (SPEC 5), every few minutes while some wait.
    std::unique_ptr<SalesActivityEngine> activities;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<TourRenderer> renderer;

    auto showWindow = [&] {
        window = std::make_unique<MainWindow>(*worker, windowOptions);
        if (!tour) {
            window->show();
            return;
        }
        renderer = std::make_unique<TourRenderer>(*window, invocation.tourDir);
        QObject::connect(
            renderer.get(), &TourRenderer::finished, &app, [&app](const Result<QStringList>& written) {
                if (!written) {
                    report(tr("sia-admin: %1 [%2]").arg(written.error().message, written.error().code));
                    app.exit(exitCodeFor(written.error()));
                    return;
                }
                for (const QString& file : written.value()) {
                    report(file);
                }
                app.exit(ExitOk);
            });
        renderer->start();
    };
    // The store opens on its worker thread; the window appears once it has.
    auto openStore = [&](const StoreOptions& options) {
        worker = std::make_unique<StoreWorker>(options);
        worker->open(&app, [&](Result<void> opened) {
            if (!opened) {
                app.exit(failed(login ? DatabaseLogin::openFailure(opened.error(), *login) : opened.error()));
                return;
            }
            if (review) {
                showWindow(); // a review changes nothing: no connection is made or tested
                return;
            }
            // The connections' secrets are filed under the database's name as the store gives it.
            worker->run<QString>(
                [](Store& store) -> Result<QString> { return ConnectionSecrets::instanceOf(store); }, &app,
                [&](Result<QString> instance) {
                    storeRunner = std::make_unique<WorkerStoreRunner>(*worker);
                    marketo = std::make_unique<MarketoConnectionService>(
                        *storeRunner, keychain, instance ? *instance : QString(), windowOptions.actor);
                    if (sandboxHost) {
                        marketo->setSandbox(SandboxStartup::marketoEndpoints(*sandboxHost));
                    }
                    windowOptions.services.marketo = marketo.get();
                    salesforce = std::make_unique<SalesforceConnectionService>(*storeRunner, keychain,
                        instance ? *instance : QString(), windowOptions.actor, browser);
                    if (sandboxHost) {
                        salesforce->setSandbox(SandboxStartup::salesforceEndpoints(*sandboxHost));
                    }
                    windowOptions.services.salesforce = salesforce.get();
                    invitationDelivery = std::make_unique<InvitationDelivery>(
                        *storeRunner, keychain, instance ? *instance : QString());
                    windowOptions.services.invitationDelivery = invitationDelivery.get();
                    account = std::make_unique<AccountSetupService>(
                        *storeRunner, keychain, instance ? *instance : QString(), windowOptions.actor);
                    account->setDelivery(invitationDelivery.get());
                    windowOptions.services.account = account.get();
                    users = std::make_unique<UsersService>(
                        *storeRunner, invitationDelivery.get(), windowOptions.actor);
                    windowOptions.services.users = users.get();
                    salesforcePackage = std::make_unique<SalesforcePackageService>(
                        *salesforce, *storeRunner, windowOptions.actor);
                    windowOptions.services.salesforcePackage = salesforcePackage.get();
                    salesforceChecklist = std::make_unique<SalesforceChecklistService>(
                        *salesforce, *storeRunner, windowOptions.actor);
                    windowOptions.services.salesforceChecklist = salesforceChecklist.get();
                    syncPrerequisite = std::make_unique<SyncPrerequisiteService>(
                        *marketo, *storeRunner, windowOptions.actor);
                    windowOptions.services.syncPrerequisite = syncPrerequisite.get();
                    network = std::make_unique<NetworkSettingsEditor>(
                        *storeRunner, keychain, instance ? *instance : QString(), windowOptions.actor);
                    windowOptions.services.network = network.get();
                    mail = std::make_unique<MailSettingsEditor>(
                        *storeRunner, keychain, instance ? *instance : QString(), windowOptions.actor);
                    windowOptions.services.mail = mail.get();
                    PeopleSyncEngineOptions syncOptions;
                    syncOptions.actor = windowOptions.actor;
                    syncOptions.salesforce = salesforce.get(); // the preview's sample people
                    opportunityRoles = std::make_unique<SalesforceOpportunityRoles>(*salesforce);
                    peopleSync = std::make_unique<PeopleSyncEngine>(
                        options, *storeRunner, *marketo, opportunityRoles.get(), syncOptions);
                    windowOptions.services.peopleSync = peopleSync.get();
                    taskSync = std::make_unique<TaskSyncEngine>(options, *storeRunner, *salesforce,
                        TaskSyncEngineOptions { windowOptions.actor, {} });
                    windowOptions.services.taskSync = taskSync.get();
                    SalesActivityEngineOptions activityOptions;
                    activityOptions.actor = windowOptions.actor;
                    activities = std::make_unique<SalesActivityEngine>(
                        options, *storeRunner, marketo.get(), salesforce.get(), activityOptions);
                    windowOptions.services.browser = &browser;
                    showWindow();
                });
        });
    };

    if (database.isServer()) {
        Result<DatabaseLocation> server = DatabaseLocation::parse(database.url);
        if (!server) {
            return failed(server.error());
        }
        // The keychain answers from the event loop (it may prompt, or talk over D-Bus): until then there
        // is no window, and the GUI thread never waits for it.
        DatabaseLogin::prepare(credentials, *server, storeOptions, [&](DatabaseLogin::Prepared prepared) {
            login = std::move(prepared);
            openStore(login->options);
        });
    } else {
        openStore(storeOptions);
    }
    const int exitCode = app.exec();
    renderer.reset();
    window.reset();
    activities.reset(); // stops at its last committed batch, before the services it calls
    taskSync.reset(); // as the people sync: stops at its last committed batch
    peopleSync.reset(); // a running sync stops at its checkpoint (LongJobRunner's quit)
    opportunityRoles.reset(); // after the sync that asks it
    syncPrerequisite.reset();
    salesforceChecklist.reset();
    salesforcePackage.reset();
    users.reset();
    account.reset();
    invitationDelivery.reset(); // a round in progress ends with the message it is sending
    network.reset();
    marketo.reset();
    salesforce.reset();
    storeRunner.reset();
    worker.reset();
    return exitCode;
}

} // namespace sia
