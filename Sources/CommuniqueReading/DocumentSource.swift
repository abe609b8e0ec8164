#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams the documents of a list of inputs, one at a time, reading each
/// file only when it is reached: a whole text or HTML file, or a JSON Lines
/// file line by line. Files over the size limit are skipped with a reason.
package final class DocumentSource {
    private var files: [InputFile]
    private var position = 0
    private var lines: LineReader?
    private var linesInput: InputFile?
    private let maxFileBytes: Int
    package private(set) var issues: [ReadIssue] = []
    package private(set) var filesRead = 0

    package init(files: [InputFile], maxFileBytes: Int = 64 << 20) {
        self.files = files
        self.maxFileBytes = maxFileBytes
    }

    /// The next document, or nil when every input is done.
    package func next() -> RawDocument? {
        while true {
            if !pending.isEmpty { return pending.removeFirst() }
            if let lines, let input = linesInput {
                while let line = lines.next() {
                    if line.tooLong {
                        issues.append(ReadIssue(.partlySkipped, path: input.relativePath, line: lines.lineNumber,
                                                message: "record longer than \(maxFileBytes >> 20) MiB skipped"))
                        continue
                    }
                    if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    return RawDocument(input: input, payload: .jsonLine(line.bytes, line: lines.lineNumber))
                }
                self.lines = nil
                linesInput = nil
            }
            guard position < files.count else { return nil }
            let input = files[position]
            position += 1
            if input.format == .unsupported {
                issues.append(ReadIssue(.skipped, path: input.relativePath,
                                        message: "not a .txt, .html/.htm or .jsonl file"))
                continue
            }
            filesRead += 1
            if input.format == .jsonLines {
                guard let reader = LineReader(path: input.path, maxLineBytes: maxFileBytes) else {
                    issues.append(ReadIssue(.skipped, path: input.relativePath, message: "cannot open: \(DocumentSource.errorText())"))
                    continue
                }
                lines = reader
                linesInput = input
                continue
            }
            switch DocumentSource.readAll(input.path, limit: maxFileBytes) {
            case .success(let bytes):
                if input.path == "-" || input.format == .unknown,
                   let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
                   first == UInt8(ascii: "{") {
                    // sniffed JSON Lines: hand each line over
                    let sniffed = InputFile(path: input.path, relativePath: input.relativePath, format: .jsonLines)
                    var documents: [RawDocument] = []
                    var number = 0
                    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                        number += 1
                        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                        documents.append(RawDocument(input: sniffed, payload: .jsonLine(Array(line), line: number)))
                    }
                    pending.append(contentsOf: documents)
                    continue
                }
                return RawDocument(input: input, payload: .file(bytes))
            case .failure(let issue):
                issues.append(issue.with(path: input.relativePath))
            }
        }
    }

    /// Records of a JSON Lines input recognised by sniffing, not yet handed out.
    private var pending: [RawDocument] = []

    private struct ReadFailure: Error {
        let message: String
        func with(path: String) -> ReadIssue { ReadIssue(.skipped, path: path, message: message) }
    }

    private static func readAll(_ path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        let descriptor = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(message: "cannot open: \(errorText())")) }
        defer { if descriptor > 0 { close(descriptor) } }
        var info = stat()
        if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            return .failure(ReadFailure(message: "is a folder"))
        }
        if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && Int(info.st_size) > limit {
            return .failure(ReadFailure(message: "larger than the \(limit >> 20) MiB limit (\(Int(info.st_size) >> 20) MiB)"))
        }
        // A regular file is read into a buffer of its size (one byte more shows
        // the end, or that it grew meanwhile); a pipe's buffer doubles as data
        // comes. The document keeps only the bytes it has: a batch holds a
        // thousand of them.
        let known = (info.st_mode & S_IFMT) == S_IFREG ? max(0, Int(info.st_size)) : 0
        var capacity = known > 0 ? known + 1 : 64 << 10
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var filled = 0
        while true {
            if filled == capacity {
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                grown.initialize(from: buffer, count: filled)
                buffer.deallocate()
                buffer = grown
                capacity *= 2
            }
            var count = 0
            repeat {
                count = read(descriptor, buffer + filled, capacity - filled)
            } while count < 0 && errno == EINTR
            if count < 0 { return .failure(ReadFailure(message: "cannot read: \(errorText())")) }
            if count == 0 { break }
            filled += count
            if filled > limit {
                return .failure(ReadFailure(message: "larger than the \(limit >> 20) MiB limit"))
            }
        }
        return .success(Array(UnsafeBufferPointer(start: buffer, count: filled)))
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
