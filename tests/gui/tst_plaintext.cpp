// Text from outside (brokers, HTTP, stores) is shown as text on every page: markup in ids, reasons,
// queues, SKUs, nodes, payloads and headers is never rendered, and a "%2" in data is never substituted.
#include "auditentry.h"
#include "auditpage.h"
#include "connectionspage.h"
#include "exceptionspage.h"
#include "failedmessage.h"
#include "integrationpage.h"
#include "inventorypage.h"
#include "lineagepage.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "postingpage.h"
#include "slapage.h"
#include "store/storefactory.h"
#include "storeservice.h"

#include <QAbstractItemView>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>
#include <utility>

using namespace ct;

namespace {

const QString kBold = QStringLiteral("<b>bold</b>");
const QString kImage = QStringLiteral("<img src=x>");
const QString kLink = QStringLiteral("<a href=\"http://evil\">x</a>");
const QString kEntity = QStringLiteral("&amp;");

// One value as a hostile producer would send it: markup, an entity and arg() placeholders.
QString hostile(const QString& what)
{
    return what + QLatin1Char(' ') + kBold + QLatin1Char(' ') + kImage + QLatin1Char(' ') + kLink +
           QStringLiteral(" %1 %2 ") + kEntity;
}

QByteArray hostileJson(const QString& what)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("note"), hostile(what)}, {hostile(QStringLiteral("key")), 1}})
        .toJson(QJsonDocument::Compact);
}

bool looksLikeMarkup(const QString& text)
{
    return text.contains(kBold) || text.contains(kImage) || text.contains(QLatin1String("<a href")) ||
           text.contains(kEntity);
}

// What a person sees of a tooltip: Qt renders it as rich text when it looks like rich text.
QString shownToolTip(const QString& tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

} // namespace

class TestPlainText : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/ct %1 %2 &amp; <i>-XXXXXX")};
    QString m_store;
    std::unique_ptr<StoreService> m_service;

    // The data the pages show, as written into the store.
    const QString m_correlation = hostile(QStringLiteral("ORD"));
    const QString m_flow = hostile(QStringLiteral("flow"));
    const FlowLibrary m_flows = [] {
        QString error;
        return FlowLibrary::builtIn(&error);
    }();
    const QString m_stageA = hostile(QStringLiteral("stage-a"));
    const QString m_stageB = hostile(QStringLiteral("stage-b"));
    const QString m_missingCause = hostile(QStringLiteral("missing-cause"));
    const QString m_sku = QStringLiteral("%2-SKU ") + kBold;
    const QString m_node = QStringLiteral("%1-NODE ") + kImage;
    const QString m_reason = QStringLiteral("%2 ") + hostile(QStringLiteral("rejected"));
    const QString m_errorText = hostile(QStringLiteral("error"));
    const QString m_system = kLink + QStringLiteral(" %1");

    QStringList m_problems;
    QStringList m_problemsSeen;
    QStringList m_labels;       // every label text seen
    QStringList m_toolTips;     // every tooltip as a person sees it
    QStringList m_payloadTexts; // every payload view's text

    // One line per distinct problem, with where it was first seen.
    void record(const QString& where, const QString& problem)
    {
        if (m_problemsSeen.contains(problem))
            return;
        m_problemsSeen << problem;
        m_problems << where + QStringLiteral(": ") + problem;
    }

    void checkToolTip(const QString& tip, const QString& where)
    {
        if (tip.isEmpty())
            return;
        for (const QString& markup : {kBold, kImage, QStringLiteral("<a href")}) {
            if (tip.contains(markup))
                record(where, QStringLiteral("tooltip carries unescaped markup: ") + tip);
        }
        const QString seen = shownToolTip(tip);
        if (seen.contains(QLatin1String("&lt;")) || seen.contains(QLatin1String("&gt;")) ||
            seen.contains(QLatin1String("&amp;amp;")))
            record(where, QStringLiteral("tooltip shows escaped text instead of the data: ") + seen);
        m_toolTips << seen;
    }

    // Every label, every widget's tooltip and every item tooltip under the window.
    void checkWindow(QWidget* window, const QString& where)
    {
        for (QLabel* label : window->findChildren<QLabel*>()) {
            const QString text = label->text();
            m_labels << text;
            if (!looksLikeMarkup(text))
                continue;
            if (label->textFormat() != Qt::PlainText) // not left to Qt's guess about the data
                record(where, QStringLiteral("label is not plain text: ") + text);
        }
        QList<QWidget*> widgets = window->findChildren<QWidget*>();
        widgets.prepend(window);
        for (QWidget* w : std::as_const(widgets))
            checkToolTip(w->toolTip(),
                         where + QLatin1Char(' ') + QLatin1String(w->metaObject()->className()));
        for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
            const QAbstractItemModel* model = view->model();
            if (!model)
                continue;
            const QString name = where + QLatin1Char(' ') + QLatin1String(model->metaObject()->className());
            for (int c = 0; c < model->columnCount(); ++c)
                checkToolTip(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(),
                             name + QStringLiteral(" header"));
            for (int r = 0; r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c)
                    checkToolTip(
                        model->index(r, c).data(Qt::ToolTipRole).toString(),
                        name +
                            QStringLiteral(" row %1 column %2").arg(QString::number(r), QString::number(c)));
            }
        }
        for (QPlainTextEdit* edit : window->findChildren<QPlainTextEdit*>())
            m_payloadTexts << edit->toPlainText();
    }

    bool sawLabel(const QString& text) const { return m_labels.contains(text); }
    bool sawLabelStarting(const QString& prefix) const
    {
        return std::any_of(m_labels.cbegin(), m_labels.cend(),
                           [&prefix](const QString& l) { return l.startsWith(prefix); });
    }
    bool sawToolTipContaining(const QString& text) const
    {
        return std::any_of(m_toolTips.cbegin(), m_toolTips.cend(),
                           [&text](const QString& t) { return t.contains(text); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        m_store = m_dir.filePath(QStringLiteral("hostile %2.db"));
        auto store = openStore(m_store, OpenMode::ReadWrite);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().text));

        const Timestamp t0 = Timestamp::now().plusSeconds(-600);
        IngestBatch batch;
        Event first;
        first.id = hostile(QStringLiteral("evt-1"));
        first.source = hostile(QStringLiteral("src"));
        first.correlationId = m_correlation;
        first.flow = m_flow;
        first.stage = m_stageA;
        first.type = hostile(QStringLiteral("type"));
        first.node = m_node;
        first.subject = hostile(QStringLiteral("subject"));
        first.occurredAt = first.recordedAt = t0;
        first.sku = m_sku;
        first.quantity = 3;
        first.amountMinor = 1999;
        first.currency = QStringLiteral("EUR");
        first.contentType = QStringLiteral("application/json");
        first.payload = hostileJson(QStringLiteral("payload"));
        first.attributes = hostileJson(QStringLiteral("attribute"));
        Event second = first;
        second.id = hostile(QStringLiteral("evt-2"));
        second.source = hostile(QStringLiteral("src2"));
        second.causationId = first.id;
        second.stage = m_stageB;
        second.status = EventStatus::Failed;
        second.occurredAt = second.recordedAt = t0.plusSeconds(120);
        second.contentType = QStringLiteral("text/plain");
        second.payload = hostile(QStringLiteral("text payload")).toUtf8();
        Event third = first;
        third.id = hostile(QStringLiteral("evt-3"));
        third.causationId = m_missingCause;
        third.stage = hostile(QStringLiteral("stage-c"));
        third.status = EventStatus::Retrying;
        third.occurredAt = third.recordedAt = t0.plusSeconds(180);
        // An order whose store nobody knows, in a flow the Integration page measures: its data-quality
        // violation carries the store as sent.
        Event unknownStore;
        unknownStore.id = hostile(QStringLiteral("evt-4"));
        unknownStore.source = QStringLiteral("oms");
        unknownStore.correlationId = hostile(QStringLiteral("QUALITY"));
        unknownStore.flow = QStringLiteral("order-to-cash");
        unknownStore.stage = QStringLiteral("submit");
        unknownStore.type = QStringLiteral("oms.order.created");
        unknownStore.occurredAt = unknownStore.recordedAt = t0.plusSeconds(200);
        unknownStore.contentType = QStringLiteral("application/json");
        unknownStore.payload = QJsonDocument(QJsonObject{{QStringLiteral("store"), hostile(QStringLiteral("store"))}})
                                   .toJson(QJsonDocument::Compact);
        batch.events << first << second << third << unknownStore;

        FailedMessage failed;
        failed.messageId = hostile(QStringLiteral("msg"));
        failed.correlationId = m_correlation;
        failed.eventId = second.id;
        failed.source = second.source;
        failed.flow = m_flow;
        failed.stage = m_stageB;
        failed.broker = QStringLiteral("rabbitmq");
        failed.queue = hostile(QStringLiteral("queue"));
        failed.originalExchange = hostile(QStringLiteral("exchange"));
        failed.originalRoutingKey = hostile(QStringLiteral("routing"));
        failed.deathReason = m_reason;
        failed.deathCount = 2;
        failed.firstDeathAt = t0.plusSeconds(130);
        failed.lastDeathAt = t0.plusSeconds(190);
        failed.errorClass = errorClassNames().constFirst();
        failed.errorText = m_errorText;
        failed.headers = hostileJson(QStringLiteral("header"));
        failed.contentType = QStringLiteral("application/json");
        failed.payload = hostileJson(QStringLiteral("dead letter"));
        failed.assignee = hostile(QStringLiteral("assignee"));
        failed.sku = m_sku;
        failed.node = m_node;
        failed.quantity = 3;
        FailedMessage other = failed;
        other.messageId = hostile(QStringLiteral("msg-2"));
        other.errorClass = hostile(QStringLiteral("class"));
        other.state = FailedMessageState::Open;
        other.firstDeathAt = t0.plusSeconds(140);
        other.lastDeathAt = t0.plusSeconds(150);
        batch.failedMessages << failed << other;

        for (const auto& [system, onHand] : {std::pair{QStringLiteral("pos"), 10},
                                             std::pair{QStringLiteral("erp"), 7}, std::pair{m_system, 4}})
            batch.inventory << InventoryPosition{m_sku, m_node, system, onHand, 0, t0};
        QVERIFY(store.value()->ingest(batch).ok());
        QVERIFY(store.value()
                    ->appendAudit(AuditEntry::bySystem(hostile(QStringLiteral("action")),
                                                       hostile(QStringLiteral("target")),
                                                       hostile(QStringLiteral("detail"))))
                    .ok());
        // An SLA kept in the store under names from outside: the SLA page shows them as written.
        SlaDefinition sla{m_flow, m_stageA, m_stageB, 60, QStringLiteral("hostile-sla"), hostile(QStringLiteral("sla"))};
        SlaEdit edit;
        edit.note = hostile(QStringLiteral("sla note"));
        QVERIFY(store.value()->saveSla(sla, edit).ok());
        m_service = std::make_unique<StoreService>([this] { return openStore(m_store, OpenMode::ReadOnly); });
    }

    void everyPageShowsDataAsText()
    {
        const QList<PostingStage> postings{{m_flow, m_stageB, m_stageA, hostile(QStringLiteral("kind"))}};
        MainWindow window;
        auto* connections = new ConnectionsPage(m_service.get());
        connect(connections, &ConnectionsPage::storeInfoAvailable, &window, &MainWindow::setStoreInfo);
        auto* lineage = new LineagePage(m_service.get());
        const QList<Page*> pages{new OverviewPage(m_service.get(), postings),
                                 lineage,
                                 new ExceptionsPage(m_service.get()),
                                 new InventoryPage(m_service.get()),
                                 new SlaPage(m_service.get(), m_flows),
                                 new IntegrationPage(m_service.get(), m_flows),
                                 new PostingPage(m_service.get(), postings),
                                 new AuditPage(m_service.get()),
                                 connections};
        for (Page* page : pages)
            window.addPage(page);
        window.resize(1440, 900);
        window.show();

        for (Page* page : pages) {
            window.showPage(page->pageId());
            if (page == lineage)
                lineage->focusOn(m_correlation);
            else
                page->reload();
            QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 20000);
            window.showPage(page->pageId()); // the header shows the page's new key figures
            checkWindow(&window, page->pageId());
            for (QTableView* table : page->findChildren<QTableView*>()) {
                for (int row = 0; row < table->model()->rowCount(); ++row) {
                    table->selectRow(row);
                    QCoreApplication::processEvents();
                    checkWindow(&window, page->pageId() + QStringLiteral(" row %1").arg(row));
                }
            }
        }
        window.setStoreError(hostile(QStringLiteral("store error")));
        checkWindow(&window, QStringLiteral("store error"));

        m_labels.removeDuplicates();
        // Every page showed its hostile data.
        const auto expect = [this](bool seen, const QString& what) {
            if (!seen)
                record(QStringLiteral("expected"), what);
        };
        expect(sawLabel(m_correlation + QStringLiteral("  \u00b7  ") + m_flow),
               QStringLiteral("the lineage heading"));
        expect(sawLabel(m_sku + QStringLiteral(" @ ") + m_node),
               QStringLiteral("the inventory detail title"));
        expect(sawLabelStarting(QStringLiteral("Store: sqlite://") + QDir::cleanPath(m_store)),
               QStringLiteral("the status bar"));
        expect(sawLabel(hostile(QStringLiteral("detail"))), QStringLiteral("the audit detail"));
        expect(sawLabel(hostile(QStringLiteral("sla"))), QStringLiteral("the SLA name"));
        expect(std::any_of(m_payloadTexts.cbegin(), m_payloadTexts.cend(),
                           [](const QString& t) {
                               return t.contains(QStringLiteral("dead letter ") + kBold + QLatin1Char(' ') +
                                                 kImage);
                           }),
               QStringLiteral("the exceptions payload"));
        // "%1" and "%2" in data are shown as written, not substituted by the next argument.
        expect(sawLabel(m_sku + QStringLiteral(" \u00d7 3 @ ") + m_node),
               QStringLiteral("the exceptions \"Affects\" row as written; labels seen: ") +
                   m_labels.filter(QStringLiteral("SKU")).join(QStringLiteral(" | ")));
        expect(sawLabelStarting(m_reason + QStringLiteral(" (\u00d72); first ")),
               QStringLiteral("the exceptions \"Death\" row as written; labels seen: ") +
                   m_labels.filter(QStringLiteral("first")).join(QStringLiteral(" | ")));
        // Escaped tooltips still show the data itself.
        expect(sawToolTipContaining(m_errorText), QStringLiteral("the exceptions reason tooltip"));
        expect(sawToolTipContaining(m_node), QStringLiteral("the inventory authority tooltip"));
        expect(sawToolTipContaining(m_missingCause), QStringLiteral("the lineage missing-cause tooltip"));
        expect(sawToolTipContaining(hostile(QStringLiteral("store"))), QStringLiteral("the data-quality violation tooltip"));

        for (const QString& problem : std::as_const(m_problems))
            qWarning().noquote() << problem;
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems, listed above").arg(m_problems.size())));
    }
};

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
