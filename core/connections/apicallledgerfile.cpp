#include "connections/apicallledgerfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

namespace sia {
namespace {

Q_LOGGING_CATEGORY(lcLedger, "sia.budget.ledger", QtInfoMsg)

QByteArray reportLine(const ApiUsageReport& report)
{
    return "R " + QByteArray::number(report.at.toMSecsSinceEpoch()) + ' '
        + QByteArray::number(report.dailyLimit.value_or(-1)) + ' ' + QByteArray::number(report.usedByAll);
}

} // namespace

ApiCallLedgerFile::ApiCallLedgerFile(QString path)
    : m_path(std::move(path))
{ }

std::optional<ApiUsageReport> ApiCallLedgerFile::load(ApiCallLedger& ledger, const QDateTime& notBefore) const
{
    if (m_path.isEmpty()) {
        return std::nullopt;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt; // nothing counted yet
    }
    const qint64 oldest = notBefore.toMSecsSinceEpoch();
    std::optional<ApiUsageReport> last;
    qsizetype kept = 0;
    qsizetype dropped = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith("R ")) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 4) {
                ApiUsageReport report;
                report.at = QDateTime::fromMSecsSinceEpoch(parts.at(1).toLongLong(), Qt::UTC);
                const qint64 limit = parts.at(2).toLongLong();
                report.dailyLimit = limit >= 0 ? std::optional<qint64>(limit) : std::nullopt;
                report.usedByAll = parts.at(3).toLongLong();
                last = report;
            }
            continue;
        }
        // "<ms>" (a file written before calls had purposes) or "<ms> <purpose>".
        const qsizetype space = line.indexOf(' ');
        const QByteArray purpose = space > 0 ? line.mid(space + 1) : QByteArray();
        bool number = false;
        const qint64 at = (space > 0 ? line.left(space) : line).toLongLong(&number);
        if (!number) {
            continue; // a line cut short by a crash: one call less is all it can cost
        }
        if (at < oldest) {
            ++dropped;
            continue;
        }
        ledger.record(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC), QString::fromUtf8(purpose));
        ++kept;
    }
    file.close();
    if (dropped > 1000 && dropped > kept) {
        // Rewritten whole (QSaveFile: a crash leaves the old file), so that it never grows past a day or two.
        QSaveFile rewrite(m_path);
        if (rewrite.open(QIODevice::WriteOnly)) {
            for (qsizetype i = 0; i < ledger.calls().size(); ++i) {
                const QString purpose = ledger.purposeAt(i);
                rewrite.write(QByteArray::number(ledger.calls().at(i).toMSecsSinceEpoch())
                    + (purpose.isEmpty() ? QByteArray() : ' ' + purpose.toUtf8()) + '\n');
            }
            if (last) {
                rewrite.write(reportLine(*last) + '\n');
            }
            if (!rewrite.commit()) {
                qCWarning(lcLedger) << "could not rewrite" << m_path << rewrite.errorString();
            }
        }
    }
    return last;
}

void ApiCallLedgerFile::appendCall(const QDateTime& at, const QString& purpose) const
{
    // A purpose is a key ("tasks", "people-initial"): no spaces or line breaks to confuse the reader.
    const QByteArray tag = purpose.toUtf8().simplified().replace(' ', '-');
    appendLine(QByteArray::number(at.toMSecsSinceEpoch()) + (tag.isEmpty() ? QByteArray() : ' ' + tag));
}

void ApiCallLedgerFile::appendReport(const ApiUsageReport& report) const
{
    appendLine(reportLine(report));
}

void ApiCallLedgerFile::appendLine(const QByteArray& line) const
{
    if (m_path.isEmpty()) {
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line + '\n') < 0) {
        // The call still goes out: an unwritable count only means a restart would forget it.
        qCWarning(lcLedger) << "could not write" << m_path << file.errorString();
    }
}

} // namespace sia
