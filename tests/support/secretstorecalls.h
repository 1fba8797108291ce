// Test helpers that run one SecretStore call to completion by waiting on the event loop (as QTRY_VERIFY
// does, never sleeping). A store that does not answer in time yields Error code "test.no-answer".
#pragma once

#include "secrets/secretstore.h"

#include <QTest>

#include <memory>
#include <optional>

namespace sia::test {

// Generous: a real keychain answers over D-Bus and may start its daemon on first use.
constexpr int secretStoreTimeoutMs = 15000;

// Starts an asynchronous call (`start` receives the callback to hand on) and waits for its answer.
template<typename T, typename Start> Result<T> callAndWait(Start start)
{
    // Shared, so a callback that arrives after a timed-out wait writes into a live object.
    auto outcome = std::make_shared<std::optional<Result<T>>>();
    start([outcome](Result<T> result) { *outcome = std::move(result); });
    if (!QTest::qWaitFor([&outcome] { return outcome->has_value(); }, secretStoreTimeoutMs))
        return Error::internal(
            QStringLiteral("test.no-answer"), QStringLiteral("the secret store did not answer"));
    return std::move(**outcome);
}

inline Result<void> writeAndWait(SecretStore& store, const SecretKey& key, const QByteArray& secret)
{
    return callAndWait<void>([&](SecretStore::WriteDone done) { store.write(key, secret, std::move(done)); });
}

inline Result<QByteArray> readAndWait(SecretStore& store, const SecretKey& key)
{
    return callAndWait<QByteArray>([&](SecretStore::ReadDone done) { store.read(key, std::move(done)); });
}

inline Result<void> removeAndWait(SecretStore& store, const SecretKey& key)
{
    return callAndWait<void>([&](SecretStore::WriteDone done) { store.remove(key, std::move(done)); });
}

// For QVERIFY2: what a failed result says, safe to call on a successful one.
template<typename T> QByteArray describe(const Result<T>& result)
{
    return result.ok() ? QByteArray("ok")
                       : (result.error().code + QLatin1String(": ") + result.error().message).toUtf8();
}

// True when the call failed with this kind of error (and not when it succeeded).
template<typename T> bool failedWith(const Result<T>& result, ErrorKind kind)
{
    return !result.ok() && result.error().kind == kind;
}

// For checks that only care whether a call failed, and how.
template<typename T> Result<void> discardValue(const Result<T>& result)
{
    return result.ok() ? Result<void>() : Result<void>(result.error());
}

} // namespace sia::test
