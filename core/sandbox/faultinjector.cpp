#include "sandbox/faultinjector.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace sia::sandbox {
namespace {

Result<Fault> parseFault(const QString& text)
{
    Fault fault;
    fault.code = text;
    static const QRegularExpression http(QStringLiteral("^http([45]\\d\\d)$"));
    static const QRegularExpression slow(QStringLiteral("^slow(?::(\\d+))?$"));
    // Lower case with an underscore: an OAuth error ("invalid_grant"), which a one-word typo is not.
    static const QRegularExpression vendor(QStringLiteral("^(\\d{3,4}|[A-Z][A-Z_]+|[a-z]+(?:_[a-z]+)+)$"));
    if (const auto m = http.match(text); m.hasMatch()) {
        fault.kind = Fault::Kind::HttpStatus;
        fault.code = m.captured(1);
    } else if (const auto m = slow.match(text); m.hasMatch()) {
        fault.kind = Fault::Kind::Slow;
        fault.delayMs = m.captured(1).isEmpty() ? 3000 : m.captured(1).toInt();
    } else if (text == u"reset") {
        fault.kind = Fault::Kind::ResetMidBody;
    } else if (text == u"malformed") {
        fault.kind = Fault::Kind::MalformedBody;
    } else if (text == u"truncate") {
        fault.kind = Fault::Kind::TruncatedBody;
    } else if (text == u"html") {
        fault.kind = Fault::Kind::HtmlPage;
    } else if (vendor.match(text).hasMatch()) {
        fault.kind = Fault::Kind::VendorError;
    } else {
        return Error::input(QStringLiteral("sandbox.faults.kind"),
            QStringLiteral(
                "'%1' is not a fault: use http500, http503, slow[:ms], reset, malformed, truncate, "
                "html or a vendor code such as 606")
                .arg(text));
    }
    return fault;
}

Result<void> parseWhen(const QString& text, FaultRule* rule)
{
    static const QRegularExpression nth(QStringLiteral("^(\\d+)(?:(-)(\\d+)|(\\+))?$"));
    if (text.startsWith(u'~')) {
        bool ok = false;
        rule->probability = text.mid(1).toDouble(&ok);
        if (!ok || rule->probability <= 0.0 || rule->probability > 1.0) {
            return Error::input(QStringLiteral("sandbox.faults.probability"),
                QStringLiteral("'%1': a probability is ~P with 0 < P <= 1").arg(text));
        }
        return {};
    }
    const auto m = nth.match(text);
    if (!m.hasMatch() || m.captured(1).toLongLong() < 1) {
        return Error::input(QStringLiteral("sandbox.faults.when"),
            QStringLiteral("'%1': say which calls with N, N-M, N+ or ~P").arg(text));
    }
    rule->firstCall = m.captured(1).toLongLong();
    rule->lastCall = rule->firstCall;
    if (!m.captured(2).isEmpty()) {
        rule->lastCall = m.captured(3).toLongLong();
        if (rule->lastCall < rule->firstCall) {
            return Error::input(QStringLiteral("sandbox.faults.when"),
                QStringLiteral("'%1': the range ends before it starts").arg(text));
        }
    } else if (!m.captured(4).isEmpty()) {
        rule->lastCall = -1;
    }
    return {};
}

} // namespace

bool FaultRule::matchesEndpoint(const QString& endpoint) const
{
    if (endpointPattern == u"*") {
        return true;
    }
    if (endpointPattern.endsWith(u'*')) {
        return endpoint.startsWith(QStringView(endpointPattern).chopped(1));
    }
    return endpoint == endpointPattern;
}

QString FaultRule::toText() const
{
    QString text = endpointPattern + u'='
        + (fault.kind == Fault::Kind::HttpStatus ? QStringLiteral("http") + fault.code : fault.code);
    if (probability < 1.0) {
        text += QStringLiteral("@~") + QString::number(probability);
    } else if (firstCall != 1 || lastCall != -1) {
        text += u'@' + QString::number(firstCall);
        if (lastCall == -1) {
            text += u'+';
        } else if (lastCall != firstCall) {
            text += u'-' + QString::number(lastCall);
        }
    }
    return text;
}

Result<QList<FaultRule>> FaultInjector::parse(const QString& spec)
{
    QList<FaultRule> rules;
    for (const QString& part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString text = part.trimmed();
        const qsizetype equals = text.indexOf(u'=');
        if (equals <= 0) {
            return Error::input(QStringLiteral("sandbox.faults.rule"),
                QStringLiteral(
                    "'%1' is not a fault rule: write ENDPOINT=FAULT[@WHEN], e.g. marketo.leads=606@3")
                    .arg(text));
        }
        FaultRule rule;
        rule.endpointPattern = text.left(equals);
        QString faultText = text.mid(equals + 1);
        const qsizetype at = faultText.indexOf(u'@');
        if (at >= 0) {
            if (Result<void> when = parseWhen(faultText.mid(at + 1), &rule); !when) {
                return when.error();
            }
            faultText.truncate(at);
        }
        Result<Fault> fault = parseFault(faultText);
        if (!fault) {
            return fault.error();
        }
        rule.fault = *fault;
        rules.append(rule);
    }
    return rules;
}

Result<void> FaultInjector::configure(const QString& spec)
{
    Result<QList<FaultRule>> rules = parse(spec);
    if (!rules) {
        return rules.error();
    }
    m_rules = std::move(rules).value();
    return {};
}

void FaultInjector::setSeed(quint64 seed)
{
    m_random.seed(seed);
}

QList<Fault> FaultInjector::faultsFor(const QString& endpoint)
{
    QList<Fault> faults;
    for (FaultRule& rule : m_rules) {
        if (!rule.matchesEndpoint(endpoint)) {
            continue;
        }
        const qint64 call = ++rule.seen;
        bool fires = false;
        if (rule.probability < 1.0) {
            fires = std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < rule.probability;
        } else {
            fires = call >= rule.firstCall && (rule.lastCall == -1 || call <= rule.lastCall);
        }
        if (fires) {
            ++rule.fired;
            faults.append(rule.fault);
        }
    }
    return faults;
}

qint64 FaultInjector::firedCount() const
{
    qint64 total = 0;
    for (const FaultRule& rule : m_rules) {
        total += rule.fired;
    }
    return total;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray rules;
    for (const FaultRule& rule : m_rules) {
        rules.append(QJsonObject { { QStringLiteral("rule"), rule.toText() },
            { QStringLiteral("seen"), rule.seen }, { QStringLiteral("fired"), rule.fired } });
    }
    return rules;
}

} // namespace sia::sandbox
