#include "network/extracafile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>

namespace sia {

Result<QList<QSslCertificate>> ExtraCaFile::load(const QString& path, const QDateTime& now)
{
    if (path.isEmpty()) {
        return QList<QSslCertificate>();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::input(QStringLiteral("network.extra-ca-unreadable"),
            tr("The certificate file %1 to trust cannot be read (%2). Choose the file again, or remove it "
               "from the network settings.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(bytes, QSsl::Pem);
    if (certificates.isEmpty()) {
        certificates = QSslCertificate::fromData(bytes, QSsl::Der);
    }
    if (certificates.isEmpty()) {
        return Error::input(QStringLiteral("network.extra-ca-invalid"),
            tr("The file %1 holds no certificate (PEM or DER). Ask whoever runs the proxy for its CA "
               "certificate, usually a .pem or .crt file.")
                .arg(QDir::toNativeSeparators(path)));
    }
    for (const QSslCertificate& certificate : std::as_const(certificates)) {
        if (certificate.expiryDate() < now) {
            return Error::input(QStringLiteral("network.extra-ca-expired"),
                tr("The certificate %1 in %2 expired on %3. Ask whoever runs the proxy for its current CA "
                   "certificate.")
                    .arg(subjectOf(certificate), QDir::toNativeSeparators(path),
                        QLocale().toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat)));
        }
    }
    return certificates;
}

QString ExtraCaFile::subjectOf(const QSslCertificate& certificate)
{
    QStringList parts;
    const std::pair<QSslCertificate::SubjectInfo, const char*> fields[]
        = { { QSslCertificate::CommonName, "CN" }, { QSslCertificate::Organization, "O" },
              { QSslCertificate::OrganizationalUnitName, "OU" } };
    for (const auto& [field, label] : fields) {
        for (const QString& value : certificate.subjectInfo(field)) {
            parts.append(QStringLiteral("%1=%2").arg(QLatin1String(label), value));
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace sia
