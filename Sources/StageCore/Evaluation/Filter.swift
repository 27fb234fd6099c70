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
        }
    }

    /// A predicate for `field op v` (any of `values` for `in`).
    private func comparison(_ fieldName: Located<String>, _ op: Located<ComparisonOperator>,
                            _ values: [Token]) throws(Diagnostic) -> (Int) -> Bool {
        let field = try FieldResolver(store: store).resolve(fieldName)
        let reader = self.reader
        switch field {
        case .owner, .account, .source:
            // Decide per pool code once; then a record costs one array read.
            let column: [UInt32] = field == .owner ? store.owners : field == .account ? store.accounts : store.sources
            var matches = [Bool](repeating: false, count: store.pool.count)
            for code in 0..<store.pool.count {
                let v: Value = code == 0 ? .null : .text(store.pool[UInt32(code)])
                for t in values where try test(v, op.value, t, field) { matches[code] = true }
            }
            return { matches[Int(column[$0])] }
        case .stage:
            if op.value != .contains {
                var positions: [Int] = []
                for t in values {
                    positions.append(pipeline.position(try StageResolver(pipeline: pipeline).resolve(Located(t.text, t.range))))
                }
                let stages = store.stages
                var table = [Bool](repeating: false, count: pipeline.stages.count)
                for id in pipeline.liveStages {
                    let p = pipeline.position(id)
                    table[Int(id)] = positions.contains { compare(p, $0, op.value) }
                }
                return { table[Int(stages[$0])] }
            }
            fallthrough
        default:
            // Check the values against the field's type before scanning.
            for t in values { _ = try test(.null, op.value, t, field) }
            return { r in
                let v = reader.value(field, r)
                return values.contains { (try? test(v, op.value, $0, field)) ?? false }
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

    /// Whether `value op token` holds; throws when the token is not a value of the field's type.
    private func test(_ value: Value, _ op: ComparisonOperator, _ token: Token, _ field: Field) throws(Diagnostic) -> Bool {
        switch field.type {
        case .text, .stage:
            let text = token.text
            if op == .contains {
                guard case .text(let s) = value.asText(pipeline) else { return false }
                return Names.fold(s).contains(Names.fold(text))
            }
            guard case .text(let s) = value.asText(pipeline) else { return op == .notEqual && !text.isEmpty || (text.isEmpty && op == .equal) }
            if let a = Int(s), let b = Int(text) { return compare(a, b, op) }
            return compare(Names.key(s), Names.key(text), op)
        case .kind:
            let k = token.text.lowercased()
            let kind: RecordKind
            switch k {
            case "lead", "leads": kind = .lead
            case "opportunity", "opportunities", "opp", "opps": kind = .opportunity
            default: throw Diagnostic(Messages.notAKind(token.text), at: token.range, hint: Messages.hintOneOf(["lead", "opportunity"]))
            }
            guard op == .equal || op == .notEqual else { throw Diagnostic(Messages.operatorNotFor(op.rawValue, field.name), at: token.range) }
            guard case .kind(let v) = value else { return op == .notEqual }
            return compare(v.rawValue, kind.rawValue, op)
        case .amount:
            let a = try ValueParser.amount(token)
            try noContains(op, field, token)
            guard case .amount(let v) = value else { return op == .notEqual }
            return compare(v, a.cents, op)
        case .percent:
            let a = try ValueParser.amount(token)
            try noContains(op, field, token)
            guard case .percent(let v) = value else { return op == .notEqual }
            return compare(Int64(v), a.cents, op)
        case .time:
            let t = try ValueParser.date(token).resolve(now: Timestamp(seconds: reader.now))
            try noContains(op, field, token)
            guard case .time(let v) = value else { return op == .notEqual }
            return compare(v, t.seconds, op)
        case .days:
            let days: Double
            if let a = ValueParser.amount(token.text) { days = Double(a.cents) / 100 }
            else { days = Double(try ValueParser.duration(token)) / 86_400 }
            try noContains(op, field, token)
            guard case .days(let v) = value else { return op == .notEqual }
            return compare(v, days, op)
        }
    }

    private func noContains(_ op: ComparisonOperator, _ field: Field, _ token: Token) throws(Diagnostic) {
        if op == .contains { throw Diagnostic(Messages.operatorNotFor("~", field.name), at: token.range) }
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
        throw Diagnostic(Messages.unknownField(name.value), at: name.range,
                         hint: Suggest.nearest(name.value, in: known).map(Messages.hintDidYouMean) ?? Messages.hintFields(known))
    }
}

/// Resolves stage names as written to stages.
struct StageResolver {
    let pipeline: Pipeline

    func resolve(_ name: Located<String>) throws(Diagnostic) -> StageID {
        if let id = pipeline.stage(named: name.value) { return id }
        var hints: [String] = []
        if let near = Suggest.nearest(name.value, in: pipeline.stageNames) { hints.append(Messages.hintDidYouMean(near)) }
        else { hints.append(Messages.hintStages(pipeline.stageNames)) }
        throw Diagnostic(Messages.unknownStage(name.value), at: name.range, hints: hints)
    }
}
