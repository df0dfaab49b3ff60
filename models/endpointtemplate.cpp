#include "endpointtemplate.h"

#include <QRegularExpression>
#include <QUrl>

namespace ct {
namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}]*)\\}"));
    return re;
}

QByteArray expandText(const QString& text, const QHash<QString, QString>& values)
{
    QByteArray out;
    qsizetype from = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from).toUtf8();
        out += QUrl::toPercentEncoding(values.value(m.captured(1)));
        from = m.capturedEnd();
    }
    return out + text.mid(from).toUtf8();
}

} // namespace

std::optional<EndpointTemplate> EndpointTemplate::parse(const QString& text, const QStringList& allowed, QString* error)
{
    if (!text.startsWith(QLatin1Char('/'))) {
        *error = QStringLiteral("the endpoint \"%1\" does not start with \"/\"").arg(text);
        return std::nullopt;
    }
    EndpointTemplate t;
    t.m_text = text;
    QString rest = text;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!allowed.contains(name)) {
            *error = QStringLiteral("the endpoint \"%1\" has the placeholder {%2}; it may use only %3")
                         .arg(text, name, QLatin1Char('{') + allowed.join(QStringLiteral("}, {")) + QLatin1Char('}'));
            return std::nullopt;
        }
        if (!t.m_placeholders.contains(name))
            t.m_placeholders.append(name);
    }
    rest.remove(placeholderPattern());
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}'))) {
        *error = QStringLiteral("the endpoint \"%1\" has an unmatched brace").arg(text);
        return std::nullopt;
    }
    QHash<QString, QString> sample;
    for (const QString& name : std::as_const(t.m_placeholders))
        sample.insert(name, QStringLiteral("x"));
    const QUrl url = QUrl::fromEncoded(QByteArray("http://localhost") + expandText(text, sample), QUrl::StrictMode);
    if (!url.isValid() || text.contains(QLatin1Char('#'))) {
        *error = QStringLiteral("the endpoint \"%1\" is not a valid URL path and query").arg(text);
        return std::nullopt;
    }
    return t;
}

QByteArray EndpointTemplate::expand(const QHash<QString, QString>& values) const
{
    const qsizetype q = m_text.indexOf(QLatin1Char('?'));
    if (q < 0)
        return expandText(m_text, values);
    QByteArray out = expandText(m_text.left(q), values);
    QList<QByteArray> kept;
    for (const QString& parameter : m_text.mid(q + 1).split(QLatin1Char('&'))) {
        const auto whole = placeholderPattern().match(parameter);
        const qsizetype eq = parameter.indexOf(QLatin1Char('='));
        if (whole.hasMatch() && eq >= 0 && whole.capturedStart() == eq + 1 && whole.capturedEnd() == parameter.size()
            && values.value(whole.captured(1)).isEmpty())
            continue;
        kept.append(expandText(parameter, values));
    }
    if (!kept.isEmpty())
        out += '?' + kept.join('&');
    return out;
}

} // namespace ct
