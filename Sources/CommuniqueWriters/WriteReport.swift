/// What a writer did that its caller may want to report.
package struct WriteReport: Sendable, Equatable {
    /// Characters illegal in the output syntax that were replaced by U+FFFD.
    package var replacedCharacters = 0
    package var nodes = 0
    package var edges = 0
    package var triples = 0

    package init() {}
}
