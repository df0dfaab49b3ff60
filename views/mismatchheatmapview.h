#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace ct {

struct MismatchHeatmap;
class MismatchHeatmapModel;

// Where the counts disagree, at a glance: a row per system, a column per node, each cell tinted by
// how many SKUs differ there (or what they are worth at cost) against the hottest cell, with the
// figure in it for those who do not read colour. A click chooses that node and system.
class MismatchHeatmapView : public QWidget {
    Q_OBJECT
public:
    explicit MismatchHeatmapView(QWidget* parent = nullptr);

    void setHeatmap(const MismatchHeatmap& map);
    MismatchHeatmapModel* model() const { return m_model; }
    // "SKUs that differ" or "Value at cost": for the page to place beside its other controls.
    QComboBox* measureChooser() const { return m_measure; }

Q_SIGNALS:
    void cellChosen(const QString& node, const QString& system);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitHeight();

    MismatchHeatmapModel* m_model;
    QComboBox* m_measure;
    QTableView* m_table;
};

} // namespace ct
