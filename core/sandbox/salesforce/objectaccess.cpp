#include "sandbox/salesforce/objectaccess.h"

#include "sandbox/salesforce/soqlschema.h"

namespace sia::sandbox::salesforce {

QString ObjectAccess::apply(const QJsonObject& arguments)
{
    const QString object = arguments.value(QStringLiteral("object")).toString();
    const SoqlObjectDef* known = SoqlSchema::dataApi().object(object);
    if (!known || known->name() != object) {
        return QStringLiteral("no object '%1' (an object of the Data API, spelled exactly)").arg(object);
    }
    const std::pair<const char*, QSet<QString>*> permissions[]
        = { { "read", &m_unreadable }, { "create", &m_noCreate }, { "edit", &m_noEdit } };
    bool any = false;
    for (const auto& [name, taken] : permissions) {
        const QJsonValue value = arguments.value(QLatin1String(name));
        if (value.isUndefined()) {
            continue;
        }
        if (!value.isBool()) {
            return QStringLiteral("'%1' must be true or false").arg(QLatin1String(name));
        }
        any = true;
        if (value.toBool()) {
            taken->remove(object);
        } else {
            taken->insert(object);
        }
    }
    return any ? QString() : QStringLiteral("give at least one of read, create and edit (true or false)");
}

void ObjectAccess::reset()
{
    m_unreadable.clear();
    m_noCreate.clear();
    m_noEdit.clear();
}

QJsonObject ObjectAccess::toJson() const
{
    QJsonObject taken;
    const std::pair<const char*, const QSet<QString>*> permissions[]
        = { { "read", &m_unreadable }, { "create", &m_noCreate }, { "edit", &m_noEdit } };
    for (const auto& [name, objects] : permissions) {
        for (const QString& object : *objects) {
            QJsonObject entry = taken.value(object).toObject();
            entry.insert(QLatin1String(name), false);
            taken.insert(object, entry);
        }
    }
    return taken;
}

} // namespace sia::sandbox::salesforce
