#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// The progress line's words: "12340 households (45%), 8200/s, about 0:12 left". The rate counts
/// households since the start; the time left scales the time so far by the input not yet read.
package enum ProgressText {
    package static func line(households: Int, done: Int, total: Int?, elapsed: Double) -> String {
        var s = "\(households) households"
        if let total, total > 0 { s += " (\(min(done, total) * 100 / total)%)" }
        guard elapsed > 0.05, households > 0 else { return s }
        s += ", \(Int(Double(households) / elapsed))/s"
        if let total, total > 0, done > 0, done < total {
            let left = elapsed * Double(total - done) / Double(done)
            s += ", about " + clock(left) + " left"
        }
        return s
    }

    /// 0:07, 12:30, 1:02:03.
    package static func clock(_ seconds: Double) -> String {
        let t = Int(seconds.rounded(.up))
        let h = t / 3600, m = t / 60 % 60, sec = t % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(sec))" : "\(m):\(two(sec))"
    }
}

/// Monotonic seconds, for rates and progress.
package func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}
