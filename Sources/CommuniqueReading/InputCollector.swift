import Foundation

/// Expands the inputs a user names into the files to read: folders are walked
/// recursively with entries sorted by name, hidden files and folders skipped,
/// symbolic links to folders not followed. A file with an unknown extension
/// found in a folder is listed as unsupported (skipped with a warning); one
/// named directly is read and sniffed.
package enum InputCollector {
    package struct Missing: Error, CustomStringConvertible {
        package let path: String
        package var description: String { "no such file or folder: \(path)" }
    }

    package static func collect(_ inputs: [String]) throws -> [InputFile] {
        var files: [InputFile] = []
        let manager = FileManager.default
        for input in inputs {
            if input == "-" {
                files.append(InputFile(path: "-", relativePath: "stdin", format: .unknown))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: input, isDirectory: &isDirectory) else { throw Missing(path: input) }
            if isDirectory.boolValue {
                walk(input, relative: "", into: &files)
            } else {
                let name = (input as NSString).lastPathComponent
                files.append(InputFile(path: input, relativePath: name, format: InputFile.format(ofExtension: name)))
            }
        }
        return files
    }

    private static func walk(_ folder: String, relative: String, into files: inout [InputFile]) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            guard let attributes = try? manager.attributesOfItem(atPath: path),
                  let type = attributes[.type] as? FileAttributeType else { continue }
            if type == .typeDirectory {
                walk(path, relative: relativePath, into: &files)
            } else if type == .typeRegular || type == .typeSymbolicLink {
                let format = InputFile.format(ofExtension: name)
                files.append(InputFile(path: path, relativePath: relativePath,
                                       format: format == .unknown ? .unsupported : format))
            }
        }
    }
}
