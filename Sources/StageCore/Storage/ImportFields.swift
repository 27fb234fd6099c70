import Foundation

/// Small helpers the importers share.
enum ImportFields {
    /// The next row, or false at the end.
    ///
    /// A broken row fails an import; a dry run notes it and stops reading, since the reader cannot go on past it.
    static func next(
        _ reader: CSVReader, _ row: inout CSVRow, _ options: ImportOptions,
        _ problems: inout ImportProblems
    ) throws -> Bool {
        do {
            return try reader.next(into: &row)
        } catch let e as CSVError {
            let error = ImportError(line: e.line, column: nil, problem: e.message)
            guard options.dryRun else { throw error }
            problems.add(error)
            return false
        }
    }

    /// A row's amount in cents: plain digits at once, else as CRMs write
    /// amounts (`ImportAmount`), more than two decimals rounded and counted.
    static func amount(
        _ row: CSVRow, _ k: Int, _ column: String, _ options: ImportOptions, _ adjustments: inout ImportAdjustments
    ) throws(ImportError) -> Int64 {
        var currency: String?
        return try amount(row, k, column, options, &adjustments, currency: &currency)
    }

    /// The same, with the currency the amount's text names, if any.
    static func amount(
        _ row: CSVRow, _ k: Int, _ column: String, _ options: ImportOptions, _ adjustments: inout ImportAdjustments,
        currency: inout String?
    ) throws(ImportError) -> Int64 {
        if let cents = FieldText.plainAmount(row.field(k)) { return cents }
        let text = row.string(k)
        guard let a = ImportAmount.read(text) ?? ValueParser.amount(text).map({ .init(cents: $0.cents, rounded: false, negative: $0.cents < 0) })
        else {
            throw ImportError(
                line: row.line, column: column, problem: Message.notANumber(text),
                hints: [Message.hintImportAmounts], group: "amount")
        }
        guard !a.negative else {
            throw ImportError(line: row.line, column: column, problem: Message.negativeValue(text), group: "negative")
        }
        if a.rounded { try ImportFields.adjust(.amountRounded, row, column, detail: .verbatim(text), options, &adjustments) }
        currency = a.currency
        return a.cents
    }

    /// A field that is no UTF-8, with the hint to say `encoding cp1252` when the bytes read as such
    /// (Excel and Data Loader on Windows write Windows-1252 by default).
    static func invalidUTF8(_ b: UnsafeBufferPointer<UInt8>, _ line: Int, _ column: String) -> ImportError {
        ImportError(
            line: line, column: column, problem: Message.invalidUTF8,
            hints: TextEncoding.looksLikeCP1252(b) ? [Message.hintLooksLikeCP1252] : [], group: "utf8")
    }

    /// Counts the NUL bytes the reader dropped from a row's fields, or refuses the row under `strict`.
    static func noteNULs(_ row: CSVRow, _ options: ImportOptions, _ adjustments: inout ImportAdjustments) throws(ImportError) {
        if row.droppedNULs > 0 { try adjust(.nulDropped, row, nil, detail: .verbatim(""), options, &adjustments) }
    }

    /// Notes an adjustment of `row`, or refuses the row under `strict`.
    static func adjust(
        _ kind: ImportAdjustments.Kind, _ row: CSVRow, _ column: String?, detail: Message, _ options: ImportOptions,
        _ adjustments: inout ImportAdjustments
    ) throws(ImportError) {
        guard !options.strict else {
            throw ImportError(
                line: row.line, column: column, problem: Message.strictRefused(kind, detail),
                hints: [Message.hintStrict], group: "strict \(kind)")
        }
        adjustments.note(kind, line: row.line)
    }

    /// Refuses a row whose fields are not as many as the header's.
    static func checkWidth(_ row: CSVRow, _ headers: [String]) throws(ImportError) {
        guard row.count == headers.count else {
            throw ImportError(
                line: row.line, column: nil, problem: Message.csvFieldCount(row.count, headers.count),
                group: "width")
        }
    }

    static func utf8(_ row: CSVRow, _ i: Int, _ column: String) throws(ImportError) -> String {
        let b = row.field(i)
        switch FieldText.form(b) {
        case .nfc: return String(decoding: b, as: UTF8.self)
        case .needsNormalizing: return String(decoding: b, as: UTF8.self).precomposedStringWithCanonicalMapping
        case .invalid: throw invalidUTF8(b, row.line, column)
        }
    }

    /// Reads the header row; a header of one column over rows with a
    /// delimiter is refused, since every column would be missing.
    static func header(_ reader: CSVReader, _ row: inout CSVRow) throws(ImportError) {
        do {
            guard try reader.next(into: &row) else { throw ImportError(line: 1, column: nil, problem: Message.emptyFile) }
        } catch let e as CSVError {
            throw ImportError(line: e.line, column: nil, problem: e.message)
        } catch let e as ImportError {
            throw e
        } catch {
            throw ImportError(line: 1, column: nil, problem: .verbatim(String(describing: error)))
        }
        if row.count == 1, let (line, d) = reader.headerMismatch {
            throw ImportError(
                line: line, column: nil, problem: Message.csvHeaderOneColumn(Message.delimiterName(d)),
                hints: [Message.hintHeaderDelimiter])
        }
    }

    /// Owners, accounts and sources by their raw bytes: a million rows repeat
    /// a few thousand names, and only a new one costs a String and a lookup.
    struct PooledNames: Sendable {
        private var interner = ByteInterner()

        mutating func code(_ row: CSVRow, _ i: Int, _ column: String, _ store: inout RecordStore) throws(ImportError) -> UInt32 {
            let bytes = row.field(i)
            if let code = interner.code(of: bytes) { return code }
            let code = store.internName(try ImportFields.utf8(row, i, column))
            interner.add(bytes, code: code)
            return code
        }
    }

    /// A small cache from stage text to stage, so rows cost no string work;
    /// applies `stages FROM=TO` first and, with `create stages`, adds unknown stages.
    struct StageCache: Sendable {
        var pipeline: Pipeline
        let stageMap: [String: String]
        let presetStages: [String: String]
        let create: Bool
        /// Texts seen, back to back, and where each is with its stage: plain
        /// values, so a look-up retains nothing.
        private var texts: [UInt8] = []
        private var entries: [(start: Int, count: Int, stage: StageID)] = []
        /// The stages this import added, in order.
        var created: [StageID] = []

        init(pipeline: Pipeline, options: ImportOptions = ImportOptions()) {
            self.pipeline = pipeline
            stageMap = options.stageMap
            presetStages = options.presetStages
            create = options.createStages
        }

        /// The stage of a label that stands in a header (`entered(STAGE)`, HubSpot's
        /// `Date entered "STAGE (PIPELINE)"`): as written, else without its pipeline's name.
        mutating func stage(label: String, line: Int, column: String, kind: RecordKind?) throws(ImportError) -> StageID {
            if let id = resolve(Names.normalized(label)) { return id }
            if let open = label.lastIndex(of: "("), label.hasSuffix(")"), open > label.startIndex {
                let bare = Names.normalized(String(label[..<open])).trimmingCharacters(in: .whitespaces)
                if let id = resolve(bare) { return id }
                return try unknown(bare, raw: bare, line: line, column: column, kind: kind)
            }
            return try unknown(Names.normalized(label), raw: label, line: line, column: column, kind: kind)
        }

        /// The stage a label names: through `stages FROM=TO`, the pipeline, then the preset.
        private func resolve(_ raw: String) -> StageID? {
            let key = Names.key(raw)
            if let mapped = stageMap[key] { return pipeline.stage(named: mapped) }
            if let id = pipeline.stage(named: raw) { return id }
            return presetStages[key].flatMap { pipeline.stage(named: $0) }
        }

        /// A label no stage answers to: a new stage with `create stages`, else an error.
        private mutating func unknown(_ text: String, raw: String, line: Int, column: String, kind: RecordKind?) throws(ImportError) -> StageID {
            let key = Names.key(raw)
            let name = stageMap[key] ?? presetStages[key] ?? text
            guard create, !name.isEmpty, pipeline.stages.count < Int(noStage) - 1 else {
                let hint = Suggest.nearest(name, in: pipeline.stageNames).map(Message.hintDidYouMean) ?? Message.hintStages(pipeline.stageNames)
                throw ImportError(
                    line: line, column: column, problem: Message.unknownStage(name),
                    hints: [hint, Message.hintUnknownStageLabel(raw)])
            }
            return add(name, kind: kind)
        }

        mutating func stage(_ row: CSVRow, _ i: Int, _ column: String, kind: RecordKind? = nil) throws(ImportError) -> StageID {
            let bytes = row.field(i)
            let known = texts.withUnsafeBufferPointer { t -> StageID? in
                for e in entries where e.count == bytes.count {
                    if e.count == 0 || memcmp(t.baseAddress! + e.start, bytes.baseAddress!, e.count) == 0 { return e.stage }
                }
                return nil
            }
            if let known { return known }
            let raw = Names.normalized(row.string(i)).trimmingCharacters(in: .whitespaces)
            var id: StageID
            if let known = resolve(raw) { id = known } else { id = try unknown(raw, raw: raw, line: row.line, column: column, kind: kind) }
            remember(bytes, id)
            return id
        }

        private mutating func remember(_ bytes: UnsafeBufferPointer<UInt8>, _ stage: StageID) {
            entries.append((texts.count, bytes.count, stage))
            texts.append(contentsOf: bytes)
        }

        /// Whether a label names a won or a lost stage: "Won", "Closed Won", "closedlost", "Đã thắng"...
        static func outcome(_ label: String) -> StageOutcome {
            let letters = String(Names.key(label).unicodeScalars.filter { CharacterSet.letters.contains($0) })
            if letters.hasSuffix("won") || letters == "win" || letters == "đãthắng" || letters == "thắng" { return .won }
            if letters.hasSuffix("lost") || letters == "lose" || letters == "đãthua" || letters == "thua" { return .lost }
            return .open
        }

        /// Puts the open stages this import added in the order records move through them.
        ///
        /// `score` is, per stage, the mean days from a record's creation to its entry into it: the stages the pipeline
        /// had keep their order, and each new one goes before the first of them that records entered later; new stages
        /// without a score keep file order, after the others. Closed stages stay last.
        mutating func orderCreated(by score: [StageID: Double]) {
            for kind in RecordKind.allCases {
                let order = pipeline.order(kind)
                let open = order.filter { !pipeline[$0].isClosed }
                let added = open.enumerated().filter { created.contains($0.element) }.sorted { a, b in
                    switch (score[a.element], score[b.element]) {
                    case (let x?, let y?): return x != y ? x < y : a.offset < b.offset
                    case (.some, nil): return true
                    case (nil, .some): return false
                    case (nil, nil): return a.offset < b.offset
                    }
                }.map(\.element)
                guard !added.isEmpty else { continue }
                var pending = added[...]
                var merged: [StageID] = []
                for old in open where !created.contains(old) {
                    if let later = score[old] {
                        while let next = pending.first, let s = score[next], s < later { merged.append(pending.removeFirst()) }
                    }
                    merged.append(old)
                }
                pipeline.setOrder(kind, merged + pending + order.filter { pipeline[$0].isClosed })
            }
        }

        /// Appends a stage: an open one after the open stages of its kind, a won
        /// or lost one (an opportunity unless the row says otherwise) at the end.
        private mutating func add(_ name: String, kind: RecordKind?) -> StageID {
            let outcome = StageCache.outcome(name)
            let kind = kind ?? .opportunity
            var order = pipeline.order(kind)
            let index = outcome == .open ? (order.firstIndex { pipeline[$0].isClosed } ?? order.count) : order.count
            let id = StageID(pipeline.stages.count)
            // No probability until one is set: a guess would weigh every forecast.
            pipeline.stages.append(
                Stage(
                    name: name, kind: kind, probability: outcome == .won ? 10_000 : outcome == .lost ? 0 : nil,
                    outcome: outcome))
            order.insert(id, at: index)
            pipeline.setOrder(kind, order)
            created.append(id)
            return id
        }
    }
}
