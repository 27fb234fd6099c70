import ArgumentParser
import Foundation

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
