// The persona table as the admin reads it: the step and what to do first, then the persona, the status
// (icon and words), the owner and the last change; long texts wrap instead of being cut off.
#pragma once

#include "fittedtableview.h"

namespace sia {
class PersonaTableModel;
}

class PersonaTableView : public FittedTableView
{
    Q_OBJECT

public:
    // The view shows the model through its own proxy that adds the status icons.
    explicit PersonaTableView(sia::PersonaTableModel* model, QWidget* parent = nullptr);
};
