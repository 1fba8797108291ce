// The read-only people browser of step 4 ("Browse people…"): a search field (name, email, company or
// ID) over a table that loads as it scrolls, and how many people match. It shows any item model and asks
// it for a new search through searchChanged (after a short pause in the typing, so that a million rows
// are not searched per key); over a sia::PagedTableModel it names the matches and the total and says
// when a page is on its way. Nothing in it edits a person: people are read-only in Actions.
#pragma once

#include <QDialog>
#include <QPointer>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sia {
class PagedTableModel;
class StoreWorker;
} // namespace sia

class PeopleBrowser : public QDialog
{
    Q_OBJECT

public:
    static constexpr int searchPauseMs = 250;

    explicit PeopleBrowser(QAbstractItemModel* model, QWidget* parent = nullptr);
    // The browser over the people of the store (sia::PeopleTableModel, paged through worker), searching
    // it as the admin types. The browser owns its model.
    static PeopleBrowser* overStore(sia::StoreWorker& worker, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QTableView* view() const { return m_view; }
    QLabel* countLabel() const { return m_count; }
    QLabel* emptyLabel() const { return m_empty; }

signals:
    void searchChanged(const QString& text); // trimmed

private:
    void applySearch();
    void updateCount();
    void fitColumnsOnce();

    QAbstractItemModel* m_model;
    QPointer<sia::PagedTableModel> m_paged;
    QLineEdit* m_search;
    QTableView* m_view;
    QLabel* m_count;
    QLabel* m_empty;
    QTimer* m_pause;
    QString m_lastSearch;
    bool m_fitted = false;
};
