// sia-admin: one binary that is both the window and the command line. It only decides which of the two
// this run is and hands over; everything else lives in core/ and ui/.
#include "cli/appcommandline.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "common/appinfo.h"
#include "common/translations.h"
#include "guistartup.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

// On Linux and the BSDs a window needs an X11 or Wayland display; without one Qt would abort, so say what
// to do instead. A tour renders off screen and needs none.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char** argv)
{
    sia::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    sia::CliOutput output(out, err);

    const sia::Result<sia::AppInvocation> invocation = sia::AppCommandLine::parse(argumentsOf(argc, argv));
    if (!invocation) {
        output.error(QStringLiteral("sia-admin: %1").arg(invocation.error().message));
        err << sia::AppCommandLine::usageText();
        return sia::ExitUsage;
    }

    switch (invocation->mode) {
    case sia::AppMode::Help:
        out << sia::AppCommandLine::helpText();
        return sia::ExitOk;
    case sia::AppMode::Version:
        out << sia::AppCommandLine::versionText();
        return sia::ExitOk;
    case sia::AppMode::Command: {
        QCoreApplication app(argc, argv);
        sia::installTranslations();
        const sia::ExitCode code = sia::CliRunner::run(*invocation, output);
        output.flush();
        return code;
    }
    case sia::AppMode::Tour:
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        break;
    case sia::AppMode::Gui:
        if (!displayAvailable()) {
            output.error(
                QStringLiteral("sia-admin: no display is available for the window. Run it on a desktop, "
                               "under Xvfb (xvfb-run sia-admin), render the pages with --tour DIR, or use "
                               "the commands (sia-admin --help)."));
            return sia::ExitEnvironment;
        }
        break;
    }
    QApplication app(argc, argv);
    sia::installTranslations();
    return sia::runGui(app, *invocation);
}
