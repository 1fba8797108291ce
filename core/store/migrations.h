// The Actions database schema as an ordered list of migrations. Each runs in one transaction and is
// recorded in schema_migrations; a database whose newest recorded version is above latestVersion() was
// written by a newer SIA Admin and is refused rather than guessed at.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sia {

struct Migration
{
    int version = 0;
    QString name;
    QStringList statements; // written with SqlDialect tokens ({{pk}}, {{timestamp}}, ...)
};

class Migrations
{
public:
    static const QList<Migration>& all();
    static int latestVersion();
};

} // namespace sia
