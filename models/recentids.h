#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace ct {

// The bounded recent-ids check of the ingest writer: the stores enforce (source, id) uniqueness within
// the day an event occurred, so a redelivery whose occurrence time lands on another day is caught here,
// by remembering the day of at most `capacity` recent ids (two generations: the older one is dropped
// whole when the newer fills). Ids are remembered only once committed.
class RecentIds {
public:
    explicit RecentIds(qsizetype capacity = 250'000);

    // The day (source, id) was remembered with, if it was recently.
    std::optional<qint64> dayOf(const QString& source, const QString& id) const;
    // True when (source, id) was remembered recently with a different day.
    bool isDuplicateAcrossDays(const QString& source, const QString& id, qint64 day) const;
    void remember(const QString& source, const QString& id, qint64 day);
    // The same, for a writer that checks and remembers one id several times: its key computed once.
    static quint64 fingerprint(const QString& source, const QString& id);
    bool isDuplicateAcrossDays(quint64 fingerprint, qint64 day) const;
    void remember(quint64 fingerprint, qint64 day);
    qsizetype size() const { return m_current.size() + m_previous.size(); }

private:
    std::optional<qint64> dayOf(quint64 fingerprint) const;

    qsizetype m_generation;
    QHash<quint64, qint64> m_current;
    QHash<quint64, qint64> m_previous;
};

} // namespace ct
