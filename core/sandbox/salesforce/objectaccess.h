// The object permissions of the org's users (every user of the sandbox's org shares them): Read on an
// object, Create and Edit on it. All granted at start; the control API (POST /sandbox/permissions) takes
// them away, so that a client's permission checks can be seen failing. What a user may not read is left out
// of the global describe, its describe answers NOT_FOUND and a query of it INVALID_TYPE, as Salesforce
// answers for an object the user cannot see; a create or edit the user may not make answers
// INSUFFICIENT_ACCESS_OR_READONLY.
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace sia::sandbox::salesforce {

class ObjectAccess
{
public:
    bool canRead(const QString& object) const { return !m_unreadable.contains(object); }
    bool canCreate(const QString& object) const { return canRead(object) && !m_noCreate.contains(object); }
    bool canEdit(const QString& object) const { return canRead(object) && !m_noEdit.contains(object); }

    // {"object": "Lead", "read": false, "create": false, "edit": false}: the permissions given change,
    // the others stay. An error text when the arguments are wrong.
    QString apply(const QJsonObject& arguments);
    void reset();
    QJsonObject toJson() const; // the permissions taken away: {"Lead": {"read": false, …}}

private:
    QSet<QString> m_unreadable;
    QSet<QString> m_noCreate;
    QSet<QString> m_noEdit;
};

} // namespace sia::sandbox::salesforce
