/// Whether to use colour: on a terminal, unless NO_COLOR is set or TERM is dumb.
public enum ColourPolicy {
    public static func enabled(environment: [String: String], terminal: Bool) -> Bool {
        guard terminal else { return false }
        if let v = environment["NO_COLOR"], !v.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}
