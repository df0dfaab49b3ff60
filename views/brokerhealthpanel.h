#pragma once

#include "brokerprobe.h"
#include "connectionprofiles.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableView;
class QTimer;

namespace ct {

class QueueHealthModel;
enum class UiStatus;
class SecretStore;

// Broker health of one profile: its watched queues (every queue of the virtual host when it lists
// none) with depth, consumers, rates and the verdict, read again every few seconds while shown. Every
// read is asynchronous; one at a time, and an answer for a profile no longer shown is dropped.
class BrokerHealthPanel : public QWidget {
    Q_OBJECT
public:
    BrokerHealthPanel(BrokerProbe* probe, SecretStore* secrets, QWidget* parent = nullptr);

    void setProfile(const std::optional<ConnectionProfile>& profile);
    // A broker password typed in for this session (the keychain could not give it): used when
    // `profile` is the one shown, and read again now.
    void usePassword(const QString& profile, const QString& password);
    void setInterval(std::chrono::milliseconds interval);
    // Reads now (unless a read is under way).
    void refresh();

    QueueHealthModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString statusText() const;

Q_SIGNALS:
    // A read finished, with rows or with a reason in statusText().
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void fetch(quint64 ticket, const BrokerEndpoint& endpoint);
    void show(const Expected<QList<QueueHealth>>& queues);
    void setStatus(const QString& text, std::optional<UiStatus> status);

    BrokerProbe* m_probe;
    SecretStore* m_secrets;
    std::optional<ConnectionProfile> m_profile;
    std::optional<QString> m_password; // read from the keychain once per profile shown
    QString m_keychainProblem;         // why the keychain gave none, said beside a refusal
    quint64 m_ticket = 0;
    bool m_busy = false;
    QueueHealthModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
    QTimer* m_timer;
};

} // namespace ct
