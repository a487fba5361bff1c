import Foundation
import LadderCore

extension App {
    /// An open form: the form handles its keys; a confirmed form is checked against the
    /// case as last seen and asked to be saved (or exported), a cancelled one dropped.
    mutating func formKey(_ key: Key, _ form: Form) -> [Effect] {
        guard !saving else { return [] }
        var form = form
        switch form.handle(key) {
        case .stay:
            mode = .form(form)
        case .cancel:
            mode = .browse
            notice = .info(L("cancelled; nothing saved"))
        case .editExternally:
            mode = .form(form)
            if let (id, text) = form.focusedText { return [.editText(field: id, text: text, about: form.title)] }
        case .submit where form.kind == .copyBrief:
            return copyBrief(form)
        case .submit where form.kind == .export:
            guard let request = form.exportRequest() else {
                form.error = L("give the file to write, e.g. ~/case.md")
                mode = .form(form)
                return []
            }
            mode = .browse
            return [.export(request)]
        case .submit:
            form.clearErrors()
            let file = form.caseNumber.flatMap { files[$0] }
            do {
                let request = try form.check(file, now: now, zone: zone, config: config)
                mode = .form(form)
                saving = true
                return [.save(request)]
            } catch {
                form.show(error)
                mode = .form(form)
            }
        }
        return []
    }
}
