// The encrypted envelope and the passphrase hash: round trips, and every kind of damage named.
#include "security/Envelope.h"
#include "security/Passphrase.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");

} // namespace

class TestEnvelope : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_plain;
    QString m_sealed;
    QByteArray m_content;

private slots:
    void initTestCase()
    {
        // Three and a half chunks of synthetic text, so chunk boundaries are crossed.
        QRandomGenerator rng(7);
        for (int i = 0; i < 230'000 / 16; ++i)
            m_content.append(QByteArray::number(rng.generate64(), 16).leftJustified(16, '.'));
        m_plain = m_dir.filePath(QStringLiteral("plain.db"));
        m_sealed = m_dir.filePath(QStringLiteral("sealed.attune-backup"));
        writeAll(m_plain, m_content);
        const Status s = encryptFile(m_plain, m_sealed, kPassphrase, KeyCost::Interactive);
        QVERIFY2(s, qPrintable(s.error()));
    }

    void roundTrip()
    {
        QVERIFY(isEnvelopeFile(m_sealed));
        QVERIFY(!isEnvelopeFile(m_plain));
        QVERIFY(!readAll(m_sealed).contains(m_content.left(64))); // not stored in clear
        const QString out = m_dir.filePath(QStringLiteral("out.db"));
        const Status s = decryptFile(m_sealed, out, kPassphrase);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(readAll(out), m_content);
    }

    void emptyFileRoundTrips()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        writeAll(empty, QByteArray());
        const QString sealed = m_dir.filePath(QStringLiteral("empty.sealed"));
        QVERIFY(encryptFile(empty, sealed, kPassphrase, KeyCost::Interactive));
        const QString out = m_dir.filePath(QStringLiteral("empty.out"));
        QVERIFY(decryptFile(sealed, out, kPassphrase));
        QCOMPARE(readAll(out), QByteArray());
    }

    void wrongPassphraseIsNamed()
    {
        const QString out = m_dir.filePath(QStringLiteral("wrong.db"));
        const Status s = decryptFile(m_sealed, out, QByteArrayLiteral("incorrect horse"));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("passphrase is wrong")), qPrintable(s.error()));
        QVERIFY(!QFile::exists(out));
    }

    void flippedBytesAreDetected()
    {
        const QByteArray sealed = readAll(m_sealed);
        const QString damaged = m_dir.filePath(QStringLiteral("flipped"));
        const QString out = m_dir.filePath(QStringLiteral("flipped.db"));
        // Every region: magic, salt, limits, key check, stream header, first, middle and last chunk.
        for (qsizetype at :
             {qsizetype(0), qsizetype(20), qsizetype(40), qsizetype(60), qsizetype(80), qsizetype(100),
              qsizetype(200), sealed.size() / 2, sealed.size() - 20, sealed.size() - 1}) {
            QByteArray bytes = sealed;
            bytes[at] = static_cast<char>(bytes[at] ^ 0x40);
            writeAll(damaged, bytes);
            const Status s = decryptFile(damaged, out, kPassphrase);
            QVERIFY2(!s, qPrintable(QStringLiteral("byte %1 flipped went unnoticed").arg(at)));
            QVERIFY(!s.error().isEmpty());
            QVERIFY(!QFile::exists(out));
        }
    }

    void truncationsAreDetected()
    {
        const QByteArray sealed = readAll(m_sealed);
        const QString damaged = m_dir.filePath(QStringLiteral("short"));
        const QString out = m_dir.filePath(QStringLiteral("short.db"));
        for (qsizetype length : {qsizetype(0), qsizetype(10), qsizetype(90), qsizetype(150),
                                 sealed.size() / 3, sealed.size() - 1}) {
            writeAll(damaged, sealed.left(length));
            const Status s = decryptFile(damaged, out, kPassphrase);
            QVERIFY2(!s, qPrintable(QStringLiteral("truncation to %1 bytes went unnoticed").arg(length)));
            QVERIFY(!QFile::exists(out));
        }
        writeAll(damaged, sealed + QByteArrayLiteral("extra"));
        const Status appended = decryptFile(damaged, out, kPassphrase);
        QVERIFY(!appended);
        QVERIFY2(appended.error().contains(QStringLiteral("damaged")), qPrintable(appended.error()));
    }

    void passphraseHashVerifies()
    {
        const auto hash = hashPassphrase(kPassphrase);
        QVERIFY2(hash, qPrintable(hash.error()));
        QVERIFY(hash->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash->contains(QString::fromUtf8(kPassphrase)));
        QVERIFY(verifyPassphrase(*hash, kPassphrase));
        QVERIFY(!verifyPassphrase(*hash, QByteArrayLiteral("correct horse battery stapler")));
        QVERIFY(!verifyPassphrase(QString(), kPassphrase));
        QVERIFY(!hashPassphrase(QByteArrayLiteral("short")));
        QByteArray secret = QByteArrayLiteral("secret");
        wipe(secret);
        QVERIFY(secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
