#!/usr/bin/env python3
"""Writes the 烈山区 2022 example households (households.jsonl), the same households as the
system's CSV export (households.csv + members.csv, Chinese headers, UTF-8 with BOM), and
households-notes.md (what each household exercises), through Examples/common/examples.py (needs PyYAML):
    python3 Examples/lieshan-2022/make_examples.py
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from examples import Examples

E = Examples(os.path.dirname(os.path.abspath(__file__)), "340604-GR-",
    base=dict(province="安徽省", city="淮北市", county="烈山区", town="古饶镇", village="赵集村", grid="赵集-03",
              status="general", monitoring="none",
              income=dict(net_per_capita=9000, net_per_capita_prev=9200, stable=True, stable_months=12),
              expenses=dict(medical_out_of_pocket=800, rigid_total=2000),
              shocks=[],
              losses=dict(agricultural=0, disaster=0),
              guarantees=dict(housing="B", housing_relocated=False, water_safe=True, dropout_children=0, basic_needs_met=True),
              assets=dict(car=False, urban_house=False, company=False),
              welfare=dict(dibao=False, tekun=False, dibao_edge=False, spending_hardship=False),
              signals=dict(petition=False),
              applied_on="2022-05-06"),
    member_defaults=dict(relation="head", age=45, labor="full", health="healthy", disability_grade=0, schooling="none",
                         public_servant=False, hukou="rural", urban_dibao=False, employment="stable",
                         medical_insured=True, has_legal_supporter=True),
    title="烈山区 2022 example households (as of 2022-06-30)")
member = E.member

def case(note, expect, members=None, **changes):
    # Unless a case says otherwise, last year's income was the same as this year's (no sharp fall).
    if "income__net_per_capita" in changes and "income__net_per_capita_prev" not in changes:
        changes["income__net_per_capita_prev"] = changes["income__net_per_capita"]
    # Unless a case says otherwise: a head with full labour and a spouse in stable work (so that
    # 人社's 就业不充分 alert shows only where a case asks for it).
    if members is None:
        n = len(E.cases) + 1
        members = [member(n * 10 + 1), member(n * 10 + 2, relation="spouse", age=43, labor="weak", employment="stable")]
    E.case(note, expect, members, **changes)

# Expected: the stages apart — alerts (预警信息, to verify), identification (monitored), watch.
# Households 1–36 keep their ids (tests, goldens and cases.jsonl name them); new ones follow.
case("far above the line (9000 a head, 2000 rigid spending), no risk", "not monitored; no alert")
case("well under the line (5200) with labour", "monitored: 低收入; 产业帮扶, 就业帮扶", income__net_per_capita=5200, income__stable=False)
case("exactly 7000, no rigid spending: not under the line", "not monitored", income__net_per_capita=7000, expenses__rigid_total=0, expenses__medical_out_of_pocket=0)
case("6999: one yuan under, income unstable", "monitored: 低收入", income__net_per_capita=6999, income__stable=False)
case("6999.99, unstable", "monitored: 低收入", income__net_per_capita=6999.99, income__stable=False)
case("6800, stable, basic needs and 三保障 secured, no rigid spending: 收入略低 clause", "not monitored (excluded: 收入略低但稳定有保障); watched", income__net_per_capita=6800, expenses__rigid_total=0, expenses__medical_out_of_pocket=0)
case("50000 a head, medical self-paid exactly 20000: not over 2万", "not monitored; no alert", income__net_per_capita=50000, expenses__medical_out_of_pocket=20000, expenses__rigid_total=20000)
case("9000 a head (2 members), medical 20000.01: 医保 alert, and 收支 under the line", "alert 医保预警; monitored: 支出骤增, 因病; 医疗救助, 大病保险, 先行救助", expenses__medical_out_of_pocket=20000.01, expenses__rigid_total=20000.01)
case("medical 26500 with income 6420 (prev 9800): the cli.md example", "alerts 医保预警, 收入骤减预警; monitored: 低收入, 因病, 收入骤减; 先行救助, 医疗救助, 大病保险, 产业帮扶, 就业帮扶", income__net_per_capita=6420, income__net_per_capita_prev=9800, income__stable=False, expenses__medical_out_of_pocket=26500, expenses__rigid_total=31000)
case("agricultural loss exactly 10000 (达到1万元以上) at 9000 a head", "alert 产业损失预警; monitored: 支出骤增, 产业失败; 产业帮扶, 小额信贷", losses__agricultural=10000)
case("50000 a head, agricultural loss 9999.99", "not monitored; no alert", income__net_per_capita=50000, losses__agricultural=9999.99)
case("grade 1 disability, spouse a weak labourer: 缺少劳动力", "alert 残疾预警 (因残); not monitored (收支 and 三保障 fine)", members=[member(121, disability_grade=1, disability_kind="physical", labor="lost", health="disabled"), member(122, relation="spouse", labor="weak")])
case("grade 3 intellectual disability, the head a full labourer", "no alert (not 缺少劳动力); not monitored", members=[member(131), member(132, relation="child", age=16, disability_grade=3, disability_kind="intellectual", labor="none", schooling="none")])
case("grade 3 physical disability (not severe)", "not monitored; no alert", members=[member(141, disability_grade=3, disability_kind="physical", health="disabled", labor="weak"), member(142, relation="spouse", labor="weak")])
case("two disabled members (一户多残), both weak labourers", "alert 残疾预警; not monitored", members=[member(151, disability_grade=4, disability_kind="hearing", labor="weak"), member(152, relation="spouse", disability_grade=4, disability_kind="vision", labor="weak")])
case("old and disabled (老残一体), no full labourer", "alert 残疾预警; not monitored", members=[member(161, age=68, disability_grade=4, disability_kind="physical", labor="weak"), member(162, relation="spouse", age=66, labor="weak")])
case("house rated C at 8000", "alert 住房预警; monitored: 住房安全; 危房改造", guarantees__housing="C", income__net_per_capita=8000)
case("house rated D, income high (12000): can solve it itself", "alert 住房预警; not monitored (excluded: 收入较高可自行解决); watched", guarantees__housing="D", income__net_per_capita=12000)
case("unsafe drinking water at 8000", "alert 饮水预警; monitored: 饮水安全; 饮水安全工程", guarantees__water_safe=False, income__net_per_capita=8000)
case("a child out of compulsory school at 8000", "alert 教育预警; monitored: 义务教育; 控辍保学, 教育资助", guarantees__dropout_children=1, income__net_per_capita=8000)
case("unemployed labourer at 8000, 收支 at the line", "alert 就业预警 (就业不稳); not monitored", members=[member(211, employment="unemployed"), member(212, relation="spouse", labor="weak", employment="unstable")], income__net_per_capita=8000)
case("no labour at all, low income, dibao", "alert 低收入人口预警; monitored: 低收入; 低保", members=[member(221, age=78, labor="none", has_legal_supporter=True), member(222, relation="spouse", age=76, labor="lost")], income__net_per_capita=4800, income__stable=False, welfare__dibao=True, status="exited_with_policy")
case("特困: no labour, no legal supporter", "alert 低收入人口预警; monitored: 低收入; 低保, 特困供养", members=[member(231, age=82, labor="none", has_legal_supporter=False)], income__net_per_capita=3600, income__stable=False, expenses__rigid_total=600, welfare__tekun=True, status="poor")
case("all members urban hukou", "not monitored (excluded: 非农村户籍)", members=[member(241, hukou="urban"), member(242, relation="spouse", hukou="urban")], income__net_per_capita=5000)
case("head rural, spouse urban without urban dibao: counted as co-living", "monitored: 低收入 (co-living count 2)", members=[member(251), member(252, relation="spouse", hukou="urban", urban_dibao=False)], income__net_per_capita=5600, income__stable=False)
case("collective hukou member with urban dibao", "monitored: 低收入 (co-living count 1)", members=[member(261), member(262, relation="child", age=24, hukou="collective", urban_dibao=True)], income__net_per_capita=5600, income__stable=False)
case("monitored, income stably above the line for 6 months, no risk left", "not identified now, watched until marked; risk_eliminable true", monitoring="at_risk", monitoring_since="2021-08-10", income__net_per_capita=8200, income__stable_months=6)
case("monitored, stable only 5 months", "watched; risk_eliminable false (收入持续稳定不足6个月)", monitoring="at_risk", monitoring_since="2021-11-02", income__net_per_capita=8200, income__stable_months=5)
case("monitored, whole household without labour: not marked eliminated", "watched; risk_eliminable false (整户无劳动能力)", monitoring="at_risk", monitoring_since="2021-06-01", income__net_per_capita=8600, income__stable_months=14, members=[member(291, age=80, labor="none"), member(292, relation="spouse", age=79, labor="lost")])
case("risk already eliminated", "not monitored; watched (常态化监测预警排查中持续关注); risk_eliminable null", monitoring="risk_eliminated", income__net_per_capita=9400)
case("income missing", "undetermined: income.net_per_capita", income=dict(stable=False))
case("medical cost missing but income low: decided anyway", "monitored: 低收入 (medical unknown listed)", income__net_per_capita=5000, income__stable=False, expenses__medical_out_of_pocket=None)
case("rigid spending 20000 after an accident, at 8000 a head", "monitored: 支出骤增; 先行救助", expenses__rigid_total=20000, income__net_per_capita=8000, shocks=["accident"])
case("income fell 40% (收入骤减) to 7200, no rigid spending", "alert 收入骤减预警 (收入骤减); not monitored (7200 is above the line)", income__net_per_capita=7200, income__net_per_capita_prev=12000, expenses__rigid_total=0, expenses__medical_out_of_pocket=0)
case("poor household, 宋疃镇, several risks", "alerts 医保预警, 住房预警; monitored: 低收入, 因病, 住房安全; 先行救助, 医疗救助, 大病保险, 产业帮扶, 就业帮扶, 危房改造", status="poor", town="宋疃镇", village="任圩村", grid="任圩-01", income__net_per_capita=4300, income__stable=False, expenses__medical_out_of_pocket=31000, expenses__rigid_total=33000, guarantees__housing="D")
case("exited household in 烈山镇, far above the line", "not monitored", status="exited_no_policy", town="烈山镇", village="青龙山村", grid="青龙山-02", income__net_per_capita=15000)
# The stages apart: far above the line with one alert; alerted or watched but not identified.
case("50000 a head with self-paid medical 25000", "alert 医保预警 (因病); not monitored (收支 far above the line); not watched", income__net_per_capita=50000, expenses__medical_out_of_pocket=25000, expenses__rigid_total=26000)
case("50000 a head, house rated D", "alert 住房预警; not monitored (excluded: 收入较高可自行解决); watched", income__net_per_capita=50000, guarantees__housing="D")
case("50000 a head, agricultural loss 10000", "alert 产业损失预警 (产业失败); not monitored", income__net_per_capita=50000, losses__agricultural=10000)
case("grade 1 disability, no full labourer, income 5000", "alert 残疾预警; monitored: 低收入, 因残; 残疾人两项补贴, 产业帮扶, 就业帮扶", income__net_per_capita=5000, income__stable=False, members=[member(401, disability_grade=1, disability_kind="physical", labor="lost", health="disabled"), member(402, relation="spouse", labor="weak")])
case("a member without basic medical insurance, at 8000", "monitored: 基本医疗; 参保资助", income__net_per_capita=8000, members=[member(411), member(412, relation="spouse", labor="weak", medical_insured=False)])
case("低保边缘家庭 on 民政's list, at 9000", "alert 低收入人口预警; not monitored", welfare__dibao_edge=True)
case("信访: found in a petition case, income 6500 unstable", "alert 信访预警; monitored: 低收入; 产业帮扶, 就业帮扶", signals__petition=True, income__net_per_capita=6500, income__stable=False)
case("unemployed labourer, income 5500", "alert 就业预警; monitored: 低收入, 就业不稳; 产业帮扶, 就业帮扶, 公益性岗位", income__net_per_capita=5500, income__stable=False, members=[member(441, employment="unemployed"), member(442, relation="spouse", labor="weak")])
case("6800, stable, but rigid spending 3000: 收支 well under the line", "monitored: 低收入 (not 收入略低)", income__net_per_capita=6800, expenses__rigid_total=3000)
case("risk eliminated, the whole family away (长期外出)", "not monitored; watched; quarterly contact (away_contact)", monitoring="risk_eliminated", monitoring_since="2021-10-01", income__net_per_capita=12000, members=[member(461, lives_in_village=False), member(462, relation="spouse", labor="weak", lives_in_village=False)])

if __name__ == "__main__":
    E.write()
