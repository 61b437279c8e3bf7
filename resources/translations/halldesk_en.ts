<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>HallDesk</source>
        <translation>HallDesk</translation>
    </message>
</context>
<context>
    <name>hallctl</name>
    <message>
        <source>图像文件或文件夹</source>
        <translation>Image files or folders</translation>
    </message>
    <message>
        <source>结果写入 CSV 文件</source>
        <translation>Write the results to a CSV file</translation>
    </message>
    <message>
        <source>%1：文件夹里没有图像（读取 JPEG、PNG、TIFF、BMP、WebP）。</source>
        <translation>%1: no images in the folder (JPEG, PNG, TIFF, BMP and WebP are read).</translation>
    </message>
    <message>
        <source>需要至少一个图像文件或文件夹。</source>
        <translation>At least one image file or folder is needed.</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>已处理 %1 张图像，结果写入 %2</source>
        <translation>Processed %1 image(s); results written to %2</translation>
    </message>
    <message>
        <source>图像文件</source>
        <translation>Image file</translation>
    </message>
    <message>
        <source>证件类型 id-card|a4|licence</source>
        <translation>Document type id-card|a4|licence</translation>
    </message>
    <message>
        <source>输出 PNG 文件</source>
        <translation>Output PNG file</translation>
    </message>
    <message>
        <source>证书类去底增白</source>
        <translation>Whiten the background (certificates)</translation>
    </message>
    <message>
        <source>图像中没有找到证件（或无法确定四角），请重新拍摄。</source>
        <translation>No document found in the image (or its four corners are unclear); take the photo again.</translation>
    </message>
    <message>
        <source>已矫正为%1：%2（%3×%4 像素）</source>
        <translation>Straightened as %1: %2 (%3×%4 pixels)</translation>
    </message>
    <message>
        <source>质量提示：</source>
        <translation>Quality notes: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>（默认）</source>
        <translation> (default)</translation>
    </message>
    <message>
        <source>没有找到摄像头。</source>
        <translation>No camera found.</translation>
    </message>
    <message>
        <source>需要一个参数：%1</source>
        <translation>One argument is needed: %1</translation>
    </message>
    <message>
        <source>男</source>
        <translation>male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>female</translation>
    </message>
    <message>
        <source>有效：%1  出生 %2  %3  %4</source>
        <translation>Valid: %1  born %2  %3  %4</translation>
    </message>
    <message>
        <source>（由 15 位旧号码转换）</source>
        <translation> (converted from an old 15-digit number)</translation>
    </message>
    <message>
        <source>统一社会信用代码 %1 校验位不符（应为 %2）。早期试点代码可能合法，须值班长核实后受理。</source>
        <translation>Unified social credit code %1 has a wrong check character (expected %2). An early pilot code may still be valid; a supervisor must verify it before it is accepted.</translation>
    </message>
    <message>
        <source>有效：%1</source>
        <translation>Valid: %1</translation>
    </message>
    <message>
        <source>，受限：%1</source>
        <translation>, blocked: %1</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Number of accounts</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>数据截至日期（默认今天）</source>
        <translation>Data as of this date (default today)</translation>
    </message>
    <message>
        <source>不创建演示操作员（clerk1/clerk2/super1/admin）</source>
        <translation>Do not create the demo operators (clerk1/clerk2/super1/admin)</translation>
    </message>
    <message>
        <source>--accounts 需要一个整数：%1</source>
        <translation>--accounts needs a whole number: %1</translation>
    </message>
    <message>
        <source>--seed 需要一个非负整数：%1</source>
        <translation>--seed needs a non-negative whole number: %1</translation>
    </message>
    <message>
        <source>已生成 %1 / %2 户</source>
        <translation>Generated %1 / %2 accounts</translation>
    </message>
    <message>
        <source>已生成 %1 户、%2 张账单、%3 笔缴费记录，用时 %4 秒。</source>
        <translation>Generated %1 accounts, %2 bills and %3 payments in %4 s.</translation>
    </message>
    <message>
        <source>最多显示条数（1–1000）</source>
        <translation>Most results to show (1–1000)</translation>
    </message>
    <message>
        <source>户号、户名、电话、地址或证件号码</source>
        <translation>Account number, name, phone, address or ID number</translation>
    </message>
    <message>
        <source>请给出要查找的内容，例如：hallctl search 张伟</source>
        <translation>Give something to search for, e.g. hallctl search 张伟</translation>
    </message>
    <message>
        <source>没有找到与“%1”相符的户。</source>
        <translation>No account matches “%1”.</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>需要一个户号，例如：hallctl account 4410000001</source>
        <translation>An account number is needed, e.g. hallctl account 4410000001</translation>
    </message>
    <message>
        <source>户号 %1  户名 %2  %3  %4</source>
        <translation>Account %1  name %2  %3  %4</translation>
    </message>
    <message>
        <source>地址 %1</source>
        <translation>Address %1</translation>
    </message>
    <message>
        <source>电话 %1  证件 %2  电价 %3  电表 %4</source>
        <translation>Phone %1  ID %2  tariff %3  meter %4</translation>
    </message>
    <message>
        <source>欠费合计 %1 元%2  预存余额 %3 元</source>
        <translation>Arrears %1 yuan%2  credit %3 yuan</translation>
    </message>
    <message>
        <source>（最早应缴日 %1）</source>
        <translation> (earliest due %1)</translation>
    </message>
    <message>
        <source>账单（%1 期）：</source>
        <translation>Bills (%1 periods):</translation>
    </message>
    <message>
        <source>缴费记录（%1 笔）：</source>
        <translation>Payments (%1):</translation>
    </message>
    <message>
        <source>户档案 CSV 文件</source>
        <translation>Accounts CSV file</translation>
    </message>
    <message>
        <source>账单 CSV 文件</source>
        <translation>Bills CSV file</translation>
    </message>
    <message>
        <source>请用 --accounts 和/或 --bills 指定要导入的 CSV 文件（格式见 docs/import-format.md）。</source>
        <translation>Name the CSV files to import with --accounts and/or --bills (format in docs/import-format.md).</translation>
    </message>
    <message>
        <source>。未导入任何数据。</source>
        <translation>. Nothing was imported.</translation>
    </message>
    <message>
        <source>已导入 %1 户、%2 张账单。</source>
        <translation>Imported %1 accounts and %2 bills.</translation>
    </message>
    <message>
        <source>收费员工号（或环境变量 HALLDESK_OPERATOR）</source>
        <translation>Clerk&apos;s operator ID (or HALLDESK_OPERATOR in the environment)</translation>
    </message>
    <message>
        <source>收费员密码（或环境变量 HALLDESK_PASSWORD）</source>
        <translation>Clerk&apos;s password (or HALLDESK_PASSWORD in the environment)</translation>
    </message>
    <message>
        <source>请用 --operator 和 --password 指定收费员。</source>
        <translation>Give the clerk with --operator and --password.</translation>
    </message>
    <message>
        <source>计算日期（默认今天）</source>
        <translation>Calculation day (default today)</translation>
    </message>
    <message>
        <source>用法：hallctl quote &lt;户号&gt; [--date YYYY-MM-DD]</source>
        <translation>Usage: hallctl quote &lt;account number&gt; [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>户号 %1  %2  计算日 %3</source>
        <translation>Account %1  %2  as of %3</translation>
    </message>
    <message>
        <source>受限：%1（缴费照常受理）</source>
        <translation>Blocked: %1 (payments are accepted as usual)</translation>
    </message>
    <message>
        <source>预付费户：按金额购电。当前余额 %1</source>
        <translation>Prepaid account: electricity is bought by amount. Current credit %1</translation>
    </message>
    <message>
        <source>账期      金额        已缴        欠费        截止日       逾期天数 日费率  违约金</source>
        <translation>Period       Amount        Paid     Arrears  Due date     Overdue    Rate  Late fee</translation>
    </message>
    <message>
        <source>欠费合计 %1，违约金 %2%3，应缴合计 %4</source>
        <translation>Arrears %1, late fees %2%3, total due %4</translation>
    </message>
    <message>
        <source>（含最低收取补足 %1）</source>
        <translation> (including %1 to reach the minimum fee)</translation>
    </message>
    <message>
        <source>预存电费余额 %1</source>
        <translation>Prepaid credit %1</translation>
    </message>
    <message>
        <source>欠费金额（元）</source>
        <translation>Arrears (yuan)</translation>
    </message>
    <message>
        <source>缴费截止日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>缴费日</source>
        <translation>Payment day</translation>
    </message>
    <message>
        <source>residential 或 non-residential</source>
        <translation>residential or non-residential</translation>
    </message>
    <message>
        <source>用法：hallctl late-fee --amount A --due YYYY-MM-DD --on YYYY-MM-DD --class residential|non-residential</source>
        <translation>Usage: hallctl late-fee --amount A --due YYYY-MM-DD --on YYYY-MM-DD --class residential|non-residential</translation>
    </message>
    <message>
        <source>用户类别应为 residential 或 non-residential：%1</source>
        <translation>The customer class is residential or non-residential: %1</translation>
    </message>
    <message>
        <source>待确认：扫码支付 %1（户号 %2，%3）结果未知，未计为已收款。编号 %4</source>
        <translation>Pending: the outcome of QR payment %1 (account %2, %3) is unknown; not counted as paid. ID %4</translation>
    </message>
    <message>
        <source>该笔缴费已存在（未重复收费）：收据号 %1</source>
        <translation>This payment already exists (nothing charged again): receipt %1</translation>
    </message>
    <message>
        <source>缴费成功：收据号 %1</source>
        <translation>Payment taken: receipt %1</translation>
    </message>
    <message>
        <source>户号 %1 %2  金额 %3  方式 %4</source>
        <translation>Account %1 %2  amount %3  method %4</translation>
    </message>
    <message>
        <source>违约金 %1  电费 %2  转预存 %3</source>
        <translation>Late fees %1  electricity %2  to credit %3</translation>
    </message>
    <message>
        <source>找零 %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>提示：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>cash | card | qr</source>
        <translation>cash | card | qr</translation>
    </message>
    <message>
        <source>现金实收金额</source>
        <translation>Cash tendered</translation>
    </message>
    <message>
        <source>POS 参考号</source>
        <translation>POS reference</translation>
    </message>
    <message>
        <source>卡号后四位</source>
        <translation>Last four digits of the card</translation>
    </message>
    <message>
        <source>客户付款码</source>
        <translation>Customer&apos;s payment code</translation>
    </message>
    <message>
        <source>缴费编号（重试时沿用同一编号）</source>
        <translation>Payment ID (reuse the same one when retrying)</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>缴费金额不能为负数：%1</source>
        <translation>A payment amount cannot be negative: %1</translation>
    </message>
    <message>
        <source>用法：hallctl pay &lt;户号&gt; &lt;金额&gt; --method cash|card|qr …</source>
        <translation>Usage: hallctl pay &lt;account number&gt; &lt;amount&gt; --method cash|card|qr …</translation>
    </message>
    <message>
        <source>付款方式应为 cash、card 或 qr：%1</source>
        <translation>The payment method is cash, card or qr: %1</translation>
    </message>
    <message>
        <source>list | resolve</source>
        <translation>list | resolve</translation>
    </message>
    <message>
        <source>用法：hallctl pending [list|resolve]</source>
        <translation>Usage: hallctl pending [list|resolve]</translation>
    </message>
    <message>
        <source>%1  户号 %2  %3</source>
        <translation>%1  account %2  %3</translation>
    </message>
    <message>
        <source>  已确认，收据号 %1</source>
        <translation>  confirmed, receipt %1</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  仍待确认</source>
        <translation>  still pending</translation>
    </message>
    <message>
        <source>没有待确认的缴费。</source>
        <translation>No payments are pending.</translation>
    </message>
    <message>
        <source>冲正原因</source>
        <translation>Reason for the reversal</translation>
    </message>
    <message>
        <source>值班长工号</source>
        <translation>Supervisor&apos;s operator ID</translation>
    </message>
    <message>
        <source>值班长密码</source>
        <translation>Supervisor&apos;s password</translation>
    </message>
    <message>
        <source>冲正编号（重试时沿用）</source>
        <translation>Reversal ID (reuse it when retrying)</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>用法：hallctl reverse &lt;收据号&gt; --reason 原因 --supervisor 工号 --supervisor-password 密码</source>
        <translation>Usage: hallctl reverse &lt;receipt no.&gt; --reason REASON --supervisor ID --supervisor-password PASSWORD</translation>
    </message>
    <message>
        <source>冲正成功：冲正单号 %1，金额 %2，户号 %3</source>
        <translation>Reversed: reversal no. %1, amount %2, account %3</translation>
    </message>
    <message>
        <source>无法写入文件 %1：%2</source>
        <translation>Cannot write the file %1: %2</translation>
    </message>
    <message>
        <source>无法读取文件 %1：%2</source>
        <translation>Cannot read the file %1: %2</translation>
    </message>
    <message>
        <source>读取 PDF 需要 pdftoppm（poppler-utils 软件包）。</source>
        <translation>Reading a PDF needs pdftoppm (the poppler-utils package).</translation>
    </message>
    <message>
        <source>无法读取 PDF 文件 %1：%2</source>
        <translation>Cannot read the PDF file %1: %2</translation>
    </message>
    <message>
        <source>文件 %1 既不是 PDF 也不是可识别的图片。</source>
        <translation>The file %1 is neither a PDF nor a recognised image.</translation>
    </message>
    <message>
        <source>输出 PDF 文件</source>
        <translation>Output PDF file</translation>
    </message>
    <message>
        <source>输出 ESC/POS 打印数据文件</source>
        <translation>Output ESC/POS print data file</translation>
    </message>
    <message>
        <source>输出 PNG 图片（203 dpi）</source>
        <translation>Output PNG image (203 dpi)</translation>
    </message>
    <message>
        <source>直接发送到打印机，例如 escpos-tcp://127.0.0.1:9100?paper=80 或 cups://队列名?paper=a4</source>
        <translation>Send straight to a printer, e.g. escpos-tcp://127.0.0.1:9100?paper=80 or cups://QUEUE?paper=a4</translation>
    </message>
    <message>
        <source>纸张：80、58 或 a4（默认 80）</source>
        <translation>Paper: 80, 58 or a4 (default 80)</translation>
    </message>
    <message>
        <source>重打人工号（可选）</source>
        <translation>Operator ID of whoever reprints (optional)</translation>
    </message>
    <message>
        <source>重打人密码</source>
        <translation>Password of whoever reprints</translation>
    </message>
    <message>
        <source>用法：hallctl receipt &lt;收据号&gt; --pdf 文件 | --escpos 文件 | --png 文件 | --printer URL [--paper 80|58|a4]</source>
        <translation>Usage: hallctl receipt &lt;receipt no.&gt; --pdf FILE | --escpos FILE | --png FILE | --printer URL [--paper 80|58|a4]</translation>
    </message>
    <message>
        <source>--paper 应为 80、58 或 a4：%1</source>
        <translation>--paper is 80, 58 or a4: %1</translation>
    </message>
    <message>
        <source>ESC/POS 热敏打印机只能用 80 或 58 毫米卷纸。</source>
        <translation>An ESC/POS thermal printer takes only 80 or 58 mm roll paper.</translation>
    </message>
    <message>
        <source>警告：没有找到 Noto Sans CJK SC 字体（fonts-noto-cjk），中文可能显示不正确。</source>
        <translation>Warning: the Noto Sans CJK SC font (fonts-noto-cjk) was not found; Chinese may not render correctly.</translation>
    </message>
    <message>
        <source>无法写入文件 %1</source>
        <translation>Cannot write the file %1</translation>
    </message>
    <message>
        <source>收据 %1 已输出（重打第 %2 次）：%3</source>
        <translation>Receipt %1 written (reprint no. %2): %3</translation>
    </message>
    <message>
        <source>二维码文字，或收据的图片、PDF 文件</source>
        <translation>QR code text, or an image or PDF file of the receipt</translation>
    </message>
    <message>
        <source>用法：hallctl verify-receipt &lt;二维码文字 | 图片 | PDF&gt;</source>
        <translation>Usage: hallctl verify-receipt &lt;QR text | image | PDF&gt;</translation>
    </message>
    <message>
        <source>“%1”既不是收据二维码文字（以 %2 开头），也不是文件。</source>
        <translation>“%1” is neither a receipt&apos;s QR text (starting with %2) nor a file.</translation>
    </message>
    <message>
        <source>在 %1 中没有找到收据二维码。请确认图片清晰、二维码完整。</source>
        <translation>No receipt QR code found in %1. Make sure the image is sharp and the QR code is whole.</translation>
    </message>
    <message>
        <source>收据号 %1  户号 %2  金额 %3  时间 %4  终端 %5
</source>
        <translation>Receipt %1  account %2  amount %3  time %4  terminal %5
</translation>
    </message>
    <message>
        <source>不是真实收据：</source>
        <translation>Not a genuine receipt: </translation>
    </message>
    <message>
        <source>用法：hallctl terminal-key</source>
        <translation>Usage: hallctl terminal-key</translation>
    </message>
    <message>
        <source>终端 %1 的收据签名公钥（编号 %2，私钥保存在 %3）：
%4
在本厅其他终端上运行：hallctl trust-key %1 %4</source>
        <translation>Receipt-signing public key of terminal %1 (ID %2, private key kept in %3):
%4
On the hall&apos;s other terminals run: hallctl trust-key %1 %4</translation>
    </message>
    <message>
        <source>列出信任的公钥</source>
        <translation>List the trusted public keys</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>终端编号，例如 4401-05</source>
        <translation>Terminal ID, e.g. 4401-05</translation>
    </message>
    <message>
        <source>公钥（Base64）</source>
        <translation>Public key (Base64)</translation>
    </message>
    <message>
        <source>用法：hallctl trust-key &lt;终端编号&gt; &lt;公钥&gt; [--label 备注] | --list</source>
        <translation>Usage: hallctl trust-key &lt;terminal ID&gt; &lt;public key&gt; [--label LABEL] | --list</translation>
    </message>
    <message>
        <source>已信任终端 %1 的公钥 %2。</source>
        <translation>Trusted public key %2 of terminal %1.</translation>
    </message>
    <message>
        <source>收据上隐藏户名：on 或 off</source>
        <translation>Hide the account name on receipts: on or off</translation>
    </message>
    <message>
        <source>--mask-name 应为 on 或 off：%1</source>
        <translation>--mask-name is on or off: %1</translation>
    </message>
    <message>
        <source>收据上的户名：隐藏（张*）</source>
        <translation>Account name on receipts: hidden (张*)</translation>
    </message>
    <message>
        <source>收据上的户名：完整显示</source>
        <translation>Account name on receipts: shown in full</translation>
    </message>
    <message>
        <source>方式    应有          实点          差额</source>
        <translation>Method      Expected       Counted  Difference</translation>
    </message>
    <message>
        <source>现金  %1  %2  %3</source>
        <translation>Cash    %1  %2  %3</translation>
    </message>
    <message>
        <source>银行卡 %1  %2  %3</source>
        <translation>Card    %1  %2  %3</translation>
    </message>
    <message>
        <source>扫码  %1  %2  %3</source>
        <translation>QR      %1  %2  %3</translation>
    </message>
    <message>
        <source>点钞：%1</source>
        <translation>Cash count: %1</translation>
    </message>
    <message>
        <source>合计差额 %1；缴费 %2 笔，冲正 %3 笔</source>
        <translation>Total difference %1; %2 payment(s), %3 reversal(s)</translation>
    </message>
    <message>
        <source>按面额点钞，例如 100=5,50=2,0.5=3</source>
        <translation>Cash count by denomination, e.g. 100=5,50=2,0.5=3</translation>
    </message>
    <message>
        <source>银行卡结算单合计（默认等于应有）</source>
        <translation>Card settlement total (default: as expected)</translation>
    </message>
    <message>
        <source>扫码对账合计（默认等于应有）</source>
        <translation>QR statement total (default: as expected)</translation>
    </message>
    <message>
        <source>现金存取金额</source>
        <translation>Amount of the cash in or out</translation>
    </message>
    <message>
        <source>现金存取原因</source>
        <translation>Reason for the cash in or out</translation>
    </message>
    <message>
        <source>收费员工号</source>
        <translation>Clerk&apos;s operator ID</translation>
    </message>
    <message>
        <source>收费员密码</source>
        <translation>Clerk&apos;s password</translation>
    </message>
    <message>
        <source>open | close | status | cash-in | cash-out</source>
        <translation>open | close | status | cash-in | cash-out</translation>
    </message>
    <message>
        <source>用法：hallctl shift open|close|status|cash-in|cash-out …</source>
        <translation>Usage: hallctl shift open|close|status|cash-in|cash-out …</translation>
    </message>
    <message>
        <source>当前没有开班。</source>
        <translation>No shift is open.</translation>
    </message>
    <message>
        <source>班次进行中：%1 于 %2 开班，备用金 %3，钱箱应有现金 %4，银行卡 %5，扫码 %6，缴费 %7 笔，冲正 %8 笔</source>
        <translation>Shift open: %1 opened at %2, float %3; the drawer should hold %4 in cash; card %5, QR %6; %7 payment(s), %8 reversal(s)</translation>
    </message>
    <message>
        <source>已记录%1 %2，钱箱应有现金 %3</source>
        <translation>Recorded %1 of %2; the drawer should hold %3 in cash</translation>
    </message>
    <message>
        <source>现金存入</source>
        <translation>cash in</translation>
    </message>
    <message>
        <source>现金取出</source>
        <translation>cash out</translation>
    </message>
    <message>
        <source>开班成功：%1，备用金 %2（%3）</source>
        <translation>Shift opened: %1, float %2 (%3)</translation>
    </message>
    <message>
        <source>结班成功。
</source>
        <translation>Shift closed.
</translation>
    </message>
    <message>
        <source>日期（默认今天）</source>
        <translation>Date (default today)</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>用法：hallctl report day [--date YYYY-MM-DD]</source>
        <translation>Usage: hallctl report day [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>用法：hallctl audit verify</source>
        <translation>Usage: hallctl audit verify</translation>
    </message>
    <message>
        <source>审计日志校验失败：第 %1 条起被篡改或缺失（共检查 %2 条）：%3</source>
        <translation>Audit log check failed: entries from no. %1 on were tampered with or are missing (%2 entries checked): %3</translation>
    </message>
    <message>
        <source>审计日志完好：共 %1 条，哈希链校验通过。</source>
        <translation>The audit log is intact: %1 entries, hash chain verified.</translation>
    </message>
    <message>
        <source>营业厅编码（4 位数字）</source>
        <translation>Hall code (4 digits)</translation>
    </message>
    <message>
        <source>终端编码（2 位数字）</source>
        <translation>Terminal code (2 digits)</translation>
    </message>
    <message>
        <source>营业厅名称</source>
        <translation>Hall name</translation>
    </message>
    <message>
        <source>创建管理员：工号:密码（仅当尚无操作员时）</source>
        <translation>Create an administrator: ID:password (only when there are no operators yet)</translation>
    </message>
    <message>
        <source>--admin 的格式为 工号:密码</source>
        <translation>--admin is written ID:password</translation>
    </message>
    <message>
        <source>数据库 %1 已就绪：数据结构版本 %2，营业厅 %3 %4，终端 %5</source>
        <translation>Store %1 is ready: schema version %2, hall %3 %4, terminal %5</translation>
    </message>
    <message>
        <source>已注册到中心</source>
        <translation>Enrolled with the centre</translation>
    </message>
    <message>
        <source>尚未注册到中心（hallctl enroll）</source>
        <translation>Not enrolled with the centre yet (hallctl enroll)</translation>
    </message>
    <message>
        <source>待上传操作：%1；被中心拒绝：%2</source>
        <translation>Operations waiting to upload: %1; refused by the centre: %2</translation>
    </message>
    <message>
        <source>数据截至：%1</source>
        <translation>Data as of: %1</translation>
    </message>
    <message>
        <source>从未同步</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>最近一次错误：%1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>#%1 %2 %3 户号 %4 票据 %5：%6（%7）</source>
        <translation>#%1 %2 %3 account %4 receipt %5: %6 (%7)</translation>
    </message>
    <message>
        <source>没有被拒绝的操作。</source>
        <translation>No operations were refused.</translation>
    </message>
    <message>
        <source>中心服务地址，例如 https://central:8443</source>
        <translation>Address of the central service, e.g. https://central:8443</translation>
    </message>
    <message>
        <source>一次性注册码</source>
        <translation>One-time enrollment code</translation>
    </message>
    <message>
        <source>中心证书的 CA（PEM）</source>
        <translation>CA of the centre&apos;s certificate (PEM)</translation>
    </message>
    <message>
        <source>终端说明，例如 3号窗口</source>
        <translation>Terminal description, e.g. Window 3</translation>
    </message>
    <message>
        <source>需要 --central URL 和 --code 注册码</source>
        <translation>--central URL and --code CODE are needed</translation>
    </message>
    <message>
        <source>HTTPS 需要 --ca 指定中心证书的 CA 文件</source>
        <translation>HTTPS needs --ca with the CA file of the centre&apos;s certificate</translation>
    </message>
    <message>
        <source>已注册：终端密钥 %1，营业厅 %2，区域 %3</source>
        <translation>Enrolled: terminal key %1, hall %2, region %3</translation>
    </message>
    <message>
        <source>上传并下载一次后退出（默认）</source>
        <translation>Upload and download once, then exit (default)</translation>
    </message>
    <message>
        <source>每次上传的操作数（1–100000）</source>
        <translation>Operations per upload (1–100000)</translation>
    </message>
    <message>
        <source>每页下载的记录数（1–100000）</source>
        <translation>Records per downloaded page (1–100000)</translation>
    </message>
    <message>
        <source>[status | rejected]</source>
        <translation>[status | rejected]</translation>
    </message>
    <message>
        <source>用法：hallctl sync [--once] | sync status | sync rejected</source>
        <translation>Usage: hallctl sync [--once] | sync status | sync rejected</translation>
    </message>
    <message>
        <source>本机尚未注册到中心，请先运行 hallctl enroll。</source>
        <translation>This counter is not enrolled with the centre yet; run hallctl enroll first.</translation>
    </message>
    <message>
        <source>上传 %1 条（新记账 %2，重复 %3，拒绝 %4）；下载 %5 条，%6 页%7
%8</source>
        <translation>Uploaded %1 (%2 new, %3 repeated, %4 refused); downloaded %5 in %6 page(s)%7
%8</translation>
    </message>
    <message>
        <source>（完整重新同步）</source>
        <translation> (full re-sync)</translation>
    </message>
    <message>
        <source>日期 yyyy-MM-dd（默认今天）</source>
        <translation>Date yyyy-MM-dd (default today)</translation>
    </message>
    <message>
        <source>用法：hallctl central reconcile [--day yyyy-MM-dd]</source>
        <translation>Usage: hallctl central reconcile [--day yyyy-MM-dd]</translation>
    </message>
    <message>
        <source>班次 %1 %2：%3；中心收到 %4 笔，现金 %5 分，银行卡 %6 分，扫码 %7 分%8</source>
        <translation>Shift %1 %2: %3; the centre received %4 payment(s): cash %5 fen, card %6 fen, QR %7 fen%8</translation>
    </message>
    <message>
        <source>一致</source>
        <translation>matches</translation>
    </message>
    <message>
        <source>不一致</source>
        <translation>does not match</translation>
    </message>
    <message>
        <source>，差额 %1 分</source>
        <translation>, difference %1 fen</translation>
    </message>
    <message>
        <source>%1 没有班次。</source>
        <translation>No shifts on %1.</translation>
    </message>
    <message>
        <source>要找的证件类型 id-card|a4|licence（图中另有其他证件时优先）</source>
        <translation>The document type to look for, id-card|a4|licence (preferred where another document lies there too)</translation>
    </message>
    <message>
        <source>--%1：没有 %2 这一天。</source>
        <translation>--%1: there is no such day as %2.</translation>
    </message>
    <message>
        <source>--%1 的日期格式应为 YYYY-MM-DD：%2</source>
        <translation>--%1 takes a date written YYYY-MM-DD: %2</translation>
    </message>
    <message>
        <source>--%1 需要 %2 到 %3 之间的整数：%4</source>
        <translation>--%1 takes a whole number from %2 to %3: %4</translation>
    </message>
    <message>
        <source>多余的参数：%1（hallctl %2 --help 查看用法）</source>
        <translation>Unexpected argument: %1 (hallctl %2 --help shows the usage)</translation>
    </message>
    <message>
        <source>这是一个文件夹</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>文件夹 %1 不存在</source>
        <translation>there is no folder %1</translation>
    </message>
    <message>
        <source>没有写入权限</source>
        <translation>no permission to write there</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>输出文件名应以 .png、.jpg、.tif、.bmp 或 .webp 结尾：%1</source>
        <translation>The output file name must end in .png, .jpg, .tif, .bmp or .webp: %1</translation>
    </message>
    <message>
        <source>用法：hallctl rectify &lt;图像&gt; --type id-card|a4|licence -o out.png [--enhance] [--as-laid]</source>
        <translation>Usage: hallctl rectify &lt;image&gt; --type id-card|a4|licence -o out.png [--enhance] [--as-laid]</translation>
    </message>
    <message>
        <source>（证件倒放，已按版式转正 180°；不要转正请加 --as-laid）</source>
        <translation> (the card lay upside down and was turned upright by its layout; add --as-laid to keep it as it lay)</translation>
    </message>
    <message>
        <source>，国徽面</source>
        <translation>, emblem side</translation>
    </message>
    <message>
        <source>，人像面</source>
        <translation>, photo side</translation>
    </message>
    <message>
        <source>不自动转正（身份证、营业执照按版式，A4 文件按文字方向；保持拍摄时的方向）</source>
        <translation>do not turn upright (an ID card or licence by its layout, an A4 page by its text; keep it as it lay)</translation>
    </message>
    <message>
        <source>（文件倒放，已按文字方向转正 180°；不要转正请加 --as-laid）</source>
        <translation> (the page lay upside down and was turned upright by its text; add --as-laid to keep it as it lay)</translation>
    </message>
</context>
<context>
    <name>hd::Account</name>
    <message>
        <source>居民</source>
        <translation>Residential</translation>
    </message>
    <message>
        <source>非居民</source>
        <translation>Non-residential</translation>
    </message>
    <message>
        <source>农业</source>
        <translation>Agricultural</translation>
    </message>
    <message>
        <source>正常用电</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>欠费停电</source>
        <translation>Cut off for arrears</translation>
    </message>
    <message>
        <source>已销户</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>hd::AccountPage</name>
    <message>
        <source>← 返回查找</source>
        <translation>← Back to search</translation>
    </message>
    <message>
        <source>返回查找（Esc）</source>
        <translation>Back to search (Esc)</translation>
    </message>
    <message>
        <source>用电类别</source>
        <translation>Customer class</translation>
    </message>
    <message>
        <source>电价</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <source>电能表</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>用电地址</source>
        <translation>Supply address</translation>
    </message>
    <message>
        <source>账单与用电(&amp;1)</source>
        <translation>Bills and consumption(&amp;1)</translation>
    </message>
    <message>
        <source>缴费记录(&amp;2)</source>
        <translation>Payments(&amp;2)</translation>
    </message>
    <message>
        <source>业务申请：本户尚无业务申请记录。
新装、增容、过户、更名、销户等业务受理将在此显示。</source>
        <translation>Applications: this account has no service applications yet.
New connections, capacity changes, transfers, renames and closures will be listed here.</translation>
    </message>
    <message>
        <source>业务申请(&amp;3)</source>
        <translation>Applications(&amp;3)</translation>
    </message>
    <message>
        <source>资料档案：本户尚无已采集的证件或资料。
身份证、产权证明、营业执照等拍摄后将在此显示。</source>
        <translation>Documents: no documents have been captured for this account yet.
ID cards, property certificates and business licences will be listed here once captured.</translation>
    </message>
    <message>
        <source>资料档案(&amp;4)</source>
        <translation>Documents(&amp;4)</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>户号 %1&#x3000;%2</source>
        <translation>Account %1&#x3000;%2</translation>
    </message>
    <message>
        <source>（预付费）</source>
        <translation> (prepaid)</translation>
    </message>
    <message>
        <source>受限：%1</source>
        <translation>Restricted: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;逾期欠费 ¥%1&lt;/b&gt;（最早缴费截止日 %2）&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Overdue arrears ¥%1&lt;/b&gt; (oldest due date %2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;无逾期欠费&lt;/b&gt;</source>
        <translation>&lt;b&gt;No overdue arrears&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&#x3000;本期未缴 ¥%1</source>
        <translation>&#x3000;Current bills unpaid ¥%1</translation>
    </message>
    <message>
        <source>&#x3000;预存余额 ¥%1</source>
        <translation>&#x3000;Prepaid credit ¥%1</translation>
    </message>
    <message>
        <source>收费（F5）</source>
        <translation>Take payment (F5)</translation>
    </message>
    <message>
        <source>收费（F5）：应缴金额、违约金与收款</source>
        <translation>Take payment (F5): amount due, late fees and tender</translation>
    </message>
    <message>
        <source>冲正所选缴费（F4）</source>
        <translation>Reverse selected payment (F4)</translation>
    </message>
    <message>
        <source>冲正所选缴费（F4）：本班次的缴费，需值班长密码</source>
        <translation>Reverse selected payment (F4): payments of this shift, with a supervisor&apos;s password</translation>
    </message>
    <message>
        <source>选中一笔缴费后可冲正（仅限本班次的缴费）。</source>
        <translation>Select a payment to reverse it (payments of the current shift only).</translation>
    </message>
    <message>
        <source>收据 %1：本班次缴费，可冲正（需值班长密码）。</source>
        <translation>Receipt %1: taken in this shift, can be reversed (supervisor&apos;s password needed).</translation>
    </message>
    <message>
        <source>冲正</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>请先在缴费记录中选中要冲正的缴费。</source>
        <translation>First select the payment to reverse in the payment history.</translation>
    </message>
    <message>
        <source>退费流程</source>
        <translation>Refund procedure</translation>
    </message>
    <message>
        <source>重打收据(&amp;R)</source>
        <translation>&amp;Reprint receipt</translation>
    </message>
    <message>
        <source>重打选中缴费的收据，收据上注明“重打”（Ctrl+P）</source>
        <translation>Reprint the receipt of the selected payment, marked &quot;REPRINT&quot; (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>hd::AccountRepository</name>
    <message>
        <source>查询户号失败：%1</source>
        <translation>Could not look up the account: %1</translation>
    </message>
    <message>
        <source>户号 %1 不存在，请核对后重新输入。</source>
        <translation>Account %1 does not exist. Please check the number and try again.</translation>
    </message>
    <message>
        <source>找不到该户。</source>
        <translation>Account not found.</translation>
    </message>
    <message>
        <source>请输入户号。</source>
        <translation>Enter an account number.</translation>
    </message>
</context>
<context>
    <name>hd::AccountSearch</name>
    <message>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>楼栋房号</source>
        <translation>Building and room</translation>
    </message>
    <message>
        <source>手机尾号</source>
        <translation>Phone last four</translation>
    </message>
    <message>
        <source>户号前缀</source>
        <translation>Account prefix</translation>
    </message>
    <message>
        <source>户名包含</source>
        <translation>Name contains</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>hd::AuditLog</name>
    <message>
        <source>无法写入审计日志：%1</source>
        <translation>Could not write the audit log: %1</translation>
    </message>
    <message>
        <source>无法读取审计日志：%1</source>
        <translation>Could not read the audit log: %1</translation>
    </message>
    <message>
        <source>第 %1 条之前缺少记录（应为第 %2 条）</source>
        <translation>Entries missing before entry %1 (expected entry %2)</translation>
    </message>
    <message>
        <source>第 %1 条的前序哈希与上一条不符</source>
        <translation>Entry %1 does not chain to the previous entry&apos;s hash</translation>
    </message>
    <message>
        <source>第 %1 条内容被修改（哈希不符）</source>
        <translation>Entry %1 was modified (hash mismatch)</translation>
    </message>
</context>
<context>
    <name>hd::BillTableModel</name>
    <message>
        <source>已作废</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已缴清</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>部分缴费，逾期</source>
        <translation>Partly paid, overdue</translation>
    </message>
    <message>
        <source>部分缴费</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>逾期未缴</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>未缴</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>账期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>电量 kWh</source>
        <translation>Energy kWh</translation>
    </message>
    <message>
        <source>一档</source>
        <translation>Tier 1</translation>
    </message>
    <message>
        <source>二档</source>
        <translation>Tier 2</translation>
    </message>
    <message>
        <source>三档</source>
        <translation>Tier 3</translation>
    </message>
    <message>
        <source>电费（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>已缴（元）</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <source>缴费截止日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hd::CashCount</name>
    <message>
        <source>没有面额为 %1 元的人民币。</source>
        <translation>There is no renminbi note or coin of %1 yuan.</translation>
    </message>
    <message>
        <source>张数/枚数应在 0 到 1000000 之间：%1</source>
        <translation>The count must be between 0 and 1,000,000: %1</translation>
    </message>
    <message>
        <source>点钞格式应为 面额=张数，用逗号分隔，例如 100=5,50=2：%1</source>
        <translation>A cash count is written denomination=pieces, separated by commas, e.g. 100=5,50=2: %1</translation>
    </message>
    <message>
        <source>张数应为整数：%1</source>
        <translation>The number of pieces must be a whole number: %1</translation>
    </message>
    <message>
        <source>面额重复：%1</source>
        <translation>Denomination given twice: %1</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>无现金</source>
        <translation>No cash</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1元</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>%1角</source>
        <translation>%1 jiao</translation>
    </message>
    <message>
        <source>%1分</source>
        <translation>%1 fen</translation>
    </message>
</context>
<context>
    <name>hd::CashMovementDialog</name>
    <message>
        <source>现金存取</source>
        <translation>Cash in / out</translation>
    </message>
    <message>
        <source>存入(&amp;I)</source>
        <translation>Cash &amp;in</translation>
    </message>
    <message>
        <source>存入（Alt+I）：补充零钱等</source>
        <translation>Cash in (Alt+I): change brought in, etc.</translation>
    </message>
    <message>
        <source>取出(&amp;O)</source>
        <translation>Cash &amp;out</translation>
    </message>
    <message>
        <source>取出（Alt+O）：上缴、解款等</source>
        <translation>Cash out (Alt+O): handed to the safe or the bank, etc.</translation>
    </message>
    <message>
        <source>例如 200.00</source>
        <translation>e.g. 200.00</translation>
    </message>
    <message>
        <source>补充零钱</source>
        <translation>Change brought in</translation>
    </message>
    <message>
        <source>现金上缴（解款）</source>
        <translation>Cash handed over (bank deposit)</translation>
    </message>
    <message>
        <source>转存保险柜</source>
        <translation>Moved to the safe</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>金额(&amp;A)</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>登记（Ctrl+Enter）</source>
        <translation>Record (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>取消（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>钱箱应有现金 %1</source>
        <translation>Cash the drawer should hold: %1</translation>
    </message>
    <message>
        <source>金额：%1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>%1 %2，原因：%3
确认登记？</source>
        <translation>%1 %2, reason: %3
Record it?</translation>
    </message>
    <message>
        <source>现金存入</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>现金取出</source>
        <translation>Cash out</translation>
    </message>
</context>
<context>
    <name>hd::ConsumptionChart</name>
    <message>
        <source>近 %1 个月用电量与电费</source>
        <translation>Consumption and amount, last %1 months</translation>
    </message>
    <message>
        <source>一档</source>
        <translation>Tier 1</translation>
    </message>
    <message>
        <source>二档</source>
        <translation>Tier 2</translation>
    </message>
    <message>
        <source>三档</source>
        <translation>Tier 3</translation>
    </message>
    <message>
        <source>电费（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>账期 %1 至 %2</source>
        <translation>Periods %1 to %2</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
</context>
<context>
    <name>hd::CounterSession</name>
    <message>
        <source>本终端当前班次由 %1 开班，%2 不能在此班次收费或存取现金。请由 %1 结班后再开班。</source>
        <translation>The open shift of this terminal was opened by %1; %2 cannot take payments or move cash in it. %1 must close it before another shift is opened.</translation>
    </message>
</context>
<context>
    <name>hd::CreditCode</name>
    <message>
        <source>统一社会信用代码应为 18 位，当前为 %1 位。</source>
        <translation>A unified social credit code has 18 characters; this one has %1.</translation>
    </message>
    <message>
        <source>统一社会信用代码第 %1 位“%2”不是允许的字符（不含 I、O、S、V、Z）。</source>
        <translation>Character %1 &quot;%2&quot; of the unified social credit code is not allowed (I, O, S, V and Z are never used).</translation>
    </message>
</context>
<context>
    <name>hd::CsvImporter</name>
    <message>
        <source>%1 第 %2 行：%3</source>
        <translation>%1 line %2: %3</translation>
    </message>
    <message>
        <source>未知的列“%1”（可用的列见导入格式说明）</source>
        <translation>Unknown column &quot;%1&quot; (see the import format for the columns)</translation>
    </message>
    <message>
        <source>缺少必填列“%1”</source>
        <translation>Required column &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>无法读取文件 %1：%2</source>
        <translation>Cannot read the file %1: %2</translation>
    </message>
    <message>
        <source>文件 %1 超过 512 MiB，请分批导入。</source>
        <translation>The file %1 is larger than 512 MiB; import it in parts.</translation>
    </message>
    <message>
        <source>%1 不是 UTF-8 编码，请另存为 UTF-8 后再导入。</source>
        <translation>%1 is not UTF-8; save it as UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>引号没有闭合</source>
        <translation>A quote is not closed</translation>
    </message>
    <message>
        <source>文件是空的，应有表头行</source>
        <translation>The file is empty; it needs a header line</translation>
    </message>
    <message>
        <source>应有 %1 列，实际 %2 列</source>
        <translation>%1 columns expected, %2 found</translation>
    </message>
    <message>
        <source>户号应为 6–20 位数字：%1</source>
        <translation>An account number has 6–20 digits: %1</translation>
    </message>
    <message>
        <source>户名不能为空且不超过 100 字</source>
        <translation>The account name must not be empty and has at most 100 characters</translation>
    </message>
    <message>
        <source>用电类别应为 residential、non_residential、agricultural（或 居民、非居民、农业）：%1</source>
        <translation>The customer class is residential, non_residential or agricultural (or 居民, 非居民, 农业): %1</translation>
    </message>
    <message>
        <source>用电地址不能为空</source>
        <translation>The supply address must not be empty</translation>
    </message>
    <message>
        <source>电价代码 %1 不存在</source>
        <translation>Tariff code %1 does not exist</translation>
    </message>
    <message>
        <source>统一社会信用代码 %1 校验位不符（应为 %2），须值班长核实后在柜台受理，不能批量导入</source>
        <translation>The check character of credit code %1 is wrong (expected %2); such a code needs a supervisor at the counter and cannot be imported in bulk</translation>
    </message>
    <message>
        <source>prepaid、blocked 应为 0/1、true/false 或 是/否</source>
        <translation>prepaid and blocked take 0/1, true/false or 是/否</translation>
    </message>
    <message>
        <source>状态应为 active、suspended、cut_off 或 closed：%1</source>
        <translation>The status is active, suspended, cut_off or closed: %1</translation>
    </message>
    <message>
        <source>受限的户必须写明受限原因（blocked_reason）</source>
        <translation>A blocked account needs its reason (blocked_reason)</translation>
    </message>
    <message>
        <source>户号 %1 已存在</source>
        <translation>Account %1 already exists</translation>
    </message>
    <message>
        <source>户号 %1 不存在（请先导入户档案）</source>
        <translation>Account %1 does not exist (import the accounts first)</translation>
    </message>
    <message>
        <source>账期格式应为 YYYY-MM：%1</source>
        <translation>A period is written YYYY-MM: %1</translation>
    </message>
    <message>
        <source>%1 应为非负整数：%2</source>
        <translation>%1 must be a non-negative whole number: %2</translation>
    </message>
    <message>
        <source>已缴金额 %1 大于电费 %2</source>
        <translation>The amount paid %1 is larger than the bill %2</translation>
    </message>
    <message>
        <source>缴费截止日格式应为 YYYY-MM-DD：%1</source>
        <translation>A due date is written YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>户号 %1 的账期 %2 重复</source>
        <translation>Account %1 has period %2 twice</translation>
    </message>
</context>
<context>
    <name>hd::DayReport</name>
    <message>
        <source>日期无效。</source>
        <translation>Invalid date.</translation>
    </message>
    <message>
        <source>生成日结报表失败：%1</source>
        <translation>Could not build the day-end report: %1</translation>
    </message>
    <message>
        <source>日结报表 %1：缴费 %2 笔，净收 %3</source>
        <translation>Day-end report %1: %2 payments, net %3</translation>
    </message>
    <message>
        <source>  %1  %2 笔  %3</source>
        <translation>  %1  %2 payments  %3</translation>
    </message>
    <message>
        <source>按收费员：</source>
        <translation>By clerk:</translation>
    </message>
    <message>
        <source>按付款方式：</source>
        <translation>By payment method:</translation>
    </message>
    <message>
        <source>按缴费类型：</source>
        <translation>By payment kind:</translation>
    </message>
    <message>
        <source>冲正：%1 笔</source>
        <translation>Reversals: %1</translation>
    </message>
    <message>
        <source>  %1 冲正 %2  %3  原因：%4  审批：%5</source>
        <translation>  %1 reversed %2  %3  reason: %4  approved by: %5</translation>
    </message>
    <message>
        <source>班次：</source>
        <translation>Shifts:</translation>
    </message>
    <message>
        <source>  %1  应有现金 %2  实点 %3  差额 %4%5</source>
        <translation>  %1  expected cash %2  counted %3  difference %4%5</translation>
    </message>
    <message>
        <source>（%1 确认）</source>
        <translation> (confirmed by %1)</translation>
    </message>
    <message>
        <source>  %1  未结班</source>
        <translation>  %1  not closed</translation>
    </message>
</context>
<context>
    <name>hd::DayReportDialog</name>
    <message>
        <source>日结报表</source>
        <translation>Day-end report</translation>
    </message>
    <message>
        <source>报表日期（Alt+D）；Alt+← / Alt+→ 前一天 / 后一天</source>
        <translation>Report date (Alt+D); Alt+← / Alt+→ previous / next day</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>笔数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>冲正单号</source>
        <translation>Reversal no.</translation>
    </message>
    <message>
        <source>原收据号</source>
        <translation>Original receipt</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>收费员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>结班</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>应有现金</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <source>实点现金</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>值班长确认</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>按收费员</source>
        <translation>By clerk</translation>
    </message>
    <message>
        <source>按付款方式</source>
        <translation>By method</translation>
    </message>
    <message>
        <source>按缴费类型</source>
        <translation>By payment kind</translation>
    </message>
    <message>
        <source>冲正</source>
        <translation>Reversals</translation>
    </message>
    <message>
        <source>班次与差额</source>
        <translation>Shifts and differences</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>打印日结报表（Ctrl+P）</source>
        <translation>Print the day-end report (Ctrl+P)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>缴费 %1 笔，冲正 %2 笔，净收 %3</source>
        <translation>%1 payments, %2 reversals, net %3</translation>
    </message>
    <message>
        <source>未结班</source>
        <translation>Still open</translation>
    </message>
</context>
<context>
    <name>hd::DemoDataGenerator</name>
    <message>
        <source>户数应在 1 到 5,000,000 之间：%1</source>
        <translation>The number of accounts must be between 1 and 5,000,000: %1</translation>
    </message>
    <message>
        <source>数据库中已有户档案，演示数据只能生成到空数据库中。</source>
        <translation>The store already holds accounts; demo data can only be generated into an empty store.</translation>
    </message>
    <message>
        <source>数据库驱动不是 SQLite。</source>
        <translation>The database driver is not SQLite.</translation>
    </message>
    <message>
        <source>生成演示数据失败（%1）：%2</source>
        <translation>Generating demo data failed (%1): %2</translation>
    </message>
</context>
<context>
    <name>hd::DenominationCountWidget</name>
    <message>
        <source>%1 元</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>%1 角</source>
        <translation>%1 jiao</translation>
    </message>
    <message>
        <source>%1 分</source>
        <translation>%1 fen</translation>
    </message>
    <message>
        <source>面额</source>
        <translation>Denomination</translation>
    </message>
    <message>
        <source>张/枚</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
</context>
<context>
    <name>hd::DocumentBuilder</name>
    <message>
        <source>冲正凭证</source>
        <translation>Reversal slip</translation>
    </message>
    <message>
        <source>电费收据</source>
        <translation>Electricity receipt</translation>
    </message>
    <message>
        <source>冲正单号</source>
        <translation>Reversal no.</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>原收据号</source>
        <translation>Original receipt</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>营业厅</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>终端</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>收费员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>冲正原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>退%1</source>
        <translation>Refund %1</translation>
    </message>
    <message>
        <source>账期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>电量(kWh)</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>电费(元)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>违约金</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <source>预存电费</source>
        <translation>Prepaid credit</translation>
    </message>
    <message>
        <source>冲正合计</source>
        <translation>Reversed total</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>人民币大写</source>
        <translation>In words</translation>
    </message>
    <message>
        <source>(尾号%1)</source>
        <translation>(card ending %1)</translation>
    </message>
    <message>
        <source>  实收</source>
        <translation>  Tendered</translation>
    </message>
    <message>
        <source>  找零</source>
        <translation>  Change</translation>
    </message>
    <message>
        <source>  参考号</source>
        <translation>  Reference</translation>
    </message>
    <message>
        <source>本笔缴费已冲正（冲正单 %1）</source>
        <translation>This payment was reversed (reversal slip %1)</translation>
    </message>
    <message>
        <source>扫码验证收据真伪</source>
        <translation>Scan to verify this receipt</translation>
    </message>
    <message>
        <source>客户签字</source>
        <translation>Customer signature</translation>
    </message>
    <message>
        <source>请妥善保管本收据，如有疑问请拨打 95598。</source>
        <translation>Please keep this receipt. Questions: call 95598.</translation>
    </message>
    <message>
        <source>本终端没有签名密钥，不能出具可验证的收据。请联系系统管理员。</source>
        <translation>This terminal has no signing key and cannot issue verifiable receipts. Please contact the system administrator.</translation>
    </message>
    <message>
        <source>班次 %1 尚未结班，结班后才能打印交班单。</source>
        <translation>Shift %1 is still open; the shift-close sheet prints after closing.</translation>
    </message>
    <message>
        <source>找不到班次 %1。</source>
        <translation>Shift %1 not found.</translation>
    </message>
    <message>
        <source>交班单</source>
        <translation>Shift-close sheet</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>结班</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>备用金</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>现金存入</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>现金取出</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>现金收费(净)</source>
        <translation>Cash taken (net)</translation>
    </message>
    <message>
        <source>缴费 %1 笔，冲正 %2 笔</source>
        <translation>%1 payments, %2 reversals</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>应有</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>实点</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>扫码</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>合计差额</source>
        <translation>Total difference</translation>
    </message>
    <message>
        <source>点钞</source>
        <translation>Cash count</translation>
    </message>
    <message>
        <source>差额审批</source>
        <translation>Difference approved by</translation>
    </message>
    <message>
        <source>交班人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>接班人/值班长</source>
        <translation>Taken over by / supervisor</translation>
    </message>
    <message>
        <source>日结报表</source>
        <translation>Day-end report</translation>
    </message>
    <message>
        <source>%1  营业厅 %2  终端 %3</source>
        <translation>%1  hall %2  terminal %3</translation>
    </message>
    <message>
        <source>缴费笔数</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>冲正笔数</source>
        <translation>Reversals</translation>
    </message>
    <message>
        <source>净收</source>
        <translation>Net taken</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>笔数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>金额(元)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>按收费员</source>
        <translation>By clerk</translation>
    </message>
    <message>
        <source>按支付方式</source>
        <translation>By payment method</translation>
    </message>
    <message>
        <source>按业务类型</source>
        <translation>By payment kind</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>冲正明细</source>
        <translation>Reversals</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>经办</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>未结班</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>应有现金</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <source>实点现金</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <source>制表</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>复核</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>值班长</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>打印时间 %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>打印测试页</source>
        <translation>Printer test page</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>中文：供电营业厅电费收据 壹贰叁肆伍陆柒捌玖拾佰仟万元角分整</source>
        <translation>Chinese: 供电营业厅电费收据 壹贰叁肆伍陆柒捌玖拾佰仟万元角分整</translation>
    </message>
    <message>
        <source>二维码应能被扫码枪读出</source>
        <translation>The scanner should read this QR code</translation>
    </message>
    <message>
        <source>看到完整的两行数字和清晰的中文，说明纸宽和字体设置正确。</source>
        <translation>Two full lines of digits and clear Chinese mean that paper width and font are set right.</translation>
    </message>
</context>
<context>
    <name>hd::DocumentStore</name>
    <message>
        <source>证件图像页数不对（1 至 16 页）。</source>
        <translation>Wrong number of document images (1 to 16 pages).</translation>
    </message>
    <message>
        <source>身份证须拍正反两面后一起保存。</source>
        <translation>An ID card needs both sides photographed and saved together.</translation>
    </message>
    <message>
        <source>本机数据库密钥不可用，无法加密保存证件。</source>
        <translation>This computer&apos;s store key is not available; the document cannot be saved encrypted.</translation>
    </message>
    <message>
        <source>无法保存证件（户号是否存在？）：%1</source>
        <translation>Cannot save the document (does the account exist?): %1</translation>
    </message>
    <message>
        <source>找不到该证件记录。</source>
        <translation>Document record not found.</translation>
    </message>
    <message>
        <source>证件图像校验失败（SHA-256 不符），记录可能被篡改。</source>
        <translation>Document image check failed (SHA-256 differs); the record may have been tampered with.</translation>
    </message>
    <message>
        <source>导出证件需值班长或管理员权限。</source>
        <translation>Exporting documents needs a supervisor or an administrator.</translation>
    </message>
    <message>
        <source>数据库操作失败：%1</source>
        <translation>Database operation failed: %1</translation>
    </message>
    <message>
        <source>证件图像数据损坏。</source>
        <translation>The document image data is damaged.</translation>
    </message>
</context>
<context>
    <name>hd::FieldCipher</name>
    <message>
        <source>加密数据已损坏，无法解密。</source>
        <translation>The encrypted data is damaged and cannot be decrypted.</translation>
    </message>
    <message>
        <source>无法解密个人信息：本机密钥与数据库不匹配，或数据已被篡改。</source>
        <translation>Cannot decrypt personal data: this terminal&apos;s key does not match the store, or the data was tampered with.</translation>
    </message>
    <message>
        <source>无法读取密钥文件 %1：%2</source>
        <translation>Cannot read the key file %1: %2</translation>
    </message>
    <message>
        <source>密钥文件 %1 内容无效，请联系系统管理员。</source>
        <translation>The key file %1 is not valid; please contact the system administrator.</translation>
    </message>
    <message>
        <source>找不到本机数据密钥 %1，无法读取数据库中的个人信息。请从备份恢复该文件。</source>
        <translation>This terminal&apos;s data key %1 is missing, so personal data in the store cannot be read. Restore the file from a backup.</translation>
    </message>
    <message>
        <source>无法创建密钥文件 %1：%2</source>
        <translation>Cannot create the key file %1: %2</translation>
    </message>
    <message>
        <source>无法保存密钥文件 %1：%2</source>
        <translation>Cannot save the key file %1: %2</translation>
    </message>
</context>
<context>
    <name>hd::LoginDialog</name>
    <message>
        <source>HallDesk 营业厅柜台系统 — 登录</source>
        <translation>HallDesk counter — log in</translation>
    </message>
    <message>
        <source>供电营业厅柜台系统</source>
        <translation>Electricity service hall counter</translation>
    </message>
    <message>
        <source>%1（营业厅 %2，终端 %3）</source>
        <translation>%1 (hall %2, terminal %3)</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Operator ID</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>工号(&amp;U)</source>
        <translation>Operator &amp;ID</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>登录（Enter）</source>
        <translation>Log in (Enter)</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>退出（Esc）</source>
        <translation>Quit (Esc)</translation>
    </message>
    <message>
        <source>请输入工号。</source>
        <translation>Please enter your operator ID.</translation>
    </message>
</context>
<context>
    <name>hd::MainWindow</name>
    <message>
        <source>HallDesk 供电营业厅柜台系统</source>
        <translation>HallDesk — electricity service hall counter</translation>
    </message>
    <message>
        <source>常用</source>
        <translation>Common</translation>
    </message>
    <message>
        <source>查找客户</source>
        <translation>Find customer</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>锁屏 / 换班</source>
        <translation>Lock / change shift</translation>
    </message>
    <message>
        <source>%1 %2（%3）</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1&#x3000;终端 %2-%3</source>
        <translation>%1&#x3000;terminal %2-%3</translation>
    </message>
    <message>
        <source>中心服务：未接入（本机独立工作）</source>
        <translation>Central service: not connected (working locally)</translation>
    </message>
    <message>
        <source>打开户档案</source>
        <translation>Open account file</translation>
    </message>
    <message>
        <source>无法读取该户档案，请重新查找。</source>
        <translation>Could not read this account&apos;s file; please search again.</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>现金存取</source>
        <translation>Cash in / out</translation>
    </message>
    <message>
        <source>结班</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <source>待确认扫码</source>
        <translation>Pending QR payments</translation>
    </message>
    <message>
        <source>日结报表</source>
        <translation>Day-end report</translation>
    </message>
    <message>
        <source>班次：%1 %2 开班&#x3000;钱箱 %3</source>
        <translation>Shift: %1 opened %2&#x3000;drawer %3</translation>
    </message>
    <message>
        <source>班次：未开班（F6 开班）</source>
        <translation>Shift: none open (F6 to open)</translation>
    </message>
    <message>
        <source>待确认扫码 %1 笔（F12）</source>
        <translation>%1 pending QR payment(s) (F12)</translation>
    </message>
    <message>
        <source>&#x3000;扫码收单：演示沙箱</source>
        <translation>&#x3000;QR acquirer: demo sandbox</translation>
    </message>
    <message>
        <source>&#x3000;扫码收单：未配置</source>
        <translation>&#x3000;QR acquirer: not configured</translation>
    </message>
    <message>
        <source>请先查找并打开户档案，再按 F5 收费。</source>
        <translation>First find and open an account&apos;s file, then press F5 to take a payment.</translation>
    </message>
    <message>
        <source>本终端已有未结班次：%1 于 %2 开班。</source>
        <translation>This terminal has a shift still open: %1 opened it at %2.</translation>
    </message>
    <message>
        <source>已开班。</source>
        <translation>Shift opened.</translation>
    </message>
    <message>
        <source>当前没有开班。</source>
        <translation>No shift is open.</translation>
    </message>
    <message>
        <source>结班成功。现金应有 %1，实点 %2；银行卡差额 %3，扫码差额 %4；合计差额 %5。%6</source>
        <translation>Shift closed. Cash expected %1, counted %2; card difference %3, QR difference %4; total difference %5.%6</translation>
    </message>
    <message>
        <source>（值班长 %1 已确认）</source>
        <translation> (confirmed by supervisor %1)</translation>
    </message>
    <message>
        <source>没有待确认的扫码缴费。</source>
        <translation>No QR payments are pending.</translation>
    </message>
    <message>
        <source>户号 %1&#x3000;%2</source>
        <translation>Account %1&#x3000;%2</translation>
    </message>
    <message>
        <source>%1：未收款。%2</source>
        <translation>%1: not paid. %2</translation>
    </message>
    <message>
        <source>%1：已确认入账，收据号 %2</source>
        <translation>%1: confirmed and booked, receipt %2</translation>
    </message>
    <message>
        <source>%1：仍无结果，继续待确认（未计为已收款）。</source>
        <translation>%1: still no answer, stays pending (not counted as paid).</translation>
    </message>
    <message>
        <source>冲正</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>冲正成功：冲正单号 %1，金额 %2。原缴费记录保留。</source>
        <translation>Reversed: reversal no. %1, amount %2. The original payment record stays.</translation>
    </message>
    <message>
        <source>%1 已打印</source>
        <translation>%1 printed</translation>
    </message>
    <message>
        <source>打印结班单？</source>
        <translation>Print the shift-close sheet?</translation>
    </message>
    <message>
        <source>正在向收单机构查询待确认扫码，请稍候。</source>
        <translation>Asking the acquirer about pending QR payments, please wait.</translation>
    </message>
    <message>
        <source>收费页正在等待收单机构答复，请稍候再按 F12。</source>
        <translation>The payment screen is waiting for the acquirer&apos;s answer; press F12 again in a moment.</translation>
    </message>
    <message>
        <source>本机未配置扫码收单，无法查询。</source>
        <translation>No QR acquirer is configured on this counter; cannot query.</translation>
    </message>
    <message>
        <source>正在向收单机构查询 %1 笔待确认扫码…</source>
        <translation>Asking the acquirer about %1 pending QR payment(s)…</translation>
    </message>
</context>
<context>
    <name>hd::Money</name>
    <message>
        <source>请输入金额。</source>
        <translation>Please enter an amount.</translation>
    </message>
    <message>
        <source>金额不能为负数：%1</source>
        <translation>An amount cannot be negative: %1</translation>
    </message>
    <message>
        <source>金额过大：%1（最多 %2 元）</source>
        <translation>Amount too large: %1 (at most %2 yuan)</translation>
    </message>
    <message>
        <source>金额最多两位小数（精确到分）：%1</source>
        <translation>An amount has at most two decimals (to the fen): %1</translation>
    </message>
    <message>
        <source>千位分隔符位置不对：%1</source>
        <translation>Thousands separators are misplaced: %1</translation>
    </message>
    <message>
        <source>请使用半角数字输入金额：%1</source>
        <translation>Please type the amount with half-width digits: %1</translation>
    </message>
    <message>
        <source>金额格式不正确：%1（示例：128.50）</source>
        <translation>Amount not understood: %1 (example: 128.50)</translation>
    </message>
</context>
<context>
    <name>hd::OperatorDirectory</name>
    <message>
        <source>工号 %1 不存在。</source>
        <translation>Operator ID %1 does not exist.</translation>
    </message>
    <message>
        <source>工号只能由 2–32 位字母、数字、下划线、点或连字符组成：%1</source>
        <translation>An operator ID is 2–32 letters, digits, underscores, dots or hyphens: %1</translation>
    </message>
    <message>
        <source>密码至少 6 位。</source>
        <translation>A password has at least 6 characters.</translation>
    </message>
    <message>
        <source>无法添加工号 %1：%2</source>
        <translation>Cannot add operator %1: %2</translation>
    </message>
    <message>
        <source>工号或密码不正确。</source>
        <translation>Wrong operator ID or password.</translation>
    </message>
    <message>
        <source>工号 %1 已停用，请联系值班长。</source>
        <translation>Operator %1 is disabled; please contact the supervisor.</translation>
    </message>
    <message>
        <source>密码错误次数过多，工号已锁定，请 %1 分钟后再试或联系值班长解锁。</source>
        <translation>Too many wrong passwords: the operator is locked. Try again in %1 minutes or ask the supervisor to unlock it.</translation>
    </message>
    <message>
        <source>密码连续错误 %1 次，工号已锁定 %2 分钟。</source>
        <translation>%1 wrong passwords in a row: the operator is locked for %2 minutes.</translation>
    </message>
    <message>
        <source>工号或密码不正确（还可尝试 %1 次）。</source>
        <translation>Wrong operator ID or password (%1 attempts left).</translation>
    </message>
    <message>
        <source>%1 不是值班长，无权授权此操作。</source>
        <translation>%1 is not a supervisor and cannot approve this step.</translation>
    </message>
    <message>
        <source>收费员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>值班长</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>hd::Outbox</name>
    <message>
        <source>无法写入待上传队列：%1</source>
        <translation>Could not queue the operation for upload: %1</translation>
    </message>
</context>
<context>
    <name>hd::PageRenderer</name>
    <message>
        <source>第 %1 页</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>无法开始打印：打印机或文件不可用。请检查打印机设置。</source>
        <translation>Cannot start printing: the printer or file is unavailable. Please check the printer settings.</translation>
    </message>
    <message>
        <source>打印作业未能完成：打印机或文件不可用。请检查打印机后重打。</source>
        <translation>The print job did not complete: the printer or file is unavailable. Check the printer, then reprint.</translation>
    </message>
</context>
<context>
    <name>hd::PaymentHistoryModel</name>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>扫码</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>银行代扣</source>
        <translation>Bank direct debit</translation>
    </message>
    <message>
        <source>组合支付</source>
        <translation>Split tender</translation>
    </message>
    <message>
        <source>营业厅</source>
        <translation>Service hall</translation>
    </message>
    <message>
        <source>银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>网上国网</source>
        <translation>State Grid online</translation>
    </message>
    <message>
        <source>电费</source>
        <translation>Electricity bill</translation>
    </message>
    <message>
        <source>预购电</source>
        <translation>Prepaid purchase</translation>
    </message>
    <message>
        <source>冲正</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>hd::PaymentPage</name>
    <message>
        <source>← 返回户档案</source>
        <translation>← Back to the account</translation>
    </message>
    <message>
        <source>返回户档案（Esc）</source>
        <translation>Back to the account (Esc)</translation>
    </message>
    <message>
        <source>例如 352.00</source>
        <translation>e.g. 352.00</translation>
    </message>
    <message>
        <source>缴费金额（Alt+A），至少 0.01 元；超出应缴的部分转为预存电费</source>
        <translation>Amount paid (Alt+A), at least 0.01 yuan; anything above the amount due becomes account credit</translation>
    </message>
    <message>
        <source>缴费金额(&amp;A)</source>
        <translation>&amp;Amount paid</translation>
    </message>
    <message>
        <source>现金(&amp;1)</source>
        <translation>Cash (&amp;1)</translation>
    </message>
    <message>
        <source>现金（Alt+1）</source>
        <translation>Cash (Alt+1)</translation>
    </message>
    <message>
        <source>银行卡(&amp;2)</source>
        <translation>Bank card (&amp;2)</translation>
    </message>
    <message>
        <source>银行卡（Alt+2）：POS 参考号与卡号后四位</source>
        <translation>Bank card (Alt+2): POS reference and the card&apos;s last four digits</translation>
    </message>
    <message>
        <source>扫码(&amp;3)</source>
        <translation>QR code (&amp;3)</translation>
    </message>
    <message>
        <source>扫码（Alt+3）：用扫码枪读取客户付款码</source>
        <translation>QR code (Alt+3): read the customer&apos;s payment code with the scanner</translation>
    </message>
    <message>
        <source>组合付款(&amp;4)</source>
        <translation>Split (&amp;4)</translation>
    </message>
    <message>
        <source>组合付款（Alt+4）：银行卡、扫码各付一部分，其余现金</source>
        <translation>Split (Alt+4): part by card, part by QR code, the rest in cash</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>刷卡金额</source>
        <translation>Card amount</translation>
    </message>
    <message>
        <source>POS 签购单上的参考号</source>
        <translation>Reference number on the POS slip</translation>
    </message>
    <message>
        <source>4 位数字</source>
        <translation>4 digits</translation>
    </message>
    <message>
        <source>刷卡金额(&amp;K)</source>
        <translation>Card amoun&amp;t</translation>
    </message>
    <message>
        <source>参考号(&amp;R)</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <source>卡号后四位(&amp;L)</source>
        <translation>&amp;Last four digits</translation>
    </message>
    <message>
        <source>扫码</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>扫码金额</source>
        <translation>QR amount</translation>
    </message>
    <message>
        <source>请用扫码枪扫描客户付款码</source>
        <translation>Scan the customer&apos;s payment code</translation>
    </message>
    <message>
        <source>付款码（Alt+Q）：扫码枪读完自动回车，确认后向收单机构扣款</source>
        <translation>Payment code (Alt+Q): the scanner ends with Enter; the acquirer is charged after confirmation</translation>
    </message>
    <message>
        <source>扫码金额(&amp;M)</source>
        <translation>QR a&amp;mount</translation>
    </message>
    <message>
        <source>付款码(&amp;Q)</source>
        <translation>Payment &amp;code</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>不填即按应收</source>
        <translation>Empty: exactly the amount</translation>
    </message>
    <message>
        <source>实收现金（Alt+T）：客户递来的金额，不填即按应收</source>
        <translation>Cash tendered (Alt+T): what the customer hands over; empty means exactly the amount</translation>
    </message>
    <message>
        <source>现金部分</source>
        <translation>Cash part</translation>
    </message>
    <message>
        <source>实收(&amp;T)</source>
        <translation>&amp;Tendered</translation>
    </message>
    <message>
        <source>收费（F9）：确认后入账</source>
        <translation>Take payment (F9): books it after confirmation</translation>
    </message>
    <message>
        <source>打印收据（Ctrl+P）</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>完成，返回户档案（Esc）</source>
        <translation>Done, back to the account (Esc)</translation>
    </message>
    <message>
        <source>找零</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>收费&#x3000;户号 %1&#x3000;%2</source>
        <translation>Payment&#x3000;account %1&#x3000;%2</translation>
    </message>
    <message>
        <source>受限：%1（缴费照常受理，结清欠费后可办理业务）</source>
        <translation>Blocked: %1 (payments are accepted as usual; services resume once arrears are cleared)</translation>
    </message>
    <message>
        <source>预付费户：按金额购电，购电金额全部计入预存电费。当前预存余额 %1。</source>
        <translation>Prepaid account: electricity is bought by amount, all of it to account credit. Current credit %1.</translation>
    </message>
    <message>
        <source>欠费 %1&#x3000;违约金 %2</source>
        <translation>Arrears %1&#x3000;late fees %2</translation>
    </message>
    <message>
        <source>（含最低收取补足 %1）</source>
        <translation> (including %1 to reach the minimum fee)</translation>
    </message>
    <message>
        <source>&#x3000;&lt;b&gt;应缴合计 %1&lt;/b&gt;</source>
        <translation>&#x3000;&lt;b&gt;Total due %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&#x3000;预存余额 %1</source>
        <translation>&#x3000;credit %1</translation>
    </message>
    <message>
        <source>&#x3000;（计算日 %1）</source>
        <translation>&#x3000;(as of %1)</translation>
    </message>
    <message>
        <source>未开班：可以查看应缴金额，收费前请先开班（F6）。</source>
        <translation>No shift open: the amount due can be viewed; open a shift (F6) before taking payments.</translation>
    </message>
    <message>
        <source>钱箱现金 %1</source>
        <translation>Drawer cash %1</translation>
    </message>
    <message>
        <source>本户有 %1 笔扫码缴费待确认（结果未知，未计为已收款）。请先按 F12 查询确认，切勿让客户重复付款。</source>
        <translation>This account has %1 QR payment(s) pending (outcome unknown, not counted as paid). Press F12 to ask again first; do not let the customer pay twice.</translation>
    </message>
    <message>
        <source>缴费金额：%1</source>
        <translation>Amount paid: %1</translation>
    </message>
    <message>
        <source>缴费金额至少为 0.01 元。</source>
        <translation>A payment is at least 0.01 yuan.</translation>
    </message>
    <message>
        <source>请输入缴费金额。</source>
        <translation>Enter the amount paid.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>购电 %1，全部计入预存电费；购电后余额 %2。</source>
        <translation>Buying %1 of electricity, all to account credit; credit afterwards %2.</translation>
    </message>
    <message>
        <source>本次缴费：违约金 %1，电费 %2（结清 %3 期）</source>
        <translation>This payment: late fees %1, bills %2 (%3 bill(s) settled)</translation>
    </message>
    <message>
        <source>；&lt;b style=&apos;color:#1565c0&apos;&gt;超出应缴的 %1 转为预存电费&lt;/b&gt;</source>
        <translation>; &lt;b style=&apos;color:#1565c0&apos;&gt;%1 above the amount due becomes account credit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>；缴后仍欠 %1</source>
        <translation>; still owed afterwards %1</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>各部分合计超过缴费金额</source>
        <translation>The parts add up to more than the amount</translation>
    </message>
    <message>
        <source>—（未填实收，按应收 %1）</source>
        <translation>— (no tendered amount: exactly %1)</translation>
    </message>
    <message>
        <source>实收金额：%1</source>
        <translation>Tendered: %1</translation>
    </message>
    <message>
        <source>实收不足，还差 %1</source>
        <translation>Not enough tendered, %1 short</translation>
    </message>
    <message>
        <source>（超过钱箱现金 %1，请先补充零钱）</source>
        <translation> (above the drawer&apos;s cash %1: add change first)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>组合付款：请填写刷卡金额或扫码金额，其余为现金。</source>
        <translation>Split: enter the card amount or the QR amount; the rest is cash.</translation>
    </message>
    <message>
        <source>刷卡 %1 与扫码 %2 合计超过缴费金额 %3。</source>
        <translation>Card %1 and QR %2 add up to more than the amount %3.</translation>
    </message>
    <message>
        <source>注意：找零 %1 超过钱箱现金 %2。请先补充零钱（现金存入，F7），确认钱箱足够找零后再收费。</source>
        <translation>Attention: the change %1 is more than the drawer&apos;s cash %2. Add change first (cash in, F7) and take the payment once the drawer can give the change.</translation>
    </message>
    <message>
        <source>户号 %1&#x3000;%2</source>
        <translation>Account %1&#x3000;%2</translation>
    </message>
    <message>
        <source>缴费金额 %1</source>
        <translation>Amount paid %1</translation>
    </message>
    <message>
        <source>&#x3000;购电：全部计入预存电费</source>
        <translation>&#x3000;Electricity bought: all to account credit</translation>
    </message>
    <message>
        <source>&#x3000;违约金 %1，电费 %2</source>
        <translation>&#x3000;late fees %1, bills %2</translation>
    </message>
    <message>
        <source>&#x3000;超出应缴的 %1 转为预存电费</source>
        <translation>&#x3000;%1 above the amount due becomes account credit</translation>
    </message>
    <message>
        <source>现金 %1</source>
        <translation>Cash %1</translation>
    </message>
    <message>
        <source>现金 %1，实收 %2，找零 %3</source>
        <translation>Cash %1, tendered %2, change %3</translation>
    </message>
    <message>
        <source>银行卡 %1，参考号 %2，卡号后四位 %3</source>
        <translation>Bank card %1, reference %2, last four digits %3</translation>
    </message>
    <message>
        <source>扫码 %1：确认后向收单机构扣款</source>
        <translation>QR code %1: the acquirer is charged after confirmation</translation>
    </message>
    <message>
        <source>该户受限（%1），缴费照常受理。</source>
        <translation>The account is blocked (%1); the payment is accepted as usual.</translation>
    </message>
    <message>
        <source>确认收费？</source>
        <translation>Take this payment?</translation>
    </message>
    <message>
        <source>未开班</source>
        <translation>No shift open</translation>
    </message>
    <message>
        <source>当前没有开班，不能收费。
现在开班（清点备用金）吗？</source>
        <translation>No shift is open, so no payment can be taken.
Open a shift now (count the float)?</translation>
    </message>
    <message>
        <source>确认收费</source>
        <translation>Confirm payment</translation>
    </message>
    <message>
        <source>扫码支付 %1 结果未知：未计为已收款，已记入待确认（编号 %2）。请客户稍候，按 F9 再次查询；切勿让客户重复付款。</source>
        <translation>QR payment %1: outcome unknown. Not counted as paid, recorded as pending (no. %2). Ask the customer to wait and press F9 to ask again; do not let the customer pay twice.</translation>
    </message>
    <message>
        <source>收费成功&#x3000;收据号 %1</source>
        <translation>Payment booked&#x3000;receipt %1</translation>
    </message>
    <message>
        <source>该笔缴费此前已入账，未重复收费。</source>
        <translation>This payment was already booked; nothing was charged twice.</translation>
    </message>
    <message>
        <source>金额 %1：违约金 %2，电费 %3，预存电费 %4</source>
        <translation>Amount %1: late fees %2, bills %3, account credit %4</translation>
    </message>
    <message>
        <source>提示：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>查询扫码结果（F9）</source>
        <translation>Ask about the QR payment (F9)</translation>
    </message>
    <message>
        <source>正在收费…</source>
        <translation>Booking…</translation>
    </message>
    <message>
        <source>收费（F9）</source>
        <translation>Take payment (F9)</translation>
    </message>
    <message>
        <source>计算日已变为 %1，应缴金额与违约金已重新计算，请核对后再按 F9。</source>
        <translation>The calculation day is now %1: the amount due and the late fees have been computed again. Check them, then press F9.</translation>
    </message>
    <message>
        <source>本机未配置扫码收单，请改用其他付款方式。</source>
        <translation>No QR acquirer is set up on this terminal; please use another payment method.</translation>
    </message>
    <message>
        <source>正在等待收单机构确认…</source>
        <translation>Waiting for the acquirer to confirm…</translation>
    </message>
</context>
<context>
    <name>hd::PaymentQuote</name>
    <message>
        <source>日期无效。</source>
        <translation>Invalid date.</translation>
    </message>
    <message>
        <source>读取账单失败：%1</source>
        <translation>Could not read the bills: %1</translation>
    </message>
    <message>
        <source>%1‰</source>
        <translation>%1‰</translation>
    </message>
    <message>
        <source>%1‰/%2‰</source>
        <translation>%1‰/%2‰</translation>
    </message>
</context>
<context>
    <name>hd::PaymentService</name>
    <message>
        <source>缴费编号（UUID）无效：%1</source>
        <translation>The payment ID (UUID) is not valid: %1</translation>
    </message>
    <message>
        <source>缴费金额至少为 0.01 元。</source>
        <translation>A payment is at least 0.01 yuan.</translation>
    </message>
    <message>
        <source>缴费金额过大。</source>
        <translation>The payment amount is too large.</translation>
    </message>
    <message>
        <source>请选择付款方式。</source>
        <translation>Please choose a payment method.</translation>
    </message>
    <message>
        <source>每种付款方式的金额至少为 0.01 元。</source>
        <translation>Each payment method needs at least 0.01 yuan.</translation>
    </message>
    <message>
        <source>实收现金 %1 少于应收 %2。</source>
        <translation>Cash tendered %1 is less than the amount due %2.</translation>
    </message>
    <message>
        <source>请输入 POS 签购单上的参考号（4–32 位字母或数字）。</source>
        <translation>Please enter the reference number from the POS slip (4–32 letters or digits).</translation>
    </message>
    <message>
        <source>请输入银行卡号后四位数字。</source>
        <translation>Please enter the last four digits of the bank card.</translation>
    </message>
    <message>
        <source>付款码无效（应为 16–24 位数字），请让客户刷新付款码后重新扫描。</source>
        <translation>Invalid payment code (16–24 digits expected); ask the customer to refresh the code and scan again.</translation>
    </message>
    <message>
        <source>一笔缴费只能使用一个付款码。</source>
        <translation>One payment can use only one payment code.</translation>
    </message>
    <message>
        <source>各付款方式合计 %1 与缴费金额 %2 不符。</source>
        <translation>The methods add up to %1, which differs from the payment amount %2.</translation>
    </message>
    <message>
        <source>该笔扫码支付已被拒绝，未收款。请重新扫码或改用其他方式。</source>
        <translation>This QR payment was refused and nothing was collected. Scan again or use another method.</translation>
    </message>
    <message>
        <source>找不到缴费记录 %1。</source>
        <translation>Payment %1 not found.</translation>
    </message>
    <message>
        <source>找不到收据号 %1 的缴费记录，请核对收据。</source>
        <translation>No payment with receipt number %1; please check the receipt.</translation>
    </message>
    <message>
        <source>本机尚未设置营业厅和终端编码，不能出收据。请先运行 hallctl init。</source>
        <translation>This terminal has no hall and terminal code yet, so it cannot issue receipts. Run hallctl init first.</translation>
    </message>
    <message>
        <source>缴费编号 %1 已用于另一笔缴费（户号 %2，金额 %3），未重复收费。</source>
        <translation>Payment ID %1 was already used for another payment (account %2, amount %3); nothing was charged again.</translation>
    </message>
    <message>
        <source>当前班次由 %1 开班，%2 不能在此班次收费。请先结班后由本人开班。</source>
        <translation>The open shift was opened by %1; %2 cannot take payments in it. Close it first and open your own shift.</translation>
    </message>
    <message>
        <source>本机未配置扫码收单，请改用其他付款方式。</source>
        <translation>No QR acquirer is configured on this terminal; please use another method.</translation>
    </message>
    <message>
        <source>扫码支付被拒绝：%1。未收款，请让客户换一种方式付款。</source>
        <translation>QR payment refused: %1. Nothing was collected; ask the customer to pay another way.</translation>
    </message>
    <message>
        <source>扫码支付结果未知（收单机构无应答）：未计为已收款，已记入待确认，请稍后查询确认，切勿让客户重复付款。</source>
        <translation>QR payment outcome unknown (no answer from the acquirer): not counted as paid and kept as pending. Check again later and do not let the customer pay twice.</translation>
    </message>
    <message>
        <source>找不到待确认的缴费 %1。</source>
        <translation>Pending payment %1 not found.</translation>
    </message>
    <message>
        <source>该笔扫码支付已被拒绝，未收款。</source>
        <translation>This QR payment was refused; nothing was collected.</translation>
    </message>
    <message>
        <source>本机未配置扫码收单。</source>
        <translation>No QR acquirer is configured on this terminal.</translation>
    </message>
    <message>
        <source>收单机构仍无确定结果，该笔继续保持待确认。</source>
        <translation>The acquirer still has no definite answer; the payment stays pending.</translation>
    </message>
    <message>
        <source>扫码支付已确认，但当前没有开班：请开班后再处理待确认缴费，该笔不会丢失。</source>
        <translation>The QR payment is confirmed, but no shift is open: open a shift to settle pending payments. The payment will not be lost.</translation>
    </message>
    <message>
        <source>找零 %1 超过钱箱现金 %2，请先补充零钱（现金存入）。</source>
        <translation>Change of %1 exceeds the cash in the drawer (%2); add change first (cash in).</translation>
    </message>
    <message>
        <source>该户受限：%1。缴费照常受理，结清欠费后可办理业务。</source>
        <translation>This account is restricted: %1. Payments are accepted as usual; services become available once the arrears are cleared.</translation>
    </message>
    <message>
        <source>超出欠费部分 %1 已转为预存电费。</source>
        <translation>The %1 above the amount owed has been credited to the account (prepaid electricity).</translation>
    </message>
    <message>
        <source>冲正编号（UUID）无效：%1</source>
        <translation>The reversal ID (UUID) is not valid: %1</translation>
    </message>
    <message>
        <source>请填写冲正原因。</source>
        <translation>Please give the reason for the reversal.</translation>
    </message>
    <message>
        <source>冲正记录不能再冲正。</source>
        <translation>A reversal cannot itself be reversed.</translation>
    </message>
    <message>
        <source>收据 %1 已于冲正单 %2 冲正，不能重复冲正。</source>
        <translation>Receipt %1 was already reversed by reversal %2 and cannot be reversed again.</translation>
    </message>
    <message>
        <source>收据 %1 所在班次已结班，不能冲正。请为客户办理退费：填写退费申请，经值班长审批后原路退回或转为预存电费。</source>
        <translation>The shift of receipt %1 is closed, so it cannot be reversed. Arrange a refund instead: fill in a refund request, have the supervisor approve it, and refund to the original method or credit the account.</translation>
    </message>
    <message>
        <source>该户在此之后还有缴费（收据 %1），请先冲正后面的缴费。</source>
        <translation>The account has a later payment (receipt %1); reverse that one first.</translation>
    </message>
    <message>
        <source>数据库操作失败：%1</source>
        <translation>Database operation failed: %1</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>扫码</source>
        <translation>QR code</translation>
    </message>
</context>
<context>
    <name>hd::PaymentSettings</name>
    <message>
        <source>未知的设置项：%1</source>
        <translation>Unknown setting: %1</translation>
    </message>
    <message>
        <source>设置项 %1 的值应为非负整数：%2</source>
        <translation>Setting %1 needs a non-negative whole number: %2</translation>
    </message>
    <message>
        <source>无法保存设置 %1：%2</source>
        <translation>Cannot save setting %1: %2</translation>
    </message>
</context>
<context>
    <name>hd::Phone</name>
    <message>
        <source>手机号码只能包含数字：%1</source>
        <translation>A mobile number contains digits only: %1</translation>
    </message>
    <message>
        <source>手机号码应为 1 开头的 11 位数字（第二位 3–9）：%1</source>
        <translation>A mobile number has 11 digits starting with 1 (second digit 3–9): %1</translation>
    </message>
</context>
<context>
    <name>hd::PrintDispatcher</name>
    <message>
        <source>打印机 5 秒内没有完成打印：打印服务或打印机无响应。缴费已入账，不受影响；请检查打印机后在缴费记录中按 Ctrl+P 重打收据。</source>
        <translation>The printer did not finish within 5 seconds: the print service or printer is not responding. The payment is recorded and not affected; check the printer, then reprint the receipt from the payment history with Ctrl+P.</translation>
    </message>
</context>
<context>
    <name>hd::PrintDocument</name>
    <message>
        <source>重打 REPRINT 第 %1 次</source>
        <translation>REPRINT no. %1</translation>
    </message>
    <message>
        <source>重打人：%1</source>
        <translation>Reprinted by: %1</translation>
    </message>
    <message>
        <source>重打时间：%1</source>
        <translation>Reprinted at: %1</translation>
    </message>
</context>
<context>
    <name>hd::PrintSender</name>
    <message>
        <source>缴费已入账，不受影响；处理好后在缴费记录中选中该笔，按 Ctrl+P 重打收据。</source>
        <translation>The payment is recorded and not affected; once fixed, select it in the payment history and press Ctrl+P to reprint the receipt.</translation>
    </message>
    <message>
        <source>打印机回应的状态无法识别，可能不是 ESC/POS 打印机。请检查打印机设置。</source>
        <translation>The printer&apos;s status answer is not recognised; it may not be an ESC/POS printer. Please check the printer settings.</translation>
    </message>
    <message>
        <source>打印机缺纸。请装入新纸卷并合上纸仓盖。</source>
        <translation>The printer is out of paper. Load a new roll and close the cover.</translation>
    </message>
    <message>
        <source>打印机脱机（纸仓盖打开、缺纸或故障）。请检查打印机指示灯。</source>
        <translation>The printer is offline (cover open, out of paper or a fault). Check the printer&apos;s lights.</translation>
    </message>
    <message>
        <source>本终端尚未设置打印机。请在“设置 → 打印机”中选择打印机。</source>
        <translation>No printer is set up on this terminal. Choose one in Settings → Printers.</translation>
    </message>
    <message>
        <source>打印机 %1 拒绝连接：打印机未开机，或地址、端口设置不对。请检查打印机电源和网线。</source>
        <translation>Printer %1 refused the connection: it is switched off, or the address or port is wrong. Check the printer&apos;s power and network cable.</translation>
    </message>
    <message>
        <source>找不到打印机 %1，请检查打印机地址设置。</source>
        <translation>Printer %1 not found; check the printer address in the settings.</translation>
    </message>
    <message>
        <source>连接打印机 %1 超时：打印机可能断电或网络不通。请检查打印机电源和网线。</source>
        <translation>Connecting to printer %1 timed out: the printer may be off or the network down. Check the printer&apos;s power and network cable.</translation>
    </message>
    <message>
        <source>打印机 %1 没有响应状态查询：可能死机或忙。请关闭打印机电源，稍等再打开。</source>
        <translation>Printer %1 does not answer the status query: it may have hung or be busy. Switch it off, wait a moment and switch it on again.</translation>
    </message>
    <message>
        <source>打印机 %1 不接收数据（可能卡纸、缺纸或缓冲区已满）。请检查打印机。</source>
        <translation>Printer %1 does not take data (paper jam, out of paper or buffer full). Please check the printer.</translation>
    </message>
    <message>
        <source>与打印机 %1 的连接中断，收据可能没有打完。</source>
        <translation>The connection to printer %1 broke off; the receipt may be incomplete.</translation>
    </message>
    <message>
        <source>找不到打印机设备 %1：USB 线未接好或打印机未开机。</source>
        <translation>Printer device %1 not found: the USB cable is not connected or the printer is off.</translation>
    </message>
    <message>
        <source>没有权限使用打印机设备 %1，请联系系统管理员（需加入 lp 组）。</source>
        <translation>No permission to use printer device %1; ask the system administrator (the user must be in group lp).</translation>
    </message>
    <message>
        <source>无法打开打印机设备 %1：%2</source>
        <translation>Cannot open printer device %1: %2</translation>
    </message>
    <message>
        <source>打印机设备 %1 不能写入。</source>
        <translation>Printer device %1 cannot be written to.</translation>
    </message>
    <message>
        <source>打印机 %1 没有响应状态查询：可能死机或未开机。</source>
        <translation>Printer %1 does not answer the status query: it may have hung or be off.</translation>
    </message>
    <message>
        <source>打印机 %1 不接收数据（可能缺纸、卡纸或已断开）。请检查打印机。</source>
        <translation>Printer %1 does not take data (out of paper, paper jam or disconnected). Please check the printer.</translation>
    </message>
    <message>
        <source>打印服务（CUPS）没有运行。请联系系统管理员启动打印服务。</source>
        <translation>The print service (CUPS) is not running. Ask the system administrator to start it.</translation>
    </message>
    <message>
        <source>找不到打印队列 %1。请在“设置 → 打印机”中重新选择打印机。</source>
        <translation>Print queue %1 not found. Choose the printer again in Settings → Printers.</translation>
    </message>
    <message>
        <source>打印机 %1 缺纸。请装纸后重打。</source>
        <translation>Printer %1 is out of paper. Load paper, then reprint.</translation>
    </message>
    <message>
        <source>打印机 %1 脱机。请检查打印机电源和连线。</source>
        <translation>Printer %1 is offline. Check the printer&apos;s power and cable.</translation>
    </message>
    <message>
        <source>打印队列 %1 已停止，作业不会打印。请打印机管理员检查打印机后恢复队列（cupsenable %1）。</source>
        <translation>Print queue %1 is stopped; jobs will not print. The printer administrator should check the printer and resume the queue (cupsenable %1).</translation>
    </message>
    <message>
        <source>打印队列 %1 拒绝接收作业。请打印机管理员恢复队列（cupsaccept %1）。</source>
        <translation>Print queue %1 rejects jobs. The printer administrator should resume it (cupsaccept %1).</translation>
    </message>
    <message>
        <source>打印队列 %1 没有接收作业：%2</source>
        <translation>Print queue %1 did not take the job: %2</translation>
    </message>
    <message>
        <source>无法保存 PDF 文件 %1：%2</source>
        <translation>Cannot save PDF file %1: %2</translation>
    </message>
</context>
<context>
    <name>hd::PrinterConfig</name>
    <message>
        <source>打印机设置“%1”无效：%2</source>
        <translation>Printer setting &quot;%1&quot; is invalid: %2</translation>
    </message>
    <message>
        <source>格式不对</source>
        <translation>wrong format</translation>
    </message>
    <message>
        <source>纸张应为 80、58 或 a4</source>
        <translation>paper must be 80, 58 or a4</translation>
    </message>
    <message>
        <source>缺少打印机地址</source>
        <translation>printer address missing</translation>
    </message>
    <message>
        <source>缺少设备文件</source>
        <translation>device file missing</translation>
    </message>
    <message>
        <source>缺少打印队列名</source>
        <translation>queue name missing</translation>
    </message>
    <message>
        <source>缺少文件夹</source>
        <translation>folder missing</translation>
    </message>
    <message>
        <source>未知的打印机类型 %1</source>
        <translation>unknown printer type %1</translation>
    </message>
    <message>
        <source>热敏打印机只能用 80 或 58 毫米卷纸</source>
        <translation>thermal printers take 80 or 58 mm roll paper only</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>58 毫米卷纸</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <source>80 毫米卷纸</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>网络热敏打印机 %1:%2（%3）</source>
        <translation>Network thermal printer %1:%2 (%3)</translation>
    </message>
    <message>
        <source>USB 热敏打印机 %1（%2）</source>
        <translation>USB thermal printer %1 (%2)</translation>
    </message>
    <message>
        <source>打印队列 %1（%2）</source>
        <translation>Print queue %1 (%2)</translation>
    </message>
    <message>
        <source>PDF 文件，保存到 %1（%2）</source>
        <translation>PDF files saved to %1 (%2)</translation>
    </message>
</context>
<context>
    <name>hd::PrinterSettingsDialog</name>
    <message>
        <source>打印机设置</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>收据打印机(&amp;R)</source>
        <translation>&amp;Receipt printer</translation>
    </message>
    <message>
        <source>报表打印机(&amp;B)</source>
        <translation>Report &amp;printer</translation>
    </message>
    <message>
        <source>打印报表前先预览(&amp;V)</source>
        <translation>Pre&amp;view reports before printing</translation>
    </message>
    <message>
        <source>未设置报表打印机时，报表打印到收据打印机。</source>
        <translation>Without a report printer, reports print on the receipt printer.</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>网络热敏打印机（ESC/POS，端口 9100）</source>
        <translation>Network thermal printer (ESC/POS, port 9100)</translation>
    </message>
    <message>
        <source>USB 热敏打印机（ESC/POS）</source>
        <translation>USB thermal printer (ESC/POS)</translation>
    </message>
    <message>
        <source>系统打印机（CUPS）</source>
        <translation>System printer (CUPS)</translation>
    </message>
    <message>
        <source>保存为 PDF 文件</source>
        <translation>Save as PDF files</translation>
    </message>
    <message>
        <source>选择打印机类型后填写地址。</source>
        <translation>Choose the printer type, then fill in the address.</translation>
    </message>
    <message>
        <source>打印机 IP 地址，例如 192.168.1.50</source>
        <translation>Printer IP address, e.g. 192.168.1.50</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>保存 PDF 的文件夹</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <source>80 毫米卷纸</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <source>58 毫米卷纸</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>打印前查询打印机状态（缺纸、脱机）</source>
        <translation>Ask the printer for its status before printing (paper out, offline)</translation>
    </message>
    <message>
        <source>打印机不支持状态查询时请关闭，否则会报告“没有响应”。</source>
        <translation>Turn this off for printers that do not support status queries, or they are reported as not responding.</translation>
    </message>
    <message>
        <source>打印测试页(&amp;T)</source>
        <translation>Print &amp;test page</translation>
    </message>
    <message>
        <source>按当前填写的设置打印一张测试页（不必先保存）</source>
        <translation>Print a test page with the settings as filled in (no need to save first)</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>请先选择打印机。</source>
        <translation>Please choose a printer first.</translation>
    </message>
    <message>
        <source>正在打印测试页……</source>
        <translation>Printing the test page…</translation>
    </message>
</context>
<context>
    <name>hd::QuoteLineModel</name>
    <message>
        <source>账期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>电费金额</source>
        <translation>Bill amount</translation>
    </message>
    <message>
        <source>已缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>欠费</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>缴费截止日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>日费率</source>
        <translation>Daily rate</translation>
    </message>
    <message>
        <source>违约金</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <source>本次付违约金</source>
        <translation>Late fee paid now</translation>
    </message>
    <message>
        <source>本次付电费</source>
        <translation>Bill paid now</translation>
    </message>
</context>
<context>
    <name>hd::ReceiptPrintController</name>
    <message>
        <source>收据 %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>本终端尚未设置收据打印机。请在“设置 → 打印机”中选择打印机，然后在缴费记录中按 Ctrl+P 打印收据。</source>
        <translation>No receipt printer is set up on this terminal. Choose one in Settings → Printers, then print the receipt from the payment history with Ctrl+P.</translation>
    </message>
    <message>
        <source>收据 %1（重打第 %2 次）</source>
        <translation>Receipt %1 (reprint no. %2)</translation>
    </message>
    <message>
        <source>%1 日结报表</source>
        <translation>Day-end report %1</translation>
    </message>
    <message>
        <source>班次 %1 交班单</source>
        <translation>Shift-close sheet of shift %1</translation>
    </message>
    <message>
        <source>本终端尚未设置报表打印机。请在“设置 → 打印机”中选择打印机。</source>
        <translation>No report printer is set up on this terminal. Choose one in Settings → Printers.</translation>
    </message>
    <message>
        <source>测试页</source>
        <translation>Test page</translation>
    </message>
    <message>
        <source>测试页已发送到打印机。</source>
        <translation>The test page was sent to the printer.</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>%1 没有打印出来。</source>
        <translation>%1 did not print.</translation>
    </message>
</context>
<context>
    <name>hd::ReceiptPrintLog</name>
    <message>
        <source>数据库操作失败：%1</source>
        <translation>Database operation failed: %1</translation>
    </message>
    <message>
        <source>没有收据号为 %1 的已入账缴费，不能打印收据。请核对收据号。</source>
        <translation>There is no committed payment with receipt number %1, so no receipt can be printed. Please check the number.</translation>
    </message>
</context>
<context>
    <name>hd::ReceiptRecord</name>
    <message>
        <source>数据库操作失败：%1</source>
        <translation>Database operation failed: %1</translation>
    </message>
    <message>
        <source>该笔扫码支付尚未入账（状态：%1），不能打印收据。请先确认支付结果。</source>
        <translation>This QR payment is not committed yet (state: %1), so no receipt can be printed. Confirm the payment&apos;s outcome first.</translation>
    </message>
    <message>
        <source>没有收据号为 %1 的已入账缴费，不能打印收据。请核对收据号。</source>
        <translation>There is no committed payment with receipt number %1, so no receipt can be printed. Please check the number.</translation>
    </message>
</context>
<context>
    <name>hd::ReceiptSettings</name>
    <message>
        <source>未知的设置项：%1</source>
        <translation>Unknown setting: %1</translation>
    </message>
    <message>
        <source>设置项 %1 的值应为 0 或 1：%2</source>
        <translation>Setting %1 must be 0 or 1: %2</translation>
    </message>
    <message>
        <source>无法保存设置 %1：%2</source>
        <translation>Cannot save setting %1: %2</translation>
    </message>
</context>
<context>
    <name>hd::ReceiptStatement</name>
    <message>
        <source>这不是 HallDesk 收据二维码（%1）。</source>
        <translation>This is not a HallDesk receipt QR code (%1).</translation>
    </message>
    <message>
        <source>没有可用的终端签名密钥。</source>
        <translation>No terminal signing key is available.</translation>
    </message>
    <message>
        <source>收据号或户号含有冒号</source>
        <translation>the receipt or account number contains a colon</translation>
    </message>
    <message>
        <source>开头应为 %1</source>
        <translation>it should start with %1</translation>
    </message>
    <message>
        <source>应有 7 个字段，实有 %1 个</source>
        <translation>7 fields expected, %1 found</translation>
    </message>
    <message>
        <source>金额“%1”不是整数分</source>
        <translation>amount &quot;%1&quot; is not a whole number of fen</translation>
    </message>
    <message>
        <source>时间“%1”无效</source>
        <translation>time &quot;%1&quot; is invalid</translation>
    </message>
    <message>
        <source>密钥编号“%1”无效</source>
        <translation>key id &quot;%1&quot; is invalid</translation>
    </message>
    <message>
        <source>签名长度不对</source>
        <translation>wrong signature length</translation>
    </message>
    <message>
        <source>缺少收据号或户号</source>
        <translation>receipt or account number missing</translation>
    </message>
    <message>
        <source>二维码中的终端编号“%1”无效。</source>
        <translation>The terminal id &quot;%1&quot; in the QR code is invalid.</translation>
    </message>
    <message>
        <source>签名密钥 %1 不是本营业厅任何终端的密钥：不能证明收据由本厅签发。</source>
        <translation>Signing key %1 is not a key of any terminal of this hall: nothing shows the receipt was issued here.</translation>
    </message>
    <message>
        <source>签名密钥 %1 属于终端 %2，而二维码自称由终端 %3 签发。</source>
        <translation>Signing key %1 belongs to terminal %2, but the QR code claims terminal %3.</translation>
    </message>
    <message>
        <source>签名不符：二维码中的收据号、户号、金额或时间被改动过，或并非由该终端签发。</source>
        <translation>Signature mismatch: the receipt number, account, amount or time in the QR code was changed, or it was not issued by that terminal.</translation>
    </message>
    <message>
        <source>签名有效，但与本机记录的收据 %1 不一致（户号、金额或时间不同）。请立即报告值班长：终端签名密钥可能已泄露。</source>
        <translation>The signature is valid but does not match receipt %1 as recorded here (account, amount or time differ). Report to the supervisor at once: the terminal&apos;s signing key may have leaked.</translation>
    </message>
    <message>
        <source>真实：由终端 %1 签发，与本机记录一致。</source>
        <translation>Genuine: issued by terminal %1 and matching the local record.</translation>
    </message>
    <message>
        <source>真实：由本营业厅终端 %1 签发。</source>
        <translation>Genuine: issued by terminal %1 of this hall.</translation>
    </message>
    <message>
        <source>注意：该笔缴费已由冲正单 %1 冲正。</source>
        <translation>Note: this payment was reversed by reversal slip %1.</translation>
    </message>
</context>
<context>
    <name>hd::RejectedOpsDialog</name>
    <message>
        <source>缴费</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>冲正</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>现金存取</source>
        <translation>Cash in/out</translation>
    </message>
    <message>
        <source>被中心拒绝的操作</source>
        <translation>Operations refused by the centre</translation>
    </message>
    <message>
        <source>以下操作已在本机完成、票据有效，但中心未记账。请按原因处理（如核实户号后退款或补录），处理结果请记入值班日志。</source>
        <translation>These operations were completed here and their receipts are valid, but the centre did not book them. Act on the reason (for example verify the account number, then refund or re-enter) and record what was done in the duty log.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <source>票据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>中心的原因</source>
        <translation>Centre&apos;s reason</translation>
    </message>
</context>
<context>
    <name>hd::ReportPreviewDialog</name>
    <message>
        <source>打印预览 — %1 %2</source>
        <translation>Print preview — %1 %2</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>打印到 %1（Ctrl+P）</source>
        <translation>Print on %1 (Ctrl+P)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>不打印，关闭预览（Esc）</source>
        <translation>Close the preview without printing (Esc)</translation>
    </message>
    <message>
        <source>打印机：%1</source>
        <translation>Printer: %1</translation>
    </message>
</context>
<context>
    <name>hd::ResidentId</name>
    <message>
        <source>请输入身份证号码。</source>
        <translation>Please enter the ID number.</translation>
    </message>
    <message>
        <source>15 位身份证号码只能由数字组成：%1</source>
        <translation>A 15-digit ID number consists of digits only: %1</translation>
    </message>
    <message>
        <source>身份证号码应为 18 位（或旧版 15 位），当前为 %1 位。</source>
        <translation>An ID number has 18 characters (or 15 for the old format); this one has %1.</translation>
    </message>
    <message>
        <source>身份证号码前 17 位只能是数字：%1</source>
        <translation>The first 17 characters of an ID number are digits: %1</translation>
    </message>
    <message>
        <source>身份证号码最后一位只能是数字或 X：%1</source>
        <translation>The last character of an ID number is a digit or X: %1</translation>
    </message>
    <message>
        <source>身份证号码的地区代码 %1 不存在。</source>
        <translation>Region code %1 of the ID number does not exist.</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期 %1 不是有效日期。</source>
        <translation>The birth date %1 in the ID number is not a valid date.</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期 %1 不合理。</source>
        <translation>The birth date %1 in the ID number is not plausible.</translation>
    </message>
    <message>
        <source>身份证号码校验位错误：最后一位应为 %1，请核对号码。</source>
        <translation>Wrong check character in the ID number: the last character should be %1. Please check the number.</translation>
    </message>
</context>
<context>
    <name>hd::ReversalDialog</name>
    <message>
        <source>冲正</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <source>%1&#x3000;%2</source>
        <translation>%1&#x3000;%2</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>缴费时间</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>金额输错</source>
        <translation>Wrong amount</translation>
    </message>
    <message>
        <source>户号输错</source>
        <translation>Wrong account</translation>
    </message>
    <message>
        <source>付款方式选错</source>
        <translation>Wrong payment method</translation>
    </message>
    <message>
        <source>客户当场撤销</source>
        <translation>Cancelled by the customer on the spot</translation>
    </message>
    <message>
        <source>冲正原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>冲正生成一条新的冲正记录，原缴费记录保留；账单和预存电费恢复到缴费前。需值班长本人输入工号和密码。</source>
        <translation>A reversal is a new reversal record; the original payment stays. Bills and account credit return to their state before the payment. The supervisor types their own login and password.</translation>
    </message>
    <message>
        <source>值班长授权</source>
        <translation>Supervisor&apos;s approval</translation>
    </message>
    <message>
        <source>冲正（Ctrl+Enter）</source>
        <translation>Reverse (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>取消（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>请填写冲正原因。</source>
        <translation>Please give the reason for the reversal.</translation>
    </message>
    <message>
        <source>请值班长输入工号和密码。</source>
        <translation>The supervisor must enter their login and password.</translation>
    </message>
    <message>
        <source>冲正收据 %1（%2，户号 %3）。
原因：%4
现金缴费需将 %2 退还客户；银行卡、扫码按原路退回。确认冲正？</source>
        <translation>Reverse receipt %1 (%2, account %3).
Reason: %4
For a cash payment hand %2 back to the customer; card and QR payments go back the way they came. Reverse it?</translation>
    </message>
</context>
<context>
    <name>hd::SandboxAcquirer</name>
    <message>
        <source>付款码无效或余额不足（沙箱）</source>
        <translation>Invalid payment code or insufficient balance (sandbox)</translation>
    </message>
</context>
<context>
    <name>hd::SearchPage</name>
    <message>
        <source>户号 / 户名 / 手机号或尾号 / 小区、楼栋房号（如 3栋502）/ 身份证号</source>
        <translation>Account no. / name / phone or last four digits / compound, building-room (e.g. 3栋502) / ID number</translation>
    </message>
    <message>
        <source>查找客户（F2）。Enter 打开，↑↓ 选择，Esc 清空</source>
        <translation>Find customer (F2). Enter opens, ↑↓ select, Esc clears</translation>
    </message>
    <message>
        <source>没有找到与“%1”相符的户。可输入户号、户名、手机号、小区或身份证号。</source>
        <translation>No account matches &quot;%1&quot;. Try an account number, name, phone number, compound or ID number.</translation>
    </message>
    <message>
        <source>找到 %1 户（%2 毫秒）。Enter 打开第一户，↑↓ 选择。</source>
        <translation>%1 accounts found (%2 ms). Enter opens the first, ↑↓ select.</translation>
    </message>
</context>
<context>
    <name>hd::SearchResultModel</name>
    <message>
        <source>%1（受限）</source>
        <translation>%1 (restricted)</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>用电地址</source>
        <translation>Supply address</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>匹配</source>
        <translation>Matched on</translation>
    </message>
</context>
<context>
    <name>hd::SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>更改语言后，重新启动程序生效。</source>
        <translation>A change of language takes effect after restarting the program.</translation>
    </message>
    <message>
        <source>界面语言已保存，重新启动程序后生效。</source>
        <translation>The interface language is saved; it takes effect after restarting the program.</translation>
    </message>
    <message>
        <source>打印机(&amp;P)…</source>
        <translation>&amp;Printers…</translation>
    </message>
    <message>
        <source>选择本终端的收据和报表打印机，打印测试页（Alt+P）</source>
        <translation>Choose this terminal&apos;s receipt and report printers, print a test page (Alt+P)</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printers</translation>
    </message>
</context>
<context>
    <name>hd::ShiftCloseDialog</name>
    <message>
        <source>结班</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <source>班次：%1 于 %2 开班，备用金 %3。请清点钱箱，按面额填写；银行卡、扫码按结算单填写实际合计。</source>
        <translation>Shift: %1 opened at %2, float %3. Count the drawer by denomination; enter the card and QR totals from the settlement slips.</translation>
    </message>
    <message>
        <source>钱箱实点现金</source>
        <translation>Cash counted in the drawer</translation>
    </message>
    <message>
        <source>银行卡结算单合计(&amp;K)</source>
        <translation>Card settlement total (&amp;K)</translation>
    </message>
    <message>
        <source>扫码对账合计(&amp;Q)</source>
        <translation>QR statement total (&amp;Q)</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>应有</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>实点</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>扫码</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>差额超过允许范围：值班长确认</source>
        <translation>Difference above the limit: supervisor&apos;s confirmation</translation>
    </message>
    <message>
        <source>结班（Ctrl+Enter）</source>
        <translation>Close shift (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>取消（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>结算单合计：%1</source>
        <translation>Settlement total: %1</translation>
    </message>
    <message>
        <source>应有现金 = 备用金 %1 + 现金收款 %2 + 存入 %3 − 取出 %4；缴费 %5 笔，冲正 %6 笔</source>
        <translation>Expected cash = float %1 + cash taken %2 + cash in %3 − cash out %4; %5 payments, %6 reversals</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;差额合计（绝对值）%1，超过允许的 %2：&lt;/b&gt;需值班长核对并输入工号和密码。&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Total difference (absolute) %1, above the allowed %2:&lt;/b&gt; a supervisor must check it and enter their login and password.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>差额合计（绝对值）%1，在允许的 %2 以内。</source>
        <translation>Total difference (absolute) %1, within the allowed %2.</translation>
    </message>
    <message>
        <source>差额超过允许范围，请值班长输入工号和密码后再结班。</source>
        <translation>The difference is above the limit: the supervisor must enter their login and password before the shift can close.</translation>
    </message>
    <message>
        <source>现金应有 %1，实点 %2；差额合计 %3。
结班后本班次不能再收费或冲正。确认结班？</source>
        <translation>Cash expected %1, counted %2; total difference %3.
After closing no payment or reversal can be made in this shift. Close the shift?</translation>
    </message>
    <message>
        <source>尚有 %1 笔扫码缴费待确认，未计入应有金额。建议先取消结班，按 F12 查询确认后再结班。</source>
        <translation>%1 QR payment(s) are still pending and not counted as expected. Better cancel, press F12 to ask again, then close the shift.</translation>
    </message>
</context>
<context>
    <name>hd::ShiftLedger</name>
    <message>
        <source>班次 %1 不存在。</source>
        <translation>Shift %1 does not exist.</translation>
    </message>
    <message>
        <source>当前没有开班，不能收费。请先开班（清点备用金）。</source>
        <translation>No shift is open, so no payment can be taken. Open a shift first (count the float).</translation>
    </message>
    <message>
        <source>本终端已有未结班次（%1 于 %2 开班），请先结班。</source>
        <translation>This terminal already has an open shift (%1, opened %2); close it first.</translation>
    </message>
    <message>
        <source>金额应大于 0。</source>
        <translation>The amount must be greater than 0.</translation>
    </message>
    <message>
        <source>请填写现金存取的原因。</source>
        <translation>Please give the reason for the cash movement.</translation>
    </message>
    <message>
        <source>钱箱应有现金 %1，不足以取出 %2。</source>
        <translation>The drawer should hold %1, which is not enough to take out %2.</translation>
    </message>
    <message>
        <source>结班差额 %1 超过允许的 %2，需要值班长输入密码确认。</source>
        <translation>The closing difference %1 exceeds the allowed %2; a supervisor must confirm with their password.</translation>
    </message>
    <message>
        <source>结班差额超过允许范围，需要值班长输入密码确认。</source>
        <translation>The closing difference exceeds the allowed range; a supervisor must confirm with their password.</translation>
    </message>
    <message>
        <source>数据库操作失败：%1</source>
        <translation>Database operation failed: %1</translation>
    </message>
</context>
<context>
    <name>hd::ShiftOpenDialog</name>
    <message>
        <source>开班</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>收费员 %1（%2）开班。请清点钱箱中的备用金，按面额填写张数或枚数（回车到下一行）。</source>
        <translation>Clerk %1 (%2) opens a shift. Count the float in the drawer and enter the pieces of each denomination (Enter moves to the next row).</translation>
    </message>
    <message>
        <source>开班（Ctrl+Enter）</source>
        <translation>Open shift (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>取消（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>备用金合计 %1
%2

确认开班？</source>
        <translation>Float total %1
%2

Open the shift?</translation>
    </message>
    <message>
        <source>（钱箱为空）</source>
        <translation>(the drawer is empty)</translation>
    </message>
</context>
<context>
    <name>hd::Store</name>
    <message>
        <source>找不到数据库 %1。请先用 hallctl init 创建，或用 --store 指定路径。</source>
        <translation>Store %1 not found. Create it with hallctl init first, or give its path with --store.</translation>
    </message>
    <message>
        <source>无法打开数据库 %1：%2</source>
        <translation>Cannot open the store %1: %2</translation>
    </message>
    <message>
        <source>数据库 %1 由更新版本的 HallDesk 创建（数据结构版本 %2，本程序支持到 %3）。为保护数据，本程序不会打开或修改它，请升级 HallDesk。</source>
        <translation>Store %1 was written by a newer HallDesk (schema version %2; this program supports up to %3). To protect the data this program will neither open nor change it; please upgrade HallDesk.</translation>
    </message>
    <message>
        <source>数据库升级到版本 %1 失败，数据库保持原样：%2</source>
        <translation>Upgrading the store to version %1 failed; the store is unchanged: %2</translation>
    </message>
    <message>
        <source>无法保存设置 %1：%2</source>
        <translation>Cannot save setting %1: %2</translation>
    </message>
    <message>
        <source>营业厅编码应为 4 位数字：%1</source>
        <translation>A hall code has 4 digits: %1</translation>
    </message>
    <message>
        <source>终端编码应为 2 位数字：%1</source>
        <translation>A terminal code has 2 digits: %1</translation>
    </message>
    <message>
        <source>数据库操作失败：%1（%2）</source>
        <translation>Database operation failed: %1 (%2)</translation>
    </message>
    <message>
        <source>无法读取数据库版本：%1。该文件可能不是 HallDesk 数据库或已损坏。</source>
        <translation>Cannot read the store&apos;s version: %1. The file may not be a HallDesk store, or it is damaged.</translation>
    </message>
</context>
<context>
    <name>hd::SupervisorBox</name>
    <message>
        <source>值班长工号</source>
        <translation>Supervisor&apos;s login</translation>
    </message>
    <message>
        <source>值班长本人输入</source>
        <translation>Typed by the supervisor</translation>
    </message>
    <message>
        <source>值班长工号(&amp;S)</source>
        <translation>Supervisor&apos;s login (&amp;S)</translation>
    </message>
    <message>
        <source>值班长密码(&amp;W)</source>
        <translation>Supervisor&apos;s password (&amp;W)</translation>
    </message>
</context>
<context>
    <name>hd::SyncStatusWidget</name>
    <message>
        <source>查看被中心拒绝的操作（Ctrl+Shift+R）</source>
        <translation>Show the operations refused by the centre (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>离线：尚未从中心取得数据，账单与违约金以本机现有数据为准。</source>
        <translation>Offline: no data from the centre yet; bills and late fees are as held on this counter.</translation>
    </message>
    <message>
        <source>离线：账单与违约金按 %1 的数据计算，联网后以中心为准。</source>
        <translation>Offline: bills and late fees are as of %1; the centre decides once the link is back.</translation>
    </message>
    <message>
        <source>● 中心在线</source>
        <translation>● Centre online</translation>
    </message>
    <message>
        <source>● 离线</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>待上传 %1</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>数据截至 %1</source>
        <translation>Data as of %1</translation>
    </message>
    <message>
        <source>数据截至 —</source>
        <translation>Data as of —</translation>
    </message>
    <message>
        <source>尚未从中心同步</source>
        <translation>Never synced with the centre</translation>
    </message>
    <message>
        <source>被拒绝 %1</source>
        <translation>%1 refused</translation>
    </message>
</context>
<context>
    <name>hd::TerminalKey</name>
    <message>
        <source>钥匙串无响应。</source>
        <translation>The keychain does not answer.</translation>
    </message>
    <message>
        <source>无法读取终端签名密钥 %1：%2</source>
        <translation>Cannot read the terminal signing key %1: %2</translation>
    </message>
    <message>
        <source>终端签名密钥文件 %1 内容无效，请联系系统管理员。</source>
        <translation>The terminal signing key file %1 is invalid; please contact the system administrator.</translation>
    </message>
    <message>
        <source>无法创建终端签名密钥文件 %1：%2</source>
        <translation>Cannot create the terminal signing key file %1: %2</translation>
    </message>
    <message>
        <source>无法保存终端签名密钥文件 %1：%2</source>
        <translation>Cannot save the terminal signing key file %1: %2</translation>
    </message>
    <message>
        <source>终端签名密钥无效。</source>
        <translation>The terminal signing key is invalid.</translation>
    </message>
    <message>
        <source>本机尚未设置营业厅和终端编码，不能签发收据。请先运行 hallctl init。</source>
        <translation>The hall and terminal codes are not set on this machine, so receipts cannot be signed. Run hallctl init first.</translation>
    </message>
    <message>
        <source>无法生成终端签名密钥。</source>
        <translation>Cannot generate the terminal signing key.</translation>
    </message>
    <message>
        <source>本终端</source>
        <translation>This terminal</translation>
    </message>
</context>
<context>
    <name>hd::TrustedKeys</name>
    <message>
        <source>终端编号应为“营业厅-终端”，例如 4401-03：%1</source>
        <translation>The terminal id must be &quot;hall-terminal&quot;, e.g. 4401-03: %1</translation>
    </message>
    <message>
        <source>公钥应为 32 字节（Base64 编码 44 个字符）。</source>
        <translation>A public key is 32 bytes (44 characters in Base64).</translation>
    </message>
    <message>
        <source>公钥 %1 已在信任列表中。</source>
        <translation>Public key %1 is already trusted.</translation>
    </message>
    <message>
        <source>无法保存公钥：%1</source>
        <translation>Cannot save the public key: %1</translation>
    </message>
</context>
<context>
    <name>hd::capture::CameraSource</name>
    <message>
        <source>没有找到摄像头（高拍仪）：请检查 USB 连接。</source>
        <translation>No camera (document camera) found: check the USB connection.</translation>
    </message>
    <message>
        <source>摄像头无法启动：%1</source>
        <translation>The camera cannot start: %1</translation>
    </message>
</context>
<context>
    <name>hd::capture::CaptureEngine</name>
    <message>
        <source>未找到证件：请把证件平放在镜头下</source>
        <translation>No document found: lay the document flat under the camera</translation>
    </message>
    <message>
        <source>证件四角无效，请重新框选。</source>
        <translation>The document corners are not valid; place them again.</translation>
    </message>
    <message>
        <source>没有图像来源。</source>
        <translation>No image source.</translation>
    </message>
</context>
<context>
    <name>hd::capture::DocumentPdf</name>
    <message>
        <source>证件图像无法解码，无法导出。</source>
        <translation>The document image cannot be decoded; nothing exported.</translation>
    </message>
    <message>
        <source>没有可导出的证件图像。</source>
        <translation>There is no document image to export.</translation>
    </message>
    <message>
        <source>无法写入 PDF：%1</source>
        <translation>Cannot write the PDF: %1</translation>
    </message>
</context>
<context>
    <name>hd::capture::FrameSource</name>
    <message>
        <source>找不到图像文件：%1</source>
        <translation>Image file not found: %1</translation>
    </message>
    <message>
        <source>找不到文件夹：%1</source>
        <translation>Folder not found: %1</translation>
    </message>
    <message>
        <source>无法打开视频文件：%1</source>
        <translation>Cannot open the video file: %1</translation>
    </message>
</context>
<context>
    <name>hd::capture::ImageLoader</name>
    <message>
        <source>JPEG 文件不完整（可能传输中断），请重新拍摄或复制。</source>
        <translation>The JPEG file is incomplete (perhaps an interrupted transfer); take or copy it again.</translation>
    </message>
    <message>
        <source>JPEG 文件头损坏，无法读取图像尺寸。</source>
        <translation>The JPEG header is damaged; the image size cannot be read.</translation>
    </message>
    <message>
        <source>PNG 文件头损坏。</source>
        <translation>The PNG header is damaged.</translation>
    </message>
    <message>
        <source>PNG 文件不完整（可能传输中断），请重新拍摄或复制。</source>
        <translation>The PNG file is incomplete (perhaps an interrupted transfer); take or copy it again.</translation>
    </message>
    <message>
        <source>图像尺寸过大。</source>
        <translation>The image is too large.</translation>
    </message>
    <message>
        <source>TIFF 文件头损坏。</source>
        <translation>The TIFF header is damaged.</translation>
    </message>
    <message>
        <source>TIFF 文件不完整。</source>
        <translation>The TIFF file is incomplete.</translation>
    </message>
    <message>
        <source>TIFF 文件缺少图像尺寸。</source>
        <translation>The TIFF file does not give the image size.</translation>
    </message>
    <message>
        <source>BMP 文件头损坏。</source>
        <translation>The BMP header is damaged.</translation>
    </message>
    <message>
        <source>文件是空的（0 字节），不是图像。</source>
        <translation>The file is empty (0 bytes), not an image.</translation>
    </message>
    <message>
        <source>图像只有 %1×%2 像素，太小，无法识别证件。</source>
        <translation>The image is only %1×%2 pixels, too small to find a document in.</translation>
    </message>
    <message>
        <source>图像尺寸 %1×%2 过大（上限 %3 百万像素），已拒绝。</source>
        <translation>The image size %1×%2 is too large (limit %3 megapixels); refused.</translation>
    </message>
    <message>
        <source>图像数据损坏，无法解码。</source>
        <translation>The image data is damaged and cannot be decoded.</translation>
    </message>
    <message>
        <source>图像数据与文件头不符，无法使用。</source>
        <translation>The image data does not match its header and cannot be used.</translation>
    </message>
    <message>
        <source>无法打开文件：%1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>文件过大（超过 200 MB），已拒绝。</source>
        <translation>The file is too large (over 200 MB); refused.</translation>
    </message>
    <message>
        <source>WebP 文件头损坏。</source>
        <translation>The WebP file header is damaged.</translation>
    </message>
    <message>
        <source>WebP 文件不完整（可能传输中断），请重新拍摄或复制。</source>
        <translation>The WebP file is incomplete (the transfer may have been cut off); take or copy it again.</translation>
    </message>
    <message>
        <source>不支持的图像格式（支持 JPEG、PNG、TIFF、BMP、WebP）。</source>
        <translation>Unsupported image format (JPEG, PNG, TIFF, BMP and WebP are supported).</translation>
    </message>
</context>
<context>
    <name>hd::capture::QualityGate</name>
    <message>
        <source>图像模糊：请稳住证件，等待对焦</source>
        <translation>Blurred: hold the document still and wait for focus</translation>
    </message>
    <message>
        <source>反光遮挡文字：请调整证件角度或灯光</source>
        <translation>Glare over the text: tilt the document or change the light</translation>
    </message>
    <message>
        <source>证件太小或太远：请靠近镜头</source>
        <translation>Document too small or too far: move it closer to the camera</translation>
    </message>
    <message>
        <source>证件未完整入镜：请移到画面中间</source>
        <translation>Document not entirely in the picture: move it to the middle</translation>
    </message>
    <message>
        <source>证件在移动：请放稳</source>
        <translation>Document moving: hold it still</translation>
    </message>
    <message>
        <source>框出的形状与所选证件不符：请确认所选证件，把证件单独放好，或手动调整四角</source>
        <translation>The outline is not the shape of the chosen document: check the document chosen, lay the document on its own, or adjust the corners by hand</translation>
    </message>
</context>
<context>
    <name>hd::capture::Rectifier</name>
    <message>
        <source>未知的证件类型“%1”（可选 id-card、a4、licence）。</source>
        <translation>Unknown document type “%1” (choose id-card, a4 or licence).</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>A4 证明/权证</source>
        <translation>A4 certificate</translation>
    </message>
    <message>
        <source>营业执照</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>没有图像可供矫正。</source>
        <translation>There is no image to straighten.</translation>
    </message>
    <message>
        <source>证件四角无效，请重新框选。</source>
        <translation>The document corners are not valid; place them again.</translation>
    </message>
</context>
<context>
    <name>hd::central::CentralDb</name>
    <message>
        <source>数据库错误（%1）：%2</source>
        <translation>Database error (%1): %2</translation>
    </message>
    <message>
        <source>找不到中心数据密钥文件 %1。数据库中的电话和证件号码用它加密，没有它中心无法启动（也不会以明文方式运行）。请从备份恢复该文件，或用 --data-key 指定它的位置。</source>
        <translation>The centre&apos;s data key file %1 is missing. The phone and ID numbers in the database are encrypted with it; without it the centre cannot start (and will not run unencrypted). Restore the file from a backup, or give its location with --data-key.</translation>
    </message>
    <message>
        <source>无法创建中心数据密钥的目录 %1。</source>
        <translation>Cannot create the folder %1 for the centre&apos;s data key.</translation>
    </message>
    <message>
        <source>中心数据密钥文件 %1 的权限过宽（其他用户可以读写），中心拒绝使用它。请改为只有本用户可读写：chmod 600 %1</source>
        <translation>The centre&apos;s data key file %1 is open to other users (they can read or write it), so the centre refuses it. Make it readable and writable by its owner only: chmod 600 %1</translation>
    </message>
    <message>
        <source>无法读取中心数据密钥文件 %1：%2</source>
        <translation>Cannot read the centre&apos;s data key file %1: %2</translation>
    </message>
    <message>
        <source>中心数据密钥文件 %1 内容无效（应为 32 字节密钥的 Base64 文本）。</source>
        <translation>The centre&apos;s data key file %1 is not valid (it should hold a 32-byte key in Base64).</translation>
    </message>
    <message>
        <source>不支持的数据库类型：%1（应为 sqlite 或 postgres）</source>
        <translation>Unsupported database type: %1 (use sqlite or postgres)</translation>
    </message>
    <message>
        <source>中心数据库的结构版本为 %1，本程序支持 1 到 %2。为保护数据，本程序不会使用或修改它。</source>
        <translation>The central database has schema version %1; this program supports 1 to %2. To protect the data, this program will neither use nor change it.</translation>
    </message>
    <message>
        <source>中心数据密钥文件 %1 与数据库不匹配：数据库中的电话和证件号码是用另一把密钥加密的。请使用该数据库原来的密钥文件（中心不会以明文方式运行）。</source>
        <translation>The centre&apos;s data key file %1 does not match the database: its phone and ID numbers were encrypted with another key. Use the database&apos;s original key file (the centre will not run unencrypted).</translation>
    </message>
    <message>
        <source>中心数据库升级到结构版本 %1 失败，数据库保持原样：%2</source>
        <translation>Upgrading the central database to schema version %1 failed; the database is unchanged: %2</translation>
    </message>
</context>
<context>
    <name>hd::central::CentralServer</name>
    <message>
        <source>请求缺少或带有格式错误的认证信息。</source>
        <translation>The request&apos;s authentication is missing or malformed.</translation>
    </message>
    <message>
        <source>请求的 nonce 格式错误。</source>
        <translation>The request&apos;s nonce is malformed.</translation>
    </message>
    <message>
        <source>请求签名无效。</source>
        <translation>The request&apos;s signature is not valid.</translation>
    </message>
    <message>
        <source>该终端（或渠道）已被中心停用。</source>
        <translation>The centre has revoked this terminal (or channel).</translation>
    </message>
    <message>
        <source>该密钥无权调用此接口。</source>
        <translation>This key may not call this endpoint.</translation>
    </message>
    <message>
        <source>请求时间与中心时间相差超过 %1 秒，请校准本机时钟。</source>
        <translation>The request&apos;s time differs from the centre&apos;s by more than %1 seconds; set this computer&apos;s clock right.</translation>
    </message>
    <message>
        <source>没有这个接口：%1</source>
        <translation>No such endpoint: %1</translation>
    </message>
    <message>
        <source>此接口不支持该请求方法。</source>
        <translation>This endpoint does not support the request method.</translation>
    </message>
    <message>
        <source>请求体过大（上限 %1 字节）。</source>
        <translation>The request body is too large (at most %1 bytes).</translation>
    </message>
    <message>
        <source>未知参数：%1</source>
        <translation>Unknown parameter: %1</translation>
    </message>
    <message>
        <source>limit 应为正整数。</source>
        <translation>limit must be a positive whole number.</translation>
    </message>
    <message>
        <source>day 应为日期 yyyy-MM-dd。</source>
        <translation>day must be a date written yyyy-MM-dd.</translation>
    </message>
</context>
<context>
    <name>hd::central::CentralService</name>
    <message>
        <source>未知的终端或渠道密钥。</source>
        <translation>Unknown terminal or channel key.</translation>
    </message>
    <message>
        <source>重复的请求（nonce 已使用），已拒绝。</source>
        <translation>Repeated request (nonce already used); refused.</translation>
    </message>
    <message>
        <source>请求过于频繁（每分钟最多 %1 次），请稍后再试。</source>
        <translation>Too many requests (at most %1 a minute); try again later.</translation>
    </message>
    <message>
        <source>public_key 应为 32 字节的 Base64。</source>
        <translation>public_key must be 32 bytes in Base64.</translation>
    </message>
    <message>
        <source>终端编号应为两位数字。</source>
        <translation>The terminal number must be two digits.</translation>
    </message>
    <message>
        <source>注册码无效、已使用或已过期，请向中心管理员索取新的注册码。</source>
        <translation>The enrollment code is invalid, used or expired; ask the centre&apos;s administrator for a new one.</translation>
    </message>
    <message>
        <source>%1 应为对象。</source>
        <translation>%1 must be an object.</translation>
    </message>
    <message>
        <source>%1 应为小写 UUID。</source>
        <translation>%1 must be a lower-case UUID.</translation>
    </message>
    <message>
        <source>未知的操作类型：%1</source>
        <translation>Unknown operation kind: %1</translation>
    </message>
    <message>
        <source>%1 应为 %2（客户端应先升级旧数据）。</source>
        <translation>%1 must be %2 (the client should upgrade its old data first).</translation>
    </message>
    <message>
        <source>%1 应为 64 位小写十六进制的 SHA-256。</source>
        <translation>%1 must be a SHA-256 written as 64 lower-case hex digits.</translation>
    </message>
    <message>
        <source>游标格式无效：%1</source>
        <translation>Malformed cursor: %1</translation>
    </message>
    <message>
        <source>本地数据的同步点已失效（中心数据已重新装载），需要完整重新同步。</source>
        <translation>The local data&apos;s sync point is no longer valid (the centre&apos;s data was reloaded); a full re-sync is needed.</translation>
    </message>
    <message>
        <source>账户 %1 的个人信息无法解密：%2</source>
        <translation>The personal data of account %1 cannot be decrypted: %2</translation>
    </message>
    <message>
        <source>paid_at 应为 ISO 8601 时间。</source>
        <translation>paid_at must be an ISO 8601 time.</translation>
    </message>
    <message>
        <source>尚未收到结班数据</source>
        <translation>No shift closing received yet</translation>
    </message>
    <message>
        <source>营业厅 %1 不存在。</source>
        <translation>Hall %1 does not exist.</translation>
    </message>
    <message>
        <source>没有这个终端：%1</source>
        <translation>No such terminal: %1</translation>
    </message>
    <message>
        <source>没有这个操作员：%1</source>
        <translation>No such operator: %1</translation>
    </message>
    <message>
        <source>没有这个户号：%1</source>
        <translation>No such account: %1</translation>
    </message>
    <message>
        <source>操作编号 %1 已用于内容不同的另一操作，未重复记账。</source>
        <translation>Operation ID %1 was already used for a different operation; nothing was booked again.</translation>
    </message>
    <message>
        <source>缴费编号 %1 已被另一笔缴费使用。</source>
        <translation>Payment ID %1 is already used by another payment.</translation>
    </message>
    <message>
        <source>户号 %1 在中心不存在，请核实后退款或转入正确户号。</source>
        <translation>Account %1 does not exist at the centre; check it, then refund the payment or move it to the right account.</translation>
    </message>
    <message>
        <source>冲正编号 %1 已被另一笔缴费使用。</source>
        <translation>Reversal ID %1 is already used by another payment.</translation>
    </message>
    <message>
        <source>被冲正的缴费 %1 在中心没有记录（可能已被拒绝）。</source>
        <translation>The reversed payment %1 is not on record at the centre (it may have been refused).</translation>
    </message>
    <message>
        <source>该笔缴费已被冲正过。</source>
        <translation>This payment was already reversed.</translation>
    </message>
    <message>
        <source>冲正的户号与原缴费不符。</source>
        <translation>The reversal&apos;s account does not match the original payment&apos;s.</translation>
    </message>
    <message>
        <source>户号 %1 在中心不存在。</source>
        <translation>Account %1 does not exist at the centre.</translation>
    </message>
    <message>
        <source>上一批操作（至序号 %1）尚未被中心处理，本批未处理，请在其后重发。</source>
        <translation>The previous batch (up to sequence %1) has not been processed by the centre yet; this batch was not processed. Send it again after that one.</translation>
    </message>
</context>
<context>
    <name>hd::sync</name>
    <message>
        <source>请求不是有效的 UTF-8 文本。</source>
        <translation>The request is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>请求不是有效的 JSON（第 %1 字节）：%2</source>
        <translation>The request is not valid JSON (byte %1): %2</translation>
    </message>
    <message>
        <source>请求体应为 JSON 对象。</source>
        <translation>The request body must be a JSON object.</translation>
    </message>
    <message>
        <source>字段 %1 应为小写 UUID。</source>
        <translation>Field %1 must be a lowercase UUID.</translation>
    </message>
    <message>
        <source>字段 %1 应为日期 yyyy-MM-dd。</source>
        <translation>Field %1 must be a date yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>字段 %1 应为 ISO 8601 时间。</source>
        <translation>Field %1 must be an ISO 8601 instant.</translation>
    </message>
    <message>
        <source>字段 %1 的元素过多。</source>
        <translation>Field %1 has too many elements.</translation>
    </message>
    <message>
        <source>缴费类型应为 bill 或 topup。</source>
        <translation>The payment kind must be bill or topup.</translation>
    </message>
    <message>
        <source>字段 %1 应为对象。</source>
        <translation>Field %1 must be an object.</translation>
    </message>
    <message>
        <source>现金存取方向应为 in 或 out。</source>
        <translation>The cash movement direction must be in or out.</translation>
    </message>
    <message>
        <source>未知的操作类型：%1</source>
        <translation>Unknown operation kind: %1</translation>
    </message>
    <message>
        <source>本地数据库错误：%1</source>
        <translation>Local store error: %1</translation>
    </message>
</context>
<context>
    <name>hd::sync::FieldReader</name>
    <message>
        <source>缺少字段：%1</source>
        <translation>Missing field: %1</translation>
    </message>
    <message>
        <source>字段 %1 应为字符串。</source>
        <translation>Field %1 must be a string.</translation>
    </message>
    <message>
        <source>字段 %1 过长（最多 %2 个字符）。</source>
        <translation>Field %1 is too long (at most %2 characters).</translation>
    </message>
    <message>
        <source>字段 %1 含有控制字符。</source>
        <translation>Field %1 contains control characters.</translation>
    </message>
    <message>
        <source>字段 %1 应为整数。</source>
        <translation>Field %1 must be an integer.</translation>
    </message>
    <message>
        <source>字段 %1 超出范围（%2 至 %3）。</source>
        <translation>Field %1 is out of range (%2 to %3).</translation>
    </message>
    <message>
        <source>字段 %1 应为 true 或 false。</source>
        <translation>Field %1 must be true or false.</translation>
    </message>
    <message>
        <source>字段 %1 应为对象。</source>
        <translation>Field %1 must be an object.</translation>
    </message>
    <message>
        <source>字段 %1 应为数组。</source>
        <translation>Field %1 must be an array.</translation>
    </message>
    <message>
        <source>字段 %1 的元素过多（最多 %2 个）。</source>
        <translation>Field %1 has too many elements (at most %2).</translation>
    </message>
    <message>
        <source>未知字段：%1</source>
        <translation>Unknown field: %1</translation>
    </message>
</context>
<context>
    <name>hd::sync::PayloadMigration</name>
    <message>
        <source>旧版本数据的金额无法识别：%1 = %2</source>
        <translation>An amount written by an older version cannot be read: %1 = %2</translation>
    </message>
    <message>
        <source>无法识别的数据版本 %1（%2），请升级程序。</source>
        <translation>Unknown data version %1 (%2); please upgrade the program.</translation>
    </message>
</context>
<context>
    <name>hd::sync::SyncClient</name>
    <message>
        <source>无法连接中心：%1</source>
        <translation>Cannot reach the centre: %1</translation>
    </message>
    <message>
        <source>中心答复 %1：%2</source>
        <translation>The centre answered %1: %2</translation>
    </message>
    <message>
        <source>未配置或无法读取中心的 CA 证书 %1</source>
        <translation>The centre&apos;s CA certificate %1 is not configured or cannot be read</translation>
    </message>
</context>
<context>
    <name>hd::sync::SyncConfig</name>
    <message>
        <source>找不到本终端的同步密钥文件 %1，请重新注册终端。</source>
        <translation>This terminal&apos;s sync key file %1 is missing; enroll the terminal again.</translation>
    </message>
    <message>
        <source>无法写入同步密钥文件 %1。</source>
        <translation>Cannot write the sync key file %1.</translation>
    </message>
</context>
<context>
    <name>hd::sync::SyncEngine</name>
    <message>
        <source>中心地址无效：%1</source>
        <translation>Invalid centre address: %1</translation>
    </message>
    <message>
        <source>注册码属于营业厅 %1，本机是营业厅 %2，未注册。</source>
        <translation>The enrollment code belongs to hall %1 but this counter is in hall %2; not enrolled.</translation>
    </message>
    <message>
        <source>本地数据库不是 SQLite。</source>
        <translation>The local store is not SQLite.</translation>
    </message>
    <message>
        <source>本地数据库错误：%1</source>
        <translation>Local store error: %1</translation>
    </message>
    <message>
        <source>中心的答复与发送的操作不对应，未记录。</source>
        <translation>The centre&apos;s answer does not match the operations sent; nothing was recorded.</translation>
    </message>
</context>
<context>
    <name>hd::ui::CaptureDialog</name>
    <message>
        <source>证件采集 — %1</source>
        <translation>Document capture — %1</translation>
    </message>
    <message>
        <source>保存到档案</source>
        <translation>Save to file</translation>
    </message>
    <message>
        <source>保存到档案（Ctrl+S）</source>
        <translation>Save to file (Ctrl+S)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>还缺：%1。身份证须正反两面一起保存。</source>
        <translation>Still missing: %1. An ID card is saved with both sides.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>还没有拍摄任何证件。</source>
        <translation>No document has been taken yet.</translation>
    </message>
    <message>
        <source>%1 保存失败：%2</source>
        <translation>%1 could not be saved: %2</translation>
    </message>
    <message>
        <source>已保存 %1 份证件。</source>
        <translation>Saved %1 document(s).</translation>
    </message>
    <message>
        <source>已拍摄 %1 张尚未保存，确定放弃？</source>
        <translation>%1 picture(s) taken and not saved. Discard them?</translation>
    </message>
    <message>
        <source>放弃未保存的证件</source>
        <translation>Discard unsaved documents</translation>
    </message>
</context>
<context>
    <name>hd::ui::CapturePreview</name>
    <message>
        <source>证件清晰，请保持不动</source>
        <translation>Document is sharp: hold still</translation>
    </message>
    <message>
        <source>拖动四角对准证件边缘（Tab 换角，方向键微调；不是这份请按 F6），Enter 确认，Esc 取消</source>
        <translation>Drag the corners onto the document&apos;s edges (Tab: next corner, arrow keys: fine-tune; not this document: F6), Enter to confirm, Esc to cancel</translation>
    </message>
</context>
<context>
    <name>hd::ui::CaptureWidget</name>
    <message>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>营业执照</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>房产证明</source>
        <translation>Proof of property</translation>
    </message>
    <message>
        <source>拍照</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>重拍</source>
        <translation>Retake</translation>
    </message>
    <message>
        <source>证件清晰，请保持不动</source>
        <translation>Document is sharp, hold still</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>身份证人像面</source>
        <translation>ID card, photo side</translation>
    </message>
    <message>
        <source>身份证国徽面</source>
        <translation>ID card, emblem side</translation>
    </message>
    <message>
        <source>画面来源：摄像头（高拍仪）、视频文件、图像或扫描文件夹</source>
        <translation>Picture source: camera (document camera), video file, image or folder of scans</translation>
    </message>
    <message>
        <source>摄像头分辨率（本机记住所选）</source>
        <translation>Camera resolution (remembered on this terminal)</translation>
    </message>
    <message>
        <source>需采集的证件：选中一项后拍摄</source>
        <translation>Documents to take: select one, then capture</translation>
    </message>
    <message>
        <source>调整四角</source>
        <translation>Adjust corners</translation>
    </message>
    <message>
        <source>确认拍摄</source>
        <translation>Confirm capture</translation>
    </message>
    <message>
        <source>取消调整</source>
        <translation>Cancel adjustment</translation>
    </message>
    <message>
        <source>下一张</source>
        <translation>Next image</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>分辨率</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>需采集的证件</source>
        <translation>Documents to take</translation>
    </message>
    <message>
        <source>%1（默认）</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>（未检测到摄像头）</source>
        <translation>(no camera found)</translation>
    </message>
    <message>
        <source>视频文件…</source>
        <translation>Video file…</translation>
    </message>
    <message>
        <source>图像文件…</source>
        <translation>Image file…</translation>
    </message>
    <message>
        <source>扫描件文件夹…</source>
        <translation>Folder of scans…</translation>
    </message>
    <message>
        <source>选择视频文件</source>
        <translation>Choose a video file</translation>
    </message>
    <message>
        <source>视频 (*.avi *.mp4 *.mkv *.mov)</source>
        <translation>Videos (*.avi *.mp4 *.mkv *.mov)</translation>
    </message>
    <message>
        <source>选择图像文件</source>
        <translation>Choose an image file</translation>
    </message>
    <message>
        <source>选择扫描件文件夹</source>
        <translation>Choose a folder of scans</translation>
    </message>
    <message>
        <source>视频文件：%1</source>
        <translation>Video file: %1</translation>
    </message>
    <message>
        <source>图像文件：%1</source>
        <translation>Image file: %1</translation>
    </message>
    <message>
        <source>扫描件文件夹：%1</source>
        <translation>Folder of scans: %1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>请先在右侧选择要采集的证件。</source>
        <translation>First choose on the right which document to take.</translation>
    </message>
    <message>
        <source>已采集：%1</source>
        <translation>Taken: %1</translation>
    </message>
    <message>
        <source>四角无效，请重新调整。</source>
        <translation>The corners are not valid; adjust them again.</translation>
    </message>
    <message>
        <source>请重新拍摄：%1</source>
        <translation>Take again: %1</translation>
    </message>
    <message>
        <source>图像 (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>摄像头画面中断：请检查高拍仪的 USB 连接，接好后自动继续</source>
        <translation>The camera picture has stopped: check the document camera&apos;s USB cable; capture goes on by itself once it is back</translation>
    </message>
    <message>
        <source>摄像头画面已恢复</source>
        <translation>The camera picture is back</translation>
    </message>
    <message>
        <source>旋转 180°</source>
        <translation>Turn 180°</translation>
    </message>
    <message>
        <source>还没有拍摄证件，无可旋转。</source>
        <translation>Nothing has been taken yet to turn.</translation>
    </message>
    <message>
        <source>已将%1旋转 180°</source>
        <translation>%1 turned 180°</translation>
    </message>
    <message>
        <source>证件倒放，已按版式转正；方向不对请按 Ctrl+R</source>
        <translation>it lay upside down and was turned upright by its layout; press Ctrl+R if that is wrong</translation>
    </message>
    <message>
        <source>放的是%1，已归入此项</source>
        <translation>it is the %1, filed there</translation>
    </message>
    <message>
        <source>放的是%1（已采集）：请把证件翻过来，拍%2</source>
        <translation>This is the %1, taken already: turn the card over to take the %2</translation>
    </message>
    <message>
        <source>看来是%1，已按所选存入</source>
        <translation>this looks like the %1; stored as selected</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>文件倒放，已按文字方向转正；方向不对请按 Ctrl+R</source>
        <translation>the page lay upside down and was turned upright by its text; press Ctrl+R if that is wrong</translation>
    </message>
    <message>
        <source>未找到证件：可按 F7 手动框选四角，或按 PageDown 看下一张</source>
        <translation>No document found: press F7 to place its corners by hand, or PageDown for the next image</translation>
    </message>
    <message>
        <source>仍未找到证件：证件与台面颜色相近时，请在证件下垫深色垫板；也可按 F7 手动框选四角</source>
        <translation>Still no document found: if it is much the colour of the counter, put a dark mat under it; or press F7 to place its corners by hand</translation>
    </message>
    <message>
        <source>换一个轮廓</source>
        <translation>Another outline</translation>
    </message>
    <message>
        <source>手动调整四角：拖动角点，Enter 确认，Esc 取消；不是这份证件请按 F6</source>
        <translation>Adjust the corners by hand: drag them, Enter to confirm, Esc to cancel; not this document: press F6</translation>
    </message>
    <message>
        <source>正在查找画面中的其他轮廓…</source>
        <translation>Looking for other outlines in the picture…</translation>
    </message>
    <message>
        <source>画面中没有找到其他轮廓：请拖动角点框选证件，Enter 确认，Esc 取消</source>
        <translation>No other outline found in the picture: drag the corners onto the document, Enter to confirm, Esc to cancel</translation>
    </message>
    <message>
        <source>第 %1/%2 个轮廓：不对请再按 F6，拖动角点可微调，Enter 确认，Esc 取消</source>
        <translation>Outline %1 of %2: not right, press F6 again; drag a corner to fine-tune, Enter to confirm, Esc to cancel</translation>
    </message>
    <message>
        <source>（框错了请按 F6 换一个轮廓）</source>
        <translation> (outlined the wrong thing? press F6 for another outline)</translation>
    </message>
</context>
<context>
    <name>hd::ui::DocumentsPanel</name>
    <message>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>证明/权证（A4）</source>
        <translation>Certificate (A4)</translation>
    </message>
    <message>
        <source>营业执照</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>证件</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>采集人</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>采集时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>资料档案：本户尚无已采集的证件或资料。
身份证、产权证明、营业执照等拍摄后将在此显示。</source>
        <translation>Documents: no documents have been captured for this account yet.
ID cards, property certificates and business licences will be listed here once captured.</translation>
    </message>
    <message>
        <source>采集证件</source>
        <translation>Capture documents</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>导出 PDF（Ctrl+E）</source>
        <translation>Export PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>导出 PDF 需值班长或管理员权限（Ctrl+E）</source>
        <translation>Exporting a PDF requires a supervisor or an administrator (Ctrl+E)</translation>
    </message>
    <message>
        <source>%1 可在上方“来源”中选择视频、图像或扫描件文件夹。</source>
        <translation>%1 You can choose a video, an image or a folder of scans under “Source” above.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>导出证件需值班长或管理员权限。</source>
        <translation>Exporting documents requires a supervisor or an administrator.</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>%1 接好后会自动打开；也可在上方“来源”中选择视频、图像或扫描件文件夹。</source>
        <translation>%1 It opens by itself once plugged in; or choose a video, an image or a folder of scans under “Source” above.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HallDesk 中心服务 / central service

commands:
  serve                         run the HTTP(S) API
  hall add CODE NAME REGION     add or rename a hall
  code create HALL              one-time enrollment code for a terminal
  terminal revoke KEY_ID        refuse a terminal&apos;s credential from now on
  channel add NAME              register a payment channel, print its key
  import STORE                  load a counter store as master data
  demo                          generate demo data and load it
  operator disable|enable LOGIN
  account close|reopen|show ACCOUNT_NO
  payments                      every payment held (JSON)
  accounts                      every account&apos;s money state (JSON)
  setting KEY VALUE
  epoch bump                    make every client re-sync fully
  reconcile DAY [HALL]          day-end reconciliation of shifts
  stats</source>
        <translation>HallDesk central service

commands:
  serve                         run the HTTP(S) API
  hall add CODE NAME REGION     add or rename a hall
  code create HALL              one-time enrollment code for a terminal
  terminal revoke KEY_ID        refuse a terminal&apos;s credential from now on
  channel add NAME              register a payment channel, print its key
  import STORE                  load a counter store as master data
  demo                          generate demo data and load it
  operator disable|enable LOGIN
  account close|reopen|show ACCOUNT_NO
  payments                      every payment held (JSON)
  accounts                      every account&apos;s money state (JSON)
  setting KEY VALUE
  epoch bump                    make every client re-sync fully
  reconcile DAY [HALL]          day-end reconciliation of shifts
  stats</translation>
    </message>
</context>
</TS>
