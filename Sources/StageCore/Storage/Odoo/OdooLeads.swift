/// What the ledger needs of each lead read from crm_lead, by record slot.
struct OdooLeads: Sendable {
    /// Odoo's stage id now.
    var stage: [Int64] = []
    /// Whether it is a lead (`type = 'lead'`) now.
    var isLead: [Bool] = []
    /// Whether it is lost now: archived with no chance left (or `won_status = 'lost'`).
    var lost: [Bool] = []
    var created: [Int64] = []
    var closed: [Int64] = []
    var lastStageUpdate: [Int64] = []
    var conversion: [Int64] = []
    var written: [Int64] = []
    /// The lost reason now, a pool code (0: none).
    var reason: [UInt32] = []

    mutating func reserve(_ n: Int) {
        stage.reserveCapacity(n); isLead.reserveCapacity(n); lost.reserveCapacity(n); created.reserveCapacity(n)
        closed.reserveCapacity(n); lastStageUpdate.reserveCapacity(n); conversion.reserveCapacity(n)
        written.reserveCapacity(n); reason.reserveCapacity(n)
    }
}
