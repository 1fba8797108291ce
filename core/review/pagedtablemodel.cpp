#include "review/pagedtablemodel.h"

namespace sia {

PagedTableModel::PagedTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PagedTableModel::setSource(StoreWorker* worker)
{
    m_worker = worker;
}

void PagedTableModel::reload()
{
    requestPage(true);
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_worker && m_hasMore && !m_loading;
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        requestPage(false);
    }
}

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns();
}

void PagedTableModel::finishPage(bool hasMore, qint64 total, qint64 unfiltered)
{
    m_loading = false;
    m_hasMore = hasMore;
    if (total >= 0 && (total != m_total || unfiltered != m_unfiltered)) {
        m_total = total;
        m_unfiltered = unfiltered;
        emit totalCountChanged();
    }
    emit pageLoaded();
}

} // namespace sia
