#pragma once

#include <QByteArrayView>
#include <QJsonParseError>
#include <QLatin1String>
#include <QString>

// JSON text read token by token, with each token's place in the text. What it accepts and refuses is
// exactly what QJsonDocument::fromJson accepts and refuses, with the same error at the same offset: the
// collector's answers do not depend on which of the two read a body, and the business keys found in a
// payload are those of the document QJsonDocument would read. QJsonDocument builds a tree of
// QCborValue containers, sorts object members and drops duplicates; the decoder needs none of that,
// only the attribute values and where `data` is, so reading the text once is several times faster.
// Qt's leniencies are kept on purpose (raw control bytes and lone surrogate escapes in strings,
// unknown escapes such as "\q" read as the character, a UTF-8 byte order mark, numbers such as "1."):
// a string the decoder must refuse is refused as the attribute it is, not as a broken body.
// Iterative: nesting is bounded by the depth limit (1024, as QJsonDocument), never by the stack.
namespace ct {

// A string token as written: valid UTF-8 between its quotes, escapes unresolved.
struct JsonString {
    QByteArrayView raw;
    bool escaped = false; // holds at least one backslash escape
    bool ascii = false;   // 7-bit only (meaningful when not escaped)

    // The text, escapes resolved as QJsonDocument resolves them (a lone "\ud800" stays a lone surrogate).
    QString decoded() const;
    // Whether the decoded text is `text`, without decoding when there is nothing to decode.
    bool is(QLatin1String text) const;
};

enum class JsonLiteral { Null, False, True };

// What the reader hands over, in document order. Offsets are into the text read: `begin` the first
// byte of a value, `end` one past its last.
class JsonHandler {
public:
    virtual ~JsonHandler() = default;
    virtual void beginObject(qsizetype begin) = 0;
    virtual void endObject(qsizetype end) = 0;
    virtual void beginArray(qsizetype begin) = 0;
    virtual void endArray(qsizetype end) = 0;
    virtual void name(const JsonString& name) = 0;
    virtual void string(const JsonString& value, qsizetype begin, qsizetype end) = 0;
    // A number as written; QJsonDocument keeps it as an integer when `integral` and it fits in 64 bits.
    virtual void number(QByteArrayView text, bool integral, qsizetype begin) = 0;
    virtual void literal(JsonLiteral value, qsizetype begin, qsizetype end) = 0;
};

class JsonReader {
public:
    explicit JsonReader(QByteArrayView text);

    // Reads the whole text into `handler`. The error is NoError for a document QJsonDocument::fromJson
    // accepts; otherwise it is QJsonDocument's own error and offset, and the handler may have been
    // handed part of the document.
    QJsonParseError read(JsonHandler& handler);

    // White space skipped between tokens so far: a value over which it did not change is written
    // compactly already.
    qsizetype spaceSkipped() const { return m_spaceSkipped; }

private:
    bool eatSpace();
    char nextToken();
    bool fail(QJsonParseError::ParseError error);
    bool openObject(JsonHandler& handler, qsizetype begin);
    bool openArray(JsonHandler& handler, qsizetype begin);
    bool readString(JsonString* out);
    bool readNumber(JsonHandler& handler);
    bool readLiteral(JsonHandler& handler, QLatin1String rest, JsonLiteral value);

    static constexpr int kMaxDepth = 1024;

    const char* m_text;
    qsizetype m_size;
    qsizetype m_pos = 0;
    qsizetype m_spaceSkipped = 0;
    int m_depth = 0;
    bool m_inObject[kMaxDepth + 1] = {}; // per open container: an object (else an array)
    QJsonParseError::ParseError m_error = QJsonParseError::NoError;
};

} // namespace ct
