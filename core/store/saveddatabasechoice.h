// This machine's saved choice of database: `sia-admin database use URL` writes the PostgreSQL URL (never a
// password) to the plain file `database.url` in the machine's data directory, beside actions.sqlite, and
// every later run without --database or SIA_DATABASE_URL opens that server's database. Kept outside the
// database, since it chooses the database.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace sia {

class SavedDatabaseChoice
{
    Q_DECLARE_TR_FUNCTIONS(sia::SavedDatabaseChoice)

public:
    // dataDir: the machine's data directory (DataLocation::resolve without --data-dir).
    explicit SavedDatabaseChoice(const QString& dataDir);

    QString filePath() const { return m_file; }

    // The saved URL as written; empty when nothing is saved. Fails when the file exists but cannot be
    // read, or holds something other than a database URL without a password.
    Result<QString> read() const;
    // Checks url (DatabaseLocation::parse) and saves it in normal form, replacing the file at once.
    Result<QString> save(const QString& url) const;
    // Removes the saved choice; true when there was one.
    Result<bool> forget() const;

private:
    QString m_file;
};

} // namespace sia
