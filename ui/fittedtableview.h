// A table view that can be as tall as its rows (up to a limit), for short tables inside a page that
// scrolls as a whole: the page scrolls, not a small window inside it.
#pragma once

#include <QTableView>

class FittedTableView : public QTableView
{
    Q_OBJECT

public:
    explicit FittedTableView(QWidget* parent = nullptr);

    // 0 (the default) leaves the height to the layout; n > 0 makes the view as tall as min(rows, n) rows.
    void setFittedRows(int maxRows);
    int fittedRows() const { return m_maxRows; }

    void setModel(QAbstractItemModel* model) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int contentHeight() const;

    int m_maxRows = 0;
};
