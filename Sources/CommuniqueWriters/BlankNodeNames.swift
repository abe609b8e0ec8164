import CommuniqueGraph

/// Gives every blank node label a name that is an NCName and an N-Triples
/// label (`b1`, `b2`, ... in code-point order of the labels), so writers agree
/// and output is deterministic.
package struct BlankNodeNames {
    private var names: [String: String] = [:]

    package init(labels: Set<String>) {
        for (index, label) in labels.sorted(by: { UTF8Order.precedes($0, $1) }).enumerated() {
            names[label] = "b\(index + 1)"
        }
    }

    package func name(_ label: String) -> String { names[label] ?? "b0" }
}
