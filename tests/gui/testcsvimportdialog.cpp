// Step 5's "Import from CSV…" on the offscreen platform, over the real UsersService and InvitationDelivery
// (a transport of the test's own), a real database on the store's worker thread, and the English catalogue
// (its plural forms): a UTF-8 file of valid rows, a duplicate, a bad address, a team to create and someone
// already invited, previewed with each verdict and the counts; a changed column planned again, a mapping
// without the email column refused with core's reason, and the columns remembered for the next file with
// the same header; an EUC-KR file with a Korean header, read once its encoding is chosen; the file-level
// refusals (binary, empty, header only, missing, too large) with their messages and nothing imported; Invite,
// then the users in the store and on the page; a stale preview explained and planned again; the report
// written. SIA_TOUR_DIR=DIR keeps pictures of the wizard's pages.
#undef QT_NO_CAST_FROM_ASCII
#include "banner.h"
#include "common/translations.h"
#include "fittedtableview.h"
#include "mail/mailtransport.h"
#include "memorysecretstore.h"
#include "settings/settingsrepository.h"
#include "steps/csvfilepage.h"
#include "steps/csvimportdialog.h"
#include "steps/csvimportsession.h"
#include "steps/csvmappingpage.h"
#include "steps/csvpreviewpage.h"
#include "steps/userspage.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"
#include "theme.h"
#include "users/csv/importpreviewmodel.h"
#include "users/csv/importreportmodel.h"
#include "users/instancerepository.h"
#include "users/invitationdelivery.h"
#include "users/usersservice.h"
#include "users/userstablemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace sia;
using namespace sia::test;

namespace {

const QString actor = QStringLiteral("alice@acme.example");

struct Mailbox
{
    QMutex mutex;
    QStringList accepted;
    QStringList refused; // answered as a server refuses a recipient (550)
};

class TestTransport final : public MailTransport
{
public:
    explicit TestTransport(std::shared_ptr<Mailbox> mailbox)
        : m_mailbox(std::move(mailbox))
    { }

    Result<MailDelivery> send(const MailMessage& message) override
    {
        QMutexLocker lock(&m_mailbox->mutex);
        if (m_mailbox->refused.contains(message.to.address)) {
            return Error::rule(QStringLiteral("smtp.recipient-refused"),
                QStringLiteral("The server refused the recipient: 550 5.1.1 mailbox unavailable"));
        }
        m_mailbox->accepted.append(message.to.address);
        return MailDelivery { QStringLiteral("250 2.0.0 Ok: queued") };
    }

private:
    std::shared_ptr<Mailbox> m_mailbox;
};

// Six rows: three to invite (Field is created), a duplicate of the first in other case, a bad address,
// and someone invited before the file.
const QByteArray mixedFile = "Email,First name,Last name,Teams\r\n"
                             "ana@acme.example,Ana,Lee,Field\r\n"
                             "bo@acme.example,Bo,Berg,\r\n"
                             "ANA@acme.example,Ana,Again,\r\n"
                             "not an address,Cy,Wu,\r\n"
                             "dee@acme.example,Dee,Park,Sales West\r\n"
                             "eve@acme.example,Eve,Holm,\r\n";

} // namespace

class TestCsvImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aMixedFileShowsEveryVerdictAndTheCounts();
    void changingAColumnPlansThePreviewAgain();
    void theColumnsAreRememberedForTheSameHeader();
    void anEucKrFileIsReadOnceItsEncodingIsChosen();
    void fileRefusalsAreShownAndNothingIsImported_data();
    void fileRefusalsAreShownAndNothingIsImported();
    void inviteImportsTheValidRowsAndThePageShowsThem();
    void aStalePreviewIsExplainedAndCheckedAgain();
    void saveReportWritesEveryRowAndItsVerdict();
    void theLastPageShowsWhatBecameOfEachRowAndSavesIt();
    void cancellingAfterThePreviewInvitesNobody();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    CsvImportDialog* openDialog();
    void read(const QString& path);
    void next();
    void waitIdle();
    void inviteDirectly(const QString& email);
    QList<UserRecord> storedUsers();
    QString verdictOf(const QString& email) const;
    void picture(const QString& name);

    QTemporaryDir m_files;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<InvitationDelivery> m_delivery;
    std::unique_ptr<UsersService> m_service;
    std::shared_ptr<Mailbox> m_mailbox;
    std::unique_ptr<UsersStepPage> m_page;
    QPointer<CsvImportDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
};

void TestCsvImportDialog::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    // The product's English catalogue, compiled into this test: the counts' plural forms as the admin reads
    // them.
    QCOMPARE(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)),
        QStringLiteral("sia-admin_en.qm"));
    QVERIFY(m_files.isValid());
}

void TestCsvImportDialog::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    {
        Result<std::unique_ptr<Store>> store = m_database->open();
        QVERIFY2(store.ok(), failureText(store).constData());
        QVERIFY(InstanceRepository(**store).create(QStringLiteral("Acme"), actor).ok());
    }
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    bool opened = false;
    m_worker->open(this, [&opened](Result<void> result) { opened = result.ok(); });
    QTRY_VERIFY(opened);
    m_runner = std::make_unique<WorkerStoreRunner>(*m_worker);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_delivery = std::make_unique<InvitationDelivery>(*m_runner, *m_secrets, QStringLiteral("gui-test"));
    m_mailbox = std::make_shared<Mailbox>();
    std::shared_ptr<Mailbox> mailbox = m_mailbox;
    m_delivery->setTransportFactory([mailbox](const MailSettings&, const QByteArray&) {
        return std::make_unique<TestTransport>(mailbox);
    });
    m_service = std::make_unique<UsersService>(*m_runner, m_delivery.get(), actor);
}

void TestCsvImportDialog::cleanup()
{
    m_modelTester.reset();
    delete m_dialog;
    m_page.reset();
    m_service.reset();
    m_delivery.reset();
    m_secrets.reset();
    m_runner.reset();
    m_worker.reset();
    m_database.reset();
}

QString TestCsvImportDialog::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

CsvImportDialog* TestCsvImportDialog::openDialog()
{
    m_page = std::make_unique<UsersStepPage>();
    m_page->setStyleSheet(Theme::styleSheet()); // as the main window sets it, for the pictures
    m_page->resize(1300, 1900);
    QSignalSpy loaded(m_page.get(), &UsersStepPage::usersChanged);
    StepServices services;
    services.users = m_service.get();
    services.invitationDelivery = m_delivery.get();
    m_page->setServices(services);
    m_page->show();
    if (!QTest::qWaitFor([&loaded] { return loaded.size() >= 1; })) {
        return nullptr;
    }
    if (!m_page->importCsvButton()->isEnabled()) {
        return nullptr;
    }
    QTest::mouseClick(m_page->importCsvButton(), Qt::LeftButton);
    m_dialog = m_page->importDialog();
    if (m_dialog) {
        m_dialog->resize(1000, 700);
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_dialog->session()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    return m_dialog;
}

void TestCsvImportDialog::waitIdle()
{
    QTRY_VERIFY(!m_dialog->session()->isBusy());
}

void TestCsvImportDialog::read(const QString& path)
{
    QVERIFY(!path.isEmpty());
    QSignalSpy changed(m_dialog->session(), &CsvImportSession::previewChanged);
    m_dialog->filePage()->chooseFile(path);
    // Read on the store's thread: nothing is there yet when chooseFile returns.
    QVERIFY(m_dialog->session()->isBusy());
    QCOMPARE(changed.size(), 0);
    QTRY_COMPARE(changed.size(), 1);
    waitIdle();
}

void TestCsvImportDialog::next()
{
    QAbstractButton* button = m_dialog->button(QWizard::NextButton);
    QTRY_VERIFY(button->isVisible() && button->isEnabled());
    const int from = m_dialog->currentId();
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(m_dialog->currentId() != from);
}

void TestCsvImportDialog::inviteDirectly(const QString& email)
{
    Invitee invitee;
    invitee.email = email;
    bool done = false;
    m_service->invite({ invitee }, [&done](Result<QList<InviteResult>> results) { done = results.ok(); });
    QTRY_VERIFY(done);
}

QList<UserRecord> TestCsvImportDialog::storedUsers()
{
    std::optional<Result<QList<UserRecord>>> answer;
    m_service->users({}, [&answer](Result<QList<UserRecord>> users) { answer = std::move(users); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }) || !answer->ok()) {
        return {};
    }
    return answer->value();
}

QString TestCsvImportDialog::verdictOf(const QString& email) const
{
    const ImportPreviewModel* model = m_dialog->session()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row)->email == email) {
            return model->index(row, ImportPreviewModel::VerdictColumn).data().toString();
        }
    }
    return QStringLiteral("(no row for %1)").arg(email);
}

void TestCsvImportDialog::picture(const QString& name)
{
    if (const QString dir = qEnvironmentVariable("SIA_TOUR_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        for (int pass = 0; pass < 3; ++pass) {
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
        QVERIFY(m_dialog->grab().save(dir + QStringLiteral("/step-5-import-%1.png").arg(name)));
    }
}

void TestCsvImportDialog::aMixedFileShowsEveryVerdictAndTheCounts()
{
    inviteDirectly(QStringLiteral("eve@acme.example"));
    QVERIFY(openDialog());
    QVERIFY(!m_dialog->button(QWizard::NextButton)->isEnabled()); // no file yet
    read(writeFile(QStringLiteral("people.csv"), mixedFile));
    CsvFilePage* file = m_dialog->filePage();
    QVERIFY2(!file->refusalBanner()->isVisible(), qPrintable(file->refusalBanner()->text()));
    QCOMPARE(file->encodingLabel()->text(), QStringLiteral("Read as UTF-8 (detected)."));
    QCOMPARE(file->delimiterLabel()->text(), QStringLiteral("comma"));
    QCOMPARE(file->rowsLabel()->text(), QStringLiteral("6 rows under the header"));
    QVERIFY(file->headerLabel()->text().contains(QStringLiteral("First name")));
    picture(QStringLiteral("file"));

    next();
    CsvMappingPage* mapping = m_dialog->mappingPage();
    QCOMPARE(mapping->combo(InviteeField::Email)->currentData().toInt(), 0);
    QCOMPARE(mapping->combo(InviteeField::FirstName)->currentData().toInt(), 1);
    QCOMPARE(mapping->combo(InviteeField::LastName)->currentData().toInt(), 2);
    QCOMPARE(mapping->combo(InviteeField::FullName)->currentData().toInt(), ColumnMapping::notInFile);
    QCOMPARE(mapping->combo(InviteeField::Role)->currentData().toInt(), ColumnMapping::notInFile);
    QCOMPARE(mapping->combo(InviteeField::Teams)->currentData().toInt(), 3);
    QVERIFY(mapping->sampleLabel(InviteeField::Email)
                ->text()
                .startsWith(QStringLiteral("ana@acme.example, bo@")));
    QVERIFY(!mapping->problemBanner()->isVisible());
    picture(QStringLiteral("mapping"));

    next();
    QCOMPARE(m_dialog->currentId(), int(CsvImportDialog::PreviewPageId));
    CsvPreviewPage* preview = m_dialog->previewPage();
    QCOMPARE(m_dialog->session()->model()->rowCount(), 6);
    QCOMPARE(preview->view()->model()->rowCount(), 6);
    QCOMPARE(verdictOf(QStringLiteral("ana@acme.example")), QStringLiteral("Will be invited"));
    QCOMPARE(verdictOf(QStringLiteral("bo@acme.example")), QStringLiteral("Will be invited"));
    QCOMPARE(verdictOf(QStringLiteral("ANA@acme.example")), QStringLiteral("Duplicate in the file"));
    QCOMPARE(verdictOf(QStringLiteral("not an address")), QStringLiteral("Invalid address"));
    QCOMPARE(verdictOf(QStringLiteral("dee@acme.example")), QStringLiteral("Will be invited"));
    QCOMPARE(verdictOf(QStringLiteral("eve@acme.example")), QStringLiteral("Already invited"));
    const ImportPreviewModel* model = m_dialog->session()->model();
    QVERIFY2(model->index(0, ImportPreviewModel::MessageColumn)
                 .data()
                 .toString()
                 .contains(QStringLiteral("Field")),
        "the unknown team is created, and the row says so");
    QVERIFY(model->index(2, ImportPreviewModel::MessageColumn)
                .data()
                .toString()
                .contains(QStringLiteral("row 1")));

    QCOMPARE(preview->validLabel()->text(), QStringLiteral("3 rows will be invited"));
    QCOMPARE(preview->problemCounts(),
        (QStringList { QStringLiteral("1 row with an invalid address"),
            QStringLiteral("1 row repeating an earlier address"),
            QStringLiteral("1 row for someone already invited") }));
    QCOMPARE(preview->teamsLabel()->text(), QStringLiteral("The import creates 2 teams: Field, Sales West."));
    QAbstractButton* invite = m_dialog->button(QWizard::CommitButton);
    QVERIFY(invite->isVisible());
    QVERIFY(invite->isEnabled());
    QCOMPARE(invite->text(), QStringLiteral("Invite 3 people"));
    QVERIFY(!preview->hintLabel()->isVisible());
    picture(QStringLiteral("preview"));

    preview->problemsOnlyCheck()->setChecked(true);
    QCOMPARE(preview->view()->model()->rowCount(), 3);
    QCOMPARE(verdictOf(QStringLiteral("bo@acme.example")), QStringLiteral("(no row for bo@acme.example)"));
    picture(QStringLiteral("problems"));
    preview->problemsOnlyCheck()->setChecked(false);
    QCOMPARE(preview->view()->model()->rowCount(), 6);
    QCOMPARE(storedUsers().size(), 1); // nothing imported before Invite
}

void TestCsvImportDialog::changingAColumnPlansThePreviewAgain()
{
    QVERIFY(openDialog());
    read(writeFile(QStringLiteral("two-addresses.csv"),
        "Email;Work address;Name\nana@home.example;ana@acme.example;Ana Lee\nbo@home.example;;Bo Berg\n"));
    next();
    CsvMappingPage* mapping = m_dialog->mappingPage();
    QCOMPARE(mapping->combo(InviteeField::Email)->currentData().toInt(), 0);
    QCOMPARE(mapping->combo(InviteeField::FullName)->currentData().toInt(), 2);
    next();
    QCOMPARE(verdictOf(QStringLiteral("ana@home.example")), QStringLiteral("Will be invited"));
    QCOMPARE(m_dialog->button(QWizard::CommitButton)->text(), QStringLiteral("Invite 2 people"));

    QTest::mouseClick(m_dialog->button(QWizard::BackButton), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->currentId(), int(CsvImportDialog::MappingPageId));
    QSignalSpy changed(m_dialog->session(), &CsvImportSession::previewChanged);
    mapping->choose(InviteeField::Email, 1); // the work address instead
    QTRY_COMPARE(changed.size(), 1);
    waitIdle();
    QCOMPARE(m_dialog->session()->preview()->mapping.column(InviteeField::Email), 1);
    next();
    QCOMPARE(verdictOf(QStringLiteral("ana@acme.example")), QStringLiteral("Will be invited"));
    QCOMPARE(m_dialog->session()->model()->rowAt(1)->verdict, RowVerdict::MissingEmail);
    QCOMPARE(m_dialog->previewPage()->validLabel()->text(), QStringLiteral("1 row will be invited"));
    QCOMPARE(m_dialog->previewPage()->problemCounts(),
        QStringList { QStringLiteral("1 row without an email address") });
    QCOMPARE(m_dialog->button(QWizard::CommitButton)->text(), QStringLiteral("Invite 1 person"));

    // Without an email column nobody can be invited: core's reason, and Next stays off.
    QTest::mouseClick(m_dialog->button(QWizard::BackButton), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->currentId(), int(CsvImportDialog::MappingPageId));
    mapping->choose(InviteeField::Email, ColumnMapping::notInFile);
    QTRY_COMPARE(changed.size(), 2);
    waitIdle();
    QVERIFY(mapping->problemBanner()->isVisible());
    QVERIFY2(mapping->problemBanner()->text().contains(QStringLiteral("csv.mapping-no-email")),
        qPrintable(mapping->problemBanner()->text()));
    QVERIFY(!m_dialog->button(QWizard::NextButton)->isEnabled());
    // One column for two fields: refused too.
    mapping->choose(InviteeField::Email, 2);
    QTRY_COMPARE(changed.size(), 3);
    waitIdle();
    QVERIFY2(mapping->problemBanner()->text().contains(QStringLiteral("csv.mapping-twice")),
        qPrintable(mapping->problemBanner()->text()));
    QVERIFY(!m_dialog->button(QWizard::NextButton)->isEnabled());
    mapping->choose(InviteeField::FullName, ColumnMapping::notInFile);
    QTRY_COMPARE(changed.size(), 4);
    waitIdle();
    QVERIFY(!mapping->problemBanner()->isVisible());
    QVERIFY(m_dialog->button(QWizard::NextButton)->isEnabled());
}

void TestCsvImportDialog::theColumnsAreRememberedForTheSameHeader()
{
    const QByteArray header = "Kontakt,Namn,Grupp\n";
    QVERIFY(openDialog());
    read(writeFile(QStringLiteral("first.csv"), header + "ana@acme.example,Ana Lee,Field\n"));
    next();
    CsvMappingPage* mapping = m_dialog->mappingPage();
    QCOMPARE(mapping->combo(InviteeField::Email)->currentData().toInt(), ColumnMapping::notInFile);
    QVERIFY(mapping->problemBanner()->isVisible()); // "Kontakt" is no known name of the email column
    QSignalSpy changed(m_dialog->session(), &CsvImportSession::previewChanged);
    mapping->choose(InviteeField::Email, 0);
    QTRY_COMPARE(changed.size(), 1);
    waitIdle();
    QVERIFY(mapping->rememberCheck()->isChecked());
    next();
    QSignalSpy finished(m_dialog->session(), &CsvImportSession::inviteFinished);
    QTest::mouseClick(m_dialog->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QTRY_COMPARE(m_dialog->currentId(), int(CsvImportDialog::DonePageId));
    QTest::mouseClick(m_dialog->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_page->importDialog());

    // The setting holds the columns by header text, and the next file of the same sheet gets them back.
    {
        Result<std::unique_ptr<Store>> store = m_database->open();
        QVERIFY2(store.ok(), failureText(store).constData());
        Result<QJsonObject> saved = SettingsRepository(**store).get<QJsonObject>(SettingKey::UsersCsvMapping);
        QVERIFY2(saved.ok(), failureText(saved).constData());
        QCOMPARE(saved->value(QStringLiteral("email")).toString(), QStringLiteral("Kontakt"));
        QCOMPARE(saved->value(QStringLiteral("teams")).toString(), QStringLiteral("Grupp"));
    }
    QTest::mouseClick(m_page->importCsvButton(), Qt::LeftButton);
    m_dialog = m_page->importDialog();
    QVERIFY(m_dialog);
    read(writeFile(QStringLiteral("second.csv"), header + "bo@acme.example,Bo Berg,Field\n"));
    next();
    mapping = m_dialog->mappingPage();
    QCOMPARE(mapping->combo(InviteeField::Email)->currentData().toInt(), 0);
    QCOMPARE(mapping->sourceLabel()->text(),
        QStringLiteral("These are the columns you kept for a file with this header."));
    QVERIFY(!mapping->problemBanner()->isVisible());
}

void TestCsvImportDialog::anEucKrFileIsReadOnceItsEncodingIsChosen()
{
    QStringEncoder euckr("EUC-KR");
    QVERIFY(euckr.isValid()); // the product promises EUC-KR: its absence fails
    const QByteArray bytes = euckr(QStringLiteral("이메일,이름,성,팀\r\nkim@acme.example,민준,김,영업\r\n"));
    QVERIFY(!euckr.hasError());
    QVERIFY(openDialog());
    read(writeFile(QStringLiteral("korean.csv"), bytes));
    CsvFilePage* file = m_dialog->filePage();
    QVERIFY(file->refusalBanner()->isVisible());
    QVERIFY2(file->refusalBanner()->text().contains(QStringLiteral("csv.encoding"))
            && file->refusalBanner()->text().contains(QStringLiteral("EUC-KR"))
            && file->refusalBanner()->text().contains(QStringLiteral("line 1")),
        qPrintable(file->refusalBanner()->text()));
    QVERIFY(!m_dialog->button(QWizard::NextButton)->isEnabled());
    picture(QStringLiteral("encoding-refused"));

    QSignalSpy changed(m_dialog->session(), &CsvImportSession::previewChanged);
    file->encodingCombo()->setCurrentIndex(file->encodingCombo()->findData(QStringLiteral("EUC-KR")));
    QTRY_COMPARE(changed.size(), 1);
    waitIdle();
    QVERIFY(!file->refusalBanner()->isVisible());
    QCOMPARE(file->encodingLabel()->text(), QStringLiteral("Read as EUC-KR (chosen)."));
    QCOMPARE(file->rowsLabel()->text(), QStringLiteral("1 row under the header"));
    next();
    CsvMappingPage* mapping = m_dialog->mappingPage();
    QCOMPARE(mapping->combo(InviteeField::Email)->currentText(), QStringLiteral("이메일"));
    QCOMPARE(mapping->combo(InviteeField::FirstName)->currentData().toInt(), 1);
    QCOMPARE(mapping->combo(InviteeField::LastName)->currentData().toInt(), 2);
    QCOMPARE(mapping->combo(InviteeField::Teams)->currentData().toInt(), 3);
    next();
    const ImportPreviewModel* model = m_dialog->session()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ImportPreviewModel::NameColumn).data().toString(), QStringLiteral("민준 김"));
    QCOMPARE(model->index(0, ImportPreviewModel::TeamsColumn).data().toString(), QStringLiteral("영업"));
    QCOMPARE(verdictOf(QStringLiteral("kim@acme.example")), QStringLiteral("Will be invited"));
}

void TestCsvImportDialog::fileRefusalsAreShownAndNothingIsImported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("missing");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("inMessage");
    // A zip archive's first bytes (an .xlsx saved under .csv), in hex so that nothing is read past them.
    QTest::newRow("binary") << QByteArray::fromHex("504b03041400060008000000210062ee9d685e01000090040000")
                            << false << "csv.binary"
                            << "not text";
    QTest::newRow("empty") << QByteArray() << false << "csv.empty"
                           << "empty";
    QTest::newRow("header only") << QByteArray("Email,Name\r\n") << false << "csv.header-only"
                                 << "nobody under it";
    QTest::newRow("missing") << QByteArray() << true << "csv.unreadable"
                             << "choose the CSV file again";
    // Sparse: 65 MB that nobody writes, refused on its size before a byte is read.
    QTest::newRow("too large") << QByteArray() << false << "csv.too-large"
                               << "Split it into smaller files";
}

void TestCsvImportDialog::fileRefusalsAreShownAndNothingIsImported()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, missing);
    QFETCH(QString, code);
    QFETCH(QString, inMessage);
    QVERIFY(openDialog());
    const QString name
        = QStringLiteral("%1.csv").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QString path = missing ? m_files.filePath(name) : writeFile(name, bytes);
    if (code == QStringLiteral("csv.too-large")) {
        QFile huge(path);
        QVERIFY(huge.resize(65LL * 1024 * 1024));
    }
    read(path);
    Banner* refusal = m_dialog->filePage()->refusalBanner();
    QVERIFY(refusal->isVisible());
    QCOMPARE(refusal->title(), QStringLiteral("This file cannot be imported"));
    QVERIFY2(
        refusal->text().contains(code) && refusal->text().contains(inMessage), qPrintable(refusal->text()));
    QVERIFY(!m_dialog->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!m_dialog->session()->preview());
    QCOMPARE(m_dialog->session()->model()->rowCount(), 0);
    m_dialog->session()->invite(false); // even asked directly, nothing goes
    QVERIFY(!m_dialog->session()->isBusy());
    QVERIFY(storedUsers().isEmpty());
}

void TestCsvImportDialog::inviteImportsTheValidRowsAndThePageShowsThem()
{
    inviteDirectly(QStringLiteral("eve@acme.example"));
    QVERIFY(openDialog());
    read(writeFile(QStringLiteral("people.csv"), mixedFile));
    next();
    next();
    QSignalSpy delivered(m_delivery.get(), &InvitationDelivery::roundFinished);
    QSignalSpy imported(m_dialog.data(), &CsvImportDialog::imported);
    QTest::mouseClick(m_dialog->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE(imported.size(), 1);
    QCOMPARE(imported.first().at(0).toInt(), 3);
    QTRY_COMPARE(m_dialog->currentId(), int(CsvImportDialog::DonePageId));
    QCOMPARE(m_dialog->doneLabel()->text(), QStringLiteral("3 people invited from people.csv."));
    QVERIFY(!m_dialog->button(QWizard::BackButton)->isVisible()); // done is done: nothing to go back to
    picture(QStringLiteral("done"));

    QStringList emails;
    for (const UserRecord& user : storedUsers()) {
        emails.append(user.email);
    }
    emails.sort();
    QCOMPARE(emails,
        (QStringList { QStringLiteral("ana@acme.example"), QStringLiteral("bo@acme.example"),
            QStringLiteral("dee@acme.example"), QStringLiteral("eve@acme.example") }));
    // The page reloaded through the service and says what happened.
    QTRY_COMPARE(m_page->usersModel()->rowCount(), 4);
    QVERIFY(m_page->resultBanner()->isVisible());
    QCOMPARE(m_page->resultBanner()->text().left(34), QStringLiteral("3 people invited from people.csv; "));
    bool anaInField = false;
    for (const UserRecord& user : m_page->usersModel()->users()) {
        anaInField = anaInField
            || (user.email == QStringLiteral("ana@acme.example")
                && user.teams.contains(QStringLiteral("Field")));
    }
    QVERIFY(anaInField);
    QTRY_VERIFY(delivered.size() >= 1);
    QTRY_COMPARE(m_mailbox->accepted.size(), 4); // eve's own invitation, and the three of the file
    QTest::mouseClick(m_dialog->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_page->importDialog());
}

void TestCsvImportDialog::aStalePreviewIsExplainedAndCheckedAgain()
{
    QVERIFY(openDialog());
    read(writeFile(
        QStringLiteral("people.csv"), "Email,Name\nana@acme.example,Ana Lee\nbo@acme.example,Bo Berg\n"));
    next();
    next();
    QCOMPARE(m_dialog->button(QWizard::CommitButton)->text(), QStringLiteral("Invite 2 people"));
    inviteDirectly(QStringLiteral("bo@acme.example")); // another admin, meanwhile

    QSignalSpy finished(m_dialog->session(), &CsvImportSession::inviteFinished);
    QTest::mouseClick(m_dialog->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    waitIdle();
    CsvPreviewPage* preview = m_dialog->previewPage();
    QCOMPARE(m_dialog->currentId(), int(CsvImportDialog::PreviewPageId));
    QVERIFY(m_dialog->session()->wasStale());
    QVERIFY(preview->banner()->isVisible());
    QCOMPARE(preview->banner()->tone(), Banner::Tone::Warning);
    QVERIFY2(preview->banner()->text().contains(QStringLiteral("users.import-stale"))
            && preview->banner()->text().contains(QStringLiteral("checked again")),
        qPrintable(preview->banner()->text()));
    QCOMPARE(storedUsers().size(), 1); // all or nothing: ana was not invited either
    // Checked again against the store as it is now.
    QCOMPARE(verdictOf(QStringLiteral("bo@acme.example")), QStringLiteral("Already invited"));
    QCOMPARE(m_dialog->button(QWizard::CommitButton)->text(), QStringLiteral("Invite 1 person"));
    picture(QStringLiteral("stale"));

    QTest::mouseClick(m_dialog->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->currentId(), int(CsvImportDialog::DonePageId));
    QCOMPARE(m_dialog->doneLabel()->text(), QStringLiteral("1 person invited from people.csv."));
    QCOMPARE(storedUsers().size(), 2);
}

void TestCsvImportDialog::saveReportWritesEveryRowAndItsVerdict()
{
    inviteDirectly(QStringLiteral("eve@acme.example"));
    QVERIFY(openDialog());
    read(writeFile(QStringLiteral("people.csv"), mixedFile));
    next();
    next();
    const QString reportPath = m_files.filePath(QStringLiteral("report.csv"));
    QString suggested;
    CsvPreviewPage* preview = m_dialog->previewPage();
    preview->setReportFileChooser([&suggested, reportPath](const QString& offered) {
        suggested = offered;
        return reportPath;
    });
    QSignalSpy reported(m_dialog->session(), &CsvImportSession::reportFinished);
    QVERIFY(preview->reportButton()->isEnabled());
    QTest::mouseClick(preview->reportButton(), Qt::LeftButton);
    QTRY_COMPARE(reported.size(), 1);
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("people - import report.csv"));
    QCOMPARE(preview->reportLabel()->text(),
        QStringLiteral("The report was saved to %1.").arg(QDir::toNativeSeparators(reportPath)));
    QFile file(reportPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray report = file.readAll();
    QCOMPARE(report, m_dialog->session()->preview()->plan.reportCsv());
    const QList<QByteArray> lines = report.trimmed().split('\n');
    QCOMPARE(lines.size(), 7); // the header and every row
    QVERIFY(lines.at(0).startsWith("row,line,email"));
    QVERIFY2(
        lines.at(1).startsWith("1,2,ana@acme.example,Ana,Lee,user,Field,valid,"), lines.at(1).constData());
    QVERIFY2(lines.at(3).contains(",duplicate-in-file,"), lines.at(3).constData());
    QVERIFY2(lines.at(4).contains(",invalid-email,"), lines.at(4).constData());
    QVERIFY2(lines.at(6).contains(",already-invited,"), lines.at(6).constData());

    // A folder that does not exist: said, and nothing else changes.
    preview->setReportFileChooser(
        [this](const QString&) { return m_files.filePath(QStringLiteral("no/such/report.csv")); });
    QTest::mouseClick(preview->reportButton(), Qt::LeftButton);
    QTRY_COMPARE(reported.size(), 2);
    QVERIFY(preview->banner()->isVisible());
    QVERIFY2(preview->banner()->text().contains(QStringLiteral("users.import-report")),
        qPrintable(preview->banner()->text()));
    QVERIFY(m_dialog->button(QWizard::CommitButton)->isEnabled());
}

void TestCsvImportDialog::theLastPageShowsWhatBecameOfEachRowAndSavesIt()
{
    {
        QMutexLocker lock(&m_mailbox->mutex);
        m_mailbox->refused = QStringList { QStringLiteral("dee@acme.example") };
    }
    inviteDirectly(QStringLiteral("eve@acme.example"));
    QVERIFY(openDialog());
    read(writeFile(QStringLiteral("people.csv"), mixedFile));
    next();
    next();
    QTest::mouseClick(m_dialog->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->currentId(), int(CsvImportDialog::DonePageId));
    // The emails go out after the import; the page follows them until each has its answer.
    QTRY_COMPARE(m_dialog->doneEmailsLabel()->text(),
        QStringLiteral("Invitation emails: 0 sent, 2 in the outbox, 1 not sent, 0 waiting to be sent.\n"
                       "3 rows of the file were not invited: the table says why."));
    const ImportReportModel* model = m_dialog->session()->reportModel();
    QAbstractItemModelTester tester(
        const_cast<ImportReportModel*>(model), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(m_dialog->doneTable()->model(), model);
    auto cell = [model](int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, ImportReportModel::EmailColumn), QStringLiteral("ana@acme.example"));
    QCOMPARE(cell(0, ImportReportModel::OutcomeColumn), QStringLiteral("Invited"));
    QVERIFY2(cell(0, ImportReportModel::EmailStateColumn).startsWith(QStringLiteral("In the outbox")),
        qPrintable(cell(0, ImportReportModel::EmailStateColumn)));
    QVERIFY2(cell(2, ImportReportModel::OutcomeColumn).startsWith(QStringLiteral("Not invited: ")),
        qPrintable(cell(2, ImportReportModel::OutcomeColumn)));
    QVERIFY(cell(2, ImportReportModel::EmailStateColumn).isEmpty());
    QVERIFY2(cell(4, ImportReportModel::EmailStateColumn).contains(QStringLiteral("550")),
        qPrintable(cell(4, ImportReportModel::EmailStateColumn)));
    picture(QStringLiteral("done-report"));

    const QString reportPath = m_files.filePath(QStringLiteral("invited.csv"));
    QString suggested;
    m_dialog->setReportFileChooser([&suggested, reportPath](const QString& offered) {
        suggested = offered;
        return reportPath;
    });
    QSignalSpy reported(m_dialog->session(), &CsvImportSession::reportFinished);
    QTest::mouseClick(m_dialog->saveDoneReportButton(), Qt::LeftButton);
    QTRY_COMPARE(reported.size(), 1);
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("people - invited.csv"));
    QFile file(reportPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    QVERIFY2(
        lines.at(0).trimmed().endsWith(",message,outcome,email sent,email detail"), lines.at(0).constData());
    QVERIFY2(
        lines.at(1).contains(",valid,") && lines.at(1).contains(",invited,outbox,"), lines.at(1).constData());
    QVERIFY2(lines.at(4).contains(",invalid-email,") && lines.at(4).trimmed().endsWith(",not-invited,,"),
        lines.at(4).constData());
    QVERIFY2(
        lines.at(5).contains(",invited,failed,") && lines.at(5).contains("550"), lines.at(5).constData());
    QVERIFY2(lines.at(6).contains(",already-invited,") && lines.at(6).contains(",not-invited,"),
        lines.at(6).constData());
}

void TestCsvImportDialog::cancellingAfterThePreviewInvitesNobody()
{
    QVERIFY(openDialog());
    read(writeFile(QStringLiteral("people.csv"), mixedFile));
    next();
    next();
    QCOMPARE(m_dialog->currentId(), int(CsvImportDialog::PreviewPageId));
    QVERIFY(m_dialog->button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(m_dialog->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!m_page->importDialog());
    QTest::qWait(100);
    QVERIFY(storedUsers().isEmpty());
    QMutexLocker lock(&m_mailbox->mutex);
    QVERIFY(m_mailbox->accepted.isEmpty());
}

QTEST_MAIN(TestCsvImportDialog)
#include "testcsvimportdialog.moc"
