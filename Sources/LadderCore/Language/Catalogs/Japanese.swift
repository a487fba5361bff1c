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

# ---- (documents section end) ----

# ==== Command line (Sources/ladder) ====

msgid "Added case {1}: {2} ({3}, {4})"
msgstr "案件{1}を登録しました：{2}（{3}、{4}）"

# ---- (command line section end) ----

# ==== Front end (Sources/LadderTUI) ====

# ---- (front end section end) ----
"""#
}
