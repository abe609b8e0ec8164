/// What an export run is doing, told as it happens: for a progress display
/// or a log. Called from several threads at once; implementations must be
/// thread-safe, and counts may arrive slightly out of order (keep the largest).
public protocol ExportObserver: Sendable {
    /// The inputs were found: how many files, their total size (nil when
    /// unknown, as for standard input), and whether each file is one
    /// article (no JSON Lines), which makes the article total exact.
    func started(files: Int, totalBytes: Int?, oneArticlePerFile: Bool)
    /// Documents read and extracted so far, and their bytes.
    func extracted(documents: Int, bytes: Int)
    /// A new stage began.
    func stage(_ stage: ExportStage)
    /// The run ended (successfully or not); a display clears itself.
    func finished()
}

/// The stages of a run after reading.
public enum ExportStage: Sendable, Equatable, CustomStringConvertible {
    case resolving
    case writing(String)
    case merging

    public var description: String {
        switch self {
        case .resolving: return "resolving"
        case .writing(let path): return "writing " + ((path as String).split(separator: "/").last.map(String.init) ?? path)
        case .merging: return "merging"
        }
    }
}
