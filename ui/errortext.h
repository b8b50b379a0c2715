#pragma once

#include <QString>

#include "result.h"

namespace Bfs::Ui {

// A translated sentence for an error code, with the untranslated detail
// appended for support; what every page shows when a call fails.
QString errorText(const Error &error);

} // namespace Bfs::Ui
