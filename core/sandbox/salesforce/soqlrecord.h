// What SOQL reads: one record (its own fields by name, its parents through reference fields) and a
// source of records of one object. Sources hand records out one at a time, so that a query over a
// million generated leads never holds them all: the evaluator keeps only what ORDER BY and LIMIT need.
#pragma once

#include "sandbox/salesforce/soqlschema.h"

#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace sia::sandbox::salesforce {

class SoqlRecord
{
public:
    virtual ~SoqlRecord() = default;

    virtual QString objectName() const = 0; // the record's own type ("Lead"), also behind a Name view
    // One of the record's own fields, looked up by field.name (canonical spelling). Text as QString, ids in
    // their 18-character form, numbers, bool, QDate, QDateTime (UTC). A null QVariant is null; a field the
    // record does not have is null too.
    virtual QVariant value(const SoqlFieldDef& field) const = 0;
    // The record a reference field points to, or null.
    virtual std::shared_ptr<const SoqlRecord> parent(const SoqlFieldDef& reference) const = 0;
};

class SoqlRecordSource
{
public:
    virtual ~SoqlRecordSource() = default;

    // Records sit at positions [0, endPosition()) in ascending Id order; a position may be empty (a record
    // purged from the recycle bin). Positions are stable: a new record only ever takes a new position.
    virtual qint64 endPosition() const = 0;
    virtual std::shared_ptr<const SoqlRecord> recordAt(qint64 position) const = 0;

    // Visits the records in [from, to) in order until visit returns false. Sources that can build a
    // record on the stack override this, so that a full scan costs no allocation per record.
    virtual void scan(
        qint64 from, qint64 to, const std::function<bool(qint64 position, const SoqlRecord&)>& visit) const;
};

// A record held in memory: the organization, installed packages, and the records of unit tests.
class StaticRecord : public SoqlRecord
{
public:
    StaticRecord(QString objectName, QVariantHash values,
        QHash<QString, std::shared_ptr<const SoqlRecord>> parents = {});

    QString objectName() const override { return m_objectName; }
    QVariant value(const SoqlFieldDef& field) const override { return m_values.value(field.name); }
    std::shared_ptr<const SoqlRecord> parent(const SoqlFieldDef& reference) const override
    {
        return m_parents.value(reference.name);
    }

private:
    QString m_objectName;
    QVariantHash m_values; // by canonical field name
    QHash<QString, std::shared_ptr<const SoqlRecord>> m_parents; // by reference field name ("OwnerId")
};

class StaticRecordSource : public SoqlRecordSource
{
public:
    StaticRecordSource() = default;
    explicit StaticRecordSource(QList<std::shared_ptr<const SoqlRecord>> records)
        : m_records(std::move(records))
    { }

    void append(std::shared_ptr<const SoqlRecord> record) { m_records.append(std::move(record)); }
    qint64 endPosition() const override { return m_records.size(); }
    std::shared_ptr<const SoqlRecord> recordAt(qint64 position) const override;

private:
    QList<std::shared_ptr<const SoqlRecord>> m_records;
};

} // namespace sia::sandbox::salesforce
