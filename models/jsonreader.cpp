#include "jsonreader.h"

#include "hexdigit.h"

#include <QtEndian>

#include <bit>

// The grammar, its leniencies and its error offsets follow QJsonDocument's parser (Qt 6.4
// qjsonparser.cpp) step by step, recursion turned into a loop over an explicit stack of containers.
namespace ct {
namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The length of the UTF-8 sequence at `p` (its lead byte >= 0x80) and its code point, or 0 when it is
// not well-formed: overlong, an encoded surrogate, beyond U+10FFFF or cut short. Noncharacters pass,
// as in Qt's decoder.
int utf8Sequence(const uchar* p, const uchar* end, char32_t* codePoint)
{
    const uchar lead = *p;
    int length;
    char32_t least;
    char32_t c;
    if (lead <= 0xc1)
        return 0;
    if (lead < 0xe0) {
        length = 2;
        least = 0x80;
        c = lead & 0x1f;
    } else if (lead < 0xf0) {
        length = 3;
        least = 0x800;
        c = lead & 0x0f;
    } else if (lead < 0xf5) {
        length = 4;
        least = 0x10000;
        c = lead & 0x07;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        c = (c << 6) | (p[i] & 0x3f);
    }
    if (c < least || (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
        return 0;
    *codePoint = c;
    return length;
}

// What a backslash escape stands for; `at` is on the character after the backslash and moves past the
// escape. Only called on strings the reader accepted.
char32_t escapedCharacter(QByteArrayView raw, qsizetype& at)
{
    const uchar escaped = uchar(raw[at++]);
    switch (escaped) {
    case 'b':
        return 0x8;
    case 'f':
        return 0xc;
    case 'n':
        return 0xa;
    case 'r':
        return 0xd;
    case 't':
        return 0x9;
    case 'u': {
        char32_t c = 0;
        for (int i = 0; i < 4; ++i)
            c = (c << 4) | char32_t(hexDigitValue(raw[at++]));
        return c;
    }
    default:
        // '"', '\\' and '/'; and, as QJsonDocument reads it, any other character stands for itself.
        return escaped;
    }
}

// A mask with the high bit set in each of the eight bytes of `word` (the first byte lowest) that is a
// quote, a backslash or not ASCII: the bytes a string's fast path has to stop at. Only its lowest set
// bit is exact, which is all the reader needs.
quint64 attentionMask(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highBits = 0x8080808080808080ULL;
    const auto zeroBytes = [](quint64 w) { return (w - ones) & ~w & highBits; };
    return (word & highBits) | zeroBytes(word ^ (ones * '"')) | zeroBytes(word ^ (ones * '\\'));
}

} // namespace

QString JsonString::decoded() const
{
    if (!escaped)
        return ascii ? QString::fromLatin1(raw) : QString::fromUtf8(raw);
    QString text;
    text.reserve(raw.size());
    const auto* bytes = reinterpret_cast<const uchar*>(raw.data());
    for (qsizetype i = 0; i < raw.size();) {
        const uchar c = bytes[i];
        if (c == '\\') {
            ++i;
            // Each escape is one UTF-16 unit: "\ud83d\ude00" pairs up, a lone "\ud800" stays lone.
            text.append(QChar(char16_t(escapedCharacter(raw, i))));
        } else if (c < 0x80) {
            text.append(QChar(char16_t(c)));
            ++i;
        } else {
            char32_t codePoint = 0;
            i += utf8Sequence(bytes + i, bytes + raw.size(), &codePoint);
            for (const char16_t unit : QChar::fromUcs4(codePoint))
                text.append(QChar(unit));
        }
    }
    return text;
}

bool JsonString::is(QLatin1String text) const
{
    return escaped ? decoded() == text : raw == QByteArrayView(text.data(), text.size());
}

JsonReader::JsonReader(QByteArrayView text)
    : m_text(text.data())
    , m_size(text.size())
{
}

bool JsonReader::fail(QJsonParseError::ParseError error)
{
    m_error = error;
    return false;
}

// Called between every two tokens: inlined, and quick when there is no white space (compact JSON).
Q_ALWAYS_INLINE bool JsonReader::eatSpace()
{
    if (m_pos < m_size && !isJsonSpace(m_text[m_pos]))
        return true;
    const qsizetype start = m_pos;
    while (m_pos < m_size && isJsonSpace(m_text[m_pos]))
        ++m_pos;
    m_spaceSkipped += m_pos - start;
    return m_pos < m_size;
}

// The next structural character or quote, consumed; 0 (also consumed) for anything else, 0 at the end.
Q_ALWAYS_INLINE char JsonReader::nextToken()
{
    if (!eatSpace())
        return 0;
    const char token = m_text[m_pos++];
    switch (token) {
    case '[':
    case '{':
    case ':':
    case ',':
    case ']':
    case '}':
    case '"':
        return token;
    default:
        return 0;
    }
}

// Called with the position just past the opening quote; leaves it just past the closing one.
bool JsonReader::readString(JsonString* out)
{
    const auto* bytes = reinterpret_cast<const uchar*>(m_text);
    const uchar* const end = bytes + m_size;
    const qsizetype start = m_pos;
    char32_t ignored = 0;
    // The common case first: no escapes, mostly ASCII.
    qsizetype i = start;
    bool escaped = false;
    bool ascii = true;
    while (i < m_size) {
        if (m_size - i >= 8) {
            const quint64 mask = attentionMask(qFromLittleEndian<quint64>(bytes + i));
            if (mask == 0) {
                i += 8;
                continue;
            }
            i += std::countr_zero(mask) / 8;
        }
        const uchar c = bytes[i];
        if (c == '"')
            break;
        if (c == '\\') {
            escaped = true;
            ascii = false;
            break;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8Sequence(bytes + i, end, &ignored);
        if (length == 0) {
            m_pos = i;
            return fail(QJsonParseError::IllegalUTF8String);
        }
        ascii = false;
        i += length;
    }
    m_pos = i + 1;
    if (m_pos >= m_size)
        return fail(QJsonParseError::UnterminatedString);
    if (escaped) {
        // From the start again, escapes checked as QJsonDocument checks them.
        i = start;
        while (i < m_size) {
            const uchar c = bytes[i];
            if (c == '"')
                break;
            if (c == '\\') {
                if (++i >= m_size) {
                    m_pos = i;
                    return fail(QJsonParseError::IllegalEscapeSequence);
                }
                if (bytes[i++] != 'u')
                    continue;
                if (i > m_size - 4) {
                    m_pos = i;
                    return fail(QJsonParseError::IllegalEscapeSequence);
                }
                for (const qsizetype last = i + 4; i < last; ++i) {
                    if (hexDigitValue(char(bytes[i])) < 0) {
                        m_pos = i;
                        return fail(QJsonParseError::IllegalEscapeSequence);
                    }
                }
            } else if (c < 0x80) {
                ++i;
            } else {
                const int length = utf8Sequence(bytes + i, end, &ignored);
                if (length == 0) {
                    m_pos = i;
                    return fail(QJsonParseError::IllegalUTF8String);
                }
                i += length;
            }
        }
        m_pos = i + 1;
        if (m_pos >= m_size)
            return fail(QJsonParseError::UnterminatedString);
    }
    out->raw = QByteArrayView(m_text + start, i - start);
    out->escaped = escaped;
    out->ascii = ascii;
    return true;
}

bool JsonReader::readNumber(JsonHandler& handler)
{
    const qsizetype start = m_pos;
    qsizetype i = start;
    bool integral = true;
    // What the strict grammar allows with a short mantissa and no exponent always converts; the rest
    // is left to the conversion QJsonDocument uses.
    bool surelyValid = true;
    if (i < m_size && m_text[i] == '-')
        ++i;
    const qsizetype intStart = i;
    if (i < m_size && m_text[i] == '0') {
        ++i;
    } else {
        while (i < m_size && isDigit(m_text[i]))
            ++i;
    }
    surelyValid = i > intStart;
    if (i < m_size && m_text[i] == '.') {
        const qsizetype fractionStart = ++i;
        while (i < m_size && isDigit(m_text[i])) {
            integral = integral && m_text[i] == '0';
            ++i;
        }
        surelyValid = surelyValid && i > fractionStart;
    }
    if (i < m_size && (m_text[i] == 'e' || m_text[i] == 'E')) {
        integral = false;
        surelyValid = false;
        ++i;
        if (i < m_size && (m_text[i] == '-' || m_text[i] == '+'))
            ++i;
        while (i < m_size && isDigit(m_text[i]))
            ++i;
    }
    m_pos = i;
    if (i >= m_size)
        return fail(QJsonParseError::TerminationByNumber);
    const QByteArrayView text(m_text + start, i - start);
    if (!surelyValid || text.size() > 300) {
        bool ok = false;
        QByteArray::fromRawData(text.data(), text.size()).toDouble(&ok);
        if (!ok)
            return fail(QJsonParseError::IllegalNumber);
    }
    handler.number(text, integral, start);
    return true;
}

// Called just past the literal's first character.
bool JsonReader::readLiteral(JsonHandler& handler, QLatin1String rest, JsonLiteral value)
{
    const qsizetype begin = m_pos - 1;
    // QJsonDocument wants one byte more than the literal: a value is never the last byte of a document.
    if (m_size - m_pos < rest.size() + 1)
        return fail(QJsonParseError::IllegalValue);
    for (const char c : rest) {
        if (m_text[m_pos++] != c)
            return fail(QJsonParseError::IllegalValue);
    }
    handler.literal(value, begin, m_pos);
    return true;
}

bool JsonReader::openObject(JsonHandler& handler, qsizetype begin)
{
    if (++m_depth > kMaxDepth)
        return fail(QJsonParseError::DeepNesting);
    m_inObject[m_depth] = true;
    handler.beginObject(begin);
    return true;
}

bool JsonReader::openArray(JsonHandler& handler, qsizetype begin)
{
    if (++m_depth > kMaxDepth)
        return fail(QJsonParseError::DeepNesting);
    m_inObject[m_depth] = false;
    handler.beginArray(begin);
    return true;
}

QJsonParseError JsonReader::read(JsonHandler& handler)
{
    // A UTF-8 byte order mark, when more than the mark is there.
    if (m_size > 3 && uchar(m_text[0]) == 0xef && uchar(m_text[1]) == 0xbb && uchar(m_text[2]) == 0xbf)
        m_pos = 3;
    // Where the loop stands: about to read a value, just past the opening of a container, or just past
    // a value (the container's next step decides what may follow).
    enum class Step { Value, Opened, AfterValue };
    Step step = Step::Opened;
    bool ok = true;
    const char root = nextToken();
    if (root == '[')
        ok = openArray(handler, m_pos - 1);
    else if (root == '{')
        ok = openObject(handler, m_pos - 1);
    else
        ok = fail(QJsonParseError::IllegalValue);

    // A member's name, its colon, and the white space before its value.
    const auto member = [&] {
        JsonString name;
        if (!readString(&name))
            return false;
        handler.name(name);
        if (nextToken() != ':')
            return fail(QJsonParseError::MissingNameSeparator);
        if (!eatSpace())
            return fail(QJsonParseError::UnterminatedObject);
        return true;
    };
    const auto closeContainer = [&](bool object) {
        --m_depth;
        if (object)
            handler.endObject(m_pos);
        else
            handler.endArray(m_pos);
    };

    while (ok) {
        if (step == Step::Opened) {
            if (m_inObject[m_depth]) {
                const char token = nextToken();
                if (token == '"') {
                    ok = member();
                    step = Step::Value;
                } else if (token == '}') {
                    closeContainer(true);
                    step = Step::AfterValue;
                } else {
                    ok = fail(QJsonParseError::UnterminatedObject);
                }
            } else if (!eatSpace()) {
                ok = fail(QJsonParseError::UnterminatedArray);
            } else if (m_text[m_pos] == ']') {
                ++m_pos;
                closeContainer(false);
                step = Step::AfterValue;
            } else {
                step = Step::Value;
            }
            continue;
        }
        if (step == Step::Value) {
            // On the value's first byte, which is not white space.
            const qsizetype begin = m_pos;
            switch (m_text[m_pos++]) {
            case '[':
                ok = openArray(handler, begin);
                step = Step::Opened;
                continue;
            case '{':
                ok = openObject(handler, begin);
                step = Step::Opened;
                continue;
            case '"': {
                JsonString text;
                ok = readString(&text);
                if (ok)
                    handler.string(text, begin, m_pos);
                break;
            }
            case 'n':
                ok = readLiteral(handler, QLatin1String("ull"), JsonLiteral::Null);
                break;
            case 't':
                ok = readLiteral(handler, QLatin1String("rue"), JsonLiteral::True);
                break;
            case 'f':
                ok = readLiteral(handler, QLatin1String("alse"), JsonLiteral::False);
                break;
            case ',':
                ok = fail(QJsonParseError::IllegalValue);
                break;
            case ']':
            case '}':
                ok = fail(QJsonParseError::MissingObject);
                break;
            default:
                --m_pos;
                ok = readNumber(handler);
                break;
            }
            step = Step::AfterValue;
            continue;
        }
        // Just past a value.
        if (m_depth == 0)
            break;
        const char token = nextToken();
        if (m_inObject[m_depth]) {
            if (token == '}') {
                closeContainer(true);
            } else if (token != ',') {
                ok = fail(QJsonParseError::UnterminatedObject);
            } else {
                const char next = nextToken();
                if (next == '"') {
                    ok = member();
                    step = Step::Value;
                } else {
                    ok = fail(next == '}' ? QJsonParseError::MissingObject
                                          : QJsonParseError::UnterminatedObject);
                }
            }
        } else if (token == ']') {
            closeContainer(false);
        } else if (token != ',') {
            ok = fail(eatSpace() ? QJsonParseError::MissingValueSeparator
                                 : QJsonParseError::UnterminatedArray);
        } else if (!eatSpace()) {
            ok = fail(QJsonParseError::UnterminatedArray);
        } else {
            step = Step::Value;
        }
    }
    if (ok) {
        eatSpace();
        if (m_pos < m_size)
            fail(QJsonParseError::GarbageAtEnd);
    }
    QJsonParseError error;
    error.error = m_error;
    error.offset = m_error == QJsonParseError::NoError ? 0 : int(m_pos);
    return error;
}

} // namespace ct
