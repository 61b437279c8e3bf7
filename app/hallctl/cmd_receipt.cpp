// Receipts: render any receipt to a file or a printer (always marked as a reprint), verify a
// receipt's QR code, and manage the keys that sign them.

#include "cli.h"
#include "documentbuilder.h"
#include "escposencoder.h"
#include "operators.h"
#include "pagerenderer.h"
#include "printerconfig.h"
#include "printsender.h"
#include "qrcode.h"
#include "receiptprintlog.h"
#include "receiptsettings.h"
#include "receiptstatement.h"
#include "store.h"
#include "terminalkey.h"
#include "trustedkeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <pwd.h>
#include <unistd.h>

namespace hd::cli {

Result<Operator> loginFromOptions(Store &store, const QCommandLineParser &parser);

namespace {
// Who ran hallctl, for the reprint record when no operator logged in.
QString systemUser()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return QStringLiteral("hallctl:") +
           (pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid()));
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error{QStringLiteral("cli.write"),
                     tr("无法写入文件 %1：%2").arg(path, out.errorString())};
    return {};
}

// QR texts found in a PDF (rasterised by pdftoppm) or an image file.
Result<QStringList> qrTextsFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cli.read"),
                     tr("无法读取文件 %1：%2").arg(path, file.errorString())};
    const bool isPdf = file.peek(5) == "%PDF-";
    file.close();
    QList<QImage> images;
    if (isPdf) {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            return Error{QStringLiteral("cli.pdftoppm"),
                         tr("读取 PDF 需要 pdftoppm（poppler-utils 软件包）。")};
        QTemporaryDir dir;
        QProcess p;
        p.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"),
                           QStringLiteral("-png"), path, dir.filePath(QStringLiteral("page"))});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return Error{
                QStringLiteral("cli.pdf"),
                tr("无法读取 PDF 文件 %1：%2")
                    .arg(path, QString::fromLocal8Bit(p.readAllStandardError()).trimmed())};
        const QStringList pages =
            QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
        for (const QString &page : pages)
            images << QImage(dir.filePath(page));
    } else {
        QImage image(path);
        if (image.isNull())
            return Error{QStringLiteral("cli.image"),
                         tr("文件 %1 既不是 PDF 也不是可识别的图片。").arg(path)};
        images << image;
    }
    QStringList texts;
    for (const QImage &image : images)
        texts << qrcode::decode(image);
    return texts;
}

QJsonObject verificationJson(const ReceiptVerification &v)
{
    QJsonObject o{{QStringLiteral("genuine"), v.genuine},
                  {QStringLiteral("code"), v.code},
                  {QStringLiteral("reason"), v.reason},
                  {QStringLiteral("in_store"), v.inStore}};
    if (v.statement) {
        o.insert(QStringLiteral("receipt_no"), v.statement->receiptNo);
        o.insert(QStringLiteral("account_no"), v.statement->accountNo);
        o.insert(QStringLiteral("amount"), Money::fromFen(v.statement->amountFen).toPlainString());
        o.insert(QStringLiteral("issued_at"), v.statement->issuedAt.toString(Qt::ISODate));
        o.insert(QStringLiteral("terminal"), v.statement->terminal);
        o.insert(QStringLiteral("key_id"), v.statement->keyId);
    }
    if (!v.reversedBy.isEmpty())
        o.insert(QStringLiteral("reversed_by"), v.reversedBy);
    return o;
}
} // namespace

int runReceipt(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("输出 PDF 文件"),
                                 QStringLiteral("file"));
    const QCommandLineOption escpos(QStringLiteral("escpos"), tr("输出 ESC/POS 打印数据文件"),
                                    QStringLiteral("file"));
    const QCommandLineOption png(QStringLiteral("png"), tr("输出 PNG 图片（203 dpi）"),
                                 QStringLiteral("file"));
    const QCommandLineOption printer(
        QStringLiteral("printer"),
        tr("直接发送到打印机，例如 escpos-tcp://127.0.0.1:9100?paper=80 或 cups://队列名?paper=a4"),
        QStringLiteral("url"));
    const QCommandLineOption paper(QStringLiteral("paper"), tr("纸张：80、58 或 a4（默认 80）"),
                                   QStringLiteral("80|58|a4"), QStringLiteral("80"));
    const QCommandLineOption op(QStringLiteral("operator"), tr("重打人工号（可选）"),
                                QStringLiteral("login"));
    const QCommandLineOption password(QStringLiteral("password"), tr("重打人密码"),
                                      QStringLiteral("password"));
    parser.addOptions({pdf, escpos, png, printer, paper, op, password});
    parser.addPositionalArgument(QStringLiteral("receipt-no"), tr("收据号"));
    if (!ctx.parse(parser))
        return Usage;
    const int outputs = int(parser.isSet(pdf)) + int(parser.isSet(escpos)) +
                        int(parser.isSet(png)) + int(parser.isSet(printer));
    if (parser.positionalArguments().size() != 1 || outputs != 1)
        return ctx.usage(
            tr("用法：hallctl receipt <收据号> --pdf 文件 | --escpos 文件 | --png 文件 | "
               "--printer URL [--paper 80|58|a4]"));
    auto paperKind = paperFromKey(parser.value(paper));
    if (!paperKind)
        return ctx.usage(tr("--paper 应为 80、58 或 a4：%1").arg(parser.value(paper)));
    PrinterConfig target;
    if (parser.isSet(printer)) {
        auto parsed = PrinterConfig::parse(parser.value(printer));
        if (!parsed)
            return ctx.usage(parsed.error().message);
        target = parsed.value();
        if (!parser.isSet(paper) && !parser.value(printer).contains(QLatin1String("paper=")))
            target.paper = *paperKind;
        paperKind = target.paper;
    }
    if (parser.isSet(escpos) && *paperKind == PaperKind::A4)
        return ctx.usage(tr("ESC/POS 热敏打印机只能用 80 或 58 毫米卷纸。"));

    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    QString login = systemUser();
    if (parser.isSet(op)) {
        auto who = loginFromOptions(*store, parser);
        if (!who)
            return ctx.reject(who.error());
        login = who->login;
    }
    const QString receiptNo = parser.positionalArguments().first();
    // Refuse before anything is recorded: only a committed payment has a receipt.
    if (auto record = ReceiptRecord::load(*store, receiptNo); !record)
        return ctx.reject(record.error());
    auto key = TerminalKey::loadOrCreate(*store);
    if (!key)
        return ctx.reject(key.error());
    const QString where = parser.isSet(pdf)      ? QStringLiteral("pdf:") + parser.value(pdf)
                          : parser.isSet(escpos) ? QStringLiteral("escpos:") + parser.value(escpos)
                          : parser.isSet(png)    ? QStringLiteral("png:") + parser.value(png)
                                                 : target.toString();
    auto copy = ReceiptPrintLog(*store).record(receiptNo, ReceiptPrintLog::Copy::Reprint, login,
                                               QStringLiteral("hallctl ") + where);
    if (!copy)
        return ctx.reject(copy.error());
    auto document = DocumentBuilder(*store, &key.value()).receipt(receiptNo, copy.value());
    if (!document)
        return ctx.reject(document.error());

    Status written;
    if (parser.isSet(pdf)) {
        if (!PageRenderer::cjkFontsAvailable())
            ctx.err() << tr("警告：没有找到 Noto Sans CJK SC "
                            "字体（fonts-noto-cjk），中文可能显示不正确。")
                      << Qt::endl;
        auto bytes = PageRenderer::pdf(document.value(), *paperKind);
        written = bytes ? writeFile(parser.value(pdf), bytes.value()) : Status(bytes.error());
    } else if (parser.isSet(png)) {
        const QImage image = PageRenderer::image(document.value(), *paperKind, 203);
        written = image.save(parser.value(png), "PNG")
                      ? Status()
                      : Status(Error{QStringLiteral("cli.write"),
                                     tr("无法写入文件 %1").arg(parser.value(png))});
    } else if (parser.isSet(escpos)) {
        EscPosEncoder::Options options;
        options.paper = *paperKind == PaperKind::Roll58 ? EscPosEncoder::Paper::Roll58
                                                        : EscPosEncoder::Paper::Roll80;
        written = writeFile(parser.value(escpos), EscPosEncoder::encode(document.value(), options));
    } else {
        written = PrintSender::send(document.value(), target);
    }
    if (!written) {
        (void)ReceiptPrintLog(*store).recordFailure(copy.value(), written.error().message);
        return ctx.reject(written.error());
    }
    ctx.emitResult(
        {{QStringLiteral("receipt_no"), receiptNo},
         {QStringLiteral("copy"), copy->copyNo},
         {QStringLiteral("output"), where},
         {QStringLiteral("qr"), document->qrPayload()}},
        tr("收据 %1 已输出（重打第 %2 次）：%3").arg(receiptNo).arg(copy->copyNo).arg(where));
    return Ok;
}

int runVerifyReceipt(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("input"), tr("二维码文字，或收据的图片、PDF 文件"));
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(tr("用法：hallctl verify-receipt <二维码文字 | 图片 | PDF>"));
    const QString input = parser.positionalArguments().first();
    QString text = input;
    if (!input.trimmed().startsWith(ReceiptStatement::kPrefix)) {
        if (!QFileInfo(input).isFile())
            return ctx.usage(tr("“%1”既不是收据二维码文字（以 %2 开头），也不是文件。")
                                 .arg(input, ReceiptStatement::kPrefix));
        auto texts = qrTextsFromFile(input);
        if (!texts)
            return ctx.reject(texts.error());
        text.clear();
        for (const QString &t : texts.value())
            if (t.startsWith(ReceiptStatement::kPrefix))
                text = t;
        if (text.isEmpty())
            return ctx.reject(
                {QStringLiteral("receipt.no-qr"),
                 tr("在 %1 中没有找到收据二维码。请确认图片清晰、二维码完整。").arg(input)});
    }
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    // This terminal's own key is trusted from its first use; make sure it exists.
    if (auto key = TerminalKey::loadOrCreate(*store); !key)
        return ctx.reject(key.error());
    const ReceiptVerification v = verifyReceiptStatement(*store, text);
    QJsonObject json = verificationJson(v);
    QString summary;
    if (v.statement)
        summary = tr("收据号 %1  户号 %2  金额 %3  时间 %4  终端 %5\n")
                      .arg(v.statement->receiptNo, v.statement->accountNo,
                           Money::fromFen(v.statement->amountFen).toYuanString(),
                           v.statement->issuedAt.toLocalTime().toString(
                               QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                           v.statement->terminal);
    if (!v.genuine) {
        ctx.err() << tr("不是真实收据：") << v.reason << Qt::endl;
        if (ctx.json()) {
            json.insert(QStringLiteral("ok"), false);
            json.insert(QStringLiteral("error"), v.code);
            json.insert(QStringLiteral("message"), v.reason);
            ctx.out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
        } else if (!summary.isEmpty()) {
            ctx.out() << summary;
        }
        return Rejected;
    }
    ctx.emitResult(json, summary + v.reason);
    return Ok;
}

int runTerminalKey(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return Usage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(tr("用法：hallctl terminal-key"));
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    auto key = TerminalKey::loadOrCreate(*store);
    if (!key)
        return ctx.reject(key.error());
    const StoreIdentity id = store->identity();
    const QString terminal = id.hallCode + QLatin1Char('-') + id.terminalCode;
    const QString publicKey = QString::fromLatin1(key->publicKey().toBase64());
    const QString storage = key->storage() == TerminalKey::Storage::Keychain
                                ? QStringLiteral("keychain")
                                : QStringLiteral("file");
    ctx.emitResult({{QStringLiteral("terminal"), terminal},
                    {QStringLiteral("key_id"), key->keyId()},
                    {QStringLiteral("public_key"), publicKey},
                    {QStringLiteral("storage"), storage}},
                   tr("终端 %1 的收据签名公钥（编号 %2，私钥保存在 %3）：\n%4\n"
                      "在本厅其他终端上运行：hallctl trust-key %1 %4")
                       .arg(terminal, key->keyId(), storage, publicKey));
    return Ok;
}

int runTrustKey(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"), tr("列出信任的公钥"));
    const QCommandLineOption label(QStringLiteral("label"), tr("备注"), QStringLiteral("text"));
    parser.addOptions({list, label});
    parser.addPositionalArgument(QStringLiteral("terminal"), tr("终端编号，例如 4401-05"));
    parser.addPositionalArgument(QStringLiteral("public-key"), tr("公钥（Base64）"));
    if (!ctx.parse(parser))
        return Usage;
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(list) ? !args.isEmpty() : args.size() != 2)
        return ctx.usage(tr("用法：hallctl trust-key <终端编号> <公钥> [--label 备注] | --list"));
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    if (auto key = TerminalKey::loadOrCreate(*store); !key)
        return ctx.reject(key.error());
    TrustedKeys trusted(*store);
    if (parser.isSet(list)) {
        QJsonArray keys;
        QStringList lines;
        for (const TrustedKey &k : trusted.all()) {
            keys.append(QJsonObject{
                {QStringLiteral("key_id"), k.keyId},
                {QStringLiteral("terminal"), k.terminal},
                {QStringLiteral("public_key"), QString::fromLatin1(k.publicKey.toBase64())},
                {QStringLiteral("source"), k.source},
                {QStringLiteral("label"), k.label}});
            lines << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(k.keyId, k.terminal, QString::fromLatin1(k.publicKey.toBase64()),
                              k.source, k.label);
        }
        ctx.emitResult({{QStringLiteral("keys"), keys}}, lines.join(QLatin1Char('\n')));
        return Ok;
    }
    const QByteArray publicKey =
        QByteArray::fromBase64(args[1].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (Status s = trusted.add(args[0], publicKey, TrustedKeys::Source::Manual, parser.value(label),
                               systemUser());
        !s)
        return ctx.reject(s.error());
    const QString keyId = TerminalKey::keyIdOf(publicKey);
    ctx.emitResult({{QStringLiteral("key_id"), keyId}, {QStringLiteral("terminal"), args[0]}},
                   tr("已信任终端 %1 的公钥 %2。").arg(args[0], keyId));
    return Ok;
}

int runReceiptSettings(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption mask(QStringLiteral("mask-name"), tr("收据上隐藏户名：on 或 off"),
                                  QStringLiteral("on|off"));
    parser.addOption(mask);
    if (!ctx.parse(parser))
        return Usage;
    Store *store = ctx.openStore();
    if (!store)
        return Rejected;
    if (parser.isSet(mask)) {
        const QString v = parser.value(mask);
        if (v != QLatin1String("on") && v != QLatin1String("off"))
            return ctx.usage(tr("--mask-name 应为 on 或 off：%1").arg(v));
        if (Status s = ReceiptSettings::set(*store, QStringLiteral("receipt.mask_name"),
                                            v == QLatin1String("on") ? QStringLiteral("1")
                                                                     : QStringLiteral("0"));
            !s)
            return ctx.reject(s.error());
    }
    const ReceiptSettings s = ReceiptSettings::load(*store);
    ctx.emitResult({{QStringLiteral("mask_name"), s.maskAccountName}},
                   s.maskAccountName ? tr("收据上的户名：隐藏（张*）")
                                     : tr("收据上的户名：完整显示"));
    return Ok;
}

} // namespace hd::cli
