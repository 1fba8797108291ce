// The Network dialog (File › Network settings…, and step 3's button): how SIA Admin reaches Marketo and
// Salesforce. The system's proxy, none, or a manual HTTP or SOCKS5 proxy with an optional user and
// password (masked, with a reveal button; kept in the keychain only), and a certificate file to trust
// besides the system's CAs, showing each certificate's subject and expiry. sia::NetworkSettingsEditor
// checks and stores; the dialog shows and forwards.
#pragma once

#include "network/networksettingseditor.h"

#include <QDialog>
#include <QPointer>

class Banner;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QToolButton;

class NetworkDialog : public QDialog
{
    Q_OBJECT

public:
    // editor may be null (a review, a test): the dialog then shows its fields without saving.
    explicit NetworkDialog(sia::NetworkSettingsEditor* editor, QWidget* parent = nullptr);

    // For tests.
    QRadioButton* systemButton() const { return m_system; }
    QRadioButton* noneButton() const { return m_none; }
    QRadioButton* manualButton() const { return m_manual; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QToolButton* revealButton() const { return m_reveal; }
    QLineEdit* certificateFileEdit() const { return m_caFile; }
    QLabel* certificateLabel() const { return m_caDetails; }
    Banner* errorBanner() const { return m_error; }
    void chooseCertificateFile(const QString& path); // what the file chooser does
    void save();

signals:
    void loaded();
    void saved();

private:
    void showForm(const sia::NetworkSettingsForm& form);
    void showCertificate();
    void updateEnabled();

    QPointer<sia::NetworkSettingsEditor> m_editor;
    QRadioButton* m_system;
    QRadioButton* m_none;
    QRadioButton* m_manual;
    QLineEdit* m_address;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QToolButton* m_reveal;
    QLineEdit* m_caFile;
    QLabel* m_caDetails;
    Banner* m_error;
    QDialogButtonBox* m_buttons;
    bool m_passwordStored = false;
};
