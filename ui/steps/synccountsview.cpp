#include "synccountsview.h"

#include "synctext.h"
#include "theme.h"

#include <QGridLayout>
#include <QLabel>

SyncCountsView::SyncCountsView(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(0);
    for (int i = 0; i < countCount; ++i) {
        m_figures[i] = new QLabel(QStringLiteral("0"), this);
        Theme::setRole(m_figures[i], Theme::Role::Headline);
        m_names[i] = new QLabel(this);
        Theme::setRole(m_names[i], Theme::Role::Muted);
        grid->addWidget(m_figures[i], 0, i);
        grid->addWidget(m_names[i], 1, i);
    }
    grid->setColumnStretch(countCount, 1);
    setWouldDo(false);
    setDeletedShown(false);
}

void SyncCountsView::setCounts(const sia::SyncCounts& counts)
{
    const qint64 values[countCount]
        = { counts.created, counts.updated, counts.unchanged, counts.deleted, counts.skipped, counts.failed };
    for (int i = 0; i < countCount; ++i) {
        m_figures[i]->setText(SyncText::number(values[i]));
    }
}

void SyncCountsView::setWouldDo(bool wouldDo)
{
    const QString done[countCount]
        = { tr("created"), tr("updated"), tr("unchanged"), tr("deleted"), tr("skipped"), tr("failed") };
    // As short as the words of a run, so that the row fits the page's column.
    const QString would[countCount] = { tr("to create"), tr("to update"), tr("unchanged"), tr("to delete"),
        tr("to skip"), tr("would fail") };
    for (int i = 0; i < countCount; ++i) {
        m_names[i]->setText(wouldDo ? would[i] : done[i]);
        m_figures[i]->setAccessibleName(m_names[i]->text());
    }
}

void SyncCountsView::setDeletedShown(bool shown)
{
    m_figures[int(Count::Deleted)]->setVisible(shown);
    m_names[int(Count::Deleted)]->setVisible(shown);
}

QString SyncCountsView::figure(Count count) const
{
    return m_figures[int(count)]->text();
}

QString SyncCountsView::name(Count count) const
{
    return m_names[int(count)]->text();
}
