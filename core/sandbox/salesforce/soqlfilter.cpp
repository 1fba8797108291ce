#include "sandbox/salesforce/soqlfilter.h"

#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/soqldaterange.h"
#include "sandbox/salesforce/soqlerrors.h"

#include <QTimeZone>

namespace sia::sandbox::salesforce {

namespace {

using ValueKind = SoqlValue::Kind;

bool isOrdering(SoqlOperator op)
{
    return op == SoqlOperator::Less || op == SoqlOperator::LessOrEqual || op == SoqlOperator::Greater
        || op == SoqlOperator::GreaterOrEqual;
}

QDateTime startOfDayUtc(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc());
}

} // namespace

bool soqlLikeMatches(QStringView text, QStringView pattern)
{
    // Iterative wildcard matching with one backtrack point for the last '%'.
    qsizetype t = 0;
    qsizetype p = 0;
    qsizetype starPattern = -1;
    qsizetype starText = 0;
    while (t < text.size()) {
        if (p < pattern.size()) {
            const QChar pc = pattern.at(p);
            if (pc == u'%') {
                starPattern = ++p;
                starText = t;
                continue;
            }
            if (pc == u'_') {
                ++p;
                ++t;
                continue;
            }
            const bool escaped = pc == u'\\' && p + 1 < pattern.size();
            const QChar literal = escaped ? pattern.at(p + 1) : pc;
            if (literal.toCaseFolded() == text.at(t).toCaseFolded()) {
                p += escaped ? 2 : 1;
                ++t;
                continue;
            }
        }
        if (starPattern < 0) {
            return false;
        }
        p = starPattern;
        t = ++starText;
    }
    while (p < pattern.size() && pattern.at(p) == u'%') {
        ++p;
    }
    return p == pattern.size();
}

SfResult<SoqlFilter> SoqlFilter::compile(const SoqlCondition& condition, const SoqlObjectDef& object,
    const SoqlSchema& schema, const QString& statement, const QDate& today)
{
    SfResult<Node> root = compileNode(condition, object, schema, statement, today);
    if (!root) {
        return root.error();
    }
    SoqlFilter filter;
    filter.m_root = std::move(root).value();
    return filter;
}

SfResult<SoqlFilter::Node> SoqlFilter::compileNode(const SoqlCondition& condition,
    const SoqlObjectDef& object, const SoqlSchema& schema, const QString& statement, const QDate& today)
{
    Node node;
    node.kind = condition.kind;
    if (condition.kind != SoqlCondition::Kind::Comparison) {
        for (const SoqlCondition& child : condition.children) {
            SfResult<Node> compiled = compileNode(child, object, schema, statement, today);
            if (!compiled) {
                return compiled.error();
            }
            node.children.push_back(std::move(compiled).value());
        }
        return node;
    }
    SfResult<SoqlFieldPath> path = SoqlFieldPath::resolve(condition.field, object, schema, statement);
    if (!path) {
        return path.error();
    }
    node.path = std::move(path).value();
    node.op = condition.op;
    const SoqlFieldDef& field = node.path.field();
    if (!field.isFilterable()) {
        return SoqlErrors::notFilterable(statement, condition.field.position, node.path.text());
    }
    if (field.type == SoqlFieldType::Boolean && (isOrdering(node.op) || node.op == SoqlOperator::Like)) {
        return SoqlErrors::invalidOperator(
            statement, condition.operatorPosition, QStringLiteral("invalid operator on boolean field"));
    }
    if (node.op == SoqlOperator::Like && !(field.isTextual() && !field.isIdLike())) {
        return SoqlErrors::invalidOperator(statement, condition.operatorPosition,
            QStringLiteral("invalid operator on %1 field").arg(field.soapTypeName()));
    }
    for (const SoqlValue& value : condition.values) {
        SfResult<Operand> operand = compileOperand(value, node.op, node.path, statement, today);
        if (!operand) {
            return operand.error();
        }
        node.operands.append(std::move(operand).value());
    }
    return node;
}

SfResult<SoqlFilter::Operand> SoqlFilter::compileOperand(const SoqlValue& value, SoqlOperator op,
    const SoqlFieldPath& path, const QString& statement, const QDate& today)
{
    const SoqlFieldDef& field = path.field();
    Operand operand;
    if (value.kind == ValueKind::Null) {
        return operand;
    }
    const auto wrongType = [&] {
        return SoqlErrors::filterType(
            statement, value.position, path.text(), field.soapTypeName(), field.isTextual());
    };
    if (field.isTextual()) {
        if (value.kind != ValueKind::String) {
            return wrongType();
        }
        if (op == SoqlOperator::Like) {
            operand.likePattern = value.likePattern;
            operand.value = value.string;
            return operand;
        }
        if (field.isIdLike() && !value.string.isEmpty()) {
            const QString id = RecordIds::normalize(value.string);
            if (id.isEmpty()) {
                return SoqlErrors::invalidId(statement, value.position, value.string);
            }
            operand.value = id;
            return operand;
        }
        operand.value = SoqlValues::typed(value.string, field);
        return operand;
    }
    switch (field.type) {
    case SoqlFieldType::Boolean:
        if (value.kind != ValueKind::Boolean) {
            return wrongType();
        }
        operand.value = value.boolean;
        return operand;
    case SoqlFieldType::Integer:
    case SoqlFieldType::Double:
    case SoqlFieldType::Currency:
        if (value.kind != ValueKind::Number || (field.type == SoqlFieldType::Integer && !value.isInteger)) {
            return wrongType();
        }
        operand.value = value.number;
        return operand;
    case SoqlFieldType::Date:
    case SoqlFieldType::DateTime: {
        const bool isDate = field.type == SoqlFieldType::Date;
        if (value.kind == ValueKind::DateLiteral) {
            const SoqlDateRange range = SoqlDateRange::of(value.dateLiteral, today);
            operand.isRange = true;
            operand.rangeStart = isDate ? QVariant(range.start) : QVariant(startOfDayUtc(range.start));
            operand.rangeEnd = isDate ? QVariant(range.end) : QVariant(startOfDayUtc(range.end));
            return operand;
        }
        if (isDate && value.kind == ValueKind::Date) {
            operand.value = value.date;
            return operand;
        }
        if (!isDate && value.kind == ValueKind::DateTime) {
            operand.value = value.dateTime;
            return operand;
        }
        return wrongType();
    }
    default:
        return wrongType();
    }
}

bool SoqlFilter::matches(const Node& node, const SoqlRecord& record)
{
    switch (node.kind) {
    case SoqlCondition::Kind::And:
        for (const Node& child : node.children) {
            if (!matches(child, record)) {
                return false;
            }
        }
        return true;
    case SoqlCondition::Kind::Or:
        for (const Node& child : node.children) {
            if (matches(child, record)) {
                return true;
            }
        }
        return false;
    case SoqlCondition::Kind::Not:
        return !matches(node.children.front(), record);
    case SoqlCondition::Kind::Comparison:
        break;
    }
    const QVariant actual = node.path.read(record);
    const SoqlFieldDef& field = node.path.field();
    if (node.op == SoqlOperator::In || node.op == SoqlOperator::NotIn) {
        bool found = false;
        for (const Operand& operand : node.operands) {
            if (compareOne(actual, operand, SoqlOperator::Equal, field)) {
                found = true;
                break;
            }
        }
        return node.op == SoqlOperator::In ? found : !found;
    }
    return compareOne(actual, node.operands.front(), node.op, field);
}

bool SoqlFilter::compareOne(
    const QVariant& actual, const Operand& operand, SoqlOperator op, const SoqlFieldDef& field)
{
    const bool actualNull = !actual.isValid();
    const bool operandNull = !operand.isRange && !operand.value.isValid();
    if (op == SoqlOperator::NotEqual) {
        return !compareOne(actual, operand, SoqlOperator::Equal, field);
    }
    if (actualNull || operandNull) {
        // Only "= null" matches a null; a null is neither less nor greater than anything.
        return op == SoqlOperator::Equal && actualNull && operandNull;
    }
    if (op == SoqlOperator::Like) {
        return soqlLikeMatches(actual.toString(), operand.likePattern);
    }
    if (operand.isRange) {
        const bool beforeStart = SoqlValues::compare(actual, operand.rangeStart, field) < 0;
        const bool beforeEnd = SoqlValues::compare(actual, operand.rangeEnd, field) < 0;
        switch (op) {
        case SoqlOperator::Equal:
            return !beforeStart && beforeEnd;
        case SoqlOperator::Less:
            return beforeStart;
        case SoqlOperator::LessOrEqual:
            return beforeEnd;
        case SoqlOperator::Greater:
            return !beforeEnd;
        case SoqlOperator::GreaterOrEqual:
            return !beforeStart;
        default:
            return false;
        }
    }
    const int order = SoqlValues::compare(actual, operand.value, field);
    switch (op) {
    case SoqlOperator::Equal:
        return order == 0;
    case SoqlOperator::Less:
        return order < 0;
    case SoqlOperator::LessOrEqual:
        return order <= 0;
    case SoqlOperator::Greater:
        return order > 0;
    case SoqlOperator::GreaterOrEqual:
        return order >= 0;
    default:
        return false;
    }
}

} // namespace sia::sandbox::salesforce
