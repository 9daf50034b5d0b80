#!/usr/bin/env python3
"""Example households for 宁夏 2020 (宁开办发〔2020〕8号), as of 2020-06-30:
python3 Examples/ningxia-2020/make_examples.py (writes households.jsonl, households.csv, members.csv,
households-notes.md; cases.jsonl is written by hand)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from examples import Examples

E = Examples(os.path.dirname(os.path.abspath(__file__)), "640422-XJ-",
    base=dict(province="宁夏回族自治区", city="固原市", county="西吉县", town="吉强镇", village="龙王坝村", grid="龙王坝-01",
              status="exited_with_policy", monitoring="none", shocks=[], motivation_low=False,
              income=dict(net_per_capita=7000, net_per_capita_prev=7000, stable=True),
              expenses=dict(medical_out_of_pocket=0, medical_noncompliant=0, education=0, education_private=0),
              guarantees=dict(housing="B", housing_relocated=False, water_safe=True, dropout_children=0, basic_needs_met=True),
              assets=dict(car=False, large_vehicle=False, urban_house=False, company=False),
              integrity=dict(false_report=False, concealed_assets=False, unlawful_harm=False)),
    member_defaults=dict(relation="head", age=45, labor="full", health="healthy", disability_grade=0, schooling="none",
                         student_aid=False, public_servant=False, hukou="rural", lives_in_village=True,
                         employment="stable", has_legal_supporter=True),
    title="宁夏 2020 example households")
c, m = E.case, E.member
low = dict(income__net_per_capita=4500, income__net_per_capita_prev=4500)

c("脱贫户 above the reference line", "not monitored")
c("脱贫户 4999.99 with a serious illness", "脱贫不稳定人口: 低收入, 因病; 健康扶贫", income__net_per_capita=4999.99,
  members=[m(21, health="serious_illness"), m(22, relation="spouse", age=43)])
c("脱贫户 exactly 5000 with a serious illness", "not monitored (not under 5000)", income__net_per_capita=5000,
  members=[m(31, health="serious_illness"), m(32, relation="spouse", age=43)])
c("脱贫户 4500, low drive and unstable work", "脱贫不稳定人口: 内生动力不足", motivation_low=True, **low,
  members=[m(41, employment="unstable"), m(42, relation="spouse")])
c("脱贫户 4500, business failed", "脱贫不稳定人口: 产业失败", shocks=["business_failure"], **low)
c("脱贫户 4500, flood", "脱贫不稳定人口: 因灾; 扶贫保理赔", shocks=["disaster"], **low)
c("脱贫户 4500, COVID-19", "脱贫不稳定人口: 因意外; 疫情生产自救奖补", shocks=["epidemic"], **low)
c("脱贫户 4500, main labourer (55) disabled", "脱贫不稳定人口: 因残", **low,
  members=[m(81, age=55, disability_grade=2, labor="weak"), m(82, relation="spouse")])
c("脱贫户 4500, no listed risk", "not monitored (低收入 only)", **low)
c("一般农户 4500, chronic illness, 合规自费 12000", "边缘易致贫人口: 因病; 大病保险救助, 民政救助, 低保", status="general", **low,
  expenses__medical_out_of_pocket=12000, members=[m(101, health="chronic"), m(102, relation="spouse")])
c("一般农户 4500, chronic illness, 合规自费 10000 exactly", "not monitored", status="general", **low,
  expenses__medical_out_of_pocket=10000, members=[m(111, health="chronic"), m(112, relation="spouse")])
c("一般农户 4500, out-of-list drugs 40000, 合规 3000", "not monitored (不合规 costs do not count)", status="general", **low,
  expenses__medical_out_of_pocket=3000, expenses__medical_noncompliant=40000, members=[m(121, health="chronic"), m(122, relation="spouse")])
c("一般农户 4600, two college students, one without aid", "边缘易致贫人口: 因学; 助学帮扶", status="general",
  income__net_per_capita=4600, income__net_per_capita_prev=4600, expenses__education=6000,
  members=[m(131), m(132, relation="child", age=20, schooling="college"), m(133, relation="child", age=19, schooling="college", student_aid=True)])
c("一般农户 4500, accident", "边缘易致贫人口: 因意外; 扶贫保理赔", status="general", shocks=["accident"], **low)
c("一般农户 4500, main labourer disabled, unstable work", "边缘易致贫人口: 因残", status="general", **low,
  members=[m(151, age=48, disability_grade=3, labor="weak", employment="unstable"), m(152, relation="spouse")])
c("一般农户 4500 with a public servant", "excluded: 有财政供养人员", status="general", shocks=["accident"], **low,
  members=[m(161), m(162, relation="spouse", public_servant=True)])
c("5-member household, low-paid public servant: exception ①", "边缘易致贫人口 (exception)", status="general", shocks=["accident"], **low,
  members=[m(171), m(172, relation="spouse", public_servant=True, public_servant_income_low=True), m(173, relation="child", age=20),
           m(174, relation="parent", age=75, labor="none"), m(175, relation="grandchild", age=3, labor="none")])
c("car registered and owned", "excluded: 有车辆或大型农机", status="general", shocks=["accident"], assets__car=True, assets__car_actually_owned=True, **low)
c("car registered but not owned, water unsafe: exception ② and 负面清单现象", "边缘易致贫人口: 负面清单现象, 饮水安全", status="general",
  assets__car=True, assets__car_actually_owned=False, guarantees__water_safe=False, **low)
c("urban flat owned", "excluded: 有城镇商品房或营业房", status="general", shocks=["accident"], assets__urban_house=True, assets__urban_house_actually_owned=True, **low)
c("urban flat registered but not owned", "边缘易致贫人口 (exception ③)", status="general", shocks=["accident"], assets__urban_house=True, assets__urban_house_actually_owned=False, **low)
c("company with real business", "excluded: 经营公司", status="general", shocks=["accident"], assets__company=True, assets__company_active=True, **low)
c("company without real business", "边缘易致贫人口 (exception ④)", status="general", shocks=["accident"], assets__company=True, assets__company_active=False, **low)
c("urban-hukou member living elsewhere", "excluded: 有非农户籍成员", status="general", shocks=["accident"], **low,
  members=[m(241), m(242, relation="spouse", hukou="urban", lives_in_village=False)])
c("urban-hukou member living in the village", "边缘易致贫人口 (exception ⑤)", status="general", shocks=["accident"], **low,
  members=[m(251), m(252, relation="spouse", hukou="urban", lives_in_village=True)])
c("D house", "边缘易致贫人口; 危房改造", status="general", shocks=["accident"], guarantees__housing="D", **low)
c("D house already relocated", "no 危房改造 (不予帮扶)", status="general", shocks=["accident"], guarantees__housing="D", guarantees__housing_relocated=True, **low)
c("false report of spending", "monitored, no measure (不予帮扶)", status="general", shocks=["accident"], integrity__false_report=True, **low)
c("elderly couple living alone, no labour", "脱贫不稳定人口: 因病; 三方赡养协议, 低保, 养老金, 高龄补贴", **low,
  members=[m(291, age=82, labor="lost", health="serious_illness"), m(292, relation="spouse", age=79, labor="none")])
c("脱贫户 in 兴隆镇, several risks", "脱贫不稳定人口: 因病, 因灾", town="兴隆镇", village="单家集村", grid="单家集-02",
  shocks=["disaster"], **low, members=[m(301, health="serious_illness"), m(302, relation="spouse")])
c("income unknown, no listed risk", "not monitored: with no listed risk the missing income cannot matter (three-valued logic)", income__net_per_capita=None)
c("income unknown, serious illness", "undetermined (income.net_per_capita)", income__net_per_capita=None, members=[m(321, health="serious_illness"), m(322, relation="spouse")])

if __name__ == "__main__":
    E.write()
