import Foundation
import LadderCore

/// A form drawn as a box over the list. ASCII borders: line-drawing characters are
/// "ambiguous width" and some CJK terminals draw them two columns wide.
enum FormView {
    static let labelWidth = 13

    /// The columns of a time field's preview: `= ` and the widest date of this year
    /// (two-digit month and day) in the language of the moment. A date of another year
    /// takes the room its year needs from its own field.
    static var previewWidth: Int {
        2 + TextWidth.of(TimeText.short(Date(timeIntervalSince1970: 1_798_459_200), zone: TimeZone(identifier: "UTC")!))
    }

    static func draw(_ form: Form, app: App, _ screen: inout Screen) {
        let w = min(screen.width - 2, 84)
        var rows: [(text: String, style: Style, field: Int?, indent: Int)] = []
        rows.append(("", .normal, nil, 0))
        for (i, f) in form.fields.enumerated() {
            rows.append(("", .normal, i, 0))
            if let e = f.error {
                for l in Wrap.lines("! " + e, width: w - labelWidth - 6) { rows.append((l, .error, nil, labelWidth + 2)) }
            }
        }
        rows.append(("", .normal, nil, 0))
        if let e = form.error {
            for l in Wrap.lines("! " + e, width: w - 4) { rows.append((l, .error, nil, 0)) }
        }
        let help = form.fields[form.focus].help
        for l in Wrap.lines(help, width: w - 4) { rows.append((l, .dim, nil, 0)) }
        let footer = form.kind == .copyBrief ? L("Enter copies; Esc cancels") : L("Enter on the last field or Ctrl-S saves; Esc cancels")
        rows.append((app.saving ? L("saving...") : footer, .dim, nil, 0))

        let h = min(screen.height - 2, rows.count + 2)
        let top = max(1, (screen.height - h) / 2)
        let left = max(0, (screen.width - w) / 2)
        // Keep the focused field inside the box when the terminal is short.
        let inner = h - 2
        let focusRow = rows.firstIndex { $0.field == form.focus } ?? 0
        let skip = max(0, min(focusRow - inner / 2, rows.count - inner))

        let border = "+" + String(repeating: "-", count: max(0, w - 2)) + "+"
        screen.put(border, row: top, column: left, limit: w, style: .heading)
        screen.put(" \(form.title) ", row: top, column: left + 2, limit: w - 4, style: .heading)
        screen.put(border, row: top + h - 1, column: left, limit: w, style: .heading)
        screen.cursor = nil
        for (i, r) in rows.dropFirst(skip).prefix(inner).enumerated() {
            let row = top + 1 + i
            screen.fill(row: row, column: left, count: w, style: .normal)
            screen.put("|", row: row, column: left, style: .heading)
            screen.put("|", row: row, column: left + w - 1, style: .heading)
            if let fi = r.field {
                drawField(form, fi, app: app, &screen, row: row, column: left + 2, width: w - 4)
            } else {
                screen.put(r.text, row: row, column: left + 2 + r.indent, limit: w - 4 - r.indent, style: r.style)
            }
        }
    }

    static func drawField(_ form: Form, _ index: Int, app: App, _ screen: inout Screen, row: Int, column: Int, width: Int) {
        let f = form.fields[index]
        let focused = index == form.focus
        screen.put(TextWidth.padLeft(f.label, to: labelWidth), row: row, column: column, limit: labelWidth,
                   style: focused ? .heading : .normal)
        let x = column + labelWidth + 2
        var room = width - labelWidth - 2
        let preview = form.preview(f, now: app.now, zone: app.zone, config: app.config)
        // Room for what a time means ("= Wed 07-15 17:00", "= 12月28日(月) 17:00"), if the
        // field stays usable.
        let previewWidth = max(FormView.previewWidth, preview.map { 2 + TextWidth.of($0) } ?? 0)
        let showPreview = f.time != nil && room - previewWidth - 1 >= 16
        if showPreview { room -= previewWidth + 1 }
        guard room > 2 else { return }
        switch f.value {
        case let .text(editor):
            screen.fill(row: row, column: x, count: room, style: .field)
            if editor.text.isEmpty, !f.placeholder.isEmpty {
                screen.put(f.placeholder, row: row, column: x, limit: room, style: .dim)
                if focused { screen.cursor = (row, x) }
            } else {
                if focused {
                    let (shown, cursorColumn) = editor.visible(width: room)
                    screen.put(shown, row: row, column: x, limit: room, style: .field)
                    screen.cursor = (row, x + cursorColumn)
                } else {
                    // Without focus a field shows its beginning.
                    screen.put(TextWidth.clip(editor.text, to: room), row: row, column: x, limit: room, style: .field)
                }
            }
        case let .choice(labels, i):
            let text = focused ? "< \(labels[i]) >" : "  \(labels[i])"
            screen.put(text, row: row, column: x, limit: room, style: focused ? .field : .normal)
        }
        if showPreview, let preview {
            screen.put(preview == "?" ? "  ?" : "= " + preview, row: row, column: x + room + 1, limit: previewWidth,
                       style: preview == "?" ? .error : .dim)
        }
    }
}
