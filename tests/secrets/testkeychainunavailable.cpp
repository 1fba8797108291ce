// With no keychain reachable, KeychainSecretStore fails with an Environment error that names the
// backend, and the secret lands nowhere else: no plain-text fallback file, no trace in the home directory.
// main() points HOME and the XDG directories at a fresh temporary directory and the D-Bus session
// address at nothing before Qt or glib read them (both cache them on first use).
#include "secrets/keychainsecretstore.h"
#include "secrets/secretprobe.h"
#include "secretstorecalls.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sia;
using namespace sia::test;

namespace {

const char noBusAddress[] = "unix:path=/nonexistent/sia-no-bus";

} // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

public:
    explicit TestKeychainUnavailable(QString home)
        : m_home(std::move(home))
    { }

private slots:
    void initTestCase();

    void failsWithEnvironmentErrorNamingTheBackend_data();
    void failsWithEnvironmentErrorNamingTheBackend();
    void probeReportsTheKeychainUnavailable();

    // Last: looks at what the tests above left behind.
    void wroteNothingUnderHome();

private:
    KeychainSecretStore m_store { QStringLiteral("SIA Admin unavailable test") };
    const SecretKey m_key { QStringLiteral("instance-a"), QStringLiteral("marketo.client-secret") };
    // Distinctive, so that finding it (or its Base64 form) in a file cannot be a coincidence.
    const QByteArray m_secret = "sia-secret-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    const QString m_home;
};

void TestKeychainUnavailable::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray(noBusAddress));
    QCOMPARE(qEnvironmentVariable("HOME"), m_home);
}

void TestKeychainUnavailable::failsWithEnvironmentErrorNamingTheBackend_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("write") << QStringLiteral("write");
    QTest::newRow("read") << QStringLiteral("read"); // not NotFound: the store cannot know
    QTest::newRow("remove") << QStringLiteral("remove"); // not success: nothing was removed
}

void TestKeychainUnavailable::failsWithEnvironmentErrorNamingTheBackend()
{
    QFETCH(QString, operation);

    const Result<void> outcome = operation == QLatin1String("write") ? writeAndWait(m_store, m_key, m_secret)
        : operation == QLatin1String("read") ? discardValue(readAndWait(m_store, m_key))
                                             : removeAndWait(m_store, m_key);

    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().kind == ErrorKind::Environment, describe(outcome).constData());
    QVERIFY2(outcome.error().code == QLatin1String("secrets.unavailable")
            || outcome.error().code == QLatin1String("secrets.access-denied"),
        describe(outcome).constData());
    QVERIFY2(outcome.error().message.contains(m_store.backendName()), describe(outcome).constData());
#if defined(Q_OS_LINUX)
    QVERIFY(outcome.error().message.contains(QLatin1String("Secret Service")));
#endif
    QVERIFY(!outcome.error().message.toUtf8().contains(m_secret));
    QVERIFY(!outcome.error().message.toUtf8().contains(m_secret.toBase64()));
}

void TestKeychainUnavailable::probeReportsTheKeychainUnavailable()
{
    const auto probed = callAndWait<void>(
        [this](SecretStore::WriteDone done) { probeSecretStore(m_store, std::move(done)); });
    QVERIFY(failedWith(probed, ErrorKind::Environment));
}

void TestKeychainUnavailable::wroteNothingUnderHome()
{
    QStringList files;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.append(path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(m_secret) && !content.contains(m_secret.toBase64()),
            qPrintable(QStringLiteral("the secret was written to ") + path));
    }
    QVERIFY2(
        files.isEmpty(), qPrintable(QStringLiteral("files appeared: ") + files.join(QLatin1String(", "))));
}

int main(int argc, char** argv)
{
    // Before QCoreApplication: QSettings (QtKeychain's plain-text fallback) and glib cache these paths.
    QTemporaryDir home;
    if (!home.isValid())
        qFatal("cannot create a temporary HOME: %s", qPrintable(home.errorString()));
    const QByteArray homePath = QFile::encodeName(home.path());
    qputenv("HOME", homePath);
    qputenv("XDG_CONFIG_HOME", homePath + "/.config");
    qputenv("XDG_DATA_HOME", homePath + "/.local/share");
    qputenv("XDG_CACHE_HOME", homePath + "/.cache");
    qputenv("XDG_STATE_HOME", homePath + "/.local/state");
    // Also set by the CTest registration; forced here so that running the binary by hand can never reach
    // (and write a test secret into) the real keyring of whoever runs it.
    qputenv("DBUS_SESSION_BUS_ADDRESS", noBusAddress);

    QCoreApplication app(argc, argv);
    TestKeychainUnavailable test(home.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "testkeychainunavailable.moc"
