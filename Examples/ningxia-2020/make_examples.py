#!/usr/bin/env python3
"""Example households for 宁夏 2020 (宁开办发〔2020〕8号), as of 2020-06-30. Run:
python3 Examples/ningxia-2020/make_examples.py — writes households.jsonl, households.csv +
members.csv (the national system's export, Chinese headers), households-notes.md and cases.jsonl.

Every category, every exclusion of the negative list and each of its five exceptions, every
不予帮扶 case, every alert and every measure appears at least once, with households just under, on
and just over each threshold — and the stages apart: households alerted but not identified,
watched but not identified, and far above the line with one alert. Household ids are numbered in
order: new households go at the end, so the ids the docs and cases.jsonl name stay put."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "common"))
from examples import Examples, id_number, fifteen, full_width

E = Examples(HERE, "640422-XJ-",
    base=dict(province="宁夏回族自治区", city="固原市", county="西吉县", town="吉强镇", village="龙王坝村", grid="龙王坝-01",
              status="exited_with_policy", monitoring="none", shocks=[], motivation_low=False,
              income=dict(net_per_capita=7000, net_per_capita_prev=7000, stable=True),
              expenses=dict(medical_out_of_pocket=0, medical_noncompliant=0, education=0, education_private=0),
              guarantees=dict(housing="B", housing_relocated=False, water_safe=True, dropout_children=0, basic_needs_met=True),
              assets=dict(car=False, large_vehicle=False, urban_house=False, company=False),
              integrity=dict(false_report=False, concealed_assets=False, unlawful_harm=False)),
    member_defaults=dict(relation="head", age=45, labor="full", health="healthy", disability_grade=0, schooling="none",
                         student_aid=False, public_servant=False, hukou="rural", lives_in_village=True,
                         employment="stable", has_legal_supporter=True, medical_insured=True),
    title="宁夏 2020 example households", id_region="640422")
c, m = E.case, E.member
low = dict(income__net_per_capita=4500, income__net_per_capita_prev=4500)
edge = dict(status="general", **low)
watched = dict(monitoring="at_risk", monitoring_since="2020-05-06")   # for `timeline --records`
WORK = "产业帮扶, 就业帮扶, 公益性岗位"

# 三、(一) 脱贫不稳定人口
c("脱贫户 above the reference line", "not monitored")
c("脱贫户 4999.99, serious illness", f"脱贫不稳定人口: 低收入, 因病; {WORK}, 健康扶贫, 财政扶贫资金特惠帮扶", income__net_per_capita=4999.99,
  members=[m(21, health="serious_illness"), m(22, relation="spouse", age=43)], **watched)
c("脱贫户 exactly 5000, serious illness", "not monitored (not under 5000)", income__net_per_capita=5000,
  members=[m(31, health="serious_illness"), m(32, relation="spouse", age=43)])
c("脱贫户 5000.01, serious illness", "not monitored", income__net_per_capita=5000.01,
  members=[m(41, health="serious_illness"), m(42, relation="spouse", age=43)])
c("脱贫户 4500, low drive and unstable work", f"脱贫不稳定人口: 内生动力不足; {WORK}, 特惠", motivation_low=True, **low,
  members=[m(51, employment="unstable"), m(52, relation="spouse")])
c("脱贫户 4500, low drive but stable work", "not monitored (① needs both)", motivation_low=True, **low,
  members=[m(61), m(62, relation="spouse")])
c("脱贫户 4500, business failed", f"脱贫不稳定人口: 产业失败; {WORK}, 特惠", shocks=["business_failure"], **low)
c("脱贫户 4500, flood", f"脱贫不稳定人口: 因灾; {WORK}, 扶贫保理赔, 民政救助, 特惠", shocks=["disaster"], **low)
c("脱贫户 4500, COVID-19", f"脱贫不稳定人口: 因疫; {WORK}, 疫情生产自救奖补, 民政救助, 特惠", shocks=["epidemic"], **low, **watched)
c("脱贫户 4500, main labourer (60) disabled", f"脱贫不稳定人口: 因残; {WORK}, 特惠", **low,
  members=[m(101, age=60, disability_grade=2, labor="weak"), m(102, relation="spouse")])
c("脱贫户 4500, disabled member aged 61", "not monitored (not of working age)", **low,
  members=[m(111, age=61, disability_grade=2, labor="weak"), m(112, relation="spouse")])
c("脱贫户 4500, no listed risk", "not monitored (低收入 only); watched (in the 重点排查 range)", **low)
# 三、(二) 边缘易致贫人口
c("一般农户 4500, chronic illness, 合规自费 10000.01", f"边缘易致贫人口: 因病; {WORK}, 行业普惠政策倾斜 (chronic, not 突发重大疾病: no 大病保险救助, see -0048)", **edge,
  expenses__medical_out_of_pocket=10000.01, members=[m(131, health="chronic"), m(132, relation="spouse")], **watched)
c("一般农户 4500, chronic illness, 合规自费 10000 exactly", "not monitored", **edge,
  expenses__medical_out_of_pocket=10000, members=[m(141, health="chronic"), m(142, relation="spouse")])
c("一般农户 4500, out-of-list drugs 40000, 合规 3000", "not monitored (不合规 costs do not count, 五、(八))", **edge,
  expenses__medical_out_of_pocket=3000, expenses__medical_noncompliant=40000, members=[m(151, health="chronic"), m(152, relation="spouse")])
c("一般农户 4600, two college students, one without aid", f"边缘易致贫人口: 因学; {WORK}, 助学帮扶, 普惠倾斜", status="general",
  income__net_per_capita=4600, income__net_per_capita_prev=4600, expenses__education=6000,
  members=[m(161), m(162, relation="child", age=20, schooling="college"), m(163, relation="child", age=19, schooling="college", student_aid=True)])
c("一般农户 4600, two college students both aided, costs 10000, tutoring 30000", "not monitored (10000 is not more; tutoring never counts)", status="general",
  income__net_per_capita=4600, income__net_per_capita_prev=4600, expenses__education=10000, expenses__education_private=30000,
  members=[m(171), m(172, relation="child", age=20, schooling="college", student_aid=True), m(173, relation="child", age=19, schooling="college", student_aid=True)])
c("一般农户 4500, accident", f"边缘易致贫人口: 因意外; {WORK}, 扶贫保理赔, 民政救助, 普惠倾斜", shocks=["accident"], **edge)
c("一般农户 4500, main labourer disabled, unstable work", f"边缘易致贫人口: 因残; {WORK}, 普惠倾斜", **edge,
  members=[m(191, age=48, disability_grade=3, labor="weak", employment="unstable"), m(192, relation="spouse")])
c("一般农户 4999.99, child out of compulsory school, accident", f"边缘易致贫人口: 因意外; {WORK}, 控辍保学, …; alert 义务教育预警", status="general",
  income__net_per_capita=4999.99, income__net_per_capita_prev=4999.99, shocks=["accident"], guarantees__dropout_children=1)
c("未脱贫户 4000, accident", "not monitored (already 建档立卡: neither group)", status="poor", shocks=["accident"], **low)
# 三、(二) negative list and its five exceptions
c("一般农户 4500 with a well-paid public servant", "excluded: 有财政供养人员", shocks=["accident"], **edge,
  members=[m(221), m(222, relation="spouse", public_servant=True, public_servant_income_low=False)])
c("5 members, low-paid public servant: exception ①", "边缘易致贫人口 (exception 成员较多且财政供养收入不高)", shocks=["accident"], **edge,
  members=[m(231), m(232, relation="spouse", public_servant=True, public_servant_income_low=True), m(233, relation="child", age=20),
           m(234, relation="parent", age=75, labor="none"), m(235, relation="grandchild", age=3, labor="none")])
c("4 members, low-paid public servant", "excluded: 有财政供养人员 (not 较多)", shocks=["accident"], **edge,
  members=[m(241), m(242, relation="spouse", public_servant=True, public_servant_income_low=True), m(243, relation="child", age=20),
           m(244, relation="parent", age=75, labor="none")])
c("car registered and owned", "excluded: 有车辆或大型农机", shocks=["accident"], assets__car=True, assets__car_actually_owned=True, **edge)
c("farm machine registered but not owned, water unsafe", "not monitored: exception ② applies, but water is not one of 三保障 (no ⑤); alert 饮水安全预警; watched (alerted, not identified)", **edge,
  assets__large_vehicle=True, assets__car_actually_owned=False, guarantees__water_safe=False)
c("car registered but not owned, 三保障 fine, no other risk", "not monitored (exception ② applies, but no risk)", **edge,
  assets__car=True, assets__car_actually_owned=False)
c("urban flat owned", "excluded: 有城镇商品房或营业房", shocks=["accident"], assets__urban_house=True, assets__urban_house_actually_owned=True, **edge)
c("urban flat registered but not owned", "边缘易致贫人口 (exception ③)", shocks=["accident"], assets__urban_house=True, assets__urban_house_actually_owned=False, **edge)
c("company with real business", "excluded: 经营公司", shocks=["accident"], assets__company=True, assets__company_active=True, **edge)
c("company without real business", "边缘易致贫人口 (exception ④)", shocks=["accident"], assets__company=True, assets__company_active=False, **edge)
c("urban-hukou member living elsewhere", "excluded: 有非农户籍成员", shocks=["accident"], **edge,
  members=[m(311), m(312, relation="spouse", hukou="urban", lives_in_village=False)])
c("urban-hukou member living in the village", "边缘易致贫人口 (exception ⑤)", shocks=["accident"], **edge,
  members=[m(321), m(322, relation="spouse", hukou="urban", lives_in_village=True)])
# 五、(五)(八) housing and 不予帮扶
c("D house", f"边缘易致贫人口: 因意外; {WORK}, 危房改造, …; alert 住房安全预警", shocks=["accident"], guarantees__housing="D", **edge)
c("D house already relocated", "边缘易致贫人口: 因意外; no alert, no 危房改造 (不予帮扶)", shocks=["accident"], guarantees__housing="D", guarantees__housing_relocated=True, **edge)
c("false report of spending", "边缘易致贫人口, no measure (不予帮扶)", shocks=["accident"], integrity__false_report=True, **edge)
c("concealed property", "脱贫不稳定人口, no measure (不予帮扶)", shocks=["disaster"], integrity__concealed_assets=True, **low)
c("harm from a member's unlawful act", "边缘易致贫人口, no measure (不予帮扶)", shocks=["accident"], integrity__unlawful_harm=True, **edge)
# 五、(三)(四) no labour, old people
c("elderly couple (82, 79) living alone, no labour, serious illness, nobody disabled", "脱贫不稳定人口: 因病; 低保, 养老金, 民政救助, 高龄补贴, 三方赡养协议, 健康扶贫, 特惠; no 残疾人补助 (nobody disabled), no 五保金 (has supporters); 待核实增收政策 抚恤金, 退耕还林补偿", **low,
  members=[m(381, age=82, labor="lost", health="serious_illness"), m(382, relation="spouse", age=79, labor="none")])
c("elderly couple (79, 75), no labour, serious illness", "脱贫不稳定人口: 因病; no 高龄补贴 (nobody 80), no 残疾人补助", **low,
  members=[m(391, age=79, labor="lost", health="serious_illness"), m(392, relation="spouse", age=75, labor="none")])
# another town; unknowns
c("脱贫户 in 兴隆镇, several risks", f"脱贫不稳定人口: 因病, 因灾; {WORK}, 健康扶贫, 扶贫保理赔, 民政救助, 特惠", town="兴隆镇", village="单家集村", grid="单家集-02",
  shocks=["disaster"], **low, members=[m(401, health="serious_illness"), m(402, relation="spouse")])
c("income unknown, no listed risk", "not monitored: with no listed risk the missing income cannot matter; watch unknown (in range?)", income__net_per_capita=None)
c("income unknown, serious illness", "undetermined (income.net_per_capita)", income__net_per_capita=None,
  members=[m(421, health="serious_illness"), m(422, relation="spouse")])

# Added for issue #16 (the stages apart; the findings). As of 2020-06-30.
c("一般农户 4500, D house, no listed risk", "not monitored (a 三保障 alert is information to verify, not a criterion); alert 住房安全预警; watched", **edge,
  guarantees__housing="D")
c("一般农户 50000 a head, D house", "not monitored, not watched (far above the line); alert 住房安全预警 only", status="general",
  income__net_per_capita=50000, income__net_per_capita_prev=50000, guarantees__housing="D")
c("脱贫户 50000 a head, serious illness", "not monitored, not watched (not under 5000)", income__net_per_capita=50000, income__net_per_capita_prev=50000,
  members=[m(461, health="serious_illness"), m(462, relation="spouse", age=43)])
c("farm machine registered but not owned, a member without basic medical insurance: exception ② and ⑤", f"边缘易致贫人口: 负面清单现象; {WORK}, 普惠倾斜; alert 基本医疗预警", **edge,
  assets__large_vehicle=True, assets__car_actually_owned=False, members=[m(471), m(472, relation="spouse", medical_insured=False)])
c("一般农户 4500, serious illness, 合规自费 20000", f"边缘易致贫人口: 因病; {WORK}, 大病保险救助, 民政救助, 低保, 普惠倾斜", **edge,
  expenses__medical_out_of_pocket=20000, members=[m(481, health="serious_illness"), m(482, relation="spouse")])
c("脱贫户 4500, COVID-19, 两不愁 not secured", f"脱贫不稳定人口: 因疫; {WORK}, 疫情生产自救奖补, 疫情基本生活帮扶, 特惠", shocks=["epidemic"], guarantees__basic_needs_met=False, **low)
c("脱贫户 4500, man of 80 alone, no labour, no legal supporter, serious illness", "脱贫不稳定人口: 因病; 低保, 五保金, 养老金, 民政救助, 高龄补贴, 健康扶贫, 特惠; no 三方赡养协议 (no supporter)", **low,
  members=[m(501, age=80, labor="none", health="serious_illness", has_legal_supporter=False)])
c("脱贫户 4500, no labour, main labourer (55) disabled grade 1", "脱贫不稳定人口: 因残; 低保, 残疾人补助, 民政救助, 特惠; no 养老金 (nobody 60)", **low,
  members=[m(511, age=55, labor="lost", health="disabled", disability_grade=1), m(512, relation="spouse", age=52, labor="none", health="chronic")])
c("一般农户 4500, accident, water unsafe", f"边缘易致贫人口: 因意外; {WORK}, 饮水安全保障, 扶贫保理赔, 民政救助, 普惠倾斜; alert 饮水安全预警", shocks=["accident"], guarantees__water_safe=False, **edge)
c("脱贫户 in 兴庆区 (not a 贫困县), accident", f"脱贫不稳定人口: 因意外; {WORK}, 扶贫保理赔, 民政救助, 特惠; no 上旬 county meeting duty", city="银川市", county="兴庆区", town="掌政镇", village="掌政村", grid="掌政-01",
  shocks=["accident"], **low, **watched)

# Procedures (docs/policies/ningxia-2020.md lists the step ids). As of 2020-07-01.
CASES = [
    dict(id="nx-case-01", household_id="640422-XJ-0002", procedure="monthly_warning",
         events=dict(monthly_list="2020-06-01", township_recheck="2020-06-04")),      # 3rd working day: on time
    dict(id="nx-case-02", household_id="640422-XJ-0013", procedure="monthly_warning",
         events=dict(monthly_list="2020-06-23", township_recheck="2020-06-30")),      # 端午: due 06-29, late
    dict(id="nx-case-03", household_id="640422-XJ-0016", procedure="monthly_warning",
         events=dict(monthly_list="2020-06-24")),                                     # due 06-30: overdue on 07-01
    dict(id="nx-case-04", household_id="640422-XJ-0018", procedure="monthly_warning",
         events=dict(monthly_list="2020-06-30")),                                     # due 07-03: pending
    dict(id="nx-case-05", household_id="640422-XJ-0002", procedure="county_monthly",
         events=dict(month_start="2020-06-01", township_report="2020-06-08")),     # on time
    dict(id="nx-case-06", household_id="640422-XJ-0013", procedure="poverty_county_monthly",
         events=dict(month_start="2020-06-01", county_meeting="2020-06-12")),      # 西吉县 (贫困县): meeting late
    dict(id="nx-case-07", household_id="640422-XJ-0009", procedure="village_screening_interval",
         events=dict(last_screening="2020-05-15", village_screening="2020-06-12")),  # on time
    dict(id="nx-case-08", household_id="640422-XJ-0009", procedure="system_entry_interval",
         events=dict(last_entry="2020-04-30")),                                       # due 06-30: overdue on 07-01
    dict(id="nx-case-09", household_id="640422-XJ-0002", procedure="poverty_county_monthly",
         events=dict(month_start="2020-06-01", county_meeting="2020-06-10")),      # 西吉县 (贫困县): on time
]


def by_note(prefix, k=0):
    """The k-th member's ID number of the household whose note starts with `prefix`."""
    return next(h for h, note, _ in E.cases if note.startswith(prefix))["members"][k]["id"]


def lists():
    """The departments' records the negative list is checked against (身份证号 as key), in the forms
    they come in, with rows matching no household. A registration the visit found not really the
    family's stays an exception; one the visit has not looked at leaves the household undetermined."""
    E.write_list("vehicles.csv", ["身份证号", "姓名", "号牌号码", "车辆类型"], [
        [by_note("car registered but not owned"), "马某", "宁D12345", "小型轿车"],      # exception ②: still not excluded
        [fifteen(by_note("一般农户 4500, accident")), "杨某", "宁D23456", "小型轿车"],   # not yet visited: undetermined
        [id_number("640422", 1968, 4, 4, 901), "丁某", "宁D99999", "重型货车"],          # no household
    ])
    E.write_list("public_servants.csv", ["身份证号", "姓名", "工作单位"], [
        [by_note("一般农户 4999.99, child out of compulsory school"), "海某", "西吉县吉强镇人民政府"],   # excluded
        [id_number("640422", 1972, 8, 8, 902), "田某", "西吉县教育局"],
    ])
    E.write_list("companies.csv", ["身份证号", "姓名", "企业名称", "登记身份"], [
        [full_width(by_note("company without real business")), "李某", "西吉县某某养殖有限公司", "法定代表人"],  # exception ④
        [id_number("640422", 1980, 1, 15, 903).lower(), "王某", "固原某某商贸有限公司", "股东"],
    ])
    E.write_list("real_estate.csv", ["身份证号", "姓名", "房屋坐落", "建筑面积"], [
        [by_note("urban flat registered but not owned"), "苏某", "固原市原州区某小区", "89.5"],             # exception ③
        [id_number("640422", 1966, 6, 16, 904), "白某", "银川市兴庆区某小区", "102"],
    ])


if __name__ == "__main__":
    E.write()
    lists()
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for x in CASES:
            f.write(json.dumps(x, ensure_ascii=False, separators=(",", ":")) + "\n")
