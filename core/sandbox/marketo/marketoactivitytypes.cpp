#include "sandbox/marketo/marketoactivitytypes.h"

#include <QJsonObject>

namespace sia::sandbox::marketo {
namespace {

QJsonObject toJson(const ActivityType& type)
{
    QJsonObject object { { QStringLiteral("id"), type.id }, { QStringLiteral("name"), type.name },
        { QStringLiteral("description"), type.description } };
    if (!type.apiName.isEmpty()) {
        object.insert(QStringLiteral("apiName"), type.apiName);
    }
    if (!type.primaryAttribute.isEmpty()) {
        object.insert(QStringLiteral("primaryAttribute"),
            QJsonObject { { QStringLiteral("name"), type.primaryAttribute },
                { QStringLiteral("dataType"), QStringLiteral("string") } });
    }
    QJsonArray attributes;
    for (const QString& name : type.attributes) {
        attributes.append(QJsonObject {
            { QStringLiteral("name"), name }, { QStringLiteral("dataType"), QStringLiteral("string") } });
    }
    object.insert(QStringLiteral("attributes"), attributes);
    return object;
}

} // namespace

const QList<ActivityType>& MarketoActivityTypes::standard()
{
    static const QList<ActivityType> types {
        { 1, QStringLiteral("Visit Webpage"), QStringLiteral("User visits a web page"),
            QStringLiteral("Webpage ID"),
            { QStringLiteral("Client IP Address"), QStringLiteral("Query Parameters"),
                QStringLiteral("Referrer URL"), QStringLiteral("User Agent") },
            false, {} },
        { 2, QStringLiteral("Fill Out Form"), QStringLiteral("User fills out and submits form on web page"),
            QStringLiteral("Webform ID"), { QStringLiteral("Form Fields"), QStringLiteral("Webpage ID") },
            false, {} },
        { 6, QStringLiteral("Send Email"), QStringLiteral("Send Marketo Email to a person"),
            QStringLiteral("Mailing ID"), { QStringLiteral("Campaign Run ID"), QStringLiteral("Step ID") },
            false, {} },
        { 7, QStringLiteral("Email Delivered"), QStringLiteral("Marketo Email is delivered to a person"),
            QStringLiteral("Mailing ID"), { QStringLiteral("Campaign Run ID") }, false, {} },
        { 9, QStringLiteral("Unsubscribe Email"), QStringLiteral("Person unsubscribes from Marketo Emails"),
            QStringLiteral("Mailing ID"), {}, false, {} },
        { 10, QStringLiteral("Open Email"), QStringLiteral("User opens Marketo Email"),
            QStringLiteral("Mailing ID"), { QStringLiteral("Device"), QStringLiteral("Platform") }, false,
            {} },
        { 11, QStringLiteral("Click Email"), QStringLiteral("User clicks on a link in a Marketo Email"),
            QStringLiteral("Mailing ID"), { QStringLiteral("Link") }, false, {} },
        { newLead, QStringLiteral("New Lead"), QStringLiteral("New person"), {},
            { QStringLiteral("Created Date"), QStringLiteral("Form Name"), QStringLiteral("List Name"),
                QStringLiteral("Source Type") },
            false, {} },
        { changeDataValue, QStringLiteral("Change Data Value"),
            QStringLiteral("Changed attribute value for a person"), QStringLiteral("Attribute Name"),
            { QStringLiteral("New Value"), QStringLiteral("Old Value"), QStringLiteral("Reason"),
                QStringLiteral("Source") },
            false, {} },
        { deleteLead, QStringLiteral("Delete Lead"), QStringLiteral("Delete person from database"),
            QStringLiteral("Lead ID"), { QStringLiteral("Remove from CRM") }, false, {} },
        { 39, QStringLiteral("Send Sales Email"), QStringLiteral("Sales Insight Actions sent a sales email"),
            QStringLiteral("Email Template"), { QStringLiteral("Subject"), QStringLiteral("Sent By") }, true,
            {} },
        { 40, QStringLiteral("Open Sales Email"), QStringLiteral("Person opened a sales email"),
            QStringLiteral("Email Template"), { QStringLiteral("Subject") }, true, {} },
        { 41, QStringLiteral("Click Sales Email"), QStringLiteral("Person clicked a link in a sales email"),
            QStringLiteral("Email Template"), { QStringLiteral("Link"), QStringLiteral("Subject") }, true,
            {} },
        { 42, QStringLiteral("Received Sales Call"), QStringLiteral("A seller logged a call with the person"),
            QStringLiteral("Call Outcome"), { QStringLiteral("Duration"), QStringLiteral("Notes") }, true,
            {} },
        { 43, QStringLiteral("Add to Sales Campaign"), QStringLiteral("Person added to a sales campaign"),
            QStringLiteral("Sales Campaign"), { QStringLiteral("Added By") }, true, {} },
        { 44, QStringLiteral("Remove from Sales Campaign"),
            QStringLiteral("Person removed from a sales campaign"), QStringLiteral("Sales Campaign"),
            { QStringLiteral("Removed By") }, true, {} },
        { 45, QStringLiteral("Received Sales Email"), QStringLiteral("Person replied to a sales email"),
            QStringLiteral("Email Template"), { QStringLiteral("Subject") }, true, {} },
        { 46, QStringLiteral("Interesting Moment"), QStringLiteral("Interesting moment for a person"),
            QStringLiteral("Milestone"), { QStringLiteral("Description"), QStringLiteral("Source") }, false,
            {} },
        { 48, QStringLiteral("Sales Email Bounced"), QStringLiteral("A sales email to the person bounced"),
            QStringLiteral("Email Template"), { QStringLiteral("Subject"), QStringLiteral("Details") }, true,
            {} },
    };
    return types;
}

const QList<ActivityType>& MarketoActivityTypes::custom()
{
    static const QList<ActivityType> types {
        { 100001, QStringLiteral("SIA Sales Activity"),
            QStringLiteral("Sales activity logged by SIA Admin through the custom activity API"),
            QStringLiteral("Activity"),
            { QStringLiteral("Kind"), QStringLiteral("Subject"), QStringLiteral("Seller") }, true,
            QStringLiteral("siaSalesActivity_c") },
    };
    return types;
}

const ActivityType* MarketoActivityTypes::find(int id)
{
    for (const QList<ActivityType>* list : { &standard(), &custom() }) {
        for (const ActivityType& type : *list) {
            if (type.id == id) {
                return &type;
            }
        }
    }
    return nullptr;
}

QJsonArray MarketoActivityTypes::standardJson()
{
    QJsonArray array;
    for (const ActivityType& type : standard()) {
        array.append(toJson(type));
    }
    return array;
}

QJsonArray MarketoActivityTypes::customJson()
{
    QJsonArray array;
    for (const ActivityType& type : custom()) {
        array.append(toJson(type));
    }
    return array;
}

} // namespace sia::sandbox::marketo
