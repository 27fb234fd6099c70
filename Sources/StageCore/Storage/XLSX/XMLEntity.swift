/// What `&NAME;` stands for in XML text or an attribute value: one of the five
/// predefined entities, or a character reference (`&#233;`, `&#xE9;`).
///
/// No other entity exists in a workbook's parts: they can only be declared in
/// a DOCTYPE, which `XMLScanner` refuses.
enum XMLEntity {
    case character(Unicode.Scalar)
    /// A name that is neither a predefined entity nor a character reference.
    case unknown
    /// `&#...;` with no digits, a digit of the wrong base, or no character
    /// XML allows (past U+10FFFF, a surrogate, a control character).
    case badCharacterReference

    /// The meaning of the entity named by `name`, the bytes between `&` and `;`.
    init(_ name: UnsafeBufferPointer<UInt8>) {
        let simple: UInt8? =
            switch true {
            case XMLTag.equal(name, "amp"): UInt8(ascii: "&")
            case XMLTag.equal(name, "lt"): UInt8(ascii: "<")
            case XMLTag.equal(name, "gt"): UInt8(ascii: ">")
            case XMLTag.equal(name, "quot"): UInt8(ascii: "\"")
            case XMLTag.equal(name, "apos"): UInt8(ascii: "'")
            default: nil
            }
        if let simple {
            self = .character(Unicode.Scalar(simple))
            return
        }
        guard name.count >= 2, name[0] == UInt8(ascii: "#") else {
            self = .unknown
            return
        }
        let hex = name[1] == UInt8(ascii: "x")
        var value: UInt32 = 0
        var digits = 0
        for c in name[(hex ? 2 : 1)...] {
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: d = UInt32(c - UInt8(ascii: "A") + 10)
            default:
                self = .badCharacterReference
                return
            }
            value = value * (hex ? 16 : 10) + d
            digits += 1
            if value > 0x10FFFF {
                self = .badCharacterReference
                return
            }
        }
        // XML allows tab, line feed and carriage return below U+0020, and no surrogates.
        guard digits > 0, value >= 0x20 || value == 9 || value == 10 || value == 13,
            let scalar = Unicode.Scalar(value)
        else {
            self = .badCharacterReference
            return
        }
        self = .character(scalar)
    }
}
