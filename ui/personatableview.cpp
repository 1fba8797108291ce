#include "personatableview.h"

#include "setup/personatablemodel.h"
#include "statusdecorationmodel.h"

#include <QHeaderView>

PersonaTableView::PersonaTableView(sia::PersonaTableModel* model, QWidget* parent)
    : FittedTableView(parent)
{
    auto* decorated = new StatusDecorationModel(sia::PersonaTableModel::StatusColumn,
        sia::PersonaTableModel::StatusKeyRole, sia::PersonaTableModel::LockedRole, this);
    decorated->setSourceModel(model);
    setModel(decorated);

    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(true);
    setIconSize(QSize(16, 16));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setMinimumSectionSize(34);

    using Column = sia::PersonaTableModel::Column;
    QHeaderView* header = horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Column::TitleColumn, QHeaderView::Stretch);
    // What the step is comes right after its number: it is what the admin reads first.
    header->moveSection(header->visualIndex(Column::TitleColumn), 1);
    header->resizeSection(Column::StepColumn, 52);
    header->resizeSection(Column::PersonaColumn, 150);
    header->resizeSection(Column::StatusColumn, 180);
    header->resizeSection(Column::OwnerColumn, 170);
    header->resizeSection(Column::LastChangeColumn, 180);
}
