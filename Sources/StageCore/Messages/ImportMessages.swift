/// The messages of importing real exports: columns, encodings, adjustments, dry runs.
extension Message {
    /// `encoding NAME` with a name no encoding has.
    static func unknownEncoding(_ name: String) -> Message { Message(.unknownEncoding, .quoted(name)) }
    /// The hint after invalid UTF-8 that reads as Windows-1252 (`TextEncoding.looksLikeCP1252`).
    static var hintLooksLikeCP1252: Message { Message(.hintLooksLikeCP1252) }
    /// A UTF-16 text of an odd number of bytes.
    static var utf16OddLength: Message { Message(.utf16OddLength) }
    /// A zip archive read as CSV, most likely a workbook with the wrong name.
    static var csvZipArchive: Message { Message(.csvZipArchive) }
    /// A row longer than the reader holds.
    static func csvRowLonger(mebibytes: Int) -> Message { Message(.csvRowLonger, .text("\(mebibytes)")) }
    /// A quote that runs on past the longest row without closing: named on the line it opened.
    static func csvQuoteNeverCloses(mebibytes: Int) -> Message { Message(.csvQuoteNeverCloses, .text("\(mebibytes)")) }
    static func mapColumnTwice(_ column: String, _ first: String, _ second: String) -> Message {
        Message(.mapColumnTwice, .quoted(column), .text(first), .text(second))
    }
    static func mapFieldTwice(_ field: String, _ first: String, _ second: String) -> Message {
        Message(.mapFieldTwice, .text(field), .quoted(first), .quoted(second))
    }
    static var hintImportAmounts: Message { Message(.hintImportAmounts) }
    /// The summary line's tail when an import adjusted rows.
    static func adjustedNote(_ n: Int) -> Message { Message(.adjustedNote, .text("\(n)")) }
    static var hintStrict: Message { Message(.hintStrict) }
    /// What `strict` names when a stage was entered before the record was created.
    static var enteredDates: Message { Message(.enteredDates) }
    static var dryRunAdjustments: Message { Message(.dryRunAdjustments) }
    static func hintUnknownStageLabel(_ label: String) -> Message { Message(.hintUnknownStageLabel, .text(Quoting.quoteIfNeeded(label))) }
    static func sheetOfCSV(_ sheet: String) -> Message { Message(.sheetOfCSV, .quoted(sheet)) }
    static func notACurrency(_ text: String) -> Message { Message(.notACurrency, .quoted(text)) }
    static var hintCurrencies: Message { Message(.hintCurrencies) }
    static func stageNamedTwice(_ name: String) -> Message { Message(.stageNamedTwice, .quoted(name)) }
    static func csvHeaderOneColumn(_ delimiter: Message) -> Message { Message(.csvHeaderOneColumn, .message(delimiter)) }
    static var hintHeaderDelimiter: Message { Message(.hintHeaderDelimiter) }
    static func csvAmbiguousDates(_ sample: String) -> Message { Message(.csvAmbiguousDates, .quoted(sample)) }
    static func csvMixedDates(_ dayFirst: String, _ dayLine: Int, _ monthFirst: String, _ monthLine: Int) -> Message {
        Message(.csvMixedDates, .quoted(dayFirst), .text("\(dayLine)"), .quoted(monthFirst), .text("\(monthLine)"))
    }
    static var hintGiveDates: Message { Message(.hintGiveDates) }
    static func dryRunRecords(_ n: Int, _ file: String) -> Message { Message(.dryRunRecords, .text("\(n)"), .text(file)) }
    static func dryRunEvents(_ n: Int, records: Int, _ file: String) -> Message {
        Message(.dryRunEvents, .text("\(n)"), .text("\(records)"), .text(file))
    }
    static var dryRunWouldFail: Message { Message(.dryRunWouldFail) }

    /// A file read as UTF-8 (or a one-byte encoding) whose first bytes have NULs in every other byte.
    static func csvLooksLikeUTF16(bigEndian: Bool) -> Message {
        Message(.csvLooksLikeUTF16, .text(bigEndian ? "UTF-16 (big-endian)" : "UTF-16"), .text(bigEndian ? "utf-16be" : "utf-16"))
    }

    /// Half of a UTF-16 surrogate pair without the other half.
    static func utf16UnpairedSurrogate(_ unit: UInt16) -> Message {
        Message(.utf16UnpairedSurrogate, .text("0x" + CellText.hex(UInt32(unit), digits: 4)))
    }

    /// A file read as CSV that holds control bytes no text has.
    static func csvNotText(_ byte: UInt8) -> Message { Message(.csvNotText, .text("0x" + CellText.hex(UInt32(byte), digits: 2))) }

    static func csvMissingColumns(_ fields: [String]) -> Message {
        fields.count == 1 ? csvMissingColumn(fields[0]) : Message(.csvMissingColumns, .quotedList(fields))
    }

    /// "2 amounts with more than two decimals rounded half-even to the cent (lines 4, 9)".
    static func importAdjusted(_ kind: ImportAdjustments.Kind, _ n: Int, lines: [Int]) -> Message {
        let id: MessageID
        switch kind {
        case .nulDropped: id = .adjustedNulDropped
        case .amountRounded: id = .adjustedAmountRounded
        case .closedOnCreationDay: id = .adjustedClosedOnCreationDay
        case .closedBeforeCreation: id = .adjustedClosedBeforeCreation
        case .nameMissing: id = .adjustedNameMissing
        case .unchangedRow: id = .adjustedUnchangedRow
        case .untrackedField: id = .adjustedUntrackedField
        case .historyDisagrees: id = .adjustedHistoryDisagrees
        }
        return Message(id, .text(String(n)), .message(linesNote(lines, total: n)))
    }

    /// "(line 4)", "(lines 4, 9, 12, ...)".
    static func linesNote(_ lines: [Int], total: Int) -> Message {
        let list = lines.map(String.init).joined(separator: ", ") + (total > lines.count ? ", ..." : "")
        return Message(lines.count == 1 && total == 1 ? .lineNote : .linesNote, .text(list))
    }

    /// Why `strict` refused a row another import would have adjusted.
    static func strictRefused(_ kind: ImportAdjustments.Kind, _ detail: Message) -> Message {
        switch kind {
        case .nulDropped: return Message(.strictNulDropped)
        case .amountRounded: return Message(.strictAmountRounded, .quoted(detail.english))
        case .closedOnCreationDay, .closedBeforeCreation: return Message(.strictBeforeCreation, .message(detail))
        case .nameMissing: return Message(.strictNameMissing)
        case .unchangedRow: return Message(.strictUnchangedRow)
        case .untrackedField: return Message(.strictUntrackedField)
        case .historyDisagrees: return Message(.strictHistoryDisagrees)
        }
    }

    /// The tail of a grouped problem: " (2,089 rows: lines 7, 16, 20, ...)"; nothing for one row.
    static func problemRows(_ n: Int, lines: [Int]) -> Message {
        let list = lines.map(String.init).joined(separator: ", ") + (n > lines.count ? ", ..." : "")
        return n == 1 ? .verbatim("") : .joined([.verbatim(" "), Message(.problemRows, .text(Amount(units: Int64(n)).grouped), .text(list))])
    }

    static func dryRunProblemGroups(_ n: Int, groups: Int, shown: Int) -> Message {
        guard n > 0 else { return Message(.dryRunNoProblems) }
        return Message(
            .dryRunProblemGroups, .text(Amount(units: Int64(n)).grouped),
            .text(groups == n || groups == 1 ? "" : String(groups)), .text(groups > shown ? String(shown) : ""))
    }

    /// "opportunity stages: Prospecting → Engaging → Won | Lost".
    static func stagesReplaced(_ kind: String, _ names: [String], closed: Int) -> Message {
        let open = names.dropLast(closed).joined(separator: " → ")
        let ends = names.suffix(closed).joined(separator: " | ")
        return Message(.stagesReplaced, .word(kind), .text(closed == 0 ? open : (open.isEmpty ? ends : open + " → " + ends)))
    }

    /// How a file's fields are separated: "commas", "tabs".
    static func delimiterName(_ d: UInt8) -> Message {
        switch d {
        case UInt8(ascii: ","): return Message(.delimiterCommas)
        case UInt8(ascii: ";"): return Message(.delimiterSemicolons)
        case 9: return Message(.delimiterTabs)
        case UInt8(ascii: "|"): return Message(.delimiterBars)
        default: return Message(.verbatim, .quoted(String(UnicodeScalar(d))))
        }
    }

    /// The summary's tail naming the stages an import added; nothing when it added none.
    static func createdStagesNote(_ names: [String]) -> Message {
        names.isEmpty ? .verbatim("") : Message(.createdStagesNote, .text(String(names.count)), .quotedList(names))
    }

    static func dryRunNewStages(_ names: [String]) -> Message { Message(.dryRunNewStages, .text(String(names.count)), .quotedList(names)) }

    static func importedRecords(_ n: Int, _ file: String, refused: Int, policy: String) -> Message {
        .joined([Message(.importedRecords, .text(String(n)), .text(file)), refusedNote(refused, policy)])
    }

    static func importedEvents(_ n: Int, fields: Int = 0, records: Int, _ file: String, refused: Int, policy: String) -> Message {
        if n == 0 && fields > 0 {
            return Message(.importedFieldEvents, .text(String(fields)), .text(String(records)), .text(file))
        }
        return .joined([
            Message(.importedEvents, .text(String(n)), .text(fields == 0 ? "" : String(fields)), .text(String(records)), .text(file)),
            refusedNote(refused, policy),
        ])
    }

    /// The summary's tail when a policy would have refused some of the imported moves; nothing when none.
    static func refusedNote(_ n: Int, _ policy: String) -> Message {
        n == 0 ? .verbatim("") : Message(.refusedNote, .text(String(n)), .text(policy))
    }

    static func exported(_ n: Int, _ set: DataSet, _ file: String) -> Message {
        let id: MessageID =
            switch set {
            case .records: .exportedRecords
            case .events: .exportedEvents
            case .history: .exportedHistory
            }
        return Message(id, .text(String(n)), .text(file))
    }
}
