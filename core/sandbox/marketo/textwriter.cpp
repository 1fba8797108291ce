#include "sandbox/marketo/textwriter.h"

namespace sia::sandbox::marketo::text {
namespace {

// Encodes text as UTF-8 at dest, which has room for 3 bytes per UTF-16 unit; returns the end.
char* encode(char* dest, QStringView text)
{
    const char16_t* p = text.utf16();
    const char16_t* end = p + text.size();
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80) {
            *dest++ = char(c);
        } else if (c < 0x800) {
            *dest++ = char(0xc0 | (c >> 6));
            *dest++ = char(0x80 | (c & 0x3f));
        } else if (c >= 0xd800 && c < 0xdc00 && p < end && *p >= 0xdc00 && *p < 0xe000) {
            c = 0x10000 + ((c - 0xd800) << 10) + (char32_t(*p++) - 0xdc00);
            *dest++ = char(0xf0 | (c >> 18));
            *dest++ = char(0x80 | ((c >> 12) & 0x3f));
            *dest++ = char(0x80 | ((c >> 6) & 0x3f));
            *dest++ = char(0x80 | (c & 0x3f));
        } else {
            if (c >= 0xd800 && c < 0xe000) {
                c = 0xfffd; // a lone surrogate
            }
            *dest++ = char(0xe0 | (c >> 12));
            *dest++ = char(0x80 | ((c >> 6) & 0x3f));
            *dest++ = char(0x80 | (c & 0x3f));
        }
    }
    return dest;
}

bool needsJsonEscape(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c == u'"' || c == u'\\') {
            return true;
        }
    }
    return false;
}

void put2(char* at, int value)
{
    at[0] = char('0' + value / 10);
    at[1] = char('0' + value % 10);
}

} // namespace

char* writeUtf8(char* at, QStringView text)
{
    return encode(at, text);
}

char* writeJsonString(char* at, QStringView text)
{
    *at++ = '"';
    if (!needsJsonEscape(text)) {
        at = encode(at, text);
    } else {
        for (qsizetype i = 0; i < text.size();) {
            const char16_t u = text.at(i).unicode();
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                // A run of characters that need no escape, encoded at once (surrogate pairs stay whole).
                qsizetype end = i + 1;
                while (end < text.size() && text.at(end).unicode() >= 0x20 && text.at(end) != u'"'
                    && text.at(end) != u'\\') {
                    ++end;
                }
                at = encode(at, text.mid(i, end - i));
                i = end;
                continue;
            }
            *at++ = '\\';
            switch (u) {
            case u'"':
            case u'\\':
                *at++ = char(u);
                break;
            case u'\n':
                *at++ = 'n';
                break;
            case u'\r':
                *at++ = 'r';
                break;
            case u'\t':
                *at++ = 't';
                break;
            default:
                memcpy(at, "u00", 3);
                at[3] = "0123456789abcdef"[(u >> 4) & 0xf];
                at[4] = "0123456789abcdef"[u & 0xf];
                at += 5;
            }
            ++i;
        }
    }
    *at++ = '"';
    return at;
}

char* writeNumber(char* at, qint64 value)
{
    char digits[20];
    int n = 0;
    quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (value < 0) {
        *at++ = '-';
    }
    while (n > 0) {
        *at++ = digits[--n];
    }
    return at;
}

void appendUtf8(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3);
    char* end = encode(out.data() + start, text);
    out.truncate(end - out.constData());
}

void appendJsonString(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + maxJsonBytes(text.size()));
    char* end = writeJsonString(out.data() + start, text);
    out.truncate(end - out.constData());
}

void appendCsvField(QByteArray& out, QStringView text, char delimiter)
{
    bool quote = false;
    for (const QChar c : text) {
        if (c == QLatin1Char(delimiter) || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        appendUtf8(out, text);
        return;
    }
    out += '"';
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"') {
            appendUtf8(out, text.mid(from, i - from + 1));
            out += '"'; // a quote inside a quoted field is doubled
            from = i + 1;
        }
    }
    appendUtf8(out, text.mid(from));
    out += '"';
}

void appendTime(QByteArray& out, qint64 msSinceEpoch)
{
    char buffer[20];
    writeTime(buffer, msSinceEpoch);
    out.append(buffer, 20);
}

char* writeTime(char* buffer, qint64 msSinceEpoch)
{
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm): no QDateTime, no format parsing.
    qint64 seconds = msSinceEpoch >= 0 ? msSinceEpoch / 1000 : (msSinceEpoch - 999) / 1000;
    qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const int secondOfDay = int(seconds - days * 86400);
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = qint64(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0);

    const int y = int(year);
    buffer[0] = char('0' + (y / 1000) % 10);
    buffer[1] = char('0' + (y / 100) % 10);
    buffer[2] = char('0' + (y / 10) % 10);
    buffer[3] = char('0' + y % 10);
    buffer[4] = '-';
    put2(buffer + 5, month);
    buffer[7] = '-';
    put2(buffer + 8, day);
    buffer[10] = 'T';
    put2(buffer + 11, secondOfDay / 3600);
    buffer[13] = ':';
    put2(buffer + 14, secondOfDay / 60 % 60);
    buffer[16] = ':';
    put2(buffer + 17, secondOfDay % 60);
    buffer[19] = 'Z';
    return buffer + 20;
}

} // namespace sia::sandbox::marketo::text
