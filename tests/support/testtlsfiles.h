// A throw-away certificate authority and a server certificate it signed for 127.0.0.1 and localhost, made
// at test time with the openssl command line in a folder of the caller's: what a test SMTP server presents
// and what the client is told to trust (the extra CA file). EC keys, valid for two days; nothing is kept.
#pragma once

#include <QString>

namespace sia::test {

struct TestTlsFiles
{
    QString caCertificate; // PEM: the CA to trust
    QString serverCertificate; // PEM: CN and subjectAltName 127.0.0.1, localhost; signed by the CA
    QString serverKey; // PEM, unencrypted
    QString problem; // empty when the files were made

    bool isValid() const { return problem.isEmpty(); }

    // Writes the files into folder (which must exist); name tells two authorities apart in one folder.
    static TestTlsFiles make(const QString& folder, const QString& name = QStringLiteral("test"));
};

} // namespace sia::test
