import CommuniqueReading
import Foundation
import CommuniqueResolution

/// What a run did: counts, what was skipped and why, and where time went.
public struct ExportReport: Sendable, Codable {
    public var filesRead = 0
    public var documents = 0
    public var articles = 0
    public var bytesRead = 0
    public var persons = 0
    public var ministers = 0
    public var headsOfState = 0
    public var meetings = 0
    public var institutions = 0
    public var declarations = 0
    public var places = 0
    public var countries = 0
    public var triples = 0
    public var replacedCharacters = 0
    /// "path[:line]: reason" for each input or record skipped or repaired.
    public var skipped: [String] = []
    public var repaired: [String] = []
    /// How many inputs or records were skipped for each reason.
    public var skippedReasons: [String: Int] = [:]
    /// Everything the user should know that did not stop the run: repaired
    /// inputs, characters replaced in the output.
    public var warnings: [String] = []
    public var outputs: [String] = []
    /// Seconds per stage (wall clock): `read+extract`, and that split into
    /// `read` and `extract` by the thread time each took; `resolve`; `write`
    /// (all formats, written in parallel) and `write.<format>` for each, after
    /// `write.sort` (the one sort of the graph they share);
    /// `cpu.read` and `cpu.extract` are thread seconds summed over the workers.
    public var seconds: [String: Double] = [:]
    /// Input format (text, html, jsonLines) → bytes read and thread seconds
    /// the reader spent on them (decoding, HTML parsing, story building).
    public var reading: [String: FormatReading] = [:]

    public struct FormatReading: Sendable, Codable {
        public var bytes: Int
        public var seconds: Double
    }

    public init() {}

    mutating func absorb(_ summary: GraphBuilder.Summary) {
        persons = summary.persons
        ministers = summary.ministers
        headsOfState = summary.headsOfState
        meetings = summary.meetings
        institutions = summary.institutions
        declarations = summary.declarations
        places = summary.places
        countries = summary.countries
    }

    mutating func absorb(_ issues: [ReadIssue]) {
        for issue in issues {
            switch issue.kind {
            case .skipped, .partlySkipped:
                skipped.append(issue.description)
                skippedReasons[issue.message, default: 0] += 1
            case .repaired: repaired.append(issue.description)
            }
        }
    }

    /// Fills `warnings` from what was repaired and replaced; called once at
    /// the end of a run.
    mutating func conclude() {
        warnings = repaired.map { "repaired " + $0 }
        if replacedCharacters > 0 {
            warnings.append("\(replacedCharacters) character(s) illegal in XML 1.0 replaced by U+FFFD in the output")
        }
    }

    /// A few lines for the terminal.
    public var summaryText: String { summary(verbose: false) }

    /// The end-of-run summary: what was read and skipped (with reasons),
    /// what was found, warnings, files written; `verbose` lists every skipped
    /// input and warning and the time each stage took.
    public func summary(verbose: Bool) -> String {
        let plural = { (count: Int, one: String, many: String) in "\(count) " + (count == 1 ? one : many) }
        // the wall-clock stages one after the other (the others split them or count thread time)
        let total = ["read+extract", "resolve", "write"].reduce(0) { $0 + (seconds[$1] ?? 0) }
        var lines = ["read " + plural(articles, "article", "articles") + " from " + plural(filesRead, "file", "files")
                     + " (" + ExportReport.size(bytesRead) + ")" + (total > 0 ? String(format: " in %.1f s", total) : "")]
        lines.append("found " + plural(persons, "person", "persons") + " (" + plural(ministers, "minister", "ministers") + ", "
                     + plural(headsOfState, "head of state", "heads of state") + "), " + plural(meetings, "meeting", "meetings")
                     + ", " + plural(institutions, "institution", "institutions") + ", "
                     + plural(declarations, "declaration", "declarations") + ", " + plural(places, "place", "places") + ", "
                     + plural(countries, "country", "countries"))
        if skipped.isEmpty {
            lines.append("skipped nothing")
        } else {
            let reasons = skippedReasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            lines.append("skipped \(skipped.count): " + reasons.map { "\($0.value) × \($0.key)" }.joined(separator: "; "))
            let shown = verbose ? skipped : Array(skipped.prefix(3))
            lines += shown.map { "  " + $0 }
            if shown.count < skipped.count { lines.append("  ... (--verbose or --report FILE.json lists all)") }
        }
        if warnings.isEmpty {
            lines.append("warnings: none")
        } else {
            lines.append("warnings: \(warnings.count)")
            let shown = verbose ? warnings : Array(warnings.prefix(3))
            lines += shown.map { "  " + $0 }
            if shown.count < warnings.count { lines.append("  ... (--verbose or --report FILE.json lists all)") }
        }
        if verbose {
            lines.append("\(triples) triples")
            for stage in ["read+extract", "resolve", "write"] {
                if let time = seconds[stage] { lines.append("  " + stage + String(format: ": %.2f s", time)) }
            }
        }
        if !outputs.isEmpty { lines.append("wrote " + outputs.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    /// `48213` → `48.2 KB`.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1_000_000_000 { return String(format: "%.2f GB", Double(bytes) / 1e9) }
        if bytes >= 1_000_000 { return String(format: "%.1f MB", Double(bytes) / 1e6) }
        if bytes >= 1_000 { return String(format: "%.1f KB", Double(bytes) / 1e3) }
        return "\(bytes) bytes"
    }
}
