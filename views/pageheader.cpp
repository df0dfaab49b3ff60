#include "pageheader.h"

#include "plaintext.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>

namespace ct {

PageHeader::PageHeader(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_figures(new QHBoxLayout)
    , m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("pageHeader"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setPlaceholderText(tr("Correlation id, order, receipt…  (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/controltower/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(320);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_search->text().trimmed();
        if (!text.isEmpty())
            Q_EMIT searchRequested(text);
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 12, 16, 12);
    layout->setSpacing(24);
    layout->addWidget(m_title);
    m_figures->setSpacing(28);
    layout->addLayout(m_figures);
    layout->addStretch(1);
    layout->addWidget(m_search);
}

void PageHeader::setTitle(const QString& title)
{
    m_title->setText(title);
}

void PageHeader::setFigures(const QList<KeyFigure>& figures)
{
    while (QLayoutItem* item = m_figures->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const KeyFigure& f : figures) {
        auto* box = new QWidget(this);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(0);
        auto* value = new QLabel(f.value, box);
        value->setTextFormat(Qt::PlainText);
        value->setObjectName(QStringLiteral("figureValue"));
        if (f.status)
            value->setProperty("status", int(*f.status));
        auto* label = new QLabel(f.label, box);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(QStringLiteral("figureLabel"));
        v->addWidget(value);
        v->addWidget(label);
        box->setToolTip(plainToolTip(f.toolTip));
        m_figures->addWidget(box);
        box->show();
    }
}

} // namespace ct
