#include "sandbox/salesforce/soqllexer.h"

#include "sandbox/salesforce/salesforcetime.h"
#include "sandbox/salesforce/soqlerrors.h"

#include <QRegularExpression>

namespace sia::sandbox::salesforce {

namespace {

using Kind = SoqlToken::Kind;

bool isIdentifierStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit();
}

class Lexer
{
public:
    explicit Lexer(const QString& statement)
        : m_text(statement)
    { }

    SfResult<QList<SoqlToken>> run()
    {
        while (true) {
            skipSpace();
            if (m_at >= m_text.size()) {
                SoqlToken end;
                end.kind = Kind::End;
                end.text = QStringLiteral("<EOF>");
                end.position = m_text.size();
                m_tokens.append(end);
                return m_tokens;
            }
            if (auto error = next()) {
                return *error;
            }
        }
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size() && m_text.at(m_at).isSpace()) {
            ++m_at;
        }
    }

    void push(Kind kind, int start, int end)
    {
        SoqlToken token;
        token.kind = kind;
        token.position = start;
        token.text = m_text.mid(start, end - start);
        m_tokens.append(token);
        m_at = end;
    }

    // A sign belongs to a number only where a value may start (after an operator, a comma or '(').
    bool signMayStartNumber() const
    {
        if (m_tokens.isEmpty()) {
            return false;
        }
        const Kind previous = m_tokens.last().kind;
        return previous == Kind::Operator || previous == Kind::Comma || previous == Kind::LeftParen
            || m_tokens.last().isKeyword(u"IN");
    }

    std::optional<SalesforceError> next()
    {
        const QChar c = m_text.at(m_at);
        if (isIdentifierStart(c)) {
            int end = m_at;
            while (end < m_text.size() && isIdentifierPart(m_text.at(end))) {
                ++end;
            }
            push(Kind::Identifier, m_at, end);
            return std::nullopt;
        }
        if (c == u'\'') {
            return string();
        }
        if (c.isDigit()) {
            return numberOrDate(m_at);
        }
        if ((c == u'-' || c == u'+') && m_at + 1 < m_text.size() && m_text.at(m_at + 1).isDigit()
            && signMayStartNumber()) {
            return numberOrDate(m_at);
        }
        switch (c.unicode()) {
        case u',':
            push(Kind::Comma, m_at, m_at + 1);
            return std::nullopt;
        case u'(':
            push(Kind::LeftParen, m_at, m_at + 1);
            return std::nullopt;
        case u')':
            push(Kind::RightParen, m_at, m_at + 1);
            return std::nullopt;
        case u'.':
            push(Kind::Dot, m_at, m_at + 1);
            return std::nullopt;
        case u':':
            push(Kind::Colon, m_at, m_at + 1);
            return std::nullopt;
        case u'=':
            push(Kind::Operator, m_at, m_at + 1);
            return std::nullopt;
        case u'!':
            if (peek(1) == u'=') {
                push(Kind::Operator, m_at, m_at + 2);
                return std::nullopt;
            }
            break;
        case u'<':
            push(Kind::Operator, m_at, m_at + ((peek(1) == u'=' || peek(1) == u'>') ? 2 : 1));
            return std::nullopt;
        case u'>':
            push(Kind::Operator, m_at, m_at + (peek(1) == u'=' ? 2 : 1));
            return std::nullopt;
        default:
            break;
        }
        return SoqlErrors::malformed(m_text, m_at,
            QStringLiteral("line 1:%1 no viable alternative at character '%2'").arg(m_at).arg(c));
    }

    QChar peek(int ahead) const { return m_at + ahead < m_text.size() ? m_text.at(m_at + ahead) : QChar(); }

    std::optional<SalesforceError> string()
    {
        const int start = m_at;
        QString value;
        QString pattern;
        int at = m_at + 1;
        while (at < m_text.size()) {
            const QChar c = m_text.at(at);
            if (c == u'\'') {
                SoqlToken token;
                token.kind = Kind::String;
                token.position = start;
                token.text = m_text.mid(start, at + 1 - start);
                token.value = value;
                token.likePattern = pattern;
                m_tokens.append(token);
                m_at = at + 1;
                return std::nullopt;
            }
            if (c != u'\\') {
                value.append(c);
                pattern.append(c);
                ++at;
                continue;
            }
            if (at + 1 >= m_text.size()) {
                break;
            }
            const QChar escaped = m_text.at(at + 1);
            QChar decoded;
            switch (escaped.toLower().unicode()) {
            case u'n':
                decoded = u'\n';
                break;
            case u'r':
                decoded = u'\r';
                break;
            case u't':
                decoded = u'\t';
                break;
            case u'b':
                decoded = u'\b';
                break;
            case u'f':
                decoded = u'\f';
                break;
            case u'"':
            case u'\'':
                decoded = escaped;
                break;
            case u'\\':
            case u'%':
            case u'_':
                // Kept escaped for LIKE, where '%' and '_' would otherwise be wildcards.
                value.append(escaped);
                pattern.append(u'\\').append(escaped);
                at += 2;
                continue;
            case u'u': {
                bool ok = false;
                const uint code = m_text.mid(at + 2, 4).toUInt(&ok, 16);
                if (ok && at + 6 <= m_text.size()) {
                    value.append(QChar(code));
                    pattern.append(QChar(code));
                    at += 6;
                    continue;
                }
                [[fallthrough]];
            }
            default:
                return SoqlErrors::malformed(m_text, start,
                    QStringLiteral(
                        "Invalid string literal '%1'. Illegal character sequence '\\%2' in string literal.")
                        .arg(m_text.mid(start + 1, at + 2 - start - 1), escaped));
            }
            value.append(decoded);
            pattern.append(decoded);
            at += 2;
        }
        return SoqlErrors::malformed(m_text, m_text.size(),
            QStringLiteral("line 1:%1 mismatched character '<EOF>' expecting '''").arg(m_text.size()));
    }

    std::optional<SalesforceError> numberOrDate(int start)
    {
        static const QRegularExpression dateTimePattern(
            QStringLiteral(R"(\G\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2}))"));
        static const QRegularExpression datePattern(QStringLiteral(R"(\G\d{4}-\d{2}-\d{2})"));
        static const QRegularExpression numberPattern(QStringLiteral(R"(\G[+-]?\d+(\.\d+)?)"));

        QRegularExpressionMatch match = dateTimePattern.match(m_text, start);
        if (match.hasMatch()) {
            const QDateTime at = parseDateTime(match.captured());
            if (!at.isValid()) {
                return SoqlErrors::malformed(
                    m_text, start, QStringLiteral("invalid date-time: ") + match.captured());
            }
            push(Kind::DateTime, start, start + match.capturedLength());
            m_tokens.last().dateTime = at;
            return std::nullopt;
        }
        match = datePattern.match(m_text, start);
        if (match.hasMatch()) {
            const QDate date = QDate::fromString(match.captured(), Qt::ISODate);
            const int end = start + match.capturedLength();
            if (!date.isValid()
                || (end < m_text.size() && (m_text.at(end) == u'T' || m_text.at(end).isDigit()))) {
                return SoqlErrors::malformed(m_text, start,
                    QStringLiteral("invalid date or date-time: ")
                        + m_text.mid(start, qMin(int(m_text.size()) - start, 25)));
            }
            push(Kind::Date, start, end);
            m_tokens.last().date = date;
            return std::nullopt;
        }
        match = numberPattern.match(m_text, start);
        const int end = start + match.capturedLength();
        if (end < m_text.size() && isIdentifierPart(m_text.at(end))) {
            return SoqlErrors::malformed(m_text, start,
                QStringLiteral("line 1:%1 no viable alternative at character '%2'")
                    .arg(end)
                    .arg(m_text.at(end)));
        }
        push(Kind::Number, start, end);
        m_tokens.last().number = match.captured().toDouble();
        return std::nullopt;
    }

    const QString& m_text;
    int m_at = 0;
    QList<SoqlToken> m_tokens;
};

} // namespace

SfResult<QList<SoqlToken>> SoqlLexer::tokenize(const QString& statement)
{
    return Lexer(statement).run();
}

} // namespace sia::sandbox::salesforce
