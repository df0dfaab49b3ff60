#pragma once

#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace ct::test {

// A fresh store location of either engine, cleaned up afterwards: the rows of data-driven store tests.
class StoreFixture {
public:
    explicit StoreFixture(const QString& engine)
    {
        if (engine == QLatin1String("postgresql")) {
            m_database = std::make_unique<ScratchDatabase>();
            m_url = m_database->url();
            m_error = m_database->error();
        } else {
            m_url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("store.db"));
        }
    }
    bool isValid() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString error() const { return m_error; }
    bool isPostgres() const { return m_database != nullptr; }
    QString sqlitePath() const { return m_dir.filePath(QStringLiteral("store.db")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchDatabase> m_database;
    QString m_url;
    QString m_error;
};

} // namespace ct::test

// Both engines as rows: every store test runs against SQLite and PostgreSQL.
#define CT_ENGINE_ROWS()                                                                                     \
    QTest::addColumn<QString>("engine");                                                                    \
    QTest::newRow("sqlite") << QStringLiteral("sqlite");                                                    \
    QTest::newRow("postgresql") << QStringLiteral("postgresql")

#define CT_FIXTURE(name)                                                                                     \
    QFETCH(QString, engine);                                                                                \
    ct::test::StoreFixture name(engine);                                                                    \
    QVERIFY2(name.isValid(), qPrintable(name.error()))
