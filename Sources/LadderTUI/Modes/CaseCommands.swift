import Foundation
import LadderCore

extension App {
    /// A key that acts on the selected case: opens its form, or its brief.
    mutating func act(_ command: CaseCommand) -> [Effect] {
        guard let s = selectedState else {
            notice = selected == nil ? .error(L("no case selected; press a to add one"))
                : .error(L("case \(selected!) is still being read; try again"))
            return []
        }
        if s.status == .withdrawn, !command.readsOnly {
            notice = .error(L("case \(s.number) was withdrawn (its opening was undone); nothing more can be recorded on it"))
            return []
        }
        if command.needsOpenCase, !s.isOpen {
            notice = .error(L("case \(s.number) is \(s.status.name); press x to reopen it first"))
            return []
        }
        let clocks = config.clocks(for: s.details.organisation)
        switch command {
        case .log: mode = .form(Form.log(s))
        case .escalate: mode = .form(Form.escalate(s))
        case .await: mode = .form(Form.reply(s, owedBy: .them, clocks: clocks))
        case .owe: mode = .form(Form.reply(s, owedBy: .me, clocks: clocks))
        case .clearReply:
            if let f = Form.clear(s, now: now) { mode = .form(f) }
            else { notice = .error(L("case \(s.number) has no open pending reply")) }
        case .note: mode = .form(Form.note(s))
        case .closeOrReopen: mode = .form(s.isOpen ? Form.close(s) : Form.reopen(s))
        case .edit: mode = .form(Form.edit(s))
        case .brief:
            mode = .brief(s.number)
            brief = Pager()
        case .ask: mode = .form(Form.ask(s))
        case .export: mode = .form(Form.export(s))
        case .undo:
            if let f = Form.undo(s, zone: zone) { mode = .form(f) }
            else { notice = .error(L("case \(s.number) has nothing to undo")) }
        case .copyBrief:
            // The limit used last for this organisation, else the one its config gives.
            let limit = formLimits[Organisation.key(s.details.organisation)] ?? config.organisation(for: s.details.organisation)?.formLimit
            mode = .form(Form.copyBrief(s, limit: limit))
        case .copyDetails:
            if !s.details.references.isEmpty {
                return [.copy(text: s.details.references.joined(separator: ", "), what: L("the reference numbers of case \(s.number)"))]
            }
            if let phone = config.organisation(for: s.details.organisation)?.contactPoint(on: s.rung)?.phone {
                return [.copy(text: phone, what: L("the \(s.rung.name)'s phone number"))]
            }
            notice = .error(L("case \(s.number) has no reference number, and no phone is configured for its rung"))
        }
        return []
    }

    /// A copy form confirmed: the brief, cut to its limit, to the clipboard; the limit is
    /// kept for the organisation's next copy. A limit too small stays in the form.
    mutating func copyBrief(_ form: Form) -> [Effect] {
        var form = form
        form.clearErrors()
        guard let number = form.caseNumber, let s = states[number] else { mode = .browse; return [] }
        let limit: Int?
        switch form.copyLimit() {
        case let .success(l): limit = l
        case let .failure(e):
            form.show(e)
            mode = .form(form)
            return []
        }
        var text = Brief.make(s, now: now, zone: zone)
        if let limit {
            do {
                text = try Brief.fitting(s, now: now, zone: zone, limit: limit)
            } catch {
                // The title, references and request alone are longer than the limit.
                form.show(LadderError(.data, field: .limit, error.message, hint: L("shorten the request (R on the case) or give a larger limit")))
                mode = .form(form)
                return []
            }
        }
        formLimits[Organisation.key(s.details.organisation)] = limit
        mode = .browse
        let what = limit.map { L("the brief of case \(number), cut to \($0)") } ?? L("the brief of case \(number)")
        return [.copy(text: text, what: what)]
    }
}
