import ArgumentParser
import CommuniqueCorpus
import Foundation

@main
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communique-corpus",
        abstract: "Writes a synthetic multilingual news corpus (for benchmarks and scale tests), the same bytes for the same seed.",
        discussion: """
        Articles in Arabic, Persian, Dutch, German, French, English, Spanish and Italian, as .txt, .html and
        JSON Lines, 2-6 KB each with menus, headline tickers and related boxes. Counts left out grow with
        --articles the way news does: about four reports per meeting, a slowly growing cast of ministers.

        Examples:
          communique-corpus --articles 10000 --output /tmp/corpus-10k
          communique-corpus --articles 500 --seed 7 --languages fr,ar --output small
        """)

    @Option(name: .long, help: "Number of articles.")
    var articles: Int

    @Option(name: .shortAndLong, help: "Folder to write (created if missing).")
    var output: String

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Distinct countries (2-24; default all).")
    var countries: Int = 0

    @Option(name: .long, help: "Distinct ministers over the period (default: articles/80, at least three per country).")
    var ministers: Int = 0

    @Option(name: .long, help: "Distinct meetings reported (default: articles/4).")
    var meetings: Int = 0

    @Option(name: .long, help: "Distinct joint bodies (default: articles/250, at least 12).")
    var institutions: Int = 0

    @Option(name: .long, help: "Languages to write, comma-separated (default: ar,de,en,es,fa,fr,it,nl).")
    var languages: String?

    @Option(name: .long, help: "Formats to write, comma-separated: txt, html, jsonl (default: all, about 45/35/20 %).")
    var formats: String?

    func run() throws {
        guard articles > 0 else { throw ValidationError("--articles must be at least 1") }
        var parameters = CorpusParameters(articles: articles, seed: seed)
        parameters.countries = countries
        parameters.ministers = ministers
        parameters.meetings = meetings
        parameters.institutions = institutions
        parameters.languages = languages?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        if let formats {
            let names = formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            for name in names where !["txt", "html", "jsonl"].contains(name) {
                throw ValidationError("unknown format \(name) (use txt, html, jsonl)")
            }
            parameters.formatWeights = (names.contains("txt") ? 1 : 0, names.contains("html") ? 1 : 0, names.contains("jsonl") ? 1 : 0)
        }
        do {
            let summary = try CorpusWriter(parameters: parameters).write(to: output)
            print("wrote \(summary.articles) articles in \(summary.files) files, \(summary.bytes) bytes "
                  + "(\(summary.textFiles) .txt, \(summary.htmlFiles) .html, \(summary.jsonLinesRecords) JSON Lines records) to \(output)")
        } catch {
            FileHandle.standardError.write(Data("communique-corpus: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
