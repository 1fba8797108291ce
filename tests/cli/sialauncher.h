// Runs the real sia-admin binary for the command-line tests and collects what it said.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

struct SiaRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

class SiaLauncher
{
public:
    explicit SiaLauncher(QString dataDir = {});

    // Runs sia-admin with --data-dir (when set) followed by arguments.
    SiaRun run(const QStringList& arguments) const;
    // Runs with exactly these arguments, no --data-dir added.
    SiaRun runRaw(const QStringList& arguments) const;
    // Starts sia-admin with --data-dir (when set) followed by arguments, and returns at once.
    std::unique_ptr<QProcess> start(const QStringList& arguments) const;
    // Waits up to a minute for a started process and collects what it said; a crash or a sanitizer's
    // report is logged with its stderr. exitCode is -1 when it crashed.
    static SiaRun finish(QProcess& process);

    void setEnvironment(const QString& name, const QString& value) { m_environment.insert(name, value); }
    // Runs the binary as an unprivileged user (used when the tests run as root, for which no file is
    // read-only); program is a copy of the binary that such a user can execute.
    void runAsUnprivileged(const QString& program) { m_unprivilegedProgram = program; }

    static QString binary() { return QStringLiteral(SIA_ADMIN_BINARY); }
    static QByteArray fileHash(const QString& path);

private:
    QString m_dataDir;
    QProcessEnvironment m_environment;
    QString m_unprivilegedProgram;
};
