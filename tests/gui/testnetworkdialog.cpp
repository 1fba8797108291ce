// The Network dialog on the offscreen platform, over a real database and an in-memory keychain: it shows
// the stored proxy (the password never, only that one is stored), saves a manual proxy with its user in
// the settings and its password in the keychain only (masked until revealed), refuses an address that is
// no proxy without storing anything, and shows the chosen certificate file's subject and expiry, or why
// the file cannot be used.
#include "banner.h"
#include "connections/connectionsecrets.h"
#include "memorysecretstore.h"
#include "network/extracafile.h"
#include "network/networksettingseditor.h"
#include "networkdialog.h"
#include "sandbox/tlscertificate.h"
#include "settings/settingsrepository.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace sia;
using namespace sia::test;

class TestNetworkDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savesAManualProxyWithItsPasswordInTheKeychainOnly();
    void showsTheStoredProxyWithoutItsPassword();
    void refusesAnAddressThatIsNoProxy();
    void showsTheCertificatesSubjectAndExpiry();

private:
    std::unique_ptr<NetworkDialog> openDialog();
    QByteArray storedPassword();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DirectStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<NetworkSettingsEditor> m_editor;
    QTemporaryDir m_dir;
};

void TestNetworkDialog::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> store = m_database->open();
    QVERIFY2(store.ok(), failureText(store).constData());
    m_store = std::move(*store);
    m_runner = std::make_unique<DirectStoreRunner>(*m_store);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_editor = std::make_unique<NetworkSettingsEditor>(
        *m_runner, *m_secrets, QStringLiteral("dialog-test"), QStringLiteral("alice"));
}

void TestNetworkDialog::cleanup()
{
    m_editor.reset();
    m_secrets.reset();
    m_runner.reset();
    m_store.reset();
    m_database.reset();
}

std::unique_ptr<NetworkDialog> TestNetworkDialog::openDialog()
{
    auto dialog = std::make_unique<NetworkDialog>(m_editor.get());
    QSignalSpy loaded(dialog.get(), &NetworkDialog::loaded);
    dialog->show();
    if (!loaded.wait(5000) && loaded.isEmpty()) {
        return nullptr;
    }
    return dialog;
}

QByteArray TestNetworkDialog::storedPassword()
{
    ConnectionSecrets secrets(*m_secrets, QStringLiteral("dialog-test"));
    std::optional<Result<QByteArray>> read;
    secrets.read(ConnectionSecret::ProxyPassword, [&read](Result<QByteArray> value) { read = value; });
    if (!QTest::qWaitFor([&read] { return read.has_value(); }, 5000) || !read->ok()) {
        return {};
    }
    return **read;
}

void TestNetworkDialog::savesAManualProxyWithItsPasswordInTheKeychainOnly()
{
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->systemButton()->isChecked()); // the default
    QVERIFY(!dialog->addressEdit()->isEnabled());
    dialog->manualButton()->setChecked(true);
    QTest::keyClicks(dialog->addressEdit(), QStringLiteral("http://proxy.acme.example:3128"));
    QTest::keyClicks(dialog->userEdit(), QStringLiteral("bob"));
    QVERIFY(dialog->passwordEdit()->isEnabled());
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("pr0xy-word"));
    QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Password);
    dialog->revealButton()->click();
    QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Normal);

    QSignalSpy saved(dialog.get(), &NetworkDialog::saved);
    dialog->save();
    QTRY_COMPARE(saved.size(), 1);
    SettingsRepository settings(*m_store);
    QCOMPARE(*settings.get<QString>(SettingKey::ProxyMode), QStringLiteral("manual"));
    QCOMPARE(
        *settings.get<QString>(SettingKey::ProxyUrl), QStringLiteral("http://bob@proxy.acme.example:3128"));
    QCOMPARE(storedPassword(), QByteArray("pr0xy-word"));
    const QStringList rows = m_database->fingerprint();
    QVERIFY(!rows.join(u'\n').contains(QStringLiteral("pr0xy-word"))); // never in the database
}

void TestNetworkDialog::showsTheStoredProxyWithoutItsPassword()
{
    SettingsRepository settings(*m_store);
    QVERIFY(settings.set(SettingKey::ProxyMode, QStringLiteral("manual"), QStringLiteral("alice")).ok());
    QVERIFY(settings
                .set(SettingKey::ProxyUrl, QStringLiteral("socks5://carol@10.0.0.1:1080"),
                    QStringLiteral("alice"))
                .ok());
    std::optional<Result<void>> written;
    ConnectionSecrets(*m_secrets, QStringLiteral("dialog-test"))
        .write(ConnectionSecret::ProxyPassword, "kept", [&written](Result<void> done) { written = done; });
    QTRY_VERIFY(written.has_value());

    const auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->manualButton()->isChecked());
    QCOMPARE(dialog->addressEdit()->text(), QStringLiteral("socks5://10.0.0.1:1080"));
    QCOMPARE(dialog->userEdit()->text(), QStringLiteral("carol"));
    QVERIFY(dialog->passwordEdit()->text().isEmpty());
    QVERIFY2(dialog->passwordEdit()->placeholderText().contains(QStringLiteral("keychain")),
        qPrintable(dialog->passwordEdit()->placeholderText()));

    // Saved again without typing it: the stored password stays.
    QSignalSpy saved(dialog.get(), &NetworkDialog::saved);
    dialog->save();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(storedPassword(), QByteArray("kept"));
}

void TestNetworkDialog::refusesAnAddressThatIsNoProxy()
{
    const auto dialog = openDialog();
    QVERIFY(dialog);
    dialog->manualButton()->setChecked(true);
    QTest::keyClicks(dialog->addressEdit(), QStringLiteral("ftp://proxy.acme.example"));
    dialog->save();
    QTRY_VERIFY(dialog->errorBanner()->isVisible());
    QVERIFY2(dialog->errorBanner()->text().contains(QStringLiteral("http://host:port")),
        qPrintable(dialog->errorBanner()->text()));
    QCOMPARE(*SettingsRepository(*m_store).get<QString>(SettingKey::ProxyMode), QStringLiteral("system"));

    // A user without a password anywhere: refused, nothing stored.
    dialog->addressEdit()->setText(QStringLiteral("http://proxy.acme.example:3128"));
    dialog->userEdit()->setText(QStringLiteral("dave"));
    dialog->save();
    QTRY_VERIFY(dialog->errorBanner()->text().contains(QStringLiteral("dave")));
    QCOMPARE(*SettingsRepository(*m_store).get<QString>(SettingKey::ProxyMode), QStringLiteral("system"));
}

void TestNetworkDialog::showsTheCertificatesSubjectAndExpiry()
{
    const auto identity = sandbox::generateTlsIdentity(30);
    QVERIFY(identity.ok());
    const QString pem = m_dir.filePath(QStringLiteral("proxy-ca.pem"));
    QFile file(pem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(identity->certificate.toPem());
    file.close();

    const auto dialog = openDialog();
    QVERIFY(dialog);
    dialog->chooseCertificateFile(pem);
    const QString details = dialog->certificateLabel()->text();
    QVERIFY2(details.contains(ExtraCaFile::subjectOf(identity->certificate)), qPrintable(details));
    QVERIFY2(details.contains(
                 QLocale().toString(identity->certificate.expiryDate().toLocalTime(), QLocale::ShortFormat)),
        qPrintable(details));
    QSignalSpy saved(dialog.get(), &NetworkDialog::saved);
    dialog->save();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(*SettingsRepository(*m_store).get<QString>(SettingKey::NetworkExtraCaFile), pem);

    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile other(notes);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("no certificate here");
    other.close();
    const auto again = openDialog();
    QVERIFY(again);
    again->chooseCertificateFile(notes);
    QVERIFY2(again->certificateLabel()->text().contains(QStringLiteral("holds no certificate")),
        qPrintable(again->certificateLabel()->text()));
}

QTEST_MAIN(TestNetworkDialog)
#include "testnetworkdialog.moc"
