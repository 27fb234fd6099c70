/// Runs a command's `Grammar` over the complete tokens before the cursor and
/// collects what may come next.
///
/// Unlike the parser it never throws and never commits to one reading: it
/// carries the set of every token position a grammar can have reached
/// (through optional parts, alternatives, repetitions), and wherever a part
/// would read a token at the cursor, it records that part as an expectation.
struct GrammarWalker {
    let tokens: [Token]
    private(set) var expectations: [Expectation] = []

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// The position of the word being typed: just past the complete tokens.
    private var end: Int { tokens.count }

    private mutating func expect(_ e: Expectation) {
        if !expectations.contains(e) { expectations.append(e) }
    }

    /// The positions `g` can end at when it starts at any of `from`.
    mutating func walk(_ g: Grammar, from: Set<Int>) -> Set<Int> {
        switch g {
        case .keyword(let k):
            return single(from, expecting: .keyword(k)) { $0.isKeyword(k) }
        case .argument(_, .moment):
            return moment(from)
        case .argument(_, let kind):
            return single(from, expecting: kind == .command ? .commandWord(after: []) : .argument(kind)) { $0.isValue }
        case .sequence(let parts):
            var positions = from
            for part in parts where !positions.isEmpty { positions = walk(part, from: positions) }
            return positions
        case .optional(let inner):
            return from.union(walk(inner, from: from))
        case .oneOf(let alternatives):
            var out = Set<Int>()
            for alt in alternatives { out.formUnion(walk(alt, from: from)) }
            return out
        case .assignments(let min, let kind):
            return assignments(from, min: min, AssignmentContext(kind, tokens: tokens))
        case .expression:
            return disjunction(from)
        case .groupKeys:
            return commaSeparated(from) { walker, i in walker.groupKey(at: i) }
        case .orderKeys:
            return commaSeparated(from) { walker, i in walker.orderKey(at: i) }
        case .aggregates:
            // One or more calls, side by side.
            var reached = Set<Int>()
            var frontier = from
            while !frontier.isEmpty {
                var next = Set<Int>()
                for i in frontier { next.formUnion(aggregate(at: i)) }
                frontier = next.subtracting(reached)
                reached.formUnion(next)
            }
            return reached
        case .list(_, let kind):
            return commaSeparated(from) { walker, i in walker.single([i], expecting: .argument(kind)) { $0.isValue } }
        case .clauses(let parts):
            // Any clause may follow any other; each once is the parser's rule,
            // which completion does not need to enforce.
            var reached = from
            var frontier = from
            while !frontier.isEmpty {
                var next = Set<Int>()
                for part in parts { next.formUnion(walk(part, from: frontier)) }
                frontier = next.subtracting(reached)
                reached.formUnion(next)
            }
            return reached
        case .rest(_, let kind):
            // The rest takes every token, the typed word included: nothing follows it.
            for i in from {
                expect(kind == .command ? .commandWord(after: tokens[i..<end].map(\.text)) : .argument(kind))
            }
            return []
        }
    }

    /// One token that satisfies `accepts`.
    private mutating func single(_ from: Set<Int>, expecting e: Expectation, _ accepts: (Token) -> Bool) -> Set<Int> {
        var out = Set<Int>()
        for i in from {
            if i == end { expect(e) } else if accepts(tokens[i]) { out.insert(i + 1) }
        }
        return out
    }

    /// `FIELD=VALUE` pairs, at least `min` of them.
    private mutating func assignments(_ from: Set<Int>, min: Int, _ context: AssignmentContext) -> Set<Int> {
        var result: Set<Int> = min == 0 ? from : []
        var frontier = from
        var count = 0
        while !frontier.isEmpty {
            var next = Set<Int>()
            for i in frontier {
                if i == end { expect(.assignmentField(context)); continue }
                guard tokens[i].isValue, i + 2 <= end, tokens[i + 1].kind == .comparison, tokens[i + 1].text == "="
                else { continue }
                if i + 2 == end {
                    expect(.assignmentValue(field: tokens[i].text, context))
                } else if tokens[i + 2].isValue {
                    next.insert(i + 3)
                }
            }
            count += 1
            if count >= min { result.formUnion(next) }
            frontier = next
        }
        return result
    }

    /// Items separated by commas, each read by `item` from one position.
    private mutating func commaSeparated(_ from: Set<Int>, _ item: (inout GrammarWalker, Int) -> Set<Int>) -> Set<Int> {
        var result = Set<Int>()
        var frontier = from
        while !frontier.isEmpty {
            var ends = Set<Int>()
            for i in frontier { ends.formUnion(item(&self, i)) }
            result.formUnion(ends)
            frontier = Set(ends.filter { $0 < end && tokens[$0].kind == .comma }.map { $0 + 1 })
        }
        return result
    }

    /// `FIELD` or `PERIOD(FIELD)`.
    private mutating func groupKey(at i: Int) -> Set<Int> {
        if i == end { expect(.groupKey); return [] }
        guard tokens[i].isValue else { return [] }
        guard i + 1 < end, tokens[i + 1].kind == .leftParen else { return [i + 1] }
        let field = i + 2
        if field == end { expect(.periodField); return [] }
        guard tokens[field].isValue, field + 1 < end, tokens[field + 1].kind == .rightParen else { return [] }
        return [field + 2]
    }

    /// `FIELD [asc|desc]`, where a column may be named by a call (`sum(value)`).
    private mutating func orderKey(at i: Int) -> Set<Int> {
        if i == end { expect(.orderField); return [] }
        guard tokens[i].isValue else { return [] }
        var next = i + 1
        if next + 2 < end, tokens[next].kind == .leftParen, tokens[next + 2].kind == .rightParen { next += 3 }
        return walk(.optional(.oneOf([.keyword("asc"), .keyword("desc")])), from: [next])
    }

    /// `FUNCTION(FIELD)` of an aggregate column.
    private mutating func aggregate(at i: Int) -> Set<Int> {
        if i == end { expect(.argument(.choice(AggregateFunction.allCases.map(\.rawValue)))); return [] }
        guard AggregateFunction(rawValue: tokens[i].text.lowercased()) != nil, i + 1 < end, tokens[i + 1].kind == .leftParen
        else { return [] }
        let field = i + 2
        if field == end { expect(.orderField); return [] }
        guard tokens[field].isValue, field + 1 < end, tokens[field + 1].kind == .rightParen else { return [] }
        return [field + 2]
    }

    /// A date, or a period: one token, or `this|last|next UNIT`.
    private mutating func moment(_ from: Set<Int>) -> Set<Int> {
        var out = Set<Int>()
        for i in from {
            if i == end { expect(.argument(.moment)); continue }
            guard tokens[i].isValue else { continue }
            guard PeriodSpec.relativeWords[tokens[i].text.lowercased()] != nil else { out.insert(i + 1); continue }
            if i + 1 == end { expect(.argument(.choice(Period.allCases.map(\.rawValue)))) } else if tokens[i + 1].kind == .word { out.insert(i + 2) }
        }
        return out
    }

    // MARK: expressions, as the parser reads them: or of ands of unary conditions

    private mutating func disjunction(_ from: Set<Int>) -> Set<Int> {
        connected(from, by: "or") { walker, positions in walker.conjunction(positions) }
    }

    private mutating func conjunction(_ from: Set<Int>) -> Set<Int> {
        connected(from, by: "and") { walker, positions in walker.unary(positions) }
    }

    /// `operand (word operand)*`.
    private mutating func connected(
        _ from: Set<Int>, by word: String,
        _ operand: (inout GrammarWalker, Set<Int>) -> Set<Int>
    ) -> Set<Int> {
        var ends = operand(&self, from)
        var frontier = ends
        while !frontier.isEmpty {
            let next = single(frontier, expecting: .keyword(word)) { $0.isKeyword(word) }
            if next.isEmpty { break }
            frontier = operand(&self, next).subtracting(ends)
            ends.formUnion(frontier)
        }
        return ends
    }

    private mutating func unary(_ from: Set<Int>) -> Set<Int> {
        var out = Set<Int>()
        for i in from {
            if i == end { expect(.condition); continue }
            let t = tokens[i]
            if t.isKeyword("not") {
                out.formUnion(unary([i + 1]))
            } else if t.kind == .leftParen {
                for p in disjunction([i + 1]) where p < end && tokens[p].kind == .rightParen { out.insert(p + 1) }
            } else if t.isValue {
                out.formUnion(comparison(field: i))
            }
        }
        return out
    }

    /// `FIELD OP VALUE` or `FIELD [not] in (VALUE, ...)`.
    private mutating func comparison(field i: Int) -> Set<Int> {
        let field = tokens[i].text
        var j = i + 1
        if j == end { expect(.operatorAfter(field: field)); return [] }
        if tokens[j].isKeyword("not") {
            j += 1
            if j == end { expect(.keyword("in")); return [] }
            guard tokens[j].isKeyword("in") else { return [] }
        }
        if tokens[j].isKeyword("since") || tokens[j].isKeyword("until") { return moment([j + 1]) }
        if tokens[j].isKeyword("in") {
            if j + 1 == end { expect(.argument(.moment)) }
            if j + 1 < end, tokens[j + 1].kind != .leftParen { return moment([j + 1]) }
            return list(of: field, at: j + 1)
        }
        guard tokens[j].kind == .comparison else { return [] }
        if j + 1 == end { expect(.fieldValue(field)); return [] }
        return tokens[j + 1].isValue ? [j + 2] : []
    }

    /// `(VALUE, ...)` after `in`.
    private mutating func list(of field: String, at open: Int) -> Set<Int> {
        guard open < end, tokens[open].kind == .leftParen else { return [] }
        var m = open + 1
        while true {
            if m == end { expect(.fieldValue(field)); return [] }
            guard tokens[m].isValue, m + 1 < end else { return [] }
            switch tokens[m + 1].kind {
            case .comma: m += 2
            case .rightParen: return [m + 2]
            default: return []
            }
        }
    }
}
