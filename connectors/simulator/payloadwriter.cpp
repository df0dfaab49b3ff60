#include "payloadwriter.h"

#include "civiltime.h"
#include "estatecatalog.h"
#include "flowtemplate.h"
#include "jsonwriter.h"
#include "prng.h"
#include "stagedraft.h"
#include "transaction.h"

#include "controltower/v1/retail.pb.h"

namespace ct {
namespace {

const QLatin1String kCurrency("EUR");
constexpr const char* kCarriers[] = {"DHL", "UPS", "DPD"};
constexpr const char* kPaymentMethods[] = {"card", "paypal", "klarna", "ideal"};

// Document numbers derive from the transaction's token, so every stage quotes the same ones.
quint64 derived(quint64 token, quint64 salt)
{
    quint64 state = token ^ (salt * 0x9e3779b97f4a7c15ULL);
    return Prng::splitmix64(state);
}

QString digits(quint64 value, int width)
{
    QString out(width, QLatin1Char('0'));
    for (int i = width - 1; i >= 0 && value; --i, value /= 10)
        out[i] = QLatin1Char(char('0' + value % 10));
    return out;
}

QString hex(quint64 value, int width)
{
    return QString::number(value, 16).toUpper().rightJustified(width, QLatin1Char('0')).right(width);
}

QString carrierOf(const Transaction& tx)
{
    return QLatin1String(kCarriers[derived(tx.token, 1) % std::size(kCarriers)]);
}

QString trackingNumber(const Transaction& tx)
{
    const quint64 bits = derived(tx.token, 2);
    switch (derived(tx.token, 1) % std::size(kCarriers)) {
    case 0:
        return QStringLiteral("JJD") + digits(bits, 18);
    case 1:
        return QStringLiteral("1Z") + hex(bits, 16);
    default:
        return digits(bits, 14);
    }
}

QByteArray addressJson(const Customer& c, const QString& postalCode)
{
    JsonObjectWriter w;
    w.add("city", c.city);
    w.add("country", c.country);
    w.add("postal_code", postalCode.isEmpty() ? c.postalCode : postalCode);
    w.add("street", c.street);
    return w.toJson();
}

} // namespace

PayloadWriter::PayloadWriter(const EstateCatalog& catalog)
    : m_catalog(catalog)
{
}

QByteArray PayloadWriter::write(const Transaction& tx, StageDraft& draft, Prng& prng) const
{
    if (!draft.stage->protobufMessage.isEmpty())
        return writeSaleCompleted(tx, draft);
    return writeJson(tx, draft, prng);
}

QByteArray PayloadWriter::writeJson(const Transaction& tx, StageDraft& draft, Prng& prng) const
{
    const PayloadFacets f = draft.stage->payload;
    JsonObjectWriter w;
    if (f & PayloadFacet::Order)
        writeOrder(w, tx);
    if (f & PayloadFacet::Customer)
        writeCustomer(w, tx, draft);
    if (f & PayloadFacet::Line)
        writeLine(w, tx, draft);
    if (f & PayloadFacet::Money)
        writeMoney(w, tx);
    if (f & PayloadFacet::Payment)
        writePayment(w, tx);
    if (f & PayloadFacet::Posting)
        writePosting(w, tx, draft);
    if (f & PayloadFacet::Shipment)
        writeShipment(w, tx, draft);
    if (f & PayloadFacet::Stock)
        writeStock(w, tx, draft);
    if ((f & PayloadFacet::Node) && !(f & (PayloadFacet::Stock | PayloadFacet::Campaign)))
        w.add("node", draft.nodeCode);
    if (f & PayloadFacet::Receipt)
        writeReceipt(w, tx, draft);
    if (f & PayloadFacet::Return)
        writeReturn(w, tx);
    if (f & PayloadFacet::Campaign)
        writeCampaign(w, tx, draft);
    if (f & PayloadFacet::Profile)
        writeProfile(w, tx, draft);
    if (draft.schemaDefect && w.size() > 0) {
        draft.omittedField = w.keyAt(int(prng.below(quint64(w.size()))));
        w.remove(draft.omittedField);
    }
    return w.toJson();
}

QByteArray PayloadWriter::writeSaleCompleted(const Transaction& tx, const StageDraft& draft) const
{
    controltower::v1::SaleCompleted sale;
    sale.set_receipt_id(tx.correlationId.toStdString());
    sale.set_store(draft.nodeCode.toStdString());
    sale.set_register_(tx.registerId.toStdString());
    controltower::v1::OrderLine* line = sale.add_lines();
    line->set_sku(draft.sku.toStdString());
    line->set_quantity(draft.quantity.value_or(0));
    line->set_unit_price_minor(tx.unitPriceMinor);
    sale.set_total_minor(tx.amountMinor);
    sale.set_tax_minor(tx.taxMinor);
    sale.set_currency("EUR");
    const std::string bytes = sale.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

void PayloadWriter::writeOrder(JsonObjectWriter& w, const Transaction& tx) const
{
    w.add("channel", tx.channel);
    w.add("order_id", tx.correlationId);
    w.addTime("ordered_at", tx.start.micros());
}

void PayloadWriter::writeCustomer(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const
{
    if (!tx.customer)
        return;
    const Customer& c = *tx.customer;
    w.add("customer_email", c.email);
    w.add("customer_id", c.id);
    w.add("customer_name", c.name);
    w.add("customer_phone", c.phone);
    w.addRaw("ship_to", addressJson(c, draft.postalCode));
}

void PayloadWriter::writeLine(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const
{
    JsonObjectWriter line;
    line.add("quantity", draft.quantity.value_or(tx.quantity));
    line.add("sku", draft.sku);
    line.add("unit_price_minor", draft.unitPriceMinor.value_or(tx.unitPriceMinor));
    JsonArrayWriter lines;
    lines.addRaw(line.toJson());
    w.addRaw("lines", lines.toJson());
}

void PayloadWriter::writeMoney(JsonObjectWriter& w, const Transaction& tx) const
{
    w.add("amount_minor", tx.amountMinor);
    w.add("currency", kCurrency);
    w.add("tax_minor", tx.taxMinor);
}

void PayloadWriter::writePayment(JsonObjectWriter& w, const Transaction& tx) const
{
    w.add("method", QLatin1String(kPaymentMethods[derived(tx.token, 3) % std::size(kPaymentMethods)]));
    w.add("payment_id", QStringLiteral("PAY-") + hex(derived(tx.token, 4), 12));
    w.add("psp_reference", QStringLiteral("psp_") + hex(derived(tx.token, 5), 16).toLower());
}

void PayloadWriter::writePosting(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const
{
    const QString& kind = draft.stage->posting;
    // SAP-style document number ranges: 90 billing, 14 clearing, 17 credit memos.
    const char* range = kind == QLatin1String("settlement") ? "14"
                        : kind == QLatin1String("refund")   ? "17"
                                                            : "90";
    w.add("company_code", QLatin1String("1000"));
    w.add("erp_document", QLatin1String(range) + digits(derived(tx.token, 6 + quint64(range[0])), 8));
    w.add("fiscal_period", QLatin1String(yearMonth(draft.occurredAt.micros())));
    w.add("posting_kind", kind.isEmpty() ? QStringLiteral("order") : kind);
}

void PayloadWriter::writeShipment(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const
{
    w.add("carrier", carrierOf(tx));
    w.add("from_node", tx.node >= 0 ? m_catalog.node(tx.node).code : QString());
    w.addTime("shipped_at", draft.shippedAtUs);
    w.add("tracking_number", trackingNumber(tx));
}

void PayloadWriter::writeStock(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const
{
    w.add("delta", tx.stockDelta);
    w.add("node", draft.nodeCode);
    w.add("reason", tx.reason);
    w.add("sku", draft.sku);
}

void PayloadWriter::writeReceipt(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const
{
    w.add("receipt_id", tx.correlationId);
    w.add("register", tx.registerId);
    w.add("store", draft.nodeCode);
}

void PayloadWriter::writeReturn(JsonObjectWriter& w, const Transaction& tx) const
{
    w.add("original_id", tx.originalId);
    w.add("reason", tx.reason);
    w.add("return_id", tx.correlationId);
}

void PayloadWriter::writeCampaign(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const
{
    JsonArrayWriter prices;
    for (qsizetype i = 0; i < tx.prices.size(); ++i) {
        JsonObjectWriter price;
        price.add("currency", kCurrency);
        price.add("price_minor", tx.prices[i].priceMinor);
        // An unknown SKU replaces the first line: the campaign then names a SKU nobody sells.
        const bool unknown = i == 0 && draft.semantic == SemanticKind::UnknownSku;
        price.add("sku", unknown ? draft.unknownCode : m_catalog.sku(tx.prices[i].sku));
        prices.addRaw(price.toJson());
    }
    w.add("campaign_id", tx.correlationId);
    if (!draft.nodeCode.isEmpty())
        w.add("node", draft.nodeCode);
    w.addRaw("prices", prices.toJson());
    w.addTime("valid_from", tx.start.micros());
}

void PayloadWriter::writeProfile(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const
{
    if (!tx.customer)
        return;
    const Customer& c = *tx.customer;
    w.addRaw("address", addressJson(c, draft.postalCode));
    w.add("customer_id", c.id);
    w.add("email", c.email);
    w.add("home_store", m_catalog.node(EstateCatalog::storeNode(c.homeStore)).code);
    w.add("loyalty_tier", c.loyaltyTier);
    w.add("name", c.name);
    w.add("phone", c.phone);
}

} // namespace ct
