#include "store/databasechoice.h"

#include "store/databaselocation.h"

#include <QDir>

namespace sia {

namespace {

Result<DatabaseChoice> server(DatabaseSource source, const QString& url)
{
    Result<DatabaseLocation> location = DatabaseLocation::parse(url);
    if (!location) {
        return location.error();
    }
    DatabaseChoice choice;
    choice.source = source;
    choice.url = location->url();
    return choice;
}

DatabaseChoice file(DatabaseSource source, const QString& path)
{
    DatabaseChoice choice;
    choice.source = source;
    choice.file = path;
    return choice;
}

} // namespace

Result<DatabaseChoice> DatabaseChoosing::choose(const DatabaseRequest& request)
{
    const bool reviewGiven = !request.reviewTarget.isEmpty();
    if (!request.databaseOption.isEmpty()) {
        if (reviewGiven || request.dataDirectoryOption == QLatin1String("--demo")
            || request.dataDirectoryOption == QLatin1String("--sandbox")) {
            return Error::input(QStringLiteral("cli.usage"),
                tr("--database cannot be combined with --demo, --sandbox or --review: each chooses the "
                   "database. To review a PostgreSQL database, use --review URL."));
        }
        return server(DatabaseSource::Option, request.databaseOption);
    }
    if (reviewGiven) {
        if (DatabaseLocation::isServerUrl(request.reviewTarget)) {
            return server(DatabaseSource::Review, request.reviewTarget);
        }
        return file(DatabaseSource::Review, request.file);
    }
    if (!request.dataDirectoryOption.isEmpty()) {
        DatabaseChoice choice = file(DatabaseSource::DataDirectoryOption, request.file);
        choice.dataDirectoryOption = request.dataDirectoryOption;
        return choice;
    }
    if (!request.environmentUrl.isEmpty()) {
        return server(DatabaseSource::Environment, request.environmentUrl);
    }
    if (!request.savedUrl) {
        return request.savedUrl.error();
    }
    if (!request.savedUrl->isEmpty()) {
        return server(DatabaseSource::SavedChoice, *request.savedUrl);
    }
    return file(DatabaseSource::DefaultFile, request.file);
}

QString DatabaseChoosing::explain(const DatabaseChoice& choice, const QString& savedChoiceFile)
{
    const QString file = QDir::toNativeSeparators(choice.file);
    switch (choice.source) {
    case DatabaseSource::Option:
        return tr("The PostgreSQL database %1, given with --database.").arg(choice.url);
    case DatabaseSource::Review:
        return choice.isServer()
            ? tr("The PostgreSQL database %1, reviewed read-only (--review).").arg(choice.url)
            : tr("The database file %1, reviewed read-only (--review).").arg(file);
    case DatabaseSource::Environment:
        return tr("The PostgreSQL database %1, from the environment variable SIA_DATABASE_URL.")
            .arg(choice.url);
    case DatabaseSource::SavedChoice:
        //: %2 is the file that holds the saved choice
        return tr("The PostgreSQL database %1, this machine's saved choice (in %2; change it with sia-admin "
                  "database use URL, or go back to the file with sia-admin database forget).")
            .arg(choice.url, QDir::toNativeSeparators(savedChoiceFile));
    case DatabaseSource::DataDirectoryOption:
        //: %2 is the option: --data-dir, --demo or --sandbox
        return tr("The database file %1, in the data directory that %2 chose.")
            .arg(file, choice.dataDirectoryOption);
    case DatabaseSource::DefaultFile:
        return tr("The database file %1, in this machine's data directory (no --database, SIA_DATABASE_URL "
                  "or saved choice names a PostgreSQL database).")
            .arg(file);
    }
    return {};
}

} // namespace sia
