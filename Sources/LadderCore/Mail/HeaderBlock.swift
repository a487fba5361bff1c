/// The header fields of a message or a MIME part, unfolded, and where its body starts.
/// Field values stay bytes here: which charset they are in is decided when they are read.
struct HeaderBlock: Sendable {
    struct Field: Sendable {
        /// As written (`Subject`); compare with `is(_:)`.
        var name: String
        /// Unfolded: the line breaks of continuation lines removed, their blanks kept.
        var value: [UInt8]

        func `is`(_ other: String) -> Bool { name.caseInsensitiveCompare(other) == .orderedSame }
    }

    var fields: [Field] = []

    /// The first field named `name`, as text with encoded words left as they are.
    func raw(_ name: String) -> String? {
        fields.first { $0.is(name) }.map { HeaderText.string($0.value) }
    }

    func all(_ name: String) -> [String] {
        fields.filter { $0.is(name) }.map { HeaderText.string($0.value) }
    }

    /// The longest header line read; a longer one is not mail.
    static let lineLimit = 16 * 1024

    /// Reads the header at the start of `bytes`; returns it and the offset of the body.
    /// `strict` (a whole message): the first line must be a field and every line up to
    /// the blank one must be a field or a continuation. Not strict (a MIME part, a
    /// delivery-status group): a part may have no header, and a line that is not a field
    /// starts the body.
    static func parse(_ bytes: [UInt8], from start: Int = 0, strict: Bool) throws(MailError) -> (HeaderBlock, Int) {
        var block = HeaderBlock()
        var i = start
        var lineNumber = 0
        // A mailbox file's "From " separator line is not part of the message.
        if strict, bytes[start...].starts(with: Array("From ".utf8)) {
            i = (bytes.firstIndex(of: 0x0A) ?? bytes.count - 1) + 1
            lineNumber = 1
        }
        while i < bytes.count {
            lineNumber += 1
            let end = bytes[i...].firstIndex(of: 0x0A) ?? bytes.count
            var lineEnd = end
            if lineEnd > i, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let next = min(end + 1, bytes.count)
            if lineEnd - i > lineLimit { throw .lineTooLong(line: lineNumber, bytes: lineEnd - i, limit: lineLimit) }
            let line = bytes[i..<lineEnd]
            if line.isEmpty { return (block, next) }
            if line.contains(where: isBinary) { throw .binaryHeader(line: lineNumber) }
            if line.first == 0x20 || line.first == 0x09 {
                if block.fields.isEmpty {
                    if strict { throw .notAMessage(firstLine: HeaderText.preview(line)) }
                    return (block, i)
                }
                block.fields[block.fields.count - 1].value += line
                i = next
                continue
            }
            guard let colon = line.firstIndex(of: 0x3A), let name = fieldName(line[i..<colon]) else {
                if strict {
                    if block.fields.isEmpty { throw .notAMessage(firstLine: HeaderText.preview(line)) }
                    throw .badHeaderLine(line: lineNumber, text: HeaderText.preview(line))
                }
                return (block, i)
            }
            var value = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }
            while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
            block.fields.append(Field(name: name, value: Array(value)))
            i = next
        }
        if strict, block.fields.isEmpty { throw .empty }
        return (block, bytes.count)
    }

    /// A field name: printable ASCII without the colon, blanks allowed only before it
    /// (the obsolete `Subject :` form).
    static func fieldName(_ bytes: ArraySlice<UInt8>) -> String? {
        var name = bytes
        while let last = name.last, last == 0x20 || last == 0x09 { name = name.dropLast() }
        guard !name.isEmpty, name.count <= 200, name.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        return String(decoding: name, as: UTF8.self)
    }

    /// Control bytes no header holds; ESC, SO and SI are allowed for raw JIS text.
    static func isBinary(_ b: UInt8) -> Bool {
        (b < 0x20 && b != 0x09 && b != 0x0D && b != 0x1B && b != 0x0E && b != 0x0F) || b == 0x7F
    }
}
