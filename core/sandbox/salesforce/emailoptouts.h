// The Email Opt Out (HasOptedOutOfEmail) changes made in the org after start: by API writes to a Lead or
// Contact, or by the control API acting as a user in Salesforce's UI. Only the changed records are kept
// (memory stays flat); every other lead and contact answers its generated value. OrgRecords applies a
// change when it builds the record's row; a reset forgets them all.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace sia::sandbox::salesforce {

struct EmailOptOutChange
{
    bool optedOut = false;
    QDateTime at; // LastModifiedDate and SystemModstamp, when later than the record's own
    QString byUserId; // LastModifiedById then
};

class EmailOptOuts
{
public:
    using Snapshot = QHash<QString, EmailOptOutChange>;

    // The latest change of the record with this 18-character Id; nullptr when it has none.
    const EmailOptOutChange* find(const QString& id) const;
    void set(const QString& id, EmailOptOutChange change) { m_changes.insert(id, std::move(change)); }
    qsizetype size() const { return m_changes.size(); }

    // sObject Collections with allOrNone roll back through these.
    Snapshot snapshot() const { return m_changes; }
    void restore(Snapshot snapshot) { m_changes = std::move(snapshot); }
    void clear() { m_changes.clear(); }

private:
    Snapshot m_changes; // Id → its latest change
};

} // namespace sia::sandbox::salesforce
