#include "sandbox/salesforce/soqlrecordwriter.h"

#include "sandbox/salesforce/salesforcetime.h"

#include <algorithm>

namespace sia::sandbox::salesforce {

namespace {

const SoqlFieldDef idField { QStringLiteral("Id"), SoqlFieldType::Id, {}, {} };

} // namespace

void writeFieldValue(JsonText& out, const QVariant& raw, const SoqlFieldDef& field)
{
    const QVariant value = SoqlValues::typed(raw, field);
    if (!value.isValid()) {
        out.null();
        return;
    }
    switch (field.type) {
    case SoqlFieldType::Boolean:
        out.boolean(value.toBool());
        return;
    case SoqlFieldType::Integer:
        out.integer(qint64(value.toDouble()));
        return;
    case SoqlFieldType::Double:
    case SoqlFieldType::Currency:
        out.number(value.toDouble(), true);
        return;
    case SoqlFieldType::Date:
        out.string(formatDate(value.toDate()));
        return;
    case SoqlFieldType::DateTime:
        out.string(formatDateTime(value.toDateTime()));
        return;
    default:
        out.string(value.toString());
        return;
    }
}

SoqlRecordWriter::SoqlRecordWriter(const SoqlPlan& plan, QString sobjectsPath)
    : m_sobjectsPath(std::move(sobjectsPath))
    , m_type(plan.object().name())
{
    for (const SoqlFieldPath& path : plan.fields()) {
        std::vector<Node>* level = &m_nodes;
        for (const SoqlFieldPath::Hop& hop : path.hops()) {
            auto it = std::find_if(level->begin(), level->end(), [&](const Node& node) {
                return !node.field && node.name == hop.reference->relationshipName;
            });
            if (it == level->end()) {
                level->push_back(Node { hop.reference->relationshipName, nullptr, hop, {} });
                it = level->end() - 1;
            }
            level = &it->children;
        }
        level->push_back(Node { path.field().name, &path.field(), {}, {} });
    }
}

void SoqlRecordWriter::writeAttributes(JsonText& out, const QString& type, const QString& url)
{
    out.key(u"attributes").beginObject();
    out.key(u"type").string(type);
    out.key(u"url").string(url);
    out.endObject();
}

void SoqlRecordWriter::write(JsonText& out, const SoqlRecord& record) const
{
    writeObject(out, record, m_type, m_nodes);
}

void SoqlRecordWriter::writeObject(
    JsonText& out, const SoqlRecord& record, const QString& type, const std::vector<Node>& nodes) const
{
    out.beginObject();
    const QString id = record.value(idField).toString();
    writeAttributes(
        out, type, m_sobjectsPath + QLatin1Char('/') + record.objectName() + QLatin1Char('/') + id);
    for (const Node& node : nodes) {
        out.key(node.name);
        if (node.field) {
            writeFieldValue(out, record.value(*node.field), *node.field);
            continue;
        }
        const std::shared_ptr<const SoqlRecord> parent = SoqlFieldPath::follow(record, node.hop);
        if (!parent) {
            out.null();
            continue;
        }
        writeObject(out, *parent, node.hop.target->name(), node.children);
    }
    out.endObject();
}

} // namespace sia::sandbox::salesforce
