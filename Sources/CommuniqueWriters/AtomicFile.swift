import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file through a temporary sibling that is renamed into place only
/// when everything was written, so a failed or interrupted run never leaves
/// a truncated file under the final name.
package enum AtomicFile {
    package struct WriteError: Error, CustomStringConvertible {
        package let description: String
    }

    /// Runs `body` with a writer on a temporary file next to `path`, then
    /// renames it to `path`. On error the temporary file is removed.
    @discardableResult
    package static func write<Result>(to path: String, _ body: (ByteWriter) throws -> Result) throws -> Result {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/." + name + ".partial-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw WriteError(description: "cannot create \(temporary): \(String(cString: strerror(errno)))")
        }
        var closed = false
        defer {
            if !closed { close(descriptor) }
        }
        do {
            let writer = ByteWriter { bytes in
                try bytes.withUnsafeBytes { raw in
                    var offset = 0
                    while offset < raw.count {
                        let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                        if written < 0 {
                            if errno == EINTR { continue }
                            throw WriteError(description: "cannot write \(temporary): \(String(cString: strerror(errno)))")
                        }
                        offset += written
                    }
                }
            }
            let result = try body(writer)
            try writer.flush()
            closed = true
            if close(descriptor) != 0 {
                throw WriteError(description: "cannot close \(temporary): \(String(cString: strerror(errno)))")
            }
            if rename(temporary, path) != 0 {
                throw WriteError(description: "cannot rename \(temporary) to \(path): \(String(cString: strerror(errno)))")
            }
            return result
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
