#pragma once

#include <QLocale>
#include <QString>

namespace ct {

// Digits after the decimal point of a currency's minor unit (ISO 4217): 2 unless the currency has
// none (JPY, KRW, …) or three (BHD, KWD, …).
int currencyExponent(const QString& currency);

// An amount in minor units as a person reads it, exactly (no floating point): "1,234.56 EUR" in the
// given locale's digits and separators; the currency code is left out when empty.
QString moneyText(qint64 minor, const QString& currency, const QLocale& locale);

// The same amount for a machine (a CSV cell): "-1234.56", the currency's decimals, no grouping, no code.
QString decimalAmount(qint64 minor, const QString& currency);

} // namespace ct
