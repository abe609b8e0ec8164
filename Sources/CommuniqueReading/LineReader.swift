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
    private var searched = 0
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
            // bytes before `searched` are known to hold no line feed
            if let newline = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                searched = start
                lineNumber += 1
                return (line, false)
            }
            searched = buffer.count
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
                searched = start
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
                searched -= start
                start = 0
            }
            if !fill() { finished = true }
        }
    }

    private var chunk = [UInt8](repeating: 0, count: 1 << 20)

    private func fill() -> Bool {
        var count = 0
        let size = chunk.count
        chunk.withUnsafeMutableBytes { raw in
            repeat {
                count = read(descriptor, raw.baseAddress!, size)
            } while count < 0 && errno == EINTR
        }
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }
}
