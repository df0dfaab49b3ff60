// In-place updates of a keyed table: whatever a new result removes, adds or reorders, the rows
// that stay keep their persistent indexes (so the selection follows them), under the model tester.
#include "keyedtablemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTest>

using namespace ct;

namespace {

struct Row {
    QString key;
    int value = 0;
};

class Model : public KeyedTableModel<Row> {
public:
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const Row& r = rowAt(index.row());
        return index.column() == 0 ? QVariant(r.key) : QVariant(r.value);
    }
    void update(const QString& keys, int value = 0) { updateRows(parse(keys, value)); }
    QString keys() const
    {
        QString out;
        for (const Row& r : rows())
            out += r.key;
        return out;
    }
    static QList<Row> parse(const QString& keys, int value)
    {
        QList<Row> rows;
        for (QChar c : keys)
            rows.append({QString(c), value});
        return rows;
    }

protected:
    QString rowKey(const Row& r) const override { return r.key; }
};

} // namespace

class TestKeyedTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsTheSelectedRow_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("selected");  // empty: it goes away
        QTest::newRow("new rows on top") << QStringLiteral("abcdef") << QStringLiteral("xyabcdef") << QStringLiteral("c");
        QTest::newRow("rows removed above") << QStringLiteral("abcdef") << QStringLiteral("cdef") << QStringLiteral("d");
        QTest::newRow("removed and added") << QStringLiteral("abcdef") << QStringLiteral("zbdfy") << QStringLiteral("f");
        QTest::newRow("reversed") << QStringLiteral("abcdef") << QStringLiteral("fedcba") << QStringLiteral("b");
        QTest::newRow("selected row goes") << QStringLiteral("abcdef") << QStringLiteral("abdef") << QString();
        QTest::newRow("from empty") << QString() << QStringLiteral("abc") << QString();
        QTest::newRow("to empty") << QStringLiteral("abc") << QString() << QString();
        QTest::newRow("unchanged") << QStringLiteral("abc") << QStringLiteral("abc") << QStringLiteral("a");
    }

    void followsTheSelectedRow()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, selected);
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(before, 1);
        QItemSelectionModel selection(&model);
        const QString pick = selected.isEmpty() && !before.isEmpty() ? QStringLiteral("c") : selected;
        if (!before.isEmpty() && before.contains(pick))
            selection.setCurrentIndex(model.index(int(before.indexOf(pick)), 1), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
        model.update(after, 2);
        QCOMPARE(model.keys(), after);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.data(model.index(r, 1), Qt::DisplayRole).toInt(), 2);  // content refreshed
        if (selected.isEmpty()) {
            // Gone: Qt moves the current index to a neighbour; nothing points at a vanished row.
            for (const QModelIndex& i : selection.selectedIndexes())
                QVERIFY(i.isValid() && model.rowAt(i.row()).key != pick);
        } else {
            QVERIFY(selection.currentIndex().isValid());
            QCOMPARE(selection.currentIndex().row(), int(after.indexOf(selected)));
            QCOMPARE(selection.currentIndex().column(), 1);
            QVERIFY(selection.isRowSelected(int(after.indexOf(selected)), {}));
        }
    }

    void duplicateKeysFallBackToAReset()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(QStringLiteral("abc"));
        model.update(QStringLiteral("aab"));
        QCOMPARE(model.keys(), QStringLiteral("aab"));
    }
};

QTEST_GUILESS_MAIN(TestKeyedTableModel)
#include "tst_keyedtablemodel.moc"
