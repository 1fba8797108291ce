// Writes JSON text directly, keys in the order given: Salesforce answers list a record's attributes
// first and its fields in the order of the SELECT, and some clients (CSV exports) take columns from that
// order. QJsonObject would sort the keys, and building one per record costs more than writing the text.
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace sia::sandbox::salesforce {

class JsonText
{
public:
    JsonText& beginObject();
    JsonText& endObject();
    JsonText& beginArray();
    JsonText& endArray();
    JsonText& key(QStringView name);

    JsonText& string(QStringView text);
    JsonText& number(
        double value, bool asDecimal); // asDecimal: 5 is written 5.0, as Salesforce writes doubles
    JsonText& integer(qint64 value);
    JsonText& boolean(bool value);
    JsonText& null();
    JsonText& raw(const QByteArray& json); // an already written value

    const QByteArray& text() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();

    QByteArray m_out;
    std::vector<bool> m_hasItems; // per open object or array
    bool m_afterKey = false;
};

} // namespace sia::sandbox::salesforce
