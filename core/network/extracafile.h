// The certificate file an admin names to trust besides the system's CAs (the setting
// network.extra-ca-file): a corporate proxy that inspects TLS, or the sandbox's --tls certificate. Read as
// PEM (one or more certificates) or DER; every problem with the file is its own message, so that a
// certificate error at a call is never the first sign of a wrong file.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace sia {

class ExtraCaFile
{
    Q_DECLARE_TR_FUNCTIONS(sia::ExtraCaFile)

public:
    // The file's certificates; an empty path is no file (no certificates, no error). An expired
    // certificate is refused: a server signed by it would fail verification anyway, later and less clearly.
    static Result<QList<QSslCertificate>> load(const QString& path, const QDateTime& now);
    // "CN=Acme Proxy CA, O=Acme": who the certificate names, for the dialog and `sia-admin network`.
    static QString subjectOf(const QSslCertificate& certificate);
};

} // namespace sia
