#include "relatedfailures.h"

#include "plainlabel.h"
#include "plaintext.h"
#include "timeformat.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ct {

RelatedFailures::RelatedFailures(QWidget* parent)
    : QWidget(parent)
    , m_title(makePlainLabel(QString(), QStringLiteral("muted"), this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("relatedFailures"));
    m_list->setUniformItemSizes(true);
    m_list->setToolTip(tr("Enter or double-click: open the message on the Exceptions page"));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < m_messages.size())
            Q_EMIT messageActivated(m_messages.at(row));
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    hide();
}

void RelatedFailures::setMessages(const QList<FailedMessage>& messages)
{
    m_messages = messages;
    m_list->clear();
    for (const FailedMessage& m : messages) {
        // QListWidget shows an item's text as plain text: data never becomes markup here.
        const QString line = QStringLiteral("%1 · %2 · %3 · %4")
                                 .arg(m.queue, m.deathReason, failedMessageStateName(m.state),
                                      m.errorText.section(QLatin1Char('\n'), 0, 0));
        auto* item = new QListWidgetItem(line, m_list);
        item->setToolTip(plainToolTip(tr("Message %1, last failed %2").arg(m.messageId, absoluteTime(m.lastDeathAt))));
    }
    m_title->setText(tr("Failed messages of this transaction (%1) — Enter opens one on the Exceptions page")
                       .arg(messages.size()));
    // Room for three rows; more scroll.
    const int rows = int(qMin<qsizetype>(messages.size(), 3));
    m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 2);
    setVisible(!messages.isEmpty());
}

} // namespace ct
