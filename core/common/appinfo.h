// The application's identity, set once at start: it decides where QStandardPaths puts the data.
#pragma once

#include <QCoreApplication>

namespace sia {

inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("sia-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIA_VERSION));
}

} // namespace sia
