// Test helpers for the Actions database: open a real SQLite store, fingerprint a file to prove it was
// left untouched, and read single values or table sizes without repeating the error handling.
#pragma once

#include "common/result.h"
#include "store/store.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace sia::test {

// For QVERIFY2: what a failed result says ("ok" for a successful one).
template<typename T> QByteArray failureText(const Result<T>& result)
{
    return result.ok() ? QByteArray("ok")
                       : (result.error().code + QLatin1String(": ") + result.error().message).toUtf8();
}

// A writable store at the latest schema (or at targetVersion), with a short busy timeout.
Result<std::unique_ptr<Store>> openStore(const QString& path, int targetVersion = 0);
Result<std::unique_ptr<Store>> openForReview(const QString& path);

// SHA-256 of the file's bytes; empty when the file does not exist.
QByteArray fileDigest(const QString& path);

// The -wal, -shm and -journal files that exist beside a database file.
QStringList sidecarFiles(const QString& databasePath);

// The first column of the first row of sql, or an invalid QVariant when the query fails.
QVariant scalar(const Store& store, const QString& sql);
int rowCount(const Store& store, const QString& table);

} // namespace sia::test
