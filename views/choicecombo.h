#pragma once

#include <QString>
#include <QStringList>

class QComboBox;

namespace ct {

// Refills a filter choice: "all" first (empty data), then each value (shown as plain text, its own
// data), keeping the value chosen while it is still offered. Returns whether the chosen value went away
// (the choice fell back to "all").
bool refillChoices(QComboBox* combo, const QString& all, const QStringList& values);

} // namespace ct
