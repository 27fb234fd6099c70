/// Parses one command's tokens into its `Command`, driven by the command table.
public struct Parser {
    private let tokens: [Token]
    private var position = 0
    /// The index of the last token taken as a name (text, stage, activity,
    /// file), which a stray next word may have been meant to continue.
    private var lastName: Int?
    /// Where a missing token would have been: just past the last token.
    private let endRange: SourceRange

    init(tokens: [Token]) {
        self.tokens = tokens
        let end = tokens.last?.range.end ?? 0
        endRange = SourceRange(end, end + 1)
    }

    /// Parses the tokens of one command (no `;` among them).
    public static func parse(_ tokens: [Token], table: CommandTable = .standard) throws(Diagnostic) -> (CommandSpec, any Command) {
        var parser = Parser(tokens: tokens)
        return try parser.parseCommand(table: table)
    }

    /// Parses a whole line, which may hold several commands separated by `;`.
    public static func parseLine(_ line: String, table: CommandTable = .standard) throws(Diagnostic) -> [(CommandSpec, any Command)] {
        try Lexer.commands(Lexer.tokenize(line)).map { (tokens) throws(Diagnostic) in try parse(tokens, table: table) }
    }

    /// Parses a condition on its own (a rule's `when` read from a snapshot):
    /// every token must belong to it, and nothing may hide behind a comment.
    public static func condition(_ text: String) throws(Diagnostic) -> Expression {
        let tokens = try Lexer.tokenize(text)
        let end = text.utf8.count - text.utf8.reversed().prefix { $0 == 32 || $0 == 9 }.count
        if let last = tokens.last, last.range.end < end {
            throw Diagnostic(Message.conditionHasComment, at: SourceRange(last.range.end, end))
        }
        let spec = CommandTable.standard.spec(named: ["rule", "add"])!
        var parser = Parser(tokens: tokens)
        let e = try parser.parseOr(spec: spec)
        if let extra = parser.current { throw Diagnostic(Message.unexpected(extra.text), at: extra.range) }
        return e
    }

    private var current: Token? { position < tokens.count ? tokens[position] : nil }

    private mutating func advance() -> Token {
        let t = tokens[position]
        position += 1
        return t
    }

    private mutating func parseCommand(table: CommandTable) throws(Diagnostic) -> (CommandSpec, any Command) {
        guard let first = current else { throw Diagnostic(Message.emptyCommand) }
        guard first.kind == .word else {
            throw Diagnostic(Message.expectedCommand(found: first.text), at: first.range)
        }
        let (spec, used) = try table.lookup(tokens)
        var captures = Captures()
        captures.tokens = tokens
        captures.nameRange = tokens[0].range.union(tokens[used - 1].range)
        position = used
        do throws(Diagnostic) {
            try match(spec.grammar, &captures, spec: spec)
            if let extra = current {
                throw Diagnostic(Message.unexpected(extra.text), at: extra.range, hints: extraHints(extra, spec: spec))
            }
        } catch {
            // `value > 100,000` fails at the comma, wherever the number stood: say why once, here.
            throw ThousandsSeparators.diagnostic(tokens, failingAt: error.range) ?? error
        }
        return (spec, try spec.build(captures))
    }

    private func extraHints(_ token: Token, spec: CommandSpec) -> [Message] {
        var hints: [Message] = []
        if token.kind == .word && lastName == position - 1 && tokens[position - 1].kind == .word {
            hints.append(Message.hintQuoteSpaces("\(tokens[position - 1].text) \(token.text)"))
        }
        hints.append(Message.hintUsage(spec.synopsis))
        return hints
    }

    private func missing(_ what: Message, spec: CommandSpec) -> Diagnostic {
        if let t = current {
            return Diagnostic(Message.expected(what, found: t.text), at: t.range, hint: Message.hintUsage(spec.synopsis))
        }
        return Diagnostic(Message.expectedAtEnd(what), at: endRange, hint: Message.hintUsage(spec.synopsis))
    }

    private mutating func match(_ g: Grammar, _ caps: inout Captures, spec: CommandSpec) throws(Diagnostic) {
        switch g {
        case .keyword(let k):
            guard let t = current, t.isKeyword(k) else { throw missing(.verbatim("\"\(k)\""), spec: spec) }
            caps.keywords[k] = advance()
        case .argument(let label, .moment):
            guard current?.isValue == true else { throw missing(.verbatim(label.name), spec: spec) }
            lastName = nil
            caps.values[label, default: []].append(takePeriodWords())
        case .argument(let label, let kind):
            guard let t = current, t.isValue else { throw missing(.verbatim(label.name), spec: spec) }
            if case .choice(let options) = kind, let words = takeChoiceWords(options) {
                lastName = nil
                caps.values[label, default: []].append(words)
                return
            }
            if case .choice(let options) = kind, !options.contains(t.text.lowercased()) {
                throw Diagnostic(
                    Message.expectedOneOf(options, found: t.text), at: t.range,
                    hints: Suggest.nearest(t.text, in: options).map { [Message.hintDidYouMean($0)] } ?? [])
            }
            switch kind {
            case .text, .stage, .activity, .file: lastName = position
            default: lastName = nil
            }
            caps.values[label, default: []].append(advance())
        case .sequence(let parts):
            for part in parts { try match(part, &caps, spec: spec) }
        case .optional(let inner):
            if let t = current, inner.canStart(with: t) { try match(inner, &caps, spec: spec) }
        case .oneOf(let alternatives):
            guard let t = current else {
                if g.canBeEmpty { return }
                throw missing(.verbatim(g.synopsis), spec: spec)
            }
            // Keywords before arguments, so `now clear` is not read as a date.
            let keywordFirst = alternatives.filter { if case .keyword = $0 { return true } else { return false } }
            for alt in keywordFirst + alternatives where alt.canStart(with: t) {
                try match(alt, &caps, spec: spec)
                return
            }
            if !g.canBeEmpty { throw missing(.verbatim(g.synopsis), spec: spec) }
        case .assignments(let min, let kind):
            var count = 0
            // A quoted name may stand on the left: CSV headers have spaces.
            while let t = current, t.isValue {
                let next = position + 1 < tokens.count ? tokens[position + 1] : nil
                guard let eq = next, eq.kind == .comparison, eq.text == "=" else {
                    // Past the required pairs, the word belongs to what follows.
                    if count >= min { break }
                    if let op = next, op.kind == .comparison {
                        throw Diagnostic(Message.assignmentNeedsEquals(t.text), at: op.range)
                    }
                    throw Diagnostic(
                        Message.expectedAssignment(found: t.text), at: t.range,
                        hints: [Message.hintAssignment(t.text), Message.hintUsage(spec.synopsis)])
                }
                let field = advance()
                position += 1
                guard let value = current, value.isValue else {
                    throw missing(Message.valueFor(field.text), spec: spec)
                }
                position += 1
                var target = value
                // `map COLUMN=entered(STAGE)`: the column holds when records entered STAGE.
                if kind == .columnMap, target.kind == TokenKind.word, position + 2 < tokens.count,
                    tokens[position].kind == .leftParen, tokens[position + 1].isValue, tokens[position + 2].kind == .rightParen
                {
                    target = Token(
                        TokenKind.word, "\(target.text)(\(tokens[position + 1].text))",
                        SourceRange(target.range.start, tokens[position + 2].range.end))
                    position += 3
                }
                let pair = Assignment(field: Located(field.text, field.range), value: target)
                caps.assignments.append(pair)
                caps.assignmentsOf[kind, default: []].append(pair)
                count += 1
            }
            if count < min { throw missing(.verbatim("FIELD=VALUE"), spec: spec) }
        case .expression(let label):
            let start = current?.range.start ?? endRange.start
            let e = try parseOr(spec: spec)
            let end = tokens[position - 1].range.end
            caps.expressions[label] = (e, SourceRange(start, end))
        case .groupKeys:
            repeat {
                caps.groups.append(try parseGroupKey(spec: spec))
            } while eatComma()
        case .orderKeys:
            repeat {
                guard current?.isValue == true else { throw missing(.verbatim("FIELD"), spec: spec) }
                let t = takeCall() ?? advance()
                var descending = false
                if let d = current, d.isKeyword("desc") || d.isKeyword("asc") {
                    descending = d.isKeyword("desc")
                    position += 1
                }
                caps.order.append(OrderKey(field: Located(t.text, t.range), descending: descending))
            } while eatComma()
        case .aggregates:
            while let t = current, let function = AggregateFunction(rawValue: t.text.lowercased()), t.kind == .word {
                guard let call = takeCall() else { throw missing(.verbatim("\"(\""), spec: spec) }
                let field = tokens[position - 2]
                caps.aggregates.append(Aggregate(function: function, field: Located(field.text, field.range), range: call.range))
            }
        case .list(let label, let kind):
            repeat {
                try match(.argument(label, kind), &caps, spec: spec)
            } while eatComma()
        case .rest(let label, _):
            while current != nil { caps.values[label, default: []].append(advance()) }
        case .clauses(let parts):
            var used = Set<Int>()
            while let t = current, let i = parts.indices.first(where: { !used.contains($0) && parts[$0].canStart(with: t) }) {
                used.insert(i)
                try match(parts[i], &caps, spec: spec)
            }
        }
    }

    /// `this|last|next UNIT` as one token ("last month"), so a period reads as one value;
    /// any other value token as it is.
    private mutating func takePeriodWords() -> Token {
        let t = advance()
        if t.kind == .word, PeriodSpec.relativeWords[t.text.lowercased()] != nil, let unit = current, unit.kind == .word {
            position += 1
            return Token(.word, "\(t.text) \(unit.text)", t.range.union(unit.range))
        }
        return t
    }

    /// A choice of two words (`show pushed out`) as one token, or one written with `_` for its space
    /// (`pushed_out`); nil, taking nothing, when the next words name no such choice.
    private mutating func takeChoiceWords(_ options: [String]) -> Token? {
        guard let t = current, t.kind == .word, options.contains(where: { $0.contains(" ") }) else { return nil }
        if position + 1 < tokens.count, tokens[position + 1].kind == .word {
            let next = tokens[position + 1]
            let joined = "\(t.text) \(next.text)"
            if options.contains(joined.lowercased()) {
                position += 2
                return Token(.word, joined, t.range.union(next.range))
            }
        }
        let spaced = String(t.text.lowercased().map { $0 == "_" ? " " : $0 })
        guard spaced.contains(" "), options.contains(spaced) else { return nil }
        position += 1
        return Token(.word, spaced, t.range)
    }

    /// `NAME(ARGUMENT)` as one token ("sum(value)", "month(created)"): a column named by a call;
    /// nil, taking nothing, when no `(` follows the name.
    private mutating func takeCall() -> Token? {
        guard let name = current, name.kind == .word, position + 3 < tokens.count,
            tokens[position + 1].kind == .leftParen, tokens[position + 2].isValue, tokens[position + 3].kind == .rightParen
        else { return nil }
        let close = tokens[position + 3]
        position += 4
        return Token(.word, "\(name.text)(\(tokens[position - 2].text))", name.range.union(close.range))
    }

    private mutating func eatComma() -> Bool {
        if let t = current, t.kind == .comma { position += 1; return true }
        return false
    }

    private mutating func parseGroupKey(spec: CommandSpec) throws(Diagnostic) -> GroupKey {
        guard let t = current, t.isValue else { throw missing(.verbatim("FIELD"), spec: spec) }
        position += 1
        if let open = current, open.kind == .leftParen {
            guard let period = Period(rawValue: t.text.lowercased()) else {
                throw Diagnostic(
                    Message.unknownPeriod(t.text), at: t.range,
                    hint: Message.hintOneOf(Period.allCases.map(\.rawValue)))
            }
            position += 1
            guard let field = current, field.isValue else { throw missing(.verbatim("FIELD"), spec: spec) }
            position += 1
            guard let close = current, close.kind == .rightParen else { throw missing(.verbatim("\")\""), spec: spec) }
            position += 1
            return GroupKey(field: Located(field.text, field.range), period: period, range: t.range.union(close.range))
        }
        return GroupKey(field: Located(t.text, t.range), period: nil, range: t.range)
    }

    // MARK: expressions

    private mutating func parseOr(spec: CommandSpec) throws(Diagnostic) -> Expression {
        var left = try parseAnd(spec: spec)
        while let t = current, t.isKeyword("or") {
            position += 1
            left = .or(left, try parseAnd(spec: spec))
        }
        return left
    }

    private mutating func parseAnd(spec: CommandSpec) throws(Diagnostic) -> Expression {
        var left = try parseUnary(spec: spec)
        while let t = current, t.isKeyword("and") {
            position += 1
            left = .and(left, try parseUnary(spec: spec))
        }
        return left
    }

    private mutating func parseUnary(spec: CommandSpec) throws(Diagnostic) -> Expression {
        guard let t = current else { throw missing(Message.aCondition, spec: spec) }
        if t.isKeyword("not") {
            position += 1
            return .not(try parseUnary(spec: spec))
        }
        if t.kind == .leftParen {
            position += 1
            let inner = try parseOr(spec: spec)
            guard let close = current, close.kind == .rightParen else {
                if let c = current {
                    throw Diagnostic(
                        Message.expected(.verbatim("\")\""), found: c.text), at: c.range,
                        hint: Message.hintOpenedHere(t.range.start))
                }
                throw Diagnostic(Message.unclosedParen, at: t.range)
            }
            position += 1
            return inner
        }
        guard t.isValue else { throw missing(Message.aCondition, spec: spec) }
        position += 1
        let field = Located(t.text, t.range)
        if let n = current, n.isKeyword("not"), position + 1 < tokens.count, tokens[position + 1].isKeyword("in") {
            position += 2
            return try parseMembershipOrPeriod(field, negated: true, spec: spec)
        }
        if let n = current, n.isKeyword("in") {
            position += 1
            return try parseMembershipOrPeriod(field, negated: false, spec: spec)
        }
        if let n = current, n.isKeyword("since") || n.isKeyword("until") {
            position += 1
            guard current?.isValue == true else { throw missing(Message.aValue, spec: spec) }
            let written = takePeriodWords()
            let since = n.isKeyword("since")
            return .bound(field: field, moment: Located(try DateSpec.moment(written, atEnd: !since), written.range), since: since)
        }
        guard let op = current, op.kind == .comparison, let cmp = ComparisonOperator(rawValue: op.text) else {
            throw missing(Message.anOperatorAfter(t.text), spec: spec)
        }
        position += 1
        guard let value = current, value.isValue else { throw missing(Message.aValue, spec: spec) }
        position += 1
        return .comparison(field: field, op: Located(cmp, op.range), value: value)
    }

    /// After `in`: a list of values in parentheses, or a period (`in last month`, `in 2026-Q4`).
    private mutating func parseMembershipOrPeriod(
        _ field: Located<String>, negated: Bool,
        spec: CommandSpec
    ) throws(Diagnostic) -> Expression {
        guard let next = current, next.kind != .leftParen, next.isValue else {
            return .membership(field: field, values: try parseList(spec: spec), negated: negated)
        }
        let written = takePeriodWords()
        guard let period = try PeriodSpec.parse(written, namedDays: true) else {
            throw Diagnostic(
                Message.expected(Message.aListOrPeriod, found: written.text), at: written.range,
                hint: Message.hintListOrPeriod(field: field.value, written.text))
        }
        return .period(field: field, period: Located(period, written.range), negated: negated)
    }

    private mutating func parseList(spec: CommandSpec) throws(Diagnostic) -> [Token] {
        guard let open = current, open.kind == .leftParen else { throw missing(.verbatim("\"(\""), spec: spec) }
        position += 1
        var values: [Token] = []
        repeat {
            guard let v = current, v.isValue else { throw missing(Message.aValue, spec: spec) }
            position += 1
            values.append(v)
        } while eatComma()
        guard let close = current, close.kind == .rightParen else { throw missing(.verbatim("\")\""), spec: spec) }
        position += 1
        return values
    }
}
