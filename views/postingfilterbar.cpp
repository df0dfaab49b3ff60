#include "postingfilterbar.h"

#include "choicecombo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>

namespace ct {

PostingFilterBar::PostingFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_export(new QPushButton(tr("Export CSV\u2026"), this))
{
    m_kind->setObjectName(QStringLiteral("postingKind"));
    m_state->setObjectName(QStringLiteral("postingState"));
    m_currency->setObjectName(QStringLiteral("postingCurrency"));
    m_export->setObjectName(QStringLiteral("postingExport"));
    m_state->addItem(tr("All states"), QString());
    m_state->addItem(tr("Not posted"), QStringLiteral("awaiting,rejected"));
    m_state->addItem(tr("Awaiting"), postingStateCode(PostingState::Awaiting));
    m_state->addItem(tr("Posted"), postingStateCode(PostingState::Posted));
    m_state->addItem(tr("Rejected"), postingStateCode(PostingState::Rejected));
    for (QComboBox* combo : {m_kind, m_state, m_currency}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &PostingFilterBar::filterChanged);
    }
    setFacets({}, {});
    m_export->setToolTip(tr("Write every posting that matches the filters to a CSV file, oldest first; personal data "
                            "in the ERP's reasons is masked (Ctrl+Shift+E)"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QPushButton::clicked, this, &PostingFilterBar::exportRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_state);
    layout->addWidget(m_currency);
    layout->addStretch(1);
    layout->addWidget(m_export);
}

void PostingFilterBar::setFacets(const QStringList& kinds, const QStringList& currencies)
{
    bool changed = refillChoices(m_kind, tr("All kinds"), kinds);
    changed = refillChoices(m_currency, tr("All currencies"), currencies) || changed;
    if (changed)
        Q_EMIT filterChanged();
}

PostingFilter PostingFilterBar::filter() const
{
    PostingFilter f;
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        f.kinds = {kind};
    if (const QString currency = m_currency->currentData().toString(); !currency.isEmpty())
        f.currencies = {currency};
    const QStringList states = m_state->currentData().toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& code : states) {
        if (const auto s = postingStateFromCode(code))
            f.states.append(*s);
    }
    return f;
}

void PostingFilterBar::setExporting(bool running)
{
    m_export->setEnabled(!running);
    m_export->setText(running ? tr("Exporting\u2026") : tr("Export CSV\u2026"));
}

} // namespace ct
