#include "csvpreviewpage.h"

#include "banner.h"
#include "csvimportsession.h"
#include "theme.h"
#include "users/csv/importpreviewmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizard>

namespace {

// How many counts sit on one line under the valid rows' figure.
constexpr int countsPerLine = 3;

// The verdict column with an icon beside its words (a tick, a note, a warning), so that a problem does not
// rest on reading every cell; the model itself (core) knows no icons.
class VerdictIconModel final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DecorationRole || index.column() != sia::ImportPreviewModel::VerdictColumn) {
            return QIdentityProxyModel::data(index, role);
        }
        const QStyle* style = QApplication::style();
        if (index.data(sia::ImportPreviewModel::ProblemRole).toBool()) {
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return style->standardIcon(index.data(sia::ImportPreviewModel::NoteRole).toBool()
                ? QStyle::SP_MessageBoxInformation
                : QStyle::SP_DialogApplyButton);
    }
};

} // namespace

CsvPreviewPage::CsvPreviewPage(CsvImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_chooser([this](const QString& suggested) {
        return QFileDialog::getSaveFileName(
            this, tr("Save the import's report"), suggested, tr("CSV files (*.csv);;All files (*)"));
    })
{
    setTitle(tr("Check every row"));
    setSubTitle(tr("The rows marked Will be invited are invited together when you press Invite: if one of "
                   "them cannot be, nobody is. The other rows are left out and say why."));
    setCommitPage(true);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    m_banner = new Banner(Banner::Tone::Error, this);
    m_banner->setObjectName(QStringLiteral("previewBanner"));
    m_banner->setClosable(true);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_valid = new QLabel(this);
    m_valid->setObjectName(QStringLiteral("validCount"));
    Theme::setRole(m_valid, Theme::Role::Headline);
    layout->addWidget(m_valid);
    m_countsGrid = new QGridLayout;
    m_countsGrid->setHorizontalSpacing(8);
    m_countsGrid->setVerticalSpacing(6);
    layout->addLayout(m_countsGrid);
    m_teams = new QLabel(this);
    m_teams->setObjectName(QStringLiteral("teamsToCreate"));
    m_teams->setWordWrap(true);
    m_teams->hide();
    layout->addWidget(m_teams);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("previewHint"));
    m_hint->setWordWrap(true);
    Theme::setRole(m_hint, Theme::Role::Muted);
    m_hint->hide();
    layout->addWidget(m_hint);

    m_problemsOnly = new QCheckBox(tr("Only rows with problems"), this);
    connect(
        m_problemsOnly, &QCheckBox::toggled, m_session.model(), &sia::ImportPreviewModel::setProblemsOnly);
    layout->addWidget(m_problemsOnly);

    m_decorated = new VerdictIconModel(this);
    m_decorated->setSourceModel(m_session.model());
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Rows of the file"));
    m_view->setModel(m_decorated);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    auto* reportRow = new QHBoxLayout;
    m_report = new QPushButton(tr("Save report…"), this);
    m_report->setToolTip(
        tr("Every row with its verdict and why, as CSV, to fix the file in the spreadsheet."));
    connect(m_report, &QPushButton::clicked, this, &CsvPreviewPage::onSaveReport);
    reportRow->addWidget(m_report);
    m_reportText = new QLabel(this);
    m_reportText->setObjectName(QStringLiteral("reportSaved"));
    m_reportText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setRole(m_reportText, Theme::Role::Muted);
    reportRow->addWidget(m_reportText, 1);
    layout->addLayout(reportRow);

    connect(&m_session, &CsvImportSession::previewChanged, this, &CsvPreviewPage::showPreview);
    connect(&m_session, &CsvImportSession::busyChanged, this, [this] {
        m_report->setEnabled(m_session.preview() && !m_session.isBusy());
        emit completeChanged();
    });
    connect(&m_session, &CsvImportSession::inviteFinished, this, &CsvPreviewPage::showInvite);
    connect(&m_session, &CsvImportSession::reportFinished, this, &CsvPreviewPage::showReport);
}

void CsvPreviewPage::initializePage()
{
    m_banner->hide();
    m_reportText->clear();
    showPreview();
}

void CsvPreviewPage::showPreview()
{
    const sia::ImportPreview* preview = m_session.preview();
    if (!preview) {
        return;
    }
    const sia::ImportCounts counts = preview->plan.counts();
    m_valid->setText(sia::ImportPreviewModel::countText(sia::RowVerdict::Valid, counts.valid));
    qDeleteAll(m_counts);
    m_counts.clear();
    for (const sia::RowVerdict verdict : sia::allValues<sia::RowVerdict>()) {
        const int rows = counts.byVerdict.value(verdict);
        if (verdict == sia::RowVerdict::Valid || rows == 0) {
            continue;
        }
        auto* chip = new QLabel(sia::ImportPreviewModel::countText(verdict, rows), this);
        chip->setProperty("verdict", sia::toKey(verdict));
        Theme::setRole(chip, Theme::Role::Chip);
        m_countsGrid->addWidget(
            chip, int(m_counts.size()) / countsPerLine, int(m_counts.size()) % countsPerLine, Qt::AlignLeft);
        m_counts.append(chip);
    }
    m_countsGrid->setColumnStretch(countsPerLine, 1);
    const QStringList teams = preview->plan.teamsToCreate();
    //: %1 the teams' names.
    m_teams->setText(tr("The import creates %n team(s): %1.", nullptr, int(teams.size()))
                         .arg(teams.join(QStringLiteral(", "))));
    m_teams->setVisible(!teams.isEmpty());
    const sia::Result<void> importable = m_session.importable();
    m_hint->setText(importable ? QString() : importable.error().message);
    m_hint->setVisible(!importable);
    setButtonText(QWizard::CommitButton, tr("Invite %n people", nullptr, counts.valid));
    m_report->setEnabled(!m_session.isBusy());
    emit completeChanged();
}

QStringList CsvPreviewPage::problemCounts() const
{
    QStringList texts;
    for (const QLabel* chip : m_counts) {
        texts.append(chip->text());
    }
    return texts;
}

bool CsvPreviewPage::isComplete() const
{
    return !m_session.isBusy() && m_session.importable().ok();
}

bool CsvPreviewPage::validatePage()
{
    if (m_session.result()) {
        return true;
    }
    m_banner->hide();
    m_session.invite(field(QStringLiteral("rememberMapping")).toBool());
    return false;
}

void CsvPreviewPage::showInvite()
{
    if (m_session.result()) {
        wizard()->next();
        return;
    }
    const std::optional<sia::Error>& error = m_session.inviteError();
    if (!error) {
        return;
    }
    if (m_session.wasStale()) {
        m_banner->setTone(Banner::Tone::Warning);
        m_banner->setTitle(tr("The users changed since this preview, so nobody was invited"));
        //: %1 core's reason (which row no longer holds), %2 its code.
        m_banner->setText(tr("%1 [%2]\nThe rows below were checked again against the users as they are now: "
                             "look at them, then invite again.")
                              .arg(error->message, error->code));
    } else {
        m_banner->setTone(Banner::Tone::Error);
        m_banner->setTitle(tr("Nobody was invited"));
        m_banner->setText(QStringLiteral("%1 [%2]").arg(error->message, error->code));
    }
    m_banner->show();
}

void CsvPreviewPage::onSaveReport()
{
    const sia::ImportPreview* preview = m_session.preview();
    if (!preview) {
        return;
    }
    const QFileInfo file(preview->path);
    //: The suggested name of the report; %1 the CSV file's name without its extension.
    const QString suggested = file.dir().filePath(tr("%1 - import report.csv").arg(file.completeBaseName()));
    if (const QString path = m_chooser(suggested); !path.isEmpty()) {
        m_reportText->setText(tr("Saving the report…"));
        m_session.saveReport(path);
    }
}

void CsvPreviewPage::showReport()
{
    if (const std::optional<sia::Error>& error = m_session.reportError()) {
        m_reportText->clear();
        m_banner->setTone(Banner::Tone::Error);
        m_banner->setTitle(tr("The report was not saved"));
        m_banner->setText(QStringLiteral("%1 [%2]").arg(error->message, error->code));
        m_banner->show();
        return;
    }
    //: %1 where the report was written.
    m_reportText->setText(
        tr("The report was saved to %1.").arg(QDir::toNativeSeparators(m_session.reportPath())));
}
