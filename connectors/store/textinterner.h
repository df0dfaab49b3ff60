#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace ct {

// One shared QString per distinct text of a column with few values (currencies): rows read back reuse
// it rather than allocating a string each. Bounded: past `limit` distinct texts it stops remembering.
class TextInterner {
public:
    explicit TextInterner(qsizetype limit = 64)
        : m_limit(limit)
    {
    }

    QString intern(QByteArrayView utf8)
    {
        for (const auto& [bytes, text] : std::as_const(m_known)) {
            if (bytes == utf8)
                return text;
        }
        QString text = QString::fromUtf8(utf8);
        if (m_known.size() < m_limit)
            m_known.append({utf8.toByteArray(), text});
        return text;
    }

private:
    qsizetype m_limit;
    QList<std::pair<QByteArray, QString>> m_known;
};

} // namespace ct
