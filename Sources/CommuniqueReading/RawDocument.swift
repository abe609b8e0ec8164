/// The undecoded bytes of one document: a whole text or HTML file, or one
/// line of a JSON Lines file.
package struct RawDocument: Sendable {
    package enum Payload: Sendable {
        case file([UInt8])
        case jsonLine([UInt8], line: Int)
    }

    package let input: InputFile
    package let payload: Payload

    package init(input: InputFile, payload: Payload) {
        self.input = input
        self.payload = payload
    }

    package var byteCount: Int {
        switch payload {
        case .file(let bytes): return bytes.count
        case .jsonLine(let bytes, _): return bytes.count
        }
    }
}
