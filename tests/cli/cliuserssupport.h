// What the step-5 command-line tests share: a data directory with an Actions instance (its first admin
// invited, as step 1 leaves it), the outbox in a folder of the test's own, and reading the .eml files.
#pragma once

#include "sialauncher.h"
#include "storetesthelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class CliUsersFixture
{
public:
    // A fresh data directory with the instance "Acme" and its original user ada@acme.example; invitations
    // go to the default outbox, outbox() beside the database.
    bool setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            return false;
        }
        m_sia = std::make_unique<SiaLauncher>(m_dir->path());
        m_sia->setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
        // On PostgreSQL (SIA_TEST_BACKEND=postgres, tests/with-postgres.sh) the run's database is a fresh one
        // on the server; on SQLite the data directory's file.
        m_sia->setEnvironment(QStringLiteral("SIA_DATABASE_URL"), QString());
        if (sia::test::testBackend() == sia::test::TestBackend::Postgres) {
            m_database = std::make_unique<sia::test::TestDatabase>();
            if (!m_database->isValid()) {
                qWarning("%s", m_database->problem().constData());
                return false;
            }
            // --data-dir would choose the directory's file: the directory comes from SIA_DATA_DIR instead.
            m_sia = std::make_unique<SiaLauncher>();
            m_sia->setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
            m_sia->setEnvironment(QStringLiteral("SIA_DATA_DIR"), m_dir->path());
            m_sia->setEnvironment(QStringLiteral("SIA_DATABASE_URL"), m_database->url());
        }
        const SiaRun instance = run({ QStringLiteral("invite-admin"), QStringLiteral("--instance"),
            QStringLiteral("Acme"), QStringLiteral("ada@acme.example") });
        if (instance.exitCode != 0) {
            qWarning("%s", qPrintable(instance.err));
            return false;
        }
        if (m_database && QFile::exists(database())) {
            qWarning("the run used a database file, not the PostgreSQL database");
            return false;
        }
        return true;
    }

    SiaRun run(const QStringList& arguments) const { return m_sia->run(arguments); }
    SiaLauncher& launcher() { return *m_sia; }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString outbox() const { return m_dir->filePath(QStringLiteral("outbox")); }
    QString database() const { return m_dir->filePath(QStringLiteral("actions.sqlite")); }

    QStringList emlFiles() const
    {
        return QDir(outbox()).entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
    }

    // The .eml files whose To: header names address.
    QStringList emlFilesTo(const QString& address) const
    {
        QStringList found;
        for (const QString& name : emlFiles()) {
            QFile file(QDir(outbox()).filePath(name));
            if (file.open(QIODevice::ReadOnly) && headers(file.readAll()).contains(address.toUtf8())) {
                found << name;
            }
        }
        return found;
    }

    // The header block of a MIME message (up to the first empty line), unfolded.
    static QByteArray headers(const QByteArray& message)
    {
        const qsizetype end = message.indexOf("\r\n\r\n");
        QByteArray block = end < 0 ? QByteArray() : message.left(end);
        return block.replace("\r\n ", " ").replace("\r\n\t", " ");
    }

    QJsonObject user(const QString& email) const
    {
        const QJsonArray users
            = run({ QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json") })
                  .json()
                  .object()
                  .value(QStringLiteral("users"))
                  .toArray();
        for (const QJsonValue& user : users) {
            if (user[QStringLiteral("email")].toString() == email) {
                return user.toObject();
            }
        }
        return {};
    }

    bool writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private:
    std::unique_ptr<sia::test::TestDatabase> m_database;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SiaLauncher> m_sia;
};
