// The command line's "… [y/N]" question before a change that needs a yes (a retry, an import, a delete):
// asked on standard output, answered on standard input; only "y" or "yes" (any case) is a yes, so an empty
// line or a closed input (a script) declines.
#pragma once

#include <QString>
#include <QTextStream>

namespace sia {

inline bool askYesNo(const QString& question)
{
    QTextStream(stdout) << question << Qt::flush;
    const QString answer = QTextStream(stdin).readLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes";
}

} // namespace sia
