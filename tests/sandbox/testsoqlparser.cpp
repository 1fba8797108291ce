// The SOQL parser: what it reads (fields, parent paths, conditions with their grouping, literals with
// escapes, date literals, ORDER BY, LIMIT, OFFSET, COUNT()) and what it refuses, with Salesforce's error
// code and a message that points at the offending token.
#include "sandbox/salesforce/soqlparser.h"

#include <QTest>

using namespace sia::sandbox::salesforce;

namespace {

QString describeValue(const SoqlValue& value)
{
    switch (value.kind) {
    case SoqlValue::Kind::Null:
        return QStringLiteral("null");
    case SoqlValue::Kind::Boolean:
        return value.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case SoqlValue::Kind::Number:
        return QString::number(value.number);
    case SoqlValue::Kind::String:
        return QLatin1Char('\'') + value.string + QLatin1Char('\'');
    case SoqlValue::Kind::Date:
        return QStringLiteral("date:") + value.date.toString(Qt::ISODate);
    case SoqlValue::Kind::DateTime:
        return QStringLiteral("datetime:") + value.dateTime.toUTC().toString(Qt::ISODate);
    case SoqlValue::Kind::DateLiteral:
        return value.dateLiteral.name
            + (value.dateLiteral.n ? QLatin1Char(':') + QString::number(value.dateLiteral.n) : QString());
    }
    return {};
}

QString describeCondition(const SoqlCondition& condition)
{
    static const char* const operators[] = { "=", "!=", "<", "<=", ">", ">=", "LIKE", "IN", "NOT IN" };
    switch (condition.kind) {
    case SoqlCondition::Kind::And:
    case SoqlCondition::Kind::Or: {
        QStringList parts;
        for (const SoqlCondition& child : condition.children) {
            parts << describeCondition(child);
        }
        return QLatin1Char('(')
            + parts.join(
                condition.kind == SoqlCondition::Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "))
            + QLatin1Char(')');
    }
    case SoqlCondition::Kind::Not:
        return QStringLiteral("NOT ") + describeCondition(condition.children.front());
    case SoqlCondition::Kind::Comparison:
        break;
    }
    QStringList values;
    for (const SoqlValue& value : condition.values) {
        values << describeValue(value);
    }
    const bool isList = condition.op == SoqlOperator::In || condition.op == SoqlOperator::NotIn;
    return condition.field.text() + QLatin1Char(' ') + QLatin1String(operators[int(condition.op)])
        + QLatin1Char(' ')
        + (isList ? QLatin1Char('[') + values.join(QLatin1Char(',')) + QLatin1Char(']')
                  : values.join(QString()));
}

// One line per query: "fields | object | where | order | limit | offset".
QString describe(const SoqlQuery& query)
{
    QStringList fields;
    for (const SoqlFieldRef& field : query.fields) {
        fields << field.text();
    }
    QStringList order;
    for (const SoqlOrdering& ordering : query.orderBy) {
        order << ordering.field.text() + (ordering.descending ? QStringLiteral(" DESC") : QString())
                + (ordering.nullsLast ? QStringLiteral(" NULLS LAST") : QString());
    }
    return QStringList { query.countOnly ? QStringLiteral("COUNT()") : fields.join(QLatin1Char(',')),
        query.objectName, query.where ? describeCondition(*query.where) : QString(),
        order.join(QLatin1Char(',')), query.limit ? QString::number(*query.limit) : QString(),
        query.offset ? QString::number(*query.offset) : QString() }
        .join(QStringLiteral(" | "));
}

} // namespace

class TestSoqlParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesWhatTheProductSends_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fields") << "SELECT Id, Email FROM Lead"
                                << "Id,Email | Lead |  |  |  | ";
        QTest::newRow("keywords any case") << "select id from lead where email = 'a' order by id desc limit 5"
                                           << "id | lead | email = 'a' | id DESC | 5 | ";
        QTest::newRow("parent path") << "SELECT Owner.Name, Who.Type FROM Task"
                                     << "Owner.Name,Who.Type | Task |  |  |  | ";
        QTest::newRow("count") << "SELECT COUNT() FROM Lead WHERE IsConverted = false"
                               << "COUNT() | Lead | IsConverted = false |  |  | ";
        QTest::newRow("and chain") << "SELECT Id FROM Lead WHERE A = 1 AND B = 2 AND C = 3"
                                   << "Id | Lead | (A = 1 AND B = 2 AND C = 3) |  |  | ";
        QTest::newRow("parentheses") << "SELECT Id FROM Lead WHERE (A = 1 OR B = 2) AND NOT C = null"
                                     << "Id | Lead | ((A = 1 OR B = 2) AND NOT C = null) |  |  | ";
        QTest::newRow("not group") << "SELECT Id FROM Lead WHERE NOT (A = 1 AND B != 2)"
                                   << "Id | Lead | NOT (A = 1 AND B != 2) |  |  | ";
        QTest::newRow("angle not equal") << "SELECT Id FROM Lead WHERE A <> 'x'"
                                         << "Id | Lead | A != 'x' |  |  | ";
        QTest::newRow("in") << "SELECT Id FROM Lead WHERE Status IN ('Open', 'Closed')"
                            << "Id | Lead | Status IN ['Open','Closed'] |  |  | ";
        QTest::newRow("not in") << "SELECT Id FROM Lead WHERE Status NOT IN ('Open')"
                                << "Id | Lead | Status NOT IN ['Open'] |  |  | ";
        QTest::newRow("like") << "SELECT Id FROM Lead WHERE Email LIKE '%@example.com'"
                              << "Id | Lead | Email LIKE '%@example.com' |  |  | ";
        QTest::newRow("escapes") << R"(SELECT Id FROM Lead WHERE Name = 'O\'Brien \\ \n \u00e9')"
                                 << "Id | Lead | Name = 'O'Brien \\ \n \u00e9' |  |  | ";
        QTest::newRow("numbers") << "SELECT Id FROM Opportunity WHERE Amount >= -1.5 AND Amount < 100"
                                 << "Id | Opportunity | (Amount >= -1.5 AND Amount < 100) |  |  | ";
        QTest::newRow("date") << "SELECT Id FROM Task WHERE ActivityDate = 2024-02-29"
                              << "Id | Task | ActivityDate = date:2024-02-29 |  |  | ";
        QTest::newRow("datetime Z") << "SELECT Id FROM Task WHERE CreatedDate > 2024-02-29T10:11:12Z"
                                    << "Id | Task | CreatedDate > datetime:2024-02-29T10:11:12Z |  |  | ";
        QTest::newRow("datetime offset")
            << "SELECT Id FROM Task WHERE CreatedDate > 2024-02-29T10:11:12.5+02:00"
            << "Id | Task | CreatedDate > datetime:2024-02-29T08:11:12Z |  |  | ";
        QTest::newRow("date literals") << "SELECT Id FROM Task WHERE CreatedDate = TODAY OR CreatedDate = "
                                          "LAST_N_DAYS:7 OR ActivityDate = NEXT_N_DAYS:3"
                                       << "Id | Task | (CreatedDate = TODAY OR CreatedDate = LAST_N_DAYS:7 "
                                          "OR ActivityDate = NEXT_N_DAYS:3) |  |  | ";
        QTest::newRow("yesterday tomorrow")
            << "SELECT Id FROM Task WHERE ActivityDate IN (YESTERDAY, TOMORROW)"
            << "Id | Task | ActivityDate IN [YESTERDAY,TOMORROW] |  |  | ";
        QTest::newRow("order by options")
            << "SELECT Id FROM Lead ORDER BY Name DESC NULLS LAST, Email ASC NULLS FIRST, Id"
            << "Id | Lead |  | Name DESC NULLS LAST,Email,Id |  | ";
        QTest::newRow("limit offset") << "SELECT Id FROM Lead LIMIT 10 OFFSET 20"
                                      << "Id | Lead |  |  | 10 | 20";
        QTest::newRow("multiline") << "SELECT Id\nFROM Lead\nWHERE Email = null"
                                   << "Id | Lead | Email = null |  |  | ";
    }
    void parsesWhatTheProductSends()
    {
        QFETCH(QString, statement);
        QFETCH(QString, expected);
        const SfResult<SoqlQuery> query = SoqlParser::parse(statement);
        QVERIFY2(query.ok(), query.ok() ? "" : qPrintable(query.error().message));
        QCOMPARE(describe(*query), expected);
    }

    void refusesMalformedAndUnsupportedQueries_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("location");
        QTest::newRow("empty") << ""
                               << "unexpected token: '<EOF>'"
                               << "Row:1:Column:1";
        QTest::newRow("no select") << "FROM Lead"
                                   << "unexpected token: 'FROM'"
                                   << "Row:1:Column:1";
        QTest::newRow("no fields") << "SELECT FROM Lead"
                                   << "unexpected token: 'FROM'"
                                   << "Row:1:Column:8";
        QTest::newRow("no object") << "SELECT Id FROM"
                                   << "unexpected token: '<EOF>'"
                                   << "Row:1:Column:15";
        QTest::newRow("trailing comma") << "SELECT Id, FROM Lead"
                                        << "unexpected token: 'FROM'"
                                        << "Row:1:Column:12";
        QTest::newRow("mixed and or") << "SELECT Id FROM Lead WHERE A = 1 AND B = 2 OR C = 3"
                                      << "unexpected token: 'OR'"
                                      << "Row:1:Column:43";
        QTest::newRow("unbalanced") << "SELECT Id FROM Lead WHERE (A = 1"
                                    << "unexpected token: '<EOF>'"
                                    << "Row:1:Column:33";
        QTest::newRow("no value") << "SELECT Id FROM Lead WHERE A ="
                                  << "unexpected token: '<EOF>'"
                                  << "Row:1:Column:30";
        QTest::newRow("bare word value") << "SELECT Id FROM Lead WHERE Status = Open"
                                         << "unexpected token: 'Open'"
                                         << "Row:1:Column:36";
        QTest::newRow("unterminated string") << "SELECT Id FROM Lead WHERE A = 'x"
                                             << "mismatched character '<EOF>'"
                                             << "Row:1:Column:33";
        QTest::newRow("bad escape") << R"(SELECT Id FROM Lead WHERE A = 'a\qb')"
                                    << "Illegal character sequence '\\q'"
                                    << "Row:1:Column:31";
        QTest::newRow("bad character") << "SELECT Id FROM Lead WHERE A = #"
                                       << "no viable alternative at character '#'"
                                       << "Row:1:Column:31";
        QTest::newRow("invalid date") << "SELECT Id FROM Task WHERE ActivityDate = 2024-02-30"
                                      << "invalid date"
                                      << "Row:1:Column:42";
        QTest::newRow("limit text") << "SELECT Id FROM Lead LIMIT x"
                                    << "unexpected token: 'x'"
                                    << "Row:1:Column:27";
        QTest::newRow("negative limit") << "SELECT Id FROM Lead LIMIT -1"
                                        << "no viable alternative"
                                        << "Row:1:Column:27";
        QTest::newRow("last n days without n") << "SELECT Id FROM Task WHERE CreatedDate = LAST_N_DAYS"
                                               << "unexpected token: '<EOF>'"
                                               << "Row:1:Column:52";
        QTest::newRow("clause order") << "SELECT Id FROM Lead LIMIT 5 WHERE A = 1"
                                      << "unexpected token: 'WHERE'"
                                      << "Row:1:Column:29";
        QTest::newRow("count with field") << "SELECT COUNT(), Id FROM Lead"
                                          << "unexpected token: ','"
                                          << "Row:1:Column:15";
        QTest::newRow("second row") << "SELECT Id\nFROM Lead\nWHERE A = = 1"
                                    << "unexpected token: '='"
                                    << "Row:3:Column:11";
        QTest::newRow("group by") << "SELECT Id FROM Lead GROUP BY Id"
                                  << "GROUP BY is not supported"
                                  << "Row:1:Column:21";
        QTest::newRow("subquery") << "SELECT Id, (SELECT Id FROM Contacts) FROM Account"
                                  << "subquery is not supported"
                                  << "Row:1:Column:12";
        QTest::newRow("semi-join") << "SELECT Id FROM Lead WHERE Id IN (SELECT WhoId FROM Task)"
                                   << "semi-join subquery is not supported"
                                   << "Row:1:Column:34";
        QTest::newRow("aggregate") << "SELECT MAX(CreatedDate) FROM Lead"
                                   << "function MAX() is not supported"
                                   << "Row:1:Column:8";
        QTest::newRow("count field") << "SELECT COUNT(Id) FROM Lead"
                                     << "COUNT(fieldName) is not supported"
                                     << "Row:1:Column:8";
        QTest::newRow("alias") << "SELECT Id FROM Lead l"
                               << "object alias is not supported"
                               << "Row:1:Column:21";
        QTest::newRow("for update") << "SELECT Id FROM Lead FOR UPDATE"
                                    << "FOR UPDATE is not supported"
                                    << "Row:1:Column:21";
        QTest::newRow("with") << "SELECT Id FROM Lead WITH SECURITY_ENFORCED"
                              << "WITH is not supported"
                              << "Row:1:Column:21";
        QTest::newRow("typeof") << "SELECT TYPEOF What WHEN Account THEN Name END FROM Task"
                                << "TYPEOF is not supported"
                                << "Row:1:Column:8";
        QTest::newRow("week literal") << "SELECT Id FROM Task WHERE CreatedDate = THIS_WEEK"
                                      << "THIS_WEEK is not supported"
                                      << "Row:1:Column:41";
        QTest::newRow("includes") << "SELECT Id FROM Lead WHERE A INCLUDES ('x')"
                                  << "INCLUDES / EXCLUDES is not supported"
                                  << "Row:1:Column:29";
    }
    void refusesMalformedAndUnsupportedQueries()
    {
        QFETCH(QString, statement);
        QFETCH(QString, detail);
        QFETCH(QString, location);
        const SfResult<SoqlQuery> query = SoqlParser::parse(statement);
        QVERIFY(!query.ok());
        QCOMPARE(query.error().errorCode, QStringLiteral("MALFORMED_QUERY"));
        QCOMPARE(query.error().httpStatus, 400);
        QVERIFY2(query.error().message.contains(detail), qPrintable(query.error().message));
        QVERIFY2(query.error().message.contains(QStringLiteral("ERROR at ") + location),
            qPrintable(query.error().message));
        QVERIFY(!query.error().hasFields);
    }

    void refusesAStatementLongerThanOneHundredThousandCharacters()
    {
        const QString prefix = QStringLiteral("SELECT Id FROM Lead WHERE Id IN (");
        QStringList ids;
        while (QString(prefix + ids.join(u',')).size() < 100000) {
            ids.append(QStringLiteral("'00Q000000000001AAA'"));
        }
        const QString tooLong = QString() + prefix + ids.join(u',') + u')';
        QVERIFY(tooLong.size() > 100000);
        const SfResult<SoqlQuery> refused = SoqlParser::parse(tooLong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().errorCode, QStringLiteral("MALFORMED_QUERY"));
        QCOMPARE(refused.error().httpStatus, 400);
        QVERIFY2(
            refused.error().message.contains(QStringLiteral("100000")), qPrintable(refused.error().message));

        // Just under the limit still parses: the cap is on length, not on the IN list.
        while (QString(prefix + ids.join(u',') + u')').size() > 100000) {
            ids.removeLast();
        }
        QVERIFY(SoqlParser::parse(QString(prefix + ids.join(u',') + u')')).ok());
    }

    void refusesAStringInTheWhereLongerThanFourThousandCharacters_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("4000") << 4000 << true;
        QTest::newRow("4001") << 4001 << false;
    }
    void refusesAStringInTheWhereLongerThanFourThousandCharacters()
    {
        QFETCH(int, length);
        QFETCH(bool, accepted);
        const QString statement
            = QStringLiteral("SELECT Id FROM Lead WHERE Email = '%1'").arg(QString(length, u'a'));
        const SfResult<SoqlQuery> query = SoqlParser::parse(statement);
        QCOMPARE(query.ok(), accepted);
        if (!accepted) {
            QCOMPARE(query.error().errorCode, QStringLiteral("MALFORMED_QUERY"));
            QVERIFY2(query.error().message.contains(QStringLiteral("ERROR at Row:1:Column:35")),
                qPrintable(query.error().message));
            QVERIFY(query.error().message.contains(QStringLiteral("too long")));
        }
    }

    void pointsAtTheErrorWithACaret()
    {
        const SfResult<SoqlQuery> query
            = SoqlParser::parse(QStringLiteral("SELECT Id FROM Lead WHERE Status = Open"));
        QVERIFY(!query.ok());
        QCOMPARE(query.error().message,
            QStringLiteral("\nSELECT Id FROM Lead WHERE Status = Open\n                                   ^\n"
                           "ERROR at Row:1:Column:36\nunexpected token: 'Open'"));
    }

    void keepsLikeEscapesApartFromWildcards()
    {
        const SfResult<SoqlQuery> query
            = SoqlParser::parse(QStringLiteral(R"(SELECT Id FROM Lead WHERE Name LIKE '50\%\_off%')"));
        QVERIFY(query.ok());
        const SoqlValue& value = query->where->values.first();
        QCOMPARE(value.string, QStringLiteral("50%_off%"));
        QCOMPARE(value.likePattern, QStringLiteral(R"(50\%\_off%)"));
    }
};

QTEST_GUILESS_MAIN(TestSoqlParser)
#include "testsoqlparser.moc"
