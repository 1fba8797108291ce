#include "store/saveddatabasechoice.h"

#include "store/databaselocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sia {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

SavedDatabaseChoice::SavedDatabaseChoice(const QString& dataDir)
    : m_file(QDir(dataDir).filePath(QStringLiteral("database.url")))
{ }

Result<QString> SavedDatabaseChoice::read() const
{
    QFile file(m_file);
    if (!file.exists()) {
        return QString();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::environment(QStringLiteral("database.saved-choice-unreadable"),
            tr("The saved choice of database in %1 cannot be read (%2). Check the file's permissions, or "
               "remove it with sia-admin database forget.")
                .arg(native(m_file), file.errorString()));
    }
    const QString url = QString::fromUtf8(file.readAll()).trimmed();
    if (Result<DatabaseLocation> location = DatabaseLocation::parse(url); !location) {
        // The URL is not repeated: it might hold a password someone wrote into the file by hand.
        return Error::environment(QStringLiteral("database.saved-choice-invalid"),
            tr("The saved choice of database in %1 is not a PostgreSQL URL without a password. Save it again "
               "with sia-admin database use URL, or remove it with sia-admin database forget.")
                .arg(native(m_file)));
    }
    return url;
}

Result<QString> SavedDatabaseChoice::save(const QString& url) const
{
    Result<DatabaseLocation> location = DatabaseLocation::parse(url);
    if (!location) {
        return location.error();
    }
    auto failed = [&](const QString& reason) {
        return Error::environment(QStringLiteral("database.saved-choice-unwritable"),
            tr("The choice of database cannot be saved in %1 (%2). Check that the data directory is "
               "writable, or give --database URL (or SIA_DATABASE_URL) on every run instead.")
                .arg(native(m_file), reason));
    };
    if (!QDir().mkpath(QFileInfo(m_file).absolutePath())) {
        return Error::environment(QStringLiteral("database.saved-choice-unwritable"),
            tr("The choice of database cannot be saved: the data directory %1 cannot be created. Check its "
               "parent's permissions, or give --database URL (or SIA_DATABASE_URL) on every run instead.")
                .arg(native(QFileInfo(m_file).absolutePath())));
    }
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(file.errorString());
    }
    file.write(location->url().toUtf8() + '\n');
    if (!file.commit()) {
        return failed(file.errorString());
    }
    return location->url();
}

Result<bool> SavedDatabaseChoice::forget() const
{
    QFile file(m_file);
    if (!file.exists()) {
        return false;
    }
    if (!file.remove()) {
        return Error::environment(QStringLiteral("database.saved-choice-unwritable"),
            tr("The saved choice of database in %1 cannot be removed (%2). Check the data directory's "
               "permissions.")
                .arg(native(m_file), file.errorString()));
    }
    return true;
}

} // namespace sia
