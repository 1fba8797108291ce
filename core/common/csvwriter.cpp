#include "common/csvwriter.h"

namespace sia {

QString CsvWriter::neutralised(const QString& cell)
{
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r') {
            return QLatin1Char('\'') + cell;
        }
    }
    return cell;
}

QByteArray CsvWriter::cell(const QString& value)
{
    const QString text = neutralised(value);
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')
        && !text.contains(u';')) {
        return text.toUtf8();
    }
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray CsvWriter::row(const QStringList& cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        line += cell(cells.at(i));
    }
    return line + "\r\n";
}

} // namespace sia
