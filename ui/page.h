// The pages of the main window, in the order the navigation lists them, and their stable keys
// ("overview", "step-3", "review") used to remember where the admin left off.
#pragma once

#include <QString>

#include <optional>

enum class Page
{
    Overview,
    Step1,
    Step2,
    Step3,
    Step4,
    Step5,
    Step6,
    Step7,
    Review
};

constexpr int pageCount = int(Page::Review) + 1;

QString pageKey(Page page);
std::optional<Page> pageFromKey(const QString& key);
std::optional<Page> pageForStep(int step); // nothing for a number outside 1..7
int stepOfPage(Page page); // 0 for the overview and the review
