#include "auditfilterbar.h"

#include "choicecombo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace ct {

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_actor(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_result(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_export(new QPushButton(tr("Export CSV\u2026"), this))
{
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_result->setObjectName(QStringLiteral("auditResult"));
    m_text->setObjectName(QStringLiteral("auditText"));
    m_export->setObjectName(QStringLiteral("auditExport"));
    for (QComboBox* combo : {m_actor, m_action, m_result})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setFacets({});
    m_text->setPlaceholderText(tr("Target, detail or any other text"));
    m_text->setClearButtonEnabled(true);
    m_export->setToolTip(tr("Write the entries shown to a CSV file (Ctrl+Shift+E)"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    for (QComboBox* combo : {m_actor, m_action, m_result})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditFilterBar::filterChanged);
    connect(m_text, &QLineEdit::textChanged, this, &AuditFilterBar::filterChanged);
    connect(m_export, &QPushButton::clicked, this, &AuditFilterBar::exportRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_actor);
    layout->addWidget(m_action);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_export);
}

void AuditFilterBar::setFacets(const AuditFacets& facets)
{
    // "ok" is always a choice: it is what most entries say, and the one to rule out when looking for trouble.
    QStringList results{QStringLiteral("ok")};
    for (const QString& r : facets.results) {
        if (r != results.constFirst())
            results.append(r);
    }
    bool changed = refillChoices(m_actor, tr("All actors"), facets.actors);
    changed = refillChoices(m_action, tr("All actions"), facets.actionPrefixes) || changed;
    changed = refillChoices(m_result, tr("All results"), results) || changed;
    if (changed)
        Q_EMIT filterChanged();
}

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter f;
    f.actor = m_actor->currentData().toString();
    f.actionPrefix = m_action->currentData().toString();
    f.result = m_result->currentData().toString();
    f.text = m_text->text().trimmed();
    return f;
}

} // namespace ct
