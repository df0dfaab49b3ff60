#pragma once

#include "auditfilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace ct {

// The Audit page's filter bar: actor, action and result choices from what the trail holds, a free
// text box, and the export of what is shown.
class AuditFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    // The choices the trail offers now; a choice made before stays while the trail still holds it.
    void setFacets(const AuditFacets& facets);
    AuditFilter filter() const;

Q_SIGNALS:
    void filterChanged();
    void exportRequested();

private:
    QComboBox* m_actor;
    QComboBox* m_action;
    QComboBox* m_result;
    QLineEdit* m_text;
    QPushButton* m_export;
};

} // namespace ct
