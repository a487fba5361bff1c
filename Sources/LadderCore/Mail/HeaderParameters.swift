/// A Content-Type or Content-Disposition value: `text/plain; charset="iso-2022-jp"`.
/// Parameters follow RFC 2231 as well (`filename*=UTF-8''%E8%AB%8B.pdf`, and the
/// continuations `filename*0*=`, `filename*1*=`); a value in RFC 2047 encoded words,
/// which many mailers write although the RFC forbids it, is decoded too.
struct HeaderParameters: Sendable {
    /// The part before the first `;`, lower-cased: `text/plain`, `attachment`.
    var value: String
    /// Parameter names lower-cased, values decoded.
    var parameters: [String: String]

    subscript(_ name: String) -> String? { parameters[name] }

    init(value: String, parameters: [String: String] = [:]) {
        self.value = value
        self.parameters = parameters
    }

    init(_ text: String, notes: inout [MailNote]) {
        let pieces = HeaderParameters.split(text)
        value = HeaderText.collapsed(pieces.first ?? "").lowercased()
        // name*N*, grouped by name: (index, extended, raw value)
        var sections: [String: [(Int, Bool, String)]] = [:]
        var order: [String] = []
        for piece in pieces.dropFirst() {
            guard let eq = piece.firstIndex(of: "=") else { continue }
            var name = HeaderText.collapsed(String(piece[..<eq])).lowercased()
            let raw = HeaderParameters.unquoted(piece[piece.index(after: eq)...])
            guard !name.isEmpty, name.count <= 100 else { continue }
            var extended = false
            if name.hasSuffix("*") { extended = true; name.removeLast() }
            var index = -1
            if let star = name.lastIndex(of: "*"), let n = Int(name[name.index(after: star)...]), n >= 0, n < 1000 {
                index = n
                name = String(name[..<star])
            }
            if sections[name] == nil { order.append(name) }
            sections[name, default: []].append((index, extended, raw))
        }
        var parameters: [String: String] = [:]
        for name in order {
            let parts = sections[name]!.sorted { $0.0 < $1.0 }
            parameters[name] = HeaderParameters.joined(parts.map { ($0.1, $0.2) }, notes: &notes)
        }
        self.parameters = parameters
    }

    /// RFC 2231 sections in order as one value: the first extended one names the charset
    /// (`UTF-8'ja'…`), extended sections are %-encoded, plain ones are as written.
    static func joined(_ parts: [(extended: Bool, raw: String)], notes: inout [MailNote]) -> String {
        guard parts.contains(where: \.extended) else {
            return EncodedWords.decode(parts.map(\.raw).joined(), notes: &notes)
        }
        var charset: String?
        var bytes: [UInt8] = []
        for (n, part) in parts.enumerated() {
            var raw = Substring(part.raw)
            if part.extended, n == 0 {
                let ticks = raw.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if ticks.count == 3 {
                    charset = String(ticks[0])
                    raw = ticks[2]
                }
            }
            bytes += part.extended ? percentDecoded(raw) : Array(raw.utf8)
        }
        return Charset.decode(bytes, label: charset?.isEmpty == false ? charset : "utf-8").text
    }

    static func percentDecoded(_ s: Substring) -> [UInt8] {
        let u = Array(s.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < u.count {
            if u[i] == 0x25, i + 2 < u.count, let h = QuotedPrintable.hex(u[i + 1]), let l = QuotedPrintable.hex(u[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(u[i])
                i += 1
            }
        }
        return out
    }

    /// The text split at each `;` outside quotes and comments.
    static func split(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var depth = 0
        var escaped = false
        for c in text {
            if escaped { current.append(c); escaped = false; continue }
            if quoted {
                if c == "\\" { escaped = true }
                if c == "\"" { quoted = false }
                current.append(c)
                continue
            }
            switch c {
            case "\"" where depth == 0: quoted = true; current.append(c)
            case "(": depth += 1
            case ")" where depth > 0: depth -= 1
            case ";" where depth == 0: pieces.append(current); current = ""
            default: if depth == 0 { current.append(c) }
            }
        }
        pieces.append(current)
        return pieces
    }

    /// A parameter value without its quotes and backslash escapes; an unquoted one trimmed.
    static func unquoted(_ s: Substring) -> String {
        let t = s.drop { $0 == " " || $0 == "\t" }
        guard t.first == "\"" else { return HeaderText.collapsed(String(t)) }
        var out = ""
        var escaped = false
        for c in t.dropFirst() {
            if escaped { out.append(c); escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "\"" { break }
            out.append(c)
        }
        return out
    }
}
