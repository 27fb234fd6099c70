import Foundation
import StageCore

// usage: xlsx-bench FILE.xlsx [SHEET] [--out FILE.csv]
// Reads the sheet to CSV in memory and prints: seconds, CSV bytes, CSV lines.

/// The line ends in `bytes`, outside top-level code: a closure there runs on
/// the main actor and checks its executor on every call.
func lineCount(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { b in
        var n = 0, i = 0
        while i < b.count, let hit = memchr(b.baseAddress! + i, 10, b.count - i) {
            n += 1
            i = b.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return n
    }
}

var args = Array(CommandLine.arguments.dropFirst())
var out: String?
if let i = args.firstIndex(of: "--out"), i + 1 < args.count {
    out = args[i + 1]
    args.removeSubrange(i...(i + 1))
}
guard let path = args.first else {
    FileHandle.standardError.write(Data("usage: xlsx-bench FILE.xlsx [SHEET] [--out FILE.csv]\n".utf8))
    exit(2)
}
let start = Date()
do {
    let csv = try XLSXWorkbook(path: path).csv(sheet: args.count > 1 ? args[1] : nil)
    let seconds = Date().timeIntervalSince(start)
    if let out { try Data(csv.bytes).write(to: URL(fileURLWithPath: out)) }
    print(String(format: "%.3f", seconds), csv.bytes.count, lineCount(csv.bytes))
} catch let e as XLSXError {
    FileHandle.standardError.write(Data("\(path): \(e.problem)\n".utf8))
    exit(1)
}
