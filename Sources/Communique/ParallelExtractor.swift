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

    struct Output {
        var extractions: [ArticleExtraction] = []
        var issues: [ReadIssue] = []
        var documents = 0
        var bytes = 0
        var filesRead = 0
    }

    private final class Collector: Sendable {
        let state = Mutex<(extractions: [ArticleExtraction], issues: [ReadIssue])>(([], []))
    }

    func run(_ source: DocumentSource) -> Output {
        var output = Output()
        let reader = ArticleReader(lexicon: lexicon)
        let extractor = ArticleExtractor(lexicon: lexicon)
        let collector = Collector()
        let batchLimit = 1024
        let byteLimit = 32 << 20
        while true {
            var batch: [RawDocument] = []
            var bytes = 0
            while batch.count < batchLimit && bytes < byteLimit, let document = source.next() {
                if let shard, ParallelExtractor.partition(of: document, count: shard.count) != shard.index { continue }
                bytes += document.byteCount
                batch.append(document)
            }
            if batch.isEmpty { break }
            let (baseDocuments, baseBytes) = (output.documents, output.bytes)
            output.documents += batch.count
            output.bytes += bytes
            let documents = batch
            let counter = Atomic<Int>(0)
            let doneDocuments = Atomic<Int>(0)
            let doneBytes = Atomic<Int>(0)
            let progress = self.progress
            DispatchQueue.concurrentPerform(iterations: max(1, min(workers, documents.count))) { _ in
                var extractions: [ArticleExtraction] = []
                var issues: [ReadIssue] = []
                while true {
                    let index = counter.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < documents.count else { break }
                    let read = reader.read(documents[index])
                    issues.append(contentsOf: read.issues)
                    for article in read.articles {
                        extractions.append(extractor.extract(article))
                    }
                    if let progress {
                        let done = doneDocuments.wrappingAdd(1, ordering: .relaxed).newValue
                        let doneSize = doneBytes.wrappingAdd(documents[index].byteCount, ordering: .relaxed).newValue
                        progress(baseDocuments + done, baseBytes + doneSize)
                    }
                }
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
