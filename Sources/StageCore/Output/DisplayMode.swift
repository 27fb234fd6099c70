/// How a setting of the display applies: always, never, or when the window asks for it.
public enum DisplayMode: String, Sendable, CaseIterable {
    case on, off, auto
}
