import CommuniqueGraph
import Foundation

/// Reads N-Triples (RDF 1.1) into a graph: one triple a line, `#` comments,
/// IRIs in angle brackets, blank nodes `_:x`, literals with a language tag
/// or a datatype, the string escapes `\t \b \n \r \f \" \' \\ \uXXXX \UXXXXXXXX`.
struct NTriplesParser {
    struct SyntaxError: Error, CustomStringConvertible {
        let line: Int
        let message: String
        var description: String { "line \(line): \(message)" }
    }

    /// Adds every triple of the file at `path` to `graph`.
    static func read(_ path: String, into graph: inout Graph) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExportError("cannot read \(path)")
        }
        var number = 0
        for rawLine in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let line = String(decoding: rawLine, as: UTF8.self)
            do {
                try parse(line, into: &graph)
            } catch let error as SyntaxError {
                throw ExportError("\(path):\(number): \(error.message)")
            }
        }
    }

    /// Parses one line (which may be empty or a comment).
    static func parse(_ line: String, into graph: inout Graph) throws {
        var scanner = Scanner(Array(line.unicodeScalars))
        scanner.skipSpace()
        if scanner.atEnd || scanner.peek == "#" { return }
        let subject = try scanner.term(allowLiteral: false)
        scanner.skipSpace()
        guard case .iri(let predicate) = try scanner.term(allowLiteral: false) else {
            throw SyntaxError(line: 0, message: "a predicate must be an IRI")
        }
        scanner.skipSpace()
        let object = try scanner.term(allowLiteral: true)
        scanner.skipSpace()
        guard scanner.take() == "." else { throw SyntaxError(line: 0, message: "expected '.' at the end of the triple") }
        scanner.skipSpace()
        guard scanner.atEnd || scanner.peek == "#" else { throw SyntaxError(line: 0, message: "text after the triple") }
        graph.add(subject, predicate, object)
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { index >= scalars.count }
        var peek: Unicode.Scalar? { atEnd ? nil : scalars[index] }

        mutating func take() -> Unicode.Scalar? {
            guard !atEnd else { return nil }
            index += 1
            return scalars[index - 1]
        }

        mutating func skipSpace() {
            while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "\r" { index += 1 }
        }

        func fail(_ message: String) -> SyntaxError { SyntaxError(line: 0, message: message) }

        mutating func term(allowLiteral: Bool) throws -> Term {
            switch peek {
            case "<": return .iri(IRI(try iri()))
            case "_":
                index += 1
                guard take() == ":" else { throw fail("expected ':' after '_'") }
                var label = ""
                while let scalar = peek, scalar != " " && scalar != "\t" {
                    if scalar == "." {
                        // a label may hold dots but not end with one
                        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                        if next == " " || next == "\t" || next == "\r" { break }
                    }
                    label.unicodeScalars.append(scalar)
                    index += 1
                }
                guard !label.isEmpty else { throw fail("empty blank node label") }
                return .blank(label)
            case "\"" where allowLiteral:
                index += 1
                var text = ""
                while true {
                    guard let scalar = take() else { throw fail("unterminated string") }
                    if scalar == "\"" { break }
                    if scalar == "\\" {
                        text.unicodeScalars.append(try escape())
                    } else {
                        text.unicodeScalars.append(scalar)
                    }
                }
                if peek == "@" {
                    index += 1
                    var tag = ""
                    while let scalar = peek, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" {
                        tag.unicodeScalars.append(scalar)
                        index += 1
                    }
                    return .literal(Literal(text, language: tag))
                }
                if peek == "^" {
                    index += 1
                    guard take() == "^" else { throw fail("expected '^^'") }
                    return .literal(Literal(text, datatype: IRI(try iri())))
                }
                return .literal(Literal(text))
            default:
                throw fail("expected an IRI, a blank node" + (allowLiteral ? " or a literal" : ""))
            }
        }

        mutating func iri() throws -> String {
            guard take() == "<" else { throw fail("expected '<'") }
            var text = ""
            while true {
                guard let scalar = take() else { throw fail("unterminated IRI") }
                if scalar == ">" { return text }
                if scalar == "\\" {
                    text.unicodeScalars.append(try escape())
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }

        mutating func escape() throws -> Unicode.Scalar {
            guard let code = take() else { throw fail("unterminated escape") }
            switch code {
            case "t": return "\t"
            case "b": return "\u{08}"
            case "n": return "\n"
            case "r": return "\r"
            case "f": return "\u{0C}"
            case "\"": return "\""
            case "'": return "'"
            case "\\": return "\\"
            case "u", "U":
                let count = code == "u" ? 4 : 8
                var value: UInt32 = 0
                for _ in 0..<count {
                    guard let digit = take(), let nibble = UInt32(String(digit), radix: 16) else {
                        throw fail("bad \\\(code) escape")
                    }
                    value = value << 4 | nibble
                }
                guard let scalar = Unicode.Scalar(value) else { throw fail("\\\(code) escape is not a character") }
                return scalar
            default:
                throw fail("unknown escape \\\(code)")
            }
        }
    }
}
