// Lays out help text for a terminal: options in two columns, descriptions wrapped beside their names.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace sia {

class CliHelp
{
public:
    // "  --limit N            Show at most N audit entries.", one entry per option, wrapped at width.
    static QString formatOptions(const QList<QCommandLineOption>& options, int width = 100);
    // text wrapped at width, every line indented by indent spaces.
    static QString wrap(const QString& text, int indent, int width = 100);
};

} // namespace sia
