#include "store/datalocation.h"

#include "common/environment.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sia {

QString DataLocation::resolve(const QString& commandLineDir)
{
    if (!commandLineDir.isEmpty()) {
        return QDir(commandLineDir).absolutePath();
    }
    const QString fromEnvironment = Environment::dataDir();
    if (!fromEnvironment.isEmpty()) {
        return QDir(fromEnvironment).absolutePath();
    }
    return platformDefault();
}

QString DataLocation::platformDefault()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataLocation::databaseFile(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("actions.sqlite"));
}

QString DataLocation::uiStateFile(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("ui-state.ini"));
}

QString DataLocation::outboxFolder(const StoreOptions& options)
{
    const QString name = QStringLiteral("outbox");
    if (options.databaseUrl.isEmpty() && !options.databasePath.isEmpty()) {
        return QFileInfo(options.databasePath).absoluteDir().absoluteFilePath(name);
    }
    // A server's database has no folder on this computer: the data directory's (SIA_DATA_DIR, else the
    // platform's app-data folder), never the folder the command or the window happened to start in.
    return QDir(resolve(QString())).absoluteFilePath(name);
}

} // namespace sia
