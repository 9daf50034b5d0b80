import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// The Mustache templates of `watchline report`: one self-contained page (inline CSS and SVG,
/// no script, no font or image fetched), printable on A4. Values are HTML-escaped by Mustache.
enum ReportTemplate {
    static let bars = """
    <figure class="chart">{{#hasBars}}<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{{title}}" width="{{width}}" height="{{height}}" viewBox="0 0 {{width}} {{height}}">{{#bars}}<text x="{{labelX}}" y="{{textY}}" text-anchor="end" class="bl">{{label}}</text><rect x="{{barX}}" y="{{y}}" width="{{w}}" height="16" class="bar"/><text x="{{valueX}}" y="{{textY}}" class="bv">{{value}}</text>{{/bars}}</svg>{{/hasBars}}{{^hasBars}}<p class="none">无</p>{{/hasBars}}<figcaption>{{title}}</figcaption></figure>
    """

    static let counts = """
    <table class="counts"><thead><tr><th>{{what}}</th><th>户数</th></tr></thead><tbody>{{#rows}}<tr><td>{{label}}</td><td class="n">{{value}}</td></tr>{{/rows}}{{^rows}}<tr><td colspan="2" class="none">无</td></tr>{{/rows}}</tbody></table>
    """

    static let page = """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
    <title>{{title}}</title>
    <style>
    @page { size: A4; margin: 15mm 12mm; }
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; font-size: 10.5pt; color: #222; max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
    h1 { font-size: 18pt; margin: 0 0 4mm; } h2 { font-size: 13pt; border-bottom: 2px solid #a33; padding-bottom: 1mm; margin-top: 8mm; break-after: avoid; }
    h3 { font-size: 11pt; margin: 4mm 0 2mm; break-after: avoid; }
    table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; }
    table.counts { width: 70%; }
    th, td { border: 1px solid #bbb; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
    th { background: #f3e9e9; } tr { break-inside: avoid; } thead { display: table-header-group; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
    .meta td:first-child { width: 28mm; color: #555; }
    .totals { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm; }
    .total { border: 1px solid #ccc; border-radius: 2mm; padding: 2mm; break-inside: avoid; }
    .total .v { font-size: 16pt; font-weight: bold; color: #a33; } .total .k { color: #555; }
    .pair { display: grid; grid-template-columns: 1fr; gap: 2mm; }
    figure.chart { margin: 2mm 0 4mm; break-inside: avoid; } figcaption { color: #555; font-size: 9pt; }
    svg .bar { fill: #c0504d; } svg text { font-size: 11px; fill: #222; }
    .status-ok { color: #276b27; } .status-warning { color: #b35900; font-weight: bold; } .status-info { color: #555; }
    .list td { font-size: 9pt; } .none { color: #888; } .small { font-size: 8.5pt; color: #555; }
    .changed-up { color: #a33; } .changed-down { color: #276b27; }
    @media print { body { padding: 0; } h2 { break-before: auto; } }
    </style>
    </head>
    <body>
    <h1>{{title}}</h1>
    <table class="meta">
    <tr><td>规则文件</td><td>{{rulesPath}}</td></tr>
    <tr><td>规则</td><td>{{rulesTitle}}</td></tr>
    <tr><td>依据文件</td><td>{{document}}</td></tr>
    <tr><td>判断日期</td><td data-as-of="{{asOf}}">{{asOf}}</td></tr>
    <tr><td>农户数据</td><td>{{recordsPath}}</td></tr>
    </table>

    <h2>一、总体情况</h2>
    <div class="totals">
    {{#totals}}<div class="total"><div class="v" data-total="{{key}}">{{value}}</div><div class="k">{{label}}</div></div>{{/totals}}
    </div>

    <h2>二、监测对象构成</h2>
    {{#breakdowns}}
    <h3>{{heading}}</h3>
    <div class="pair">{{> counts}}{{#chart}}{{> bars}}{{/chart}}</div>
    {{/breakdowns}}

    <h2>三、按乡镇、村统计</h2>
    <table>
    <thead><tr><th>乡镇</th><th>村</th><th class="n">农户数</th><th class="n">人口</th><th class="n">监测对象户数</th><th class="n">监测对象人数</th><th class="n">持续跟踪关注</th><th class="n">预警</th></tr></thead>
    <tbody>{{#places}}<tr><td>{{town}}</td><td>{{village}}</td><td class="n">{{households}}</td><td class="n">{{persons}}</td><td class="n">{{identified}}</td><td class="n">{{identifiedPersons}}</td><td class="n">{{watched}}</td><td class="n">{{alerted}}</td></tr>{{/places}}</tbody>
    </table>
    {{#townChart}}{{> bars}}{{/townChart}}

    <h2>四、监测对象名单</h2>
    <p class="small">家庭成员身份证号{{#masked}}已遮盖（保留前6位和后4位）{{/masked}}{{^masked}}未遮盖（--reveal-ids）{{/masked}}。</p>
    <table class="list">
    <thead><tr><th>户编号</th><th>乡镇/村</th><th class="n">人数</th><th>监测类型</th><th>风险类型</th><th>帮扶措施</th><th>决定条款</th><th>成员身份证号</th></tr></thead>
    <tbody>{{#identified}}<tr data-household="{{id}}"><td>{{id}}</td><td>{{place}}</td><td class="n">{{persons}}</td><td>{{category}}</td><td>{{risks}}</td><td>{{measures}}</td><td>{{clause}}</td><td class="small">{{memberIDs}}</td></tr>{{/identified}}{{^identified}}<tr><td colspan="8" class="none">无</td></tr>{{/identified}}</tbody>
    </table>

    <h2>五、总体核查</h2>
    <table>
    <thead><tr><th>核查</th><th>条款</th><th>文件要求</th><th>结果</th><th>说明</th></tr></thead>
    <tbody>{{#checks}}<tr><td>{{id}}</td><td>{{source}}</td><td>{{text}}</td><td class="status-{{status}}" data-check="{{id}}">{{statusText}}</td><td>{{detail}}</td></tr>{{/checks}}{{^checks}}<tr><td colspan="5" class="none">规则文件未设总体核查</td></tr>{{/checks}}</tbody>
    </table>

    <h2>六、参数取值</h2>
    <table>
    <thead><tr><th>参数</th><th class="n">取值</th><th>单位</th><th>条款</th><th>说明</th></tr></thead>
    <tbody>{{#parameters}}<tr><td>{{label}}</td><td class="n">{{value}}</td><td>{{unit}}</td><td>{{source}}</td><td>{{note}}</td></tr>{{/parameters}}</tbody>
    </table>

    {{#whatIf}}
    <h2>七、政策调整测算（what-if）</h2>
    <table class="meta">
    <tr><td>现行</td><td>{{old}}</td></tr>
    <tr><td>调整后</td><td>{{new}}</td></tr>
    </table>
    <div class="totals">
    {{#totals}}<div class="total"><div class="v" data-whatif="{{key}}">{{value}}</div><div class="k">{{label}}</div></div>{{/totals}}
    </div>
    <h3>变化类型</h3>
    <table>
    <thead><tr><th>变化</th><th class="n">户数</th><th class="n">人数</th></tr></thead>
    <tbody>{{#rows}}<tr><td>{{label}}</td><td class="n">{{count}}</td><td class="n">{{persons}}</td></tr>{{/rows}}{{^rows}}<tr><td colspan="3" class="none">无变化</td></tr>{{/rows}}</tbody>
    </table>
    {{#chart}}{{> bars}}{{/chart}}
    <h3>资金测算</h3>
    <table>
    <thead><tr><th>帮扶措施</th><th class="n">调整前户数</th><th class="n">调整后户数</th><th class="n">调整前金额</th><th class="n">调整后金额</th><th class="n">变化</th><th>单位</th></tr></thead>
    <tbody>{{#budget}}<tr><td>{{label}}</td><td class="n">{{householdsBefore}}</td><td class="n">{{householdsAfter}}</td><td class="n">{{amountBefore}}</td><td class="n">{{amountAfter}}</td><td class="n" data-budget-change="{{measure}}">{{change}}</td><td>{{unit}}</td></tr>{{/budget}}{{^budget}}<tr><td colspan="7" class="none">规则文件中的措施均未设金额</td></tr>{{/budget}}</tbody>
    </table>
    <h3>变化的农户</h3>
    <table class="list">
    <thead><tr><th>户编号</th><th>分组</th><th class="n">人数</th><th>调整前</th><th>调整后</th></tr></thead>
    <tbody>{{#households}}<tr><td>{{id}}</td><td>{{group}}</td><td class="n">{{persons}}</td><td>{{before}}</td><td>{{after}}</td></tr>{{/households}}{{^households}}<tr><td colspan="5" class="none">无</td></tr>{{/households}}</tbody>
    </table>
    {{#more}}<p class="small">另有 {{more}} 户未列出（完整名单见 watchline diff --format xlsx）。</p>{{/more}}
    {{/whatIf}}

    <p class="small">由 Watchline 生成。本页为独立文件，不访问网络。</p>
    </body>
    </html>

    """
}
