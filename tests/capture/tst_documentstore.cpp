#include "auditlog.h"
#include "documentfixture.h"
#include "documentpdf.h"
#include "documentstore.h"
#include "operators.h"
#include "store.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace hd::testing;

class TestDocumentStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void add_idCardFrontAndBack_roundTripsEncrypted();
    void add_retake_getsNextVersion();
    void add_idCardOneSide_refused();
    void pages_tamperedImage_refused();
    void export_clerkRefused_supervisorWritesPdf();

private:
    QByteArray png(const QColor &colour, const QString &text) const;
    DocumentFixture m_f;
};

QByteArray TestDocumentStore::png(const QColor &colour, const QString &text) const
{
    QImage img(1012, 638, QImage::Format_RGB32);
    img.fill(colour);
    QPainter p(&img);
    p.drawText(img.rect(), Qt::AlignCenter, text);
    p.end();
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

void TestDocumentStore::init()
{
    const QString error = m_f.setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDocumentStore::cleanup()
{
    m_f.tearDown();
}

void TestDocumentStore::add_idCardFrontAndBack_roundTripsEncrypted()
{
    const QByteArray front = png(Qt::cyan, QStringLiteral("FRONT")),
                     back = png(Qt::yellow, QStringLiteral("BACK"));
    DocumentStore docs(*m_f.store);
    const QJsonObject quality{{QStringLiteral("sharpness"), 0.9}};
    auto rec = docs.add(m_f.account, QStringLiteral("id-card"), {front, back}, quality, m_f.clerk);
    QVERIFY2(rec, qPrintable(rec.error().message));
    QCOMPARE(rec->pages, 2);
    QCOMPARE(rec->version, 1);
    QCOMPARE(rec->capturedBy, QStringLiteral("clerk1"));
    QCOMPARE(rec->sha256.size(), 64);

    // At rest: neither picture's header (signature and image header, 33 bytes) is in the row.
    QSqlQuery q(m_f.store->db());
    QVERIFY(q.exec(QStringLiteral("SELECT image_cipher FROM documents")) && q.next());
    QVERIFY(front.startsWith("\x89PNG") && back.startsWith("\x89PNG"));
    QVERIFY(!q.value(0).toByteArray().contains(front.left(33)));
    QVERIFY(!q.value(0).toByteArray().contains(back.left(33)));

    auto list = docs.forAccount(m_f.account);
    QVERIFY(list);
    QCOMPARE(list->size(), size_t(1));
    QCOMPARE(list->front().quality.value(QStringLiteral("sharpness")).toDouble(), 0.9);
    QCOMPARE(list->front().capturedAt.timeSpec(), Qt::UTC);

    auto pages = docs.pages(rec->uuid, m_f.clerk);
    QVERIFY2(pages, qPrintable(pages.error().message));
    QCOMPARE(pages->size(), 2);
    QCOMPARE(pages->at(0), front);
    QCOMPARE(pages->at(1), back);
    QVERIFY(AuditLog(*m_f.store).verify().intact);
}

void TestDocumentStore::add_retake_getsNextVersion()
{
    DocumentStore docs(*m_f.store);
    const QByteArray page = png(Qt::white, QStringLiteral("证明"));
    auto first = docs.add(m_f.account, QStringLiteral("a4"), {page}, {}, m_f.clerk);
    auto second = docs.add(m_f.account, QStringLiteral("a4"), {page}, {}, m_f.clerk);
    QVERIFY(first && second);
    QCOMPARE(second->version, 2);
    QVERIFY(first->uuid != second->uuid);
}

void TestDocumentStore::add_idCardOneSide_refused()
{
    DocumentStore docs(*m_f.store);
    auto rec = docs.add(m_f.account, QStringLiteral("id-card"),
                        {png(Qt::cyan, QStringLiteral("F"))}, {}, m_f.clerk);
    QVERIFY(!rec);
    QCOMPARE(rec.error().code, QStringLiteral("document.id-sides"));
    auto none = docs.add(999999, QStringLiteral("a4"), {png(Qt::white, QStringLiteral("x"))}, {},
                         m_f.clerk);
    QVERIFY(!none); // no such account
}

void TestDocumentStore::pages_tamperedImage_refused()
{
    DocumentStore docs(*m_f.store);
    auto rec = docs.add(m_f.account, QStringLiteral("a4"), {png(Qt::white, QStringLiteral("x"))},
                        {}, m_f.clerk);
    QVERIFY(rec);
    QSqlQuery q(m_f.store->db());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE documents SET sha256 = '%1'").arg(QString(64, QLatin1Char('0')))));
    auto pages = docs.pages(rec->uuid, m_f.clerk);
    QVERIFY(!pages);
    QCOMPARE(pages.error().code, QStringLiteral("document.tampered"));
}

void TestDocumentStore::export_clerkRefused_supervisorWritesPdf()
{
    DocumentStore docs(*m_f.store);
    auto rec =
        docs.add(m_f.account, QStringLiteral("id-card"),
                 {png(Qt::cyan, QStringLiteral("FRONT")), png(Qt::yellow, QStringLiteral("BACK"))},
                 {}, m_f.clerk);
    QVERIFY(rec);
    const QString pdf = m_f.dir->filePath(QStringLiteral("id.pdf"));
    const Status denied = docs.authoriseExport(rec->uuid, m_f.clerk, pdf);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, QStringLiteral("document.export-denied"));
    QVERIFY(docs.authoriseExport(rec->uuid, m_f.supervisor, pdf));
    auto pages = docs.pages(rec->uuid, m_f.supervisor);
    QVERIFY(pages);
    QVERIFY(capture::exportDocumentPdf(*pages, rec->type, QStringLiteral("身份证"), pdf));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QVERIFY(f.size() > 10000);
    QSqlQuery q(m_f.store->db());
    QVERIFY(
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document.export'")) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"
