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

# ==== Dates typed (Sources/LadderCore/Text/WhenMessages.swift) ====

msgid "cannot read \"{1}\" as a time"
msgstr "「{1}」は日時として読めません"

msgid "write e.g. {1}"
msgstr "例: {1}"

msgid "\"{1}\" is not a time of day"
msgstr "「{1}」は時刻ではありません"

msgid "\"{1}\" is read both as noon and as midnight"
msgstr "「{1}」は正午とも深夜0時とも読めます"

msgid "write 12時 for noon or 0時 for midnight"
msgstr "正午なら12時、深夜なら0時と書いてください"

msgid "\"{1}\" is not a date"
msgstr "「{1}」は日付ではありません"

msgid "write e.g. 2026-06-02 or 6/2 (month/day){1}"
msgstr "例: 2026-06-02、6/2（月/日）{1}"

msgid "no such time near now"
msgstr "現在に近い該当の日時がありません"

msgid "\"{1}\" is not a day of the week"
msgstr "「{1}」は曜日ではありません"

msgid "write e.g. 7月15日(水) or 2026-07-15 (wed)"
msgstr "例: 7月15日(水)、2026-07-15 (wed)"

msgid "\"{1}\": {2} is a {3} ({4}), not the day written"
msgstr "「{1}」: {2} は{4}曜日で、書かれた曜日と違います"

msgid "correct the date or the day of the week, or leave the day out"
msgstr "日付か曜日を直すか、曜日を省いてください"

msgid "\"{1}\" is business time, which only a due time counts"
msgstr "「{1}」は営業時間での長さで、期限にしか使えません"

msgid "write when it happened, e.g. {1}"
msgstr "起きた日時を書いてください。例: {1}"

msgid ", or business time: 2 business days, 8bh, 3営業日"
msgstr "、営業時間なら 3営業日, 2 business days, 8bh"

msgid "\"{1}\" is more than a century away"
msgstr "「{1}」は100年以上先（または前）です"

# ---- (dates section end) ----

# ==== Core: model, actions, store, config (Sources/LadderCore) ====

# ---- (core section end) ----

# ==== Reports (Sources/LadderCore/Reports) ====

# ---- (reports section end) ----

# ==== Documents: timeline, brief, write-up, calendar (Sources/LadderCore/Documents) ====

msgid "the title, references and request alone take {1} characters; the form allows {2}"
msgstr "件名・受付番号・ご依頼事項だけで{1}文字になり、フォームの上限{2}文字に収まりません"

msgid "shorten the request (ladder ask {1} \"...\") or give a larger limit"
msgstr "依頼事項を短くする（ladder ask {1} \"...\"）か、上限を大きくしてください"

msgid "ladder replies"
msgstr "ladder 回答期限"

msgid "Reply due: {1} ({2}) - case {3}, {4}"
msgstr "回答期限：{1}（{2}）- 案件{3}、{4}"

msgid "Reply due: {1} - case {2}, {3}"
msgstr "回答期限：{1} - 案件{2}、{3}"

msgid "I owe: {1} ({2}) - case {3}, {4}"
msgstr "自分の対応期限：{1}（{2}）- 案件{3}、{4}"

msgid "I owe: {1} - case {2}, {3}"
msgstr "自分の対応期限：{1} - 案件{2}、{3}"

msgid "Case {1}: {2}"
msgstr "案件{1}：{2}"

msgid "{1}, on {2} when promised"
msgstr "{1}（約束したときの窓口：{2}）"

msgid "They promised it; if it does not come, the next step is in ladder report overdue."
msgstr "先方が約束した回答です。届かないときの次の手は ladder report overdue で確認できます。"

msgid "You promised it."
msgstr "自分が約束した対応です。"

msgid "open"
msgstr "対応中"

msgid "withdrawn"
msgstr "取り下げ"

msgid "kept"
msgstr "期限内"

msgid "late"
msgstr "期限後"

msgid "broken"
msgstr "不履行"

msgid "[undone] {1}"
msgstr "［取消済］{1}"

msgid "opened on {1}: {2} ({3})"
msgstr "{1}で開始：{2}（{3}）"

msgid "escalated {1} -> {2}"
msgstr "{1}から{2}へエスカレーション"

msgid "sent back {1} -> {2}"
msgstr "{1}から{2}へ差し戻し"

msgid "awaiting {1}: {2}{3}, due {4}"
msgstr "回答待ち {1}：{2}{3}、期限 {4}"

msgid "owing {1}: {2}{3}, due {4}"
msgstr "要対応 {1}：{2}{3}、期限 {4}"

msgid "a reply"
msgstr "回答"

msgid "cleared"
msgstr "済み"

msgid "cleared {1}: {2}"
msgstr "{1}の結果：{2}"

msgid "note"
msgstr "メモ"

msgid "title \"{1}\""
msgstr "件名「{1}」"

msgid "organisation \"{1}\""
msgstr "会社「{1}」"

msgid "product removed"
msgstr "製品名を削除"

msgid "product \"{1}\""
msgstr "製品名「{1}」"

msgid "refs [{1}]"
msgstr "受付番号［{1}］"

msgid "tags [{1}]"
msgstr "タグ［{1}］"

msgid "corrected {1}"
msgstr "訂正：{1}"

msgid "closed: {1}"
msgstr "終了：{1}"

msgid "reopened"
msgstr "再開"

msgid "apology test: {1}"
msgstr "謝罪の評価：{1}"

msgid "I ask for: {1}"
msgstr "依頼事項：{1}"

msgid "I ask for:"
msgstr "依頼事項："

msgid "undid an event"
msgstr "記録を取り消し"

msgid "undid: {1}"
msgstr "取り消し：{1}"

msgid "{1} to {2}"
msgstr "{2}へ{1}"

msgid "{1} from {2}"
msgstr "{2}から{1}"

msgid "{1} to {2} FAILED ({3})"
msgstr "{2}への{1}がつながらず（{3}）"

msgid "{1} to {2} FAILED"
msgstr "{2}への{1}がつながらず"

msgid "MISSED {1} from {2}, left {3}"
msgstr "{2}からの{1}に出られず（折り返し先 {3}）"

msgid "MISSED {1} from {2}"
msgstr "{2}からの{1}に出られず"

msgid "with {1}"
msgstr "相手：{1}"

msgid "held {1}"
msgstr "保留{1}"

msgid "took {1}"
msgstr "所要{1}"

msgid "{1} kept"
msgstr "期限内{1}件"

msgid "{1} late"
msgstr "期限後{1}件"

msgid "{1} broken"
msgstr "不履行{1}件"

msgid "Their promises: {1}"
msgstr "先方の約束：{1}"

msgid "My promises: {1}"
msgstr "自分の約束：{1}"

msgid "Their promises: {1}; mine: {2}"
msgstr "先方の約束：{1}／自分の約束：{2}"

msgid "# Case {1}: {2}"
msgstr "# 案件{1}：{2}"

msgid "- **Organisation:** {1}"
msgstr "- **会社：** {1}"

msgid "- **References:** {1}"
msgstr "- **受付番号：** {1}"

msgid "- **Opened:** {1}; **status:** {2}{3}; **rung now:** {4}"
msgstr "- **開始：** {1}、**状況：** {2}{3}、**現在の窓口：** {4}"

msgid "- **I ask for:** {1}"
msgstr "- **依頼事項：** {1}"

msgid "- Written {1} by ladder."
msgstr "- {1}に ladder で作成しました。"

msgid "now"
msgstr "現在"

msgid "## The ladder"
msgstr "## 窓口ごとの経過"

msgid "| rung | from | until | time |"
msgstr "| 窓口 | 開始 | 終了 | 期間 |"

msgid "## Contacts"
msgstr "## やり取り"

msgid "None yet."
msgstr "まだありません。"

msgid "| when | how | rung | with | on hold | took | what was said |"
msgstr "| 日時 | 方法 | 窓口 | 相手 | 保留 | 所要 | 内容 |"

msgid "## Promises"
msgstr "## 約束"

msgid "None."
msgstr "ありません。"

msgid "| # | what | owed by | who | made | due | outcome |"
msgstr "| # | 内容 | 約束した側 | 担当 | 約束した日時 | 期限 | 結果 |"

msgid "## Timeline"
msgstr "## 経過記録"

msgid "Organisation"
msgstr "会社"

msgid "References"
msgstr "受付番号"

msgid "Opened"
msgstr "開始"

msgid "{1}; status {2}{3}; rung now {4}"
msgstr "{1}、状況：{2}{3}、現在の窓口：{4}"

msgid "I ask for"
msgstr "依頼事項"

msgid "Written {1} by ladder."
msgstr "{1}に ladder で作成しました。"

msgid "The ladder"
msgstr "窓口ごとの経過"

msgid "rung"
msgstr "窓口"

msgid "from"
msgstr "開始"

msgid "until"
msgstr "終了"

msgid "time"
msgstr "期間"

msgid "Contacts"
msgstr "やり取り"

msgid "when"
msgstr "日時"

msgid "how"
msgstr "方法"

msgid "with"
msgstr "相手"

msgid "on hold"
msgstr "保留"

msgid "took"
msgstr "所要"

msgid "what was said"
msgstr "内容"

msgid "Promises"
msgstr "約束"

msgid "what"
msgstr "内容"

msgid "owed by"
msgstr "約束した側"

msgid "who"
msgstr "担当"

msgid "made"
msgstr "約束した日時"

msgid "due"
msgstr "期限"

msgid "outcome"
msgstr "結果"

msgid "Timeline"
msgstr "経過記録"

msgid "age"
msgstr "経過"

msgid "contacts"
msgstr "やり取り"

msgid "failed attempts"
msgstr "不通"

msgid "missed calls"
msgstr "不在着信"

msgid "time on hold"
msgstr "保留時間"

msgid "their promises kept"
msgstr "先方の約束（期限内）"

msgid "their promises late"
msgstr "先方の約束（期限後）"

msgid "their promises broken"
msgstr "先方の約束（不履行）"

msgid "overdue {1}"
msgstr "{1}超過"

msgid "Agent {1}"
msgstr "担当者{1}"

msgid "[email {1}]"
msgstr "[メールアドレス{1}]"

msgid "[phone {1}]"
msgstr "[電話番号{1}]"

msgid "{1} is too few for a brief"
msgstr "{1}文字では依頼文が収まりません"

msgid "write e.g. --max-chars 400"
msgstr "例: --max-chars 400 と書いてください"

msgid "ladder: note: no request yet; add what you ask for with: ladder ask {1} \"...\" (or --edit)"
msgstr "ladder: お知らせ：依頼事項がまだありません。ladder ask {1} \"...\"（または --edit）で追加してください"

msgid "{1} goes with --redact"
msgstr "{1} は --redact と一緒に使います"

msgid "write e.g. ladder export 3 --format html --redact {1}"
msgstr "例: ladder export 3 --format html --redact {1} と書いてください"

msgid "give --format or --ics, not both"
msgstr "--format か --ics のどちらか一方を指定してください"

msgid "a write-up is of one case"
msgstr "報告書は1件の案件について作ります"

msgid "write e.g. ladder export 3 --format html > case-3.html"
msgstr "例: ladder export 3 --format html > case-3.html と書いてください"

msgid "say what to export"
msgstr "何を書き出すか指定してください"

msgid "write e.g. ladder export 3 --format markdown, or ladder export --ics > replies.ics"
msgstr "例: ladder export 3 --format markdown、または ladder export --ics > replies.ics と書いてください"

msgid "--redact goes with --format"
msgstr "--redact は --format と一緒に使います"

msgid "redacted: \"{1}\" -> {2} (1 time)"
msgstr "伏せ字：「{1}」→ {2}（1か所）"

msgid "redacted: \"{1}\" -> {2} ({3} times)"
msgstr "伏せ字：「{1}」→ {2}（{3}か所）"

msgid "redacted: nothing (no staff names, e-mail addresses or phone numbers found)"
msgstr "伏せ字：なし（担当者名、メールアドレス、電話番号は見つかりませんでした）"

msgid "possible name, kept: \"{1}\" in \"…{2}…\" (1 time); to redact it: --redact-also {3}"
msgstr "名前かもしれない語をそのまま残しました：「{1}」（「…{2}…」、1か所）。伏せるには --redact-also {3}"

msgid "possible name, kept: \"{1}\" in \"…{2}…\" ({3} times); to redact it: --redact-also {4}"
msgstr "名前かもしれない語をそのまま残しました：「{1}」（「…{2}…」、{3}か所）。伏せるには --redact-also {4}"

# ---- (documents section end) ----

# ==== Command line (Sources/ladder) ====

msgid "Added case {1}: {2} ({3}, {4})"
msgstr "案件{1}を登録しました：{2}（{3}、{4}）"

# ---- (command line section end) ----

# ==== Front end (Sources/LadderTUI) ====

# ---- (front end section end) ----
"""#
}
