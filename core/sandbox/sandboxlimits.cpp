#include "sandbox/sandboxlimits.h"

#include <QRegularExpression>

namespace sia::sandbox {
namespace {

Error badValue(const QString& pair)
{
    return Error::input(QStringLiteral("sandbox.limits.value"),
        QStringLiteral("'%1' in --rate-limit needs a positive number").arg(pair));
}

} // namespace

Result<SandboxLimits> SandboxLimits::parse(const QString& spec)
{
    SandboxLimits limits;
    for (const QString& part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString pair = part.trimmed();
        const QString key = pair.section(u'=', 0, 0);
        const QString value = pair.section(u'=', 1);
        if (key == u"calls") {
            static const QRegularExpression window(QStringLiteral("^(\\d+)/(\\d+)s$"));
            const auto m = window.match(value);
            if (!m.hasMatch() || m.captured(1).toInt() < 1 || m.captured(2).toInt() < 1) {
                return Error::input(QStringLiteral("sandbox.limits.calls"),
                    QStringLiteral("'%1' in --rate-limit: write calls=N/Ss, e.g. calls=100/20s").arg(pair));
            }
            limits.marketoCallsPerWindow = m.captured(1).toInt();
            limits.marketoWindowSeconds = m.captured(2).toInt();
            continue;
        }
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok || number < 1) {
            return badValue(pair);
        }
        if (key == u"concurrent") {
            limits.marketoConcurrent = int(number);
        } else if (key == u"daily") {
            limits.marketoDailyCalls = number;
        } else if (key == u"batch") {
            limits.marketoBatchSize = int(number);
        } else if (key == u"exportMB") {
            limits.marketoExportDailyBytes = number * 1024 * 1024;
        } else if (key == u"exportProcessing") {
            limits.marketoExportProcessing = int(number);
        } else if (key == u"exportQueued") {
            limits.marketoExportQueued = int(number);
        } else if (key == u"sfDaily") {
            limits.salesforceDailyRequests = number;
        } else {
            return Error::input(QStringLiteral("sandbox.limits.key"),
                QStringLiteral("'%1' is not a limit: use calls, concurrent, daily, batch, exportMB, "
                               "exportProcessing, exportQueued or sfDaily")
                    .arg(key));
        }
    }
    return limits;
}

} // namespace sia::sandbox
