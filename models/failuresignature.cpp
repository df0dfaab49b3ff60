#include "failuresignature.h"

namespace ct {
namespace {

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u'+';
}

// The word around position i: letters, digits and the punctuation ids and addresses are made of.
qsizetype wordEnd(QStringView s, qsizetype i)
{
    while (i < s.size() && (isWordChar(s[i]) || s[i] == u'@'))
        ++i;
    return i;
}

// A hex id: at least 8 hex digits (dashes allowed between them, as in a UUID), with a digit among them.
bool isHexId(QStringView word)
{
    qsizetype hex = 0;
    bool digit = false;
    for (QChar c : word) {
        if (c == u'-')
            continue;
        if (!isHex(c))
            return false;
        digit = digit || c.isDigit();
        ++hex;
    }
    return hex >= 8 && digit;
}

class SignatureWriter {
public:
    void append(QStringView text)
    {
        for (QChar c : text) {
            if (c.isSpace()) {
                m_pendingSpace = !m_out.isEmpty();
                continue;
            }
            if (std::exchange(m_pendingSpace, false))
                m_out.append(u' ');
            m_out.append(c);
        }
    }
    bool full() const { return m_out.size() >= kFailureSignatureMaxLength; }
    // Never a null string: that would be stored as NULL, not as an empty signature.
    QString take() { return m_out.isEmpty() ? QStringLiteral("") : std::move(m_out).left(kFailureSignatureMaxLength); }

private:
    QString m_out;
    bool m_pendingSpace = false;
};

// Digit runs in a word become '#', decimals included: "ORD-2026-000123" -> "ORD-#-#", "v3" -> "v#",
// "12.50" -> "#" (a decimal comma ends the word: "13,75" -> "#,#").
void appendWord(SignatureWriter& out, QStringView word)
{
    if (word.contains(u'@') && word.indexOf(u'@') > 0) {
        out.append(u"<email>");
        return;
    }
    if (isHexId(word)) {
        out.append(u"<id>");
        return;
    }
    QString shaped;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (word[i].isDigit()) {
            while (i + 1 < word.size()
                   && (word[i + 1].isDigit() || (word[i + 1] == u'.' && i + 2 < word.size() && word[i + 2].isDigit())))
                ++i;
            shaped.append(u'#');
        } else {
            shaped.append(word[i]);
        }
    }
    out.append(shaped);
}

} // namespace

QString failureSignature(QStringView reason)
{
    SignatureWriter out;
    qsizetype i = 0;
    while (i < reason.size() && !out.full()) {
        const QChar c = reason[i];
        if (c == u'\'' || c == u'"' || c == u'`') {
            const qsizetype close = reason.indexOf(c, i + 1);
            if (close > i) {
                out.append(QStringView(&c, 1));
                out.append(u"…");
                out.append(QStringView(&c, 1));
                i = close + 1;
                continue;
            }
        }
        if (isWordChar(c) && c != u'.' && c != u'-' && c != u'+') {
            const qsizetype end = wordEnd(reason, i);
            // A word's trailing full stop ends the sentence, not the word.
            qsizetype wordLast = end;
            while (wordLast > i && (reason[wordLast - 1] == u'.' || reason[wordLast - 1] == u'-'))
                --wordLast;
            appendWord(out, reason.sliced(i, wordLast - i));
            out.append(reason.sliced(wordLast, end - wordLast));
            i = end;
            continue;
        }
        out.append(QStringView(&c, 1));
        ++i;
    }
    return out.take();
}

} // namespace ct
