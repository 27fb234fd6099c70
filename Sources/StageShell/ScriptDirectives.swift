import Foundation
import StageCore

/// The flags a script's first line `# stagesh-args: ...` asks to be run with.
///
/// The transcript tests run a script with them (and refuse any they do not
/// know); `--play` takes the language from them, so a Vietnamese lesson
/// speaks Vietnamese without `--lang vi`.
public struct ScriptDirectives: Equatable, Sendable {
    public static let prefix = "# stagesh-args:"

    /// `--keep-going`.
    public var keepGoing: Bool
    /// `--lang en|vi` or `--lang=vi`.
    public var language: Language?
    /// Arguments not understood, as written (`--echo`, `--lang fr`, a `--lang` without a value).
    public var unknown: [String]

    public init(keepGoing: Bool = false, language: Language? = nil, unknown: [String] = []) {
        self.keepGoing = keepGoing
        self.language = language
        self.unknown = unknown
    }

    /// The directives of a script whose text starts with `text`; none unless its first line is one.
    public init(script text: some StringProtocol) {
        self.init()
        let firstLine = String(text.prefix { $0 != "\n" })
        guard firstLine.hasPrefix(ScriptDirectives.prefix) else { return }
        var args = firstLine.dropFirst(ScriptDirectives.prefix.count).split(whereSeparator: \.isWhitespace).map(String.init)[...]
        while let arg = args.popFirst() {
            if arg == "--keep-going" {
                keepGoing = true
            } else if arg == "--lang" || arg.hasPrefix("--lang=") {
                let value = arg == "--lang" ? args.popFirst() : String(arg.dropFirst("--lang=".count))
                if let value, let language = Language.named(value) {
                    self.language = language
                } else {
                    unknown.append(arg + (value.map { " " + $0 } ?? ""))
                }
            } else {
                unknown.append(arg)
            }
        }
    }

    /// The directives of the script at `path`; none when it cannot be read.
    public init(path: String) {
        guard var source = FileLineSource(path: path, name: path) else {
            self.init()
            return
        }
        defer { source.close() }
        self.init(script: source.nextLine().map { String(decoding: $0, as: UTF8.self) } ?? "")
    }
}
