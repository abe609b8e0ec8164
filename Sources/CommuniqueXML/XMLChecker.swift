internal import CLibXML2

/// Checks XML files with libxml2's streaming reader: well-formedness, and
/// validity against an XML Schema. The network is never used; warnings are
/// not reported (see the handler for the namespace-name ones).
package enum XMLChecker {
    package struct Problem: Sendable, CustomStringConvertible, Equatable {
        package let line: Int
        package let message: String
        package var description: String { "line \(line): \(message)" }
    }

    package struct Result: Sendable {
        package let problems: [Problem]
        package var isValid: Bool { problems.isEmpty }
    }

    private final class Collector {
        var problems: [Problem] = []
        let limit = 20
    }

    /// Reads `path` to the end; with `schema`, validates it against that XSD.
    /// Reports at most 20 problems.
    package static func check(path: String, schema: String? = nil) -> Result {
        LibXML.initialize()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_HUGE.rawValue)
        guard let reader = xmlReaderForFile(path, nil, options) else {
            return Result(problems: [Problem(line: 0, message: "cannot open \(path)")])
        }
        defer { xmlFreeTextReader(reader) }
        let collector = Collector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        let handler: xmlStructuredErrorFunc = { userData, error in
            guard let userData, let error else { return }
            let collector = Unmanaged<Collector>.fromOpaque(userData).takeUnretainedValue()
            guard collector.problems.count < collector.limit else { return }
            // Warnings are no problems, nor is a namespace name that libxml2
            // does not parse as a URI: RDF/XML namespace names are IRIs
            // (non-ASCII allowed), and libxml2 judges the value before
            // expanding `&amp;`. Raptor, rdflib and Oxigraph take both.
            guard error.pointee.level != XML_ERR_WARNING,
                  error.pointee.code != Int32(XML_WAR_NS_URI.rawValue),
                  error.pointee.code != Int32(XML_WAR_NS_URI_RELATIVE.rawValue) else { return }
            var message = error.pointee.message.map { String(cString: $0) } ?? "error"
            while message.hasSuffix("\n") { message.removeLast() }
            collector.problems.append(Problem(line: Int(error.pointee.line), message: message))
        }
        xmlTextReaderSetStructuredErrorHandler(reader, handler, context)
        if let schema {
            if xmlTextReaderSchemaValidate(reader, schema) != 0 {
                return Result(problems: [Problem(line: 0, message: "cannot load the schema \(schema)")])
            }
        }
        var status: Int32 = 1
        while status == 1 {
            status = xmlTextReaderRead(reader)
        }
        if status < 0 && collector.problems.isEmpty {
            collector.problems.append(Problem(line: 0, message: "the document is not well-formed"))
        }
        if schema != nil && xmlTextReaderIsValid(reader) != 1 && collector.problems.isEmpty {
            collector.problems.append(Problem(line: 0, message: "the document is not valid against the schema"))
        }
        return Result(problems: collector.problems)
    }
}
