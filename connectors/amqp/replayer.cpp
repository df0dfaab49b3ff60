#include "replayer.h"

#include "amqpclient.h"
#include "confirmbook.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <array>
#include <future>

namespace ct::amqp {
namespace {

using namespace std::chrono_literals;

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}

// A replay attempt's id: a random (version 4) UUID, from the process's generator seeded by the
// system once, not a system call for each message of a window.
QString newAttemptId()
{
    std::array<quint32, 4> random;
    QRandomGenerator::global()->fillRange(random.data(), qsizetype(random.size()));
    QByteArray bytes(reinterpret_cast<const char*>(random.data()), 16);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// Spaces publishes at most `rate` a second over the whole run.
class Pacer {
public:
    explicit Pacer(double rate) : m_rate(rate) { m_clock.start(); }
    void wait()
    {
        if (m_rate <= 0)
            return;
        const qint64 dueMs = qint64(double(m_count++) * 1000.0 / m_rate);
        if (const qint64 ahead = dueMs - m_clock.elapsed(); ahead > 0)
            QThread::msleep(quint64(ahead));
    }

private:
    double m_rate;
    QElapsedTimer m_clock;
    qint64 m_count = 0;
};

// A message whose replay has started (its intent is written): what to send, where, as which attempt.
struct Planned {
    FailedMessage message; // as read before the intent, in the position the intent left it
    ReplayDestination destination;
    QString attempt;
};

// One window's outcome on the broker side.
struct Sent {
    QList<ConfirmOutcome> outcomes;
    QString fatal; // the broker could not be reached again: stop
};

} // namespace

// The broker side of a replay: one connection in confirm mode, connected again when lost. Windows are
// published back to back: a window's confirms are waited for only once the next window is published,
// so the broker is never left idle while the store writes. Used by one thread at a time (each call's
// future hands it on).
class Replayer::BrokerSide {
public:
    BrokerSide(const QString& url, const ReplayOptions& options)
        : m_url(url), m_options(options), m_pacer(options.ratePerSecond), m_book(QLatin1String(kReplayAttemptHeader))
    {
    }

    // Publishes `window`; returns what the broker has settled since the last call: at least every
    // message published before this window, and whatever of this window it has confirmed already.
    Sent send(const QList<Planned>& window, const std::atomic<bool>* cancel)
    {
        Sent out;
        if (!m_client.isOpen() && m_book.unsettled() > 0)
            out.outcomes.append(m_book.abandon(closedBeforeConfirm()));
        if (!connect(cancel)) {
            const QString why = cancelled(cancel) ? QStringLiteral("cancelled before it was published")
                                                  : QStringLiteral("not published: %1").arg(m_client.error());
            for (const Planned& p : window)
                out.outcomes.append(ConfirmOutcome{ConfirmOutcome::Kind::NotSent, p.message.key, why});
            if (!cancelled(cancel))
                out.fatal = m_client.error();
            return out;
        }
        const quint64 before = m_lastTag; // the last message published before this window
        for (const Planned& planned : window)
            publish(planned, cancel, out.outcomes);
        awaitConfirms(before, out.outcomes);
        takeConfirmsInHand(out.outcomes);
        return out;
    }

    // Waits for every message published and not yet settled.
    Sent drain()
    {
        Sent out;
        awaitConfirms(m_lastTag, out.outcomes);
        return out;
    }

    qsizetype unsettled() const { return m_book.unsettled(); }

private:
    void publish(const Planned& planned, const std::atomic<bool>* cancel, QList<ConfirmOutcome>& outcomes)
    {
        const FailedMessage& m = planned.message;
        QString notPublished;
        if (cancelled(cancel))
            notPublished = QStringLiteral("cancelled before it was published");
        else if (!m_client.isOpen())
            notPublished = QStringLiteral("not published: %1").arg(m_client.error());
        if (!notPublished.isEmpty()) {
            outcomes.append(ConfirmOutcome{ConfirmOutcome::Kind::NotSent, m.key, notPublished});
            return;
        }
        m_pacer.wait();
        Publication p;
        p.exchange = planned.destination.exchange;
        p.routingKey = planned.destination.routingKey;
        p.mandatory = true;
        p.persistent = true;
        const auto edit = m_options.edits.constFind(m.key);
        p.body = edit != m_options.edits.cend() ? edit->body : m.payload;
        p.contentType = m.contentType;
        p.messageId = m.messageId;
        p.correlationId = m.correlationId;
        p.appId = m.source;
        p.headers = replayHeaders(m, m.replayCount, m_options.actor, planned.attempt);
        if (edit != m_options.edits.cend())
            addEditHeaders(p.headers, *edit);
        if (m_client.publish(p)) {
            m_lastTag = m_client.lastDeliveryTag();
            m_book.published(m_lastTag, m.key, planned.attempt);
        } else {
            outcomes.append(ConfirmOutcome{ConfirmOutcome::Kind::NotSent, m.key,
                                           QStringLiteral("not published: %1").arg(m_client.error())});
            outcomes.append(m_book.abandon(QStringLiteral("the connection failed before the broker confirmed it")));
        }
    }

    // Connects (again) with backoff from a quarter second up to 5 s, for as long as reconnectFor allows.
    bool connect(const std::atomic<bool>* cancel)
    {
        if (m_client.isOpen())
            return true;
        m_lastTag = 0; // a new channel numbers its deliveries from 1
        QElapsedTimer trying;
        trying.start();
        auto backoff = 250ms;
        while (!(m_client.open(m_url) && m_client.enableConfirms())) {
            if (trying.elapsed() >= m_options.reconnectFor.count() || cancelled(cancel))
                return false;
            QThread::msleep(quint64(backoff.count()));
            backoff = std::min<std::chrono::milliseconds>(backoff * 2, 5s);
        }
        return true;
    }

    QString closedBeforeConfirm() const
    {
        return QStringLiteral("the connection closed before the broker confirmed it: %1").arg(m_client.error());
    }

    // Waits until every message published up to `through` is settled; past the confirm timeout, or with
    // the connection gone, every unsettled message is indeterminate.
    void awaitConfirms(quint64 through, QList<ConfirmOutcome>& outcomes)
    {
        QElapsedTimer waited;
        waited.start();
        while (!m_book.settledThrough(through) && m_client.isOpen()) {
            const auto left = m_options.confirmTimeout - std::chrono::milliseconds(waited.elapsed());
            if (left <= 0ms)
                break;
            if (auto event = m_client.nextConfirm(std::min<std::chrono::milliseconds>(left, 200ms)))
                outcomes.append(m_book.apply(*event));
        }
        if (!m_book.settledThrough(through))
            outcomes.append(m_book.abandon(m_client.isOpen() ? QStringLiteral("no confirm from the broker in time")
                                                             : closedBeforeConfirm()));
    }

    // The confirms that have arrived already, without waiting for more.
    void takeConfirmsInHand(QList<ConfirmOutcome>& outcomes)
    {
        while (m_book.unsettled() > 0 && m_client.isOpen()) {
            const auto event = m_client.nextConfirm(0ms);
            if (!event)
                break;
            outcomes.append(m_book.apply(*event));
        }
        if (m_book.unsettled() > 0 && !m_client.isOpen())
            outcomes.append(m_book.abandon(closedBeforeConfirm()));
    }

    QString m_url;
    const ReplayOptions& m_options;
    Client m_client;
    Pacer m_pacer;
    ConfirmBook m_book;   // every message published and not yet settled, over the windows
    quint64 m_lastTag = 0; // the delivery tag of the last message published on this connection
};

// The store side: intents and outcomes, written together for one window's start and an earlier
// window's end, in one transaction.
class Replayer::StoreSide {
public:
    StoreSide(FailedMessageStore& store, const ReplayOptions& options, ReplayReport& report)
        : m_store(store), m_options(options), m_report(report)
    {
    }

    // Writes `outcomes` and the intents of `keys`; the messages whose replay started. False when the
    // store failed (report.error says how).
    bool write(const QList<ConfirmOutcome>& outcomes, const QStringList& keys, QList<Planned>* started)
    {
        QList<KeyedTransition> transitions = outcomeTransitions(outcomes, keys.size());
        const qsizetype firstIntent = transitions.size();
        QList<Planned> planned; // one for each intent, in the order of the transitions
        planned.reserve(keys.size());
        if (!keys.isEmpty() && !planIntents(keys, &transitions, &planned))
            return false;
        if (transitions.isEmpty())
            return true;
        auto written = m_store.transitionFailedMessagePositions(transitions);
        if (!written) {
            m_report.error = written.error().text;
            return false;
        }
        for (qsizetype i = firstIntent; i < transitions.size(); ++i) {
            const QString& key = transitions.at(i).key;
            const Expected<WorkflowPosition>& o = written->at(i);
            if (!o)
                skip(key, o.error().text);
            else if (o->state != FailedMessageState::Replaying)
                skip(key, QStringLiteral("quarantined by the poison-loop guard after %1 replays").arg(o->replayCount));
            else {
                Planned& p = planned[i - firstIntent];
                o->applyTo(p.message);
                m_inFlight.insert(key, InFlight{KnownPosition::of(p.message), p.attempt});
                started->append(std::move(p));
            }
        }
        return true;
    }

private:
    // A message between its intent and its outcome: where the intent left it, and the attempt sent.
    struct InFlight {
        KnownPosition afterIntent;
        QString attempt;
    };

    void skip(const QString& key, const QString& why)
    {
        ++m_report.skipped;
        m_report.skippedWhy << QStringLiteral("%1: %2").arg(key, why);
    }

    bool planIntents(const QStringList& keys, QList<KeyedTransition>* transitions, QList<Planned>* planned)
    {
        auto loaded = m_store.replayableMessagesByKey(keys);
        if (!loaded) {
            m_report.error = loaded.error().text;
            return false;
        }
        // The messages come in the order asked, those no message has left out.
        QList<FailedMessage>& found = loaded.value();
        qsizetype next = 0;
        for (const QString& key : keys) {
            if (next >= found.size() || found.at(next).key != key) {
                skip(key, QStringLiteral("no such failed message"));
                continue;
            }
            Planned p;
            p.message = std::move(found[next++]); // as read; its position as the intent leaves it once written
            p.destination = destinationOf(p.message, m_options.target);
            if (!p.destination.ok()) {
                skip(key, p.destination.problem);
                continue;
            }
            const FailedMessage& m = p.message;
            p.attempt = newAttemptId();
            KeyedTransition t{key, {}, KnownPosition::of(m)};
            TransitionRequest& r = t.request;
            r.action = m_options.overrideQuarantine && m.state == FailedMessageState::Quarantined
                           ? TransitionAction::OverrideQuarantine
                           : TransitionAction::StartReplay;
            r.expectedVersion = m.version;
            r.role = m_options.role;
            r.actor = m_options.actor;
            r.replayLimit = m_options.replayLimit;
            r.detail = QLatin1StringView("to ") + p.destination.describe() + QLatin1StringView("; attempt ") + p.attempt;
            if (const auto edit = m_options.edits.constFind(key); edit != m_options.edits.cend()) {
                r.detail += QStringLiteral("; ") + describeEdit(*edit);
                r.edited = true;
            }
            transitions->append(std::move(t));
            planned->append(std::move(p));
        }
        return true;
    }

    // The outcomes' transitions, with room for `intents` more.
    QList<KeyedTransition> outcomeTransitions(const QList<ConfirmOutcome>& outcomes, qsizetype intents)
    {
        QList<KeyedTransition> transitions;
        transitions.reserve(outcomes.size() + intents);
        for (const ConfirmOutcome& o : outcomes) {
            InFlight inFlight = m_inFlight.take(o.key);
            KeyedTransition t{o.key, {}, std::nullopt};
            // An indeterminate outcome keeps the state, and with it the intent's state_since, which
            // only the row has: read it.
            if (o.kind != ConfirmOutcome::Kind::Indeterminate)
                t.known = inFlight.afterIntent;
            TransitionRequest& r = t.request;
            r.role = m_options.role;
            r.actor = m_options.actor;
            r.expectedVersion = inFlight.afterIntent.position.version;
            r.detail = QLatin1StringView("attempt ") + inFlight.attempt;
            if (!o.reason.isEmpty())
                r.detail += QStringLiteral("; ") + o.reason;
            switch (o.kind) {
            case ConfirmOutcome::Kind::Sent:
                r.action = TransitionAction::BrokerAck;
                ++m_report.sent;
                break;
            case ConfirmOutcome::Kind::NotSent:
                r.action = TransitionAction::NotSent;
                ++m_report.notSent;
                break;
            case ConfirmOutcome::Kind::Indeterminate:
                r.action = TransitionAction::Indeterminate;
                ++m_report.indeterminate;
                break;
            }
            transitions.append(std::move(t));
        }
        return transitions;
    }

    FailedMessageStore& m_store;
    const ReplayOptions& m_options;
    ReplayReport& m_report;
    QHash<QString, InFlight> m_inFlight; // by key: the messages whose outcome is still to come
};

Replayer::Replayer(FailedMessageStore& store, QString amqpUrl, ReplayOptions options)
    : m_store(store), m_url(std::move(amqpUrl)), m_options(std::move(options))
{
}

Replayer::~Replayer() = default;

// A pipeline of two: while the broker side publishes window k (and hears the rest of window k-1's
// confirms), the store side writes the outcomes settled so far and the intents of window k+1 in one
// transaction.
ReplayReport Replayer::run(const QStringList& keys, const Progress& progress, const std::atomic<bool>* cancel)
{
    ReplayReport report;
    report.selected = keys.size();
    // Peak mode's rate budget holds whatever rate was asked, read once as the replay starts: a replay
    // under way keeps its pace (cancel and start again to take up a new budget).
    auto mode = m_store.operatingMode();
    if (!mode) {
        report.error = mode.error().text;
        return report;
    }
    ReplayOptions options = m_options;
    options.ratePerSecond = allowedReplayRate(mode.value(), m_options.ratePerSecond);
    if (options.ratePerSecond != m_options.ratePerSecond)
        report.peakRate = options.ratePerSecond;
    BrokerSide broker(m_url, options);
    StoreSide store(m_store, options, report);
    // Unlimited: windows of 1000. Paced: half a second's worth, at most 100, so that progress moves, a
    // cancel settles soon however slow the rate, and a crash leaves few messages unconfirmed.
    const qsizetype window = options.window > 0          ? options.window
                             : options.ratePerSecond > 0 ? std::clamp<qsizetype>(qsizetype(options.ratePerSecond / 2), 1, 100)
                                                         : 1000;
    std::future<Sent> sending;
    QList<ConfirmOutcome> settled; // outcomes not yet written
    qsizetype next = 0;
    bool storeFailed = false;
    QString fatal;
    for (;;) {
        QStringList keysToStart;
        if (!cancelled(cancel) && fatal.isEmpty() && !storeFailed && next < keys.size()) {
            keysToStart = keys.mid(next, window);
            next += keysToStart.size();
        }
        QList<Planned> started;
        QElapsedTimer spent;
        spent.start();
        if (!storeFailed && !store.write(settled, keysToStart, &started))
            storeFailed = true; // what the broker has in hand is still settled below, not written
        report.storeSeconds += double(spent.nsecsElapsed()) / 1e9;
        settled.clear();
        if (progress)
            progress(report);
        if (sending.valid()) {
            spent.restart();
            Sent sent = sending.get();
            report.brokerWaitSeconds += double(spent.nsecsElapsed()) / 1e9;
            settled = std::move(sent.outcomes);
            if (!sent.fatal.isEmpty())
                fatal = sent.fatal;
        }
        if (!started.isEmpty() && !storeFailed)
            sending = std::async(std::launch::async, [&broker, started = std::move(started), cancel] {
                return broker.send(started, cancel);
            });
        else if (broker.unsettled() > 0)
            sending = std::async(std::launch::async, [&broker] { return broker.drain(); });
        if (!sending.valid() && settled.isEmpty())
            break;
        if (storeFailed && !sending.valid())
            break; // the outcomes in hand stay unwritten: those messages stay replaying (indeterminate)
    }
    report.cancelled = cancelled(cancel);
    if (report.error.isEmpty())
        report.error = fatal;
    return report;
}

} // namespace ct::amqp
