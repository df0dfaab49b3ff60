#include "detailpane.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ct {

DetailPane::DetailPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("detailPane"));
    setMinimumWidth(300);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_placeholder->setObjectName(QStringLiteral("muted"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_placeholder);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

void DetailPane::setTitle(const QString& title)
{
    m_title->setText(title);
}

void DetailPane::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_placeholder->hide();
}

bool DetailPane::isEmpty() const
{
    return m_form->rowCount() == 0;
}

void DetailPane::showPlaceholder(const QString& text)
{
    clear();
    m_placeholder->setText(text);
    m_placeholder->show();
}

void DetailPane::addRow(const QString& label, const QString& value, bool monospace)
{
    auto* name = new QLabel(label, this);
    name->setTextFormat(Qt::PlainText);  // some names come from data too (systems, tables)
    name->setObjectName(QStringLiteral("muted"));
    auto* text = new QLabel(value, this);
    text->setTextFormat(Qt::PlainText);  // values come from data: never rich text
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (monospace)
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_form->addRow(name, text);
}

} // namespace ct
