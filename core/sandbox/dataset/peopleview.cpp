#include "sandbox/dataset/peopleview.h"

namespace sia::sandbox {
QString* PeopleView::member(Person* person, const QString& name)
{
    if (name == u"firstName") {
        return &person->firstName;
    }
    if (name == u"email") {
        return &person->email;
    }
    if (name == u"lastName") {
        return &person->lastName;
    }
    if (name == u"company") {
        return &person->company;
    }
    if (name == u"title") {
        return &person->title;
    }
    if (name == u"phone") {
        return &person->phone;
    }
    if (name == u"leadSource") {
        return &person->leadSource;
    }
    if (name == u"linkedInProfileUrl") {
        return &person->linkedInProfileUrl;
    }
    return nullptr;
}

PeopleGenerator::Facts PeopleView::drawnFacts(qint64 index) const
{
    return isAdded(index) ? m_generator.newPersonFacts(index, m_added.at(index - generatedCount()).ownership)
                          : m_generator.facts(index);
}

PeopleGenerator::Facts PeopleView::facts(qint64 index) const
{
    PeopleGenerator::Facts f = drawnFacts(index);
    if (const Overlay* changes = overlay(idOf(index)); changes && changes->ownerUser) {
        f.ownerUser = *changes->ownerUser;
        f.ownedByQueue = f.ownerUser < 0 && f.kind == CrmKind::Lead;
    }
    return f;
}

Person PeopleView::personAt(qint64 index) const
{
    Person person = m_generator.person(index, m_users, facts(index));
    if (isAdded(index)) {
        person.createdAt = QDateTime::fromMSecsSinceEpoch(createdAtMs(index), Qt::UTC);
        person.updatedAt = person.createdAt;
    }
    if (const Overlay* changes = overlay(person.id)) {
        for (auto field = changes->fields.cbegin(); field != changes->fields.cend(); ++field) {
            if (QString* value = member(&person, field.key())) {
                *value = field.value();
            }
        }
        person.updatedAt = changes->updatedAt;
        person.version = changes->version;
    }
    return person;
}

qint64 PeopleView::createdAtMs(qint64 index) const
{
    return isAdded(index) ? m_added.at(index - generatedCount()).createdAtMs : m_generator.createdAtMs(index);
}

qint64 PeopleView::updatedAtMs(qint64 index) const
{
    if (const Overlay* changes = overlay(idOf(index))) {
        return changes->updatedAt.toMSecsSinceEpoch();
    }
    return isAdded(index) ? createdAtMs(index) : m_generator.updatedAtMs(index);
}

qint64 PeopleView::addPerson(const Addition& addition, const QHash<QString, QString>& fields)
{
    const qint64 index = count();
    m_added.append(addition);
    if (!fields.isEmpty()) {
        m_overlay.insert(idOf(index),
            Overlay { fields, QDateTime::fromMSecsSinceEpoch(addition.createdAtMs, Qt::UTC), 0 });
    }
    return index;
}

const PeopleView::Overlay* PeopleView::overlay(qint64 marketoId) const
{
    if (m_overlay.isEmpty()) {
        return nullptr;
    }
    const auto it = m_overlay.constFind(marketoId);
    return it == m_overlay.cend() ? nullptr : &*it;
}

void PeopleView::clearOverlay()
{
    m_added.clear();
    m_overlay.clear();
    m_deleted.clear();
}

} // namespace sia::sandbox
