#pragma once

#include "page.h"
#include "posting.h"

class QGridLayout;
class QLabel;

namespace ct {

struct OverviewFigures;

// "What is breaking right now?": tiles for orders in flight, open exceptions by class, the ERP
// posting backlog, inventory disagreements and events per minute per system. A tile opens its page.
class OverviewPage : public Page {
    Q_OBJECT
public:
    OverviewPage(StoreService* service, QList<PostingStage> postingStages, QWidget* parent = nullptr);

    QString title() const override { return tr("Overview"); }
    void reload() override;

private:
    void show(const OverviewFigures& figures);
    QWidget* tile(const QString& title, const QString& value, const QString& detail, std::optional<UiStatus> status,
                  const QString& pageId);

    QList<PostingStage> m_postingStages;
    QGridLayout* m_grid;
    QLabel* m_asOf;
};

} // namespace ct
