import Testing

@testable import StageShell

/// `-c` and `-f` run in the order the command line gives them, whatever other options lie between.
@Suite struct ShellStepTests {
    static func steps(_ arguments: [String], _ commands: [String], _ files: [String]) -> [ShellStep] {
        ShellStep.inOrder(arguments: arguments, commands: commands, files: files)
    }

    @Test func interleavedRunsOfCommandsKeptTogether() {
        #expect(
            Self.steps(["-c", "a", "-f", "x.stg", "-c", "b", "-c", "c"], ["a", "b", "c"], ["x.stg"])
                == [.commands(["a"]), .file("x.stg"), .commands(["b", "c"])])
        #expect(Self.steps(["-f", "x", "-f", "y"], [], ["x", "y"]) == [.file("x"), .file("y")])
        #expect(Self.steps([], [], []) == [])
    }

    /// Every option that takes a value, `--data-dir` and `--template` among them: none is a list to keep in step.
    @Test func valuesOfOtherOptionsAreNotSteps() {
        let arguments = [
            "--data-dir", "d", "--template", "t", "--format", "csv", "--lang", "vi", "--now", "today",
            "--init", "i", "--play", "p", "--delay", "5", "--check", "k", "-f", "x", "-c", "a", "snapshot",
        ]
        #expect(Self.steps(arguments, ["a"], ["x"]) == [.file("x"), .commands(["a"])])
        // Names that hold a c or an f are no steps: ArgumentParser reads them as long options.
        #expect(
            Self.steps(["--format=csv", "-f", "x", "--check-invariants", "-c", "a", "--no-init"], ["a"], ["x"])
                == [.file("x"), .commands(["a"])])
    }

    @Test func bundledAndJoinedShortOptions() {
        #expect(Self.steps(["-qc", "a", "-f", "x", "-c", "b"], ["a", "b"], ["x"]) == [.commands(["a"]), .file("x"), .commands(["b"])])
        #expect(Self.steps(["-fc", "x", "a"], ["a"], ["x"]) == [.file("x"), .commands(["a"])])
        #expect(Self.steps(["-f=first.stg", "-c=a"], ["a"], ["first.stg"]) == [.file("first.stg"), .commands(["a"])])
        #expect(Self.steps(["-f", "-", "-c", "a"], ["a"], ["-"]) == [.file("-"), .commands(["a"])])
    }

    @Test func nothingAfterTheTerminatorIsAStep() {
        #expect(Self.steps(["-c", "a", "--", "-f"], ["a"], []) == [.commands(["a"])])
    }

    @Test func countsThatDoNotMatchFallBackToCommandsThenFiles() {
        #expect(Self.steps(["-c", "a"], ["a", "b"], ["x"]) == [.commands(["a", "b"]), .file("x")])
    }
}
