#include "replayer.h"

#include "amqpclient.h"
#include "confirmbook.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>
#include <QUuid>

namespace ct::amqp {
namespace {

using namespace std::chrono_literals;

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
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

} // namespace

// One window of a replay: its intents, publishes, confirms and outcomes.
class Replayer::Window {
public:
    Window(FailedMessageStore& store, Client& client, const ReplayOptions& options, ReplayReport& report)
        : m_store(store), m_client(client), m_options(options), m_report(report)
    {
    }

    // False when the store failed (report.error says how); the broker's failures are outcomes.
    bool run(const QStringList& keys, Pacer& pacer, const std::atomic<bool>* cancel)
    {
        QList<FailedMessage> started;
        if (!startReplays(keys, &started))
            return false;
        publish(started, pacer, cancel);
        awaitConfirms();
        return recordOutcomes();
    }

private:
    struct Started {
        qint64 version = 0;
        QString attempt;
    };

    void skip(const QString& key, const QString& why)
    {
        ++m_report.skipped;
        m_report.skippedWhy << QStringLiteral("%1: %2").arg(key, why);
    }

    bool startReplays(const QStringList& keys, QList<FailedMessage>* started)
    {
        auto loaded = m_store.failedMessagesByKey(keys);
        if (!loaded) {
            m_report.error = loaded.error().text;
            return false;
        }
        QHash<QString, FailedMessage> byKey;
        for (FailedMessage& m : loaded.value())
            byKey.insert(m.key, std::move(m));
        QList<KeyedTransition> intents;
        for (const QString& key : keys) {
            const auto it = byKey.constFind(key);
            if (it == byKey.cend()) {
                skip(key, QStringLiteral("no such failed message"));
                continue;
            }
            const ReplayDestination destination = destinationOf(*it, m_options.target);
            if (!destination.ok()) {
                skip(key, destination.problem);
                continue;
            }
            const QString attempt = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_destinations.insert(key, destination);
            m_started.insert(key, Started{0, attempt});
            TransitionRequest r;
            r.action = TransitionAction::StartReplay;
            r.expectedVersion = it->version;
            r.role = m_options.role;
            r.actor = m_options.actor;
            r.replayLimit = m_options.replayLimit;
            r.detail = QStringLiteral("to %1; attempt %2").arg(destination.describe(), attempt);
            intents << KeyedTransition{key, r};
        }
        auto outcomes = m_store.transitionFailedMessages(intents);
        if (!outcomes) {
            m_report.error = outcomes.error().text;
            return false;
        }
        for (qsizetype i = 0; i < intents.size(); ++i) {
            const QString& key = intents.at(i).key;
            const Expected<FailedMessage>& o = outcomes->at(i);
            if (!o)
                skip(key, o.error().text);
            else if (o->state != FailedMessageState::Replaying)
                skip(key, QStringLiteral("quarantined by the poison-loop guard after %1 replays").arg(o->replayCount));
            else {
                m_started[key].version = o->version;
                started->append(o.value());
            }
        }
        return true;
    }

    void publish(const QList<FailedMessage>& started, Pacer& pacer, const std::atomic<bool>* cancel)
    {
        for (qsizetype i = 0; i < started.size(); ++i) {
            const FailedMessage& m = started.at(i);
            QString notPublished;
            if (cancelled(cancel))
                notPublished = QStringLiteral("cancelled before it was published");
            else if (!m_client.isOpen())
                notPublished = QStringLiteral("not published: %1").arg(m_client.error());
            if (!notPublished.isEmpty()) {
                m_outcomes.append(ConfirmOutcome{ConfirmOutcome::Kind::NotSent, m.key, notPublished});
                continue;
            }
            pacer.wait();
            const ReplayDestination& destination = m_destinations.value(m.key);
            const QString& attempt = m_started.value(m.key).attempt;
            Publication p;
            p.exchange = destination.exchange;
            p.routingKey = destination.routingKey;
            p.mandatory = true;
            p.persistent = true;
            p.body = m.payload;
            p.contentType = m.contentType;
            p.messageId = m.messageId;
            p.correlationId = m.correlationId;
            p.appId = m.source;
            p.headers = replayHeaders(m, m.replayCount, m_options.actor, attempt);
            if (m_client.publish(p)) {
                m_book.published(m_client.lastDeliveryTag(), m.key, attempt);
            } else {
                m_outcomes.append(ConfirmOutcome{ConfirmOutcome::Kind::NotSent, m.key,
                                                 QStringLiteral("not published: %1").arg(m_client.error())});
                m_outcomes.append(m_book.abandon(QStringLiteral("the connection failed before the broker confirmed it")));
            }
        }
    }

    void awaitConfirms()
    {
        QElapsedTimer waited;
        waited.start();
        while (m_book.unsettled() > 0 && m_client.isOpen()) {
            const auto left = m_options.confirmTimeout - std::chrono::milliseconds(waited.elapsed());
            if (left <= 0ms)
                break;
            if (auto event = m_client.nextConfirm(std::min<std::chrono::milliseconds>(left, 200ms)))
                m_outcomes.append(m_book.apply(*event));
        }
        if (m_book.unsettled() > 0)
            m_outcomes.append(m_book.abandon(m_client.isOpen()
                                                 ? QStringLiteral("no confirm from the broker in time")
                                                 : QStringLiteral("the connection closed before the broker confirmed "
                                                                  "it: %1").arg(m_client.error())));
    }

    bool recordOutcomes()
    {
        QList<KeyedTransition> transitions;
        for (const ConfirmOutcome& o : std::as_const(m_outcomes)) {
            TransitionRequest r;
            r.role = m_options.role;
            r.actor = m_options.actor;
            r.expectedVersion = m_started.value(o.key).version;
            r.detail = QStringLiteral("attempt %1").arg(m_started.value(o.key).attempt);
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
            transitions << KeyedTransition{o.key, r};
        }
        auto written = m_store.transitionFailedMessages(transitions);
        if (!written) {
            m_report.error = written.error().text;
            return false;
        }
        return true;
    }

    FailedMessageStore& m_store;
    Client& m_client;
    const ReplayOptions& m_options;
    ReplayReport& m_report;
    QHash<QString, ReplayDestination> m_destinations;
    QHash<QString, Started> m_started;
    ConfirmBook m_book{QLatin1String(kReplayAttemptHeader)};
    QList<ConfirmOutcome> m_outcomes;
};

Replayer::Replayer(FailedMessageStore& store, QString amqpUrl, ReplayOptions options)
    : m_store(store), m_url(std::move(amqpUrl)), m_options(std::move(options))
{
}

ReplayReport Replayer::run(const QStringList& keys, const Progress& progress, const std::atomic<bool>* cancel)
{
    ReplayReport report;
    report.selected = keys.size();
    Client client;
    Pacer pacer(m_options.ratePerSecond);
    const int window = qMax(1, m_options.window);
    for (qsizetype at = 0; at < keys.size(); at += window) {
        if (cancelled(cancel)) {
            report.cancelled = true;
            break;
        }
        if (!client.isOpen()) {
            // Backoff from a quarter second up to 5 s, for as long as reconnectFor allows.
            QElapsedTimer trying;
            trying.start();
            auto backoff = 250ms;
            while (!(client.open(m_url) && client.enableConfirms())) {
                if (trying.elapsed() >= m_options.reconnectFor.count() || cancelled(cancel))
                    break;
                QThread::msleep(quint64(backoff.count()));
                backoff = std::min<std::chrono::milliseconds>(backoff * 2, 5s);
            }
            if (!client.isOpen()) {
                report.cancelled = cancelled(cancel);
                if (!report.cancelled)
                    report.error = client.error();
                break;
            }
        }
        Window w(m_store, client, m_options, report);
        const bool stored = w.run(keys.mid(at, window), pacer, cancel);
        if (progress)
            progress(report);
        if (!stored)
            break;
        if (cancelled(cancel)) {
            report.cancelled = true;
            break;
        }
    }
    return report;
}

} // namespace ct::amqp
