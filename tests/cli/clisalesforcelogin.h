// `sia-admin connect salesforce --no-browser` as an admin runs it on the sandbox of each run: the command
// prints the login link on standard error and waits; the test's browser follows that printed link through
// the sandbox's login page as a person would (what it does there is the browser's act). Shared by the
// command-line tests that need Salesforce connected first.
#pragma once

#include "salesforcetestsupport.h"
#include "sialauncher.h"

#include <QProcess>
#include <QtTest>

inline SiaRun connectSalesforceFromCli(const SiaLauncher& launcher, const QStringList& sandboxArguments,
    salesforcetest::ScriptedBrowser& browser)
{
    std::unique_ptr<QProcess> process = launcher.start(sandboxArguments
        + QStringList {
            QStringLiteral("connect"), QStringLiteral("salesforce"), QStringLiteral("--no-browser") });
    QString err;
    QUrl link;
    SiaRun run;
    // The link comes on a line of its own; the command then waits for the browser to come back.
    const bool printed = QTest::qWaitFor(
        [&] {
            err += QString::fromUtf8(process->readAllStandardError());
            for (const QString& line : err.split(u'\n')) {
                if (line.startsWith(QStringLiteral("http"))
                    && line.contains(QStringLiteral("/services/oauth2/authorize"))) {
                    link = QUrl(line.trimmed(), QUrl::StrictMode);
                    return true;
                }
            }
            return process->state() == QProcess::NotRunning;
        },
        60'000);
    if (!printed || !link.isValid()) {
        run.err
            = err + QStringLiteral(" [state %1, link %2]").arg(int(process->state())).arg(link.toString());
        return run;
    }
    browser.visit(link);
    // The browser's requests need this process's event loop: wait without blocking it.
    if (!QTest::qWaitFor([&process] { return process->state() == QProcess::NotRunning; }, 60'000)) {
        run.err = err + QStringLiteral(" [still waiting after the browser came back]");
        return run;
    }
    run.exitCode = process->exitCode();
    run.out = QString::fromUtf8(process->readAllStandardOutput());
    run.err = err + QString::fromUtf8(process->readAllStandardError());
    return run;
}
