// The subscription's activity types (activities/types.json) and its custom activity types
// (activities/external/types.json). The sales activity ids follow API-NOTES, which marks them unconfirmed:
// clients must read them from here, never hard-code them.
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace sia::sandbox::marketo {

struct ActivityType
{
    int id;
    QString name;
    QString description;
    QString primaryAttribute; // empty: none
    QStringList attributes;
    bool salesActivity = false; // written by Sales Insight Actions; accepted by activities/external.json
    QString apiName; // custom types only
};

class MarketoActivityTypes
{
public:
    static constexpr int newLead = 12;
    static constexpr int changeDataValue = 13;
    static constexpr int deleteLead = 37;

    static const QList<ActivityType>& standard();
    static const QList<ActivityType>& custom();
    static const ActivityType* find(int id); // standard or custom
    static QJsonArray standardJson();
    static QJsonArray customJson();
};

} // namespace sia::sandbox::marketo
