// What a kind of sync error (sync_errors.code) means for the admin and what to do about it, for the sync
// health page and `sia-admin health`: one table, so the window and the command line say the same. Codes
// come from our own syncs ("people.no-sales-owner"), from Salesforce ("salesforce.ENTITY_IS_DELETED", or
// the bare errorCode) and from Marketo ("marketo.1004", or the bare code); an unknown code falls back to a
// generic text that shows the vendor's own message.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace sia {

struct SyncErrorExplanation
{
    bool known = false; // false: the generic fallback
    QString title; // a few words naming the kind
    QString explanation; // what happened
    QString whatToDo; // what the admin can do about it
};

class SyncErrorExplanations
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncErrorExplanations)

public:
    // vendorMessage: one of the group's own messages, shown by the fallback.
    static SyncErrorExplanation explain(const QString& code, const QString& vendorMessage);

private:
    static QString bareCode(const QString& code); // without the "salesforce." / "marketo." prefix
};

} // namespace sia
