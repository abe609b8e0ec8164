/// Why a run could not do its job; `isUsage` errors exit with status 1,
/// the others with 2.
public struct ExportError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public let isUsage: Bool

    init(_ description: String, usage: Bool = true) {
        self.description = description
        isUsage = usage
    }
}
