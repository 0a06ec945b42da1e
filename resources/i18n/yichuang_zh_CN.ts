<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="65"/>
        <source>Yichuang cannot start</source>
        <translation>一窗通无法启动</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="26"/>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="26"/>
        <source>Originals</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="26"/>
        <source>Copies</source>
        <translation>复印件</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="26"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="26"/>
        <location filename="../../ui/disclosure_view.py" line="33"/>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="33"/>
        <source>Only if: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="47"/>
        <source>Legal limit: %1 working days</source>
        <translation>法定时限：%1 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="49"/>
        <source>Handled on the spot.</source>
        <translation>即办件，当场办结。</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="50"/>
        <source>Committed: %1 working days</source>
        <translation>承诺时限：%1 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="56"/>
        <source>No fee</source>
        <translation>不收费</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="57"/>
        <source>may be waived</source>
        <translation>可减免</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="75"/>
        <source>This item is no longer in the catalog.</source>
        <translation>该事项已不在现行目录中。</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="76"/>
        <source>1. Content approved</source>
        <translation>一、审批内容</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="78"/>
        <source>Result:</source>
        <translation>审批结果：</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="80"/>
        <source>Departments acting in parallel:</source>
        <translation>并联审批部门：</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="82"/>
        <source>Decided by:</source>
        <translation>审批机关：</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="83"/>
        <source>2. Procedure</source>
        <translation>二、办事程序</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="85"/>
        <source>3. Legal basis</source>
        <translation>三、审批依据</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="87"/>
        <source>4. Materials</source>
        <translation>四、申报材料</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="89"/>
        <source>5. Time limit</source>
        <translation>五、承诺时限</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="91"/>
        <source>6. Fees and their basis</source>
        <translation>六、收费标准及依据</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="94"/>
        <source>Collecting the result:</source>
        <translation>结果领取：</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <location filename="../../ui/catalog_browser.py" line="79"/>
        <source>Search by name, code or pinyin initials (e.g. spjy)</source>
        <translation>按名称、编码或拼音首字母查找（如 spjy）</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="121"/>
        <source>%1 items</source>
        <translation>共 %1 项</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="125"/>
        <source>No item matches.</source>
        <translation>没有找到符合条件的事项。</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../ui/catalog_browser.py" line="33"/>
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="33"/>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="33"/>
        <source>Kind</source>
        <translation>办理类型</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="33"/>
        <source>Limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="64"/>
        <source>on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="65"/>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="75"/>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="76"/>
        <source>%1 is logged in. Enter the password to go on.</source>
        <translation>当前登录：%1。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="83"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="112"/>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="18"/>
        <source>Yichuang — log in</source>
        <translation>一窗通 — 登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="21"/>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="26"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="27"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="32"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="33"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="46"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>Yichuang — %1, window %2</source>
        <translation>一窗通 — %1 %2 号窗口</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Intake</source>
        <translation>接件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Register applicants, take applications, print acceptance slips and one-time notices.</source>
        <translation>登记申请人，受理申请，打印受理通知书和一次性告知书。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>First inquiries</source>
        <translation>首问登记</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Log every question asked at this window and every referral.</source>
        <translation>登记在本窗口提出的每一个咨询和每一次转办。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Find a case, scan a slip, follow a case to its result.</source>
        <translation>查找办件、扫码调件、跟踪办件直至办结。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Collect published fees, print receipts, close the day.</source>
        <translation>收取公示的费用，打印收据，日终结账。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Reports and log</source>
        <translation>统计与日志</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Export the daily log, watch the hall, rank the windows.</source>
        <translation>导出工作日志，查看大厅实时情况，评议窗口。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Catalog import, accounts, windows and holidays.</source>
        <translation>事项目录导入、账户、窗口和节假日设置。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Only administrators can open this screen.</source>
        <translation>只有管理员可以打开此页面。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Only supervisors can open this screen.</source>
        <translation>只有中心或科室负责人可以打开此页面。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <location filename="../../ui/main_window.py" line="190"/>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>supervisor</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Stand-alone (no central database set)</source>
        <translation>单机运行（未设置中心数据库）</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/placeholder.py" line="16"/>
        <source>This screen is not built yet in this version. Until it is, use the paper process of the center.</source>
        <translation>本版本尚未提供此功能。在此之前，请按中心的纸质流程办理。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/setup_dialog.py" line="18"/>
        <source>Yichuang — first start</source>
        <translation>一窗通 — 首次启动设置</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="22"/>
        <source>Set up this window once: the service center, this window&apos;s number and the administrator&apos;s account. The sample catalog of the center is loaded.</source>
        <translation>首次使用请设置：服务中心、本窗口编号和管理员账户。系统将载入中心的示例事项目录。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="32"/>
        <source>e.g. 03</source>
        <translation>例如 03</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="39"/>
        <source>Center code</source>
        <translation>中心代码（行政区划代码）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="40"/>
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="41"/>
        <source>This window&apos;s number</source>
        <translation>本窗口编号</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="42"/>
        <source>Administrator user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="43"/>
        <source>Administrator&apos;s name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="44"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="45"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="50"/>
        <source>Set up</source>
        <translation>完成设置</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="51"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="63"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
</TS>
