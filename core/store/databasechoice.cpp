#include "store/databasechoice.h"

#include "store/databaselocation.h"

#include <QDir>

namespace sia {

namespace {

Result<DatabaseChoice> onServer(DatabaseSource source, const QString& url)
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

DatabaseChoice onFile(DatabaseSource source, const QString& path)
{
    DatabaseChoice choice;
    choice.source = source;
    choice.file = path;
    return choice;
}

} // namespace

Result<DatabaseChoice> DatabaseChoice::choose(const DatabaseRequest& request)
{
    const bool reviewGiven = !request.reviewTarget.isEmpty();
    if (!request.databaseOption.isEmpty()) {
        if (reviewGiven || request.dataDirectoryOption == QLatin1String("--demo")
            || request.dataDirectoryOption == QLatin1String("--sandbox")) {
            return Error::input(QStringLiteral("cli.usage"),
                tr("--database cannot be combined with --demo, --sandbox or --review: each chooses the "
                   "database. To review a PostgreSQL database, use --review URL."));
        }
        return onServer(DatabaseSource::Option, request.databaseOption);
    }
    if (reviewGiven) {
        if (DatabaseLocation::isServerUrl(request.reviewTarget)) {
            return onServer(DatabaseSource::Review, request.reviewTarget);
        }
        return onFile(DatabaseSource::Review, request.file);
    }
    if (!request.dataDirectoryOption.isEmpty()) {
        DatabaseChoice choice = onFile(DatabaseSource::DataDirectoryOption, request.file);
        choice.dataDirectoryOption = request.dataDirectoryOption;
        return choice;
    }
    if (!request.environmentUrl.isEmpty()) {
        return onServer(DatabaseSource::Environment, request.environmentUrl);
    }
    if (!request.savedUrl) {
        return request.savedUrl.error();
    }
    if (!request.savedUrl->isEmpty()) {
        return onServer(DatabaseSource::SavedChoice, *request.savedUrl);
    }
    return onFile(DatabaseSource::DefaultFile, request.file);
}

QString DatabaseChoice::explanation(const QString& savedChoiceFile) const
{
    const QString path = QDir::toNativeSeparators(file);
    switch (source) {
    case DatabaseSource::Option:
        return tr("The PostgreSQL database %1, given with --database.").arg(url);
    case DatabaseSource::Review:
        return isServer() ? tr("The PostgreSQL database %1, reviewed read-only (--review).").arg(url)
                          : tr("The database file %1, reviewed read-only (--review).").arg(path);
    case DatabaseSource::Environment:
        return tr("The PostgreSQL database %1, from the environment variable SIA_DATABASE_URL.").arg(url);
    case DatabaseSource::SavedChoice:
        //: %2 is the file that holds the saved choice
        return tr("The PostgreSQL database %1, this machine's saved choice (in %2; change it with sia-admin "
                  "database use URL, or go back to the file with sia-admin database forget).")
            .arg(url, QDir::toNativeSeparators(savedChoiceFile));
    case DatabaseSource::DataDirectoryOption:
        //: %2 is the option: --data-dir, --demo or --sandbox
        return tr("The database file %1, in the data directory that %2 chose.")
            .arg(path, dataDirectoryOption);
    case DatabaseSource::DefaultFile:
        return tr("The database file %1, in this machine's data directory (no --database, SIA_DATABASE_URL "
                  "or saved choice names a PostgreSQL database).")
            .arg(path);
    }
    return {};
}

} // namespace sia
