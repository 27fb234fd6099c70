import ArgumentParser
import Foundation

#if os(Linux)
/// glibc's `mallopt`, from <malloc.h>, which Glibc's module map leaves out.
@_silgen_name("mallopt") func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
// swift-format-ignore: AlwaysUseLowerCamelCase
// The name glibc gives it in <malloc.h>.
let M_MMAP_THRESHOLD: Int32 = -3

// A session's columns are big arrays that grow and are dropped (an import's
// parts, an undone import). glibc raises its mmap threshold each time one is
// freed, after which such arrays come from the heap and their pages stay
// resident; a fixed threshold gives them back to the system when freed.
_ = mallopt(M_MMAP_THRESHOLD, 256 << 10)
#endif

// Usage errors exit with 2, as GNU tools and argparse do, not ArgumentParser's 64.
do {
    var command = try Stagesh.parseAsRoot()
    try command.run()
} catch {
    let code = Stagesh.exitCode(for: error)
    if code == .success {
        Stagesh.exit(withError: error)
    }
    if code.rawValue == 64 {
        FileHandle.standardError.write(Data((Stagesh.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    Stagesh.exit(withError: error)
}
