#pragma once

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include "db/database.h"
#include "domain/post.h"

namespace Bfs::Test {

// Points QSettings at a fresh folder, so GUI tests never read or change the
// user's window state or reviewer name. Call from a suite's initMain().
void isolateDesktopSettings();

// A Stage 1 image post for an office, with short captions on Facebook,
// Instagram and X.
Post sampleImagePost(const QString &title, const QString &office = QStringLiteral("Erie"));

// Inserts the posts and returns their ids in order; empty on failure.
QList<qint64> insertPosts(const DatabasePtr &database, const QList<Post> &posts);

} // namespace Bfs::Test
