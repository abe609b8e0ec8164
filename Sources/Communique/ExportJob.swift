import CommuniqueExtraction
import CommuniqueGraph
import CommuniqueLexicon
import CommuniqueReading
import CommuniqueResolution
import CommuniqueWriters
import CommuniqueXML
import Dispatch
import Foundation
import Synchronization

/// The main job: read the inputs, extract on all cores, resolve into one
/// graph, write every requested format atomically. Also the shard and merge
/// halves of a distributed run.
public struct ExportJob: Sendable {
    public let options: ExportOptions
    /// Called after each document with documents done and bytes read so far
    /// (from worker threads).
    public var progress: (@Sendable (_ documents: Int, _ bytes: Int) -> Void)?
    /// Told what the run does as it goes (a progress bar, a log).
    public var observer: (any ExportObserver)?

    public init(options: ExportOptions) {
        self.options = options
    }

    /// The bundled sample corpus.
    public static var sampleCorpus: String? {
        Bundle.module.url(forResource: "SampleCorpus", withExtension: nil)?.path
    }

    /// Input bytes from which each worker gets a lexicon of its own (see `ParallelExtractor.loadWorkerLexicon`).
    static let workerLexiconBytes = 4 << 20

    func loadLexicon() throws -> Lexicon {
        do {
            if options.lexiconDirectories.isEmpty {
                return try Lexicon.bundled.get()
            }
            return try Lexicon(extraDirectories: options.lexiconDirectories)
        } catch {
            throw ExportError("lexicon: \(error)")
        }
    }

    /// Runs the export (or, with a shard, writes the shard's partial file).
    public func run() throws -> ExportReport {
        defer { observer?.finished() }
        LibXML.initialize()
        guard IRIMinter.isAbsolute(options.base) else { throw ExportError("--base must be an absolute IRI: \(options.base)") }
        let lexicon = try loadLexicon()
        var inputs = options.inputs
        if inputs.isEmpty {
            guard let sample = ExportJob.sampleCorpus else { throw ExportError("the bundled sample corpus is missing", usage: false) }
            inputs = [sample]
        }
        let files: [InputFile]
        do {
            files = try InputCollector.collect(inputs)
        } catch {
            throw ExportError("\(error)")
        }
        try FileManager.default.createDirectory(atPath: options.outputDirectory, withIntermediateDirectories: true)
        // a shard counts only its own documents' bytes: no total to compare with
        observer?.started(files: files.count, totalBytes: options.shard == nil ? ExportJob.totalBytes(of: files) : nil,
                          oneArticlePerFile: options.shard == nil && files.allSatisfy { $0.format == .text || $0.format == .html })

        let started = Date()
        let workers = options.jobs > 0 ? options.jobs : ProcessInfo.processInfo.activeProcessorCount
        var extractor = ParallelExtractor(lexicon: lexicon, workers: workers, shard: options.shard)
        // a lexicon of its own for each worker pays for its loading on inputs of some size
        if workers > 1, (ExportJob.totalBytes(of: files) ?? Int.max) >= ExportJob.workerLexiconBytes {
            let directories = options.lexiconDirectories
            extractor.loadWorkerLexicon = { try Lexicon(extraDirectories: directories) }
        }
        if let observer {
            let progress = self.progress
            extractor.progress = { documents, bytes in
                progress?(documents, bytes)
                observer.extracted(documents: documents, bytes: bytes)
            }
        } else {
            extractor.progress = progress
        }
        var output = extractor.run(DocumentSource(files: files, maxFileBytes: options.maxFileBytes))
        var report = ExportReport()
        let elapsed = Date().timeIntervalSince(started)
        report.seconds["read+extract"] = elapsed
        // the two stages run interleaved on every core: split their wall time by
        // the thread time each took (loading the files counts as reading)
        let busy = output.readSeconds + output.extractSeconds
        let share = busy > 0 ? output.readSeconds / busy : 0.5
        report.seconds["read"] = output.loadSeconds + (elapsed - output.loadSeconds) * share
        report.seconds["extract"] = (elapsed - output.loadSeconds) * (1 - share)
        report.seconds["cpu.read"] = output.loadSeconds + output.readSeconds
        report.seconds["cpu.extract"] = output.extractSeconds
        for (format, value) in output.readByFormat {
            report.reading[format] = ExportReport.FormatReading(bytes: value.bytes, seconds: value.seconds)
        }

        if let shard = options.shard {
            let path = options.outputDirectory + "/part-\(shard.index)-of-\(shard.count).cqpart"
            observer?.stage(.writing(path))
            try PartialGraphFile.write(output, to: path)
            report.outputs = [path]
            fill(&report, from: output)
            report.conclude()
            return report
        }
        return try finish(&output, lexicon: lexicon, report: report)
    }

    /// The bytes the inputs hold, nil when one is standard input.
    static func totalBytes(of files: [InputFile]) -> Int? {
        var total = 0
        for file in files {
            guard file.path != "-",
                  let size = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? NSNumber
            else { return nil }
            total += size.intValue
        }
        return total
    }

    /// Combines partial files of `export --shard` into the final files.
    public func merge(_ parts: [String]) throws -> ExportReport {
        defer { observer?.finished() }
        observer?.stage(.merging)
        LibXML.initialize()
        let lexicon = try loadLexicon()
        try FileManager.default.createDirectory(atPath: options.outputDirectory, withIntermediateDirectories: true)
        var output = try PartialGraphFile.read(parts)
        return try finish(&output, lexicon: lexicon, report: ExportReport())
    }

    private func fill(_ report: inout ExportReport, from output: ParallelExtractor.Output) {
        report.filesRead = output.filesRead
        report.documents = output.documents
        report.bytesRead = output.bytes
        report.articles = output.extractions.count
        report.absorb(output.issues)
    }

    /// Resolves and writes. Empties `output.extractions` once the graph is
    /// built, so their memory is free again before the writers need theirs.
    private func finish(_ output: inout ParallelExtractor.Output, lexicon: Lexicon, report: ExportReport) throws -> ExportReport {
        var report = report
        fill(&report, from: output)
        if output.extractions.isEmpty {
            throw ExportError("nothing could be read" + (report.skipped.isEmpty ? "" : ": " + report.skipped.prefix(3).joined(separator: "; ")))
        }
        observer?.stage(.resolving)
        let resolveStart = Date()
        let minter = IRIMinter(base: options.base)
        let (graph, summary) = GraphBuilder(lexicon: lexicon, minter: minter).build(output.extractions)
        output.extractions = []
        report.absorb(summary)
        report.triples = graph.tripleCount
        report.seconds["resolve"] = Date().timeIntervalSince(resolveStart)

        // the formats are independent: write them at the same time, one per core,
        // from one sort of the graph
        let writeStart = Date()
        let formats = options.formats
        if let first = formats.first { observer?.stage(.writing(options.outputDirectory + "/" + first.fileName)) }
        let sorted = formats.contains(where: { $0 == .rdfxml || $0 == .graphml || $0 == .ntriples }) ? SortedGraph(graph) : nil
        report.seconds["write.sort"] = Date().timeIntervalSince(writeStart)
        let results = Mutex<[Int: (result: Result<WriteReport, ExportError>, seconds: Double)]>([:])
        let mergeParallelEdges = options.mergeParallelEdges
        let outputDirectory = options.outputDirectory
        DispatchQueue.concurrentPerform(iterations: formats.count) { index in
            let format = formats[index]
            let started = Date()
            let path = outputDirectory + "/" + format.fileName
            let result: Result<WriteReport, ExportError>
            do {
                result = .success(try AtomicFile.write(to: path) { writer -> WriteReport in
                    switch format {
                    case .rdfxml: return try RDFXMLWriter().write(sorted!, to: writer)
                    case .graphml:
                        let options = GraphMLWriter.Options(base: minter.base, mergeParallelEdges: mergeParallelEdges)
                        return try GraphMLWriter(options: options).write(sorted!, to: writer)
                    case .ntriples: return try NTriplesWriter().write(sorted!, to: writer)
                    case .turtle: return try TurtleWriter().write(graph, to: writer)
                    case .dot: return try DOTWriter().write(graph, to: writer)
                    }
                })
            } catch let error as AtomicFile.WriteError {
                result = .failure(ExportError(error.description, usage: false))
            } catch {
                result = .failure(ExportError("\(path): \(error)", usage: false))
            }
            let seconds = Date().timeIntervalSince(started)
            results.withLock { $0[index] = (result, seconds) }
        }
        let written = results.withLock { $0 }
        for (index, format) in formats.enumerated() {
            let (result, seconds) = written[index]!
            // every format replaces the same characters: count them once
            report.replacedCharacters = max(report.replacedCharacters, try result.get().replacedCharacters)
            report.outputs.append(options.outputDirectory + "/" + format.fileName)
            report.seconds["write." + format.rawValue] = seconds
        }
        report.seconds["write"] = Date().timeIntervalSince(writeStart)
        report.conclude()
        return report
    }
}
