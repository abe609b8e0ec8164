import CommuniqueTestSupport
import Foundation
import Testing

/// scripts/check-readme runs the ```sh and ```python blocks of Markdown
/// files (the README's commands in CI) and fails when one fails; the loading
/// recipes of docs/loading.md, the query notes and the README draft pass it.
/// Each test runs the script in a scratch git checkout holding a copy of the
/// files the blocks use, so the files the blocks create and the --clean
/// tidying never touch the repository (where other tests write meanwhile).
@Suite("README commands")
struct CommandLineDocsTests {
    /// A new git checkout with copies of the repository's scripts, examples,
    /// committed export, docs and README fixtures.
    func scratchCheckout() throws -> String {
        let root = try TestPaths.temporaryDirectory("readme-checkout")
        for path in ["scripts", "examples", "output", "docs", "Tests/Fixtures/readme", "Package.swift"] {
            let target = root + "/" + path
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: TestPaths.repository + "/" + path, toPath: target)
        }
        let commit = try ExternalTool.run(["sh", "-c", "git init -q && git add -A && git -c user.name=test "
                                           + "-c user.email=test@example.org commit -qm scratch"], directory: root)
        #expect(commit.status == 0, "\(commit.stderr)")
        return root
    }

    func checkReadme(_ arguments: [String], in root: String) throws -> ExternalTool.Output {
        try ExternalTool.run(["COMMUNIQUE_BIN=" + CommuniqueBinary.path, "python3", root + "/scripts/check-readme",
                              "--clean"] + arguments, directory: root)
    }

    @Test("the runnable blocks of a working README pass, other blocks are not run, created files are removed")
    func passing() throws {
        let root = try scratchCheckout()
        let scratch = root + "/readme-check-scratch"
        let run = try checkReadme(["Tests/Fixtures/readme/passing.md"], in: root)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        // two runnable blocks (sh, python); console, bash, plain and ~~~text are shown only
        #expect(run.stdout.contains("all 2 block(s) passed"), "\(run.stdout)")
        #expect(run.stdout.contains("passing.md:5 (sh"), "\(run.stdout)")
        #expect(run.stdout.contains("passing.md:13 (python"), "\(run.stdout)")
        #expect(!FileManager.default.fileExists(atPath: scratch), "the file a block made was not removed")
        let status = try ExternalTool.run(["git", "status", "--porcelain"], directory: root)
        #expect(status.stdout.isEmpty, "the checkout is not clean: \(status.stdout)")
    }

    @Test("a failing command fails the check, names the block and shows its output; the others still run")
    func failing() throws {
        let run = try checkReadme(["Tests/Fixtures/readme/failing.md"], in: try scratchCheckout())
        #expect(run.status == 1)
        #expect(run.stdout.contains("ok    Tests/Fixtures/readme/failing.md:3 (sh"), "\(run.stdout)")
        #expect(run.stdout.contains("FAIL  Tests/Fixtures/readme/failing.md:7 (sh"), "\(run.stdout)")
        #expect(run.stdout.contains("stdout| about to fail"), "\(run.stdout)")
        #expect(run.stdout.contains("FAIL  Tests/Fixtures/readme/failing.md:12 (python"), "\(run.stdout)")
        #expect(run.stdout.contains("the second failure"), "\(run.stdout)")
        #expect(run.stdout.contains("2 failure(s) in 3 block(s)"), "\(run.stdout)")
    }

    @Test("a command that changes a committed file fails the check, and the file is restored")
    func changesCommittedFile() throws {
        let root = try scratchCheckout()
        let path = root + "/Tests/Fixtures/readme/committed.txt"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let run = try checkReadme(["Tests/Fixtures/readme/changes-committed-file.md"], in: root)
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stdout.contains("changed committed files (restored): Tests/Fixtures/readme/committed.txt"), "\(run.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("the recipes and examples in the docs run as written",
          arguments: ["docs/loading.md", "examples/queries/README.md"])
    func docs(file: String) throws {
        let root = try scratchCheckout()
        let run = try checkReadme([file], in: root)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("block(s) passed"), "\(run.stdout)")
        let status = try ExternalTool.run(["git", "status", "--porcelain"], directory: root)
        #expect(status.stdout.isEmpty, "the blocks left the checkout changed: \(status.stdout)")
    }
}
