#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// The scalar values a set of JSON pointers reach in a JSON object, found in one pass over its text
// (JsonReader) without building a document. A pointer is a list of unescaped RFC 6901 tokens in which
// "*" stands for every element of an array ("/lines/*/sku"). Only strings and integral numbers are
// values here: what a pointer reaches that is an object, an array, a fraction, true, false or null is
// skipped. A member name an object gives twice is followed in both places.
class JsonPointerScan {
public:
    struct Match {
        int pointer;  // index into the pointers given
        QString text; // a string, trimmed, or an integral number as digits
    };

    explicit JsonPointerScan(const QList<QStringList>& pointers);

    // The matches, pointer by pointer in the order given and within one pointer in document order;
    // nothing when the text is not a JSON object QJsonDocument::fromJson would accept.
    std::optional<QList<Match>> scan(QByteArrayView json) const;

    bool isEmpty() const { return m_pointers.isEmpty(); }

private:
    friend class PointerScanHandler;
    struct Token {
        QString text;
        QByteArray utf8;
        bool any = false;   // "*"
        qint64 index = -1;  // the array index it names, or -1
    };
    QList<QList<Token>> m_pointers;
};

} // namespace ct
