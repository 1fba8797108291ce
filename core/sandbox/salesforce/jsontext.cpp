#include "sandbox/salesforce/jsontext.h"

#include <QLocale>

#include <cmath>

namespace sia::sandbox::salesforce {

void JsonText::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.empty()) {
        if (m_hasItems.back()) {
            m_out.append(',');
        }
        m_hasItems.back() = true;
    }
}

JsonText& JsonText::beginObject()
{
    separate();
    m_out.append('{');
    m_hasItems.push_back(false);
    return *this;
}

JsonText& JsonText::endObject()
{
    m_out.append('}');
    m_hasItems.pop_back();
    return *this;
}

JsonText& JsonText::beginArray()
{
    separate();
    m_out.append('[');
    m_hasItems.push_back(false);
    return *this;
}

JsonText& JsonText::endArray()
{
    m_out.append(']');
    m_hasItems.pop_back();
    return *this;
}

JsonText& JsonText::key(QStringView name)
{
    string(name);
    m_out.append(':');
    m_afterKey = true;
    return *this;
}

JsonText& JsonText::string(QStringView text)
{
    separate();
    m_out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_out.append("\\u00");
                m_out.append("0123456789abcdef"[(c >> 4) & 0xf]);
                m_out.append("0123456789abcdef"[c & 0xf]);
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
    return *this;
}

JsonText& JsonText::number(double value, bool asDecimal)
{
    separate();
    if (!std::isfinite(value)) {
        m_out.append("null");
        return *this;
    }
    // The shortest text that reads back as the same double, without an exponent.
    QByteArray text = QByteArray::number(value, 'f', QLocale::FloatingPointShortest);
    if (asDecimal && !text.contains('.') && !text.contains('e')) {
        text.append(".0");
    }
    m_out.append(text);
    return *this;
}

JsonText& JsonText::integer(qint64 value)
{
    separate();
    m_out.append(QByteArray::number(value));
    return *this;
}

JsonText& JsonText::boolean(bool value)
{
    separate();
    m_out.append(value ? "true" : "false");
    return *this;
}

JsonText& JsonText::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonText& JsonText::raw(const QByteArray& json)
{
    separate();
    m_out.append(json);
    return *this;
}

} // namespace sia::sandbox::salesforce
