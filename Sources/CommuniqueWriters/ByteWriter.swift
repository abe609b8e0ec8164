/// A buffered UTF-8 byte sink: writers append text to it and it hands full
/// chunks to `drain`, so memory stays bounded whatever the size of the file.
package final class ByteWriter {
    private var buffer: [UInt8] = []
    private let capacity: Int
    private let drain: ([UInt8]) throws -> Void
    package private(set) var bytesWritten = 0

    package init(capacity: Int = 1 << 18, drain: @escaping ([UInt8]) throws -> Void) {
        self.capacity = capacity
        self.drain = drain
        buffer.reserveCapacity(capacity + 4096)
    }

    @inline(__always)
    package func write(_ text: String) throws {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= capacity { try flush() }
    }

    @inline(__always)
    package func write(_ text: Substring) throws {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= capacity { try flush() }
    }

    @inline(__always)
    package func write(byte: UInt8) {
        buffer.append(byte)
    }

    @inline(__always)
    package func write(bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// Drains the buffer once it holds a full chunk.
    @inline(__always)
    package func flushIfFull() throws {
        if buffer.count >= capacity { try flush() }
    }

    /// Hands what is buffered to `drain`.
    package func flush() throws {
        guard !buffer.isEmpty else { return }
        bytesWritten += buffer.count
        try drain(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Collects everything written into memory; for tests and small outputs.
    package static func collecting() -> (ByteWriter, () -> [UInt8]) {
        let box = Collector()
        let writer = ByteWriter { box.bytes.append(contentsOf: $0) }
        return (writer, { box.bytes })
    }

    private final class Collector {
        var bytes: [UInt8] = []
    }
}
