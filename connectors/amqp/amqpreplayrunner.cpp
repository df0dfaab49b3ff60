#include "amqpreplayrunner.h"

#include "amqpurl.h"
#include "canaryreplay.h"
#include "replayer.h"
#include "replayjoboptions.h"
#include "replaytargets.h"
#include "replayresume.h"

#include <QPointer>
#include <QUrlQuery>
#include <QtConcurrent>

namespace ct::amqp {
namespace {

// The URL the client connects with: the password filled in, the CA file as its cacertfile parameter.
bool connectUrl(const BrokerEndpoint& broker, QString* url, QString* error)
{
    AmqpUrl parsed;
    if (!AmqpUrl::parse(broker.amqpUrl, broker.password, &parsed, error))
        return false;
    *url = parsed.full;
    if (!broker.caFile.isEmpty()) {
        QUrl withCa(parsed.full);
        QUrlQuery query(withCa);
        query.addQueryItem(QStringLiteral("cacertfile"), broker.caFile);
        withCa.setQuery(query);
        *url = withCa.toString();
    }
    return true;
}

ReplayReport failedBefore(qint64 selected, const QString& why)
{
    ReplayReport r;
    r.selected = selected;
    r.error = why;
    return r;
}

// The job the replay runs as: a new one remembering the order's selection before anything is sent,
// or the interrupted one it resumes, with what is left of its selection and the options it ran with
// (its target and rate; the role and actor are the resumer's).
Expected<ReplayToResume> startJob(TelemetryStore& store, const ReplayOrder& order, ReplayOptions* options)
{
    if (order.resumeJob.isEmpty()) {
        ReplayJob job;
        job.actor = options->actor;
        job.options = jobOptions(*options);
        auto created = store.createReplayJob(job, order.keys);
        if (!created)
            return created.error();
        return ReplayToResume{created.value(), order.keys};
    }
    auto found = replayToResume(store, store, order.resumeJob);
    if (!found)
        return found.error();
    if (!found->has_value())
        return StoreError::make(StoreError::Code::NotFound,
                                QStringLiteral("replay %1 has finished meanwhile: nothing to resume").arg(order.resumeJob));
    applyJobOptions(found.value()->job.options, options);
    return *found.value();
}

} // namespace

AmqpReplayRunner::AmqpReplayRunner(StoreOpener openWriter, QObject* parent)
    : QObject(parent)
    , m_openWriter(std::move(openWriter))
{
}

AmqpReplayRunner::~AmqpReplayRunner()
{
    cancel();
}

void AmqpReplayRunner::replay(const BrokerEndpoint& broker, const ReplayOrder& order, Progress progress, Done done)
{
    QString url, error;
    if (m_running)
        return done(failedBefore(order.keys.size(), QStringLiteral("another replay is still running")));
    if (!connectUrl(broker, &url, &error))
        return done(failedBefore(order.keys.size(), error));
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    ReplayOptions options;
    options.target = order.target;
    options.ratePerSecond = order.ratePerSecond;
    options.role = order.role;
    options.actor = order.actor;
    options.edits = order.edits;
    QPointer<AmqpReplayRunner> self(this);
    // Progress crosses to this thread; the report too, once, after the last progress.
    const auto report = [self, progress](const ReplayProgress& p) {
        QMetaObject::invokeMethod(self, [self, progress, p] {
            if (self && progress)
                progress(p);
        }, Qt::QueuedConnection);
    };
    QtConcurrent::run([open = m_openWriter, cancel = m_cancel, url, options, order, report]() mutable -> ReplayReport {
        auto store = open();
        if (!store)
            return failedBefore(order.keys.size(), store.error().text);
        auto job = startJob(*store.value(), order, &options);
        if (!job)
            return failedBefore(order.keys.size(), job.error().text);
        ReplayReport r;
        if (order.canaryCount > 0) {
            CanaryOptions canary;
            canary.count = order.canaryCount;
            canary.wait = std::chrono::seconds(order.canaryWaitSeconds);
            r = CanaryReplay(*store.value(), *store.value(), url, options, canary)
                    .run(job->keys, report, cancel.get())
                    .combined(job->keys.size());
        } else {
            r = Replayer(*store.value(), url, options).run(job->keys, report, cancel.get());
        }
        if (auto e = store.value()->finishReplayJob(job->job.id, jobEnd(r),
                                                    QStringLiteral("%1 of %2 sent").arg(r.sent).arg(r.selected));
            e.isError() && r.error.isEmpty())
            r.error = e.text;
        return r;
    }).then(this, [this, done](const ReplayReport& r) {
        m_running = false;
        done(r);
    });
}

void AmqpReplayRunner::dryRun(const BrokerEndpoint& broker, const ReplayOrder& order, const PayloadDecoder* decoder,
                              DryRunDone done)
{
    QString url, error;
    if (!connectUrl(broker, &url, &error))
        return done(StoreError::make(StoreError::Code::InvalidLocation, error));
    QtConcurrent::run([open = m_openWriter, url, order, decoder]() -> Expected<ReplayDryRun> {
        auto store = open();
        if (!store)
            return store.error();
        return dryRunReplay(*store.value(), url, order.keys, order.target, kDefaultReplayLimit, decoder);
    }).then(this, [done](const Expected<ReplayDryRun>& run) { done(run); });
}

} // namespace ct::amqp
