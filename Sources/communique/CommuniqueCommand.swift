import ArgumentParser
import Communique
import Foundation

@main
struct CommuniqueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communique",
        abstract: "Turns news reports and communiqués about ministerial meetings into a knowledge graph (RDF/XML, GraphML).",
        discussion: """
        Examples:
          communique export --output out                     # the bundled sample corpus
          communique export articles/ feed.jsonl --output out
          communique export corpus --output out --format rdfxml,graphml,ntriples,turtle
          communique export corpus --output parts --shard 2/8 # one of eight partitions
          communique merge parts/*.cqpart --output out
          communique validate out/graph.graphml --schema graphml.xsd

        Exit status: 0 success, 1 bad usage or input, 2 internal error.
        """,
        subcommands: [Export.self, Merge.self, Validate.self, Annotate.self],
        defaultSubcommand: nil
    )
}

/// Options shared by the commands that write a graph.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Folder to write graph.rdf, graph.graphml, ... into (created if missing).")
    var output: String

    @Option(name: .long, help: "Formats to write, comma-separated: rdfxml, graphml, ntriples, turtle.")
    var format: String = "rdfxml,graphml"

    @Option(name: .long, help: "Base IRI of minted resources.")
    var base: String = "https://w3id.org/communique/id/"

    @Option(name: .long, help: "Folder of extra lexicon files laid over the bundled ones (repeatable).")
    var lexicon: [String] = []

    @Flag(name: .long, help: "Merge GraphML edges between the same two nodes (labels joined, weights summed), as Gephi shows them.")
    var mergeParallelEdges = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @Option(name: .long, help: "Also write the run's report as JSON to this file.")
    var report: String?

    func formats() throws -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            guard let value = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format \"\(name)\" (use rdfxml, graphml, ntriples, turtle)")
            }
            if !formats.contains(value) { formats.append(value) }
        }
        guard !formats.isEmpty else { throw ValidationError("--format names no format") }
        return formats
    }

    func apply(to options: inout ExportOptions) throws {
        options.outputDirectory = output
        options.formats = try formats()
        options.base = base
        options.lexiconDirectories = lexicon
        options.mergeParallelEdges = mergeParallelEdges
    }
}

/// Runs a job, printing the summary and mapping errors to exit codes.
func perform(_ quiet: Bool, reportPath: String?, _ job: () throws -> ExportReport) throws {
    do {
        let report = try job()
        if !quiet { FileHandle.standardError.write(Data((report.summaryText + "\n").utf8)) }
        if let reportPath {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(report).write(to: URL(fileURLWithPath: reportPath))
        }
    } catch let error as ExportError {
        FileHandle.standardError.write(Data("communique: \(error.description)\n".utf8))
        throw ExitCode(error.isUsage ? 1 : 2)
    } catch let error as ExitCode {
        throw error
    } catch {
        FileHandle.standardError.write(Data("communique: \(error)\n".utf8))
        throw ExitCode(2)
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles and export the graph.",
        discussion: "INPUT is any mix of files (.txt, .html/.htm, .jsonl) and folders (walked recursively), or - for standard input. With no INPUT the bundled sample corpus is exported.")

    @Argument(help: "Files, folders, or - for standard input.")
    var inputs: [String] = []

    @OptionGroup var common: OutputOptions

    @Option(name: .long, help: "Worker threads (default: one per core).")
    var jobs: Int = 0

    @Option(name: .long, help: "Process only partition K of N (K/N, 1-based) and write a partial file for `communique merge`.")
    var shard: String?

    func run() throws {
        var options = ExportOptions()
        options.inputs = inputs
        options.jobs = jobs
        try common.apply(to: &options)
        if let shard {
            let parts = shard.split(separator: "/").compactMap { Int($0) }
            guard parts.count == 2, parts[1] >= 1, (1...parts[1]).contains(parts[0]) else {
                throw ValidationError("--shard takes K/N with 1 <= K <= N, e.g. 2/8")
            }
            options.shard = (parts[0], parts[1])
        }
        guard jobs >= 0 else { throw ValidationError("--jobs must be 0 (all cores) or more") }
        let job = ExportJob(options: options)
        try perform(common.quiet, reportPath: common.report) { try job.run() }
    }
}

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Combine the partial files of `export --shard` into the final graph.")

    @Argument(help: "Partial files (*.cqpart).")
    var parts: [String]

    @OptionGroup var common: OutputOptions

    func run() throws {
        guard !parts.isEmpty else { throw ValidationError("give the .cqpart files to merge") }
        var options = ExportOptions()
        try common.apply(to: &options)
        let job = ExportJob(options: options)
        try perform(common.quiet, reportPath: common.report) { try job.merge(parts) }
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that an XML file (RDF/XML, GraphML) is well-formed, and valid against an XML Schema if one is given.")

    @Argument(help: "The file to check.")
    var file: String

    @Option(name: .long, help: "An XML Schema (XSD) to validate against, e.g. graphml.xsd.")
    var schema: String?

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else {
            FileHandle.standardError.write(Data("communique: no such file: \(file)\n".utf8))
            throw ExitCode(1)
        }
        let outcome = Validation.check(path: file, schema: schema)
        if outcome.isValid {
            print("\(file): valid")
        } else {
            for problem in outcome.problems { FileHandle.standardError.write(Data("\(file): \(problem)\n".utf8)) }
            throw ExitCode(1)
        }
    }
}

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the tool reads in a file: paragraphs, recognised phrases, extracted facts.",
        discussion: "Useful when adding a language or a known actor (see docs/lexicon-format.md).")

    @Argument(help: "A file or folder to read.")
    var input: String

    @Option(name: .long, help: "Folder of extra lexicon files laid over the bundled ones (repeatable).")
    var lexicon: [String] = []

    func run() throws {
        do {
            print(try Inspector.describe(input, lexiconDirectories: lexicon), terminator: "")
        } catch {
            FileHandle.standardError.write(Data("communique: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
