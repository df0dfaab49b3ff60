#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

namespace ct {

// Writes one compact JSON object with its keys in sorted (byte) order, whatever order they were added
// in, so that equal content always gives equal bytes. Built for speed: the simulator writes hundreds of
// thousands of payloads, where a QJsonDocument per payload would cost more than everything else.
// Keys are ASCII literals that need no escaping.
class JsonObjectWriter {
public:
    void add(const char* key, qint64 value);
    void add(const char* key, int value) { add(key, qint64(value)); }
    void add(const char* key, bool value);
    void add(const char* key, QStringView value);
    void add(const char* key, const QString& value) { add(key, QStringView(value)); }
    void add(const char* key, QLatin1String value);
    void addTime(const char* key, qint64 us);
    // A value that is already JSON text (a nested object or array).
    void addRaw(const char* key, const QByteArray& json);
    // Drops a field again; false when there is none of that name.
    bool remove(const char* key);

    int size() const { return int(m_fields.size()); }
    const char* keyAt(int index) const { return m_fields[index].key; }
    QByteArray toJson() const;

private:
    struct Field {
        const char* key;
        qsizetype begin;
        qsizetype end;
    };
    void start(const char* key);
    void finish();

    QByteArray m_values;
    QVarLengthArray<Field, 24> m_fields;
};

// Writes a compact JSON array of already-written JSON values.
class JsonArrayWriter {
public:
    void addRaw(const QByteArray& json);
    void add(QStringView text);
    QByteArray toJson() const { return m_text + ']'; }

private:
    QByteArray m_text = QByteArrayLiteral("[");
};

// Appends `text` as a JSON string literal: quotes, escapes and UTF-8.
void appendJsonString(QByteArray& out, QStringView text);

} // namespace ct
