#include "positionapi.h"

#include "pagetoken.h"
#include "positionjson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace ct::systemapi {

namespace {

const QStringList kSystems{QStringLiteral("erp"), QStringLiteral("wms"), QStringLiteral("pos"), QStringLiteral("webshop")};

// A listing's query: node, page_size and page_token, each at most once; anything else is an error.
struct ListQuery {
    QString node;
    int pageSize = PositionApi::kDefaultPageSize;
    std::optional<PositionKey> after;
    QString error; // non-empty: answer 400 with it
};

ListQuery parseListQuery(const QByteArray& query)
{
    ListQuery q;
    QList<QByteArray> seen;
    for (const QByteArray& pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(pair.left(equals));
        const QByteArray value = equals < 0 ? QByteArray() : QByteArray::fromPercentEncoding(pair.mid(equals + 1));
        const QString nameText = QString::fromUtf8(name).left(100);
        if (seen.contains(name)) {
            q.error = QStringLiteral("The query parameter \"%1\" is given more than once.").arg(nameText);
            return q;
        }
        seen.append(name);
        if (name == "node") {
            q.node = QString::fromUtf8(value);
            if (q.node.isEmpty())
                q.error = QStringLiteral("node must name a node, e.g. node=ST-001.");
        } else if (name == "page_size") {
            bool ok = false;
            const int size = value.toInt(&ok);
            if (!ok || size < 1 || size > PositionApi::kMaxPageSize)
                q.error = QStringLiteral("page_size must be a whole number from 1 to %1.").arg(PositionApi::kMaxPageSize);
            q.pageSize = size;
        } else if (name == "page_token") {
            q.after = decodePageToken(value);
            if (!q.after)
                q.error = QStringLiteral("page_token is not a token this API gave out as next_page_token.");
        } else {
            q.error = QStringLiteral("The query parameter \"%1\" is unknown; a listing takes node, page_size and "
                                     "page_token.")
                          .arg(nameText);
        }
        if (!q.error.isEmpty())
            return q;
    }
    return q;
}

template <typename Position>
ApiReply listing(const PositionIndex<Position>& index, const QString& system, const QByteArray& query)
{
    const ListQuery q = parseListQuery(query);
    if (!q.error.isEmpty())
        return ApiReply::error(400, q.error);
    const auto page = index.page(system, q.node, q.after, q.pageSize);
    QJsonArray items;
    for (const Position* p : page.items)
        items.append(toJson(*p, layoutOf(system)));
    const QJsonValue next = page.more ? QJsonValue(QString::fromLatin1(encodePageToken(
                                            {page.items.constLast()->node, page.items.constLast()->sku})))
                                      : QJsonValue(QJsonValue::Null);
    return ApiReply::json(200, QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("next_page_token"), next}});
}

template <typename Position>
ApiReply single(const PositionIndex<Position>& index, const QString& system, const QString& node, const QString& sku,
                const QString& what)
{
    if (const Position* p = index.find(system, node, sku))
        return ApiReply::json(200, toJson(*p, layoutOf(system)));
    return ApiReply::error(404, QStringLiteral("%1 holds no %2 position for SKU %3 at %4.")
                                    .arg(system.toUpper(), what, sku.left(100), node.left(100)));
}

} // namespace

Target Target::parse(const QByteArray& target)
{
    Target t;
    const qsizetype question = target.indexOf('?');
    t.path = question < 0 ? target : target.left(question);
    t.query = question < 0 ? QByteArray() : target.mid(question + 1);
    if (t.path.startsWith('/')) {
        for (const QByteArray& segment : t.path.mid(1).split('/'))
            t.segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(segment)));
    }
    return t;
}

QString Target::system() const
{
    return !segments.isEmpty() && kSystems.contains(segments.constFirst()) ? segments.constFirst() : QString();
}

PositionApi::PositionApi(const QList<InventoryPosition>& inventory, const QList<PricePosition>& prices)
    : m_inventory(inventory), m_prices(prices)
{
}

ApiReply PositionApi::answer(const QByteArray& method, const Target& target) const
{
    const QString system = target.system();
    if (system.isEmpty())
        return ApiReply::error(404, QStringLiteral("There is nothing at this path; the systems are /erp, /wms, /pos "
                                                   "and /webshop."));
    const qsizetype depth = target.segments.size();
    const QString kind = target.segments.value(1);
    const bool inventory = kind == QLatin1String("inventory");
    const bool known = (inventory || kind == QLatin1String("prices")) && (depth == 2 || depth == 4)
        && std::none_of(target.segments.cbegin(), target.segments.cend(), [](const QString& s) { return s.isEmpty(); });
    if (!known)
        return ApiReply::error(404, QStringLiteral("There is nothing at this path; %1 serves /%2/inventory[/NODE/SKU] "
                                                   "and /%2/prices[/NODE/SKU].")
                                        .arg(system.toUpper(), system));
    if (method != "GET")
        return ApiReply::error(405, QStringLiteral("This path takes GET only.")).withHeader("Allow", "GET");
    if (depth == 2)
        return inventory ? listing(m_inventory, system, target.query) : listing(m_prices, system, target.query);
    const QString& node = target.segments.at(2);
    const QString& sku = target.segments.at(3);
    return inventory ? single(m_inventory, system, node, sku, QStringLiteral("inventory"))
                     : single(m_prices, system, node, sku, QStringLiteral("price"));
}

} // namespace ct::systemapi
