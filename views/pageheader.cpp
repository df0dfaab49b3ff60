#include "pageheader.h"

#include "plainlabel.h"
#include "plaintext.h"
#include "statusproperty.h"

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

// Live pages set their figures several times a second: the boxes stay, only what changed is set.
void PageHeader::setFigures(const QList<KeyFigure>& figures)
{
    while (m_boxes.size() > figures.size())
        delete m_boxes.takeLast().box;
    while (m_boxes.size() < figures.size()) {
        FigureBox b;
        b.box = new QWidget(this);
        auto* v = new QVBoxLayout(b.box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(0);
        b.value = new QLabel(b.box);
        b.value->setTextFormat(Qt::PlainText);
        b.value->setObjectName(QStringLiteral("figureValue"));
        b.label = new QLabel(b.box);
        b.label->setTextFormat(Qt::PlainText);
        b.label->setObjectName(QStringLiteral("figureLabel"));
        v->addWidget(b.value);
        v->addWidget(b.label);
        m_figures->addWidget(b.box);
        b.box->show();
        m_boxes.append(b);
    }
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const KeyFigure& f = figures.at(i);
        const FigureBox& b = m_boxes.at(i);
        setLabelText(b.value, f.value);
        setLabelText(b.label, f.label);
        setStatusProperty(b.value, f.status);
        const QString tip = plainToolTip(f.toolTip);
        if (b.box->toolTip() != tip)
            b.box->setToolTip(tip);
    }
}

} // namespace ct
