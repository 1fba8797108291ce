// The errors of one sync run on step 4's page: the first few skipped or failed people with when, who
// (the record's reference), what became of them and why, and how many there are in all (Export CSV…
// writes them all). Read through the store's worker, so the GUI thread never touches the database.
#pragma once

#include "sync/syncrunrepository.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class RecordTable;

namespace sia {
class StoreWorker;
}

class SyncErrorList : public QWidget
{
    Q_OBJECT

public:
    static constexpr int shownErrors = 50;

    explicit SyncErrorList(QWidget* parent = nullptr);

    // Reads the run's first errors and their count; runId 0 empties the list.
    void load(sia::StoreWorker* worker, qint64 runId);

    RecordTable* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }

signals:
    void loaded(); // the errors (or why they could not be read) are shown

private:
    struct Page
    {
        QList<sia::SyncErrorRecord> errors;
        qint64 total = 0;
    };

    void show(const sia::Result<Page>& page);

    QStandardItemModel* m_model;
    RecordTable* m_table;
    QLabel* m_count;
    quint64 m_generation = 0;
};
