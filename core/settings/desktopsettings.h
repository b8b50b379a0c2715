#pragma once

#include <QString>
#include <QVariant>

#include "result.h"

namespace Bfs {

// Settings that belong to this desktop rather than the team (the reviewer's
// name, window layout, the last page). The only place that constructs
// QSettings; keys of scope Desktop in the SettingsRegistry, plus ui.* keys
// the UI keeps for itself.
class DesktopSettings final
{
public:
    static QString value(const QString &key);
    [[nodiscard]] static VoidResult setValue(const QString &key, const QString &value);

    // Window geometry, splitter states and similar opaque UI state.
    static QVariant uiState(const QString &key);
    static void setUiState(const QString &key, const QVariant &value);

    // The name recorded with this desktop's decisions: the reviewer.name
    // setting, else the login name.
    static QString reviewerName();
};

} // namespace Bfs
