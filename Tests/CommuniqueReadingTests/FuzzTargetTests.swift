import CommuniqueTestSupport
import Foundation
import Testing

/// The fuzz target (Sources/CommuniqueFuzz, run under libFuzzer by fuzz/run):
/// its ordinary build replays inputs, so every reading fixture, in each of
/// the four reading modes, must pass its invariants here too.
@Suite("the fuzz target")
struct FuzzTargetTests {
    @Test("the replayer passes every fixture in every mode; a broken invariant would stop it")
    func replayFixtures() throws {
        let replayer = TestPaths.repository + "/.build/debug/CommuniqueFuzz"
        try #require(FileManager.default.isExecutableFile(atPath: replayer), "build with `swift build --build-tests`")
        let folder = try TestPaths.temporaryDirectory("fuzz-seeds")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var inputs: [String] = []
        let root = Reading.fixtures
        let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted()
        for (index, file) in files.enumerated() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + file, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let bytes = try Reading.bytes(root + "/" + file)
            for mode: UInt8 in 0...3 {
                let path = folder + "/\(index)-\(mode)"
                try Reading.write([mode] + bytes, to: path)
                inputs.append(path)
            }
        }
        #expect(inputs.count >= 80)
        let run = try ExternalTool.run([replayer] + inputs)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == inputs.count)
    }
}
