#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include "domain/post.h"
#include "domain/records.h"

namespace Bfs::App {

// The JSON shapes of `posts --json` and `post show --json`. Scripts rely on
// these names: add fields, never rename or remove one.
QJsonObject postToJson(const Post &post);
QJsonObject statusChangeToJson(const StatusChange &change);
QJsonObject clipToJson(const VideoClip &clip);

QString isoTime(const QDateTime &time);

} // namespace Bfs::App
