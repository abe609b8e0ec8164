import CommuniqueXML

/// `communique validate`: well-formedness, and validity against an XSD.
public enum Validation {
    public struct Outcome: Sendable {
        public let problems: [String]
        public var isValid: Bool { problems.isEmpty }
    }

    public static func check(path: String, schema: String?) -> Outcome {
        let result = XMLChecker.check(path: path, schema: schema)
        return Outcome(problems: result.problems.map(\.description))
    }
}
