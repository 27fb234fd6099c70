import Foundation
import StageTestSupport
import Testing

@testable import StageCore

// Bad input, table-driven: each case runs a setup script that succeeds, then one
// bad command line that must fail with exactly the diagnostic a user should see
// (message, line:column, the quoted line, the caret range and the hints), and
// must leave the whole session exactly as it was.
//

/// One bad-input case: a name, setup lines that succeed, the bad line and the
/// exact text `DiagnosticFormatter.format(_, source: "t.stg", line: 1, text:)` gives.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    let name: String
    let setup: [String]
    let line: String
    let expected: String

    init(_ name: String, _ setup: [String] = [], _ line: String, _ expected: String) {
        self.name = name
        self.setup = setup
        self.line = line
        // The formatter ends every line, the last one included, with a newline.
        self.expected = expected + "\n"
    }

    var testDescription: String { name }
}

/// The CSV files the import cases read, written to a fresh directory for every case.
private let fixtures: [String: String] = [
    "good.csv": "id,kind,name,stage,created_at\n1,lead,A,New,2026-01-01T00:00:00Z\n2,lead,B,Contacted,2026-01-02T00:00:00Z\n",
    "fresh.csv": "id,name,stage\n7,G,New\n",
    "nostage.csv": "id,kind,name,created_at\n1,lead,A,2026-01-01T00:00:00Z\n",
    "dupinfile.csv": "id,name,stage\n1,A,New\n2,B,New\n1,C,New\n",
    "dupexisting.csv": "id,name,stage\n7,A,New\n1,B,New\n",
    "badstage.csv": "id,name,stage\n1,A,New\n2,B,Negociation\n",
    "baddate.csv": "id,name,stage,created_at\n1,A,New,2026-01-01\n2,B,New,2026-02-30\n",
    "badvalue.csv": "id,name,stage,value\n1,A,New,100\n2,B,New,12abc\n",
    "fieldcount.csv": "id,name,stage\n1,A,New\n2,B\n",
    "unterminated.csv": "id,name,stage\n1,A,New\n2,\"B,New\n3,C,New\n",
    "strayquote.csv": "id,name,stage\n1,A,New\n2,B\"x,New\n",
    "badkind.csv": "id,kind,name,stage\n1,lead,A,New\n2,opportunity,B,New\n",
    "empty.csv": "",
    "ev_unknown.csv": "record_id,from_stage,to_stage,changed_at\n1,,New,2026-01-01T00:00:00Z\n9,,New,2026-01-01T00:00:00Z\n",
    "ev_laststage.csv": "record_id,from_stage,to_stage,changed_at\n1,,New,2026-01-01T00:00:00Z\n2,,New,2026-01-02T00:00:00Z\n",
    "ev_chain.csv": """
    record_id,from_stage,to_stage,changed_at
    1,,New,2026-01-01T00:00:00Z
    2,,New,2026-01-02T00:00:00Z
    2,Qualified,Contacted,2026-01-03T00:00:00Z

    """,
    // Two broken chains: record 2's on line 3 comes first in the file.
    "ev_order.csv": """
    record_id,from_stage,to_stage,changed_at
    2,,New,2026-01-02T00:00:00Z
    2,Qualified,Contacted,2026-01-03T00:00:00Z
    1,,New,2026-01-01T00:00:00Z
    1,Contacted,New,2026-01-04T00:00:00Z

    """,
    "ev_baddate.csv": "record_id,from_stage,to_stage,changed_at\n1,,New,2026-01-01T00:00:00Z\n2,,New,2026-13-01T00:00:00Z\n",
    "ev_badstage.csv": "record_id,from_stage,to_stage,changed_at\n1,,New,2026-01-01T00:00:00Z\n2,,Nwe,2026-01-01T00:00:00Z\n",
    "ev_nocreate.csv": "record_id,from_stage,to_stage,changed_at\n1,,New,2026-01-01T00:00:00Z\n2,New,Contacted,2026-01-03T00:00:00Z\n",
    "ev_nocol.csv": "record_id,from_stage,to_stage\n1,,New\n",
]

/// A line of 1 MiB: an unknown first word, then words of garbage.
private let mebibyteGarbage: String = {
    var s = "blorp"
    while s.utf8.count < 1 << 20 { s += " qwzx" }
    return String(s.prefix(1 << 20))
}()

@Suite struct BadInputTests {
    static let cases: [BadInputCase] = [
        // MARK: lexing
        BadInputCase(
            "unterminated double quote", [], #"add lead "Acme"#,
            #"""
            stagesh: t.stg:1:10: error: unterminated string
                add lead "Acme
                         ^~~~~
            hint: close the string with "
            """#),
        BadInputCase(
            "unterminated single quote", [], "add lead 'Acme",
            #"""
            stagesh: t.stg:1:10: error: unterminated string
                add lead 'Acme
                         ^~~~~
            hint: close the string with '
            """#),
        BadInputCase(
            "unterminated quote inside where", [], #"list where owner = "Lan"#,
            #"""
            stagesh: t.stg:1:20: error: unterminated string
                list where owner = "Lan
                                   ^~~~
            hint: close the string with "
            """#),
        BadInputCase(
            "unknown escape in a string", [], #"add lead "a\qb""#,
            #"""
            stagesh: t.stg:1:12: error: unknown escape \q in string
                add lead "a\qb"
                           ^~
            hint: strings know \n, \t, \r, \\, \" and \'
            """#),
        BadInputCase(
            "! alone where != was meant", [], "list where owner ! Lan",
            #"""
            stagesh: t.stg:1:18: error: unexpected "!"
                list where owner ! Lan
                                 ^
            hint: not equal is written !=
            """#),
        BadInputCase(
            "! alone where not was meant", [], "list where !(stage = New)",
            #"""
            stagesh: t.stg:1:12: error: unexpected "!"
                list where !(stage = New)
                           ^
            hint: negation is written not
            """#),

        // MARK: commands
        BadInputCase(
            "unknown command with did-you-mean", [], "lsit",
            #"""
            stagesh: t.stg:1:1: error: unknown command "lsit"
                lsit
                ^~~~
            hint: did you mean "list"?
            """#),
        BadInputCase(
            "unknown command with nothing near", [], "frobnicate 12",
            #"""
            stagesh: t.stg:1:1: error: unknown command "frobnicate"
                frobnicate 12
                ^~~~~~~~~~
            hint: type "help" for the list of commands
            """#),
        BadInputCase(
            "unknown subcommand stage ad", [], "stage ad lead X",
            #"""
            stagesh: t.stg:1:7: error: unknown command "stage ad"
                stage ad lead X
                      ^~
            hint: did you mean "stage add"?
            hint: one of: add, rename, set, remove
            """#),
        BadInputCase(
            "stage without a subcommand", [], "stage",
            #"""
            stagesh: t.stg:1:1: error: "stage" needs one of: add, rename, set, remove
                stage
                ^~~~~
            hint: usage: stage add lead|opportunity|opp NAME [before STAGE|after STAGE] [probability N] [won|lost]
                         stage rename NAME to NEW
                         stage set NAME FIELD=VALUE [FIELD=VALUE ...]
                         stage remove NAME
            """#),
        BadInputCase(
            "add without a subcommand", [], "add",
            #"""
            stagesh: t.stg:1:1: error: "add" needs one of: lead, opportunity, opp
                add
                ^~~
            hint: usage: add lead NAME [FIELD=VALUE ...]
                         add opportunity NAME [FIELD=VALUE ...]
            """#),
        BadInputCase(
            "quoted word where a command goes", [], #""list""#,
            #"""
            stagesh: t.stg:1:1: error: expected a command, found "list"
                "list"
                ^~~~~~
            """#),
        BadInputCase(
            "parenthesis where a command goes", [], "(list)",
            #"""
            stagesh: t.stg:1:1: error: expected a command, found "("
                (list)
                ^
            """#),
        BadInputCase(
            "add lead without a name", [], "add lead",
            #"""
            stagesh: t.stg:1:9: error: expected NAME at the end of the command
                add lead
                        ^
            hint: usage: add lead NAME [FIELD=VALUE ...]
            """#),
        BadInputCase(
            "missing to in move", ["add lead A"], "move 1 Contacted",
            #"""
            stagesh: t.stg:1:8: error: expected "to", found "Contacted"
                move 1 Contacted
                       ^~~~~~~~~
            hint: usage: move ID to STAGE [on DATE] [because TEXT]
            """#),
        BadInputCase(
            "missing stage at the end of move", ["add lead A"], "move 1 to",
            #"""
            stagesh: t.stg:1:10: error: expected STAGE at the end of the command
                move 1 to
                         ^
            hint: usage: move ID to STAGE [on DATE] [because TEXT]
            """#),
        BadInputCase(
            "trailing junk after show", ["add lead A"], "show 1 2",
            #"""
            stagesh: t.stg:1:8: error: unexpected "2"
                show 1 2
                       ^
            hint: usage: show ID
            """#),
        BadInputCase(
            "two kind keywords in list", [], "list leads opportunities",
            #"""
            stagesh: t.stg:1:12: error: unexpected "opportunities"
                list leads opportunities
                           ^~~~~~~~~~~~~
            hint: usage: list [leads|opportunities|opps|all] [where EXPR] [order by FIELD [asc|desc], ...] [limit N]
            """#),
        BadInputCase(
            "unquoted stage name with a space", ["add opp A"], "move 1 to Proposal Sent",
            #"""
            stagesh: t.stg:1:20: error: unexpected "Sent"
                move 1 to Proposal Sent
                                   ^~~~
            hint: quote names with spaces: "Proposal Sent"
            hint: usage: move ID to STAGE [on DATE] [because TEXT]
            """#),
        BadInputCase(
            "policy with a bad name", [], "policy lax",
            #"""
            stagesh: t.stg:1:8: error: expected one of free, forward, strict, found "lax"
                policy lax
                       ^~~
            """#),
        BadInputCase(
            "policy with a near name", [], "policy stict",
            #"""
            stagesh: t.stg:1:8: error: expected one of free, forward, strict, found "stict"
                policy stict
                       ^~~~~
            hint: did you mean "strict"?
            """#),
        BadInputCase(
            "format with a bad name", [], "format yaml",
            #"""
            stagesh: t.stg:1:8: error: expected one of table, csv, tsv, json, markdown, found "yaml"
                format yaml
                       ^~~~
            """#),
        BadInputCase(
            "format with a near name", [], "format jsno",
            #"""
            stagesh: t.stg:1:8: error: expected one of table, csv, tsv, json, markdown, found "jsno"
                format jsno
                       ^~~~
            hint: did you mean "json"?
            """#),
        BadInputCase(
            "echo with a bad value", [], "echo maybe",
            #"""
            stagesh: t.stg:1:6: error: expected one of on, off, found "maybe"
                echo maybe
                     ^~~~~
            """#),
        BadInputCase(
            "import of neither records nor events", [], "import foo x.csv",
            #"""
            stagesh: t.stg:1:8: error: expected records|events, found "foo"
                import foo x.csv
                       ^~~
            hint: usage: import records|events FILE [map COLUMN=FIELD [COLUMN=FIELD ...]] [dates FORMAT] [stages FROM=TO [FROM=TO ...]] [create stages] [preset PRESET] [encoding ENCODING] [sheet SHEET] [strict] [dry-run]
            """#),
        BadInputCase(
            "help for no such command", [], "help nosuchcommand",
            #"""
            stagesh: t.stg:1:6: error: no help for "nosuchcommand"
                help nosuchcommand
                     ^~~~~~~~~~~~~
            hint: type "help" for the list of commands
            """#),
        BadInputCase(
            "help for a misspelt command", [], "help mvoe",
            #"""
            stagesh: t.stg:1:6: error: no help for "mvoe"
                help mvoe
                     ^~~~
            hint: did you mean "move"?
            """#),

        // MARK: stages
        BadInputCase(
            "unknown stage with did-you-mean", ["add lead A"], "move 1 to Contaced",
            #"""
            stagesh: t.stg:1:11: error: unknown stage "Contaced"
                move 1 to Contaced
                          ^~~~~~~~
            hint: did you mean "Contacted"?
            """#),
        BadInputCase(
            "unknown stage with nothing near", ["add lead A"], "move 1 to Zzzzzz",
            #"""
            stagesh: t.stg:1:11: error: unknown stage "Zzzzzz"
                move 1 to Zzzzzz
                          ^~~~~~
            hint: stages are: "New", "Contacted", "Qualified", "Negotiation", "Proposal Sent", "Won", "Lost"
            """#),
        BadInputCase(
            "unknown short stage is no typo of Won", [], "stage rename Foo to Bar",
            #"""
            stagesh: t.stg:1:14: error: unknown stage "Foo"
                stage rename Foo to Bar
                             ^~~
            hint: stages are: "New", "Contacted", "Qualified", "Negotiation", "Proposal Sent", "Won", "Lost"
            """#),
        BadInputCase(
            "unknown stage in where", [], "list where stage = Negociation",
            #"""
            stagesh: t.stg:1:20: error: unknown stage "Negociation"
                list where stage = Negociation
                                   ^~~~~~~~~~~
            hint: did you mean "Negotiation"?
            """#),
        BadInputCase(
            "unknown stage in an in-list", [], "list where stage in (New, Wonn)",
            #"""
            stagesh: t.stg:1:27: error: unknown stage "Wonn"
                list where stage in (New, Wonn)
                                          ^~~~
            hint: did you mean "Won"?
            """#),
        BadInputCase(
            "rule to an unknown stage", [], "rule add on call move to Nowhere",
            #"""
            stagesh: t.stg:1:26: error: unknown stage "Nowhere"
                rule add on call move to Nowhere
                                         ^~~~~~~
            hint: stages are: "New", "Contacted", "Qualified", "Negotiation", "Proposal Sent", "Won", "Lost"
            """#),
        BadInputCase(
            "stage remove of a used stage", ["add lead A"], "stage remove New",
            #"""
            stagesh: t.stg:1:14: error: 1 record is in New
                stage remove New
                             ^~~
            hint: move them out first: list where stage = New
            """#),
        BadInputCase(
            "stage remove of a stage with history", ["add lead A", "move 1 to Contacted"], "stage remove New",
            #"""
            stagesh: t.stg:1:14: error: 2 stage changes in the ledger involve New; a stage with history stays
                stage remove New
                             ^~~
            """#),
        BadInputCase(
            "stage remove of a rule's target", [], #"stage remove "Proposal Sent""#,
            #"""
            stagesh: t.stg:1:14: error: rule 1 moves records to Proposal Sent
                stage remove "Proposal Sent"
                             ^~~~~~~~~~~~~~~
            hint: remove it first: rule remove 1
            """#),
        BadInputCase(
            "stage add of an existing name", [], "stage add lead new",
            #"""
            stagesh: t.stg:1:16: error: there is already a lead stage "New"
                stage add lead new
                               ^~~
            """#),
        BadInputCase(
            "stage add of a name the other kind has", [], "stage add opportunity Contacted",
            #"""
            stagesh: t.stg:1:23: error: there is already a lead stage "Contacted"
                stage add opportunity Contacted
                                      ^~~~~~~~~
            """#),
        BadInputCase(
            "stage add of an empty name", [], #"stage add lead """#,
            #"""
            stagesh: t.stg:1:16: error: a stage name must not be empty
                stage add lead ""
                               ^~
            """#),
        BadInputCase(
            "stage add placed before a stage of the other kind", [], "stage add lead X before Negotiation",
            #"""
            stagesh: t.stg:1:25: error: "Negotiation" is an opportunity stage, not a lead stage
                stage add lead X before Negotiation
                                        ^~~~~~~~~~~
            """#),
        BadInputCase(
            "stage rename onto an existing name", [], "stage rename New to contacted",
            #"""
            stagesh: t.stg:1:21: error: there is already a lead stage "Contacted"
                stage rename New to contacted
                                    ^~~~~~~~~
            """#),
        BadInputCase(
            "probability over 100", [], "stage add opportunity Demo probability 150",
            #"""
            stagesh: t.stg:1:40: error: probability must be between 0 and 100: 150
                stage add opportunity Demo probability 150
                                                       ^~~
            """#),
        BadInputCase(
            "stage set probability over 100", [], "stage set Won probability=101",
            #"""
            stagesh: t.stg:1:27: error: probability must be between 0 and 100: 101
                stage set Won probability=101
                                          ^~~
            """#),
        BadInputCase(
            "stage set negative probability", [], "stage set Won probability=-1",
            #"""
            stagesh: t.stg:1:27: error: probability must be between 0 and 100: -1
                stage set Won probability=-1
                                          ^~
            """#),
        BadInputCase(
            "probability not a number", [], "stage add opp Demo probability abc",
            #"""
            stagesh: t.stg:1:32: error: "abc" is not a number
                stage add opp Demo probability abc
                                               ^~~
            hint: numbers look like 12000, 12_000, 1.5k or 2m
            """#),
        BadInputCase(
            "stage set of an unknown setting", [], "stage set Won color=red",
            #"""
            stagesh: t.stg:1:15: error: a stage has no setting "color"
                stage set Won color=red
                              ^~~~~
            hint: one of: probability, stale
            """#),

        // MARK: rules
        BadInputCase(
            "rule remove of no such rule", [], "rule remove 5",
            #"""
            stagesh: t.stg:1:13: error: no rule 5; rules are numbered 1 to 1
                rule remove 5
                            ^
            hint: "rules" lists the rules and their numbers
            """#),
        BadInputCase(
            "rule remove when there are no rules", ["rule remove 1"], "rule remove 1",
            #"""
            stagesh: t.stg:1:13: error: there are no rules
                rule remove 1
                            ^
            hint: "rules" lists the rules and their numbers
            """#),
        BadInputCase(
            "rule remove of a word", [], "rule remove x",
            #"""
            stagesh: t.stg:1:13: error: "x" is not a whole number
                rule remove x
                            ^
            """#),
        BadInputCase(
            "rule with an unknown field", [], "rule add on call when foo = 1 move to Won",
            #"""
            stagesh: t.stg:1:23: error: unknown field "foo"
                rule add on call when foo = 1 move to Won
                                      ^~~
            hint: fields are: id, kind, name, account, owner, source, value, currency, stage, probability, created, changed, closed, age, days_in_stage, reason, expected_close
            """#),
        BadInputCase(
            "rule without to", [], "rule add on call when stage = New move Won",
            #"""
            stagesh: t.stg:1:40: error: expected "to", found "Won"
                rule add on call when stage = New move Won
                                                       ^~~
            hint: usage: rule add on ACTIVITY [when EXPR] move to STAGE
            """#),

        // MARK: records and moves
        BadInputCase(
            "unknown id", [], "show 99",
            #"""
            stagesh: t.stg:1:6: error: unknown record "99"
                show 99
                     ^~
            hint: "list" shows the records and their ids
            """#),
        BadInputCase(
            "unknown numeric id is no typo of another number", ["add lead A"], "show 2",
            #"""
            stagesh: t.stg:1:6: error: unknown record "2"
                show 2
                     ^
            hint: "list" shows the records and their ids
            """#),
        BadInputCase(
            "unknown id differing in case", ["add lead A id=D0000001"], "show d0000001",
            #"""
            stagesh: t.stg:1:6: error: unknown record "d0000001"
                show d0000001
                     ^~~~~~~~
            hint: did you mean "D0000001"?
            """#),
        BadInputCase(
            "delete of an unknown id", [], "delete 99",
            #"""
            stagesh: t.stg:1:8: error: unknown record "99"
                delete 99
                       ^~
            hint: "list" shows the records and their ids
            """#),
        BadInputCase(
            "unknown id with wide characters", [], "move 東京 to New",
            #"""
            stagesh: t.stg:1:6: error: unknown record "東京"
                move 東京 to New
                     ^~~~
            hint: "list" shows the records and their ids
            """#),
        BadInputCase(
            "move a lead to an opportunity stage", ["add lead A"], "move 1 to Negotiation",
            #"""
            stagesh: t.stg:1:11: error: "Negotiation" is an opportunity stage and 1 is a lead
                move 1 to Negotiation
                          ^~~~~~~~~~~
            hint: a lead becomes an opportunity by "convert 1" once it is Qualified
            """#),
        BadInputCase(
            "add lead in an opportunity stage", [], "add lead x stage=Won",
            #"""
            stagesh: t.stg:1:18: error: "Won" is an opportunity stage, not a lead stage
                add lead x stage=Won
                                 ^~~
            """#),
        BadInputCase(
            "add opportunity in a lead stage", [], "add opp x stage=New",
            #"""
            stagesh: t.stg:1:17: error: "New" is a lead stage, not an opportunity stage
                add opp x stage=New
                                ^~~
            """#),
        BadInputCase(
            "forward policy refuses moving back", ["add opp A", #"move 1 to "Proposal Sent""#], "move 1 to Negotiation",
            #"""
            stagesh: t.stg:1:11: error: policy forward refuses moving 1 back from Proposal Sent to Negotiation
                move 1 to Negotiation
                          ^~~~~~~~~~~
            hint: "policy free" allows any move within a kind
            """#),
        BadInputCase(
            "default rule moving a won record", ["add opp A", "won 1"], "log quote 1",
            #"""
            stagesh: t.stg:1:5: error: policy forward refuses moving 1 out of the closed stage Won to Proposal Sent by rule 1 (on quote move to "Proposal Sent"); only an explicit move may
                log quote 1
                    ^~~~~
            hint: move it yourself: move 1 to "Proposal Sent"
            hint: "policy free" allows any move within a kind
            """#),
        BadInputCase(
            "added rule moving a lost record",
            ["add opp A", "lost 1", "rule add on call move to Negotiation"], "log call 1",
            #"""
            stagesh: t.stg:1:5: error: policy forward refuses moving 1 out of the closed stage Lost to Negotiation by rule 2 (on call move to Negotiation); only an explicit move may
                log call 1
                    ^~~~
            hint: move it yourself: move 1 to Negotiation
            hint: "policy free" allows any move within a kind
            """#),
        BadInputCase(
            "strict policy refuses skipping a lead stage", ["policy strict", "add lead A"], "move 1 to Qualified",
            #"""
            stagesh: t.stg:1:11: error: policy strict refuses moving 1 from New to Qualified: it would skip Contacted
                move 1 to Qualified
                          ^~~~~~~~~
            hint: move it through each stage: move 1 to Contacted
            hint: "policy forward" allows skipping stages
            """#),
        BadInputCase(
            "strict policy refuses winning from the first stage", ["policy strict", "add opp A"], "won 1",
            #"""
            stagesh: t.stg:1:5: error: policy strict refuses moving 1 from Negotiation to Won: it would skip Proposal Sent
                won 1
                    ^
            hint: move it through each stage: move 1 to "Proposal Sent"
            hint: "policy forward" allows skipping stages
            """#),
        BadInputCase(
            "strict policy refuses a rule that skips",
            ["policy strict", "rule add on meeting move to Qualified", "add lead A"], "log meeting 1",
            #"""
            stagesh: t.stg:1:5: error: policy strict refuses moving 1 from New to Qualified by rule 2 (on meeting move to Qualified): it would skip Contacted
                log meeting 1
                    ^~~~~~~
            hint: move it through each stage: move 1 to Contacted
            hint: "policy forward" allows skipping stages
            """#),
        BadInputCase(
            "convert a lead that is not qualified", ["add lead A"], "convert 1",
            #"""
            stagesh: t.stg:1:9: error: only a lead in Qualified can be converted; 1 is in New
                convert 1
                        ^
            hint: move it yourself: move 1 to Qualified
            """#),
        BadInputCase(
            "convert an opportunity", ["add opp A"], "convert 1",
            #"""
            stagesh: t.stg:1:9: error: 1 is already an opportunity
                convert 1
                        ^
            """#),
        BadInputCase(
            "won on a lead", ["add lead A"], "won 1",
            #"""
            stagesh: t.stg:1:5: error: the lead pipeline has no won stage
                won 1
                    ^
            hint: convert it first: convert 1
            """#),
        BadInputCase(
            "lost on a lost record", ["add opp A", "lost 1"], "lost 1",
            #"""
            stagesh: t.stg:1:6: error: 1 is already in Lost
                lost 1
                     ^
            """#),
        BadInputCase(
            "move to the stage the record is in", ["add lead A"], "move 1 to New",
            #"""
            stagesh: t.stg:1:11: error: 1 is already in New
                move 1 to New
                          ^~~
            """#),
        BadInputCase(
            "move dated before the last change", ["add lead A"], "move 1 to Contacted on 2026-11-01",
            #"""
            stagesh: t.stg:1:24: error: that is before 1's last stage change (2026-11-29)
                move 1 to Contacted on 2026-11-01
                                       ^~~~~~~~~~
            """#),
        BadInputCase(
            "move at the clock before a later last change",
            ["add lead A", "move 1 to Contacted on 2026-11-30"], "move 1 to Qualified",
            #"""
            stagesh: t.stg:1:20: error: the clock (2026-11-29) is before 1's last stage change (2026-11-30)
                move 1 to Qualified
                                   ^
            hint: give the time of the change with "on DATE"
            """#),
        BadInputCase(
            "activity dated before the last change fires no rule", ["add opp A"], "log quote 1 on 2026-01-01",
            #"""
            stagesh: t.stg:1:16: error: that is before 1's last stage change (2026-11-29)
                log quote 1 on 2026-01-01
                               ^~~~~~~~~~
            """#),
        BadInputCase(
            "activity without a name", ["add lead A"], #"log "" 1"#,
            #"""
            stagesh: t.stg:1:5: error: an activity must have a name
                log "" 1
                    ^~
            """#),

        // MARK: fields and values
        BadInputCase(
            "negative value", [], "add lead A value=-5",
            #"""
            stagesh: t.stg:1:18: error: value must not be negative: -5
                add lead A value=-5
                                 ^~
            """#),
        BadInputCase(
            "set a negative value", ["add lead A"], "set 1 value=-1k",
            #"""
            stagesh: t.stg:1:13: error: value must not be negative: -1k
                set 1 value=-1k
                            ^~~
            """#),
        BadInputCase(
            "value that is a word", [], "add lead A value=abc",
            #"""
            stagesh: t.stg:1:18: error: "abc" is not a number
                add lead A value=abc
                                 ^~~
            hint: numbers look like 12000, 12_000, 1.5k or 2m
            """#),
        BadInputCase(
            "value with two points", [], "add lead A value=1.2.3",
            #"""
            stagesh: t.stg:1:18: error: "1.2.3" is not a number
                add lead A value=1.2.3
                                 ^~~~~
            hint: numbers look like 12000, 12_000, 1.5k or 2m
            """#),
        BadInputCase(
            "value in exponent form in where", [], "list where value >= 1e5",
            #"""
            stagesh: t.stg:1:21: error: "1e5" is not a number
                list where value >= 1e5
                                    ^~~
            hint: numbers look like 12000, 12_000, 1.5k or 2m
            """#),
        BadInputCase(
            "column after a quoted Vietnamese name", [], #"add lead "Công ty An Phát" value=abc"#,
            #"""
            stagesh: t.stg:1:34: error: "abc" is not a number
                add lead "Công ty An Phát" value=abc
                                                 ^~~
            hint: numbers look like 12000, 12_000, 1.5k or 2m
            """#),
        BadInputCase(
            "caret after wide characters", [], "add lead 東京商事 value=abc",
            #"""
            stagesh: t.stg:1:21: error: "abc" is not a number
                add lead 東京商事 value=abc
                                        ^~~
            hint: numbers look like 12000, 12_000, 1.5k or 2m
            """#),
        BadInputCase(
            "impossible date February 30", [], "add lead A created=2026-02-30",
            #"""
            stagesh: t.stg:1:20: error: impossible date "2026-02-30": February 2026 has 28 days
                add lead A created=2026-02-30
                                   ^~~~~~~~~~
            """#),
        BadInputCase(
            "impossible month 13", [], "add lead A created=2026-13-01",
            #"""
            stagesh: t.stg:1:20: error: impossible date "2026-13-01": there is no month 13
                add lead A created=2026-13-01
                                   ^~~~~~~~~~
            """#),
        BadInputCase(
            "February 29 of a common year", [], "add lead A created=2025-02-29",
            #"""
            stagesh: t.stg:1:20: error: impossible date "2025-02-29": February 2025 has 28 days
                add lead A created=2025-02-29
                                   ^~~~~~~~~~
            """#),
        BadInputCase(
            "hour 25", [], "add lead A created=2026-03-02T25:00",
            #"""
            stagesh: t.stg:1:20: error: impossible time in "2026-03-02T25:00"
                add lead A created=2026-03-02T25:00
                                   ^~~~~~~~~~~~~~~~
            hint: dates look like 2026-03-02 or 2026-03-02T10:15, or today, yesterday, -30d
            """#),
        BadInputCase(
            "minute 61", [], "add lead A created=2026-03-02T10:61",
            #"""
            stagesh: t.stg:1:20: error: impossible time in "2026-03-02T10:61"
                add lead A created=2026-03-02T10:61
                                   ^~~~~~~~~~~~~~~~
            hint: dates look like 2026-03-02 or 2026-03-02T10:15, or today, yesterday, -30d
            """#),
        BadInputCase(
            "date without zero padding", [], "add lead A created=2026-3-2",
            #"""
            stagesh: t.stg:1:20: error: "2026-3-2" is not a date
                add lead A created=2026-3-2
                                   ^~~~~~~~
            hint: dates look like 2026-03-02 or 2026-03-02T10:15, or today, yesterday, -30d
            """#),
        BadInputCase(
            "date with slashes", [], "add lead A created=02/03/2026",
            #"""
            stagesh: t.stg:1:20: error: "02/03/2026" is not a date
                add lead A created=02/03/2026
                                   ^~~~~~~~~~
            hint: dates look like 2026-03-02 or 2026-03-02T10:15, or today, yesterday, -30d
            """#),
        BadInputCase(
            "date with an hour but no minutes", [], "add lead A created=2026-03-02T10",
            #"""
            stagesh: t.stg:1:20: error: "2026-03-02T10" is not a date
                add lead A created=2026-03-02T10
                                   ^~~~~~~~~~~~~
            hint: dates look like 2026-03-02 or 2026-03-02T10:15, or today, yesterday, -30d
            """#),
        BadInputCase(
            "misspelt relative date", [], "add lead A created=yesterdayy",
            #"""
            stagesh: t.stg:1:20: error: "yesterdayy" is not a date
                add lead A created=yesterdayy
                                   ^~~~~~~~~~
            hint: dates look like 2026-03-02 or 2026-03-02T10:15, or today, yesterday, -30d
            """#),
        BadInputCase(
            "impossible expected_close", [], "add lead A expected_close=2026-02-30",
            #"""
            stagesh: t.stg:1:27: error: impossible date "2026-02-30": February 2026 has 28 days
                add lead A expected_close=2026-02-30
                                          ^~~~~~~~~~
            """#),
        BadInputCase(
            "impossible date in where", [], "list where created > 2026-02-30",
            #"""
            stagesh: t.stg:1:22: error: impossible date "2026-02-30": February 2026 has 28 days
                list where created > 2026-02-30
                                     ^~~~~~~~~~
            """#),
        BadInputCase(
            "impossible date in a move", ["add lead A"], "move 1 to Contacted on 2026-02-30",
            #"""
            stagesh: t.stg:1:24: error: impossible date "2026-02-30": February 2026 has 28 days
                move 1 to Contacted on 2026-02-30
                                       ^~~~~~~~~~
            """#),
        BadInputCase(
            "impossible date for the clock", [], "now 2026-02-30",
            #"""
            stagesh: t.stg:1:5: error: impossible date "2026-02-30": February 2026 has 28 days
                now 2026-02-30
                    ^~~~~~~~~~
            """#),
        BadInputCase(
            "duplicate field in one command", [], "add lead A owner=x owner=y",
            #"""
            stagesh: t.stg:1:20: error: owner is given twice
                add lead A owner=x owner=y
                                   ^~~~~
            """#),
        BadInputCase(
            "duplicate field through an alias", [], "add lead A expected=2026-12-01 close_date=2026-12-02",
            #"""
            stagesh: t.stg:1:32: error: close_date is given twice
                add lead A expected=2026-12-01 close_date=2026-12-02
                                               ^~~~~~~~~~
            """#),
        BadInputCase(
            "duplicate field in set", ["add lead A"], "set 1 value=1 value=2",
            #"""
            stagesh: t.stg:1:15: error: value is given twice
                set 1 value=1 value=2
                              ^~~~~
            """#),
        BadInputCase(
            "set a read-only field", ["add lead A"], "set 1 changed=2026-01-01",
            #"""
            stagesh: t.stg:1:7: error: changed follows from the record's ledger and cannot be set
                set 1 changed=2026-01-01
                      ^~~~~~~
            """#),
        BadInputCase(
            "set the stage", ["add lead A"], "set 1 stage=Won",
            #"""
            stagesh: t.stg:1:7: error: stage cannot be set
                set 1 stage=Won
                      ^~~~~
            hint: stages change with "move ID to STAGE"
            """#),
        BadInputCase(
            "set the id", ["add lead A"], "set 1 id=5",
            #"""
            stagesh: t.stg:1:7: error: id cannot be changed
                set 1 id=5
                      ^~
            """#),
        BadInputCase(
            "set the probability", ["add opp A"], "set 1 probability=50",
            #"""
            stagesh: t.stg:1:7: error: probability follows from the record's stage and cannot be set
                set 1 probability=50
                      ^~~~~~~~~~~
            """#),
        BadInputCase(
            "duplicate id", ["add lead A"], "add lead x id=1",
            #"""
            stagesh: t.stg:1:15: error: id "1" is already taken
                add lead x id=1
                              ^
            """#),
        BadInputCase(
            "id with a space", [], #"add lead A id="a b""#,
            #"""
            stagesh: t.stg:1:15: error: "a b" cannot be an id: ids are one word
                add lead A id="a b"
                              ^~~~~
            """#),
        BadInputCase(
            "empty name", [], #"add lead """#,
            #"""
            stagesh: t.stg:1:10: error: a name must not be empty
                add lead ""
                         ^~
            """#),
        BadInputCase(
            "blank name", [], #"add lead "   ""#,
            #"""
            stagesh: t.stg:1:10: error: a name must not be empty
                add lead "   "
                         ^~~~~
            """#),
        BadInputCase(
            "set an empty name", ["add lead A"], #"set 1 name="""#,
            #"""
            stagesh: t.stg:1:12: error: a name must not be empty
                set 1 name=""
                           ^~
            """#),
        BadInputCase(
            "set without fields", ["add lead A"], "set 1",
            #"""
            stagesh: t.stg:1:6: error: expected FIELD=VALUE at the end of the command
                set 1
                     ^
            hint: usage: set ID FIELD=VALUE [FIELD=VALUE ...]
            """#),
        BadInputCase(
            "set a field without =", ["add lead A"], "set 1 owner",
            #"""
            stagesh: t.stg:1:7: error: expected FIELD=VALUE, found "owner"
                set 1 owner
                      ^~~~~
            hint: fields are written owner=VALUE
            hint: usage: set ID FIELD=VALUE [FIELD=VALUE ...]
            """#),
        BadInputCase(
            "set a field with <", ["add lead A"], "set 1 owner<x",
            #"""
            stagesh: t.stg:1:12: error: a field is set with =, as in owner=VALUE
                set 1 owner<x
                           ^
            """#),
        BadInputCase(
            "set a field to nothing", ["add lead A"], "set 1 owner=",
            #"""
            stagesh: t.stg:1:13: error: expected a value for owner at the end of the command
                set 1 owner=
                            ^
            hint: usage: set ID FIELD=VALUE [FIELD=VALUE ...]
            """#),
        BadInputCase(
            "failed add with a custom field", [], "add lead A color=red value=abc",
            #"""
            stagesh: t.stg:1:28: error: "abc" is not a number
                add lead A color=red value=abc
                                           ^~~
            hint: numbers look like 12000, 12_000, 1.5k or 2m
            """#),

        // MARK: queries
        BadInputCase(
            "unknown field in where", [], "list where foo = 1",
            #"""
            stagesh: t.stg:1:12: error: unknown field "foo"
                list where foo = 1
                           ^~~
            hint: fields are: id, kind, name, account, owner, source, value, currency, stage, probability, created, changed, closed, age, days_in_stage, reason, expected_close
            """#),
        BadInputCase(
            "misspelt field in where", [], "list where ownr = Lan",
            #"""
            stagesh: t.stg:1:12: error: unknown field "ownr"
                list where ownr = Lan
                           ^~~~
            hint: did you mean "owner"?
            """#),
        BadInputCase(
            "misspelt field in order by", [], "list order by valeu desc",
            #"""
            stagesh: t.stg:1:15: error: unknown field "valeu"
                list order by valeu desc
                              ^~~~~
            hint: did you mean "value"?
            """#),
        BadInputCase(
            "unknown field in count by", [], "count by foo",
            #"""
            stagesh: t.stg:1:10: error: unknown field "foo"
                count by foo
                         ^~~
            hint: fields are: id, kind, name, account, owner, source, value, currency, stage, probability, created, changed, closed, age, days_in_stage, reason, expected_close
            """#),
        BadInputCase(
            "limit not a number", [], "list limit ten",
            #"""
            stagesh: t.stg:1:12: error: "ten" is not a whole number
                list limit ten
                           ^~~
            """#),
        BadInputCase(
            "limit not whole", [], "list limit 1.5",
            #"""
            stagesh: t.stg:1:12: error: "1.5" is not a whole number
                list limit 1.5
                           ^~~
            """#),
        BadInputCase(
            "negative limit", [], "list limit -1",
            #"""
            stagesh: t.stg:1:12: error: limit must not be negative
                list limit -1
                           ^~
            """#),
        BadInputCase(
            "bad duration", [], "list where days_in_stage > 3x",
            #"""
            stagesh: t.stg:1:28: error: "3x" is not a duration
                list where days_in_stage > 3x
                                           ^~
            hint: durations look like 14d, 2w or 36h
            """#),
        BadInputCase(
            "word for an age", [], "list where age > abc",
            #"""
            stagesh: t.stg:1:18: error: "abc" is not a duration
                list where age > abc
                                 ^~~
            hint: durations look like 14d, 2w or 36h
            """#),
        BadInputCase(
            "~ on a number field", [], "list where value ~ 5",
            #"""
            stagesh: t.stg:1:18: error: ~ does not apply to value
                list where value ~ 5
                                 ^
            """#),
        BadInputCase(
            "~ on a date field", [], "list where created ~ 2026",
            #"""
            stagesh: t.stg:1:20: error: ~ does not apply to created
                list where created ~ 2026
                                   ^
            """#),
        BadInputCase(
            "bad kind value", [], "list where kind = deal",
            #"""
            stagesh: t.stg:1:19: error: "deal" is not a kind
                list where kind = deal
                                  ^~~~
            hint: one of: lead, opportunity
            """#),
        BadInputCase(
            "period of a field that is no date", [], "count by month(owner)",
            #"""
            stagesh: t.stg:1:10: error: month() needs a date field; owner is not one
                count by month(owner)
                         ^~~~~~~~~~~~
            """#),
        BadInputCase(
            "unknown period", [], "count by fortnight(created)",
            #"""
            stagesh: t.stg:1:10: error: unknown period "fortnight"
                count by fortnight(created)
                         ^~~~~~~~~
            hint: one of: day, week, month, quarter, year
            """#),
        BadInputCase(
            "unclosed parenthesis", [], "list where (stage = New",
            #"""
            stagesh: t.stg:1:12: error: unclosed parenthesis
                list where (stage = New
                           ^
            """#),
        BadInputCase(
            "junk before the closing parenthesis", [], "list where (stage = New or owner = x name = y",
            #"""
            stagesh: t.stg:1:38: error: expected ")", found "name"
                list where (stage = New or owner = x name = y
                                                     ^~~~
            hint: the parenthesis was opened at column 12
            """#),
        BadInputCase(
            "where without a condition", [], "list where",
            #"""
            stagesh: t.stg:1:11: error: expected a condition (FIELD OP VALUE) at the end of the command
                list where
                          ^
            hint: usage: list [leads|opportunities|opps|all] [where EXPR] [order by FIELD [asc|desc], ...] [limit N]
            """#),
        BadInputCase(
            "where without an operator", [], "list where owner",
            #"""
            stagesh: t.stg:1:17: error: expected an operator (= != < <= > >= ~ in) after "owner" at the end of the command
                list where owner
                                ^
            hint: usage: list [leads|opportunities|opps|all] [where EXPR] [order by FIELD [asc|desc], ...] [limit N]
            """#),
        BadInputCase(
            "where without a value", [], "list where owner =",
            #"""
            stagesh: t.stg:1:19: error: expected a value at the end of the command
                list where owner =
                                  ^
            hint: usage: list [leads|opportunities|opps|all] [where EXPR] [order by FIELD [asc|desc], ...] [limit N]
            """#),
        BadInputCase(
            "dangling and", [], "list where value > 10 and",
            #"""
            stagesh: t.stg:1:26: error: expected a condition (FIELD OP VALUE) at the end of the command
                list where value > 10 and
                                         ^
            hint: usage: list [leads|opportunities|opps|all] [where EXPR] [order by FIELD [asc|desc], ...] [limit N]
            """#),
        BadInputCase(
            "in without a list", [], "list where stage in New",
            #"""
            stagesh: t.stg:1:21: error: expected "(" or a period, found "New"
                list where stage in New
                                    ^~~
            hint: a list goes in parentheses: stage in (New, ...); a date field takes a period: created in last month
            """#),
        BadInputCase(
            "unfinished in-list", [], "list where stage in (New,",
            #"""
            stagesh: t.stg:1:26: error: expected a value at the end of the command
                list where stage in (New,
                                         ^
            hint: usage: list [leads|opportunities|opps|all] [where EXPR] [order by FIELD [asc|desc], ...] [limit N]
            """#),

        // MARK: session
        BadInputCase(
            "undo with nothing to undo", [], "undo",
            #"""
            stagesh: t.stg:1:1: error: nothing to undo
                undo
                ^~~~
            """#),
        BadInputCase(
            "redo with nothing to redo", [], "redo",
            #"""
            stagesh: t.stg:1:1: error: nothing to redo
                redo
                ^~~~
            """#),
        BadInputCase(
            "redo after a new change", ["add lead A", "undo", "add lead B"], "redo",
            #"""
            stagesh: t.stg:1:1: error: nothing to redo
                redo
                ^~~~
            """#),
        BadInputCase(
            "export into a missing directory", ["add lead A"], "export records missing-dir/x.csv",
            #"""
            stagesh: t.stg:1:16: error: cannot write missing-dir/x.csv: no such file or directory
                export records missing-dir/x.csv
                               ^~~~~~~~~~~~~~~~~
            """#),
        BadInputCase(
            "1 MiB line of garbage", [], mebibyteGarbage,
            """
            stagesh: t.stg:1:1: error: unknown command "blorp"
                blorp\(String(repeating: " qwzx", count: 10))…
                ^~~~~
            hint: type "help" for the list of commands
            """),

        // MARK: CSV imports (nothing imported; the first bad line named)
        BadInputCase(
            "records CSV with a missing column", [], "import records nostage.csv",
            #"""
            stagesh: t.stg:1:16: error: nostage.csv:1: missing column "stage"
                import records nostage.csv
                               ^~~~~~~~~~~
            hint: the file's columns are: id, kind, name, created_at
            """#),
        BadInputCase(
            "records CSV with a duplicate id inside", [], "import records dupinfile.csv",
            #"""
            stagesh: t.stg:1:16: error: dupinfile.csv:4: column "id": id "1" is already used on line 2
                import records dupinfile.csv
                               ^~~~~~~~~~~~~
            """#),
        BadInputCase(
            "records CSV duplicating an existing id", ["add lead X"], "import records dupexisting.csv",
            #"""
            stagesh: t.stg:1:16: error: dupexisting.csv:3: column "id": id "1" is already taken
                import records dupexisting.csv
                               ^~~~~~~~~~~~~~~
            """#),
        BadInputCase(
            "records CSV imported twice", ["import records good.csv"], "import records good.csv",
            #"""
            stagesh: t.stg:1:16: error: good.csv:2: column "id": id "1" is already taken
                import records good.csv
                               ^~~~~~~~
            """#),
        BadInputCase(
            "records CSV with an unknown stage", [], "import records badstage.csv",
            #"""
            stagesh: t.stg:1:16: error: badstage.csv:3: column "stage": unknown stage "Negociation"
                import records badstage.csv
                               ^~~~~~~~~~~~
            hint: did you mean "Negotiation"?
            hint: name the stage it stands for with stages Negociation=STAGE, or add `create stages`
            """#),
        BadInputCase(
            "records CSV with a bad date", [], "import records baddate.csv",
            #"""
            stagesh: t.stg:1:16: error: baddate.csv:3: column "created_at": impossible date "2026-02-30": February 2026 has 28 days
                import records baddate.csv
                               ^~~~~~~~~~~
            hint: dates in CSV files are ISO-8601, like 2026-03-02T10:15:00Z
            """#),
        BadInputCase(
            "records CSV with a bad value", [], "import records badvalue.csv",
            #"""
            stagesh: t.stg:1:16: error: badvalue.csv:3: column "value": "12abc" is not a number
                import records badvalue.csv
                               ^~~~~~~~~~~~
            hint: amounts look like 12000, 1234.56, 1,234.56, 1.234,56 or $1,234.56
            """#),
        BadInputCase(
            "records CSV with a wrong field count", [], "import records fieldcount.csv",
            #"""
            stagesh: t.stg:1:16: error: fieldcount.csv:3: 2 fields where the header has 3
                import records fieldcount.csv
                               ^~~~~~~~~~~~~~
            """#),
        BadInputCase(
            "records CSV with an unterminated quote", [], "import records unterminated.csv",
            #"""
            stagesh: t.stg:1:16: error: unterminated.csv:3: unterminated quoted field
                import records unterminated.csv
                               ^~~~~~~~~~~~~~~~
            """#),
        BadInputCase(
            "records CSV with a stray quote", [], "import records strayquote.csv",
            #"""
            stagesh: t.stg:1:16: error: strayquote.csv:3: a quote inside unquoted field 2
                import records strayquote.csv
                               ^~~~~~~~~~~~~~
            """#),
        BadInputCase(
            "records CSV whose kind contradicts the stage", [], "import records badkind.csv",
            #"""
            stagesh: t.stg:1:16: error: badkind.csv:3: column "kind": kind "opportunity" does not match stage New, which is a lead stage
                import records badkind.csv
                               ^~~~~~~~~~~
            """#),
        BadInputCase(
            "empty records CSV", [], "import records empty.csv",
            #"""
            stagesh: t.stg:1:16: error: empty.csv:1: the file is empty
                import records empty.csv
                               ^~~~~~~~~
            """#),
        BadInputCase(
            "records CSV that does not exist", [], "import records nofile.csv",
            #"""
            stagesh: t.stg:1:16: error: cannot read nofile.csv: no such file or directory
                import records nofile.csv
                               ^~~~~~~~~~
            """#),
        BadInputCase(
            "records CSV mapped from a missing column", [], "import records good.csv map foo=stage",
            #"""
            stagesh: t.stg:1:16: error: good.csv:1: map names column "foo", which the file does not have
                import records good.csv map foo=stage
                               ^~~~~~~~
            hint: the file's columns are: id, kind, name, stage, created_at
            """#),
        BadInputCase(
            "events CSV naming an unknown record", ["import records good.csv"], "import events ev_unknown.csv",
            #"""
            stagesh: t.stg:1:15: error: ev_unknown.csv:3: column "record_id": unknown record "9"
                import events ev_unknown.csv
                              ^~~~~~~~~~~~~~
            hint: import the records before their events
            """#),
        BadInputCase(
            "events CSV not ending in the record's stage", ["import records good.csv"], "import events ev_laststage.csv",
            #"""
            stagesh: t.stg:1:15: error: ev_laststage.csv:3: column "to_stage": the events of 2 end in New, but the record is in Contacted
                import events ev_laststage.csv
                              ^~~~~~~~~~~~~~~~
            """#),
        BadInputCase(
            "events CSV with a broken chain", ["import records good.csv"], "import events ev_chain.csv",
            #"""
            stagesh: t.stg:1:15: error: ev_chain.csv:4: column "from_stage": 2 moves from Qualified, but its previous event left it in New
                import events ev_chain.csv
                              ^~~~~~~~~~~~
            """#),
        BadInputCase(
            "events CSV with two broken chains names the first", ["import records good.csv"], "import events ev_order.csv",
            #"""
            stagesh: t.stg:1:15: error: ev_order.csv:3: column "from_stage": 2 moves from Qualified, but its previous event left it in New
                import events ev_order.csv
                              ^~~~~~~~~~~~
            """#),
        BadInputCase(
            "events CSV with a bad date", ["import records good.csv"], "import events ev_baddate.csv",
            #"""
            stagesh: t.stg:1:15: error: ev_baddate.csv:3: column "changed_at": impossible date "2026-13-01T00:00:00Z": there is no month 13
                import events ev_baddate.csv
                              ^~~~~~~~~~~~~~
            hint: dates in CSV files are ISO-8601, like 2026-03-02T10:15:00Z
            """#),
        BadInputCase(
            "events CSV with an unknown stage", ["import records good.csv"], "import events ev_badstage.csv",
            #"""
            stagesh: t.stg:1:15: error: ev_badstage.csv:3: column "to_stage": unknown stage "Nwe"
                import events ev_badstage.csv
                              ^~~~~~~~~~~~~~~
            hint: did you mean "New"?
            hint: name the stage it stands for with stages Nwe=STAGE, or add `create stages`
            """#),
        BadInputCase(
            "events CSV without a creation", ["import records good.csv"], "import events ev_nocreate.csv",
            #"""
            stagesh: t.stg:1:15: error: ev_nocreate.csv:3: column "from_stage": the events of 2 do not start with a creation (an empty from_stage)
                import events ev_nocreate.csv
                              ^~~~~~~~~~~~~~~
            """#),
        BadInputCase(
            "events CSV without changed_at", ["import records good.csv"], "import events ev_nocol.csv",
            #"""
            stagesh: t.stg:1:15: error: ev_nocol.csv:1: missing column "changed_at"
                import events ev_nocol.csv
                              ^~~~~~~~~~~~
            hint: the file's columns are: record_id, from_stage, to_stage
            """#),
    ]

    @Test(arguments: cases)
    func badInput(_ c: BadInputCase) throws {
        let dir = try makeTemporaryDirectory("bad-input", files: fixtures)
        defer { try? FileManager.default.removeItem(at: dir) }
        var session = testSession(directory: dir.path)
        for line in c.setup {
            _ = try session.execute(line: line)
        }
        let before = fingerprint(session)
        do {
            let outcomes = try session.execute(line: c.line)
            Issue.record("\(c.name): expected a diagnostic, the command succeeded: \(outcomes)")
        } catch {
            let text = DiagnosticFormatter.format(error, source: "t.stg", line: 1, text: c.line)
            #expect(text == c.expected, "\(c.name)")
            if text == c.expected {
                // Swift compares strings by canonical equivalence; the bytes must match too.
                #expect(Array(text.utf8) == Array(c.expected.utf8), "\(c.name): same text, other bytes")
            }
            #expect(text.utf8.count < 4_096, "\(c.name): the diagnostic is \(text.utf8.count) bytes long")
        }
        let after = fingerprint(session)
        #expect(after == before, "\(c.name): the failed command changed the session")
        if after != before {
            let a = before.split(separator: "\n"), b = after.split(separator: "\n")
            for (x, y) in zip(a, b) where x != y { print("  before: \(x)\n  after:  \(y)") }
            if a.count != b.count { print("  \(a.count) lines before, \(b.count) after") }
        }
    }

    /// The fingerprint is not vacuous: each of these successful commands changes it.
    @Test(arguments: [
        "add lead B", "set 1 owner=Lan", "set 1 value=5k", "set 1 color=red", "set 1 expected_close=2026-12-01",
        "set 1 name=Z", "move 1 to Contacted", "delete 1", "log call 1", "policy free", "stage add lead Cold",
        "stage set New probability=7", "stage rename New to Fresh", "rule add on call move to Contacted",
        "rule remove 1", "now 2026-01-01", "format json", "echo on", "timer on", "undo",
        "import records fresh.csv",
    ])
    func fingerprintSeesChanges(_ line: String) throws {
        let dir = try makeTemporaryDirectory("bad-input", files: fixtures)
        defer { try? FileManager.default.removeItem(at: dir) }
        var session = testSession(directory: dir.path)
        _ = try session.execute(line: "add lead A")
        let before = fingerprint(session)
        _ = try session.execute(line: line)
        #expect(fingerprint(session) != before, "\(line)")
    }

    @Test func atLeastSeventyCases() {
        #expect(Self.cases.count >= 70)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count, "case names are unique")
    }

    /// A 1 MiB word is one token: the diagnostic quotes it shortened, not whole.
    @Test func mebibyteWordIsShortened() throws {
        let dir = try makeTemporaryDirectory("bad-input", files: fixtures)
        defer { try? FileManager.default.removeItem(at: dir) }
        var session = testSession(directory: dir.path)
        let line = String(repeating: "z", count: 1 << 20)
        let before = fingerprint(session)
        do {
            _ = try session.execute(line: line)
            Issue.record("a 1 MiB word ran as a command")
        } catch {
            let text = DiagnosticFormatter.format(error, source: "t.stg", line: 1, text: line)
            #expect(text.hasPrefix(#"stagesh: t.stg:1:1: error: unknown command "zzzz"#))
            #expect(text.utf8.count < 1_000, "the diagnostic is \(text.utf8.count) bytes long")
            #expect(text.hasSuffix("hint: type \"help\" for the list of commands\n"))
        }
        #expect(fingerprint(session) == before)
    }

    /// A command with a 1 MiB quoted name is fine.
    @Test func mebibyteNameIsAccepted() throws {
        let dir = try makeTemporaryDirectory("bad-input", files: fixtures)
        defer { try? FileManager.default.removeItem(at: dir) }
        var session = testSession(directory: dir.path)
        let name = String(repeating: "n", count: 1 << 20)
        let outcomes = try session.execute(line: "add lead \"\(name)\" owner=Lan")
        guard case .message(let m)? = outcomes.first else {
            Issue.record("no message: \(outcomes)")
            return
        }
        #expect(m.english == "added lead 1")
        #expect(session.store.slotCount == 1)
        #expect(session.store.names[0].utf8.count == 1 << 20)
        #expect(session.store.names[0] == name)
    }
}

/// Names typed in decomposed form (NFD) match the composed (NFC) ones.
@Suite struct NormalisationTests {
    static let contactedNFC = "\u{110}\u{E3} li\u{EA}n h\u{1EC7}"  // "Đã liên hệ", composed
    static let contactedNFD = "\u{110}a\u{303} lie\u{302}n he\u{323}\u{302}"  // the same, decomposed

    @Test func formsDiffer() {
        #expect(Array(Self.contactedNFC.unicodeScalars) != Array(Self.contactedNFD.unicodeScalars))
        #expect(Self.contactedNFD.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(Self.contactedNFC.unicodeScalars))
    }

    @Test func decomposedStageNameMatchesComposed() throws {
        let dir = try makeTemporaryDirectory("bad-input", files: fixtures)
        defer { try? FileManager.default.removeItem(at: dir) }
        var session = testSession(directory: dir.path)
        _ = try session.execute(line: "stage add lead \"\(Self.contactedNFC)\" after New")
        _ = try session.execute(line: "add lead A")
        let outcomes = try session.execute(line: "move 1 to \"\(Self.contactedNFD)\"")
        guard case .message(let m)? = outcomes.first else {
            Issue.record("no message: \(outcomes)")
            return
        }
        #expect(m.english == "moved 1 from New to \(Self.contactedNFC)")
        #expect(m.english.unicodeScalars.elementsEqual("moved 1 from New to \(Self.contactedNFC)".unicodeScalars))
        let stage = session.store.stages[0]
        #expect(session.pipeline[stage].name.unicodeScalars.elementsEqual(Self.contactedNFC.unicodeScalars))
        // Upper case, decomposed, still matches.
        let upperNFD = Self.contactedNFD.uppercased()
        _ = try session.execute(line: "add lead B")
        _ = try session.execute(line: "move 2 to \"\(upperNFD)\"")
        #expect(session.store.stages[1] == stage)
        // And in a filter.
        let listed = try session.execute(line: "list where stage = \"\(Self.contactedNFD)\"")
        guard case .table(let t)? = listed.first else {
            Issue.record("no table: \(listed)")
            return
        }
        #expect(t.rows.count == 2)
    }

    @Test func decomposedStageNameIsTakenByComposed() throws {
        let dir = try makeTemporaryDirectory("bad-input", files: fixtures)
        defer { try? FileManager.default.removeItem(at: dir) }
        var session = testSession(directory: dir.path)
        _ = try session.execute(line: "stage add lead \"\(Self.contactedNFC)\"")
        let before = fingerprint(session)
        let line = "stage add opportunity \"\(Self.contactedNFD)\""
        #expect(throws: Diagnostic.self) { _ = try session.execute(line: line) }
        do {
            _ = try session.execute(line: line)
        } catch {
            #expect(error.message.english.unicodeScalars.elementsEqual("there is already a lead stage \"\(Self.contactedNFC)\"".unicodeScalars))
        }
        #expect(fingerprint(session) == before)
    }

    @Test func decomposedOwnerMatchesComposed() throws {
        let dir = try makeTemporaryDirectory("bad-input", files: fixtures)
        defer { try? FileManager.default.removeItem(at: dir) }
        var session = testSession(directory: dir.path)
        let nfc = "Nguy\u{1EC5}n Lan", nfd = "Nguye\u{302}\u{303}n Lan"
        _ = try session.execute(line: "add lead A owner=\"\(nfc)\"")
        _ = try session.execute(line: "add lead B owner=\"\(nfd)\"")
        // Stored once, composed.
        #expect(session.store.owners[0] == session.store.owners[1])
        #expect(session.store.pool[session.store.owners[1]].unicodeScalars.elementsEqual(nfc.unicodeScalars))
        let listed = try session.execute(line: "list where owner = \"\(nfd.lowercased())\"")
        guard case .table(let t)? = listed.first else {
            Issue.record("no table: \(listed)")
            return
        }
        #expect(t.rows.count == 2)
        let counted = try session.execute(line: "count by owner")
        guard case .table(let c)? = counted.first else {
            Issue.record("no table: \(counted)")
            return
        }
        #expect(c.rows.count == 1)
        #expect(c.rows.first?.last == .integer(2))
    }
}
