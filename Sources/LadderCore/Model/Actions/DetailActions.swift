import Foundation

extension CaseState {
    /// `note`: free text worth keeping.
    func noting(_ text: String) throws(LadderError) -> Event.Kind {
        .note(try required(text, .note, "the note", example: "\"they promised a call before 18:00\""))
    }

    /// `edit`: a correction of the case's details; only what changed is kept.
    func editing(_ edit: CaseEdit) throws(LadderError) -> Event.Kind {
        var e = edit
        if let t = e.title { e.title = try required(t, .title, "the title", example: "--title \"Mail bounces\"") }
        if let o = e.organisation { e.organisation = try required(o, .organisation, "the organisation", example: "--org \"Example Mobile\"") }
        e.product = e.product.map { $0.nonBlank ?? "" }
        e.references = e.references?.compactMap(\.nonBlank)
        e.tags = e.tags?.compactMap(\.nonBlank)
        guard !e.isEmpty else {
            throw LadderError(.usage, "nothing to change", hint: "write e.g. ladder edit \(number) --title \"New title\"")
        }
        return .edited(e)
    }

    /// `ask`: what I ask the company for now (the brief's request).
    func asking(_ text: String) throws(LadderError) -> Event.Kind {
        .asked(try required(text, .note, "what you ask for", example: "\"a refund of the two months and a written cause\""))
    }
}
