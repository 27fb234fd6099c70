import Foundation
import StageCore

/// Chooses the line reader and where its history lives.
public enum ShellSetup {
    /// libedit on a terminal that understands escape sequences; plain reading for `TERM=dumb` or when `--interactive` is forced onto a pipe.
    ///
    /// Either reads Ctrl-C (`cancellation`) as discarding the line.
    public static func reader(
        environment: [String: String], colour: Bool, output: StandardOutput,
        cancellation: CancellationToken, complete: @escaping (String, Int) -> Completion?
    ) -> LineReader {
        let capable = Terminal.isTerminal(0) && Terminal.isTerminal(1) && environment["TERM"] != "dumb"
        if capable,
            let editor = EditLineReader(
                historyPath: historyPath(environment), historySize: historySize(environment),
                colour: colour, output: output, cancellation: cancellation, complete: complete)
        {
            return editor
        }
        return PlainReader(output: output, cancellation: cancellation)
    }

    /// `$XDG_STATE_HOME/stagesh/history`, by default `~/.local/state/stagesh/history`;
    /// nil when no directory for it can be made.
    public static func historyPath(_ environment: [String: String]) -> String? {
        let state: String
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            state = xdg
        } else if let home = environment["HOME"], !home.isEmpty {
            state = home + "/.local/state"
        } else {
            return nil
        }
        let directory = state + "/stagesh"
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        return directory + "/history"
    }

    /// The user's init script, `$XDG_CONFIG_HOME/stagesh/init.stg` (by default
    /// `~/.config/stagesh/init.stg`), when there is one; `name` is how diagnostics
    /// call it, `~/` for the home directory.
    public static func initScript(_ environment: [String: String]) -> (path: String, name: String)? {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        let config: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            config = xdg
        } else if let home {
            config = home + "/.config"
        } else {
            return nil
        }
        let path = config + "/stagesh/init.stg"
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        if let home, path.hasPrefix(home.hasSuffix("/") ? home : home + "/") {
            return (path, "~/" + path.dropFirst(home.count).drop { $0 == "/" })
        }
        return (path, path)
    }

    /// `STAGESH_HISTSIZE`, 1,000 entries by default.
    public static func historySize(_ environment: [String: String]) -> Int {
        environment["STAGESH_HISTSIZE"].flatMap { Int($0) }.map { max(0, $0) } ?? 1_000
    }
}
