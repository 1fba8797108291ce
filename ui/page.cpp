#include "page.h"

#include "setup/plandefinition.h"

QString pageKey(Page page)
{
    if (page == Page::Overview) {
        return QStringLiteral("overview");
    }
    if (page == Page::Review) {
        return QStringLiteral("review");
    }
    return QStringLiteral("step-%1").arg(stepOfPage(page));
}

std::optional<Page> pageFromKey(const QString& key)
{
    for (int index = 0; index < pageCount; ++index) {
        if (pageKey(Page(index)) == key) {
            return Page(index);
        }
    }
    return std::nullopt;
}

std::optional<Page> pageForStep(int step)
{
    if (step < 1 || step > sia::PlanDefinition::stepCount) {
        return std::nullopt;
    }
    return Page(int(Page::Step1) + step - 1);
}

int stepOfPage(Page page)
{
    if (page == Page::Overview || page == Page::Review) {
        return 0;
    }
    return int(page) - int(Page::Step1) + 1;
}
