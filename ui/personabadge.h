// Who owns a step, as a badge: "Marketo admin", "Salesforce admin".
#pragma once

#include "setup/stepstatus.h"

#include <QLabel>

class PersonaBadge : public QLabel
{
    Q_OBJECT

public:
    explicit PersonaBadge(sia::Persona persona, QWidget* parent = nullptr);
};
