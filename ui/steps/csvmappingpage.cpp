#include "csvmappingpage.h"

#include "banner.h"
#include "csvimportsession.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

// How many of a column's values are shown beside its combo, to check it by.
constexpr int sampleCount = 3;

} // namespace

CsvMappingPage::CsvMappingPage(CsvImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Check the columns"));
    setSubTitle(tr("Each field is read from one column of the file. SIA Admin matched them from the header: "
                   "check them against the values shown, and change any that is wrong."));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("mappingSource"));
    m_source->setWordWrap(true);
    Theme::setRole(m_source, Theme::Role::Muted);
    layout->addWidget(m_source);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    auto* fieldHeading = new QLabel(tr("Field"), this);
    auto* columnHeading = new QLabel(tr("Column of the file"), this);
    auto* sampleHeading = new QLabel(tr("Its first values"), this);
    for (QLabel* heading : { fieldHeading, columnHeading, sampleHeading }) {
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
    }
    grid->addWidget(fieldHeading, 0, 0);
    grid->addWidget(columnHeading, 0, 1);
    grid->addWidget(sampleHeading, 0, 2);
    int row = 1;
    for (const sia::InviteeField field : sia::ColumnMapping::fields()) {
        //: %1 a field: Email address, First name, …
        auto* label = new QLabel(tr("%1:").arg(sia::ColumnMapping::fieldName(field)), this);
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column-") + sia::ColumnMapping::fieldKey(field));
        combo->setAccessibleName(sia::ColumnMapping::fieldName(field));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(18);
        label->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvMappingPage::onComboChanged);
        auto* sample = new QLabel(this);
        Theme::setRole(sample, Theme::Role::Muted);
        sample->setTextFormat(Qt::PlainText);
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(sample, row, 2);
        m_combos.insert(field, combo);
        m_samples.insert(field, sample);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);

    auto* names = new QLabel(tr("A full name is split into first and last name at its last space when "
                                "neither first nor last name has a column. Teams in one cell are separated "
                                "by ; or | (or commas, when commas do not separate the columns); a team "
                                "that does not exist yet is created. An empty role is User."),
        this);
    names->setWordWrap(true);
    Theme::setRole(names, Theme::Role::Muted);
    layout->addWidget(names);

    m_problem = new Banner(Banner::Tone::Error, this);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_remember = new QCheckBox(tr("Remember these columns for the next file with this header"), this);
    m_remember->setChecked(true);
    registerField(QStringLiteral("rememberMapping"), m_remember);
    layout->addWidget(m_remember);
    layout->addStretch(1);

    connect(&m_session, &CsvImportSession::previewChanged, this, &CsvMappingPage::showPreview);
    connect(&m_session, &CsvImportSession::busyChanged, this, &CsvMappingPage::completeChanged);
}

void CsvMappingPage::initializePage()
{
    showPreview();
}

void CsvMappingPage::fillColumns(const QStringList& header)
{
    m_header = header;
    for (QComboBox* combo : std::as_const(m_combos)) {
        const QSignalBlocker quiet(combo);
        combo->clear();
        combo->addItem(tr("Not in the file"), sia::ColumnMapping::notInFile);
        for (int column = 0; column < header.size(); ++column) {
            const QString name = header.at(column);
            //: a column without a name in the header; %1 its 1-based number.
            combo->addItem(name.isEmpty() ? tr("Column %1 (no name)").arg(column + 1)
                    : header.count(name) > 1
                    //: a header name the file uses twice; %1 the name, %2 the column's 1-based number.
                    ? tr("%1 (column %2)").arg(name).arg(column + 1)
                    : name,
                column);
        }
    }
}

void CsvMappingPage::showPreview()
{
    const sia::ImportPreview* preview = m_session.preview();
    if (!preview) {
        return;
    }
    if (preview->table.header != m_header) {
        fillColumns(preview->table.header);
    }
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const int column = preview->mapping.column(it.key());
        const QSignalBlocker quiet(it.value());
        it.value()->setCurrentIndex(qMax(0, it.value()->findData(column)));
        QStringList values;
        for (const sia::CsvRow& row : preview->table.rows) {
            if (column < 0 || values.size() == sampleCount) {
                break;
            }
            if (const QString value = row.cells.value(column).trimmed(); !value.isEmpty()) {
                values.append(value);
            }
        }
        QLabel* sample = m_samples.value(it.key());
        sample->setText(values.join(QStringLiteral(", ")));
        sample->setToolTip(values.join(u'\n'));
    }
    m_source->setText(preview->mappingSaved
            ? tr("These are the columns you kept for a file with this header.")
            : tr("Matched from the header of %1.").arg(QFileInfo(preview->path).fileName()));
    if (sia::Result<void> fits = preview->mapping.check(preview->table.header); !fits) {
        m_problem->setTitle(tr("The columns do not fit yet"));
        m_problem->setText(QStringLiteral("%1 [%2]").arg(fits.error().message, fits.error().code));
        m_problem->show();
    } else {
        m_problem->hide();
    }
    emit completeChanged();
}

sia::ColumnMapping CsvMappingPage::chosenMapping() const
{
    sia::ColumnMapping mapping;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        mapping.setColumn(it.key(), it.value()->currentData().toInt());
    }
    return mapping;
}

void CsvMappingPage::choose(sia::InviteeField field, int column)
{
    if (QComboBox* combo = m_combos.value(field)) {
        combo->setCurrentIndex(qMax(0, combo->findData(column)));
    }
}

void CsvMappingPage::onComboChanged()
{
    m_session.remap(chosenMapping());
}

bool CsvMappingPage::isComplete() const
{
    const sia::ImportPreview* preview = m_session.preview();
    return preview && !m_session.isBusy() && preview->mapping.check(preview->table.header).ok();
}
