#include "syntheticscene.h"
#include "textpage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace hd::capture;

class TestHallctlCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detect_folder_writesCsvRowPerImage();
    void detect_folderOfMixedFiles_everyImageWhateverItsSuffixCase();
    void detect_garbageFile_rejectedWithReason();
    void detect_folderWithoutImages_toldAndRejected();
    void garbage_detectAndRectify_refusedNoCrash_data();
    void garbage_detectAndRectify_refusedNoCrash();
    void rectify_idCard_writesPngAt300dpi();
    void rectify_missingType_isUsageError();
    void rectify_cardUpsideDown_turnedUprightUnlessAsLaid();
    void rectify_a4PageUpsideDown_turnedByItsText();
    void detect_typeGiven_cardOnTheFormFound();
    void rectify_outputNotWritable_toldBeforeTheImageIsRead_data();
    void rectify_outputNotWritable_toldBeforeTheImageIsRead();
    void detect_csvNotWritable_toldBeforeTheImagesAreRead();

private:
    struct Run
    {
        int exitCode;
        QString out, err;
    };
    Run hallctl(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(HALLDESK_BINARY_DIR "/app/hallctl/hallctl"), args);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    // `printed` laid upside down at `quad` on `frame`, written as `name` in the test's folder
    // (its path; empty when it could not be written).
    QString writeLaidUpsideDown(cv::Mat frame, const cv::Mat &printed, const Quad &quad,
                                const QString &name);
    // hallctl rectify --as-laid on `path` keeps `printed` as it lay and says it did not turn it.
    void checkKeptAsLaid(const QString &path, const QString &type, const cv::Mat &printed);
    QTemporaryDir m_dir;
    Scene m_scene;
};

void TestHallctlCapture::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SceneSpec spec;
    spec.seed = 4242;
    spec.size = {1280, 720};
    m_scene = renderScene(spec);
    QVERIFY(cv::imwrite(m_dir.filePath(QStringLiteral("scans/card.png")).toStdString(),
                        m_scene.image) ||
            (QDir().mkpath(m_dir.filePath(QStringLiteral("scans"))) &&
             cv::imwrite(m_dir.filePath(QStringLiteral("scans/card.png")).toStdString(),
                         m_scene.image)));
}

void TestHallctlCapture::detect_folder_writesCsvRowPerImage()
{
    const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
    const Run r = hallctl({QStringLiteral("detect"), m_dir.filePath(QStringLiteral("scans")),
                           QStringLiteral("--csv"), csv});
    QCOMPARE(r.exitCode, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("file,x1,y1,x2,y2,x3,y3,x4,y4"));
    const QStringList cells = lines[1].split(QLatin1Char(','));
    QCOMPARE(cells.size(), 9);
    QCOMPARE(cells[0], QStringLiteral("card.png"));
    Quad q;
    for (int k = 0; k < 4; ++k)
        q[size_t(k)] = cv::Point2d(cells[1 + 2 * k].toDouble(), cells[2 + 2 * k].toDouble());
    QVERIFY(smartDocJaccard(q, *m_scene.truth, m_scene.modelWidth, m_scene.modelHeight) > 0.9);
    // Top-left first, clockwise.
    QVERIFY(q[0].x + q[0].y <= q[2].x + q[2].y);
}

// A folder as a phone or a scanner leaves it: a WebP with its suffix in capitals, a JPEG, a
// note beside them. One row per image (WebP read too), the note left alone.
void TestHallctlCapture::detect_folderOfMixedFiles_everyImageWhateverItsSuffixCase()
{
    const QString folder = m_dir.filePath(QStringLiteral("mixed"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(
        cv::imwrite(QString(folder + QStringLiteral("/PHONE.WEBP")).toStdString(), m_scene.image));
    QVERIFY(
        cv::imwrite(QString(folder + QStringLiteral("/scan.jpg")).toStdString(), m_scene.image));
    QFile note(folder + QStringLiteral("/readme.txt"));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("not an image\n");
    note.close();
    const Run r = hallctl({QStringLiteral("detect"), folder});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        QCOMPARE(cells.size(), 9);
        QVERIFY2(cells[0] == QStringLiteral("PHONE.WEBP") || cells[0] == QStringLiteral("scan.jpg"),
                 qPrintable(line));
        Quad q;
        for (int k = 0; k < 4; ++k)
            q[size_t(k)] = cv::Point2d(cells[1 + 2 * k].toDouble(), cells[2 + 2 * k].toDouble());
        QVERIFY2(smartDocJaccard(q, *m_scene.truth, m_scene.modelWidth, m_scene.modelHeight) > 0.9,
                 qPrintable(line));
    }
    QVERIFY(!r.out.contains(QStringLiteral("readme")));
}

void TestHallctlCapture::detect_garbageFile_rejectedWithReason()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.jpg"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const Run r = hallctl(
        {QStringLiteral("detect"), empty, m_dir.filePath(QStringLiteral("scans/card.png"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("empty.jpg")));
    QVERIFY(r.out.contains(QStringLiteral("empty.jpg,,,,,,,,")));
    QVERIFY(r.out.contains(QStringLiteral("card.png,")));
}

// The wrong folder, or one of photos in a format not read: said so (the folder named), exit
// status 1, the images named beside it still read.
void TestHallctlCapture::detect_folderWithoutImages_toldAndRejected()
{
    const QString folder = m_dir.filePath(QStringLiteral("notes"));
    QVERIFY(QDir().mkpath(folder));
    QFile note(folder + QStringLiteral("/photo.heic"));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("not read\n");
    note.close();
    const Run r = hallctl({QStringLiteral("detect"), QStringLiteral("--lang"), QStringLiteral("en"),
                           folder, m_dir.filePath(QStringLiteral("scans/card.png"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(folder + QStringLiteral(": no images in the folder")),
             qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[1].startsWith(QStringLiteral("card.png,")));
    QVERIFY(!r.out.contains(QStringLiteral("heic")));
    // In Chinese by default; in the JSON answer as empty_folders.
    const Run zh = hallctl({QStringLiteral("detect"), QStringLiteral("--json"), folder});
    QCOMPARE(zh.exitCode, 1);
    QVERIFY2(zh.err.contains(QStringLiteral("文件夹里没有图像")), qPrintable(zh.err));
    const QJsonObject json = QJsonDocument::fromJson(zh.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("empty_folders")).toArray(), QJsonArray{folder});
    QVERIFY(json.value(QStringLiteral("images")).toArray().isEmpty());
}

void TestHallctlCapture::garbage_detectAndRectify_refusedNoCrash_data()
{
    QTest::addColumn<QByteArray>("bytes");
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", m_scene.image, jpeg);
    const QByteArray full(reinterpret_cast<const char *>(jpeg.data()), qsizetype(jpeg.size()));
    std::vector<uchar> tiny;
    cv::imencode(".png", cv::Mat(1, 1, CV_8UC3, cv::Scalar(9, 9, 9)), tiny);
    // A PNG whose header claims 20000 x 20000 pixels, nothing behind it.
    QByteArray bomb("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (int k = 0; k < 2; ++k)
        bomb += QByteArray("\0\0\x4e\x20", 4);
    bomb += QByteArray("\x08\x02\0\0\0\0\0\0\0\0\0\0\0IEND\xae\x42\x60\x82", 21);
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("truncated jpeg") << full.left(full.size() / 3);
    QTest::newRow("1x1 image") << QByteArray(reinterpret_cast<const char *>(tiny.data()),
                                             qsizetype(tiny.size()));
    QTest::newRow("20000x20000 header") << bomb;
}

void TestHallctlCapture::garbage_detectAndRectify_refusedNoCrash()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(QStringLiteral("garbage.png"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    // detect: the bad file gets a row with empty fields and a reason, the run goes on.
    const Run d = hallctl({QStringLiteral("detect"), path});
    QCOMPARE(d.exitCode, 1);
    QVERIFY2(d.err.contains(QStringLiteral("garbage.png: ")), qPrintable(d.err));
    QVERIFY(d.out.contains(QStringLiteral("garbage.png,,,,,,,,")));
    // rectify: refused with a message, no output file.
    const QString out = m_dir.filePath(QStringLiteral("garbage-out.png"));
    const Run r = hallctl({QStringLiteral("rectify"), path, QStringLiteral("--type"),
                           QStringLiteral("id-card"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(out));
}

void TestHallctlCapture::rectify_idCard_writesPngAt300dpi()
{
    const QString out = m_dir.filePath(QStringLiteral("card.png"));
    const Run r =
        hallctl({QStringLiteral("--json"), QStringLiteral("rectify"),
                 m_dir.filePath(QStringLiteral("scans/card.png")), QStringLiteral("--type"),
                 QStringLiteral("id-card"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("\"width\":1012")));
    const cv::Mat img = cv::imread(out.toStdString());
    QCOMPARE(img.cols, 1012);
    QCOMPARE(img.rows, 638);
}

void TestHallctlCapture::rectify_missingType_isUsageError()
{
    const Run r =
        hallctl({QStringLiteral("rectify"), m_dir.filePath(QStringLiteral("scans/card.png"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

namespace {
// Whether the image written to `out` is `printed` as printed, rather than its half turn.
bool writtenAsPrinted(const QString &out, const cv::Mat &printed)
{
    const cv::Mat written = cv::imread(out.toStdString());
    cv::Mat asPrinted, turned;
    cv::resize(printed, asPrinted, written.size(), 0, 0, cv::INTER_AREA);
    cv::rotate(asPrinted, turned, cv::ROTATE_180);
    return cv::norm(written, asPrinted, cv::NORM_L1) < cv::norm(written, turned, cv::NORM_L1);
}
} // namespace

QString TestHallctlCapture::writeLaidUpsideDown(cv::Mat frame, const cv::Mat &printed,
                                                const Quad &quad, const QString &name)
{
    cv::Mat upsideDown;
    cv::rotate(printed, upsideDown, cv::ROTATE_180);
    placeDocument(frame, upsideDown, quad);
    const QString path = m_dir.filePath(name);
    return cv::imwrite(path.toStdString(), frame) ? path : QString();
}

void TestHallctlCapture::checkKeptAsLaid(const QString &path, const QString &type,
                                         const cv::Mat &printed)
{
    const QString asLaid = m_dir.filePath(QStringLiteral("as-laid.png"));
    const Run kept = hallctl({QStringLiteral("--json"), QStringLiteral("rectify"), path,
                              QStringLiteral("--type"), type, QStringLiteral("-o"), asLaid,
                              QStringLiteral("--as-laid")});
    QCOMPARE(kept.exitCode, 0);
    QVERIFY(!QJsonDocument::fromJson(kept.out.toUtf8())
                 .object()
                 .value(QStringLiteral("turned_upright"))
                 .toBool());
    QVERIFY(!writtenAsPrinted(asLaid, printed));
}

// A card laid upside down on the counter: written the right way up (the card as printed),
// and the answer says it was turned; with --as-laid, as the corners give it.
void TestHallctlCapture::rectify_cardUpsideDown_turnedUprightUnlessAsLaid()
{
    cv::Size2d model;
    const cv::Mat printed = renderDocumentTemplate(SceneDocument::IdCard, 43, &model, 2);
    const QString path =
        writeLaidUpsideDown(renderBackground(SceneBackground::Wood, {1280, 720}, 43), printed,
                            {cv::Point2d(400, 180), cv::Point2d(880, 200), cv::Point2d(870, 505),
                             cv::Point2d(390, 490)},
                            QStringLiteral("upside-down.png"));
    QVERIFY(!path.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("upright.png"));
    const Run r =
        hallctl({QStringLiteral("--json"), QStringLiteral("rectify"), path,
                 QStringLiteral("--type"), QStringLiteral("id-card"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(json.value(QStringLiteral("turned_upright")).toBool(), qPrintable(r.out));
    QCOMPARE(json.value(QStringLiteral("side")).toString(), QStringLiteral("emblem"));
    QVERIFY(writtenAsPrinted(out, printed));
    const Run text = hallctl({QStringLiteral("rectify"), path, QStringLiteral("--type"),
                              QStringLiteral("id-card"), QStringLiteral("-o"), out});
    QVERIFY2(text.out.contains(QStringLiteral("已按版式转正")) &&
                 text.out.contains(QStringLiteral("国徽面")),
             qPrintable(text.out));
    checkKeptAsLaid(path, QStringLiteral("id-card"), printed);
}

// A 证明 laid upside down: its text turns it (the punctuation, the short lines); the clerk is
// told it was turned by its text; --as-laid keeps it as it lay.
void TestHallctlCapture::rectify_a4PageUpsideDown_turnedByItsText()
{
    const cv::Mat printed = hd::testing::renderTextPage(hd::testing::TextPage::Letter);
    const QString path =
        writeLaidUpsideDown(renderBackground(SceneBackground::Counter, {1920, 1080}, 47), printed,
                            {cv::Point2d(650, 45), cv::Point2d(1340, 60), cv::Point2d(1330, 1035),
                             cv::Point2d(638, 1025)},
                            QStringLiteral("letter-upside-down.png"));
    QVERIFY(!path.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("letter.png"));
    const Run r =
        hallctl({QStringLiteral("--json"), QStringLiteral("rectify"), path,
                 QStringLiteral("--type"), QStringLiteral("a4"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(json.value(QStringLiteral("turned_upright")).toBool(), qPrintable(r.out));
    QCOMPARE(json.value(QStringLiteral("side")).toString(), QString());
    QVERIFY(writtenAsPrinted(out, printed));
    const Run text =
        hallctl({QStringLiteral("rectify"), path, QStringLiteral("--type"), QStringLiteral("a4"),
                 QStringLiteral("-o"), out, QStringLiteral("--enhance")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("已按文字方向转正")), qPrintable(text.out));
    QVERIFY(writtenAsPrinted(out, printed));
    checkKeptAsLaid(path, QStringLiteral("a4"), printed);
}

// An ID card on a printed page: blind, the page is the likelier document; told the kind
// (--type id-card), the card is written; an unknown kind is a usage error.
void TestHallctlCapture::detect_typeGiven_cardOnTheFormFound()
{
    const Scene scene = renderCardOnForm(67);
    const QString path = m_dir.filePath(QStringLiteral("form.png"));
    QVERIFY(cv::imwrite(path.toStdString(), scene.image));
    auto detected = [&](const QStringList &extra) -> std::optional<Quad> {
        const Run r = hallctl(QStringList{QStringLiteral("detect"), path} + extra);
        if (r.exitCode != 0)
            return std::nullopt;
        const QStringList fields = r.out.split(QLatin1Char('\n')).value(1).split(QLatin1Char(','));
        if (fields.size() != 9 || fields.at(1).isEmpty())
            return std::nullopt;
        Quad q;
        for (int i = 0; i < 4; ++i)
            q[size_t(i)] =
                cv::Point2d(fields.at(1 + 2 * i).toDouble(), fields.at(2 + 2 * i).toDouble());
        return q;
    };
    const std::optional<Quad> blind = detected({});
    QVERIFY(blind);
    QVERIFY2(quadIou(*blind, *scene.truth) < 0.5, "blind: the page");
    const std::optional<Quad> told =
        detected({QStringLiteral("--type"), QStringLiteral("id-card")});
    QVERIFY(told);
    QVERIFY2(quadIou(*told, *scene.truth) > 0.85, "told: the card");
    const Run bad = hallctl(
        {QStringLiteral("detect"), path, QStringLiteral("--type"), QStringLiteral("passport")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(!bad.err.isEmpty(), "the unknown kind is named");
}

void TestHallctlCapture::rectify_outputNotWritable_toldBeforeTheImageIsRead_data()
{
    QTest::addColumn<QString>("out");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("said");
    QTest::newRow("not an image's name")
        << QStringLiteral("card.txt") << 2 << QStringLiteral("应以 .png、.jpg");
    QTest::newRow("no such folder")
        << QStringLiteral("no-such-folder/card.png") << 1 << QStringLiteral("不存在");
    QTest::newRow("a folder") << QStringLiteral("taken.png") << 1
                              << QStringLiteral("这是一个文件夹");
}

// A mistyped output is told at once, before the image is read (here it does not even exist:
// the message is about the output, not the input), and nothing is written.
void TestHallctlCapture::rectify_outputNotWritable_toldBeforeTheImageIsRead()
{
    QFETCH(QString, out);
    QFETCH(int, exit);
    QFETCH(QString, said);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("taken.png")));
    const QString path = m_dir.filePath(out);
    const Run r =
        hallctl({QStringLiteral("rectify"), m_dir.filePath(QStringLiteral("nothing.jpg")),
                 QStringLiteral("--type"), QStringLiteral("id-card"), QStringLiteral("-o"), path});
    QCOMPARE(r.exitCode, exit);
    QVERIFY2(r.err.contains(said) && r.err.contains(path), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("nothing.jpg")), qPrintable(r.err));
    QVERIFY(!QFileInfo(path).isFile());
}

void TestHallctlCapture::detect_csvNotWritable_toldBeforeTheImagesAreRead()
{
    const QString csv = m_dir.filePath(QStringLiteral("no-such-folder/out.csv"));
    const Run r =
        hallctl({QStringLiteral("detect"), m_dir.filePath(QStringLiteral("scans")),
                 m_dir.filePath(QStringLiteral("nothing.jpg")),
                 m_dir.filePath(QStringLiteral("nothing.jpg")), QStringLiteral("--csv"), csv});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no-such-folder")) &&
                 r.err.contains(QStringLiteral("不存在")),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("nothing.jpg")), qPrintable(r.err)); // none read
    QVERIFY(!QFile::exists(csv));
}

// QTEST_MAIN: the text pages are drawn with fonts (a QGuiApplication).
QTEST_MAIN(TestHallctlCapture)
#include "tst_hallctl_capture.moc"
