#include "connections/apibudgetgate.h"

#include "common/enumkeys.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMetaObject>
#include <QStandardPaths>

#include <limits>

namespace sia {
namespace {

constexpr int notifyDelayMs = 200;

// Salesforce's rolling day is the oldest any budget looks at; Marketo's day began at most 25 hours ago.
QDateTime oldestDayStart(const QDateTime& now)
{
    return now.toUTC().addSecs(-25 * 60 * 60);
}

} // namespace

ApiBudgetGate::ApiBudgetGate(ConnectionService service, ApiCallLedgerFile file, Clock clock, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_file(std::move(file))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    m_report = m_file.load(m_ledger, oldestDayStart(now()));
    m_notify.setSingleShot(true);
    m_notify.setInterval(notifyDelayMs);
    connect(&m_notify, &QTimer::timeout, this, &ApiBudgetGate::changed);
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, &ApiBudgetGate::changed);
}

QString ApiBudgetGate::ledgerPathFor(ConnectionService service, const QString& instance)
{
    // A database file: the count lives beside it (a copied data folder keeps it, a test's stays in its
    // temporary folder). A server: in this machine's application data, one file per server and database.
    const QFileInfo file(instance);
    if (file.isAbsolute() && file.dir().exists()) {
        return file.dir().filePath(
            QStringLiteral("%1.api-calls-%2.log").arg(file.fileName(), toKey(service)));
    }
    const QByteArray id
        = QCryptographicHash::hash(instance.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("api-budget/%1-%2.log").arg(QString::fromLatin1(id), toKey(service)));
}

std::shared_ptr<ApiBudgetGate> ApiBudgetGate::forInstance(ConnectionService service, const QString& instance)
{
    static QMutex registryMutex;
    static QHash<QString, std::weak_ptr<ApiBudgetGate>> registry;
    const QString path = ledgerPathFor(service, instance);
    QMutexLocker lock(&registryMutex);
    if (std::shared_ptr<ApiBudgetGate> gate = registry.value(path).lock()) {
        return gate;
    }
    auto gate = std::make_shared<ApiBudgetGate>(service, ApiCallLedgerFile(path));
    registry.insert(path, gate);
    return gate;
}

void ApiBudgetGate::setCapPercent(int percent)
{
    {
        QMutexLocker lock(&m_mutex);
        m_capPercent = qBound(1, percent, 100);
    }
    notify();
}

int ApiBudgetGate::capPercent() const
{
    QMutexLocker lock(&m_mutex);
    return m_capPercent;
}

QDateTime ApiBudgetGate::now() const
{
    return m_clock().toUTC();
}

void ApiBudgetGate::setDailyLimit(qint64 dailyLimit)
{
    {
        QMutexLocker lock(&m_mutex);
        m_knownLimit = dailyLimit;
    }
    notify();
}

void ApiBudgetGate::serviceReported(std::optional<qint64> dailyLimit, qint64 usedByAll)
{
    ApiUsageReport report;
    {
        QMutexLocker lock(&m_mutex);
        report.at = now();
        report.dailyLimit = dailyLimit ? dailyLimit : (m_report ? m_report->dailyLimit : std::nullopt);
        report.usedByAll = usedByAll;
        m_report = report;
        m_admittedAtReport = m_admitted;
    }
    m_file.appendReport(report);
    notify();
}

ApiUsage ApiBudgetGate::usageAt(const QDateTime& now) const
{
    const QDateTime dayStart = ApiBudget::dayStart(m_service, now);
    ApiUsage usage;
    usage.usedByUs = m_ledger.countSince(dayStart);
    usage.oldestOwnCall = m_ledger.oldestSince(dayStart);
    usage.dailyLimit = m_report && m_report->dailyLimit ? m_report->dailyLimit : m_knownLimit;
    usage.usedByAll = usage.usedByUs;
    // A report of an earlier day says nothing of this one; one of this day misses our calls since.
    if (m_report && m_report->at >= dayStart) {
        const qint64 since = m_admittedAtReport ? m_admitted - *m_admittedAtReport
                                                : m_ledger.countSince(m_report->at.addMSecs(1)); // read back
        usage.usedByAll = qMax(usage.usedByAll, m_report->usedByAll + since);
    }
    return usage;
}

ApiUsage ApiBudgetGate::usage() const
{
    QMutexLocker lock(&m_mutex);
    return usageAt(now());
}

ApiBudgetDecision ApiBudgetGate::decision() const
{
    QMutexLocker lock(&m_mutex);
    const QDateTime at = now();
    return ApiBudget(m_service, m_capPercent).decide(usageAt(at), at);
}

qint64 ApiBudgetGate::usedByUsFor(const QString& purpose) const
{
    QMutexLocker lock(&m_mutex);
    return m_ledger.countSince(ApiBudget::dayStart(m_service, now()), purpose);
}

Result<void> ApiBudgetGate::admit(const QString& purpose)
{
    ApiBudgetDecision decision;
    QDateTime at;
    {
        QMutexLocker lock(&m_mutex);
        at = now();
        m_ledger.forgetBefore(oldestDayStart(at));
        decision = ApiBudget(m_service, m_capPercent).decide(usageAt(at), at);
        if (decision.allowed) {
            m_ledger.record(at, purpose);
            ++m_admitted;
        }
    }
    if (!decision.allowed) {
        scheduleResume(decision.resumesAt);
        return *decision.refusal;
    }
    m_file.appendCall(at, purpose);
    notify();
    return {};
}

ApiBudgetReport ApiBudgetGate::report() const
{
    QMutexLocker lock(&m_mutex);
    const QDateTime at = now();
    const ApiBudget budget(m_service, m_capPercent);
    const ApiUsage usage = usageAt(at);
    const ApiBudgetDecision decision = budget.decide(usage, at);
    ApiBudgetReport report;
    report.service = m_service;
    report.capPercent = m_capPercent;
    report.dailyLimit = usage.dailyLimit;
    report.usedByAll = usage.usedByAll;
    report.reportedAt
        = m_report && m_report->at >= ApiBudget::dayStart(m_service, at) ? m_report->at : QDateTime();
    report.usedByUs = usage.usedByUs;
    report.allowedToUs = usage.dailyLimit ? budget.allowedOf(*usage.dailyLimit) : -1;
    report.remaining = decision.remaining;
    report.stopped = !decision.allowed;
    report.resumesAt = decision.resumesAt;
    report.stopMessage = decision.refusal ? decision.refusal->message : QString();
    return report;
}

void ApiBudgetGate::notify()
{
    // From any thread: the timers live on the gate's.
    QMetaObject::invokeMethod(this, [this] {
        if (!m_notify.isActive()) {
            m_notify.start();
        }
    });
}

void ApiBudgetGate::scheduleResume(const QDateTime& resumesAt)
{
    const qint64 ms = qMax<qint64>(0, now().msecsTo(resumesAt)) + 1000;
    QMetaObject::invokeMethod(this, [this, ms] {
        // The card learns that the stop ended without anyone calling (a QTimer's range is an int).
        m_resume.start(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
    });
}

} // namespace sia
