#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Bfs {

// A short video a team can shoot on a phone: a name, one line of what it
// shows and its shots (4 or 5; the generator adds the end card).
// Placeholders: {place} ("our Erie office" / "one of our offices") and
// {team} ("the Erie team" / "our team").
struct VideoIdea
{
    QString name;
    QString description;
    QStringList shots;
};

// One subject the template generator writes about. Headlines may use
// {office} (office posts only), {month}, {season}, {year} and {taxyear};
// hooks and tips are complete sentences without placeholders.
struct ContentTopic
{
    QString key;
    QString label;
    // Months (1-12) the topic is in season; empty means all year.
    QList<int> months;
    // About life at one office (events, people): never for brand accounts.
    bool officeOnly = false;
    QStringList headlines;
    QStringList hooks;
    QStringList tips;
    QStringList hashtags;
    QString disclaimer;
    QList<VideoIdea> videos;
};

// Every topic, evergreen and seasonal, in a fixed order (the weekly
// rotation depends on it). Built once; safe to read from any thread.
const QList<ContentTopic> &contentTopics();

// The seasonal part of contentTopics(), kept in its own file.
QList<ContentTopic> seasonalTopics();

// Sentences tying a post to its office ({office}) or to the brand.
const QStringList &officeLines();
const QStringList &brandLines();
const QStringList &callsToAction();
const QStringList &officeStoryPrompts();
const QStringList &brandStoryPrompts();

} // namespace Bfs
