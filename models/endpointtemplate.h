#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// A URL path and query with placeholders, e.g. "/pos/inventory?node={node}&page_token={page_token}".
// Values are percent-encoded into it (every byte but RFC 3986's unreserved ones); a query parameter
// whose whole value is a placeholder given no value ("page_token={page_token}" on the first page) is
// left out.
class EndpointTemplate {
public:
    EndpointTemplate() = default;

    // The template, or nothing with *error set when it does not start with "/", names a placeholder
    // not in `allowed`, leaves a brace unclosed, or is not a valid URL path and query.
    static std::optional<EndpointTemplate> parse(const QString& text, const QStringList& allowed, QString* error);

    // The encoded path and query for these values (a placeholder without a value expands to nothing).
    QByteArray expand(const QHash<QString, QString>& values) const;
    bool uses(const QString& placeholder) const { return m_placeholders.contains(placeholder); }
    bool isNull() const { return m_text.isEmpty(); }
    const QString& text() const { return m_text; }

private:
    QString m_text;
    QStringList m_placeholders;
};

} // namespace ct
