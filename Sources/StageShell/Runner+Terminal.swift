import StageCore

extension Runner {
    /// Sets the runner up for a person at a terminal, as both the prompt and `--play` run it:
    /// diagnostics under the typed line (in `colour`), bars as the terminal can draw them, tables
    /// fitted to its window and paged by `pager` (nil pages nothing), questions put through `ask`.
    func attachTerminal(colour: Bool, environment: [String: String], pager: String?, ask: @escaping (String) -> Bool) {
        interactive = true
        self.colour = colour
        plainBars = environment["TERM"] == "dumb"
        window = { Terminal.window() }
        pagerCommand = pager
        session.canAsk = true
        confirm = ask
    }
}
