#include "amqpurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace ct::amqp {

bool AmqpUrl::parse(const QString& text, const QString& password, AmqpUrl* out, QString* error)
{
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("amqp") && scheme != QLatin1String("amqps")) || url.host().isEmpty()) {
        url.setPassword({});
        *error = QStringLiteral("not an AMQP URL (amqp://user@host:port/vhost): %1")
                     .arg(url.isValid() ? url.toString(QUrl::RemovePassword) : QStringLiteral("unreadable"));
        return false;
    }
    if (url.password().isEmpty() && !password.isEmpty())
        url.setPassword(password);
    out->full = url.toString(QUrl::FullyEncoded);
    out->redacted = url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
    out->caFile = QUrlQuery(url).queryItemValue(QStringLiteral("cacertfile"), QUrl::FullyDecoded);
    return true;
}

} // namespace ct::amqp
