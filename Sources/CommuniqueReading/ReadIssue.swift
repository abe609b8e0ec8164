/// Something the reader skipped or repaired, reported to the user.
package struct ReadIssue: Sendable, Codable, Hashable, CustomStringConvertible {
    package enum Kind: String, Sendable, Codable {
        /// The whole input was skipped.
        case skipped
        /// Part of the input was skipped (a JSON Lines record).
        case partlySkipped
        /// The input was read but something had to be repaired.
        case repaired
    }

    package let kind: Kind
    package let path: String
    package let line: Int?
    package let message: String

    package init(_ kind: Kind, path: String, line: Int? = nil, message: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.message = message
    }

    package var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(message)"
    }
}
