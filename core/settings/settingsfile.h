// `sia-admin settings export FILE` / `import FILE`: every stored setting (the instance's, and each user's
// by email) in a versioned JSON file that holds no secret (no setting does; a key that speaks of one is
// refused all the same). Reading a file gives the changes it would make and what it could not use
// (unknown keys, unknown users, a newer format), so that nothing is applied before the admin has seen it.
#pragma once

#include "common/result.h"
#include "settings/settingschange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

namespace sia {

class Store;

struct SettingsFileContents
{
    int version = 0;
    QString writtenBy; // the app version that wrote it
    QList<SettingsChange> changes; // the instance's first, then one per known user
    QStringList unknownKeys; // "instance: foo.bar", "bo@example.com: foo"
    QStringList unknownUsers;
    QStringList problems; // values that did not fit their key, each named
};

class SettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(sia::SettingsFile)

public:
    static constexpr int formatVersion = 1;
    static constexpr const char* format = "sia-admin-settings";

    static Result<QByteArray> write(Store& store);
    // A value of key as JSON, as the file (and `settings show --json`) hold it: a DateTime in UTC ISO 8601,
    // null when not set.
    static QJsonValue valueToJson(SettingKey key, const QVariant& value);
    // A malformed file is an input error (nothing changes); one of a newer version is refused with what
    // to do; unknown keys and users are reported, not fatal.
    static Result<SettingsFileContents> read(Store& store, const QByteArray& bytes);
};

} // namespace sia
