import Testing

@testable import StageCore

/// The id index (numbers in a dense array, other ids in the tagged hash
/// table) against a plain dictionary, through appends, deletions (the
/// table's backward shifts), restores and growth.
@Suite struct IdColumnTests {
    @Test(arguments: [1, 7, 42])
    func agreesWithADictionary(seed: UInt64) {
        var rng = seed
        func next(_ n: Int) -> Int {
            rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((rng >> 33) % UInt64(n))
        }
        var ids = IdColumn()
        var model: [String: Int] = [:]
        var texts: [String] = []
        for _ in 0..<6_000 {
            switch next(10) {
            case 0..<6:
                // Numbers, near and far, and words that collide in few buckets.
                let id = next(3) == 0 ? String(next(20_000)) : "D-\(next(3_000))"
                guard model[id] == nil else { continue }
                ids.append(id, indexed: true)
                texts.append(id)
                model[id] = texts.count - 1
            case 6..<9:
                guard !texts.isEmpty else { continue }
                let slot = next(texts.count)
                if model[texts[slot]] == slot {
                    ids.setIndexed(slot, false)
                    model[texts[slot]] = nil
                } else if model[texts[slot]] == nil {
                    ids.setIndexed(slot, true)
                    model[texts[slot]] = slot
                }
            default:
                guard let last = texts.last else { continue }
                if model[last] == texts.count - 1 { model[last] = nil }
                ids.removeLast()
                texts.removeLast()
            }
        }
        #expect(ids.count == texts.count)
        for (i, id) in texts.enumerated() {
            #expect(ids[i] == id)
            #expect(ids.slot(of: id).map(Int.init) == model[id], "\(id)")
        }
        for id in ["D-3001", "20001", "", "d-1"] { #expect(ids.slot(of: id) == nil) }
    }
}
