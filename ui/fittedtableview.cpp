#include "fittedtableview.h"

#include <QHeaderView>
#include <QScrollBar>

FittedTableView::FittedTableView(QWidget* parent)
    : QTableView(parent)
{
    connect(verticalHeader(), &QHeaderView::sectionResized, this, [this]() {
        if (m_maxRows > 0) {
            updateGeometry();
        }
    });
    connect(verticalHeader(), &QHeaderView::sectionCountChanged, this, [this]() {
        if (m_maxRows > 0) {
            updateGeometry();
        }
    });
}

void FittedTableView::setFittedRows(int maxRows)
{
    m_maxRows = maxRows;
    setSizePolicy(sizePolicy().horizontalPolicy(), maxRows > 0 ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    updateGeometry();
}

void FittedTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &QWidget::updateGeometry);
        connect(model, &QAbstractItemModel::rowsInserted, this, &QWidget::updateGeometry);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &QWidget::updateGeometry);
        connect(model, &QAbstractItemModel::layoutChanged, this, &QWidget::updateGeometry);
    }
}

int FittedTableView::contentHeight() const
{
    const int rows = model() ? qMin(model()->rowCount(rootIndex()), m_maxRows) : 0;
    int height = 2 * frameWidth();
    if (!horizontalHeader()->isHidden()) {
        height += horizontalHeader()->sizeHint().height();
    }
    for (int row = 0; row < qMax(rows, 1); ++row) {
        height += row < rows ? rowHeight(row) : verticalHeader()->defaultSectionSize();
    }
    if (horizontalScrollBar()->isVisible()) {
        height += horizontalScrollBar()->sizeHint().height();
    }
    return height;
}

QSize FittedTableView::sizeHint() const
{
    QSize hint = QTableView::sizeHint();
    if (m_maxRows > 0) {
        hint.setHeight(contentHeight());
    }
    return hint;
}

QSize FittedTableView::minimumSizeHint() const
{
    QSize hint = QTableView::minimumSizeHint();
    if (m_maxRows > 0) {
        hint.setHeight(contentHeight());
    }
    return hint;
}
