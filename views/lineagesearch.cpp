#include "lineagesearch.h"

#include "lineagelookup.h"
#include "storeservice.h"
#include "timeformat.h"

#include <QCompleter>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStringListModel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ct {
namespace {

const QString& recentKey()
{
    static const QString key = QStringLiteral("lineage/recentSearches");
    return key;
}

constexpr int kCompletions = 12;

} // namespace

LineageSearch::LineageSearch(StoreService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_offered(new QStringListModel(this))
    , m_candidateTitle(new QLabel(this))
    , m_candidates(new QTreeWidget(this))
{
    m_edit->setObjectName(QStringLiteral("lineageSearch"));
    m_edit->setPlaceholderText(tr("Correlation id, order, SKU, store, customer… several keys: all of them"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_completer->setModel(m_offered);
    // The store already matched the prefix; the completer shows what it gave, as it gave it.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_edit);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        m_edit->setText(text);
    });
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &LineageSearch::askForCompletions);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_completing = {};
        if (text.trimmed().isEmpty())
            offer(recentSearches());
        else
            m_debounce.start();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_edit->text().simplified();
        m_debounce.stop();
        m_completing = {};
        m_completer->popup()->hide();
        if (text.isEmpty())
            return;
        remember(text);
        Q_EMIT searchRequested(text);
    });
    m_edit->installEventFilter(this);

    m_candidateTitle->setTextFormat(Qt::PlainText);
    m_candidateTitle->setWordWrap(true);
    m_candidates->setObjectName(QStringLiteral("lineageCandidates"));
    m_candidates->setRootIsDecorated(false);
    m_candidates->setUniformRowHeights(true);
    m_candidates->setHeaderLabels({tr("Correlation id"), tr("Flow"), tr("First event"), tr("Last event"), tr("Failed")});
    m_candidates->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_candidates->setColumnWidth(0, 220);
    m_candidates->setColumnWidth(1, 140);
    m_candidates->setColumnWidth(2, 200);
    m_candidates->setColumnWidth(3, 200);
    m_candidates->setMaximumHeight(220);
    const auto choose = [this](QTreeWidgetItem* item) {
        if (item)
            Q_EMIT transactionChosen(item->text(0));
    };
    connect(m_candidates, &QTreeWidget::itemActivated, this, choose);
    connect(m_candidates, &QTreeWidget::itemClicked, this, choose);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_candidateTitle);
    layout->addWidget(m_candidates);
    showCandidates({}, {});
}

void LineageSearch::setSearch(const QString& text)
{
    m_edit->setText(text);
    if (!text.trimmed().isEmpty())
        remember(text.simplified());
}

bool LineageSearch::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::FocusIn && m_edit->text().trimmed().isEmpty())
        offer(recentSearches());
    return QWidget::eventFilter(watched, event);
}

QStringList LineageSearch::recentSearches()
{
    return QSettings().value(recentKey()).toStringList();
}

void LineageSearch::remember(const QString& text)
{
    QStringList recent = recentSearches();
    recent.removeAll(text);
    recent.prepend(text);
    QSettings().setValue(recentKey(), recent.mid(0, kRecentSearches));
}

void LineageSearch::offer(const QStringList& texts)
{
    m_offered->setStringList(texts);
    if (texts.isEmpty() || !m_edit->hasFocus())
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

// Completes the last key typed; the words before it stay as they are.
void LineageSearch::askForCompletions()
{
    const QString text = m_edit->text();
    const QStringList words = businessKeysOf(text);
    if (words.isEmpty() || text.endsWith(QLatin1Char(' ')))
        return;
    const QString prefix = words.constLast();
    const QString before = text.left(text.lastIndexOf(prefix));
    m_completing = m_service->read<QList<KeyCompletion>>(
        this, [prefix](TelemetryStore& store) { return store.keyCompletions(prefix, kCompletions); },
        [this, text, before](const Expected<QList<KeyCompletion>>& found) {
            if (!found || m_edit->text() != text)
                return;  // a failed completion is no error worth showing; the search itself will say
            QStringList texts;
            for (const KeyCompletion& k : found.value())
                texts << before + k.key;
            offer(texts);
        });
}

void LineageSearch::showCandidates(const QString& asked, const QList<KeyedTransaction>& candidates)
{
    m_candidates->clear();
    const bool any = !candidates.isEmpty();
    m_candidateTitle->setVisible(any);
    m_candidates->setVisible(any);
    if (!any)
        return;
    m_candidateTitle->setText(
        candidates.size() >= LineageLookup::kMaxCandidates
            ? tr("%1 touched %2 or more transactions; the newest are listed. Pick one, or add a key.")
                  .arg(asked, QString::number(LineageLookup::kMaxCandidates))
            : tr("%1 touched %2 transactions. Pick one, or add a key.").arg(asked, QString::number(candidates.size())));
    QList<QTreeWidgetItem*> items;
    for (const KeyedTransaction& t : candidates) {
        auto* item = new QTreeWidgetItem({t.correlationId, t.flow, absoluteTime(t.firstAt), absoluteTime(t.lastAt),
                                          t.failed ? tr("failed") : QString()});
        item->setToolTip(0, t.correlationId.toHtmlEscaped());
        items << item;
    }
    m_candidates->addTopLevelItems(items);
}

} // namespace ct
