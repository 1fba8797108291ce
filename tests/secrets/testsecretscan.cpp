// No secret ever reaches a file: known secrets go into the real keychain, the app is worked through its
// command line and its tour with a home directory of its own, and then every file written under that
// home, the data directory and the tour's output is searched for the secrets in every usual encoding.
#include "connections/connectionsecrets.h"
#include "secrets/keychainsecretstore.h"
#include "secretstorecalls.h"
#include "sialauncher.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace sia;

class TestSecretScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noFileTheAppWroteHoldsASecret();
    void marketoClientSecretIsOnlyInTheKeychainAfterConnect();

private:
    static QByteArray randomSecret();
    QList<QByteArray> encodingsOf(const QByteArray& secret) const;

    QTemporaryDir m_root;
    KeychainSecretStore m_store { QStringLiteral("SIA Admin secret-scan test") };
    QList<QPair<SecretKey, QByteArray>> m_secrets;
};

QByteArray TestSecretScan::randomSecret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return "sia-scan-" + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QList<QByteArray> TestSecretScan::encodingsOf(const QByteArray& secret) const
{
    return { secret, secret.toBase64(), secret.toBase64(QByteArray::Base64UrlEncoding), secret.toHex(),
        QUrl::toPercentEncoding(QString::fromLatin1(secret)),
        QByteArray(reinterpret_cast<const char*>(QString::fromLatin1(secret).utf16()), secret.size() * 2) };
}

void TestSecretScan::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("SIA_TEST_KEYRING"), "run through tests/with-keyring.sh");
    QVERIFY(m_root.isValid());
    // Every keychain entry of a connection, under the names ConnectionSecrets gives them for the database
    // the app opens below, and the Salesforce access token (which should only ever be in memory).
    const ConnectionSecrets connection(m_store, m_root.filePath(QStringLiteral("data/actions.sqlite")));
    QList<SecretKey> keys { { connection.keyFor(ConnectionSecret::MarketoClientSecret).instance,
        QStringLiteral("salesforce.access-token") } };
    for (ConnectionSecret secret : allValues<ConnectionSecret>()) {
        keys.append(connection.keyFor(secret));
    }
    QCOMPARE(keys.size(), 5); // the access token and the four entries (salesforce.consumer-secret the latest)
    for (const SecretKey& key : keys) {
        const QByteArray secret = randomSecret();
        const Result<void> written = test::writeAndWait(m_store, key, secret);
        QVERIFY2(written.ok(), test::describe(written).constData());
        m_secrets.append({ key, secret });
    }
}

void TestSecretScan::cleanupTestCase()
{
    for (const auto& [key, secret] : m_secrets) {
        QVERIFY(test::removeAndWait(m_store, key).ok());
    }
}

void TestSecretScan::noFileTheAppWroteHoldsASecret()
{
    const QString home = m_root.filePath(QStringLiteral("home"));
    const QString dataDir = m_root.filePath(QStringLiteral("data"));
    const QString tourDir = m_root.filePath(QStringLiteral("tour"));
    const QString outputs = m_root.filePath(QStringLiteral("outputs"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(outputs));

    SiaLauncher app(dataDir);
    app.setEnvironment(QStringLiteral("HOME"), home);
    app.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    app.setEnvironment(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    app.setEnvironment(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    app.setEnvironment(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    const QList<QStringList> session {
        { QStringLiteral("prerequisite"), QStringLiteral("actions-enabled"), QStringLiteral("confirm") },
        { QStringLiteral("step"), QStringLiteral("1"), QStringLiteral("done"), QStringLiteral("--by"),
            QStringLiteral("scan@example.com") },
        { QStringLiteral("step"), QStringLiteral("3"), QStringLiteral("block"), QStringLiteral("--reason"),
            QStringLiteral("Waiting for the API user") },
        { QStringLiteral("status"), QStringLiteral("--json") },
        { QStringLiteral("status") },
        { QStringLiteral("audit"), QStringLiteral("--json") },
        { QStringLiteral("--tour"), tourDir },
    };
    int index = 0;
    for (const QStringList& arguments : session) {
        const SiaRun run = app.run(arguments);
        QVERIFY2(
            run.exitCode == 0, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
        // What the app printed is an output too: keep it with the files to scan.
        QFile printed(QStringLiteral("%1/%2.txt").arg(outputs).arg(index++));
        QVERIFY(printed.open(QIODevice::WriteOnly));
        printed.write(run.out.toUtf8() + run.err.toUtf8());
    }

    int filesScanned = 0;
    QDirIterator files(
        m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        ++filesScanned;
        for (const auto& [key, secret] : m_secrets) {
            for (const QByteArray& encoded : encodingsOf(secret)) {
                QVERIFY2(!content.contains(encoded),
                    qPrintable(QStringLiteral("%1 holds the secret %2").arg(path, key.name)));
            }
        }
    }
    // The scan looked at what the app really wrote: the database and the tour's pages at least.
    QVERIFY(QFile::exists(dataDir + QStringLiteral("/actions.sqlite")));
    QVERIFY(QDir(tourDir).entryList({ QStringLiteral("*.png") }).size() >= 9);
    QVERIFY2(filesScanned >= 12, qPrintable(QString::number(filesScanned)));

    // And the secrets are still where they belong.
    for (const auto& [key, secret] : m_secrets) {
        const Result<QByteArray> read = test::readAndWait(m_store, key);
        QVERIFY2(read.ok(), test::describe(read).constData());
        QCOMPARE(read.value(), secret);
    }
}

// sia-admin --sandbox connect marketo with the secret on standard input: afterwards the secret is in the
// app's keychain entry and in no file under the app's home, data directory or what it printed; disconnect
// removes the entry again.
void TestSecretScan::marketoClientSecretIsOnlyInTheKeychainAfterConnect()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString home = root.filePath(QStringLiteral("home"));
    const QString dataHome = home + QStringLiteral("/.local/share");
    QVERIFY(QDir().mkpath(home));
    SiaLauncher app;
    app.setEnvironment(QStringLiteral("HOME"), home);
    app.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    app.setEnvironment(QStringLiteral("XDG_DATA_HOME"), dataHome);
    app.setEnvironment(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    // The sandbox's test credentials (its ready line): the secret the sandbox accepts.
    const QString clientId = QStringLiteral("6f1c9e2a-4b7d-4d58-9a3e-2c5b8f0d7e41");
    const QByteArray secret = "Sbx7QhK2mV9pL4tR8wN3zY6cF1dG5jX0";

    std::unique_ptr<QProcess> connect = app.start({ QStringLiteral("--sandbox"), QStringLiteral("connect"),
        QStringLiteral("marketo"), QStringLiteral("--client-id"), clientId });
    connect->write(secret + '\n');
    connect->closeWriteChannel();
    QVERIFY(connect->waitForFinished(60'000));
    const QByteArray printed = connect->readAllStandardOutput() + connect->readAllStandardError();
    QVERIFY2(connect->exitCode() == 0, printed.constData());
    const SiaRun check
        = app.run({ QStringLiteral("--sandbox"), QStringLiteral("check"), QStringLiteral("--json") });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));

    QList<QByteArray> outputs { printed, check.out.toUtf8() + check.err.toUtf8() };
    int filesScanned = 0;
    QDirIterator files(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        outputs.append(file.readAll());
        ++filesScanned;
    }
    for (const QByteArray& content : outputs) {
        for (const QByteArray& encoded : encodingsOf(secret)) {
            QVERIFY2(!content.contains(encoded), "the Marketo client secret left the keychain");
        }
    }
    const QString database = dataHome + QStringLiteral("/sia-admin/sandbox/actions.sqlite");
    QVERIFY(QFile::exists(database));
    QVERIFY(filesScanned >= 1);

    KeychainSecretStore appKeychain; // the app's own service name
    const SecretKey key
        = ConnectionSecrets(appKeychain, database).keyFor(ConnectionSecret::MarketoClientSecret);
    const Result<QByteArray> stored = test::readAndWait(appKeychain, key);
    QVERIFY2(stored.ok(), test::describe(stored).constData());
    QCOMPARE(stored.value(), secret);

    const SiaRun gone
        = app.run({ QStringLiteral("--sandbox"), QStringLiteral("disconnect"), QStringLiteral("marketo") });
    QVERIFY2(gone.exitCode == 0, qPrintable(gone.err));
    const Result<QByteArray> after = test::readAndWait(appKeychain, key);
    QVERIFY(!after.ok());
    QCOMPARE(after.error().kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestSecretScan)
#include "testsecretscan.moc"
