// Faults per endpoint name, scripted ("the 3rd call of marketo.leads answers 606") or random with a
// seed ("5 % of all calls answer HTTP 503"). The server asks it once per call; the control API and
// --faults configure it with the same text:
//
//   SPEC := RULE ("," RULE)*        RULE := ENDPOINT "=" FAULT ["@" WHEN]
//   ENDPOINT := "marketo.leads" | "marketo.*" | "*"
//   FAULT := "http500" | "http503" | "slow[:MS]" | "reset" | "malformed" | "truncate" | a vendor code
//            (Marketo "413" "502" "601"…"615" "713" "1029" "FAILED"; Salesforce "401" "REQUEST_LIMIT_EXCEEDED"),
//            each module saying which it answers (SandboxApi::faultCodes)
//   WHEN := N (the Nth matching call) | N-M | N+ (from the Nth on) | "~P" (each call with probability P,
//           0 < P <= 1, drawn from the seed); no WHEN: every call.
#pragma once

#include "common/result.h"
#include "sandbox/fault.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <random>

namespace sia::sandbox {

struct FaultRule
{
    QString endpointPattern;
    Fault fault;
    qint64 firstCall = 1; // 1-based, inclusive
    qint64 lastCall = -1; // inclusive; -1 = no end
    double probability = 1.0; // < 1: random, seeded
    qint64 seen = 0; // matching calls so far
    qint64 fired = 0;

    bool matchesEndpoint(const QString& endpoint) const;
    QString toText() const;
};

class FaultInjector
{
public:
    static Result<QList<FaultRule>> parse(const QString& spec);

    Result<void> configure(const QString& spec); // replaces every rule; an empty spec clears them
    void setRules(QList<FaultRule> rules) { m_rules = std::move(rules); }
    void setSeed(quint64 seed);
    void clear() { m_rules.clear(); }

    // Counts one call of endpoint and returns the faults that fire for it, in rule order (often none).
    QList<Fault> faultsFor(const QString& endpoint);

    const QList<FaultRule>& rules() const { return m_rules; }
    qint64 firedCount() const;
    QJsonArray toJson() const; // [{"rule": "marketo.leads=606@3", "seen": 4, "fired": 1}, …]

private:
    QList<FaultRule> m_rules;
    std::mt19937_64 m_random { 0 };
};

} // namespace sia::sandbox
