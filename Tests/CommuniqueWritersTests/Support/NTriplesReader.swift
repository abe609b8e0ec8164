import CommuniqueGraph

/// A small, strict N-Triples reader for the project's fixtures, so a test can
/// build a `Graph` from a `.nt` file without going through the writers or a
/// Python parser: IRIs in `<>`, `_:` blank nodes, literals with `@lang` or
/// `^^<datatype>`, the string escapes and `\u`/`\U` escapes, `#` comments.
enum NTriplesReader {
    struct Failure: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "line \(line): \(message)" }
    }

    static func graph(_ text: String) throws -> Graph {
        var graph = Graph()
        for (subject, predicate, object) in try triples(text) {
            graph.add(subject, predicate, object)
        }
        return graph
    }

    static func triples(_ text: String) throws -> [(Term, IRI, Term)] {
        var result: [(Term, IRI, Term)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var cursor = Cursor(scalars: Array(line.unicodeScalars), line: index + 1)
            cursor.skipSpace()
            if cursor.atEnd || cursor.peek == "#" { continue }
            let subject = try cursor.resource()
            cursor.skipSpace()
            guard case .iri(let predicate) = try cursor.resource() else { throw cursor.failure("blank predicate") }
            cursor.skipSpace()
            let object = try cursor.term()
            cursor.skipSpace()
            try cursor.expect(".")
            cursor.skipSpace()
            if !cursor.atEnd && cursor.peek != "#" { throw cursor.failure("text after the triple") }
            result.append((subject, predicate, object))
        }
        return result
    }

    private struct Cursor {
        let scalars: [Unicode.Scalar]
        let line: Int
        var index = 0

        init(scalars: [Unicode.Scalar], line: Int) {
            self.scalars = scalars
            self.line = line
        }

        var atEnd: Bool { index >= scalars.count }
        var peek: Unicode.Scalar { scalars[index] }

        func failure(_ message: String) -> Failure { Failure(line: line, message: message + " at column \(index + 1)") }

        mutating func skipSpace() {
            while !atEnd && (peek == " " || peek == "\t" || peek == "\r") { index += 1 }
        }

        mutating func expect(_ scalar: Unicode.Scalar) throws {
            guard !atEnd, peek == scalar else { throw failure("expected '\(scalar)'") }
            index += 1
        }

        mutating func resource() throws -> Term {
            guard !atEnd else { throw failure("missing term") }
            if peek == "<" { return .iri(try iri()) }
            if peek == "_" { return .blank(try blank()) }
            throw failure("expected an IRI or a blank node")
        }

        mutating func term() throws -> Term {
            guard !atEnd else { throw failure("missing object") }
            if peek == "\"" { return .literal(try literal()) }
            return try resource()
        }

        mutating func iri() throws -> IRI {
            try expect("<")
            var value = String.UnicodeScalarView()
            while true {
                guard !atEnd else { throw failure("unterminated IRI") }
                let scalar = peek
                index += 1
                if scalar == ">" { break }
                if scalar == "\\" {
                    value.append(try unicodeEscape())
                } else {
                    guard scalar.value > 0x20, !"<\"{}|^`".unicodeScalars.contains(scalar) else {
                        throw failure("character U+\(String(scalar.value, radix: 16)) in an IRI")
                    }
                    value.append(scalar)
                }
            }
            let text = String(value)
            guard text.contains(":") else { throw failure("relative IRI <\(text)>") }
            return IRI(text)
        }

        mutating func blank() throws -> String {
            try expect("_")
            try expect(":")
            var label = String.UnicodeScalarView()
            while !atEnd, peek != " ", peek != "\t", peek != "." || (index + 1 < scalars.count && scalars[index + 1] != " ") {
                label.append(peek)
                index += 1
            }
            guard !label.isEmpty else { throw failure("empty blank node label") }
            return String(label)
        }

        mutating func literal() throws -> Literal {
            try expect("\"")
            var value = String.UnicodeScalarView()
            while true {
                guard !atEnd else { throw failure("unterminated literal") }
                let scalar = peek
                index += 1
                if scalar == "\"" { break }
                guard scalar == "\\" else {
                    value.append(scalar)
                    continue
                }
                guard !atEnd else { throw failure("dangling backslash") }
                let escaped = peek
                switch escaped {
                case "t": value.append("\t"); index += 1
                case "b": value.append("\u{8}"); index += 1
                case "n": value.append("\n"); index += 1
                case "r": value.append("\r"); index += 1
                case "f": value.append("\u{C}"); index += 1
                case "\"", "'", "\\": value.append(escaped); index += 1
                case "u", "U": value.append(try unicodeEscape())
                default: throw failure("unknown escape \\\(escaped)")
                }
            }
            let lexical = String(value)
            if !atEnd && peek == "@" {
                index += 1
                var tag = ""
                while !atEnd, peek.properties.isASCIIHexDigit || ("a"..."z").contains(peek) || ("A"..."Z").contains(peek)
                    || peek == "-" {
                    tag.unicodeScalars.append(peek)
                    index += 1
                }
                guard Literal.isWellFormedLanguageTag(tag) else { throw failure("bad language tag '\(tag)'") }
                return Literal(lexical, language: tag)
            }
            if !atEnd && peek == "^" {
                try expect("^")
                try expect("^")
                return Literal(lexical, datatype: try iri())
            }
            return Literal(lexical)
        }

        /// After a backslash in an IRI or literal: `uXXXX` or `UXXXXXXXX`.
        mutating func unicodeEscape() throws -> Unicode.Scalar {
            guard !atEnd, peek == "u" || peek == "U" else { throw failure("expected \\u or \\U") }
            let width = peek == "u" ? 4 : 8
            index += 1
            guard index + width <= scalars.count else { throw failure("short \\u escape") }
            var hex = ""
            hex.unicodeScalars.append(contentsOf: scalars[index..<(index + width)])
            index += width
            guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                throw failure("bad \\u escape \(hex)")
            }
            return scalar
        }
    }
}
