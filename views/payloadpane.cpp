#include "payloadpane.h"

#include "pagelayout.h"
#include "personaldatamask.h"
#include "plainlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ct {

PayloadPane::PayloadPane(QWidget* parent)
    : QWidget(parent)
    , m_summary(makePlainLabel(QString(), QStringLiteral("muted"), this))
    , m_unmask(new QToolButton(this))
    , m_note(makePlainLabel(QString(), QStringLiteral("payloadNote"), this))
    , m_text(makePayloadView(tr("The selected event's payload appears here."), this))
{
    setObjectName(QStringLiteral("payloadPane"));
    m_unmask->setObjectName(QStringLiteral("showPersonalData"));
    m_unmask->setText(tr("Show personal data"));
    m_unmask->setCheckable(true);
    m_unmask->setEnabled(false);
    m_unmask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_unmask->setToolTip(tr("Unmasks names, emails, phone numbers and addresses in this payload only. "
                            "Deliberate: each unmasking is recorded in the audit trail. (Ctrl+Shift+U)"));
    connect(m_unmask, &QToolButton::toggled, this, &PayloadPane::unmaskToggled);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* title = makePlainLabel(tr("Payload"), QStringLiteral("sectionTitle"), this);
    title->setWordWrap(false);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_summary, 1);
    header->addWidget(m_unmask);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(header);
    layout->addWidget(m_note);
    layout->addWidget(m_text, 1);
}

void PayloadPane::showPayload(const QString& subject, const QByteArray& payload, const QString& contentType)
{
    ++m_generation;
    m_subject = subject;
    m_decoded = decodePayload(payload, contentType, m_decoder);
    m_unmasked = false;
    {
        const QSignalBlocker quiet(m_unmask);
        m_unmask->setChecked(false);
    }
    render();
}

void PayloadPane::clear(const QString& placeholder)
{
    ++m_generation;
    m_subject.clear();
    m_decoded = {};
    m_unmasked = false;
    {
        const QSignalBlocker quiet(m_unmask);
        m_unmask->setChecked(false);
    }
    m_unmask->setEnabled(false);
    m_summary->clear();
    m_note->hide();
    m_text->setPlaceholderText(placeholder);
    m_text->clear();
}

void PayloadPane::unmaskToggled(bool on)
{
    if (!on || !m_gate) {
        m_unmasked = on;
        render();
        return;
    }
    // Shown once recorded: the gate answers later, perhaps after another payload was selected.
    m_unmask->setEnabled(false);
    m_summary->setText(tr("Recording the unmasking in the audit trail…"));
    QPointer<PayloadPane> self(this);
    const quint64 generation = m_generation;
    m_gate(m_subject, [self, generation](const QString& refusal) {
        if (!self || self->m_generation != generation)
            return;
        self->m_unmasked = refusal.isEmpty();
        if (!refusal.isEmpty()) {
            const QSignalBlocker quiet(self->m_unmask);
            self->m_unmask->setChecked(false);
        }
        self->render();
        if (!refusal.isEmpty()) {
            self->m_note->setText(tr("Personal data stays masked: %1.").arg(refusal));
            self->m_note->show();
        }
    });
}

QString PayloadPane::reasonText() const
{
    using Reason = DecodedPayload::Reason;
    const DecodedPayload& d = m_decoded;
    const QString at = d.offset >= 0 ? tr(" at byte %1").arg(QLocale().toString(d.offset)) : QString();
    switch (d.reason) {
    case Reason::None:
        return {};
    case Reason::InvalidUtf8:
        return tr("Not valid UTF-8%1, so it cannot be read as text: shown as hex.").arg(at);
    case Reason::TooDeep:
        return tr("Nested deeper than %1 levels: shown as hex.").arg(kMaxJsonDepth);
    case Reason::MalformedJson:
        return tr("Not valid JSON%1 (%2): shown as hex.").arg(at, d.detail);
    case Reason::Binary:
        return tr("Binary content (a control byte%1): shown as hex.").arg(at);
    case Reason::TooLarge:
        return tr("Too large to decode here: shown as hex.");
    case Reason::NoDecoder:
        return tr("No decoder for %1 in this window: shown as hex.").arg(d.detail);
    case Reason::UnknownType:
    case Reason::MalformedProtobuf:
        return tr("Cannot be decoded: %1. Shown as hex.").arg(d.detail);
    case Reason::UnknownFields:
        return tr("Decoded as %1, but %2: the message type may be wrong, and those fields are not shown.")
            .arg(d.typeName, d.detail);
    }
    return {};
}

void PayloadPane::render()
{
    const DecodedPayload& d = m_decoded;
    const QLocale locale;
    QStringList notes;
    if (const QString reason = reasonText(); !reason.isEmpty())
        notes << reason;
    QString text;
    QString summary;
    int masked = 0;
    switch (d.kind) {
    case DecodedPayload::Kind::Empty:
        summary = tr("none");
        break;
    case DecodedPayload::Kind::Json:
    case DecodedPayload::Kind::Protobuf: {
        QJsonValue tree = d.tree;
        if (!m_unmasked) {
            const PersonalDataMask::Result r = PersonalDataMask::standard().apply(tree);
            tree = r.tree;
            masked = r.masked;
        }
        text = prettyJson(tree);
        summary = d.kind == DecodedPayload::Kind::Json ? tr("JSON, %1").arg(locale.formattedDataSize(d.size))
                                                       : tr("%1 (protobuf), %2").arg(d.typeName, locale.formattedDataSize(d.size));
        break;
    }
    case DecodedPayload::Kind::Text:
    case DecodedPayload::Kind::Hex:
        summary = d.kind == DecodedPayload::Kind::Text ? tr("text, %1").arg(locale.formattedDataSize(d.size))
                                                       : tr("hex, %1").arg(locale.formattedDataSize(d.size));
        // Nothing in it can be found and masked: the whole of it is personal data until shown on purpose.
        if (m_unmasked) {
            text = d.text;
        } else {
            notes << tr("Its content is withheld: personal data in it cannot be found and masked. "
                        "Show personal data to read it (recorded in the audit trail).");
        }
        break;
    }
    const bool canUnmask = masked > 0 || (!d.hasFields() && d.kind != DecodedPayload::Kind::Empty);
    if (m_unmasked)
        summary += QStringLiteral(" · ") + tr("personal data shown");
    else if (masked > 0)
        summary += QStringLiteral(" · ") + tr("personal data masked: %1").arg(masked);
    m_summary->setText(summary);
    m_unmask->setEnabled(canUnmask || m_unmasked);
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
    m_text->setPlaceholderText(d.kind == DecodedPayload::Kind::Empty ? tr("This event carries no payload.") : QString());
    m_text->setPlainText(text);
}

QString PayloadPane::shownText() const
{
    return m_text->toPlainText();
}

QString PayloadPane::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

} // namespace ct
