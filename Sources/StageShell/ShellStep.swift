/// What one `-c` run or one `-f` asks the shell to run, in the order the command line gave them.
public enum ShellStep: Equatable, Sendable {
    /// Consecutive `-c` commands, run as the lines of one source.
    case commands([String])
    /// A script file, or `-` for standard input.
    case file(String)

    /// The `-c` values (`commands`) and `-f` values (`files`) in the order `arguments` (the
    /// command line after the program's name) gave them, runs of `-c` kept together:
    /// ArgumentParser keeps each option's values in order, but not their order between options.
    ///
    /// ArgumentParser never takes a word starting with `-` as an option's value (`--lang -c` is
    /// an error), so every `-c` and `-f` is a word of its own, a letter in a bundle of short
    /// options (`-qc`) or a name before `=` (`-c=list`), before `--`: no list of which options
    /// take a value is needed, and none can fall out of step with the declaration.
    public static func inOrder(arguments: [String], commands: [String], files: [String]) -> [ShellStep] {
        var order: [Character] = []
        for argument in arguments {
            if argument == "--" { break }
            guard argument.hasPrefix("-"), !argument.hasPrefix("--") else { continue }
            order += argument.dropFirst().prefix { $0 != "=" }.filter { $0 == "c" || $0 == "f" }
        }
        // Only if ArgumentParser came to read words otherwise: all the commands, then all the files.
        if order.filter({ $0 == "c" }).count != commands.count || order.filter({ $0 == "f" }).count != files.count {
            order = Array(repeating: "c", count: commands.count) + Array(repeating: "f", count: files.count)
        }
        var steps: [ShellStep] = []
        var nextCommand = commands.makeIterator(), nextFile = files.makeIterator()
        for option in order {
            if option == "f" {
                steps.append(.file(nextFile.next()!))
            } else if case .commands(let run)? = steps.last {
                steps[steps.count - 1] = .commands(run + [nextCommand.next()!])
            } else {
                steps.append(.commands([nextCommand.next()!]))
            }
        }
        return steps
    }
}
