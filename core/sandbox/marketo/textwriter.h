// Writing JSON and CSV values straight into the answer's buffer: a page of 300 leads or a bulk file chunk
// is built without a temporary string per value (what a profiler found to cost the most).
#pragma once

#include <QByteArray>
#include <QStringView>

namespace sia::sandbox::marketo::text {

// Raw writers for the hot paths: the caller guarantees room (maxJsonBytes / 3 bytes per UTF-16 unit).
constexpr qsizetype maxJsonBytes(qsizetype utf16Units)
{
    return utf16Units * 6 + 2;
}
char* writeUtf8(char* at, QStringView text);
char* writeJsonString(char* at, QStringView text);
char* writeTime(char* at, qint64 msSinceEpoch); // 20 bytes
char* writeNumber(char* at, qint64 value); // at most 20 bytes

void appendUtf8(QByteArray& out, QStringView text);
void appendJsonString(QByteArray& out, QStringView text); // quoted and escaped
void appendCsvField(QByteArray& out, QStringView text, char delimiter); // quoted only when it must be
void appendTime(QByteArray& out, qint64 msSinceEpoch); // 2025-01-31T17:11:32Z, as Marketo writes times

} // namespace sia::sandbox::marketo::text
