/// Typed readers of captured arguments, shared by the command declarations.
extension Captures {
    /// The date captured under `label`, parsed.
    func date(_ label: CaptureLabel) throws(Diagnostic) -> Located<DateSpec>? {
        guard let t = token(label) else { return nil }
        return Located(try ValueParser.date(t), t.range)
    }

    /// A date or a period captured under `label`: a period means its start, or its end when
    /// `atEnd` (`since 2026-Q3`, `until last month`); a day is a date, 00:00 as everywhere.
    func moment(_ label: CaptureLabel, atEnd: Bool) throws(Diagnostic) -> Located<DateSpec>? {
        guard let t = token(label) else { return nil }
        return Located(try DateSpec.moment(t, atEnd: atEnd), t.range)
    }

    func integer(_ label: CaptureLabel) throws(Diagnostic) -> Located<Int>? {
        guard let t = token(label) else { return nil }
        return Located(try ValueParser.integer(t), t.range)
    }

    func text(_ label: CaptureLabel) -> String? { token(label)?.text }

    /// Which of `choices` was given as a keyword.
    func keyword(in choices: [String]) -> String? { choices.first { has($0) } }

    var kindFilter: KindFilter {
        if has("leads") || has("lead") { return .only(.lead) }
        if has("opportunities") || has("opps") { return .only(.opportunity) }
        return .all
    }
}

/// Grammar pieces several commands share.
enum Clauses {
    static let kinds: Grammar = .optional(.oneOf([.keyword("leads"), .keyword("opportunities"), .keyword("opps"), .keyword("all")]))
    static let filter: Grammar = .optional(.sequence([.keyword("where"), .expression(.condition)]))
    static let groups: Grammar = .optional(.sequence([.keyword("by"), .groupKeys]))
    static let orderBy: Grammar = .sequence([.keyword("order"), .keyword("by"), .orderKeys])
    static let limitN: Grammar = .sequence([.keyword("limit"), .argument(.number, .integer)])
    static let order: Grammar = .optional(orderBy)
    static let limit: Grammar = .optional(limitN)
    static let onDate: Grammar = .optional(.sequence([.keyword("on"), .argument(.date, .date)]))
    static let because: Grammar = .optional(.sequence([.keyword("because"), .argument(.text, .text)]))
    static let onOff: Grammar = .optional(.argument(.onOff, .choice(["on", "off"])))

    static let onOffAuto: Grammar = .optional(.argument(.onOffAuto, .choice(DisplayMode.allCases.map(\.rawValue))))

    /// `records` or `events`, for `import` and `export`.
    static let dataSet: Grammar = .oneOf([.keyword("records"), .keyword("events")])

    /// What `export` writes: `dataSet`, or the field history (which `import events` reads back).
    static let exportSet: Grammar = .oneOf([.keyword("records"), .keyword("events"), .keyword("history")])

    static func dataSet(_ c: Captures) -> DataSet { c.has("records") ? .records : c.has("history") ? .history : .events }

    static func onOff(_ c: Captures) -> Bool? { c.text(.onOff).map { $0.lowercased() == "on" } }
    static func onOffAuto(_ c: Captures) -> DisplayMode? { c.text(.onOffAuto).flatMap { DisplayMode(rawValue: $0.lowercased()) } }
}

extension Query {
    /// The clauses of `list` and `count` as the parser captured them.
    init(_ c: Captures) throws(Diagnostic) {
        kinds = c.kindFilter
        filter = c.expressions[.condition]?.0
        groups = c.groups
        aggregates = c.aggregates
        order = c.order
        limit = try c.integer(.number)
    }
}
