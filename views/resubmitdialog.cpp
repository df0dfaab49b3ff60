#include "resubmitdialog.h"

#include "personaldatamask.h"
#include "plainlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ct {
namespace {

QString changeText(FieldDifference::Change change)
{
    switch (change) {
    case FieldDifference::Change::Missing:
        return ResubmitDialog::tr("removed");
    case FieldDifference::Change::Extra:
        return ResubmitDialog::tr("added");
    case FieldDifference::Change::Changed:
        return ResubmitDialog::tr("changed");
    }
    return QString();
}

} // namespace

ResubmitDialog::ResubmitDialog(const FailedMessage& message, const PayloadDecoder* decoder,
                               const QList<ConnectionProfile>& profiles, QWidget* parent)
    : QDialog(parent)
    , m_message(message)
    , m_decoder(decoder)
    , m_editor(new QPlainTextEdit(this))
    , m_changes(new QTableWidget(0, 4, this))
    , m_verdict(makePlainLabel(QString(), QStringLiteral("resubmitVerdict"), this))
    , m_profile(new QComboBox(this))
    , m_check(new QPushButton(tr("Check"), this))
    , m_send(new QPushButton(tr("Send the edited copy"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit & resubmit %1").arg(message.messageId));
    resize(760, 620);
    for (const ConnectionProfile& p : profiles) {
        if (!p.amqpUrl.isEmpty())
            m_brokers.append(p);
    }
    for (const ConnectionProfile& p : std::as_const(m_brokers))
        m_profile->addItem(QStringLiteral("%1 — %2").arg(p.name, withoutPassword(p.amqpUrl).first));
    m_editor->setObjectName(QStringLiteral("resubmitEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    QString error;
    const QString text = editablePayload(message, decoder, PersonalDataMask::standard(), &error);
    m_editor->setPlainText(text);
    m_editor->setReadOnly(text.isEmpty());
    m_changes->setObjectName(QStringLiteral("resubmitChanges"));
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Change"), tr("Before"), tr("After")});
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_verdict->setWordWrap(true);
    m_verdict->setText(text.isEmpty() ? error
                                      : tr("Personal data is masked; a masked value left as it is keeps the original's "
                                           "data. Edit the fields that failed, then Check."));
    m_send->setObjectName(QStringLiteral("resubmitSend"));
    m_check->setObjectName(QStringLiteral("resubmitCheck"));
    m_buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_send, QDialogButtonBox::AcceptRole);

    auto* form = new QFormLayout;
    form->addRow(tr("Broker"), m_profile);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 3);
    layout->addWidget(m_verdict);
    layout->addWidget(m_changes, 1);
    layout->addLayout(form);
    if (m_brokers.isEmpty())
        layout->addWidget(makePlainLabel(tr("No saved connection profile names a broker: add one on the Connections page."),
                                         QString(), this));
    layout->addWidget(m_buttons);
    connect(m_check, &QPushButton::clicked, this, &ResubmitDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ResubmitDialog::updateSend);
    updateSend();
}

ConnectionProfile ResubmitDialog::profile() const
{
    return m_brokers.value(m_profile->currentIndex());
}

void ResubmitDialog::setEditedText(const QString& text)
{
    m_editor->setPlainText(text);
}

void ResubmitDialog::check()
{
    m_checkedText = m_editor->toPlainText();
    m_checked = prepareResubmission(m_message, m_checkedText, m_decoder, PersonalDataMask::standard());
    showCheck();
    updateSend();
}

void ResubmitDialog::showCheck()
{
    const QList<FieldDifference>& items = m_checked.changes.items;
    m_changes->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const FieldDifference& d = items.at(row);
        // QTableWidgetItem text is never rich text.
        m_changes->setItem(row, 0, new QTableWidgetItem(d.path.isEmpty() ? tr("(payload)") : d.path));
        m_changes->setItem(row, 1, new QTableWidgetItem(changeText(d.change)));
        m_changes->setItem(row, 2, new QTableWidgetItem(d.b));
        m_changes->setItem(row, 3, new QTableWidgetItem(d.a));
    }
    QStringList lines;
    if (!m_checked.ok())
        lines << tr("Cannot be sent: %1").arg(m_checked.errors.join(QStringLiteral("; ")));
    else
        lines << tr("Fit to send: %n field(s) changed.", nullptr, int(items.size()));
    for (const QString& w : m_checked.warnings)
        lines << tr("Look first: %1").arg(w);
    m_verdict->setText(lines.join(QLatin1Char('\n')));
}

void ResubmitDialog::updateSend()
{
    m_send->setEnabled(!m_brokers.isEmpty() && m_checked.ok() && !m_checkedText.isEmpty()
                       && m_checkedText == m_editor->toPlainText());
}

} // namespace ct
