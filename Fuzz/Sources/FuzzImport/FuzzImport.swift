import FuzzSupport
import StageCore

let scratch = Scratch("import")

/// A few records, so that an events CSV has something to name.
let records = """
id,kind,name,account,owner,source,value,stage,created_at,updated_at
1,lead,An Phát,An Phát,Lan,web,45000,New,2026-01-05T09:00:00Z,2026-01-05T09:00:00Z
2,lead,Bình Minh,Bình Minh,Tuấn,referral,12000,Contacted,2026-02-01T09:00:00Z,2026-02-10T09:00:00Z
3,opportunity,Cao Nguyên,Cao Nguyên,Lan,event,150000,Negotiation,2026-03-01T09:00:00Z,2026-03-20T09:00:00Z
4,opportunity,Đông Á,Đông Á,Mai,web,80000,Won,2026-01-10T09:00:00Z,2026-04-02T09:00:00Z
5,opportunity,Hải Long,Hải Long,Mai,web,30000,Lost,2026-02-10T09:00:00Z,2026-05-01T09:00:00Z

"""

/// How the first byte picks the import: records or events, and which options.
let variants = ["", " dry-run", " preset salesforce", " preset hubspot", " preset odoo",
                " create stages", " dates M/D/YYYY", " dates DD/MM/YYYY",
                " map Deal=name Owner=owner stages Open=New create stages"]

/// The bytes as a records CSV in an empty session, or as an events CSV
/// after a small records import: imported whole and consistent, or refused.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let selector = Int(data[0])
    let events = selector & 1 == 1
    let options = variants[(selector >> 1) % variants.count]
    scratch.empty()
    scratch.write("input.csv", data + 1, size - 1)
    var s = scratch.session()
    if events {
        _ = scratch.write("records.csv", records)
        do { _ = try s.execute(line: "import records records.csv") } catch { fatalError("seed records: \(error)") }
    }
    let line = "import \(events ? "events" : "records") input.csv" + options
    do {
        for o in try s.execute(line: line) { _ = render(o, .table) }
    } catch {
        requireConsistent(&s, after: "a refused import")
        return 0
    }
    requireConsistent(&s, after: line)
    // What came in must be usable: reports over it, and a round trip through export and import.
    for line in ["funnel", "conversion", "cycle", "list limit 3", "export records out.csv", "export events out-events.csv"] {
        do { for o in try s.execute(line: line) { _ = render(o, .table) } } catch {}
        requireConsistent(&s, after: line)
    }
    return 0
}
