#!/usr/bin/env python3
"""Writes the 烈山区 2022 example households (households.jsonl), the same households as the
system's CSV export (households.csv + members.csv, Chinese headers, UTF-8 with BOM), and
households-notes.md (what each household exercises), through Examples/common/examples.py (needs PyYAML):
    python3 Examples/lieshan-2022/make_examples.py
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from examples import Examples, id_number, fifteen, full_width

E = Examples(os.path.dirname(os.path.abspath(__file__)), "340604-GR-",
    base=dict(province="安徽省", city="淮北市", county="烈山区", town="古饶镇", village="赵集村", grid="赵集-03",
              status="general", monitoring="none",
              income=dict(net_per_capita=9000, net_per_capita_prev=9200, stable=True, stable_months=12),
              expenses=dict(medical_out_of_pocket=1200, rigid_total=5000),
              losses=dict(agricultural=0, disaster=0),
              guarantees=dict(housing="B", housing_relocated=False, water_safe=True, dropout_children=0, basic_needs_met=True),
              assets=dict(car=False, urban_house=False, company=False),
              welfare=dict(dibao=False, tekun=False),
              applied_on="2022-05-06"),
    member_defaults=dict(relation="head", age=45, labor="full", health="healthy", disability_grade=0, schooling="none",
                         public_servant=False, hukou="rural", urban_dibao=False, employment="stable",
                         medical_insured=True, has_legal_supporter=True),
    title="烈山区 2022 example households (as of 2022-06-30)")
member = E.member
# The one member given a real-looking ID number, so the departments' example lists can name him.
SON = id_number("340604", 2000, 3, 8, 363)

def case(note, expect, members=None, **changes):
    # Unless a case says otherwise, last year's income was the same as this year's (no sharp fall).
    if "income__net_per_capita" in changes and "income__net_per_capita_prev" not in changes:
        changes["income__net_per_capita_prev"] = changes["income__net_per_capita"]
    E.case(note, expect, members, **changes)

case("far above the line, no risk", "not monitored")
case("well under the line (5200) with labour", "monitored: 低收入; 产业帮扶, 就业帮扶", income__net_per_capita=5200, income__stable=False)
case("exactly 7000: not under the line", "not monitored", income__net_per_capita=7000)
case("6999: one yuan under, income unstable", "monitored: 低收入", income__net_per_capita=6999, income__stable=False)
case("6999.99, unstable", "monitored: 低收入", income__net_per_capita=6999.99, income__stable=False)
case("6800, stable, basic needs and 三保障 secured: 收入略低 clause", "not monitored (excluded: 收入略低但稳定有保障)", income__net_per_capita=6800)
case("medical self-paid exactly 20000: not over", "not monitored", expenses__medical_out_of_pocket=20000)
case("medical 20000.01", "monitored: 因病; 医疗救助, 大病保险", expenses__medical_out_of_pocket=20000.01)
case("medical 26500 with income 6420 (prev 9800): the cli.md example", "monitored: 低收入, 因病, 收入骤减", income__net_per_capita=6420, income__net_per_capita_prev=9800, income__stable=False, expenses__medical_out_of_pocket=26500, expenses__rigid_total=31000)
case("agricultural loss exactly 10000 (达到1万元以上)", "monitored: 产业失败", losses__agricultural=10000)
case("agricultural loss 9999.99", "not monitored", losses__agricultural=9999.99)
case("grade 1 disability", "monitored: 因残", members=[member(121, disability_grade=1, disability_kind="physical", labor="lost", health="disabled"), member(122, relation="spouse")])
case("grade 3 intellectual disability", "monitored: 因残", members=[member(131), member(132, relation="child", age=16, disability_grade=3, disability_kind="intellectual", labor="none", schooling="none")])
case("grade 3 physical disability (not severe)", "not monitored", members=[member(141, disability_grade=3, disability_kind="physical", health="disabled"), member(142, relation="spouse")])
case("two disabled members (一户多残)", "monitored: 因残", members=[member(151, disability_grade=4, disability_kind="hearing"), member(152, relation="spouse", disability_grade=4, disability_kind="vision")])
case("old and disabled (老残一体)", "monitored: 因残", members=[member(161, age=68, disability_grade=4, disability_kind="physical", labor="weak"), member(162, relation="spouse", age=66, labor="weak")])
case("house rated C", "monitored: 住房安全; 危房改造", guarantees__housing="C", income__net_per_capita=8000)
case("house rated D, income high (12000): can solve it itself", "not monitored (excluded: 收入较高可自行解决)", guarantees__housing="D", income__net_per_capita=12000)
case("unsafe drinking water", "monitored: 饮水安全", guarantees__water_safe=False, income__net_per_capita=8000)
case("a child out of compulsory school", "monitored: 义务教育", guarantees__dropout_children=1, income__net_per_capita=8000)
case("unemployed labourer", "monitored: 就业不稳", members=[member(211, employment="unemployed"), member(212, relation="spouse", labor="weak", employment="unstable")], income__net_per_capita=8000)
case("no labour at all, low income, dibao", "monitored: 低收入; 低保", members=[member(221, age=78, labor="none", has_legal_supporter=True), member(222, relation="spouse", age=76, labor="lost")], income__net_per_capita=4800, income__stable=False, welfare__dibao=True, status="exited_with_policy")
case("特困: no labour, no legal supporter", "monitored: 低收入; 低保, 特困供养", members=[member(231, age=82, labor="none", has_legal_supporter=False)], income__net_per_capita=3600, income__stable=False, welfare__tekun=True, status="poor")
case("all members urban hukou", "not monitored (excluded: 非农村户籍)", members=[member(241, hukou="urban"), member(242, relation="spouse", hukou="urban")], income__net_per_capita=5000)
case("head rural, spouse urban without urban dibao: counted as co-living", "monitored: 低收入", members=[member(251), member(252, relation="spouse", hukou="urban", urban_dibao=False)], income__net_per_capita=5600, income__stable=False)
case("collective hukou member with urban dibao", "monitored: 低收入 (co-living count 1)", members=[member(261), member(262, relation="child", age=24, hukou="collective", urban_dibao=True)], income__net_per_capita=5600, income__stable=False)
case("monitored, income stably above the line for 6 months, no risk left", "not monitored now; risk_eliminable true", monitoring="at_risk", monitoring_since="2021-08-10", income__net_per_capita=8200, income__stable_months=6)
case("monitored, stable only 5 months", "risk_eliminable false", monitoring="at_risk", monitoring_since="2021-11-02", income__net_per_capita=8200, income__stable_months=5)
case("monitored, whole household without labour: not marked eliminated", "risk_eliminable false", monitoring="at_risk", monitoring_since="2021-06-01", income__net_per_capita=8600, income__stable_months=14, members=[member(291, age=80, labor="none"), member(292, relation="spouse", age=79, labor="lost")])
case("risk already eliminated", "not monitored; risk_eliminable null", monitoring="risk_eliminated", income__net_per_capita=9400)
case("income missing", "undetermined: income.net_per_capita", income=dict(stable=False))
case("medical cost missing but income low: decided anyway", "monitored: 低收入 (medical unknown listed)", income__net_per_capita=5000, income__stable=False, expenses__medical_out_of_pocket=None)
case("rigid spending above yearly income (支出骤增)", "monitored: 支出骤增; 临时救助", expenses__rigid_total=20000, income__net_per_capita=8000)
case("income fell 40% (收入骤减) to 7200", "monitored: 收入骤减; 临时救助", income__net_per_capita=7200, income__net_per_capita_prev=12000)
case("poor household, 宋疃镇, several risks", "monitored: 低收入, 因病, 住房安全", status="poor", town="宋疃镇", village="任圩村", grid="任圩-01", income__net_per_capita=4300, income__stable=False, expenses__medical_out_of_pocket=31000, guarantees__housing="D")
case("exited household in 烈山镇, far above the line, a son out of work (人社 pushes him)", "not monitored; alert 人社推送 (alerted, not identified)", status="exited_no_policy", town="烈山镇", village="青龙山村", grid="青龙山-02", income__net_per_capita=15000,
     members=[member(361), member(362, relation="spouse", age=43, labor="weak", employment="unstable"), member(363, relation="child", age=22, employment="unemployed", id=SON)])


def lists():
    """Example department pushes (四、(二)), keyed on 身份证号: one names the unemployed son above (in
    full-width digits), the other rows name people outside these examples."""
    E.write_list("unemployed.csv", ["身份证号", "姓名", "登记日期"], [
        [full_width(SON), "刘某", "2022-05-10"],
        [id_number("340604", 1985, 9, 9, 901), "陈某", "2022-05-12"],
    ])
    E.write_list("medical.csv", ["身份证号", "姓名", "自付费用"], [
        [fifteen(id_number("340604", 1958, 2, 2, 902)), "张某", "26500"],
        [id_number("340604", 1962, 12, 12, 903).lower(), "王某", "21000"],
    ])
    E.write_list("agriculture.csv", ["身份证号", "姓名", "经济损失"], [
        [id_number("340604", 1970, 7, 7, 904), "李某", "12000"],
    ])
    E.write_list("disability.csv", ["身份证号", "姓名", "残疾等级"], [
        [id_number("340604", 1966, 6, 6, 905), "赵某", "1"],
    ])
    E.write_list("low_income.csv", ["身份证号", "姓名", "救助类别"], [
        [id_number("340604", 1950, 5, 5, 906), "孙某", "特困"],
    ])


if __name__ == "__main__":
    E.write()
    lists()
