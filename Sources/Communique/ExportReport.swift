import CommuniqueReading
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
    public var outputs: [String] = []
    /// Seconds per stage (wall clock): `read+extract`, and that split into
    /// `read` and `extract` by the thread time each took; `resolve`; `write`
    /// (all formats, written in parallel) and `write.<format>` for each;
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
            case .skipped, .partlySkipped: skipped.append(issue.description)
            case .repaired: repaired.append(issue.description)
            }
        }
    }

    /// A few lines for the terminal.
    public var summaryText: String {
        var lines = ["read \(articles) article(s) from \(filesRead) file(s), \(bytesRead) bytes"]
        lines.append("found \(persons) person(s) (\(ministers) minister(s), \(headsOfState) head(s) of state), \(meetings) meeting(s), "
                     + "\(institutions) institution(s), \(declarations) declaration(s), \(places) place(s), \(countries) country(ies)")
        if !skipped.isEmpty { lines.append("skipped \(skipped.count): " + skipped.prefix(5).joined(separator: "; ") + (skipped.count > 5 ? "; ..." : "")) }
        if !repaired.isEmpty { lines.append("repaired \(repaired.count): " + repaired.prefix(3).joined(separator: "; ") + (repaired.count > 3 ? "; ..." : "")) }
        if replacedCharacters > 0 { lines.append("warning: \(replacedCharacters) character(s) illegal in XML 1.0 replaced by U+FFFD") }
        if !outputs.isEmpty { lines.append("wrote " + outputs.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }
}
