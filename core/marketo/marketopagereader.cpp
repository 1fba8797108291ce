#include "marketo/marketopagereader.h"

#include "marketo/marketoclient.h"

#include <QCoreApplication>

namespace sia {
namespace {

class PagingErrors
{
    Q_DECLARE_TR_FUNCTIONS(sia::MarketoPageReader)

public:
    static Error stuck()
    {
        return Error::environment(QStringLiteral("marketo.paging-stuck"),
            tr("Marketo kept answering the same page with more to come. Try again later; if it persists, "
               "contact support with this code."));
    }
};

} // namespace

void MarketoPageReader::read(
    MarketoClient& client, MarketoRequest request, QStringList requestedFields, QObject* receiver, Done done)
{
    auto* reader = new MarketoPageReader(
        client, std::move(request), std::move(requestedFields), receiver, std::move(done));
    reader->fetch();
}

MarketoPageReader::MarketoPageReader(
    MarketoClient& client, MarketoRequest request, QStringList requestedFields, QObject* receiver, Done done)
    : QObject(&client)
    , m_client(client)
    , m_request(std::move(request))
    , m_fields(std::move(requestedFields))
    , m_receiver(receiver)
    , m_done(std::move(done))
{
    if (receiver) {
        // Nobody waits any more: stop (the page on its way is abandoned with this reader, its receiver).
        connect(receiver, &QObject::destroyed, this, &QObject::deleteLater);
    }
}

QJsonObject MarketoPageReader::withNulls(QJsonObject record, const QStringList& requestedFields)
{
    for (const QString& field : requestedFields) {
        if (!record.contains(field)) {
            record.insert(field, QJsonValue::Null);
        }
    }
    return record;
}

void MarketoPageReader::finish(Result<MarketoPages> outcome)
{
    deleteLater();
    // The callback may destroy the client, and this reader with it: nothing of this object is used after.
    if (m_receiver) {
        Done done = std::move(m_done);
        done(std::move(outcome));
    }
}

void MarketoPageReader::fetch()
{
    m_client.send(m_request, this, [this](Result<MarketoResponse> answer) {
        if (!answer) {
            finish(answer.error());
            return;
        }
        ++m_pages.pages;
        for (const QJsonValue& record : answer->result()) {
            m_pages.records.append(withNulls(record.toObject(), m_fields));
        }
        const QString token = answer->nextPageToken();
        const QString previous = m_request.query.queryItemValue(QStringLiteral("nextPageToken"));
        if (!token.isEmpty()) {
            m_pages.nextPageToken = token;
        }
        if (!answer->moreResult()) {
            finish(std::move(m_pages));
            return;
        }
        if (token.isEmpty() || (token == previous && answer->result().isEmpty())) {
            finish(PagingErrors::stuck());
            return;
        }
        m_pages.emptyPagesWithMore += answer->result().isEmpty() ? 1 : 0;
        m_request.query.removeAllQueryItems(QStringLiteral("nextPageToken"));
        addQueryValue(m_request.query, QStringLiteral("nextPageToken"), token);
        fetch();
    });
}

} // namespace sia
