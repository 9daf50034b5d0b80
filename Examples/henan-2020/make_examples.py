#!/usr/bin/env python3
"""Example households for 河南 2020 (豫脱贫组〔2020〕13号) and 郑州 2020 (郑脱贫组〔2020〕2号), as of
2020-06-30: python3 Examples/henan-2020/make_examples.py (writes households.jsonl, households.csv,
members.csv, households-notes.md; cases.jsonl is written by hand)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from examples import Examples

E = Examples(os.path.dirname(os.path.abspath(__file__)), "410122-ZM-",
    base=dict(province="河南省", city="郑州市", county="中牟县", town="刘集镇", village="前进村", grid="前进-01",
              status="general", monitoring="none", shocks=[],
              income=dict(net_per_capita=9000, net_per_capita_prev=9000, stable=True),
              expenses=dict(medical_out_of_pocket=0, rigid_total=3000),
              welfare=dict(dibao=False, tekun=False)),
    member_defaults=dict(relation="head", age=45, labor="full", health="healthy", hukou="rural",
                         employment="stable", medical_insured=True, has_legal_supporter=True),
    title="河南 2020 / 郑州 2020 example households")
c = E.case
m = E.member

c("边缘户 candidate far above the line", "not monitored")
c("一般农户 with per-capita income 5999.99 (under 6000), labour", "monitored 边缘户: 低收入; 产业帮扶, 小额信贷, 就业帮扶, 公益性岗位", income__net_per_capita=5999.99, income__net_per_capita_prev=5999.99)
c("一般农户 with exactly 6000: not under the line", "not monitored", income__net_per_capita=6000, income__net_per_capita_prev=6000)
c("已脱贫享受政策户 with 5200, labour", "monitored 脱贫监测户: 低收入", status="exited_with_policy", income__net_per_capita=5200, income__net_per_capita_prev=5200)
c("已脱贫不再享受政策户 with 5800", "monitored 脱贫监测户: 低收入", status="exited_no_policy", income__net_per_capita=5800, income__net_per_capita_prev=5800)
c("未脱贫户 with 3500: already 建档立卡, not a category here", "not monitored (no category)", status="poor", income__net_per_capita=3500, income__net_per_capita_prev=3500)
c("serious illness: rigid spending 20000 above last year's 18000", "monitored 边缘户: 支出骤增, 因病; 健康扶贫, 医疗保障, 临时救助 (4800), 保险扶贫", shocks=["illness"], expenses__rigid_total=20000)
c("illness, rigid spending exactly 18000 = last year's income: not above", "not monitored", shocks=["illness"], expenses__rigid_total=18000)
c("rigid spending 30000 but no illness, disability, disaster or epidemic", "not monitored", expenses__rigid_total=30000)
c("disability: rigid spending 25000", "monitored 边缘户: 支出骤增, 因残; 残疾人帮扶", shocks=["disability"], expenses__rigid_total=25000)
c("flood: rigid spending 24000", "monitored 边缘户: 支出骤增, 因灾; 灾害救助", shocks=["disaster"], expenses__rigid_total=24000)
c("traffic accident: rigid spending 21000", "monitored 边缘户: 支出骤增, 因灾", shocks=["accident"], expenses__rigid_total=21000)
c("COVID-19: income fell from 10000 to 7000 (30%)", "monitored 边缘户: 收入骤减, 因疫; 临时救助", shocks=["epidemic"], income__net_per_capita=7000, income__net_per_capita_prev=10000)
c("income fell from 10000 to 7000.01: less than 30%", "not monitored", income__net_per_capita=7000.01, income__net_per_capita_prev=10000)
c("income fell from 12000 to 8000, no shock named", "monitored 边缘户: 收入骤减", income__net_per_capita=8000, income__net_per_capita_prev=12000)
c("elderly couple, no labour, 4800, no legal supporter", "monitored 边缘户: 低收入; 低保, 医疗保障, 养老保险, 特困供养",
  income__net_per_capita=4800, income__net_per_capita_prev=4800,
  members=[m(161, age=78, labor="lost", has_legal_supporter=False), m(162, relation="spouse", age=76, labor="none", has_legal_supporter=False)])
c("elderly couple, no labour, 4800, a son liable to support them", "monitored 边缘户: 低收入; 低保, 医疗保障, 养老保险 (no 特困供养)",
  income__net_per_capita=4800, income__net_per_capita_prev=4800,
  members=[m(171, age=79, labor="lost"), m(172, relation="spouse", age=77, labor="none")])
c("one-person household hit by illness: 临时救助 with no floor", "monitored 边缘户: 支出骤增, 因病; 临时救助 (no amount)",
  shocks=["illness"], expenses__rigid_total=12000, members=[m(181, age=61)])
c("已脱贫户 on 低保, income 5000 (between 4260 and 6390): 12-month 渐退期", "monitored 脱贫监测户: 低收入; 低保渐退期 12 months",
  status="exited_with_policy", income__net_per_capita=5000, income__net_per_capita_prev=5000, welfare__dibao=True)
c("一般农户 on 低保, income 5000: 边缘户 渐退期 6 months", "monitored 边缘户: 低收入; 低保渐退期 6 months",
  income__net_per_capita=5000, income__net_per_capita_prev=5000, welfare__dibao=True)
c("on 低保, income 4260 exactly: not above the 低保 standard", "monitored 边缘户: 低收入; no 渐退期",
  income__net_per_capita=4260, income__net_per_capita_prev=4260, welfare__dibao=True)
c("on 低保, income 6390.01: above 1.5× the 低保 standard", "not monitored; no 渐退期",
  income__net_per_capita=6390.01, income__net_per_capita_prev=6390.01, welfare__dibao=True)
c("边缘户 under the national standard (3800): 郑州 says identify as 建档立卡", "monitored 边缘户: 低收入; 郑州: 应识别纳入建档立卡 true",
  income__net_per_capita=3800, income__net_per_capita_prev=3800)
c("边缘户 at 4000: not under the national standard", "monitored 边缘户: 低收入; 郑州: 应识别纳入建档立卡 false",
  income__net_per_capita=4000, income__net_per_capita_prev=4000)
c("exited household, 新郑市, several risks", "monitored 脱贫监测户: 低收入, 支出骤增, 因病",
  status="exited_no_policy", county="新郑市", town="龙湖镇", village="泰山村", grid="泰山-02",
  income__net_per_capita=4500, income__net_per_capita_prev=4500, shocks=["illness"], expenses__rigid_total=15000)
for i in range(8):
    c(f"exited household {i + 1} in 龙湖镇, stable above the line", "not monitored",
      status="exited_with_policy", county="新郑市", town="龙湖镇", village="泰山村", grid="泰山-02",
      income__net_per_capita=8000 + 500 * i, income__net_per_capita_prev=8000 + 500 * i)
c("income unknown: the decision waits for it", "undetermined (income.net_per_capita)", income__net_per_capita=None)

if __name__ == "__main__":
    E.write()
