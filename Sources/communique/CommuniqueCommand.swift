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
          communique explain "Laftit" --graph out/graph.rdf  # what the graph says, and why

        Exit status: 0 success, 1 bad usage or input, 2 internal error.
        """,
        subcommands: [Export.self, Merge.self, Validate.self, Annotate.self, Explain.self],
        defaultSubcommand: nil
    )
}

/// Options shared by the commands that write a graph.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Folder to write graph.rdf, graph.graphml, ... into (created if missing).")
    var output: String

    @Option(name: .long, help: "Formats to write, comma-separated: rdfxml, graphml, ntriples, turtle, dot.")
    var format: String = "rdfxml,graphml"

    @Option(name: .long, help: "Base IRI of minted resources.")
    var base: String = "https://w3id.org/communique/id/"

    @Option(name: .long, help: "Folder of extra lexicon files laid over the bundled ones (repeatable).")
    var lexicon: [String] = []

    @Flag(name: .long, help: "Merge GraphML edges between the same two nodes (labels joined, weights summed), as Gephi shows them.")
    var mergeParallelEdges = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .long, help: "List every skipped input and warning, and the time each stage took.")
    var verbose = false

    @Flag(inversion: .prefixedNo,
          help: "Show the progress bar on a terminal from the start (--progress) or never (--no-progress); by default it appears for runs longer than two seconds. Never written to a file or pipe.")
    var progress: Bool? = nil

    @Option(name: .long, help: "Also write the run's report as JSON to this file.")
    var report: String?

    func formats() throws -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            guard let value = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format \"\(name)\" (use " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            if !formats.contains(value) { formats.append(value) }
        }
        guard !formats.isEmpty else { throw ValidationError("--format names no format") }
        return formats
    }

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    }

    func apply(to options: inout ExportOptions) throws {
        options.outputDirectory = output
        options.formats = try formats()
        options.base = base
        options.lexiconDirectories = lexicon
        options.mergeParallelEdges = mergeParallelEdges
    }
}

/// Runs a job with the progress display the options ask for, printing the
/// summary and mapping errors to exit codes.
func perform(_ common: OutputOptions, _ job: ExportJob, _ run: (ExportJob) throws -> ExportReport) throws {
    var job = job
    job.observer = ProgressMeter.forCommandLine(quiet: common.quiet, progress: common.progress)
    let reportPath = common.report
    do {
        let report = try run(job)
        if !common.quiet { FileHandle.standardError.write(Data((report.summary(verbose: common.verbose) + "\n").utf8)) }
        if let reportPath {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
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
        try perform(common, ExportJob(options: options)) { try $0.run() }
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
        try perform(common, ExportJob(options: options)) { try $0.merge(parts) }
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

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what an exported graph says about a person, meeting, institution or declaration, and why.",
        discussion: """
        Prints the resource's names, types and links, and for each meeting or declaration behind a link the \
        evidence sentences (cq:evidence) and the articles it was read from (cq:source). NAME is matched against \
        every label and written form, ignoring case, accents and Arabic letter variants; an IRI works too. \
        Exit status 1 when nothing matches (close names are suggested).
        """)

    @Argument(help: "A name or part of one, in any script, or an IRI.")
    var name: String

    @Option(name: .shortAndLong, help: "The exported graph to read: graph.rdf (RDF/XML) or graph.nt (N-Triples).")
    var graph: String = "output/graph.rdf"

    func run() throws {
        do {
            let explanation = try GraphExplainer.explain(name, graphPath: graph)
            if explanation.matches == 0 {
                FileHandle.standardError.write(Data(("communique: " + explanation.text).utf8))
                throw ExitCode(1)
            }
            print(explanation.text, terminator: "")
        } catch let error as ExportError {
            FileHandle.standardError.write(Data("communique: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
