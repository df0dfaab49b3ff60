// The translators the app installs (app/controltower/translators.cpp), loaded as the app loads them:
// English says "1 selected message" and "2 selected messages", never "message(s)"; a language the app
// has no catalogue of falls back to English's plural forms; German keeps its own.
#include "exceptionspage.h"
#include "failureactiondialog.h"
#include "failuregroupmodel.h"
#include "replaydialog.h"
#include "replayflow.h"
#include "resubmitdialog.h"
#include "translators.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

class TestTranslators : public QObject {
    Q_OBJECT

    // What Class::tr(source, nullptr, n) answers: the class's own translation context.
    static QString translated(const QMetaObject& context, const char* source, int n)
    {
        return context.tr(source, nullptr, n);
    }

    static void addColumns()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<const QMetaObject*>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
    }
    // Rows for n = 1 and n = 2 of one string.
    static void addRows(const QString& language, const QMetaObject& context, const char* source,
                        const char* one, const char* two)
    {
        for (const auto& [n, expected] : {std::pair{1, one}, std::pair{2, two}}) {
            QTest::addRow("%s %s %s n=%d", qPrintable(language), context.className(), source, n)
                << language << &context << QByteArray(source) << n << QString::fromUtf8(expected);
        }
    }
    static void addEnglishRows(const QString& language)
    {
        addRows(language, ct::ReplayDialog::staticMetaObject, "The %n selected message(s)",
                "The 1 selected message", "The 2 selected messages");
        addRows(language, ct::FailureActionDialog::staticMetaObject, "The %n selected message(s)",
                "The 1 selected message", "The 2 selected messages");
        addRows(language, ct::ReplayFlow::staticMetaObject, "Replay %n message(s)", "Replay 1 message",
                "Replay 2 messages");
        addRows(language, ct::ExceptionsPage::staticMetaObject, "%n personal value(s) masked.",
                "1 personal value masked.", "2 personal values masked.");
        addRows(language, ct::ResubmitDialog::staticMetaObject, "Fit to send: %n field(s) changed.",
                "Fit to send: 1 field changed.", "Fit to send: 2 fields changed.");
        addRows(language, ct::FailureGroupModel::staticMetaObject, "%1 (%n group(s))", "%1 (1 group)",
                "%1 (2 groups)");
    }

private Q_SLOTS:
    void cleanup()
    {
        // A translator removes itself from the application as it goes.
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>());
    }

    void pluralForms_data()
    {
        addColumns();
        addEnglishRows(QStringLiteral("en"));
        addEnglishRows(QStringLiteral("en_GB"));
        // No catalogue of its own: the window is English, in singular and plural.
        addEnglishRows(QStringLiteral("fr"));
        addRows(QStringLiteral("de"), ct::ReplayDialog::staticMetaObject, "The %n selected message(s)",
                "Die 1 ausgewählte Nachricht", "Die 2 ausgewählten Nachrichten");
    }
    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(const QMetaObject*, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        ct::app::installTranslators(*QCoreApplication::instance(), language);
        QCOMPARE(translated(*context, source.constData(), n), expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslators)
#include "tst_translators.moc"
