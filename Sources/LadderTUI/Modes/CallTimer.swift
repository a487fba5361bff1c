import Foundation
import LadderCore

extension App {
    /// `c` starts a call on the selected case, then marks it answered, then ends it;
    /// `C` ends it at once. Ending opens the contact form with the times filled in.
    mutating func callKey(hangUp: Bool) {
        guard var timer = call else {
            if hangUp { return }
            guard let s = selectedState else {
                notice = .error(L("select a case to call about first"))
                return
            }
            call = CallTimer(caseNumber: s.number, started: now)
            notice = .info(L("call on case \(s.number) started: c when they answer, C to hang up"))
            return
        }
        if timer.answered == nil, !hangUp {
            timer.answered = now
            call = timer
            return
        }
        call = nil
        guard let s = states[timer.caseNumber] else {
            notice = .error(L("case \(timer.caseNumber) is gone; the call was not logged"))
            return
        }
        var form = Form.log(s)
        form.title = L("Log the call on case \(s.number)")
        let held = (timer.answered ?? now).timeIntervalSince(timer.started)
        form.set(.held, ClockText.durationField(held))
        if let answered = timer.answered { form.set(.took, ClockText.durationField(now.timeIntervalSince(answered))) }
        form.set(.at, TimeText.iso(timer.started, zone: zone))
        form.focus = form.fields.firstIndex { $0.id == .with } ?? 0
        mode = .form(form)
        if let i = rows.firstIndex(of: s.number) { select(rows[i]) }
    }
}
