/// A hash that is the same on every machine and every run (Swift's `Hasher`
/// is seeded per process), for IRIs and partitioning.
package enum StableHash {
    /// 64-bit FNV-1a over the UTF-8 bytes of `text`.
    package static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Six lower-case base-36 characters of the hash of `text`.
    package static func short(_ text: String) -> String {
        var value = fnv1a(text) % 2_176_782_336  // 36^6
        let digits = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        var result = [Character](repeating: "0", count: 6)
        for index in stride(from: 5, through: 0, by: -1) {
            result[index] = digits[Int(value % 36)]
            value /= 36
        }
        return String(result)
    }
}
