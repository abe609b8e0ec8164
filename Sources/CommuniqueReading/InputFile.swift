/// An input to read: a file found on disk, or standard input.
package struct InputFile: Sendable, Hashable {
    package enum Format: String, Sendable {
        case text
        case html
        case jsonLines
        /// Decided by looking at the bytes.
        case unknown
        /// Found in a folder with an extension the tool does not read: skipped
        /// with a warning, never opened.
        case unsupported
    }

    /// Where to read it; `-` for standard input.
    package let path: String
    /// The path relative to the input argument it was found under (the file
    /// name for a file given directly).
    package let relativePath: String
    package let format: Format

    package init(path: String, relativePath: String, format: Format) {
        self.path = path
        self.relativePath = relativePath
        self.format = format
    }

    /// The base name: the article identifier of a text or HTML file.
    package var baseName: String {
        if path == "-" { return "stdin" }
        return String(relativePath.split(separator: "/").last ?? Substring(relativePath))
    }

    /// The format its extension names.
    package static func format(ofExtension name: String) -> Format {
        let lower = name.lowercased()
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { return .text }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonLines }
        return .unknown
    }
}
