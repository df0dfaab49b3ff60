#pragma once

#include <QString>

class QPlainTextEdit;
class QSplitter;
class QWidget;

namespace ct {

// The page body every list page shares: the main table on the left, the detail pane on the right
// (with an optional payload view beneath it), split 3:detailStretch.
QSplitter* makeMasterDetail(QWidget* main, QWidget* detail, QWidget* below, int detailStretch, QWidget* parent);
// A read-only monospace view for payloads and headers (plain text only).
QPlainTextEdit* makePayloadView(const QString& placeholder, QWidget* parent);

} // namespace ct
