<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/app.py" line="65" />
        <source>Yichuang cannot start</source>
        <translation>一窗通无法启动</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="26" />
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="26" />
        <source>Originals</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="26" />
        <source>Copies</source>
        <translation>复印件</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="26" />
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="26" />
        <location filename="../../ui/disclosure_view.py" line="33" />
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="33" />
        <source>Only if: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="49" />
        <source>Legal limit: %1 working days</source>
        <translation>法定时限：%1 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="51" />
        <source>Handled on the spot.</source>
        <translation>即办件，当场办结。</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="52" />
        <source>Committed: %1 working days</source>
        <translation>承诺时限：%1 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="58" />
        <source>No fee</source>
        <translation>不收费</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="59" />
        <source>may be waived</source>
        <translation>可减免</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="77" />
        <source>This item is no longer in the catalog.</source>
        <translation>该事项已不在现行目录中。</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="78" />
        <source>1. Content approved</source>
        <translation>一、审批内容</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="80" />
        <source>Result:</source>
        <translation>审批结果：</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="83" />
        <source>Departments acting in parallel:</source>
        <translation>并联审批部门：</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="86" />
        <source>Decided by:</source>
        <translation>审批机关：</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="87" />
        <source>2. Procedure</source>
        <translation>二、办事程序</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="89" />
        <source>3. Legal basis</source>
        <translation>三、审批依据</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="91" />
        <source>4. Materials</source>
        <translation>四、申报材料</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="93" />
        <source>5. Time limit</source>
        <translation>五、承诺时限</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="95" />
        <source>6. Fees and their basis</source>
        <translation>六、收费标准及依据</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="98" />
        <source>Collecting the result:</source>
        <translation>结果领取：</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/settings_page.py" line="143" />
        <source>New account</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="147" />
        <source>lower-case letters and digits, e.g. lisi</source>
        <translation>小写字母或数字，如 lisi</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="154" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="155" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="156" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="157" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="158" />
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="160" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="160" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="170" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../ui/settings_page.py" line="251" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="251" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="251" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="251" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="254" />
        <source>New account…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="255" />
        <location filename="../../ui/settings_page.py" line="324" />
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="256" />
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="272" />
        <source>Window clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="273" />
        <source>Supervisor</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="274" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="285" />
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="285" />
        <source>, </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="286" />
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="280" />
        <source>Locked until %1</source>
        <translation>已锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="324" />
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="357" />
        <source>The password of %1 was reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="360" />
        <location filename="../../ui/settings_page.py" line="363" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../../ui/applicant_form.py" line="142" />
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="143" />
        <location filename="../../ui/applicant_form.py" line="352" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="148" />
        <source>Applicant type</source>
        <translation>申请人类型</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="149" />
        <location filename="../../ui/applicant_form.py" line="352" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="150" />
        <location filename="../../ui/applicant_form.py" line="169" />
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="151" />
        <location filename="../../ui/applicant_form.py" line="170" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="152" />
        <location filename="../../ui/applicant_form.py" line="171" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="153" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="154" />
        <source>Type or read the card</source>
        <translation>手工输入或刷证读取</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="155" />
        <source>Mobile, or landline with area code</source>
        <translation>手机号，或带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="163" />
        <source>An agent applies on their behalf</source>
        <translation>有代理人</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="168" />
        <source>Agent's name</source>
        <translation>代理人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="172" />
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="178" />
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="184" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="385" />
        <source>Returning applicant: the details registered last time were filled in</source>
        <translation>老申请人，已带出上次登记的信息</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <location filename="../../ui/catalog_browser.py" line="89" />
        <source>Search by name, code or pinyin initials (e.g. spjy)</source>
        <translation>按名称、编码或拼音首字母查找（如 spjy）</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="138" />
        <source>%1 items</source>
        <translation>共 %1 项</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="142" />
        <source>No item matches.</source>
        <translation>没有找到符合条件的事项。</translation>
    </message>
</context>
<context>
    <name>CatalogErrorsDialog</name>
    <message>
        <location filename="../../ui/settings_page.py" line="376" />
        <source>The catalog was not imported</source>
        <translation>事项目录未导入</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="380" />
        <source>The file has %1 problems. Nothing was imported: the catalog in use is unchanged. Correct the file and import it again.</source>
        <translation>文件中有 %1 处问题，未导入任何内容，当前使用的事项目录没有改动。请修改文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="386" />
        <source>Sheet</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="386" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="386" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="386" />
        <source>Problem</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="395" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="403" />
        <source>(the file)</source>
        <translation>（整个文件）</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <location filename="../../ui/settings_page.py" line="421" />
        <source>Import replaces the catalog in use with the file's, all or nothing: if the file has any mistake, a list of all of them is shown and nothing changes. Items missing from the file are taken out of use but kept for old cases. Export writes the catalog in use to a file that can be edited and imported again.</source>
        <translation>导入时用文件中的目录整体替换当前使用的事项目录：文件中只要有一处错误，就列出全部错误，不作任何改动。文件中没有的事项停止使用，但为已有办件保留。导出把当前使用的事项目录写成文件，修改后可再导入。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="428" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="429" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="456" />
        <source>%1 items in use, %2 departments.</source>
        <translation>在用事项 %1 项，进驻部门 %2 个。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="464" />
        <source>The catalog has not been imported yet.</source>
        <translation>事项目录尚未导入。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="469" />
        <source>The sample catalog was loaded at first start on %1 (%2 items).</source>
        <translation>首次启动时于 %1 载入示例目录（共 %2 项）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="476" />
        <source>Last imported on %1 from %2 by %3 (%4 items).</source>
        <translation>最近一次导入：%1，来源：%2，操作人：%3（共 %4 项）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="485" />
        <source>Import the catalog</source>
        <translation>导入事项目录</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="485" />
        <source>Catalog files (*.xlsx *.json)</source>
        <translation>事项目录文件 (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="490" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="490" />
        <source>JSON file (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="492" />
        <source>Export the catalog</source>
        <translation>导出事项目录</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="520" />
        <source>Imported %1 items: %2 new, %3 changed, %4 taken out of use.</source>
        <translation>已导入事项 %1 项：新增 %2 项，变更 %3 项，停用 %4 项。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="537" />
        <source>Exported %1 items to %2.</source>
        <translation>已导出事项 %1 项至 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="541" />
        <location filename="../../ui/settings_page.py" line="544" />
        <source>Catalog</source>
        <translation>事项目录</translation>
    </message>
</context>
<context>
    <name>CentralTab</name>
    <message>
        <location filename="../../ui/central_tab.py" line="59" />
        <source>The center's PostgreSQL joins the windows. Without it this window works on its own; with it, what is done here reaches the other windows and the supervisors. TLS options of libpq (sslmode, sslrootcert) go in the address.</source>
        <translation>中心数据库（PostgreSQL）把各窗口连成一体。不设置时本窗口单机运行；设置后，本窗口办理的业务会同步到其他窗口和负责人。libpq 的 TLS 选项（sslmode、sslrootcert）写在地址中。</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="65" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="66" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="67" />
        <source>Work stand-alone</source>
        <translation>改为单机运行</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="73" />
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="74" />
        <source>New address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="89" />
        <source>Stand-alone (no central database set)</source>
        <translation>单机运行（未设置中心数据库）</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="98" />
        <source>Enter the center's address first.</source>
        <translation>请先填写中心数据库地址。</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="108" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="114" />
        <source>The center answers.</source>
        <translation>中心数据库连接正常。</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="116" />
        <source>The center does not answer: %1</source>
        <translation>中心数据库不答复：%1</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="129" />
        <source>Saved. Sync starts now and runs in the background.</source>
        <translation>已保存。同步现在开始，并在后台持续进行。</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="135" />
        <source>This window now works stand-alone.</source>
        <translation>本窗口已改为单机运行。</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../ui/intake_page.py" line="323" />
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="329" />
        <source>Applicant · item</source>
        <translation>申请人 · 事项</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="330" />
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="331" />
        <source>Last saved</source>
        <translation>最后保存</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="332" />
        <source>Notice due by</source>
        <translation>一次性告知期限</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="346" />
        <source>By law the applicant must be told what is missing within 5 working days of receipt; past that date the application counts as accepted.</source>
        <translation>依法应自收到申请材料之日起 5 个工作日内一次告知需补正的全部内容；逾期不告知的，自收到材料之日起即为受理。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="351" />
        <source>Resume (Enter)</source>
        <translation>继续办理 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="354" />
        <source>Discard… (Del)</source>
        <translation>丢弃… (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="356" />
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="379" />
        <source> (on screen)</source>
        <translation>（当前正在办理）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="382" />
        <source> — passed: counts as accepted</source>
        <translation> — 已逾期，依法视为受理</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="384" />
        <source> — today</source>
        <translation> — 今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="411" />
        <source>Discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="412" />
        <source>Discard the draft “%1”? It cannot be brought back.</source>
        <translation>确定丢弃草稿“%1”？丢弃后无法恢复。</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../ui/settings_page.py" line="768" />
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="770" />
        <source>Never lock</source>
        <translation>不锁定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="781" />
        <source>When nobody touches the keyboard or mouse for this long, the screen locks and asks for the clerk's password; what was typed stays. 0 means never lock.</source>
        <translation>键盘和鼠标无人操作达到该时长后自动锁屏，须输入本人密码才能继续，已录入的内容保留。设为 0 表示不锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="786" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="792" />
        <source>Lock the screen after</source>
        <translation>自动锁屏时间</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="819" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../../ui/settings_page.py" line="564" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="564" />
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="564" />
        <source>Closed or open</source>
        <translation>休/班</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="564" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="567" />
        <source>Remove the selected day</source>
        <translation>删除所选日期</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="575" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="588" />
        <source>Add or change one day</source>
        <translation>新增或修改单日安排</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="593" />
        <source>Closed (休): no service</source>
        <translation>休（不办公）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="594" />
        <source>Open (班): make-up working day</source>
        <translation>班（调休上班）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="596" />
        <source>e.g. 春节, or a local closure</source>
        <translation>如：春节，或本中心临时闭厅</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="597" />
        <source>Save the day</source>
        <translation>保存该日</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="615" />
        <source>Import the year's table</source>
        <translation>导入年度节假日表</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="618" />
        <source>A .csv or .xlsx file with three columns: date (YYYY-MM-DD), 休 or 班, note. The first row may be a header. Every date must be in the year chosen above; the table replaces the center's days of that year.</source>
        <translation>.csv 或 .xlsx 文件，三列：日期（YYYY-MM-DD）、休或班、说明；第一行可以是表头。所有日期须在上方所选年度内，导入后替换本中心该年度原有的全部安排。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="624" />
        <source>This is the complete holiday schedule of the year</source>
        <translation>这是该年度完整的节假日安排</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="625" />
        <source>Import a table…</source>
        <translation>导入表格…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="645" />
        <source>Covered by the national calendar</source>
        <translation>国家日历已覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="647" />
        <source>The center's holiday table</source>
        <translation>中心节假日表</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="648" />
        <source>Not entered yet: due dates are computed from weekends only</source>
        <translation>尚未录入：截止日期仅按周末推算</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="665" />
        <source>Open (班)</source>
        <translation>班</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="665" />
        <source>Closed (休)</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="719" />
        <source>Import a holiday table</source>
        <translation>导入节假日表</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="719" />
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="743" />
        <source>Imported %1 days for %2.</source>
        <translation>已导入 %2 年度安排 %1 天。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="749" />
        <location filename="../../ui/settings_page.py" line="752" />
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/intake_page.py" line="451" />
        <source>Case number on the notice, or scan it (F2)</source>
        <translation>输入或扫描告知书上的办件编号 (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="463" />
        <source>Resume or discard a half-done intake (Ctrl+O)</source>
        <translation>继续办理或丢弃未办完的接件 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="465" />
        <source>Return visit with a notice:</source>
        <translation>调取告知件：</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="511" />
        <location filename="../../ui/intake_page.py" line="687" />
        <location filename="../../ui/intake_page.py" line="692" />
        <source>Accept (F9)</source>
        <translation>受理 (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="514" />
        <source>One-time notice (F10)</source>
        <translation>一次性告知 (F10)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="517" />
        <source>Not accept… (F11)</source>
        <translation>不予受理… (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="520" />
        <source>Immediate item: finish on the spot</source>
        <translation>即办件当场办结</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="523" />
        <source>Save draft (Ctrl+S)</source>
        <translation>暂存草稿 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="525" />
        <source>New intake (Ctrl+N)</source>
        <translation>清空 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="527" />
        <source>Clear the form for the next applicant</source>
        <translation>清空表单，接待下一位申请人</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="657" />
        <source>Choose an item to see its six disclosures.</source>
        <translation>选择事项后，这里显示该事项的六公开内容。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="680" />
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="687" />
        <source>Record what was brought (F9)</source>
        <translation>登记补交材料 (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="848" />
        <source>Choose the service item.</source>
        <translation>请选择要办理的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="882" />
        <source>Printing is not available in this installation.</source>
        <translation>本机未安装打印功能。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="893" />
        <source>The document could not be made; try Print again (Ctrl+P).</source>
        <translation>文书生成失败，请点“再次打印”(Ctrl+P) 重试。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="896" />
        <source>Reprint of %1 archived</source>
        <translation>已补打%1并存档</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="896" />
        <source>%1 archived</source>
        <translation>%1已生成并存档</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="922" />
        <source>Case %1 is %2, not waiting for materials after a notice.</source>
        <translation>办件 %1 的状态是“%2”，不是待补正的告知件。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="958" />
        <source>Return visit for case %1 — applicant %2, item %3, received %4. Tick what was brought now; the list was fixed by the notice.</source>
        <translation>补正办件 %1 — 申请人 %2，事项 %3，收件时间 %4。请勾选本次带来的材料；材料清单已由一次性告知书固定。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="977" />
        <source>Tick what the applicant brought this time first.</source>
        <translation>请先勾选申请人本次带来的材料。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="993" />
        <source>Saved what was brought at %1. Still missing %2: %3</source>
        <translation>已于 %1 登记本次补交的材料。仍缺 %2 项：%3</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1014" />
        <source>Exception recorded: the new material was added to the list.</source>
        <translation>例外已记录：新增材料已加入清单。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1035" />
        <source>(no name yet)</source>
        <translation>（未填姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1036" />
        <source>(no item yet)</source>
        <translation>（未选事项）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1064" />
        <source>Drafts (%1) Ctrl+O</source>
        <translation>草稿 (%1) Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1071" />
        <source>Draft saved %1 · notice due by %2</source>
        <translation>草稿已于 %1 保存 · 一次性告知期限 %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1113" />
        <source>The item of this draft is no longer in the catalog; choose the item again.</source>
        <translation>草稿中的事项已不在目录中，请重新选择事项。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1123" />
        <source>Leave this return visit without recording what was ticked?</source>
        <translation>本次勾选的补交材料尚未登记，确定离开吗？</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1143" />
        <location filename="../../ui/intake_page.py" line="1161" />
        <source>New intake</source>
        <translation>新接件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1144" />
        <source>Something was typed for this applicant. Keep it as a draft?</source>
        <translation>当前申请人已填写了内容，是否保留为草稿？</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1147" />
        <source>Keep as draft</source>
        <translation>保留为草稿</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1148" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1149" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1166" />
        <source>a draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1167" />
        <source>waiting for materials</source>
        <translation>待补正</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1168" />
        <source>not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1169" />
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1170" />
        <source>in progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1171" />
        <source>paused for a special procedure</source>
        <translation>特别程序中</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1172" />
        <source>decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1173" />
        <source>ready for collection</source>
        <translation>待领取</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1174" />
        <source>collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1175" />
        <source>mailed</source>
        <translation>已邮寄</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <location filename="../../ui/item_picker.py" line="42" />
        <source>Find the item: name, code or pinyin initials (e.g. spjy)</source>
        <translation>查找事项：名称、编码或拼音首字母（如 spjy）</translation>
    </message>
    <message>
        <location filename="../../ui/item_picker.py" line="113" />
        <source>No item chosen yet: type in the box above, then Enter.</source>
        <translation>尚未选择事项：在上面的框中输入，按 Enter 选定。</translation>
    </message>
    <message>
        <location filename="../../ui/item_picker.py" line="117" />
        <source>on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <location filename="../../ui/item_picker.py" line="119" />
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/item_picker.py" line="168" />
        <source>No item matches; try the pinyin initials or the code.</source>
        <translation>没有匹配的事项，请试试拼音首字母或事项编码。</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../ui/catalog_browser.py" line="40" />
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="40" />
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="40" />
        <source>Kind</source>
        <translation>办理类型</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="40" />
        <source>Limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="73" />
        <source>on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="74" />
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="92" />
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="94" />
        <source>%1 is logged in. Enter the password to go on.</source>
        <translation>当前登录：%1。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="104" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="133" />
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="18" />
        <source>Yichuang — log in</source>
        <translation>一窗通 — 登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="21" />
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="26" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="27" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="32" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="33" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="46" />
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="52" />
        <source>Yichuang — %1, window %2</source>
        <translation>一窗通 — %1 %2 号窗口</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Intake</source>
        <translation>接件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <location filename="../../ui/main_window.py" line="126" />
        <source>First inquiries</source>
        <translation>首问登记</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Log every question asked at this window and every referral.</source>
        <translation>登记在本窗口提出的每一个咨询和每一次转办。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <location filename="../../ui/main_window.py" line="136" />
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>Find a case, scan a slip, follow a case to its result.</source>
        <translation>查找办件、扫码调件、跟踪办件直至办结。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <location filename="../../ui/main_window.py" line="146" />
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>Collect published fees, print receipts, close the day.</source>
        <translation>收取公示的费用，打印收据，日终结账。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>Catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <location filename="../../ui/main_window.py" line="163" />
        <source>Reports and log</source>
        <translation>统计与日志</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>Export the daily log, watch the hall, rank the windows.</source>
        <translation>导出工作日志，查看大厅实时情况，评议窗口。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>Only administrators can open this screen.</source>
        <translation>只有管理员可以打开此页面。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>Only supervisors can open this screen.</source>
        <translation>只有中心或科室负责人可以打开此页面。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <location filename="../../ui/main_window.py" line="277" />
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <location filename="../../ui/main_window.py" line="278" />
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233" />
        <location filename="../../ui/main_window.py" line="279" />
        <location filename="../../ui/main_window.py" line="281" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>supervisor</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248" />
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
</context>
<context>
    <name>MaterialsTable</name>
    <message>
        <location filename="../../ui/intake_materials.py" line="119" />
        <source>Condition: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="129" />
        <source>Added after the notice (exception)</source>
        <translation>告知后经负责人批准新增（例外）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="141" />
        <source>Originals / copies to hand in</source>
        <translation>应交原件 / 复印件份数</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="147" />
        <source>Does the condition apply to this applicant?</source>
        <translation>该申请人是否符合此条件？</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="158" />
        <source>All received: sets the received counts to what is required</source>
        <translation>已收齐：已收份数设为应交份数</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="242" />
        <source>New material requirement (exception)…</source>
        <translation>新增材料要求（例外）…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="259" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="260" />
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="261" />
        <source>Required
orig. / copies</source>
        <translation>应交
原件/复印件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="262" />
        <source>Applies</source>
        <translation>适用</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="263" />
        <source>All
received</source>
        <translation>已收齐</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="264" />
        <source>Originals
received</source>
        <translation>已收
原件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="265" />
        <source>Copies
received</source>
        <translation>已收
复印件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="401" />
        <source>Row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="469" />
        <source>Does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="472" />
        <source>Received</source>
        <translation>已收齐</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="475" />
        <source>Missing</source>
        <translation>尚缺</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="485" />
        <source>Still missing %1: %2</source>
        <translation>尚缺 %1 项：%2</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="491" />
        <source>Materials complete</source>
        <translation>材料已齐全</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/settings_page.py" line="203" />
        <location filename="../../ui/settings_page.py" line="217" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="206" />
        <source>New password for %1 (%2). A lock after wrong passwords is lifted too.</source>
        <translation>为 %1（%2）设置新密码。因密码输错造成的锁定同时解除。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="214" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="215" />
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="217" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="228" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="181" />
        <source> (reprint)</source>
        <translation>（补打）</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="183" />
        <source>%1 %2 — preview</source>
        <translation>%1 %2 — 预览</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="192" />
        <source>Kept in the archive: %1</source>
        <translation>已存档：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="208" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="209" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="210" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="212" />
        <source>%1 pages</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="245" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="246" />
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="247" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="248" />
        <source>Print (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="249" />
        <source>Save a copy as PDF (Ctrl+S)</source>
        <translation>另存一份 PDF（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="353" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="354" />
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="359" />
        <source>Saved a copy to %1</source>
        <translation>已另存到：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="365" />
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="367" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="375" />
        <source>No printer is set up on this computer.</source>
        <translation>本机没有可用的打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="384" />
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="412" />
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="453" />
        <source>The PDF is kept in the archive and can be printed later:</source>
        <translation>文书的 PDF 已保存在档案中，可以稍后再打印：</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="455" />
        <source>Nothing is lost, and the case stays as it is.</source>
        <translation>不会丢失任何内容，办件状态保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="462" />
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/placeholder.py" line="17" />
        <source>This screen is not built yet in this version. Until it is, use the paper process of the center.</source>
        <translation>本版本尚未提供此功能。在此之前，请按中心的纸质流程办理。</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../ui/intake_page.py" line="214" />
        <source>Not accepting the application</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="219" />
        <source>Not within the remit of this center</source>
        <translation>不属于本中心受理范围</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="223" />
        <source>By law the matter needs no administrative licence</source>
        <translation>申请事项依法不需要取得行政许可</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="227" />
        <source>The applicant is not eligible to apply</source>
        <translation>申请人不具备申请资格</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="230" />
        <source>Administrative Licensing Law of the PRC, Art. 32</source>
        <translation>《中华人民共和国行政许可法》第三十二条</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="233" />
        <source>The applicant concealed facts or gave false materials</source>
        <translation>申请人隐瞒有关情况或者提供虚假材料</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="220" />
        <source>Administrative Licensing Law of the PRC, Art. 32 para. 1 item (2)</source>
        <translation>《中华人民共和国行政许可法》第三十二条第一款第（二）项</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="224" />
        <source>Administrative Licensing Law of the PRC, Art. 32 para. 1 item (1)</source>
        <translation>《中华人民共和国行政许可法》第三十二条第一款第（一）项</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="234" />
        <source>Administrative Licensing Law of the PRC, Art. 78</source>
        <translation>《中华人民共和国行政许可法》第七十八条</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="248" />
        <source>Choose (Up/Down) or write the reason</source>
        <translation>选择（上下键）或填写理由</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="259" />
        <source>Law, article (and paragraph)</source>
        <translation>法律法规名称及条款</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="260" />
        <source>Reason</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="261" />
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="265" />
        <source>Printed on the notice: if the applicant disagrees, they may apply for administrative review within 60 days of receiving the notice, or bring an administrative lawsuit before the people's court within 6 months.</source>
        <translation>通知书将载明：申请人如不服本决定，可以自收到本通知书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="277" />
        <source>Not accept and print the notice</source>
        <translation>不予受理并打印通知书</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="279" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RequirementExceptionDialog</name>
    <message>
        <location filename="../../ui/intake_materials.py" line="562" />
        <source>New material requirement after the notice</source>
        <translation>一次性告知后新增材料要求</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="566" />
        <source>The one-time notice of case %1 has fixed the list of materials. Asking for something new is an exception: state why, and a supervisor confirms it here with their own account. Supervisors see every exception.</source>
        <translation>办件 %1 已出具一次性告知书，材料清单已固定。再要求新的材料属于例外：须写明理由，并由负责人在此输入本人账户和密码确认。每一次例外负责人都能看到。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="583" />
        <source>Originals</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="586" />
        <source>Copies</source>
        <translation>复印件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="594" />
        <source>Why is it needed now? (at least 10 characters)</source>
        <translation>为何在告知后还需要此材料？（不少于 10 个字）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="600" />
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="601" />
        <source>Number</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="602" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="603" />
        <source>Supervisor's user name</source>
        <translation>负责人用户名</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="604" />
        <source>Supervisor's password</source>
        <translation>负责人密码</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="609" />
        <source>Record the exception</source>
        <translation>记录例外</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="610" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../ui/intake_page.py" line="124" />
        <source>Print again (Ctrl+P)</source>
        <translation>再次打印 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="146" />
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="147" />
        <source>Accepted and finished on the spot</source>
        <translation>已受理，当场办结</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="148" />
        <source>One-time notice issued</source>
        <translation>已出具一次性告知书</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="149" />
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="156" />
        <source>Applicant: %1　Item: %2</source>
        <translation>申请人：%1　事项：%2</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="163" />
        <source>Promised by: %1</source>
        <translation>承诺办结日期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="169" />
        <source>Not told within 5 working days of receipt: by law accepted on the day received.</source>
        <translation>收件后 5 个工作日内未告知，依法自收到材料之日起即为受理。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="175" />
        <source>Missing %1 materials (listed on the notice)</source>
        <translation>缺 %1 项材料（详见一次性告知书）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="181" />
        <source>Notice due by (5 working days after receipt): %1</source>
        <translation>一次性告知期限（收件后 5 个工作日）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="186" />
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="840" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="847" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="848" />
        <source>Service catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="849" />
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="850" />
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="852" />
        <source>Central database</source>
        <translation>中心数据库</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/setup_dialog.py" line="18" />
        <source>Yichuang — first start</source>
        <translation>一窗通 — 首次启动设置</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="22" />
        <source>Set up this window once: the service center, this window's number and the administrator's account. The sample catalog of the center is loaded.</source>
        <translation>首次使用请设置：服务中心、本窗口编号和管理员账户。系统将载入中心的示例事项目录。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="32" />
        <source>e.g. 03</source>
        <translation>例如 03</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="39" />
        <source>Center code</source>
        <translation>中心代码（行政区划代码）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="40" />
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="41" />
        <source>This window's number</source>
        <translation>本窗口编号</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="42" />
        <source>Administrator user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="43" />
        <source>Administrator's name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="44" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="45" />
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="50" />
        <source>Set up</source>
        <translation>完成设置</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="51" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="63" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <location filename="../../ui/sync_worker.py" line="119" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/sync_worker.py" line="121" />
        <source>Stand-alone (no central database set)</source>
        <translation>单机运行（未设置中心数据库）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_worker.py" line="123" />
        <source>Syncing… %1 waiting</source>
        <translation>正在同步… 待发送 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_worker.py" line="126" />
        <source>Online · last sync %1 · %2 waiting</source>
        <translation>在线 · 上次同步 %1 · 待发送 %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_worker.py" line="133" />
        <source>Refused by the center: a supervisor must check this window</source>
        <translation>中心拒收本窗口日志，请负责人处理</translation>
    </message>
    <message>
        <location filename="../../ui/sync_worker.py" line="138" />
        <source>Offline · %1 waiting · last sync %2 · retry in %3 s</source>
        <translation>离线 · 待发送 %1 · 上次同步 %2 · %3 秒后重试</translation>
    </message>
    <message>
        <location filename="../../ui/sync_worker.py" line="145" />
        <source> · %1 conflicts</source>
        <translation> · 冲突 %1 条</translation>
    </message>
</context>
</TS>