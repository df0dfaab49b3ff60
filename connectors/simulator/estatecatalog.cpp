#include "estatecatalog.h"

#include "simulationconfig.h"

#include <algorithm>

namespace ct {
namespace {

enum Stream : quint64 { CatalogStream = 1, StockStream = 2, CustomerStream = 3, CostStream = 4 };

// The share of all SKUs a store carries.
constexpr double kStoreAssortmentShare = 0.35;
constexpr int kMinimumStoreAssortment = 10;

// A SKU's standard cost as a share of its base price, in per mille.
constexpr qint64 kLowestCostShare = 450;
constexpr qint64 kHighestCostShare = 700;

struct Name {
    const char* display; // UTF-8
    const char* ascii;   // for the e-mail address
};
constexpr Name kFirstNames[] = {
    {"Anna", "anna"},   {"Lukas", "lukas"},   {"Sophie", "sophie"}, {"Jürgen", "juergen"},
    {"Marie", "marie"}, {"Noah", "noah"},     {"Emma", "emma"},     {"Luca", "luca"},
    {"Léa", "lea"},     {"Thomas", "thomas"}, {"Sanne", "sanne"},   {"Pieter", "pieter"},
    {"Chloé", "chloe"}, {"Hugo", "hugo"},     {"Zoë", "zoe"},       {"Felix", "felix"},
    {"Mia", "mia"},     {"Elias", "elias"},   {"Hannah", "hannah"}, {"Julien", "julien"},
    {"Lotte", "lotte"}, {"Daan", "daan"},     {"Amélie", "amelie"}, {"Jonas", "jonas"},
};
constexpr Name kLastNames[] = {
    {"Müller", "mueller"}, {"Schmidt", "schmidt"},  {"Schneider", "schneider"}, {"Fischer", "fischer"},
    {"Weber", "weber"},    {"de Vries", "devries"}, {"Jansen", "jansen"},       {"Peeters", "peeters"},
    {"Dubois", "dubois"},  {"Lefèvre", "lefevre"},  {"Gruber", "gruber"},       {"Huber", "huber"},
    {"Wagner", "wagner"},  {"Becker", "becker"},    {"Bakker", "bakker"},       {"Maes", "maes"},
    {"Moreau", "moreau"},  {"Laurent", "laurent"},  {"Hoffmann", "hoffmann"},   {"Krüger", "krueger"},
};

struct Country {
    const char* code;
    const char* postalPattern; // '#' a digit, 'L' a capital letter
    const char* phonePrefix;
    const char* cities[4];
    const char* streets[3];
};
constexpr Country kCountries[] = {
    {"DE",
     "#####",
     "+49 15",
     {"Berlin", "Hamburg", "München", "Köln"},
     {"Hauptstraße", "Bahnhofstraße", "Gartenweg"}},
    {"AT",
     "####",
     "+43 66",
     {"Wien", "Graz", "Linz", "Salzburg"},
     {"Mariahilfer Straße", "Landstraße", "Ringstraße"}},
    {"NL",
     "#### LL",
     "+31 6",
     {"Amsterdam", "Rotterdam", "Utrecht", "Den Haag"},
     {"Kerkstraat", "Dorpsstraat", "Molenweg"}},
    {"BE",
     "####",
     "+32 47",
     {"Brussel", "Antwerpen", "Gent", "Liège"},
     {"Stationsstraat", "Rue Royale", "Kerkplein"}},
    {"FR",
     "#####",
     "+33 6",
     {"Paris", "Lyon", "Lille", "Strasbourg"},
     {"Rue de la Paix", "Avenue Foch", "Rue Victor Hugo"}},
};
// Shares of the customer base, in kCountries order.
constexpr double kCountryShares[] = {0.45, 0.12, 0.18, 0.10, 0.15};

constexpr const char* kLoyaltyTiers[] = {"none", "silver", "gold", "platinum"};
constexpr const char* kDistributionCentreCodes[] = {"DC-EAST", "DC-WEST", "DC-NORTH"};

QString fromPattern(const char* pattern, Prng& prng)
{
    QString out;
    for (const char* p = pattern; *p; ++p) {
        if (*p == '#')
            out += QLatin1Char(char('0' + prng.below(10)));
        else if (*p == 'L')
            out += QLatin1Char(char('A' + prng.below(26)));
        else
            out += QLatin1Char(*p);
    }
    return out;
}

const Country& countryOf(const QString& code)
{
    for (const Country& c : kCountries) {
        if (code == QLatin1String(c.code))
            return c;
    }
    return kCountries[0];
}

template <typename T, std::size_t N> const T& pick(const T (&items)[N], Prng& prng)
{
    return items[prng.below(N)];
}

QString skuCode(qint64 number)
{
    return QStringLiteral("SKU-%1").arg(number, 6, 10, QLatin1Char('0'));
}

QString storeCode(qint64 number)
{
    return QStringLiteral("ST-%1").arg(number, 3, 10, QLatin1Char('0'));
}

EstateNode makeNode(const QString& code, NodeKind kind)
{
    EstateNode node;
    node.code = code;
    node.lowerCode = code.toLower();
    node.kind = kind;
    node.authority = kind == NodeKind::Store ? QStringLiteral("pos") : QStringLiteral("wms");
    node.authoritySource = node.authority + QLatin1Char('.') + node.lowerCode;
    return node;
}

} // namespace

EstateCatalog::EstateCatalog(const SimulationConfig& config)
    : m_seed(config.seed)
{
    for (const char* code : kDistributionCentreCodes)
        m_nodes.append(makeNode(QLatin1String(code), NodeKind::DistributionCentre));
    for (int s = 1; s <= config.stores; ++s)
        m_nodes.append(makeNode(storeCode(s), NodeKind::Store));

    Prng prng = Prng::forStream(m_seed, CatalogStream);
    m_skus.reserve(config.skus);
    m_basePrices.reserve(config.skus);
    m_allSkus.reserve(config.skus);
    for (int i = 0; i < config.skus; ++i) {
        m_skus.append(skuCode(i + 1));
        // Shelf prices end in .99.
        const qint64 euros = qint64(prng.lognormal(29.0, 130.0) + 0.5);
        m_basePrices.append(std::max<qint64>(1, euros) * 100 - 1);
        m_allSkus.append(i);
    }
    for (int s = 0; s < config.stores; ++s) {
        QList<int> assortment;
        for (int i = 0; i < config.skus; ++i) {
            if (prng.chance(kStoreAssortmentShare))
                assortment.append(i);
        }
        for (int i = 0; assortment.size() < std::min(kMinimumStoreAssortment, config.skus); ++i) {
            if (!assortment.contains(i))
                assortment.append(i);
        }
        std::sort(assortment.begin(), assortment.end());
        m_storeAssortments.append(assortment);
    }
}

QString EstateCatalog::authoritativeSystem(QStringView nodeCode)
{
    return nodeCode.startsWith(u"ST-") ? QStringLiteral("pos") : QStringLiteral("wms");
}

const QList<int>& EstateCatalog::assortment(int node) const
{
    return node < kDistributionCentres ? m_allSkus : m_storeAssortments[node - kDistributionCentres];
}

qint64 EstateCatalog::unitCostMinor(int sku) const
{
    Prng prng = Prng::forStream(m_seed, CostStream, quint64(sku));
    const qint64 share = prng.between(kLowestCostShare, kHighestCostShare);
    // Rounded to the nearest minor unit; a cost is never free.
    return std::max<qint64>(1, (basePriceMinor(sku) * share + 500) / 1000);
}

qint64 EstateCatalog::initialStock(int node, int sku) const
{
    Prng prng = Prng::forStream(m_seed, StockStream, quint64(node) << 32 | quint64(sku));
    return node < kDistributionCentres ? prng.between(150, 1200) : prng.between(8, 60);
}

int EstateCatalog::pickSku(int node, Prng& prng) const
{
    const QList<int>& skus = assortment(node);
    // Squaring a uniform draw favours the front of the list: a long tail of slow sellers.
    const double u = prng.uniform();
    return skus[qsizetype(u * u * double(skus.size()))];
}

Customer EstateCatalog::customer(quint64 number) const
{
    Prng prng = Prng::forStream(m_seed, CustomerStream, number);
    Customer c;
    c.id = QStringLiteral("CUST-%1").arg(number, 7, 10, QLatin1Char('0'));
    const Name& first = pick(kFirstNames, prng);
    const Name& last = pick(kLastNames, prng);
    c.name = QString::fromUtf8(first.display) + QLatin1Char(' ') + QString::fromUtf8(last.display);
    c.email = QLatin1String(first.ascii) + QLatin1Char('.') + QLatin1String(last.ascii) +
              QString::number(number % 1000) + QStringLiteral("@example.com");
    double u = prng.uniform();
    std::size_t countryIndex = 0;
    while (countryIndex + 1 < std::size(kCountries) && u >= kCountryShares[countryIndex])
        u -= kCountryShares[countryIndex++];
    const Country& country = kCountries[countryIndex];
    c.country = QLatin1String(country.code);
    c.city = QString::fromUtf8(pick(country.cities, prng));
    c.street = QString::fromUtf8(pick(country.streets, prng)) + QLatin1Char(' ') +
               QString::number(prng.between(1, 180));
    c.postalCode = fromPattern(country.postalPattern, prng);
    c.phone = QLatin1String(country.phonePrefix) + fromPattern("# #######", prng);
    c.loyaltyTier = QLatin1String(pick(kLoyaltyTiers, prng));
    c.homeStore = int(number % quint64(storeCount()));
    return c;
}

QString EstateCatalog::mismatchedPostalCode(const QString& country, Prng& prng) const
{
    const char* own = countryOf(country).postalPattern;
    QList<const char*> others;
    for (const Country& c : kCountries) {
        if (qstrcmp(c.postalPattern, own) != 0 && !others.contains(c.postalPattern))
            others.append(c.postalPattern);
    }
    return fromPattern(others[qsizetype(prng.below(quint64(others.size())))], prng);
}

QString EstateCatalog::unknownSku(Prng& prng) const
{
    return skuCode(skuCount() + 1 + qint64(prng.below(1000)));
}

QString EstateCatalog::unknownStore(Prng& prng) const
{
    return storeCode(storeCount() + 1 + qint64(prng.below(100)));
}

} // namespace ct
