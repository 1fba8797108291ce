// Where an ApiBudgetGate keeps its count across restarts: an append-only file of this product's calls to
// one service (one line per call, milliseconds since the epoch, then its purpose when it has one) and of
// what the service last reported
// ("R <at> <daily limit> <used by all>"). A restart reads it back, so today's count is not reset; lines
// older than any day a budget looks at are dropped when the file is read. Small by construction (a day's
// calls at most), so reading it whole once per process is cheap.
#pragma once

#include "connections/apicallledger.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sia {

// What a service said about its current day, and when.
struct ApiUsageReport
{
    QDateTime at;
    std::optional<qint64> dailyLimit;
    qint64 usedByAll = 0;
};

class ApiCallLedgerFile
{
public:
    // An empty path keeps nothing (a client made for a test or a one-off check).
    explicit ApiCallLedgerFile(QString path = {});

    const QString& path() const { return m_path; }

    // Reads the file into ledger (the calls since notBefore) and returns the last report kept; rewrites the
    // file without the older lines when it held many of them.
    std::optional<ApiUsageReport> load(ApiCallLedger& ledger, const QDateTime& notBefore) const;
    void appendCall(const QDateTime& at, const QString& purpose = {}) const;
    void appendReport(const ApiUsageReport& report) const;

private:
    void appendLine(const QByteArray& line) const;

    QString m_path;
};

} // namespace sia
