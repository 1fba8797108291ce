// Renders an audit entry in the reader's language from what it stores: its action key and arguments.
// The catalogue is the one list of the audit actions the product writes; an entry whose key it does not
// know (written by a newer version, say) is still shown, as its key and arguments, never dropped.
//
// Adding an audit action: write it with AuditLog::append(actor, "area.verb", {arguments}) in the same
// transaction as the change, and add its key, title and renderer to the table in auditcatalogue.cpp.
#pragma once

#include "store/auditlog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sia {

// An entry as the reader sees it, one text per column of the review's table.
struct AuditText
{
    QString action; // "Step done"
    QString subject; // "Step 3 · Connect Marketo"
    QString details; // "From In progress to Done."
};

class AuditCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(sia::AuditCatalogue)

public:
    static bool isKnown(const QString& actionKey);
    static QStringList knownActions();

    static AuditText render(const AuditEntry& entry);
    static QString actionTitle(const QString& actionKey); // the key itself when it is unknown

    // The keys whose title contains text (case-insensitively, in the reader's language), so that a filter
    // typed in that language finds the entries although the database holds only keys.
    static QStringList actionsMatching(const QString& text);

    // "from: not-started; to: in-progress": arguments as one line, for entries the catalogue cannot word.
    static QString argumentsText(const QJsonObject& arguments);

    // The entry as the command line's --json gives it: key and arguments, plus the rendered text.
    static QJsonObject toJson(const AuditEntry& entry);
};

} // namespace sia
