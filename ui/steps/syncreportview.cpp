#include "syncreportview.h"

#include "pagecards.h"
#include "synccountsview.h"
#include "synctext.h"
#include "theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {

QLabel* subheading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

SyncReportView::SyncReportView(QWidget* parent)
    : QWidget(parent)
    , m_empty(PageCards::paragraph(tr("No dry run yet. A dry run reads every person in Marketo, writes "
                                      "nothing, and reports who would sync, who would not and why, and "
                                      "the duplicate emails."),
          this))
    , m_body(new QWidget(this))
    , m_summary(PageCards::paragraph(QString(), m_body))
    , m_exclusions(PageCards::paragraph(QString(), m_body))
    , m_warnings(PageCards::paragraph(QString(), m_body))
    , m_duplicates(PageCards::paragraph(QString(), m_body))
    , m_examples(PageCards::paragraph(QString(), m_body))
    , m_wouldDo(new SyncCountsView(m_body))
    , m_finished(PageCards::paragraph(QString(), m_body))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    Theme::setRole(m_empty, Theme::Role::Muted);
    layout->addWidget(m_empty);
    layout->addWidget(m_body);

    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(6);
    m_summary->setObjectName(QStringLiteral("dryRunSummary"));
    body->addWidget(m_summary);
    body->addSpacing(4);
    body->addWidget(subheading(tr("Excluded, and why"), m_body));
    m_exclusions->setObjectName(QStringLiteral("dryRunExclusions"));
    body->addWidget(m_exclusions);
    body->addSpacing(4);
    body->addWidget(subheading(tr("Warnings (these people still sync)"), m_body));
    m_warnings->setObjectName(QStringLiteral("dryRunWarnings"));
    body->addWidget(m_warnings);
    body->addSpacing(4);
    body->addWidget(subheading(tr("Duplicate emails"), m_body));
    m_duplicates->setObjectName(QStringLiteral("dryRunDuplicates"));
    body->addWidget(m_duplicates);
    m_examples->setObjectName(QStringLiteral("dryRunDuplicateExamples"));
    body->addWidget(m_examples);
    body->addSpacing(4);
    body->addWidget(subheading(tr("What a sync would do now"), m_body));
    m_wouldDo->setWouldDo(true);
    body->addWidget(m_wouldDo);
    Theme::setRole(m_finished, Theme::Role::Muted);
    body->addWidget(m_finished);
    clear();
}

void SyncReportView::clear()
{
    m_hasReport = false;
    m_empty->show();
    m_body->hide();
}

QString SyncReportView::reasonLines(const QList<sia::ReasonCount>& reasons)
{
    QStringList lines;
    for (const sia::ReasonCount& reason : reasons) {
        //: One reason of the dry run's report: %1 the reason, %n the people it concerns.
        lines << tr("• %1: %Ln people", nullptr, int(reason.count)).arg(reason.text);
    }
    return lines.join(QLatin1Char('\n'));
}

void SyncReportView::showReport(const sia::EligibilityReport& report)
{
    m_hasReport = true;
    m_empty->hide();
    m_body->show();
    // Two sentences, so that each count takes its own plural.
    m_summary->setText(tr("%Ln people in Marketo were read.", nullptr, int(report.scanned)) + QLatin1Char(' ')
        + tr("%Ln of them have a Sales Owner and would sync.", nullptr, int(report.eligible)));
    qint64 excluded = 0;
    for (const sia::ReasonCount& reason : report.excluded) {
        excluded += reason.count;
    }
    m_exclusions->setText(report.excluded.isEmpty() ? tr("Nobody is excluded.")
                                                    : tr("%Ln people would not sync:", nullptr, int(excluded))
                + QLatin1Char('\n') + reasonLines(report.excluded));
    m_warnings->setText(report.warnings.isEmpty() ? tr("No warnings.") : reasonLines(report.warnings));

    if (report.duplicateEmails == 0) {
        m_duplicates->setText(tr("No two eligible people share an email."));
        m_examples->hide();
    } else {
        m_duplicates->setText(tr("%Ln emails are each held by more than one eligible person.", nullptr,
                                  int(report.duplicateEmails))
            + QLatin1Char(' ')
            + tr("%Ln people in all have one of them.", nullptr, int(report.peopleWithDuplicateEmail))
            + QLatin1Char(' ')
            + tr(
                "Actions keeps them as separate records, as Marketo does: if they are the same person, merge "
                "them in Marketo before the sync."));
        QStringList lines;
        for (const sia::DuplicateEmail& duplicate : report.duplicateExamples) {
            QStringList ids;
            for (qint64 id : duplicate.marketoIds) {
                ids << QString::number(id); // an ID, not a quantity: no group separators
            }
            //: %1 the email, %n the eligible people with it, %2 a few of their Marketo IDs.
            lines << tr("• %1: %Ln people (Marketo IDs %2)", nullptr, int(duplicate.count))
                         .arg(duplicate.email, ids.join(QStringLiteral(", ")));
        }
        m_examples->setText(tr("The most frequent:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        m_examples->setVisible(!lines.isEmpty());
    }
    m_wouldDo->setCounts(report.wouldDo);
    m_finished->setText(report.finishedAt.isValid()
            ? tr("Dry run finished %1; nothing was written.").arg(SyncText::when(report.finishedAt))
            : tr("Nothing was written."));
}
