// Where a command writes: results to standard output, messages to standard error, both UTF-8.
#pragma once

#include <QJsonDocument>
#include <QString>
#include <QTextStream>

namespace sia {

class CliOutput
{
public:
    CliOutput(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    { }

    void line(const QString& text = {}) { m_out << text << '\n'; }
    void json(const QJsonDocument& document)
    {
        m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    }
    void error(const QString& text) { m_err << text << '\n'; }
    void flush()
    {
        m_out.flush();
        m_err.flush();
    }

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace sia
