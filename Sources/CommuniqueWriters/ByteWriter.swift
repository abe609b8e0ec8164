#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered UTF-8 byte sink: writers append text to it and it hands full
/// chunks to `drain`, so memory stays bounded whatever the size of the file.
package final class ByteWriter {
    /// The buffer: `count` bytes used of `allocated`; it grows when one write does not fit.
    private var storage: UnsafeMutablePointer<UInt8>
    private var allocated: Int
    private var count = 0
    private let capacity: Int
    private let drain: ([UInt8]) throws -> Void
    package private(set) var bytesWritten = 0

    package init(capacity: Int = 1 << 18, drain: @escaping ([UInt8]) throws -> Void) {
        self.capacity = capacity
        self.drain = drain
        allocated = capacity + 4096
        storage = .allocate(capacity: allocated)
    }

    deinit {
        storage.deallocate()
    }

    /// Room for `extra` more bytes.
    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > allocated { grow(count + extra) }
    }

    private func grow(_ needed: Int) {
        var size = allocated * 2
        while size < needed { size *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        allocated = size
    }

    @inline(__always)
    package func write(_ text: String) throws {
        if text.utf8.withContiguousStorageIfAvailable({ write(bytes: $0) }) == nil {
            var copy = text
            copy.withUTF8 { write(bytes: $0) }
        }
        if count >= capacity { try flush() }
    }

    @inline(__always)
    package func write(_ text: Substring) throws {
        if text.utf8.withContiguousStorageIfAvailable({ write(bytes: $0) }) == nil {
            var copy = text
            copy.withUTF8 { write(bytes: $0) }
        }
        if count >= capacity { try flush() }
    }

    /// The bytes of a string literal.
    @inline(__always)
    package func write(literal text: StaticString) {
        write(bytes: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    package func write(byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    package func write(bytes: UnsafeBufferPointer<UInt8>) {
        let length = bytes.count
        guard length > 0 else { return }
        reserve(length)
        (storage + count).update(from: bytes.baseAddress!, count: length)
        count += length
    }

    @inline(__always)
    package func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write(bytes: $0) }
    }

    @inline(__always)
    package func write(bytes: some Sequence<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ write(bytes: $0) }) != nil { return }
        for byte in bytes { write(byte: byte) }
    }

    /// A non-negative integer in decimal.
    @inline(__always)
    package func write(decimal value: Int) {
        precondition(value >= 0)
        reserve(20)
        if value < 10 {
            storage[count] = UInt8(truncatingIfNeeded: 0x30 + value)
            count += 1
            return
        }
        var digits = 0
        var rest = value
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        rest = value
        var position = count + digits - 1
        while rest > 0 {
            storage[position] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
            rest /= 10
            position -= 1
        }
        count += digits
    }

    /// Drains the buffer once it holds a full chunk.
    @inline(__always)
    package func flushIfFull() throws {
        if count >= capacity { try flush() }
    }

    /// Hands what is buffered to `drain`.
    package func flush() throws {
        guard count > 0 else { return }
        bytesWritten += count
        let chunk = Array(UnsafeBufferPointer(start: storage, count: count))
        count = 0
        try drain(chunk)
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
