#pragma once

#include <QWidget>

class QHBoxLayout;

namespace ct {

struct LineageGraph;

// The stages a transaction passed, left to right: "✓ capture → ✓ payment → ✗ erp-post".
class StageStrip : public QWidget {
    Q_OBJECT
public:
    explicit StageStrip(QWidget* parent = nullptr);
    void setGraph(const LineageGraph& graph);

private:
    QHBoxLayout* m_layout;
};

} // namespace ct
