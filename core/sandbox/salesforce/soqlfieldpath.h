// A field named in a query, resolved against the schema: the reference fields it walks through
// (Owner.Name walks OwnerId) and the field it ends on, with canonical names for the answer.
#pragma once

#include "sandbox/salesforce/salesforceerror.h"
#include "sandbox/salesforce/soqlquery.h"
#include "sandbox/salesforce/soqlrecord.h"
#include "sandbox/salesforce/soqlschema.h"

#include <QVariant>

namespace sia::sandbox::salesforce {

class SoqlFieldPath
{
public:
    struct Hop
    {
        const SoqlFieldDef* reference = nullptr; // OwnerId
        const SoqlObjectDef* target = nullptr; // User, or Name for a polymorphic reference
    };

    static SfResult<SoqlFieldPath> resolve(const SoqlFieldRef& ref, const SoqlObjectDef& root,
        const SoqlSchema& schema, const QString& statement);

    const QList<Hop>& hops() const { return m_hops; }
    const SoqlFieldDef& field() const { return *m_field; }
    const QStringList& names() const { return m_names; } // canonical: {"Owner", "Name"}
    QString text() const { return m_names.join(QLatin1Char('.')); }

    // The value at the end of the path, typed for comparison (SoqlValues::typed); null when a parent on
    // the way is missing.
    QVariant read(const SoqlRecord& record) const;

    // The parent a reference hop leads to, seen as the hop's target (a Name view for a polymorphic one).
    static std::shared_ptr<const SoqlRecord> follow(const SoqlRecord& record, const Hop& hop);

private:
    QList<Hop> m_hops;
    const SoqlFieldDef* m_field = nullptr;
    QStringList m_names;
};

namespace SoqlValues {
// A record's raw value in the form comparisons use: text (empty as null), double, bool, QDate, QDateTime.
QVariant typed(const QVariant& raw, const SoqlFieldDef& field);
// Orders two non-null typed values of field's type (text case-insensitively, as SOQL does).
int compare(const QVariant& a, const QVariant& b, const SoqlFieldDef& field);
} // namespace SoqlValues

} // namespace sia::sandbox::salesforce
