#include "amqpclient.h"

#include "amqpfields.h"

#include <amqp_ssl_socket.h>
#include <amqp_tcp_socket.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace ct::amqp {
namespace {

constexpr amqp_channel_t kChannel = 1;

amqp_bytes_t bytesOf(const QByteArray& b)
{
    return amqp_bytes_t{size_t(b.size()), const_cast<char*>(b.constData())};
}

QString textOf(amqp_bytes_t b)
{
    return QString::fromUtf8(static_cast<const char*>(b.bytes), qsizetype(b.len));
}

// The server's reason for closing the channel or the connection, e.g. "404 NOT_FOUND - no queue 'x'".
QString serverReason(const amqp_rpc_reply_t& r)
{
    if (r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
        const auto* m = static_cast<const amqp_channel_close_t*>(r.reply.decoded);
        return textOf(m->reply_text);
    }
    if (r.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
        const auto* m = static_cast<const amqp_connection_close_t*>(r.reply.decoded);
        return textOf(m->reply_text);
    }
    return QStringLiteral("unexpected method %1").arg(r.reply.id);
}

// A message's body and properties into d.
void fill(Delivery& d, const amqp_message_t& message)
{
    const amqp_basic_properties_t& p = message.properties;
    d.body = QByteArray(static_cast<const char*>(message.body.bytes), qsizetype(message.body.len));
    for (const auto& [flag, field, out] :
         {std::tuple{AMQP_BASIC_CONTENT_TYPE_FLAG, &p.content_type, &d.contentType},
          std::tuple{AMQP_BASIC_CONTENT_ENCODING_FLAG, &p.content_encoding, &d.contentEncoding},
          std::tuple{AMQP_BASIC_MESSAGE_ID_FLAG, &p.message_id, &d.messageId},
          std::tuple{AMQP_BASIC_CORRELATION_ID_FLAG, &p.correlation_id, &d.correlationId},
          std::tuple{AMQP_BASIC_TYPE_FLAG, &p.type, &d.type}, std::tuple{AMQP_BASIC_APP_ID_FLAG, &p.app_id, &d.appId}}) {
        if (p._flags & flag)
            *out = textOf(*field);
    }
    if (p._flags & AMQP_BASIC_TIMESTAMP_FLAG)
        d.timestamp = Timestamp::fromSeconds(qint64(p.timestamp));
    if (p._flags & AMQP_BASIC_HEADERS_FLAG)
        d.headers = fromTable(p.headers);
}

} // namespace

Client::Client() = default;

Client::~Client()
{
    close();
}

bool Client::fail(const QString& doing, const QString& why)
{
    m_error = doing + QStringLiteral(": ") + why;
    close();
    return false;
}

bool Client::replyOk(const QString& doing)
{
    const amqp_rpc_reply_t r = amqp_get_rpc_reply(m_connection);
    switch (r.reply_type) {
    case AMQP_RESPONSE_NORMAL:
        return true;
    case AMQP_RESPONSE_LIBRARY_EXCEPTION:
        return fail(doing, QString::fromUtf8(amqp_error_string2(r.library_error)));
    case AMQP_RESPONSE_SERVER_EXCEPTION:
        return fail(doing, serverReason(r));
    default:
        return fail(doing, QStringLiteral("no reply"));
    }
}

bool Client::open(const QString& url)
{
    close();
    m_error.clear();
    QByteArray text = withoutCaQuery(url).toUtf8(); // amqp_parse_url writes into it; the info points into it
    amqp_connection_info info;
    amqp_default_connection_info(&info);
    if (amqp_parse_url(text.data(), &info) != AMQP_STATUS_OK) {
        m_error = QStringLiteral("not an AMQP URL (amqp://user:password@host:port/vhost)");
        return false;
    }
    const QString where = QStringLiteral("%1:%2").arg(QString::fromUtf8(info.host)).arg(info.port);
    m_connection = amqp_new_connection();
    amqp_socket_t* socket = info.ssl ? tlsSocket(where) : amqp_tcp_socket_new(m_connection);
    if (!socket)
        return m_error.isEmpty() ? fail(QStringLiteral("connecting to ") + where, QStringLiteral("no socket")) : false;
    timeval timeout{10, 0};
    if (const int status = amqp_socket_open_noblock(socket, info.host, info.port, &timeout); status != AMQP_STATUS_OK)
        return fail(QStringLiteral("connecting to ") + where, openFailure(status, info.ssl));
    // Without consumer_cancel_notify the broker drops the consumer of a deleted queue in silence.
    TableBuilder properties;
    const amqp_table_t clientProperties = properties.build(
        {{QStringLiteral("product"), QStringLiteral("Control Tower")},
         {QStringLiteral("capabilities"), QVariantMap{{QStringLiteral("consumer_cancel_notify"), true}}}});
    const amqp_rpc_reply_t login = amqp_login_with_properties(m_connection, info.vhost, 0, 131072, 30,
                                                              &clientProperties, AMQP_SASL_METHOD_PLAIN, info.user,
                                                              info.password);
    if (login.reply_type != AMQP_RESPONSE_NORMAL) {
        const QString why = login.reply_type == AMQP_RESPONSE_SERVER_EXCEPTION
                                ? serverReason(login)
                                : QString::fromUtf8(amqp_error_string2(login.library_error));
        return fail(QStringLiteral("logging in to ") + where, why);
    }
    m_loggedIn = true;
    amqp_channel_open(m_connection, kChannel);
    return replyOk(QStringLiteral("opening a channel on ") + where);
}

QString Client::withoutCaQuery(const QString& url)
{
    QUrl u(url, QUrl::StrictMode);
    QUrlQuery query(u);
    if (!query.hasQueryItem(QStringLiteral("cacertfile")))
        return url;
    if (m_caFile.isEmpty())
        m_caFile = query.queryItemValue(QStringLiteral("cacertfile"), QUrl::FullyDecoded);
    query.removeAllQueryItems(QStringLiteral("cacertfile"));
    u.setQuery(query);
    return u.toString(QUrl::FullyEncoded);
}

amqp_socket_t* Client::tlsSocket(const QString& where)
{
    const QString doing = QStringLiteral("connecting to ") + where + QStringLiteral(" over TLS");
    if (m_caFile.isEmpty()) {
        fail(doing, QStringLiteral("amqps:// needs a CA file: the certificate of the authority that signed the broker's"));
        return nullptr;
    }
    if (!QFileInfo(m_caFile).isReadable()) {
        fail(doing, QStringLiteral("the CA file %1 does not exist or cannot be read").arg(m_caFile));
        return nullptr;
    }
    amqp_socket_t* socket = amqp_ssl_socket_new(m_connection);
    if (!socket) {
        fail(doing, QStringLiteral("no TLS socket"));
        return nullptr;
    }
    // Verification stays on: the broker's certificate must chain to the CA and name the host.
    amqp_ssl_socket_set_verify_peer(socket, 1);
    amqp_ssl_socket_set_verify_hostname(socket, 1);
    if (amqp_ssl_socket_set_cacert(socket, QFile::encodeName(m_caFile).constData()) != AMQP_STATUS_OK) {
        fail(doing, QStringLiteral("the CA file %1 holds no PEM certificate").arg(m_caFile));
        return nullptr;
    }
    return socket;
}

QString Client::openFailure(int status, bool tls)
{
    switch (status) {
    case AMQP_STATUS_SSL_PEER_VERIFY_FAILED:
        return QStringLiteral("the broker's certificate is not signed by the CA file %1").arg(m_caFile);
    case AMQP_STATUS_SSL_HOSTNAME_VERIFY_FAILED:
        return QStringLiteral("the broker's certificate does not name this host");
    case AMQP_STATUS_SSL_ERROR:
    case AMQP_STATUS_SSL_CONNECTION_FAILED:
        return QStringLiteral("the TLS handshake failed (is it a TLS port, and does the CA file %1 sign the broker's "
                              "certificate?)")
            .arg(m_caFile);
    default:
        if (tls && (status == AMQP_STATUS_SOCKET_ERROR || status == AMQP_STATUS_CONNECTION_CLOSED))
            return QStringLiteral("the TLS handshake failed (%1; is it a TLS port?)")
                .arg(QString::fromUtf8(amqp_error_string2(status)));
        return QString::fromUtf8(amqp_error_string2(status));
    }
}

void Client::close()
{
    m_consumers.clear();
    m_confirming = false;
    m_lastDeliveryTag = 0;
    if (!m_connection)
        return;
    amqp_connection_state_t c = m_connection;
    m_connection = nullptr;
    // A connection that never logged in has nothing to close (and maybe no socket to say it on).
    if (std::exchange(m_loggedIn, false)) {
        amqp_channel_close(c, kChannel, AMQP_REPLY_SUCCESS);
        amqp_connection_close(c, AMQP_REPLY_SUCCESS);
    }
    amqp_destroy_connection(c);
}

bool Client::declareExchange(const QString& name, const char* type, bool durable)
{
    if (!m_connection)
        return false;
    const QByteArray n = name.toUtf8();
    amqp_exchange_declare(m_connection, kChannel, bytesOf(n), amqp_cstring_bytes(type), 0, durable, 0, 0,
                          amqp_empty_table);
    return replyOk(QStringLiteral("declaring the exchange %1").arg(name));
}

bool Client::declareQueue(const QString& name, const QVariantMap& arguments, bool durable)
{
    if (!m_connection)
        return false;
    const QByteArray n = name.toUtf8();
    TableBuilder table;
    amqp_queue_declare(m_connection, kChannel, bytesOf(n), 0, durable, 0, 0, table.build(arguments));
    return replyOk(QStringLiteral("declaring the queue %1").arg(name));
}

std::optional<QueueState> Client::inspectQueue(const QString& name)
{
    if (!m_connection)
        return std::nullopt;
    const QByteArray n = name.toUtf8();
    const amqp_queue_declare_ok_t* ok =
        amqp_queue_declare(m_connection, kChannel, bytesOf(n), 1, 0, 0, 0, amqp_empty_table);
    if (!replyOk(QStringLiteral("looking up the queue %1").arg(name)) || !ok)
        return std::nullopt;
    return QueueState{ok->message_count, ok->consumer_count};
}

bool Client::bindQueue(const QString& queue, const QString& exchange, const QString& routingKey)
{
    if (!m_connection)
        return false;
    const QByteArray q = queue.toUtf8(), e = exchange.toUtf8(), k = routingKey.toUtf8();
    amqp_queue_bind(m_connection, kChannel, bytesOf(q), bytesOf(e), bytesOf(k), amqp_empty_table);
    return replyOk(QStringLiteral("binding %1 to %2").arg(queue, exchange));
}

bool Client::deleteQueue(const QString& name)
{
    if (!m_connection)
        return false;
    const QByteArray n = name.toUtf8();
    amqp_queue_delete(m_connection, kChannel, bytesOf(n), 0, 0);
    return replyOk(QStringLiteral("deleting the queue %1").arg(name));
}

bool Client::deleteExchange(const QString& name)
{
    if (!m_connection)
        return false;
    const QByteArray n = name.toUtf8();
    amqp_exchange_delete(m_connection, kChannel, bytesOf(n), 0);
    return replyOk(QStringLiteral("deleting the exchange %1").arg(name));
}

bool Client::publish(const Publication& p)
{
    if (!m_connection)
        return false;
    const QByteArray exchange = p.exchange.toUtf8(), key = p.routingKey.toUtf8();
    const QByteArray contentType = p.contentType.toUtf8(), messageId = p.messageId.toUtf8(),
                     correlationId = p.correlationId.toUtf8(), type = p.type.toUtf8(), appId = p.appId.toUtf8();
    amqp_basic_properties_t props{};
    props._flags = AMQP_BASIC_DELIVERY_MODE_FLAG | AMQP_BASIC_HEADERS_FLAG;
    props.delivery_mode = p.persistent ? AMQP_DELIVERY_PERSISTENT : AMQP_DELIVERY_NONPERSISTENT;
    for (const auto& [value, flag, field] :
         {std::tuple{&contentType, AMQP_BASIC_CONTENT_TYPE_FLAG, &props.content_type},
          std::tuple{&messageId, AMQP_BASIC_MESSAGE_ID_FLAG, &props.message_id},
          std::tuple{&correlationId, AMQP_BASIC_CORRELATION_ID_FLAG, &props.correlation_id},
          std::tuple{&type, AMQP_BASIC_TYPE_FLAG, &props.type}, std::tuple{&appId, AMQP_BASIC_APP_ID_FLAG, &props.app_id}}) {
        if (!value->isEmpty()) {
            props._flags |= flag;
            *field = bytesOf(*value);
        }
    }
    const QByteArray expiration = p.expirationMs ? QByteArray::number(qMax<qint64>(0, *p.expirationMs)) : QByteArray();
    if (p.expirationMs) {
        props._flags |= AMQP_BASIC_EXPIRATION_FLAG;
        props.expiration = bytesOf(expiration);
    }
    if (p.timestamp) {
        props._flags |= AMQP_BASIC_TIMESTAMP_FLAG;
        props.timestamp = quint64(p.timestamp->micros() / 1'000'000);
    }
    TableBuilder headers;
    props.headers = headers.build(p.headers);
    const int status = amqp_basic_publish(m_connection, kChannel, bytesOf(exchange), bytesOf(key), p.mandatory, 0,
                                          &props, bytesOf(p.body));
    if (status != AMQP_STATUS_OK)
        return fail(QStringLiteral("publishing to %1").arg(p.exchange.isEmpty() ? p.routingKey : p.exchange),
                    QString::fromUtf8(amqp_error_string2(status)));
    if (m_confirming)
        ++m_lastDeliveryTag;
    return true;
}

std::optional<Delivery> Client::get(const QString& queue)
{
    m_error.clear();
    if (!m_connection)
        return std::nullopt;
    const QByteArray q = queue.toUtf8();
    const amqp_rpc_reply_t r = amqp_basic_get(m_connection, kChannel, bytesOf(q), 0);
    if (r.reply_type != AMQP_RESPONSE_NORMAL) {
        replyOk(QStringLiteral("taking a message from %1").arg(queue));
        return std::nullopt;
    }
    if (r.reply.id != AMQP_BASIC_GET_OK_METHOD)
        return std::nullopt; // get-empty
    const auto* ok = static_cast<const amqp_basic_get_ok_t*>(r.reply.decoded);
    Delivery d;
    d.queue = queue;
    d.deliveryTag = ok->delivery_tag;
    d.redelivered = ok->redelivered;
    amqp_message_t message;
    const amqp_rpc_reply_t read = amqp_read_message(m_connection, kChannel, &message, 0);
    if (read.reply_type != AMQP_RESPONSE_NORMAL) {
        fail(QStringLiteral("reading a message from %1").arg(queue),
             QString::fromUtf8(amqp_error_string2(read.library_error)));
        return std::nullopt;
    }
    fill(d, message);
    amqp_destroy_message(&message);
    amqp_maybe_release_buffers(m_connection);
    return d;
}

bool Client::consume(const QStringList& queues, quint16 prefetch)
{
    if (!m_connection)
        return false;
    amqp_basic_qos(m_connection, kChannel, 0, prefetch, 0);
    if (!replyOk(QStringLiteral("setting the prefetch")))
        return false;
    for (const QString& queue : queues) {
        const QByteArray q = queue.toUtf8();
        const QByteArray tag = "ctower:" + q;
        amqp_basic_consume(m_connection, kChannel, bytesOf(q), bytesOf(tag), 0, 0, 0, amqp_empty_table);
        if (!replyOk(QStringLiteral("consuming %1").arg(queue)))
            return false;
        m_consumers.insert(tag, queue);
    }
    return true;
}

std::optional<Delivery> Client::next(std::chrono::milliseconds timeout)
{
    m_error.clear();
    if (!m_connection)
        return std::nullopt;
    amqp_maybe_release_buffers(m_connection);
    const qint64 ms = qMax<qint64>(0, timeout.count());
    timeval tv{time_t(ms / 1000), suseconds_t((ms % 1000) * 1000)};
    amqp_envelope_t envelope;
    const amqp_rpc_reply_t r = amqp_consume_message(m_connection, &envelope, &tv, 0);
    if (r.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION) {
        if (r.library_error != AMQP_STATUS_TIMEOUT)
            readFailure(r.library_error, QStringLiteral("waiting for messages"));
        return std::nullopt;
    }
    if (r.reply_type != AMQP_RESPONSE_NORMAL) {
        fail(QStringLiteral("waiting for messages"), serverReason(r));
        return std::nullopt;
    }
    Delivery d;
    d.queue = m_consumers.value(QByteArray(static_cast<const char*>(envelope.consumer_tag.bytes),
                                           qsizetype(envelope.consumer_tag.len)));
    d.deliveryTag = envelope.delivery_tag;
    d.redelivered = envelope.redelivered;
    fill(d, envelope.message);
    amqp_destroy_envelope(&envelope);
    return d;
}

// Something other than a delivery came while consuming: the frame says what, and it ends the client
// unless it is harmless.
bool Client::readFailure(int status, const QString& doing)
{
    if (status != AMQP_STATUS_UNEXPECTED_STATE)
        return fail(doing, QString::fromUtf8(amqp_error_string2(status)));
    amqp_frame_t frame;
    if (const int s = amqp_simple_wait_frame(m_connection, &frame); s != AMQP_STATUS_OK)
        return fail(doing, QString::fromUtf8(amqp_error_string2(s)));
    if (frame.frame_type != AMQP_FRAME_METHOD)
        return true;
    switch (frame.payload.method.id) {
    case AMQP_BASIC_CANCEL_METHOD: {
        const auto* m = static_cast<const amqp_basic_cancel_t*>(frame.payload.method.decoded);
        const QString queue = m_consumers.value(
            QByteArray(static_cast<const char*>(m->consumer_tag.bytes), qsizetype(m->consumer_tag.len)));
        return fail(doing, QStringLiteral("the broker stopped delivering from %1 (was the queue deleted?)").arg(queue));
    }
    case AMQP_CHANNEL_CLOSE_METHOD: {
        const auto* m = static_cast<const amqp_channel_close_t*>(frame.payload.method.decoded);
        return fail(doing, textOf(m->reply_text));
    }
    case AMQP_CONNECTION_CLOSE_METHOD: {
        const auto* m = static_cast<const amqp_connection_close_t*>(frame.payload.method.decoded);
        return fail(doing, textOf(m->reply_text));
    }
    default:
        return true;
    }
}

bool Client::ack(quint64 deliveryTag, bool multiple)
{
    if (!m_connection)
        return false;
    if (const int status = amqp_basic_ack(m_connection, kChannel, deliveryTag, multiple); status != AMQP_STATUS_OK)
        return fail(QStringLiteral("acknowledging a message"), QString::fromUtf8(amqp_error_string2(status)));
    return true;
}

bool Client::reject(quint64 deliveryTag, bool requeue)
{
    if (!m_connection)
        return false;
    if (const int status = amqp_basic_reject(m_connection, kChannel, deliveryTag, requeue); status != AMQP_STATUS_OK)
        return fail(QStringLiteral("rejecting a message"), QString::fromUtf8(amqp_error_string2(status)));
    return true;
}

} // namespace ct::amqp

namespace ct::amqp {

bool Client::enableConfirms()
{
    if (!m_connection)
        return false;
    amqp_confirm_select(m_connection, kChannel);
    if (!replyOk(QStringLiteral("turning on publisher confirms")))
        return false;
    m_confirming = true;
    m_lastDeliveryTag = 0;
    return true;
}

std::optional<ConfirmEvent> Client::nextConfirm(std::chrono::milliseconds timeout)
{
    m_error.clear();
    if (!m_connection)
        return std::nullopt;
    const qint64 ms = qMax<qint64>(0, timeout.count());
    timeval tv{time_t(ms / 1000), suseconds_t((ms % 1000) * 1000)};
    amqp_frame_t frame;
    const int status = amqp_simple_wait_frame_noblock(m_connection, &frame, &tv);
    if (status == AMQP_STATUS_TIMEOUT)
        return std::nullopt;
    ConfirmEvent event;
    event.kind = ConfirmEvent::Kind::Closed;
    if (status != AMQP_STATUS_OK) {
        event.reason = QString::fromUtf8(amqp_error_string2(status));
        fail(QStringLiteral("waiting for publisher confirms"), event.reason);
        return event;
    }
    if (frame.frame_type != AMQP_FRAME_METHOD)
        return std::nullopt; // nothing a publisher waits for
    switch (frame.payload.method.id) {
    case AMQP_BASIC_ACK_METHOD: {
        const auto* m = static_cast<const amqp_basic_ack_t*>(frame.payload.method.decoded);
        event = ConfirmEvent{ConfirmEvent::Kind::Ack, m->delivery_tag, bool(m->multiple), {}, {}};
        return event;
    }
    case AMQP_BASIC_NACK_METHOD: {
        const auto* m = static_cast<const amqp_basic_nack_t*>(frame.payload.method.decoded);
        event = ConfirmEvent{ConfirmEvent::Kind::Nack, m->delivery_tag, bool(m->multiple), {}, {}};
        return event;
    }
    case AMQP_BASIC_RETURN_METHOD: {
        const auto* m = static_cast<const amqp_basic_return_t*>(frame.payload.method.decoded);
        event.kind = ConfirmEvent::Kind::Return;
        event.reason = QStringLiteral("%1 %2").arg(m->reply_code).arg(textOf(m->reply_text));
        amqp_message_t message;
        const amqp_rpc_reply_t read = amqp_read_message(m_connection, kChannel, &message, 0);
        if (read.reply_type != AMQP_RESPONSE_NORMAL) {
            event.kind = ConfirmEvent::Kind::Closed;
            event.reason = QString::fromUtf8(amqp_error_string2(read.library_error));
            fail(QStringLiteral("reading a returned message"), event.reason);
            return event;
        }
        Delivery returned;
        fill(returned, message);
        event.headers = returned.headers;
        amqp_destroy_message(&message);
        return event;
    }
    case AMQP_CHANNEL_CLOSE_METHOD: {
        const auto* m = static_cast<const amqp_channel_close_t*>(frame.payload.method.decoded);
        event.reason = textOf(m->reply_text);
        amqp_channel_close_ok_t ok{};
        amqp_send_method(m_connection, kChannel, AMQP_CHANNEL_CLOSE_OK_METHOD, &ok);
        fail(QStringLiteral("publishing"), event.reason);
        return event;
    }
    case AMQP_CONNECTION_CLOSE_METHOD: {
        const auto* m = static_cast<const amqp_connection_close_t*>(frame.payload.method.decoded);
        event.reason = textOf(m->reply_text);
        fail(QStringLiteral("publishing"), event.reason);
        return event;
    }
    default:
        return std::nullopt;
    }
}

bool Client::exchangeExists(const QString& name)
{
    if (!m_connection)
        return false;
    if (name.isEmpty())
        return true;
    const QByteArray n = name.toUtf8();
    amqp_exchange_declare(m_connection, kChannel, bytesOf(n), amqp_cstring_bytes("direct"), 1, 0, 0, 0, amqp_empty_table);
    return replyOk(QStringLiteral("looking up the exchange %1").arg(name));
}

} // namespace ct::amqp
