#pragma once

#include <QByteArray>

namespace ct {

class EstateCatalog;
class JsonObjectWriter;
class Prng;
struct StageDraft;
struct Transaction;

// Writes a stage event's payload from its transaction and draft: compact JSON with sorted keys, or a
// protobuf message where the template asks for one. Customer data goes in as it is; masking is the
// viewer's job.
class PayloadWriter {
public:
    explicit PayloadWriter(const EstateCatalog& catalog);

    // A draft with a schema defect loses one required field; the draft then names it.
    QByteArray write(const Transaction& tx, StageDraft& draft, Prng& prng) const;

private:
    QByteArray writeJson(const Transaction& tx, StageDraft& draft, Prng& prng) const;
    QByteArray writeSaleCompleted(const Transaction& tx, const StageDraft& draft) const;
    void writeOrder(JsonObjectWriter& w, const Transaction& tx) const;
    void writeCustomer(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const;
    void writeLine(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const;
    void writeMoney(JsonObjectWriter& w, const Transaction& tx) const;
    void writePayment(JsonObjectWriter& w, const Transaction& tx) const;
    void writePosting(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const;
    void writeShipment(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const;
    void writeStock(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const;
    void writeReceipt(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const;
    void writeReturn(JsonObjectWriter& w, const Transaction& tx) const;
    void writeCampaign(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const;
    void writeProfile(JsonObjectWriter& w, const Transaction& tx, const StageDraft& draft) const;

    const EstateCatalog& m_catalog;
};

} // namespace ct
