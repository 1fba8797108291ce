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

// Finds a record by Id: a reference's parent.
using SoqlParentLookup = std::function<std::shared_ptr<const SoqlRecord>(const QString& id)>;

// A record of a served object: one row of the object's row type, its fields read by the schema's
// accessors (SoqlObjectDef::read), so that what SOQL answers is what the schema declares.
template<typename Row> class RowRecord : public SoqlRecord
{
public:
    // object outlives the record (the schema's are static); parents may be null (no parent lookups).
    RowRecord(const SoqlObjectDef& object, Row row, const SoqlParentLookup* parents)
        : m_object(&object)
        , m_row(std::move(row))
        , m_parents(parents)
    {
        Q_ASSERT(object.rowType() == typeid(Row));
    }

    QString objectName() const override { return m_object->name(); }
    QVariant value(const SoqlFieldDef& field) const override { return m_object->read(field, &m_row); }
    std::shared_ptr<const SoqlRecord> parent(const SoqlFieldDef& reference) const override
    {
        if (!m_parents || !*m_parents) {
            return nullptr;
        }
        const QString id = value(reference).toString();
        return id.isEmpty() ? nullptr : (*m_parents)(id);
    }

    const Row& row() const { return m_row; }

private:
    const SoqlObjectDef* m_object;
    Row m_row;
    const SoqlParentLookup* m_parents;
};

// A record held in memory by name: the records of unit tests.
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
