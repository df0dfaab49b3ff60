#include "demostore.h"

#include "simulator/demojob.h"
#include "store/storefactory.h"

#include <QDir>
#include <QProgressDialog>
#include <QStandardPaths>

namespace ct::app {
namespace {

bool holdsTelemetry(const QString& path)
{
    if (!QFileInfo::exists(path))
        return false;
    // Read-write: a store from an older version is brought up to date here, once.
    auto store = openStore(path, OpenMode::ReadWrite);
    if (!store)
        return false;
    auto empty = store.value()->isEmpty();
    return empty.ok() && !empty.value();
}

} // namespace

void ensureDemoStore(QWidget* parent, bool headless, std::function<void(const QString&, const QString&)> done)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/io.github.controltower.ControlTower");
    if (!QDir().mkpath(folder)) {
        done(QString(), QObject::tr("cannot create the data folder %1").arg(folder));
        return;
    }
    const QString path = QDir(folder).filePath(QStringLiteral("demo.db"));
    if (holdsTelemetry(path)) {
        done(path, QString());
        return;
    }
    QString error;
    SimulationConfig config = SimulationConfig::withDefaults(&error);
    config.until = Timestamp::now();
    const StoreOpener opener = [path] { return openStore(path, OpenMode::ReadWrite); };
    auto* job = new DemoJob(opener, config, /*replace=*/true);
    QProgressDialog* dialog = nullptr;
    if (!headless) {
        dialog = new QProgressDialog(QObject::tr("Creating the demo retail estate (a week of telemetry)…"),
                                     QObject::tr("Cancel"), 0, 100, parent);
        dialog->setWindowTitle(QObject::tr("Control Tower"));
        dialog->setMinimumDuration(0);
        dialog->setAutoClose(false);
        QObject::connect(job, &DemoJob::progress, dialog, &QProgressDialog::setValue);
        QObject::connect(dialog, &QProgressDialog::canceled, job, &DemoJob::cancel);
        dialog->show();
    }
    QObject::connect(job, &DemoJob::failed, job, [done, dialog](const StoreError& e) {
        if (dialog)
            dialog->deleteLater();
        done(QString(), e.text);
    });
    QObject::connect(job, &DemoJob::demoAvailable, job, [done, dialog, path](const DemoOutcome&) {
        if (dialog)
            dialog->deleteLater();
        done(path, QString());
    });
    QObject::connect(job, &DemoJob::finished, job, &QObject::deleteLater);
    job->start();
}

} // namespace ct::app
