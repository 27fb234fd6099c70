/// A language stagesh speaks: its messages, help and headings.
///
/// English is the default; `--lang vi` or a `LANG=vi_*` environment selects
/// Vietnamese. Stage names, field names and data are never translated. A
/// language is its catalogue file in `Catalogues/`, listed in `all`.
public struct Language: Sendable, Hashable {
    let catalogue: Catalogue

    init(_ catalogue: Catalogue) { self.catalogue = catalogue }

    /// The code `--lang` takes: `en`, `vi`.
    public var code: String { catalogue.code }

    public static func == (a: Language, b: Language) -> Bool { a.code == b.code }
    public func hash(into h: inout Hasher) { h.combine(code) }

    /// Every language, English first; a language whose catalogue does not read is a build mistake its tests report.
    public static let all: [Language] = [PackageResources.en_txt, PackageResources.vi_txt].map { bytes in
        do throws(CatalogueError) { return Language(try Catalogue(bytes)) } catch { fatalError("a message catalogue does not read: \(error)") }
    }

    public static var english: Language { all[0] }
    public static var vietnamese: Language { named("vi")! }

    /// The language whose code is `code`, if stagesh has it.
    public static func named(_ code: String) -> Language? { all.first { $0.code == code.lowercased() } }

    /// The language a `LANG`/`LC_ALL`/`LC_MESSAGES` value asks for, if stagesh has it.
    public static func from(locale: String?) -> Language? {
        guard let l = locale?.lowercased(), !l.isEmpty else { return nil }
        if l == "c" || l.hasPrefix("c.") || l == "posix" { return .english }
        return all.first { l.hasPrefix($0.code) }
    }
}

extension Language: CustomStringConvertible {
    /// Its code, as `--lang` takes it.
    public var description: String { code }
}
