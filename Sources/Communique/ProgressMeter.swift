import Foundation
import Synchronization

/// The progress bar on a terminal: redraws one line of `ProgressLine` in
/// place (carriage return, erase to end of line) at most ten times a second,
/// only once the run has lasted `delay` seconds (short runs show nothing),
/// and erases it when the run ends, before the summary is printed.
public final class ProgressMeter: ExportObserver {
    private struct State {
        var line = ProgressLine()
        /// When the meter was made (the delay counts from here).
        var created: Double = 0
        /// When reading began (rates count from here).
        var started: Double?
        var lastDraw: Double = -1
        var visible = false
        var done = false
    }

    private let state = Mutex(State())
    private let write: @Sendable (String) -> Void
    private let clock: @Sendable () -> Double
    private let delay: Double
    private let interval: Double
    private let columns: Int

    /// - Parameters:
    ///   - delay: seconds before the bar first appears (0: at once).
    ///   - columns: the terminal width.
    ///   - write: where the control text goes (standard error by default).
    ///   - clock: seconds from some fixed point (injectable for tests).
    public init(delay: Double = 2, interval: Double = 0.1, columns: Int = Terminal.columns(),
                write: @escaping @Sendable (String) -> Void = { Terminal.writeStandardError($0) },
                clock: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }) {
        self.delay = delay
        self.interval = interval
        self.columns = columns
        self.write = write
        self.clock = clock
        let now = clock()
        state.withLock { $0.created = now }
    }

    /// A meter for standard error when it is a terminal, else nil: the bar
    /// never goes to a file or a pipe.
    public static func forStandardError(delay: Double = 2) -> ProgressMeter? {
        Terminal.standardErrorIsTerminal ? ProgressMeter(delay: delay) : nil
    }

    /// The meter the command line options ask for: none with `quiet` or
    /// `progress == false` or when standard error is not a terminal; from
    /// the start with `progress == true`; else after two seconds.
    public static func forCommandLine(quiet: Bool, progress: Bool?) -> ProgressMeter? {
        if quiet || progress == false { return nil }
        return forStandardError(delay: progress == true ? 0 : 2)
    }

    public func started(files: Int, totalBytes: Int?, oneArticlePerFile: Bool) {
        let now = clock()
        state.withLock { $0.started = now }
        update(force: false) { line in
            line.totalBytes = totalBytes
            line.totalDocuments = oneArticlePerFile ? files : nil
        }
    }

    public func extracted(documents: Int, bytes: Int) {
        update(force: false) { line in
            line.documents = max(line.documents, documents)
            line.bytes = max(line.bytes, bytes)
        }
    }

    public func stage(_ stage: ExportStage) {
        update(force: true) { line in
            line.stage = stage.description
            if let total = line.totalBytes { line.bytes = max(line.bytes, total) }
        }
    }

    public func finished() {
        state.withLock { state in
            guard !state.done else { return }
            state.done = true
            if state.visible { write("\r\u{1B}[K") }
        }
    }

    /// Applies `change`, then draws if the bar is due: after the delay, and
    /// not more often than the interval unless `force` (a new stage). Drawing
    /// happens under the lock, so redraws from several threads never land
    /// out of order.
    private func update(force: Bool, _ change: (inout ProgressLine) -> Void) {
        let now = clock()
        state.withLock { state in
            guard !state.done else { return }
            change(&state.line)
            guard now - state.created >= delay else { return }
            guard force || state.lastDraw < 0 || now - state.lastDraw >= interval else { return }
            state.lastDraw = now
            state.visible = true
            var line = state.line
            line.elapsed = now - (state.started ?? state.created)
            write("\r" + line.render(columns: columns) + "\u{1B}[K")
        }
    }
}
