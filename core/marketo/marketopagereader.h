// Reads every page of a Marketo listing: asks again with the answer's nextPageToken for as long as
// moreResult is true, through empty pages (the activity log is scanned in blocks, so a page may hold
// nothing while more follows). Requested fields a record lacks are added as null: Marketo leaves out
// fields without a value, and absent reads as null. Deletes itself when done.
#pragma once

#include "common/result.h"
#include "marketo/marketorequest.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace sia {

class MarketoClient;

struct MarketoPages
{
    QList<QJsonObject> records;
    QString nextPageToken; // the last one answered: where a later read resumes
    int pages = 0;
    int emptyPagesWithMore = 0; // pages that held nothing while moreResult was true
};

class MarketoPageReader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketoPageReader)

public:
    using Done = std::function<void(Result<MarketoPages>)>;

    // Starts reading at once; request's nextPageToken query item, if any, is the first page's.
    static void read(MarketoClient& client, MarketoRequest request, QStringList requestedFields,
        QObject* receiver, Done done);

    static QJsonObject withNulls(QJsonObject record, const QStringList& requestedFields);

private:
    MarketoPageReader(MarketoClient& client, MarketoRequest request, QStringList requestedFields,
        QObject* receiver, Done done);
    void fetch();
    void finish(Result<MarketoPages> outcome);

    MarketoClient& m_client;
    MarketoRequest m_request;
    QStringList m_fields;
    QPointer<QObject> m_receiver;
    Done m_done;
    MarketoPages m_pages;
};

} // namespace sia
