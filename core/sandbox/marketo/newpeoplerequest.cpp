#include "sandbox/marketo/newpeoplerequest.h"

#include "sandbox/dataset/peopleview.h"
#include "sandbox/marketo/marketofields.h"

#include <QRegularExpression>

namespace sia::sandbox::marketo {
namespace {

Error refusal(const char* code, const QString& message)
{
    return Error::input(QStringLiteral("sandbox.newPeople.") + QLatin1String(code), message);
}

// The Person member a REST name is kept in, or empty when the sandbox keeps no such value.
QString memberOf(const MarketoField& field)
{
    Person probe;
    const QString member
        = field.restName == u"linkedInProfileURL" ? QStringLiteral("linkedInProfileUrl") : field.restName;
    return PeopleView::member(&probe, member) ? member : QString();
}

Result<QString> valueOf(const MarketoField& field, const QJsonValue& value)
{
    if (value.isNull()) {
        return QString(); // no value, as a null in a Marketo write
    }
    if (!value.isString()) {
        return refusal("type", QStringLiteral("fields.%1 must be text").arg(field.restName));
    }
    const QString text = value.toString();
    if (field.length > 0 && text.size() > field.length) {
        return refusal("length",
            QStringLiteral("fields.%1 is longer than its %2 characters (describe)")
                .arg(field.restName)
                .arg(field.length));
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (field.dataType == u"email" && !text.isEmpty() && !email.match(text).hasMatch()) {
        return refusal(
            "email", QStringLiteral("fields.%1: '%2' is not an email address").arg(field.restName, text));
    }
    return text;
}

} // namespace

Result<NewPeopleSpec> NewPeopleRequest::parse(const QJsonObject& arguments)
{
    NewPeopleSpec spec;
    spec.count = arguments.value(QStringLiteral("count")).toInteger(1);
    if (spec.count < 1 || spec.count > maxCount) {
        return refusal("count", QStringLiteral("count must be between 1 and %1").arg(maxCount));
    }
    const QJsonValue owned = arguments.value(QStringLiteral("owned"));
    if (!owned.isUndefined() && !owned.isBool()) {
        return refusal(
            "owned", QStringLiteral("owned must be true or false (or left out: drawn from the seed)"));
    }
    spec.ownership = owned.isUndefined()
        ? NewPersonOwnership::Drawn
        : (owned.toBool() ? NewPersonOwnership::Owned : NewPersonOwnership::Unowned);
    const QJsonValue fields = arguments.value(QStringLiteral("fields"));
    if (!fields.isUndefined() && !fields.isObject()) {
        return refusal("fields", QStringLiteral("fields must be an object of REST field names and values"));
    }
    const QJsonObject given = fields.toObject();
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        const MarketoField* field = MarketoFields::byRestName(it.key());
        if (!field) {
            return refusal("field", QStringLiteral("fields.%1: no such field (describe)").arg(it.key()));
        }
        const QString member = memberOf(*field);
        if (field->readOnly || member.isEmpty()) {
            return refusal("field",
                QStringLiteral(
                    "fields.%1 cannot be given to a new person: it is read-only or not kept by the "
                    "sandbox (give firstName, lastName, email, company, title, phone or leadSource)")
                    .arg(it.key()));
        }
        Result<QString> value = valueOf(*field, it.value());
        if (!value) {
            return value.error();
        }
        spec.fields.insert(member, *value);
    }
    return spec;
}

} // namespace sia::sandbox::marketo
