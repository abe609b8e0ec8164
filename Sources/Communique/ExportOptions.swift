import CommuniqueGraph

/// What an export run reads, writes and how.
public struct ExportOptions: Sendable {
    /// Files and folders to read; empty means the bundled sample corpus.
    public var inputs: [String] = []
    public var outputDirectory: String = "output"
    public var formats: [OutputFormat] = [.rdfxml, .graphml]
    public var base: String = Vocabulary.defaultBase
    /// Worker threads; 0 means one per core.
    public var jobs: Int = 0
    /// Extra lexicon folders laid over the bundled data.
    public var lexiconDirectories: [String] = []
    /// Process only the K-th (1-based) of N partitions and write a partial file.
    public var shard: (index: Int, count: Int)? = nil
    /// Merge edges between the same two nodes in the GraphML (for Gephi).
    public var mergeParallelEdges = false
    /// Skip input files larger than this.
    public var maxFileBytes = 64 << 20

    public init() {}
}
