<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
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
        <translation>图像文件或文件夹</translation>
    </message>
    <message>
        <source>结果写入 CSV 文件</source>
        <translation>结果写入 CSV 文件</translation>
    </message>
    <message>
        <source>%1：文件夹里没有图像（读取 JPEG、PNG、TIFF、BMP、WebP）。</source>
        <translation>%1：文件夹里没有图像（读取 JPEG、PNG、TIFF、BMP、WebP）。</translation>
    </message>
    <message>
        <source>需要至少一个图像文件或文件夹。</source>
        <translation>需要至少一个图像文件或文件夹。</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>已处理 %1 张图像，结果写入 %2</source>
        <translation>已处理 %1 张图像，结果写入 %2</translation>
    </message>
    <message>
        <source>图像文件</source>
        <translation>图像文件</translation>
    </message>
    <message>
        <source>证件类型 id-card|a4|licence</source>
        <translation>证件类型 id-card|a4|licence</translation>
    </message>
    <message>
        <source>输出 PNG 文件</source>
        <translation>输出 PNG 文件</translation>
    </message>
    <message>
        <source>证书类去底增白</source>
        <translation>证书类去底增白</translation>
    </message>
    <message>
        <source>图像中没有找到证件（或无法确定四角），请重新拍摄。</source>
        <translation>图像中没有找到证件（或无法确定四角），请重新拍摄。</translation>
    </message>
    <message>
        <source>已矫正为%1：%2（%3×%4 像素）</source>
        <translation>已矫正为%1：%2（%3×%4 像素）</translation>
    </message>
    <message>
        <source>质量提示：</source>
        <translation>质量提示：</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>（默认）</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>没有找到摄像头。</source>
        <translation>没有找到摄像头。</translation>
    </message>
    <message>
        <source>需要一个参数：%1</source>
        <translation>需要一个参数：%1</translation>
    </message>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>有效：%1  出生 %2  %3  %4</source>
        <translation>有效：%1  出生 %2  %3  %4</translation>
    </message>
    <message>
        <source>（由 15 位旧号码转换）</source>
        <translation>（由 15 位旧号码转换）</translation>
    </message>
    <message>
        <source>统一社会信用代码 %1 校验位不符（应为 %2）。早期试点代码可能合法，须值班长核实后受理。</source>
        <translation>统一社会信用代码 %1 校验位不符（应为 %2）。早期试点代码可能合法，须值班长核实后受理。</translation>
    </message>
    <message>
        <source>有效：%1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <source>，受限：%1</source>
        <translation>，受限：%1</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>数据截至日期（默认今天）</source>
        <translation>数据截至日期（默认今天）</translation>
    </message>
    <message>
        <source>不创建演示操作员（clerk1/clerk2/super1/admin）</source>
        <translation>不创建演示操作员（clerk1/clerk2/super1/admin）</translation>
    </message>
    <message>
        <source>--accounts 需要一个整数：%1</source>
        <translation>--accounts 需要一个整数：%1</translation>
    </message>
    <message>
        <source>--seed 需要一个非负整数：%1</source>
        <translation>--seed 需要一个非负整数：%1</translation>
    </message>
    <message>
        <source>已生成 %1 / %2 户</source>
        <translation>已生成 %1 / %2 户</translation>
    </message>
    <message>
        <source>已生成 %1 户、%2 张账单、%3 笔缴费记录，用时 %4 秒。</source>
        <translation>已生成 %1 户、%2 张账单、%3 笔缴费记录，用时 %4 秒。</translation>
    </message>
    <message>
        <source>最多显示条数（1–1000）</source>
        <translation>最多显示条数（1–1000）</translation>
    </message>
    <message>
        <source>户号、户名、电话、地址或证件号码</source>
        <translation>户号、户名、电话、地址或证件号码</translation>
    </message>
    <message>
        <source>请给出要查找的内容，例如：hallctl search 张伟</source>
        <translation>请给出要查找的内容，例如：hallctl search 张伟</translation>
    </message>
    <message>
        <source>没有找到与“%1”相符的户。</source>
        <translation>没有找到与“%1”相符的户。</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>需要一个户号，例如：hallctl account 4410000001</source>
        <translation>需要一个户号，例如：hallctl account 4410000001</translation>
    </message>
    <message>
        <source>户号 %1  户名 %2  %3  %4</source>
        <translation>户号 %1  户名 %2  %3  %4</translation>
    </message>
    <message>
        <source>地址 %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <source>电话 %1  证件 %2  电价 %3  电表 %4</source>
        <translation>电话 %1  证件 %2  电价 %3  电表 %4</translation>
    </message>
    <message>
        <source>欠费合计 %1 元%2  预存余额 %3 元</source>
        <translation>欠费合计 %1 元%2  预存余额 %3 元</translation>
    </message>
    <message>
        <source>（最早应缴日 %1）</source>
        <translation>（最早应缴日 %1）</translation>
    </message>
    <message>
        <source>账单（%1 期）：</source>
        <translation>账单（%1 期）：</translation>
    </message>
    <message>
        <source>缴费记录（%1 笔）：</source>
        <translation>缴费记录（%1 笔）：</translation>
    </message>
    <message>
        <source>户档案 CSV 文件</source>
        <translation>户档案 CSV 文件</translation>
    </message>
    <message>
        <source>账单 CSV 文件</source>
        <translation>账单 CSV 文件</translation>
    </message>
    <message>
        <source>请用 --accounts 和/或 --bills 指定要导入的 CSV 文件（格式见 docs/import-format.md）。</source>
        <translation>请用 --accounts 和/或 --bills 指定要导入的 CSV 文件（格式见 docs/import-format.md）。</translation>
    </message>
    <message>
        <source>。未导入任何数据。</source>
        <translation>。未导入任何数据。</translation>
    </message>
    <message>
        <source>已导入 %1 户、%2 张账单。</source>
        <translation>已导入 %1 户、%2 张账单。</translation>
    </message>
    <message>
        <source>收费员工号（或环境变量 HALLDESK_OPERATOR）</source>
        <translation>收费员工号（或环境变量 HALLDESK_OPERATOR）</translation>
    </message>
    <message>
        <source>收费员密码（或环境变量 HALLDESK_PASSWORD）</source>
        <translation>收费员密码（或环境变量 HALLDESK_PASSWORD）</translation>
    </message>
    <message>
        <source>请用 --operator 和 --password 指定收费员。</source>
        <translation>请用 --operator 和 --password 指定收费员。</translation>
    </message>
    <message>
        <source>计算日期（默认今天）</source>
        <translation>计算日期（默认今天）</translation>
    </message>
    <message>
        <source>用法：hallctl quote &lt;户号&gt; [--date YYYY-MM-DD]</source>
        <translation>用法：hallctl quote &lt;户号&gt; [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>户号 %1  %2  计算日 %3</source>
        <translation>户号 %1  %2  计算日 %3</translation>
    </message>
    <message>
        <source>受限：%1（缴费照常受理）</source>
        <translation>受限：%1（缴费照常受理）</translation>
    </message>
    <message>
        <source>预付费户：按金额购电。当前余额 %1</source>
        <translation>预付费户：按金额购电。当前余额 %1</translation>
    </message>
    <message>
        <source>账期      金额        已缴        欠费        截止日       逾期天数 日费率  违约金</source>
        <translation>账期      金额        已缴        欠费        截止日       逾期天数 日费率  违约金</translation>
    </message>
    <message>
        <source>欠费合计 %1，违约金 %2%3，应缴合计 %4</source>
        <translation>欠费合计 %1，违约金 %2%3，应缴合计 %4</translation>
    </message>
    <message>
        <source>（含最低收取补足 %1）</source>
        <translation>（含最低收取补足 %1）</translation>
    </message>
    <message>
        <source>预存电费余额 %1</source>
        <translation>预存电费余额 %1</translation>
    </message>
    <message>
        <source>欠费金额（元）</source>
        <translation>欠费金额（元）</translation>
    </message>
    <message>
        <source>缴费截止日</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <source>缴费日</source>
        <translation>缴费日</translation>
    </message>
    <message>
        <source>residential 或 non-residential</source>
        <translation>residential 或 non-residential</translation>
    </message>
    <message>
        <source>用法：hallctl late-fee --amount A --due YYYY-MM-DD --on YYYY-MM-DD --class residential|non-residential</source>
        <translation>用法：hallctl late-fee --amount A --due YYYY-MM-DD --on YYYY-MM-DD --class residential|non-residential</translation>
    </message>
    <message>
        <source>用户类别应为 residential 或 non-residential：%1</source>
        <translation>用户类别应为 residential 或 non-residential：%1</translation>
    </message>
    <message>
        <source>待确认：扫码支付 %1（户号 %2，%3）结果未知，未计为已收款。编号 %4</source>
        <translation>待确认：扫码支付 %1（户号 %2，%3）结果未知，未计为已收款。编号 %4</translation>
    </message>
    <message>
        <source>该笔缴费已存在（未重复收费）：收据号 %1</source>
        <translation>该笔缴费已存在（未重复收费）：收据号 %1</translation>
    </message>
    <message>
        <source>缴费成功：收据号 %1</source>
        <translation>缴费成功：收据号 %1</translation>
    </message>
    <message>
        <source>户号 %1 %2  金额 %3  方式 %4</source>
        <translation>户号 %1 %2  金额 %3  方式 %4</translation>
    </message>
    <message>
        <source>违约金 %1  电费 %2  转预存 %3</source>
        <translation>违约金 %1  电费 %2  转预存 %3</translation>
    </message>
    <message>
        <source>找零 %1</source>
        <translation>找零 %1</translation>
    </message>
    <message>
        <source>提示：%1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>cash | card | qr</source>
        <translation>cash | card | qr</translation>
    </message>
    <message>
        <source>现金实收金额</source>
        <translation>现金实收金额</translation>
    </message>
    <message>
        <source>POS 参考号</source>
        <translation>POS 参考号</translation>
    </message>
    <message>
        <source>卡号后四位</source>
        <translation>卡号后四位</translation>
    </message>
    <message>
        <source>客户付款码</source>
        <translation>客户付款码</translation>
    </message>
    <message>
        <source>缴费编号（重试时沿用同一编号）</source>
        <translation>缴费编号（重试时沿用同一编号）</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>缴费金额不能为负数：%1</source>
        <translation>缴费金额不能为负数：%1</translation>
    </message>
    <message>
        <source>用法：hallctl pay &lt;户号&gt; &lt;金额&gt; --method cash|card|qr …</source>
        <translation>用法：hallctl pay &lt;户号&gt; &lt;金额&gt; --method cash|card|qr …</translation>
    </message>
    <message>
        <source>付款方式应为 cash、card 或 qr：%1</source>
        <translation>付款方式应为 cash、card 或 qr：%1</translation>
    </message>
    <message>
        <source>list | resolve</source>
        <translation>list | resolve</translation>
    </message>
    <message>
        <source>用法：hallctl pending [list|resolve]</source>
        <translation>用法：hallctl pending [list|resolve]</translation>
    </message>
    <message>
        <source>%1  户号 %2  %3</source>
        <translation>%1  户号 %2  %3</translation>
    </message>
    <message>
        <source>  已确认，收据号 %1</source>
        <translation>  已确认，收据号 %1</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  仍待确认</source>
        <translation>  仍待确认</translation>
    </message>
    <message>
        <source>没有待确认的缴费。</source>
        <translation>没有待确认的缴费。</translation>
    </message>
    <message>
        <source>冲正原因</source>
        <translation>冲正原因</translation>
    </message>
    <message>
        <source>值班长工号</source>
        <translation>值班长工号</translation>
    </message>
    <message>
        <source>值班长密码</source>
        <translation>值班长密码</translation>
    </message>
    <message>
        <source>冲正编号（重试时沿用）</source>
        <translation>冲正编号（重试时沿用）</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>用法：hallctl reverse &lt;收据号&gt; --reason 原因 --supervisor 工号 --supervisor-password 密码</source>
        <translation>用法：hallctl reverse &lt;收据号&gt; --reason 原因 --supervisor 工号 --supervisor-password 密码</translation>
    </message>
    <message>
        <source>冲正成功：冲正单号 %1，金额 %2，户号 %3</source>
        <translation>冲正成功：冲正单号 %1，金额 %2，户号 %3</translation>
    </message>
    <message>
        <source>无法写入文件 %1：%2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>无法读取文件 %1：%2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>读取 PDF 需要 pdftoppm（poppler-utils 软件包）。</source>
        <translation>读取 PDF 需要 pdftoppm（poppler-utils 软件包）。</translation>
    </message>
    <message>
        <source>无法读取 PDF 文件 %1：%2</source>
        <translation>无法读取 PDF 文件 %1：%2</translation>
    </message>
    <message>
        <source>文件 %1 既不是 PDF 也不是可识别的图片。</source>
        <translation>文件 %1 既不是 PDF 也不是可识别的图片。</translation>
    </message>
    <message>
        <source>输出 PDF 文件</source>
        <translation>输出 PDF 文件</translation>
    </message>
    <message>
        <source>输出 ESC/POS 打印数据文件</source>
        <translation>输出 ESC/POS 打印数据文件</translation>
    </message>
    <message>
        <source>输出 PNG 图片（203 dpi）</source>
        <translation>输出 PNG 图片（203 dpi）</translation>
    </message>
    <message>
        <source>直接发送到打印机，例如 escpos-tcp://127.0.0.1:9100?paper=80 或 cups://队列名?paper=a4</source>
        <translation>直接发送到打印机，例如 escpos-tcp://127.0.0.1:9100?paper=80 或 cups://队列名?paper=a4</translation>
    </message>
    <message>
        <source>纸张：80、58 或 a4（默认 80）</source>
        <translation>纸张：80、58 或 a4（默认 80）</translation>
    </message>
    <message>
        <source>重打人工号（可选）</source>
        <translation>重打人工号（可选）</translation>
    </message>
    <message>
        <source>重打人密码</source>
        <translation>重打人密码</translation>
    </message>
    <message>
        <source>用法：hallctl receipt &lt;收据号&gt; --pdf 文件 | --escpos 文件 | --png 文件 | --printer URL [--paper 80|58|a4]</source>
        <translation>用法：hallctl receipt &lt;收据号&gt; --pdf 文件 | --escpos 文件 | --png 文件 | --printer URL [--paper 80|58|a4]</translation>
    </message>
    <message>
        <source>--paper 应为 80、58 或 a4：%1</source>
        <translation>--paper 应为 80、58 或 a4：%1</translation>
    </message>
    <message>
        <source>ESC/POS 热敏打印机只能用 80 或 58 毫米卷纸。</source>
        <translation>ESC/POS 热敏打印机只能用 80 或 58 毫米卷纸。</translation>
    </message>
    <message>
        <source>警告：没有找到 Noto Sans CJK SC 字体（fonts-noto-cjk），中文可能显示不正确。</source>
        <translation>警告：没有找到 Noto Sans CJK SC 字体（fonts-noto-cjk），中文可能显示不正确。</translation>
    </message>
    <message>
        <source>无法写入文件 %1</source>
        <translation>无法写入文件 %1</translation>
    </message>
    <message>
        <source>收据 %1 已输出（重打第 %2 次）：%3</source>
        <translation>收据 %1 已输出（重打第 %2 次）：%3</translation>
    </message>
    <message>
        <source>二维码文字，或收据的图片、PDF 文件</source>
        <translation>二维码文字，或收据的图片、PDF 文件</translation>
    </message>
    <message>
        <source>用法：hallctl verify-receipt &lt;二维码文字 | 图片 | PDF&gt;</source>
        <translation>用法：hallctl verify-receipt &lt;二维码文字 | 图片 | PDF&gt;</translation>
    </message>
    <message>
        <source>“%1”既不是收据二维码文字（以 %2 开头），也不是文件。</source>
        <translation>“%1”既不是收据二维码文字（以 %2 开头），也不是文件。</translation>
    </message>
    <message>
        <source>在 %1 中没有找到收据二维码。请确认图片清晰、二维码完整。</source>
        <translation>在 %1 中没有找到收据二维码。请确认图片清晰、二维码完整。</translation>
    </message>
    <message>
        <source>收据号 %1  户号 %2  金额 %3  时间 %4  终端 %5
</source>
        <translation>收据号 %1  户号 %2  金额 %3  时间 %4  终端 %5
</translation>
    </message>
    <message>
        <source>不是真实收据：</source>
        <translation>不是真实收据：</translation>
    </message>
    <message>
        <source>用法：hallctl terminal-key</source>
        <translation>用法：hallctl terminal-key</translation>
    </message>
    <message>
        <source>终端 %1 的收据签名公钥（编号 %2，私钥保存在 %3）：
%4
在本厅其他终端上运行：hallctl trust-key %1 %4</source>
        <translation>终端 %1 的收据签名公钥（编号 %2，私钥保存在 %3）：
%4
在本厅其他终端上运行：hallctl trust-key %1 %4</translation>
    </message>
    <message>
        <source>列出信任的公钥</source>
        <translation>列出信任的公钥</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>终端编号，例如 4401-05</source>
        <translation>终端编号，例如 4401-05</translation>
    </message>
    <message>
        <source>公钥（Base64）</source>
        <translation>公钥（Base64）</translation>
    </message>
    <message>
        <source>用法：hallctl trust-key &lt;终端编号&gt; &lt;公钥&gt; [--label 备注] | --list</source>
        <translation>用法：hallctl trust-key &lt;终端编号&gt; &lt;公钥&gt; [--label 备注] | --list</translation>
    </message>
    <message>
        <source>已信任终端 %1 的公钥 %2。</source>
        <translation>已信任终端 %1 的公钥 %2。</translation>
    </message>
    <message>
        <source>收据上隐藏户名：on 或 off</source>
        <translation>收据上隐藏户名：on 或 off</translation>
    </message>
    <message>
        <source>--mask-name 应为 on 或 off：%1</source>
        <translation>--mask-name 应为 on 或 off：%1</translation>
    </message>
    <message>
        <source>收据上的户名：隐藏（张*）</source>
        <translation>收据上的户名：隐藏（张*）</translation>
    </message>
    <message>
        <source>收据上的户名：完整显示</source>
        <translation>收据上的户名：完整显示</translation>
    </message>
    <message>
        <source>方式    应有          实点          差额</source>
        <translation>方式    应有          实点          差额</translation>
    </message>
    <message>
        <source>现金  %1  %2  %3</source>
        <translation>现金  %1  %2  %3</translation>
    </message>
    <message>
        <source>银行卡 %1  %2  %3</source>
        <translation>银行卡 %1  %2  %3</translation>
    </message>
    <message>
        <source>扫码  %1  %2  %3</source>
        <translation>扫码  %1  %2  %3</translation>
    </message>
    <message>
        <source>点钞：%1</source>
        <translation>点钞：%1</translation>
    </message>
    <message>
        <source>合计差额 %1；缴费 %2 笔，冲正 %3 笔</source>
        <translation>合计差额 %1；缴费 %2 笔，冲正 %3 笔</translation>
    </message>
    <message>
        <source>按面额点钞，例如 100=5,50=2,0.5=3</source>
        <translation>按面额点钞，例如 100=5,50=2,0.5=3</translation>
    </message>
    <message>
        <source>银行卡结算单合计（默认等于应有）</source>
        <translation>银行卡结算单合计（默认等于应有）</translation>
    </message>
    <message>
        <source>扫码对账合计（默认等于应有）</source>
        <translation>扫码对账合计（默认等于应有）</translation>
    </message>
    <message>
        <source>现金存取金额</source>
        <translation>现金存取金额</translation>
    </message>
    <message>
        <source>现金存取原因</source>
        <translation>现金存取原因</translation>
    </message>
    <message>
        <source>收费员工号</source>
        <translation>收费员工号</translation>
    </message>
    <message>
        <source>收费员密码</source>
        <translation>收费员密码</translation>
    </message>
    <message>
        <source>open | close | status | cash-in | cash-out</source>
        <translation>open | close | status | cash-in | cash-out</translation>
    </message>
    <message>
        <source>用法：hallctl shift open|close|status|cash-in|cash-out …</source>
        <translation>用法：hallctl shift open|close|status|cash-in|cash-out …</translation>
    </message>
    <message>
        <source>当前没有开班。</source>
        <translation>当前没有开班。</translation>
    </message>
    <message>
        <source>班次进行中：%1 于 %2 开班，备用金 %3，钱箱应有现金 %4，银行卡 %5，扫码 %6，缴费 %7 笔，冲正 %8 笔</source>
        <translation>班次进行中：%1 于 %2 开班，备用金 %3，钱箱应有现金 %4，银行卡 %5，扫码 %6，缴费 %7 笔，冲正 %8 笔</translation>
    </message>
    <message>
        <source>已记录%1 %2，钱箱应有现金 %3</source>
        <translation>已记录%1 %2，钱箱应有现金 %3</translation>
    </message>
    <message>
        <source>现金存入</source>
        <translation>现金存入</translation>
    </message>
    <message>
        <source>现金取出</source>
        <translation>现金取出</translation>
    </message>
    <message>
        <source>开班成功：%1，备用金 %2（%3）</source>
        <translation>开班成功：%1，备用金 %2（%3）</translation>
    </message>
    <message>
        <source>结班成功。
</source>
        <translation>结班成功。
</translation>
    </message>
    <message>
        <source>日期（默认今天）</source>
        <translation>日期（默认今天）</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>用法：hallctl report day [--date YYYY-MM-DD]</source>
        <translation>用法：hallctl report day [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>用法：hallctl audit verify</source>
        <translation>用法：hallctl audit verify</translation>
    </message>
    <message>
        <source>审计日志校验失败：第 %1 条起被篡改或缺失（共检查 %2 条）：%3</source>
        <translation>审计日志校验失败：第 %1 条起被篡改或缺失（共检查 %2 条）：%3</translation>
    </message>
    <message>
        <source>审计日志完好：共 %1 条，哈希链校验通过。</source>
        <translation>审计日志完好：共 %1 条，哈希链校验通过。</translation>
    </message>
    <message>
        <source>营业厅编码（4 位数字）</source>
        <translation>营业厅编码（4 位数字）</translation>
    </message>
    <message>
        <source>终端编码（2 位数字）</source>
        <translation>终端编码（2 位数字）</translation>
    </message>
    <message>
        <source>营业厅名称</source>
        <translation>营业厅名称</translation>
    </message>
    <message>
        <source>创建管理员：工号:密码（仅当尚无操作员时）</source>
        <translation>创建管理员：工号:密码（仅当尚无操作员时）</translation>
    </message>
    <message>
        <source>--admin 的格式为 工号:密码</source>
        <translation>--admin 的格式为 工号:密码</translation>
    </message>
    <message>
        <source>数据库 %1 已就绪：数据结构版本 %2，营业厅 %3 %4，终端 %5</source>
        <translation>数据库 %1 已就绪：数据结构版本 %2，营业厅 %3 %4，终端 %5</translation>
    </message>
    <message>
        <source>已注册到中心</source>
        <translation>已注册到中心</translation>
    </message>
    <message>
        <source>尚未注册到中心（hallctl enroll）</source>
        <translation>尚未注册到中心（hallctl enroll）</translation>
    </message>
    <message>
        <source>待上传操作：%1；被中心拒绝：%2</source>
        <translation>待上传操作：%1；被中心拒绝：%2</translation>
    </message>
    <message>
        <source>数据截至：%1</source>
        <translation>数据截至：%1</translation>
    </message>
    <message>
        <source>从未同步</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>最近一次错误：%1</source>
        <translation>最近一次错误：%1</translation>
    </message>
    <message>
        <source>#%1 %2 %3 户号 %4 票据 %5：%6（%7）</source>
        <translation>#%1 %2 %3 户号 %4 票据 %5：%6（%7）</translation>
    </message>
    <message>
        <source>没有被拒绝的操作。</source>
        <translation>没有被拒绝的操作。</translation>
    </message>
    <message>
        <source>中心服务地址，例如 https://central:8443</source>
        <translation>中心服务地址，例如 https://central:8443</translation>
    </message>
    <message>
        <source>一次性注册码</source>
        <translation>一次性注册码</translation>
    </message>
    <message>
        <source>中心证书的 CA（PEM）</source>
        <translation>中心证书的 CA（PEM）</translation>
    </message>
    <message>
        <source>终端说明，例如 3号窗口</source>
        <translation>终端说明，例如 3号窗口</translation>
    </message>
    <message>
        <source>需要 --central URL 和 --code 注册码</source>
        <translation>需要 --central URL 和 --code 注册码</translation>
    </message>
    <message>
        <source>HTTPS 需要 --ca 指定中心证书的 CA 文件</source>
        <translation>HTTPS 需要 --ca 指定中心证书的 CA 文件</translation>
    </message>
    <message>
        <source>已注册：终端密钥 %1，营业厅 %2，区域 %3</source>
        <translation>已注册：终端密钥 %1，营业厅 %2，区域 %3</translation>
    </message>
    <message>
        <source>上传并下载一次后退出（默认）</source>
        <translation>上传并下载一次后退出（默认）</translation>
    </message>
    <message>
        <source>每次上传的操作数（1–100000）</source>
        <translation>每次上传的操作数（1–100000）</translation>
    </message>
    <message>
        <source>每页下载的记录数（1–100000）</source>
        <translation>每页下载的记录数（1–100000）</translation>
    </message>
    <message>
        <source>[status | rejected]</source>
        <translation>[status | rejected]</translation>
    </message>
    <message>
        <source>用法：hallctl sync [--once] | sync status | sync rejected</source>
        <translation>用法：hallctl sync [--once] | sync status | sync rejected</translation>
    </message>
    <message>
        <source>本机尚未注册到中心，请先运行 hallctl enroll。</source>
        <translation>本机尚未注册到中心，请先运行 hallctl enroll。</translation>
    </message>
    <message>
        <source>上传 %1 条（新记账 %2，重复 %3，拒绝 %4）；下载 %5 条，%6 页%7
%8</source>
        <translation>上传 %1 条（新记账 %2，重复 %3，拒绝 %4）；下载 %5 条，%6 页%7
%8</translation>
    </message>
    <message>
        <source>（完整重新同步）</source>
        <translation>（完整重新同步）</translation>
    </message>
    <message>
        <source>日期 yyyy-MM-dd（默认今天）</source>
        <translation>日期 yyyy-MM-dd（默认今天）</translation>
    </message>
    <message>
        <source>用法：hallctl central reconcile [--day yyyy-MM-dd]</source>
        <translation>用法：hallctl central reconcile [--day yyyy-MM-dd]</translation>
    </message>
    <message>
        <source>班次 %1 %2：%3；中心收到 %4 笔，现金 %5 分，银行卡 %6 分，扫码 %7 分%8</source>
        <translation>班次 %1 %2：%3；中心收到 %4 笔，现金 %5 分，银行卡 %6 分，扫码 %7 分%8</translation>
    </message>
    <message>
        <source>一致</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>不一致</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>，差额 %1 分</source>
        <translation>，差额 %1 分</translation>
    </message>
    <message>
        <source>%1 没有班次。</source>
        <translation>%1 没有班次。</translation>
    </message>
    <message>
        <source>要找的证件类型 id-card|a4|licence（图中另有其他证件时优先）</source>
        <translation>要找的证件类型 id-card|a4|licence（图中另有其他证件时优先）</translation>
    </message>
    <message>
        <source>--%1：没有 %2 这一天。</source>
        <translation>--%1：没有 %2 这一天。</translation>
    </message>
    <message>
        <source>--%1 的日期格式应为 YYYY-MM-DD：%2</source>
        <translation>--%1 的日期格式应为 YYYY-MM-DD：%2</translation>
    </message>
    <message>
        <source>--%1 需要 %2 到 %3 之间的整数：%4</source>
        <translation>--%1 需要 %2 到 %3 之间的整数：%4</translation>
    </message>
    <message>
        <source>多余的参数：%1（hallctl %2 --help 查看用法）</source>
        <translation>多余的参数：%1（hallctl %2 --help 查看用法）</translation>
    </message>
    <message>
        <source>这是一个文件夹</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>文件夹 %1 不存在</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>没有写入权限</source>
        <translation>没有写入权限</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>输出文件名应以 .png、.jpg、.tif、.bmp 或 .webp 结尾：%1</source>
        <translation>输出文件名应以 .png、.jpg、.tif、.bmp 或 .webp 结尾：%1</translation>
    </message>
    <message>
        <source>用法：hallctl rectify &lt;图像&gt; --type id-card|a4|licence -o out.png [--enhance] [--as-laid]</source>
        <translation>用法：hallctl rectify &lt;图像&gt; --type id-card|a4|licence -o out.png [--enhance] [--as-laid]</translation>
    </message>
    <message>
        <source>（证件倒放，已按版式转正 180°；不要转正请加 --as-laid）</source>
        <translation>（证件倒放，已按版式转正 180°；不要转正请加 --as-laid）</translation>
    </message>
    <message>
        <source>，国徽面</source>
        <translation>，国徽面</translation>
    </message>
    <message>
        <source>，人像面</source>
        <translation>，人像面</translation>
    </message>
    <message>
        <source>不自动转正（身份证、营业执照按版式，A4 文件按文字方向；保持拍摄时的方向）</source>
        <translation>不自动转正（身份证、营业执照按版式，A4 文件按文字方向；保持拍摄时的方向）</translation>
    </message>
    <message>
        <source>（文件倒放，已按文字方向转正 180°；不要转正请加 --as-laid）</source>
        <translation>（文件倒放，已按文字方向转正 180°；不要转正请加 --as-laid）</translation>
    </message>
</context>
<context>
    <name>hd::Account</name>
    <message>
        <source>居民</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>非居民</source>
        <translation>非居民</translation>
    </message>
    <message>
        <source>农业</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>正常用电</source>
        <translation>正常用电</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>欠费停电</source>
        <translation>欠费停电</translation>
    </message>
    <message>
        <source>已销户</source>
        <translation>已销户</translation>
    </message>
</context>
<context>
    <name>hd::AccountPage</name>
    <message>
        <source>← 返回查找</source>
        <translation>← 返回查找</translation>
    </message>
    <message>
        <source>返回查找（Esc）</source>
        <translation>返回查找（Esc）</translation>
    </message>
    <message>
        <source>用电类别</source>
        <translation>用电类别</translation>
    </message>
    <message>
        <source>电价</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>电能表</source>
        <translation>电能表</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>用电地址</source>
        <translation>用电地址</translation>
    </message>
    <message>
        <source>账单与用电(&amp;1)</source>
        <translation>账单与用电(&amp;1)</translation>
    </message>
    <message>
        <source>缴费记录(&amp;2)</source>
        <translation>缴费记录(&amp;2)</translation>
    </message>
    <message>
        <source>业务申请：本户尚无业务申请记录。
新装、增容、过户、更名、销户等业务受理将在此显示。</source>
        <translation>业务申请：本户尚无业务申请记录。
新装、增容、过户、更名、销户等业务受理将在此显示。</translation>
    </message>
    <message>
        <source>业务申请(&amp;3)</source>
        <translation>业务申请(&amp;3)</translation>
    </message>
    <message>
        <source>资料档案：本户尚无已采集的证件或资料。
身份证、产权证明、营业执照等拍摄后将在此显示。</source>
        <translation>资料档案：本户尚无已采集的证件或资料。
身份证、产权证明、营业执照等拍摄后将在此显示。</translation>
    </message>
    <message>
        <source>资料档案(&amp;4)</source>
        <translation>资料档案(&amp;4)</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>户号 %1&#x3000;%2</source>
        <translation>户号 %1&#x3000;%2</translation>
    </message>
    <message>
        <source>（预付费）</source>
        <translation>（预付费）</translation>
    </message>
    <message>
        <source>受限：%1</source>
        <translation>受限：%1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;逾期欠费 ¥%1&lt;/b&gt;（最早缴费截止日 %2）&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;逾期欠费 ¥%1&lt;/b&gt;（最早缴费截止日 %2）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;无逾期欠费&lt;/b&gt;</source>
        <translation>&lt;b&gt;无逾期欠费&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&#x3000;本期未缴 ¥%1</source>
        <translation>&#x3000;本期未缴 ¥%1</translation>
    </message>
    <message>
        <source>&#x3000;预存余额 ¥%1</source>
        <translation>&#x3000;预存余额 ¥%1</translation>
    </message>
    <message>
        <source>收费（F5）</source>
        <translation>收费（F5）</translation>
    </message>
    <message>
        <source>收费（F5）：应缴金额、违约金与收款</source>
        <translation>收费（F5）：应缴金额、违约金与收款</translation>
    </message>
    <message>
        <source>冲正所选缴费（F4）</source>
        <translation>冲正所选缴费（F4）</translation>
    </message>
    <message>
        <source>冲正所选缴费（F4）：本班次的缴费，需值班长密码</source>
        <translation>冲正所选缴费（F4）：本班次的缴费，需值班长密码</translation>
    </message>
    <message>
        <source>选中一笔缴费后可冲正（仅限本班次的缴费）。</source>
        <translation>选中一笔缴费后可冲正（仅限本班次的缴费）。</translation>
    </message>
    <message>
        <source>收据 %1：本班次缴费，可冲正（需值班长密码）。</source>
        <translation>收据 %1：本班次缴费，可冲正（需值班长密码）。</translation>
    </message>
    <message>
        <source>冲正</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>请先在缴费记录中选中要冲正的缴费。</source>
        <translation>请先在缴费记录中选中要冲正的缴费。</translation>
    </message>
    <message>
        <source>退费流程</source>
        <translation>退费流程</translation>
    </message>
    <message>
        <source>重打收据(&amp;R)</source>
        <translation>重打收据(&amp;R)</translation>
    </message>
    <message>
        <source>重打选中缴费的收据，收据上注明“重打”（Ctrl+P）</source>
        <translation>重打选中缴费的收据，收据上注明“重打”（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>hd::AccountRepository</name>
    <message>
        <source>查询户号失败：%1</source>
        <translation>查询户号失败：%1</translation>
    </message>
    <message>
        <source>户号 %1 不存在，请核对后重新输入。</source>
        <translation>户号 %1 不存在，请核对后重新输入。</translation>
    </message>
    <message>
        <source>找不到该户。</source>
        <translation>找不到该户。</translation>
    </message>
    <message>
        <source>请输入户号。</source>
        <translation>请输入户号。</translation>
    </message>
</context>
<context>
    <name>hd::AccountSearch</name>
    <message>
        <source>户号</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>楼栋房号</source>
        <translation>楼栋房号</translation>
    </message>
    <message>
        <source>手机尾号</source>
        <translation>手机尾号</translation>
    </message>
    <message>
        <source>户号前缀</source>
        <translation>户号前缀</translation>
    </message>
    <message>
        <source>户名包含</source>
        <translation>户名包含</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>hd::AuditLog</name>
    <message>
        <source>无法写入审计日志：%1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>无法读取审计日志：%1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>第 %1 条之前缺少记录（应为第 %2 条）</source>
        <translation>第 %1 条之前缺少记录（应为第 %2 条）</translation>
    </message>
    <message>
        <source>第 %1 条的前序哈希与上一条不符</source>
        <translation>第 %1 条的前序哈希与上一条不符</translation>
    </message>
    <message>
        <source>第 %1 条内容被修改（哈希不符）</source>
        <translation>第 %1 条内容被修改（哈希不符）</translation>
    </message>
</context>
<context>
    <name>hd::BillTableModel</name>
    <message>
        <source>已作废</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>已缴清</source>
        <translation>已缴清</translation>
    </message>
    <message>
        <source>部分缴费，逾期</source>
        <translation>部分缴费，逾期</translation>
    </message>
    <message>
        <source>部分缴费</source>
        <translation>部分缴费</translation>
    </message>
    <message>
        <source>逾期未缴</source>
        <translation>逾期未缴</translation>
    </message>
    <message>
        <source>未缴</source>
        <translation>未缴</translation>
    </message>
    <message>
        <source>账期</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>电量 kWh</source>
        <translation>电量 kWh</translation>
    </message>
    <message>
        <source>一档</source>
        <translation>一档</translation>
    </message>
    <message>
        <source>二档</source>
        <translation>二档</translation>
    </message>
    <message>
        <source>三档</source>
        <translation>三档</translation>
    </message>
    <message>
        <source>电费（元）</source>
        <translation>电费（元）</translation>
    </message>
    <message>
        <source>已缴（元）</source>
        <translation>已缴（元）</translation>
    </message>
    <message>
        <source>缴费截止日</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>hd::CashCount</name>
    <message>
        <source>没有面额为 %1 元的人民币。</source>
        <translation>没有面额为 %1 元的人民币。</translation>
    </message>
    <message>
        <source>张数/枚数应在 0 到 1000000 之间：%1</source>
        <translation>张数/枚数应在 0 到 1000000 之间：%1</translation>
    </message>
    <message>
        <source>点钞格式应为 面额=张数，用逗号分隔，例如 100=5,50=2：%1</source>
        <translation>点钞格式应为 面额=张数，用逗号分隔，例如 100=5,50=2：%1</translation>
    </message>
    <message>
        <source>张数应为整数：%1</source>
        <translation>张数应为整数：%1</translation>
    </message>
    <message>
        <source>面额重复：%1</source>
        <translation>面额重复：%1</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>无现金</source>
        <translation>无现金</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1元</source>
        <translation>%1元</translation>
    </message>
    <message>
        <source>%1角</source>
        <translation>%1角</translation>
    </message>
    <message>
        <source>%1分</source>
        <translation>%1分</translation>
    </message>
</context>
<context>
    <name>hd::CashMovementDialog</name>
    <message>
        <source>现金存取</source>
        <translation>现金存取</translation>
    </message>
    <message>
        <source>存入(&amp;I)</source>
        <translation>存入(&amp;I)</translation>
    </message>
    <message>
        <source>存入（Alt+I）：补充零钱等</source>
        <translation>存入（Alt+I）：补充零钱等</translation>
    </message>
    <message>
        <source>取出(&amp;O)</source>
        <translation>取出(&amp;O)</translation>
    </message>
    <message>
        <source>取出（Alt+O）：上缴、解款等</source>
        <translation>取出（Alt+O）：上缴、解款等</translation>
    </message>
    <message>
        <source>例如 200.00</source>
        <translation>例如 200.00</translation>
    </message>
    <message>
        <source>补充零钱</source>
        <translation>补充零钱</translation>
    </message>
    <message>
        <source>现金上缴（解款）</source>
        <translation>现金上缴（解款）</translation>
    </message>
    <message>
        <source>转存保险柜</source>
        <translation>转存保险柜</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>金额(&amp;A)</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>原因(&amp;R)</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>登记（Ctrl+Enter）</source>
        <translation>登记（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>取消（Esc）</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>钱箱应有现金 %1</source>
        <translation>钱箱应有现金 %1</translation>
    </message>
    <message>
        <source>金额：%1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>%1 %2，原因：%3
确认登记？</source>
        <translation>%1 %2，原因：%3
确认登记？</translation>
    </message>
    <message>
        <source>现金存入</source>
        <translation>现金存入</translation>
    </message>
    <message>
        <source>现金取出</source>
        <translation>现金取出</translation>
    </message>
</context>
<context>
    <name>hd::ConsumptionChart</name>
    <message>
        <source>近 %1 个月用电量与电费</source>
        <translation>近 %1 个月用电量与电费</translation>
    </message>
    <message>
        <source>一档</source>
        <translation>一档</translation>
    </message>
    <message>
        <source>二档</source>
        <translation>二档</translation>
    </message>
    <message>
        <source>三档</source>
        <translation>三档</translation>
    </message>
    <message>
        <source>电费（元）</source>
        <translation>电费（元）</translation>
    </message>
    <message>
        <source>账期 %1 至 %2</source>
        <translation>账期 %1 至 %2</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>元</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>hd::CounterSession</name>
    <message>
        <source>本终端当前班次由 %1 开班，%2 不能在此班次收费或存取现金。请由 %1 结班后再开班。</source>
        <translation>本终端当前班次由 %1 开班，%2 不能在此班次收费或存取现金。请由 %1 结班后再开班。</translation>
    </message>
</context>
<context>
    <name>hd::CreditCode</name>
    <message>
        <source>统一社会信用代码应为 18 位，当前为 %1 位。</source>
        <translation>统一社会信用代码应为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>统一社会信用代码第 %1 位“%2”不是允许的字符（不含 I、O、S、V、Z）。</source>
        <translation>统一社会信用代码第 %1 位“%2”不是允许的字符（不含 I、O、S、V、Z）。</translation>
    </message>
</context>
<context>
    <name>hd::CsvImporter</name>
    <message>
        <source>%1 第 %2 行：%3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>未知的列“%1”（可用的列见导入格式说明）</source>
        <translation>未知的列“%1”（可用的列见导入格式说明）</translation>
    </message>
    <message>
        <source>缺少必填列“%1”</source>
        <translation>缺少必填列“%1”</translation>
    </message>
    <message>
        <source>无法读取文件 %1：%2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>文件 %1 超过 512 MiB，请分批导入。</source>
        <translation>文件 %1 超过 512 MiB，请分批导入。</translation>
    </message>
    <message>
        <source>%1 不是 UTF-8 编码，请另存为 UTF-8 后再导入。</source>
        <translation>%1 不是 UTF-8 编码，请另存为 UTF-8 后再导入。</translation>
    </message>
    <message>
        <source>引号没有闭合</source>
        <translation>引号没有闭合</translation>
    </message>
    <message>
        <source>文件是空的，应有表头行</source>
        <translation>文件是空的，应有表头行</translation>
    </message>
    <message>
        <source>应有 %1 列，实际 %2 列</source>
        <translation>应有 %1 列，实际 %2 列</translation>
    </message>
    <message>
        <source>户号应为 6–20 位数字：%1</source>
        <translation>户号应为 6–20 位数字：%1</translation>
    </message>
    <message>
        <source>户名不能为空且不超过 100 字</source>
        <translation>户名不能为空且不超过 100 字</translation>
    </message>
    <message>
        <source>用电类别应为 residential、non_residential、agricultural（或 居民、非居民、农业）：%1</source>
        <translation>用电类别应为 residential、non_residential、agricultural（或 居民、非居民、农业）：%1</translation>
    </message>
    <message>
        <source>用电地址不能为空</source>
        <translation>用电地址不能为空</translation>
    </message>
    <message>
        <source>电价代码 %1 不存在</source>
        <translation>电价代码 %1 不存在</translation>
    </message>
    <message>
        <source>统一社会信用代码 %1 校验位不符（应为 %2），须值班长核实后在柜台受理，不能批量导入</source>
        <translation>统一社会信用代码 %1 校验位不符（应为 %2），须值班长核实后在柜台受理，不能批量导入</translation>
    </message>
    <message>
        <source>prepaid、blocked 应为 0/1、true/false 或 是/否</source>
        <translation>prepaid、blocked 应为 0/1、true/false 或 是/否</translation>
    </message>
    <message>
        <source>状态应为 active、suspended、cut_off 或 closed：%1</source>
        <translation>状态应为 active、suspended、cut_off 或 closed：%1</translation>
    </message>
    <message>
        <source>受限的户必须写明受限原因（blocked_reason）</source>
        <translation>受限的户必须写明受限原因（blocked_reason）</translation>
    </message>
    <message>
        <source>户号 %1 已存在</source>
        <translation>户号 %1 已存在</translation>
    </message>
    <message>
        <source>户号 %1 不存在（请先导入户档案）</source>
        <translation>户号 %1 不存在（请先导入户档案）</translation>
    </message>
    <message>
        <source>账期格式应为 YYYY-MM：%1</source>
        <translation>账期格式应为 YYYY-MM：%1</translation>
    </message>
    <message>
        <source>%1 应为非负整数：%2</source>
        <translation>%1 应为非负整数：%2</translation>
    </message>
    <message>
        <source>已缴金额 %1 大于电费 %2</source>
        <translation>已缴金额 %1 大于电费 %2</translation>
    </message>
    <message>
        <source>缴费截止日格式应为 YYYY-MM-DD：%1</source>
        <translation>缴费截止日格式应为 YYYY-MM-DD：%1</translation>
    </message>
    <message>
        <source>户号 %1 的账期 %2 重复</source>
        <translation>户号 %1 的账期 %2 重复</translation>
    </message>
</context>
<context>
    <name>hd::DayReport</name>
    <message>
        <source>日期无效。</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>生成日结报表失败：%1</source>
        <translation>生成日结报表失败：%1</translation>
    </message>
    <message>
        <source>日结报表 %1：缴费 %2 笔，净收 %3</source>
        <translation>日结报表 %1：缴费 %2 笔，净收 %3</translation>
    </message>
    <message>
        <source>  %1  %2 笔  %3</source>
        <translation>  %1  %2 笔  %3</translation>
    </message>
    <message>
        <source>按收费员：</source>
        <translation>按收费员：</translation>
    </message>
    <message>
        <source>按付款方式：</source>
        <translation>按付款方式：</translation>
    </message>
    <message>
        <source>按缴费类型：</source>
        <translation>按缴费类型：</translation>
    </message>
    <message>
        <source>冲正：%1 笔</source>
        <translation>冲正：%1 笔</translation>
    </message>
    <message>
        <source>  %1 冲正 %2  %3  原因：%4  审批：%5</source>
        <translation>  %1 冲正 %2  %3  原因：%4  审批：%5</translation>
    </message>
    <message>
        <source>班次：</source>
        <translation>班次：</translation>
    </message>
    <message>
        <source>  %1  应有现金 %2  实点 %3  差额 %4%5</source>
        <translation>  %1  应有现金 %2  实点 %3  差额 %4%5</translation>
    </message>
    <message>
        <source>（%1 确认）</source>
        <translation>（%1 确认）</translation>
    </message>
    <message>
        <source>  %1  未结班</source>
        <translation>  %1  未结班</translation>
    </message>
</context>
<context>
    <name>hd::DayReportDialog</name>
    <message>
        <source>日结报表</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>报表日期（Alt+D）；Alt+← / Alt+→ 前一天 / 后一天</source>
        <translation>报表日期（Alt+D）；Alt+← / Alt+→ 前一天 / 后一天</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>笔数</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>冲正单号</source>
        <translation>冲正单号</translation>
    </message>
    <message>
        <source>原收据号</source>
        <translation>原收据号</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>收费员</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>结班</source>
        <translation>结班</translation>
    </message>
    <message>
        <source>应有现金</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>实点现金</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>差额</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>值班长确认</source>
        <translation>值班长确认</translation>
    </message>
    <message>
        <source>按收费员</source>
        <translation>按收费员</translation>
    </message>
    <message>
        <source>按付款方式</source>
        <translation>按付款方式</translation>
    </message>
    <message>
        <source>按缴费类型</source>
        <translation>按缴费类型</translation>
    </message>
    <message>
        <source>冲正</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>班次与差额</source>
        <translation>班次与差额</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>打印日结报表（Ctrl+P）</source>
        <translation>打印日结报表（Ctrl+P）</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>关闭（Esc）</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>缴费 %1 笔，冲正 %2 笔，净收 %3</source>
        <translation>缴费 %1 笔，冲正 %2 笔，净收 %3</translation>
    </message>
    <message>
        <source>未结班</source>
        <translation>未结班</translation>
    </message>
</context>
<context>
    <name>hd::DemoDataGenerator</name>
    <message>
        <source>户数应在 1 到 5,000,000 之间：%1</source>
        <translation>户数应在 1 到 5,000,000 之间：%1</translation>
    </message>
    <message>
        <source>数据库中已有户档案，演示数据只能生成到空数据库中。</source>
        <translation>数据库中已有户档案，演示数据只能生成到空数据库中。</translation>
    </message>
    <message>
        <source>数据库驱动不是 SQLite。</source>
        <translation>数据库驱动不是 SQLite。</translation>
    </message>
    <message>
        <source>生成演示数据失败（%1）：%2</source>
        <translation>生成演示数据失败（%1）：%2</translation>
    </message>
</context>
<context>
    <name>hd::DenominationCountWidget</name>
    <message>
        <source>%1 元</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 角</source>
        <translation>%1 角</translation>
    </message>
    <message>
        <source>%1 分</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>面额</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>张/枚</source>
        <translation>张/枚</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>合计</translation>
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
        <translation>冲正凭证</translation>
    </message>
    <message>
        <source>电费收据</source>
        <translation>电费收据</translation>
    </message>
    <message>
        <source>冲正单号</source>
        <translation>冲正单号</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>原收据号</source>
        <translation>原收据号</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>营业厅</source>
        <translation>营业厅</translation>
    </message>
    <message>
        <source>终端</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>收费员</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>冲正原因</source>
        <translation>冲正原因</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>退%1</source>
        <translation>退%1</translation>
    </message>
    <message>
        <source>账期</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>电量(kWh)</source>
        <translation>电量(kWh)</translation>
    </message>
    <message>
        <source>电费(元)</source>
        <translation>电费(元)</translation>
    </message>
    <message>
        <source>违约金</source>
        <translation>违约金</translation>
    </message>
    <message>
        <source>预存电费</source>
        <translation>预存电费</translation>
    </message>
    <message>
        <source>冲正合计</source>
        <translation>冲正合计</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>人民币大写</source>
        <translation>人民币大写</translation>
    </message>
    <message>
        <source>(尾号%1)</source>
        <translation>(尾号%1)</translation>
    </message>
    <message>
        <source>  实收</source>
        <translation>  实收</translation>
    </message>
    <message>
        <source>  找零</source>
        <translation>  找零</translation>
    </message>
    <message>
        <source>  参考号</source>
        <translation>  参考号</translation>
    </message>
    <message>
        <source>本笔缴费已冲正（冲正单 %1）</source>
        <translation>本笔缴费已冲正（冲正单 %1）</translation>
    </message>
    <message>
        <source>扫码验证收据真伪</source>
        <translation>扫码验证收据真伪</translation>
    </message>
    <message>
        <source>客户签字</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>请妥善保管本收据，如有疑问请拨打 95598。</source>
        <translation>请妥善保管本收据，如有疑问请拨打 95598。</translation>
    </message>
    <message>
        <source>本终端没有签名密钥，不能出具可验证的收据。请联系系统管理员。</source>
        <translation>本终端没有签名密钥，不能出具可验证的收据。请联系系统管理员。</translation>
    </message>
    <message>
        <source>班次 %1 尚未结班，结班后才能打印交班单。</source>
        <translation>班次 %1 尚未结班，结班后才能打印交班单。</translation>
    </message>
    <message>
        <source>找不到班次 %1。</source>
        <translation>找不到班次 %1。</translation>
    </message>
    <message>
        <source>交班单</source>
        <translation>交班单</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>结班</source>
        <translation>结班</translation>
    </message>
    <message>
        <source>备用金</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>现金存入</source>
        <translation>现金存入</translation>
    </message>
    <message>
        <source>现金取出</source>
        <translation>现金取出</translation>
    </message>
    <message>
        <source>现金收费(净)</source>
        <translation>现金收费(净)</translation>
    </message>
    <message>
        <source>缴费 %1 笔，冲正 %2 笔</source>
        <translation>缴费 %1 笔，冲正 %2 笔</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>应有</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>实点</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>差额</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>扫码</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>合计差额</source>
        <translation>合计差额</translation>
    </message>
    <message>
        <source>点钞</source>
        <translation>点钞</translation>
    </message>
    <message>
        <source>差额审批</source>
        <translation>差额审批</translation>
    </message>
    <message>
        <source>交班人</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>接班人/值班长</source>
        <translation>接班人/值班长</translation>
    </message>
    <message>
        <source>日结报表</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>%1  营业厅 %2  终端 %3</source>
        <translation>%1  营业厅 %2  终端 %3</translation>
    </message>
    <message>
        <source>缴费笔数</source>
        <translation>缴费笔数</translation>
    </message>
    <message>
        <source>冲正笔数</source>
        <translation>冲正笔数</translation>
    </message>
    <message>
        <source>净收</source>
        <translation>净收</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>笔数</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>金额(元)</source>
        <translation>金额(元)</translation>
    </message>
    <message>
        <source>按收费员</source>
        <translation>按收费员</translation>
    </message>
    <message>
        <source>按支付方式</source>
        <translation>按支付方式</translation>
    </message>
    <message>
        <source>按业务类型</source>
        <translation>按业务类型</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>冲正明细</source>
        <translation>冲正明细</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>经办</source>
        <translation>经办</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>未结班</source>
        <translation>未结班</translation>
    </message>
    <message>
        <source>应有现金</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>实点现金</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>制表</source>
        <translation>制表</translation>
    </message>
    <message>
        <source>复核</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>值班长</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>打印时间 %1</source>
        <translation>打印时间 %1</translation>
    </message>
    <message>
        <source>打印测试页</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>中文：供电营业厅电费收据 壹贰叁肆伍陆柒捌玖拾佰仟万元角分整</source>
        <translation>中文：供电营业厅电费收据 壹贰叁肆伍陆柒捌玖拾佰仟万元角分整</translation>
    </message>
    <message>
        <source>二维码应能被扫码枪读出</source>
        <translation>二维码应能被扫码枪读出</translation>
    </message>
    <message>
        <source>看到完整的两行数字和清晰的中文，说明纸宽和字体设置正确。</source>
        <translation>看到完整的两行数字和清晰的中文，说明纸宽和字体设置正确。</translation>
    </message>
</context>
<context>
    <name>hd::DocumentStore</name>
    <message>
        <source>证件图像页数不对（1 至 16 页）。</source>
        <translation>证件图像页数不对（1 至 16 页）。</translation>
    </message>
    <message>
        <source>身份证须拍正反两面后一起保存。</source>
        <translation>身份证须拍正反两面后一起保存。</translation>
    </message>
    <message>
        <source>本机数据库密钥不可用，无法加密保存证件。</source>
        <translation>本机数据库密钥不可用，无法加密保存证件。</translation>
    </message>
    <message>
        <source>无法保存证件（户号是否存在？）：%1</source>
        <translation>无法保存证件（户号是否存在？）：%1</translation>
    </message>
    <message>
        <source>找不到该证件记录。</source>
        <translation>找不到该证件记录。</translation>
    </message>
    <message>
        <source>证件图像校验失败（SHA-256 不符），记录可能被篡改。</source>
        <translation>证件图像校验失败（SHA-256 不符），记录可能被篡改。</translation>
    </message>
    <message>
        <source>导出证件需值班长或管理员权限。</source>
        <translation>导出证件需值班长或管理员权限。</translation>
    </message>
    <message>
        <source>数据库操作失败：%1</source>
        <translation>数据库操作失败：%1</translation>
    </message>
    <message>
        <source>证件图像数据损坏。</source>
        <translation>证件图像数据损坏。</translation>
    </message>
</context>
<context>
    <name>hd::FieldCipher</name>
    <message>
        <source>加密数据已损坏，无法解密。</source>
        <translation>加密数据已损坏，无法解密。</translation>
    </message>
    <message>
        <source>无法解密个人信息：本机密钥与数据库不匹配，或数据已被篡改。</source>
        <translation>无法解密个人信息：本机密钥与数据库不匹配，或数据已被篡改。</translation>
    </message>
    <message>
        <source>无法读取密钥文件 %1：%2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>密钥文件 %1 内容无效，请联系系统管理员。</source>
        <translation>密钥文件 %1 内容无效，请联系系统管理员。</translation>
    </message>
    <message>
        <source>找不到本机数据密钥 %1，无法读取数据库中的个人信息。请从备份恢复该文件。</source>
        <translation>找不到本机数据密钥 %1，无法读取数据库中的个人信息。请从备份恢复该文件。</translation>
    </message>
    <message>
        <source>无法创建密钥文件 %1：%2</source>
        <translation>无法创建密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>无法保存密钥文件 %1：%2</source>
        <translation>无法保存密钥文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>hd::LoginDialog</name>
    <message>
        <source>HallDesk 营业厅柜台系统 — 登录</source>
        <translation>HallDesk 营业厅柜台系统 — 登录</translation>
    </message>
    <message>
        <source>供电营业厅柜台系统</source>
        <translation>供电营业厅柜台系统</translation>
    </message>
    <message>
        <source>%1（营业厅 %2，终端 %3）</source>
        <translation>%1（营业厅 %2，终端 %3）</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>工号(&amp;U)</source>
        <translation>工号(&amp;U)</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>登录（Enter）</source>
        <translation>登录（Enter）</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>退出（Esc）</source>
        <translation>退出（Esc）</translation>
    </message>
    <message>
        <source>请输入工号。</source>
        <translation>请输入工号。</translation>
    </message>
</context>
<context>
    <name>hd::MainWindow</name>
    <message>
        <source>HallDesk 供电营业厅柜台系统</source>
        <translation>HallDesk 供电营业厅柜台系统</translation>
    </message>
    <message>
        <source>常用</source>
        <translation>常用</translation>
    </message>
    <message>
        <source>查找客户</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>锁屏 / 换班</source>
        <translation>锁屏 / 换班</translation>
    </message>
    <message>
        <source>%1 %2（%3）</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1&#x3000;终端 %2-%3</source>
        <translation>%1&#x3000;终端 %2-%3</translation>
    </message>
    <message>
        <source>中心服务：未接入（本机独立工作）</source>
        <translation>中心服务：未接入（本机独立工作）</translation>
    </message>
    <message>
        <source>打开户档案</source>
        <translation>打开户档案</translation>
    </message>
    <message>
        <source>无法读取该户档案，请重新查找。</source>
        <translation>无法读取该户档案，请重新查找。</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>现金存取</source>
        <translation>现金存取</translation>
    </message>
    <message>
        <source>结班</source>
        <translation>结班</translation>
    </message>
    <message>
        <source>待确认扫码</source>
        <translation>待确认扫码</translation>
    </message>
    <message>
        <source>日结报表</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>班次：%1 %2 开班&#x3000;钱箱 %3</source>
        <translation>班次：%1 %2 开班&#x3000;钱箱 %3</translation>
    </message>
    <message>
        <source>班次：未开班（F6 开班）</source>
        <translation>班次：未开班（F6 开班）</translation>
    </message>
    <message>
        <source>待确认扫码 %1 笔（F12）</source>
        <translation>待确认扫码 %1 笔（F12）</translation>
    </message>
    <message>
        <source>&#x3000;扫码收单：演示沙箱</source>
        <translation>&#x3000;扫码收单：演示沙箱</translation>
    </message>
    <message>
        <source>&#x3000;扫码收单：未配置</source>
        <translation>&#x3000;扫码收单：未配置</translation>
    </message>
    <message>
        <source>请先查找并打开户档案，再按 F5 收费。</source>
        <translation>请先查找并打开户档案，再按 F5 收费。</translation>
    </message>
    <message>
        <source>本终端已有未结班次：%1 于 %2 开班。</source>
        <translation>本终端已有未结班次：%1 于 %2 开班。</translation>
    </message>
    <message>
        <source>已开班。</source>
        <translation>已开班。</translation>
    </message>
    <message>
        <source>当前没有开班。</source>
        <translation>当前没有开班。</translation>
    </message>
    <message>
        <source>结班成功。现金应有 %1，实点 %2；银行卡差额 %3，扫码差额 %4；合计差额 %5。%6</source>
        <translation>结班成功。现金应有 %1，实点 %2；银行卡差额 %3，扫码差额 %4；合计差额 %5。%6</translation>
    </message>
    <message>
        <source>（值班长 %1 已确认）</source>
        <translation>（值班长 %1 已确认）</translation>
    </message>
    <message>
        <source>没有待确认的扫码缴费。</source>
        <translation>没有待确认的扫码缴费。</translation>
    </message>
    <message>
        <source>户号 %1&#x3000;%2</source>
        <translation>户号 %1&#x3000;%2</translation>
    </message>
    <message>
        <source>%1：未收款。%2</source>
        <translation>%1：未收款。%2</translation>
    </message>
    <message>
        <source>%1：已确认入账，收据号 %2</source>
        <translation>%1：已确认入账，收据号 %2</translation>
    </message>
    <message>
        <source>%1：仍无结果，继续待确认（未计为已收款）。</source>
        <translation>%1：仍无结果，继续待确认（未计为已收款）。</translation>
    </message>
    <message>
        <source>冲正</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>冲正成功：冲正单号 %1，金额 %2。原缴费记录保留。</source>
        <translation>冲正成功：冲正单号 %1，金额 %2。原缴费记录保留。</translation>
    </message>
    <message>
        <source>%1 已打印</source>
        <translation>%1 已打印</translation>
    </message>
    <message>
        <source>打印结班单？</source>
        <translation>打印结班单？</translation>
    </message>
    <message>
        <source>正在向收单机构查询待确认扫码，请稍候。</source>
        <translation>正在向收单机构查询待确认扫码，请稍候。</translation>
    </message>
    <message>
        <source>收费页正在等待收单机构答复，请稍候再按 F12。</source>
        <translation>收费页正在等待收单机构答复，请稍候再按 F12。</translation>
    </message>
    <message>
        <source>本机未配置扫码收单，无法查询。</source>
        <translation>本机未配置扫码收单，无法查询。</translation>
    </message>
    <message>
        <source>正在向收单机构查询 %1 笔待确认扫码…</source>
        <translation>正在向收单机构查询 %1 笔待确认扫码…</translation>
    </message>
</context>
<context>
    <name>hd::Money</name>
    <message>
        <source>请输入金额。</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>金额不能为负数：%1</source>
        <translation>金额不能为负数：%1</translation>
    </message>
    <message>
        <source>金额过大：%1（最多 %2 元）</source>
        <translation>金额过大：%1（最多 %2 元）</translation>
    </message>
    <message>
        <source>金额最多两位小数（精确到分）：%1</source>
        <translation>金额最多两位小数（精确到分）：%1</translation>
    </message>
    <message>
        <source>千位分隔符位置不对：%1</source>
        <translation>千位分隔符位置不对：%1</translation>
    </message>
    <message>
        <source>请使用半角数字输入金额：%1</source>
        <translation>请使用半角数字输入金额：%1</translation>
    </message>
    <message>
        <source>金额格式不正确：%1（示例：128.50）</source>
        <translation>金额格式不正确：%1（示例：128.50）</translation>
    </message>
</context>
<context>
    <name>hd::OperatorDirectory</name>
    <message>
        <source>工号 %1 不存在。</source>
        <translation>工号 %1 不存在。</translation>
    </message>
    <message>
        <source>工号只能由 2–32 位字母、数字、下划线、点或连字符组成：%1</source>
        <translation>工号只能由 2–32 位字母、数字、下划线、点或连字符组成：%1</translation>
    </message>
    <message>
        <source>密码至少 6 位。</source>
        <translation>密码至少 6 位。</translation>
    </message>
    <message>
        <source>无法添加工号 %1：%2</source>
        <translation>无法添加工号 %1：%2</translation>
    </message>
    <message>
        <source>工号或密码不正确。</source>
        <translation>工号或密码不正确。</translation>
    </message>
    <message>
        <source>工号 %1 已停用，请联系值班长。</source>
        <translation>工号 %1 已停用，请联系值班长。</translation>
    </message>
    <message>
        <source>密码错误次数过多，工号已锁定，请 %1 分钟后再试或联系值班长解锁。</source>
        <translation>密码错误次数过多，工号已锁定，请 %1 分钟后再试或联系值班长解锁。</translation>
    </message>
    <message>
        <source>密码连续错误 %1 次，工号已锁定 %2 分钟。</source>
        <translation>密码连续错误 %1 次，工号已锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>工号或密码不正确（还可尝试 %1 次）。</source>
        <translation>工号或密码不正确（还可尝试 %1 次）。</translation>
    </message>
    <message>
        <source>%1 不是值班长，无权授权此操作。</source>
        <translation>%1 不是值班长，无权授权此操作。</translation>
    </message>
    <message>
        <source>收费员</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>值班长</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>hd::Outbox</name>
    <message>
        <source>无法写入待上传队列：%1</source>
        <translation>无法写入待上传队列：%1</translation>
    </message>
</context>
<context>
    <name>hd::PageRenderer</name>
    <message>
        <source>第 %1 页</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>无法开始打印：打印机或文件不可用。请检查打印机设置。</source>
        <translation>无法开始打印：打印机或文件不可用。请检查打印机设置。</translation>
    </message>
    <message>
        <source>打印作业未能完成：打印机或文件不可用。请检查打印机后重打。</source>
        <translation>打印作业未能完成：打印机或文件不可用。请检查打印机后重打。</translation>
    </message>
</context>
<context>
    <name>hd::PaymentHistoryModel</name>
    <message>
        <source>现金</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>扫码</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>支付宝</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>银行代扣</source>
        <translation>银行代扣</translation>
    </message>
    <message>
        <source>组合支付</source>
        <translation>组合支付</translation>
    </message>
    <message>
        <source>营业厅</source>
        <translation>营业厅</translation>
    </message>
    <message>
        <source>银行</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>网上国网</source>
        <translation>网上国网</translation>
    </message>
    <message>
        <source>电费</source>
        <translation>电费</translation>
    </message>
    <message>
        <source>预购电</source>
        <translation>预购电</translation>
    </message>
    <message>
        <source>冲正</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>操作员</translation>
    </message>
</context>
<context>
    <name>hd::PaymentPage</name>
    <message>
        <source>← 返回户档案</source>
        <translation>← 返回户档案</translation>
    </message>
    <message>
        <source>返回户档案（Esc）</source>
        <translation>返回户档案（Esc）</translation>
    </message>
    <message>
        <source>例如 352.00</source>
        <translation>例如 352.00</translation>
    </message>
    <message>
        <source>缴费金额（Alt+A），至少 0.01 元；超出应缴的部分转为预存电费</source>
        <translation>缴费金额（Alt+A），至少 0.01 元；超出应缴的部分转为预存电费</translation>
    </message>
    <message>
        <source>缴费金额(&amp;A)</source>
        <translation>缴费金额(&amp;A)</translation>
    </message>
    <message>
        <source>现金(&amp;1)</source>
        <translation>现金(&amp;1)</translation>
    </message>
    <message>
        <source>现金（Alt+1）</source>
        <translation>现金（Alt+1）</translation>
    </message>
    <message>
        <source>银行卡(&amp;2)</source>
        <translation>银行卡(&amp;2)</translation>
    </message>
    <message>
        <source>银行卡（Alt+2）：POS 参考号与卡号后四位</source>
        <translation>银行卡（Alt+2）：POS 参考号与卡号后四位</translation>
    </message>
    <message>
        <source>扫码(&amp;3)</source>
        <translation>扫码(&amp;3)</translation>
    </message>
    <message>
        <source>扫码（Alt+3）：用扫码枪读取客户付款码</source>
        <translation>扫码（Alt+3）：用扫码枪读取客户付款码</translation>
    </message>
    <message>
        <source>组合付款(&amp;4)</source>
        <translation>组合付款(&amp;4)</translation>
    </message>
    <message>
        <source>组合付款（Alt+4）：银行卡、扫码各付一部分，其余现金</source>
        <translation>组合付款（Alt+4）：银行卡、扫码各付一部分，其余现金</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>刷卡金额</source>
        <translation>刷卡金额</translation>
    </message>
    <message>
        <source>POS 签购单上的参考号</source>
        <translation>POS 签购单上的参考号</translation>
    </message>
    <message>
        <source>4 位数字</source>
        <translation>4 位数字</translation>
    </message>
    <message>
        <source>刷卡金额(&amp;K)</source>
        <translation>刷卡金额(&amp;K)</translation>
    </message>
    <message>
        <source>参考号(&amp;R)</source>
        <translation>参考号(&amp;R)</translation>
    </message>
    <message>
        <source>卡号后四位(&amp;L)</source>
        <translation>卡号后四位(&amp;L)</translation>
    </message>
    <message>
        <source>扫码</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>扫码金额</source>
        <translation>扫码金额</translation>
    </message>
    <message>
        <source>请用扫码枪扫描客户付款码</source>
        <translation>请用扫码枪扫描客户付款码</translation>
    </message>
    <message>
        <source>付款码（Alt+Q）：扫码枪读完自动回车，确认后向收单机构扣款</source>
        <translation>付款码（Alt+Q）：扫码枪读完自动回车，确认后向收单机构扣款</translation>
    </message>
    <message>
        <source>扫码金额(&amp;M)</source>
        <translation>扫码金额(&amp;M)</translation>
    </message>
    <message>
        <source>付款码(&amp;Q)</source>
        <translation>付款码(&amp;Q)</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>不填即按应收</source>
        <translation>不填即按应收</translation>
    </message>
    <message>
        <source>实收现金（Alt+T）：客户递来的金额，不填即按应收</source>
        <translation>实收现金（Alt+T）：客户递来的金额，不填即按应收</translation>
    </message>
    <message>
        <source>现金部分</source>
        <translation>现金部分</translation>
    </message>
    <message>
        <source>实收(&amp;T)</source>
        <translation>实收(&amp;T)</translation>
    </message>
    <message>
        <source>收费（F9）：确认后入账</source>
        <translation>收费（F9）：确认后入账</translation>
    </message>
    <message>
        <source>打印收据（Ctrl+P）</source>
        <translation>打印收据（Ctrl+P）</translation>
    </message>
    <message>
        <source>完成，返回户档案（Esc）</source>
        <translation>完成，返回户档案（Esc）</translation>
    </message>
    <message>
        <source>找零</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>收费&#x3000;户号 %1&#x3000;%2</source>
        <translation>收费&#x3000;户号 %1&#x3000;%2</translation>
    </message>
    <message>
        <source>受限：%1（缴费照常受理，结清欠费后可办理业务）</source>
        <translation>受限：%1（缴费照常受理，结清欠费后可办理业务）</translation>
    </message>
    <message>
        <source>预付费户：按金额购电，购电金额全部计入预存电费。当前预存余额 %1。</source>
        <translation>预付费户：按金额购电，购电金额全部计入预存电费。当前预存余额 %1。</translation>
    </message>
    <message>
        <source>欠费 %1&#x3000;违约金 %2</source>
        <translation>欠费 %1&#x3000;违约金 %2</translation>
    </message>
    <message>
        <source>（含最低收取补足 %1）</source>
        <translation>（含最低收取补足 %1）</translation>
    </message>
    <message>
        <source>&#x3000;&lt;b&gt;应缴合计 %1&lt;/b&gt;</source>
        <translation>&#x3000;&lt;b&gt;应缴合计 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&#x3000;预存余额 %1</source>
        <translation>&#x3000;预存余额 %1</translation>
    </message>
    <message>
        <source>&#x3000;（计算日 %1）</source>
        <translation>&#x3000;（计算日 %1）</translation>
    </message>
    <message>
        <source>未开班：可以查看应缴金额，收费前请先开班（F6）。</source>
        <translation>未开班：可以查看应缴金额，收费前请先开班（F6）。</translation>
    </message>
    <message>
        <source>钱箱现金 %1</source>
        <translation>钱箱现金 %1</translation>
    </message>
    <message>
        <source>本户有 %1 笔扫码缴费待确认（结果未知，未计为已收款）。请先按 F12 查询确认，切勿让客户重复付款。</source>
        <translation>本户有 %1 笔扫码缴费待确认（结果未知，未计为已收款）。请先按 F12 查询确认，切勿让客户重复付款。</translation>
    </message>
    <message>
        <source>缴费金额：%1</source>
        <translation>缴费金额：%1</translation>
    </message>
    <message>
        <source>缴费金额至少为 0.01 元。</source>
        <translation>缴费金额至少为 0.01 元。</translation>
    </message>
    <message>
        <source>请输入缴费金额。</source>
        <translation>请输入缴费金额。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>购电 %1，全部计入预存电费；购电后余额 %2。</source>
        <translation>购电 %1，全部计入预存电费；购电后余额 %2。</translation>
    </message>
    <message>
        <source>本次缴费：违约金 %1，电费 %2（结清 %3 期）</source>
        <translation>本次缴费：违约金 %1，电费 %2（结清 %3 期）</translation>
    </message>
    <message>
        <source>；&lt;b style=&apos;color:#1565c0&apos;&gt;超出应缴的 %1 转为预存电费&lt;/b&gt;</source>
        <translation>；&lt;b style=&apos;color:#1565c0&apos;&gt;超出应缴的 %1 转为预存电费&lt;/b&gt;</translation>
    </message>
    <message>
        <source>；缴后仍欠 %1</source>
        <translation>；缴后仍欠 %1</translation>
    </message>
    <message>
        <source>。</source>
        <translation>。</translation>
    </message>
    <message>
        <source>各部分合计超过缴费金额</source>
        <translation>各部分合计超过缴费金额</translation>
    </message>
    <message>
        <source>—（未填实收，按应收 %1）</source>
        <translation>—（未填实收，按应收 %1）</translation>
    </message>
    <message>
        <source>实收金额：%1</source>
        <translation>实收金额：%1</translation>
    </message>
    <message>
        <source>实收不足，还差 %1</source>
        <translation>实收不足，还差 %1</translation>
    </message>
    <message>
        <source>（超过钱箱现金 %1，请先补充零钱）</source>
        <translation>（超过钱箱现金 %1，请先补充零钱）</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>组合付款：请填写刷卡金额或扫码金额，其余为现金。</source>
        <translation>组合付款：请填写刷卡金额或扫码金额，其余为现金。</translation>
    </message>
    <message>
        <source>刷卡 %1 与扫码 %2 合计超过缴费金额 %3。</source>
        <translation>刷卡 %1 与扫码 %2 合计超过缴费金额 %3。</translation>
    </message>
    <message>
        <source>注意：找零 %1 超过钱箱现金 %2。请先补充零钱（现金存入，F7），确认钱箱足够找零后再收费。</source>
        <translation>注意：找零 %1 超过钱箱现金 %2。请先补充零钱（现金存入，F7），确认钱箱足够找零后再收费。</translation>
    </message>
    <message>
        <source>户号 %1&#x3000;%2</source>
        <translation>户号 %1&#x3000;%2</translation>
    </message>
    <message>
        <source>缴费金额 %1</source>
        <translation>缴费金额 %1</translation>
    </message>
    <message>
        <source>&#x3000;购电：全部计入预存电费</source>
        <translation>&#x3000;购电：全部计入预存电费</translation>
    </message>
    <message>
        <source>&#x3000;违约金 %1，电费 %2</source>
        <translation>&#x3000;违约金 %1，电费 %2</translation>
    </message>
    <message>
        <source>&#x3000;超出应缴的 %1 转为预存电费</source>
        <translation>&#x3000;超出应缴的 %1 转为预存电费</translation>
    </message>
    <message>
        <source>现金 %1</source>
        <translation>现金 %1</translation>
    </message>
    <message>
        <source>现金 %1，实收 %2，找零 %3</source>
        <translation>现金 %1，实收 %2，找零 %3</translation>
    </message>
    <message>
        <source>银行卡 %1，参考号 %2，卡号后四位 %3</source>
        <translation>银行卡 %1，参考号 %2，卡号后四位 %3</translation>
    </message>
    <message>
        <source>扫码 %1：确认后向收单机构扣款</source>
        <translation>扫码 %1：确认后向收单机构扣款</translation>
    </message>
    <message>
        <source>该户受限（%1），缴费照常受理。</source>
        <translation>该户受限（%1），缴费照常受理。</translation>
    </message>
    <message>
        <source>确认收费？</source>
        <translation>确认收费？</translation>
    </message>
    <message>
        <source>未开班</source>
        <translation>未开班</translation>
    </message>
    <message>
        <source>当前没有开班，不能收费。
现在开班（清点备用金）吗？</source>
        <translation>当前没有开班，不能收费。
现在开班（清点备用金）吗？</translation>
    </message>
    <message>
        <source>确认收费</source>
        <translation>确认收费</translation>
    </message>
    <message>
        <source>扫码支付 %1 结果未知：未计为已收款，已记入待确认（编号 %2）。请客户稍候，按 F9 再次查询；切勿让客户重复付款。</source>
        <translation>扫码支付 %1 结果未知：未计为已收款，已记入待确认（编号 %2）。请客户稍候，按 F9 再次查询；切勿让客户重复付款。</translation>
    </message>
    <message>
        <source>收费成功&#x3000;收据号 %1</source>
        <translation>收费成功&#x3000;收据号 %1</translation>
    </message>
    <message>
        <source>该笔缴费此前已入账，未重复收费。</source>
        <translation>该笔缴费此前已入账，未重复收费。</translation>
    </message>
    <message>
        <source>金额 %1：违约金 %2，电费 %3，预存电费 %4</source>
        <translation>金额 %1：违约金 %2，电费 %3，预存电费 %4</translation>
    </message>
    <message>
        <source>提示：%1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>查询扫码结果（F9）</source>
        <translation>查询扫码结果（F9）</translation>
    </message>
    <message>
        <source>正在收费…</source>
        <translation>正在收费…</translation>
    </message>
    <message>
        <source>收费（F9）</source>
        <translation>收费（F9）</translation>
    </message>
    <message>
        <source>计算日已变为 %1，应缴金额与违约金已重新计算，请核对后再按 F9。</source>
        <translation>计算日已变为 %1，应缴金额与违约金已重新计算，请核对后再按 F9。</translation>
    </message>
    <message>
        <source>本机未配置扫码收单，请改用其他付款方式。</source>
        <translation>本机未配置扫码收单，请改用其他付款方式。</translation>
    </message>
    <message>
        <source>正在等待收单机构确认…</source>
        <translation>正在等待收单机构确认…</translation>
    </message>
</context>
<context>
    <name>hd::PaymentQuote</name>
    <message>
        <source>日期无效。</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>读取账单失败：%1</source>
        <translation>读取账单失败：%1</translation>
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
        <translation>缴费编号（UUID）无效：%1</translation>
    </message>
    <message>
        <source>缴费金额至少为 0.01 元。</source>
        <translation>缴费金额至少为 0.01 元。</translation>
    </message>
    <message>
        <source>缴费金额过大。</source>
        <translation>缴费金额过大。</translation>
    </message>
    <message>
        <source>请选择付款方式。</source>
        <translation>请选择付款方式。</translation>
    </message>
    <message>
        <source>每种付款方式的金额至少为 0.01 元。</source>
        <translation>每种付款方式的金额至少为 0.01 元。</translation>
    </message>
    <message>
        <source>实收现金 %1 少于应收 %2。</source>
        <translation>实收现金 %1 少于应收 %2。</translation>
    </message>
    <message>
        <source>请输入 POS 签购单上的参考号（4–32 位字母或数字）。</source>
        <translation>请输入 POS 签购单上的参考号（4–32 位字母或数字）。</translation>
    </message>
    <message>
        <source>请输入银行卡号后四位数字。</source>
        <translation>请输入银行卡号后四位数字。</translation>
    </message>
    <message>
        <source>付款码无效（应为 16–24 位数字），请让客户刷新付款码后重新扫描。</source>
        <translation>付款码无效（应为 16–24 位数字），请让客户刷新付款码后重新扫描。</translation>
    </message>
    <message>
        <source>一笔缴费只能使用一个付款码。</source>
        <translation>一笔缴费只能使用一个付款码。</translation>
    </message>
    <message>
        <source>各付款方式合计 %1 与缴费金额 %2 不符。</source>
        <translation>各付款方式合计 %1 与缴费金额 %2 不符。</translation>
    </message>
    <message>
        <source>该笔扫码支付已被拒绝，未收款。请重新扫码或改用其他方式。</source>
        <translation>该笔扫码支付已被拒绝，未收款。请重新扫码或改用其他方式。</translation>
    </message>
    <message>
        <source>找不到缴费记录 %1。</source>
        <translation>找不到缴费记录 %1。</translation>
    </message>
    <message>
        <source>找不到收据号 %1 的缴费记录，请核对收据。</source>
        <translation>找不到收据号 %1 的缴费记录，请核对收据。</translation>
    </message>
    <message>
        <source>本机尚未设置营业厅和终端编码，不能出收据。请先运行 hallctl init。</source>
        <translation>本机尚未设置营业厅和终端编码，不能出收据。请先运行 hallctl init。</translation>
    </message>
    <message>
        <source>缴费编号 %1 已用于另一笔缴费（户号 %2，金额 %3），未重复收费。</source>
        <translation>缴费编号 %1 已用于另一笔缴费（户号 %2，金额 %3），未重复收费。</translation>
    </message>
    <message>
        <source>当前班次由 %1 开班，%2 不能在此班次收费。请先结班后由本人开班。</source>
        <translation>当前班次由 %1 开班，%2 不能在此班次收费。请先结班后由本人开班。</translation>
    </message>
    <message>
        <source>本机未配置扫码收单，请改用其他付款方式。</source>
        <translation>本机未配置扫码收单，请改用其他付款方式。</translation>
    </message>
    <message>
        <source>扫码支付被拒绝：%1。未收款，请让客户换一种方式付款。</source>
        <translation>扫码支付被拒绝：%1。未收款，请让客户换一种方式付款。</translation>
    </message>
    <message>
        <source>扫码支付结果未知（收单机构无应答）：未计为已收款，已记入待确认，请稍后查询确认，切勿让客户重复付款。</source>
        <translation>扫码支付结果未知（收单机构无应答）：未计为已收款，已记入待确认，请稍后查询确认，切勿让客户重复付款。</translation>
    </message>
    <message>
        <source>找不到待确认的缴费 %1。</source>
        <translation>找不到待确认的缴费 %1。</translation>
    </message>
    <message>
        <source>该笔扫码支付已被拒绝，未收款。</source>
        <translation>该笔扫码支付已被拒绝，未收款。</translation>
    </message>
    <message>
        <source>本机未配置扫码收单。</source>
        <translation>本机未配置扫码收单。</translation>
    </message>
    <message>
        <source>收单机构仍无确定结果，该笔继续保持待确认。</source>
        <translation>收单机构仍无确定结果，该笔继续保持待确认。</translation>
    </message>
    <message>
        <source>扫码支付已确认，但当前没有开班：请开班后再处理待确认缴费，该笔不会丢失。</source>
        <translation>扫码支付已确认，但当前没有开班：请开班后再处理待确认缴费，该笔不会丢失。</translation>
    </message>
    <message>
        <source>找零 %1 超过钱箱现金 %2，请先补充零钱（现金存入）。</source>
        <translation>找零 %1 超过钱箱现金 %2，请先补充零钱（现金存入）。</translation>
    </message>
    <message>
        <source>该户受限：%1。缴费照常受理，结清欠费后可办理业务。</source>
        <translation>该户受限：%1。缴费照常受理，结清欠费后可办理业务。</translation>
    </message>
    <message>
        <source>超出欠费部分 %1 已转为预存电费。</source>
        <translation>超出欠费部分 %1 已转为预存电费。</translation>
    </message>
    <message>
        <source>冲正编号（UUID）无效：%1</source>
        <translation>冲正编号（UUID）无效：%1</translation>
    </message>
    <message>
        <source>请填写冲正原因。</source>
        <translation>请填写冲正原因。</translation>
    </message>
    <message>
        <source>冲正记录不能再冲正。</source>
        <translation>冲正记录不能再冲正。</translation>
    </message>
    <message>
        <source>收据 %1 已于冲正单 %2 冲正，不能重复冲正。</source>
        <translation>收据 %1 已于冲正单 %2 冲正，不能重复冲正。</translation>
    </message>
    <message>
        <source>收据 %1 所在班次已结班，不能冲正。请为客户办理退费：填写退费申请，经值班长审批后原路退回或转为预存电费。</source>
        <translation>收据 %1 所在班次已结班，不能冲正。请为客户办理退费：填写退费申请，经值班长审批后原路退回或转为预存电费。</translation>
    </message>
    <message>
        <source>该户在此之后还有缴费（收据 %1），请先冲正后面的缴费。</source>
        <translation>该户在此之后还有缴费（收据 %1），请先冲正后面的缴费。</translation>
    </message>
    <message>
        <source>数据库操作失败：%1</source>
        <translation>数据库操作失败：%1</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>扫码</source>
        <translation>扫码</translation>
    </message>
</context>
<context>
    <name>hd::PaymentSettings</name>
    <message>
        <source>未知的设置项：%1</source>
        <translation>未知的设置项：%1</translation>
    </message>
    <message>
        <source>设置项 %1 的值应为非负整数：%2</source>
        <translation>设置项 %1 的值应为非负整数：%2</translation>
    </message>
    <message>
        <source>无法保存设置 %1：%2</source>
        <translation>无法保存设置 %1：%2</translation>
    </message>
</context>
<context>
    <name>hd::Phone</name>
    <message>
        <source>手机号码只能包含数字：%1</source>
        <translation>手机号码只能包含数字：%1</translation>
    </message>
    <message>
        <source>手机号码应为 1 开头的 11 位数字（第二位 3–9）：%1</source>
        <translation>手机号码应为 1 开头的 11 位数字（第二位 3–9）：%1</translation>
    </message>
</context>
<context>
    <name>hd::PrintDispatcher</name>
    <message>
        <source>打印机 5 秒内没有完成打印：打印服务或打印机无响应。缴费已入账，不受影响；请检查打印机后在缴费记录中按 Ctrl+P 重打收据。</source>
        <translation>打印机 5 秒内没有完成打印：打印服务或打印机无响应。缴费已入账，不受影响；请检查打印机后在缴费记录中按 Ctrl+P 重打收据。</translation>
    </message>
</context>
<context>
    <name>hd::PrintDocument</name>
    <message>
        <source>重打 REPRINT 第 %1 次</source>
        <translation>重打 REPRINT 第 %1 次</translation>
    </message>
    <message>
        <source>重打人：%1</source>
        <translation>重打人：%1</translation>
    </message>
    <message>
        <source>重打时间：%1</source>
        <translation>重打时间：%1</translation>
    </message>
</context>
<context>
    <name>hd::PrintSender</name>
    <message>
        <source>缴费已入账，不受影响；处理好后在缴费记录中选中该笔，按 Ctrl+P 重打收据。</source>
        <translation>缴费已入账，不受影响；处理好后在缴费记录中选中该笔，按 Ctrl+P 重打收据。</translation>
    </message>
    <message>
        <source>打印机回应的状态无法识别，可能不是 ESC/POS 打印机。请检查打印机设置。</source>
        <translation>打印机回应的状态无法识别，可能不是 ESC/POS 打印机。请检查打印机设置。</translation>
    </message>
    <message>
        <source>打印机缺纸。请装入新纸卷并合上纸仓盖。</source>
        <translation>打印机缺纸。请装入新纸卷并合上纸仓盖。</translation>
    </message>
    <message>
        <source>打印机脱机（纸仓盖打开、缺纸或故障）。请检查打印机指示灯。</source>
        <translation>打印机脱机（纸仓盖打开、缺纸或故障）。请检查打印机指示灯。</translation>
    </message>
    <message>
        <source>本终端尚未设置打印机。请在“设置 → 打印机”中选择打印机。</source>
        <translation>本终端尚未设置打印机。请在“设置 → 打印机”中选择打印机。</translation>
    </message>
    <message>
        <source>打印机 %1 拒绝连接：打印机未开机，或地址、端口设置不对。请检查打印机电源和网线。</source>
        <translation>打印机 %1 拒绝连接：打印机未开机，或地址、端口设置不对。请检查打印机电源和网线。</translation>
    </message>
    <message>
        <source>找不到打印机 %1，请检查打印机地址设置。</source>
        <translation>找不到打印机 %1，请检查打印机地址设置。</translation>
    </message>
    <message>
        <source>连接打印机 %1 超时：打印机可能断电或网络不通。请检查打印机电源和网线。</source>
        <translation>连接打印机 %1 超时：打印机可能断电或网络不通。请检查打印机电源和网线。</translation>
    </message>
    <message>
        <source>打印机 %1 没有响应状态查询：可能死机或忙。请关闭打印机电源，稍等再打开。</source>
        <translation>打印机 %1 没有响应状态查询：可能死机或忙。请关闭打印机电源，稍等再打开。</translation>
    </message>
    <message>
        <source>打印机 %1 不接收数据（可能卡纸、缺纸或缓冲区已满）。请检查打印机。</source>
        <translation>打印机 %1 不接收数据（可能卡纸、缺纸或缓冲区已满）。请检查打印机。</translation>
    </message>
    <message>
        <source>与打印机 %1 的连接中断，收据可能没有打完。</source>
        <translation>与打印机 %1 的连接中断，收据可能没有打完。</translation>
    </message>
    <message>
        <source>找不到打印机设备 %1：USB 线未接好或打印机未开机。</source>
        <translation>找不到打印机设备 %1：USB 线未接好或打印机未开机。</translation>
    </message>
    <message>
        <source>没有权限使用打印机设备 %1，请联系系统管理员（需加入 lp 组）。</source>
        <translation>没有权限使用打印机设备 %1，请联系系统管理员（需加入 lp 组）。</translation>
    </message>
    <message>
        <source>无法打开打印机设备 %1：%2</source>
        <translation>无法打开打印机设备 %1：%2</translation>
    </message>
    <message>
        <source>打印机设备 %1 不能写入。</source>
        <translation>打印机设备 %1 不能写入。</translation>
    </message>
    <message>
        <source>打印机 %1 没有响应状态查询：可能死机或未开机。</source>
        <translation>打印机 %1 没有响应状态查询：可能死机或未开机。</translation>
    </message>
    <message>
        <source>打印机 %1 不接收数据（可能缺纸、卡纸或已断开）。请检查打印机。</source>
        <translation>打印机 %1 不接收数据（可能缺纸、卡纸或已断开）。请检查打印机。</translation>
    </message>
    <message>
        <source>打印服务（CUPS）没有运行。请联系系统管理员启动打印服务。</source>
        <translation>打印服务（CUPS）没有运行。请联系系统管理员启动打印服务。</translation>
    </message>
    <message>
        <source>找不到打印队列 %1。请在“设置 → 打印机”中重新选择打印机。</source>
        <translation>找不到打印队列 %1。请在“设置 → 打印机”中重新选择打印机。</translation>
    </message>
    <message>
        <source>打印机 %1 缺纸。请装纸后重打。</source>
        <translation>打印机 %1 缺纸。请装纸后重打。</translation>
    </message>
    <message>
        <source>打印机 %1 脱机。请检查打印机电源和连线。</source>
        <translation>打印机 %1 脱机。请检查打印机电源和连线。</translation>
    </message>
    <message>
        <source>打印队列 %1 已停止，作业不会打印。请打印机管理员检查打印机后恢复队列（cupsenable %1）。</source>
        <translation>打印队列 %1 已停止，作业不会打印。请打印机管理员检查打印机后恢复队列（cupsenable %1）。</translation>
    </message>
    <message>
        <source>打印队列 %1 拒绝接收作业。请打印机管理员恢复队列（cupsaccept %1）。</source>
        <translation>打印队列 %1 拒绝接收作业。请打印机管理员恢复队列（cupsaccept %1）。</translation>
    </message>
    <message>
        <source>打印队列 %1 没有接收作业：%2</source>
        <translation>打印队列 %1 没有接收作业：%2</translation>
    </message>
    <message>
        <source>无法保存 PDF 文件 %1：%2</source>
        <translation>无法保存 PDF 文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>hd::PrinterConfig</name>
    <message>
        <source>打印机设置“%1”无效：%2</source>
        <translation>打印机设置“%1”无效：%2</translation>
    </message>
    <message>
        <source>格式不对</source>
        <translation>格式不对</translation>
    </message>
    <message>
        <source>纸张应为 80、58 或 a4</source>
        <translation>纸张应为 80、58 或 a4</translation>
    </message>
    <message>
        <source>缺少打印机地址</source>
        <translation>缺少打印机地址</translation>
    </message>
    <message>
        <source>缺少设备文件</source>
        <translation>缺少设备文件</translation>
    </message>
    <message>
        <source>缺少打印队列名</source>
        <translation>缺少打印队列名</translation>
    </message>
    <message>
        <source>缺少文件夹</source>
        <translation>缺少文件夹</translation>
    </message>
    <message>
        <source>未知的打印机类型 %1</source>
        <translation>未知的打印机类型 %1</translation>
    </message>
    <message>
        <source>热敏打印机只能用 80 或 58 毫米卷纸</source>
        <translation>热敏打印机只能用 80 或 58 毫米卷纸</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>58 毫米卷纸</source>
        <translation>58 毫米卷纸</translation>
    </message>
    <message>
        <source>80 毫米卷纸</source>
        <translation>80 毫米卷纸</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>网络热敏打印机 %1:%2（%3）</source>
        <translation>网络热敏打印机 %1:%2（%3）</translation>
    </message>
    <message>
        <source>USB 热敏打印机 %1（%2）</source>
        <translation>USB 热敏打印机 %1（%2）</translation>
    </message>
    <message>
        <source>打印队列 %1（%2）</source>
        <translation>打印队列 %1（%2）</translation>
    </message>
    <message>
        <source>PDF 文件，保存到 %1（%2）</source>
        <translation>PDF 文件，保存到 %1（%2）</translation>
    </message>
</context>
<context>
    <name>hd::PrinterSettingsDialog</name>
    <message>
        <source>打印机设置</source>
        <translation>打印机设置</translation>
    </message>
    <message>
        <source>收据打印机(&amp;R)</source>
        <translation>收据打印机(&amp;R)</translation>
    </message>
    <message>
        <source>报表打印机(&amp;B)</source>
        <translation>报表打印机(&amp;B)</translation>
    </message>
    <message>
        <source>打印报表前先预览(&amp;V)</source>
        <translation>打印报表前先预览(&amp;V)</translation>
    </message>
    <message>
        <source>未设置报表打印机时，报表打印到收据打印机。</source>
        <translation>未设置报表打印机时，报表打印到收据打印机。</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>网络热敏打印机（ESC/POS，端口 9100）</source>
        <translation>网络热敏打印机（ESC/POS，端口 9100）</translation>
    </message>
    <message>
        <source>USB 热敏打印机（ESC/POS）</source>
        <translation>USB 热敏打印机（ESC/POS）</translation>
    </message>
    <message>
        <source>系统打印机（CUPS）</source>
        <translation>系统打印机（CUPS）</translation>
    </message>
    <message>
        <source>保存为 PDF 文件</source>
        <translation>保存为 PDF 文件</translation>
    </message>
    <message>
        <source>选择打印机类型后填写地址。</source>
        <translation>选择打印机类型后填写地址。</translation>
    </message>
    <message>
        <source>打印机 IP 地址，例如 192.168.1.50</source>
        <translation>打印机 IP 地址，例如 192.168.1.50</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>保存 PDF 的文件夹</source>
        <translation>保存 PDF 的文件夹</translation>
    </message>
    <message>
        <source>80 毫米卷纸</source>
        <translation>80 毫米卷纸</translation>
    </message>
    <message>
        <source>58 毫米卷纸</source>
        <translation>58 毫米卷纸</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>打印前查询打印机状态（缺纸、脱机）</source>
        <translation>打印前查询打印机状态（缺纸、脱机）</translation>
    </message>
    <message>
        <source>打印机不支持状态查询时请关闭，否则会报告“没有响应”。</source>
        <translation>打印机不支持状态查询时请关闭，否则会报告“没有响应”。</translation>
    </message>
    <message>
        <source>打印测试页(&amp;T)</source>
        <translation>打印测试页(&amp;T)</translation>
    </message>
    <message>
        <source>按当前填写的设置打印一张测试页（不必先保存）</source>
        <translation>按当前填写的设置打印一张测试页（不必先保存）</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>请先选择打印机。</source>
        <translation>请先选择打印机。</translation>
    </message>
    <message>
        <source>正在打印测试页……</source>
        <translation>正在打印测试页……</translation>
    </message>
</context>
<context>
    <name>hd::QuoteLineModel</name>
    <message>
        <source>账期</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>电费金额</source>
        <translation>电费金额</translation>
    </message>
    <message>
        <source>已缴</source>
        <translation>已缴</translation>
    </message>
    <message>
        <source>欠费</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>缴费截止日</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>日费率</source>
        <translation>日费率</translation>
    </message>
    <message>
        <source>违约金</source>
        <translation>违约金</translation>
    </message>
    <message>
        <source>本次付违约金</source>
        <translation>本次付违约金</translation>
    </message>
    <message>
        <source>本次付电费</source>
        <translation>本次付电费</translation>
    </message>
</context>
<context>
    <name>hd::ReceiptPrintController</name>
    <message>
        <source>收据 %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <source>本终端尚未设置收据打印机。请在“设置 → 打印机”中选择打印机，然后在缴费记录中按 Ctrl+P 打印收据。</source>
        <translation>本终端尚未设置收据打印机。请在“设置 → 打印机”中选择打印机，然后在缴费记录中按 Ctrl+P 打印收据。</translation>
    </message>
    <message>
        <source>收据 %1（重打第 %2 次）</source>
        <translation>收据 %1（重打第 %2 次）</translation>
    </message>
    <message>
        <source>%1 日结报表</source>
        <translation>%1 日结报表</translation>
    </message>
    <message>
        <source>班次 %1 交班单</source>
        <translation>班次 %1 交班单</translation>
    </message>
    <message>
        <source>本终端尚未设置报表打印机。请在“设置 → 打印机”中选择打印机。</source>
        <translation>本终端尚未设置报表打印机。请在“设置 → 打印机”中选择打印机。</translation>
    </message>
    <message>
        <source>测试页</source>
        <translation>测试页</translation>
    </message>
    <message>
        <source>测试页已发送到打印机。</source>
        <translation>测试页已发送到打印机。</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>%1 没有打印出来。</source>
        <translation>%1 没有打印出来。</translation>
    </message>
</context>
<context>
    <name>hd::ReceiptPrintLog</name>
    <message>
        <source>数据库操作失败：%1</source>
        <translation>数据库操作失败：%1</translation>
    </message>
    <message>
        <source>没有收据号为 %1 的已入账缴费，不能打印收据。请核对收据号。</source>
        <translation>没有收据号为 %1 的已入账缴费，不能打印收据。请核对收据号。</translation>
    </message>
</context>
<context>
    <name>hd::ReceiptRecord</name>
    <message>
        <source>数据库操作失败：%1</source>
        <translation>数据库操作失败：%1</translation>
    </message>
    <message>
        <source>该笔扫码支付尚未入账（状态：%1），不能打印收据。请先确认支付结果。</source>
        <translation>该笔扫码支付尚未入账（状态：%1），不能打印收据。请先确认支付结果。</translation>
    </message>
    <message>
        <source>没有收据号为 %1 的已入账缴费，不能打印收据。请核对收据号。</source>
        <translation>没有收据号为 %1 的已入账缴费，不能打印收据。请核对收据号。</translation>
    </message>
</context>
<context>
    <name>hd::ReceiptSettings</name>
    <message>
        <source>未知的设置项：%1</source>
        <translation>未知的设置项：%1</translation>
    </message>
    <message>
        <source>设置项 %1 的值应为 0 或 1：%2</source>
        <translation>设置项 %1 的值应为 0 或 1：%2</translation>
    </message>
    <message>
        <source>无法保存设置 %1：%2</source>
        <translation>无法保存设置 %1：%2</translation>
    </message>
</context>
<context>
    <name>hd::ReceiptStatement</name>
    <message>
        <source>这不是 HallDesk 收据二维码（%1）。</source>
        <translation>这不是 HallDesk 收据二维码（%1）。</translation>
    </message>
    <message>
        <source>没有可用的终端签名密钥。</source>
        <translation>没有可用的终端签名密钥。</translation>
    </message>
    <message>
        <source>收据号或户号含有冒号</source>
        <translation>收据号或户号含有冒号</translation>
    </message>
    <message>
        <source>开头应为 %1</source>
        <translation>开头应为 %1</translation>
    </message>
    <message>
        <source>应有 7 个字段，实有 %1 个</source>
        <translation>应有 7 个字段，实有 %1 个</translation>
    </message>
    <message>
        <source>金额“%1”不是整数分</source>
        <translation>金额“%1”不是整数分</translation>
    </message>
    <message>
        <source>时间“%1”无效</source>
        <translation>时间“%1”无效</translation>
    </message>
    <message>
        <source>密钥编号“%1”无效</source>
        <translation>密钥编号“%1”无效</translation>
    </message>
    <message>
        <source>签名长度不对</source>
        <translation>签名长度不对</translation>
    </message>
    <message>
        <source>缺少收据号或户号</source>
        <translation>缺少收据号或户号</translation>
    </message>
    <message>
        <source>二维码中的终端编号“%1”无效。</source>
        <translation>二维码中的终端编号“%1”无效。</translation>
    </message>
    <message>
        <source>签名密钥 %1 不是本营业厅任何终端的密钥：不能证明收据由本厅签发。</source>
        <translation>签名密钥 %1 不是本营业厅任何终端的密钥：不能证明收据由本厅签发。</translation>
    </message>
    <message>
        <source>签名密钥 %1 属于终端 %2，而二维码自称由终端 %3 签发。</source>
        <translation>签名密钥 %1 属于终端 %2，而二维码自称由终端 %3 签发。</translation>
    </message>
    <message>
        <source>签名不符：二维码中的收据号、户号、金额或时间被改动过，或并非由该终端签发。</source>
        <translation>签名不符：二维码中的收据号、户号、金额或时间被改动过，或并非由该终端签发。</translation>
    </message>
    <message>
        <source>签名有效，但与本机记录的收据 %1 不一致（户号、金额或时间不同）。请立即报告值班长：终端签名密钥可能已泄露。</source>
        <translation>签名有效，但与本机记录的收据 %1 不一致（户号、金额或时间不同）。请立即报告值班长：终端签名密钥可能已泄露。</translation>
    </message>
    <message>
        <source>真实：由终端 %1 签发，与本机记录一致。</source>
        <translation>真实：由终端 %1 签发，与本机记录一致。</translation>
    </message>
    <message>
        <source>真实：由本营业厅终端 %1 签发。</source>
        <translation>真实：由本营业厅终端 %1 签发。</translation>
    </message>
    <message>
        <source>注意：该笔缴费已由冲正单 %1 冲正。</source>
        <translation>注意：该笔缴费已由冲正单 %1 冲正。</translation>
    </message>
</context>
<context>
    <name>hd::RejectedOpsDialog</name>
    <message>
        <source>缴费</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>冲正</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>现金存取</source>
        <translation>现金存取</translation>
    </message>
    <message>
        <source>被中心拒绝的操作</source>
        <translation>被中心拒绝的操作</translation>
    </message>
    <message>
        <source>以下操作已在本机完成、票据有效，但中心未记账。请按原因处理（如核实户号后退款或补录），处理结果请记入值班日志。</source>
        <translation>以下操作已在本机完成、票据有效，但中心未记账。请按原因处理（如核实户号后退款或补录），处理结果请记入值班日志。</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>票据号</source>
        <translation>票据号</translation>
    </message>
    <message>
        <source>中心的原因</source>
        <translation>中心的原因</translation>
    </message>
</context>
<context>
    <name>hd::ReportPreviewDialog</name>
    <message>
        <source>打印预览 — %1 %2</source>
        <translation>打印预览 — %1 %2</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>打印到 %1（Ctrl+P）</source>
        <translation>打印到 %1（Ctrl+P）</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>不打印，关闭预览（Esc）</source>
        <translation>不打印，关闭预览（Esc）</translation>
    </message>
    <message>
        <source>打印机：%1</source>
        <translation>打印机：%1</translation>
    </message>
</context>
<context>
    <name>hd::ResidentId</name>
    <message>
        <source>请输入身份证号码。</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>15 位身份证号码只能由数字组成：%1</source>
        <translation>15 位身份证号码只能由数字组成：%1</translation>
    </message>
    <message>
        <source>身份证号码应为 18 位（或旧版 15 位），当前为 %1 位。</source>
        <translation>身份证号码应为 18 位（或旧版 15 位），当前为 %1 位。</translation>
    </message>
    <message>
        <source>身份证号码前 17 位只能是数字：%1</source>
        <translation>身份证号码前 17 位只能是数字：%1</translation>
    </message>
    <message>
        <source>身份证号码最后一位只能是数字或 X：%1</source>
        <translation>身份证号码最后一位只能是数字或 X：%1</translation>
    </message>
    <message>
        <source>身份证号码的地区代码 %1 不存在。</source>
        <translation>身份证号码的地区代码 %1 不存在。</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期 %1 不是有效日期。</source>
        <translation>身份证号码中的出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期 %1 不合理。</source>
        <translation>身份证号码中的出生日期 %1 不合理。</translation>
    </message>
    <message>
        <source>身份证号码校验位错误：最后一位应为 %1，请核对号码。</source>
        <translation>身份证号码校验位错误：最后一位应为 %1，请核对号码。</translation>
    </message>
</context>
<context>
    <name>hd::ReversalDialog</name>
    <message>
        <source>冲正</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>%1&#x3000;%2</source>
        <translation>%1&#x3000;%2</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>缴费时间</source>
        <translation>缴费时间</translation>
    </message>
    <message>
        <source>金额输错</source>
        <translation>金额输错</translation>
    </message>
    <message>
        <source>户号输错</source>
        <translation>户号输错</translation>
    </message>
    <message>
        <source>付款方式选错</source>
        <translation>付款方式选错</translation>
    </message>
    <message>
        <source>客户当场撤销</source>
        <translation>客户当场撤销</translation>
    </message>
    <message>
        <source>冲正原因(&amp;R)</source>
        <translation>冲正原因(&amp;R)</translation>
    </message>
    <message>
        <source>冲正生成一条新的冲正记录，原缴费记录保留；账单和预存电费恢复到缴费前。需值班长本人输入工号和密码。</source>
        <translation>冲正生成一条新的冲正记录，原缴费记录保留；账单和预存电费恢复到缴费前。需值班长本人输入工号和密码。</translation>
    </message>
    <message>
        <source>值班长授权</source>
        <translation>值班长授权</translation>
    </message>
    <message>
        <source>冲正（Ctrl+Enter）</source>
        <translation>冲正（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>取消（Esc）</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>请填写冲正原因。</source>
        <translation>请填写冲正原因。</translation>
    </message>
    <message>
        <source>请值班长输入工号和密码。</source>
        <translation>请值班长输入工号和密码。</translation>
    </message>
    <message>
        <source>冲正收据 %1（%2，户号 %3）。
原因：%4
现金缴费需将 %2 退还客户；银行卡、扫码按原路退回。确认冲正？</source>
        <translation>冲正收据 %1（%2，户号 %3）。
原因：%4
现金缴费需将 %2 退还客户；银行卡、扫码按原路退回。确认冲正？</translation>
    </message>
</context>
<context>
    <name>hd::SandboxAcquirer</name>
    <message>
        <source>付款码无效或余额不足（沙箱）</source>
        <translation>付款码无效或余额不足（沙箱）</translation>
    </message>
</context>
<context>
    <name>hd::SearchPage</name>
    <message>
        <source>户号 / 户名 / 手机号或尾号 / 小区、楼栋房号（如 3栋502）/ 身份证号</source>
        <translation>户号 / 户名 / 手机号或尾号 / 小区、楼栋房号（如 3栋502）/ 身份证号</translation>
    </message>
    <message>
        <source>查找客户（F2）。Enter 打开，↑↓ 选择，Esc 清空</source>
        <translation>查找客户（F2）。Enter 打开，↑↓ 选择，Esc 清空</translation>
    </message>
    <message>
        <source>没有找到与“%1”相符的户。可输入户号、户名、手机号、小区或身份证号。</source>
        <translation>没有找到与“%1”相符的户。可输入户号、户名、手机号、小区或身份证号。</translation>
    </message>
    <message>
        <source>找到 %1 户（%2 毫秒）。Enter 打开第一户，↑↓ 选择。</source>
        <translation>找到 %1 户（%2 毫秒）。Enter 打开第一户，↑↓ 选择。</translation>
    </message>
</context>
<context>
    <name>hd::SearchResultModel</name>
    <message>
        <source>%1（受限）</source>
        <translation>%1（受限）</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>用电地址</source>
        <translation>用电地址</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>匹配</source>
        <translation>匹配</translation>
    </message>
</context>
<context>
    <name>hd::SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>更改语言后，重新启动程序生效。</source>
        <translation>更改语言后，重新启动程序生效。</translation>
    </message>
    <message>
        <source>界面语言已保存，重新启动程序后生效。</source>
        <translation>界面语言已保存，重新启动程序后生效。</translation>
    </message>
    <message>
        <source>打印机(&amp;P)…</source>
        <translation>打印机(&amp;P)…</translation>
    </message>
    <message>
        <source>选择本终端的收据和报表打印机，打印测试页（Alt+P）</source>
        <translation>选择本终端的收据和报表打印机，打印测试页（Alt+P）</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>打印机</translation>
    </message>
</context>
<context>
    <name>hd::ShiftCloseDialog</name>
    <message>
        <source>结班</source>
        <translation>结班</translation>
    </message>
    <message>
        <source>班次：%1 于 %2 开班，备用金 %3。请清点钱箱，按面额填写；银行卡、扫码按结算单填写实际合计。</source>
        <translation>班次：%1 于 %2 开班，备用金 %3。请清点钱箱，按面额填写；银行卡、扫码按结算单填写实际合计。</translation>
    </message>
    <message>
        <source>钱箱实点现金</source>
        <translation>钱箱实点现金</translation>
    </message>
    <message>
        <source>银行卡结算单合计(&amp;K)</source>
        <translation>银行卡结算单合计(&amp;K)</translation>
    </message>
    <message>
        <source>扫码对账合计(&amp;Q)</source>
        <translation>扫码对账合计(&amp;Q)</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>应有</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>实点</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>差额</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>扫码</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>差额超过允许范围：值班长确认</source>
        <translation>差额超过允许范围：值班长确认</translation>
    </message>
    <message>
        <source>结班（Ctrl+Enter）</source>
        <translation>结班（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>取消（Esc）</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>结算单合计：%1</source>
        <translation>结算单合计：%1</translation>
    </message>
    <message>
        <source>应有现金 = 备用金 %1 + 现金收款 %2 + 存入 %3 − 取出 %4；缴费 %5 笔，冲正 %6 笔</source>
        <translation>应有现金 = 备用金 %1 + 现金收款 %2 + 存入 %3 − 取出 %4；缴费 %5 笔，冲正 %6 笔</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;差额合计（绝对值）%1，超过允许的 %2：&lt;/b&gt;需值班长核对并输入工号和密码。&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;差额合计（绝对值）%1，超过允许的 %2：&lt;/b&gt;需值班长核对并输入工号和密码。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>差额合计（绝对值）%1，在允许的 %2 以内。</source>
        <translation>差额合计（绝对值）%1，在允许的 %2 以内。</translation>
    </message>
    <message>
        <source>差额超过允许范围，请值班长输入工号和密码后再结班。</source>
        <translation>差额超过允许范围，请值班长输入工号和密码后再结班。</translation>
    </message>
    <message>
        <source>现金应有 %1，实点 %2；差额合计 %3。
结班后本班次不能再收费或冲正。确认结班？</source>
        <translation>现金应有 %1，实点 %2；差额合计 %3。
结班后本班次不能再收费或冲正。确认结班？</translation>
    </message>
    <message>
        <source>尚有 %1 笔扫码缴费待确认，未计入应有金额。建议先取消结班，按 F12 查询确认后再结班。</source>
        <translation>尚有 %1 笔扫码缴费待确认，未计入应有金额。建议先取消结班，按 F12 查询确认后再结班。</translation>
    </message>
</context>
<context>
    <name>hd::ShiftLedger</name>
    <message>
        <source>班次 %1 不存在。</source>
        <translation>班次 %1 不存在。</translation>
    </message>
    <message>
        <source>当前没有开班，不能收费。请先开班（清点备用金）。</source>
        <translation>当前没有开班，不能收费。请先开班（清点备用金）。</translation>
    </message>
    <message>
        <source>本终端已有未结班次（%1 于 %2 开班），请先结班。</source>
        <translation>本终端已有未结班次（%1 于 %2 开班），请先结班。</translation>
    </message>
    <message>
        <source>金额应大于 0。</source>
        <translation>金额应大于 0。</translation>
    </message>
    <message>
        <source>请填写现金存取的原因。</source>
        <translation>请填写现金存取的原因。</translation>
    </message>
    <message>
        <source>钱箱应有现金 %1，不足以取出 %2。</source>
        <translation>钱箱应有现金 %1，不足以取出 %2。</translation>
    </message>
    <message>
        <source>结班差额 %1 超过允许的 %2，需要值班长输入密码确认。</source>
        <translation>结班差额 %1 超过允许的 %2，需要值班长输入密码确认。</translation>
    </message>
    <message>
        <source>结班差额超过允许范围，需要值班长输入密码确认。</source>
        <translation>结班差额超过允许范围，需要值班长输入密码确认。</translation>
    </message>
    <message>
        <source>数据库操作失败：%1</source>
        <translation>数据库操作失败：%1</translation>
    </message>
</context>
<context>
    <name>hd::ShiftOpenDialog</name>
    <message>
        <source>开班</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>收费员 %1（%2）开班。请清点钱箱中的备用金，按面额填写张数或枚数（回车到下一行）。</source>
        <translation>收费员 %1（%2）开班。请清点钱箱中的备用金，按面额填写张数或枚数（回车到下一行）。</translation>
    </message>
    <message>
        <source>开班（Ctrl+Enter）</source>
        <translation>开班（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>取消（Esc）</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>备用金合计 %1
%2

确认开班？</source>
        <translation>备用金合计 %1
%2

确认开班？</translation>
    </message>
    <message>
        <source>（钱箱为空）</source>
        <translation>（钱箱为空）</translation>
    </message>
</context>
<context>
    <name>hd::Store</name>
    <message>
        <source>找不到数据库 %1。请先用 hallctl init 创建，或用 --store 指定路径。</source>
        <translation>找不到数据库 %1。请先用 hallctl init 创建，或用 --store 指定路径。</translation>
    </message>
    <message>
        <source>无法打开数据库 %1：%2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>数据库 %1 由更新版本的 HallDesk 创建（数据结构版本 %2，本程序支持到 %3）。为保护数据，本程序不会打开或修改它，请升级 HallDesk。</source>
        <translation>数据库 %1 由更新版本的 HallDesk 创建（数据结构版本 %2，本程序支持到 %3）。为保护数据，本程序不会打开或修改它，请升级 HallDesk。</translation>
    </message>
    <message>
        <source>数据库升级到版本 %1 失败，数据库保持原样：%2</source>
        <translation>数据库升级到版本 %1 失败，数据库保持原样：%2</translation>
    </message>
    <message>
        <source>无法保存设置 %1：%2</source>
        <translation>无法保存设置 %1：%2</translation>
    </message>
    <message>
        <source>营业厅编码应为 4 位数字：%1</source>
        <translation>营业厅编码应为 4 位数字：%1</translation>
    </message>
    <message>
        <source>终端编码应为 2 位数字：%1</source>
        <translation>终端编码应为 2 位数字：%1</translation>
    </message>
    <message>
        <source>数据库操作失败：%1（%2）</source>
        <translation>数据库操作失败：%1（%2）</translation>
    </message>
    <message>
        <source>无法读取数据库版本：%1。该文件可能不是 HallDesk 数据库或已损坏。</source>
        <translation>无法读取数据库版本：%1。该文件可能不是 HallDesk 数据库或已损坏。</translation>
    </message>
</context>
<context>
    <name>hd::SupervisorBox</name>
    <message>
        <source>值班长工号</source>
        <translation>值班长工号</translation>
    </message>
    <message>
        <source>值班长本人输入</source>
        <translation>值班长本人输入</translation>
    </message>
    <message>
        <source>值班长工号(&amp;S)</source>
        <translation>值班长工号(&amp;S)</translation>
    </message>
    <message>
        <source>值班长密码(&amp;W)</source>
        <translation>值班长密码(&amp;W)</translation>
    </message>
</context>
<context>
    <name>hd::SyncStatusWidget</name>
    <message>
        <source>查看被中心拒绝的操作（Ctrl+Shift+R）</source>
        <translation>查看被中心拒绝的操作（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>离线：尚未从中心取得数据，账单与违约金以本机现有数据为准。</source>
        <translation>离线：尚未从中心取得数据，账单与违约金以本机现有数据为准。</translation>
    </message>
    <message>
        <source>离线：账单与违约金按 %1 的数据计算，联网后以中心为准。</source>
        <translation>离线：账单与违约金按 %1 的数据计算，联网后以中心为准。</translation>
    </message>
    <message>
        <source>● 中心在线</source>
        <translation>● 中心在线</translation>
    </message>
    <message>
        <source>● 离线</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <source>待上传 %1</source>
        <translation>待上传 %1</translation>
    </message>
    <message>
        <source>数据截至 %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>数据截至 —</source>
        <translation>数据截至 —</translation>
    </message>
    <message>
        <source>尚未从中心同步</source>
        <translation>尚未从中心同步</translation>
    </message>
    <message>
        <source>被拒绝 %1</source>
        <translation>被拒绝 %1</translation>
    </message>
</context>
<context>
    <name>hd::TerminalKey</name>
    <message>
        <source>钥匙串无响应。</source>
        <translation>钥匙串无响应。</translation>
    </message>
    <message>
        <source>无法读取终端签名密钥 %1：%2</source>
        <translation>无法读取终端签名密钥 %1：%2</translation>
    </message>
    <message>
        <source>终端签名密钥文件 %1 内容无效，请联系系统管理员。</source>
        <translation>终端签名密钥文件 %1 内容无效，请联系系统管理员。</translation>
    </message>
    <message>
        <source>无法创建终端签名密钥文件 %1：%2</source>
        <translation>无法创建终端签名密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>无法保存终端签名密钥文件 %1：%2</source>
        <translation>无法保存终端签名密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>终端签名密钥无效。</source>
        <translation>终端签名密钥无效。</translation>
    </message>
    <message>
        <source>本机尚未设置营业厅和终端编码，不能签发收据。请先运行 hallctl init。</source>
        <translation>本机尚未设置营业厅和终端编码，不能签发收据。请先运行 hallctl init。</translation>
    </message>
    <message>
        <source>无法生成终端签名密钥。</source>
        <translation>无法生成终端签名密钥。</translation>
    </message>
    <message>
        <source>本终端</source>
        <translation>本终端</translation>
    </message>
</context>
<context>
    <name>hd::TrustedKeys</name>
    <message>
        <source>终端编号应为“营业厅-终端”，例如 4401-03：%1</source>
        <translation>终端编号应为“营业厅-终端”，例如 4401-03：%1</translation>
    </message>
    <message>
        <source>公钥应为 32 字节（Base64 编码 44 个字符）。</source>
        <translation>公钥应为 32 字节（Base64 编码 44 个字符）。</translation>
    </message>
    <message>
        <source>公钥 %1 已在信任列表中。</source>
        <translation>公钥 %1 已在信任列表中。</translation>
    </message>
    <message>
        <source>无法保存公钥：%1</source>
        <translation>无法保存公钥：%1</translation>
    </message>
</context>
<context>
    <name>hd::capture::CameraSource</name>
    <message>
        <source>没有找到摄像头（高拍仪）：请检查 USB 连接。</source>
        <translation>没有找到摄像头（高拍仪）：请检查 USB 连接。</translation>
    </message>
    <message>
        <source>摄像头无法启动：%1</source>
        <translation>摄像头无法启动：%1</translation>
    </message>
</context>
<context>
    <name>hd::capture::CaptureEngine</name>
    <message>
        <source>未找到证件：请把证件平放在镜头下</source>
        <translation>未找到证件：请把证件平放在镜头下</translation>
    </message>
    <message>
        <source>证件四角无效，请重新框选。</source>
        <translation>证件四角无效，请重新框选。</translation>
    </message>
    <message>
        <source>没有图像来源。</source>
        <translation>没有图像来源。</translation>
    </message>
</context>
<context>
    <name>hd::capture::DocumentPdf</name>
    <message>
        <source>证件图像无法解码，无法导出。</source>
        <translation>证件图像无法解码，无法导出。</translation>
    </message>
    <message>
        <source>没有可导出的证件图像。</source>
        <translation>没有可导出的证件图像。</translation>
    </message>
    <message>
        <source>无法写入 PDF：%1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
</context>
<context>
    <name>hd::capture::FrameSource</name>
    <message>
        <source>找不到图像文件：%1</source>
        <translation>找不到图像文件：%1</translation>
    </message>
    <message>
        <source>找不到文件夹：%1</source>
        <translation>找不到文件夹：%1</translation>
    </message>
    <message>
        <source>无法打开视频文件：%1</source>
        <translation>无法打开视频文件：%1</translation>
    </message>
</context>
<context>
    <name>hd::capture::ImageLoader</name>
    <message>
        <source>JPEG 文件不完整（可能传输中断），请重新拍摄或复制。</source>
        <translation>JPEG 文件不完整（可能传输中断），请重新拍摄或复制。</translation>
    </message>
    <message>
        <source>JPEG 文件头损坏，无法读取图像尺寸。</source>
        <translation>JPEG 文件头损坏，无法读取图像尺寸。</translation>
    </message>
    <message>
        <source>PNG 文件头损坏。</source>
        <translation>PNG 文件头损坏。</translation>
    </message>
    <message>
        <source>PNG 文件不完整（可能传输中断），请重新拍摄或复制。</source>
        <translation>PNG 文件不完整（可能传输中断），请重新拍摄或复制。</translation>
    </message>
    <message>
        <source>图像尺寸过大。</source>
        <translation>图像尺寸过大。</translation>
    </message>
    <message>
        <source>TIFF 文件头损坏。</source>
        <translation>TIFF 文件头损坏。</translation>
    </message>
    <message>
        <source>TIFF 文件不完整。</source>
        <translation>TIFF 文件不完整。</translation>
    </message>
    <message>
        <source>TIFF 文件缺少图像尺寸。</source>
        <translation>TIFF 文件缺少图像尺寸。</translation>
    </message>
    <message>
        <source>BMP 文件头损坏。</source>
        <translation>BMP 文件头损坏。</translation>
    </message>
    <message>
        <source>文件是空的（0 字节），不是图像。</source>
        <translation>文件是空的（0 字节），不是图像。</translation>
    </message>
    <message>
        <source>图像只有 %1×%2 像素，太小，无法识别证件。</source>
        <translation>图像只有 %1×%2 像素，太小，无法识别证件。</translation>
    </message>
    <message>
        <source>图像尺寸 %1×%2 过大（上限 %3 百万像素），已拒绝。</source>
        <translation>图像尺寸 %1×%2 过大（上限 %3 百万像素），已拒绝。</translation>
    </message>
    <message>
        <source>图像数据损坏，无法解码。</source>
        <translation>图像数据损坏，无法解码。</translation>
    </message>
    <message>
        <source>图像数据与文件头不符，无法使用。</source>
        <translation>图像数据与文件头不符，无法使用。</translation>
    </message>
    <message>
        <source>无法打开文件：%1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>文件过大（超过 200 MB），已拒绝。</source>
        <translation>文件过大（超过 200 MB），已拒绝。</translation>
    </message>
    <message>
        <source>WebP 文件头损坏。</source>
        <translation>WebP 文件头损坏。</translation>
    </message>
    <message>
        <source>WebP 文件不完整（可能传输中断），请重新拍摄或复制。</source>
        <translation>WebP 文件不完整（可能传输中断），请重新拍摄或复制。</translation>
    </message>
    <message>
        <source>不支持的图像格式（支持 JPEG、PNG、TIFF、BMP、WebP）。</source>
        <translation>不支持的图像格式（支持 JPEG、PNG、TIFF、BMP、WebP）。</translation>
    </message>
</context>
<context>
    <name>hd::capture::QualityGate</name>
    <message>
        <source>图像模糊：请稳住证件，等待对焦</source>
        <translation>图像模糊：请稳住证件，等待对焦</translation>
    </message>
    <message>
        <source>反光遮挡文字：请调整证件角度或灯光</source>
        <translation>反光遮挡文字：请调整证件角度或灯光</translation>
    </message>
    <message>
        <source>证件太小或太远：请靠近镜头</source>
        <translation>证件太小或太远：请靠近镜头</translation>
    </message>
    <message>
        <source>证件未完整入镜：请移到画面中间</source>
        <translation>证件未完整入镜：请移到画面中间</translation>
    </message>
    <message>
        <source>证件在移动：请放稳</source>
        <translation>证件在移动：请放稳</translation>
    </message>
    <message>
        <source>框出的形状与所选证件不符：请确认所选证件，把证件单独放好，或手动调整四角</source>
        <translation>框出的形状与所选证件不符：请确认所选证件，把证件单独放好，或手动调整四角</translation>
    </message>
</context>
<context>
    <name>hd::capture::Rectifier</name>
    <message>
        <source>未知的证件类型“%1”（可选 id-card、a4、licence）。</source>
        <translation>未知的证件类型“%1”（可选 id-card、a4、licence）。</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>A4 证明/权证</source>
        <translation>A4 证明/权证</translation>
    </message>
    <message>
        <source>营业执照</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>没有图像可供矫正。</source>
        <translation>没有图像可供矫正。</translation>
    </message>
    <message>
        <source>证件四角无效，请重新框选。</source>
        <translation>证件四角无效，请重新框选。</translation>
    </message>
</context>
<context>
    <name>hd::central::CentralDb</name>
    <message>
        <source>数据库错误（%1）：%2</source>
        <translation>数据库错误（%1）：%2</translation>
    </message>
    <message>
        <source>找不到中心数据密钥文件 %1。数据库中的电话和证件号码用它加密，没有它中心无法启动（也不会以明文方式运行）。请从备份恢复该文件，或用 --data-key 指定它的位置。</source>
        <translation>找不到中心数据密钥文件 %1。数据库中的电话和证件号码用它加密，没有它中心无法启动（也不会以明文方式运行）。请从备份恢复该文件，或用 --data-key 指定它的位置。</translation>
    </message>
    <message>
        <source>无法创建中心数据密钥的目录 %1。</source>
        <translation>无法创建中心数据密钥的目录 %1。</translation>
    </message>
    <message>
        <source>中心数据密钥文件 %1 的权限过宽（其他用户可以读写），中心拒绝使用它。请改为只有本用户可读写：chmod 600 %1</source>
        <translation>中心数据密钥文件 %1 的权限过宽（其他用户可以读写），中心拒绝使用它。请改为只有本用户可读写：chmod 600 %1</translation>
    </message>
    <message>
        <source>无法读取中心数据密钥文件 %1：%2</source>
        <translation>无法读取中心数据密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>中心数据密钥文件 %1 内容无效（应为 32 字节密钥的 Base64 文本）。</source>
        <translation>中心数据密钥文件 %1 内容无效（应为 32 字节密钥的 Base64 文本）。</translation>
    </message>
    <message>
        <source>不支持的数据库类型：%1（应为 sqlite 或 postgres）</source>
        <translation>不支持的数据库类型：%1（应为 sqlite 或 postgres）</translation>
    </message>
    <message>
        <source>中心数据库的结构版本为 %1，本程序支持 1 到 %2。为保护数据，本程序不会使用或修改它。</source>
        <translation>中心数据库的结构版本为 %1，本程序支持 1 到 %2。为保护数据，本程序不会使用或修改它。</translation>
    </message>
    <message>
        <source>中心数据密钥文件 %1 与数据库不匹配：数据库中的电话和证件号码是用另一把密钥加密的。请使用该数据库原来的密钥文件（中心不会以明文方式运行）。</source>
        <translation>中心数据密钥文件 %1 与数据库不匹配：数据库中的电话和证件号码是用另一把密钥加密的。请使用该数据库原来的密钥文件（中心不会以明文方式运行）。</translation>
    </message>
    <message>
        <source>中心数据库升级到结构版本 %1 失败，数据库保持原样：%2</source>
        <translation>中心数据库升级到结构版本 %1 失败，数据库保持原样：%2</translation>
    </message>
</context>
<context>
    <name>hd::central::CentralServer</name>
    <message>
        <source>请求缺少或带有格式错误的认证信息。</source>
        <translation>请求缺少或带有格式错误的认证信息。</translation>
    </message>
    <message>
        <source>请求的 nonce 格式错误。</source>
        <translation>请求的 nonce 格式错误。</translation>
    </message>
    <message>
        <source>请求签名无效。</source>
        <translation>请求签名无效。</translation>
    </message>
    <message>
        <source>该终端（或渠道）已被中心停用。</source>
        <translation>该终端（或渠道）已被中心停用。</translation>
    </message>
    <message>
        <source>该密钥无权调用此接口。</source>
        <translation>该密钥无权调用此接口。</translation>
    </message>
    <message>
        <source>请求时间与中心时间相差超过 %1 秒，请校准本机时钟。</source>
        <translation>请求时间与中心时间相差超过 %1 秒，请校准本机时钟。</translation>
    </message>
    <message>
        <source>没有这个接口：%1</source>
        <translation>没有这个接口：%1</translation>
    </message>
    <message>
        <source>此接口不支持该请求方法。</source>
        <translation>此接口不支持该请求方法。</translation>
    </message>
    <message>
        <source>请求体过大（上限 %1 字节）。</source>
        <translation>请求体过大（上限 %1 字节）。</translation>
    </message>
    <message>
        <source>未知参数：%1</source>
        <translation>未知参数：%1</translation>
    </message>
    <message>
        <source>limit 应为正整数。</source>
        <translation>limit 应为正整数。</translation>
    </message>
    <message>
        <source>day 应为日期 yyyy-MM-dd。</source>
        <translation>day 应为日期 yyyy-MM-dd。</translation>
    </message>
</context>
<context>
    <name>hd::central::CentralService</name>
    <message>
        <source>未知的终端或渠道密钥。</source>
        <translation>未知的终端或渠道密钥。</translation>
    </message>
    <message>
        <source>重复的请求（nonce 已使用），已拒绝。</source>
        <translation>重复的请求（nonce 已使用），已拒绝。</translation>
    </message>
    <message>
        <source>请求过于频繁（每分钟最多 %1 次），请稍后再试。</source>
        <translation>请求过于频繁（每分钟最多 %1 次），请稍后再试。</translation>
    </message>
    <message>
        <source>public_key 应为 32 字节的 Base64。</source>
        <translation>public_key 应为 32 字节的 Base64。</translation>
    </message>
    <message>
        <source>终端编号应为两位数字。</source>
        <translation>终端编号应为两位数字。</translation>
    </message>
    <message>
        <source>注册码无效、已使用或已过期，请向中心管理员索取新的注册码。</source>
        <translation>注册码无效、已使用或已过期，请向中心管理员索取新的注册码。</translation>
    </message>
    <message>
        <source>%1 应为对象。</source>
        <translation>%1 应为对象。</translation>
    </message>
    <message>
        <source>%1 应为小写 UUID。</source>
        <translation>%1 应为小写 UUID。</translation>
    </message>
    <message>
        <source>未知的操作类型：%1</source>
        <translation>未知的操作类型：%1</translation>
    </message>
    <message>
        <source>%1 应为 %2（客户端应先升级旧数据）。</source>
        <translation>%1 应为 %2（客户端应先升级旧数据）。</translation>
    </message>
    <message>
        <source>%1 应为 64 位小写十六进制的 SHA-256。</source>
        <translation>%1 应为 64 位小写十六进制的 SHA-256。</translation>
    </message>
    <message>
        <source>游标格式无效：%1</source>
        <translation>游标格式无效：%1</translation>
    </message>
    <message>
        <source>本地数据的同步点已失效（中心数据已重新装载），需要完整重新同步。</source>
        <translation>本地数据的同步点已失效（中心数据已重新装载），需要完整重新同步。</translation>
    </message>
    <message>
        <source>账户 %1 的个人信息无法解密：%2</source>
        <translation>账户 %1 的个人信息无法解密：%2</translation>
    </message>
    <message>
        <source>paid_at 应为 ISO 8601 时间。</source>
        <translation>paid_at 应为 ISO 8601 时间。</translation>
    </message>
    <message>
        <source>尚未收到结班数据</source>
        <translation>尚未收到结班数据</translation>
    </message>
    <message>
        <source>营业厅 %1 不存在。</source>
        <translation>营业厅 %1 不存在。</translation>
    </message>
    <message>
        <source>没有这个终端：%1</source>
        <translation>没有这个终端：%1</translation>
    </message>
    <message>
        <source>没有这个操作员：%1</source>
        <translation>没有这个操作员：%1</translation>
    </message>
    <message>
        <source>没有这个户号：%1</source>
        <translation>没有这个户号：%1</translation>
    </message>
    <message>
        <source>操作编号 %1 已用于内容不同的另一操作，未重复记账。</source>
        <translation>操作编号 %1 已用于内容不同的另一操作，未重复记账。</translation>
    </message>
    <message>
        <source>缴费编号 %1 已被另一笔缴费使用。</source>
        <translation>缴费编号 %1 已被另一笔缴费使用。</translation>
    </message>
    <message>
        <source>户号 %1 在中心不存在，请核实后退款或转入正确户号。</source>
        <translation>户号 %1 在中心不存在，请核实后退款或转入正确户号。</translation>
    </message>
    <message>
        <source>冲正编号 %1 已被另一笔缴费使用。</source>
        <translation>冲正编号 %1 已被另一笔缴费使用。</translation>
    </message>
    <message>
        <source>被冲正的缴费 %1 在中心没有记录（可能已被拒绝）。</source>
        <translation>被冲正的缴费 %1 在中心没有记录（可能已被拒绝）。</translation>
    </message>
    <message>
        <source>该笔缴费已被冲正过。</source>
        <translation>该笔缴费已被冲正过。</translation>
    </message>
    <message>
        <source>冲正的户号与原缴费不符。</source>
        <translation>冲正的户号与原缴费不符。</translation>
    </message>
    <message>
        <source>户号 %1 在中心不存在。</source>
        <translation>户号 %1 在中心不存在。</translation>
    </message>
    <message>
        <source>上一批操作（至序号 %1）尚未被中心处理，本批未处理，请在其后重发。</source>
        <translation>上一批操作（至序号 %1）尚未被中心处理，本批未处理，请在其后重发。</translation>
    </message>
</context>
<context>
    <name>hd::sync</name>
    <message>
        <source>请求不是有效的 UTF-8 文本。</source>
        <translation>请求不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>请求不是有效的 JSON（第 %1 字节）：%2</source>
        <translation>请求不是有效的 JSON（第 %1 字节）：%2</translation>
    </message>
    <message>
        <source>请求体应为 JSON 对象。</source>
        <translation>请求体应为 JSON 对象。</translation>
    </message>
    <message>
        <source>字段 %1 应为小写 UUID。</source>
        <translation>字段 %1 应为小写 UUID。</translation>
    </message>
    <message>
        <source>字段 %1 应为日期 yyyy-MM-dd。</source>
        <translation>字段 %1 应为日期 yyyy-MM-dd。</translation>
    </message>
    <message>
        <source>字段 %1 应为 ISO 8601 时间。</source>
        <translation>字段 %1 应为 ISO 8601 时间。</translation>
    </message>
    <message>
        <source>字段 %1 的元素过多。</source>
        <translation>字段 %1 的元素过多。</translation>
    </message>
    <message>
        <source>缴费类型应为 bill 或 topup。</source>
        <translation>缴费类型应为 bill 或 topup。</translation>
    </message>
    <message>
        <source>字段 %1 应为对象。</source>
        <translation>字段 %1 应为对象。</translation>
    </message>
    <message>
        <source>现金存取方向应为 in 或 out。</source>
        <translation>现金存取方向应为 in 或 out。</translation>
    </message>
    <message>
        <source>未知的操作类型：%1</source>
        <translation>未知的操作类型：%1</translation>
    </message>
    <message>
        <source>本地数据库错误：%1</source>
        <translation>本地数据库错误：%1</translation>
    </message>
</context>
<context>
    <name>hd::sync::FieldReader</name>
    <message>
        <source>缺少字段：%1</source>
        <translation>缺少字段：%1</translation>
    </message>
    <message>
        <source>字段 %1 应为字符串。</source>
        <translation>字段 %1 应为字符串。</translation>
    </message>
    <message>
        <source>字段 %1 过长（最多 %2 个字符）。</source>
        <translation>字段 %1 过长（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>字段 %1 含有控制字符。</source>
        <translation>字段 %1 含有控制字符。</translation>
    </message>
    <message>
        <source>字段 %1 应为整数。</source>
        <translation>字段 %1 应为整数。</translation>
    </message>
    <message>
        <source>字段 %1 超出范围（%2 至 %3）。</source>
        <translation>字段 %1 超出范围（%2 至 %3）。</translation>
    </message>
    <message>
        <source>字段 %1 应为 true 或 false。</source>
        <translation>字段 %1 应为 true 或 false。</translation>
    </message>
    <message>
        <source>字段 %1 应为对象。</source>
        <translation>字段 %1 应为对象。</translation>
    </message>
    <message>
        <source>字段 %1 应为数组。</source>
        <translation>字段 %1 应为数组。</translation>
    </message>
    <message>
        <source>字段 %1 的元素过多（最多 %2 个）。</source>
        <translation>字段 %1 的元素过多（最多 %2 个）。</translation>
    </message>
    <message>
        <source>未知字段：%1</source>
        <translation>未知字段：%1</translation>
    </message>
</context>
<context>
    <name>hd::sync::PayloadMigration</name>
    <message>
        <source>旧版本数据的金额无法识别：%1 = %2</source>
        <translation>旧版本数据的金额无法识别：%1 = %2</translation>
    </message>
    <message>
        <source>无法识别的数据版本 %1（%2），请升级程序。</source>
        <translation>无法识别的数据版本 %1（%2），请升级程序。</translation>
    </message>
</context>
<context>
    <name>hd::sync::SyncClient</name>
    <message>
        <source>无法连接中心：%1</source>
        <translation>无法连接中心：%1</translation>
    </message>
    <message>
        <source>中心答复 %1：%2</source>
        <translation>中心答复 %1：%2</translation>
    </message>
    <message>
        <source>未配置或无法读取中心的 CA 证书 %1</source>
        <translation>未配置或无法读取中心的 CA 证书 %1</translation>
    </message>
</context>
<context>
    <name>hd::sync::SyncConfig</name>
    <message>
        <source>找不到本终端的同步密钥文件 %1，请重新注册终端。</source>
        <translation>找不到本终端的同步密钥文件 %1，请重新注册终端。</translation>
    </message>
    <message>
        <source>无法写入同步密钥文件 %1。</source>
        <translation>无法写入同步密钥文件 %1。</translation>
    </message>
</context>
<context>
    <name>hd::sync::SyncEngine</name>
    <message>
        <source>中心地址无效：%1</source>
        <translation>中心地址无效：%1</translation>
    </message>
    <message>
        <source>注册码属于营业厅 %1，本机是营业厅 %2，未注册。</source>
        <translation>注册码属于营业厅 %1，本机是营业厅 %2，未注册。</translation>
    </message>
    <message>
        <source>本地数据库不是 SQLite。</source>
        <translation>本地数据库不是 SQLite。</translation>
    </message>
    <message>
        <source>本地数据库错误：%1</source>
        <translation>本地数据库错误：%1</translation>
    </message>
    <message>
        <source>中心的答复与发送的操作不对应，未记录。</source>
        <translation>中心的答复与发送的操作不对应，未记录。</translation>
    </message>
</context>
<context>
    <name>hd::ui::CaptureDialog</name>
    <message>
        <source>证件采集 — %1</source>
        <translation>证件采集 — %1</translation>
    </message>
    <message>
        <source>保存到档案</source>
        <translation>保存到档案</translation>
    </message>
    <message>
        <source>保存到档案（Ctrl+S）</source>
        <translation>保存到档案（Ctrl+S）</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>关闭（Esc）</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>还缺：%1。身份证须正反两面一起保存。</source>
        <translation>还缺：%1。身份证须正反两面一起保存。</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>还没有拍摄任何证件。</source>
        <translation>还没有拍摄任何证件。</translation>
    </message>
    <message>
        <source>%1 保存失败：%2</source>
        <translation>%1 保存失败：%2</translation>
    </message>
    <message>
        <source>已保存 %1 份证件。</source>
        <translation>已保存 %1 份证件。</translation>
    </message>
    <message>
        <source>已拍摄 %1 张尚未保存，确定放弃？</source>
        <translation>已拍摄 %1 张尚未保存，确定放弃？</translation>
    </message>
    <message>
        <source>放弃未保存的证件</source>
        <translation>放弃未保存的证件</translation>
    </message>
</context>
<context>
    <name>hd::ui::CapturePreview</name>
    <message>
        <source>证件清晰，请保持不动</source>
        <translation>证件清晰，请保持不动</translation>
    </message>
    <message>
        <source>拖动四角对准证件边缘（Tab 换角，方向键微调；不是这份请按 F6），Enter 确认，Esc 取消</source>
        <translation>拖动四角对准证件边缘（Tab 换角，方向键微调；不是这份请按 F6），Enter 确认，Esc 取消</translation>
    </message>
</context>
<context>
    <name>hd::ui::CaptureWidget</name>
    <message>
        <source>居民身份证</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>营业执照</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>房产证明</source>
        <translation>房产证明</translation>
    </message>
    <message>
        <source>拍照</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>重拍</source>
        <translation>重拍</translation>
    </message>
    <message>
        <source>证件清晰，请保持不动</source>
        <translation>证件清晰，请保持不动</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>身份证人像面</source>
        <translation>身份证人像面</translation>
    </message>
    <message>
        <source>身份证国徽面</source>
        <translation>身份证国徽面</translation>
    </message>
    <message>
        <source>画面来源：摄像头（高拍仪）、视频文件、图像或扫描文件夹</source>
        <translation>画面来源：摄像头（高拍仪）、视频文件、图像或扫描文件夹</translation>
    </message>
    <message>
        <source>摄像头分辨率（本机记住所选）</source>
        <translation>摄像头分辨率（本机记住所选）</translation>
    </message>
    <message>
        <source>需采集的证件：选中一项后拍摄</source>
        <translation>需采集的证件：选中一项后拍摄</translation>
    </message>
    <message>
        <source>调整四角</source>
        <translation>调整四角</translation>
    </message>
    <message>
        <source>确认拍摄</source>
        <translation>确认拍摄</translation>
    </message>
    <message>
        <source>取消调整</source>
        <translation>取消调整</translation>
    </message>
    <message>
        <source>下一张</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>分辨率</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>需采集的证件</source>
        <translation>需采集的证件</translation>
    </message>
    <message>
        <source>%1（默认）</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>（未检测到摄像头）</source>
        <translation>（未检测到摄像头）</translation>
    </message>
    <message>
        <source>视频文件…</source>
        <translation>视频文件…</translation>
    </message>
    <message>
        <source>图像文件…</source>
        <translation>图像文件…</translation>
    </message>
    <message>
        <source>扫描件文件夹…</source>
        <translation>扫描件文件夹…</translation>
    </message>
    <message>
        <source>选择视频文件</source>
        <translation>选择视频文件</translation>
    </message>
    <message>
        <source>视频 (*.avi *.mp4 *.mkv *.mov)</source>
        <translation>视频 (*.avi *.mp4 *.mkv *.mov)</translation>
    </message>
    <message>
        <source>选择图像文件</source>
        <translation>选择图像文件</translation>
    </message>
    <message>
        <source>选择扫描件文件夹</source>
        <translation>选择扫描件文件夹</translation>
    </message>
    <message>
        <source>视频文件：%1</source>
        <translation>视频文件：%1</translation>
    </message>
    <message>
        <source>图像文件：%1</source>
        <translation>图像文件：%1</translation>
    </message>
    <message>
        <source>扫描件文件夹：%1</source>
        <translation>扫描件文件夹：%1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>请先在右侧选择要采集的证件。</source>
        <translation>请先在右侧选择要采集的证件。</translation>
    </message>
    <message>
        <source>已采集：%1</source>
        <translation>已采集：%1</translation>
    </message>
    <message>
        <source>四角无效，请重新调整。</source>
        <translation>四角无效，请重新调整。</translation>
    </message>
    <message>
        <source>请重新拍摄：%1</source>
        <translation>请重新拍摄：%1</translation>
    </message>
    <message>
        <source>图像 (%1)</source>
        <translation>图像 (%1)</translation>
    </message>
    <message>
        <source>摄像头画面中断：请检查高拍仪的 USB 连接，接好后自动继续</source>
        <translation>摄像头画面中断：请检查高拍仪的 USB 连接，接好后自动继续</translation>
    </message>
    <message>
        <source>摄像头画面已恢复</source>
        <translation>摄像头画面已恢复</translation>
    </message>
    <message>
        <source>旋转 180°</source>
        <translation>旋转 180°</translation>
    </message>
    <message>
        <source>还没有拍摄证件，无可旋转。</source>
        <translation>还没有拍摄证件，无可旋转。</translation>
    </message>
    <message>
        <source>已将%1旋转 180°</source>
        <translation>已将%1旋转 180°</translation>
    </message>
    <message>
        <source>证件倒放，已按版式转正；方向不对请按 Ctrl+R</source>
        <translation>证件倒放，已按版式转正；方向不对请按 Ctrl+R</translation>
    </message>
    <message>
        <source>放的是%1，已归入此项</source>
        <translation>放的是%1，已归入此项</translation>
    </message>
    <message>
        <source>放的是%1（已采集）：请把证件翻过来，拍%2</source>
        <translation>放的是%1（已采集）：请把证件翻过来，拍%2</translation>
    </message>
    <message>
        <source>看来是%1，已按所选存入</source>
        <translation>看来是%1，已按所选存入</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>文件倒放，已按文字方向转正；方向不对请按 Ctrl+R</source>
        <translation>文件倒放，已按文字方向转正；方向不对请按 Ctrl+R</translation>
    </message>
    <message>
        <source>未找到证件：可按 F7 手动框选四角，或按 PageDown 看下一张</source>
        <translation>未找到证件：可按 F7 手动框选四角，或按 PageDown 看下一张</translation>
    </message>
    <message>
        <source>仍未找到证件：证件与台面颜色相近时，请在证件下垫深色垫板；也可按 F7 手动框选四角</source>
        <translation>仍未找到证件：证件与台面颜色相近时，请在证件下垫深色垫板；也可按 F7 手动框选四角</translation>
    </message>
    <message>
        <source>换一个轮廓</source>
        <translation>换一个轮廓</translation>
    </message>
    <message>
        <source>手动调整四角：拖动角点，Enter 确认，Esc 取消；不是这份证件请按 F6</source>
        <translation>手动调整四角：拖动角点，Enter 确认，Esc 取消；不是这份证件请按 F6</translation>
    </message>
    <message>
        <source>正在查找画面中的其他轮廓…</source>
        <translation>正在查找画面中的其他轮廓…</translation>
    </message>
    <message>
        <source>画面中没有找到其他轮廓：请拖动角点框选证件，Enter 确认，Esc 取消</source>
        <translation>画面中没有找到其他轮廓：请拖动角点框选证件，Enter 确认，Esc 取消</translation>
    </message>
    <message>
        <source>第 %1/%2 个轮廓：不对请再按 F6，拖动角点可微调，Enter 确认，Esc 取消</source>
        <translation>第 %1/%2 个轮廓：不对请再按 F6，拖动角点可微调，Enter 确认，Esc 取消</translation>
    </message>
    <message>
        <source>（框错了请按 F6 换一个轮廓）</source>
        <translation>（框错了请按 F6 换一个轮廓）</translation>
    </message>
</context>
<context>
    <name>hd::ui::DocumentsPanel</name>
    <message>
        <source>居民身份证</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>证明/权证（A4）</source>
        <translation>证明/权证（A4）</translation>
    </message>
    <message>
        <source>营业执照</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>证件</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>采集人</source>
        <translation>采集人</translation>
    </message>
    <message>
        <source>采集时间</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>资料档案：本户尚无已采集的证件或资料。
身份证、产权证明、营业执照等拍摄后将在此显示。</source>
        <translation>资料档案：本户尚无已采集的证件或资料。
身份证、产权证明、营业执照等拍摄后将在此显示。</translation>
    </message>
    <message>
        <source>采集证件</source>
        <translation>采集证件</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>导出 PDF（Ctrl+E）</source>
        <translation>导出 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <source>导出 PDF 需值班长或管理员权限（Ctrl+E）</source>
        <translation>导出 PDF 需值班长或管理员权限（Ctrl+E）</translation>
    </message>
    <message>
        <source>%1 可在上方“来源”中选择视频、图像或扫描件文件夹。</source>
        <translation>%1 可在上方“来源”中选择视频、图像或扫描件文件夹。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>导出证件需值班长或管理员权限。</source>
        <translation>导出证件需值班长或管理员权限。</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>%1 接好后会自动打开；也可在上方“来源”中选择视频、图像或扫描件文件夹。</source>
        <translation>%1 接好后会自动打开；也可在上方“来源”中选择视频、图像或扫描件文件夹。</translation>
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
        <translation>HallDesk 中心服务 / central service

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
