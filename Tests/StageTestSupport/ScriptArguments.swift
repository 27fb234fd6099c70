import StageShell

// The tests' one reading of a transcript's first line `# stagesh-args: ...`:
// `ScriptDirectives` (what `--play` reads it with), refusing what transcripts do
// not take. Tests/support/stagesh_args.py is the same for the Python tests and
// tools/check_transcripts.sh, with the same message.

/// The flags a script's first line `# stagesh-args: ...` asks for; throws on anything but --keep-going and --lang en|vi.
public func transcriptDirectives(script text: String) throws(UnknownScriptArgument) -> ScriptDirectives {
    let directives = ScriptDirectives(script: text)
    if let unknown = directives.unknown.first { throw UnknownScriptArgument(argument: unknown) }
    return directives
}

/// An argument in `# stagesh-args: ...` that transcripts do not take.
public struct UnknownScriptArgument: Error, CustomStringConvertible {
    public let argument: String
    public var description: String { "stagesh-args: only --keep-going and --lang en|vi are understood, not \(argument)" }
}
