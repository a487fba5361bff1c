import Foundation

extension CaseState {
    /// `note`: free text worth keeping.
    func noting(_ text: String) throws(LadderError) -> Event.Kind {
        .note(try required(text, .note, L("the note is empty"), example: L("\"they promised a call before 18:00\"")))
    }

    /// `edit`: a correction of the case's details; only what changed is kept.
    func editing(_ edit: CaseEdit) throws(LadderError) -> Event.Kind {
        var e = edit
        if let t = e.title { e.title = try required(t, .title, L("the title is empty"), example: L("--title \"Mail bounces\"")) }
        if let o = e.organisation { e.organisation = try required(o, .organisation, L("the organisation is empty"), example: L("--org \"Example Mobile\"")) }
        e.product = e.product.map { $0.nonBlank ?? "" }
        e.references = e.references?.compactMap(\.nonBlank)
        e.tags = e.tags?.compactMap(\.nonBlank)
        e = e.changing(details)
        guard !e.isEmpty else {
            throw LadderError(.usage, L("nothing to change"), hint: L("write e.g. ladder edit \(number) --title \"New title\""))
        }
        return .edited(e)
    }

    /// `ask`: what I ask the company for now (the brief's request).
    func asking(_ text: String) throws(LadderError) -> Event.Kind {
        .asked(try required(text, .note, L("what you ask for is empty"), example: L("\"a refund of the two months and a written cause\"")))
    }
}
