/// Compiles a `where` expression into a predicate over record slots.
///
/// Values are parsed once, at compile time, by the type of their field, so a
/// bad value is reported before any record is looked at, and pooled fields
/// compare codes instead of strings.
struct FilterCompiler {
    let reader: FieldReader

    var pipeline: Pipeline { reader.pipeline }
    var store: RecordStore { reader.store }

    func compile(_ e: Expression) throws(Diagnostic) -> (Int) -> Bool {
        switch e {
        case .and(let a, let b):
            let x = try compile(a), y = try compile(b)
            return { x($0) && y($0) }
        case .or(let a, let b):
            let x = try compile(a), y = try compile(b)
            return { x($0) || y($0) }
        case .not(let a):
            let x = try compile(a)
            return { !x($0) }
        case .comparison(let field, let op, let value):
            return try comparison(field, op, [value])
        case .membership(let field, let values, let negated):
            let p = try comparison(field, Located(.equal, field.range), values)
            return negated ? { !p($0) } : p
        case .period(let fieldName, let period, let negated):
            let field = try FieldResolver(store: store).resolve(fieldName)
            guard field.type == .time else { throw Diagnostic(Message.inPeriodNeedsDate(field.name), at: fieldName.range) }
            let (start, end) = period.value.interval(now: Timestamp(seconds: reader.now))
            let reader = self.reader
            let p: (Int) -> Bool = { r in
                guard case .time(let t) = reader.value(field, r) else { return false }
                return t >= start.seconds && t < end.seconds
            }
            return negated ? { !p($0) } : p
        case .bound(let fieldName, let moment, let since):
            let field = try FieldResolver(store: store).resolve(fieldName)
            guard field.type == .time else { throw Diagnostic(Message.boundNeedsDate(since ? "since" : "until", field.name), at: fieldName.range) }
            let t = moment.value.resolve(now: Timestamp(seconds: reader.now)).seconds
            let reader = self.reader
            return { r in
                guard case .time(let v) = reader.value(field, r) else { return false }
                return since ? v >= t : v < t
            }
        }
    }

    /// A predicate for `field op v` (any of `values` for `in`).
    private func comparison(
        _ fieldName: Located<String>, _ op: Located<ComparisonOperator>,
        _ values: [Token]
    ) throws(Diagnostic) -> (Int) -> Bool {
        let field = try FieldResolver(store: store).resolve(fieldName)
        let reader = self.reader
        switch field {
        case .owner, .account, .source:
            // Decide per pool code once; then a record costs one array read.
            let column = store.codes(of: field)!
            var matches = [Bool](repeating: false, count: store.pool.count)
            for code in 0..<store.pool.count {
                let v: Value = code == 0 ? .null : .text(store.pool[UInt32(code)])
                for t in values where holds(v, op.value, try constant(t, op, field)) { matches[code] = true }
            }
            return { matches[Int(column[$0])] }
        case .stage:
            if op.value != .contains {
                var positions: [Int] = []
                for t in values {
                    positions.append(pipeline.position(try StageResolver(pipeline: pipeline).resolve(Located(t.text, t.range))))
                }
                let stages = reader.stages
                var table = [Bool](repeating: false, count: pipeline.stages.count)
                for id in pipeline.liveStages {
                    let p = pipeline.position(id)
                    table[Int(id)] = positions.contains { compare(p, $0, op.value) }
                }
                return { table[Int(stages[$0])] }
            }
            fallthrough
        default:
            var constants: [Constant] = []
            for t in values { constants.append(try constant(t, op, field)) }
            let op = op.value
            return { r in
                let v = reader.value(field, r)
                return constants.contains { holds(v, op, $0) }
            }
        }
    }

    private func compare<T: Comparable>(_ a: T, _ b: T, _ op: ComparisonOperator) -> Bool {
        switch op {
        case .equal, .contains: a == b
        case .notEqual: a != b
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        }
    }

    /// A comparison's right-hand side, parsed once by the type of its field.
    enum Constant {
        case text(raw: String, key: String, folded: String, number: Int?)
        case kind(RecordKind)
        case number(Int64)
        case time(Int64)
        case days(Double)
    }

    /// Parses `token` as a value of `field`'s type; throws when it is not one.
    private func constant(_ token: Token, _ located: Located<ComparisonOperator>, _ field: Field) throws(Diagnostic) -> Constant {
        let op = located.value
        let ordered = op != .equal && op != .notEqual
        switch field.type {
        case .text, .stage: break
        case .kind:
            if ordered { throw Diagnostic(Message.operatorNotFor(op.rawValue, field.name), at: located.range) }
        default:
            if op == .contains { throw Diagnostic(Message.operatorNotFor(op.rawValue, field.name), at: located.range) }
        }
        switch field.type {
        case .text, .stage:
            let text = token.text
            return .text(raw: text, key: Names.key(text), folded: Names.fold(text), number: Int(text))
        case .kind:
            switch token.text.lowercased() {
            case "lead", "leads": return .kind(.lead)
            case "opportunity", "opportunities", "opp", "opps": return .kind(.opportunity)
            default:
                throw Diagnostic(Message.notAKind(token.text), at: token.range, hint: Message.hintOneOf(["lead", "opportunity"]))
            }
        case .amount, .percent:
            let a = try ValueParser.amount(token)
            return .number(a.cents)
        case .time:
            let t = try ValueParser.date(token).resolve(now: Timestamp(seconds: reader.now))
            return .time(t.seconds)
        case .days:
            let days: Double
            if let a = ValueParser.amount(token.text) {
                days = Double(a.cents) / 100
            } else {
                days = Double(try ValueParser.duration(token)) / 86_400
            }
            return .days(days)
        }
    }

    /// Whether `value op constant` holds.
    ///
    /// A missing value is unequal to everything.
    private func holds(_ value: Value, _ op: ComparisonOperator, _ c: Constant) -> Bool {
        switch (value.asText(pipeline), c) {
        case (.text(let s), .text(_, let key, let folded, let number)):
            if op == .contains { return Names.contains(Names.fold(s), folded) }
            if let number, let a = Int(s) { return compare(a, number, op) }
            return compare(Names.key(s), key, op)
        case (.null, .text(let raw, _, _, _)):
            // An empty value equals "" and differs from any other text.
            return op == .equal ? raw.isEmpty : op == .notEqual ? !raw.isEmpty : false
        case (.kind(let k), .kind(let want)): return compare(k.rawValue, want.rawValue, op)
        case (.amount(let v), .number(let n)): return compare(v, n, op)
        case (.percent(let v), .number(let n)): return compare(Int64(v), n, op)
        case (.time(let v), .time(let t)): return compare(v, t, op)
        case (.days(let v), .days(let d)): return compare(v, d, op)
        default: return op == .notEqual
        }
    }
}

extension Value {
    /// The value as text, for text comparisons (stages by name).
    func asText(_ pipeline: Pipeline) -> Value {
        switch self {
        case .stage(_, let id): .text(pipeline[id].name)
        default: self
        }
    }
}

/// Resolves field names as written to fields.
struct FieldResolver {
    let store: RecordStore

    func resolve(_ name: Located<String>) throws(Diagnostic) -> Field {
        if let f = Field.builtIn(named: name.value) { return f }
        let key = Names.key(name.value)
        if store.customFieldNames[key] != nil { return .custom(key) }
        let known = Field.builtIn.map(\.name) + store.customFieldNames.values.sorted()
        throw Diagnostic(
            Message.unknownField(name.value), at: name.range,
            hint: Suggest.nearest(name.value, in: known).map(Message.hintDidYouMean) ?? Message.hintFields(known))
    }
}

/// Resolves stage names as written to stages.
struct StageResolver {
    let pipeline: Pipeline

    func resolve(_ name: Located<String>) throws(Diagnostic) -> StageID {
        if let id = pipeline.stage(named: name.value) { return id }
        var hints: [Message] = []
        if let near = Suggest.nearest(name.value, in: pipeline.stageNames) {
            hints.append(Message.hintDidYouMean(near))
        } else {
            hints.append(Message.hintStages(pipeline.stageNames))
        }
        throw Diagnostic(Message.unknownStage(name.value), at: name.range, hints: hints)
    }
}
