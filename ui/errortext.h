#pragma once

#include <QString>

#include "result.h"

namespace Bfs::Ui {

// A translated sentence for an error code, with the untranslated detail
// appended for support; what every page shows when a call fails.
QString errorText(const Error &error);

// The value, or an empty one when the call failed (for read-only panels
// where a failure shows as "nothing yet" and is logged elsewhere).
template<typename T>
T valueOrEmpty(const Result<T> &result)
{
    return result ? *result : T{};
}

} // namespace Bfs::Ui
