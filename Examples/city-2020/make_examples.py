#!/usr/bin/env python3
"""Example households for XX市 2020 (扶贫办关于防止返贫致贫加强监测预警和动态帮扶的实施意见), as of
2020-06-30: python3 Examples/city-2020/make_examples.py (writes households.jsonl, households.csv,
members.csv, households-notes.md; cases.jsonl is written by hand)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from examples import Examples

E = Examples(os.path.dirname(os.path.abspath(__file__)), "370000-XC-",
    base=dict(province="山东省", city="XX市", county="XX市", town="城关镇", village="东关村", grid="东关-01",
              status="general", monitoring="none", shocks=[],
              income=dict(net_per_capita=9000, net_per_capita_prev=9000),
              expenses=dict(rigid_total=3000, medical_out_of_pocket=0, education=0),
              losses=dict(disaster=0),
              guarantees=dict(housing="B", water_safe=True, dropout_children=0, basic_needs_met=True),
              monitoring_since="2020-03-01"),
    member_defaults=dict(relation="head", age=45, labor="full", health="healthy", severe_mental_disorder=False, has_legal_supporter=True,
                         medical_insured=True, disability_grade=0),
    title="XX市 2020 example households")
c, m = E.case, E.member

c("一般农户, no risk", "not monitored")
c("一般农户 at 5999.99", "边缘户: 低收入; 产业, 就业, 金融", income__net_per_capita=5999.99, income__net_per_capita_prev=5999.99)
c("一般农户 at 6000", "not monitored", income__net_per_capita=6000, income__net_per_capita_prev=6000)
c("脱贫享受政策户 at 5500", "监测户 (tier 监测户)", status="exited_with_policy", income__net_per_capita=5500, income__net_per_capita_prev=5500)
c("脱贫享受政策户, stable", "not monitored (tier 享受政策)", status="exited_with_policy")
c("脱贫不享受政策户, stable", "not monitored (tier 不享受政策)", status="exited_no_policy")
c("脱贫不享受政策户, income fell 35% to 5800", "监测户: 低收入, 收入骤减", status="exited_no_policy", income__net_per_capita=5800, income__net_per_capita_prev=9000)
c("双骤户: income fell 30% and rigid spending above income", "边缘户: 支出骤增, 收入骤减; 双骤户; 扶贫基金救助",
  income__net_per_capita=7000, income__net_per_capita_prev=10000, expenses__rigid_total=15000)
c("rigid spending exactly last year's income", "not monitored", expenses__rigid_total=18000)
c("rigid spending above last year's income", "边缘户: 支出骤增; 扶贫基金救助", expenses__rigid_total=19000)
c("12000 a head, medical 20000 (预警线)", "not monitored; alert 因病支出预警", income__net_per_capita=12000, income__net_per_capita_prev=12000,
  expenses__medical_out_of_pocket=20000)
c("12000 a head, medical 19999.99", "not monitored, no alert", income__net_per_capita=12000, income__net_per_capita_prev=12000,
  expenses__medical_out_of_pocket=19999.99)
c("disaster loss 10000 (预警线)", "not monitored; alert 因灾支出预警", losses__disaster=10000)
c("school costs 12000 (预警线)", "not monitored; alert 因学支出预警", expenses__education=12000)
c("serious illness with 35000 self-paid", "边缘户: 支出骤增, 因病; 大病综合保障, 扶贫基金救助, 健康扶贫; alert 因病支出预警",
  expenses__medical_out_of_pocket=35000, expenses__rigid_total=36000,
  members=[m(151, health="serious_illness"), m(152, relation="spouse")])
c("incapacitated member, no legal supporter, 5000", "边缘户; 失能照料保障", income__net_per_capita=5000, income__net_per_capita_prev=5000,
  members=[m(161, labor="lost", has_legal_supporter=False, age=58)])
c("grandparent and grandchild (困境儿童)", "边缘户: 低收入, 因病; 困境儿童保障", income__net_per_capita=3000, income__net_per_capita_prev=3000,
  members=[m(171, relation="parent", age=72, labor="lost", health="chronic"), m(172, relation="grandchild", age=9, labor="none")])
c("member with a severe mental disorder", "边缘户: 低收入, 因病; 精神障碍救治", income__net_per_capita=5500, income__net_per_capita_prev=5500,
  members=[m(181), m(182, relation="child", age=25, labor="none", severe_mental_disorder=True)])
c("5500: D house, unsafe water, a child out of school", "边缘户: 低收入, 住房安全, 饮水安全, 义务教育; 住房保障, 饮水保障, 教育扶贫",
  income__net_per_capita=5500, income__net_per_capita_prev=5500, guarantees__housing="D", guarantees__water_safe=False,
  guarantees__dropout_children=1, members=[m(191), m(192, relation="child", age=13, labor="none")])
for i in range(12):
    c(f"一般农户 {i + 1} in 北关村, stable", "not monitored", village="北关村", grid="北关-01",
      income__net_per_capita=7000 + 400 * i, income__net_per_capita_prev=7000 + 400 * i)
c("income unknown, no other risk", "undetermined (income.net_per_capita)", income__net_per_capita=None)
c("50000 a head, self-paid medical 20000 (one alert)", "not monitored, not watched; alert 因病支出预警",
  income__net_per_capita=50000, income__net_per_capita_prev=50000, expenses__medical_out_of_pocket=20000, expenses__rigid_total=25000)
c("50000 a head, unsafe water", "not monitored; watched (可能存在问题尚无致贫返贫风险)",
  income__net_per_capita=50000, income__net_per_capita_prev=50000, guarantees__water_safe=False)
c("9000 a head, D house", "not monitored; watched", guarantees__housing="D")
c("9000 a head, 两不愁 not met", "not monitored; watched", guarantees__basic_needs_met=False)
c("5500 a head, 两不愁 not met", "边缘户: 低收入, 两不愁; 扶贫基金救助", income__net_per_capita=5500, income__net_per_capita_prev=5500,
  guarantees__basic_needs_met=False)
c("50000 a head, serious illness with 35000 self-paid (全市 4类特困群体)", "not monitored; 四类特困群体: 重特大疾病; alert 因病支出预警",
  income__net_per_capita=50000, income__net_per_capita_prev=50000, expenses__medical_out_of_pocket=35000, expenses__rigid_total=36000,
  members=[m(391, health="serious_illness"), m(392, relation="spouse")])
c("脱贫不享受政策户, income fell 35% to 6500 (outside the scope)", "not monitored (tier 不享受政策)", status="exited_no_policy",
  income__net_per_capita=6500, income__net_per_capita_prev=10000)

if __name__ == "__main__":
    E.write()
