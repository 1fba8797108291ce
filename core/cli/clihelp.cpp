#include "cli/clihelp.h"

#include <QStringList>

#include <algorithm>

namespace sia {

namespace {

QString flagsOf(const QCommandLineOption& option)
{
    QStringList flags;
    for (const QString& name : option.names()) {
        flags << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    }
    QString text = flags.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty()) {
        text += QLatin1Char(' ') + option.valueName();
    }
    return text;
}

} // namespace

QString CliHelp::wrap(const QString& text, int indent, int width)
{
    const QString margin(indent, QLatin1Char(' '));
    QString result;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
                result += margin + line + QLatin1Char('\n');
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        result += margin + line + QLatin1Char('\n');
    }
    return result;
}

QString CliHelp::formatOptions(const QList<QCommandLineOption>& options, int width)
{
    qsizetype column = 0;
    for (const QCommandLineOption& option : options) {
        column = std::max(column, flagsOf(option).size());
    }
    column = std::min<qsizetype>(column, 30) + 4; // two of margin, two between the columns
    QString text;
    for (const QCommandLineOption& option : options) {
        const QString flags = QStringLiteral("  ") + flagsOf(option);
        const QString description = wrap(option.description(), int(column), width);
        if (flags.size() + 2 > column) {
            text += flags + QLatin1Char('\n') + description;
        } else {
            text += flags.leftJustified(column) + description.mid(column);
        }
    }
    return text;
}

} // namespace sia
