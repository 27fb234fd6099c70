import FuzzSupport
import StageCore

let scratch = Scratch("session")

/// A small pipeline every input starts from: leads and opportunities in
/// every stage, with histories, a rule and a custom stage.
let seeded: Session = {
    var s = scratch.session()
    let setup = [
        "add lead \"Công ty An Phát\" owner=\"Nguyễn Lan\" value=45k source=web",
        "add lead \"Bình Minh\" owner=\"Trần Minh\" value=8k source=referral",
        "add opportunity \"Đông Á renewal\" owner=\"Trần Minh\" value=120k",
        "add opp Delta value=30k owner=Mai",
        "move 1 to Contacted", "move 1 to Qualified", "convert 1", "log quote 1 note \"v1\"",
        "won 4", "lost 3 because \"price\"",
        "generate 20 seed 3",
    ]
    for line in setup {
        do { _ = try s.execute(line: line) } catch { fatalError("seed `\(line)`: \(error)") }
    }
    return s
}()

/// Whether a command stays inside the scratch directory, on a frozen clock, and small.
func allowed(_ command: Command) -> Bool {
    func local(_ f: Located<String>?) -> Bool {
        guard let f else { return true }
        return !f.value.contains("/") && !f.value.hasPrefix("~")
    }
    switch command {
    case .generate(let count, _): return count.value <= 200
    case .now(.clear): return false
    case .importData(_, let f, _), .export(_, let f), .exportChart(_, _, let f), .exportReport(_, _, let f), .run(let f):
        return local(f)
    case .save(let f): return local(f)
    case .load(let f, _): return local(f)
    case .diff(let a, let b): return local(a) && local(b)
    default: return true
    }
}

/// Each line of the input is a command line run in the seeded session; after
/// each, `check` must find the session consistent, whether the command ran or was refused.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    scratch.empty()
    var s = seeded
    var generated = 0
    for line in fuzzText(data, size).split(separator: "\n", omittingEmptySubsequences: true) {
        guard let tokens = try? Lexer.tokenize(String(line)) else { continue }
        for command in Lexer.commands(tokens) {
            guard let (_, parsed) = try? Parser.parse(command), allowed(parsed) else { continue }
            if case .generate(let n, _) = parsed {
                generated += n.value
                if generated > 400 { continue }
            }
            do {
                _ = render(try s.execute(tokens: command), s.format)
            } catch {
                // A refused command must leave the session as it was; `check` below sees to the rest.
            }
            requireConsistent(&s, after: String(line))
        }
    }
    return 0
}
