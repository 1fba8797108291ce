#include "csvfilepage.h"

#include "banner.h"
#include "csvimportsession.h"
#include "theme.h"
#include "users/csv/csvreader.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CsvFilePage::CsvFilePage(CsvImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_chooser([this] {
        return QFileDialog::getOpenFileName(this, tr("Choose the CSV file of invitees"), QDir::homePath(),
            tr("CSV files (*.csv *.txt);;All files (*)"));
    })
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A file saved from a spreadsheet as CSV: a header line (Email, First name, Last name, "
                   "Role, Teams, …) and one line per person. Nobody is invited before the last page."));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    m_path->setAccessibleName(tr("CSV file"));
    fileRow->addWidget(m_path, 1);
    m_browse = new QPushButton(tr("Browse…"), this);
    Theme::setRole(m_browse, Theme::Role::PrimaryButton);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        if (const QString path = m_chooser(); !path.isEmpty()) {
            chooseFile(path);
        }
    });
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);

    auto* form = new QFormLayout;
    auto* encodingRow = new QHBoxLayout;
    m_encoding = new QComboBox(this);
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->addItem(tr("Detect (UTF-8 or a byte-order mark)"), QString());
    for (const QString& name : sia::CsvReader::encodings()) {
        m_encoding->addItem(name, name);
    }
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_session.path().isEmpty()) {
            m_session.read(m_session.path(), m_encoding->currentData().toString());
        }
    });
    encodingRow->addWidget(m_encoding);
    m_encodingRead = new QLabel(this);
    m_encodingRead->setObjectName(QStringLiteral("encodingRead"));
    Theme::setRole(m_encodingRead, Theme::Role::Muted);
    encodingRow->addWidget(m_encodingRead, 1);
    form->addRow(tr("Encoding:"), encodingRow);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("fileStatus"));
    Theme::setRole(m_status, Theme::Role::Muted);
    m_status->hide();
    layout->addWidget(m_status);

    m_refusal = new Banner(Banner::Tone::Error, this);
    m_refusal->setObjectName(QStringLiteral("fileRefusal"));
    m_refusal->hide();
    layout->addWidget(m_refusal);

    m_found = new QWidget(this);
    auto* found = new QFormLayout(m_found);
    found->setContentsMargins(0, 0, 0, 0);
    m_delimiter = new QLabel(m_found);
    found->addRow(tr("Delimiter:"), m_delimiter);
    m_rows = new QLabel(m_found);
    found->addRow(tr("Rows:"), m_rows);
    m_header = new QLabel(m_found);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    found->addRow(tr("Header:"), m_header);
    m_found->hide();
    layout->addWidget(m_found);
    layout->addStretch(1);

    connect(&m_session, &CsvImportSession::previewChanged, this, &CsvFilePage::showRead);
    connect(&m_session, &CsvImportSession::busyChanged, this, [this] {
        if (m_session.isReading() && !m_session.path().isEmpty()) {
            //: %1 the file's name.
            m_status->setText(tr("Reading %1…").arg(QFileInfo(m_session.path()).fileName()));
            m_status->show();
        } else {
            m_status->hide();
        }
        emit completeChanged();
    });
}

void CsvFilePage::chooseFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_session.read(path, m_encoding->currentData().toString());
}

void CsvFilePage::showRead()
{
    const sia::ImportPreview* preview = m_session.preview();
    if (const std::optional<sia::Error>& refused = m_session.readError()) {
        m_refusal->setTitle(tr("This file cannot be imported"));
        m_refusal->setText(QStringLiteral("%1 [%2]").arg(refused->message, refused->code));
        m_refusal->show();
        m_encodingRead->clear();
        m_found->hide();
        if (refused->code == QStringLiteral("csv.encoding")) {
            m_encoding->setFocus(); // what the message asks the admin to change
        }
    } else if (preview) {
        m_refusal->hide();
        const sia::CsvTable& table = preview->table;
        //: %1 the encoding the file was read in.
        m_encodingRead->setText(preview->options.encoding.isEmpty()
                ? (table.hadByteOrderMark
                        ? tr("Read as %1 (its byte-order mark says so).").arg(table.encoding)
                        : tr("Read as %1 (detected).").arg(table.encoding))
                : tr("Read as %1 (chosen).").arg(table.encoding));
        m_delimiter->setText(sia::CsvReader::delimiterName(table.delimiter));
        m_rows->setText(tr("%n row(s) under the header", nullptr, int(table.rows.size())));
        m_header->setText(table.header.join(QStringLiteral(" · ")));
        m_found->show();
    }
    emit completeChanged();
}

bool CsvFilePage::isComplete() const
{
    return m_session.preview() && !m_session.isBusy();
}
