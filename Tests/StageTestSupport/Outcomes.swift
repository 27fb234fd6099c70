import StageCore

// What tests read out of a command's outcomes. `.sequence` holds the outcomes of
// one command that says several things (an import's counts and its notes); they
// are opened, in order.

/// Every table and card among `outcomes`, sequences opened.
public func tables(_ outcomes: [Outcome]) -> [Table] {
    outcomes.flatMap { outcome -> [Table] in
        switch outcome {
        case .table(let t), .card(let t): return [t]
        case .sequence(let parts): return tables(parts)
        default: return []
        }
    }
}

/// Every message among `outcomes`, sequences opened, as said in `language`.
public func messages(_ outcomes: [Outcome], in language: Language = .english) -> [String] {
    outcomes.flatMap { outcome -> [String] in
        switch outcome {
        case .message(let m): return [m.text(in: language)]
        case .sequence(let parts): return messages(parts, in: language)
        default: return []
        }
    }
}

/// The message when `outcomes` is a single message, as said in `language`; nil otherwise.
public func message(_ outcomes: [Outcome], in language: Language = .english) -> String? {
    guard outcomes.count == 1, case .message(let m) = outcomes[0] else { return nil }
    return m.text(in: language)
}

/// The table when `outcomes` is a single table; nil otherwise.
public func table(_ outcomes: [Outcome]) -> Table? {
    guard outcomes.count == 1, case .table(let t) = outcomes[0] else { return nil }
    return t
}
