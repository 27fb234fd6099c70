/// The language of messages, help and report headings.
///
/// English is the default; `--lang vi` or a `LANG=vi_*` environment selects
/// Vietnamese. Stage names, field names and data are never translated.
public enum Language: String, Sendable, CaseIterable {
    case en, vi

    /// The language a `LANG`/`LC_ALL`/`LC_MESSAGES` value asks for, if stagesh has it.
    public static func from(locale: String?) -> Language? {
        guard let l = locale?.lowercased(), !l.isEmpty else { return nil }
        if l.hasPrefix("vi") { return .vi }
        if l.hasPrefix("en") || l == "c" || l.hasPrefix("c.") || l == "posix" { return .en }
        return nil
    }
}

extension Messages {
    /// The language messages are given in; set once at start-up.
    nonisolated(unsafe) public static var language: Language = .en

    /// A language for the current task only, ahead of `language`; tests use it
    /// (`Messages.$override.withValue(.vi) { ... }`) so they need not flip the global.
    @TaskLocal static var override: Language?

    /// The language in effect: the task's override, else `language`.
    static var current: Language { override ?? language }

    /// The text for the current language.
    @inline(__always) static func t(_ en: @autoclosure () -> String, vi: @autoclosure () -> String) -> String {
        current == .vi ? vi() : en()
    }
}
