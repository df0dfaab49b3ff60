#pragma once

#include "connectionservices.h"
#include "page.h"

class QLabel;

namespace ct {

class BrokerHealthPanel;
class DetailPane;
class ProfilesPanel;
struct StoreInfo;
struct StoreStats;

// "What am I connected to?": the store in use, its status and what it holds; the saved connection
// profiles (with `services`: edited, tested, their passwords in the keychain) and the broker health
// of the selected one.
class ConnectionsPage : public Page {
    Q_OBJECT
public:
    explicit ConnectionsPage(StoreService* service, const ConnectionServices& services = {}, QWidget* parent = nullptr);

    // Nothing without complete services.
    ProfilesPanel* profilesPanel() const { return m_profiles; }
    BrokerHealthPanel* brokerHealth() const { return m_health; }

    QString title() const override { return tr("Connections"); }
    void reload() override;
    // Only an admin changes the profiles; every role may look at them and test them.
    void setSessionRole(SessionRole* session) override;

Q_SIGNALS:
    void storeInfoAvailable(const StoreInfo& info);
    void storeFailed(const QString& sentence);

private:
    void showInfo(const StoreInfo& info);
    void showCounts(const StoreInfo& info, const StoreStats& stats);

    QLabel* m_status;
    DetailPane* m_profile;
    DetailPane* m_content;
    ProfilesPanel* m_profiles = nullptr;
    BrokerHealthPanel* m_health = nullptr;
    StoreTicket m_counting;
};

} // namespace ct
