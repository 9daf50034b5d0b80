#!/usr/bin/env python3
"""Example households for 河南 2020 (豫脱贫组〔2020〕13号) and 郑州 2020 (郑脱贫组〔2020〕2号), as of
2020-06-30. Run: python3 Examples/henan-2020/make_examples.py — writes households.jsonl,
households.csv + members.csv (the national system's export, Chinese headers), households-notes.md,
cases.jsonl (procedures both files have) and cases-zhengzhou.jsonl (郑州's new_objects_entry).

Every category and measure of both rule files appears at least once, with households just under,
on and just over each threshold. The "expected" column is what the rule files give; the amounts
and approval limits use the province file's placeholder 城市月低保标准 600, which 郑州 keeps (its notice
sets no local 低保 standard)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "common"))
from examples import Examples

E = Examples(HERE, "410122-ZM-",
    base=dict(province="河南省", city="郑州市", county="中牟县", town="刘集镇", village="前进村", grid="前进-01",
              status="general", monitoring="none", shocks=[],
              income=dict(net_per_capita=9000, net_per_capita_prev=9000, stable=True),
              expenses=dict(medical_out_of_pocket=0, rigid_total=3000),
              losses=dict(disaster=0),
              welfare=dict(dibao=False, tekun=False)),
    member_defaults=dict(relation="head", age=45, labor="full", health="healthy", disability_grade=0, hukou="rural",
                         employment="stable", medical_insured=True, has_legal_supporter=True),
    title="河南 2020 / 郑州 2020 example households")
c, m = E.case, E.member
inc = lambda x, prev=None: dict(income__net_per_capita=x, income__net_per_capita_prev=x if prev is None else prev)
LABOUR = "产业帮扶, 小额信贷, 就业帮扶, 公益性岗位"
watched = dict(monitoring="at_risk", monitoring_since="2020-05-20")   # for `timeline --records`
# Amounts and approval limits use the province file's placeholder 城市月低保标准 600 (郑州's notice sets
# none): 急难型临时救助 at least 4800, township approval up to 1800. Alerts are information to verify.

# 三、(二) the line: 6000
c("一般农户 far above the line", "not monitored")
c("一般农户 5999.99 (under 6000), labour", f"边缘户: 低收入; {LABOUR}", **inc(5999.99), **watched)
c("一般农户 exactly 6000: not under the line", "not monitored", **inc(6000))
c("一般农户 6000.01", "not monitored", **inc(6000.01))
# 三、(一) categories
c("脱贫享受政策户 5200, labour", f"脱贫监测户: 低收入; {LABOUR}; 及时返贫 false", status="exited_with_policy", **inc(5200), **watched)
c("脱贫不再享受政策户 5800", f"脱贫监测户: 低收入; {LABOUR}", status="exited_no_policy", **inc(5800))
c("未脱贫户 3500: already 建档立卡, in neither group", "not monitored, not watched (risk 低收入, no category)", status="poor", **inc(3500))
# 三、(二) caused rigid spending above last year's household income (2 × 9000 = 18000)
c("illness: rigid spending 18000.01 > 18000", f"边缘户: 支出骤增, 因病; {LABOUR}, 健康扶贫, 急难型临时救助 4800, 保险扶贫; 县级民政部门审批, 乡镇限额 1800; alert 扶贫部门预警",
  shocks=["illness"], expenses__rigid_total=18000.01, **watched)
c("illness: rigid spending exactly 18000", "not monitored (not above)", shocks=["illness"], expenses__rigid_total=18000)
c("rigid spending 30000, no illness/disability/disaster/epidemic/accident shown", "not monitored; alert 扶贫部门预警 (alerted, not identified)", expenses__rigid_total=30000)
c("disability: rigid spending 25000", f"边缘户: 支出骤增, 因残; {LABOUR}, 残疾人帮扶, 急难型临时救助, 保险扶贫", shocks=["disability"], expenses__rigid_total=25000)
c("flood: rigid spending 24000", f"边缘户: 支出骤增, 因灾; {LABOUR}, 灾害救助, 急难型临时救助, 保险扶贫", shocks=["disaster"], expenses__rigid_total=24000)
c("traffic accident: rigid spending 21000", f"边缘户: 支出骤增, 因意外; {LABOUR}, 急难型临时救助, 保险扶贫", shocks=["accident"], expenses__rigid_total=21000)
c("3 members, flood, rigid spending 27000.01 > 27000", f"边缘户: 支出骤增, 因灾; {LABOUR}, 灾害救助, 急难型临时救助 4800, 保险扶贫", shocks=["disaster"], expenses__rigid_total=27000.01,
  members=[m(141), m(142, relation="spouse", age=43, labor="weak"), m(143, relation="child", age=12, labor="none")])
# 三、(二) caused sharp income fall (30%)
c("COVID-19: income 10000 → 7000 (−30%), still not under the line", "not monitored, watched (收入骤减, 因疫: in the range, not 边缘户); alert 扶贫部门预警",
  shocks=["epidemic"], **inc(7000, 10000))
c("COVID-19: income 10000 → 7000.01 (less than −30%)", "not monitored", shocks=["epidemic"], **inc(7000.01, 10000))
c("income 10000 → 6999.99, no cause shown", "not monitored; alert 扶贫部门预警 (the cause is to be verified)", **inc(6999.99, 10000))
# 四、(三) no labour
c("elderly couple, no labour, 4800, no legal supporter", "边缘户: 低收入; 低保, 医疗保障, 养老保险, 特困供养", **inc(4800),
  members=[m(181, age=78, labor="lost", has_legal_supporter=False), m(182, relation="spouse", age=76, labor="none", has_legal_supporter=False)])
c("elderly couple (60, 66), no labour, 4800, a son liable to support them", "边缘户: 低收入; 低保, 医疗保障, 养老保险, 督促履行赡养义务 (no 特困供养)", **inc(4800),
  members=[m(191, age=60, labor="lost"), m(192, relation="spouse", age=66, labor="none")])
c("couple 59 and 66, no labour, a son", "边缘户: 低收入; 低保, 医疗保障, 养老保险 (59: not an 老人户)", **inc(4800),
  members=[m(201, age=59, labor="lost"), m(202, relation="spouse", age=66, labor="none")])
# 四、(四) 临时救助
c("one-person household, illness, rigid spending 9000.01 > 9000", f"边缘户: 支出骤增, 因病; {LABOUR}, 健康扶贫, 临时救助 (no 8× floor), 保险扶贫; 乡镇限额 1800", shocks=["illness"],
  expenses__rigid_total=9000.01, members=[m(211, age=58)])
c("边缘户 3999.99: under the national standard", f"边缘户: 低收入; {LABOUR}, 临时救助 (先行救助); 应识别纳入建档立卡 true", **inc(3999.99))
c("边缘户 exactly 4000", f"边缘户: 低收入; {LABOUR}; 应识别纳入建档立卡 false", **inc(4000))
# 四、(三) 低保渐退期 (建档立卡: 4260 < income ≤ 6390, 12 months; 边缘户: income > 4260, 6 months)
c("脱贫户 on 低保, 5000", f"脱贫监测户: 低收入; {LABOUR}; 低保渐退期 12 months, to 2021-06-30", status="exited_with_policy", **inc(5000), welfare__dibao=True)
c("一般农户 on 低保, 5000", f"边缘户: 低收入; {LABOUR}; 低保渐退期 6 months, to 2020-12-30", **inc(5000), welfare__dibao=True)
c("on 低保, exactly 4260 (the 低保 standard)", f"边缘户: 低收入; {LABOUR}; no 渐退期", **inc(4260), welfare__dibao=True)
c("on 低保, 4260.01", f"边缘户: 低收入; {LABOUR}; 渐退期 6 months", **inc(4260.01), welfare__dibao=True)
c("一般农户 on 低保, 6390: not under the line, so no 边缘户", "not monitored; no 渐退期", **inc(6390), welfare__dibao=True)
c("一般农户 on 低保, 6390.01", "not monitored; no 渐退期", **inc(6390.01), welfare__dibao=True)
# another county, and the 建档立卡 households the 5% check counts
c("脱贫户 in 新郑市, illness and low income", f"脱贫监测户: 低收入, 支出骤增, 因病; {LABOUR}, 健康扶贫, 急难型临时救助, 保险扶贫; 及时返贫 false",
  status="exited_no_policy", county="新郑市", town="龙湖镇", village="泰山村", grid="泰山-02",
  shocks=["illness"], expenses__rigid_total=15000, **inc(4500))
for i in range(8):
    c(f"脱贫户 {i + 1} in 龙湖镇, stable above the line", "not monitored",
      status="exited_with_policy", county="新郑市", town="龙湖镇", village="泰山村", grid="泰山-02", **inc(8000 + 500 * i))
c("income unknown", "undetermined (income.net_per_capita)", income__net_per_capita=None)
# 原因以数据为准: the cause from the record's own data, no shocks entry
c("self-paid medical cost 60000, a seriously ill member, no shocks entry", f"边缘户: 支出骤增, 因病; {LABOUR}, 健康扶贫, 急难型临时救助, 保险扶贫; alerts 卫生健康预警, 扶贫部门预警",
  expenses__rigid_total=60000, expenses__medical_out_of_pocket=60000,
  members=[m(401), m(402, relation="spouse", age=43, labor="weak", employment="unstable", health="serious_illness")])
c("head disabled (grade 2, lost labour), income 8000 → 5000, no shocks entry", f"边缘户: 低收入, 收入骤减, 因残; {LABOUR}, 残疾人帮扶, 急难型临时救助, 保险扶贫; alerts 残联预警, 扶贫部门预警",
  **inc(5000, 8000), members=[m(411, health="disabled", disability_grade=2, labor="lost"), m(412, relation="spouse", age=43, labor="weak", employment="unstable")])
c("disaster loss 8000 recorded, no shocks entry, rigid spending 24000", f"边缘户: 支出骤增, 因灾; {LABOUR}, 灾害救助, 急难型临时救助, 保险扶贫; alert 扶贫部门预警",
  expenses__rigid_total=24000, losses__disaster=8000)
c("COVID-19: income 8000 → 5600 (−30%), under the line", f"边缘户: 低收入, 收入骤减, 因疫; {LABOUR}, 急难型临时救助 (no 保险扶贫: 因疫 is not in 四、(五)); alert 扶贫部门预警",
  shocks=["epidemic"], **inc(5600, 8000))
# far above the line: an alert is information to verify, not identification
c("50000 a head, self-paid medical cost 20000", "not monitored, not watched; alert 卫生健康预警", **inc(50000), expenses__rigid_total=23000, expenses__medical_out_of_pocket=20000)
c("50000 a head, a member with grade-1 disability", "not monitored, not watched; alert 残联预警", **inc(50000),
  members=[m(461), m(462, relation="spouse", age=43, labor="none", employment="not_applicable", health="disabled", disability_grade=1)])
c("50000 a head, disaster loss 15000", "not monitored, not watched; alert 应急管理预警", **inc(50000), losses__disaster=15000)
c("50000 → 35000 a head, no cause shown", "not monitored, not watched; alert 扶贫部门预警", **inc(35000, 50000))
c("50000 → 35000 a head, COVID-19", "not monitored, watched (收入骤减, 因疫: in the range, income not 略高于建档立卡贫困户); alert 扶贫部门预警", shocks=["epidemic"], **inc(35000, 50000))
c("脱贫户 50000 → 35000 a head, COVID-19", f"脱贫监测户: 收入骤减, 因疫; {LABOUR}; alert 扶贫部门预警", status="exited_no_policy", shocks=["epidemic"], **inc(35000, 50000))
# 五、(二) 及时返贫; 四、(三) 渐退 for 建档立卡 at 1.5×
c("脱贫户 3999.99: fallen back under the national standard", f"脱贫监测户: 低收入; {LABOUR}, 临时救助 (先行救助); 及时返贫 true", status="exited_with_policy", **inc(3999.99))
c("脱贫户 on 低保, 6390 (1.5 × 4260)", "not monitored; 低保渐退期 12 months", status="exited_no_policy", **inc(6390), welfare__dibao=True)
c("脱贫户 on 低保, 6390.01", "not monitored; no 渐退期", status="exited_no_policy", **inc(6390.01), welfare__dibao=True)

# Procedures (docs/policies/henan-2020.md lists the step ids). As of 2020-05-20.
CASES = [
    dict(id="hn-case-01", household_id="410122-ZM-0005", procedure="list_cleanup_2019",
         events=dict(cleanup_started="2020-04-25", village_screening="2020-04-28", township_review="2020-05-03",
                     county_decision="2020-05-07", system_entry="2020-05-10")),           # every step on time
    dict(id="hn-case-02", household_id="410122-ZM-0006", procedure="list_cleanup_2019",
         events=dict(cleanup_started="2020-04-25", village_screening="2020-05-06", township_review="2020-05-11")),  # late; the rest overdue
    dict(id="hn-case-03", household_id="410122-ZM-0031", procedure="list_cleanup_2019",
         events=dict(cleanup_started="2020-04-25")),                                      # nothing done: overdue
    dict(id="hn-case-04", household_id="410122-ZM-0002", procedure="adjustment_interval",
         events=dict(last_adjustment="2020-04-30", monthly_review="2020-05-19")),         # on time (due 2020-05-30)
    dict(id="hn-case-05", household_id="410122-ZM-0008", procedure="adjustment_interval",
         events=dict(last_adjustment="2020-04-10")),                                      # overdue (due 2020-05-10)
]
ZHENGZHOU_CASES = [
    dict(id="zz-case-01", household_id="410122-ZM-0002", procedure="new_objects_entry",
         events=dict(screening_started="2020-04-25", village_screening="2020-04-29", township_review="2020-05-06",
                     county_decision="2020-05-08", system_entry="2020-05-10")),           # on time
    dict(id="zz-case-02", household_id="410122-ZM-0022", procedure="new_objects_entry",
         events=dict(screening_started="2020-04-25", village_screening="2020-05-02", township_review="2020-05-08",
                     county_decision="2020-05-09", system_entry="2020-05-12")),           # entry late
    dict(id="zz-case-03", household_id="410122-ZM-0023", procedure="new_objects_entry",
         events=dict(screening_started="2020-04-25", village_screening="2020-05-07")),   # overdue from 2020-05-11
]


def write_cases(name, cases):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for x in cases:
            f.write(json.dumps(x, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    E.write()
    write_cases("cases.jsonl", CASES)
    write_cases("cases-zhengzhou.jsonl", ZHENGZHOU_CASES)
