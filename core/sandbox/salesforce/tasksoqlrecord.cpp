#include "sandbox/salesforce/tasksoqlrecord.h"

namespace sia::sandbox::salesforce {

namespace {

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

QVariant TaskSoqlRecord::value(const SoqlFieldDef& field) const
{
    const QString& name = field.name;
    if (name == QLatin1String("Id")) {
        return m_task.id;
    }
    if (name == QLatin1String("Subject")) {
        return textOrNull(m_task.subject);
    }
    if (name == QLatin1String("ActivityDate")) {
        return m_task.activityDate.isValid() ? QVariant(m_task.activityDate) : QVariant();
    }
    if (name == QLatin1String("Status")) {
        return m_task.status;
    }
    if (name == QLatin1String("Priority")) {
        return m_task.priority;
    }
    if (name == QLatin1String("Description")) {
        return textOrNull(m_task.description);
    }
    if (name == QLatin1String("WhoId")) {
        return textOrNull(m_task.whoId);
    }
    if (name == QLatin1String("WhatId")) {
        return textOrNull(m_task.whatId);
    }
    if (name == QLatin1String("OwnerId")) {
        return textOrNull(m_task.ownerId);
    }
    if (name == QLatin1String("TaskSubtype")) {
        return m_task.taskSubtype;
    }
    if (name == QLatin1String("IsClosed")) {
        return m_task.isClosed();
    }
    if (name == QLatin1String("IsArchived")) {
        return m_task.isArchived;
    }
    if (name == QLatin1String("IsDeleted")) {
        return m_task.isDeleted;
    }
    if (name == QLatin1String("CreatedDate")) {
        return m_task.createdDate;
    }
    if (name == QLatin1String("CreatedById")) {
        return textOrNull(m_task.createdById);
    }
    if (name == QLatin1String("LastModifiedDate")) {
        return m_task.lastModifiedDate;
    }
    if (name == QLatin1String("LastModifiedById")) {
        return textOrNull(m_task.lastModifiedById);
    }
    if (name == QLatin1String("SystemModstamp")) {
        return m_task.systemModstamp;
    }
    return {};
}

std::shared_ptr<const SoqlRecord> TaskSoqlRecord::parent(const SoqlFieldDef& reference) const
{
    if (!m_parents || !*m_parents) {
        return nullptr;
    }
    const QString id = value(reference).toString();
    return id.isEmpty() ? nullptr : (*m_parents)(id);
}

} // namespace sia::sandbox::salesforce
