import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the command line needs to know about the terminal it runs in.
public enum Terminal {
    /// True when standard error is a terminal that can redraw a line
    /// (not a file, not a pipe, not `TERM=dumb`).
    public static var standardErrorIsTerminal: Bool {
        guard isatty(STDERR_FILENO) == 1 else { return false }
        return ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// The width of the terminal on standard error; `$COLUMNS` or 80 when
    /// it cannot be told.
    public static func columns() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(text), value > 0 {
            return value
        }
        return 80
    }

    /// Writes `text` to standard error, unbuffered.
    public static func writeStandardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
