// Incident detection from rollup rows: bursts against the usual rate, silences against the hour of
// day's usual events, backlogs growing faster than they drain; the rules file; openings and closings
// as transitions posted once each, and their CloudEvent form.
#include "incidentdetection.h"
#include "incidentepisodes.h"
#include "incidentfeedmodel.h"
#include "incidentjson.h"
#include "incidentrules.h"
#include "slacatalogue.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace ct;

namespace {

constexpr qint64 kDay = 1440;
constexpr qint64 kStart = 29'500'000 / kDay * kDay; // a midnight, in minutes since the epoch

// Rollups held in memory: only what detection reads.
class FakeRollups final : public RollupReader {
public:
    QList<EventMinuteRow> minutes;
    QHash<QString, QList<LatencyHistogramRow>> histograms; // by "flow/from/to"
    QHash<QString, QList<MinuteCount>> counts;
    QList<QueueMinuteCount> failed; // awake ones: what the store gives with the snoozed left out

    static QString keyOf(const StagePair& p) { return p.flow + QLatin1Char('/') + p.fromStage + QLatin1Char('/') + p.toStage; }

    Expected<QList<EventMinuteRow>> eventMinutes(Timestamp since) override
    {
        QList<EventMinuteRow> out;
        for (const EventMinuteRow& r : std::as_const(minutes))
            if (r.minute * 60'000'000 >= since.micros())
                out.append(r);
        return out;
    }
    Expected<Timestamp> newestEventAt() override { return Timestamp(); }
    Expected<QList<LatencyHistogramRow>> latencyHistogram(const StagePair& pair, Timestamp since) override
    {
        QList<LatencyHistogramRow> out;
        for (const LatencyHistogramRow& r : histograms.value(keyOf(pair)))
            if (r.minute * 60'000'000 >= since.micros())
                out.append(r);
        return out;
    }
    Expected<QList<MinuteCount>> pairCounts(const StagePair& pair, Timestamp since) override
    {
        QList<MinuteCount> out;
        for (const MinuteCount& r : counts.value(keyOf(pair)))
            if (r.minute * 60'000'000 >= since.micros())
                out.append(r);
        return out;
    }
    Expected<qint64> pairCountBefore(const StagePair& pair, Timestamp before) override
    {
        qint64 n = 0;
        for (const MinuteCount& r : counts.value(keyOf(pair)))
            if (r.minute * 60'000'000 < before.micros())
                n += r.count;
        return n;
    }
    Expected<QList<PostingOutcomeRow>> postingOutcomes() override { return QList<PostingOutcomeRow>(); }
    Expected<QList<PostingAwaitingRow>> postingAwaiting() override { return QList<PostingAwaitingRow>(); }
    Expected<QList<FailedMessageCountRow>> failedMessageCounts() override { return QList<FailedMessageCountRow>(); }
    Expected<QList<InFlightRow>> inFlight(Timestamp) override { return QList<InFlightRow>(); }
    Expected<QList<QueueMinuteCount>> failedArrivals(Timestamp since) override
    {
        QList<QueueMinuteCount> out;
        for (const QueueMinuteCount& r : std::as_const(failed))
            if (r.minute * 60'000'000 >= since.micros())
                out.append(r);
        return out;
    }
};

Timestamp atMinute(qint64 minute)
{
    return Timestamp::fromMicros(minute * 60'000'000);
}

// `perMinute` at every minute of [from, until) but those in `gaps`.
QList<MinuteCount> steady(qint64 from, qint64 until, qint64 perMinute, const QList<std::pair<qint64, qint64>>& gaps = {})
{
    QList<MinuteCount> out;
    for (qint64 m = from; m < until; ++m) {
        const bool gap = std::any_of(gaps.cbegin(), gaps.cend(), [m](auto g) { return m >= g.first && m < g.second; });
        if (!gap)
            out.append({m, perMinute});
    }
    return out;
}

EpisodeWindow window(qint64 baselineDays, qint64 rangeMinutes)
{
    return EpisodeWindow{kStart, kStart + baselineDays * kDay, kStart + baselineDays * kDay + rangeMinutes};
}

const SlaDefinition& builtIn(const QString& id)
{
    QString error;
    const SlaDefinition* sla = findSla(builtInSlas(&error), id);
    Q_ASSERT(sla);
    return *sla;
}

} // namespace

class TestIncidentDetection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void burstOpensAndCloses()
    {
        IncidentRules::Burst rule{10, 4, 20};
        // Usually 1 every 5 minutes (2 in a 10-minute window); 6 a minute for 8 minutes in the range.
        QList<MinuteCount> rows;
        for (qint64 m = kStart; m < kStart + 2 * kDay; m += 5)
            rows.append({m, 1});
        const qint64 burst = kStart + 2 * kDay + 100;
        for (qint64 m = burst; m < burst + 8; ++m)
            rows.append({m, 6});
        std::sort(rows.begin(), rows.end(), [](auto a, auto b) { return a.minute < b.minute; });
        const QList<Episode> episodes = burstEpisodes(rows, window(2, 300), rule);
        QCOMPARE(episodes.size(), 1);
        // 20 reached in the window ending with the burst's fourth minute: 6*4 (+ maybe a quiet one).
        QVERIFY(episodes[0].openMinute >= burst + 3 && episodes[0].openMinute <= burst + 4);
        QVERIFY(episodes[0].closeMinute);
        QVERIFY(*episodes[0].closeMinute > burst + 8 && *episodes[0].closeMinute <= burst + 8 + 10);
        QCOMPARE(episodes[0].observed, 48);
        QCOMPARE(episodes[0].usual, 2.0);
    }

    void burstUnderTheMinimumOrTheUsualIsNone_data()
    {
        QTest::addColumn<qint64>("usualEvery");   // a breach every N minutes in the baseline
        QTest::addColumn<qint64>("burstPerMinute");
        QTest::addColumn<int>("expected");
        QTest::newRow("quiet") << qint64(5) << qint64(0) << 0;
        QTest::newRow("under the minimum") << qint64(1000) << qint64(1) << 0;       // 10 in a window < 20
        QTest::newRow("under factor x usual") << qint64(1) << qint64(3) << 0;      // 30 < 4 x 10
        QTest::newRow("over both") << qint64(1000) << qint64(3) << 1;
    }

    void burstUnderTheMinimumOrTheUsualIsNone()
    {
        QFETCH(qint64, usualEvery);
        QFETCH(qint64, burstPerMinute);
        QFETCH(int, expected);
        QList<MinuteCount> rows;
        for (qint64 m = kStart; m < kStart + kDay; m += usualEvery)
            rows.append({m, 1});
        for (qint64 m = kStart + kDay + 10; m < kStart + kDay + 30 && burstPerMinute > 0; ++m)
            rows.append({m, burstPerMinute});
        QCOMPARE(burstEpisodes(rows, window(1, 120), IncidentRules::Burst{10, 4, 20}).size(), expected);
    }

    void silenceOpensAfterSeveralUsualIntervals()
    {
        IncidentRules::Silence rule{10, 15, 200};
        std::array<double, 24> perHour{};
        perHour.fill(0.5); // an event every 2 minutes
        QList<qint64> minutes;
        for (qint64 m = kStart; m < kStart + kDay + 100; m += 2)
            minutes.append(m);
        const qint64 last = minutes.constLast();
        minutes.append(last + 60); // back an hour later
        const QList<Episode> e = silenceEpisodes(minutes, perHour, window(1, 159), rule); // no silence after it
        QCOMPARE(e.size(), 1);
        // 10 usual intervals of 2 minutes: 20 minutes of silence.
        QCOMPARE(e[0].openMinute, last + 21);
        QCOMPARE(e[0].closeMinute.value_or(-1), last + 60);
        QCOMPARE(e[0].observed, 59);
        QCOMPARE(e[0].usual, 30.0);
    }

    void silenceAtTheEndStaysOpen()
    {
        std::array<double, 24> perHour{};
        perHour.fill(2);
        const QList<qint64> minutes{kStart + kDay + 10};
        const QList<Episode> e = silenceEpisodes(minutes, perHour, window(1, 60), IncidentRules::Silence{10, 15, 200});
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].openMinute, kStart + kDay + 10 + 16); // the minimum of 15 minutes, not 5
        QVERIFY(!e[0].closeMinute);
    }

    // A store closed at night: nothing usual at those hours, so the night's silence is no incident.
    void silenceWhereNothingIsUsualIsNone()
    {
        std::array<double, 24> perHour{};
        for (int h = 8; h < 20; ++h)
            perHour[std::size_t(h)] = 1;
        const QList<qint64> minutes{kStart + kDay + 19 * 60 + 59, kStart + 2 * kDay + 8 * 60};
        QVERIFY(silenceEpisodes(minutes, perHour, window(1, kDay + 8 * 60 + 1), IncidentRules::Silence{10, 15, 200}).isEmpty());
    }

    void sourceActivityLearnsTheHourOfDay()
    {
        QList<EventMinuteRow> rows;
        for (qint64 m = kStart; m < kStart + 2 * kDay; ++m)
            if ((m - kStart) % kDay / 60 == 10)
                rows.append({m, QStringLiteral("pos.st-001"), 3, 0, atMinute(m)});
        rows.append({kStart, QStringLiteral("rare"), 1, 0, atMinute(kStart)});
        const SourceActivity a = sourceActivity(rows, window(2, 10), IncidentRules::Silence{10, 15, 100});
        QCOMPARE(a.perHour.size(), 1); // "rare" sends under 100 a day
        QCOMPARE(a.perHour.value(QStringLiteral("pos.st-001"))[10], 3.0);
        QCOMPARE(a.perHour.value(QStringLiteral("pos.st-001"))[11], 0.0);
        QCOMPARE(a.minutes.value(QStringLiteral("rare")).size(), 1);
    }

    void backlogGrowsAndDrains()
    {
        // 10 arrive and 10 complete a minute; in the range, completions stop for 30 minutes, then
        // run at 30 a minute until the backlog is gone.
        const qint64 from = kStart + kDay;
        QList<MinuteCount> arrived = steady(kStart, from + 240, 10);
        QList<MinuteCount> completed = steady(kStart, from + 60, 10);
        completed += steady(from + 90, from + 105, 30);
        completed += steady(from + 105, from + 240, 10);
        const IncidentRules::Backlog rule{{}, 15, 3, 50, 1.5};
        const QList<Episode> e = backlogEpisodes(5, 5, arrived, completed, window(1, 240), rule);
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].openMinute, from + 65); // 50 more in 5 minutes without completions
        QCOMPARE(e[0].observed, 50);          // the backlog when it opened: 0 + 50
        QCOMPARE(e[0].growth, 50);
        QCOMPARE(e[0].rate, 10.0);            // the usual pace: 100 completed in the 15 minutes before is slower
        QVERIFY(e[0].closeMinute);
        QVERIFY(*e[0].closeMinute > from + 90 && *e[0].closeMinute <= from + 105);
    }

    void steadyBacklogIsNone()
    {
        QList<MinuteCount> arrived = steady(kStart, kStart + 2 * kDay, 10);
        QList<MinuteCount> completed = steady(kStart, kStart + 2 * kDay, 10);
        QVERIFY(backlogEpisodes(0, 0, arrived, completed, window(1, kDay), IncidentRules::Backlog()).isEmpty());
    }

    void detectsFromTheRollups()
    {
        FakeRollups rollups;
        const qint64 from = kStart + kDay;
        const qint64 until = from + 180;
        // erp sends 5 a minute, silent from +30 to +90 in the range; webshop keeps sending.
        for (qint64 m = kStart; m < until; ++m) {
            if (m < from + 30 || m >= from + 90)
                rollups.minutes.append({m, QStringLiteral("erp"), 5, 0, atMinute(m)});
            rollups.minutes.append({m, QStringLiteral("webshop"), 5, 0, atMinute(m)});
        }
        std::sort(rollups.minutes.begin(), rollups.minutes.end(), [](const auto& a, const auto& b) {
            return a.minute != b.minute ? a.minute < b.minute : a.source < b.source;
        });
        // ERP posting: 2 fast a minute; in the range, 10 a minute over an hour for 20 minutes.
        const SlaDefinition& erpPosting = builtIn(QStringLiteral("erp-posting"));
        const int fast = latencyBucket(60'000'000), slow = latencyBucket(qint64(5400) * 1'000'000);
        QList<LatencyHistogramRow>& h = rollups.histograms[FakeRollups::keyOf(slaPair(erpPosting))];
        for (qint64 m = kStart; m < until; ++m) {
            h.append({m, fast, 2});
            if (m >= from + 100 && m < from + 120)
                h.append({m, slow, 10});
        }
        QString error;
        IncidentRules rules = IncidentRules::builtIn(&error);
        QCOMPARE(error, QString());
        rules.baselineDays = 1;
        rules.backlog.slas.clear();
        auto incidents = detectIncidents(rollups, {erpPosting}, FlowLibrary::builtIn(&error), rules, atMinute(from),
                                         atMinute(until).plusMicros(30'000'000));
        QVERIFY(incidents);
        QCOMPARE(incidents->size(), 2);
        const Incident& burst = incidents->at(0); // newest first
        QCOMPARE(burst.kind, IncidentKind::SlaBreachBurst);
        QCOMPARE(burst.sla, QStringLiteral("erp-posting"));
        QCOMPARE(burst.system, QStringLiteral("erp"));
        QCOMPARE(burst.page(), IncidentPage::Sla);
        QCOMPARE(burst.openedAt, atMinute(from + 102)); // 20 breaches in the window after 2 minutes
        QVERIFY(burst.closedAt);
        QVERIFY2(burst.summary.contains(QStringLiteral("150 transactions breached ERP posting")), qPrintable(burst.summary));
        const Incident& silence = incidents->at(1);
        QCOMPARE(silence.kind, IncidentKind::SilentSystem);
        QCOMPARE(silence.system, QStringLiteral("erp"));
        QCOMPARE(silence.openedAt, atMinute(from + 30 + 15)); // 15 minutes, the minimum, hold 75 usual events
        QCOMPARE(silence.closedAt.value_or(Timestamp()), atMinute(from + 90));
        QVERIFY2(silence.summary.contains(QStringLiteral("300 an hour")), qPrintable(silence.summary));
        QCOMPARE(silence.page(), IncidentPage::Lineage);
        QCOMPARE(silence.filter(), QStringLiteral("erp"));

        // Only what reaches into the range: from after the silence, the burst alone.
        auto later = detectIncidents(rollups, {erpPosting}, FlowLibrary::builtIn(&error), rules, atMinute(from + 95),
                                     atMinute(until));
        QVERIFY(later);
        QCOMPARE(later->size(), 1);
        QCOMPARE(later->at(0).kind, IncidentKind::SlaBreachBurst);
    }

    // Failed messages of a queue arriving many times faster than usual; snoozing them (the store then
    // leaves them out) leaves no spike to keep open.
    void dlqSpikeAndSnoozedFailures()
    {
        FakeRollups rollups;
        const qint64 from = kStart + kDay;
        for (qint64 m = kStart; m < from + 120; ++m)
            rollups.minutes.append({m, QStringLiteral("erp"), 5, 0, atMinute(m)});
        for (qint64 m = kStart; m < from; m += 60)
            rollups.failed.append({QStringLiteral("erp.postings.dlq"), m, 1});
        for (qint64 m = from + 30; m < from + 40; ++m)
            rollups.failed.append({QStringLiteral("erp.postings.dlq"), m, 3});
        QString error;
        IncidentRules rules = IncidentRules::builtIn(&error);
        rules.baselineDays = 1;
        auto incidents = detectIncidents(rollups, {}, FlowLibrary::builtIn(&error), rules, atMinute(from), atMinute(from + 120));
        QVERIFY(incidents);
        QCOMPARE(incidents->size(), 1);
        const Incident& spike = incidents->constFirst();
        QCOMPARE(spike.kind, IncidentKind::DlqSpike);
        QCOMPARE(spike.queue, QStringLiteral("erp.postings.dlq"));
        QCOMPARE(spike.system, QStringLiteral("erp"));
        QCOMPARE(spike.page(), IncidentPage::Exceptions);
        QCOMPARE(spike.filter(), QStringLiteral("erp.postings.dlq"));
        QCOMPARE(spike.openedAt, atMinute(from + 34)); // 12 >= 10 after four minutes
        QVERIFY(spike.closedAt);
        QVERIFY2(spike.summary.contains(QStringLiteral("30 failed messages reached erp.postings.dlq")), qPrintable(spike.summary));
        // Snoozed: the store leaves them out, and nothing is left to keep an incident open.
        rollups.failed.removeIf([from](const QueueMinuteCount& r) { return r.minute >= from; });
        incidents = detectIncidents(rollups, {}, FlowLibrary::builtIn(&error), rules, atMinute(from), atMinute(from + 120));
        QVERIFY(incidents);
        QVERIFY(incidents->isEmpty());
    }

    void rulesFromJson()
    {
        QString error;
        IncidentRules r = IncidentRules::fromJson(R"({"baseline_days": 3, "sla_breach_burst": {"factor": 6},
                                                     "backlog_growth": {"slas": ["erp-posting"]}})", &error);
        QCOMPARE(error, QString());
        QCOMPARE(r.baselineDays, 3);
        QCOMPARE(r.breachBurst.factor, 6.0);
        QCOMPARE(r.breachBurst.windowMinutes, 15);
        QCOMPARE(r.backlog.slas, QStringList{QStringLiteral("erp-posting")});
        r = IncidentRules::fromJson(R"({"silent_system": {"usual_intervals": -1}})", &error);
        QVERIFY2(error.contains(QStringLiteral("silent_system.usual_intervals")), qPrintable(error));
        r = IncidentRules::fromJson("[", &error);
        QVERIFY(!error.isEmpty());
        IncidentRules::builtIn(&error);
        QCOMPARE(error, QString());
    }

    void transitionsAreGivenOnce()
    {
        Incident open;
        open.kind = IncidentKind::SilentSystem;
        open.system = QStringLiteral("erp");
        open.openedAt = atMinute(kStart + 10);
        Incident closed = open;
        closed.kind = IncidentKind::SlaBreachBurst;
        closed.sla = QStringLiteral("erp-posting");
        closed.openedAt = atMinute(kStart + 5);
        closed.closedAt = atMinute(kStart + 20);
        QList<IncidentTransition> t = pendingTransitions({open, closed}, {});
        QCOMPARE(t.size(), 3);
        QCOMPARE(t[0].id(), closed.key() + QStringLiteral("/opened"));
        QCOMPARE(t[1].id(), open.key() + QStringLiteral("/opened"));
        QCOMPARE(t[2].id(), closed.key() + QStringLiteral("/closed"));
        QSet<QString> done;
        for (const IncidentTransition& x : t)
            done.insert(x.id());
        QVERIFY(pendingTransitions({open, closed}, done).isEmpty());
        // The open one closes: only its closing is new.
        open.closedAt = atMinute(kStart + 30);
        t = pendingTransitions({open, closed}, done);
        QCOMPARE(t.size(), 1);
        QVERIFY(t[0].closing);
        QCOMPARE(t[0].at(), atMinute(kStart + 30));

        const QJsonObject ce = incidentCloudEvent(t[0], QStringLiteral("/controltower/incidents"));
        QCOMPARE(ce.value(QLatin1String("specversion")).toString(), QStringLiteral("1.0"));
        QCOMPARE(ce.value(QLatin1String("type")).toString(), QStringLiteral("com.controltower.incident.closed"));
        QCOMPARE(ce.value(QLatin1String("id")).toString(), t[0].id());
        QCOMPARE(ce.value(QLatin1String("time")).toString(), atMinute(kStart + 30).toIso());
        const QJsonObject data = ce.value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("kind")).toString(), QStringLiteral("silent_system"));
        QCOMPARE(data.value(QLatin1String("closed_at")).toString(), atMinute(kStart + 30).toIso());
        QVERIFY(!data.contains(QLatin1String("sla")));
        QCOMPARE(incidentJson(closed).value(QLatin1String("sla")).toString(), QStringLiteral("erp-posting"));
        QVERIFY(incidentJson(Incident()).value(QLatin1String("closed_at")).isNull());
    }

    void feedModelNewestFirstWithItsPage()
    {
        IncidentFeedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Incident silent;
        silent.kind = IncidentKind::SilentSystem;
        silent.system = QStringLiteral("erp");
        silent.openedAt = atMinute(kStart + 10);
        silent.closedAt = atMinute(kStart + 70);
        silent.summary = QStringLiteral("<b>erp</b> sent no event");
        Incident backlog;
        backlog.kind = IncidentKind::BacklogGrowth;
        backlog.system = QStringLiteral("erp");
        backlog.sla = QStringLiteral("store-sale-posting");
        backlog.openedAt = atMinute(kStart + 20);
        model.setIncidents({silent, backlog}, atMinute(kStart + 80));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, IncidentFeedModel::What).data().toString(), QStringLiteral("Backlog growing: store-sale-posting"));
        QCOMPARE(model.index(0, 0).data(IncidentFeedModel::PageRole).toString(), QStringLiteral("posting"));
        QCOMPARE(model.index(0, 0).data(IncidentFeedModel::FilterRole).toString(), QStringLiteral("store-sale-posting"));
        QCOMPARE(model.index(0, 0).data(IncidentFeedModel::StatusRole).toInt(), 1);
        QVERIFY(model.index(0, IncidentFeedModel::Since).data().toString().endsWith(QStringLiteral("open")));
        QCOMPARE(model.index(1, 0).data(IncidentFeedModel::PageRole).toString(), QStringLiteral("lineage"));
        QCOMPARE(model.index(1, 0).data(IncidentFeedModel::StatusRole).toInt(), 0);
        QCOMPARE(model.index(1, IncidentFeedModel::Impact).data().toString(), silent.summary);
        QCOMPARE(model.index(1, IncidentFeedModel::Since).data(IncidentFeedModel::SortRole).toLongLong(), silent.openedAt.micros());
        model.setIncidents({}, atMinute(kStart));
        QCOMPARE(model.rowCount(), 0);
    }

    void kindNames()
    {
        for (int k = 0; k < kIncidentKinds; ++k)
            QCOMPARE(incidentKindFromName(incidentKindName(IncidentKind(k))), std::optional(IncidentKind(k)));
        QVERIFY(!incidentKindFromName(u"outage"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentDetection)
#include "tst_incidentdetection.moc"
