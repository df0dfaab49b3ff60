// The management API's request, without a broker: over https the peer is always verified, against the
// CA file's authorities when one is given (`ctower dlq queues --ca-file`, or the AMQP URL's
// cacertfile); a CA file that cannot serve is refused in one sentence.
#include "amqp/amqpurl.h"
#include "amqp/managementapi.h"

#include <QFile>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ct::amqp;

namespace {

// A CA certificate made for this test alone (EC P-256, CN "ctower unit test CA").
const QByteArray kCaPem =
    QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                      "MIIBkjCCATmgAwIBAgIUMT2fPido95r6ERHnT3FOZZlRGeYwCgYIKoZIzj0EAwIw\n"
                      "HjEcMBoGA1UEAwwTY3Rvd2VyIHVuaXQgdGVzdCBDQTAgFw0yNjExMzAxMTU1MDBa\n"
                      "GA8yMTI2MTEwNjExNTUwMFowHjEcMBoGA1UEAwwTY3Rvd2VyIHVuaXQgdGVzdCBD\n"
                      "QTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABH4OOye8RV8aYGPprVt+b9+gulFy\n"
                      "eO9rCcodajexP0nSOl77zgQIweUe+80HeiSyVBWf+r+NbAY6lMYrYTiadAujUzBR\n"
                      "MB0GA1UdDgQWBBRotaGQXqz1wkG0V63iIkWagLcIVDAfBgNVHSMEGDAWgBRotaGQ\n"
                      "Xqz1wkG0V63iIkWagLcIVDAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0cA\n"
                      "MEQCIGgxrgCJuIdgHjMTEgBUW24AkIM6o+bEI1rN/du7ebr/AiAyz43AcDiFEgjb\n"
                      "7NaKV85jF+pSdeszmSw+BukI9YO0yQ==\n"
                      "-----END CERTIFICATE-----\n");

const QString kAmqpUrl = QStringLiteral("amqps://ops:secret@broker.example.com:5671/retail");
const QString kHttps = QStringLiteral("https://broker.example.com:15671");

} // namespace

class TestManagementApi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theCaFileReachesTheRequest()
    {
        const QString ca = writeFile(QStringLiteral("ca.pem"), kCaPem);
        QVERIFY(!ca.isEmpty());
        ManagementApi api;
        QString error;
        QVERIFY2(ManagementApi::make(kAmqpUrl, kHttps, &api, &error), qPrintable(error));
        QVERIFY2(api.setCaFile(ca, &error), qPrintable(error));
        const QNetworkRequest request = api.queuesRequest();
        QCOMPARE(request.url().scheme(), QStringLiteral("https"));
        QCOMPARE(request.url().path(), QStringLiteral("/api/queues/retail"));
        const QSslConfiguration tls = request.sslConfiguration();
        QCOMPARE(tls.peerVerifyMode(), QSslSocket::VerifyPeer);
        QCOMPARE(tls.caCertificates(), QSslCertificate::fromData(kCaPem, QSsl::Pem));
        QCOMPARE(tls.caCertificates().constFirst().subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("ctower unit test CA")});
    }

    // No CA file: the system's authorities, still verified.
    void httpsIsVerifiedWithoutACaFileToo()
    {
        ManagementApi api;
        QString error;
        QVERIFY2(ManagementApi::make(kAmqpUrl, kHttps, &api, &error), qPrintable(error));
        const QSslConfiguration tls = api.queuesRequest().sslConfiguration();
        QCOMPARE(tls.peerVerifyMode(), QSslSocket::VerifyPeer);
        QCOMPARE(tls.caCertificates(), QSslConfiguration::defaultConfiguration().caCertificates());
    }

    void aCaFileThatCannotServeIsOneSentence_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("sentence");
        const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
        QTest::newRow("missing")
            << missing << QStringLiteral("the CA file %1 does not exist or cannot be read").arg(missing);
        QTest::newRow("a folder")
            << m_dir.path()
            << QStringLiteral("the CA file %1 does not exist or cannot be read").arg(m_dir.path());
        const QString text = writeFile(QStringLiteral("notes.txt"), "not a certificate\n");
        QTest::newRow("no certificate")
            << text << QStringLiteral("the CA file %1 holds no PEM certificate").arg(text);
    }
    void aCaFileThatCannotServeIsOneSentence()
    {
        QFETCH(QString, path);
        QFETCH(QString, sentence);
        ManagementApi api;
        QString error;
        QVERIFY(ManagementApi::make(kAmqpUrl, kHttps, &api, &error));
        QVERIFY(!api.setCaFile(path, &error));
        QCOMPARE(error, sentence);
    }

    void theAmqpUrlCarriesItsCaFile()
    {
        AmqpUrl url;
        QString error;
        QVERIFY(AmqpUrl::parse(kAmqpUrl + QStringLiteral("?cacertfile=/etc/ctower/team%20ca.pem"), {}, &url,
                               &error));
        QCOMPARE(url.caFile, QStringLiteral("/etc/ctower/team ca.pem"));
        QVERIFY(AmqpUrl::parse(kAmqpUrl, {}, &url, &error));
        QCOMPARE(url.caFile, QString());
    }
};

QTEST_GUILESS_MAIN(TestManagementApi)
#include "tst_managementapi.moc"
