#include "runbookview.h"

#include "pagelayout.h"
#include "plaintext.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ct {

RunbookView::RunbookView(const RunbookSource* source, QWidget* parent)
    : QWidget(parent)
    , m_source(source)
    , m_title(new QLabel(this))
    , m_text(makePayloadView(tr("The runbook for the selected message's queue and error class appears here."), this))
    , m_open(new QPushButton(tr("Open the runbook"), this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("runbookTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(QStringLiteral("runbookText"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_link.isValid())
            QDesktopServices::openUrl(m_link);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
}

QString RunbookView::showFor(const QString& queue, const QString& errorClass)
{
    m_link = QUrl();
    m_open->setEnabled(false);
    if (!m_source || !m_source->error.isEmpty()) {
        m_title->setText(tr("No runbooks"));
        m_text->setPlainText(m_source ? tr("The runbooks cannot be used: %1").arg(m_source->error)
                                      : tr("No runbooks are configured."));
        return {};
    }
    const Runbook* r = m_source->library.find(queue, errorClass);
    if (!r) {
        m_title->setText(tr("No runbook for this failure"));
        m_text->setPlainText(tr("None of the runbooks in %1 covers the queue %2 with the error class %3.")
                                 .arg(m_source->origin, queue, errorClass));
        return {};
    }
    m_title->setText(r->title);
    QStringList parts;
    const std::pair<QString, QString> sections[] = {{tr("What to check"), r->check},
                                                    {tr("Replay is safe when"), r->replaySafeWhen},
                                                    {tr("Whom to call"), r->contact}};
    for (const auto& [heading, text] : sections) {
        if (!text.isEmpty())
            parts << heading + QLatin1Char('\n') + text;
    }
    m_text->setPlainText(parts.join(QStringLiteral("\n\n")));
    m_link = r->link;
    m_open->setEnabled(m_link.isValid());
    m_open->setToolTip(plainToolTip(m_link.toString()));
    return r->title;
}

} // namespace ct
