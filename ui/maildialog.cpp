#include "maildialog.h"

#include "banner.h"
#include "steps/pagecards.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// The usual port of each security, so that choosing one moves a port that was the other's usual one.
int usualPort(sia::SmtpSecurity security)
{
    return security == sia::SmtpSecurity::Tls ? 465 : 587;
}

} // namespace

MailDialog::MailDialog(sia::MailSettingsEditor* editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setWindowTitle(tr("Mail settings"));
    setObjectName(QStringLiteral("mailDialog"));
    setMinimumWidth(560); // the server's answer and the folder's path read on few lines
    auto* layout = new QVBoxLayout(this);
    m_error = new Banner(Banner::Tone::Error, this);
    m_error->hide();
    layout->addWidget(m_error);

    auto* wayBox = new QGroupBox(tr("How the invitation emails leave"), this);
    auto* wayLayout = new QVBoxLayout(wayBox);
    m_outbox
        = new QRadioButton(tr("Write them to the outbox: .eml files that a mail program can send"), wayBox);
    m_smtp = new QRadioButton(tr("Send them through an SMTP server"), wayBox);
    m_outbox->setChecked(true);
    wayLayout->addWidget(m_outbox);
    auto* folderRow = new QHBoxLayout;
    folderRow->setContentsMargins(24, 0, 0, 0);
    m_outboxFolder = new QLineEdit(wayBox);
    m_outboxFolder->setAccessibleName(tr("Outbox folder"));
    m_chooseFolder = new QPushButton(tr("C&hoose…"), wayBox);
    auto* folderLabel = new QLabel(tr("&Folder:"), wayBox);
    folderLabel->setBuddy(m_outboxFolder);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_outboxFolder, 1);
    folderRow->addWidget(m_chooseFolder);
    wayLayout->addLayout(folderRow);
    wayLayout->addWidget(m_smtp);
    layout->addWidget(wayBox);

    m_serverBox = new QGroupBox(tr("SMTP server"), this);
    auto* serverForm = new QFormLayout;
    m_host = new QLineEdit(m_serverBox);
    m_host->setPlaceholderText(QStringLiteral("smtp.example.com"));
    serverForm->addRow(tr("Ser&ver:"), m_host);
    auto* portRow = new QHBoxLayout;
    m_port = new QSpinBox(m_serverBox);
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security = new QComboBox(m_serverBox);
    m_security->addItem(tr("STARTTLS (usually port 587)"), int(sia::SmtpSecurity::StartTls));
    m_security->addItem(tr("TLS (usually port 465)"), int(sia::SmtpSecurity::Tls));
    m_security->addItem(tr("None: a local relay, without a user"), int(sia::SmtpSecurity::None));
    m_security->setToolTip(tr("STARTTLS must succeed: SIA Admin never falls back to sending in clear."));
    portRow->addWidget(m_port);
    auto* securityLabel = new QLabel(tr("S&ecurity:"), m_serverBox);
    securityLabel->setBuddy(m_security);
    portRow->addWidget(securityLabel);
    portRow->addWidget(m_security, 1);
    auto* portLabel = new QLabel(tr("&Port:"), m_serverBox);
    portLabel->setBuddy(m_port);
    serverForm->addRow(portLabel, portRow);
    m_user = new QLineEdit(m_serverBox);
    m_user->setPlaceholderText(tr("none: no authentication"));
    serverForm->addRow(tr("&User:"), m_user);
    auto* passwordRow = new QHBoxLayout;
    m_password = new QLineEdit(m_serverBox);
    m_password->setEchoMode(QLineEdit::Password);
    m_reveal = new QToolButton(m_serverBox);
    m_reveal->setText(tr("Show"));
    m_reveal->setCheckable(true);
    m_reveal->setAccessibleName(tr("Show the SMTP password"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_reveal);
    auto* passwordLabel = new QLabel(tr("Pass&word:"), m_serverBox);
    passwordLabel->setBuddy(m_password);
    serverForm->addRow(passwordLabel, passwordRow);
    auto* keychainHint = PageCards::paragraph(
        tr("The password is kept in this computer's keychain only, never in the settings."), m_serverBox);
    Theme::setRole(keychainHint, Theme::Role::Muted);
    auto* serverLayout = new QVBoxLayout(m_serverBox);
    serverLayout->addLayout(serverForm);
    serverLayout->addWidget(keychainHint);
    layout->addWidget(m_serverBox);

    auto* messageBox = new QGroupBox(tr("The invitations"), this);
    auto* messageForm = new QFormLayout(messageBox);
    m_fromAddress = new QLineEdit(messageBox);
    m_fromAddress->setPlaceholderText(tr("admin@example.com (required with a server)"));
    messageForm->addRow(tr("Sender's &address:"), m_fromAddress);
    m_fromName = new QLineEdit(messageBox);
    m_fromName->setPlaceholderText(QStringLiteral("SIA Admin"));
    messageForm->addRow(tr("Sender's &name:"), m_fromName);
    m_language = new QComboBox(messageBox);
    m_language->addItem(tr("The app's language"), QString());
    // Each language in its own name, as a reader of it looks for it.
    for (const QString& code :
        { QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("zh_TW"), QStringLiteral("sv") }) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (code == u"zh_TW") {
            name = locale.nativeLanguageName() + QStringLiteral(" (") + locale.nativeTerritoryName()
                + QLatin1Char(')');
        }
        m_language->addItem(name, code);
    }
    messageForm->addRow(tr("&Language:"), m_language);
    layout->addWidget(messageBox);

    auto* testBox = new QGroupBox(tr("Try it"), this);
    auto* testLayout = new QVBoxLayout(testBox);
    testLayout->addWidget(PageCards::paragraph(
        tr("Send a test message with the settings above, saved or not, to see that mail arrives."), testBox));
    auto* testRow = new QHBoxLayout;
    m_testAddress = new QLineEdit(testBox);
    m_testAddress->setPlaceholderText(tr("your address, such as ana@example.com"));
    m_testAddress->setAccessibleName(tr("Address of the test message"));
    m_sendTest = new QPushButton(tr("Send &test message"), testBox);
    testRow->addWidget(m_testAddress, 1);
    testRow->addWidget(m_sendTest);
    testLayout->addLayout(testRow);
    m_testOutcome = new Banner(Banner::Tone::Info, testBox);
    m_testOutcome->setObjectName(QStringLiteral("testOutcome"));
    m_testOutcome->hide();
    testLayout->addWidget(m_testOutcome);
    layout->addWidget(testBox);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(m_chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Outbox folder"),
            m_outboxFolder->text().isEmpty() ? m_outboxFolder->placeholderText() : m_outboxFolder->text());
        if (!folder.isEmpty()) {
            m_outboxFolder->setText(QDir::toNativeSeparators(folder));
        }
    });
    for (QRadioButton* button : { m_outbox, m_smtp }) {
        connect(button, &QRadioButton::toggled, this, &MailDialog::updateEnabled);
    }
    connect(m_user, &QLineEdit::textChanged, this, &MailDialog::updateEnabled);
    connect(m_security, &QComboBox::currentIndexChanged, this, &MailDialog::securityChosen);
    connect(m_sendTest, &QPushButton::clicked, this, &MailDialog::sendTest);
    connect(m_testAddress, &QLineEdit::returnPressed, this, &MailDialog::sendTest);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MailDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();

    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false); // until the settings are shown
    m_sendTest->setEnabled(false);
    if (m_editor) {
        m_editor->load([this, guard = QPointer<MailDialog>(this)](sia::Result<sia::MailSettingsForm> form) {
            if (!guard) {
                return;
            }
            if (!form) {
                m_error->setTitle(tr("The mail settings could not be read"));
                m_error->setText(form.error().message);
                m_error->show();
            } else {
                showForm(*form);
                m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
                m_sendTest->setEnabled(true);
            }
            emit loaded();
        });
    }
}

void MailDialog::showForm(const sia::MailSettingsForm& form)
{
    const sia::MailSettings& settings = form.settings;
    m_smtp->setChecked(!settings.usesOutbox());
    m_outbox->setChecked(settings.usesOutbox());
    m_outboxFolder->setText(QDir::toNativeSeparators(settings.outboxFolder));
    m_outboxFolder->setPlaceholderText(QDir::toNativeSeparators(form.defaultOutboxFolder));
    m_host->setText(settings.smtpHost);
    m_security->blockSignals(true); // showing the stored port, not moving it
    m_security->setCurrentIndex(m_security->findData(int(settings.security)));
    m_security->blockSignals(false);
    m_port->setValue(settings.smtpPort);
    m_user->setText(settings.smtpUser);
    m_passwordStored = form.passwordStored;
    m_storedUser = settings.smtpUser;
    m_fromAddress->setText(settings.fromAddress);
    m_fromName->setText(settings.fromName);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    updateEnabled();
}

void MailDialog::securityChosen()
{
    const auto security = sia::SmtpSecurity(m_security->currentData().toInt());
    const int other = usualPort(security) == 465 ? 587 : 465;
    if (m_port->value() == other) {
        m_port->setValue(usualPort(security));
    }
}

void MailDialog::updateEnabled()
{
    const bool smtp = m_smtp->isChecked();
    m_serverBox->setEnabled(smtp);
    m_outboxFolder->setEnabled(!smtp);
    m_chooseFolder->setEnabled(!smtp);
    const bool withUser = smtp && !m_user->text().trimmed().isEmpty();
    m_password->setEnabled(withUser);
    m_reveal->setEnabled(withUser);
    const bool stored = m_passwordStored && m_user->text().trimmed() == m_storedUser;
    m_password->setPlaceholderText(stored ? tr("stored in the keychain (type to replace it)") : QString());
}

sia::MailSettingsChange MailDialog::change() const
{
    sia::MailSettingsChange change;
    sia::MailSettings& settings = change.settings;
    settings.smtpHost = m_smtp->isChecked() ? m_host->text() : QString();
    settings.smtpPort = m_port->value();
    settings.security = sia::SmtpSecurity(m_security->currentData().toInt());
    settings.smtpUser = m_user->text();
    settings.fromAddress = m_fromAddress->text();
    settings.fromName = m_fromName->text();
    settings.outboxFolder = QDir::fromNativeSeparators(m_outboxFolder->text().trimmed());
    settings.language = m_language->currentData().toString();
    change.newPassword = m_password->text().toUtf8();
    return change;
}

void MailDialog::save()
{
    if (!m_editor) {
        return;
    }
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_editor->save(change(), [this, guard = QPointer<MailDialog>(this)](sia::Result<void> stored) {
        if (!guard) {
            return;
        }
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
        if (!stored) {
            m_error->setTitle(tr("The mail settings were not saved"));
            m_error->setText(stored.error().message);
            m_error->show();
            return;
        }
        m_password->clear();
        emit saved();
        accept();
    });
}

void MailDialog::sendTest()
{
    if (!m_editor || !m_sendTest->isEnabled()) {
        return;
    }
    const QString to = m_testAddress->text().trimmed();
    const bool outbox = m_outbox->isChecked();
    m_sendTest->setEnabled(false);
    m_testOutcome->setTone(Banner::Tone::Info);
    m_testOutcome->setTitle(QString());
    m_testOutcome->setText(tr("Sending a test message to %1…").arg(to));
    m_testOutcome->show();
    m_editor->sendTest(change(), to,
        [this, guard = QPointer<MailDialog>(this), to, outbox](sia::Result<sia::MailDelivery> sent) {
            if (!guard) {
                return;
            }
            m_sendTest->setEnabled(true);
            if (!sent) {
                m_testOutcome->setTone(Banner::Tone::Error);
                m_testOutcome->setTitle(tr("The test message was not sent"));
                m_testOutcome->setText(sent.error().message);
            } else {
                m_testOutcome->setTone(Banner::Tone::Info);
                m_testOutcome->setTitle(tr("The test message left"));
                m_testOutcome->setText(outbox
                        ? tr("It was written to the outbox: %1").arg(QDir::toNativeSeparators(sent->where))
                        //: %1 the address, %2 the server's answer ("250 2.0.0 Ok: queued as …")
                        : tr("The server took the message to %1 (it answered: %2). Look for it in that "
                             "mailbox.")
                              .arg(to, sent->where));
            }
            // The answer may take more lines than the dialog had room for: it grows to show all of it.
            QTimer::singleShot(0, this, [this] {
                if (const QSize wanted = sizeHint(); wanted.height() > height()) {
                    resize(width(), wanted.height());
                }
            });
            emit testFinished(sent.ok());
        });
}
