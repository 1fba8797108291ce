// Sends the queued invitation emails (step 1's admins and step 5's users alike): reads them from the store,
// composes each in the chosen language (InvitationEmail), hands it to the transport the mail settings
// choose (SMTP or the outbox) on a worker thread of its own, and records each outcome as it comes. One
// failure (a refused recipient) never stops the others; a transport that cannot connect at all stops the
// round with one message and leaves the rest queued. Nothing is marked sent before the transport answered.
#pragma once

#include "common/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace sia {

class MailTransport;
class SecretStore;
class StoreRunner;
struct MailSettings;

class InvitationDelivery : public QObject
{
    Q_OBJECT

public:
    // Makes the transport for a round: SMTP with the keychain's password, or the outbox. Tests hand in
    // their own. The default one reads MailSettings and the password "smtp.password".
    using TransportFactory = std::function<std::unique_ptr<MailTransport>(const MailSettings&, const QByteArray& password)>;

    InvitationDelivery(StoreRunner& store, SecretStore& secrets, QString instance, QObject* parent = nullptr);
    void setTransportFactory(TransportFactory factory);

    bool isBusy() const;

    // Sends what is queued; a call while busy sends what was queued meanwhile once the round ends.
    void deliverQueued();

signals:
    void roundStarted(int queued);
    void delivered(const QString& email, const QString& where); // SMTP reply or .eml path
    void failed(const QString& email, const QString& reason);
    // ok: every queued invitation was sent; else message says what stopped it or how many failed.
    void roundFinished(int sent, int failed, const QString& message);

private:
    struct Private;
    std::shared_ptr<Private> d;
};

} // namespace sia
