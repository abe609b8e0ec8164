import Foundation

/// One line of the terminal progress display, from the counts of a run:
///
///     [=========>          ]  47%  1,204/~2,560 articles  11.8/25.1 MB  6.2 MB/s  ETA 0:02
///
/// Percent and ETA come from bytes (known up front); the article total is
/// exact when every file is one article, else estimated (`~`) from the bytes.
public struct ProgressLine: Sendable, Equatable {
    public var documents = 0
    public var bytes = 0
    public var totalBytes: Int?
    /// The exact number of articles, when known.
    public var totalDocuments: Int?
    public var elapsed: Double = 0
    /// What runs now, after reading ("resolving", "writing graph.rdf").
    public var stage: String?

    public init() {}

    /// The line, at most `columns - 1` characters wide (never wraps).
    public func render(columns: Int = 80) -> String {
        let fraction: Double? = totalBytes.flatMap { $0 > 0 ? min(1, Double(bytes) / Double($0)) : nil }
        var parts: [String] = []
        if let fraction { parts.append(ProgressLine.percent(fraction)) }
        parts.append(articles(fraction) + " articles")
        if stage != nil {
            // reading is over: the size read, and what runs now
            parts.append(ProgressLine.megabytes(max(bytes, totalBytes ?? 0), total: nil))
        } else {
            parts.append(ProgressLine.megabytes(bytes, total: totalBytes))
        }
        if stage == nil && elapsed > 0 && bytes > 0 {
            let rate = Double(bytes) / elapsed
            parts.append(rate >= 100_000 ? String(format: "%.1f MB/s", rate / 1_000_000) : String(format: "%.1f KB/s", rate / 1_000))
        }
        if let stage {
            parts.append(stage + "…")
        } else if let fraction, fraction < 1, elapsed > 0, bytes > 0 {
            let remaining = Double((totalBytes ?? 0) - bytes) / (Double(bytes) / elapsed)
            parts.append("ETA " + ProgressLine.duration(remaining))
        }
        let text = parts.joined(separator: "  ")
        let width = max(20, columns - 1)
        // a bar of fixed width for a given terminal, so it does not jump
        let barWidth = min(30, width - 62)
        var line = text
        if barWidth >= 10 {
            let filled = Int((fraction ?? 0) * Double(barWidth))
            var bar = String(repeating: "=", count: filled)
            if filled < barWidth { bar += fraction == nil ? " " : ">" }
            bar += String(repeating: " ", count: max(0, barWidth - bar.count))
            line = "[" + bar + "] " + text
        }
        return line.count > width ? String(line.prefix(width)) : line
    }

    private func articles(_ fraction: Double?) -> String {
        let done = ProgressLine.grouped(documents)
        if let totalDocuments { return done + "/" + ProgressLine.grouped(max(totalDocuments, documents)) }
        if let fraction, fraction >= 1 { return done + "/" + done }
        if let fraction, fraction > 0.001, documents > 0 {
            return done + "/~" + ProgressLine.grouped(Int((Double(documents) / fraction).rounded()))
        }
        return done
    }

    static func percent(_ fraction: Double) -> String {
        let value = Int((fraction * 100).rounded(.down))
        return String(repeating: " ", count: value < 10 ? 2 : value < 100 ? 1 : 0) + "\(value)%"
    }

    /// `1234567` → `1,234,567`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }

    static func megabytes(_ bytes: Int, total: Int?) -> String {
        let unit: (divisor: Double, name: String) = (total ?? bytes) >= 1_000_000 ? (1_000_000, "MB") : (1_000, "KB")
        let format = { (value: Int) in String(format: "%.1f", Double(value) / unit.divisor) }
        if let total { return format(bytes) + "/" + format(total) + " " + unit.name }
        return format(bytes) + " " + unit.name
    }

    /// `75` → `1:15`, `3700` → `1:01:40`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.isFinite ? max(0, seconds.rounded()) : 0)
        let (hours, minutes, secs) = (total / 3600, (total / 60) % 60, total % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):" + twoDigits(minutes) + ":" + twoDigits(secs) : "\(minutes):" + twoDigits(secs)
    }
}
