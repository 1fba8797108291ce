#include "testtlsfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace sia::test {

namespace {

// Runs openssl with arguments; an empty string when it succeeded, else what it said.
QString runOpenssl(const QStringList& arguments, const QString& folder)
{
    QProcess openssl;
    openssl.setWorkingDirectory(folder);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted(5000)) {
        return QStringLiteral("openssl cannot be started (%1): install the openssl package")
            .arg(openssl.errorString());
    }
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(20000)) {
        openssl.kill();
        openssl.waitForFinished(2000);
        return QStringLiteral("openssl %1 did not finish").arg(arguments.value(0));
    }
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.join(u' '), QString::fromLocal8Bit(openssl.readAll()));
    }
    return {};
}

} // namespace

TestTlsFiles TestTlsFiles::make(const QString& folder, const QString& name)
{
    TestTlsFiles files;
    const QDir dir(folder);
    const QString caKey = dir.filePath(name + QStringLiteral("-ca.key"));
    files.caCertificate = dir.filePath(name + QStringLiteral("-ca.pem"));
    files.serverKey = dir.filePath(name + QStringLiteral("-server.key"));
    files.serverCertificate = dir.filePath(name + QStringLiteral("-server.pem"));
    const QString request = dir.filePath(name + QStringLiteral("-server.csr"));
    const QString extensions = dir.filePath(name + QStringLiteral("-server.ext"));

    QFile extensionFile(extensions);
    if (!extensionFile.open(QIODevice::WriteOnly)) {
        files.problem = QStringLiteral("cannot write %1").arg(extensions);
        return files;
    }
    extensionFile.write("basicConstraints=critical,CA:FALSE\n"
                        "keyUsage=critical,digitalSignature\n"
                        "extendedKeyUsage=serverAuth\n"
                        "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    extensionFile.close();

    const QString curve = QStringLiteral("ec_paramgen_curve:prime256v1");
    const QList<QStringList> steps {
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), curve, QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKey,
            QStringLiteral("-out"), files.caCertificate, QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), QStringLiteral("/O=SIA Admin tests/CN=%1 test CA").arg(name),
            QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
            QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") },
        { QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), curve, QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            files.serverKey, QStringLiteral("-out"), request, QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1") },
        { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
            QStringLiteral("-CA"), files.caCertificate, QStringLiteral("-CAkey"), caKey,
            QStringLiteral("-set_serial"), QStringLiteral("1"), QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-extfile"), extensions, QStringLiteral("-out"), files.serverCertificate },
    };
    for (const QStringList& step : steps) {
        files.problem = runOpenssl(step, folder);
        if (!files.problem.isEmpty()) {
            return files;
        }
    }
    return files;
}

} // namespace sia::test
