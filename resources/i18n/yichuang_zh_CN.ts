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
        <location filename="../../ui/disclosure_view.py" line="49"/>
        <source>Legal limit: %1 working days</source>
        <translation>法定时限：%1 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="51"/>
        <source>Handled on the spot.</source>
        <translation>即办件，当场办结。</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="52"/>
        <source>Committed: %1 working days</source>
        <translation>承诺时限：%1 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="58"/>
        <source>No fee</source>
        <translation>不收费</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="59"/>
        <source>may be waived</source>
        <translation>可减免</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="77"/>
        <source>This item is no longer in the catalog.</source>
        <translation>该事项已不在现行目录中。</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="78"/>
        <source>1. Content approved</source>
        <translation>一、审批内容</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="80"/>
        <source>Result:</source>
        <translation>审批结果：</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="83"/>
        <source>Departments acting in parallel:</source>
        <translation>并联审批部门：</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="86"/>
        <source>Decided by:</source>
        <translation>审批机关：</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="87"/>
        <source>2. Procedure</source>
        <translation>二、办事程序</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="89"/>
        <source>3. Legal basis</source>
        <translation>三、审批依据</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="91"/>
        <source>4. Materials</source>
        <translation>四、申报材料</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="93"/>
        <source>5. Time limit</source>
        <translation>五、承诺时限</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="95"/>
        <source>6. Fees and their basis</source>
        <translation>六、收费标准及依据</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_view.py" line="98"/>
        <source>Collecting the result:</source>
        <translation>结果领取：</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/settings_page.py" line="143"/>
        <source>New account</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="147"/>
        <source>lower-case letters and digits, e.g. lisi</source>
        <translation>小写字母或数字，如 lisi</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="154"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="155"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="156"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="157"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="158"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="160"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="160"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="170"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../ui/settings_page.py" line="251"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="251"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="251"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="251"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="254"/>
        <source>New account…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="255"/>
        <location filename="../../ui/settings_page.py" line="324"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="256"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="272"/>
        <source>Window clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="273"/>
        <source>Supervisor</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="274"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="285"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="285"/>
        <source>, </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="286"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="280"/>
        <source>Locked until %1</source>
        <translation>已锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="324"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="357"/>
        <source>The password of %1 was reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="360"/>
        <location filename="../../ui/settings_page.py" line="363"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../../ui/applicant_form.py" line="142"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="143"/>
        <location filename="../../ui/applicant_form.py" line="352"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="148"/>
        <source>Applicant type</source>
        <translation>申请人类型</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="149"/>
        <location filename="../../ui/applicant_form.py" line="352"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="150"/>
        <location filename="../../ui/applicant_form.py" line="169"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="151"/>
        <location filename="../../ui/applicant_form.py" line="170"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="152"/>
        <location filename="../../ui/applicant_form.py" line="171"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="153"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="154"/>
        <source>Type or read the card</source>
        <translation>手工输入或刷证读取</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="155"/>
        <source>Mobile, or landline with area code</source>
        <translation>手机号，或带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="163"/>
        <source>An agent applies on their behalf</source>
        <translation>有代理人</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="168"/>
        <source>Agent&apos;s name</source>
        <translation>代理人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="172"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="178"/>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="184"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/applicant_form.py" line="385"/>
        <source>Returning applicant: the details registered last time were filled in</source>
        <translation>老申请人，已带出上次登记的信息</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/cases_page.py" line="93"/>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="94"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="95"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="96"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="97"/>
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="98"/>
        <source>Promised by</source>
        <translation>承诺办结</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="99"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="447"/>
        <source>← Back to the list (Esc)</source>
        <translation>← 返回列表（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="458"/>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="525"/>
        <location filename="../../ui/case_view.py" line="543"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="526"/>
        <location filename="../../ui/case_view.py" line="544"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="527"/>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="528"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="529"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="534"/>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="534"/>
        <source>Required</source>
        <translation>应交（原件/复印件）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="534"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="534"/>
        <location filename="../../ui/case_view.py" line="571"/>
        <source>State</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="540"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="541"/>
        <location filename="../../ui/case_view.py" line="558"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="542"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="555"/>
        <source>Replied on</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="556"/>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="557"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="559"/>
        <source>Recorded</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="567"/>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="568"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="569"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="570"/>
        <source>Paid</source>
        <translation>收费时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="599"/>
        <source>Start work</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="600"/>
        <source>Decision…</source>
        <translation>作出决定…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="601"/>
        <source>Department result…</source>
        <translation>登记部门结果…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="602"/>
        <source>Forward…</source>
        <translation>上报…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="603"/>
        <source>Reply received…</source>
        <translation>登记上级回复…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="604"/>
        <source>Special procedure…</source>
        <translation>特别程序…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="605"/>
        <source>Resume</source>
        <translation>结束特别程序</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="606"/>
        <source>Result ready</source>
        <translation>结果待领取</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="607"/>
        <source>Collection…</source>
        <translation>登记领取…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="608"/>
        <source>Mailing…</source>
        <translation>登记邮寄…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="609"/>
        <source>Rate the application…</source>
        <translation>评价本次受理…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="610"/>
        <source>Rate the collection…</source>
        <translation>评价本次领取…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="621"/>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="622"/>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="623"/>
        <source>Copy</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="624"/>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="625"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="630"/>
        <source>Double-click a printed copy to see it as it was printed.</source>
        <translation>双击存档文书，查看当时打印的原样。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="693"/>
        <source>Sync conflicts on this case (for a supervisor):</source>
        <translation>本办件存在同步冲突（请负责人处理）：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="703"/>
        <source>Waiting for the applicant to bring what the one-time notice lists: record it on the intake screen (Ctrl+1).</source>
        <translation>等待申请人补齐一次性告知书所列材料：请在接件页面（Ctrl+1）登记补正。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="724"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="725"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="726"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="727"/>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="729"/>
        <source>Taken in</source>
        <translation>受理窗口</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="730"/>
        <source>window %1, %2</source>
        <translation>%1 号窗口，%2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="739"/>
        <source>Received at</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="741"/>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="743"/>
        <source>Promised by</source>
        <translation>承诺办结</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="745"/>
        <source>Paused since</source>
        <translation>暂停自</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="749"/>
        <source>Forwarded</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="760"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="762"/>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="764"/>
        <source>Ready since</source>
        <translation>待领取自</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="772"/>
        <source>ID did not match; confirmed</source>
        <translation>证件不符，已核实确认</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="775"/>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="779"/>
        <source>Mailed</source>
        <translation>已邮寄</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="800"/>
        <source>Nothing left to do on this case at this window.</source>
        <translation>本窗口对此办件已无待办操作。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="840"/>
        <source>Timeline (%1)</source>
        <translation>办理记录（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="847"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="849"/>
        <source>Missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="851"/>
        <source>Does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="857"/>
        <source>Materials (%1)</source>
        <translation>材料（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="859"/>
        <source>Documents (%1)</source>
        <translation>文书（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="877"/>
        <source>Joint tasks (%1 of %2)</source>
        <translation>联合办理（%1/%2）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="884"/>
        <source>Forwarded to %1 on %2, reference %3.</source>
        <translation>已于 %2 上报%1，文号 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="891"/>
        <source>Not forwarded yet. Higher authority: %1</source>
        <translation>尚未上报。上级机关：%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="908"/>
        <source>Higher authority (%1)</source>
        <translation>上级机关（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="919"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="924"/>
        <source>Fees (%1)</source>
        <translation>收费（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="926"/>
        <source>Ratings and inquiries</source>
        <translation>评价与咨询</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="930"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="931"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="932"/>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="933"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="934"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="936"/>
        <source>Application</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="936"/>
        <source>Collection</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="945"/>
        <source>follow-up due %1</source>
        <translation>须于 %1 前回访</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="949"/>
        <source>followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="952"/>
        <source>No rating yet.</source>
        <translation>尚无评价。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="955"/>
        <source>Inquiries about this case: %1</source>
        <translation>相关咨询：%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="964"/>
        <source>acceptance slip</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="965"/>
        <source>one-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="966"/>
        <source>rejection notice</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="971"/>
        <source>Reprint the %1</source>
        <translation>补打%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="971"/>
        <source>Print the %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="984"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="984"/>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1012"/>
        <source>Reprint of %1 archived</source>
        <translation>%1（补打）已存档</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1012"/>
        <source>%1 archived</source>
        <translation>%1已存档</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1030"/>
        <source>The archived copy cannot be read: %1</source>
        <translation>无法读取存档文书：%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1227"/>
        <source>Recorded. The case is now: %1</source>
        <translation>已登记。办件现为：%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1250"/>
        <source>Rating recorded.</source>
        <translation>评价已记录。</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/cases_page.py" line="232"/>
        <source>Case, receipt or slip number — or scan it (F2)</source>
        <translation>办件、收据或转办单编号——或扫码（F2）</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="236"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="241"/>
        <source>Name, ID number, phone or part of a number (F3)</source>
        <translation>姓名、证件号码、电话或部分编号（F3）</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="247"/>
        <source>Any item</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="256"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="257"/>
        <source>Still open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="260"/>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="269"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="292"/>
        <source>All windows</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="400"/>
        <source>My window&apos;s open cases (%1)</source>
        <translation>本窗口在办（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="401"/>
        <source>Due soon (%1)</source>
        <translation>即将到期（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="402"/>
        <source>Overdue (%1)</source>
        <translation>已超期（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="403"/>
        <source>Waiting for a return visit (%1)</source>
        <translation>待补正回访（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="407"/>
        <source>Search results</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="436"/>
        <source>No case matches.</source>
        <translation>没有符合条件的办件。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="442"/>
        <source>%1 shown; scroll down for more</source>
        <translation>已显示 %1 件，向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="442"/>
        <source>%1 cases</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="508"/>
        <source>%1 is a first-inquiry slip: open it on the first-inquiry screen (Ctrl+2).</source>
        <translation>%1 是首问登记编号，请在首问登记页面（Ctrl+2）查看。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="517"/>
        <source>No receipt %1 is known at this window.</source>
        <translation>本窗口没有收据 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="531"/>
        <source>The case could not be shown: %1</source>
        <translation>无法显示该办件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="543"/>
        <source>“%1” is not a case, receipt or referral number; the code may be damaged or only half read. Scan it again, or type the number.</source>
        <translation>“%1”不是办件、收据或转办单编号，条码可能污损或未读全。请重新扫码，或手工输入编号。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="552"/>
        <source>This window has no case %1. It may be another window&apos;s case that has not arrived yet.</source>
        <translation>本窗口没有办件 %1，可能是其他窗口的办件尚未同步到本机。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="560"/>
        <location filename="../../ui/cases_page.py" line="581"/>
        <source>Asking the center…</source>
        <translation>正在向中心查询…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="567"/>
        <source>The center cannot be reached now; try again when the window is online.</source>
        <translation>暂时无法连接中心，请联网后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="569"/>
        <source>The center does not know this case either: check the number.</source>
        <translation>中心也没有这个办件，请核对编号。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="573"/>
        <source>At the center: window %1, %2, applicant %3, item %4. It arrives here with the next sync.</source>
        <translation>中心记录：%1 号窗口，%2，申请人 %3，事项 %4。下次同步后即可在本窗口办理。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="587"/>
        <source>Search for “%1” (Ctrl+F)</source>
        <translation>查询“%1”（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="119"/>
        <source>Cash paid in or taken out</source>
        <translation>现金缴入/取出</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="120"/>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="122"/>
        <source>The drawer should now hold %1.</source>
        <translation>钱箱现应有现金 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="127"/>
        <source>Paid in</source>
        <translation>缴入</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="129"/>
        <source>Taken out</source>
        <translation>取出</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="142"/>
        <source>Takings paid into the bank</source>
        <translation>收款解缴银行</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="143"/>
        <source>Change fetched from the finance office</source>
        <translation>向财务领取零钞备用</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="144"/>
        <source>Change returned to the finance office</source>
        <translation>零钞交回财务</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="148"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="149"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="150"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <location filename="../../ui/catalog_browser.py" line="91"/>
        <source>Search by name, code or pinyin initials (e.g. spjy)</source>
        <translation>按名称、编码或拼音首字母查找（如 spjy）</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="144"/>
        <source>%1 items</source>
        <translation>共 %1 项</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="148"/>
        <source>No item matches.</source>
        <translation>没有找到符合条件的事项。</translation>
    </message>
</context>
<context>
    <name>CatalogErrorsDialog</name>
    <message>
        <location filename="../../ui/settings_page.py" line="376"/>
        <source>The catalog was not imported</source>
        <translation>事项目录未导入</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="380"/>
        <source>The file has %1 problems. Nothing was imported: the catalog in use is unchanged. Correct the file and import it again.</source>
        <translation>文件中有 %1 处问题，未导入任何内容，当前使用的事项目录没有改动。请修改文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="386"/>
        <source>Sheet</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="386"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="386"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="386"/>
        <source>Problem</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="395"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="403"/>
        <source>(the file)</source>
        <translation>（整个文件）</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <location filename="../../ui/settings_page.py" line="421"/>
        <source>Import replaces the catalog in use with the file&apos;s, all or nothing: if the file has any mistake, a list of all of them is shown and nothing changes. Items missing from the file are taken out of use but kept for old cases. Export writes the catalog in use to a file that can be edited and imported again.</source>
        <translation>导入时用文件中的目录整体替换当前使用的事项目录：文件中只要有一处错误，就列出全部错误，不作任何改动。文件中没有的事项停止使用，但为已有办件保留。导出把当前使用的事项目录写成文件，修改后可再导入。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="428"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="429"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="456"/>
        <source>%1 items in use, %2 departments.</source>
        <translation>在用事项 %1 项，进驻部门 %2 个。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="464"/>
        <source>The catalog has not been imported yet.</source>
        <translation>事项目录尚未导入。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="469"/>
        <source>The sample catalog was loaded at first start on %1 (%2 items).</source>
        <translation>首次启动时于 %1 载入示例目录（共 %2 项）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="476"/>
        <source>Last imported on %1 from %2 by %3 (%4 items).</source>
        <translation>最近一次导入：%1，来源：%2，操作人：%3（共 %4 项）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="485"/>
        <source>Import the catalog</source>
        <translation>导入事项目录</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="485"/>
        <source>Catalog files (*.xlsx *.json)</source>
        <translation>事项目录文件 (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="490"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="490"/>
        <source>JSON file (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="492"/>
        <source>Export the catalog</source>
        <translation>导出事项目录</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="520"/>
        <source>Imported %1 items: %2 new, %3 changed, %4 taken out of use.</source>
        <translation>已导入事项 %1 项：新增 %2 项，变更 %3 项，停用 %4 项。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="537"/>
        <source>Exported %1 items to %2.</source>
        <translation>已导出事项 %1 项至 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="541"/>
        <location filename="../../ui/settings_page.py" line="544"/>
        <source>Catalog</source>
        <translation>事项目录</translation>
    </message>
</context>
<context>
    <name>CentralTab</name>
    <message>
        <location filename="../../ui/central_tab.py" line="72"/>
        <source>The center&apos;s PostgreSQL joins the windows. Without it this window works on its own; with it, what is done here reaches the other windows and the supervisors. TLS options of libpq (sslmode, sslrootcert) go in the address.</source>
        <translation>中心数据库（PostgreSQL）把各窗口连成一体。不设置时本窗口单机运行；设置后，本窗口办理的业务会同步到其他窗口和负责人。libpq 的 TLS 选项（sslmode、sslrootcert）写在地址中。</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="78"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="79"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="80"/>
        <source>Work stand-alone</source>
        <translation>改为单机运行</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="86"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="87"/>
        <source>New address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="103"/>
        <source>Stand-alone (no central database set)</source>
        <translation>单机运行（未设置中心数据库）</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="113"/>
        <source>Enter the center&apos;s address first.</source>
        <translation>请先填写中心数据库地址。</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="123"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="129"/>
        <source>The center answers.</source>
        <translation>中心数据库连接正常。</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="131"/>
        <source>The center does not answer: %1</source>
        <translation>中心数据库不答复：%1</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="144"/>
        <source>Saved. Sync starts now and runs in the background.</source>
        <translation>已保存。同步现在开始，并在后台持续进行。</translation>
    </message>
    <message>
        <location filename="../../ui/central_tab.py" line="150"/>
        <source>This window now works stand-alone.</source>
        <translation>本窗口已改为单机运行。</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="51"/>
        <source>Close the day — %1</source>
        <translation>日结 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="72"/>
        <source>Count the cash in the drawer by denomination, and enter the totals of the card terminal&apos;s and the mobile platform&apos;s settlement slips.</source>
        <translation>请按面额清点钱箱现金，并填写银行卡终端和移动支付平台结算单上的合计金额。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="77"/>
        <source>Cash counted</source>
        <translation>现金清点</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="79"/>
        <source>Denomination</source>
        <translation>面额</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="80"/>
        <source>Pieces</source>
        <translation>张(枚)数</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="81"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="101"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="105"/>
        <source>Settlement slips</source>
        <translation>结算单</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="116"/>
        <source>Bank card total (yuan)</source>
        <translation>银行卡结算单合计（元）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="119"/>
        <source>Mobile payment total (yuan)</source>
        <translation>移动支付结算单合计（元）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="126"/>
        <source>Method</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="126"/>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="126"/>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="126"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="136"/>
        <source>Cash expected = float %1 + cash taken − cash returned + paid in − taken out.</source>
        <translation>应有现金 = 备用金 %1 + 现金收款 − 现金作废/退费 + 缴入 − 取出。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="151"/>
        <source>I have counted again and confirm the difference</source>
        <translation>已重新清点，确认差额</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="155"/>
        <source>Reason for the difference</source>
        <translation>差额原因</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="165"/>
        <source>Close the day and print the Z report</source>
        <translation>日结并打印 Z 报表</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="168"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="191"/>
        <source>%1 yuan</source>
        <translation>%1元</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="192"/>
        <source>%1 jiao</source>
        <translation>%1角</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="211"/>
        <source>Check the amounts entered.</source>
        <translation>请检查填写的金额。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="235"/>
        <source>Counted equals expected for every method.</source>
        <translation>各缴费方式实点与应有相符。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="239"/>
        <source>Difference %1: count again, or confirm it with a reason.</source>
        <translation>差额：%1。请重新清点，或确认差额并写明原因。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="249"/>
        <source>balanced</source>
        <translation>平</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="251"/>
        <source>over %1</source>
        <translation>长款 %1</translation>
    </message>
    <message>
        <location filename="../../ui/fees_close_dialog.py" line="252"/>
        <source>short %1</source>
        <translation>短款 %1</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <location filename="../../ui/case_view.py" line="355"/>
        <source>Collection of the result</source>
        <translation>登记领取</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="355"/>
        <source>Hand over</source>
        <translation>确认领取</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="371"/>
        <source>As on the ID shown</source>
        <translation>按所出示证件填写</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="372"/>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="373"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="374"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="375"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="377"/>
        <source>I checked the ID and the power of attorney: hand it over anyway</source>
        <translation>已核验身份证件和授权委托书，确认由其领取</translation>
    </message>
</context>
<context>
    <name>CollectPanel</name>
    <message>
        <location filename="../../ui/fees_collect.py" line="87"/>
        <source>Scan the slip or type the case number, Enter</source>
        <translation>扫描通知书或输入办件编号，回车</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="90"/>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="101"/>
        <source>Published fee</source>
        <translation>公示收费项目</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="102"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="103"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="104"/>
        <source>Waiver</source>
        <translation>减免</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="105"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="119"/>
        <source>Tick the lines that apply (Space), type quantities, then Enter.</source>
        <translation>勾选要收取的项目（空格键），填写数量，回车继续。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="127"/>
        <source>No fee (不收费): this item publishes no fee line.</source>
        <translation>不收费：本事项未公示收费项目。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="164"/>
        <source>Cash (Alt+1)</source>
        <translation>现金（Alt+1）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="165"/>
        <source>Card (Alt+2)</source>
        <translation>银行卡（Alt+2）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="166"/>
        <source>Mobile (Alt+3)</source>
        <translation>移动支付（Alt+3）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="185"/>
        <source>Tendered (yuan)</source>
        <translation>实收（元）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="191"/>
        <source>Payer</source>
        <translation>缴款人</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="192"/>
        <source>Paid by</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="203"/>
        <source>Take payment and print receipt (F9)</source>
        <translation>收费并打印收据（F9）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="256"/>
        <source>Scan an acceptance slip or type a case number to see its published fees.</source>
        <translation>扫描受理通知书条码或输入办件编号，显示该事项公示的收费项目。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="286"/>
        <source>Paid so far: %1 on %2 receipt(s).</source>
        <translation>已收 %1（%2 张收据）。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="322"/>
        <location filename="../../ui/fees_collect.py" line="376"/>
        <source>Basis: %1</source>
        <translation>收费依据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="327"/>
        <source>Already charged for this case. Basis: %1</source>
        <translation>本办件已收过此项。收费依据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="351"/>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="361"/>
        <source>not waivable</source>
        <translation>不可减免</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="364"/>
        <location filename="../../ui/fees_collect.py" line="416"/>
        <source>Waive…</source>
        <translation>减免…</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="419"/>
        <source>all</source>
        <translation>全免</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="420"/>
        <source>Waived (%1)…</source>
        <translation>已减免（%1）…</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="453"/>
        <source>Card slip reference</source>
        <translation>签购单参考号</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="455"/>
        <source>Transaction number</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="458"/>
        <source>the reference number printed on the card terminal&apos;s slip</source>
        <translation>POS 签购单上的参考号</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="460"/>
        <source>the transaction number shown on the payer&apos;s phone or the terminal</source>
        <translation>缴款人手机或收款终端上显示的交易单号</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="506"/>
        <source>charged</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="510"/>
        <source>Total —</source>
        <translation>应收 —</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="513"/>
        <source>Total %1</source>
        <translation>应收 %1</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="514"/>
        <source>In capitals: RMB %1</source>
        <translation>大写：人民币%1</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="527"/>
        <source>Tendered?</source>
        <translation>实收金额有误</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="531"/>
        <source>Short %1</source>
        <translation>还差 %1</translation>
    </message>
    <message>
        <location filename="../../ui/fees_collect.py" line="534"/>
        <source>Change %1</source>
        <translation>找零 %1</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/reports_page.py" line="638"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="643"/>
        <source>Read from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="655"/>
        <source>Intakes today by window</source>
        <translation>今日各窗口接件情况</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="657"/>
        <source>Cases due soon and overdue by window</source>
        <translation>各窗口即将到期与逾期办件</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="660"/>
        <source>Nothing yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="667"/>
        <source>Per clerk</source>
        <translation>按经办人</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="668"/>
        <source>Per window</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="675"/>
        <source>Click any number to see the list behind it.</source>
        <translation>点击任一数字可查看对应明细。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="758"/>
        <source>%1 · updated %2 (%3 ms)</source>
        <translation>%1 · 更新于 %2（用时 %3 毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="806"/>
        <location filename="../../ui/reports_page.py" line="808"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="806"/>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="808"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../ui/case_view.py" line="266"/>
        <source>Record the decision</source>
        <translation>作出决定</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="266"/>
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
</context>
<context>
    <name>DecisionFields</name>
    <message>
        <location filename="../../ui/case_view.py" line="218"/>
        <source>Approved</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="220"/>
        <source>Denied</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="233"/>
        <source>Why it is denied</source>
        <translation>不予许可的理由</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="236"/>
        <source>Law, article (and paragraph)</source>
        <translation>法律法规名称及条款</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="237"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="238"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="239"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../ui/intake_page.py" line="323"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="329"/>
        <source>Applicant · item</source>
        <translation>申请人 · 事项</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="330"/>
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="331"/>
        <source>Last saved</source>
        <translation>最后保存</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="332"/>
        <source>Notice due by</source>
        <translation>一次性告知期限</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="346"/>
        <source>By law the applicant must be told what is missing within 5 working days of receipt; past that date the application counts as accepted.</source>
        <translation>依法应自收到申请材料之日起 5 个工作日内一次告知需补正的全部内容；逾期不告知的，自收到材料之日起即为受理。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="351"/>
        <source>Resume (Enter)</source>
        <translation>继续办理 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="354"/>
        <source>Discard… (Del)</source>
        <translation>丢弃… (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="356"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="379"/>
        <source> (on screen)</source>
        <translation>（当前正在办理）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="382"/>
        <source> — passed: counts as accepted</source>
        <translation> — 已逾期，依法视为受理</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="384"/>
        <source> — today</source>
        <translation> — 今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="411"/>
        <source>Discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="412"/>
        <source>Discard the draft “%1”? It cannot be brought back.</source>
        <translation>确定丢弃草稿“%1”？丢弃后无法恢复。</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="54"/>
        <source>Rate this visit</source>
        <translation>服务评价</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="57"/>
        <source>Application at the window</source>
        <translation>窗口受理</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="58"/>
        <source>Collecting the result</source>
        <translation>领取结果</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="59"/>
        <source>Question at the window</source>
        <translation>窗口咨询</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="63"/>
        <source>How satisfied are you with this visit? Each visit is rated once.</source>
        <translation>您对本次办事是否满意？每次办事评价一次。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="67"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="68"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="69"/>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="70"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="71"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="89"/>
        <source>What was good or bad (optional)</source>
        <translation>意见或建议（选填）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="98"/>
        <source>Record rating (Enter)</source>
        <translation>提交评价（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="102"/>
        <source>Not rated (Esc)</source>
        <translation>不评价（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_dialog.py" line="131"/>
        <source>A bad review: a supervisor will follow it up within 15 working days.</source>
        <translation>差评：负责人将在 15 个工作日内回访整改。</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../../ui/reports_page.py" line="213"/>
        <source>Excel workbook (.xlsx): a summary, then a sheet per kind</source>
        <translation>Excel 工作簿（.xlsx）：汇总表，另按类别分表</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="215"/>
        <source>CSV (.csv): one table, opens in Excel</source>
        <translation>CSV（.csv）：一张总表，可用 Excel 直接打开</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="216"/>
        <source>PDF summary (.pdf): to print and sign</source>
        <translation>PDF 汇总（.pdf）：打印后签字存档</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="218"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="220"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="223"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="237"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="240"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="241"/>
        <source>Read from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="242"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="243"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="247"/>
        <source>Save as</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="255"/>
        <source>The log lists every action of the range from the journal: intakes and their outcomes, one-time notices and their exceptions, inquiries and referrals, payments and voids, collections, ratings, day openings and closings, logins. It states its range, when it was made and the journal position it covers, so two exports can be compared. ID and mobile numbers are masked.</source>
        <translation>工作日志取自操作日志，逐条列出范围内的全部操作：接件及答复结果、一次性告知及例外、首问登记与转办、收费与作废、领取送达、评价、日结开闭、登录。文件注明日期范围、生成时间和所覆盖的日志位置，两次导出可以相互核对。证件号码和手机号码已脱敏。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="264"/>
        <source>Export the daily log</source>
        <translation>导出工作日志</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="301"/>
        <source>All windows</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="304"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="304"/>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="336"/>
        <source>Save the daily log as</source>
        <translation>工作日志保存为</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="358"/>
        <source>Choose where to save the file.</source>
        <translation>请选择文件保存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="364"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="382"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="394"/>
        <source>Nothing was recorded in that range. The file says so (无记录): %1</source>
        <translation>该范围内无记录；已生成注明“无记录”的文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="396"/>
        <source>Exported %2 events in %3 s: %1</source>
        <translation>已导出 %2 条记录（用时 %3 秒）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="404"/>
        <source> No file was written.</source>
        <translation>未生成任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="410"/>
        <source>Export cancelled. No file was written.</source>
        <translation>已取消导出，未生成任何文件。</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <location filename="../../ui/fees_page.py" line="99"/>
        <source>Open the day (F2)</source>
        <translation>开班（F2）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="101"/>
        <source>Cash in/out (F3)</source>
        <translation>缴入/取出（F3）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="103"/>
        <source>X report (F4)</source>
        <translation>X 报表（F4）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="105"/>
        <source>Close the day (F8)</source>
        <translation>日结（F8）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="107"/>
        <source>Reopen (supervisor)…</source>
        <translation>重新开启（负责人）…</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="112"/>
        <source>A4, two copies</source>
        <translation>A4（两联）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="113"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="114"/>
        <source>80 mm roll</source>
        <translation>80 毫米卷纸</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="119"/>
        <source>Paper of the receipts printed at this window</source>
        <translation>本窗口打印收据所用纸张</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="140"/>
        <source>Receipt paper</source>
        <translation>收据纸张</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="245"/>
        <source>Not opened: record the opening float before the first payment</source>
        <translation>未开班：收费前请先登记备用金</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="246"/>
        <source>Open, taking payments</source>
        <translation>营业中</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="247"/>
        <source>Closed: no payments until a supervisor reopens the day</source>
        <translation>已日结：负责人重新开启前不能收费</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="250"/>
        <source>Day %1 · %2</source>
        <translation>营业日 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="258"/>
        <source>Float %1 · %2 payments, %3 voids/refunds · net %4 · cash expected %5</source>
        <translation>备用金 %1 · 收款 %2 笔，作废/退费 %3 笔 · 净额 %4 · 钱箱应有现金 %5</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="267"/>
        <source>Not closed yet: %1. Close them (F8 asks which).</source>
        <translation>尚未日结：%1。请先日结（F8）。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="298"/>
        <source>The day is open.</source>
        <translation>已开班。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="324"/>
        <source>Recorded.</source>
        <translation>已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="364"/>
        <source>Day closed; Z report %1 archived.</source>
        <translation>已日结，第 %1 号 Z 报表已存档。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="389"/>
        <source>The day is open again; the reopening is recorded.</source>
        <translation>已重新开启当日，重新开启已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="434"/>
        <location filename="../../ui/fees_page.py" line="435"/>
        <source>The payment could not be saved; nothing was recorded. Try again.</source>
        <translation>收费未能保存，未记录任何内容，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="442"/>
        <source>, change %1</source>
        <translation>，找零 %1</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="445"/>
        <source>Receipt %1: %2 by %3%4.</source>
        <translation>收据 %1：%2，%3%4。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="495"/>
        <source>No receipt %1 at this window.</source>
        <translation>本窗口没有收据 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="505"/>
        <source>Reprint (补打) of %1 archived.</source>
        <translation>收据 %1 已补打并存档。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_page.py" line="542"/>
        <source>%1 recorded; the slip is archived.</source>
        <translation>已办理%1，凭证已存档。</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../ui/case_view.py" line="287"/>
        <source>Forward to the higher authority</source>
        <translation>上报上级机关</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="287"/>
        <source>Forward</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="293"/>
        <source>Document or registration number</source>
        <translation>上报文号或登记号</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="294"/>
        <source>Higher authority</source>
        <translation>上级机关</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="295"/>
        <source>Forwarded on</source>
        <translation>上报日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="296"/>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../ui/settings_page.py" line="768"/>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="770"/>
        <source>Never lock</source>
        <translation>不锁定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="781"/>
        <source>When nobody touches the keyboard or mouse for this long, the screen locks and asks for the clerk&apos;s password; what was typed stays. 0 means never lock.</source>
        <translation>键盘和鼠标无人操作达到该时长后自动锁屏，须输入本人密码才能继续，已录入的内容保留。设为 0 表示不锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="786"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="792"/>
        <source>Lock the screen after</source>
        <translation>自动锁屏时间</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="819"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../../ui/settings_page.py" line="564"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="564"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="564"/>
        <source>Closed or open</source>
        <translation>休/班</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="564"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="567"/>
        <source>Remove the selected day</source>
        <translation>删除所选日期</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="575"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="588"/>
        <source>Add or change one day</source>
        <translation>新增或修改单日安排</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="593"/>
        <source>Closed (休): no service</source>
        <translation>休（不办公）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="594"/>
        <source>Open (班): make-up working day</source>
        <translation>班（调休上班）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="596"/>
        <source>e.g. 春节, or a local closure</source>
        <translation>如：春节，或本中心临时闭厅</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="597"/>
        <source>Save the day</source>
        <translation>保存该日</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="615"/>
        <source>Import the year&apos;s table</source>
        <translation>导入年度节假日表</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="618"/>
        <source>A .csv or .xlsx file with three columns: date (YYYY-MM-DD), 休 or 班, note. The first row may be a header. Every date must be in the year chosen above; the table replaces the center&apos;s days of that year.</source>
        <translation>.csv 或 .xlsx 文件，三列：日期（YYYY-MM-DD）、休或班、说明；第一行可以是表头。所有日期须在上方所选年度内，导入后替换本中心该年度原有的全部安排。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="624"/>
        <source>This is the complete holiday schedule of the year</source>
        <translation>这是该年度完整的节假日安排</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="625"/>
        <source>Import a table…</source>
        <translation>导入表格…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="645"/>
        <source>Covered by the national calendar</source>
        <translation>国家日历已覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="647"/>
        <source>The center&apos;s holiday table</source>
        <translation>中心节假日表</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="648"/>
        <source>Not entered yet: due dates are computed from weekends only</source>
        <translation>尚未录入：截止日期仅按周末推算</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="665"/>
        <source>Open (班)</source>
        <translation>班</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="665"/>
        <source>Closed (休)</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="719"/>
        <source>Import a holiday table</source>
        <translation>导入节假日表</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="719"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="743"/>
        <source>Imported %1 days for %2.</source>
        <translation>已导入 %2 年度安排 %1 天。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="749"/>
        <location filename="../../ui/settings_page.py" line="752"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>InquiriesPage</name>
    <message>
        <location filename="../../ui/inquiries_page.py" line="144"/>
        <source>What was asked</source>
        <translation>咨询的事项</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="147"/>
        <source>The answer given (leave empty when referring it)</source>
        <translation>当场答复内容（转办时可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="150"/>
        <source>Refer it in writing (转办)</source>
        <translation>书面转办</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="155"/>
        <source>to a department</source>
        <translation>转部门</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="156"/>
        <source>to a window</source>
        <translation>转窗口</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="157"/>
        <source>to a person</source>
        <translation>转工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="162"/>
        <source>Who, where, and how to reach them</source>
        <translation>承接部门/人、地点及联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="174"/>
        <location filename="../../ui/inquiries_page.py" line="177"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="180"/>
        <source>If the question is about a case</source>
        <translation>咨询涉及办件时填写</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="181"/>
        <location filename="../../ui/inquiries_page.py" line="237"/>
        <location filename="../../ui/inquiries_page.py" line="248"/>
        <source>Question</source>
        <translation>咨询事项</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="182"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="184"/>
        <source>Referred</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="185"/>
        <location filename="../../ui/inquiries_page.py" line="235"/>
        <source>Reply by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="186"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="187"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="188"/>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="193"/>
        <source>Log (Ctrl+Enter)</source>
        <translation>登记（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="197"/>
        <source>Log and print slip</source>
        <translation>登记并打印转办单</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="200"/>
        <source>Becomes an application (Ctrl+I)</source>
        <translation>转为办件申请（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="203"/>
        <source>Clear (Ctrl+N)</source>
        <translation>清空（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="219"/>
        <source>Log a question (F2)</source>
        <translation>首问登记（F2）</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="234"/>
        <location filename="../../ui/inquiries_page.py" line="245"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="236"/>
        <source>Referred to</source>
        <translation>转办给</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="238"/>
        <location filename="../../ui/inquiries_page.py" line="249"/>
        <source>Clerk</source>
        <translation>首问人</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="246"/>
        <source>Logged</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="247"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="256"/>
        <source>Follow up by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="257"/>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="258"/>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="259"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="260"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="280"/>
        <source>Close with outcome…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="283"/>
        <source>Print slip</source>
        <translation>打印转办单</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="286"/>
        <source>Link a case…</source>
        <translation>关联办件…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="289"/>
        <source>Rate…</source>
        <translation>评价…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="292"/>
        <source>Close the follow-up…</source>
        <translation>回访办结…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="298"/>
        <source>Only supervisors close the follow-up of a bad review.</source>
        <translation>差评回访由负责人办结。</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="403"/>
        <source>Logged %1 (referred, on your open list).</source>
        <translation>已登记 %1（已转办，列入您的待办）。</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="405"/>
        <source>Logged %1 (answered and closed).</source>
        <translation>已登记 %1（当场答复，已办结）。</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="432"/>
        <source>Became an application at the window</source>
        <translation>转为窗口办件申请</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="440"/>
        <source>Type the question first, or choose a logged one.</source>
        <translation>请先填写咨询事项，或选择已登记的咨询。</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="462"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="462"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="479"/>
        <source>My open (%1, %2 late)</source>
        <translation>我的待办（%1，超期 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="481"/>
        <source>My open (%1)</source>
        <translation>我的待办（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="486"/>
        <source>Late in the hall (%1)</source>
        <translation>全中心超期（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="488"/>
        <source>My latest</source>
        <translation>我的近期登记</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="491"/>
        <source>Bad reviews to follow up (%1)</source>
        <translation>差评回访（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="503"/>
        <location filename="../../ui/inquiries_page.py" line="583"/>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="503"/>
        <location filename="../../ui/inquiries_page.py" line="583"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="514"/>
        <source>LATE</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="543"/>
        <source>Rated on %1 at window %2 (%3): %4</source>
        <translation>%1 于 %2 号窗口（%3）评价：%4</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="549"/>
        <source>Follow up by %1</source>
        <translation>回访期限：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="581"/>
        <source>Open, past the promised time</source>
        <translation>待办，已超过承诺答复时间</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="586"/>
        <source>Question: %1</source>
        <translation>咨询：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="588"/>
        <source>Answer: %1</source>
        <translation>答复：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="592"/>
        <source>Referred to %1, reply by %2</source>
        <translation>转办给 %1，答复期限 %2</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="598"/>
        <source>Inquirer: %1</source>
        <translation>咨询人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="601"/>
        <source>About case %1</source>
        <translation>涉及办件 %1</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="606"/>
        <source>Logged %1 by %2 at window %3</source>
        <translation>%1 由 %2 在 %3 号窗口登记</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="612"/>
        <source>Outcome: %1</source>
        <translation>办理结果：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="640"/>
        <source>Close the inquiry</source>
        <translation>首问办结</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="640"/>
        <source>How was the inquirer answered?</source>
        <translation>如何答复了咨询人？</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="652"/>
        <source>Closed.</source>
        <translation>已办结。</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="657"/>
        <source>Link a case</source>
        <translation>关联办件</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="657"/>
        <source>Case number (or scan it):</source>
        <translation>办件编号（或扫码）：</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="666"/>
        <source>Linked to %1.</source>
        <translation>已关联 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="684"/>
        <source>Reprint of %1 archived</source>
        <translation>%1（补打）已存档</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="684"/>
        <source>%1 archived</source>
        <translation>%1已存档</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="709"/>
        <source>Rating recorded.</source>
        <translation>评价已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="716"/>
        <source>Follow-up of a bad review</source>
        <translation>差评回访</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="716"/>
        <source>What was found and done?</source>
        <translation>回访情况和整改结果：</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="726"/>
        <source>Follow-up closed.</source>
        <translation>回访已办结。</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries_page.py" line="741"/>
        <source>Choose an inquiry on a list, or scan its slip, to see it here.</source>
        <translation>在列表中选择一条咨询，或扫描转办单，在此查看。</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/intake_page.py" line="451"/>
        <source>Case number on the notice, or scan it (F2)</source>
        <translation>输入或扫描告知书上的办件编号 (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="463"/>
        <source>Resume or discard a half-done intake (Ctrl+O)</source>
        <translation>继续办理或丢弃未办完的接件 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="465"/>
        <source>Return visit with a notice:</source>
        <translation>调取告知件：</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="511"/>
        <location filename="../../ui/intake_page.py" line="687"/>
        <location filename="../../ui/intake_page.py" line="692"/>
        <source>Accept (F9)</source>
        <translation>受理 (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="514"/>
        <source>One-time notice (F10)</source>
        <translation>一次性告知 (F10)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="517"/>
        <source>Not accept… (F11)</source>
        <translation>不予受理… (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="520"/>
        <source>Immediate item: finish on the spot</source>
        <translation>即办件当场办结</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="523"/>
        <source>Save draft (Ctrl+S)</source>
        <translation>暂存草稿 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="525"/>
        <source>New intake (Ctrl+N)</source>
        <translation>清空 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="527"/>
        <source>Clear the form for the next applicant</source>
        <translation>清空表单，接待下一位申请人</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="657"/>
        <source>Choose an item to see its six disclosures.</source>
        <translation>选择事项后，这里显示该事项的六公开内容。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="680"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="687"/>
        <source>Record what was brought (F9)</source>
        <translation>登记补交材料 (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="848"/>
        <source>Choose the service item.</source>
        <translation>请选择要办理的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="882"/>
        <source>Printing is not available in this installation.</source>
        <translation>本机未安装打印功能。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="893"/>
        <source>The document could not be made; try Print again (Ctrl+P).</source>
        <translation>文书生成失败，请点“再次打印”(Ctrl+P) 重试。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="896"/>
        <source>Reprint of %1 archived</source>
        <translation>已补打%1并存档</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="896"/>
        <source>%1 archived</source>
        <translation>%1已生成并存档</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="922"/>
        <source>Case %1 is %2, not waiting for materials after a notice.</source>
        <translation>办件 %1 的状态是“%2”，不是待补正的告知件。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="958"/>
        <source>Return visit for case %1 — applicant %2, item %3, received %4. Tick what was brought now; the list was fixed by the notice.</source>
        <translation>补正办件 %1 — 申请人 %2，事项 %3，收件时间 %4。请勾选本次带来的材料；材料清单已由一次性告知书固定。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="977"/>
        <source>Tick what the applicant brought this time first.</source>
        <translation>请先勾选申请人本次带来的材料。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="993"/>
        <source>Saved what was brought at %1. Still missing %2: %3</source>
        <translation>已于 %1 登记本次补交的材料。仍缺 %2 项：%3</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1014"/>
        <source>Exception recorded: the new material was added to the list.</source>
        <translation>例外已记录：新增材料已加入清单。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1035"/>
        <source>(no name yet)</source>
        <translation>（未填姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1036"/>
        <source>(no item yet)</source>
        <translation>（未选事项）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1064"/>
        <source>Drafts (%1) Ctrl+O</source>
        <translation>草稿 (%1) Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1071"/>
        <source>Draft saved %1 · notice due by %2</source>
        <translation>草稿已于 %1 保存 · 一次性告知期限 %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1113"/>
        <source>The item of this draft is no longer in the catalog; choose the item again.</source>
        <translation>草稿中的事项已不在目录中，请重新选择事项。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1123"/>
        <source>Leave this return visit without recording what was ticked?</source>
        <translation>本次勾选的补交材料尚未登记，确定离开吗？</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1143"/>
        <location filename="../../ui/intake_page.py" line="1161"/>
        <source>New intake</source>
        <translation>新接件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1144"/>
        <source>Something was typed for this applicant. Keep it as a draft?</source>
        <translation>当前申请人已填写了内容，是否保留为草稿？</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1147"/>
        <source>Keep as draft</source>
        <translation>保留为草稿</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1148"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1149"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1166"/>
        <source>a draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1167"/>
        <source>waiting for materials</source>
        <translation>待补正</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1168"/>
        <source>not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1169"/>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1170"/>
        <source>in progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1171"/>
        <source>paused for a special procedure</source>
        <translation>特别程序中</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1172"/>
        <source>decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1173"/>
        <source>ready for collection</source>
        <translation>待领取</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1174"/>
        <source>collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="1175"/>
        <source>mailed</source>
        <translation>已邮寄</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <location filename="../../ui/item_picker.py" line="42"/>
        <source>Find the item: name, code or pinyin initials (e.g. spjy)</source>
        <translation>查找事项：名称、编码或拼音首字母（如 spjy）</translation>
    </message>
    <message>
        <location filename="../../ui/item_picker.py" line="113"/>
        <source>No item chosen yet: type in the box above, then Enter.</source>
        <translation>尚未选择事项：在上面的框中输入，按 Enter 选定。</translation>
    </message>
    <message>
        <location filename="../../ui/item_picker.py" line="117"/>
        <source>on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <location filename="../../ui/item_picker.py" line="119"/>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/item_picker.py" line="168"/>
        <source>No item matches; try the pinyin initials or the code.</source>
        <translation>没有匹配的事项，请试试拼音首字母或事项编码。</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../ui/catalog_browser.py" line="42"/>
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="42"/>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="42"/>
        <source>Kind</source>
        <translation>办理类型</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="42"/>
        <source>Limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="75"/>
        <source>on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_browser.py" line="76"/>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/case_view.py" line="87"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="88"/>
        <source>Waiting for materials</source>
        <translation>待补正</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="89"/>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="90"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="91"/>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="92"/>
        <source>Paused (special procedure)</source>
        <translation>特别程序中</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="93"/>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="94"/>
        <source>Ready for collection</source>
        <translation>待领取</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="95"/>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="96"/>
        <source>Mailed</source>
        <translation>已邮寄</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="101"/>
        <source>Immediate item</source>
        <translation>即办件</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="102"/>
        <source>Promised item</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="103"/>
        <source>Joint item</source>
        <translation>联合件</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="104"/>
        <source>Reported item</source>
        <translation>上报件</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="109"/>
        <source>Approved</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="110"/>
        <source>Denied</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="111"/>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="112"/>
        <source>Progress note</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="117"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="119"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="119"/>
        <source>Due next working day</source>
        <translation>下一工作日到期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="121"/>
        <source>%1 working days left</source>
        <translation>剩余 %1 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="123"/>
        <source>Clock stopped</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="128"/>
        <source>The applicant</source>
        <translation>申请人本人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="129"/>
        <source>The agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="130"/>
        <source>Another authorised person</source>
        <translation>其他受托人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="134"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="134"/>
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="134"/>
        <source>QR code</source>
        <translation>扫码支付</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../ui/reports_page.py" line="583"/>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="589"/>
        <source>%1 rows</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="591"/>
        <source> (only the first ones are shown)</source>
        <translation>（仅显示前面部分）</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="92"/>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="94"/>
        <source>%1 is logged in. Enter the password to go on.</source>
        <translation>当前登录：%1。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="104"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="133"/>
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
    <name>MailDialog</name>
    <message>
        <location filename="../../ui/case_view.py" line="409"/>
        <source>Mailing of the result</source>
        <translation>登记邮寄</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="409"/>
        <source>Record mailing</source>
        <translation>确认邮寄</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="418"/>
        <source>Empty: the applicant&apos;s address on file</source>
        <translation>不填则寄往申请人登记地址</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="419"/>
        <source>Carrier</source>
        <translation>寄递公司</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="420"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="421"/>
        <source>Address</source>
        <translation>寄送地址</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Yichuang — %1, window %2</source>
        <translation>一窗通 — %1 %2 号窗口</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Intake</source>
        <translation>接件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>First inquiries</source>
        <translation>首问登记</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Reports and log</source>
        <translation>统计与日志</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>The scanner read %1, which is no number of ours. Type it by hand or search.</source>
        <translation>扫描到的 %1 不是本系统的编号。请手工输入或搜索。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Only administrators can open this screen.</source>
        <translation>只有管理员可以打开此页面。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Only supervisors can open this screen.</source>
        <translation>只有中心或科室负责人可以打开此页面。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <location filename="../../ui/main_window.py" line="349"/>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>supervisor</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
</context>
<context>
    <name>MaterialsTable</name>
    <message>
        <location filename="../../ui/intake_materials.py" line="119"/>
        <source>Condition: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="129"/>
        <source>Added after the notice (exception)</source>
        <translation>告知后经负责人批准新增（例外）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="141"/>
        <source>Originals / copies to hand in</source>
        <translation>应交原件 / 复印件份数</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="147"/>
        <source>Does the condition apply to this applicant?</source>
        <translation>该申请人是否符合此条件？</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="158"/>
        <source>All received: sets the received counts to what is required</source>
        <translation>已收齐：已收份数设为应交份数</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="242"/>
        <source>New material requirement (exception)…</source>
        <translation>新增材料要求（例外）…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="259"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="260"/>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="261"/>
        <source>Required
orig. / copies</source>
        <translation>应交
原件/复印件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="262"/>
        <source>Applies</source>
        <translation>适用</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="263"/>
        <source>All
received</source>
        <translation>已收齐</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="264"/>
        <source>Originals
received</source>
        <translation>已收
原件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="265"/>
        <source>Copies
received</source>
        <translation>已收
复印件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="405"/>
        <source>Row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="473"/>
        <source>Does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="476"/>
        <source>Received</source>
        <translation>已收齐</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="479"/>
        <source>Missing</source>
        <translation>尚缺</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="489"/>
        <source>Still missing %1: %2</source>
        <translation>尚缺 %1 项：%2</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="495"/>
        <source>Materials complete</source>
        <translation>材料已齐全</translation>
    </message>
</context>
<context>
    <name>OpenDayDialog</name>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="97"/>
        <location filename="../../ui/fees_dialogs.py" line="98"/>
        <source>Open the day</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="101"/>
        <source>Day %1. Count the change in the drawer and enter it as the opening float.</source>
        <translation>营业日 %1。请清点钱箱内的零钞，登记为备用金。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="107"/>
        <source>Opening float (yuan)</source>
        <translation>备用金（元）</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/settings_page.py" line="203"/>
        <location filename="../../ui/settings_page.py" line="217"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="206"/>
        <source>New password for %1 (%2). A lock after wrong passwords is lifted too.</source>
        <translation>为 %1（%2）设置新密码。因密码输错造成的锁定同时解除。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="214"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="215"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="217"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="228"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../ui/case_view.py" line="325"/>
        <source>Special procedure</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="325"/>
        <source>Stop the clock</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="327"/>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="328"/>
        <source>On-site inspection</source>
        <translation>现场勘验</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="329"/>
        <source>Testing</source>
        <translation>检验检测</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="330"/>
        <source>Expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="338"/>
        <source>Procedure</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="339"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="342"/>
        <source>The time the procedure takes does not count; the due date moves on resumption.</source>
        <translation>特别程序所需时间不计入承诺时限，结束时承诺办结日期相应顺延。</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../../ui/fees_payments.py" line="49"/>
        <source>Receipt number (scan or type), Enter</source>
        <translation>收据号（扫描或输入），回车</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="59"/>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="59"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="59"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="59"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="75"/>
        <source>Reprint (Ctrl+P)</source>
        <translation>补打收据（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="77"/>
        <source>Void/refund… (Ctrl+D)</source>
        <translation>作废/退费…（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="88"/>
        <source>Payments at this window</source>
        <translation>本窗口收费记录</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="132"/>
        <source>paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="133"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="133"/>
        <source>refunded</source>
        <translation>已退费</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="155"/>
        <source>Choose a payment, or scan a receipt&apos;s barcode.</source>
        <translation>请选择一笔收费，或扫描收据条码。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="172"/>
        <source>tendered %1, change %2</source>
        <translation>实收 %1，找零 %2</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="182"/>
        <source>window %1, %2</source>
        <translation>%1 号窗口 %2</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="189"/>
        <source>Case %1 · %2</source>
        <translation>办件 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="194"/>
        <source>Payer %1</source>
        <translation>缴款人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="202"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="202"/>
        <source>Refunded</source>
        <translation>已退费</translation>
    </message>
    <message>
        <location filename="../../ui/fees_payments.py" line="206"/>
        <source>%1 at window %2, approved by %3: %4</source>
        <translation>%1 于 %2 号窗口办理，负责人 %3 批准：%4</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="181"/>
        <source> (reprint)</source>
        <translation>（补打）</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="183"/>
        <source>%1 %2 — preview</source>
        <translation>%1 %2 — 预览</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="192"/>
        <source>Kept in the archive: %1</source>
        <translation>已存档：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="208"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="209"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="210"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="212"/>
        <source>%1 pages</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="245"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="246"/>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="247"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="248"/>
        <source>Print (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="249"/>
        <source>Save a copy as PDF (Ctrl+S)</source>
        <translation>另存一份 PDF（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="353"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="354"/>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="359"/>
        <source>Saved a copy to %1</source>
        <translation>已另存到：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="365"/>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="367"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="375"/>
        <source>No printer is set up on this computer.</source>
        <translation>本机没有可用的打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="384"/>
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="412"/>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="453"/>
        <source>The PDF is kept in the archive and can be printed later:</source>
        <translation>文书的 PDF 已保存在档案中，可以稍后再打印：</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="455"/>
        <source>Nothing is lost, and the case stays as it is.</source>
        <translation>不会丢失任何内容，办件状态保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="462"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/placeholder.py" line="17"/>
        <source>This screen is not built yet in this version. Until it is, use the paper process of the center.</source>
        <translation>本版本尚未提供此功能。在此之前，请按中心的纸质流程办理。</translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <location filename="../../ui/reports_page.py" line="925"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="906"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="905"/>
        <source>Rank the month</source>
        <translation>计算排名</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="908"/>
        <source>Weights…</source>
        <translation>评分权重…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="911"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="913"/>
        <source>Read from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="926"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="927"/>
        <source>Finished</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="928"/>
        <source>On time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="929"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="930"/>
        <source>Exceptions</source>
        <translation>告知例外</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="931"/>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="932"/>
        <source>Average</source>
        <translation>平均评价</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="933"/>
        <source>Bad reviews</source>
        <translation>差评</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="934"/>
        <source>Inquiries in time</source>
        <translation>首问按时率</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="935"/>
        <source>Volume</source>
        <translation>工作量</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="936"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="941"/>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="957"/>
        <source>Windows</source>
        <translation>窗口排名</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="959"/>
        <source>Clerks</source>
        <translation>工作人员排名</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="973"/>
        <source>Weights: %1</source>
        <translation>评分权重：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="981"/>
        <source>Ranking…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="1005"/>
        <location filename="../../ui/reports_page.py" line="1011"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="1009"/>
        <source>not named (fewer than two windows ranked)</source>
        <translation>不评（参评窗口不足两个）</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="1012"/>
        <source>Red flag window</source>
        <translation>红旗窗口</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="1013"/>
        <source>Worst window</source>
        <translation>最差窗口</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="1014"/>
        <source>Service star</source>
        <translation>服务明星</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="1036"/>
        <source>not ranked</source>
        <translation>未参评</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="1051"/>
        <source>Save the ranking as</source>
        <translation>评议结果保存为</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="1077"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="1089"/>
        <source>Ranking weights</source>
        <translation>评分权重</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../ui/intake_page.py" line="214"/>
        <source>Not accepting the application</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="219"/>
        <source>Not within the remit of this center</source>
        <translation>不属于本中心受理范围</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="223"/>
        <source>By law the matter needs no administrative licence</source>
        <translation>申请事项依法不需要取得行政许可</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="227"/>
        <source>The applicant is not eligible to apply</source>
        <translation>申请人不具备申请资格</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="230"/>
        <source>Administrative Licensing Law of the PRC, Art. 32</source>
        <translation>《中华人民共和国行政许可法》第三十二条</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="233"/>
        <source>The applicant concealed facts or gave false materials</source>
        <translation>申请人隐瞒有关情况或者提供虚假材料</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="220"/>
        <source>Administrative Licensing Law of the PRC, Art. 32 para. 1 item (2)</source>
        <translation>《中华人民共和国行政许可法》第三十二条第一款第（二）项</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="224"/>
        <source>Administrative Licensing Law of the PRC, Art. 32 para. 1 item (1)</source>
        <translation>《中华人民共和国行政许可法》第三十二条第一款第（一）项</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="234"/>
        <source>Administrative Licensing Law of the PRC, Art. 78</source>
        <translation>《中华人民共和国行政许可法》第七十八条</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="248"/>
        <source>Choose (Up/Down) or write the reason</source>
        <translation>选择（上下键）或填写理由</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="259"/>
        <source>Law, article (and paragraph)</source>
        <translation>法律法规名称及条款</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="260"/>
        <source>Reason</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="261"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="265"/>
        <source>Printed on the notice: if the applicant disagrees, they may apply for administrative review within 60 days of receiving the notice, or bring an administrative lawsuit before the people&apos;s court within 6 months.</source>
        <translation>通知书将载明：申请人如不服本决定，可以自收到本通知书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="277"/>
        <source>Not accept and print the notice</source>
        <translation>不予受理并打印通知书</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="279"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReopenDayDialog</name>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="276"/>
        <source>Reopen a closed day</source>
        <translation>重新开启已日结的营业日</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="277"/>
        <source>Reopen</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="280"/>
        <source>Day %1 is closed. Reopening it is recorded and printed on the next Z report.</source>
        <translation>营业日 %1 已日结。重新开启将被记录，并打印在下一张 Z 报表上。</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../ui/case_view.py" line="303"/>
        <source>Reply of the higher authority</source>
        <translation>上级机关回复</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="303"/>
        <source>Record reply</source>
        <translation>登记回复</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="309"/>
        <source>What the reply says</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="310"/>
        <source>This reply decides the case</source>
        <translation>此回复为最终决定</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="312"/>
        <source>Replied on</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="313"/>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="314"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.py" line="1103"/>
        <source>Reports and log</source>
        <translation>统计与日志</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="1109"/>
        <source>Hall dashboard</source>
        <translation>大厅看板</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="1110"/>
        <source>Daily log export</source>
        <translation>日志导出</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="1111"/>
        <source>Monthly ranking</source>
        <translation>月度评议</translation>
    </message>
</context>
<context>
    <name>RequirementExceptionDialog</name>
    <message>
        <location filename="../../ui/intake_materials.py" line="566"/>
        <source>New material requirement after the notice</source>
        <translation>一次性告知后新增材料要求</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="570"/>
        <source>The one-time notice of case %1 has fixed the list of materials. Asking for something new is an exception: state why, and a supervisor confirms it here with their own account. Supervisors see every exception.</source>
        <translation>办件 %1 已出具一次性告知书，材料清单已固定。再要求新的材料属于例外：须写明理由，并由负责人在此输入本人账户和密码确认。每一次例外负责人都能看到。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="587"/>
        <source>Originals</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="590"/>
        <source>Copies</source>
        <translation>复印件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="598"/>
        <source>Why is it needed now? (at least 10 characters)</source>
        <translation>为何在告知后还需要此材料？（不少于 10 个字）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="604"/>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="605"/>
        <source>Number</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="606"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="607"/>
        <source>Supervisor&apos;s user name</source>
        <translation>负责人用户名</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="608"/>
        <source>Supervisor&apos;s password</source>
        <translation>负责人密码</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="613"/>
        <source>Record the exception</source>
        <translation>记录例外</translation>
    </message>
    <message>
        <location filename="../../ui/intake_materials.py" line="614"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../ui/intake_page.py" line="124"/>
        <source>Print again (Ctrl+P)</source>
        <translation>再次打印 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="146"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="147"/>
        <source>Accepted and finished on the spot</source>
        <translation>已受理，当场办结</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="148"/>
        <source>One-time notice issued</source>
        <translation>已出具一次性告知书</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="149"/>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="156"/>
        <source>Applicant: %1&#x3000;Item: %2</source>
        <translation>申请人：%1&#x3000;事项：%2</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="163"/>
        <source>Promised by: %1</source>
        <translation>承诺办结日期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="169"/>
        <source>Not told within 5 working days of receipt: by law accepted on the day received.</source>
        <translation>收件后 5 个工作日内未告知，依法自收到材料之日起即为受理。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="175"/>
        <source>Missing %1 materials (listed on the notice)</source>
        <translation>缺 %1 项材料（详见一次性告知书）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="181"/>
        <source>Notice due by (5 working days after receipt): %1</source>
        <translation>一次性告知期限（收件后 5 个工作日）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_page.py" line="186"/>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="840"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="847"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="848"/>
        <source>Service catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="849"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="850"/>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="852"/>
        <source>Central database</source>
        <translation>中心数据库</translation>
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
<context>
    <name>SourceChoice</name>
    <message>
        <location filename="../../ui/reports_page.py" line="149"/>
        <source>This window&apos;s database</source>
        <translation>本窗口数据库</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="151"/>
        <source>Central database (whole hall)</source>
        <translation>中心数据库（全厅）</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="157"/>
        <source>No central database is set for this window.</source>
        <translation>本窗口未设置中心数据库。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/case_view.py" line="191"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <location filename="../../ui/sync_worker.py" line="119"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/sync_worker.py" line="121"/>
        <source>Stand-alone (no central database set)</source>
        <translation>单机运行（未设置中心数据库）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_worker.py" line="123"/>
        <source>Syncing… %1 waiting</source>
        <translation>正在同步… 待发送 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_worker.py" line="126"/>
        <source>Online · last sync %1 · %2 waiting</source>
        <translation>在线 · 上次同步 %1 · 待发送 %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_worker.py" line="133"/>
        <source>Refused by the center: a supervisor must check this window</source>
        <translation>中心拒收本窗口日志，请负责人处理</translation>
    </message>
    <message>
        <location filename="../../ui/sync_worker.py" line="138"/>
        <source>Offline · %1 waiting · last sync %2 · retry in %3 s</source>
        <translation>离线 · 待发送 %1 · 上次同步 %2 · %3 秒后重试</translation>
    </message>
    <message>
        <location filename="../../ui/sync_worker.py" line="145"/>
        <source> · %1 conflicts</source>
        <translation> · 冲突 %1 条</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/case_view.py" line="275"/>
        <source>A department&apos;s result</source>
        <translation>部门办理结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="275"/>
        <source>Record result</source>
        <translation>登记结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="280"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="244"/>
        <source>Refund a payment</source>
        <translation>退费</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="245"/>
        <source>Refund and print the slip</source>
        <translation>退费并打印凭证</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="247"/>
        <source>Void a payment</source>
        <translation>作废收费</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="248"/>
        <source>Void and print the slip</source>
        <translation>作废并打印凭证</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="251"/>
        <source>Receipt &lt;b&gt;%1&lt;/b&gt; · case %2 · %3 · &lt;b&gt;%4&lt;/b&gt; (%5)&lt;br&gt;The receipt stays as it is; a slip records what is returned. A supervisor must approve with their own password.</source>
        <translation>收据 &lt;b&gt;%1&lt;/b&gt; · 办件 %2 · %3 · &lt;b&gt;%4&lt;/b&gt;（%5）&lt;br&gt;原收据保持不变，另出凭证记录退回款项。须由负责人输入本人密码批准。</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="265"/>
        <source>reversal slip or refund number, if any</source>
        <translation>撤销签购单号或退款单号（如有）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="266"/>
        <source>Refund reference</source>
        <translation>退款参考号</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="168"/>
        <source>Waiver or reduction</source>
        <translation>减免</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="169"/>
        <source>Apply</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="184"/>
        <source>empty = waive all of it</source>
        <translation>不填 = 全额免收</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="188"/>
        <source>e.g. the applicant is a sole trader (licence seen)</source>
        <translation>如：申请人为个体工商户（已核营业执照）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="190"/>
        <source>Policy</source>
        <translation>减免政策</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="191"/>
        <source>Reduction (yuan)</source>
        <translation>减免金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="192"/>
        <source>Reason</source>
        <translation>减免理由</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="201"/>
        <source>Remove the waiver</source>
        <translation>取消减免</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../ui/reports_page.py" line="859"/>
        <source>Ranking weights</source>
        <translation>评分权重</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="869"/>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="56"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
</context>
<context>
    <name>_SupervisorDialog</name>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="233"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="234"/>
        <source>Supervisor&apos;s account</source>
        <translation>负责人账户</translation>
    </message>
    <message>
        <location filename="../../ui/fees_dialogs.py" line="235"/>
        <source>Supervisor&apos;s password</source>
        <translation>负责人密码</translation>
    </message>
</context>
</TS>
