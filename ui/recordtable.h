// A read-only table of records (history, audit entries, settings) that says so plainly when there is
// nothing to show yet, instead of an empty grid.
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class FittedTableView;
class QTableView;

class RecordTable : public QWidget
{
    Q_OBJECT

public:
    RecordTable(QAbstractItemModel* model, const QString& emptyText, QWidget* parent = nullptr);

    QTableView* view() const;
    bool isShowingEmptyText() const;
    // The table takes the height of its rows, up to maxRows, so that a short history needs no scrolling.
    void fitHeightToRows(int maxRows);

private:
    void update();

    QAbstractItemModel* m_model;
    FittedTableView* m_view;
    QLabel* m_empty;
};
