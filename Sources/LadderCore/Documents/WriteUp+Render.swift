import Foundation

extension WriteUp {
    /// Markdown for publishing: headings, tables, the timeline as a list. Stored text is
    /// made inert and Markdown's marks escaped, so a note cannot become a link or a heading.
    public var markdown: String {
        let e = ReportDocument.escape
        func cell(_ s: String?) -> String { s.map { e($0).replacingOccurrences(of: "|", with: "\\\\|") } ?? "" }
        let (heading, organisationLine) = (e(title), e(organisation) + (product.map { DocumentWords.paren(e($0)) } ?? ""))
        var out = [L("# Case \(number): \(heading)"), ""]
        out.append(L("- **Organisation:** \(organisationLine)"))
        if !references.isEmpty {
            let refs = references.map(e).joined(separator: DocumentWords.comma)
            out.append(L("- **References:** \(refs)"))
        }
        let closedAt = closed.map(DocumentWords.paren) ?? ""
        out.append(L("- **Opened:** \(opened); **status:** \(status)\(closedAt); **rung now:** \(rung)"))
        if let ask = ask.map(e) { out.append(L("- **I ask for:** \(ask)")) }
        out.append("- " + Self.totalsOrder.map { "**\(Self.label($0))\(Language.current == .ja ? "：" : ":")** \(totals[$0]!)" }
            .joined(separator: Language.current == .ja ? "、" : "; "))
        out.append(L("- Written \(asOf) by ladder."))
        let now = L("now")
        out += ["", L("## The ladder"), "", L("| rung | from | until | time |"), "| --- | --- | --- | ---: |"]
        for s in ladder { out.append("| \(s.rung) | \(s.from) | \(s.until ?? now) | \(s.time) |") }
        out += ["", L("## Contacts"), ""]
        if contacts.isEmpty { out.append(L("None yet.")) } else {
            out += [L("| when | how | rung | with | on hold | took | what was said |"), "| --- | --- | --- | --- | ---: | ---: | --- |"]
            for c in contacts {
                out.append("| \(c.at) | \(c.channel) \(c.direction) | \(c.rung) | \(cell(c.who)) | \(c.held ?? "") | \(c.took ?? "") | \(cell(c.note.map(TerminalText.line))) |")
            }
        }
        out += ["", L("## Promises"), ""]
        if promises.isEmpty { out.append(L("None.")) } else {
            out += [L("| # | what | owed by | who | made | due | outcome |"), "| ---: | --- | --- | --- | --- | --- | --- |"]
            for p in promises {
                out.append("| \(p.item) | \(cell(p.what)) | \(p.owedBy) | \(cell(p.who)) | \(p.raised) | \(p.due) | \(p.outcome)" + (p.cleared.map(DocumentWords.paren) ?? "") + " |")
            }
        }
        out += ["", L("## Timeline"), ""]
        for t in timeline {
            out.append("- \(t.at)\(DocumentWords.colon)\(e(t.text))")
            if let d = t.detail { for line in d.split(separator: "\n") { out.append("  > \(e(String(line)))") } }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One self-contained HTML file: its style inside, nothing fetched.
    public var html: String {
        func h(_ s: String?) -> String {
            guard let s else { return "" }
            var out = ""
            for c in TerminalText.block(s) {
                switch c {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                case "\n": out += "<br>"
                default: out.append(c)
                }
            }
            return out
        }
        func row(_ cells: [String?], header: Bool = false) -> String {
            "<tr>" + cells.map { header ? "<th>\(h($0))</th>" : "<td>\(h($0))</td>" }.joined() + "</tr>"
        }
        let heading = L("Case \(number): \(h(title))")
        var out = ["<!DOCTYPE html>", "<html lang=\"\(Language.current.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                   "<title>\(heading)</title>",
                   "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:62em;margin:2em auto;padding:0 1em;color:#222}"
                   + "table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
                   + "th{background:#f3f3f3}dt{font-weight:600}dd{margin:0 0 .4em 1.5em}blockquote{margin:.2em 0 .6em 1.5em;color:#555}</style>",
                   "</head>", "<body>", "<h1>\(heading)</h1>", "<dl>"]
        out.append("<dt>\(L("Organisation"))</dt><dd>\(h(organisation))" + (product.map { DocumentWords.paren(h($0)) } ?? "") + "</dd>")
        if !references.isEmpty { out.append("<dt>\(L("References"))</dt><dd>\(h(references.joined(separator: DocumentWords.comma)))</dd>") }
        let (opening, state, closedAt, onRung) = (h(opened), h(status), closed.map { DocumentWords.paren(h($0)) } ?? "", h(rung))
        out.append("<dt>\(L("Opened"))</dt><dd>" + L("\(opening); status \(state)\(closedAt); rung now \(onRung)") + "</dd>")
        if let ask { out.append("<dt>\(L("I ask for"))</dt><dd>\(h(ask))</dd>") }
        for k in Self.totalsOrder {
            let label = Self.label(k)
            out.append("<dt>\(h(label.prefix(1).uppercased() + label.dropFirst()))</dt><dd>\(h(totals[k]))</dd>")
        }
        let written = h(asOf)
        out += ["</dl>", "<p>" + L("Written \(written) by ladder.") + "</p>", "<h2>\(L("The ladder"))</h2>", "<table>",
                row([L("rung"), L("from"), L("until"), L("time")], header: true)]
        for s in ladder { out.append(row([s.rung, s.from, s.until ?? L("now"), s.time])) }
        out += ["</table>", "<h2>\(L("Contacts"))</h2>"]
        if contacts.isEmpty { out.append("<p>\(L("None yet."))</p>") } else {
            out += ["<table>", row([L("when"), L("how"), L("rung"), L("with"), L("on hold"), L("took"), L("what was said")], header: true)]
            for c in contacts { out.append(row([c.at, "\(c.channel) \(c.direction)", c.rung, c.who, c.held, c.took, c.note])) }
            out.append("</table>")
        }
        out.append("<h2>\(L("Promises"))</h2>")
        if promises.isEmpty { out.append("<p>\(L("None."))</p>") } else {
            out += ["<table>", row(["#", L("what"), L("owed by"), L("who"), L("made"), L("due"), L("outcome")], header: true)]
            for p in promises {
                out.append(row([String(p.item), p.what, p.owedBy, p.who, p.raised, p.due, p.outcome + (p.cleared.map(DocumentWords.paren) ?? "")]))
            }
            out.append("</table>")
        }
        out += ["<h2>\(L("Timeline"))</h2>", "<ul>"]
        for t in timeline {
            out.append("<li>\(h(t.at))\(DocumentWords.colon)\(h(t.text))" + (t.detail.map { "<blockquote>\(h($0))</blockquote>" } ?? "") + "</li>")
        }
        out += ["</ul>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// A total's label in the current language; the `totals` keys stay English for JSON.
    static func label(_ key: String) -> String {
        switch key {
        case "age": L("age")
        case "contacts": L("contacts")
        case "failed attempts": L("failed attempts")
        case "missed calls": L("missed calls")
        case "time on hold": L("time on hold")
        case "their promises kept": L("their promises kept")
        case "their promises late": L("their promises late")
        case "their promises broken": L("their promises broken")
        default: key
        }
    }
}
