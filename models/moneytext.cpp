#include "moneytext.h"

#include <QStringList>

namespace ct {

int currencyExponent(const QString& currency)
{
    static const QStringList none{QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("CLP"),
                                  QStringLiteral("ISK"), QStringLiteral("VND"), QStringLiteral("XOF")};
    static const QStringList three{QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("OMR"),
                                   QStringLiteral("JOD"), QStringLiteral("TND")};
    if (none.contains(currency))
        return 0;
    return three.contains(currency) ? 3 : 2;
}

namespace {

QString amountText(qint64 minor, int exponent, const QLocale& locale)
{
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    const bool negative = minor < 0;
    // The magnitude as unsigned: -INT64_MIN does not fit a qint64.
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString text = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (exponent > 0)
        text += locale.decimalPoint()
            + locale.toString(qulonglong(magnitude % quint64(scale))).rightJustified(exponent, locale.zeroDigit().at(0));
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

} // namespace

QString moneyText(qint64 minor, const QString& currency, const QLocale& locale)
{
    QString text = amountText(minor, currencyExponent(currency), locale);
    if (!currency.isEmpty())
        text += QLatin1Char(' ') + currency;
    return text;
}

QString decimalAmount(qint64 minor, const QString& currency)
{
    return amountText(minor, currencyExponent(currency), QLocale::c()); // the C locale groups no digits
}

} // namespace ct
