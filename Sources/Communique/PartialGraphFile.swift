import CommuniqueExtraction
import CommuniqueReading
import CommuniqueWriters
import Foundation

/// The partial result of one shard: one JSON object a line, each an article's
/// extraction or a reading issue. `communique merge` combines such files into
/// the same graph a single run over all inputs gives.
enum PartialGraphFile {
    private struct Line: Codable {
        var extraction: ArticleExtraction?
        var issue: ReadIssue?
        var files: Int?
        var bytes: Int?
    }

    static func write(_ output: ParallelExtractor.Output, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(to: path) { writer in
            let header = try encoder.encode(Line(files: output.filesRead, bytes: output.bytes))
            writer.write(bytes: header)
            writer.write(byte: 0x0A)
            for extraction in output.extractions {
                writer.write(bytes: try encoder.encode(Line(extraction: extraction)))
                writer.write(byte: 0x0A)
                try writer.flushIfFull()
            }
            for issue in output.issues {
                writer.write(bytes: try encoder.encode(Line(issue: issue)))
                writer.write(byte: 0x0A)
            }
        }
    }

    static func read(_ paths: [String]) throws -> ParallelExtractor.Output {
        var output = ParallelExtractor.Output()
        let decoder = JSONDecoder()
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ExportError("cannot read \(path)")
            }
            var number = 0
            for line in data.split(separator: 0x0A) where !line.isEmpty {
                number += 1
                let entry: Line
                do {
                    entry = try decoder.decode(Line.self, from: Data(line))
                } catch {
                    throw ExportError("\(path):\(number): not a partial graph line written by `communique export --shard`")
                }
                if let extraction = entry.extraction { output.extractions.append(extraction) }
                if let issue = entry.issue { output.issues.append(issue) }
                if let files = entry.files { output.filesRead += files }
                if let bytes = entry.bytes { output.bytes += bytes }
            }
        }
        output.documents = output.extractions.count
        output.extractions.sort { ($0.article.identifier, $0.article.path ?? "") < ($1.article.identifier, $1.article.path ?? "") }
        output.issues.sort { ($0.path, $0.line ?? 0, $0.message) < ($1.path, $1.line ?? 0, $1.message) }
        return output
    }
}
