/// Opens the file an import names as CSV text, whatever it is on disk:
/// CSV in UTF-8 or in the encoding the command gives (a byte-order mark
/// decides by itself).
enum ImportFile {
    static func open(_ path: String, _ options: ImportOptions) throws -> CSVReader {
        try CSVReader(path: path, encoding: options.encoding)
    }
}
