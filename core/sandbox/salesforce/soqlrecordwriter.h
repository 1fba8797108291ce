// Writes query results as Salesforce does: each record an object with "attributes" {type, url} first,
// then the selected fields in SELECT order, parent fields nested under their relationship name (with
// attributes of their own, or null when the reference is empty).
#pragma once

#include "sandbox/salesforce/jsontext.h"
#include "sandbox/salesforce/soqlfieldpath.h"
#include "sandbox/salesforce/soqlplan.h"

#include <vector>

namespace sia::sandbox::salesforce {

// One field's value in Salesforce's JSON form: text, numbers (doubles with a decimal point), booleans,
// dates "2024-05-06", date-times "2024-05-06T07:08:09.000+0000", or null.
void writeFieldValue(JsonText& out, const QVariant& raw, const SoqlFieldDef& field);

class SoqlRecordWriter
{
public:
    // sobjectsPath: "/services/data/v59.0/sobjects" (or ".../tooling/sobjects"), for the attributes' url.
    SoqlRecordWriter(const SoqlPlan& plan, QString sobjectsPath);

    void write(JsonText& out, const SoqlRecord& record) const;
    static void writeAttributes(JsonText& out, const QString& type, const QString& url);

private:
    struct Node
    {
        QString name;
        const SoqlFieldDef* field = nullptr; // a field of the record
        SoqlFieldPath::Hop hop; // or a relationship to a parent
        std::vector<Node> children;
    };

    void writeObject(
        JsonText& out, const SoqlRecord& record, const QString& type, const std::vector<Node>& nodes) const;

    QString m_sobjectsPath;
    QString m_type;
    std::vector<Node> m_nodes;
};

} // namespace sia::sandbox::salesforce
