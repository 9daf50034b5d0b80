#!/usr/bin/env python3
"""Example households for 临沂 2020 (临扶组发〔2020〕14号), as of 2020-06-30:
python3 Examples/linyi-2020/make_examples.py (writes households.jsonl, households.csv, members.csv,
households-notes.md; cases.jsonl is written by hand)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from examples import Examples, id_number, fifteen, full_width

E = Examples(os.path.dirname(os.path.abspath(__file__)), "371321-LY-",
    base=dict(province="山东省", city="临沂市", county="沂南县", town="依汶镇", village="常山庄村", grid="常山庄-01",
              status="general", monitoring="none", shocks=[],
              income=dict(net_per_capita=9000, net_per_capita_prev=9000),
              expenses=dict(rigid_total=3000),
              guarantees=dict(housing="B", dropout_children=0),
              assets=dict(car=False, large_vehicle=False, urban_house=False, company=False),
              applied_on="2020-06-01"),
    member_defaults=dict(relation="head", age=45, labor="full", health="healthy", disability_grade=0, schooling="none",
                         public_servant=False, medical_insured=True, has_legal_supporter=True),
    title="临沂 2020 example households", id_region="371321")
c, m = E.case, E.member
ill = dict(shocks=["illness"], expenses__rigid_total=20000)

c("一般农户, no risk", "not monitored")
c("illness, rigid spending 20000 over last year's 18000", "即时帮扶户: 因病, 支出骤增; 医疗救助, 临时救助; 先帮扶后认定", **ill,
  members=[m(21, health="serious_illness"), m(22, relation="spouse", age=43)])
c("illness, rigid spending exactly 18000", "not monitored, not watched", shocks=["illness"], expenses__rigid_total=18000)
c("rigid spending 30000 with no named cause", "not monitored", expenses__rigid_total=30000)
c("COVID-19: spending over income, cannot go out to work", "即时帮扶户: 因疫, 支出骤增; 就近就业, 就业帮扶", shocks=["epidemic"], expenses__rigid_total=19000)
c("school costs over income", "即时帮扶户: 因学, 支出骤增; 教育资助", shocks=["schooling"], expenses__rigid_total=19000,
  members=[m(61), m(62, relation="child", age=19, schooling="college")])
c("child out of school (三保障)", "即时帮扶户: 义务教育; 控辍保学", guarantees__dropout_children=1,
  members=[m(71), m(72, relation="child", age=13, schooling="none")])
c("member without medical insurance", "即时帮扶户: 基本医疗; 参保缴费补贴", members=[m(81), m(82, relation="spouse", medical_insured=False)])
c("D house", "即时帮扶户: 住房安全; 危房改造", guarantees__housing="D")
c("general household at 4500 only", "not monitored; watched (重点监测: 低收入)", income__net_per_capita=4500, income__net_per_capita_prev=4500)
c("illness but a car found in the comparison", "excluded: 车辆比对", assets__car=True, **ill)
c("illness but a public servant in the family", "excluded: 公职人员比对", **ill, members=[m(121), m(122, relation="spouse", public_servant=True)])
c("illness but a company", "excluded: 企业比对", assets__company=True, **ill)
c("illness but an urban flat", "excluded: 房产比对", assets__urban_house=True, **ill)
c("脱贫享受政策户 at 4999.99", "脱贫监测户: 低收入", status="exited_with_policy", income__net_per_capita=4999.99, income__net_per_capita_prev=4999.99)
c("脱贫享受政策户 at 5000", "not monitored", status="exited_with_policy", income__net_per_capita=5000, income__net_per_capita_prev=5000)
c("脱贫享受政策户, income fell 30% through illness", "脱贫监测户: 因病, 收入骤减", status="exited_with_policy", shocks=["illness"],
  income__net_per_capita=7000, income__net_per_capita_prev=10000)
c("脱贫享受政策户 with a car: no comparison for 脱贫监测户", "脱贫监测户", status="exited_with_policy", assets__car=True,
  income__net_per_capita=4200, income__net_per_capita_prev=4200)
c("脱贫不再享受政策户 with illness", "回退脱贫享受政策户", status="exited_no_policy", **ill)
c("脱贫不再享受政策户 with an urban flat", "excluded: 房产比对; watched", status="exited_no_policy", assets__urban_house=True, **ill)
c("孤寡老人, 68, no supporter, ill", "即时帮扶户; 低保, 特困供养, 临时救助, 资产收益分红", shocks=["illness"],
  income__net_per_capita=4000, income__net_per_capita_prev=4000, expenses__rigid_total=6000,
  members=[m(211, age=68, labor="lost", health="chronic", has_legal_supporter=False)])
c("grandparent (ill, cannot look after himself) and grandchild (困难儿童)", "即时帮扶户; 低保, 临时救助, 医疗救助, 教育资助", shocks=["illness"],
  income__net_per_capita=3000, income__net_per_capita_prev=3000, expenses__rigid_total=8000,
  members=[m(221, relation="parent", age=70, labor="lost", health="serious_illness"), m(222, relation="grandchild", age=12, labor="none", schooling="compulsory")])
c("severely disabled member, no shock entered", "即时帮扶户: 因残, 支出骤增; 残疾人补贴, 低保; alert 新增重度残疾人", expenses__rigid_total=20000,
  members=[m(231, disability_grade=1, labor="lost", health="disabled"), m(232, relation="spouse")])
c("weak labour only, ill", "即时帮扶户; 就近就业", **ill, members=[m(241, labor="weak", health="serious_illness"), m(242, relation="spouse", labor="weak")])
c("accident in 蒲汪镇", "即时帮扶户: 因意外, 支出骤增", town="蒲汪镇", village="东蒲汪村", grid="东蒲汪-02", shocks=["accident"], expenses__rigid_total=19000)
c("disaster in 蒲汪镇", "即时帮扶户: 因灾, 支出骤增", town="蒲汪镇", village="东蒲汪村", grid="东蒲汪-02", shocks=["disaster"], expenses__rigid_total=25000)
for i in range(5):
    c(f"脱贫享受政策户 {i + 1}, stable", "not monitored", status="exited_with_policy", town="蒲汪镇", village="东蒲汪村", grid="东蒲汪-02",
      income__net_per_capita=8000 + 700 * i, income__net_per_capita_prev=8000 + 700 * i)
c("rigid spending unknown, illness", "undetermined (expenses.rigid_total)", shocks=["illness"], expenses__rigid_total=None)
c("self-paid medical 60000, seriously ill head, no shock entered", "即时帮扶户: 因病, 支出骤增; alert 大额医疗支出",
  expenses__rigid_total=62000, expenses__medical_out_of_pocket=60000, members=[m(331, health="serious_illness"), m(332, relation="spouse")])
c("50000 a head, self-paid medical 25000 (one alert)", "not monitored, not watched; alert 大额医疗支出",
  income__net_per_capita=50000, income__net_per_capita_prev=50000, expenses__rigid_total=30000, expenses__medical_out_of_pocket=25000,
  members=[m(341, health="serious_illness"), m(342, relation="spouse")])
c("4500 a head, new 低保 since March", "not monitored; watched (低收入); alert 新增低保",
  income__net_per_capita=4500, income__net_per_capita_prev=4500, welfare=dict(dibao=True, dibao_since="2020-03-01"))
c("一般农户, income fell 30% through illness (no spending over income)", "not monitored; watched (因病, 收入骤减)", shocks=["illness"],
  income__net_per_capita=7000, income__net_per_capita_prev=10000)
c("脱贫享受政策户, income fell 30% with no named cause", "not monitored", status="exited_with_policy",
  income__net_per_capita=7000, income__net_per_capita_prev=10000)
c("特困人员: 55, no labour, no supporter, ill", "即时帮扶户; 特困供养, 临时救助", shocks=["illness"],
  income__net_per_capita=4000, income__net_per_capita_prev=4000, expenses__rigid_total=6000,
  members=[m(371, age=55, labor="lost", health="chronic", has_legal_supporter=False)])
c("records not yet compared (assets missing), illness", "undetermined (assets); 先帮扶后认定", assets=None, **ill)


def member_id(hid, k=0):
    return E.household(hid)["members"][k]["id"]


def lists():
    """The departments' answers to the county's comparison (二、(一)): each keyed on 身份证号, in the
    forms they come in (15-digit, full-width, lower-case x), with rows matching no household."""
    with_x = next(m["id"] for h, _, _ in E.cases for m in h["members"] if m["id"].endswith("X") and h["status"] in ("general", "exited_no_policy")
                  and not any(h.get("assets", {}).values()))
    stranger = id_number("371321", 1975, 3, 9, 901)
    E.write_list("vehicles.csv", ["身份证号", "姓名", "号牌号码", "车辆类型"], [
        [fifteen(member_id("371321-LY-0005")), "王某", "鲁Q8A123", "小型轿车"],          # 一般农户: excluded with the list
        [member_id("371321-LY-0018"), "李某", "鲁Q5B456", "小型轿车"],                   # 脱贫享受政策户: not compared
        [stranger, "张某", "鲁Q1C789", "重型货车"],                                      # no household: back to 公安交管
        [id_number("371321", 1982, 7, 21, 902), "赵某", "鲁Q2D000", "小型轿车"],
    ])
    E.write_list("public_servants.csv", ["身份证号", "姓名", "工作单位"], [
        [full_width(member_id("371321-LY-0024", 1)), "刘某", "沂南县依汶镇人民政府"],     # full-width digits
        [id_number("371321", 1979, 11, 2, 903), "陈某", "沂南县教育和体育局"],
    ])
    E.write_list("companies.csv", ["身份证号", "姓名", "企业名称", "登记身份"], [
        [with_x.lower(), "孙某", "沂南县某某农业合作社", "法定代表人"],                     # lower-case x
        [member_id("371321-LY-0025"), "周某", "临沂某某商贸有限公司", "股东"],
        [member_id("371321-LY-0025"), "周某", "临沂某某物流有限公司", "股东"],            # a second company: duplicate key
    ])
    bad = id_number("371321", 1970, 5, 5, 904)
    bad = bad[:-1] + ("0" if bad[-1] != "0" else "1")                                   # a wrong check character
    E.write_list("real_estate.csv", ["身份证号", "姓名", "房屋坐落", "建筑面积"], [
        [member_id("371321-LY-0026"), "吴某", "临沂市兰山区某小区3号楼", "96.5"],
        [bad, "郑某", "沂南县界湖街道某小区", "120"],
        [stranger, "张某", "临沂市河东区某小区", "88"],
    ])


if __name__ == "__main__":
    E.write()
    lists()
