import Foundation

/// Every user-facing message of stagesh, in one place so a translation can be added.
public enum Messages {
    /// A value quoted for a message; a very long one is shortened, so a 1 MiB
    /// token gives a readable line.
    public static func q(_ s: String) -> String {
        s.utf8.count > 80 ? "\"\(s.prefix(60))…\" (\(s.count) characters)" : "\"\(s)\""
    }

    /// "a" or "an" before a kind's name.
    public static func a(_ word: String) -> String { (word.first.map { "aeiou".contains($0) } ?? false) ? "an \(word)" : "a \(word)" }

    /// The message for a system error number.
    public static func systemError(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "it is a directory"
        case ENOTDIR: return "a part of the path is not a directory"
        case ENOSPC: return "no space left on the device"
        case EROFS: return "the file system is read-only"
        case EEXIST: return "it already exists"
        default: return String(cString: strerror(code))
        }
    }
    public static func list(_ items: [String]) -> String { items.map(q).joined(separator: ", ") }

    // MARK: lexing and parsing
    public static let emptyCommand = "empty command"
    public static let unterminatedString = "unterminated string"
    public static func hintCloseQuote(_ c: Character) -> String { "close the string with \(c)" }
    public static func unknownEscape(_ e: String) -> String { "unknown escape \(e) in string" }
    public static let hintEscapes = "strings know \\n, \\t, \\r, \\\\, \\\" and \\'"
    public static func strayCharacter(_ c: String) -> String { "unexpected \(q(c))" }
    public static let hintNotEqual = "not equal is written !="
    public static let hintNegation = "negation is written not"
    public static func expectedCommand(found: String) -> String { "expected a command, found \(q(found))" }
    public static func unknownCommand(_ name: String) -> String { "unknown command \(q(name))" }
    public static func missingSubcommand(_ word: String, _ subs: [String]) -> String {
        "\(q(word)) needs one of: \(subs.joined(separator: ", "))"
    }
    public static func unknownSubcommand(_ word: String, _ sub: String) -> String { "unknown command \(q("\(word) \(sub)"))" }
    public static func unexpected(_ text: String) -> String { "unexpected \(q(text))" }
    public static func expected(_ what: String, found: String) -> String { "expected \(what), found \(q(found))" }
    public static func expectedAtEnd(_ what: String) -> String { "expected \(what) at the end of the command" }
    public static func expectedOneOf(_ options: [String], found: String) -> String {
        "expected one of \(options.joined(separator: ", ")), found \(q(found))"
    }
    public static func expectedAssignment(found: String) -> String { "expected FIELD=VALUE, found \(q(found))" }
    public static func assignmentNeedsEquals(_ field: String) -> String { "a field is set with =, as in \(field)=VALUE" }
    public static func valueFor(_ field: String) -> String { "a value for \(field)" }
    public static let aCondition = "a condition (FIELD OP VALUE)"
    public static let aValue = "a value"
    public static func anOperatorAfter(_ field: String) -> String { "an operator (= != < <= > >= ~ in) after \(q(field))" }
    public static let unclosedParen = "unclosed parenthesis"
    public static func hintOpenedHere(_ offset: Int) -> String { "the parenthesis was opened at column \(offset + 1)" }
    public static func unknownPeriod(_ p: String) -> String { "unknown period \(q(p))" }

    // MARK: hints
    public static func hintDidYouMean(_ s: String) -> String { "did you mean \(q(s))?" }
    public static func hintUsage(_ synopsis: String) -> String { "usage: \(synopsis)" }
    public static func hintOneOf(_ options: [String]) -> String { "one of: \(options.joined(separator: ", "))" }
    public static func hintQuoteSpaces(_ s: String) -> String { "quote names with spaces: \(q(s))" }
    public static func hintAssignment(_ field: String) -> String { "fields are written \(field)=VALUE" }
    public static let hintHelp = "type \"help\" for the list of commands"
    public static let hintListIds = "\"list\" shows the records and their ids"
    public static func hintStages(_ names: [String]) -> String { "stages are: \(list(names))" }
    public static func hintFields(_ names: [String]) -> String { "fields are: \(names.joined(separator: ", "))" }
    public static let hintNumbers = "numbers look like 12000, 12_000, 1.5k or 2m"
    public static let hintDates = "dates look like 2026-03-02 or 2026-03-02T10:15, or today, yesterday, -30d"
    public static func hintDateFormat(_ f: String) -> String { "dates in this file were expected as \(f)" }
    public static func badDateFormat(_ f: String) -> String { "\(q(f)) is not a date format" }
    public static let hintDateFormats = "formats are written like M/D/YYYY, DD/MM/YYYY or YYYY-MM-DD HH:MM:SS"
    public static let hintIsoDates = "dates in CSV files are ISO-8601, like 2026-03-02T10:15:00Z"
    public static let hintDurations = "durations look like 14d, 2w or 36h"
    public static let hintPolicyFree = "\"policy free\" allows any move within a kind"
    public static let hintPolicyForward = "\"policy forward\" allows skipping stages"
    public static func hintMoveExplicitly(_ id: String, _ stage: String) -> String { "move it yourself: move \(id) to \(Quoting.quoteIfNeeded(stage))" }
    public static func hintMoveThrough(_ id: String, _ stage: String) -> String { "move it through each stage: move \(id) to \(Quoting.quoteIfNeeded(stage))" }
    public static func hintConvert(_ id: String, _ qualified: String) -> String {
        "a lead becomes an opportunity by \"convert \(id)\" once it is \(qualified)"
    }
    public static func hintConvertFirst(_ id: String) -> String { "convert it first: convert \(id)" }
    public static let hintMove = "stages change with \"move ID to STAGE\""
    public static let hintOnDate = "give the time of the change with \"on DATE\""
    public static func hintMoveRecordsFirst(_ stage: String) -> String { "move them out first: list where stage = \(Quoting.quoteIfNeeded(stage))" }
    public static func hintRemoveRule(_ n: Int) -> String { "remove it first: rule remove \(n)" }
    public static let hintRules = "\"rules\" lists the rules and their numbers"
    public static func hintColumns(_ headers: [String]) -> String { "the file's columns are: \(headers.joined(separator: ", "))" }
    public static let hintImportRecordsFirst = "import the records before their events"

    // MARK: values
    public static func notANumber(_ s: String) -> String { "\(q(s)) is not a number" }
    public static func notAWholeNumber(_ s: String) -> String { "\(q(s)) is not a whole number" }
    public static func notADuration(_ s: String) -> String { "\(q(s)) is not a duration" }
    public static func notADate(_ s: String) -> String { "\(q(s)) is not a date" }
    public static func impossibleDate(_ s: String, year: Int, month: Int, day: Int) -> String {
        guard (1...12).contains(month) else { return "impossible date \(q(s)): there is no month \(month)" }
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        return "impossible date \(q(s)): \(names[month - 1]) \(year) has \(Timestamp.daysIn(month: month, year: year)) days"
    }
    public static func impossibleTime(_ s: String) -> String { "impossible time in \(q(s))" }
    public static func notAKind(_ s: String) -> String { "\(q(s)) is not a kind" }
    public static func operatorNotFor(_ op: String, _ field: String) -> String { "\(op) does not apply to \(field)" }
    public static func negativeValue(_ s: String) -> String { "value must not be negative: \(s)" }
    public static func probabilityRange(_ s: String) -> String { "probability must be between 0 and 100: \(s)" }
    public static let negativeLimit = "limit must not be negative"
    public static func periodNeedsDate(_ period: String, _ field: String) -> String { "\(period)() needs a date field; \(field) is not one" }

    // MARK: records
    public static func unknownRecord(_ id: String) -> String { "unknown record \(q(id))" }
    public static func unknownStage(_ s: String) -> String { "unknown stage \(q(s))" }
    public static func unknownField(_ s: String) -> String { "unknown field \(q(s))" }
    public static let emptyName = "a name must not be empty"
    public static func badId(_ s: String) -> String { "\(q(s)) cannot be an id: ids are one word" }
    public static func duplicateId(_ id: String) -> String { "id \(q(id)) is already taken" }
    public static func duplicateField(_ f: String) -> String { "\(f) is given twice" }
    public static func readOnlyField(_ f: String) -> String { "\(f) follows from the record's ledger and cannot be set" }
    public static let setStage = "stage cannot be set"
    public static let idIsFixed = "id cannot be changed"
    public static func createdAfterFirstChange(_ id: String, _ when: String) -> String {
        "\(id) was created before its first stage change (\(when))"
    }
    public static func followsFromStage(_ f: String) -> String { "\(f) follows from the record's stage and cannot be set" }
    public static func clockBeforeLastChange(_ id: String, _ when: String, _ clock: String) -> String {
        "the clock (\(clock)) is before \(id)'s last stage change (\(when))"
    }
    public static func stageOfOtherKind(_ stage: String, _ stageKind: String, _ kind: String) -> String {
        "\(q(stage)) is \(a(stageKind)) stage, not \(a(kind)) stage"
    }
    public static func noStagesOfKind(_ kinds: String) -> String { "the pipeline has no stages for \(kinds)" }
    public static func added(_ kind: String, _ id: String) -> String { "added \(kind) \(id)" }
    public static func updated(_ id: String, _ n: Int) -> String { "updated \(id) (\(n) field\(n == 1 ? "" : "s"))" }
    public static func deleted(_ id: String) -> String { "deleted \(id)" }
    public static func moved(_ id: String, _ from: String, _ to: String) -> String { "moved \(id) from \(from) to \(to)" }
    public static func converted(_ id: String, _ stage: String) -> String { "converted \(id) into an opportunity in \(stage)" }
    public static func logged(_ activity: String, _ id: String) -> String { "logged \(activity) for \(id)" }
    public static func ruleMoved(_ n: Int, _ text: String) -> String { "rule \(n): \(text)" }
    public static func alreadyInStage(_ id: String, _ stage: String) -> String { "\(id) is already in \(stage)" }
    public static func alreadyOpportunity(_ id: String) -> String { "\(id) is already an opportunity" }
    public static func notQualified(_ id: String, _ stage: String, _ qualified: String) -> String {
        "only a lead in \(qualified) can be converted; \(id) is in \(stage)"
    }
    public static func noClosedStage(_ kind: String, _ outcome: String) -> String { "the \(kind) pipeline has no \(outcome) stage" }
    public static func beforeLastChange(_ id: String, _ when: String) -> String { "that is before \(id)'s last stage change (\(when))" }
    public static let emptyActivity = "an activity must have a name"
    public static func wrongKind(stage: String, stageKind: String, id: String, kind: String) -> String {
        "\(q(stage)) is \(a(stageKind)) stage and \(id) is \(a(kind))"
    }
    public static func byRule(_ n: Int, _ text: String) -> String { "rule \(n) (\(text))" }
    public static func policyRefusesBackward(_ policy: String, id: String, from: String, to: String, rule: String?) -> String {
        "policy \(policy) refuses moving \(id) back from \(from) to \(to)" + (rule.map { " by \($0)" } ?? "")
    }
    public static func policyRefusesLeavingClosed(_ policy: String, id: String, from: String, to: String, rule: String?) -> String {
        "policy \(policy) refuses moving \(id) out of the closed stage \(from) to \(to)" + (rule.map { " by \($0)" } ?? "")
            + "; only an explicit move may"
    }
    public static func policyRefusesSkip(id: String, from: String, to: String, skipped: [String], rule: String?) -> String {
        "policy strict refuses moving \(id) from \(from) to \(to)" + (rule.map { " by \($0)" } ?? "")
            + ": it would skip \(skipped.joined(separator: ", "))"
    }

    // MARK: pipeline
    public static let emptyStageName = "a stage name must not be empty"
    public static func stageExists(_ name: String, _ kind: String) -> String { "there is already \(a(kind)) stage \(q(name))" }
    public static let tooManyStages = "too many stages"
    public static func stageAdded(_ kind: String, _ name: String, _ position: Int) -> String {
        "added \(kind) stage \(name) at position \(position)"
    }
    public static func stageRenamed(_ old: String, _ new: String) -> String { "renamed stage \(old) to \(new)" }
    public static func stageUpdated(_ name: String) -> String { "updated stage \(name)" }
    public static func unknownStageSetting(_ s: String) -> String { "a stage has no setting \(q(s))" }
    public static func stageInUse(_ name: String, _ n: Int) -> String { "\(n) record\(n == 1 ? " is" : "s are") in \(name)" }
    public static func stageInHistory(_ name: String, _ n: Int) -> String {
        "\(n) stage change\(n == 1 ? "" : "s") in the ledger involve \(name); a stage with history stays"
    }
    public static func stageInRule(_ name: String, _ n: Int) -> String { "rule \(n) moves records to \(name)" }
    public static func stageRemoved(_ name: String) -> String { "removed stage \(name)" }
    public static func policyIs(_ p: String) -> String { "policy is \(p)" }
    public static func policySet(_ p: String) -> String { "policy set to \(p)" }
    public static func ruleAdded(_ n: Int, _ text: String) -> String { "added rule \(n): \(text)" }
    public static func ruleRemoved(_ n: Int, _ text: String) -> String { "removed rule \(n): \(text)" }
    public static func noSuchRule(_ n: Int, _ count: Int) -> String {
        count == 0 ? "there are no rules" : "no rule \(n); rules are numbered 1 to \(count)"
    }

    // MARK: session
    public static let nothingToUndo = "nothing to undo"
    public static let nothingToRedo = "nothing to redo"
    public static func undid(_ label: String) -> String { "undid \(label)" }
    public static func redid(_ label: String) -> String { "redid \(label)" }
    public static func clock(_ time: String, frozen: Bool) -> String { frozen ? "\(time) (frozen)" : time }
    public static func clockFrozen(_ time: String) -> String { "clock frozen at \(time)" }
    public static let clockCleared = "clock follows the system time"
    public static func rowCount(_ n: Int) -> String { n == 1 ? "(1 row)" : "(\(n) rows)" }
    public static func noHelp(_ topic: String) -> String { "no help for \(q(topic))" }
    public static let helpIntro = "stagesh: a shell for the stages of a sales pipeline. Commands:"
    public static let helpFooter = "\"help COMMAND\" shows a command's grammar and examples. Commands end at a newline or ;"
    public static let helpAliases = "also"
    public static let helpExamples = "examples"
    public static let groupRecords = "Records and stages"
    public static let groupQueries = "Queries"
    public static let groupReports = "Reports"
    public static func generated(_ n: Int, events: Int, seed: UInt64) -> String {
        "generated \(n) record\(n == 1 ? "" : "s") with \(events) stage event\(events == 1 ? "" : "s") (seed \(seed))"
    }
    public static func chartTitle(_ report: String, snapshot: String?) -> String {
        snapshot.map { "\(report) — \($0)" } ?? report
    }
    public static func chartWritten(_ report: String, _ file: String) -> String { "wrote the \(report) chart to \(file)" }
    public static let reportOneGroup = "a report groups by one field"
    public static let reportWon = "won"
    public static let reportLost = "lost"
    public static let reportOpen = "open"
    public static let groupPipeline = "Pipeline configuration"
    public static let groupSession = "Session, files and output"

    // MARK: files
    public static func cannotRead(_ file: String, _ why: String) -> String { "cannot read \(file): \(why)" }
    public static func cannotWrite(_ file: String, _ why: String) -> String { "cannot write \(file): \(why)" }
    public static let noSuchFile = "no such file"
    public static let isDirectory = "it is a directory"
    public static let notReadable = "permission denied"
    public static func exported(_ n: Int, records: Bool, _ file: String) -> String {
        let noun = records ? (n == 1 ? "record" : "records") : (n == 1 ? "stage event" : "stage events")
        return "exported \(n) \(noun) to \(file)"
    }
    public static func importedRecords(_ n: Int, _ file: String, refused: Int, policy: String) -> String {
        "imported \(n) record\(n == 1 ? "" : "s") from \(file)" + refusedNote(refused, policy)
    }
    public static func importedEvents(_ n: Int, records: Int, _ file: String, refused: Int, policy: String) -> String {
        "imported \(n) stage event\(n == 1 ? "" : "s") of \(records) record\(records == 1 ? "" : "s") from \(file)"
            + refusedNote(refused, policy)
    }
    public static func refusedNote(_ n: Int, _ policy: String) -> String {
        n == 0 ? "" : "; \(n) of its moves would have been refused by policy \(policy) (kept as they happened)"
    }
    public static func importProblem(file: String, line: Int, column: String?, problem: String) -> String {
        let place = line > 0 ? "\(file):\(line)" : file
        return column.map { "\(place): column \(q($0)): \(problem)" } ?? "\(place): \(problem)"
    }
    public static let csvEmpty = "the file is empty"
    public static let csvEmptyId = "an id must not be empty"
    public static func csvFieldCount(_ n: Int, _ expected: Int) -> String { "\(n) field\(n == 1 ? "" : "s") where the header has \(expected)" }
    public static func csvMissingColumn(_ c: String) -> String { "missing column \(q(c))" }
    public static func csvMappedColumnMissing(_ c: String) -> String { "map names column \(q(c)), which the file does not have" }
    public static func csvDuplicateColumn(_ field: String, _ other: String) -> String { "\(field) is also read from column \(q(other))" }
    public static func csvDuplicateIdInFile(_ id: String, _ line: Int) -> String { "id \(q(id)) is already used on line \(line)" }
    public static func csvKindMismatch(_ kind: String, _ stage: String, _ stageKind: String) -> String {
        "kind \(q(kind)) does not match stage \(stage), which is \(a(stageKind)) stage"
    }
    public static func csvChangedBeforeCreated(_ changed: String, _ created: String) -> String {
        "last change \(changed) is before creation \(created)"
    }
    public static func csvUnknownCause(_ c: String) -> String { "unknown cause \(q(c))" }
    public static func csvNoCreation(_ id: String) -> String { "the events of \(id) do not start with a creation (an empty from_stage)" }
    public static func csvSecondCreation(_ id: String) -> String { "\(id) has a second creation event (an empty from_stage)" }
    public static func csvBrokenChain(_ id: String, _ from: String, _ previous: String) -> String {
        "\(id) moves from \(from), but its previous event left it in \(previous)"
    }
    public static func csvLastStageMismatch(_ id: String, _ last: String, _ current: String) -> String {
        "the events of \(id) end in \(last), but the record is in \(current)"
    }
    public static let csvUnterminatedQuote = "unterminated quoted field"
    public static func csvStrayQuote(_ field: Int) -> String { "a quote inside unquoted field \(field)" }
    public static func csvTextAfterQuote(_ field: Int) -> String { "text after the closing quote of field \(field)" }
    public static func runTooDeep(_ n: Int) -> String { "scripts run each other more than \(n) deep" }
    public static let nulByte = "NUL byte in the input"
    public static let invalidUTF8 = "invalid UTF-8"
}

extension Messages {
    public static func banner(version: String, records: Int, stages: Int) -> String {
        "stagesh \(version): \(records) record\(records == 1 ? "" : "s") in \(stages) stages. Type \"help\" for help, \"quit\" to leave."
    }
    public static let interrupted = "interrupted"
    public static func elapsed(milliseconds: Double) -> String { "Time: \(String(format: "%.3f", milliseconds)) ms" }
    public static func isYes(_ answer: String) -> Bool { ["y", "yes"].contains(answer.lowercased()) }
    public static func unknownFormatOption(_ f: String) -> String {
        "unknown format '\(f)'; use \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))"
    }
    public static let interactiveAndBatch = "--interactive and --batch exclude each other"
    public static func badNowOption(_ m: String) -> String { "--now: \(m)" }
    public static let yes = "yes"
    public static let no = "no"
    public static let unsavedOnQuit = "there are unsaved changes; quit anyway? [y/N] "
}

extension Messages {
    // MARK: snapshots
    public static let snapshotEndOfFile = "the end of the file"
    public static let snapshotFoundString = "a string"
    public static let snapshotFoundObject = "an object"
    public static let snapshotFoundArray = "an array"
    public static let snapshotFoundBoolean = "a boolean"
    public static let snapshotFoundNumber = "a number"
    public static func snapshotFoundByte(_ b: UInt8, at offset: Int) -> String {
        b >= 0x20 && b < 0x7F ? "\(q(String(UnicodeScalar(b)))) at byte \(offset)" : String(format: "byte 0x%02X at byte %d", b, offset)
    }
    public static func snapshotExpected(_ what: String, found: String) -> String { "expected \(what), found \(found)" }
    public static let snapshotAnArray = "an array"
    public static let snapshotAnObject = "an object"
    public static let snapshotAString = "a string"
    public static let snapshotANumber = "a number"
    public static func snapshotCommaOrEnd(_ close: String) -> String { "\",\" or \"\(close)\"" }
    public static let snapshotControlInString = "a control character inside a string"
    public static let snapshotUnterminatedString = "unterminated string"
    public static let snapshotEscapedKey = "an escaped string where a plain name is expected"
    public static let snapshotBadEscape = "invalid escape in a string"
    public static func snapshotNumberRange(_ t: String) -> String { "number out of range: \(t)" }
    public static func snapshotBadNumber(_ t: String) -> String { "invalid number: \(t)" }
    public static func snapshotTooPrecise(_ t: String) -> String { "more than two decimals: \(t)" }
    public static func snapshotNotWhole(_ t: String) -> String { "not a whole number: \(t)" }
    public static func snapshotNotASnapshot(_ found: String) -> String { "not a stagesh snapshot (found \(found) at the start)" }
    public static func snapshotWrongFormat(_ f: String) -> String { "format \(q(f)) is not \(q(SnapshotFormat.name))" }
    public static func snapshotTooNew(_ v: Int, _ mine: Int) -> String {
        "snapshot version \(v) is newer than this stagesh reads (version \(mine)); upgrade stagesh to open it"
    }
    public static func snapshotTooOld(_ v: Int, _ oldest: Int) -> String {
        "snapshot version \(v) is older than any this stagesh reads (from version \(oldest))"
    }
    public static func snapshotDuplicateKey(_ k: String) -> String { "key \(q(k)) appears twice" }
    public static func snapshotMissingKey(_ k: String) -> String { "missing key \(q(k))" }
    public static func snapshotUnknownKey(_ k: String) -> String { "unknown key \(q(k))" }
    public static func snapshotUnknownValue(_ v: String, _ allowed: [String]) -> String {
        "\(q(v)) is not one of \(allowed.joined(separator: ", "))"
    }
    public static let snapshotPipelineFirst = "the pipeline must come before the records"
    public static let snapshotTrailing = "text after the end of the snapshot"
    public static func snapshotDuplicateStage(_ n: String) -> String { "stage \(q(n)) appears twice" }
    public static func snapshotNoStages(_ kinds: String) -> String { "the pipeline has no stages for \(kinds)" }
    public static let conditionHasComment = "a condition cannot hold a comment"
    public static func snapshotEmptyLedger(_ id: String) -> String { "record \(q(id)) has no ledger" }
    public static func snapshotLedgerEnds(_ id: String, _ last: String, _ stage: String) -> String {
        "the ledger of \(q(id)) ends in \(last), but its stage is \(stage)"
    }
    public static func snapshotCreatedMismatch(_ id: String) -> String {
        "the creation event of \(q(id)) is not at its created time"
    }
    public static func snapshotBrokenChain(_ from: String, _ expected: String) -> String {
        "the event moves from \(q(from)), but the previous event left the record in \(q(expected))"
    }
    public static func snapshotMissingFrom(_ expected: String) -> String {
        "the event has no from-stage, but the previous event left the record in \(q(expected))"
    }
    public static func snapshotFirstHasFrom(_ from: String) -> String {
        "the first event moves from \(q(from)), but a ledger starts with a creation (from null)"
    }
    public static let snapshotFirstNotCreate = "a ledger must start with a creation event"
    public static let snapshotSecondCreate = "only the first event of a ledger is a creation"
    public static func snapshotOutOfOrder(_ at: String, _ previous: String) -> String {
        "event at \(at) comes before the previous one (\(previous))"
    }
    public static func snapshotKindBackwards(_ from: String, _ to: String) -> String {
        "a move from \(from) to \(to) crosses from an opportunity back to a lead"
    }
}

extension Messages {
    public static func badSnapshotName(_ s: String) -> String { "\(q(s)) is neither a snapshot name nor a path" }
    public static let hintSnapshotNames = "names are letters, digits, . _ and -; a path has a / or ends in .json"
    public static let saveWhere = "no snapshot is open to save to"
    public static let hintSaveName = "give it a name: save NAME"
    public static func cannotSave(_ s: String, _ why: String) -> String { "cannot save \(s): \(why)" }
    public static func cannotLoad(_ s: String, _ why: String) -> String { "cannot load \(s): \(why)" }
    public static func saved(_ name: String, records: Int, bytes: Int) -> String {
        "saved \(name): \(records) record\(records == 1 ? "" : "s"), \(Amount(units: Int64(bytes)).grouped) bytes"
    }
    public static func loaded(_ name: String, records: Int, savedAt: String) -> String {
        "loaded \(name): \(records) record\(records == 1 ? "" : "s") saved \(savedAt)"
    }
    public static func loadWithUnsaved(_ n: Int) -> String {
        "there \(n == 1 ? "is 1 unsaved change" : "are \(n) unsaved changes"); load would discard \(n == 1 ? "it" : "them")"
    }
    public static func hintLoadBang(_ retry: String) -> String { "save first, or discard them with: \(retry)" }
    public static func loadDiscardsQuestion(_ n: Int) -> String {
        "\(n) unsaved change\(n == 1 ? "" : "s") will be lost; load anyway? [y/N] "
    }
    public static let nothingToRecover = "there is no unsaved work to recover"
    public static func replayFailed(_ n: Int, _ text: String, _ why: String) -> String {
        "could not replay command \(n) of the journal (\(text)): \(why)"
    }
    public static func recovered(_ n: Int, base: String?) -> String {
        "recovered \(n) command\(n == 1 ? "" : "s")" + (base.map { " on top of \($0)" } ?? "")
            + (n == 1 ? "; it is not saved yet" : "; they are not saved yet")
    }
    public static func discarded(_ n: Int) -> String { "discarded \(n) unsaved command\(n == 1 ? "" : "s")" }
    public static func foundJournal(_ n: Int, endedAfter: String, base: String?, more: Int) -> String {
        "found unsaved work from a session started \(endedAfter) that did not end cleanly: \(n) command\(n == 1 ? "" : "s")"
            + (base.map { " after \($0)" } ?? "") + ". Type \"recover\" to replay \(n == 1 ? "it" : "them") or \"discard\" to drop \(n == 1 ? "it" : "them")."
            + (more > 0 ? " (\(more) older journal\(more == 1 ? "" : "s") also left.)" : "")
    }
    public static let notDone = "nothing was changed"
    public static func journalFailed(_ why: String) -> String { "warning: the journal could not be written: \(why)" }
}

// `--check` and `--play`.
extension Messages {
    /// The last line `--check` writes for a script.
    public static func checkSummary(_ file: String, commands: Int, errors: Int) -> String {
        "\(file): \(commands) command\(commands == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s")"
    }
    public static let playExcludesCommands = "--play and --check cannot be combined with -c or -f"
    public static let playAndCheck = "--play and --check cannot be combined"
    public static let negativeDelay = "--delay must be 0 or more milliseconds"
    /// The hint shown while the presenter waits for Enter.
    public static let playWaitHint = "⏎"
    public static let playStopped = "(the presentation stopped; the shell is live)"
}

// MARK: Import: delimiters, stages, guessed dates, presets, dry runs
extension Messages {
    public static func delimiterName(_ d: UInt8) -> String {
        switch d {
        case UInt8(ascii: ","): return "commas"
        case UInt8(ascii: ";"): return "semicolons"
        case 9: return "tabs"
        case UInt8(ascii: "|"): return "bars (|)"
        default: return q(String(UnicodeScalar(d)))
        }
    }
    public static func csvHeaderOneColumn(_ delimiter: String) -> String {
        "the header has one column, but this line has fields separated by \(delimiter)"
    }
    public static let hintHeaderDelimiter = "separate the header's column names the same way as the rows"
    public static func csvAmbiguousDates(_ sample: String) -> String {
        "\(q(sample)) could be day/month or month/day, and no date in the column tells which"
    }
    public static func csvMixedDates(_ dayFirst: String, _ dayLine: Int, _ monthFirst: String, _ monthLine: Int) -> String {
        "the column has a day-first date (\(q(dayFirst)) on line \(dayLine)) and a month-first one (\(q(monthFirst)) on line \(monthLine))"
    }
    public static let hintGiveDates = "give the layout, like: dates D/M/YYYY or dates M/D/YYYY"
    public static func createdStagesNote(_ names: [String]) -> String {
        names.isEmpty ? "" : "; added stage\(names.count == 1 ? "" : "s") " + names.map(q).joined(separator: ", ")
    }
    public static func dryRunRecords(_ n: Int, _ file: String) -> String {
        "dry run: \(n) record\(n == 1 ? "" : "s") of \(file) would be imported; nothing was changed"
    }
    public static func dryRunEvents(_ n: Int, records: Int, _ file: String) -> String {
        "dry run: \(n) stage event\(n == 1 ? "" : "s") of \(records) record\(records == 1 ? "" : "s") of \(file) would be imported; nothing was changed"
    }
    public static let dryRunWouldFail = "as it is, the import would stop at the first problem and import nothing"
    public static func dryRunNewStages(_ names: [String]) -> String {
        "stage\(names.count == 1 ? "" : "s") that would be added: " + names.map(q).joined(separator: ", ")
    }
    public static func dryRunProblems(_ n: Int, shown: Int) -> String {
        n == 0 ? "no problems found"
            : "\(n) problem\(n == 1 ? "" : "s") found" + (n > shown ? "; the first \(shown):" : ":")
    }
    public static let dryRunStageColumn = "stage"
    public static let dryRunCountColumn = "rows"
}
