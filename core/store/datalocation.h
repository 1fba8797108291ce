// Where an instance's data lives: a data directory holding the Actions database and the UI state.
// Chosen by --data-dir, else the SIA_DATA_DIR environment variable, else the platform's app-data folder.
#pragma once

#include <QString>

namespace sia {

struct StoreOptions;

class DataLocation
{
public:
    static constexpr const char* environmentVariable = "SIA_DATA_DIR";

    static QString resolve(const QString& commandLineDir);
    static QString platformDefault();
    static QString databaseFile(const QString& dataDir);
    static QString uiStateFile(const QString& dataDir);
    // Where the invitations' .eml files go when no folder is set (mail.outbox-folder): "outbox" beside the
    // database file; a PostgreSQL database has no folder on this computer, so then in the data directory.
    static QString outboxFolder(const StoreOptions& options);
};

} // namespace sia
