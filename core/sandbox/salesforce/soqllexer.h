// Splits a SOQL statement into tokens: identifiers (keywords are identifiers the parser recognises),
// string literals with SOQL's escapes decoded, numbers, ISO dates and date-times, and punctuation.
#pragma once

#include "sandbox/salesforce/salesforceerror.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sia::sandbox::salesforce {

struct SoqlToken
{
    enum class Kind
    {
        Identifier,
        String,
        Number,
        Date,
        DateTime,
        Operator,
        Comma,
        LeftParen,
        RightParen,
        Dot,
        Colon,
        End
    };

    Kind kind = Kind::End;
    QString text; // as written
    int position = 0; // offset in the statement
    QString value; // String: the decoded text ("\%" and "\_" as plain '%' and '_')
    QString likePattern; // String: the text for LIKE, where a '\' still escapes the next '%', '_' or '\'
    double number = 0; // Number
    QDate date; // Date
    QDateTime dateTime; // DateTime (UTC)

    bool isKeyword(QStringView keyword) const
    {
        return kind == Kind::Identifier && text.compare(keyword, Qt::CaseInsensitive) == 0;
    }
};

class SoqlLexer
{
public:
    static SfResult<QList<SoqlToken>> tokenize(const QString& statement);
};

} // namespace sia::sandbox::salesforce
