#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ct {

// A numbered schema change. Migration 1 creates every table ARCHITECTURE.md §4 lists, including those
// that later features fill, so a store never changes shape under a running reader.
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
};

// "controltower": the product name written into schema_version; a database without it is not ours.
inline constexpr char kSchemaProduct[] = "controltower";

const QList<Migration>& sqliteMigrations();
const QList<Migration>& postgresMigrations();
int latestSchemaVersion();

// Migration 3's statements that fill the rollup tables from the rows a store already holds.
QStringList rollupFillStatements(bool postgres);

} // namespace ct
