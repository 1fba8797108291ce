#include "sandbox/tlscertificate.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace sia::sandbox {
namespace {

template<auto Free> struct OpenSslDeleter
{
    template<typename T> void operator()(T* p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;

Error failure(const char* step)
{
    return Error::environment(QStringLiteral("sandbox.tls"),
        QStringLiteral("Cannot create the sandbox's TLS certificate (%1).").arg(QLatin1String(step)));
}

QByteArray drain(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

bool addExtension(X509* certificate, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

} // namespace

Result<TlsIdentity> generateTlsIdentity(int validDays)
{
    // P-256: as good as RSA-2048 for a test server and generated in a millisecond.
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key) {
        return failure("key");
    }
    CertPtr certificate(X509_new());
    if (!certificate) {
        return failure("certificate");
    }
    X509_set_version(certificate.get(), 2); // X.509 v3, for subjectAltName
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // a positive serial number
    std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>> serialNumber(BN_bin2bn(serial, sizeof serial, nullptr));
    BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(certificate.get()));
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(validDays) * 24 * 3600);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME* name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("SIA Admin sandbox"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    if (!addExtension(certificate.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1")
        || !addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")) {
        return failure("extensions");
    }
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0) {
        return failure("signature");
    }

    BioPtr certificatePem(BIO_new(BIO_s_mem()));
    BioPtr keyPem(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certificatePem.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return failure("PEM");
    }
    TlsIdentity identity { QSslCertificate(drain(certificatePem.get()), QSsl::Pem),
        QSslKey(drain(keyPem.get()), QSsl::Ec, QSsl::Pem) };
    if (identity.certificate.isNull() || identity.privateKey.isNull()) {
        return failure("Qt cannot load it");
    }
    return identity;
}

} // namespace sia::sandbox
