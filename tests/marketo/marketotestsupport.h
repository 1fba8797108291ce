// What the Marketo client tests share: a connection to an in-process sandbox from its ready line, with
// quick retries, and a way to wait for one asynchronous result without sleeping.
#pragma once

#include "marketo/marketoclient.h"
#include "sandbox/sandbox.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

inline sia::MarketoConnection sandboxConnection(sia::sandbox::Sandbox& sandbox)
{
    const QJsonObject marketo = sandbox.readyInfo().value(QStringLiteral("marketo")).toObject();
    sia::MarketoConnection connection;
    connection.restUrl = QUrl(marketo.value(QStringLiteral("restUrl")).toString());
    connection.identityUrl = QUrl(marketo.value(QStringLiteral("identityUrl")).toString());
    connection.clientId = marketo.value(QStringLiteral("clientId")).toString();
    connection.clientSecret = marketo.value(QStringLiteral("clientSecret")).toString();
    connection.retry.initialDelay = std::chrono::milliseconds(5);
    connection.retry.maxDelay = std::chrono::milliseconds(50);
    return connection;
}

// Collects callback results; a test waits for them with QTRY_COMPARE on size().
template<typename T> class Outcomes
{
public:
    std::function<void(sia::Result<T>)> callback()
    {
        return [this](sia::Result<T> outcome) {
            m_outcomes.push_back(std::move(outcome));
        };
    }
    int size() const { return int(m_outcomes.size()); }
    const std::vector<sia::Result<T>>& all() const { return m_outcomes; }
    const sia::Result<T>& first() const { return m_outcomes.front(); }

private:
    std::vector<sia::Result<T>> m_outcomes;
};
