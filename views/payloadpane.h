#pragma once

#include "decodedpayload.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace ct {

class PayloadDecoder;

// One payload, decoded (JSON pretty-printed, protobuf through its descriptor as a JSON tree, text,
// or hex with the reason why) with personal data masked (ARCHITECTURE.md §8). "Show personal data"
// unmasks the payload shown, and only that one: the next payload is masked again. A payload without
// fields to mask (text, hex) is withheld until then, since nothing in it can be masked. Everything
// from the payload is shown as plain text.
class PayloadPane : public QWidget {
    Q_OBJECT
public:
    explicit PayloadPane(QWidget* parent = nullptr);

    // Decodes protobuf payloads (nullptr: they are shown as hex). Not owned; outlives the pane.
    void setDecoder(const PayloadDecoder* decoder) { m_decoder = decoder; }
    // Asked before personal data is shown, with the subject (e.g. an event id): it records the
    // unmasking (an audit entry) and then answers `decide` with an empty refusal to allow it, or a
    // sentence saying why not. Without a gate, unmasking needs no record.
    using Decision = std::function<void(const QString& refusal)>;  // refusal: empty, or why not (a phrase)
    using UnmaskGate = std::function<void(const QString& subject, const Decision& decide)>;
    void setUnmaskGate(UnmaskGate gate) { m_gate = std::move(gate); }

    // Shows a payload masked; `subject` names it for the gate.
    void showPayload(const QString& subject, const QByteArray& payload, const QString& contentType);
    void clear(const QString& placeholder);

    const QString& subject() const { return m_subject; }
    bool isMasked() const { return !m_unmasked; }
    const DecodedPayload& decoded() const { return m_decoded; }
    // What the pane shows: the payload text and the note above it.
    QString shownText() const;
    QString note() const;

private:
    void unmaskToggled(bool on);
    void render();
    QString reasonText() const;

    const PayloadDecoder* m_decoder = nullptr;
    UnmaskGate m_gate;
    QString m_subject;
    DecodedPayload m_decoded;
    bool m_unmasked = false;
    quint64 m_generation = 0; // a gate's answer for an earlier payload is ignored
    QLabel* m_summary;
    QToolButton* m_unmask;
    QLabel* m_note;
    QPlainTextEdit* m_text;
};

} // namespace ct
