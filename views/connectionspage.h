#pragma once

#include "page.h"

class QLabel;

namespace ct {

class DetailPane;
struct StoreInfo;
struct StoreStats;

// "What am I connected to?": the store profile, its status, and what it holds.
class ConnectionsPage : public Page {
    Q_OBJECT
public:
    explicit ConnectionsPage(StoreService* service, QWidget* parent = nullptr);

    QString title() const override { return tr("Connections"); }
    void reload() override;

Q_SIGNALS:
    void storeInfoAvailable(const StoreInfo& info);
    void storeFailed(const QString& sentence);

private:
    void showInfo(const StoreInfo& info);
    void showCounts(const StoreInfo& info, const StoreStats& stats);

    QLabel* m_status;
    DetailPane* m_profile;
    DetailPane* m_content;
    StoreTicket m_counting;
};

} // namespace ct
