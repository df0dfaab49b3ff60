// Offscreen smoke test of the pages on a demo store, the snapshot run, and plain-text rendering.
#include "auditpage.h"
#include "audittrailmodel.h"
#include "comparisondialog.h"
#include "connectionspage.h"
#include "exceptionspage.h"
#include "inventorypage.h"
#include "lineagepage.h"
#include "mainwindow.h"
#include "failedmessagemodel.h"
#include "failuregroupmodel.h"
#include "overviewpage.h"
#include "throughputview.h"
#include "payloadpane.h"
#include "postingpage.h"
#include "relatedfailures.h"
#include "rolebutton.h"
#include "sessionrole.h"
#include "runbooks.h"
#include "slapage.h"
#include "stagestrip.h"
#include "demostorefixture.h"
#include "store/storefactory.h"
#include "storeservice.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeView>

using namespace ct;

namespace {

bool isBlank(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return false;
        }
    }
    return true;
}

} // namespace

class TestPages : public QObject {
    Q_OBJECT
private:
    test::DemoStoreFixture m_demo;
    QString m_store;
    std::unique_ptr<StoreService> m_service;

    void waitReady(Page& page)
    {
        page.resize(1200, 800);
        page.show();
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_demo.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_store = m_demo.path();
        IngestBatch hostile;  // data that looks like markup must stay text
        Event e;
        e.id = QStringLiteral("<b>evt</b>");
        e.source = QStringLiteral("webshop");
        e.correlationId = QStringLiteral("<b>x</b>");
        e.flow = QStringLiteral("order-to-cash");
        e.stage = QStringLiteral("capture");
        e.type = QStringLiteral("webshop.order.captured");
        e.occurredAt = e.recordedAt = Timestamp::fromSeconds(1793577600);
        e.payload = QByteArrayLiteral("<img src=x> <b>bold</b>");
        hostile.events << e;
        auto store = openStore(m_store, OpenMode::ReadWrite);
        QVERIFY(store.ok());
        QVERIFY(store.value()->ingest(hostile).ok());

        StoreServiceOptions options;  // a writer too: unmasking a payload writes its audit entry
        options.openReader = [this] { return openStore(m_store, OpenMode::ReadOnly); };
        options.openWriter = [this] { return openStore(m_store, OpenMode::ReadWrite); };
        m_service = std::make_unique<StoreService>(std::move(options));
    }

    void exceptionsPageShowsFailedMessages()
    {
        ExceptionsPage page(m_service.get());
        waitReady(page);
        QVERIFY(page.badge() > 0);
        QVERIFY(!page.keyFigures().isEmpty());
        auto* table = page.findChild<QTableView*>();
        QVERIFY(table->model()->rowCount() > 0);
        // The detail names the work queue the message first died in (where a replay goes).
        table->selectRow(0);
        const auto labelTexts = [&page] {
            QStringList texts;
            for (const QLabel* label : page.findChildren<QLabel*>())
                texts << label->text();
            return texts;
        };
        QTRY_VERIFY2(labelTexts().contains(QStringLiteral("Work queue")), qPrintable(labelTexts().join(QLatin1Char('|'))));
    }

    // Nothing open: the page opens on what became of the latest failures, and says so; the open count
    // stays a count of what is open. With no failed message at all it opens on the empty state.
    void exceptionsPageWithNothingOpenShowsEveryState()
    {
        QTemporaryDir dir;
        const QString settled = dir.filePath(QStringLiteral("settled.db"));
        const QString none = dir.filePath(QStringLiteral("none.db"));
        {
            auto store = openStore(settled, OpenMode::ReadWrite);
            QVERIFY(store.ok());
            QVERIFY(openStore(none, OpenMode::ReadWrite).ok());
            IngestBatch batch;
            QList<KeyedTransition> resolve;
            for (int i = 1; i <= 3; ++i) {
                FailedMessage m;
                m.key = QStringLiteral("settled-%1").arg(i);
                m.messageId = QStringLiteral("msg-%1").arg(i);
                m.correlationId = QStringLiteral("ORD-S-%1").arg(i);
                m.broker = QStringLiteral("rabbitmq");
                m.queue = QStringLiteral("erp.sales-orders.dlq");
                m.deathReason = QStringLiteral("rejected");
                m.deathCount = 1;
                m.firstDeathAt = m.lastDeathAt = Timestamp::fromSeconds(1793577600 + i);
                m.errorClass = QStringLiteral("business_rule");
                m.errorText = QStringLiteral("fiscal period closed");
                batch.failedMessages << m;
                TransitionRequest r;
                r.action = TransitionAction::Resolve;
                r.expectedVersion = 1;
                r.role = ActorRole::Operator;
                r.actor = QStringLiteral("ana");
                r.text = QStringLiteral("period reopened");
                resolve << KeyedTransition{m.key, r};
            }
            QVERIFY(store.value()->ingest(batch).ok());
            auto done = store.value()->transitionFailedMessages(resolve);
            QVERIFY2(done.ok(), qPrintable(done.error().text));
        }
        const auto serviceOn = [](const QString& path) {
            StoreServiceOptions options;
            options.openReader = [path] { return openStore(path, OpenMode::ReadOnly); };
            return std::make_unique<StoreService>(std::move(options));
        };
        auto service = serviceOn(settled);
        ExceptionsPage page(service.get());
        waitReady(page);
        auto* table = page.findChild<QTableView*>();
        QCOMPARE(table->model()->rowCount(), 3);
        auto* notice = page.findChild<QLabel*>(QStringLiteral("allStatesNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->textFormat(), Qt::PlainText);
        QTRY_COMPARE(page.keyFigures().size(), 2);
        QCOMPARE(page.keyFigures().at(0).value, QStringLiteral("0"));
        QCOMPARE(page.keyFigures().at(1).value, QStringLiteral("3"));
        QCOMPARE(page.badge(), 0);
        QCOMPARE(page.findChild<QComboBox*>()->currentText(), QStringLiteral("All states"));  // the filter says so

        // A new failure meanwhile: counted as open, and the notice no longer claims there is none.
        {
            auto writer = openStore(settled, OpenMode::ReadWrite);
            QVERIFY(writer.ok());
            IngestBatch more;
            FailedMessage m;
            m.key = QStringLiteral("new-1");
            m.messageId = QStringLiteral("msg-new-1");
            m.broker = QStringLiteral("rabbitmq");
            m.queue = QStringLiteral("erp.sales-orders.dlq");
            m.deathReason = QStringLiteral("rejected");
            m.deathCount = 1;
            m.firstDeathAt = m.lastDeathAt = Timestamp::fromSeconds(1793577700);
            m.errorClass = QStringLiteral("business_rule");
            more.failedMessages << m;
            QVERIFY(writer.value()->ingest(more).ok());
        }
        page.refresh();
        QTRY_COMPARE(page.keyFigures().at(0).value, QStringLiteral("1"));
        QTRY_VERIFY(!notice->isVisible());
        QCOMPARE(page.badge(), 1);
        QTRY_COMPARE(table->model()->rowCount(), 4);

        // Open chosen again is the user's choice: the open ones, and no notice.
        QComboBox* state = nullptr;
        for (QComboBox* box : page.findChildren<QComboBox*>()) {
            if (box->findText(QStringLiteral("All states")) >= 0)
                state = box;
        }
        QVERIFY(state);
        state->setCurrentIndex(state->findText(QStringLiteral("Open")));
        QTRY_VERIFY(page.isReady());
        QVERIFY(!notice->isVisible());
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(page.keyFigures().at(0).value, QStringLiteral("1"));

        auto empty = serviceOn(none);
        ExceptionsPage nothing(empty.get());
        waitReady(nothing);
        QVERIFY(!nothing.findChild<QLabel*>(QStringLiteral("allStatesNotice"))->isVisible());
        QCOMPARE(nothing.findChild<QTableView*>()->model()->rowCount(), 0);
        QStringList texts;
        for (const QLabel* label : nothing.findChildren<QLabel*>())
            texts << label->text();
        QVERIFY2(texts.contains(QStringLiteral("No failed messages yet")), qPrintable(texts.join(u'|')));
    }

    // The selected message's runbook, chosen by its queue and error class, in plain text.
    void exceptionsPageShowsTheRunbook()
    {
        const RunbookSource runbooks = loadRunbooks(QStringLiteral(":/controltower/runbooks.json"));
        QVERIFY2(runbooks.error.isEmpty(), qPrintable(runbooks.error));
        ExceptionsPage page(m_service.get(), nullptr, &runbooks);
        waitReady(page);
        page.findChild<QTableView*>()->selectRow(0);
        auto* title = page.findChild<QLabel*>(QStringLiteral("runbookTitle"));
        QVERIFY(title);
        QTRY_VERIFY(!title->text().isEmpty());
        QCOMPARE(title->textFormat(), Qt::PlainText);
        const QString text = page.findChild<QPlainTextEdit*>(QStringLiteral("runbookText"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Replay is safe when")), qPrintable(text));
        QStringList labels;
        for (const QLabel* label : page.findChildren<QLabel*>())
            labels << label->text();
        QVERIFY(labels.contains(title->text()));  // named in the detail pane too
    }

    // A group in the tree (here the commonest failure signature) narrows the table to its messages;
    // the free text searches payloads too.
    void exceptionsPageActsOnAGroup()
    {
        ExceptionsPage page(m_service.get());
        waitReady(page);
        auto* tree = page.findChild<QTreeView*>(QStringLiteral("failureGroups"));
        QVERIFY(tree);
        const QModelIndex signatures = tree->model()->index(int(FailureGrouping::Signature), 0);
        QTRY_VERIFY(tree->model()->rowCount(signatures) > 1);
        const QModelIndex largest = tree->model()->index(0, 0, signatures);
        const qint64 count = largest.data(FailureGroupModel::CountRole).toLongLong();
        QVERIFY(count > 0);
        auto* table = page.findChild<QTableView*>();
        auto* model = qobject_cast<FailedMessageModel*>(table->model());
        QVERIFY(model->totalCount() > count);
        page.show();
        tree->scrollTo(largest);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(largest).center());
        QTRY_VERIFY(page.isReady() && model->isComplete());
        QCOMPARE(model->totalCount(), count);
        QCOMPARE(qint64(model->rowCount()), count);
        const QString signature = largest.data(FailureGroupModel::ValueRole).toString();
        for (int row = 0; row < model->rowCount(); ++row) {
            QTRY_VERIFY(model->cachedMessage(row));
            QCOMPARE(model->cachedMessage(row)->failureSignature, signature);
        }
        // Back to every group.
        auto* showAll = page.findChild<QToolButton*>(QStringLiteral("clearGroup"));
        QVERIFY(showAll && showAll->isVisible());
        showAll->click();
        QTRY_VERIFY(page.isReady() && model->totalCount() > count);
        // A word only the payloads have.
        auto* text = page.findChild<QLineEdit*>();
        text->setText(QStringLiteral("psp_reference"));
        QTest::keyClick(text, Qt::Key_Return);
        QTRY_VERIFY(page.isReady() && model->isComplete());
        QVERIFY(model->totalCount() > 0);
        QTRY_VERIFY(model->cachedMessage(0));
        QVERIFY(!model->cachedMessage(0)->errorText.contains(QStringLiteral("psp_reference")));
    }

    // Acting on a whole group resolves every message in it, each audited; acting on the selection
    // changes just those rows.
    void exceptionsPageResolvesAGroupAndAssignsTheSelection()
    {
        ExceptionsPage page(m_service.get());
        waitReady(page);
        auto* tree = page.findChild<QTreeView*>(QStringLiteral("failureGroups"));
        const QModelIndex signatures = tree->model()->index(int(FailureGrouping::Signature), 0);
        QTRY_VERIFY(tree->model()->rowCount(signatures) > 2);
        const QModelIndex smallest = tree->model()->index(tree->model()->rowCount(signatures) - 1, 0, signatures);
        const qint64 count = smallest.data(FailureGroupModel::CountRole).toLongLong();
        page.show();
        tree->scrollTo(smallest);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(smallest).center());
        auto* model = qobject_cast<FailedMessageModel*>(page.findChild<QTableView*>()->model());
        QTRY_VERIFY(page.isReady() && model->isComplete() && model->totalCount() == count);
        const qint64 auditBefore = openStore(m_store, OpenMode::ReadOnly).value()->auditTrail()->size();

        ActionOrder resolve;
        resolve.action = TransitionAction::Resolve;
        resolve.text = QStringLiteral("posting period reopened");
        page.act(resolve, true);
        auto* status = page.findChild<QLabel*>(QStringLiteral("actionStatus"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("changed")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("%1 of %1").arg(count)), qPrintable(status->text()));
        QTRY_COMPARE(model->totalCount(), 0);  // none of the group is open any more
        const auto trail = openStore(m_store, OpenMode::ReadOnly).value()->auditTrail();
        QCOMPARE(trail->size(), auditBefore + count);
        QCOMPARE(trail->constLast().action, QStringLiteral("dlq.resolve"));

        // Two rows of everything open, assigned.
        page.findChild<QToolButton*>(QStringLiteral("clearGroup"))->click();
        QTRY_VERIFY(page.isReady() && model->rowCount() > 2);
        auto* table = page.findChild<QTableView*>();
        QTRY_VERIFY(model->cachedMessage(0) && model->cachedMessage(1));
        table->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(1, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString first = model->keyAt(0), second = model->keyAt(1);
        ActionOrder assign;
        assign.action = TransitionAction::Assign;
        assign.text = QStringLiteral("ana");
        page.act(assign, false);
        QTRY_VERIFY2(status->text().contains(QStringLiteral("2 of 2")), qPrintable(status->text()));
        const auto assigned = openStore(m_store, OpenMode::ReadOnly).value()->failedMessagesByKey({first, second});
        QCOMPARE(assigned->size(), 2);
        for (const FailedMessage& m : assigned.value())
            QCOMPARE(m.assignee, QStringLiteral("ana"));
        // The selected message's history shows the assignment, after its death.
        table->setCurrentIndex(model->index(0, 0));
        auto* history = page.findChild<QTableWidget*>(QStringLiteral("messageHistory"));
        QVERIFY(history);
        const auto historyText = [history] {
            QStringList cells;
            for (int row = 0; row < history->rowCount(); ++row)
                cells << history->item(row, 1)->text();
            return cells.join(QLatin1Char('|'));
        };
        QTRY_VERIFY2(historyText().contains(QStringLiteral("dlq.assign")), qPrintable(historyText()));
        QVERIFY(historyText().startsWith(QStringLiteral("died in")));
    }

    // The page acts in the session's role: as a viewer its buttons say why they are off, and an
    // order given anyway is refused by the action layer, audited, nothing changed; the role button
    // offers no more than the store grants.
    void exceptionsPageActsInTheSessionRole()
    {
        SessionRole session(ActorRole::Viewer);
        ExceptionsPage page(m_service.get());
        page.setSessionRole(&session);
        RoleButton roleButton(&session);
        auto* resolveButton = page.findChild<QPushButton*>(QStringLiteral("action_resolve"));
        QVERIFY(!resolveButton->isEnabled());  // the grant is not known yet
        session.setGranted(ActorRole::Operator);
        QVERIFY(!resolveButton->isEnabled());
        QVERIFY(resolveButton->toolTip().contains(QStringLiteral("viewer")));
        QCOMPARE(roleButton.text(), QStringLiteral("Role: viewer"));
        const QList<QAction*> choices = roleButton.menu()->actions();
        QCOMPARE(choices.size(), 3);
        QVERIFY(choices.at(1)->isEnabled());
        QVERIFY(!choices.at(2)->isEnabled());  // admin: more than granted

        waitReady(page);
        auto* model = qobject_cast<FailedMessageModel*>(page.findChild<QTableView*>()->model());
        QTRY_VERIFY(model->isComplete() && model->rowCount() > 0 && model->cachedMessage(0));
        const QString key = model->keyAt(0);
        page.findChild<QTableView*>()->selectRow(0);
        ActionOrder resolve;
        resolve.action = TransitionAction::Resolve;
        resolve.text = QStringLiteral("checked");
        page.act(resolve, false);
        auto* status = page.findChild<QLabel*>(QStringLiteral("actionStatus"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("viewer role")), qPrintable(status->text()));
        auto store = openStore(m_store, OpenMode::ReadOnly).value();
        QCOMPARE(store->failedMessagesByKey({key}).value().constFirst().state, FailedMessageState::Open);
        QCOMPARE(store->auditEntriesFor(key).value().constLast().result, QStringLiteral("refused"));
        QCOMPARE(store->auditEntriesFor(key).value().constLast().role, QStringLiteral("viewer"));

        choices.at(1)->trigger();  // operator
        QCOMPARE(session.acting(), ActorRole::Operator);
        QCOMPARE(roleButton.text(), QStringLiteral("Role: operator"));
        QVERIFY(resolveButton->isEnabled());
    }

    // Personal data stays masked in the payload and the headers until an audited unmask; the broker's
    // death record is a table, newest first.
    void exceptionsPageMasksPersonalDataAndShowsTheDeathHistory()
    {
        FailedMessage m;
        m.key = QStringLiteral("01900000-0000-7000-8000-00000000e001");
        m.messageId = QStringLiteral("msg-pii-1");
        m.correlationId = QStringLiteral("ORD-PII-1");
        m.queue = QStringLiteral("erp.sales-orders.parking-lot");
        m.originQueue = QStringLiteral("erp.sales-orders");
        m.errorClass = QStringLiteral("business_rule");
        m.errorText = QStringLiteral("Account 140000 is blocked");
        m.firstDeathAt = m.lastDeathAt = Timestamp::fromSeconds(1793577600);
        m.contentType = QStringLiteral("application/json");
        m.payload = QByteArrayLiteral("{\"order_id\":\"ORD-PII-1\",\"customer_email\":\"ana@example.com\"}");
        m.headers = QByteArrayLiteral(
            "{\"customer_email\":\"ana@example.com\",\"x-death\":["
            "{\"queue\":\"erp.sales-orders.retry\",\"reason\":\"expired\",\"count\":2,\"time\":1793577660,"
            "\"exchange\":\"\",\"routing-keys\":[\"erp.sales-orders.retry\"]},"
            "{\"queue\":\"erp.sales-orders\",\"reason\":\"rejected\",\"count\":2,\"time\":\"2026-11-02T00:01:00Z\","
            "\"exchange\":\"oms.events\",\"routing-keys\":[\"oms.order.allocated\"]}]}");
        {
            auto store = openStore(m_store, OpenMode::ReadWrite);
            QVERIFY(store.ok());
            IngestBatch batch;
            batch.failedMessages << m;
            QVERIFY(store.value()->ingest(batch).ok());
        }
        ExceptionsPage page(m_service.get());
        SessionRole session(ActorRole::Viewer);
        session.setGranted(ActorRole::Admin);
        page.setSessionRole(&session);
        waitReady(page);
        page.focusOnItem(m.messageId, m.key);
        QTRY_VERIFY(page.isReady());
        auto* pane = page.findChild<PayloadPane*>();
        QTRY_COMPARE(pane->subject(), m.key);
        QVERIFY(pane->shownText().contains(QLatin1String("ORD-PII-1")));
        QVERIFY(!pane->shownText().contains(QLatin1String("ana@example.com")));
        QString headers;
        for (const QPlainTextEdit* view : page.findChildren<QPlainTextEdit*>())
            headers += view->toPlainText();
        QVERIFY(headers.contains(QLatin1String("x-death")));
        QVERIFY2(!headers.contains(QLatin1String("ana@example.com")), qPrintable(headers));
        auto* deaths = page.findChild<QTableWidget*>(QStringLiteral("deathHistory"));
        QCOMPARE(deaths->rowCount(), 2);
        QCOMPARE(deaths->item(0, 0)->text(), QStringLiteral("erp.sales-orders.retry"));
        QCOMPARE(deaths->item(1, 1)->text(), QStringLiteral("rejected"));
        QCOMPARE(deaths->item(1, 2)->text(), QStringLiteral("2"));
        QCOMPARE(deaths->item(1, 5)->text(), QStringLiteral("oms.order.allocated"));

        // A viewer is refused, in the trail too; an operator sees it.
        auto* unmask = pane->findChild<QToolButton*>(QStringLiteral("showPersonalData"));
        unmask->click();
        auto* note = pane->findChild<QLabel*>(QStringLiteral("payloadNote"));
        QTRY_VERIFY2(note->text().contains(QLatin1String("an operator or admin may unmask")), qPrintable(note->text()));
        QVERIFY(!pane->shownText().contains(QLatin1String("ana@example.com")));
        QVERIFY(!unmask->isChecked());
        QCOMPARE(openStore(m_store, OpenMode::ReadOnly).value()->auditTrail()->constLast().result, QStringLiteral("refused"));
        session.setAsked(ActorRole::Operator);
        QTRY_VERIFY(unmask->isEnabled());
        unmask->click();
        QTRY_VERIFY(pane->shownText().contains(QLatin1String("ana@example.com")));
        auto store = openStore(m_store, OpenMode::ReadOnly);
        const auto trail = store.value()->auditTrail();
        QCOMPARE(trail->constLast().action, QStringLiteral("payload.unmasked"));
        QCOMPARE(trail->constLast().target, m.key);
        QVERIFY(trail->constLast().detail.contains(QLatin1String("Exceptions page, transaction ORD-PII-1")));
    }

    void inventoryPageShowsDisagreements()
    {
        InventoryPage page(m_service.get());
        waitReady(page);
        QVERIFY(page.badge() > 0);  // the demo's faults leave counts that disagree
        auto* table = page.findChild<QTableView*>(QStringLiteral("positions"));
        QCOMPARE(table->model()->rowCount(), page.badge());  // "only disagreements" is the default
        // The selected count comes with the transactions behind it, as plain text.
        auto* causes = page.findChild<QListWidget*>();
        QTRY_VERIFY(causes->count() > 0);
        QVERIFY(causes->item(0)->text().contains(QLatin1String(" vs ")));
    }

    // The Prices view: a store's price changed behind every system's back shows against the ERP's,
    // with no campaign to explain it; switching measures back and forth keeps the page whole.
    void inventoryPageShowsPrices()
    {
        auto store = openStore(m_store, OpenMode::ReadWrite);
        QVERIFY(store);
        const auto prices = store.value()->pricePositions(QStringLiteral("ST-001"));
        QVERIFY(prices && !prices->isEmpty());
        PricePosition changed = prices->constFirst();
        changed.priceMinor += 100;
        IngestBatch batch;
        batch.prices.append(changed);
        QVERIFY(store.value()->ingest(batch));

        InventoryPage page(m_service.get());
        waitReady(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("positions"));
        auto* measure = page.findChildren<QComboBox*>().constFirst();
        measure->setCurrentIndex(1);
        QVERIFY(table->model()->rowCount() > 0);
        bool found = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data().toString() == changed.sku &&
                table->model()->index(row, 1).data().toString() == QLatin1String("ST-001")) {
                table->setCurrentIndex(table->model()->index(row, 0));
                found = true;
            }
        }
        QVERIFY(found);
        const QList<QLabel*> labels = page.findChildren<QLabel*>();
        bool said = false;
        for (QLabel* l : labels)
            said = said || l->text().startsWith(QLatin1String("No campaign message explains"));
        QVERIFY(said);
        measure->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), page.badge());
        measure->setCurrentIndex(1);
        measure->setCurrentIndex(0);

        changed.priceMinor -= 100;
        batch.prices = {changed};
        QVERIFY(store.value()->ingest(batch));
    }

    void postingPageSumsByDay()
    {
        PostingPage page(m_service.get(), {{QStringLiteral("order-to-cash"), QStringLiteral("erp-post"),
                                            QStringLiteral("allocate"), QStringLiteral("order")}});
        waitReady(page);
        QCOMPARE(page.keyFigures().size(), 5);
        QVERIFY(page.findChild<QTableView*>()->model()->rowCount() > 0);
    }

    void slaPageChartsLatency()
    {
        QString error;
        SlaPage page(m_service.get(), FlowLibrary::builtIn(&error));
        waitReady(page);
        QCOMPARE(page.keyFigures().size(), 3);
        QVERIFY(page.keyFigures().first().value != QStringLiteral("0"));
    }

    void overviewPageShowsTiles()
    {
        OverviewPage page(m_service.get(), {{QStringLiteral("order-to-cash"), QStringLiteral("erp-post"),
                                             QStringLiteral("allocate"), QStringLiteral("order")}});
        waitReady(page);
        QCOMPARE(page.keyFigures().size(), 3);
        QVERIFY(page.keyFigures().at(1).value != QStringLiteral("0"));  // the demo has open exceptions
        QVERIFY(page.findChildren<QFrame*>(QStringLiteral("tile")).size() >= 5);

        // Beside the incident feed: every event of the last six hours, minute by minute, as the
        // store's rollup counts them.
        auto* throughput = page.findChild<ThroughputView*>();
        QVERIFY(throughput);
        const OverviewThroughput& shown = throughput->throughput();
        QCOMPARE(shown.minutes.size(), qsizetype((shown.until.micros() - shown.from.micros()) / 60'000'000));
        QVERIFY(shown.minutes.size() > (kThroughputSpanSeconds - 900) / 60);  // six hours, from a quarter hour
        auto store = openStore(m_store, OpenMode::ReadOnly);
        QVERIFY(store);
        auto rows = store.value()->eventMinutes(shown.from);
        QVERIFY(rows);
        qint64 want = 0, got = 0;
        for (const EventMinuteRow& r : rows.value())
            want += r.minute * 60'000'000 < shown.until.micros() ? r.events : 0;
        for (const ThroughputMinute& m : shown.minutes)
            got += m.events;
        QVERIFY(want > 0);
        QCOMPARE(got, want);
        QVERIFY(throughput->findChild<QLabel*>(QStringLiteral("throughputSummary"))->text().startsWith(QLocale().toString(want)));
    }

    void auditPageVerifiesTheChain()
    {
        AuditPage page(m_service.get());
        waitReady(page);
        QVERIFY(page.findChild<QTableView*>()->model()->rowCount() >= 3);
        QCOMPARE(page.keyFigures().at(1).status, std::optional<UiStatus>(UiStatus::Ok));
    }

    // The filter bar narrows the rows; the export writes exactly the rows shown.
    void auditPageFiltersAndExports()
    {
        AuditPage page(m_service.get());
        waitReady(page);
        const QAbstractItemModel* shown = page.findChild<QTableView*>()->model();
        const int all = shown->rowCount();
        auto* action = page.findChild<QComboBox*>(QStringLiteral("auditAction"));
        QCOMPARE(action->itemData(0).toString(), QString());  // "All actions" first
        const int schema = action->findData(QStringLiteral("schema"));
        QVERIFY(schema > 0);
        action->setCurrentIndex(schema);
        const int migrations = shown->rowCount();
        QVERIFY2(migrations > 0 && migrations < all, qPrintable(QString::number(migrations)));
        for (int row = 0; row < migrations; ++row)
            QVERIFY(shown->index(row, AuditTrailModel::Action).data().toString().startsWith(QLatin1String("schema.")));
        auto* result = page.findChild<QComboBox*>(QStringLiteral("auditResult"));
        QVERIFY(result->findData(QStringLiteral("ok")) > 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QString error;
        QVERIFY2(page.exportCsv(path, &error), qPrintable(error));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray written = csv.readAll();
        QVERIFY(written.startsWith("seq,at,actor,role,action,target,before,after,result,detail,prev_hash,hash\r\n"));
        QCOMPARE(written.count("\r\n"), migrations + 1);
        QVERIFY(written.contains(",schema.migrated,"));
        QVERIFY(!written.contains(",demo.generated,"));

        auto* text = page.findChild<QLineEdit*>(QStringLiteral("auditText"));
        text->setText(QStringLiteral("no entry says this"));
        QCOMPARE(shown->rowCount(), 0);
        text->clear();
        action->setCurrentIndex(0);
        QCOMPARE(shown->rowCount(), all);
        QVERIFY(!page.exportCsv(dir.filePath(QStringLiteral("no/such/folder/audit.csv")), &error));
        QVERIFY(!error.isEmpty());
    }

    void connectionsPageShowsTheStore()
    {
        ConnectionsPage page(m_service.get());
        int infos = 0;
        connect(&page, &ConnectionsPage::storeInfoAvailable, this, [&infos] { ++infos; });
        waitReady(page);
        QCOMPARE(infos, 1);
        QCOMPARE(page.keyFigures().first().status, std::optional<UiStatus>(UiStatus::Ok));
    }

    // With nothing searched, the page opens on the transaction of the newest failed event.
    void lineagePageOpensOnTheNewestFailure()
    {
        auto store = openStore(m_store, OpenMode::ReadOnly);
        QVERIFY(store);
        EventQuery newest;
        newest.status = QStringLiteral("failed");
        newest.limit = 1;
        const auto failed = store.value()->events(newest);
        QVERIFY(failed && !failed->isEmpty());
        const QString expected = failed->constFirst().correlationId;
        LineagePage page(m_service.get());
        waitReady(page);
        auto* table = page.findChild<QTableView*>();
        QVERIFY(table->model()->rowCount() >= 1);
        bool headed = false;
        for (QLabel* label : page.findChildren<QLabel*>())
            headed = headed || (label->text().contains(expected) && label->text().contains(QStringLiteral("failed")));
        QVERIFY2(headed, qPrintable(expected));
        bool anyFailed = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int column = 0; column < table->model()->columnCount(); ++column)
                anyFailed = anyFailed || table->model()->index(row, column).data().toString() == QStringLiteral("failed");
        }
        QVERIFY(anyFailed);
    }

    // The verdict and the stage checklist come from the flow's template (models/lineageverdict.h).
    void lineagePageShowsTheVerdictAndStageChecklist()
    {
        LineagePage page(m_service.get());
        waitReady(page);  // the newest failure
        auto* strip = page.findChild<StageStrip*>();
        QVERIFY(strip);
        const QStringList chips = strip->texts();
        QVERIFY(chips.size() >= 4);
        QCOMPARE(chips.filter(QRegularExpression(QStringLiteral("^\u2717 "))).size(), 1);  // one failed stage
        QVERIFY2(chips.constFirst().startsWith(QStringLiteral("\u2713 ")), qPrintable(chips.constFirst()));
        bool verdict = false;
        for (QLabel* label : page.findChildren<QLabel*>()) {
            if (label->text().startsWith(QStringLiteral("\u2717 Failed at "))) {
                verdict = true;
                QCOMPARE(label->textFormat(), Qt::PlainText);
                QVERIFY(label->text().contains(QStringLiteral("failed message in ")));
            }
        }
        QVERIFY(verdict);
        for (QLabel* label : strip->findChildren<QLabel*>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void lineagePageShowsHopsInCausalOrder()
    {
        LineagePage page(m_service.get());
        waitReady(page);  // opens on the newest failure; then the one asked for
        page.focusOn(QStringLiteral("ORD-2026-000001"));
        QTRY_VERIFY(page.isReady());
        auto* table = page.findChild<QTableView*>();
        QVERIFY(table->model()->rowCount() >= 3);
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("capture"));
    }

    // The page follows the live store: a new event of the transaction shown appears on the next
    // refresh (the main window refreshes the page shown on every change), without a new search.
    void lineagePageFollowsTheTransactionItShows()
    {
        auto store = openStore(m_store, OpenMode::ReadWrite);
        QVERIFY(store.ok());
        Event first;
        first.id = QStringLiteral("live-evt-1");
        first.source = QStringLiteral("webshop");
        first.correlationId = QStringLiteral("ORD-LIVE-1");
        first.flow = QStringLiteral("order-to-cash");
        first.stage = QStringLiteral("capture");
        first.type = QStringLiteral("webshop.order.captured");
        first.occurredAt = first.recordedAt = Timestamp::now().plusSeconds(-60);
        IngestBatch batch;
        batch.events << first;
        QVERIFY(store.value()->ingest(batch).ok());

        LineagePage page(m_service.get());
        waitReady(page);
        page.focusOn(QStringLiteral("ORD-LIVE-1"));
        QTRY_VERIFY(page.isReady());
        auto* table = page.findChild<QTableView*>();
        QTRY_COMPARE(table->model()->rowCount(), 1);

        Event next = first;
        next.id = QStringLiteral("live-evt-2");
        next.source = QStringLiteral("oms");
        next.causationId = first.id;
        next.stage = QStringLiteral("payment");
        next.type = QStringLiteral("oms.payment.authorized");
        next.occurredAt = next.recordedAt = first.occurredAt.plusSeconds(5);
        batch.events = {next};
        QVERIFY(store.value()->ingest(batch).ok());
        page.refresh();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(1, 1).data().toString().trimmed(), QStringLiteral("payment"));
    }

    void markupInDataIsShownLiterally()
    {
        LineagePage page(m_service.get());
        waitReady(page);
        page.focusOn(QStringLiteral("<b>x</b>"));
        QTRY_VERIFY(page.isReady());
        bool sawLiteral = false;
        for (QLabel* label : page.findChildren<QLabel*>()) {
            if (label->text().contains(QStringLiteral("<b>"))) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                sawLiteral = true;
            }
        }
        QVERIFY(sawLiteral);
        // A text payload has no fields to mask: withheld until shown on purpose, which is audited.
        auto* pane = page.findChild<PayloadPane*>();
        QVERIFY(pane->shownText().isEmpty());
        pane->findChild<QToolButton*>(QStringLiteral("showPersonalData"))->click();
        QTRY_VERIFY(pane->shownText().contains(QStringLiteral("<b>bold</b>")));
        auto store = openStore(m_store, OpenMode::ReadOnly);
        QVERIFY(store);
        const auto trail = store.value()->auditTrail();
        QVERIFY(trail);
        QCOMPARE(trail->constLast().action, QStringLiteral("payload.unmasked"));
        QCOMPARE(trail->constLast().target, QStringLiteral("<b>evt</b>"));
        QVERIFY(trail->constLast().detail.contains(QStringLiteral("<b>x</b>")));
    }

    // Each failed message of the transaction opens the Exceptions page on that very message.
    void lineagePageOpensItsFailedMessages()
    {
        LineagePage page(m_service.get());
        waitReady(page);  // the newest failure has a failed message
        auto* failures = page.findChild<RelatedFailures*>();
        QVERIFY(failures->isVisible());
        QVERIFY(failures->count() >= 1);
        QSignalSpy opened(&page, &Page::openItem);
        auto* list = failures->findChild<QListWidget*>();
        list->setCurrentRow(0);
        QVERIFY(list->item(0)->text().contains(QStringLiteral(" · rejected · ")) ||
                list->item(0)->text().contains(QStringLiteral(" · expired · ")));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("exceptions"));
        const QString messageId = opened.at(0).at(1).toString();
        const QString key = opened.at(0).at(2).toString();
        QVERIFY(!messageId.isEmpty() && !key.isEmpty());

        ExceptionsPage exceptions(m_service.get());
        waitReady(exceptions);
        exceptions.focusOnItem(messageId, key);
        QTRY_VERIFY(exceptions.isReady());
        auto* table = exceptions.findChild<QTableView*>();
        QTRY_VERIFY(table->currentIndex().isValid());
        QCOMPARE(table->model()->index(table->currentIndex().row(), FailedMessageModel::MessageId).data().toString(),
                 messageId);
    }

    void lineagePageComparesWithAHealthyOne()
    {
        LineagePage page(m_service.get());
        waitReady(page);
        page.focusOn(QStringLiteral("ORD-2026-000001"));
        QTRY_VERIFY(page.isReady());
        page.findChild<QPushButton*>(QStringLiteral("compareWithHealthy"))->click();
        ComparisonDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<ComparisonDialog*>()) != nullptr, 20000);
        const QStringList rows = dialog->rowTexts();
        QVERIFY(rows.size() >= 8);  // order-to-cash's stages, and field differences beneath them
        QVERIFY2(rows.constFirst().startsWith(QStringLiteral("Web checkout\t")), qPrintable(rows.constFirst()));
        // Two orders, most likely of two customers: their personal data differs, masked on both sides.
        const QString all = rows.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("\t•••\t•••\t\tchanged")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1Char('@')), qPrintable(all));  // no email address, on either side
        for (const QLabel* label : dialog->findChildren<QLabel*>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        dialog->close();
    }

    void lineageHasOneSearchBoxAndCtrlKGoesToIt()
    {
        MainWindow window;
        auto* exceptions = new ExceptionsPage(m_service.get());
        auto* lineage = new LineagePage(m_service.get());
        window.addPage(exceptions);
        window.addPage(lineage);
        window.resize(1440, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* global = window.findChild<QLineEdit*>(QStringLiteral("globalSearch"));
        QVERIFY(global);

        window.showPage(exceptions->pageId());
        QVERIFY(global->isVisible());
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(global->hasFocus());

        window.showPage(lineage->pageId());
        QVERIFY(!global->isVisible());
        QVERIFY(lineage->ownSearchBox()->isVisible());
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(lineage->ownSearchBox()->hasFocus());

        window.showPage(exceptions->pageId());
        QVERIFY(global->isVisible());
    }

    void snapshotWritesEveryPage()
    {
        QTemporaryDir out;
        QProcess app;
        app.start(test::binaryPath(QStringLiteral("controltower")),
                  {QStringLiteral("--store"), m_store, QStringLiteral("--snapshot"), out.path()});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QStringList pngs = QDir(out.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pngs, (QStringList{QStringLiteral("audit.png"), QStringLiteral("connections.png"),
                                    QStringLiteral("exceptions.png"), QStringLiteral("integration.png"),
                                    QStringLiteral("inventory.png"), QStringLiteral("lineage.png"),
                                    QStringLiteral("overview-wall.png"), QStringLiteral("overview.png"),
                                    QStringLiteral("posting.png"), QStringLiteral("sla.png")}));
        for (const QString& png : pngs) {
            const QImage image(QDir(out.path()).filePath(png));
            QCOMPARE(image.size(), QSize(1440, 900));
            QVERIFY2(!isBlank(image), qPrintable(png));
        }
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
