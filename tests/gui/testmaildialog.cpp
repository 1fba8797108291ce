// The Mail dialog on the offscreen platform, over a real database and an in-memory keychain: it shows the
// outbox by default with the folder it means; settings typed and chosen through its widgets are saved (the
// password in the keychain only, never in the database); core's validation message is shown and nothing is
// stored; "Send test message" goes off the GUI thread to a real SMTP server (aiosmtpd with STARTTLS and
// AUTH, its CA trusted through the extra CA file) where the message arrives, or into the outbox as an .eml
// file, and a failure is shown in the dialog. SIA_TOUR_DIR=DIR keeps a picture of the dialog.
#undef QT_NO_CAST_FROM_ASCII

#include "banner.h"
#include "mail/mailsettings.h"
#include "mail/mailsettingseditor.h"
#include "maildialog.h"
#include "memorysecretstore.h"
#include "parsedmail.h"
#include "settings/settingsrepository.h"
#include "smtptestserver.h"
#include "store/datalocation.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"
#include "testtlsfiles.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sia;
using namespace sia::test;

namespace {

const QString instance = "mail-dialog-test";
const QString smtpUser = "invites@acme.example";
const QString smtpPassword = "Dialog-Sm7p-Word";

} // namespace

class TestMailDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheOutboxByDefault();
    void savesWhatTheWidgetsSay();
    void showsCoresValidationAndStoresNothing();
    void sendsATestMessageThatArrivesOffTheGuiThread();
    void writesATestMessageToTheOutbox();
    void showsAFailedTestInTheDialog();

private:
    std::unique_ptr<MailDialog> openDialog();
    void fillServer(MailDialog& dialog, quint16 port);
    std::optional<QByteArray> storedPassword();
    QByteArray databaseBytes() const;

    QTemporaryDir m_dir;
    TestTlsFiles m_tls;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DirectStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MailSettingsEditor> m_editor;
};

void TestMailDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tls = TestTlsFiles::make(m_dir.path(), "dialog");
    QVERIFY2(m_tls.isValid(), qPrintable(m_tls.problem));
}

void TestMailDialog::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> store = m_database->open();
    QVERIFY2(store.ok(), failureText(store).constData());
    m_store = std::move(*store);
    m_runner = std::make_unique<DirectStoreRunner>(*m_store);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_editor = std::make_unique<MailSettingsEditor>(*m_runner, *m_secrets, instance, "alice");
    m_editor->setSmtpTimeouts(3, 8);
}

void TestMailDialog::cleanup()
{
    m_editor.reset();
    m_secrets.reset();
    m_runner.reset();
    m_store.reset();
    m_database.reset();
}

std::unique_ptr<MailDialog> TestMailDialog::openDialog()
{
    auto dialog = std::make_unique<MailDialog>(m_editor.get());
    QSignalSpy loaded(dialog.get(), &MailDialog::loaded);
    dialog->show();
    if (!loaded.wait(5000) && loaded.isEmpty()) {
        return nullptr;
    }
    return dialog;
}

void TestMailDialog::fillServer(MailDialog& dialog, quint16 port)
{
    dialog.smtpButton()->click();
    dialog.hostEdit()->clear();
    QTest::keyClicks(dialog.hostEdit(), "127.0.0.1");
    dialog.securityCombo()->setCurrentIndex(dialog.securityCombo()->findData(int(SmtpSecurity::StartTls)));
    dialog.portSpin()->setValue(port);
    dialog.userEdit()->clear();
    QTest::keyClicks(dialog.userEdit(), smtpUser);
    QTest::keyClicks(dialog.passwordEdit(), smtpPassword);
    dialog.fromAddressEdit()->clear();
    QTest::keyClicks(dialog.fromAddressEdit(), "invites@acme.example");
}

std::optional<QByteArray> TestMailDialog::storedPassword()
{
    std::optional<Result<QByteArray>> read;
    m_secrets->read(
        MailSettingsRepository::passwordKey(instance), [&read](Result<QByteArray> value) { read = value; });
    if (!QTest::qWaitFor([&read] { return read.has_value(); }, 5000) || !read->ok()) {
        return std::nullopt;
    }
    return **read;
}

// The SQLite file and its journal files as on disk, or every row of every table on PostgreSQL.
QByteArray TestMailDialog::databaseBytes() const
{
    if (m_database->backend() == TestBackend::Postgres) {
        return m_database->fingerprint().join('\n').toUtf8();
    }
    QByteArray bytes;
    for (const QString& path :
        QStringList { m_database->filePath() } + sidecarFiles(m_database->filePath())) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            bytes += file.readAll();
        }
    }
    return bytes;
}

void TestMailDialog::showsTheOutboxByDefault()
{
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->outboxButton()->isChecked());
    QVERIFY(dialog->outboxFolderEdit()->isEnabled());
    QVERIFY(!dialog->hostEdit()->isEnabled());
    QVERIFY(!dialog->passwordEdit()->isEnabled());
    QCOMPARE(dialog->outboxFolderEdit()->placeholderText(),
        QDir::toNativeSeparators(DataLocation::outboxFolder(m_store->options())));
    QCOMPARE(dialog->portSpin()->value(), 587);
    QCOMPARE(dialog->languageCombo()->currentData().toString(), QString());

    dialog->smtpButton()->click();
    QVERIFY(dialog->hostEdit()->isEnabled());
    QVERIFY(!dialog->outboxFolderEdit()->isEnabled());
    QVERIFY(!dialog->passwordEdit()->isEnabled()); // no user yet
    QTest::keyClicks(dialog->userEdit(), "bo");
    QVERIFY(dialog->passwordEdit()->isEnabled());
    // TLS's usual port follows the choice of TLS.
    dialog->securityCombo()->setCurrentIndex(dialog->securityCombo()->findData(int(SmtpSecurity::Tls)));
    QCOMPARE(dialog->portSpin()->value(), 465);
}

void TestMailDialog::savesWhatTheWidgetsSay()
{
    const auto dialog = openDialog();
    QVERIFY(dialog);
    dialog->smtpButton()->click();
    QTest::keyClicks(dialog->hostEdit(), "smtp.acme.example");
    dialog->securityCombo()->setCurrentIndex(dialog->securityCombo()->findData(int(SmtpSecurity::Tls)));
    dialog->portSpin()->setValue(2465);
    QTest::keyClicks(dialog->userEdit(), smtpUser);
    QTest::keyClicks(dialog->passwordEdit(), smtpPassword);
    QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Password);
    dialog->revealButton()->click();
    QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Normal);
    QTest::keyClicks(dialog->fromAddressEdit(), "invites@acme.example");
    QTest::keyClicks(dialog->fromNameEdit(), "Acme Admins");
    dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData("ko"));

    QSignalSpy saved(dialog.get(), &MailDialog::saved);
    dialog->save();
    QTRY_COMPARE(saved.size(), 1);
    const Result<MailSettings> stored = MailSettingsRepository(*m_store).load();
    QVERIFY2(stored.ok(), failureText(stored).constData());
    QCOMPARE(stored->smtpHost, "smtp.acme.example");
    QCOMPARE(stored->smtpPort, 2465);
    QCOMPARE(stored->security, SmtpSecurity::Tls);
    QCOMPARE(stored->smtpUser, smtpUser);
    QCOMPARE(stored->fromAddress, "invites@acme.example");
    QCOMPARE(stored->fromName, "Acme Admins");
    QCOMPARE(stored->language, "ko");
    QCOMPARE(storedPassword(), std::optional<QByteArray>(smtpPassword.toUtf8()));
    QVERIFY(!databaseBytes().contains(smtpPassword.toUtf8()));
    QVERIFY(dialog->passwordEdit()->text().isEmpty());

    // Opened again: the stored settings, the password only said to be stored.
    const auto again = openDialog();
    QVERIFY(again);
    QVERIFY(again->smtpButton()->isChecked());
    QCOMPARE(again->hostEdit()->text(), "smtp.acme.example");
    QCOMPARE(again->portSpin()->value(), 2465);
    QCOMPARE(again->securityCombo()->currentData().toInt(), int(SmtpSecurity::Tls));
    QCOMPARE(again->languageCombo()->currentData().toString(), "ko");
    QVERIFY(again->passwordEdit()->text().isEmpty());
    QVERIFY2(again->passwordEdit()->placeholderText().contains("keychain"),
        qPrintable(again->passwordEdit()->placeholderText()));

    // Back to the outbox: the server's user and its password go.
    again->outboxButton()->click();
    QSignalSpy savedAgain(again.get(), &MailDialog::saved);
    again->save();
    QTRY_COMPARE(savedAgain.size(), 1);
    QVERIFY(MailSettingsRepository(*m_store).load()->usesOutbox());
    QVERIFY(!storedPassword().has_value());
}

void TestMailDialog::showsCoresValidationAndStoresNothing()
{
    const auto dialog = openDialog();
    QVERIFY(dialog);
    dialog->smtpButton()->click();
    QTest::keyClicks(dialog->hostEdit(), "smtp.acme.example");
    QTest::keyClicks(dialog->fromAddressEdit(), "invites at acme");
    dialog->save();
    QTRY_VERIFY(dialog->errorBanner()->isVisible());
    QVERIFY2(dialog->errorBanner()->text().contains("is not an email address"),
        qPrintable(dialog->errorBanner()->text()));
    QVERIFY(dialog->isVisible()); // still open, the fields as typed
    QCOMPARE(dialog->fromAddressEdit()->text(), "invites at acme");
    QCOMPARE(rowCount(*m_store, "settings"), 0);

    // A user whose password nobody typed.
    dialog->fromAddressEdit()->setText("invites@acme.example");
    dialog->userEdit()->setText(smtpUser);
    dialog->save();
    QTRY_VERIFY(dialog->errorBanner()->text().contains("Enter the password of " + smtpUser));
    QCOMPARE(rowCount(*m_store, "settings"), 0);
    QCOMPARE(m_secrets->size(), 0);
}

void TestMailDialog::sendsATestMessageThatArrivesOffTheGuiThread()
{
    SmtpTestServer server({ SmtpTestServer::Mode::StartTls, m_tls.serverCertificate, m_tls.serverKey,
        smtpUser, smtpPassword, {}, 60 });
    QVERIFY2(server.start(), server.problem().constData());
    QVERIFY(
        SettingsRepository(*m_store).set(SettingKey::NetworkExtraCaFile, m_tls.caCertificate, "alice").ok());

    const auto dialog = openDialog();
    QVERIFY(dialog);
    fillServer(*dialog, server.port());
    QTest::keyClicks(dialog->fromNameEdit(), "Acme Admins");
    QTest::keyClicks(dialog->testAddressEdit(), "jiwoo@acme.example");

    QSignalSpy finished(dialog.get(), &MailDialog::testFinished);
    QTest::mouseClick(dialog->sendTestButton(), Qt::LeftButton);
    // The click returned at once: the message is on its way on another thread, the dialog says so.
    QVERIFY(m_editor->isSendingTest());
    QVERIFY(finished.isEmpty());
    QVERIFY(!dialog->sendTestButton()->isEnabled());
    QVERIFY2(dialog->testBanner()->text().contains("Sending a test message to jiwoo@acme.example"),
        qPrintable(dialog->testBanner()->text()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(dialog->testBanner()->tone(), Banner::Tone::Info);
    QVERIFY2(
        dialog->testBanner()->text().contains("queued as SIA001"), qPrintable(dialog->testBanner()->text()));
    QVERIFY(dialog->sendTestButton()->isEnabled());

    QVERIFY(server.waitForMessages(1));
    const ReceivedMail mail = server.received().constFirst();
    QVERIFY(mail.tls);
    QCOMPARE(mail.login, smtpUser);
    QCOMPARE(mail.rcptTos, QStringList { "jiwoo@acme.example" });
    const ParsedMail parsed = ParsedMail::parse(mail.bytes);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
    QCOMPARE(parsed.toAddress, "jiwoo@acme.example");
    QCOMPARE(parsed.fromName, "Acme Admins");
    QCOMPARE(parsed.subject(), "SIA Admin: a test message");
    QVERIFY(parsed.plainText.contains("This is a test message from SIA Admin."));
    // Tried, not saved: nothing stored until Save.
    QCOMPARE(rowCount(*m_store, "settings"), 1); // the extra CA file only
    QCOMPARE(m_secrets->size(), 0);

    if (const QString dir = qEnvironmentVariable("SIA_TOUR_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        dialog->passwordEdit()->clear(); // a picture shows no password, not even masked
        for (int pass = 0; pass < 3; ++pass) {
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
        // As a person sees the whole dialog: at least the height its contents ask for at its width.
        dialog->resize(dialog->width(), std::max(dialog->height(), dialog->heightForWidth(dialog->width())));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(dialog->grab().save(dir + "/mail-settings.png"));
    }
}

void TestMailDialog::writesATestMessageToTheOutbox()
{
    const QString folder = m_dir.filePath("outbox-test");
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->outboxFolderEdit(), QDir::toNativeSeparators(folder));
    QTest::keyClicks(dialog->testAddressEdit(), "bo@acme.example");
    QSignalSpy finished(dialog.get(), &MailDialog::testFinished);
    dialog->sendTest();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    const QStringList files = QDir(folder).entryList({ "*.eml" }, QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY2(
        dialog->testBanner()->text().contains(QDir::toNativeSeparators(QDir(folder).filePath(files.first()))),
        qPrintable(dialog->testBanner()->text()));
    QFile eml(QDir(folder).filePath(files.first()));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    const ParsedMail parsed = ParsedMail::parse(eml.readAll());
    QCOMPARE(parsed.toAddress, "bo@acme.example");
}

void TestMailDialog::showsAFailedTestInTheDialog()
{
    QTcpServer probe; // a port that nothing listens on any more
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    const auto dialog = openDialog();
    QVERIFY(dialog);
    fillServer(*dialog, port);
    QTest::keyClicks(dialog->testAddressEdit(), "jiwoo@acme.example");
    QSignalSpy finished(dialog.get(), &MailDialog::testFinished);
    dialog->sendTest();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QCOMPARE(dialog->testBanner()->tone(), Banner::Tone::Error);
    QVERIFY2(dialog->testBanner()->text().contains(QString("127.0.0.1:%1").arg(port)),
        qPrintable(dialog->testBanner()->text()));

    // An address that is none: said before anything is sent.
    dialog->testAddressEdit()->setText("not an address");
    finished.clear();
    dialog->sendTest();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QCOMPARE(dialog->testBanner()->tone(), Banner::Tone::Error);
}

QTEST_MAIN(TestMailDialog)
#include "testmaildialog.moc"
