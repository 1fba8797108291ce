// A plain-text table for the terminal: columns padded to their widest cell.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sia {

class TextTable
{
public:
    explicit TextTable(QStringList header)
        : m_rows { std::move(header) }
    { }

    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }

    QStringList render() const
    {
        QList<qsizetype> widths;
        for (const QStringList& row : m_rows) {
            for (qsizetype column = 0; column < row.size(); ++column) {
                if (widths.size() <= column) {
                    widths.append(0);
                }
                widths[column] = std::max(widths[column], row[column].size());
            }
        }
        QStringList lines;
        for (const QStringList& row : m_rows) {
            QString line;
            for (qsizetype column = 0; column < row.size(); ++column) {
                const bool last = column == row.size() - 1;
                line += last ? row[column] : row[column].leftJustified(widths[column] + 2);
            }
            lines << line;
        }
        return lines;
    }

private:
    QList<QStringList> m_rows;
};

} // namespace sia
