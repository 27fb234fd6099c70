/// The bounds that keep a hostile or broken workbook from taking unbounded
/// memory or time: each is checked on the bytes actually unpacked, never
/// only on the sizes the zip headers declare.
public struct XLSXLimits: Sendable, Equatable {
    /// The largest `.xlsx` file opened.
    public var fileBytes = 2 << 30
    /// The most one worksheet's XML may unpack to.
    public var sheetBytes = 1 << 30
    /// The most the shared strings part may unpack to.
    public var sharedStringsBytes = 256 << 20
    /// The most any other part read (workbook, relationships, styles) may unpack to.
    public var otherPartBytes = 64 << 20
    /// The most all the parts read from one workbook may unpack to together.
    public var totalBytes = 3 << 29
    /// The most CSV one sheet may make; below 2 GiB, since the CSV reader keeps
    /// field offsets in 32 bits.
    public var csvBytes = (1 << 31) - (1 << 20)
    /// The most text one cell may hold (Excel itself stops at 32,767 characters).
    public var cellBytes = 16 << 20
    /// The longest tag, comment or CDATA section in any part.
    public var tagBytes = 16 << 20

    public init() {}

    /// The defaults.
    public static let standard = XLSXLimits()
}
