import CommuniqueExtraction
import CommuniqueLexicon
import CommuniqueReading
import CommuniqueGraph
import Dispatch
import Synchronization

/// Reads and extracts documents on all cores. Documents are streamed from the
/// source in batches, so memory holds one batch of text plus the (small)
/// extractions, whatever the size of the input.
struct ParallelExtractor {
    let lexicon: Lexicon
    let workers: Int
    /// Keep only documents whose partition (stable hash modulo count) is `index`.
    let shard: (index: Int, count: Int)?
    /// Called from the worker threads after each document with the documents
    /// and bytes done so far (calls may overlap and arrive out of order).
    var progress: (@Sendable (_ documents: Int, _ bytes: Int) -> Void)? = nil
    /// Loads a lexicon of its own for each worker after the first (the same data as `lexicon`):
    /// threads that share one lexicon count references to the same objects, and on two cores
    /// that costs more than the second core brings. Nil: all workers share `lexicon`.
    var loadWorkerLexicon: (@Sendable () throws -> Lexicon)? = nil

    struct Output {
        var extractions: [ArticleExtraction] = []
        var issues: [ReadIssue] = []
        var documents = 0
        var bytes = 0
        var filesRead = 0
        /// Wall seconds spent loading files (one thread), and thread seconds
        /// spent reading (decoding, HTML, stories) and extracting.
        var loadSeconds = 0.0
        var readSeconds = 0.0
        var extractSeconds = 0.0
        /// Input format (text, html, jsonLines) → bytes read and thread seconds reading them.
        var readByFormat: [String: (bytes: Int, seconds: Double)] = [:]
    }

    private final class Collector: Sendable {
        let state = Mutex<(extractions: [ArticleExtraction], issues: [ReadIssue])>(([], []))
        let formats = Mutex<[String: (bytes: Int, nanoseconds: Int)]>([:])
    }

    func run(_ source: DocumentSource) -> Output {
        var output = Output()
        // worker slot → its reader and extractor; a slot after the first loads its own lexicon
        // when it first works (the first slot starts at once with the shared one)
        let shared = (ArticleReader(lexicon: lexicon), ArticleExtractor(lexicon: lexicon))
        let tools = Mutex<[Int: (ArticleReader, ArticleExtractor)]>([0: shared])
        let loadWorkerLexicon = self.loadWorkerLexicon
        let tool = { @Sendable (slot: Int) -> (ArticleReader, ArticleExtractor) in
            if let known = tools.withLock({ $0[slot] }) { return known }
            var made = shared
            if let loadWorkerLexicon, let own = try? loadWorkerLexicon() {
                made = (ArticleReader(lexicon: own), ArticleExtractor(lexicon: own))
            }
            tools.withLock { $0[slot] = made }
            return made
        }
        let collector = Collector()
        let batchLimit = 1024
        let byteLimit = 32 << 20
        let readNanoseconds = Atomic<Int>(0)
        let extractNanoseconds = Atomic<Int>(0)
        while true {
            var batch: [RawDocument] = []
            var bytes = 0
            let loadStart = DispatchTime.now().uptimeNanoseconds
            while batch.count < batchLimit && bytes < byteLimit, let document = source.next() {
                if let shard, ParallelExtractor.partition(of: document, count: shard.count) != shard.index { continue }
                bytes += document.byteCount
                batch.append(document)
            }
            output.loadSeconds += Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
            if batch.isEmpty { break }
            let (baseDocuments, baseBytes) = (output.documents, output.bytes)
            output.documents += batch.count
            output.bytes += bytes
            let documents = batch
            let counter = Atomic<Int>(0)
            let doneDocuments = Atomic<Int>(0)
            let doneBytes = Atomic<Int>(0)
            let progress = self.progress
            DispatchQueue.concurrentPerform(iterations: max(1, min(workers, documents.count))) { slot in
                let (reader, extractor) = tool(slot)
                var extractions: [ArticleExtraction] = []
                var issues: [ReadIssue] = []
                var reading = 0, extracting = 0
                var byFormat: [String: (bytes: Int, nanoseconds: Int)] = [:]
                while true {
                    let index = counter.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < documents.count else { break }
                    let start = DispatchTime.now().uptimeNanoseconds
                    let read = reader.read(documents[index])
                    let middle = DispatchTime.now().uptimeNanoseconds
                    issues.append(contentsOf: read.issues)
                    for article in read.articles {
                        extractions.append(extractor.extract(article))
                    }
                    let end = DispatchTime.now().uptimeNanoseconds
                    reading += Int(middle - start)
                    extracting += Int(end - middle)
                    let format = documents[index].input.format.rawValue
                    byFormat[format, default: (0, 0)].bytes += documents[index].byteCount
                    byFormat[format, default: (0, 0)].nanoseconds += Int(middle - start)
                    if let progress {
                        let done = doneDocuments.wrappingAdd(1, ordering: .relaxed).newValue
                        let doneSize = doneBytes.wrappingAdd(documents[index].byteCount, ordering: .relaxed).newValue
                        progress(baseDocuments + done, baseBytes + doneSize)
                    }
                }
                collector.formats.withLock { total in
                    for (format, value) in byFormat {
                        total[format, default: (0, 0)].bytes += value.bytes
                        total[format, default: (0, 0)].nanoseconds += value.nanoseconds
                    }
                }
                readNanoseconds.wrappingAdd(reading, ordering: .relaxed)
                extractNanoseconds.wrappingAdd(extracting, ordering: .relaxed)
                collector.state.withLock { state in
                    state.extractions.append(contentsOf: extractions)
                    state.issues.append(contentsOf: issues)
                }
            }
        }
        collector.state.withLock { state in
            output.extractions = state.extractions
            output.issues = state.issues
        }
        output.readSeconds = Double(readNanoseconds.load(ordering: .relaxed)) / 1e9
        for (format, value) in collector.formats.withLock({ $0 }) {
            output.readByFormat[format] = (value.bytes, Double(value.nanoseconds) / 1e9)
        }
        output.extractSeconds = Double(extractNanoseconds.load(ordering: .relaxed)) / 1e9
        output.issues.append(contentsOf: source.issues)
        output.filesRead = source.filesRead
        // a fixed order whatever the thread timing
        output.extractions.sort { ($0.article.identifier, $0.article.path ?? "") < ($1.article.identifier, $1.article.path ?? "") }
        output.issues.sort { ($0.path, $0.line ?? 0, $0.message) < ($1.path, $1.line ?? 0, $1.message) }
        return output
    }

    /// The partition a document belongs to, from its path and line only.
    static func partition(of document: RawDocument, count: Int) -> Int {
        var key = document.input.relativePath
        if case .jsonLine(_, let line) = document.payload { key += "#\(line)" }
        return Int(StableHash.fnv1a(key) % UInt64(count)) + 1
    }
}
