// What the command-line tests of the people sync's runs share: sia-admin on the sandbox of each run with
// its bulk export delays off (its clock is real time under the command line), Marketo connected once.
#pragma once

#include "sialauncher.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class CliSyncRunFixture
{
public:
    explicit CliSyncRunFixture(int people)
        : m_people(people)
    { }

    bool isValid() const { return m_home.isValid(); }
    int people() const { return m_people; }

    SiaLauncher launcher() const
    {
        SiaLauncher sia;
        sia.setEnvironment(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        sia.setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
        return sia;
    }

    QStringList arguments(const QStringList& command) const
    {
        return QStringList { QStringLiteral("--sandbox"), QStringLiteral("--sandbox-option"),
            QStringLiteral("people=%1").arg(m_people), QStringLiteral("--sandbox-option"),
            QStringLiteral("export-seconds=0"), QStringLiteral("--sandbox-option"),
            QStringLiteral("export-seconds-per-1000=0") }
        + command;
    }

    SiaRun run(const QStringList& command) const { return launcher().run(arguments(command)); }

    QJsonObject status() const
    {
        return run({ QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json") })
            .json()
            .object();
    }

private:
    int m_people;
    QTemporaryDir m_home;
};
