/// The messages of changing records: adding, setting, moving, closing.
extension Message {
    static func unknownRecord(_ id: String) -> Message { Message(.unknownRecord, .quoted(id)) }
    static func unknownStage(_ s: String) -> Message { Message(.unknownStage, .quoted(s)) }
    static func unknownField(_ s: String) -> Message { Message(.unknownField, .quoted(s)) }
    static var emptyName: Message { Message(.emptyName) }
    static func badId(_ s: String) -> Message { Message(.badId, .quoted(s)) }
    static func duplicateId(_ id: String) -> Message { Message(.duplicateId, .quoted(id)) }
    static func duplicateField(_ f: String) -> Message { Message(.duplicateField, .text(f)) }
    static func readOnlyField(_ f: String) -> Message { Message(.readOnlyField, .text(f)) }
    static var setStage: Message { Message(.setStage) }
    static var idIsFixed: Message { Message(.idIsFixed) }
    static func createdAfterFirstChange(_ id: String, _ when: String) -> Message { Message(.createdAfterFirstChange, .text(id), .text(when)) }
    static func followsFromStage(_ f: String) -> Message { Message(.followsFromStage, .text(f)) }
    static func clockBeforeLastChange(_ id: String, _ when: String, _ clock: String) -> Message {
        Message(.clockBeforeLastChange, .text(clock), .text(id), .text(when))
    }
    static func stageOfOtherKind(_ stage: String, _ stageKind: String, _ kind: String) -> Message {
        Message(.stageOfOtherKind, .quoted(stage), .word(stageKind), .word(kind))
    }
    static func noStagesOfKind(_ kinds: String) -> Message { Message(.noStagesOfKind, .word(kinds)) }
    static func added(_ kind: String, _ id: String) -> Message { Message(.added, .word(kind), .text(id)) }
    static func updated(_ id: String, _ n: Int) -> Message { Message(.updated, .text(id), .text("\(n)")) }
    static func deleted(_ id: String) -> Message { Message(.deleted, .text(id)) }
    static func moved(_ id: String, _ from: String, _ to: String) -> Message { Message(.moved, .text(id), .text(from), .text(to)) }
    static func converted(_ id: String, _ stage: String) -> Message { Message(.converted, .text(id), .text(stage)) }
    static func logged(_ activity: String, _ id: String) -> Message { Message(.logged, .text(activity), .text(id)) }
    static func ruleMoved(_ n: Int, _ text: Message) -> Message { Message(.ruleMoved, .text("\(n)"), .message(text)) }
    static func alreadyInStage(_ id: String, _ stage: String) -> Message { Message(.alreadyInStage, .text(id), .text(stage)) }
    static func alreadyOpportunity(_ id: String) -> Message { Message(.alreadyOpportunity, .text(id)) }
    static func notQualified(_ id: String, _ stage: String, _ qualified: String) -> Message {
        Message(.notQualified, .text(qualified), .text(id), .text(stage))
    }
    static func noClosedStage(_ kind: String, _ outcome: String) -> Message { Message(.noClosedStage, .word(kind), .word(outcome)) }
    static func beforeLastChange(_ id: String, _ when: String) -> Message { Message(.beforeLastChange, .text(id), .text(when)) }
    static var emptyActivity: Message { Message(.emptyActivity) }
    static func wrongKind(stage: String, stageKind: String, id: String, kind: String) -> Message {
        Message(.wrongKind, .quoted(stage), .word(stageKind), .text(id), .word(kind))
    }
    static func byRule(_ n: Int, _ text: String) -> Message { Message(.byRule, .text("\(n)"), .text(text)) }

    static func policyRefusesBackward(_ policy: String, id: String, from: String, to: String, rule: Message?) -> Message {
        Message(.policyRefusesBackward, .text(policy), .text(id), .text(from), .text(to), .message(rule))
    }
    static func policyRefusesLeavingClosed(_ policy: String, id: String, from: String, to: String, rule: Message?) -> Message {
        Message(.policyRefusesLeavingClosed, .text(policy), .text(id), .text(from), .text(to), .message(rule))
    }
    static func policyRefusesSkip(id: String, from: String, to: String, skipped: [String], rule: Message?) -> Message {
        Message(.policyRefusesSkip, .text(id), .text(from), .text(to), .text(skipped.joined(separator: ", ")), .message(rule))
    }
}
