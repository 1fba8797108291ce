#include "syncerrorlist.h"

#include "recordtable.h"
#include "store/storeworker.h"
#include "synctext.h"
#include "theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

SyncErrorList::SyncErrorList(QWidget* parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, 4, this))
    , m_table(nullptr)
    , m_count(new QLabel(this))
{
    m_model->setHorizontalHeaderLabels({ tr("When"), tr("Person"), tr("Outcome"), tr("Why") });
    m_table = new RecordTable(m_model, tr("No person was skipped or failed."), this);
    m_table->setObjectName(QStringLiteral("syncErrorTable"));
    m_table->fitHeightToRows(8);
    QTableView* view = m_table->view();
    view->setWordWrap(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int column = 0; column < 3; ++column) {
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    view->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_count->setObjectName(QStringLiteral("syncErrorCount"));
    m_count->setWordWrap(true);
    Theme::setRole(m_count, Theme::Role::Muted);
    m_count->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_count);
}

void SyncErrorList::load(sia::StoreWorker* worker, qint64 runId)
{
    const quint64 generation = ++m_generation;
    if (!worker || runId <= 0) {
        m_model->removeRows(0, m_model->rowCount());
        m_count->hide();
        emit loaded();
        return;
    }
    worker->run<Page>(
        [runId](sia::Store& store) -> sia::Result<Page> {
            const sia::SyncRunRepository runs(store);
            sia::Result<QList<sia::SyncErrorRecord>> errors = runs.errors(runId, 0, shownErrors);
            if (!errors) {
                return errors.error();
            }
            sia::Result<qint64> total = runs.errorCount(runId);
            if (!total) {
                return total.error();
            }
            return Page { *errors, *total };
        },
        this,
        [this, generation](sia::Result<Page> page) {
            if (generation == m_generation) { // a later run's errors were asked for meanwhile
                show(page);
            }
        });
}

void SyncErrorList::show(const sia::Result<Page>& page)
{
    m_model->removeRows(0, m_model->rowCount());
    if (!page) {
        m_count->setText(tr("The errors could not be read: %1").arg(page.error().message));
        m_count->show();
        emit loaded();
        return;
    }
    for (const sia::SyncErrorRecord& error : page->errors) {
        m_model->appendRow({ cell(SyncText::when(error.at)), cell(error.recordRef),
            cell(error.outcome == sia::SyncErrorOutcome::Failed ? tr("Failed") : tr("Skipped")),
            cell(error.message) });
    }
    m_table->view()->resizeRowsToContents();
    if (page->total > page->errors.size()) {
        //: %1 the errors shown; %n all of them.
        m_count->setText(tr("The first %1 of %Ln; Export CSV… writes them all.", nullptr, int(page->total))
                             .arg(SyncText::number(page->errors.size())));
        m_count->show();
    } else {
        m_count->hide();
    }
    emit loaded();
}
