import Synchronization

/// A language stagesh speaks: its messages, help and headings.
///
/// English is the default; `--lang vi` or a `LANG=vi_*` environment selects
/// Vietnamese. Stage names, field names and data are never translated. A
/// language is its catalogue file in `Catalogues/`, listed in `all`.
public struct Language: Sendable, Hashable {
    /// The code `--lang` takes: `en`, `vi`.
    public let code: String
    private let store: CatalogueStore

    /// The language's texts, read from its file the first time one is said: a session in
    /// English never reads the Vietnamese catalogue.
    var catalogue: Catalogue { store.catalogue }

    public static func == (a: Language, b: Language) -> Bool { a.code == b.code }
    public func hash(into h: inout Hasher) { h.combine(code) }

    /// Every language, English first.
    public static let all: [Language] = [PackageResources.en_txt, PackageResources.vi_txt].map { bytes in
        let store = CatalogueStore(bytes)
        return Language(code: store.code, store: store)
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

/// A catalogue file's bytes and, once a text of it is said, the catalogue read from them.
private final class CatalogueStore: Sendable {
    let code: String
    private let bytes: [UInt8]
    private let read = Mutex<Catalogue?>(nil)

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        code = Catalogue.code(of: bytes) ?? ""
    }

    /// The catalogue; a file that does not read is a build mistake the catalogue tests report.
    var catalogue: Catalogue {
        read.withLock { read in
            if let read { return read }
            do throws(CatalogueError) {
                let catalogue = try Catalogue(bytes)
                read = catalogue
                return catalogue
            } catch {
                fatalError("the \(code) message catalogue does not read: \(error)")
            }
        }
    }
}
