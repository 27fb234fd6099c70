/// Which stage moves the session allows.
public enum Policy: String, Sendable, CaseIterable {
    /// Any move within a kind.
    case free
    /// No move backwards, except out of a closed stage by an explicit `move`.
    case forward
    /// As `forward`, and no skipping an open stage.
    case strict
}
