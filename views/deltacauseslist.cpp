#include "deltacauseslist.h"

#include "plaintext.h"
#include "timeformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ct {
namespace {

enum Role { CorrelationRole = Qt::UserRole, HasFailureRole };

} // namespace

DeltaCausesList::DeltaCausesList(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_lineage(new QPushButton(tr("Open on Lineage"), this))
    , m_failure(new QPushButton(tr("Open failed message"), this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_list->setWordWrap(true);
    m_list->setToolTip(tr("Enter or a double click opens the transaction on the Lineage page."));
    m_failure->setToolTip(tr("The failed message that holds this transaction up, on the Exceptions page"));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const QString id = item->data(CorrelationRole).toString(); !id.isEmpty())
            Q_EMIT openCorrelation(id);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &DeltaCausesList::currentChanged);
    connect(m_lineage, &QPushButton::clicked, this, [this] {
        if (const QString id = currentCorrelation(); !id.isEmpty())
            Q_EMIT openCorrelation(id);
    });
    connect(m_failure, &QPushButton::clicked, this, [this] {
        if (const QString id = currentCorrelation(); !id.isEmpty())
            Q_EMIT openFailure(id);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_lineage);
    buttons->addWidget(m_failure);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    currentChanged();
}

void DeltaCausesList::clear()
{
    m_list->clear();
    m_title->clear();
    currentChanged();
}

void DeltaCausesList::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString DeltaCausesList::title() const
{
    return m_title->text();
}

void DeltaCausesList::addCause(const QString& prefix, const DeltaCause& c, bool price)
{
    auto* item = new QListWidgetItem(prefix + describeCause(c, &absoluteTime, price ? &signedPrice : nullptr), m_list);
    item->setData(CorrelationRole, c.correlationId);
    const bool failed = c.kind == DeltaCause::Kind::Failed || c.kind == DeltaCause::Kind::Stopped;
    item->setData(HasFailureRole, failed);
    item->setToolTip(plainToolTip(tr("Open %1 on the Lineage page (Enter)").arg(c.correlationId)));
    if (m_list->count() == 1)
        m_list->setCurrentRow(0);
}

int DeltaCausesList::count() const
{
    return m_list->count();
}

QString DeltaCausesList::causeText(int row) const
{
    const QListWidgetItem* item = m_list->item(row);
    return item ? item->text() : QString();
}

QString DeltaCausesList::currentCorrelation() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(CorrelationRole).toString() : QString();
}

void DeltaCausesList::currentChanged()
{
    const QListWidgetItem* item = m_list->currentItem();
    m_lineage->setEnabled(item != nullptr);
    m_failure->setEnabled(item && item->data(HasFailureRole).toBool());
}

} // namespace ct
