#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte order of UTF-8 (which is code-point order): the fixed order the
/// writers sort IRIs and literals by. `memcmp` on the contiguous bytes, the
/// same answer as `a.utf8.lexicographicallyPrecedes(b.utf8)` many times faster.
package enum UTF8Order {
    @inline(__always)
    package static func precedes(_ a: String, _ b: String) -> Bool {
        compare(a, b) < 0
    }

    /// Negative, zero or positive as `a` precedes, equals or follows `b` in byte order.
    @inline(__always)
    package static func compare(_ a: String, _ b: String) -> Int {
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Int in
                let common = min(x.count, y.count)
                if common > 0 {
                    let order = memcmp(x.baseAddress!, y.baseAddress!, common)
                    if order != 0 { return Int(order) }
                }
                return x.count - y.count
            }
        }
        if let fast, let result = fast { return result }
        if a.utf8.elementsEqual(b.utf8) { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }

    /// The same code units (not Swift's canonical equivalence): `memcmp` on
    /// the contiguous bytes, the same answer as `a.utf8.elementsEqual(b.utf8)`.
    @inline(__always)
    package static func equal(_ a: String, _ b: String) -> Bool {
        let count = a.utf8.count
        guard count == b.utf8.count else { return false }
        guard count > 0 else { return true }
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                memcmp(x.baseAddress!, y.baseAddress!, count) == 0
            }
        }
        if let fast, let result = fast { return result }
        return a.utf8.elementsEqual(b.utf8)
    }
}
