#include "pagelayout.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QSplitter>

namespace ct {

QSplitter* makeMasterDetail(QWidget* main, QWidget* detail, QWidget* below, int detailStretch, QWidget* parent)
{
    auto* split = new QSplitter(parent);
    split->addWidget(main);
    if (below) {
        auto* right = new QSplitter(Qt::Vertical, split);
        right->addWidget(detail);
        right->addWidget(below);
        split->addWidget(right);
    } else {
        split->addWidget(detail);
    }
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, detailStretch);
    return split;
}

QPlainTextEdit* makePayloadView(const QString& placeholder, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlaceholderText(placeholder);
    return view;
}

} // namespace ct
