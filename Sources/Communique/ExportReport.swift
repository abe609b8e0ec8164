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
    /// Seconds per stage: read+extract, resolve, write.
    public var seconds: [String: Double] = [:]

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
        // what was skipped and why, one line each (the full list is in --report)
        let shown = 10
        if !skipped.isEmpty {
            lines.append("skipped \(skipped.count) input(s) or record(s):")
            lines += skipped.prefix(shown).map { "  " + $0 }
            if skipped.count > shown { lines.append("  ... and \(skipped.count - shown) more") }
        }
        if !repaired.isEmpty {
            lines.append("repaired \(repaired.count):")
            lines += repaired.prefix(shown).map { "  " + $0 }
            if repaired.count > shown { lines.append("  ... and \(repaired.count - shown) more") }
        }
        if replacedCharacters > 0 { lines.append("warning: \(replacedCharacters) character(s) illegal in XML 1.0 replaced by U+FFFD") }
        if !outputs.isEmpty { lines.append("wrote " + outputs.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }
}
