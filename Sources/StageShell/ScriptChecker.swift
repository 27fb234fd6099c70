import Foundation
import StageCore

/// `--check FILE`: lexes and parses every command of a script and reports
/// every error, as batch mode would, without running it.
///
/// Only the script itself is read (and the snapshot named on the command
/// line); no file a command names is read or written. What the script's own
/// commands determine is checked too (`ScriptModel`): an unknown stage, say,
/// on the default pipeline or on stages the script added, until an import or
/// a `load` makes the session depend on files.
public enum ScriptChecker {
    /// What checking one script found.
    public struct Report: Equatable, Sendable {
        /// Commands found; a line that cannot be lexed counts as one.
        public var commands = 0
        /// The diagnostics, each formatted as batch mode writes it, in order.
        public var errors: [String] = []
    }

    /// Checks every line of `source` for a script that starts in `session`;
    /// lines ending in `\` continue as in scripts.
    public static func check(_ source: inout some LineSource, from session: Session = Session()) -> Report {
        var report = Report()
        var model = ScriptModel(session)
        var lineNumber = 0
        while var bytes = source.nextLine() {
            lineNumber += 1
            let first = lineNumber
            while let continued = Continuation.strip(bytes: bytes), let next = source.nextLine() {
                bytes = continued + [UInt8(ascii: " ")] + next
                lineNumber += 1
            }
            check(line: bytes, source: source.name, line: first, language: session.language, model: &model, into: &report)
        }
        return report
    }

    /// Checks one (joined) line: its bytes, its tokens, then each of its commands.
    static func check(
        line bytes: [UInt8], source: String, line: Int, language: Language = .english, model: inout ScriptModel,
        into report: inout Report
    ) {
        let text = String(decoding: bytes, as: UTF8.self)
        if let problem = Runner.checkBytes(bytes) {
            report.commands += 1
            report.errors.append(DiagnosticFormatter.format(problem, source: source, line: line, text: text, language: language))
            return
        }
        let commands: [[Token]]
        do {
            commands = Lexer.commands(try Lexer.tokenize(text))
        } catch {
            report.commands += 1
            report.errors.append(DiagnosticFormatter.format(error, source: source, line: line, text: text, language: language))
            return
        }
        for tokens in commands {
            report.commands += 1
            do throws(Diagnostic) {
                let (spec, command) = try Parser.parse(tokens)
                if let problem = model.check(spec, command) { throw problem }
            } catch {
                // As Session.execute does: a diagnostic without a place points at the whole command.
                var d = error
                if d.range == nil, let first = tokens.first, let last = tokens.last { d.range = first.range.union(last.range) }
                report.errors.append(DiagnosticFormatter.format(d, source: source, line: line, text: text, language: language))
            }
        }
    }

    /// Checks each file, for a script that starts in `session` with `snapshot` (named on the command line) loaded: diagnostics to standard error, a
    /// summary line per file to standard output.
    ///
    /// 0 when every file is clean, 1 otherwise.
    public static func run(
        paths: [String], opening snapshot: String? = nil, from session: Session = Session(),
        output: OutputSink
    ) -> Int32 {
        var start = session
        if let snapshot {
            // Read as `stagesh SNAPSHOT` opens it, and reported the same way when it does not read.
            let line = "load " + Quoting.quoteIfNeeded(snapshot)
            do {
                _ = try start.execute(line: line)
            } catch {
                output.writeError(DiagnosticFormatter.format(error, source: "<arguments>", line: 1, text: line, language: session.language))
                return 1
            }
        }
        var status: Int32 = 0
        for path in paths {
            let report: Report
            if path == "-" {
                var source = FileLineSource(descriptor: 0, name: "<stdin>")
                report = check(&source, from: start)
            } else {
                guard var source = FileLineSource(path: path, name: path) else {
                    output.writeError("stagesh: " + Message.cannotRead(path, Message.systemError(errno)).text(in: session.language) + "\n")
                    status = 1
                    continue
                }
                report = check(&source, from: start)
                source.close()
            }
            for e in report.errors { output.writeError(e) }
            output.write(
                Message.checkSummary(
                    path == "-" ? "<stdin>" : path, commands: report.commands,
                    errors: report.errors.count
                ).text(in: session.language) + "\n")
            if !report.errors.isEmpty { status = 1 }
        }
        return status
    }
}
