#include "guistartup.h"

#include "cli/exitcode.h"
#include "common/actor.h"
#include "common/environment.h"
#include "mainwindow.h"
#include "sandbox/sandboxhost.h"
#include "sandboxstartup.h"
#include "store/datalocation.h"
#include "store/storeworker.h"
#include "tourrenderer.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

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

    StoreOptions storeOptions;
    storeOptions.databasePath = AppCommandLine::databaseFile(invocation);
    storeOptions.readOnly = review;
    storeOptions.busyTimeoutMs = Environment::busyTimeoutMs().value_or(storeOptions.busyTimeoutMs);

    MainWindowOptions windowOptions;
    windowOptions.dataDir = dataDir;
    // A review or a tour must leave no trace, so neither remembers where it was.
    windowOptions.uiStateFile = review || tour ? QString() : DataLocation::uiStateFile(dataDir);
    windowOptions.reviewMode = review;
    windowOptions.reviewedFile = review ? storeOptions.databasePath : QString();
    windowOptions.actor = defaultActor();
    windowOptions.modeMarker = invocation.sandbox ? tr("SANDBOX")
        : invocation.demo                         ? tr("DEMO DATA")
                                                  : QString();

    // With --sandbox, Marketo and Salesforce are emulated in this process, on loopback only.
    std::unique_ptr<sandbox::SandboxHost> sandboxHost;
    if (invocation.sandbox) {
        Result<std::unique_ptr<sandbox::SandboxHost>> started = SandboxStartup::start(sandboxOptions);
        if (!started) {
            report(tr("sia-admin: %1 [%2]").arg(started.error().message, started.error().code));
            return exitCodeFor(started.error());
        }
        sandboxHost = std::move(*started);
    }

    StoreWorker worker(storeOptions);
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<TourRenderer> renderer;

    worker.open(&app, [&](Result<void> opened) {
        if (!opened) {
            report(tr("sia-admin: %1 [%2]").arg(opened.error().message, opened.error().code));
            if (!tour) {
                QMessageBox::critical(
                    nullptr, tr("SIA Admin cannot open its database"), opened.error().message);
            }
            app.exit(exitCodeFor(opened.error()));
            return;
        }
        window = std::make_unique<MainWindow>(worker, windowOptions);
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
    });
    const int exitCode = app.exec();
    renderer.reset();
    window.reset();
    return exitCode;
}

} // namespace sia
