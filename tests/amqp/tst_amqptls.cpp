// amqps:// against the TLS listener of the test run's RabbitMQ (tests/scripts/rabbitmq-node makes a CA
// for it): the right CA connects; another CA, a host name the certificate does not carry, a missing
// CA file and a plain AMQP port are each refused with a sentence that says why.
#include "amqp/amqpclient.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ct;
using namespace ct::amqp;

namespace {

QString stateFile(const char* name)
{
    return qEnvironmentVariable("CTOWER_TEST_STATE") + QLatin1Char('/') + QLatin1String(name);
}

QString readState(const char* name)
{
    QFile f(stateFile(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

} // namespace

class TestAmqpTls : public QObject {
    Q_OBJECT
    QString m_amqpsUrl;
    QString m_ca;
    QString m_plainUrl;
    QTemporaryDir m_dir;

    QString openError(const QString& url, const QString& caFile)
    {
        Client client;
        client.setCaFile(caFile);
        if (client.open(url))
            return QString();
        qInfo("refused: %s", qPrintable(client.error())); // the sentence a user reads, in the log
        return client.error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_plainUrl = test::amqpServerUrl(&why);
        QVERIFY2(!m_plainUrl.isEmpty(), qPrintable(why));
        m_amqpsUrl = readState("amqps-url");
        m_ca = stateFile("amqps-ca.pem");
        QVERIFY2(!m_amqpsUrl.isEmpty() && QFile::exists(m_ca), "no TLS listener from the test node (tests/scripts/rabbitmq-node)");
        QVERIFY(m_dir.isValid());
    }

    void theRightCaConnects()
    {
        Client client;
        client.setCaFile(m_ca);
        QVERIFY2(client.open(m_amqpsUrl), qPrintable(client.error()));
        QVERIFY(client.declareQueue(QStringLiteral("ct-tls-probe"), {}, false));
        QVERIFY(client.deleteQueue(QStringLiteral("ct-tls-probe")));
    }

    // The command line's way: the CA file as a query parameter of the URL.
    void theCaFileCanComeWithTheUrl()
    {
        Client client;
        const QString url = m_amqpsUrl + QStringLiteral("?cacertfile=") + QString::fromLatin1(QUrl::toPercentEncoding(m_ca));
        QVERIFY2(client.open(url), qPrintable(client.error()));
    }

    void anotherCaIsRefused()
    {
        const QString other = m_dir.filePath(QStringLiteral("other-ca.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                                  QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                                  QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=another CA"),
                                                  QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("other.key")),
                                                  QStringLiteral("-out"), other});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        const QString error = openError(m_amqpsUrl, other);
        QVERIFY2(error.contains(QStringLiteral("not signed by the CA file")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("guest:guest")));
    }

    void aHostTheCertificateDoesNotNameIsRefused()
    {
        QString byAddress = m_amqpsUrl;
        byAddress.replace(QStringLiteral("@localhost:"), QStringLiteral("@127.0.0.1:"));
        const QString error = openError(byAddress, m_ca);
        QVERIFY2(error.contains(QStringLiteral("does not name this host")), qPrintable(error));
    }

    void aMissingOrAbsentCaFileIsRefused()
    {
        QString error = openError(m_amqpsUrl, QStringLiteral("/nonexistent/ca.pem"));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/ca.pem does not exist")), qPrintable(error));
        error = openError(m_amqpsUrl, QString());
        QVERIFY2(error.contains(QStringLiteral("needs a CA file")), qPrintable(error));
    }

    void tlsToAPlainPortFailsInASentence()
    {
        QString plainAsTls = m_plainUrl;
        plainAsTls.replace(QStringLiteral("amqp://"), QStringLiteral("amqps://"));
        plainAsTls.replace(QStringLiteral("@127.0.0.1:"), QStringLiteral("@localhost:"));
        const QString error = openError(plainAsTls, m_ca);
        QVERIFY2(error.contains(QStringLiteral("TLS handshake failed")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAmqpTls)
#include "tst_amqptls.moc"
