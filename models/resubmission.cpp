#include "resubmission.h"

#include "contenttype.h"
#include "failedmessage.h"
#include "payloaddecoder.h"
#include "personaldatamask.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ct {
namespace {

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonValue documentValue(const QJsonDocument& doc)
{
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

QByteArray compact(const QJsonValue& tree)
{
    return tree.isObject() ? QJsonDocument(tree.toObject()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(tree.toArray()).toJson(QJsonDocument::Compact);
}

// The original payload's fields; undefined with *error set when they cannot be edited.
QJsonValue originalTree(const FailedMessage& m, const PayloadDecoder* decoder, QString* error)
{
    const ContentType type = ContentType::parse(m.contentType);
    if (type.isJson()) {
        QJsonParseError parsed;
        const QJsonDocument doc = QJsonDocument::fromJson(m.payload, &parsed);
        if (parsed.error != QJsonParseError::NoError) {
            *error = QStringLiteral("the original payload is not valid JSON (%1), so it cannot be edited as JSON")
                         .arg(parsed.errorString());
            return QJsonValue::Undefined;
        }
        return documentValue(doc);
    }
    if (type.isProtobuf() && decoder && decoder->handles(type)) {
        const TreeDecoding decoded = decoder->decode(m.payload, type);
        if (decoded.outcome == TreeDecoding::Outcome::Decoded)
            return decoded.tree;
        *error = QStringLiteral("the original payload cannot be edited: %1").arg(decoded.detail);
        return QJsonValue::Undefined;
    }
    *error = QStringLiteral("only JSON and protobuf payloads can be edited; this one is %1")
                 .arg(m.contentType.isEmpty() ? QStringLiteral("without a content type") : m.contentType);
    return QJsonValue::Undefined;
}

// The edit, with the original's value wherever a masked value was left as it was.
QJsonValue restoreMasked(const QJsonValue& edited, const QJsonValue& original)
{
    if (edited.isString() && edited.toString() == kMaskedValue)
        return original.isUndefined() ? edited : original;
    if (edited.isObject() && original.isObject()) {
        QJsonObject out = edited.toObject();
        const QJsonObject before = original.toObject();
        for (auto it = out.begin(); it != out.end(); ++it)
            it.value() = restoreMasked(it.value(), before.value(it.key()));
        return out;
    }
    if (edited.isArray() && original.isArray()) {
        QJsonArray out = edited.toArray();
        const QJsonArray before = original.toArray();
        for (qsizetype i = 0; i < out.size(); ++i)
            out[i] = restoreMasked(out.at(i), i < before.size() ? before.at(i) : QJsonValue(QJsonValue::Undefined));
        return out;
    }
    return edited;
}

// The JSON type of a compact value, by its first character.
QChar jsonKind(const QString& compactValue)
{
    const QChar first = compactValue.isEmpty() ? QChar() : compactValue.front();
    return first.isDigit() || first == QLatin1Char('-') ? QLatin1Char('0') : first;
}

} // namespace

QString editablePayload(const FailedMessage& original, const PayloadDecoder* decoder, const PersonalDataMask& mask,
                        QString* error)
{
    const QJsonValue tree = originalTree(original, decoder, error);
    if (tree.isUndefined())
        return QString();
    const QJsonValue masked = mask.apply(tree).tree;
    return QString::fromUtf8(masked.isObject() ? QJsonDocument(masked.toObject()).toJson(QJsonDocument::Indented)
                                               : QJsonDocument(masked.toArray()).toJson(QJsonDocument::Indented));
}

Resubmission prepareResubmission(const FailedMessage& original, const QString& editedText,
                                 const PayloadDecoder* decoder, const PersonalDataMask& mask)
{
    Resubmission out;
    out.sha256Before = sha256(original.payload);
    QString error;
    const QJsonValue before = originalTree(original, decoder, &error);
    if (before.isUndefined()) {
        out.errors << error;
        return out;
    }
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(editedText.toUtf8(), &parsed);
    if (parsed.error != QJsonParseError::NoError) {
        out.errors << QStringLiteral("the edit is not valid JSON: %1 at character %2")
                          .arg(parsed.errorString())
                          .arg(parsed.offset);
        return out;
    }
    const QJsonValue after = restoreMasked(documentValue(doc), before);
    out.changes = diffFields(after, before, mask);
    if (out.changes.items.isEmpty() && out.changes.omitted == 0)
        out.errors << QStringLiteral("nothing was changed: replay the message as it is instead");
    for (const FieldDifference& d : std::as_const(out.changes.items)) {
        if (d.change == FieldDifference::Change::Missing)
            out.warnings << QStringLiteral("%1 is removed").arg(d.path.isEmpty() ? QStringLiteral("the payload") : d.path);
        else if (d.change == FieldDifference::Change::Changed && !d.personal && jsonKind(d.a) != jsonKind(d.b))
            out.warnings << QStringLiteral("%1 changes its type").arg(d.path.isEmpty() ? QStringLiteral("the payload") : d.path);
    }
    const ContentType type = ContentType::parse(original.contentType);
    if (type.isProtobuf()) {
        const TreeEncoding encoded = decoder->encode(after, type);
        if (!encoded.error.isEmpty())
            out.errors << QStringLiteral("against the contract: %1").arg(encoded.error);
        out.body = encoded.bytes;
    } else {
        out.body = compact(after);
    }
    out.sha256After = sha256(out.body);
    return out;
}

} // namespace ct
