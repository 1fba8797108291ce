// What an admin confirmed by hand where the API could not tell: step 6's package, an item of step 7's
// checklist. Each confirmation keeps who and when (and a note); confirming and withdrawing are audited in
// the same transaction (confirmation.recorded, confirmation.withdrawn).
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace sia {

class Store;

struct HandConfirmation
{
    QString item; // a stable key: "package.installed", "checklist.email-to-salesforce", ...
    QString confirmedBy;
    QDateTime confirmedAt;
    QString note;
};

class HandConfirmationRepository
{
    Q_DECLARE_TR_FUNCTIONS(sia::HandConfirmationRepository)

public:
    explicit HandConfirmationRepository(Store& store)
        : m_store(store)
    { }

    Result<std::optional<HandConfirmation>> find(const QString& item) const;
    Result<QHash<QString, HandConfirmation>> all() const;
    // Confirming again replaces who, when and the note (the audit log keeps every confirmation).
    Result<HandConfirmation> confirm(const QString& item, const QString& actor, const QString& note = {});
    // NotFound when the item was not confirmed.
    Result<void> withdraw(const QString& item, const QString& actor);

private:
    Store& m_store;
};

} // namespace sia
