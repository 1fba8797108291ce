#include "sialauncher.h"

#include "storetesthelpers.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

SiaLauncher::SiaLauncher(QString dataDir)
    : m_dataDir(std::move(dataDir))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(QStringLiteral("SIA_DATA_DIR"));
    m_environment.insert(QStringLiteral("SIA_ACTOR"), QStringLiteral("cli-test"));
    m_environment.insert(QStringLiteral("SIA_BUSY_TIMEOUT_MS"), QStringLiteral("300"));
}

SiaRun SiaLauncher::run(const QStringList& arguments) const
{
    QStringList all;
    if (!m_dataDir.isEmpty()) {
        all << QStringLiteral("--data-dir") << m_dataDir;
    }
    return runRaw(all + arguments);
}

std::unique_ptr<QProcess> SiaLauncher::start(const QStringList& arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_environment);
    QStringList all;
    if (!m_dataDir.isEmpty()) {
        all << QStringLiteral("--data-dir") << m_dataDir;
    }
    process->start(binary(), all + arguments);
    return process;
}

SiaRun SiaLauncher::runRaw(const QStringList& arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    if (m_unprivilegedProgram.isEmpty()) {
        process.start(binary(), arguments);
    } else {
        process.start(QStringLiteral("setpriv"),
            QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), m_unprivilegedProgram }
                + arguments);
    }
    return finish(process);
}

SiaRun SiaLauncher::finish(QProcess& process)
{
    SiaRun result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        QTest::qFail("sia-admin did not finish within a minute", __FILE__, __LINE__);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    // A crash or a sanitizer's report is a defect whatever the test then compares: its stderr is what
    // says why, so it goes to the log here rather than relying on each comparison to print it.
    if (process.exitStatus() != QProcess::NormalExit || result.err.contains(QStringLiteral("Sanitizer"))
        || result.err.contains(QStringLiteral("runtime error:"))) {
        qWarning().noquote() << "sia-admin" << process.arguments().join(u' ')
                             << (process.exitStatus() == QProcess::NormalExit ? "reported" : "crashed")
                             << "(exit" << process.exitCode() << "), its stderr:\n"
                             << result.err;
    }
    return result;
}

QByteArray SiaLauncher::fileHash(const QString& path)
{
    return sia::test::fileDigest(path);
}
