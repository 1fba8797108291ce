#include "networkdialog.h"

#include "banner.h"
#include "network/extracafile.h"
#include "steps/pagecards.h"
#include "theme.h"

#include <QDateTime>
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
#include <QToolButton>
#include <QVBoxLayout>

NetworkDialog::NetworkDialog(sia::NetworkSettingsEditor* editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setWindowTitle(tr("Network settings"));
    setObjectName(QStringLiteral("networkDialog"));
    auto* layout = new QVBoxLayout(this);
    m_error = new Banner(Banner::Tone::Error, this);
    m_error->hide();
    layout->addWidget(m_error);

    auto* proxyBox = new QGroupBox(tr("Proxy for Marketo and Salesforce"), this);
    auto* proxyLayout = new QVBoxLayout(proxyBox);
    m_system = new QRadioButton(tr("Use the system's proxy settings"), proxyBox);
    m_none = new QRadioButton(tr("No proxy: connect directly"), proxyBox);
    m_manual = new QRadioButton(tr("This proxy:"), proxyBox);
    m_system->setChecked(true);
    proxyLayout->addWidget(m_system);
    proxyLayout->addWidget(m_none);
    proxyLayout->addWidget(m_manual);
    auto* form = new QFormLayout;
    m_address = new QLineEdit(proxyBox);
    m_address->setPlaceholderText(QStringLiteral("http://proxy.example.com:3128"));
    m_address->setToolTip(tr("http://host:port for an HTTP proxy, socks5://host:port for a SOCKS5 proxy."));
    form->addRow(tr("&Address:"), m_address);
    m_user = new QLineEdit(proxyBox);
    m_user->setPlaceholderText(tr("none"));
    form->addRow(tr("&User:"), m_user);
    auto* passwordRow = new QHBoxLayout;
    m_password = new QLineEdit(proxyBox);
    m_password->setEchoMode(QLineEdit::Password);
    m_reveal = new QToolButton(proxyBox);
    m_reveal->setText(tr("Show"));
    m_reveal->setCheckable(true);
    m_reveal->setAccessibleName(tr("Show the proxy password"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_reveal);
    form->addRow(tr("&Password:"), passwordRow);
    proxyLayout->addLayout(form);
    auto* keychainHint = PageCards::paragraph(
        tr("The password is kept in this computer's keychain only, never in the settings."), proxyBox);
    Theme::setRole(keychainHint, Theme::Role::Muted);
    proxyLayout->addWidget(keychainHint);
    layout->addWidget(proxyBox);

    auto* caBox = new QGroupBox(tr("Extra trusted certificate"), this);
    auto* caLayout = new QVBoxLayout(caBox);
    caLayout->addWidget(PageCards::paragraph(
        tr("A proxy that inspects HTTPS (or the sandbox's --tls) presents certificates signed by its own CA. "
           "Choose that CA's certificate file to trust it besides the system's CAs; nothing else is "
           "trusted."),
        caBox));
    auto* fileRow = new QHBoxLayout;
    m_caFile = new QLineEdit(caBox);
    m_caFile->setReadOnly(true);
    m_caFile->setPlaceholderText(tr("none"));
    auto* choose = new QPushButton(tr("&Choose…"), caBox);
    auto* remove = new QPushButton(tr("&Remove"), caBox);
    fileRow->addWidget(m_caFile, 1);
    fileRow->addWidget(choose);
    fileRow->addWidget(remove);
    caLayout->addLayout(fileRow);
    m_caDetails = PageCards::paragraph(QString(), caBox);
    m_caDetails->setObjectName(QStringLiteral("certificateDetails"));
    caLayout->addWidget(m_caDetails);
    layout->addWidget(caBox);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Certificate to trust"), QString(),
            tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!path.isEmpty()) {
            chooseCertificateFile(path);
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] { chooseCertificateFile(QString()); });
    for (QRadioButton* button : { m_system, m_none, m_manual }) {
        connect(button, &QRadioButton::toggled, this, &NetworkDialog::updateEnabled);
    }
    connect(m_user, &QLineEdit::textChanged, this, &NetworkDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NetworkDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showCertificate();
    updateEnabled();

    if (m_editor) {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false); // until the settings are shown
        m_editor->load(
            [this, guard = QPointer<NetworkDialog>(this)](sia::Result<sia::NetworkSettingsForm> form) {
                if (!guard) {
                    return;
                }
                if (!form) {
                    m_error->setTitle(tr("The network settings could not be read"));
                    m_error->setText(form.error().message);
                    m_error->show();
                } else {
                    showForm(*form);
                    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
                }
                emit loaded();
            });
    } else {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
}

void NetworkDialog::showForm(const sia::NetworkSettingsForm& form)
{
    m_system->setChecked(form.mode == sia::ProxyMode::System);
    m_none->setChecked(form.mode == sia::ProxyMode::None);
    m_manual->setChecked(form.mode == sia::ProxyMode::Manual);
    m_address->setText(form.proxyAddress);
    m_user->setText(form.user);
    m_passwordStored = form.passwordStored;
    m_caFile->setText(QDir::toNativeSeparators(form.extraCaFile));
    showCertificate();
    updateEnabled();
}

void NetworkDialog::updateEnabled()
{
    const bool manual = m_manual->isChecked();
    m_address->setEnabled(manual);
    m_user->setEnabled(manual);
    const bool withUser = manual && !m_user->text().trimmed().isEmpty();
    m_password->setEnabled(withUser);
    m_reveal->setEnabled(withUser);
    m_password->setPlaceholderText(
        m_passwordStored ? tr("stored in the keychain (type to replace it)") : QString());
}

void NetworkDialog::chooseCertificateFile(const QString& path)
{
    m_caFile->setText(QDir::toNativeSeparators(path));
    showCertificate();
}

void NetworkDialog::showCertificate()
{
    const QString path = QDir::fromNativeSeparators(m_caFile->text());
    if (path.isEmpty()) {
        m_caDetails->setText(tr("No extra certificate: only the system's CAs are trusted."));
        return;
    }
    // A small local file the admin just chose: read here to show what it holds before anything is saved.
    const sia::Result<QList<QSslCertificate>> certificates
        = sia::ExtraCaFile::load(path, QDateTime::currentDateTimeUtc());
    if (!certificates) {
        m_caDetails->setText(certificates.error().message);
        return;
    }
    QStringList lines;
    for (const QSslCertificate& certificate : *certificates) {
        //: %1 the certificate's subject ("CN=Acme Proxy CA, O=Acme"), %2 its expiry.
        lines << tr("%1, valid until %2")
                     .arg(sia::ExtraCaFile::subjectOf(certificate),
                         QLocale().toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat));
    }
    m_caDetails->setText(lines.join(u'\n'));
}

void NetworkDialog::save()
{
    if (!m_editor) {
        return;
    }
    sia::NetworkSettingsChange change;
    change.mode = m_manual->isChecked() ? sia::ProxyMode::Manual
        : m_none->isChecked()           ? sia::ProxyMode::None
                                        : sia::ProxyMode::System;
    change.proxyAddress = m_address->text();
    change.user = m_user->text();
    change.newPassword = m_password->text().toUtf8();
    change.extraCaFile = QDir::fromNativeSeparators(m_caFile->text());
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_editor->save(change, [this, guard = QPointer<NetworkDialog>(this)](sia::Result<void> stored) {
        if (!guard) {
            return;
        }
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
        if (!stored) {
            m_error->setTitle(tr("The network settings were not saved"));
            m_error->setText(stored.error().message);
            m_error->show();
            return;
        }
        m_password->clear();
        emit saved();
        accept();
    });
}
