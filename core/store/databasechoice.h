// Which database a run works on, and why: one decision for the command line and the window alike.
//
//   --database URL  >  SIA_DATABASE_URL  >  the machine's saved choice  >  the data directory's file
//
// --review FILE|URL reviews exactly what it names, and --data-dir, --demo and --sandbox choose a data
// directory, so its file: neither looks at the environment or at the saved choice.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace sia {

enum class DatabaseSource
{
    Option, // --database URL
    Review, // --review FILE or --review URL
    Environment, // SIA_DATABASE_URL
    SavedChoice, // `sia-admin database use URL` (SavedDatabaseChoice)
    DataDirectoryOption, // the file of the data directory that --data-dir, --demo or --sandbox chose
    DefaultFile // the file of the machine's data directory: nothing else chose
};

// What chooseDatabase() decides from: the options and the environment as given, and the saved choice as
// read (a failure to read it matters only when it would be used).
struct DatabaseRequest
{
    QString databaseOption; // --database URL as given
    QString reviewTarget; // --review FILE|URL as given
    QString dataDirectoryOption; // "--data-dir", "--demo" or "--sandbox" when one was given
    QString environmentUrl; // SIA_DATABASE_URL
    Result<QString> savedUrl = QString(); // SavedDatabaseChoice::read(): empty when nothing is saved
    QString file; // the SQLite file the run opens when no server is chosen
};

struct DatabaseChoice
{
    Q_DECLARE_TR_FUNCTIONS(sia::DatabaseChoice)

public:
    DatabaseSource source = DatabaseSource::DefaultFile;
    QString url; // a PostgreSQL database, checked and in normal form (never a password); empty: the file
    QString file; // the SQLite file, when url is empty
    QString dataDirectoryOption; // for DataDirectoryOption: which option chose the directory

    bool isServer() const { return !url.isEmpty(); }

    // Pure: the same request gives the same choice. Fails for a malformed URL or one with a password
    // (database.invalid-url, whichever source gave it), for --database combined with another choice
    // (cli.usage), and for a saved choice that cannot be read or used (its own error).
    static Result<DatabaseChoice> choose(const DatabaseRequest& request);

    // One sentence for `sia-admin database show`: the database and why it is the one.
    QString explanation(const QString& savedChoiceFile) const;
};

} // namespace sia
