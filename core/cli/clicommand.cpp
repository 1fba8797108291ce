#include "cli/clicommand.h"

#include "cli/clicontext.h"

#include <QStringList>

namespace sia {

QString CliCommand::synopsis() const
{
    QStringList parts { name() };
    if (!argumentsSynopsis().isEmpty()) {
        parts << argumentsSynopsis();
    }
    for (const QCommandLineOption& option : options()) {
        const QString flag = QStringLiteral("--") + option.names().constLast();
        parts << (option.valueName().isEmpty() ? QStringLiteral("[%1]").arg(flag)
                                               : QStringLiteral("[%1 %2]").arg(flag, option.valueName()));
    }
    return parts.join(QLatin1Char(' '));
}

void SynchronousCliCommand::start(CliContext& context)
{
    context.finish(run(context));
}

} // namespace sia
