// sObject describe, generated from the schema table that answers SOQL (SoqlSchema): GET …/sobjects/ (the
// global describe), GET …/sobjects/{Object} (basic information) and GET …/sobjects/{Object}/describe,
// on the data API and the Tooling API (…/tooling/sobjects/…). An object the sandbox does not serve
// answers 404 NOT_FOUND, as Salesforce does.
#pragma once

#include "sandbox/salesforce/salesforceerror.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonObject>

namespace sia::sandbox::salesforce {

class ObjectAccess;

struct SoqlFieldDef;
class SoqlObjectDef;
class SoqlSchema;

class DescribeEndpoints
{
public:
    enum class Api
    {
        Data,
        Tooling
    };

    // access: the users' object permissions (the Data API's; none for the Tooling API): an object the user
    // may not read is left out or not found, one it may not create or edit is not createable or updateable.
    static SandboxResponse global(
        const SandboxRequest& request, Api api, const ObjectAccess* access = nullptr);
    static SandboxResponse basicInfo(
        const SandboxRequest& request, Api api, const ObjectAccess* access = nullptr);
    static SandboxResponse describe(
        const SandboxRequest& request, Api api, const ObjectAccess* access = nullptr);

    // The JSON of one object's describe and of one field's: pure, for tests that compare them with SOQL.
    static QJsonObject describeObject(
        const SoqlObjectDef& object, const QString& sobjectsUrl, const ObjectAccess* access = nullptr);
    static QJsonObject describeField(const SoqlFieldDef& field);

private:
    static const SoqlSchema& schemaOf(Api api);
    // The object named in the path (spelled exactly), or the 404 Salesforce answers.
    static SfResult<const SoqlObjectDef*> objectOf(const SandboxRequest& request, Api api);
    static QString sobjectsUrl(const SandboxRequest& request, Api api);
};

} // namespace sia::sandbox::salesforce
