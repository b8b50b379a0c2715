#include <QTest>

#include "schedule.h"

using namespace Bfs;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TstSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryDocumentedForm_data();
    void parsesEveryDocumentedForm();
    void rejectsMalformedSchedulesWithAReason_data();
    void rejectsMalformedSchedulesWithAReason();
    void nextDueTimeAcrossDaylightSavingChanges_data();
    void nextDueTimeAcrossDaylightSavingChanges();
    void fallBackDayRunsALocalTimeOnce_data();
    void fallBackDayRunsALocalTimeOnce();
    void latestDueTimeIsTheOneToCatchUp_data();
    void latestDueTimeIsTheOneToCatchUp();
};

void TstSchedule::parsesEveryDocumentedForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::newRow("weekly") << QStringLiteral("weekly MON 06:00") << int(Schedule::Kind::Weekly);
    QTest::newRow("weekly lower case")
        << QStringLiteral("weekly fri 17:00") << int(Schedule::Kind::Weekly);
    QTest::newRow("daily") << QStringLiteral("daily 06:00,12:00,18:00")
                           << int(Schedule::Kind::Daily);
    QTest::newRow("daily spaced") << QStringLiteral("daily 06:45, 12:45")
                                  << int(Schedule::Kind::Daily);
    QTest::newRow("hourly") << QStringLiteral("hourly :15") << int(Schedule::Kind::Hourly);
    QTest::newRow("every minutes") << QStringLiteral("every 5m") << int(Schedule::Kind::Every);
    QTest::newRow("every hours") << QStringLiteral("every 2h") << int(Schedule::Kind::Every);
}

void TstSchedule::parsesEveryDocumentedForm()
{
    QFETCH(QString, text);
    QFETCH(int, kind);

    const auto schedule = Schedule::parse(text);

    QVERIFY2(schedule.ok(), qPrintable(schedule.errorDetail()));
    QCOMPARE(int(schedule->kind()), kind);
}

void TstSchedule::rejectsMalformedSchedulesWithAReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown word") << QStringLiteral("sometimes");
    QTest::newRow("bad weekday") << QStringLiteral("weekly MOO 06:00");
    QTest::newRow("bad time") << QStringLiteral("daily 25:00");
    QTest::newRow("no times") << QStringLiteral("daily ,");
    QTest::newRow("minute too big") << QStringLiteral("hourly :75");
    QTest::newRow("zero interval") << QStringLiteral("every 0m");
    QTest::newRow("interval over a day") << QStringLiteral("every 25h");
    QTest::newRow("no unit") << QStringLiteral("every 5");
}

void TstSchedule::rejectsMalformedSchedulesWithAReason()
{
    QFETCH(QString, text);

    const auto schedule = Schedule::parse(text);

    QVERIFY(!schedule.ok());
    QVERIFY(schedule.errorDetail().contains(QStringLiteral("invalid schedule")));
}

void TstSchedule::nextDueTimeAcrossDaylightSavingChanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("expected");

    // New York springs forward 2026-03-08 02:00 EST -> 03:00 EDT (07:00Z).
    QTest::newRow("NY gap runs at end of gap")
        << QStringLiteral("daily 02:30") << QByteArray("America/New_York")
        << utc("2026-03-07T12:00:00Z") << utc("2026-03-08T07:00:00Z");
    QTest::newRow("NY day after gap")
        << QStringLiteral("daily 02:30") << QByteArray("America/New_York")
        << utc("2026-03-08T07:00:00Z") << utc("2026-03-09T06:30:00Z");
    QTest::newRow("NY weekly on gap day")
        << QStringLiteral("weekly SUN 02:30") << QByteArray("America/New_York")
        << utc("2026-03-02T00:00:00Z") << utc("2026-03-08T07:00:00Z");
    QTest::newRow("NY hourly skips missing hour")
        << QStringLiteral("hourly :30") << QByteArray("America/New_York")
        << utc("2026-03-08T06:45:00Z") << utc("2026-03-08T07:30:00Z");
    QTest::newRow("NY hourly runs repeated hour")
        << QStringLiteral("hourly :30") << QByteArray("America/New_York")
        << utc("2026-11-01T05:45:00Z") << utc("2026-11-01T06:30:00Z");
    // London springs forward 2026-03-29 01:00 GMT -> 02:00 BST (01:00Z).
    QTest::newRow("London gap") << QStringLiteral("daily 01:30") << QByteArray("Europe/London")
                                << utc("2026-03-28T12:00:00Z") << utc("2026-03-29T01:00:00Z");
    QTest::newRow("London after gap")
        << QStringLiteral("daily 01:30") << QByteArray("Europe/London")
        << utc("2026-03-29T01:00:00Z") << utc("2026-03-30T00:30:00Z");
    QTest::newRow("London weekly in summer")
        << QStringLiteral("weekly MON 06:00") << QByteArray("Europe/London")
        << utc("2026-06-30T00:00:00Z") << utc("2026-07-06T05:00:00Z");
    // Sydney springs forward 2026-10-04 02:00 AEST -> 03:00 AEDT (16:00Z the day before).
    QTest::newRow("Sydney gap") << QStringLiteral("daily 02:30") << QByteArray("Australia/Sydney")
                                << utc("2026-10-03T00:00:00Z") << utc("2026-10-03T16:00:00Z");
    QTest::newRow("Kolkata half-hour offset")
        << QStringLiteral("hourly :00") << QByteArray("Asia/Kolkata") << utc("2026-01-01T00:00:00Z")
        << utc("2026-01-01T00:30:00Z");
    QTest::newRow("every 5m aligned") << QStringLiteral("every 5m") << QByteArray("UTC")
                                      << utc("2026-03-08T06:58:10Z") << utc("2026-03-08T07:00:00Z");
    QTest::newRow("every 30m strictly after")
        << QStringLiteral("every 30m") << QByteArray("UTC") << utc("2026-03-08T07:00:00Z")
        << utc("2026-03-08T07:30:00Z");
    QTest::newRow("daily picks next time today")
        << QStringLiteral("daily 06:00,12:00,18:00") << QByteArray("UTC")
        << utc("2026-05-05T12:00:00Z") << utc("2026-05-05T18:00:00Z");
}

void TstSchedule::nextDueTimeAcrossDaylightSavingChanges()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, expected);
    const auto schedule = Schedule::parse(text);
    QVERIFY(schedule.ok());

    const QDateTime next = schedule->nextAfter(after, QTimeZone(zone));

    QCOMPARE(next, expected);
}

void TstSchedule::fallBackDayRunsALocalTimeOnce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("first");
    QTest::addColumn<QDateTime>("second");

    // New York falls back 2026-11-01 02:00 EDT -> 01:00 EST: 01:30 happens twice.
    QTest::newRow("New York") << QStringLiteral("daily 01:30") << QByteArray("America/New_York")
                              << utc("2026-10-31T12:00:00Z") << utc("2026-11-01T05:30:00Z")
                              << utc("2026-11-02T06:30:00Z");
    // London falls back 2026-10-25 02:00 BST -> 01:00 GMT.
    QTest::newRow("London") << QStringLiteral("daily 01:30") << QByteArray("Europe/London")
                            << utc("2026-10-24T12:00:00Z") << utc("2026-10-25T00:30:00Z")
                            << utc("2026-10-26T01:30:00Z");
    // Sydney falls back 2026-04-05 03:00 AEDT -> 02:00 AEST.
    QTest::newRow("Sydney") << QStringLiteral("daily 02:30") << QByteArray("Australia/Sydney")
                            << utc("2026-04-04T00:00:00Z") << utc("2026-04-04T15:30:00Z")
                            << utc("2026-04-05T16:30:00Z");
    QTest::newRow("New York weekly")
        << QStringLiteral("weekly SUN 01:30") << QByteArray("America/New_York")
        << utc("2026-10-31T12:00:00Z") << utc("2026-11-01T05:30:00Z")
        << utc("2026-11-08T06:30:00Z");
}

void TstSchedule::fallBackDayRunsALocalTimeOnce()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, first);
    QFETCH(QDateTime, second);
    const auto schedule = Schedule::parse(text);
    QVERIFY(schedule.ok());

    const QDateTime next = schedule->nextAfter(after, QTimeZone(zone));
    const QDateTime following = schedule->nextAfter(next, QTimeZone(zone));

    QCOMPARE(next, first);
    QCOMPARE(following, second);
}

void TstSchedule::latestDueTimeIsTheOneToCatchUp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("daily after several missed")
        << QStringLiteral("daily 06:00,12:00,18:00") << QByteArray("UTC")
        << utc("2026-05-07T13:00:00Z") << utc("2026-05-07T12:00:00Z");
    QTest::newRow("weekly days later")
        << QStringLiteral("weekly MON 06:00") << QByteArray("Europe/London")
        << utc("2026-05-06T00:00:00Z") << utc("2026-05-04T05:00:00Z");
    QTest::newRow("exactly at due time")
        << QStringLiteral("every 5m") << QByteArray("UTC") << utc("2026-05-06T07:00:00Z")
        << utc("2026-05-06T07:00:00Z");
    QTest::newRow("every between slots")
        << QStringLiteral("every 15m") << QByteArray("UTC") << utc("2026-05-06T07:14:59Z")
        << utc("2026-05-06T07:00:00Z");
    QTest::newRow("hourly in New York")
        << QStringLiteral("hourly :15") << QByteArray("America/New_York")
        << utc("2026-05-06T07:10:00Z") << utc("2026-05-06T06:15:00Z");
    QTest::newRow("spring-forward gap")
        << QStringLiteral("daily 02:30") << QByteArray("America/New_York")
        << utc("2026-03-08T09:00:00Z") << utc("2026-03-08T07:00:00Z");
}

void TstSchedule::latestDueTimeIsTheOneToCatchUp()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, time);
    QFETCH(QDateTime, expected);
    const auto schedule = Schedule::parse(text);
    QVERIFY(schedule.ok());

    QCOMPARE(schedule->latestAtOrBefore(time, QTimeZone(zone)), expected);
}

QTEST_GUILESS_MAIN(TstSchedule)
#include "tst_schedule.moc"
