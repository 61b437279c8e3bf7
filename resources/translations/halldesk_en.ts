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
        <source>户号 %1　%2</source>
        <translation>Account %1　%2</translation>
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
        <source>&lt;span style='color:#c62828'&gt;&lt;b&gt;逾期欠费 ¥%1&lt;/b&gt;（最早缴费截止日 %2）&lt;/span&gt;</source>
        <translation>&lt;span style='color:#c62828'&gt;&lt;b&gt;Overdue arrears ¥%1&lt;/b&gt; (oldest due date %2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;无逾期欠费&lt;/b&gt;</source>
        <translation>&lt;b&gt;No overdue arrears&lt;/b&gt;</translation>
    </message>
    <message>
        <source>　本期未缴 ¥%1</source>
        <translation>　Current bills unpaid ¥%1</translation>
    </message>
    <message>
        <source>　预存余额 ¥%1</source>
        <translation>　Prepaid credit ¥%1</translation>
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
        <translation>Entry %1 does not chain to the previous entry's hash</translation>
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
    <name>hd::CreditCode</name>
    <message>
        <source>统一社会信用代码应为 18 位，当前为 %1 位。</source>
        <translation>A unified social credit code has 18 characters; this one has %1.</translation>
    </message>
    <message>
        <source>统一社会信用代码第 %1 位“%2”不是允许的字符（不含 I、O、S、V、Z）。</source>
        <translation>Character %1 "%2" of the unified social credit code is not allowed (I, O, S, V and Z are never used).</translation>
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
        <translation>Unknown column "%1" (see the import format for the columns)</translation>
    </message>
    <message>
        <source>缺少必填列“%1”</source>
        <translation>Required column "%1" is missing</translation>
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
        <source>王芳</source>
        <translation>Wang Fang</translation>
    </message>
    <message>
        <source>陈晓明</source>
        <translation>Chen Xiaoming</translation>
    </message>
    <message>
        <source>李强</source>
        <translation>Li Qiang</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation>System administrator</translation>
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
    <name>hd::DocumentStore</name>
    <message>
        <source>数据库操作失败：%1</source>
        <translation>Database operation failed: %1</translation>
    </message>
    <message>
        <source>证件图像数据损坏。</source>
        <translation>The document image data is damaged.</translation>
    </message>
    <message>
        <source>证件图像页数不对（1 至 16 页）。</source>
        <translation>Wrong number of document pages (1 to 16).</translation>
    </message>
    <message>
        <source>身份证须拍正反两面后一起保存。</source>
        <translation>An ID card must be saved with both sides taken.</translation>
    </message>
    <message>
        <source>本机数据库密钥不可用，无法加密保存证件。</source>
        <translation>The local database key is not available; the document cannot be stored encrypted.</translation>
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
        <translation>Document image check failed (SHA-256 mismatch); the record may have been tampered with.</translation>
    </message>
    <message>
        <source>导出证件需值班长或管理员权限。</source>
        <translation>Exporting documents requires a supervisor or an administrator.</translation>
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
        <translation>Cannot decrypt personal data: this terminal's key does not match the store, or the data was tampered with.</translation>
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
        <translation>This terminal's data key %1 is missing, so personal data in the store cannot be read. Restore the file from a backup.</translation>
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
        <source>%1　终端 %2-%3</source>
        <translation>%1　terminal %2-%3</translation>
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
        <translation>Could not read this account's file; please search again.</translation>
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
        <source>扫码支付被拒绝：%1。未收款。</source>
        <translation>QR payment refused: %1. Nothing was collected.</translation>
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
        <translation>No account matches "%1". Try an account number, name, phone number, compound or ID number.</translation>
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
        <translation>Cannot read the store's version: %1. The file may not be a HallDesk store, or it is damaged.</translation>
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
        <source>不支持的图像格式（支持 JPEG、PNG、TIFF、BMP）。</source>
        <translation>Unsupported image format (JPEG, PNG, TIFF and BMP are supported).</translation>
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
        <source>拖动四角对准证件边缘（Tab 换角，方向键微调），Enter 确认，Esc 取消</source>
        <translation>Drag the corners onto the document edges (Tab: next corner, arrow keys: fine moves), Enter to confirm, Esc to cancel</translation>
    </message>
    <message>
        <source>证件清晰，请保持不动</source>
        <translation>Document is sharp: hold still</translation>
    </message>
</context>
<context>
    <name>hd::ui::CaptureWidget</name>
    <message>
        <source>身份证人像面</source>
        <translation>ID card, photo side</translation>
    </message>
    <message>
        <source>身份证国徽面</source>
        <translation>ID card, emblem side</translation>
    </message>
    <message>
        <source>房产证明</source>
        <translation>Property certificate</translation>
    </message>
    <message>
        <source>营业执照</source>
        <translation>Business licence</translation>
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
        <source>拍照</source>
        <translation>Capture</translation>
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
        <source>重拍</source>
        <translation>Retake</translation>
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
        <source>图像 (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>选择扫描件文件夹</source>
        <translation>Choose a folder of scans</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>证件清晰，请保持不动</source>
        <translation>Document is sharp: hold still</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
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
        <source>手动调整四角：拖动角点，Enter 确认，Esc 取消</source>
        <translation>Adjusting the corners by hand: drag them, Enter to confirm, Esc to cancel</translation>
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
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
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
        <source>%1 可在上方“来源”中选择视频、图像或扫描件文件夹。</source>
        <translation>%1 You can choose a video, an image or a folder of scans under “Source” above.</translation>
    </message>
</context>
</TS>
