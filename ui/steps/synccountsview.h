// A run's counts side by side, each a figure over its name: created, updated, unchanged, deleted (only
// where a run deletes), skipped and failed. The live block, the dry run's "what a sync would do" and the
// changes card show the same row.
#pragma once

#include "sync/syncrun.h"

#include <QWidget>

class QLabel;

class SyncCountsView : public QWidget
{
    Q_OBJECT

public:
    enum class Count
    {
        Created,
        Updated,
        Unchanged,
        Deleted,
        Skipped,
        Failed
    };

    explicit SyncCountsView(QWidget* parent = nullptr);

    void setCounts(const sia::SyncCounts& counts);
    void setDeletedShown(bool shown);
    // A dry run's counts: what a sync would do, not what was done.
    void setWouldDo(bool wouldDo);
    QString name(Count count) const;
    // For tests: the figure as shown.
    QString figure(Count count) const;

private:
    static constexpr int countCount = 6;
    QLabel* m_figures[countCount] = {};
    QLabel* m_names[countCount] = {};
};
