#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file line by line in 1 MiB chunks, so a JSON Lines file of any
/// size is read in bounded memory. A line longer than `maxLineBytes` is
/// returned cut, flagged as too long.
final class LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private(set) var lineNumber = 0
    private let maxLineBytes: Int

    init?(path: String, maxLineBytes: Int) {
        let descriptor = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.maxLineBytes = maxLineBytes
    }

    deinit {
        if descriptor > 0 { close(descriptor) }
    }

    /// The next line without its terminator, and whether it was cut; nil at the end.
    func next() -> (bytes: [UInt8], tooLong: Bool)? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                lineNumber += 1
                return (line, false)
            }
            if buffer.count - start > maxLineBytes {
                // skip to the end of this over-long line
                let cut = Array(buffer[start..<(start + maxLineBytes)])
                lineNumber += 1
                while true {
                    buffer.removeAll(keepingCapacity: true)
                    start = 0
                    guard fill() else { break }
                    if let newline = buffer.firstIndex(of: 0x0A) {
                        start = newline + 1
                        break
                    }
                }
                return (cut, true)
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                lineNumber += 1
                return (line, false)
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            if !fill() { finished = true }
        }
    }

    private func fill() -> Bool {
        let chunk = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var count = 0
        buffer.withUnsafeMutableBytes { raw in
            repeat {
                count = read(descriptor, raw.baseAddress! + old, chunk)
            } while count < 0 && errno == EINTR
        }
        buffer.removeLast(chunk - max(count, 0))
        return count > 0
    }
}
