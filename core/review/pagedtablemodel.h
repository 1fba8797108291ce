// The base of the review's tables: rows that arrive a page at a time from the store's thread. The first
// page comes with the review (ReviewReader reads it in the same job as the plan); the view asks for more
// through canFetchMore/fetchMore as it scrolls near the end, and each further page is a StoreWorker job,
// so the GUI thread never reads the database. reload() starts again from the newest row, after another
// admin (or this one) changed the database; a reply that a reload has overtaken is dropped.
#pragma once

#include "common/result.h"
#include "review/recordpage.h"
#include "store/storeworker.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace sia {

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PagedTableModel(QObject* parent = nullptr);

    // Where further pages come from; without one, the model holds only what it was given.
    void setSource(StoreWorker* worker);
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    // The records in the database that the table covers (with its filter), not only those loaded; and
    // all of them whatever the filter.
    qint64 totalCount() const { return m_total; }
    qint64 unfilteredCount() const { return m_unfiltered; }
    bool isLoading() const { return m_loading; }

    void reload(); // counts again and fetches the first page, asynchronously
    bool canReload() const { return !m_worker.isNull(); }

    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;
    int columnCount(const QModelIndex& parent = {}) const override;

signals:
    void pageLoaded(); // a page arrived: the first (the rows were replaced) or a further one (appended)
    void totalCountChanged(); // totalCount() or unfilteredCount() changed
    void loadFailed(const sia::Error& error);

protected:
    virtual int columns() const = 0;
    virtual int loadedRows() const = 0;
    // Posts the job for the first page (first) or for the one after the last loaded row, with runPage().
    virtual void requestPage(bool first) = 0;

    // Takes a first page read elsewhere (with the review), replacing the rows.
    template<typename Row> void acceptFirstPage(const RecordPage<Row>& page, QList<Row>& rows)
    {
        ++m_generation; // whatever was on its way is older than this
        m_loading = true; // until finishPage(): a fetchMore from a slot of the reset would repeat a page
        beginResetModel();
        rows = page.rows;
        endResetModel();
        finishPage(page.hasMore, page.total, page.unfiltered);
    }

    template<typename Row>
    void runPage(std::function<Result<RecordPage<Row>>(Store&)> job, QList<Row>& rows, bool first)
    {
        if (!m_worker) {
            return;
        }
        const quint64 generation = first ? ++m_generation : m_generation;
        m_loading = true;
        QList<Row>* target = &rows;
        m_worker->run<RecordPage<Row>>(
            std::move(job), this, [this, generation, target, first](const Result<RecordPage<Row>>& page) {
                if (generation != m_generation) {
                    return; // a reload or a new filter came after this job was posted
                }
                if (!page) {
                    m_loading = false;
                    emit loadFailed(page.error());
                    return;
                }
                // Still loading while the rows go in: a view's fetchMore from a slot of the insertion would
                // ask for the page after a row not yet appended.
                if (first) {
                    beginResetModel();
                    *target = page->rows;
                    endResetModel();
                } else if (!page->rows.isEmpty()) {
                    const int from = int(target->size());
                    beginInsertRows({}, from, from + int(page->rows.size()) - 1);
                    target->append(page->rows);
                    endInsertRows();
                }
                finishPage(page->hasMore, page->total, page->unfiltered);
            });
    }

private:
    void finishPage(bool hasMore, qint64 total, qint64 unfiltered);

    QPointer<StoreWorker> m_worker;
    int m_pageSize = reviewPageSize;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_hasMore = false;
    qint64 m_total = 0;
    qint64 m_unfiltered = 0;
};

} // namespace sia
