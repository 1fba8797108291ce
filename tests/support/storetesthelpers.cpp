#include "storetesthelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

namespace sia::test {

namespace {
constexpr int testBusyTimeoutMs = 1000;
}

Result<std::unique_ptr<Store>> openStore(const QString& path, int targetVersion)
{
    StoreOptions options;
    options.databasePath = path;
    options.busyTimeoutMs = testBusyTimeoutMs;
    options.targetSchemaVersion = targetVersion;
    return Store::open(options);
}

Result<std::unique_ptr<Store>> openForReview(const QString& path)
{
    StoreOptions options;
    options.databasePath = path;
    options.busyTimeoutMs = testBusyTimeoutMs;
    options.readOnly = true;
    return Store::open(options);
}

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList sidecarFiles(const QString& databasePath)
{
    QStringList found;
    for (const char* suffix : { "-wal", "-shm", "-journal" }) {
        const QString sidecar = databasePath + QLatin1String(suffix);
        if (QFile::exists(sidecar)) {
            found << sidecar;
        }
    }
    return found;
}

QVariant scalar(const Store& store, const QString& sql)
{
    Result<QSqlQuery> query = store.exec(sql);
    if (!query || !query->next()) {
        return {};
    }
    return query->value(0);
}

int rowCount(const Store& store, const QString& table)
{
    const QVariant count = scalar(store, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return count.isValid() ? count.toInt() : -1;
}

} // namespace sia::test
