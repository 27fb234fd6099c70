import FuzzSupport

runFuzzer { data, size in
    var empty: UInt8 = 0
    return fuzz(data ?? withUnsafePointer(to: &empty) { $0 }, size)
}
