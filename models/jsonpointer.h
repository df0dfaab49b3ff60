#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// An RFC 6901 JSON pointer ("/stock/available", "" for the whole document; "~0" is "~", "~1" is "/"),
// parsed once from configuration and resolved against many documents.
class JsonPointer {
public:
    JsonPointer() = default;

    // The pointer, or nothing with *error set (a sentence) when the text is not a well-formed pointer.
    static std::optional<JsonPointer> parse(const QString& text, QString* error);

    // The value the pointer reaches; nothing when a member or an index along the way is missing.
    std::optional<QJsonValue> resolve(const QJsonValue& document) const;

    const QString& text() const { return m_text; }
    bool isNull() const { return m_text.isNull(); }

private:
    QString m_text;
    QStringList m_tokens; // unescaped
};

} // namespace ct
