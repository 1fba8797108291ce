// Reads a ReviewSnapshot from a store. It only reads, so it works the same on a database opened for
// review (read-only) and on the one being set up.
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

    Result<ReviewSnapshot> read() const;

private:
    Store& m_store;
};

} // namespace sia
