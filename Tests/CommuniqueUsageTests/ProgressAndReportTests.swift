import Communique
import CommuniqueTestSupport
import Foundation
import Synchronization
import Testing

/// The progress bar (on a terminal only), --quiet, --verbose, the end-of-run
/// summary and --report FILE.json.
@Suite("progress and report")
struct ProgressAndReportTests {
    // MARK: the line

    @Test("the progress line shows percent, articles done of the total, megabytes, speed and time left")
    func line() {
        var line = ProgressLine()
        line.documents = 1204
        line.bytes = 11_800_000
        line.totalBytes = 25_100_000
        line.elapsed = 1.9
        let text = line.render(columns: 100)
        #expect(text.hasPrefix("[==============>"), "\(text)")
        #expect(text.contains(" 47%"), "\(text)")
        #expect(text.contains("1,204/~2,561 articles"), "\(text)")
        #expect(text.contains("11.8/25.1 MB"), "\(text)")
        #expect(text.contains("6.2 MB/s"), "\(text)")
        #expect(text.contains("ETA 0:02"), "\(text)")
        #expect(text.count <= 99)
        #expect(line.render(columns: 40).count <= 39)
        #expect(!line.render(columns: 40).contains("["), "no room for a bar in 40 columns")
    }

    @Test("an exact article total when every file is one article; the stage instead of the ETA after reading")
    func exactTotalAndStage() {
        var line = ProgressLine()
        line.documents = 3
        line.totalDocuments = 7
        line.bytes = 3_000
        line.totalBytes = 7_000
        line.elapsed = 2
        #expect(line.render().contains("3/7 articles"))
        #expect(line.render().contains("1.5 KB/s"))
        line.stage = "resolving"
        #expect(line.render().contains("resolving…"))
        #expect(!line.render().contains("ETA"))
        var unknown = ProgressLine()
        unknown.documents = 12
        unknown.bytes = 2_500_000
        unknown.elapsed = 1
        #expect(unknown.render().contains("12 articles  2.5 MB  2.5 MB/s"), "\(unknown.render())")
        #expect(!unknown.render().contains("%"))
    }

    // MARK: the meter

    final class Recorder: Sendable {
        let now = Mutex<Double>(0)
        let written = Mutex<[String]>([])
    }

    @Test("the meter stays silent for short runs, redraws at most ten times a second, and erases itself at the end")
    func meter() {
        let recorder = Recorder()
        let meter = ProgressMeter(delay: 2, interval: 0.1, columns: 80,
                                  write: { text in recorder.written.withLock { $0.append(text) } },
                                  clock: { recorder.now.withLock { $0 } })
        let at = { (time: Double) in recorder.now.withLock { $0 = time } }
        meter.started(files: 4, totalBytes: 4_000, oneArticlePerFile: true)
        at(1); meter.extracted(documents: 1, bytes: 1_000)
        #expect(recorder.written.withLock { $0.isEmpty }, "drew before the delay")
        at(2.5); meter.extracted(documents: 2, bytes: 2_000)
        at(2.55); meter.extracted(documents: 3, bytes: 3_000)
        #expect(recorder.written.withLock { $0.count } == 1, "redrew within the interval")
        at(2.7); meter.extracted(documents: 2, bytes: 2_000)  // late report from a slower thread
        at(2.71); meter.stage(.resolving)
        meter.finished()
        meter.finished()
        let written = recorder.written.withLock { $0 }
        #expect(written.count == 4)
        #expect(written[0].hasPrefix("\r[") && written[0].hasSuffix("\u{1B}[K"))
        #expect(written[0].contains("2/4 articles"))
        #expect(written[1].contains("3/4 articles"), "kept the largest count: \(written[1])")
        #expect(written[2].contains("resolving…") && written[2].contains("100%"))
        #expect(written[3] == "\r\u{1B}[K")
    }

    @Test("a meter that never drew prints nothing at the end; --quiet and --no-progress mean no meter")
    func silentMeter() {
        let recorder = Recorder()
        let meter = ProgressMeter(delay: 2, columns: 80, write: { text in recorder.written.withLock { $0.append(text) } },
                                  clock: { 0 })
        meter.started(files: 1, totalBytes: 10, oneArticlePerFile: true)
        meter.extracted(documents: 1, bytes: 10)
        meter.finished()
        #expect(recorder.written.withLock { $0.isEmpty })
        #expect(ProgressMeter.forCommandLine(quiet: true, progress: true) == nil)
        #expect(ProgressMeter.forCommandLine(quiet: false, progress: false) == nil)
    }

    // MARK: the command line

    /// Runs `communique ARGUMENTS` with its standard error on a pseudo-terminal
    /// (util-linux `script`), standard output to a file; returns what the
    /// terminal showed.
    func onTerminal(_ arguments: [String]) throws -> (terminal: String, stdout: String) {
        let directory = try TestPaths.temporaryDirectory("pty")
        let quote = { (text: String) in "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = ([CommuniqueBinary.path] + arguments).map(quote).joined(separator: " ")
            + " > " + quote(directory + "/stdout.txt")
        let run = try ExternalTool.run(["script", "-qfec", command, "/dev/null"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let stdout = (try? String(contentsOfFile: directory + "/stdout.txt", encoding: .utf8)) ?? ""
        return (run.stdout, stdout)
    }

    @Test("on a terminal, --progress draws the bar on standard error and erases it before the summary",
          .enabled(if: ExternalTool.exists("script"), "needs script (util-linux/bsdutils)"))
    func progressOnTerminal() throws {
        let output = try TestPaths.temporaryDirectory("pty-out")
        let (terminal, stdout) = try onTerminal(["export", "--output", output, "--progress"])
        #expect(stdout.isEmpty)
        #expect(terminal.contains("\r["), "no bar: \(terminal.debugDescription)")
        #expect(terminal.contains("\u{1B}[K"))
        #expect(terminal.contains("articles"))
        // A rate shows in the redraws made while articles are extracted; a run
        // shorter than the redraw interval has none (ProgressLine's own test
        // checks the rate's rendering).
        let extracting = terminal.components(separatedBy: "\r").contains { $0.hasPrefix("[") && !$0.contains("100%") && !$0.contains(" 0%") }
        if extracting { #expect(terminal.contains("KB/s") || terminal.contains("MB/s"), "\(terminal.debugDescription)") }
        #expect(terminal.contains("resolving…"))
        #expect(terminal.contains("writing graph.rdf…"))
        #expect(terminal.contains("/8 articles"), "the last redraw knows all 8 articles: \(terminal.debugDescription)")
        // the bar is erased, then the summary follows on clean lines
        #expect(terminal.contains("\r\u{1B}[Kread 8 articles from 7 files"), "\(terminal.debugDescription)")
        #expect(terminal.contains("found "))
    }

    @Test("on a terminal, --no-progress and --quiet draw no bar",
          .enabled(if: ExternalTool.exists("script"), "needs script (util-linux/bsdutils)"))
    func noProgressOnTerminal() throws {
        let output = try TestPaths.temporaryDirectory("pty-out")
        let plain = try onTerminal(["export", "--output", output, "--no-progress"])
        #expect(!plain.terminal.contains("\r["))
        #expect(!plain.terminal.contains("\u{1B}["))
        #expect(plain.terminal.contains("read 8 articles"))
        let quiet = try onTerminal(["export", "--output", output, "--quiet", "--progress"])
        #expect(quiet.terminal.isEmpty, "\(quiet.terminal.debugDescription)")
    }

    @Test("when standard error is not a terminal there is no bar, even with --progress")
    func noBarInPipes() throws {
        let output = try TestPaths.temporaryDirectory("pipe-out")
        let run = try CommuniqueBinary.run(["export", "--output", output, "--progress"])
        #expect(run.status == 0)
        #expect(!run.stderr.contains("\r"))
        #expect(!run.stderr.contains("\u{1B}"))
        #expect(!run.stderr.contains("ETA"))
        #expect(run.stderr.hasPrefix("read 8 articles from 7 files"), "\(run.stderr)")
    }

    func number(_ text: String, before word: String) -> Int? {
        guard let range = text.range(of: " " + word) else { return nil }
        let digits = text[..<range.lowerBound].reversed().prefix { $0.isNumber }
        return Int(String(digits.reversed()))
    }

    @Test("the summary and --report FILE.json say the same: articles, persons, ministers, meetings, institutions, declarations, skipped, warnings")
    func report() throws {
        let output = try TestPaths.temporaryDirectory("report")
        let run = try CommuniqueBinary.run(["export", "--output", output, "--report", output + "/report.json"])
        #expect(run.status == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: output + "/report.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["articles"] as? Int == 8)
        #expect(json["filesRead"] as? Int == 7)
        #expect((json["skipped"] as? [String])?.isEmpty == true)
        #expect((json["skippedReasons"] as? [String: Int])?.isEmpty == true)
        #expect((json["warnings"] as? [String])?.isEmpty == true)
        #expect((json["outputs"] as? [String])?.count == 2)
        for (key, word) in [("articles", "articles"), ("persons", "persons"), ("ministers", "ministers"),
                            ("meetings", "meetings"), ("institutions", "institutions"), ("declarations", "declarations")] {
            let shown = number(run.stderr, before: word)
            #expect(shown != nil && shown == json[key] as? Int, "\(key): summary says \(shown ?? -1), report \(json[key] ?? "-")")
        }
        #expect(run.stderr.contains("skipped nothing"))
        #expect(run.stderr.contains("warnings: none"))
    }

    @Test("skipped inputs are counted by reason, in the summary and the report; --verbose lists every one")
    func skippedReasons() throws {
        let input = try TestPaths.temporaryDirectory("skips")
        try FileManager.default.copyItem(atPath: TestPaths.repository + "/Sources/Communique/SampleCorpus/sample-05.html",
                                         toPath: input + "/good.html")
        try Data().write(to: URL(fileURLWithPath: input + "/empty.txt"))
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }).write(to: URL(fileURLWithPath: input + "/noise.txt"))
        try Data("{not json at all\n".utf8).write(to: URL(fileURLWithPath: input + "/broken.jsonl"))
        let output = try TestPaths.temporaryDirectory("skips-out")
        let run = try CommuniqueBinary.run(["export", input, "--output", output, "--verbose", "--report", output + "/r.json"])
        #expect(run.status == 0, "\(run.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: output + "/r.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let skipped = try #require(json["skipped"] as? [String])
        let reasons = try #require(json["skippedReasons"] as? [String: Int])
        #expect(skipped.count >= 3)
        #expect(reasons.values.reduce(0, +) == skipped.count)
        for name in ["empty.txt", "noise.txt", "broken.jsonl"] {
            #expect(skipped.contains { $0.hasPrefix(name) }, "\(name) not reported as skipped: \(skipped)")
        }
        #expect(run.stderr.contains("skipped \(skipped.count): "))
        for item in skipped { #expect(run.stderr.contains("  " + item), "--verbose does not list \(item)") }
        #expect(run.stderr.contains("read+extract: "))
        #expect(json["articles"] as? Int == 1)
    }

    @Test("--quiet prints nothing; --quiet with --verbose is a usage error")
    func quiet() throws {
        let output = try TestPaths.temporaryDirectory("quiet")
        let run = try CommuniqueBinary.run(["export", "--output", output, "--quiet"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let both = try CommuniqueBinary.run(["export", "--output", output, "--quiet", "--verbose"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("--quiet and --verbose"))
    }
}
