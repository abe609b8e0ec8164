import CommuniqueTestSupport
import Foundation
import Testing

/// scripts/check-readme runs the ```sh and ```python blocks of Markdown
/// files (the README's commands in CI) and fails when one fails; the loading
/// recipes of docs/loading.md, the query notes and the README draft pass it.
/// Serialized: check-readme --clean removes the files the blocks create.
@Suite("README commands", .serialized)
struct CommandLineDocsTests {
    func checkReadme(_ arguments: [String]) throws -> ExternalTool.Output {
        try ExternalTool.run(["COMMUNIQUE_BIN=" + CommuniqueBinary.path, "python3",
                              TestPaths.repository + "/scripts/check-readme", "--clean"] + arguments)
    }

    @Test("the runnable blocks of a working README pass, other blocks are not run, created files are removed")
    func passing() throws {
        let scratch = TestPaths.repository + "/readme-check-scratch"
        #expect(!FileManager.default.fileExists(atPath: scratch))
        let run = try checkReadme(["Tests/Fixtures/readme/passing.md"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        // two runnable blocks (sh, python); console, bash, plain and ~~~text are shown only
        #expect(run.stdout.contains("all 2 block(s) passed"), "\(run.stdout)")
        #expect(run.stdout.contains("passing.md:5 (sh"), "\(run.stdout)")
        #expect(run.stdout.contains("passing.md:13 (python"), "\(run.stdout)")
        #expect(!FileManager.default.fileExists(atPath: scratch), "the file a block made was not removed")
    }

    @Test("a failing command fails the check, names the block and shows its output; the others still run")
    func failing() throws {
        let run = try checkReadme(["Tests/Fixtures/readme/failing.md"])
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
        let path = TestPaths.fixtures + "/readme/committed.txt"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let run = try checkReadme(["Tests/Fixtures/readme/changes-committed-file.md"])
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stdout.contains("changed committed files (restored): Tests/Fixtures/readme/committed.txt"), "\(run.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("the recipes and examples in the docs run as written",
          arguments: ["docs/loading.md", "examples/queries/README.md", "docs/README-usage-draft.md"])
    func docs(file: String) throws {
        let run = try checkReadme([file])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("block(s) passed"), "\(run.stdout)")
    }
}
