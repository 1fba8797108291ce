#include "sandbox/salesforce/soqlfieldpath.h"

#include "sandbox/salesforce/soqlerrors.h"

#include <QDateTime>

namespace sia::sandbox::salesforce {

namespace {

// Salesforce resolves at most five parent levels in one field path.
constexpr int maximumHops = 5;

// A parent reached through a polymorphic reference, seen as Salesforce's Name object: its own fields
// by name, and Type, the object it really is.
class NameView : public SoqlRecord
{
public:
    explicit NameView(std::shared_ptr<const SoqlRecord> inner)
        : m_inner(std::move(inner))
    { }

    QString objectName() const override { return m_inner->objectName(); }
    QVariant value(const SoqlFieldDef& field) const override
    {
        if (field.name == QLatin1String("Type")) {
            return m_inner->objectName();
        }
        return m_inner->value(field);
    }
    std::shared_ptr<const SoqlRecord> parent(const SoqlFieldDef& reference) const override
    {
        return m_inner->parent(reference);
    }

private:
    std::shared_ptr<const SoqlRecord> m_inner;
};

} // namespace

SfResult<SoqlFieldPath> SoqlFieldPath::resolve(
    const SoqlFieldRef& ref, const SoqlObjectDef& root, const SoqlSchema& schema, const QString& statement)
{
    SoqlFieldPath path;
    const SoqlObjectDef* object = &root;
    for (int i = 0; i + 1 < ref.path.size(); ++i) {
        if (path.m_hops.size() == maximumHops) {
            return SoqlErrors::malformed(statement, ref.position,
                QStringLiteral("SOQL statements cannot query more than %1 levels of relationships")
                    .arg(maximumHops));
        }
        const SoqlFieldDef* reference = object->relationship(ref.path.at(i));
        const SoqlObjectDef* target = reference ? schema.target(*reference) : nullptr;
        if (!target) {
            return SoqlErrors::unknownRelationship(statement, ref.position, ref.path.at(i));
        }
        path.m_hops.append({ reference, target });
        path.m_names.append(reference->relationshipName);
        object = target;
    }
    path.m_field = object->field(ref.path.last());
    if (!path.m_field) {
        return SoqlErrors::noSuchColumn(statement, ref.position, ref.path.last(), object->name());
    }
    path.m_names.append(path.m_field->name);
    return path;
}

std::shared_ptr<const SoqlRecord> SoqlFieldPath::follow(const SoqlRecord& record, const Hop& hop)
{
    std::shared_ptr<const SoqlRecord> parent = record.parent(*hop.reference);
    if (parent && hop.reference->isPolymorphic()) {
        return std::make_shared<NameView>(std::move(parent));
    }
    return parent;
}

QVariant SoqlFieldPath::read(const SoqlRecord& record) const
{
    if (m_hops.isEmpty()) {
        return SoqlValues::typed(record.value(*m_field), *m_field);
    }
    std::shared_ptr<const SoqlRecord> current;
    const SoqlRecord* at = &record;
    for (const Hop& hop : m_hops) {
        current = follow(*at, hop);
        if (!current) {
            return {};
        }
        at = current.get();
    }
    return SoqlValues::typed(at->value(*m_field), *m_field);
}

namespace SoqlValues {

QVariant typed(const QVariant& raw, const SoqlFieldDef& field)
{
    if (!raw.isValid() || raw.isNull()) {
        return {};
    }
    switch (field.type) {
    case SoqlFieldType::Boolean:
        return raw.toBool();
    case SoqlFieldType::Integer:
    case SoqlFieldType::Double:
    case SoqlFieldType::Currency:
        return raw.toDouble();
    case SoqlFieldType::Date:
        return raw.typeId() == QMetaType::QDateTime ? QVariant(raw.toDateTime().toUTC().date())
                                                    : QVariant(raw.toDate());
    case SoqlFieldType::DateTime:
        return raw.toDateTime().toUTC();
    default: {
        // Salesforce stores an empty text as null: '' and null are the same in a filter.
        QString text = raw.toString();
        return text.isEmpty() ? QVariant() : QVariant(std::move(text));
    }
    }
}

int compare(const QVariant& a, const QVariant& b, const SoqlFieldDef& field)
{
    switch (field.type) {
    case SoqlFieldType::Boolean:
        return int(a.toBool()) - int(b.toBool());
    case SoqlFieldType::Integer:
    case SoqlFieldType::Double:
    case SoqlFieldType::Currency: {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    case SoqlFieldType::Date: {
        const QDate x = a.toDate();
        const QDate y = b.toDate();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    case SoqlFieldType::DateTime: {
        const qint64 x = a.toDateTime().toMSecsSinceEpoch();
        const qint64 y = b.toDateTime().toMSecsSinceEpoch();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    case SoqlFieldType::Id:
    case SoqlFieldType::Reference:
        // 18-character Ids are compared as they are: their case is part of the identity.
        return a.toString().compare(b.toString(), Qt::CaseSensitive);
    default:
        return a.toString().compare(b.toString(), Qt::CaseInsensitive);
    }
}

} // namespace SoqlValues

} // namespace sia::sandbox::salesforce
