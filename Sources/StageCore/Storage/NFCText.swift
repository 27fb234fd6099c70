import Foundation

/// A field's text in NFC, without a String: the field's own bytes when they are NFC already (nearly always), else a normalised copy kept here until
/// the next call.
///
/// Invalid UTF-8 is an import error. The holder keeps the instance alive (`withExtendedLifetime`) while it uses
/// the bytes.
final class NFCText {
    private var copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 64)

    deinit { copy.deallocate() }

    func bytes(_ row: CSVRow, _ i: Int, _ column: String) throws(ImportError) -> UnsafeBufferPointer<UInt8> {
        let b = row.field(i)
        switch FieldText.form(b) {
        case .nfc:
            return b
        case .needsNormalizing:
            let normalized = Array(try ImportFields.utf8(row, i, column).utf8)
            if normalized.count > copy.count {
                copy.deallocate()
                copy = .allocate(capacity: normalized.count)
            }
            _ = copy.initialize(from: normalized)
            return UnsafeBufferPointer(rebasing: copy[..<normalized.count])
        case .invalid:
            throw ImportFields.invalidUTF8(b, row.line, column)
        }
    }
}
