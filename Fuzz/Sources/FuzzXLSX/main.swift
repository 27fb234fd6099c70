import FuzzSupport

runFuzzer { data, size in
    var empty: UInt8 = 0
    return fuzz(data ?? withUnsafePointer(to: &empty) { $0 }, size)
}

/// LeakSanitizer's suppressions for this target, on top of `lsan.supp`:
/// ZIPFoundation 0.9.20 never frees the path it gets from
/// `FileManager.fileSystemRepresentation(withPath:)` when it opens an
/// archive (`makeBackingConfiguration`), some 70 bytes per workbook opened.
@_cdecl("__lsan_default_suppressions")
public func lsanDefaultSuppressions() -> UnsafePointer<CChar> {
    let s: StaticString = "leak:makeBackingConfiguration\n"
    return UnsafeRawPointer(s.utf8Start).assumingMemoryBound(to: CChar.self)
}
