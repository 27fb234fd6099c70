/// The messages of changing the stages, the policy and the rules.
extension Message {
    static var emptyStageName: Message { Message(.emptyStageName) }
    static func stageExists(_ name: String, _ kind: String) -> Message { Message(.stageExists, .word(kind), .quoted(name)) }
    static var tooManyStages: Message { Message(.tooManyStages) }
    static func stageAdded(_ kind: String, _ name: String, _ position: Int) -> Message {
        Message(.stageAdded, .word(kind), .text(name), .text("\(position)"))
    }
    static func stageRenamed(_ old: String, _ new: String) -> Message { Message(.stageRenamed, .text(old), .text(new)) }
    static func stageUpdated(_ name: String) -> Message { Message(.stageUpdated, .text(name)) }
    static func unknownStageSetting(_ s: String) -> Message { Message(.unknownStageSetting, .quoted(s)) }
    static func stageInUse(_ name: String, _ n: Int) -> Message { Message(.stageInUse, .text("\(n)"), .text(name)) }
    static func stageInHistory(_ name: String, _ n: Int) -> Message { Message(.stageInHistory, .text("\(n)"), .text(name)) }
    static func stageInRule(_ name: String, _ n: Int) -> Message { Message(.stageInRule, .text("\(n)"), .text(name)) }
    static func stageRemoved(_ name: String) -> Message { Message(.stageRemoved, .text(name)) }
    static func policyIs(_ p: String) -> Message { Message(.policyIs, .text(p)) }
    static func policySet(_ p: String) -> Message { Message(.policySet, .text(p)) }
    static func ruleAdded(_ n: Int, _ text: String) -> Message { Message(.ruleAdded, .text("\(n)"), .text(text)) }
    static func ruleRemoved(_ n: Int, _ text: String) -> Message { Message(.ruleRemoved, .text("\(n)"), .text(text)) }

    static func noSuchRule(_ n: Int, _ count: Int) -> Message {
        count == 0 ? Message(.noRules) : Message(.noSuchRule, .text(String(n)), .text(String(count)))
    }
}
