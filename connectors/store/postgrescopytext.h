#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace ct {

// Rows in the text format of COPY … FROM STDIN: fields separated by tabs, rows ended by newlines,
// \N for NULL, and a backslash escape for each byte the format reserves (backslash, tab, newline,
// carriage return). Text columns cannot hold U+0000 or invalid UTF-8: those become U+FFFD rather
// than failing a whole batch for one malformed field.
class PostgresCopyText {
public:
    PostgresCopyText();

    void text(QStringView value);
    // Bytes meant as UTF-8 text, such as compact JSON.
    void utf8(QByteArrayView value);
    // A bytea value in hex form; a null QByteArray is NULL, an empty one an empty value.
    void bytes(const QByteArray& value);
    void integer(qint64 value);
    void boolean(bool value);
    void optional(const std::optional<qint64>& value);
    void null();
    void endRow();

    const char* data() const { return m_buffer.constData(); }
    qsizetype size() const { return m_size; }
    void clear();

private:
    // Room for n more bytes; the caller then advances m_size by what it wrote.
    char* room(qsizetype n);
    void separate();
    void escaped(const char* bytes, qsizetype n);

    QByteArray m_buffer;
    qsizetype m_size = 0;
    bool m_rowStart = true;
};

} // namespace ct
