import Foundation

extension WriteUp {
    /// Markdown for publishing: headings, tables, the timeline as a list. Stored text is
    /// made inert and Markdown's marks escaped, so a note cannot become a link or a heading.
    public var markdown: String {
        let e = ReportDocument.escape
        func cell(_ s: String?) -> String { s.map { e($0).replacingOccurrences(of: "|", with: "\\\\|") } ?? "" }
        var out = ["# Case \(number): \(e(title))", ""]
        out.append("- **Organisation:** \(e(organisation))" + (product.map { " (\(e($0)))" } ?? ""))
        if !references.isEmpty { out.append("- **References:** " + references.map(e).joined(separator: ", ")) }
        out.append("- **Opened:** \(opened); **status:** \(status)" + (closed.map { " (\($0))" } ?? "") + "; **rung now:** \(rung)")
        if let ask { out.append("- **I ask for:** \(e(ask))") }
        out.append("- " + Self.totalsOrder.map { "**\($0):** \(totals[$0]!)" }.joined(separator: "; "))
        out.append("- Written \(asOf) by ladder.")
        out += ["", "## The ladder", "", "| rung | from | until | time |", "| --- | --- | --- | ---: |"]
        for s in ladder { out.append("| \(s.rung) | \(s.from) | \(s.until ?? "now") | \(s.time) |") }
        out += ["", "## Contacts", ""]
        if contacts.isEmpty { out.append("None yet.") } else {
            out += ["| when | how | rung | with | on hold | took | what was said |", "| --- | --- | --- | --- | ---: | ---: | --- |"]
            for c in contacts {
                out.append("| \(c.at) | \(c.channel) \(c.direction) | \(c.rung) | \(cell(c.who)) | \(c.held ?? "") | \(c.took ?? "") | \(cell(c.note.map(TerminalText.line))) |")
            }
        }
        out += ["", "## Promises", ""]
        if promises.isEmpty { out.append("None.") } else {
            out += ["| # | what | owed by | who | made | due | outcome |", "| ---: | --- | --- | --- | --- | --- | --- |"]
            for p in promises {
                out.append("| \(p.item) | \(cell(p.what)) | \(p.owedBy) | \(cell(p.who)) | \(p.raised) | \(p.due) | \(p.outcome)" + (p.cleared.map { " (\($0))" } ?? "") + " |")
            }
        }
        out += ["", "## Timeline", ""]
        for t in timeline {
            out.append("- \(t.at): \(e(t.text))")
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
        var out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                   "<title>Case \(number): \(h(title))</title>",
                   "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:62em;margin:2em auto;padding:0 1em;color:#222}"
                   + "table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
                   + "th{background:#f3f3f3}dt{font-weight:600}dd{margin:0 0 .4em 1.5em}blockquote{margin:.2em 0 .6em 1.5em;color:#555}</style>",
                   "</head>", "<body>", "<h1>Case \(number): \(h(title))</h1>", "<dl>"]
        out.append("<dt>Organisation</dt><dd>\(h(organisation))" + (product.map { " (\(h($0)))" } ?? "") + "</dd>")
        if !references.isEmpty { out.append("<dt>References</dt><dd>\(h(references.joined(separator: ", ")))</dd>") }
        out.append("<dt>Opened</dt><dd>\(h(opened)); status \(h(status))" + (closed.map { " (\(h($0)))" } ?? "") + "; rung now \(h(rung))</dd>")
        if let ask { out.append("<dt>I ask for</dt><dd>\(h(ask))</dd>") }
        for k in Self.totalsOrder { out.append("<dt>\(h(k.prefix(1).uppercased() + k.dropFirst()))</dt><dd>\(h(totals[k]))</dd>") }
        out += ["</dl>", "<p>Written \(h(asOf)) by ladder.</p>", "<h2>The ladder</h2>", "<table>",
                row(["rung", "from", "until", "time"], header: true)]
        for s in ladder { out.append(row([s.rung, s.from, s.until ?? "now", s.time])) }
        out += ["</table>", "<h2>Contacts</h2>"]
        if contacts.isEmpty { out.append("<p>None yet.</p>") } else {
            out += ["<table>", row(["when", "how", "rung", "with", "on hold", "took", "what was said"], header: true)]
            for c in contacts { out.append(row([c.at, "\(c.channel) \(c.direction)", c.rung, c.who, c.held, c.took, c.note])) }
            out.append("</table>")
        }
        out.append("<h2>Promises</h2>")
        if promises.isEmpty { out.append("<p>None.</p>") } else {
            out += ["<table>", row(["#", "what", "owed by", "who", "made", "due", "outcome"], header: true)]
            for p in promises {
                out.append(row([String(p.item), p.what, p.owedBy, p.who, p.raised, p.due, p.outcome + (p.cleared.map { " (\($0))" } ?? "")]))
            }
            out.append("</table>")
        }
        out += ["<h2>Timeline</h2>", "<ul>"]
        for t in timeline {
            out.append("<li>\(h(t.at)): \(h(t.text))" + (t.detail.map { "<blockquote>\(h($0))</blockquote>" } ?? "") + "</li>")
        }
        out += ["</ul>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }
}
