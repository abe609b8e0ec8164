internal import CLibXML2

/// One-time set-up of libxml2. `xmlInitParser()` must run once, on one thread,
/// before any thread uses the library; every entry point of this module calls
/// `LibXML.initialize()` first, and the command line calls it at start-up.
package enum LibXML {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    package static func initialize() {
        _ = initialized
        communique_silence_generic_errors()
    }

    /// The libxml2 version the package was built against, e.g. "2.9.14".
    package static var version: String {
        String(cString: communique_libxml_version())
    }
}
