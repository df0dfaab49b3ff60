#include "jsonpointerscan.h"

#include "jsonreader.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace ct {
namespace {

// An integral number as QJsonValue::toInteger() gives it, as digits; nothing for a fraction or a
// number beyond 64 bits.
QString integralText(QByteArrayView text, bool integral)
{
    bool ok = false;
    if (integral) {
        const qint64 n = text.toLongLong(&ok);
        if (ok)
            return QString::number(n);
    }
    const double d = text.toDouble(&ok);
    // 2^63 is the first double past qint64; every double below it in magnitude and integral converts.
    if (!ok || !std::isfinite(d) || d != std::trunc(d) || std::fabs(d) >= 9223372036854775808.0)
        return {};
    return QString::number(qint64(d));
}

} // namespace

// Follows the reader through the document: for every open container, the pointers whose tokens so far
// lead to it (each with the number of tokens matched), kept on one stack beside the containers.
class PointerScanHandler final : public JsonHandler {
public:
    explicit PointerScanHandler(const QList<QList<JsonPointerScan::Token>>& pointers)
        : m_pointers(pointers)
    {
    }

    bool rootWasObject() const { return m_rootWasObject; }
    QList<JsonPointerScan::Match>& matches() { return m_matches; }

    void beginObject(qsizetype) override { open(true); }
    void beginArray(qsizetype) override { open(false); }
    void endObject(qsizetype) override { close(); }
    void endArray(qsizetype) override { close(); }
    void name(const JsonString& name) override { m_name = name; }
    void string(const JsonString& value, qsizetype, qsizetype) override
    {
        scalar([&] { return value.decoded().trimmed(); });
    }
    void number(QByteArrayView text, bool integral, qsizetype) override
    {
        scalar([&] { return integralText(text, integral); });
    }
    void literal(JsonLiteral, qsizetype, qsizetype) override { scalar([] { return QString(); }); }

private:
    struct State {
        int pointer;
        int matched; // tokens matched so far
    };
    struct Frame {
        bool object;
        qint64 nextIndex; // arrays: the index of the next element
        qsizetype statesBegin;
    };

    bool tokenMatches(const JsonPointerScan::Token& token, const Frame& parent) const
    {
        if (!parent.object)
            return token.any || token.index == parent.nextIndex;
        if (!m_name.escaped)
            return m_name.raw == QByteArrayView(token.utf8);
        return m_name.decoded() == token.text;
    }

    // Pushes the states of the value beginning now; returns where they begin.
    qsizetype pushChildStates()
    {
        const qsizetype begin = m_states.size();
        if (m_frames.isEmpty())
            return begin; // the root: opened by open()
        Frame& parent = m_frames.last();
        const qsizetype parentEnd = begin;
        for (qsizetype i = parent.statesBegin; i < parentEnd; ++i) {
            const State s = m_states[i];
            const auto& tokens = m_pointers[s.pointer];
            if (s.matched < tokens.size() && tokenMatches(tokens[s.matched], parent))
                m_states.append({s.pointer, s.matched + 1});
        }
        if (!parent.object)
            ++parent.nextIndex;
        return begin;
    }

    void open(bool object)
    {
        qsizetype begin = m_states.size();
        if (m_frames.isEmpty()) {
            m_rootWasObject = object;
            if (object) {
                for (int p = 0; p < m_pointers.size(); ++p)
                    m_states.append({p, 0});
            }
        } else {
            begin = pushChildStates();
        }
        m_frames.append({object, 0, begin});
    }

    void close()
    {
        m_states.resize(m_frames.last().statesBegin);
        m_frames.removeLast();
    }

    template <typename Text>
    void scalar(Text&& text)
    {
        const qsizetype begin = pushChildStates();
        for (qsizetype i = begin; i < m_states.size(); ++i) {
            const State s = m_states[i];
            if (s.matched != m_pointers[s.pointer].size())
                continue;
            QString t = text();
            if (!t.isEmpty())
                m_matches.append({s.pointer, std::move(t)});
        }
        m_states.resize(begin);
    }

    const QList<QList<JsonPointerScan::Token>>& m_pointers;
    QVarLengthArray<State, 32> m_states;
    QVarLengthArray<Frame, 16> m_frames;
    JsonString m_name;
    bool m_rootWasObject = false;
    QList<JsonPointerScan::Match> m_matches;
};

JsonPointerScan::JsonPointerScan(const QList<QStringList>& pointers)
{
    for (const QStringList& tokens : pointers) {
        QList<Token> compiled;
        for (const QString& t : tokens) {
            Token token{t, t.toUtf8()};
            token.any = t == QLatin1String("*");
            bool ok = false;
            const uint index = t.toUInt(&ok);
            if (ok)
                token.index = index;
            compiled.append(std::move(token));
        }
        m_pointers.append(std::move(compiled));
    }
}

std::optional<QList<JsonPointerScan::Match>> JsonPointerScan::scan(QByteArrayView json) const
{
    PointerScanHandler handler(m_pointers);
    JsonReader reader(json);
    if (reader.read(handler).error != QJsonParseError::NoError || !handler.rootWasObject())
        return std::nullopt;
    QList<Match>& matches = handler.matches();
    std::stable_sort(matches.begin(), matches.end(),
                     [](const Match& a, const Match& b) { return a.pointer < b.pointer; });
    return std::move(matches);
}

} // namespace ct
