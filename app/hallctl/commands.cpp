#include "cli.h"

namespace hd::cli {

// One line per command; each is implemented in a cmd_*.cpp file.
int runInit(Context &);
int runCheckId(Context &);
int runCheckUscc(Context &);
int runAmountWords(Context &);
int runGenerate(Context &);
int runSearch(Context &);
int runAccount(Context &);
int runImport(Context &);
int runQuote(Context &);
int runLateFee(Context &);
int runPay(Context &);
int runPending(Context &);
int runReverse(Context &);
int runShift(Context &);
int runReport(Context &);
int runAudit(Context &);
int runDetect(Context &);
int runRectify(Context &);
int runCameras(Context &);
int runReceipt(Context &);
int runVerifyReceipt(Context &);
int runTerminalKey(Context &);
int runTrustKey(Context &);
int runReceiptSettings(Context &);
int runEnroll(Context &);
int runSync(Context &);
int runCentral(Context &);

const std::vector<Command> &commands()
{
    static const std::vector<Command> all = {
        {"init", "创建或升级本机数据库 / create or upgrade the local store", runInit},
        {"check-id", "校验身份证号码 / check a resident ID number", runCheckId},
        {"check-uscc", "校验统一社会信用代码 / check a unified social credit code", runCheckUscc},
        {"amount-words", "金额转人民币大写 / amount in Chinese capitals", runAmountWords},
        {"generate", "生成演示数据 / generate demo data", runGenerate},
        {"search", "查找客户 / find accounts", runSearch},
        {"account", "查看一户一档 / show an account's whole file", runAccount},
        {"import", "导入户档案和账单（CSV）/ import accounts and bills from CSV", runImport},
        {"quote", "查询应缴电费与违约金 / amounts due on an account", runQuote},
        {"late-fee", "计算电费违约金 / late-payment penalty calculator", runLateFee},
        {"pay", "收费 / take a payment", runPay},
        {"pending", "待确认的扫码支付 / pending QR payments (list, resolve)", runPending},
        {"reverse", "冲正 / reverse a payment of the open shift", runReverse},
        {"shift", "班次与现金 / shift open, close, status, cash in/out", runShift},
        {"report", "日结报表 / day-end report", runReport},
        {"audit", "审计日志校验 / verify the audit chain", runAudit},
        {"detect", "找出图像中证件的四角 / find document corners in images", runDetect},
        {"rectify", "证件矫正为标准尺寸 / straighten a document to its true size", runRectify},
        {"cameras", "列出摄像头及分辨率 / list cameras and resolutions", runCameras},
        {"receipt", "输出收据（重打）到 PDF、ESC/POS 或打印机 / render a receipt (reprint)",
         runReceipt, true},
        {"verify-receipt", "验证收据二维码真伪 / verify a receipt's QR code", runVerifyReceipt},
        {"terminal-key", "本终端的收据签名公钥 / this terminal's receipt-signing key",
         runTerminalKey},
        {"trust-key", "信任本厅其他终端的公钥 / trust another terminal's key", runTrustKey},
        {"receipt-settings", "收据设置（隐藏户名）/ receipt settings (mask the name)",
         runReceiptSettings},
        {"enroll", "注册到中心服务 / enroll this counter with the centre", runEnroll},
        {"sync", "与中心同步（上传、下载、状态、被拒绝的操作）/ sync with the centre", runSync},
        {"central", "中心日结对账 / day-end reconciliation at the centre", runCentral},
    };
    return all;
}

} // namespace hd::cli
