/// A small deterministic random generator (SplitMix64). The standard
/// library's `random(in:using:)` may change its algorithm between Swift
/// releases, so the corpus draws every number through these methods to stay
/// byte-identical for a seed on any toolchain.
package struct SeededRandom {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for a sub-task (an article, a country), so one
    /// part of the corpus does not shift when another changes.
    package init(seed: UInt64, stream: UInt64) {
        state = seed ^ (stream &* 0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03
        _ = next()
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< bound (bound > 0).
    package mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }

    /// lower ... upper.
    package mutating func between(_ lower: Int, _ upper: Int) -> Int {
        lower + below(upper - lower + 1)
    }

    /// True with probability `probability`.
    package mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    package mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// An index drawn with the given (non-negative) weights.
    package mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var point = Double(next() >> 11) / Double(1 << 53) * total
        for (index, weight) in weights.enumerated() {
            point -= weight
            if point < 0 { return index }
        }
        return weights.count - 1
    }
}
