/// The words a session knows, as completion candidates for each expectation.
struct Vocabulary {
    let session: Session
    let table: CommandTable

    /// Activity kinds every session offers, used or not.
    static let defaultActivities = ["call", "email", "meeting", "quote"]
    /// What a relative date may be spelled as.
    static let relativeDates = ["today", "yesterday"]

    var store: RecordStore { session.store }
    var pipeline: Pipeline { session.pipeline }

    /// Offers the candidates for `e` to `ranker`.
    ///
    /// File paths come from the caller's lister instead.
    func add(_ e: Expectation, to ranker: inout CandidateRanker) {
        if case .argument(.id) = e {
            // Streamed: a million ids become no array of candidates.
            let alive = store.alive
            for (r, id) in store.ids.enumerated() where alive[r] { ranker.add(.name(id)) }
        } else {
            ranker.add(candidates(for: e))
        }
    }

    private func candidates(for e: Expectation) -> [Candidate] {
        switch e {
        case .keyword(let k): return [.word(k)]
        case .argument(let kind): return candidates(for: kind)
        case .commandWord(let typed): return commandWords(after: typed).map(Candidate.word)
        case .assignmentField(let context): return assignable(context).map(Candidate.assignment)
        case .assignmentValue(let field, let context):
            return assignedValues(field, context).map(Candidate.name)
        case .condition: return fieldNames.map(Candidate.name) + [.word("not")]
        case .operatorAfter:
            return ComparisonOperator.allCases.map { .word($0.rawValue) } + ["in", "not", "since", "until"].map(Candidate.word)
        case .fieldValue(let field): return values(of: field).map(Candidate.name)
        case .groupKey:
            let periods = Period.allCases.map {
                Candidate(value: $0.rawValue, suffix: "(", quotable: false, appendSpace: false)
            }
            return fieldNames.map(Candidate.name) + periods
        case .periodField: return Field.builtIn.filter { $0.type == .time }.map { .name($0.name) }
        case .orderField: return fieldNames.map(Candidate.name)
        }
    }

    private func candidates(for kind: ArgumentKind) -> [Candidate] {
        switch kind {
        case .stage: return pipeline.stageNames.map(Candidate.name)
        case .field: return fieldNames.map(Candidate.name)
        case .activity: return activities.map(Candidate.name)
        case .choice(let options): return options.map(Candidate.word)
        case .command: return commandWords(after: []).map(Candidate.word)
        case .date: return Vocabulary.relativeDates.map(Candidate.word)
        case .moment: return (Vocabulary.relativeDates + PeriodSpec.relativeWords.keys.sorted()).map(Candidate.word)
        case .id, .file, .snapshot, .text, .number, .integer, .duration: return []
        }
    }

    /// The next word of every command name that starts with the words `typed`.
    func commandWords(after typed: [String]) -> [String] {
        let lower = typed.map { $0.lowercased() }
        var words = Set<String>()
        for (name, _) in table.names where name.count > lower.count && Array(name.prefix(lower.count)) == lower {
            words.insert(name[lower.count])
        }
        return Array(words)
    }

    /// Built-in field names, then custom ones as first written.
    var fieldNames: [String] {
        Field.builtIn.map(\.name) + store.customFieldNames.values.sorted()
    }

    /// The fields an assignments clause accepts on its left.
    private func assignable(_ context: AssignmentContext) -> [String] {
        switch context {
        case .record(let adding):
            let extra = adding == nil ? [] : [Field.stage.name, Field.id.name]
            return Field.builtIn.filter(\.isSettable).map(\.name) + extra + store.customFieldNames.values.sorted()
        case .stageSettings:
            return [Field.probability.name]
        case .importMap, .stageMap:
            // The left side names a column or a label of a CSV file this pure function does not read.
            return []
        }
    }

    /// The values worth offering after `field=`.
    private func assignedValues(_ field: String, _ context: AssignmentContext) -> [String] {
        switch context {
        case .record(let adding):
            switch Field.builtIn(named: field) {
            case .owner: return distinct(store.owners)
            case .account: return distinct(store.accounts)
            case .source: return distinct(store.sources)
            case .stage:
                // `add lead` takes only lead stages, `add opportunity` only opportunity ones.
                guard let kind = adding else { return [] }
                return pipeline.order(kind).map { pipeline[$0].name }
            default: return []
            }
        case .stageSettings:
            return []
        case .importMap(let set):
            return (set == .events ? EventImporter.fields : RecordImporter.fields).map(\.name).sorted()
        case .stageMap:
            return pipeline.stageNames
        }
    }

    /// The values worth offering after `field OP` in a condition.
    private func values(of fieldName: String) -> [String] {
        switch Field.builtIn(named: fieldName) {
        case .stage: return pipeline.stageNames
        case .owner: return distinct(store.owners)
        case .account: return distinct(store.accounts)
        case .source: return distinct(store.sources)
        case .kind: return RecordKind.allCases.map(\.name)
        default: return []
        }
    }

    /// The distinct non-empty values of a pooled column among live records.
    ///
    /// Marks codes in a flat array, so a million records cost one pass over
    /// two arrays and no string work.
    func distinct(_ column: [UInt32]) -> [String] {
        var used = [Bool](repeating: false, count: store.pool.count)
        let alive = store.alive
        for r in column.indices where alive[r] { used[Int(column[r])] = true }
        used[0] = false
        return used.indices.filter { used[$0] }.map { store.pool[UInt32($0)] }
    }

    /// Activity kinds the session knows: logged ones, those of rules, and the defaults, one per name.
    var activities: [String] {
        var codes = Set<UInt32>()
        for a in store.activities { codes.insert(a.kind) }
        var seen = Set<String>()
        var out: [String] = []
        for name in Vocabulary.defaultActivities + pipeline.rules.map(\.activity) + codes.map({ store.pool[$0] })
        where !name.isEmpty && seen.insert(Names.key(name)).inserted {
            out.append(name)
        }
        return out
    }
}
