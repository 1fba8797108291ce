#include "sandbox/salesforce/soqlparser.h"

#include "sandbox/salesforce/soqlerrors.h"
#include "sandbox/salesforce/soqllexer.h"

#include <QSet>

#include <cmath>

namespace sia::sandbox::salesforce {

namespace {

// Salesforce's limits on a statement and on one string in its WHERE clause.
constexpr qsizetype maxStatementLength = 100000;
constexpr qsizetype maxStringLiteralLength = 4000;

using Kind = SoqlToken::Kind;

// Words that cannot name a field or an object, so that "SELECT FROM Lead" fails where Salesforce fails it.
const QSet<QString> reservedWords { QStringLiteral("SELECT"), QStringLiteral("FROM"), QStringLiteral("WHERE"),
    QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("IN"),
    QStringLiteral("LIKE"), QStringLiteral("ORDER"), QStringLiteral("GROUP"), QStringLiteral("HAVING"),
    QStringLiteral("LIMIT"), QStringLiteral("OFFSET"), QStringLiteral("NULL"), QStringLiteral("TRUE"),
    QStringLiteral("FALSE"), QStringLiteral("WITH"), QStringLiteral("USING"), QStringLiteral("INCLUDES"),
    QStringLiteral("EXCLUDES"), QStringLiteral("FOR") };

// Relative date literals the sandbox resolves (SoqlDateRange); the ":n" ones need a number.
const QSet<QString> dateLiterals { QStringLiteral("TODAY"), QStringLiteral("YESTERDAY"),
    QStringLiteral("TOMORROW"), QStringLiteral("LAST_90_DAYS"), QStringLiteral("NEXT_90_DAYS"),
    QStringLiteral("THIS_MONTH"), QStringLiteral("LAST_MONTH"), QStringLiteral("NEXT_MONTH"),
    QStringLiteral("THIS_YEAR"), QStringLiteral("LAST_YEAR"), QStringLiteral("NEXT_YEAR") };
const QSet<QString> dateLiteralsWithN { QStringLiteral("LAST_N_DAYS"), QStringLiteral("NEXT_N_DAYS"),
    QStringLiteral("N_DAYS_AGO") };

// Valid date literals the sandbox does not resolve (weeks depend on the user's locale, quarters and
// fiscal periods on the org's settings): refused rather than guessed.
bool isUnsupportedDateLiteral(const QString& upper)
{
    static const QStringList parts { QStringLiteral("WEEK"), QStringLiteral("QUARTER"),
        QStringLiteral("FISCAL"), QStringLiteral("_N_MONTHS"), QStringLiteral("_N_YEARS"),
        QStringLiteral("MONTHS_AGO"), QStringLiteral("YEARS_AGO") };
    for (const QString& part : parts) {
        if (upper.contains(part)
            && (upper.startsWith(QLatin1String("THIS_")) || upper.startsWith(QLatin1String("LAST_"))
                || upper.startsWith(QLatin1String("NEXT_")) || upper.startsWith(QLatin1String("N_")))) {
            return true;
        }
    }
    return false;
}

class Parser
{
public:
    Parser(const QString& statement, QList<SoqlToken> tokens)
        : m_statement(statement)
        , m_tokens(std::move(tokens))
    { }

    SfResult<SoqlQuery> run()
    {
        SoqlQuery query;
        query.statement = m_statement;
        if (!current().isKeyword(u"SELECT")) {
            return unexpected();
        }
        advance();
        if (auto error = selectList(query)) {
            return *error;
        }
        if (!current().isKeyword(u"FROM")) {
            return unexpected();
        }
        advance();
        // Group is an sObject (queues are Groups): after FROM the word names it, as in Salesforce.
        if (current().kind != Kind::Identifier || (isReserved(current()) && !current().isKeyword(u"GROUP"))) {
            return unexpected();
        }
        query.objectName = current().text;
        query.objectPosition = current().position;
        advance();
        if (auto error = clauses(query)) {
            return *error;
        }
        return query;
    }

private:
    const SoqlToken& current() const { return m_tokens.at(m_at); }
    const SoqlToken& ahead(int n) const { return m_tokens.at(qMin(m_at + n, int(m_tokens.size()) - 1)); }
    void advance()
    {
        if (m_at < m_tokens.size() - 1) {
            ++m_at;
        }
    }
    static bool isReserved(const SoqlToken& token) { return reservedWords.contains(token.text.toUpper()); }

    SalesforceError unexpected() const
    {
        return SoqlErrors::unexpectedToken(m_statement, current().position, current().text);
    }
    SalesforceError unsupported(const QString& what) const
    {
        return SoqlErrors::unsupported(m_statement, current().position, what);
    }

    std::optional<SalesforceError> selectList(SoqlQuery& query)
    {
        if (current().isKeyword(u"COUNT") && ahead(1).kind == Kind::LeftParen) {
            if (ahead(2).kind != Kind::RightParen) {
                return unsupported(QStringLiteral("COUNT(fieldName)"));
            }
            query.countOnly = true;
            query.countPosition = current().position;
            advance();
            advance();
            advance();
            if (current().kind == Kind::Comma) {
                return unexpected(); // COUNT() stands alone in the select list
            }
            return std::nullopt;
        }
        while (true) {
            if (current().kind == Kind::LeftParen) {
                return unsupported(QStringLiteral("A relationship subquery"));
            }
            if (current().isKeyword(u"TYPEOF")) {
                return unsupported(QStringLiteral("TYPEOF"));
            }
            if (current().kind == Kind::Identifier && ahead(1).kind == Kind::LeftParen) {
                return unsupported(QStringLiteral("The function %1()").arg(current().text));
            }
            SoqlFieldRef field;
            if (auto error = fieldRef(field)) {
                return error;
            }
            query.fields.append(field);
            if (current().kind == Kind::Identifier && !current().isKeyword(u"FROM")
                && !isReserved(current())) {
                return unsupported(QStringLiteral("A field alias"));
            }
            if (current().kind != Kind::Comma) {
                return std::nullopt;
            }
            advance();
        }
    }

    std::optional<SalesforceError> fieldRef(SoqlFieldRef& field)
    {
        if (current().kind != Kind::Identifier || isReserved(current())) {
            return unexpected();
        }
        field.position = current().position;
        field.path.append(current().text);
        advance();
        while (current().kind == Kind::Dot) {
            advance();
            if (current().kind != Kind::Identifier) {
                return unexpected();
            }
            field.path.append(current().text);
            advance();
        }
        return std::nullopt;
    }

    std::optional<SalesforceError> clauses(SoqlQuery& query)
    {
        if (current().kind == Kind::Identifier && !isReserved(current()) && !current().isKeyword(u"ORDER")) {
            return unsupported(QStringLiteral("An object alias"));
        }
        if (current().isKeyword(u"USING")) {
            return unsupported(QStringLiteral("USING SCOPE"));
        }
        if (current().isKeyword(u"WHERE")) {
            advance();
            SoqlCondition condition;
            if (auto error = conditionExpression(condition)) {
                return error;
            }
            query.where = std::move(condition);
        }
        if (current().isKeyword(u"WITH")) {
            return unsupported(QStringLiteral("WITH"));
        }
        if (current().isKeyword(u"GROUP")) {
            return unsupported(QStringLiteral("GROUP BY"));
        }
        if (current().isKeyword(u"HAVING")) {
            return unsupported(QStringLiteral("HAVING"));
        }
        if (current().isKeyword(u"ORDER")) {
            advance();
            if (!current().isKeyword(u"BY")) {
                return unexpected();
            }
            advance();
            if (auto error = orderList(query)) {
                return error;
            }
        }
        if (current().isKeyword(u"LIMIT")) {
            advance();
            qint64 limit = 0;
            if (auto error = nonNegativeInteger(limit)) {
                return error;
            }
            query.limit = limit;
        }
        if (current().isKeyword(u"OFFSET")) {
            query.offsetPosition = current().position;
            advance();
            qint64 offset = 0;
            if (auto error = nonNegativeInteger(offset)) {
                return error;
            }
            query.offset = offset;
        }
        if (current().isKeyword(u"FOR")) {
            return unsupported(QStringLiteral("FOR VIEW / FOR REFERENCE / FOR UPDATE"));
        }
        if (current().kind != Kind::End) {
            return unexpected();
        }
        return std::nullopt;
    }

    std::optional<SalesforceError> nonNegativeInteger(qint64& value)
    {
        const SoqlToken& token = current();
        if (token.kind != Kind::Number || token.text.contains(QLatin1Char('.'))
            || token.text.startsWith(QLatin1Char('-')) || token.text.startsWith(QLatin1Char('+'))) {
            return unexpected();
        }
        value = qint64(token.number);
        advance();
        return std::nullopt;
    }

    std::optional<SalesforceError> orderList(SoqlQuery& query)
    {
        while (true) {
            if (current().kind == Kind::Identifier && ahead(1).kind == Kind::LeftParen) {
                return unsupported(QStringLiteral("Ordering by the function %1()").arg(current().text));
            }
            SoqlOrdering ordering;
            if (auto error = fieldRef(ordering.field)) {
                return error;
            }
            if (current().isKeyword(u"ASC")) {
                advance();
            } else if (current().isKeyword(u"DESC")) {
                ordering.descending = true;
                advance();
            }
            if (current().isKeyword(u"NULLS")) {
                advance();
                if (current().isKeyword(u"LAST")) {
                    ordering.nullsLast = true;
                } else if (!current().isKeyword(u"FIRST")) {
                    return unexpected();
                }
                advance();
            }
            query.orderBy.append(ordering);
            if (current().kind != Kind::Comma) {
                return std::nullopt;
            }
            advance();
        }
    }

    // A sequence of terms joined by one logical operator; a different one at the same level needs
    // parentheses ("a AND b OR c" is refused at the OR, as Salesforce refuses it).
    std::optional<SalesforceError> conditionExpression(SoqlCondition& result)
    {
        SoqlCondition first;
        if (auto error = conditionTerm(first)) {
            return error;
        }
        if (!current().isKeyword(u"AND") && !current().isKeyword(u"OR")) {
            result = std::move(first);
            return std::nullopt;
        }
        const bool isAnd = current().isKeyword(u"AND");
        result.kind = isAnd ? SoqlCondition::Kind::And : SoqlCondition::Kind::Or;
        result.children.push_back(std::move(first));
        while (current().isKeyword(u"AND") || current().isKeyword(u"OR")) {
            if (current().isKeyword(u"AND") != isAnd) {
                return unexpected();
            }
            advance();
            SoqlCondition next;
            if (auto error = conditionTerm(next)) {
                return error;
            }
            result.children.push_back(std::move(next));
        }
        return std::nullopt;
    }

    std::optional<SalesforceError> conditionTerm(SoqlCondition& result)
    {
        if (current().isKeyword(u"NOT")) {
            advance();
            SoqlCondition inner;
            if (auto error = conditionTerm(inner)) {
                return error;
            }
            result.kind = SoqlCondition::Kind::Not;
            result.children.push_back(std::move(inner));
            return std::nullopt;
        }
        if (current().kind == Kind::LeftParen) {
            advance();
            if (auto error = conditionExpression(result)) {
                return error;
            }
            if (current().kind != Kind::RightParen) {
                return unexpected();
            }
            advance();
            return std::nullopt;
        }
        return comparison(result);
    }

    std::optional<SalesforceError> comparison(SoqlCondition& result)
    {
        if (current().kind == Kind::Identifier && ahead(1).kind == Kind::LeftParen) {
            return unsupported(QStringLiteral("Filtering on the function %1()").arg(current().text));
        }
        result.kind = SoqlCondition::Kind::Comparison;
        if (auto error = fieldRef(result.field)) {
            return error;
        }
        result.operatorPosition = current().position;
        if (current().kind == Kind::Operator) {
            const QString op = current().text;
            result.op = op == QLatin1String("=")                           ? SoqlOperator::Equal
                : (op == QLatin1String("!=") || op == QLatin1String("<>")) ? SoqlOperator::NotEqual
                : op == QLatin1String("<")                                 ? SoqlOperator::Less
                : op == QLatin1String("<=")                                ? SoqlOperator::LessOrEqual
                : op == QLatin1String(">")                                 ? SoqlOperator::Greater
                                                                           : SoqlOperator::GreaterOrEqual;
            advance();
            return singleValue(result);
        }
        if (current().isKeyword(u"LIKE")) {
            result.op = SoqlOperator::Like;
            advance();
            return singleValue(result);
        }
        if (current().isKeyword(u"INCLUDES") || current().isKeyword(u"EXCLUDES")) {
            return unsupported(QStringLiteral("INCLUDES / EXCLUDES"));
        }
        bool negated = false;
        if (current().isKeyword(u"NOT") && ahead(1).isKeyword(u"IN")) {
            negated = true;
            advance();
        }
        if (current().isKeyword(u"IN")) {
            result.op = negated ? SoqlOperator::NotIn : SoqlOperator::In;
            advance();
            return valueList(result);
        }
        return unexpected();
    }

    std::optional<SalesforceError> singleValue(SoqlCondition& result)
    {
        SoqlValue value;
        if (auto error = literal(value)) {
            return error;
        }
        result.values.append(value);
        return std::nullopt;
    }

    std::optional<SalesforceError> valueList(SoqlCondition& result)
    {
        if (current().kind != Kind::LeftParen) {
            return unexpected();
        }
        advance();
        if (current().isKeyword(u"SELECT")) {
            return unsupported(QStringLiteral("A semi-join subquery"));
        }
        while (true) {
            SoqlValue value;
            if (auto error = literal(value)) {
                return error;
            }
            result.values.append(value);
            if (current().kind == Kind::RightParen) {
                advance();
                return std::nullopt;
            }
            if (current().kind != Kind::Comma) {
                return unexpected();
            }
            advance();
        }
    }

    std::optional<SalesforceError> literal(SoqlValue& value)
    {
        const SoqlToken& token = current();
        value.position = token.position;
        value.text = token.text;
        switch (token.kind) {
        case Kind::String:
            // Salesforce caps a string in a WHERE at 4,000 characters. Counted as written between the
            // quotes (escapes included), the stricter of the two readings (README, "Where uncertain").
            if (token.text.size() - 2 > maxStringLiteralLength) {
                return SoqlErrors::malformed(m_statement, token.position,
                    QStringLiteral("String literal is too long: %1 characters, at most %2 are allowed")
                        .arg(token.text.size() - 2)
                        .arg(maxStringLiteralLength));
            }
            value.kind = SoqlValue::Kind::String;
            value.string = token.value;
            value.likePattern = token.likePattern;
            break;
        case Kind::Number:
            value.kind = SoqlValue::Kind::Number;
            value.number = token.number;
            value.isInteger = !token.text.contains(QLatin1Char('.'));
            break;
        case Kind::Date:
            value.kind = SoqlValue::Kind::Date;
            value.date = token.date;
            break;
        case Kind::DateTime:
            value.kind = SoqlValue::Kind::DateTime;
            value.dateTime = token.dateTime;
            break;
        case Kind::Identifier:
            return keywordLiteral(value);
        default:
            return unexpected();
        }
        advance();
        return std::nullopt;
    }

    std::optional<SalesforceError> keywordLiteral(SoqlValue& value)
    {
        const QString upper = current().text.toUpper();
        if (upper == QLatin1String("NULL")) {
            value.kind = SoqlValue::Kind::Null;
        } else if (upper == QLatin1String("TRUE") || upper == QLatin1String("FALSE")) {
            value.kind = SoqlValue::Kind::Boolean;
            value.boolean = upper == QLatin1String("TRUE");
        } else if (dateLiterals.contains(upper)) {
            value.kind = SoqlValue::Kind::DateLiteral;
            value.dateLiteral.name = upper;
        } else if (dateLiteralsWithN.contains(upper)) {
            advance();
            if (current().kind != Kind::Colon) {
                return unexpected();
            }
            advance();
            if (current().kind != Kind::Number || current().text.contains(QLatin1Char('.'))
                || current().text.startsWith(QLatin1Char('-'))
                || current().text.startsWith(QLatin1Char('+'))) {
                return unexpected();
            }
            value.kind = SoqlValue::Kind::DateLiteral;
            value.dateLiteral.name = upper;
            value.dateLiteral.n = int(current().number);
            value.text = m_statement.mid(
                value.position, current().position + current().text.size() - value.position);
        } else if (isUnsupportedDateLiteral(upper)) {
            return unsupported(QStringLiteral("The date literal %1").arg(upper));
        } else {
            return unexpected();
        }
        advance();
        return std::nullopt;
    }

    const QString& m_statement;
    QList<SoqlToken> m_tokens;
    int m_at = 0;
};

} // namespace

SfResult<SoqlQuery> SoqlParser::parse(const QString& statement)
{
    if (statement.size() > maxStatementLength) {
        // Not located: quoting a 100,000-character line under a caret helps nobody.
        return SalesforceError::make(400, QStringLiteral("MALFORMED_QUERY"),
            QStringLiteral("SOQL statements cannot be longer than %1 characters (this one has %2)")
                .arg(maxStatementLength)
                .arg(statement.size()));
    }
    SfResult<QList<SoqlToken>> tokens = SoqlLexer::tokenize(statement);
    if (!tokens) {
        return tokens.error();
    }
    return Parser(statement, std::move(tokens).value()).run();
}

} // namespace sia::sandbox::salesforce
