#pragma once

// A4 pages of Chinese text as printed, and as a camera at the counter sees them, for the tests
// of which way up a page lies (capture/upright.*). Drawn with Noto Sans CJK SC
// (fonts-noto-cjk, installed by scripts/install-deps.sh) on the platform the tests run on;
// needs a QGuiApplication.

#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QStringList>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace hd::testing {

enum class TextPage {
    Letter, // a 证明: the title, paragraphs of prose, who issues it and the date, a seal
    Form,   // a 申请表 filled in: "户名：…" lines, a declaration, the signature line
    Notice, // a page of prose throughout (the letter's paragraphs over and over)
};

inline QFont textPageFont(int pixelSize, bool bold = false)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

// The page at 200 dpi (1654 x 2339), BGR. Text is set as Chinese is: on a grid of square
// cells, justified, a paragraph's first line indented by two cells; the punctuation in cells
// of its own.
inline cv::Mat renderTextPage(TextPage kind)
{
    const int width = 1654, height = 2339, margin = 190, cell = 40, lineHeight = 68;
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(QColor(250, 250, 248));
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(QColor(25, 25, 25));
    const QFont title = textPageFont(84, true), body = textPageFont(cell);
    const QFontMetrics tm(title), bm(body);
    int y = 210;
    const QString heading =
        kind == TextPage::Letter ? QStringLiteral("证明") : QStringLiteral("用电业务申请表");
    p.setFont(title);
    p.drawText(QPointF((width - tm.horizontalAdvance(heading)) / 2.0, y + tm.ascent()), heading);
    y += 190;
    p.setFont(body);
    const int columns = (width - 2 * margin) / cell;
    auto paragraph = [&](const QString &text, int indent) {
        double x = margin + indent * cell;
        for (const QChar ch : text) {
            const double advance = ch.unicode() < 0x80 ? bm.horizontalAdvance(ch) : cell;
            if (x + advance > margin + columns * cell) {
                x = margin;
                y += lineHeight;
            }
            p.drawText(QPointF(x, y + bm.ascent()), QString(ch));
            x += advance;
        }
        y += lineHeight;
    };
    auto rightAligned = [&](const QString &text) {
        p.drawText(QPointF(width - margin - bm.horizontalAdvance(text), y + bm.ascent()), text);
        y += lineHeight;
    };
    if (kind != TextPage::Form) {
        for (int pass = 0; pass < (kind == TextPage::Notice ? 3 : 1); ++pass)
            for (const QString &text :
                 {QStringLiteral(
                      "兹证明张三（身份证号码：110101199003071234）系我单位正式职工，自二〇"
                      "一八年三月起在我单位工作至今，现任客户服务部主管，月收入人民币捌仟元"
                      "整。"),
                  QStringLiteral("该同志工作认真负责，遵纪守法，无不良记录。因办理用电过户手续，需"
                                 "出具本证明，特此证明。"),
                  QStringLiteral(
                      "用电地址为北京市东城区和平里东街十一号院三号楼二单元六〇一室，原户"
                      "主为李四，现因房屋买卖，申请将该户用电过户至张三名下，原户所欠电费"
                      "已于过户前结清。"),
                  QStringLiteral(
                      "本证明仅用于向供电营业厅办理用电业务，不作其他用途；如有虚假，由出"
                      "具单位承担相应责任。"),
                  QStringLiteral("联系人：王五，联系电话：010-64281234。")}) {
                paragraph(text, 2);
                y += lineHeight / 3;
            }
    }
    if (kind == TextPage::Letter) {
        y += 2 * lineHeight;
        rightAligned(QStringLiteral("北京市东城区和平里物业管理有限公司"));
        rightAligned(QStringLiteral("二〇二六年十二月六日"));
        p.setPen(QPen(QColor(200, 30, 30), 8));
        p.drawEllipse(QPointF(width - margin - 260, y - 2 * lineHeight), 130, 130);
    } else if (kind == TextPage::Form) {
        for (const QString &text :
             {QStringLiteral("户名：张三"), QStringLiteral("户号：0100123456"),
              QStringLiteral("用电地址：北京市东城区和平里东街十一号院三号楼"),
              QStringLiteral("联系电话：13800138000"),
              QStringLiteral("证件号码：110101199003071234"),
              QStringLiteral("申请事项：过户（更名），原户名李四"),
              QStringLiteral("所附资料：身份证、不动产权证书、购房合同"),
              QStringLiteral("经办人：王五，营业厅二号窗口")}) {
            paragraph(text, 0);
            y += lineHeight / 3;
        }
        y += lineHeight;
        paragraph(QStringLiteral("以上信息经本人核实无误，所附资料真实有效；如有不实，本人愿承担由"
                                 "此引起的一切责任。申请过户时，原户所欠电费、违约金须一并结清。"),
                  2);
        y += 2 * lineHeight;
        rightAligned(QStringLiteral("申请人（签字）：张三"));
        rightAligned(QStringLiteral("二〇二六年十二月六日"));
    }
    p.end();
    const cv::Mat rgb(image.height(), image.width(), CV_8UC3, image.bits(),
                      size_t(image.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

// `page` as the camera at the counter sees it: `pixelsHigh` px high in the frame, out of focus
// by `blur` px, JPEG-compressed at `quality`; straightened back to the page's size.
inline cv::Mat photographed(const cv::Mat &page, int pixelsHigh, double blur, int quality)
{
    cv::Mat small;
    const double s = double(pixelsHigh) / page.rows;
    cv::resize(page, small, cv::Size(), s, s, cv::INTER_AREA);
    if (blur > 0)
        cv::GaussianBlur(small, small, cv::Size(), blur);
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", small, jpeg, {cv::IMWRITE_JPEG_QUALITY, quality});
    cv::Mat out;
    cv::resize(cv::imdecode(jpeg, cv::IMREAD_COLOR), out, page.size(), 0, 0, cv::INTER_LINEAR);
    return out;
}

} // namespace hd::testing
