#include "stateview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ct {

StateView::StateView(QWidget* parent)
    : QWidget(parent)
    , m_glyph(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_hint(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    for (QLabel* label : {m_glyph, m_headline, m_hint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::PlainText);  // error text may come from a server
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_glyph->setObjectName(QStringLiteral("stateGlyph"));
    m_headline->setObjectName(QStringLiteral("stateHeadline"));
    m_hint->setObjectName(QStringLiteral("stateHint"));
    layout->addStretch(3);
}

void StateView::show(const QString& glyph, const QString& headline, const QString& hint)
{
    m_glyph->setText(glyph);
    m_headline->setText(headline);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void StateView::showLoading(const QString& what)
{
    show(QStringLiteral("\u231b"), what, QString());
}

void StateView::showEmpty(const QString& headline, const QString& hint)
{
    show(QStringLiteral("\u2205"), headline, hint);
}

void StateView::showError(const QString& headline, const QString& detail)
{
    show(QStringLiteral("\u26a0"), headline, detail);
}

} // namespace ct
