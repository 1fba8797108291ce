// sia-admin network and sia-admin budget, run as an admin would: the system proxy and no extra CA by
// default; a manual proxy and a certificate file stored (each certificate's subject and expiry shown), a
// file that holds no certificate and a password inside the proxy's address refused with their own
// messages; a proxy user's password read from standard input into the keychain (never an argument, never
// printed); the budget's caps shown for both services and changed, a cap outside 1..100 refused.
// Uses the real keychain: tests/with-keyring.sh.
#include "sandbox/tlscertificate.h"
#include "sialauncher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliNetworkBudget : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void networkIsTheSystemProxyWithoutExtraCaByDefault();
    void manualProxyAndExtraCaAreStoredAndShown();
    void fileWithoutCertificateIsRefused();
    void passwordInTheProxyAddressIsRefused();
    void proxyPasswordComesFromStandardInputIntoTheKeychain();
    void budgetShowsBothServicesAndChangesTheCaps();
    void budgetRefusesACapOutsideOneToHundred();

private:
    SiaLauncher launcher() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliNetworkBudget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

SiaLauncher TestCliNetworkBudget::launcher() const
{
    SiaLauncher sia(m_dir->filePath(QStringLiteral("data")));
    sia.setEnvironment(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    sia.setEnvironment(QStringLiteral("SIA_ACTOR"), QStringLiteral("alice@acme.example"));
    return sia;
}

void TestCliNetworkBudget::networkIsTheSystemProxyWithoutExtraCaByDefault()
{
    const SiaRun run = launcher().run({ QStringLiteral("network"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json().object();
    QCOMPARE(json[QStringLiteral("proxy")][QStringLiteral("mode")].toString(), QStringLiteral("system"));
    QVERIFY(json[QStringLiteral("extraCa")][QStringLiteral("file")].isNull());
    const SiaRun text = launcher().run({ QStringLiteral("network") });
    QVERIFY2(text.out.contains(QStringLiteral("system's proxy")), qPrintable(text.out));
}

void TestCliNetworkBudget::manualProxyAndExtraCaAreStoredAndShown()
{
    const auto identity = sia::sandbox::generateTlsIdentity(30);
    QVERIFY(identity.ok());
    const QString pem = m_dir->filePath(QStringLiteral("proxy-ca.pem"));
    QFile file(pem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(identity->certificate.toPem());
    file.close();

    const SiaRun set = launcher().run({ QStringLiteral("network"), QStringLiteral("--proxy"),
        QStringLiteral("socks5://127.0.0.1:1080"), QStringLiteral("--extra-ca"), pem });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY2(set.out.contains(QStringLiteral("socks5://127.0.0.1:1080")), qPrintable(set.out));
    const SiaRun run = launcher().run({ QStringLiteral("network"), QStringLiteral("--json") });
    const QJsonObject json = run.json().object();
    QCOMPARE(json[QStringLiteral("proxy")][QStringLiteral("mode")].toString(), QStringLiteral("manual"));
    QCOMPARE(json[QStringLiteral("proxy")][QStringLiteral("url")].toString(),
        QStringLiteral("socks5://127.0.0.1:1080"));
    QCOMPARE(json[QStringLiteral("extraCa")][QStringLiteral("file")].toString(), pem);
    const QJsonArray certificates = json[QStringLiteral("extraCa")][QStringLiteral("certificates")].toArray();
    QCOMPARE(certificates.size(), 1);
    QVERIFY2(certificates.first()[QStringLiteral("subject")].toString().contains(QStringLiteral("CN=")),
        qPrintable(certificates.first()[QStringLiteral("subject")].toString()));
    QCOMPARE(certificates.first()[QStringLiteral("expires")].toString(),
        identity->certificate.expiryDate().toUTC().toString(Qt::ISODate));

    const SiaRun back = launcher().run({ QStringLiteral("network"), QStringLiteral("--proxy"),
        QStringLiteral("system"), QStringLiteral("--extra-ca"), QStringLiteral("none") });
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    const QJsonObject after
        = launcher().run({ QStringLiteral("network"), QStringLiteral("--json") }).json().object();
    QCOMPARE(after[QStringLiteral("proxy")][QStringLiteral("mode")].toString(), QStringLiteral("system"));
    QVERIFY(after[QStringLiteral("extraCa")][QStringLiteral("file")].isNull());
}

void TestCliNetworkBudget::fileWithoutCertificateIsRefused()
{
    const QString notPem = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    const SiaRun run = launcher().run({ QStringLiteral("network"), QStringLiteral("--extra-ca"), notPem });
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("network.extra-ca-invalid")), qPrintable(run.err));
    const SiaRun missing = launcher().run({ QStringLiteral("network"), QStringLiteral("--extra-ca"),
        m_dir->filePath(QStringLiteral("gone.pem")) });
    QVERIFY2(missing.err.contains(QStringLiteral("network.extra-ca-unreadable")), qPrintable(missing.err));
    const QJsonObject json
        = launcher().run({ QStringLiteral("network"), QStringLiteral("--json") }).json().object();
    QVERIFY(json[QStringLiteral("extraCa")][QStringLiteral("file")].isNull()); // nothing was stored
}

void TestCliNetworkBudget::passwordInTheProxyAddressIsRefused()
{
    const SiaRun run = launcher().run({ QStringLiteral("network"), QStringLiteral("--proxy"),
        QStringLiteral("http://bob:hunter2@127.0.0.1:3128") });
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("settings.secret-in-value")), qPrintable(run.err));
    QVERIFY(!run.out.contains(QStringLiteral("hunter2")));
}

void TestCliNetworkBudget::proxyPasswordComesFromStandardInputIntoTheKeychain()
{
    std::unique_ptr<QProcess> process
        = launcher().start({ QStringLiteral("network"), QStringLiteral("--proxy"),
            QStringLiteral("http://127.0.0.1:3128"), QStringLiteral("--proxy-user"), QStringLiteral("bob") });
    process->write("s3cret-proxy-word\n");
    process->closeWriteChannel();
    QVERIFY(process->waitForFinished(60'000));
    const QString out = QString::fromUtf8(process->readAllStandardOutput());
    const QString err = QString::fromUtf8(process->readAllStandardError());
    QVERIFY2(process->exitCode() == 0, qPrintable(err + out));
    QVERIFY(!out.contains(QStringLiteral("s3cret")) && !err.contains(QStringLiteral("s3cret")));
    const QJsonObject json
        = launcher().run({ QStringLiteral("network"), QStringLiteral("--json") }).json().object();
    QCOMPARE(json[QStringLiteral("proxy")][QStringLiteral("user")].toString(), QStringLiteral("bob"));
    QCOMPARE(json[QStringLiteral("proxy")][QStringLiteral("passwordStored")].toBool(), true);

    // Without a password on standard input nothing is half-stored: it says how to give one.
    std::unique_ptr<QProcess> empty = launcher().start({ QStringLiteral("network"), QStringLiteral("--proxy"),
        QStringLiteral("http://127.0.0.1:3129"), QStringLiteral("--proxy-user"), QStringLiteral("carol") });
    empty->closeWriteChannel();
    QVERIFY(empty->waitForFinished(60'000));
    QVERIFY(empty->exitCode() != 0);
    QVERIFY(QString::fromUtf8(empty->readAllStandardError()).contains(QStringLiteral("standard input")));
    const QJsonObject unchanged
        = launcher().run({ QStringLiteral("network"), QStringLiteral("--json") }).json().object();
    QCOMPARE(unchanged[QStringLiteral("proxy")][QStringLiteral("user")].toString(), QStringLiteral("bob"));
}

void TestCliNetworkBudget::budgetShowsBothServicesAndChangesTheCaps()
{
    const SiaRun run = launcher().run({ QStringLiteral("budget"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray services = run.json().object()[QStringLiteral("services")].toArray();
    QCOMPARE(services.size(), 2);
    QCOMPARE(services[0][QStringLiteral("service")].toString(), QStringLiteral("marketo"));
    QCOMPARE(services[0][QStringLiteral("capPercent")].toInt(), 80);
    QCOMPARE(services[0][QStringLiteral("dailyLimit")].toDouble(), 50000.0);
    QCOMPARE(services[0][QStringLiteral("allowedToUs")].toDouble(), 40000.0);
    QCOMPARE(services[0][QStringLiteral("usedByUs")].toDouble(), 0.0);
    QCOMPARE(services[1][QStringLiteral("service")].toString(), QStringLiteral("salesforce"));
    QVERIFY(services[1][QStringLiteral("dailyLimit")].isNull()); // Salesforce tells it with its first answer

    const SiaRun set = launcher().run({ QStringLiteral("budget"), QStringLiteral("--marketo"),
        QStringLiteral("50"), QStringLiteral("--salesforce"), QStringLiteral("30") });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY2(set.out.contains(QStringLiteral("cap 50 %")), qPrintable(set.out));
    const QJsonArray after = launcher()
                                 .run({ QStringLiteral("budget"), QStringLiteral("--json") })
                                 .json()
                                 .object()[QStringLiteral("services")]
                                 .toArray();
    QCOMPARE(after[0][QStringLiteral("capPercent")].toInt(), 50);
    QCOMPARE(after[0][QStringLiteral("allowedToUs")].toDouble(), 25000.0);
    QCOMPARE(after[1][QStringLiteral("capPercent")].toInt(), 30);
}

void TestCliNetworkBudget::budgetRefusesACapOutsideOneToHundred()
{
    for (const QString& value : { QStringLiteral("0"), QStringLiteral("101"), QStringLiteral("half") }) {
        const SiaRun run = launcher().run({ QStringLiteral("budget"), QStringLiteral("--marketo"), value });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("1 to 100")), qPrintable(run.err));
    }
    const QJsonArray services = launcher()
                                    .run({ QStringLiteral("budget"), QStringLiteral("--json") })
                                    .json()
                                    .object()[QStringLiteral("services")]
                                    .toArray();
    QCOMPARE(services[0][QStringLiteral("capPercent")].toInt(), 80);
}

QTEST_GUILESS_MAIN(TestCliNetworkBudget)
#include "testclinetworkbudget.moc"
