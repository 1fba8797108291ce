// Writes to Lead and Contact, which the sandbox allows for one field only: Email Opt Out
// (HasOptedOutOfEmail), through PATCH …/sobjects/{Lead|Contact}/{id} and sObject Collections. Checked the
// strict way: a JSON boolean only, no other field (INVALID_FIELD_FOR_INSERT_UPDATE) or unknown one
// (INVALID_FIELD), a living record the user may edit. A write that succeeds is an EmailOptOuts change at
// the clock's now (to the second), by the user, even when the value stays the same (as any DML update
// moves LastModifiedDate and SystemModstamp). The control API's opt-outs and opt-ins go through here too.
#pragma once

#include "sandbox/salesforce/salesforceerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sia::sandbox::salesforce {

class SalesforceOrg;

class EmailOptOutWrites
{
public:
    static inline const QString field = QStringLiteral("HasOptedOutOfEmail");

    explicit EmailOptOutWrites(SalesforceOrg& org)
        : m_org(org)
    { }

    // Whether the object's records are written here (Lead and Contact).
    static bool writes(QStringView objectName);

    // Updates the record id (15 or 18 characters) of objectName from body (an "attributes" member is
    // ignored): NOT_FOUND for no such living record of that object, ENTITY_IS_DELETED for a deleted one.
    SfResult<void> update(
        const QString& objectName, const QString& id, const QJsonObject& body, const QString& userId);

    // One lead or contact the control API changed.
    struct Changed
    {
        QString salesforceId;
        qint64 marketoId = 0;
    };
    // Sets Email Opt Out to optOut on count living people's leads and contacts that do not have that value
    // (chosen by draw, as a user drawn from the active ones does it in Salesforce's UI), at the clock's now.
    // Fewer come back when too few qualify.
    QList<Changed> mutate(qint64 count, bool optOut, quint64 draw);

private:
    QDateTime now() const; // the clock, to the second
    // The current value of the lead or contact id, or the error for a record that is not living.
    SfResult<bool> currentValue(const QString& objectName, const QString& id) const;

    SalesforceOrg& m_org;
};

} // namespace sia::sandbox::salesforce
