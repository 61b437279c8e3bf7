// detect, rectify: the document capture pipeline on image files.

#include "camerasource.h"
#include "cli.h"
#include "documentdetector.h"
#include "imageloader.h"
#include "qualitygate.h"
#include "rectifier.h"
#include "upright.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <opencv2/imgcodecs.hpp>

namespace hd::cli {

namespace {
QString csvRow(const QString &file, const std::optional<capture::Quad> &q)
{
    QString row = file;
    if (!q)
        return row + QStringLiteral(",,,,,,,,");
    for (const cv::Point2d &p : *q)
        row += QStringLiteral(",%1,%2").arg(p.x, 0, 'f', 3).arg(p.y, 0, 'f', 3);
    return row;
}

// The image files named on the command line, folders expanded (name order); the folders
// without an image file in them go to `emptyFolders`.
QStringList expandInputs(const QStringList &args, QStringList *emptyFolders)
{
    QStringList files;
    for (const QString &a : args) {
        const QFileInfo info(a);
        if (info.isDir()) {
            const QDir dir(a);
            const QStringList images =
                dir.entryList(capture::ImageLoader::nameFilters(), QDir::Files, QDir::Name);
            if (images.isEmpty())
                *emptyFolders << a;
            for (const QString &f : images)
                files << dir.filePath(f);
        } else {
            files << a;
        }
    }
    return files;
}
// Where a result will be written, checked before the images are read (a folder of scans takes
// a while), so that a mistyped path is told at once and not after the work: the folder must be
// there and writable, and the path must not be a folder itself.
std::optional<Error> unwritable(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    QString why;
    if (file.isDir())
        why = tr("这是一个文件夹");
    else if (!folder.isDir())
        why = tr("文件夹 %1 不存在").arg(QDir::toNativeSeparators(folder.filePath()));
    else if (!folder.isWritable() || (file.exists() && !file.isWritable()))
        why = tr("没有写入权限");
    else
        return std::nullopt;
    return Error{QStringLiteral("capture.write"), tr("无法写入 %1：%2").arg(path, why)};
}

// The side of an ID card for --json: "portrait", "emblem" or "" (not told).
QString sideName(capture::IdCardSide side)
{
    switch (side) {
    case capture::IdCardSide::Portrait:
        return QStringLiteral("portrait");
    case capture::IdCardSide::Emblem:
        return QStringLiteral("emblem");
    case capture::IdCardSide::Unsure:
        break;
    }
    return {};
}

} // namespace

int runDetect(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("images"), tr("图像文件或文件夹"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("结果写入 CSV 文件"),
                                       QStringLiteral("out.csv"));
    const QCommandLineOption typeOption(
        QStringLiteral("type"), tr("要找的证件类型 id-card|a4|licence（图中另有其他证件时优先）"),
        QStringLiteral("type"));
    parser.addOptions({csvOption, typeOption});
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments().isEmpty())
        return ctx.usage(tr("需要至少一个图像文件或文件夹。"));
    // The kind wanted, when given: preferred where a document of the other kind lies there too
    // (the ID card on the application form).
    double expected = 0;
    if (parser.isSet(typeOption)) {
        const Result<capture::DocumentType> type =
            capture::parseDocumentType(parser.value(typeOption));
        if (!type)
            return ctx.usage(type.error().message);
        expected = capture::documentProportions(*type);
    }
    if (parser.isSet(csvOption))
        if (const std::optional<Error> e = unwritable(parser.value(csvOption)))
            return ctx.reject(*e);
    QStringList emptyFolders;
    const QStringList files = expandInputs(parser.positionalArguments(), &emptyFolders);
    // A folder with nothing to read (the wrong folder, or photos in a format not read) is told,
    // not passed over as an empty result.
    int refused = int(emptyFolders.size());
    for (const QString &folder : emptyFolders)
        ctx.err() << tr("%1：文件夹里没有图像（读取 JPEG、PNG、TIFF、BMP、WebP）。").arg(folder)
                  << Qt::endl;

    const capture::DocumentDetector detector;
    QStringList rows{QStringLiteral("file,x1,y1,x2,y2,x3,y3,x4,y4")};
    QJsonArray results;
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        Result<cv::Mat> img = capture::ImageLoader::load(path);
        std::optional<capture::Quad> quad;
        QJsonObject entry{{QStringLiteral("file"), name}};
        if (!img) {
            ++refused;
            ctx.err() << name << QStringLiteral(": ") << img.error().message << Qt::endl;
            entry.insert(QStringLiteral("error"), img.error().code);
        } else if (auto d = detector.detect(*img, expected)) {
            quad = d->quad;
            QJsonArray corners;
            for (const cv::Point2d &p : d->quad)
                corners.append(QJsonArray{p.x, p.y});
            entry.insert(QStringLiteral("corners"), corners);
            entry.insert(QStringLiteral("score"), d->score);
        }
        rows << csvRow(name, quad);
        results.append(entry);
    }
    const QString csv = rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
    QJsonObject json{{QStringLiteral("images"), results}};
    if (!emptyFolders.isEmpty())
        json.insert(QStringLiteral("empty_folders"), QJsonArray::fromStringList(emptyFolders));
    if (parser.isSet(csvOption)) {
        QFile out(parser.value(csvOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(csv.toUtf8()) < 0)
            return ctx.reject(Error{QStringLiteral("capture.csv"),
                                    tr("无法写入 %1").arg(parser.value(csvOption))});
        ctx.emitResult(json,
                       tr("已处理 %1 张图像，结果写入 %2").arg(files.size()).arg(out.fileName()));
    } else if (ctx.json()) {
        ctx.emitResult(json, QString());
    } else {
        ctx.out() << csv;
    }
    return refused ? Rejected : Ok;
}

int runRectify(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("image"), tr("图像文件"));
    const QCommandLineOption typeOption(QStringLiteral("type"), tr("证件类型 id-card|a4|licence"),
                                        QStringLiteral("type"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       tr("输出 PNG 文件"), QStringLiteral("out.png"));
    const QCommandLineOption enhanceOption(QStringLiteral("enhance"), tr("证书类去底增白"));
    const QCommandLineOption asLaidOption(
        QStringLiteral("as-laid"),
        tr("不自动转正（身份证、营业执照按版式，A4 文件按文字方向；保持拍摄时的方向）"));
    parser.addOptions({typeOption, outOption, enhanceOption, asLaidOption});
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(typeOption) ||
        !parser.isSet(outOption))
        return ctx.usage(tr("用法：hallctl rectify <图像> --type id-card|a4|licence -o out.png "
                            "[--enhance] [--as-laid]"));
    const Result<capture::DocumentType> type = capture::parseDocumentType(parser.value(typeOption));
    if (!type)
        return ctx.usage(type.error().message);
    // The output's format is told by its name (.png, .jpg ...), before any work.
    const QString out = parser.value(outOption);
    if (!cv::haveImageWriter(QFile::encodeName(out).toStdString()))
        return ctx.usage(tr("输出文件名应以 .png、.jpg、.tif、.bmp 或 .webp 结尾：%1").arg(out));
    if (const std::optional<Error> e = unwritable(out))
        return ctx.reject(*e);
    const QString path = parser.positionalArguments().constFirst();
    Result<cv::Mat> img = capture::ImageLoader::load(path);
    if (!img)
        return ctx.reject(img.error());
    // The detector and the gate are told the kind: the card is found on the form under it,
    // and an outline of the other kind's proportions is said to be one.
    const double expected = capture::documentProportions(*type);
    const std::optional<capture::Detection> det =
        capture::DocumentDetector().detect(*img, expected);
    if (!det)
        return ctx.reject(Error{QStringLiteral("capture.no-document"),
                                tr("图像中没有找到证件（或无法确定四角），请重新拍摄。")});
    const capture::QualityReport quality =
        capture::QualityGate().assess(*img, det->quad, std::nullopt, expected);
    capture::RectifyOptions options;
    options.enhance = parser.isSet(enhanceOption);
    Result<cv::Mat> flat = capture::rectify(*img, det->quad, *type, options);
    if (!flat)
        return ctx.reject(flat.error());
    // The corners say where the document's top is only up to a half turn; the layout of a card
    // or a licence says the rest, and an A4 page's text.
    const bool card = *type == capture::DocumentType::IdCard;
    const bool turned = !parser.isSet(asLaidOption) && capture::turnUpright(flat.value(), *type);
    // Which side of the card it is (a folder of scanned cards sorted by script).
    const capture::IdCardSide side =
        card ? capture::idCardSide(*flat) : capture::IdCardSide::Unsure;
    bool written = false;
    try {
        written = cv::imwrite(QFile::encodeName(out).toStdString(), *flat);
    } catch (const cv::Exception &) {
        written = false;
    }
    if (!written)
        return ctx.reject(Error{QStringLiteral("capture.write"), tr("无法写入 %1").arg(out)});
    QString text = tr("已矫正为%1：%2（%3×%4 像素）")
                       .arg(capture::documentTypeLabel(*type), out)
                       .arg(flat->cols)
                       .arg(flat->rows);
    if (side != capture::IdCardSide::Unsure)
        text += side == capture::IdCardSide::Emblem ? tr("，国徽面") : tr("，人像面");
    if (turned)
        text += *type == capture::DocumentType::A4
                    ? tr("（文件倒放，已按文字方向转正 180°；不要转正请加 --as-laid）")
                    : tr("（证件倒放，已按版式转正 180°；不要转正请加 --as-laid）");
    if (!quality.ok())
        text += QLatin1Char('\n') + tr("质量提示：") + quality.reasons().join(tr("；"));
    ctx.emitResult(
        {{QStringLiteral("output"), out},
         {QStringLiteral("width"), flat->cols},
         {QStringLiteral("height"), flat->rows},
         {QStringLiteral("turned_upright"), turned},
         {QStringLiteral("side"), sideName(side)},
         {QStringLiteral("quality_issues"), QJsonArray::fromStringList(quality.reasons())},
         {QStringLiteral("sharpness"), quality.figures.sharpness},
         {QStringLiteral("glare"), quality.figures.glare}},
        text);
    return Ok;
}

int runCameras(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return Usage;
    const QList<capture::CameraInfo> cameras = capture::listCameras();
    QJsonArray list;
    QStringList lines;
    for (const capture::CameraInfo &c : cameras) {
        QJsonArray sizes;
        QStringList sizeText;
        for (const QSize &s : c.resolutions) {
            sizes.append(QStringLiteral("%1x%2").arg(s.width()).arg(s.height()));
            sizeText << QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
        }
        list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("description"), c.description},
                                {QStringLiteral("default"), c.isDefault},
                                {QStringLiteral("resolutions"), sizes}});
        lines << QStringLiteral("%1%2  [%3]  %4")
                     .arg(c.description, c.isDefault ? tr("（默认）") : QString(), c.id,
                          sizeText.join(QLatin1Char(' ')));
    }
    ctx.emitResult({{QStringLiteral("cameras"), list}},
                   lines.isEmpty() ? tr("没有找到摄像头。") : lines.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace hd::cli
