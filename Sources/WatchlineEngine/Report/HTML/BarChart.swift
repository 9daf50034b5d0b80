import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// A horizontal bar chart as inline SVG, drawn by Watchline: the geometry is computed here and
/// the markup comes from the `bars` template (no charting script).
struct BarChart {
    var title: String
    var items: [(label: String, value: Int)]

    static let width = 640, rowHeight = 22, labelWidth = 200, valueWidth = 60

    /// The template's context: `width`, `height`, `title`, and per bar its `y`, `w`, `label`, `value`.
    var context: [String: Any] {
        let maxValue = max(items.map(\.value).max() ?? 0, 1)
        let barSpace = Self.width - Self.labelWidth - Self.valueWidth
        var bars: [[String: Any]] = []
        for (i, item) in items.enumerated() {
            let y = 4 + i * Self.rowHeight
            bars.append(["y": y, "textY": y + 14, "w": max(item.value * barSpace / maxValue, item.value > 0 ? 1 : 0),
                         "valueX": Self.labelWidth + 6 + max(item.value * barSpace / maxValue, 1) + 4,
                         "label": item.label, "value": item.value])
        }
        return ["title": title, "width": Self.width, "height": 8 + items.count * Self.rowHeight,
                "labelX": Self.labelWidth, "barX": Self.labelWidth + 6, "bars": bars, "hasBars": !bars.isEmpty]
    }
}
