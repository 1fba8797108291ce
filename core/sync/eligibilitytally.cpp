#include "sync/eligibilitytally.h"

#include "sync/eligibilityrule.h"

#include <algorithm>

namespace sia {

namespace {

constexpr size_t initialSlots = 1024;

// The email as duplicates compare it: trimmed and with ASCII letters folded (the store's email collation
// ignores case the same way), hashed with FNV-1a and a final mix so that the table's low bits spread.
quint64 emailHash(const QByteArray& email)
{
    qsizetype from = 0;
    qsizetype to = email.size();
    while (from < to && (email.at(from) == ' ' || email.at(from) == '\t')) {
        ++from;
    }
    while (to > from && (email.at(to - 1) == ' ' || email.at(to - 1) == '\t')) {
        --to;
    }
    quint64 h = 0xcbf29ce484222325ULL;
    for (qsizetype i = from; i < to; ++i) {
        char c = email.at(i);
        if (c >= 'A' && c <= 'Z') {
            c = char(c - 'A' + 'a');
        }
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h == 0 ? 1 : h;
}

} // namespace

void EligibilityTally::add(const PersonRecord& record)
{
    ++m_scanned;
    const EligibilityVerdict verdict = EligibilityRule::check(record);
    if (!verdict.eligible) {
        ++m_excluded[verdict.reasonCode];
        return;
    }
    ++m_eligible;
    for (const QString& warning : verdict.warningCodes) {
        ++m_warnings[warning];
    }
    if (!record.email.trimmed().isEmpty()) {
        noteEmail(record);
    }
}

EligibilityTally::Slot& EligibilityTally::slotFor(quint64 hash)
{
    const size_t mask = m_slots.size() - 1;
    size_t at = size_t(hash) & mask;
    while (m_slots[at].hash != 0 && m_slots[at].hash != hash) {
        at = (at + 1) & mask;
    }
    return m_slots[at];
}

void EligibilityTally::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? initialSlots : old.size() * 2, Slot());
    for (const Slot& slot : old) {
        if (slot.hash != 0) {
            slotFor(slot.hash) = slot;
        }
    }
}

void EligibilityTally::noteEmail(const PersonRecord& record)
{
    if (m_slots.empty() || size_t(m_used + 1) * 4 > m_slots.size() * 3) {
        grow();
    }
    const quint64 hash = emailHash(record.email);
    Slot& slot = slotFor(hash);
    if (slot.hash == 0) {
        slot = Slot { hash, record.marketoId };
        ++m_used;
        return;
    }
    auto shared = m_shared.find(hash);
    if (shared == m_shared.end()) {
        shared = m_shared.insert(hash, Shared { record.email.trimmed(), 1, { slot.firstId } });
    }
    ++shared->count;
    if (shared->ids.size() < exampleIds) {
        shared->ids.append(record.marketoId);
    }
}

EligibilityReport EligibilityTally::report() const
{
    EligibilityReport report;
    report.scanned = m_scanned;
    report.eligible = m_eligible;
    for (auto it = m_excluded.cbegin(); it != m_excluded.cend(); ++it) {
        report.excluded.append({ it.key(), EligibilityRule::text(it.key()), it.value() });
    }
    for (auto it = m_warnings.cbegin(); it != m_warnings.cend(); ++it) {
        report.warnings.append({ it.key(), EligibilityRule::text(it.key()), it.value() });
    }
    const auto byCount = [](const ReasonCount& a, const ReasonCount& b) {
        return a.count > b.count;
    };
    std::stable_sort(report.excluded.begin(), report.excluded.end(), byCount);
    std::stable_sort(report.warnings.begin(), report.warnings.end(), byCount);

    report.duplicateEmails = m_shared.size();
    QList<const Shared*> shared;
    shared.reserve(m_shared.size());
    for (const Shared& entry : m_shared) {
        report.peopleWithDuplicateEmail += entry.count;
        shared.append(&entry);
    }
    // The most frequent first; among equals, by email, so that the same data gives the same examples.
    const qsizetype shown = qMin<qsizetype>(exampleEmails, shared.size());
    std::partial_sort(
        shared.begin(), shared.begin() + shown, shared.end(), [](const Shared* a, const Shared* b) {
            return a->count != b->count ? a->count > b->count : a->email.toLower() < b->email.toLower();
        });
    for (qsizetype i = 0; i < shown; ++i) {
        report.duplicateExamples.append(
            { QString::fromUtf8(shared.at(i)->email), shared.at(i)->count, shared.at(i)->ids });
    }
    report.wouldDo = m_wouldDo;
    return report;
}

qint64 EligibilityTally::memoryBytes() const
{
    qint64 bytes = qint64(m_slots.capacity() * sizeof(Slot));
    // A QHash node holds the key, the value and a little bookkeeping; the texts and lists their bytes.
    for (const Shared& entry : m_shared) {
        bytes += qint64(sizeof(quint64) + sizeof(Shared) + 16) + entry.email.capacity()
            + entry.ids.capacity() * qint64(sizeof(qint64));
    }
    return bytes;
}

} // namespace sia
