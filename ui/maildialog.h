// The Mail dialog (File › Mail settings…): how the invitation emails of steps 1 and 5 leave. The outbox (the
// default: .eml files in a folder that a mail program sends), or an SMTP server with its port, security
// (STARTTLS, TLS, none), user and password (masked, with a reveal button; kept in the keychain only), the
// sender's address and name, and the invitations' language. "Send test message" tries the fields as they
// stand, saved or not, and shows what became of the message here. sia::MailSettingsEditor checks, stores and
// sends (off the GUI thread); the dialog shows and forwards.
#pragma once

#include "mail/mailsettingseditor.h"

#include <QDialog>
#include <QPointer>

class Banner;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QToolButton;

class MailDialog : public QDialog
{
    Q_OBJECT

public:
    // editor may be null (a review, a test): the dialog then shows its fields without saving or sending.
    explicit MailDialog(sia::MailSettingsEditor* editor, QWidget* parent = nullptr);

    // For tests.
    QRadioButton* outboxButton() const { return m_outbox; }
    QRadioButton* smtpButton() const { return m_smtp; }
    QLineEdit* outboxFolderEdit() const { return m_outboxFolder; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portSpin() const { return m_port; }
    QComboBox* securityCombo() const { return m_security; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QToolButton* revealButton() const { return m_reveal; }
    QLineEdit* fromAddressEdit() const { return m_fromAddress; }
    QLineEdit* fromNameEdit() const { return m_fromName; }
    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* testAddressEdit() const { return m_testAddress; }
    QPushButton* sendTestButton() const { return m_sendTest; }
    Banner* errorBanner() const { return m_error; }
    Banner* testBanner() const { return m_testOutcome; }
    void save();
    void sendTest();

signals:
    void loaded();
    void saved();
    void testFinished(bool sent);

private:
    void showForm(const sia::MailSettingsForm& form);
    sia::MailSettingsChange change() const;
    void securityChosen();
    void updateEnabled();

    QPointer<sia::MailSettingsEditor> m_editor;
    Banner* m_error;
    QRadioButton* m_outbox;
    QRadioButton* m_smtp;
    QLineEdit* m_outboxFolder;
    QPushButton* m_chooseFolder;
    QGroupBox* m_serverBox;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QToolButton* m_reveal;
    QLineEdit* m_fromAddress;
    QLineEdit* m_fromName;
    QComboBox* m_language;
    QLineEdit* m_testAddress;
    QPushButton* m_sendTest;
    Banner* m_testOutcome;
    QDialogButtonBox* m_buttons;
    bool m_passwordStored = false;
    QString m_storedUser;
};
