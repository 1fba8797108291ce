// Reads a ReviewSnapshot from a store: the plan and the first page of each table. It only reads, so it
// works the same on a database opened for review (read-only) and on the one being set up.
#pragma once

#include "common/result.h"
#include "review/reviewsnapshot.h"

namespace sia {

class Store;

class ReviewReader
{
public:
    explicit ReviewReader(Store& store)
        : m_store(store)
    { }

    Result<ReviewSnapshot> read(int pageSize = reviewPageSize) const;

private:
    Store& m_store;
};

} // namespace sia
