/// OOXML's escapes for characters XML cannot carry in a string: `_xHHHH_` is the UTF-16 code unit HHHH (`_x000D_` a carriage return, `_x0001_` a
/// control character), and `_x005F_` an underscore, so a literal `_x000D_` is written `_x005F_x000D_`.
///
/// Excel writes them in shared and inline strings and shows the characters (openpyxl 3.1 leaves `_x000D_` as it
/// is).
enum XLSXEscapes {
    /// Decodes the escapes in `bytes[start...]` in place (the text only shrinks).
    static func decode(_ bytes: inout [UInt8], from start: Int) {
        guard bytes.count - start >= 7, bytes[start...].contains(UInt8(ascii: "_")) else { return }
        let kept = bytes.withUnsafeMutableBufferPointer { b -> Int in
            let n = b.count
            var r = start, w = start
            while r < n {
                guard let high = unit(b, r) else {
                    b[w] = b[r]
                    w += 1
                    r += 1
                    continue
                }
                var scalar = Unicode.Scalar(high)
                var used = 7
                if high >= 0xD800 && high < 0xDC00, let low = unit(b, r + 7), low >= 0xDC00 && low < 0xE000 {
                    scalar = Unicode.Scalar(0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
                    used = 14
                }
                // A lone surrogate is no character: the replacement character stands for it.
                for byte in UTF8.encode(scalar ?? "\u{FFFD}")! {
                    b[w] = byte
                    w += 1
                }
                r += used
            }
            return w
        }
        bytes.removeSubrange(kept...)
    }

    /// The code unit of an `_xHHHH_` escape at `i`, if one is there.
    private static func unit(_ b: UnsafeMutableBufferPointer<UInt8>, _ i: Int) -> UInt16? {
        guard i + 7 <= b.count, b[i] == UInt8(ascii: "_"), b[i + 1] == UInt8(ascii: "x"), b[i + 6] == UInt8(ascii: "_") else { return nil }
        var v: UInt16 = 0
        for k in 2..<6 {
            let c = b[i + k]
            let d: UInt16
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt16(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt16(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt16(c - UInt8(ascii: "A") + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }
}
