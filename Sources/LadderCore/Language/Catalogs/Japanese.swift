// Japanese catalog: English source → Japanese. PO syntax (msgid/msgstr, # comments,
// \" \\ \n \t escapes). {1}, {2} … are the values in the English sentence's order;
// every translation must use the same places. Sections follow the sources' folders.
// Tests/LadderCoreTests/Language checks that every L("…") in the sources is here.
extension Catalogs {
    static let japanese = #"""
msgid ""
msgstr "Language: ja\n"

# ==== Names: rungs, channels, directions, failures, resolutions, parties ====

msgid "shop"
msgstr "店舗"

msgid "call-centre"
msgstr "コールセンター"

msgid "technical-desk"
msgstr "技術窓口"

msgid "executive"
msgstr "本社・相談室"

msgid "regulator"
msgstr "行政・相談機関"

msgid "phone"
msgstr "電話"

msgid "email"
msgstr "メール"

msgid "web"
msgstr "ウェブ"

msgid "visit"
msgstr "来店"

msgid "letter"
msgstr "郵便"

msgid "fax"
msgstr "FAX"

msgid "chat"
msgstr "チャット"

msgid "social"
msgstr "SNS"

msgid "out"
msgstr "発信"

msgid "in"
msgstr "着信"

msgid "failed"
msgstr "不通"

msgid "missed"
msgstr "不在着信"

msgid "no-answer"
msgstr "応答なし"

msgid "wrong-number"
msgstr "番号違い"

msgid "bounced"
msgstr "不達"

msgid "line-closed"
msgstr "受付時間外"

msgid "out-of-service"
msgstr "使われていない番号"

msgid "other"
msgstr "その他"

msgid "resolved"
msgstr "解決"

msgid "partly-resolved"
msgstr "一部解決"

msgid "abandoned"
msgstr "断念"

msgid "taken-to-regulator"
msgstr "行政・相談機関へ"

msgid "them"
msgstr "先方"

msgid "me"
msgstr "自分"

# ==== Time: durations, countdowns ====

# ==== Core: model, actions, store, config (Sources/LadderCore) ====

msgid "case {1} was withdrawn (its opening was undone); nothing more can be recorded on it"
msgstr "案件{1}は取り下げられています（登録が取り消されました）。これ以上は記録できません。"

msgid "open a new case instead: ladder add \"...\" --org \"...\""
msgstr "代わりに新しい案件を登録してください：ladder add \"...\" --org \"...\""

msgid "{1} is in the future; events are recorded after they happen"
msgstr "{1}は未来の時刻です。出来事は起きたあとに記録してください。"

msgid "write a past time, e.g. --at -30m or --at \"yesterday 15:00\""
msgstr "過去の時刻を書いてください。例：--at -30m、--at \"昨日 15:00\""

msgid "case {1} is {2}; cannot close it"
msgstr "案件{1}はクローズ済み（{2}）のため、クローズできません。"

msgid "case {1} is {2}; cannot escalate it"
msgstr "案件{1}はクローズ済み（{2}）のため、エスカレーションできません。"

msgid "case {1} is {2}; cannot raise a pending reply on it"
msgstr "案件{1}はクローズ済み（{2}）のため、返事待ちを追加できません。"

msgid "reopen it first: ladder reopen {1} --reason \"...\""
msgstr "先に再開してください：ladder reopen {1} --reason \"...\""

msgid "open"
msgstr "対応中"

msgid "withdrawn"
msgstr "取り下げ"

msgid "write e.g. {1}"
msgstr "例：{1}"

msgid "case {1} is already open"
msgstr "案件{1}はすでに対応中です。"

msgid "the reason is empty"
msgstr "理由が空です。"

msgid "--reason \"the fault came back\""
msgstr "--reason \"不具合が再発した\""

msgid "a concrete promise says by when"
msgstr "具体的な約束には期限が必要です。"

msgid "write e.g. --promise \"refund of the two months\" --by 2026-08-01"
msgstr "例：--promise \"2か月分の返金\" --by 2026-08-01"

msgid "a due time needs the promise it belongs to"
msgstr "期限を書くときは、その約束の内容も書いてください。"

msgid "the promise's due time {1} is not after {2}"
msgstr "約束の期限（{1}）が{2}より後になっていません。"

msgid "the note is empty"
msgstr "メモが空です。"

msgid "\"they promised a call before 18:00\""
msgstr "\"18:00までに電話をくれると約束した\""

msgid "the title is empty"
msgstr "件名が空です。"

msgid "--title \"Mail bounces\""
msgstr "--title \"メールが届かない\""

msgid "the organisation is empty"
msgstr "相手先が空です。"

msgid "--org \"Example Mobile\""
msgstr "--org \"サンプル携帯\""

msgid "nothing to change"
msgstr "変更する項目がありません。"

msgid "write e.g. ladder edit {1} --title \"New title\""
msgstr "例：ladder edit {1} --title \"新しい件名\""

msgid "what you ask for is empty"
msgstr "求める内容が空です。"

msgid "\"a refund of the two months and a written cause\""
msgstr "\"2か月分の返金と、原因の書面での説明\""

msgid "case {1} is already on the top rung ({2})"
msgstr "案件{1}はすでに最上段（{2}）にあります。"

msgid "name a rung to send it back to, e.g. --to executive"
msgstr "戻す先の段階を指定してください。例：--to executive"

msgid "case {1} is already on {2}"
msgstr "案件{1}はすでに{2}の段階にあります。"

msgid "name another rung, e.g. --to {1}"
msgstr "別の段階を指定してください。例：--to {1}"

msgid "--reason \"no reply in 3 days\""
msgstr "--reason \"3日間返事がない\""

msgid "a failure reason goes only with a failed attempt"
msgstr "不通の理由は、つながらなかった連絡にだけ付けられます。"

msgid "write e.g. --failed --failure wrong-number"
msgstr "例：--failed --failure wrong-number"

msgid "the number they left goes only with a missed call"
msgstr "先方の残した番号は、不在着信にだけ付けられます。"

msgid "write e.g. --missed --number 03-1234-5678"
msgstr "例：--missed --number 03-1234-5678"

msgid "a duration cannot be negative"
msgstr "時間の長さに負の値は使えません。"

msgid "write e.g. 40m"
msgstr "例：40m"

msgid "on {1}, as given"
msgstr "{1}（指定どおり）"

msgid "on {1}: {2} is a contact point there"
msgstr "{1}：{2}はこの段階の窓口です"

msgid "on {1}, the case's rung then"
msgstr "{1}（その時点の案件の段階）"

msgid "\"Mail from two handsets bounces\""
msgstr "\"2台の端末からのメールが届かない\""

msgid "what is awaited is empty"
msgstr "待っている内容が空です。"

msgid "\"call back with the fix\""
msgstr "\"修理方法を折り返し電話で連絡\""

msgid "the due time {1} is not after the event ({2})"
msgstr "期限（{1}）が出来事の時刻（{2}）より後になっていません。"

msgid "write a later time, e.g. --due 2h or --due tomorrow"
msgstr "もっと後の時刻を書いてください。例：--due 2h、--due 明日"

msgid "reply {1} was raised at {2}, after {3}"
msgstr "返事{1}が登録されたのは{2}で、{3}より後です。"

msgid "clear it at a later time, e.g. --at now"
msgstr "もっと後の時刻で完了にしてください。例：--at now"

msgid "{1} ({2})"
msgstr "{1}（{2}）"

msgid ", "
msgstr "、"

msgid "case {1} has no open pending reply"
msgstr "案件{1}に未完了の返事待ちはありません。"

msgid "case {1} has {2} open replies: {3}"
msgstr "案件{1}には未完了の返事待ちが{2}件あります：{3}"

msgid "name one, e.g. ladder clear {1} {2}"
msgstr "どれか一つを指定してください。例：ladder clear {1} {2}"

msgid "reply {1} of case {2} is already cleared ({3})"
msgstr "案件{2}の返事{1}はすでに完了しています（{3}）。"

msgid "case {1} has no open reply \"{2}\""
msgstr "案件{1}に未完了の返事「{2}」はありません。"

msgid "open replies: {1}"
msgstr "未完了の返事待ち：{1}"

msgid "case {1} has no change to undo"
msgstr "案件{1}に取り消せる変更はありません。"

msgid "an undo cannot itself be undone"
msgstr "取り消しそのものは取り消せません。"

msgid "record the change again instead"
msgstr "代わりに、その変更をもう一度記録してください。"

msgid "that change to case {1} is already undone"
msgstr "案件{1}のその変更はすでに取り消されています。"

msgid "kept"
msgstr "期限内"

msgid "late"
msgstr "遅延"

msgid "broken"
msgstr "不履行"

msgid "OVERDUE {1}"
msgstr "{1}遅れ"

msgid "in {1}"
msgstr "あと{1}"

msgid "Closed {1} {2}, reopened {3}."
msgstr "{2}に「{1}」でクローズし、{3}に再開しました。"

msgid "Closed {1} {2}, reopened {3}: {4}."
msgstr "{2}に「{1}」でクローズし、{3}に再開しました（理由：{4}）。"

msgid "acknowledged the event"
msgstr "事実を認めた"

msgid "did not acknowledge the event"
msgstr "事実を認めなかった"

msgid "explained the cause"
msgstr "原因を説明した"

msgid "no cause given"
msgstr "原因の説明なし"

msgid "acknowledged my trouble"
msgstr "こちらの迷惑を認めた"

msgid "did not acknowledge my trouble"
msgstr "こちらの迷惑を認めなかった"

msgid "promised: {1}"
msgstr "約束：{1}"

msgid "no concrete promise"
msgstr "具体的な約束なし"

msgid "{1} of 4: {2}"
msgstr "4項目中{1}項目：{2}"

msgid "{1} is outside the years {2}-{3}"
msgstr "{1}は{2}〜{3}年の範囲外です。"

msgid "write a time in those years, e.g. 2026-08-31 17:00"
msgstr "その範囲の時刻を書いてください。例：2026-08-31 17:00"

msgid "the text is {1} KiB; ladder keeps at most {2} KiB"
msgstr "文章が{1} KiBあります。ladderに保存できるのは{2} KiBまでです。"

msgid "keep the essentials here and the rest in a file of your own"
msgstr "要点だけをここに書き、残りはご自分のファイルに保存してください。"

msgid "the title has {1} characters; at most {2}"
msgstr "件名が{1}文字あります。{2}文字以内にしてください。"

msgid "say what is wrong in a few words, and the rest in a note"
msgstr "何が問題かを短く書き、詳しくはメモに書いてください。"

msgid "{1} is negative"
msgstr "{1}が負の値です。"

msgid "write how long, e.g. 40m"
msgstr "長さを書いてください。例：40m"

msgid "{1} is longer than a day (24h at the most)"
msgstr "{1}は1日を超えています（最長24時間）。"

msgid "write how long this one contact took, e.g. 1h30m"
msgstr "この1回の連絡にかかった時間を書いてください。例：1h30m"

msgid "{1}; {2}"
msgstr "{1}{2}"

msgid "reply {1} is {2} late"
msgstr "返事{1}が{2}遅れています"

msgid "no progress on {1} for {2}, past its {3} window"
msgstr "{1}で{2}進展がなく、目安の{3}を過ぎています"

msgid "climb to {1}"
msgstr "{1}へエスカレーションしてください"

msgid "press the {1} (top rung)"
msgstr "{1}に強く働きかけてください（最上段）"

msgid "{1} still owes it"
msgstr "{1}が未対応"

msgid "{1} is still owed it"
msgstr "{1}へ未返信"

msgid "{1} is too far ahead: business time is counted about four years ahead at most"
msgstr "{1}は先すぎます。営業時間で数えられるのは約4年先までです。"

msgid "write a date instead, e.g. 2027-06-30"
msgstr "代わりに日付を書いてください。例：2027-06-30"

msgid "business time never passes: the hours have no open day"
msgstr "営業時間が進みません。受付時間に営業する日がありません。"

msgid "give the organisation opening hours (Docs/Config.md)"
msgstr "相手先に受付時間を設定してください（Docs/Config.md）。"

msgid "{1}, or business time: 2 business days, 8bh"
msgstr "{1}（営業時間でも書けます：2営業日、8bh）"

msgid "write e.g. 09:00-18:00, 09:00-12:00, 13:00-17:00, closed or 24h"
msgstr "例：09:00-18:00、「09:00-12:00, 13:00-17:00」、closed、24h"

msgid "\"{1}\" is not a list of opening times"
msgstr "「{1}」は受付時間の書き方になっていません。"

msgid "\"{1}\" closes before it opens; a night across midnight is two days' spans"
msgstr "「{1}」は始まる前に終わっています。深夜0時をまたぐときは2日に分けて書いてください。"

msgid "\"{1}\" opens at 24:00"
msgstr "「{1}」は24:00に始まっています。"

msgid "\"{1}\" is empty"
msgstr "「{1}」が空です。"

msgid "\"{1}\" has overlapping times"
msgstr "「{1}」の時間帯が重なっています。"

msgid "\"{1}\" does not name days of the week"
msgstr "「{1}」は曜日になっていません。"

msgid "write e.g. mon-fri, sat, sat,sun, weekdays or daily"
msgstr "例：mon-fri、sat、sat,sun、weekdays、daily"

msgid "\"{1}\" and \"{2}\" both set {3}"
msgstr "「{1}」と「{2}」の両方が{3}を指定しています。"

msgid "name each day once; a single day such as \"wed closed\" may override a range"
msgstr "各曜日は一度だけ指定してください。ただし「wed closed」のような1日だけの指定は、範囲の指定より優先されます。"

msgid "\"{1}\" needs days and times"
msgstr "「{1}」には曜日と時刻が必要です。"

msgid "still open when the case was closed"
msgstr "案件のクローズ時に未完了だった"

msgid "overdue when the case was closed"
msgstr "案件のクローズ時に期限切れだった"

msgid "left open when the case moved to {1}"
msgstr "案件が{1}へ移ったときに未完了のまま残った"

msgid "carried to {1}"
msgstr "{1}へ引き継いだ"

# ---- (core section end) ----

# ==== Reports (Sources/LadderCore/Reports) ====

msgid "it still owes this; the case is on {1}"
msgstr "この段階の返事がまだです。案件は現在{1}にあります"

msgid "a promise still watched since it closed is late"
msgstr "クローズ後も見守っていた約束が期限切れです"

msgid "send it (you owe this)"
msgstr "送ってください（こちらが送る番です）"

msgid "chase the {1}"
msgstr "{1}に催促してください"

msgid "chase the {1} ({2})"
msgstr "{1}に催促してください（{2}）"

msgid "climb to {1} ({2})"
msgstr "{1}へエスカレーションしてください（{2}）"

msgid "press the {1} (top rung) ({2})"
msgstr "{1}に強く働きかけてください（最上段。{2}）"

msgid "the promise made at closing is late"
msgstr "クローズ時の約束が期限切れです"

msgid "reopen the case: {1}"
msgstr "案件を再開してください：{1}"

msgid ": {1}"
msgstr "。連絡先：{1}"

msgid ": {1}, {2}"
msgstr "。連絡先：{1}、{2}"

msgid ": {1}; {2}"
msgstr "。連絡先：{1}（{2}）"

msgid ": {1}, {2}; {3}"
msgstr "。連絡先：{1}、{2}（{3}）"

msgid "MINE, I owe"
msgstr "【要対応】自分が送るもの"

msgid "they owe"
msgstr "先方の約束"

msgid "{1}: {2} (reply {3})"
msgstr "{1}：{2}（返事{3}）"

msgid "{1}: {2} (reply {3}, {4})"
msgstr "{1}：{2}（返事{3}、{4}）"

msgid "none yet"
msgstr "まだなし"

msgid "{1} {2}, {3} ({4} ago)"
msgstr "{1}・{2}、{3}（{4}前）"

msgid "{1} {2} ({3}), {4} ({5} ago)"
msgstr "{1}・{2}（{3}）、{4}（{5}前）"

msgid "{1} {2}, {3}, {4} ({5} ago)"
msgstr "{1}・{2}、相手：{3}、{4}（{5}前）"

msgid "{1} {2} ({3}), {4}, {5} ({6} ago)"
msgstr "{1}・{2}（{3}）、相手：{4}、{5}（{6}前）"

msgid "1 reply overdue: see ladder report overdue"
msgstr "1件の返事が期限切れです。ladder report overdue で確認してください。"

msgid "{1} replies overdue: see ladder report overdue"
msgstr "{1}件の返事が期限切れです。ladder report overdue で確認してください。"

msgid "OVERDUE {1}: due {2}, on {3}"
msgstr "期限切れ（{1}遅れ）：期限 {2}、{3}"

msgid "OVERDUE {1}: due {2}, owed by {3}"
msgstr "期限切れ（{1}遅れ）：期限 {2}、{3}が未対応"

msgid "last contact: {1}"
msgstr "最後の連絡：{1}"

msgid "last attempt: {1}"
msgstr "最後の試み：{1}"

msgid "next: {1}"
msgstr "次の一手：{1}"

msgid "Overdue replies, as of {1}"
msgstr "期限切れの返事（{1}時点）"

msgid "Nothing is overdue."
msgstr "期限切れの返事はありません。"

msgid "1 overdue reply in 1 organisation"
msgstr "期限切れの返事1件（1社）"

msgid "{1} overdue replies in 1 organisation"
msgstr "期限切れの返事{1}件（1社）"

msgid "{1} overdue replies in {2} organisations"
msgstr "期限切れの返事{1}件（{2}社）"

msgid "Every promise is in time."
msgstr "どの約束も期限内です。"

msgid "Due within {1}"
msgstr "{1}以内に期限"

msgid "contact: {1}; {2}"
msgstr "連絡先：{1}（{2}）"

msgid "contact: none recorded for {1}"
msgstr "連絡先：{1}の登録なし"

msgid "{1}  #{2} {3}: {4}"
msgstr "{1}  #{2} {3}：{4}"

msgid "{1}: {2} (reply {3}, {4}, on {5})"
msgstr "{1}：{2}（返事{3}、{4}、{5}）"

msgid "Nothing falls due within {1}."
msgstr "{1}以内に期限を迎える返事はありません。"

msgid "1 reply due within {1}"
msgstr "{1}以内に期限を迎える返事1件"

msgid "{1} replies due within {2}"
msgstr "{2}以内に期限を迎える返事{1}件"

msgid "1 reply already overdue: see ladder report overdue"
msgstr "1件の返事がすでに期限切れです。ladder report overdue で確認してください。"

msgid "{1} replies already overdue: see ladder report overdue"
msgstr "{1}件の返事がすでに期限切れです。ladder report overdue で確認してください。"

msgid "Replies due, as of {1}"
msgstr "期限の近い返事（{1}時点）"

msgid "Nothing to expect or to send."
msgstr "待つものも送るものもありません。"

msgid "No contact for 1 day or more"
msgstr "1日以上連絡なし"

msgid "No contact for {1} days or more"
msgstr "{1}日以上連絡なし"

msgid "silent {1}, on {2}"
msgstr "{1}連絡なし、{2}"

msgid "#{1} {2}: {3}"
msgstr "#{1} {2}：{3}"

msgid "No open case has been silent for 1 day."
msgstr "1日以上連絡の途絶えた対応中の案件はありません。"

msgid "No open case has been silent for {1} days."
msgstr "{1}日以上連絡の途絶えた対応中の案件はありません。"

msgid "1 case silent for 1 day or more"
msgstr "1日以上連絡のない案件1件"

msgid "1 case silent for {1} days or more"
msgstr "{1}日以上連絡のない案件1件"

msgid "{1} cases silent for 1 day or more"
msgstr "1日以上連絡のない案件{1}件"

msgid "{1} cases silent for {2} days or more"
msgstr "{2}日以上連絡のない案件{1}件"

msgid "Stale cases, as of {1}"
msgstr "連絡の途絶えた案件（{1}時点）"

msgid "Every open case has heard something lately."
msgstr "対応中の案件には、どれも最近連絡があります。"

msgid "Organisation"
msgstr "相手先"

msgid "Cases"
msgstr "案件"

msgid "Open"
msgstr "対応中"

msgid "Kept"
msgstr "期限内"

msgid "Late"
msgstr "遅延"

msgid "Broken"
msgstr "不履行"

msgid "Overdue"
msgstr "期限切れ"

msgid "Median reply"
msgstr "返事の中央値"

msgid "Top rung"
msgstr "最上段"

msgid "Hold (min)"
msgstr "保留(分)"

msgid "1 case ({1} open), top rung {2}"
msgstr "案件1件（対応中{1}件）、最上段：{2}"

msgid "{1} cases ({2} open), top rung {3}"
msgstr "案件{1}件（対応中{2}件）、最上段：{3}"

msgid "their promises: {1} kept, {2} late, {3} broken; {4} pending ({5} overdue)"
msgstr "先方の約束：期限内{1}、遅延{2}、不履行{3}、返事待ち{4}（うち期限切れ{5}）"

msgid "median reply: {1}; on hold: {2} min"
msgstr "返事までの中央値：{1}、保留：{2}分"

msgid "Promises are the replies they owe. Median reply: from promise to reply, over those that came."
msgstr "約束とは、先方が返すと言った返事のことです。返事の中央値は、返事が来たものについて、約束から返事までにかかった時間の中央値です。"

msgid "Scorecard, as of {1}"
msgstr "成績表（{1}時点）"

msgid "By organisation"
msgstr "相手先別"

msgid "No cases yet."
msgstr "案件はまだありません。"

# ---- (reports section end) ----

# ==== Documents: timeline, brief, write-up, calendar (Sources/LadderCore/Documents) ====

# ---- (documents section end) ----

# ==== Command line (Sources/ladder) ====

msgid "Added case {1}: {2} ({3}, {4})"
msgstr "案件{1}を登録しました：{2}（{3}、{4}）"

# ---- (command line section end) ----

# ==== Front end (Sources/LadderTUI) ====

# ---- (front end section end) ----
"""#
}
