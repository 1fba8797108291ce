// A parsed SOQL statement, as written: names are not yet checked against the schema (SoqlPlan does that).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sia::sandbox::salesforce {

struct SoqlFieldRef
{
    QStringList path; // {"Owner", "Name"} for Owner.Name
    int position = 0;
    QString text() const { return path.join(QLatin1Char('.')); }
};

// A relative range of days (TODAY, LAST_N_DAYS:7 …), resolved against the clock when the query runs.
struct SoqlDateLiteral
{
    QString name; // upper case: "TODAY", "LAST_N_DAYS"
    int n = 0; // the n of the ":n" forms
};

struct SoqlValue
{
    enum class Kind
    {
        Null,
        Boolean,
        Number,
        String,
        Date,
        DateTime,
        DateLiteral
    };

    Kind kind = Kind::Null;
    int position = 0;
    QString text; // as written, for messages
    bool boolean = false;
    double number = 0;
    bool isInteger = false;
    QString string; // decoded
    QString likePattern; // LIKE's form of string (escapes kept)
    QDate date;
    QDateTime dateTime;
    SoqlDateLiteral dateLiteral;
};

enum class SoqlOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Like,
    In,
    NotIn
};

struct SoqlCondition
{
    enum class Kind
    {
        Comparison,
        And,
        Or,
        Not
    };

    Kind kind = Kind::Comparison;
    std::vector<SoqlCondition> children; // And, Or: two or more; Not: one
    // Comparison only:
    SoqlFieldRef field;
    SoqlOperator op = SoqlOperator::Equal;
    QList<SoqlValue> values; // one, or the list of IN / NOT IN
    int operatorPosition = 0;
};

struct SoqlOrdering
{
    SoqlFieldRef field;
    bool descending = false;
    bool nullsLast = false; // Salesforce sorts nulls first unless told otherwise, in either direction
};

struct SoqlQuery
{
    QString statement;
    bool countOnly = false; // SELECT COUNT() FROM …
    int countPosition = 0;
    QList<SoqlFieldRef> fields;
    QString objectName;
    int objectPosition = 0;
    std::optional<SoqlCondition> where;
    QList<SoqlOrdering> orderBy;
    std::optional<qint64> limit;
    std::optional<qint64> offset;
    int offsetPosition = 0;
};

} // namespace sia::sandbox::salesforce
