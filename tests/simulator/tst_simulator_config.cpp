// SimulationConfig: defaults from the resource file, --fault parsing and validation.
#include "simulator/simulationconfig.h"

#include "injectedfault.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ct::SimulationConfig;

class TestSimulatorConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsComeFromTheResource()
    {
        QString error = QStringLiteral("not cleared");
        const SimulationConfig config = SimulationConfig::withDefaults(&error);
        QCOMPARE(error, QString());
        QFile file(QStringLiteral(":/controltower/faults.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject rates =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("rates")).toObject();
        QCOMPARE(config.faultRates.size(), ct::faultClassNames().size());
        for (const QString& name : ct::faultClassNames())
            QCOMPARE(config.faultRates.value(name), rates.value(name).toDouble());
        QCOMPARE(config.seed, quint64(1));
        QCOMPARE(config.days, 7);
        QCOMPARE(config.ordersPerDay, 2000);
        QCOMPARE(config.stores, 20);
        QCOMPARE(config.until.toIso(), QStringLiteral("2026-11-02T00:00:00.000000Z"));
        QCOMPARE(config.validate(), QString());
    }

    void setFault_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("errorPart"); // empty: accepted
        QTest::addColumn<double>("rate");
        QTest::newRow("plain") << QStringLiteral("stuck=0.02") << QString() << 0.02;
        QTest::newRow("spaces") << QStringLiteral(" semantic = 0.5 ") << QString() << 0.5;
        QTest::newRow("zero") << QStringLiteral("routing=0") << QString() << 0.0;
        QTest::newRow("one") << QStringLiteral("duplicate=1") << QString() << 1.0;
        QTest::newRow("no equals") << QStringLiteral("stuck") << QStringLiteral("CLASS=RATE") << 0.0;
        QTest::newRow("no class") << QStringLiteral("=0.1") << QStringLiteral("CLASS=RATE") << 0.0;
        QTest::newRow("unknown class")
            << QStringLiteral("meteor=0.1") << QStringLiteral("unknown fault class \"meteor\"") << 0.0;
        QTest::newRow("not a number") << QStringLiteral("stuck=lots") << QStringLiteral("from 0 to 1") << 0.0;
        QTest::newRow("negative") << QStringLiteral("stuck=-0.1") << QStringLiteral("from 0 to 1") << 0.0;
        QTest::newRow("above one") << QStringLiteral("stuck=1.5") << QStringLiteral("from 0 to 1") << 0.0;
        QTest::newRow("nan") << QStringLiteral("stuck=nan") << QStringLiteral("from 0 to 1") << 0.0;
    }
    void setFault()
    {
        QFETCH(QString, argument);
        QFETCH(QString, errorPart);
        QFETCH(double, rate);
        SimulationConfig config;
        const QString error = config.setFault(argument);
        if (errorPart.isEmpty()) {
            QCOMPARE(error, QString());
            QCOMPARE(config.faultRates.size(), 1);
            QCOMPARE(config.faultRates.first(), rate);
        } else {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            QVERIFY(config.faultRates.isEmpty());
        }
    }

    void validate_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("defaults") << QString() << QString();
        QTest::newRow("no days") << QStringLiteral("days=0") << QStringLiteral("at least one day");
        QTest::newRow("negative orders")
            << QStringLiteral("orders=-1") << QStringLiteral("cannot be negative");
        QTest::newRow("no stores") << QStringLiteral("stores=0") << QStringLiteral("1 to 999 stores");
        QTest::newRow("too many stores")
            << QStringLiteral("stores=1000") << QStringLiteral("1 to 999 stores");
        QTest::newRow("few skus") << QStringLiteral("skus=9") << QStringLiteral("SKUs");
        QTest::newRow("empty batch") << QStringLiteral("batch=0") << QStringLiteral("at least one event");
        QTest::newRow("no end") << QStringLiteral("until=0") << QStringLiteral("end time");
        QTest::newRow("sum above one") << QStringLiteral("sum") << QStringLiteral("add up to");
        QTest::newRow("unknown class") << QStringLiteral("unknown") << QStringLiteral("unknown fault class");
        QTest::newRow("rate above one") << QStringLiteral("rate") << QStringLiteral("from 0 to 1");
        QTest::newRow("negative rate") << QStringLiteral("negative") << QStringLiteral("from 0 to 1");
        QTest::newRow("rates summing to one") << QStringLiteral("one") << QString();
    }
    void validate()
    {
        QFETCH(QString, change);
        QFETCH(QString, errorPart);
        QString error;
        SimulationConfig config = SimulationConfig::withDefaults(&error);
        const QString value = change.section(QLatin1Char('='), 1);
        if (change.startsWith(QLatin1String("days=")))
            config.days = value.toInt();
        else if (change.startsWith(QLatin1String("orders=")))
            config.ordersPerDay = value.toInt();
        else if (change.startsWith(QLatin1String("stores=")))
            config.stores = value.toInt();
        else if (change.startsWith(QLatin1String("skus=")))
            config.skus = value.toInt();
        else if (change.startsWith(QLatin1String("batch=")))
            config.batchEvents = value.toInt();
        else if (change.startsWith(QLatin1String("until=")))
            config.until = ct::Timestamp();
        else if (change == QLatin1String("sum"))
            for (const QString& name : ct::faultClassNames())
                config.faultRates[name] = 0.2;
        else if (change == QLatin1String("one"))
            for (const QString& name : ct::faultClassNames())
                config.faultRates[name] = 0.125;
        else if (change == QLatin1String("unknown"))
            config.faultRates[QStringLiteral("gremlins")] = 0.1;
        else if (change == QLatin1String("rate"))
            config.faultRates[QStringLiteral("stuck")] = 1.2;
        else if (change == QLatin1String("negative"))
            config.faultRates[QStringLiteral("stuck")] = -0.01;
        const QString result = config.validate();
        if (errorPart.isEmpty())
            QCOMPARE(result, QString());
        else
            QVERIFY2(result.contains(errorPart), qPrintable(result));
    }

    void faultRatesParseStrictly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("valid") << QByteArray(R"({"rates": {"stuck": 0.1}})") << QString();
        QTest::newRow("not json") << QByteArray("{rates") << QStringLiteral("not valid JSON");
        QTest::newRow("no rates") << QByteArray(R"({"rate": {}})") << QStringLiteral("\"rates\"");
        QTest::newRow("text rate") << QByteArray(R"({"rates": {"stuck": "high"}})")
                                   << QStringLiteral("not a number");
    }
    void faultRatesParseStrictly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        QString error;
        const auto rates = ct::parseFaultRates(json, &error);
        if (errorPart.isEmpty()) {
            QCOMPARE(error, QString());
            QCOMPARE(rates.value(QStringLiteral("stuck")), 0.1);
        } else {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            QVERIFY(rates.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSimulatorConfig)
#include "tst_simulator_config.moc"
