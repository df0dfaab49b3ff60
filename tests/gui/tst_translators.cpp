// The translators the app installs (app/controltower/translators.cpp), loaded as the app loads them:
// English says "1 selected message" and "2 selected messages", never "message(s)"; a language the app
// has no catalogue of falls back to English's plural forms; German, French and Spanish keep their own,
// and the locale (numbers, dates, money) follows the language chosen.
#include "exceptionspage.h"
#include "failureactiondialog.h"
#include "failuregroupmodel.h"
#include "lineagepage.h"
#include "profilespanel.h"
#include "replaydialog.h"
#include "replayflow.h"
#include "resubmitdialog.h"
#include "translators.h"

#include <QCoreApplication>
#include <QLocale>
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

    // One row of addColumns(): the app's translators for the language, then the context's tr().
    static void checkTranslation()
    {
        QFETCH(QString, language);
        QFETCH(const QMetaObject*, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        ct::app::installTranslators(*QCoreApplication::instance(), language);
        QCOMPARE(translated(*context, source.constData(), n), expected);
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
        addEnglishRows(QStringLiteral("it"));
        addRows(QStringLiteral("de"), ct::ReplayDialog::staticMetaObject, "The %n selected message(s)",
                "Die 1 ausgewählte Nachricht", "Die 2 ausgewählten Nachrichten");
        // French puts 0 and 1 in the singular; Spanish only 1.
        for (const QString& fr : {QStringLiteral("fr"), QStringLiteral("fr_CA")}) {
            addRows(fr, ct::ReplayDialog::staticMetaObject, "The %n selected message(s)", "Le message sélectionné",
                    "Les 2 messages sélectionnés");
            addRows(fr, ct::ReplayFlow::staticMetaObject, "Replay %n message(s)", "Rejouer 1 message",
                    "Rejouer 2 messages");
            addRows(fr, ct::ResubmitDialog::staticMetaObject, "Fit to send: %n field(s) changed.",
                    "Prêt à l'envoi\u00a0: 1 champ modifié.", "Prêt à l'envoi\u00a0: 2 champs modifiés.");
            addRows(fr, ct::FailureGroupModel::staticMetaObject, "%1 (%n group(s))", "%1 (1 groupe)",
                    "%1 (2 groupes)");
        }
        addRows(QStringLiteral("es"), ct::ReplayDialog::staticMetaObject, "The %n selected message(s)",
                "El mensaje seleccionado", "Los 2 mensajes seleccionados");
        addRows(QStringLiteral("es"), ct::ReplayFlow::staticMetaObject, "Replay %n message(s)",
                "Reprocesar 1 mensaje", "Reprocesar 2 mensajes");
        addRows(QStringLiteral("es"), ct::ExceptionsPage::staticMetaObject, "%n personal value(s) masked.",
                "1 valor personal enmascarado.", "2 valores personales enmascarados.");
        addRows(QStringLiteral("es_MX"), ct::FailureGroupModel::staticMetaObject, "%1 (%n group(s))",
                "%1 (1 grupo)", "%1 (2 grupos)");
        QTest::addRow("fr n=0 is singular") << QStringLiteral("fr") << &ct::ReplayFlow::staticMetaObject
                                            << QByteArray("Replay %n message(s)") << 0
                                            << QStringLiteral("Rejouer 0 message");
        QTest::addRow("es n=0 is plural") << QStringLiteral("es") << &ct::ReplayFlow::staticMetaObject
                                          << QByteArray("Replay %n message(s)") << 0
                                          << QStringLiteral("Reprocesar 0 mensajes");
    }
    void pluralForms() { checkTranslation(); }

    // Labels, accelerators and punctuation as each language writes them.
    void strings_data()
    {
        addColumns();
        const auto row = [](const char* language, const QMetaObject& context, const char* source,
                            const char* expected) {
            QTest::addRow("%s %s %s", language, context.className(), source)
                << QString::fromLatin1(language) << &context << QByteArray(source) << -1 << QString::fromUtf8(expected);
        };
        row("en", ct::LineagePage::staticMetaObject, "Lineage", "Lineage");
        row("de", ct::LineagePage::staticMetaObject, "Lineage", "Verlauf");
        row("fr", ct::LineagePage::staticMetaObject, "Lineage", "Traçabilité");
        row("es", ct::LineagePage::staticMetaObject, "Lineage", "Trazabilidad");
        row("fr", ct::ReplayDialog::staticMetaObject, "Replay failed messages", "Rejouer les messages en échec");
        row("es", ct::ReplayDialog::staticMetaObject, "Replay failed messages", "Reprocesar mensajes fallidos");
        row("fr", ct::ReplayDialog::staticMetaObject, "Another queue:", "Une autre file\u00a0:");
        row("es", ct::ReplayDialog::staticMetaObject, "Another queue:", "Otra cola:");
        row("fr", ct::ProfilesPanel::staticMetaObject, "&Test connection", "&Tester la connexion");
        row("es", ct::ProfilesPanel::staticMetaObject, "&Test connection", "&Probar conexión");
        row("fr", ct::ExceptionsPage::staticMetaObject, "Correlation id", "Identifiant de corrélation");
        row("es", ct::ExceptionsPage::staticMetaObject, "Correlation id", "Id de correlación");
    }
    void strings() { checkTranslation(); }

    // Numbers, dates and money follow the language the window speaks.
    void locale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QLocale::Language>("expected");
        QTest::addColumn<QString>("decimalPoint");
        QTest::newRow("en") << QStringLiteral("en") << QLocale::English << QStringLiteral(".");
        QTest::newRow("de") << QStringLiteral("de") << QLocale::German << QStringLiteral(",");
        QTest::newRow("fr") << QStringLiteral("fr") << QLocale::French << QStringLiteral(",");
        QTest::newRow("es") << QStringLiteral("es") << QLocale::Spanish << QStringLiteral(",");
    }
    void locale()
    {
        QFETCH(QString, language);
        QFETCH(QLocale::Language, expected);
        QFETCH(QString, decimalPoint);
        ct::app::installTranslators(*QCoreApplication::instance(), language);
        QCOMPARE(QLocale().language(), expected);
        QCOMPARE(QLocale().decimalPoint(), decimalPoint);
    }
};

QTEST_GUILESS_MAIN(TestTranslators)
#include "tst_translators.moc"
