#include "recordtable.h"

#include "fittedtableview.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

RecordTable::RecordTable(QAbstractItemModel* model, const QString& emptyText, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new FittedTableView(this))
    , m_empty(new QLabel(emptyText, this))
{
    m_view->setModel(model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(16);
    m_empty->setMinimumHeight(64);
    m_empty->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_empty->setStyleSheet(
        QStringLiteral("QLabel { color: #556070; background: #ffffff; border: 1px dashed #c4ccd6;"
                       " border-radius: 6px; }"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);

    connect(model, &QAbstractItemModel::modelReset, this, &RecordTable::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &RecordTable::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RecordTable::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordTable::update);
    update();
}

QTableView* RecordTable::view() const
{
    return m_view;
}

bool RecordTable::isShowingEmptyText() const
{
    return !m_empty->isHidden();
}

void RecordTable::fitHeightToRows(int maxRows)
{
    m_view->setFittedRows(maxRows);
    m_empty->setSizePolicy(
        QSizePolicy::Preferred, maxRows > 0 ? QSizePolicy::Preferred : QSizePolicy::Expanding);
}

void RecordTable::update()
{
    const bool empty = m_model->rowCount() == 0;
    m_view->setHidden(empty);
    m_empty->setHidden(!empty);
}
