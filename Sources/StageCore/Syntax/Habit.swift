/// A command that psql or sqlite3 users type by habit, declared once with what stagesh makes of it.
///
/// A habit that means exactly a stagesh command runs as that command (`\q` is
/// `quit`); any other is an error that names the stagesh command doing the
/// same, as psql answers a meta-command it does not know with an error.
/// Habits are never offered by completion nor listed by `help`: they are
/// answered, not taught.
public struct Habit: Sendable {
    /// The program whose habit it is.
    public enum Origin: String, Sendable {
        case psql, sqlite3
    }

    /// What stagesh does with the habit.
    public enum Response: Sendable {
        /// Runs as the stagesh command of this name, the habit's arguments after it.
        case runs(String)
        /// Fails, naming the stagesh command; given the tokens after the habit's name,
        /// so that `.mode csv` is answered `format csv`.
        case answers(@Sendable ([Token]) -> String)
    }

    /// Every spelling of the habit, matched exactly (psql's `\H` is not `\h`).
    public let names: [String]
    public let origin: Origin
    public let response: Response
    /// A hint after the answer, where the stagesh command differs in a way worth knowing.
    let note: (@Sendable () -> Message)?

    public init(_ names: String..., from origin: Origin, _ response: Response, note: (@Sendable () -> Message)? = nil) {
        self.names = names
        self.origin = origin
        self.response = response
        self.note = note
    }

    /// Whether `word` may be meant as another program's command (`\zz`, `.foo`)
    /// even though no habit has that name: it is then told that stagesh has none.
    static func looksLikeOne(_ word: String) -> Bool {
        guard let first = word.first, let second = word.dropFirst().first else { return false }
        return first == "\\" || (first == "." && second.isLetter)
    }
}
