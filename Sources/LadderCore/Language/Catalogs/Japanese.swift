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

msgid "Esc again throws away what you typed; Ctrl-S saves it"
msgstr "もう一度 Esc を押すと入力した内容を破棄します。保存するには Ctrl-S を押してください。"

msgid "paste into a text field (Tab to one)"
msgstr "貼り付けは文字を入力する欄にしてください（Tab で移動できます）。"

msgid "press Esc, then x to reopen it"
msgstr "Esc で戻り、x で再開してください。"

msgid "saving..."
msgstr "保存中..."

msgid "Enter on the last field or Ctrl-S saves; Esc cancels"
msgstr "最後の欄で Enter、または Ctrl-S で保存します。Esc で取り消します。"

msgid "when it happened: now, -30m, 15:00, yesterday 15:00, 2026-07-15 15:00"
msgstr "いつのことか。空欄なら今です。例：30分前、15:00、昨日15時、7月15日 15:00"

msgid "New case"
msgstr "新しい案件"

msgid "Title"
msgstr "件名"

msgid "e.g. Mail from two handsets bounces"
msgstr "例：2台の端末からのメールが届かない"

msgid "what is wrong, in a few words"
msgstr "何が問題かを短く"

msgid "Organisation"
msgstr "相手先"

msgid "e.g. Example Mobile"
msgstr "例：サンプルモバイル"

msgid "the company"
msgstr "相手の会社や機関"

msgid "Rung"
msgstr "窓口"

msgid "the rung it starts on: Left/Right or the first letter"
msgstr "最初の窓口です。Left/Right か、英語名の頭文字（s c t e r）で選びます。"

msgid "Refs"
msgstr "参照番号"

msgid "(optional) e.g. A-123, 456"
msgstr "（任意）例：A-123、456"

msgid "their customer, ticket or case numbers, separated by commas"
msgstr "先方の顧客番号・受付番号・問い合わせ番号など。「,」か「、」で区切ります。"

msgid "Tags"
msgstr "タグ"

msgid "(optional) e.g. mail, handset"
msgstr "（任意）例：メール、端末"

msgid "tags, separated by commas"
msgstr "タグです。「,」か「、」で区切ります。"

msgid "Note"
msgstr "メモ"

msgid "anything to remember from the start"
msgstr "最初に残しておきたいこと"

msgid "Started"
msgstr "開始"

msgid "now"
msgstr "今"

msgid "Awaiting"
msgstr "返答待ち"

msgid "(optional) a reply they owe you"
msgstr "（任意）先方からの返答"

msgid "a reply they promised, e.g. call back with a fix"
msgstr "先方が約束した返答。例：直し方を折り返し電話で連絡"

msgid "Due"
msgstr "期限"

msgid "(optional) default: the rung's window"
msgstr "（任意）空欄なら窓口の標準の期間"

msgid "when it is due: 17:00, tomorrow, fri, 2h, eod, 2 business days"
msgstr "期限です。例：17:00、明日、金曜、2時間後、2営業日"

msgid "Log a contact on case {1}"
msgstr "案件{1}の連絡を記録"

msgid "Via"
msgstr "手段"

msgid "how: Left/Right or the first letter"
msgstr "連絡の手段です。Left/Right か、英語名の頭文字で選びます。"

msgid "Direction"
msgstr "種別"

msgid "I reached them"
msgstr "こちらから連絡"

msgid "they reached me"
msgstr "先方から連絡"

msgid "failed attempt"
msgstr "つながらなかった"

msgid "missed call"
msgstr "不在着信"

msgid "who reached whom, that my attempt failed, or that they tried and missed me (not an answer)"
msgstr "どちらから連絡したか、こちらの連絡がつながらなかったか、先方からの着信に出られなかったか（返答ではありません）。"

msgid "Failure"
msgstr "不通の理由"

msgid "why an attempt failed (only for a failed attempt)"
msgstr "つながらなかった理由（つながらなかったときだけ）"

msgid "With"
msgstr "相手"

msgid "(optional) person"
msgstr "（任意）担当者"

msgid "the person spoken to (redacted when published)"
msgstr "話した担当者（公開するときは伏せ字になります）"

msgid "Desk"
msgstr "部署"

msgid "(optional) desk or contact point"
msgstr "（任意）部署や窓口"

msgid "the desk; a configured contact point sets the contact's rung"
msgstr "部署です。設定した窓口の名前なら、その窓口の段階で記録します。"

msgid "Number"
msgstr "番号"

msgid "(optional) with a missed call"
msgstr "（任意）不在着信の番号"

msgid "the number they left"
msgstr "先方が残した番号"

msgid "Held"
msgstr "保留"

msgid "(optional) e.g. 40m"
msgstr "（任意）例：40m"

msgid "time on hold or waiting: 40m, 1h30m"
msgstr "保留や待ちの時間。例：40m、1h30m"

msgid "Took"
msgstr "所要時間"

msgid "(optional) e.g. 30m"
msgstr "（任意）例：30m"

msgid "how long it lasted: 30m"
msgstr "かかった時間。例：30m"

msgid "When"
msgstr "日時"

msgid "what was said; Ctrl-X writes it in $EDITOR"
msgstr "話した内容。Ctrl-X で $EDITOR を開いて書けます。"

msgid "Reason"
msgstr "理由"

msgid "e.g. no reply in 3 days"
msgstr "例：3日間返答がない"

msgid "why it moves"
msgstr "窓口を移る理由"

msgid "To"
msgstr "移る先"

msgid "the rung to move to: up, or back down"
msgstr "移る先の窓口です。上へ、または下へ戻します。"

msgid "Left open"
msgstr "残る返答"

msgid "keep open"
msgstr "そのまま残す"

msgid "carry to new rung"
msgstr "新しい窓口に引き継ぐ"

msgid "count broken"
msgstr "不履行とする"

msgid "{1} still open on {2}: keep, raise again on the new rung, or count as broken"
msgstr "{2}で{1}が未完了です。そのまま残すか、新しい窓口で改めて求めるか、不履行とするかを選びます。"

msgid "Move case {1} from {2}"
msgstr "案件{1}を{2}から移す"

msgid "Await a reply on case {1}"
msgstr "案件{1}：先方の返答を待つ"

msgid "Owe a reply on case {1}"
msgstr "案件{1}：こちらが返答する"

msgid "Owing"
msgstr "自分の返答"

msgid "e.g. call back with the fix"
msgstr "例：直し方を折り返し連絡"

msgid "e.g. send the logs"
msgstr "例：ログを送る"

msgid "what they promised"
msgstr "先方が約束したこと"

msgid "what you promised"
msgstr "自分が約束したこと"

msgid "Who"
msgstr "誰"

msgid "(optional) person or desk"
msgstr "（任意）担当者や部署"

msgid "who promised it, or to whom"
msgstr "約束した人、または約束した相手"

msgid "default: {1} on {2}"
msgstr "空欄なら{2}の標準：{1}"

msgid "17:00, tomorrow, fri, 2h, eod, 2 business days; empty for the rung's window"
msgstr "例：17:00、明日、金曜、2時間後、2営業日。空欄なら窓口の標準の期間です。"

msgid "Promised"
msgstr "約束の日時"

msgid "#{1} {2}: {3} ({4})"
msgstr "#{1} {2}：{3}（{4}）"

msgid "Clear a reply on case {1}"
msgstr "案件{1}：返答の結果を記録"

msgid "Reply"
msgstr "返答"

msgid "which promise: Left/Right"
msgstr "どの約束か（Left/Right で選びます）"

msgid "Outcome"
msgstr "結果"

msgid "came"
msgstr "届いた"

msgid "broken"
msgstr "不履行"

msgid "came: kept or late by its due time; broken: they will not do it"
msgstr "届いた：期限どおり、または遅れて届いた。不履行：先方は対応しない。"

msgid "what came, or why it is broken"
msgstr "届いた内容、または不履行の理由"

msgid "Note on case {1}"
msgstr "案件{1}にメモ"

msgid "anything worth keeping; Ctrl-X writes it in $EDITOR"
msgstr "残しておきたいこと。Ctrl-X で $EDITOR を開いて書けます。"

msgid "Close case {1}"
msgstr "案件{1}をクローズ"

msgid "resolved, partly resolved, abandoned, or taken to a regulator"
msgstr "解決、一部解決、断念、行政・相談機関へ、のどれか"

msgid "how it ended"
msgstr "どう終わったか"

msgid "Owned up?"
msgstr "認めたか"

msgid "no"
msgstr "いいえ"

msgid "yes"
msgstr "はい"

msgid "apology test: did they acknowledge what happened?"
msgstr "謝罪テスト：起きたことを先方は認めましたか？"

msgid "Cause?"
msgstr "原因の説明"

msgid "apology test: did they explain why it happened?"
msgstr "謝罪テスト：なぜ起きたかを説明しましたか？"

msgid "My trouble?"
msgstr "迷惑への言及"

msgid "apology test: did they acknowledge the trouble it caused you?"
msgstr "謝罪テスト：こちらが被った迷惑を認めましたか？"

msgid "Promise"
msgstr "約束"

msgid "(none)"
msgstr "（なし）"

msgid "apology test: their concrete promise, what exactly; watched as a reply owed by them"
msgstr "謝罪テスト：先方の具体的な約束の中身。先方の返答として期限まで見守ります。"

msgid "By"
msgstr "期限"

msgid "(when)"
msgstr "（いつまで）"

msgid "when the promise is due, e.g. 2026-08-31, fri, 2 business days"
msgstr "約束の期限。例：2026-08-31、金曜、2営業日"

msgid "Still open"
msgstr "未完了の返答"

msgid "watch until due"
msgstr "期限まで見守る"

msgid "{1} still open: overdue ones count as broken; the rest are watched until due, or count all broken now"
msgstr "{1}が未完了です。期限切れのものは不履行とし、残りは期限まで見守るか、今すべて不履行とします。"

msgid "Reopen case {1}"
msgstr "案件{1}を再開"

msgid "why, e.g. the fault came back"
msgstr "理由。例：故障が再発した"

msgid "Undo on case {1}: {2} {3}"
msgstr "案件{1}の取り消し：{2} {3}"

msgid "Why"
msgstr "理由"

msgid "(optional)"
msgstr "（任意）"

msgid "this was its opening: undoing it withdraws the case; Ctrl-S to undo, Esc to keep it"
msgstr "これは案件の登録です。取り消すと案件を取り下げます。Ctrl-S で取り消し、Esc でそのままにします。"

msgid "Ctrl-S to undo it (the timeline keeps both), Esc to keep it"
msgstr "Ctrl-S で取り消し（履歴には両方が残ります）、Esc でそのままにします。"

msgid "Export case {1}"
msgstr "案件{1}を書き出す"

msgid "Format"
msgstr "形式"

msgid "markdown, html (one self-contained file), json, or ics (its pending replies for a calendar)"
msgstr "markdown、html（1つで完結したファイル）、json、ics（未完了の返答をカレンダーへ）のどれか"

msgid "Redact"
msgstr "伏せ字"

msgid "yes: staff names, e-mail addresses and phone numbers become placeholders"
msgstr "はい：担当者名、メールアドレス、電話番号を伏せ字にします。"

msgid "File"
msgstr "ファイル"

msgid "where to write it; an existing file is not overwritten"
msgstr "書き出し先です。すでにあるファイルは上書きしません。"

msgid "What you ask for on case {1}"
msgstr "案件{1}で求めること"

msgid "I ask for"
msgstr "求めること"

msgid "e.g. a refund of the two months and a written cause; Ctrl-X writes it in $EDITOR"
msgstr "例：2か月分の返金と、原因の書面での説明。Ctrl-X で $EDITOR を開いて書けます。"

msgid "Correct case {1}"
msgstr "案件{1}を修正"

msgid "Product"
msgstr "製品"

msgid "the product or service; empty for none"
msgstr "製品やサービス。なければ空欄"

msgid "separated by commas"
msgstr "「,」か「、」で区切ります"

msgid "cannot read \"{1}\" as a duration"
msgstr "「{1}」を時間の長さとして読めません。"

msgid "a due time needs a reply to go with it"
msgstr "期限には、待っている返答が必要です。"

msgid "write what they owe you, or empty the due time"
msgstr "先方からの返答を書くか、期限を空欄にしてください。"

msgid "Move"
msgstr "移動"

msgid "Act on the selected case"
msgstr "選んだ案件の操作"

msgid "Forms"
msgstr "フォーム"

msgid "Anywhere"
msgstr "どこでも"

msgid "next / previous case; scroll the detail pane"
msgstr "次／前の案件。詳細欄ではスクロール"

msgid "move"
msgstr "移動"

msgid "scroll"
msgstr "スクロール"

msgid "first / last case; top / bottom of the detail"
msgstr "最初／最後の案件。詳細欄では先頭／末尾"

msgid "a page down / up (also Ctrl-F / Ctrl-B)"
msgstr "1ページ下／上（Ctrl-F／Ctrl-B も）"

msgid "from the list to the detail pane"
msgstr "一覧から詳細欄へ"

msgid "detail"
msgstr "詳細"

msgid "from the detail pane back to the list"
msgstr "詳細欄から一覧へ戻る"

msgid "list"
msgstr "一覧"

msgid "filter by words; org: title: tag: rung: ref: narrow one"
msgstr "絞り込み。org: title: tag: rung: ref: で項目を限定"

msgid "filter"
msgstr "絞り込み"

msgid "clear the filter"
msgstr "絞り込みを解除"

msgid "show closed cases too, or open ones only"
msgstr "クローズ済みの案件も表示／対応中だけ表示"

msgid "open only"
msgstr "対応中のみ"

msgid "all"
msgstr "すべて"

msgid "today: what to call, chase, climb or send now"
msgstr "今日やること：電話、催促、エスカレーション、送付"

msgid "today"
msgstr "今日"

msgid "hide or show the detail beside the list (titles get the room)"
msgstr "一覧の横の詳細欄を隠す／表示する（件名が広くなります）"

msgid "sort by urgency, age, time on the rung or organisation"
msgstr "並べ替え：緊急度、登録日、窓口での滞在時間、相手先"

msgid "add a new case"
msgstr "案件を登録"

msgid "add a case"
msgstr "案件を登録"

msgid "add"
msgstr "登録"

msgid "log a contact or a failed attempt"
msgstr "連絡や、つながらなかった試みを記録"

msgid "log"
msgstr "記録"

msgid "escalate, or send back down"
msgstr "上の窓口へ移す（下へ戻すことも）"

msgid "escalate"
msgstr "窓口を移す"

msgid "await a reply they owe you"
msgstr "先方の返答を待つ"

msgid "await"
msgstr "返答待ち"

msgid "owe them a reply"
msgstr "こちらが返答する"

msgid "owe"
msgstr "自分の返答"

msgid "a reply came in, or a promise is broken: clear it"
msgstr "返答が届いた、または約束が破られた：結果を記録"

msgid "reply in"
msgstr "返答あり"

msgid "add a note"
msgstr "メモを追加"

msgid "note"
msgstr "メモ"

msgid "close the case, or reopen a closed one"
msgstr "案件をクローズ、またはクローズ済みを再開"

msgid "reopen"
msgstr "再開"

msgid "close"
msgstr "クローズ"

msgid "correct title, organisation, product, refs, tags"
msgstr "件名・相手先・製品・参照番号・タグを修正"

msgid "edit"
msgstr "修正"

msgid "undo its last change (the timeline keeps both)"
msgstr "最後の変更を取り消す（履歴には両方が残ります）"

msgid "its brief: what a new representative needs"
msgstr "経緯説明：新しい担当者に伝えること"

msgid "write what you ask for (the brief's request)"
msgstr "求めることを書く（経緯説明の最後の依頼）"

msgid "export it: markdown, html, json or ics, redacted if you like"
msgstr "書き出し：markdown、html、json、ics（伏せ字にもできます）"

msgid "copy its brief to the clipboard, to paste into a web form"
msgstr "経緯説明をクリップボードにコピー（ウェブフォームに貼り付ける用）"

msgid "copy its reference numbers (or the rung's phone number)"
msgstr "参照番号（なければ窓口の電話番号）をコピー"

msgid "call timer: start (on hold), they answered, hang up"
msgstr "通話タイマー：開始（保留中）、相手が出た、終話"

msgid "call"
msgstr "通話"

msgid "call>"
msgstr "通話中"

msgid "hang up now; then log the call with its times"
msgstr "すぐに終話し、時間つきで通話を記録"

msgid "next field (Enter on the last field saves)"
msgstr "次の欄（最後の欄で Enter を押すと保存）"

msgid "next"
msgstr "次へ"

msgid "next/save"
msgstr "次へ／保存"

msgid "previous field"
msgstr "前の欄"

msgid "previous"
msgstr "前へ"

msgid "change a choice; a letter jumps to it"
msgstr "選択を変える。英語名の頭文字でも選べます"

msgid "choose"
msgstr "選択"

msgid "the first / last choice"
msgstr "最初／最後の選択肢"

msgid "save"
msgstr "保存"

msgid "write a note or request in $EDITOR"
msgstr "メモや依頼を $EDITOR で書く"

msgid "cancel, nothing saved"
msgstr "取り消し（何も保存しません）"

msgid "cancel"
msgstr "取消"

msgid "start / end of the text (also Home End)"
msgstr "文頭／文末へ（Home End も）"

msgid "delete to the start / to the end / a word"
msgstr "文頭まで／文末まで／1語を削除"

msgid "put back what Ctrl-U, Ctrl-K or Ctrl-W deleted"
msgstr "Ctrl-U、Ctrl-K、Ctrl-W で消した文字を戻す"

msgid "a character back / forward"
msgstr "1文字戻る／進む"

msgid "delete the character before / under the cursor"
msgstr "カーソルの前／位置の1文字を削除"

msgid "this help"
msgstr "このヘルプ"

msgid "help"
msgstr "ヘルプ"

msgid "quit"
msgstr "終了"

msgid "quit at once"
msgstr "すぐに終了"

msgid "repaint the screen"
msgstr "画面を描き直す"

msgid "suspend; fg resumes"
msgstr "一時停止（fg で再開）"

msgid "keep the filter, back to the list"
msgstr "絞り込みを保って一覧へ"

msgid "keep"
msgstr "確定"

msgid "clear the filter, back to the list"
msgstr "絞り込みを解除して一覧へ"

msgid "clear"
msgstr "解除"

msgid "next / previous case while typing"
msgstr "入力しながら次／前の案件へ"

msgid "scroll the help"
msgstr "ヘルプをスクロール"

msgid "any other key"
msgstr "その他のキー"

msgid "back to the cases"
msgstr "案件の一覧へ戻る"

msgid "back"
msgstr "戻る"

msgid "scroll the brief"
msgstr "経緯説明をスクロール"

msgid "write what you ask for"
msgstr "求めることを書く"

msgid "what you ask for"
msgstr "求めること"

msgid "the next / previous thing to do"
msgstr "次／前のやること"

msgid "go to the case"
msgstr "その案件へ"

msgid "the case"
msgstr "案件へ"

msgid "go to the case and start the call timer"
msgstr "その案件へ移り、通話タイマーを開始"

msgid "Written to {1} ({2} kinds of text redacted)"
msgstr "{1}に書き出しました（{2}種類の情報を伏せ字にしました）。"

msgid "Written to {1}"
msgstr "{1}に書き出しました。"

msgid "not exported: {1}"
msgstr "書き出せませんでした：{1}"

msgid "Copied {1} ({2} characters) to the clipboard; a terminal without OSC 52 drops it: X writes a file"
msgstr "{1}をクリップボードにコピーしました（{2}文字）。OSC 52 に対応していない端末では届きません。X でファイルに書き出せます。"

msgid "config read again"
msgstr "設定を読み直しました。"

msgid "config not used: {1}"
msgstr "設定を使えませんでした：{1}"

msgid "case {1} cannot be read: {2}"
msgstr "案件{1}を読み込めません：{2}"

msgid "not saved: {1}"
msgstr "保存できませんでした：{1}"

msgid "Added case {1}: {2}"
msgstr "案件{1}を登録しました：{2}"

msgid "Case {1}: {2}"
msgstr "案件{1}：{2}"

msgid "pasted text ignored: open a form first (a adds a case, n a note) and paste into a field"
msgstr "貼り付けた文字は使いませんでした。先にフォームを開いて（a で案件を登録、n でメモ）、欄に貼り付けてください。"

msgid "urgency"
msgstr "緊急度"

msgid "age"
msgstr "登録日"

msgid "time on rung"
msgstr "窓口での滞在時間"

msgid "organisation"
msgstr "相手先"

msgid "{1} does nothing here; ? lists every key"
msgstr "{1} はここでは使えません。? ですべてのキーを表示します。"

msgid "a call on case {1} is running: q again quits and loses its times; C hangs up and logs it"
msgstr "案件{1}の通話タイマーが動いています。もう一度 q を押すと時間を記録せずに終了します。C で終話して記録します。"

msgid "sorted by {1}"
msgstr "並び順：{1}"

msgid "showing closed cases too"
msgstr "クローズ済みの案件も表示しています。"

msgid "showing open cases"
msgstr "対応中の案件を表示しています。"

msgid "select a case to call about first"
msgstr "先に通話する案件を選んでください。"

msgid "call on case {1} started: c when they answer, C to hang up"
msgstr "案件{1}の通話を開始しました。相手が出たら c、終話は C を押してください。"

msgid "case {1} is gone; the call was not logged"
msgstr "案件{1}が見つかりません。通話は記録していません。"

msgid "Log the call on case {1}"
msgstr "案件{1}の通話を記録"

msgid "no case selected; press a to add one"
msgstr "案件が選ばれていません。a で登録できます。"

msgid "case {1} is still being read; try again"
msgstr "案件{1}を読み込み中です。もう一度お試しください。"

msgid "case {1} was withdrawn (its opening was undone); nothing more can be recorded on it"
msgstr "案件{1}は取り下げ済みです（登録が取り消されました）。これ以上は記録できません。"

msgid "case {1} is {2}; press x to reopen it first"
msgstr "案件{1}は終了しています（{2}）。先に x で再開してください。"

msgid "case {1} has no open pending reply"
msgstr "案件{1}には未完了の返答がありません。"

msgid "case {1} has nothing to undo"
msgstr "案件{1}には取り消せる変更がありません。"

msgid "the brief of case {1}"
msgstr "案件{1}の経緯説明"

msgid "the reference numbers of case {1}"
msgstr "案件{1}の参照番号"

msgid "the {1}'s phone number"
msgstr "{1}の電話番号"

msgid "case {1} has no reference number, and no phone is configured for its rung"
msgstr "案件{1}には参照番号がなく、この窓口の電話番号も設定されていません。"

msgid "cancelled; nothing saved"
msgstr "取り消しました。何も保存していません。"

msgid "give the file to write, e.g. ~/case.md"
msgstr "書き出すファイルを指定してください。例：~/case.md"

msgid "Reading case {1}..."
msgstr "案件{1}を読み込み中..."

msgid "{1} characters as a web form counts them (ladder brief {2} --max-chars N fits a limit)"
msgstr "ウェブフォームの数え方で{1}文字（字数制限に収めるには ladder brief {2} --max-chars N）"

msgid "(No request yet: press R to write what you ask for.)"
msgstr "（求めることはまだ書かれていません。R で書けます。）"

msgid "Call now"
msgstr "今すぐ電話"

msgid "Climb"
msgstr "エスカレーション"

msgid "Chase when the line opens"
msgstr "受付開始後に催促"

msgid "I owe"
msgstr "自分の返答"

msgid "no contact point configured for the {1}"
msgstr "{1}の連絡先が設定されていません"

msgid "reply {1} {2}: {3}"
msgstr "返答{1}（{2}）：{3}"

msgid "Nothing to do now: no reply is late, nothing needs a climb, you owe nothing today."
msgstr "今やることはありません。遅れている返答も、エスカレーションが必要な案件も、今日が期限の自分の返答もありません。"

msgid "cannot create a file for the editor at {1}"
msgstr "エディター用のファイルを{1}に作れません。"

msgid "cannot start the editor \"{1}\""
msgstr "エディター「{1}」を起動できません。"

msgid "the editor \"{1}\" stopped with status {2}; nothing was recorded"
msgstr "エディター「{1}」が終了コード{2}で終わりました。何も記録していません。"

msgid "the text is empty; nothing was recorded"
msgstr "文章が空です。何も記録していません。"

msgid "check that TMPDIR can be written"
msgstr "TMPDIR に書き込めるか確かめてください。"

msgid "set EDITOR to one that exits 0 after saving, e.g. EDITOR=nano"
msgstr "保存後に終了コード0で終わるエディターを EDITOR に設定してください。例：EDITOR=nano"

msgid "write it in the editor and save, or give it on the command line"
msgstr "エディターで書いて保存するか、コマンドラインで指定してください。"

msgid "Lines starting with # are left out; an empty text records nothing."
msgstr "# で始まる行は含まれません。空のままなら何も記録しません。"

msgid "Refs: {1}"
msgstr "参照番号：{1}"

msgid "Tags: {1}"
msgstr "タグ：{1}"

msgid "age {1}"
msgstr "経過{1}"

msgid "on {1} {2}"
msgstr "{1}で{2}"

msgid "last contact {1} ago"
msgstr "最後の連絡から{1}"

msgid "last contact {1} before closing"
msgstr "最後の連絡はクローズの{1}前"

msgid "no contact yet"
msgstr "連絡なし"

msgid "Apology test: {1}"
msgstr "謝罪テスト：{1}"

msgid "I ask for: {1}"
msgstr "求めること：{1}"

msgid "Ladder"
msgstr "窓口の段階"

msgid "since {1}"
msgstr "{1}から"

msgid "Pending: none"
msgstr "未完了の返答：なし"

msgid "Pending ({1})"
msgstr "未完了の返答（{1}件）"

msgid "they owe: {1}"
msgstr "先方から：{1}"

msgid "I owe: {1}"
msgstr "自分から：{1}"

msgid ", due {1}"
msgstr "、期限 {1}"

msgid "Contact"
msgstr "連絡先"

msgid "^ CLIMB: {1}"
msgstr "^ エスカレーション：{1}"

msgid "Timeline ({1})"
msgstr "履歴（{1}件）"

msgid "CALL talking {1} (held {2}) - c or C: hang up"
msgstr "通話中 {1}（保留 {2}）- c か C で終話"

msgid "CALL on hold {1} - c: answered, C: hang up"
msgstr "保留中 {1} - c：相手が出た、C：終話"

msgid "Reading the list"
msgstr "一覧の見方"

msgid "!  OVERDUE"
msgstr "!  遅れ"

msgid "a promised reply is late (red where colours show)"
msgstr "約束の返答が遅れている（色が出る端末では赤）"

msgid "time to climb: a reply is long overdue, or no progress on this rung"
msgstr "エスカレーションの時期：返答が大幅に遅れているか、この窓口で進展がない"

msgid "shop, call centre, technical desk, executive, regulator; = rungs below"
msgstr "店舗、コールセンター、技術窓口、本社・相談室、行政・相談機関。= は通ってきた窓口"

msgid "MOVE"
msgstr "手番"

msgid "them: waiting on their reply; me: I owe something, or nothing is awaited"
msgstr "先方：先方の返答待ち。自分：こちらが返答するものがあるか、待っている返答がない"

msgid "{1}-{2} of {3} lines"
msgstr "{3}行中 {1}-{2}"

msgid "No cases yet."
msgstr "案件はまだありません。"

msgid "Press a to add your first case: who you are dealing with,"
msgstr "a で最初の案件を登録します。相手の会社、"

msgid "what is wrong, and the rung you are on (shop, call centre, ...)."
msgstr "何が問題か、今どの窓口か（店舗、コールセンターなど）を入力します。"

msgid "Press ? for every key, q to quit."
msgstr "? ですべてのキー、q で終了します。"

msgid "To look around first, quit and run: ladder demo"
msgstr "まず試すなら、終了して ladder demo を実行してください。"

msgid "ORG"
msgstr "相手先"

msgid "TITLE"
msgstr "件名"

msgid "RUNG"
msgstr "窓口"

msgid "NEXT REPLY"
msgstr "次の返答"

msgid "No open cases. Press A to show closed ones."
msgstr "対応中の案件はありません。A でクローズ済みも表示します。"

msgid "No case matches \"{1}\". Esc clears the filter."
msgstr "「{1}」に合う案件はありません。Esc で絞り込みを解除します。"

msgid "Loading..."
msgstr "読み込み中..."

msgid "S"
msgstr "店"

msgid "C"
msgstr "コ"

msgid "T"
msgstr "技"

msgid "E"
msgstr "本"

msgid "R"
msgstr "行"

msgid "open"
msgstr "対応中"

msgid "withdrawn"
msgstr "取り下げ"

msgid "Today"
msgstr "今日やること"

msgid "Brief of case {1}"
msgstr "案件{1}の経緯説明"

msgid "Terminal too small: {1}x{2}."
msgstr "端末が小さすぎます：{1}x{2}"

msgid "ladder needs at least {1}x{2}."
msgstr "ladder には{1}x{2}以上が必要です。"

msgid "Enlarge the window, or press q to quit."
msgstr "ウィンドウを広げるか、q で終了してください。"

msgid "{1} open"
msgstr "対応中{1}件"

msgid "{1} overdue"
msgstr "期限切れ{1}件"

msgid "filter: {1}"
msgstr "絞り込み：{1}"

msgid "+closed"
msgstr "+クローズ済み"

msgid "by {1}"
msgstr "並び：{1}"

msgid "{1} unreadable"
msgstr "読めないファイル{1}件"

msgid "{1}-{2} of {3}"
msgstr "{1}-{2}／{3}件"

msgid "CALL #{1} hold {2}"
msgstr "#{1} 保留中 {2}"

msgid "CALL #{1} talk {2}"
msgstr "#{1} 通話中 {2}"

msgid "No case matches the filter."
msgstr "絞り込みに合う案件はありません。"

msgid "filter /"
msgstr "絞り込み /"

msgid "{1}; org: title: tag: rung: ref:"
msgstr "{1}　org: title: tag: rung: ref: で項目を限定"

msgid "{1} exists; give another file name"
msgstr "{1}はすでにあります。別のファイル名を指定してください。"

msgid "cannot create {1}: {2}"
msgstr "{1}を作成できません：{2}"

msgid "cannot write {1}: {2}"
msgstr "{1}に書き込めません：{2}"

msgid "it is gone"
msgstr "ファイルがなくなっています"

msgid "ladder: error: cannot start the terminal (TERM={1}); try TERM=xterm-256color, or use ladder list"
msgstr "ladder: エラー: 端末を使えません（TERM={1}）。TERM=xterm-256color を試すか、ladder list を使ってください。"

# ---- (front end section end) ----
"""#
}
