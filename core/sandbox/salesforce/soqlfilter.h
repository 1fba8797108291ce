// A WHERE clause checked against the schema and compiled for evaluation, one record at a time. Literals
// are typed once (Ids normalised to 18 characters, date literals turned into day ranges) so that a scan
// over a million records only compares.
#pragma once

#include "sandbox/salesforce/salesforceerror.h"
#include "sandbox/salesforce/soqlfieldpath.h"
#include "sandbox/salesforce/soqlquery.h"

#include <QDate>
#include <QVariant>

#include <vector>

namespace sia::sandbox::salesforce {

class SoqlFilter
{
public:
    static SfResult<SoqlFilter> compile(const SoqlCondition& condition, const SoqlObjectDef& object,
        const SoqlSchema& schema, const QString& statement, const QDate& today);

    bool matches(const SoqlRecord& record) const { return matches(m_root, record); }

private:
    struct Operand
    {
        QVariant value; // typed as the field's values are; null for NULL
        bool isRange = false; // a date literal: [rangeStart, rangeEnd)
        QVariant rangeStart;
        QVariant rangeEnd;
        QString likePattern;
    };
    struct Node
    {
        SoqlCondition::Kind kind = SoqlCondition::Kind::Comparison;
        std::vector<Node> children;
        SoqlFieldPath path;
        SoqlOperator op = SoqlOperator::Equal;
        QList<Operand> operands;
    };

    static SfResult<Node> compileNode(const SoqlCondition& condition, const SoqlObjectDef& object,
        const SoqlSchema& schema, const QString& statement, const QDate& today);
    static SfResult<Operand> compileOperand(const SoqlValue& value, SoqlOperator op,
        const SoqlFieldPath& path, const QString& statement, const QDate& today);
    static bool matches(const Node& node, const SoqlRecord& record);
    static bool compareOne(
        const QVariant& actual, const Operand& operand, SoqlOperator op, const SoqlFieldDef& field);

    Node m_root;
};

// SOQL's LIKE: '%' any run of characters, '_' one character, '\' escapes; case-insensitive.
bool soqlLikeMatches(QStringView text, QStringView pattern);

} // namespace sia::sandbox::salesforce
