<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cause:      </source>
        <translation>原因:       </translation>
    </message>
    <message>
        <source>            </source>
        <translation>            </translation>
    </message>
    <message>
        <source>Reason:     </source>
        <translation>理由:       </translation>
    </message>
    <message>
        <source>Codes:      </source>
        <translation>コード:     </translation>
    </message>
    <message>
        <source>Confidence: </source>
        <translation>確信度:     </translation>
    </message>
    <message>
        <source>Format:     </source>
        <translation>形式:       </translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>受信者:</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>（見つかりません）</translation>
    </message>
    <message>
        <source>remote server: </source>
        <translation>リモートサーバー: </translation>
    </message>
    <message>
        <source>at: </source>
        <translation>場所: </translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>事実:</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>Read bounce messages and name the cause of each failure.</source>
        <translation>バウンス（配信不能通知）を読み込み、各配信失敗の原因を示します。</translation>
    </message>
    <message>
        <source>One JSON object per input, one per line.</source>
        <translation>入力ごとに 1 つの JSON オブジェクトを 1 行ずつ出力します。</translation>
    </message>
    <message>
        <source>Bounce files (.eml or text); none or '-' reads standard input.</source>
        <translation>バウンスファイル（.eml またはテキスト）。指定なしまたは '-' の場合は標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>エラー: </translation>
    </message>
</context>
<context>
    <name>AresResolver</name>
    <message>
        <source>could not set up the DNS resolver: %1</source>
        <translation>DNS リゾルバーを設定できませんでした: %1</translation>
    </message>
    <message>
        <source>could not use the DNS servers %1: %2</source>
        <translation>DNS サーバー %1 を使用できませんでした: %2</translation>
    </message>
    <message>
        <source>CNAME loop: %1</source>
        <translation>CNAME のループ: %1</translation>
    </message>
    <message>
        <source>the DNS server answered with error code %1</source>
        <translation>DNS サーバーがエラーコード %1 を返しました</translation>
    </message>
    <message numerus="yes">
        <source>CNAME chain longer than %n aliases</source>
        <translation>
            <numerusform>CNAME チェーンが %n 個のエイリアスを超えています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthCheckJob</name>
    <message>
        <source>No DNS resolver is available.</source>
        <translation>使用できる DNS リゾルバーがありません。</translation>
    </message>
    <message>
        <source>The DNS query for %1 (%2) failed: %3.</source>
        <translation>%1 (%2) の DNS クエリに失敗しました: %3。</translation>
    </message>
    <message>
        <source>This says nothing about the record itself; try again, or use another DNS server (--dns-server).</source>
        <translation>これはレコード自体の問題を示すものではありません。もう一度試すか、別の DNS サーバーを使用してください（--dns-server）。</translation>
    </message>
</context>
<context>
    <name>AuthKnowledge</name>
    <message>
        <source>Knowledge file %1 is missing from this build.</source>
        <translation>ナレッジファイル %1 がこのビルドに含まれていません。</translation>
    </message>
    <message>
        <source>Knowledge file %1 is not valid JSON at offset %2: %3.</source>
        <translation>ナレッジファイル %1 はオフセット %2 で有効な JSON ではありません: %3。</translation>
    </message>
    <message>
        <source>Knowledge file %1 must hold a JSON object.</source>
        <translation>ナレッジファイル %1 には JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>Knowledge file %1, entry %2: %3</source>
        <translation>ナレッジファイル %1、エントリ %2: %3</translation>
    </message>
</context>
<context>
    <name>Blocklist</name>
    <message>
        <source>%1: entry "%2": %3</source>
        <translation>%1: エントリ「%2」: %3</translation>
    </message>
    <message>
        <source>Cannot read the blocklist catalogue %1: %2</source>
        <translation>ブロックリストカタログ %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: オフセット %2 で有効な JSON ではありません: %3</translation>
    </message>
    <message>
        <source>%1 (%2) for %3</source>
        <translation>%3 について %1 (%2)</translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation>掲載あり: %1</translation>
    </message>
    <message>
        <source>Delisting page: %1</source>
        <translation>掲載解除ページ: %1</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>掲載なし</translation>
    </message>
    <message>
        <source>Not listed (%1)</source>
        <translation>掲載なし（%1）</translation>
    </message>
    <message>
        <source>Couldn't check: %1</source>
        <translation>確認できませんでした: %1</translation>
    </message>
    <message>
        <source>How this list treats resolvers: %1</source>
        <translation>このリストのリゾルバーの扱い: %1</translation>
    </message>
    <message>
        <source>Spamhaus Block List: a known spam source or spam operation</source>
        <translation>Spamhaus Block List: 既知のスパム送信元またはスパム業者</translation>
    </message>
    <message>
        <source>Spamhaus CSS: the IP recently sent low-reputation or snowshoe mail</source>
        <translation>Spamhaus CSS: この IP は最近、評価の低いメールまたはスノーシュー型スパムを送信しました</translation>
    </message>
    <message>
        <source>Exploits Block List: the IP is infected or hijacked (botnet, open proxy)</source>
        <translation>Exploits Block List: この IP は感染しているか乗っ取られています（ボットネット、オープンプロキシ）</translation>
    </message>
    <message>
        <source>Exploits Block List: the IP is infected or hijacked</source>
        <translation>Exploits Block List: この IP は感染しているか乗っ取られています</translation>
    </message>
    <message>
        <source>Don't Route Or Peer: the whole network is controlled by criminals</source>
        <translation>Don't Route Or Peer: ネットワーク全体が犯罪者に管理されています</translation>
    </message>
    <message>
        <source>Policy Block List (set by the ISP): this address should not send mail directly, use your provider's mail server</source>
        <translation>Policy Block List（ISP による設定）: このアドレスからは直接メールを送信せず、プロバイダーのメールサーバーを使用してください</translation>
    </message>
    <message>
        <source>Policy Block List (set by Spamhaus): a dynamic or end-user address that should not send mail directly</source>
        <translation>Policy Block List（Spamhaus による設定）: 直接メールを送信すべきでない動的アドレスまたはエンドユーザーのアドレスです</translation>
    </message>
    <message>
        <source>the zone name in the query was mistyped</source>
        <translation>クエリ内のゾーン名が誤っています</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries coming through a public or open resolver</source>
        <translation>Spamhaus は公開リゾルバーまたはオープンリゾルバー経由のクエリを拒否します</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries: too many queries from this resolver</source>
        <translation>Spamhaus がクエリを拒否しました: このリゾルバーからのクエリが多すぎます</translation>
    </message>
    <message>
        <source>Look the IP up at check.spamhaus.org. SBL and CSS: fix the cause (compromised account, bad list) and request removal there. XBL: clean the infected machine first, then use the self-service removal. PBL: send through your provider's authenticated mail server, or ask your ISP to remove the range if it is a static mail server.</source>
        <translation>check.spamhaus.org で IP を調べてください。SBL と CSS: 原因（侵害されたアカウント、不適切なリスト）を解消し、そこで削除を申請してください。XBL: まず感染したマシンを駆除してから、セルフサービスの削除を利用してください。PBL: プロバイダーの認証付きメールサーバー経由で送信するか、静的なメールサーバーであれば ISP にその範囲の削除を依頼してください。</translation>
    </message>
    <message>
        <source>refused: answers 127.255.255.254 through Google, Cloudflare, Quad9 and other public resolvers; use your own recursive resolver or a free Data Query Service key</source>
        <translation>拒否: Google、Cloudflare、Quad9 などの公開リゾルバー経由では 127.255.255.254 を返します。自前の再帰リゾルバーか、無料の Data Query Service キーを使用してください</translation>
    </message>
    <message>
        <source>spam domain: low reputation</source>
        <translation>スパムドメイン: 評価が低い</translation>
    </message>
    <message>
        <source>phishing domain</source>
        <translation>フィッシングドメイン</translation>
    </message>
    <message>
        <source>malware domain</source>
        <translation>マルウェアドメイン</translation>
    </message>
    <message>
        <source>botnet command-and-control domain</source>
        <translation>ボットネットの C&amp;C（指令）ドメイン</translation>
    </message>
    <message>
        <source>abused legitimate domain used for spam</source>
        <translation>スパムに悪用された正規ドメイン</translation>
    </message>
    <message>
        <source>abused legitimate redirector or URL shortener</source>
        <translation>悪用された正規のリダイレクターまたは URL 短縮サービス</translation>
    </message>
    <message>
        <source>abused legitimate domain used for phishing</source>
        <translation>フィッシングに悪用された正規ドメイン</translation>
    </message>
    <message>
        <source>abused legitimate domain used for malware</source>
        <translation>マルウェアに悪用された正規ドメイン</translation>
    </message>
    <message>
        <source>abused legitimate domain used for botnet control</source>
        <translation>ボットネットの制御に悪用された正規ドメイン</translation>
    </message>
    <message>
        <source>an IP address was queried in a domain list</source>
        <translation>ドメインリストで IP アドレスが照会されました</translation>
    </message>
    <message>
        <source>Look the domain up at check.spamhaus.org, remove whatever got it listed (compromised site, spam links, abused redirector) and request removal there.</source>
        <translation>check.spamhaus.org でドメインを調べ、掲載の原因（侵害されたサイト、スパムのリンク、悪用されたリダイレクター）を取り除いてから、そこで削除を申請してください。</translation>
    </message>
    <message>
        <source>refused: answers 127.255.255.254 through public resolvers</source>
        <translation>拒否: 公開リゾルバー経由では 127.255.255.254 を返します</translation>
    </message>
    <message>
        <source>people reported spam from this IP to SpamCop recently</source>
        <translation>最近、この IP からのスパムが SpamCop に報告されました</translation>
    </message>
    <message>
        <source>SpamCop listings expire by themselves about 24 hours after the last report. Find and stop what sends the reported mail (look at the TXT reason and your logs), then wait.</source>
        <translation>SpamCop の掲載は最後の報告から約 24 時間で自動的に解除されます。報告されたメールの送信元を特定して止め（TXT の理由とログを確認してください）、その後お待ちください。</translation>
    </message>
    <message>
        <source>answers public resolvers</source>
        <translation>公開リゾルバーにも応答します</translation>
    </message>
    <message>
        <source>poor reputation in Barracuda's network (spam seen from this IP)</source>
        <translation>Barracuda のネットワークでの評価が低い（この IP からのスパムを確認）</translation>
    </message>
    <message>
        <source>Fix the cause (open relay, compromised account, bad list), then fill in the removal request form; removals are usually handled within 24 hours.</source>
        <translation>原因（オープンリレー、侵害されたアカウント、不適切なリスト）を解消してから、削除申請フォームに記入してください。削除は通常 24 時間以内に処理されます。</translation>
    </message>
    <message>
        <source>answers only DNS servers registered (free) at barracudacentral.org; others get no data</source>
        <translation>barracudacentral.org に（無料で）登録した DNS サーバーにのみ応答します。それ以外にはデータを返しません</translation>
    </message>
    <message>
        <source>this single IP sent mail to UCEPROTECT spam traps</source>
        <translation>この単一の IP が UCEPROTECT のスパムトラップにメールを送信しました</translation>
    </message>
    <message>
        <source>Level 1 entries expire automatically 7 days after the last spam-trap hit (an express removal is sold). Stop the spam first.</source>
        <translation>Level 1 の掲載は、最後にスパムトラップに届いてから 7 日後に自動的に解除されます（有料の即時削除もあります）。まずスパムを止めてください。</translation>
    </message>
    <message>
        <source>answers public resolvers, with rate limits</source>
        <translation>公開リゾルバーにも応答します（レート制限あり）</translation>
    </message>
    <message>
        <source>the IP's allocation (subnet) had many Level 1 listings</source>
        <translation>この IP の割り当て範囲（サブネット）に Level 1 の掲載が多数ありました</translation>
    </message>
    <message>
        <source>Level 2 lists your provider's network, not you: ask your hosting provider to deal with the abuse in its range; it expires when the Level 1 listings do.</source>
        <translation>Level 2 はお使いのプロバイダーのネットワークを掲載するもので、あなた個人ではありません。ホスティングプロバイダーに、その範囲内の不正利用に対処するよう依頼してください。Level 1 の掲載が解除されると、これも解除されます。</translation>
    </message>
    <message>
        <source>the whole autonomous system (provider) had many Level 1 listings</source>
        <translation>自律システム（プロバイダー）全体に Level 1 の掲載が多数ありました</translation>
    </message>
    <message>
        <source>Level 3 lists your provider's whole network; few big receivers use it. Only your provider can get it removed.</source>
        <translation>Level 3 はプロバイダーのネットワーク全体を掲載します。これを利用している大手の受信側はわずかです。削除できるのはプロバイダーだけです。</translation>
    </message>
    <message>
        <source>this IP sends backscatter: bounces or auto-replies to forged senders</source>
        <translation>この IP はバックスキャッターを送信しています: 偽装された送信者へのバウンスや自動返信</translation>
    </message>
    <message>
        <source>Reject unknown recipients during the SMTP dialogue instead of bouncing afterwards, and stop auto-replies to spam; entries expire after four weeks without backscatter.</source>
        <translation>バウンスを後から送るのではなく、SMTP 対話中に存在しない受信者を拒否し、スパムへの自動返信を止めてください。バックスキャッターがない状態が 4 週間続くと掲載は解除されます。</translation>
    </message>
    <message>
        <source>this IP sent mail to PSBL spam traps and no legitimate mail was seen</source>
        <translation>この IP は PSBL のスパムトラップにメールを送信し、正当なメールは確認されていません</translation>
    </message>
    <message>
        <source>Look the IP up at psbl.org and use the self-service removal after fixing the spam source.</source>
        <translation>スパムの送信元を解消してから、psbl.org で IP を調べ、セルフサービスの削除を利用してください。</translation>
    </message>
    <message>
        <source>zero-hour: part of a spam wave right now</source>
        <translation>ゼロアワー: 現在進行中のスパムの波の一部です</translation>
    </message>
    <message>
        <source>worst reputation (L5)</source>
        <translation>最悪の評価（L5）</translation>
    </message>
    <message>
        <source>very bad reputation (L4)</source>
        <translation>非常に悪い評価（L4）</translation>
    </message>
    <message>
        <source>bad reputation (L3)</source>
        <translation>悪い評価（L3）</translation>
    </message>
    <message>
        <source>Fix the source of the spam, then request a reputation review on mailspike.org; reviews take 6 to 36 hours.</source>
        <translation>スパムの送信元を解消してから、mailspike.org で評価の見直しを申請してください。見直しには 6～36 時間かかります。</translation>
    </message>
    <message>
        <source>free below 100,000 queries a day</source>
        <translation>1 日 100,000 クエリ未満は無料</translation>
    </message>
    <message>
        <source>the IP takes part in a spam wave right now</source>
        <translation>この IP は現在進行中のスパムの波に加わっています</translation>
    </message>
    <message>
        <source>Zero-hour entries expire quickly once the wave stops; stop the spam and check again in a few hours.</source>
        <translation>ゼロアワーの掲載は、スパムの波が止まるとすぐに解除されます。スパムを止め、数時間後にもう一度確認してください。</translation>
    </message>
    <message>
        <source>suspicious reputation (L2)</source>
        <translation>疑わしい評価（L2）</translation>
    </message>
    <message>
        <source>slightly suspicious reputation (L1)</source>
        <translation>やや疑わしい評価（L1）</translation>
    </message>
    <message>
        <source>neutral reputation</source>
        <translation>中立の評価</translation>
    </message>
    <message>
        <source>good reputation (H1)</source>
        <translation>良い評価（H1）</translation>
    </message>
    <message>
        <source>good reputation (H2)</source>
        <translation>良い評価（H2）</translation>
    </message>
    <message>
        <source>good reputation (H3)</source>
        <translation>良い評価（H3）</translation>
    </message>
    <message>
        <source>very good reputation (H4)</source>
        <translation>非常に良い評価（H4）</translation>
    </message>
    <message>
        <source>excellent reputation (H5)</source>
        <translation>優れた評価（H5）</translation>
    </message>
    <message>
        <source>Reputation improves as receivers see clean mail from the IP; request a review on mailspike.org after fixing the cause.</source>
        <translation>受信側がこの IP からの正常なメールを確認するにつれて評価は改善します。原因を解消した後、mailspike.org で見直しを申請してください。</translation>
    </message>
    <message>
        <source>the IP looks like a dynamic end-user address (its reverse DNS is generic) and sent spam</source>
        <translation>この IP は動的なエンドユーザーのアドレスのように見え（逆引き DNS が汎用的な名前）、スパムを送信しました</translation>
    </message>
    <message>
        <source>Give the IP a reverse DNS name that names your mail server (and resolves back), then use the removal form.</source>
        <translation>IP に、メールサーバーを示す逆引き DNS 名を設定し（正引きでも一致させて）、その後削除フォームを利用してください。</translation>
    </message>
    <message>
        <source>answers public resolvers within its terms of use</source>
        <translation>利用規約の範囲内で公開リゾルバーにも応答します</translation>
    </message>
    <message>
        <source>the IP has no reverse DNS (PTR) and sent spam</source>
        <translation>この IP には逆引き DNS（PTR）がなく、スパムを送信しました</translation>
    </message>
    <message>
        <source>Ask whoever owns the IP (hosting provider or ISP) for a PTR record naming your mail server, then use the removal form.</source>
        <translation>IP の所有者（ホスティングプロバイダーまたは ISP）に、メールサーバーを示す PTR レコードの設定を依頼してから、削除フォームを利用してください。</translation>
    </message>
    <message>
        <source>the IP sent spam to SpamRATS traps or was reported</source>
        <translation>この IP は SpamRATS のトラップにスパムを送信したか、報告されました</translation>
    </message>
    <message>
        <source>Stop the spam source, then use the removal form (a working forward-confirmed reverse DNS is required).</source>
        <translation>スパムの送信元を止めてから、削除フォームを利用してください（正引き確認済みの逆引き DNS が正しく機能していることが必要です）。</translation>
    </message>
    <message>
        <source>the IP tried to guess mail passwords (authentication attacks)</source>
        <translation>この IP はメールのパスワードを推測しようとしました（認証攻撃）</translation>
    </message>
    <message>
        <source>Find the compromised machine that attacks mail servers, clean it, then use the removal form.</source>
        <translation>メールサーバーを攻撃している侵害されたマシンを特定して駆除し、その後削除フォームを利用してください。</translation>
    </message>
    <message>
        <source>blacklist: spam seen from this IP</source>
        <translation>ブラックリスト: この IP からのスパムを確認</translation>
    </message>
    <message>
        <source>exploit list: infected or compromised host</source>
        <translation>エクスプロイトリスト: 感染または侵害されたホスト</translation>
    </message>
    <message>
        <source>policy list: a residential or dynamic IP that should not send directly</source>
        <translation>ポリシーリスト: 直接送信すべきでない一般家庭向けまたは動的な IP</translation>
    </message>
    <message>
        <source>generic reverse DNS: the IP's PTR looks like an end-user address</source>
        <translation>汎用的な逆引き DNS: この IP の PTR がエンドユーザーのアドレスのように見えます</translation>
    </message>
    <message>
        <source>no reverse DNS (PTR) for this IP</source>
        <translation>この IP には逆引き DNS（PTR）がありません</translation>
    </message>
    <message>
        <source>Look the IP up at lookup.abusix.com, fix the cause and request delisting there.</source>
        <translation>lookup.abusix.com で IP を調べ、原因を解消してから、そこで掲載解除を申請してください。</translation>
    </message>
    <message>
        <source>needs a free Abusix Mail Intelligence key (queries go to &lt;key&gt;.combined.mail.abusix.zone); without one it cannot be checked</source>
        <translation>無料の Abusix Mail Intelligence キーが必要です（クエリは &lt;key&gt;.combined.mail.abusix.zone に送られます）。キーがない場合は確認できません</translation>
    </message>
    <message>
        <source>IRC drone</source>
        <translation>IRC ドローン</translation>
    </message>
    <message>
        <source>bottler</source>
        <translation>ボトラー</translation>
    </message>
    <message>
        <source>unknown spambot or drone</source>
        <translation>不明なスパムボットまたはドローン</translation>
    </message>
    <message>
        <source>DDoS drone</source>
        <translation>DDoS ドローン</translation>
    </message>
    <message>
        <source>open SOCKS proxy</source>
        <translation>オープン SOCKS プロキシ</translation>
    </message>
    <message>
        <source>open HTTP proxy</source>
        <translation>オープン HTTP プロキシ</translation>
    </message>
    <message>
        <source>proxy chain</source>
        <translation>プロキシチェーン</translation>
    </message>
    <message>
        <source>web page proxy</source>
        <translation>Web ページプロキシ</translation>
    </message>
    <message>
        <source>open DNS resolver</source>
        <translation>オープン DNS リゾルバー</translation>
    </message>
    <message>
        <source>brute-force attacker</source>
        <translation>総当たり攻撃者</translation>
    </message>
    <message>
        <source>open WinGate proxy</source>
        <translation>オープン WinGate プロキシ</translation>
    </message>
    <message>
        <source>compromised router or gateway</source>
        <translation>侵害されたルーターまたはゲートウェイ</translation>
    </message>
    <message>
        <source>autorooting worm</source>
        <translation>自動ルート奪取ワーム</translation>
    </message>
    <message>
        <source>automatically detected botnet IP</source>
        <translation>自動検出されたボットネットの IP</translation>
    </message>
    <message>
        <source>DNS/MX-type host name seen on IRC</source>
        <translation>IRC で確認された DNS/MX 形式のホスト名</translation>
    </message>
    <message>
        <source>abused VPN service</source>
        <translation>悪用された VPN サービス</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>Clean the compromised machine or close the open proxy, then request removal on dronebl.org.</source>
        <translation>侵害されたマシンを駆除するかオープンプロキシを閉じてから、dronebl.org で削除を申請してください。</translation>
    </message>
    <message>
        <source>the IP sent mail to s5h.net spam traps</source>
        <translation>この IP は s5h.net のスパムトラップにメールを送信しました</translation>
    </message>
    <message>
        <source>Entries expire by themselves; removal can be requested through the list's web page.</source>
        <translation>掲載は自動的に解除されます。リストの Web ページから削除を申請することもできます。</translation>
    </message>
    <message>
        <source>the IP sent spam seen by NordSpam</source>
        <translation>この IP は NordSpam が確認したスパムを送信しました</translation>
    </message>
    <message>
        <source>Request removal through nordspam.com after fixing the cause.</source>
        <translation>原因を解消してから、nordspam.com で削除を申請してください。</translation>
    </message>
    <message>
        <source>the domain appears in spam seen by NordSpam</source>
        <translation>このドメインは NordSpam が確認したスパムに含まれています</translation>
    </message>
    <message>
        <source>the IP sent spam to NiX Spam traps in the last 12 hours</source>
        <translation>この IP は過去 12 時間以内に NiX Spam のトラップにスパムを送信しました</translation>
    </message>
    <message>
        <source>Entries expire 12 hours after the last spam; stop the spam and wait, or request removal on nixspam.net.</source>
        <translation>掲載は最後のスパムから 12 時間後に解除されます。スパムを止めてお待ちいただくか、nixspam.net で削除を申請してください。</translation>
    </message>
    <message>
        <source>the IP sends almost only spam by GBUdb's statistics</source>
        <translation>GBUdb の統計では、この IP はほぼスパムのみを送信しています</translation>
    </message>
    <message>
        <source>GBUdb entries fade as receivers see clean mail from the IP; stop the spam first.</source>
        <translation>GBUdb の掲載は、受信側がこの IP からの正常なメールを確認するにつれて薄れていきます。まずスパムを止めてください。</translation>
    </message>
    <message>
        <source>the IP sent mail to 0spam traps</source>
        <translation>この IP は 0spam のトラップにメールを送信しました</translation>
    </message>
    <message>
        <source>Request removal on 0spam.org after fixing the cause.</source>
        <translation>原因を解消してから、0spam.org で削除を申請してください。</translation>
    </message>
    <message>
        <source>the IP attacked servers (brute force on mail, SSH or web logins) in the last 48 hours</source>
        <translation>この IP は過去 48 時間以内にサーバーを攻撃しました（メール、SSH、Web ログインへの総当たり攻撃）</translation>
    </message>
    <message>
        <source>Find and clean the attacking machine, then use the delist page; entries expire after 48 hours without new reports.</source>
        <translation>攻撃しているマシンを特定して駆除し、掲載解除ページを利用してください。新たな報告がない状態が 48 時間続くと掲載は解除されます。</translation>
    </message>
    <message>
        <source>phishing sites</source>
        <translation>フィッシングサイト</translation>
    </message>
    <message>
        <source>malware sites</source>
        <translation>マルウェアサイト</translation>
    </message>
    <message>
        <source>spam and abuse sites</source>
        <translation>スパムおよび不正利用サイト</translation>
    </message>
    <message>
        <source>cracked (compromised) sites</source>
        <translation>クラックされた（侵害された）サイト</translation>
    </message>
    <message>
        <source>SURBL refused the query (the resolver is blocked or over quota)</source>
        <translation>SURBL がクエリを拒否しました（リゾルバーがブロックされているか、割り当て量を超えています）</translation>
    </message>
    <message>
        <source>SURBL lists domains that appear in message bodies. Clean the site or stop linking to it, then use the analysis page to request removal.</source>
        <translation>SURBL はメッセージ本文に含まれるドメインを掲載します。サイトを浄化するかそのサイトへのリンクをやめ、分析ページから削除を申請してください。</translation>
    </message>
    <message>
        <source>low-volume public use allowed; heavy users need a data feed</source>
        <translation>少量の公開利用は可能。大量に利用する場合はデータフィードが必要です</translation>
    </message>
    <message>
        <source>black: domains seen in spam only</source>
        <translation>black: スパムでのみ確認されたドメイン</translation>
    </message>
    <message>
        <source>grey: domains of bulk senders some people consider spam</source>
        <translation>grey: 一部の人がスパムとみなす一括送信者のドメイン</translation>
    </message>
    <message>
        <source>red: domains seen in spam from newly registered or abused sources</source>
        <translation>red: 新規登録または悪用された送信元からのスパムで確認されたドメイン</translation>
    </message>
    <message>
        <source>URIBL refused the query (public or high-volume resolver blocked)</source>
        <translation>URIBL がクエリを拒否しました（公開リゾルバーまたは大量利用のリゾルバーはブロックされます）</translation>
    </message>
    <message>
        <source>Look the domain up at admin.uribl.com (an account is needed to request removal) after removing what got it listed.</source>
        <translation>掲載の原因を取り除いてから、admin.uribl.com でドメインを調べてください（削除の申請にはアカウントが必要です）。</translation>
    </message>
    <message>
        <source>blocks Google, OpenDNS and big ISP resolvers: answers 127.0.0.1</source>
        <translation>Google、OpenDNS、大手 ISP のリゾルバーをブロックします: 127.0.0.1 を返します</translation>
    </message>
    <message>
        <source>the list refused the query</source>
        <translation>リストがクエリを拒否しました</translation>
    </message>
    <message>
        <source>listed with a code this catalogue does not describe</source>
        <translation>このカタログに説明のないコードで掲載されています</translation>
    </message>
    <message>
        <source>No blocklist catalogue</source>
        <translation>ブロックリストカタログがありません</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address</source>
        <translation>「%1」は IPv4 または IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>"%1" is not a domain name</source>
        <translation>「%1」はドメイン名ではありません</translation>
    </message>
    <message>
        <source>Give at least one IP address or domain to check</source>
        <translation>確認する IP アドレスまたはドメインを 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>No zone in the catalogue checks this kind of target</source>
        <translation>この種類の対象を確認するゾーンがカタログにありません</translation>
    </message>
    <message>
        <source>this list needs a personal query key (set one in the settings)</source>
        <translation>このリストには個人用のクエリキーが必要です（設定で指定してください）</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ミリ秒以内に応答がありません</translation>
    </message>
    <message>
        <source>the list did not answer its own test entry (%1), so "not listed" cannot be trusted: the list may refuse your DNS resolver or be out of service</source>
        <translation>リストが自身のテストエントリ（%1）に応答しなかったため、「掲載なし」は信頼できません。リストがお使いの DNS リゾルバーを拒否しているか、サービスが停止している可能性があります</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>空の応答</translation>
    </message>
    <message>
        <source>the answer %1 is outside 127.0.0.0/8: your DNS resolver rewrites answers, so the result means nothing</source>
        <translation>応答 %1 が 127.0.0.0/8 の範囲外です。お使いの DNS リゾルバーが応答を書き換えているため、この結果には意味がありません</translation>
    </message>
    <message>
        <source>the list answered %1: %2</source>
        <translation>リストの応答 %1: %2</translation>
    </message>
    <message>
        <source>the list also "lists" its never-listed test entry %1: your DNS resolver invents answers for names that do not exist</source>
        <translation>リストは、掲載されることのないテストエントリ %1 も「掲載」しています。お使いの DNS リゾルバーは存在しない名前に対して応答を捏造しています</translation>
    </message>
</context>
<context>
    <name>BlocklistCommand</name>
    <message>
        <source>reason given:</source>
        <translation>示された理由:</translation>
    </message>
    <message>
        <source>what to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>delisting page:</source>
        <translation>掲載解除ページ:</translation>
    </message>
    <message>
        <source>%1 zones checked in %2 ms: %3 listed, %4 clean, %5 couldn't check</source>
        <translation>%1 個のゾーンを %2 ミリ秒で確認: 掲載あり %3、問題なし %4、確認できず %5</translation>
    </message>
    <message>
        <source>Check IP addresses and domains against the DNS blocklists mail servers use. Each zone answers listed, clean or couldn't check.</source>
        <translation>IP アドレスとドメインを、メールサーバーが使用する DNS ブロックリストと照合します。各ゾーンは「掲載あり」「問題なし」「確認できませんでした」のいずれかを返します。</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address to check (repeatable).</source>
        <translation>確認する IPv4 または IPv6 アドレス（複数指定可）。</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Domain to check in the domain lists (repeatable).</source>
        <translation>ドメインリストで確認するドメイン（複数指定可）。</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Only this zone (id or name, repeatable).</source>
        <translation>このゾーンのみ（ID または名前、複数指定可）。</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>Deadline per zone in milliseconds (default 6000).</source>
        <translation>ゾーンごとの制限時間（ミリ秒、既定値 6000）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Abusix Mail Intelligence query key.</source>
        <translation>Abusix Mail Intelligence のクエリキー。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>give --ip IP or --domain DOMAIN (see --help)</source>
        <translation>--ip IP または --domain DOMAIN を指定してください（--help を参照）</translation>
    </message>
    <message>
        <source>--zone-timeout needs a positive number of milliseconds</source>
        <translation>--zone-timeout には正のミリ秒数が必要です</translation>
    </message>
    <message>
        <source>checked %1 of %2 zones</source>
        <translation>%2 個中 %1 個のゾーンを確認しました</translation>
    </message>
</context>
<context>
    <name>BounceAnalyzer</name>
    <message>
        <source>The bounce could not be analysed (out of memory).</source>
        <translation>バウンスを分析できませんでした（メモリ不足）。</translation>
    </message>
</context>
<context>
    <name>BounceCase</name>
    <message>
        <source>Paste the bounce</source>
        <translation>バウンスを貼り付け</translation>
    </message>
    <message>
        <source>Verify the recipient address</source>
        <translation>受信者アドレスの確認</translation>
    </message>
    <message>
        <source>Recipient mailbox</source>
        <translation>受信者のメールボックス</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>ブロックリスト</translation>
    </message>
    <message>
        <source>SPF, DKIM, DMARC</source>
        <translation>SPF、DKIM、DMARC</translation>
    </message>
    <message>
        <source>Content and sending activity</source>
        <translation>内容と送信状況</translation>
    </message>
    <message>
        <source>SMTP settings</source>
        <translation>SMTP 設定</translation>
    </message>
    <message>
        <source>Resend after fixing</source>
        <translation>修正後に再送信</translation>
    </message>
</context>
<context>
    <name>BounceParser</name>
    <message>
        <source>There is nothing to read: paste a bounce message or drop a file.</source>
        <translation>読み込む内容がありません。バウンスメッセージを貼り付けるか、ファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>The input is %1 MB, more than the %2 MB a bounce can reasonably be.</source>
        <translation>入力は %1 MB あり、バウンスとして妥当な大きさ（%2 MB）を超えています。</translation>
    </message>
    <message>
        <source>This is binary data, not the text of an e-mail. Paste the bounce message itself or save it as .eml and drop that file.</source>
        <translation>これはバイナリデータで、メールのテキストではありません。バウンスメッセージそのものを貼り付けるか、.eml として保存してそのファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>The message could not be read (out of memory).</source>
        <translation>メッセージを読み込めませんでした（メモリ不足）。</translation>
    </message>
    <message>
        <source>The message could not be read.</source>
        <translation>メッセージを読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The message declares more than %n MIME parts; it was read as plain text.</source>
        <translation>
            <numerusform>メッセージに %n 個を超える MIME パートが宣言されているため、プレーンテキストとして読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n KB of the text were read.</source>
        <translation>
            <numerusform>テキストの最初の %n KB のみを読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n recipients were read.</source>
        <translation>
            <numerusform>最初の %n 件の受信者のみを読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The bounce was read from the message attached to this one.</source>
        <translation>バウンスは、このメッセージに添付されたメッセージから読み込みました。</translation>
    </message>
    <message>
        <source>The feedback report names the source IP of the reported message.</source>
        <translation>フィードバックレポートには、報告されたメッセージの送信元 IP が記載されています。</translation>
    </message>
    <message>
        <source>No delivery failure was found in this text.</source>
        <translation>このテキストには配信失敗が見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The message nests MIME parts more than %n levels deep; deeper parts were not read.</source>
        <translation>
            <numerusform>メッセージの MIME パートが %n 階層を超えて入れ子になっているため、それより深いパートは読み込んでいません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message has more than %n MIME parts; the rest were not read.</source>
        <translation>
            <numerusform>メッセージに %n 個を超える MIME パートがあるため、残りは読み込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <source>A part of the message could not be decoded (broken encoding or binary data) and was skipped.</source>
        <translation>メッセージの一部をデコードできなかったため（エンコードの破損またはバイナリデータ）、スキップしました。</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8; it was read as Latin-1.</source>
        <translation>テキストが有効な UTF-8 ではないため、Latin-1 として読み込みました。</translation>
    </message>
    <message>
        <source>The bounce was read from a message forwarded in this one.</source>
        <translation>このメッセージ内で転送されたメッセージから不達通知を読み取りました。</translation>
    </message>
</context>
<context>
    <name>BounceReason</name>
    <message>
        <source>The recipient address does not exist</source>
        <translation>受信者アドレスが存在しません</translation>
    </message>
    <message>
        <source>The recipient's server says it has no mailbox with this address. Check the address for typing mistakes or ask the person for their current address.</source>
        <translation>受信者のサーバーによると、このアドレスのメールボックスはありません。アドレスに入力ミスがないか確認するか、相手に現在のアドレスを尋ねてください。</translation>
    </message>
    <message>
        <source>The recipient domain does not exist</source>
        <translation>受信者のドメインが存在しません</translation>
    </message>
    <message>
        <source>The part after the @ has no mail server in DNS or does not exist at all. Check the spelling of the domain.</source>
        <translation>@ 以降の部分に DNS 上のメールサーバーがないか、ドメイン自体が存在しません。ドメインの綴りを確認してください。</translation>
    </message>
    <message>
        <source>The recipient domain never accepts mail</source>
        <translation>受信者のドメインはメールを一切受け付けません</translation>
    </message>
    <message>
        <source>The recipient's domain publishes a "null MX" record, which states that it does not receive e-mail at all. This address cannot work.</source>
        <translation>受信者のドメインは「null MX」レコードを公開しており、メールを一切受信しないことを示しています。このアドレスは使用できません。</translation>
    </message>
    <message>
        <source>The recipient address is malformed</source>
        <translation>受信者アドレスの形式が正しくありません</translation>
    </message>
    <message>
        <source>The recipient address is not a valid e-mail address (wrong characters or missing parts). Correct the address and send again.</source>
        <translation>受信者アドレスが有効なメールアドレスではありません（使用できない文字、または欠けている部分があります）。アドレスを修正してもう一度送信してください。</translation>
    </message>
    <message>
        <source>The recipient has moved</source>
        <translation>受信者は移転しました</translation>
    </message>
    <message>
        <source>The mailbox has moved or the address now belongs to someone else, and no forwarding exists. Ask the person for their new address.</source>
        <translation>メールボックスが移転したか、アドレスが別の人のものになっており、転送も設定されていません。相手に新しいアドレスを尋ねてください。</translation>
    </message>
    <message>
        <source>The recipient server does not accept mail</source>
        <translation>受信者のサーバーはメールを受け付けません</translation>
    </message>
    <message>
        <source>The host that answered for the recipient's domain says it does not take e-mail for it. The domain's mail setup is missing or wrong.</source>
        <translation>受信者のドメインに応答したホストは、そのドメインのメールを受け付けないと答えています。ドメインのメール設定が欠けているか誤っています。</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>受信者のメールボックスがいっぱいです</translation>
    </message>
    <message>
        <source>The address exists but its storage quota is used up. The person has to make room; you can try again later or reach them another way.</source>
        <translation>アドレスは存在しますが、保存容量の上限に達しています。相手が空き容量を確保する必要があります。後でもう一度試すか、別の方法で連絡してください。</translation>
    </message>
    <message>
        <source>The recipient's mailbox is disabled</source>
        <translation>受信者のメールボックスが無効になっています</translation>
    </message>
    <message>
        <source>The address exists but the account has been disabled, suspended or locked, so it does not receive mail.</source>
        <translation>アドレスは存在しますが、アカウントが無効化、停止、またはロックされているため、メールを受信しません。</translation>
    </message>
    <message>
        <source>The recipient's mailbox is inactive</source>
        <translation>受信者のメールボックスは使用されていません</translation>
    </message>
    <message>
        <source>The account has not been used for a long time and its provider stopped delivering to it. Ask the person for an address they use.</source>
        <translation>アカウントが長期間使用されておらず、プロバイダーが配信を停止しました。相手に普段使っているアドレスを尋ねてください。</translation>
    </message>
    <message>
        <source>Refused by the recipient's mail policy</source>
        <translation>受信者のメールポリシーにより拒否されました</translation>
    </message>
    <message>
        <source>The recipient's organisation has a rule that refuses this message or sender. Only their administrator can change it; ask them to allow your mail.</source>
        <translation>受信者の組織に、このメッセージまたは送信者を拒否するルールがあります。変更できるのは先方の管理者だけです。あなたのメールを許可するよう依頼してください。</translation>
    </message>
    <message>
        <source>You are not on the recipient's list of allowed senders</source>
        <translation>受信者の許可された送信者リストに含まれていません</translation>
    </message>
    <message>
        <source>The recipient only accepts mail from senders or servers on an allow list, or not from outside its organisation. Ask them to add you.</source>
        <translation>受信者は、許可リストに登録された送信者やサーバーからのメールのみを受け付けるか、組織外からのメールを受け付けません。あなたを追加するよう依頼してください。</translation>
    </message>
    <message>
        <source>The group or list accepts only authorised senders</source>
        <translation>このグループまたはリストは許可された送信者からのみ受け付けます</translation>
    </message>
    <message>
        <source>The address is a group, mailing list or restricted mailbox that only members or approved senders may write to. Ask its owner for permission.</source>
        <translation>このアドレスはグループ、メーリングリスト、または制限付きメールボックスで、メンバーか承認された送信者だけが送信できます。所有者に許可を求めてください。</translation>
    </message>
    <message>
        <source>Your address is blocked by the recipient</source>
        <translation>あなたのアドレスは受信者にブロックされています</translation>
    </message>
    <message>
        <source>The recipient or their administrator has put your address or domain on their own block list.</source>
        <translation>受信者またはその管理者が、あなたのアドレスまたはドメインを独自のブロックリストに登録しています。</translation>
    </message>
    <message>
        <source>Your sending server's IP address is blocked</source>
        <translation>送信サーバーの IP アドレスがブロックされています</translation>
    </message>
    <message>
        <source>The recipient's provider refuses connections or mail from the IP address of your sending server, usually because of its reputation. Request delisting and find out why.</source>
        <translation>受信者のプロバイダーは、主に評価を理由として、送信サーバーの IP アドレスからの接続やメールを拒否しています。掲載解除を申請し、原因を調べてください。</translation>
    </message>
    <message>
        <source>Your domain is blocked</source>
        <translation>あなたのドメインがブロックされています</translation>
    </message>
    <message>
        <source>The recipient's provider refuses mail that uses your domain, usually because it appears on a domain blocklist or has a bad reputation.</source>
        <translation>受信者のプロバイダーは、あなたのドメインを使用するメールを拒否しています。通常、ドメインがドメインブロックリストに掲載されているか、評価が低いことが原因です。</translation>
    </message>
    <message>
        <source>Listed on a public blocklist</source>
        <translation>公開ブロックリストに掲載されています</translation>
    </message>
    <message>
        <source>A public blocklist (DNSBL such as Spamhaus, Barracuda or SpamCop) lists your sending IP address or domain, and the recipient's server uses that list.</source>
        <translation>公開ブロックリスト（Spamhaus、Barracuda、SpamCop などの DNSBL）に送信 IP アドレスまたはドメインが掲載されており、受信者のサーバーがそのリストを使用しています。</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation>送信者の評価が低い</translation>
    </message>
    <message>
        <source>The recipient's provider rates your IP address or domain as a likely source of unwanted mail (complaints, volume, spam traps).</source>
        <translation>受信者のプロバイダーは、あなたの IP アドレスまたはドメインを迷惑メールの送信元である可能性が高いと評価しています（苦情、送信量、スパムトラップ）。</translation>
    </message>
    <message>
        <source>Microsoft 365 tenant over its sending threshold</source>
        <translation>Microsoft 365 テナントが送信しきい値を超えました</translation>
    </message>
    <message>
        <source>Microsoft 365 stopped mail from your tenant because it exceeded sending thresholds or sent suspicious mail. Check the tenant for compromised accounts.</source>
        <translation>送信しきい値を超えたか、不審なメールを送信したため、Microsoft 365 がテナントからのメールを停止しました。テナント内に侵害されたアカウントがないか確認してください。</translation>
    </message>
    <message>
        <source>Your account is banned from sending</source>
        <translation>あなたのアカウントは送信を禁止されています</translation>
    </message>
    <message>
        <source>The sending account or service was blocked for spam or abuse and may not send mail until the provider lifts the restriction.</source>
        <translation>送信アカウントまたはサービスがスパムや不正利用のためブロックされており、プロバイダーが制限を解除するまでメールを送信できません。</translation>
    </message>
    <message>
        <source>SPF check failed</source>
        <translation>SPF チェックに失敗しました</translation>
    </message>
    <message>
        <source>The recipient's server checked your domain's SPF record and your sending server is not listed as allowed to send for it.</source>
        <translation>受信者のサーバーがあなたのドメインの SPF レコードを確認したところ、送信サーバーがそのドメインの送信を許可されたサーバーとして記載されていませんでした。</translation>
    </message>
    <message>
        <source>Your SPF record has errors</source>
        <translation>SPF レコードにエラーがあります</translation>
    </message>
    <message>
        <source>Your domain's SPF record could not be evaluated (syntax error, too many DNS lookups, several records), so receivers treat it as failed.</source>
        <translation>ドメインの SPF レコードを評価できなかったため（構文エラー、DNS 参照回数の超過、複数のレコード）、受信側は失敗として扱います。</translation>
    </message>
    <message>
        <source>DKIM signature failed</source>
        <translation>DKIM 署名に失敗しました</translation>
    </message>
    <message>
        <source>The message had no valid DKIM signature: it is missing, its key cannot be found, or the message was changed after signing.</source>
        <translation>メッセージに有効な DKIM 署名がありませんでした。署名がない、鍵が見つからない、または署名後にメッセージが変更されたことが原因です。</translation>
    </message>
    <message>
        <source>Rejected by the sender domain's DMARC policy</source>
        <translation>送信者ドメインの DMARC ポリシーにより拒否されました</translation>
    </message>
    <message>
        <source>The message failed DMARC: neither SPF nor DKIM passed for the domain in the From header, and that domain's policy asks receivers to reject such mail.</source>
        <translation>メッセージが DMARC に失敗しました。From ヘッダーのドメインについて SPF も DKIM も合格せず、そのドメインのポリシーはこのようなメールを拒否するよう受信側に求めています。</translation>
    </message>
    <message>
        <source>The message is not authenticated</source>
        <translation>メッセージが認証されていません</translation>
    </message>
    <message>
        <source>The recipient requires every sender to pass SPF or DKIM, and this message passed neither.</source>
        <translation>受信者はすべての送信者に SPF または DKIM の合格を求めていますが、このメッセージはどちらにも合格しませんでした。</translation>
    </message>
    <message>
        <source>ARC validation failed</source>
        <translation>ARC の検証に失敗しました</translation>
    </message>
    <message>
        <source>The message passed through a forwarder and its ARC authentication chain did not validate.</source>
        <translation>メッセージが転送サービスを経由し、その ARC 認証チェーンを検証できませんでした。</translation>
    </message>
    <message>
        <source>Classified as spam</source>
        <translation>スパムと判定されました</translation>
    </message>
    <message>
        <source>The recipient's spam filter judged the message itself to be unwanted mail: its wording, links or formatting.</source>
        <translation>受信者のスパムフィルターが、メッセージ自体（文面、リンク、書式）を迷惑メールと判断しました。</translation>
    </message>
    <message>
        <source>A virus or malware was found</source>
        <translation>ウイルスまたはマルウェアが見つかりました</translation>
    </message>
    <message>
        <source>The recipient's scanner found (or suspected) malware in the message or its attachments.</source>
        <translation>受信者のスキャナーが、メッセージまたは添付ファイルにマルウェアを検出しました（またはその疑いがあります）。</translation>
    </message>
    <message>
        <source>Attachment not allowed</source>
        <translation>添付ファイルが許可されていません</translation>
    </message>
    <message>
        <source>The message carries an attachment type the recipient refuses, such as executable files or certain archives.</source>
        <translation>メッセージに、受信者が拒否する種類の添付ファイル（実行ファイルや特定のアーカイブなど）が含まれています。</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>メッセージが大きすぎます</translation>
    </message>
    <message>
        <source>The message is bigger than the recipient's server or mailbox accepts. Send smaller attachments or share a link instead.</source>
        <translation>メッセージが、受信者のサーバーまたはメールボックスが受け付けるサイズを超えています。添付ファイルを小さくするか、代わりにリンクで共有してください。</translation>
    </message>
    <message>
        <source>A link in the message is on a blocklist</source>
        <translation>メッセージ内のリンクがブロックリストに掲載されています</translation>
    </message>
    <message>
        <source>The message contains a link to a domain that a URL blocklist lists as used in spam or phishing.</source>
        <translation>メッセージに、URL ブロックリストでスパムやフィッシングに使われていると掲載されたドメインへのリンクが含まれています。</translation>
    </message>
    <message>
        <source>The message is malformed</source>
        <translation>メッセージの形式が正しくありません</translation>
    </message>
    <message>
        <source>The recipient's server could not accept the message because its structure or encoding is broken.</source>
        <translation>メッセージの構造またはエンコードが壊れているため、受信者のサーバーが受け付けられませんでした。</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>リレーが拒否されました</translation>
    </message>
    <message>
        <source>The server you sent to is not responsible for the recipient's domain and refuses to pass the message on. Usually the sending program uses the wrong server or does not log in.</source>
        <translation>送信先のサーバーは受信者のドメインを担当しておらず、メッセージの中継を拒否しています。通常、送信プログラムが誤ったサーバーを使用しているか、ログインしていないことが原因です。</translation>
    </message>
    <message>
        <source>The server requires you to log in</source>
        <translation>サーバーへのログインが必要です</translation>
    </message>
    <message>
        <source>The sending program connected without SMTP authentication, but the server only accepts mail from logged-in users.</source>
        <translation>送信プログラムが SMTP 認証なしで接続しましたが、サーバーはログインしたユーザーからのメールしか受け付けません。</translation>
    </message>
    <message>
        <source>Login to the mail server failed</source>
        <translation>メールサーバーへのログインに失敗しました</translation>
    </message>
    <message>
        <source>The sending program's SMTP user name or password was refused, or this login method is disabled.</source>
        <translation>送信プログラムの SMTP ユーザー名またはパスワードが拒否されたか、このログイン方式が無効になっています。</translation>
    </message>
    <message>
        <source>Encryption (TLS) is required</source>
        <translation>暗号化（TLS）が必要です</translation>
    </message>
    <message>
        <source>One side insists on an encrypted connection (STARTTLS) that was not used or not offered.</source>
        <translation>一方が暗号化接続（STARTTLS）を必須としていますが、使用されなかったか提供されていませんでした。</translation>
    </message>
    <message>
        <source>The encrypted connection failed</source>
        <translation>暗号化接続に失敗しました</translation>
    </message>
    <message>
        <source>The TLS connection could not be set up or verified: certificate, MTA-STS or DANE problem.</source>
        <translation>TLS 接続を確立または検証できませんでした: 証明書、MTA-STS、または DANE の問題です。</translation>
    </message>
    <message>
        <source>Reverse DNS of your sending IP is missing or wrong</source>
        <translation>送信 IP の逆引き DNS がないか誤っています</translation>
    </message>
    <message>
        <source>Your sending server's IP address has no PTR record, or the name does not point back to the IP. Ask whoever runs the IP to set the PTR record.</source>
        <translation>送信サーバーの IP アドレスに PTR レコードがないか、その名前が IP を指し返していません。IP の管理者に PTR レコードの設定を依頼してください。</translation>
    </message>
    <message>
        <source>Your server's HELO name was refused</source>
        <translation>サーバーの HELO 名が拒否されました</translation>
    </message>
    <message>
        <source>Your sending server introduces itself with a name the recipient rejects (not a fully qualified name, or one that does not exist in DNS).</source>
        <translation>送信サーバーが、受信者に拒否される名前（完全修飾名でない、または DNS に存在しない名前）で名乗っています。</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <translation>SMTP プロトコルエラー</translation>
    </message>
    <message>
        <source>The sending server sent a command the recipient's server did not understand or did not expect.</source>
        <translation>送信サーバーが、受信者のサーバーが理解できない、または想定していないコマンドを送信しました。</translation>
    </message>
    <message>
        <source>The sender address was rejected</source>
        <translation>送信者アドレスが拒否されました</translation>
    </message>
    <message>
        <source>The envelope sender address or its domain is invalid, does not exist in DNS or could not be verified by the recipient's server.</source>
        <translation>エンベロープの送信者アドレスまたはそのドメインが無効であるか、DNS に存在しないか、受信者のサーバーで検証できませんでした。</translation>
    </message>
    <message>
        <source>Sending from a domain not registered in Microsoft 365</source>
        <translation>Microsoft 365 に登録されていないドメインから送信しています</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from domains that are not added and verified in your tenant. Add and verify the domain.</source>
        <translation>Microsoft 365 は、テナントに追加および検証されていないドメインからのメールを拒否します。ドメインを追加して検証してください。</translation>
    </message>
    <message>
        <source>Mail routing loop</source>
        <translation>メールのルーティングループ</translation>
    </message>
    <message>
        <source>The message went round in circles between servers until it was stopped, usually because of a forwarding or MX misconfiguration.</source>
        <translation>メッセージがサーバー間を循環し続けて停止されました。通常、転送設定または MX の設定ミスが原因です。</translation>
    </message>
    <message>
        <source>Too many recipients in one message</source>
        <translation>1 通のメッセージの受信者が多すぎます</translation>
    </message>
    <message>
        <source>The message was addressed to more recipients than the server accepts at once. Send it in smaller batches.</source>
        <translation>メッセージの宛先が、サーバーが一度に受け付ける受信者数を超えていました。少人数ずつに分けて送信してください。</translation>
    </message>
    <message>
        <source>The message breaks format rules</source>
        <translation>メッセージが形式の規則に違反しています</translation>
    </message>
    <message>
        <source>The sending program produced a message that violates the standard (for example bare line feeds, missing or invalid headers, several From addresses).</source>
        <translation>送信プログラムが標準に違反するメッセージを作成しました（例: 単独の LF 改行、ヘッダーの欠落や不正、複数の From アドレス）。</translation>
    </message>
    <message>
        <source>Mail over IPv6 not accepted</source>
        <translation>IPv6 経由のメールは受け付けられません</translation>
    </message>
    <message>
        <source>The recipient does not accept mail from your IPv6 address. Send over IPv4 or meet their IPv6 requirements.</source>
        <translation>受信者はあなたの IPv6 アドレスからのメールを受け付けません。IPv4 で送信するか、先方の IPv6 の要件を満たしてください。</translation>
    </message>
    <message>
        <source>Forwarding to external addresses is blocked</source>
        <translation>外部アドレスへの転送がブロックされています</translation>
    </message>
    <message>
        <source>Your own organisation's policy does not allow automatic forwarding to outside addresses.</source>
        <translation>あなたの組織のポリシーでは、外部アドレスへの自動転送が許可されていません。</translation>
    </message>
    <message>
        <source>The sending server is misconfigured</source>
        <translation>送信サーバーの設定に誤りがあります</translation>
    </message>
    <message>
        <source>A mail server on the way reported its own configuration error rather than a problem with the recipient.</source>
        <translation>経路上のメールサーバーが、受信者側の問題ではなく、自身の設定エラーを報告しました。</translation>
    </message>
    <message>
        <source>Delivery is delayed</source>
        <translation>配信が遅延しています</translation>
    </message>
    <message>
        <source>The message has not been delivered yet; the sending server keeps retrying. Nothing to fix unless it finally fails.</source>
        <translation>メッセージはまだ配信されておらず、送信サーバーが再試行を続けています。最終的に失敗しない限り、対処は不要です。</translation>
    </message>
    <message>
        <source>Delivery attempts expired</source>
        <translation>配信の試行期限が切れました</translation>
    </message>
    <message>
        <source>The sending server retried for its whole queue lifetime and then gave up. The underlying problem was temporary or unreachable servers.</source>
        <translation>送信サーバーはキューの保持期間いっぱいまで再試行し、その後断念しました。原因は一時的な問題か、到達できないサーバーでした。</translation>
    </message>
    <message>
        <source>The recipient's server could not be reached</source>
        <translation>受信者のサーバーに到達できませんでした</translation>
    </message>
    <message>
        <source>The connection to the recipient's server failed (refused, timed out, DNS lookup failure). This usually resolves itself.</source>
        <translation>受信者のサーバーへの接続に失敗しました（拒否、タイムアウト、DNS 参照の失敗）。通常は自然に解消します。</translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation>グレイリスティング</translation>
    </message>
    <message>
        <source>The recipient's server delays first-time senders on purpose; a normal server retries and gets through.</source>
        <translation>受信者のサーバーは、初めての送信者を意図的に遅延させています。通常のサーバーは再試行して配信に成功します。</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>送信レートが制限されました</translation>
    </message>
    <message>
        <source>Too many messages or connections in a short time; the recipient's server asks to slow down and retry later.</source>
        <translation>短時間のメッセージ数または接続数が多すぎます。受信者のサーバーは、ペースを落として後で再試行するよう求めています。</translation>
    </message>
    <message>
        <source>The recipient's server had a temporary problem</source>
        <translation>受信者のサーバーで一時的な問題が発生しました</translation>
    </message>
    <message>
        <source>The recipient's server was busy, out of resources or had an internal error. Retrying later usually works.</source>
        <translation>受信者のサーバーが混雑しているか、リソース不足、または内部エラーが発生していました。通常は後で再試行すれば成功します。</translation>
    </message>
    <message>
        <source>Your sending limit is reached</source>
        <translation>送信上限に達しました</translation>
    </message>
    <message>
        <source>Your account or service reached its daily or hourly sending limit. Wait until the limit resets or raise it.</source>
        <translation>アカウントまたはサービスが 1 日または 1 時間あたりの送信上限に達しました。上限がリセットされるまで待つか、上限を引き上げてください。</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>This is a success notice: the message was delivered.</source>
        <translation>これは成功通知です: メッセージは配信されました。</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>中継済み</translation>
    </message>
    <message>
        <source>This is a notice that the message was passed on to another server that does not report delivery.</source>
        <translation>これは、メッセージが配信を報告しない別のサーバーに中継されたことを知らせる通知です。</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>自動返信</translation>
    </message>
    <message>
        <source>This is an automatic reply (out of office, vacation), not a delivery failure.</source>
        <translation>これは自動返信（不在通知、休暇中）であり、配信失敗ではありません。</translation>
    </message>
    <message>
        <source>Complaint or feedback report</source>
        <translation>苦情またはフィードバックレポート</translation>
    </message>
    <message>
        <source>This is a feedback report (ARF): a recipient or provider reported a message as spam or abuse. It is not a bounce, but it matters for your reputation.</source>
        <translation>これはフィードバックレポート（ARF）です: 受信者またはプロバイダーがメッセージをスパムまたは不正利用として報告しました。バウンスではありませんが、あなたの評価に影響します。</translation>
    </message>
    <message>
        <source>Reason not recognised</source>
        <translation>理由を特定できません</translation>
    </message>
    <message>
        <source>The bounce does not say clearly why delivery failed.</source>
        <translation>バウンスには配信失敗の理由がはっきり書かれていません。</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>Recipient blocked by policy</source>
        <translation>ポリシーにより受信者側でブロック</translation>
    </message>
    <message>
        <source>Invalid recipient address</source>
        <translation>無効な受信者アドレス</translation>
    </message>
    <message>
        <source>Recipient mailbox issue</source>
        <translation>受信者のメールボックスの問題</translation>
    </message>
    <message>
        <source>Sender IP or domain on a blocklist</source>
        <translation>送信者の IP またはドメインがブロックリストに掲載</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC failure</source>
        <translation>SPF、DKIM、または DMARC の失敗</translation>
    </message>
    <message>
        <source>Spam filter, content or security</source>
        <translation>スパムフィルター、内容、またはセキュリティ</translation>
    </message>
    <message>
        <source>Mail server configuration</source>
        <translation>メールサーバーの設定</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>一時的な問題</translation>
    </message>
    <message>
        <source>Not a delivery failure</source>
        <translation>配信失敗ではありません</translation>
    </message>
    <message>
        <source>Unknown cause</source>
        <translation>不明な原因</translation>
    </message>
    <message>
        <source>The recipient's server accepted the address but its policy refuses mail from you.</source>
        <translation>受信者のサーバーはアドレスを受け付けましたが、そのポリシーによりあなたからのメールを拒否しています。</translation>
    </message>
    <message>
        <source>The address you wrote to does not exist: the mailbox or the whole domain is unknown.</source>
        <translation>宛先のアドレスが存在しません: メールボックスまたはドメイン全体が不明です。</translation>
    </message>
    <message>
        <source>The address exists, but the mailbox cannot take mail right now: it is full, disabled or suspended.</source>
        <translation>アドレスは存在しますが、メールボックスが現在メールを受け取れません: 容量がいっぱい、無効化、または停止されています。</translation>
    </message>
    <message>
        <source>The recipient's server refuses your sending server's IP address or your domain because of its reputation or a blocklist.</source>
        <translation>受信者のサーバーは、評価やブロックリストを理由に、送信サーバーの IP アドレスまたはあなたのドメインを拒否しています。</translation>
    </message>
    <message>
        <source>Your message failed the sender checks (SPF, DKIM or DMARC) that prove it really comes from your domain.</source>
        <translation>メッセージが、本当にあなたのドメインから送られたことを証明する送信者チェック（SPF、DKIM、または DMARC）に失敗しました。</translation>
    </message>
    <message>
        <source>A spam or security filter refused the message itself: its content, links, attachments or size.</source>
        <translation>スパムフィルターまたはセキュリティフィルターが、メッセージ自体（内容、リンク、添付ファイル、サイズ）を拒否しました。</translation>
    </message>
    <message>
        <source>A mail server setting stands in the way: relaying, authentication, encryption, reverse DNS or routing.</source>
        <translation>メールサーバーの設定が障害になっています: リレー、認証、暗号化、逆引き DNS、またはルーティングです。</translation>
    </message>
    <message>
        <source>The failure is temporary: the sending server will retry, or you can resend later.</source>
        <translation>一時的な失敗です: 送信サーバーが再試行するか、後で再送信できます。</translation>
    </message>
    <message>
        <source>This message is not a delivery failure (a delivery notice, auto-reply or report).</source>
        <translation>このメッセージは配信失敗ではありません（配信通知、自動返信、またはレポートです）。</translation>
    </message>
    <message>
        <source>The bounce does not say clearly why delivery failed.</source>
        <translation>バウンスには配信失敗の理由がはっきり書かれていません。</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>確認できませんでした</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>CheckResultView</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <source>Each check with its result; expand a row for details, raw records and the fix.</source>
        <translation>各チェックとその結果です。行を展開すると、詳細、生のレコード、修正方法が表示されます。</translation>
    </message>
    <message>
        <source>Copy suggested &amp;record</source>
        <translation>推奨レコードをコピー(&amp;R)</translation>
    </message>
    <message>
        <source>Copies the record suggested for the selected check to the clipboard</source>
        <translation>選択したチェックの推奨レコードをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Copy ra&amp;w evidence</source>
        <translation>生の根拠をコピー(&amp;W)</translation>
    </message>
    <message>
        <source>Copies the records and replies of the selected check to the clipboard</source>
        <translation>選択したチェックのレコードと応答をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>生データ</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正方法</translation>
    </message>
    <message>
        <source>Suggested record</source>
        <translation>推奨レコード</translation>
    </message>
    <message>
        <source>Suggested record copied to the clipboard.</source>
        <translation>推奨レコードをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Raw evidence copied to the clipboard.</source>
        <translation>生の根拠をクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>No failed recipient was found in the message.</source>
        <translation>メッセージに配信に失敗した受信者が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The bounce says “%1”: %2</source>
        <translation>バウンスの記載「%1」: %2</translation>
    </message>
    <message>
        <source>Provider code %1: %2</source>
        <translation>プロバイダーコード %1: %2</translation>
    </message>
    <message>
        <source>Reply code %1: %2</source>
        <translation>応答コード %1: %2</translation>
    </message>
    <message>
        <source>Status code %1: %2</source>
        <translation>ステータスコード %1: %2</translation>
    </message>
    <message>
        <source>The report says the message was %1.</source>
        <translation>レポートによると、メッセージは %1 でした。</translation>
    </message>
    <message>
        <source>The message was only delayed: the sending server keeps retrying.</source>
        <translation>メッセージは遅延しただけです: 送信サーバーが再試行を続けています。</translation>
    </message>
    <message>
        <source>The reply is a temporary (4xx) refusal.</source>
        <translation>この応答は一時的な（4xx）拒否です。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>DNS server to ask instead of the system's (IP address, optional :PORT; [IPv6]:PORT). Repeat for several.</source>
        <translation>システムの DNS サーバーの代わりに問い合わせる DNS サーバー（IP アドレス、:PORT は省略可、[IPv6]:PORT）。複数指定する場合は繰り返します。</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>HOST[:PORT]</translation>
    </message>
    <message>
        <source>Wait this long for a DNS answer before the first retry (default %1).</source>
        <translation>最初の再試行までに DNS の応答を待つ時間（既定値 %1）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>--dns-timeout must be a number of milliseconds from 1 to 60000, not "%1"</source>
        <translation>--dns-timeout には 1～60000 のミリ秒数を指定してください（「%1」は無効です）</translation>
    </message>
</context>
<context>
    <name>ContentAdvisor</name>
    <message>
        <source>Content of the returned message</source>
        <translation>返送されたメッセージの内容</translation>
    </message>
    <message>
        <source>The bounce did not include the message body, so its content cannot be reviewed here.</source>
        <translation>バウンスにメッセージ本文が含まれていないため、ここでは内容を確認できません。</translation>
    </message>
    <message>
        <source>Review the message you sent yourself: links, attachments, size and wording.</source>
        <translation>送信したメッセージをご自身で確認してください: リンク、添付ファイル、サイズ、文面。</translation>
    </message>
    <message>
        <source>Links through URL shorteners (%1): filters distrust them because they hide the target.</source>
        <translation>URL 短縮サービス経由のリンク（%1）: リンク先を隠すため、フィルターに信用されません。</translation>
    </message>
    <message numerus="yes">
        <source>The message has %n links; many links make a message look like a newsletter or spam.</source>
        <translation>
            <numerusform>メッセージには %n 個のリンクがあります。リンクが多いと、ニュースレターやスパムのように見えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Risky attachments (%1): executables, scripts, macro documents and archives are often refused outright.</source>
        <translation>危険な添付ファイル（%1）: 実行ファイル、スクリプト、マクロ付き文書、アーカイブは、そのまま拒否されることがよくあります。</translation>
    </message>
    <message>
        <source>The message is %1 MB; many servers refuse messages over 10 to 25 MB.</source>
        <translation>メッセージのサイズは %1 MB です。多くのサーバーは 10～25 MB を超えるメッセージを拒否します。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the message</source>
        <translation>
            <numerusform>メッセージ内のリンク: %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked domains: %1</source>
        <translation>リンク先ドメイン: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>添付ファイル: %1</translation>
    </message>
    <message>
        <source>Size: %1 KB</source>
        <translation>サイズ: %1 KB</translation>
    </message>
    <message>
        <source>Nothing in the returned message stands out to a content filter.</source>
        <translation>返送されたメッセージには、コンテンツフィルターに引っかかりそうな点は見当たりません。</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in the message may trigger content filters.</source>
        <translation>
            <numerusform>メッセージ内の %n 点がコンテンツフィルターに引っかかる可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove or replace what is listed above, then resend.</source>
        <translation>上記の項目を削除または置き換えてから、再送信してください。</translation>
    </message>
</context>
<context>
    <name>DeliveryAction</name>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>relayed</source>
        <translation>中継</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>展開</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>Cause: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <source>Reason read from the bounce: %1 (%2 %3)</source>
        <translation>バウンスから読み取った理由: %1（%2 %3）</translation>
    </message>
    <message>
        <source>What the live checks say:</source>
        <translation>ライブチェックの結果:</translation>
    </message>
    <message>
        <source>Needs input:</source>
        <translation>入力が必要:</translation>
    </message>
    <message>
        <source>Your fix plan:</source>
        <translation>修正プラン:</translation>
    </message>
    <message>
        <source>Read a bounce, run the live checks it calls for (DNS, SPF, DKIM, DMARC, blocklists) and print the fix plan. Progress goes to standard error.</source>
        <translation>バウンスを読み込み、必要なライブチェック（DNS、SPF、DKIM、DMARC、ブロックリスト）を実行して、修正プランを出力します。進行状況は標準エラー出力に表示されます。</translation>
    </message>
    <message>
        <source>The bounce (a file, or - for standard input).</source>
        <translation>バウンス（ファイル、または標準入力の場合は -）。</translation>
    </message>
    <message>
        <source>Print JSON: analysis, investigation and plan.</source>
        <translation>JSON を出力します: 分析、調査、プラン。</translation>
    </message>
    <message>
        <source>Also write the whole case to FILE (.html, .md, .pdf or .json).</source>
        <translation>ケース全体を FILE（.html、.md、.pdf、または .json）にも書き出します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Sending IP address (overrides the bounce).</source>
        <translation>送信 IP アドレス（バウンスの内容より優先）。</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>HELO name of the sending server.</source>
        <translation>送信サーバーの HELO 名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Envelope sender address.</source>
        <translation>エンベロープの送信者アドレス。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Sender domain.</source>
        <translation>送信者ドメイン。</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Domain of the From header.</source>
        <translation>From ヘッダーのドメイン。</translation>
    </message>
    <message>
        <source>Recipient domain.</source>
        <translation>受信者ドメイン。</translation>
    </message>
    <message>
        <source>DKIM selector.</source>
        <translation>DKIM セレクター。</translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation>SELECTOR</translation>
    </message>
    <message>
        <source>DKIM signing domain (d=).</source>
        <translation>DKIM 署名ドメイン（d=）。</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>標準エラー出力に進行状況を表示しません。</translation>
    </message>
    <message>
        <source>give exactly one bounce file (or - for standard input)</source>
        <translation>バウンスファイルを 1 つだけ指定してください（標準入力の場合は -）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>checking: %1</source>
        <translation>確認中: %1</translation>
    </message>
    <message>
        <source>%1 of %2 checks done</source>
        <translation>%2 件中 %1 件のチェックが完了</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>レポートを %1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>DkimCheck</name>
    <message>
        <source>must be a non-empty array of selector names.</source>
        <translation>セレクター名の空でない配列である必要があります。</translation>
    </message>
    <message>
        <source>"%1" is not a valid selector.</source>
        <translation>「%1」は有効なセレクターではありません。</translation>
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation>「%1」が 2 回記載されています。</translation>
    </message>
    <message>
        <source>DKIM key %1</source>
        <translation>DKIM 鍵 %1</translation>
    </message>
    <message>
        <source>%1 has TXT records, but none is a DKIM key.</source>
        <translation>%1 には TXT レコードがありますが、DKIM 鍵はありません。</translation>
    </message>
    <message>
        <source>Publish the DKIM public key your mail provider gives you as a TXT record at %1.</source>
        <translation>メールプロバイダーから提供された DKIM 公開鍵を、%1 に TXT レコードとして公開してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n DKIM key records are published at this name; verifiers may pick any of them, so keep one.</source>
        <translation>
            <numerusform>この名前には %n 件の DKIM 鍵レコードが公開されています。検証側はどれを選ぶかわからないため、1 件だけにしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The DKIM key at %1 is revoked (empty p=): signatures with selector %2 fail.</source>
        <translation>%1 の DKIM 鍵は失効しています（p= が空）: セレクター %2 の署名は失敗します。</translation>
    </message>
    <message>
        <source>Sign with a current selector, or publish the active public key at %1.</source>
        <translation>現在のセレクターで署名するか、有効な公開鍵を %1 に公開してください。</translation>
    </message>
    <message>
        <source>The DKIM key record at %1 is broken: %2</source>
        <translation>%1 の DKIM 鍵レコードが壊れています: %2</translation>
    </message>
    <message>
        <source>Copy the key record again from your mail provider or DKIM signer; a record split into several strings must be published as one TXT record.</source>
        <translation>メールプロバイダーまたは DKIM 署名ツールから鍵レコードをもう一度コピーしてください。複数の文字列に分割されたレコードは、1 つの TXT レコードとして公開する必要があります。</translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA %1 ビット</translation>
    </message>
    <message>
        <source>%1 key at %2 is in testing mode (t=y): receivers may ignore DKIM results.</source>
        <translation>%2 の %1 鍵はテストモード（t=y）です: 受信側は DKIM の結果を無視する場合があります。</translation>
    </message>
    <message>
        <source>Remove t=y from the record once signing works.</source>
        <translation>署名が正常に機能したら、レコードから t=y を削除してください。</translation>
    </message>
    <message>
        <source>%1 key published at %2, with warnings.</source>
        <translation>%1 鍵が %2 に公開されています（警告あり）。</translation>
    </message>
    <message>
        <source>Generate a 2048-bit key under a new selector, publish it, then switch signing to it.</source>
        <translation>新しいセレクターで 2048 ビットの鍵を生成して公開し、署名をその鍵に切り替えてください。</translation>
    </message>
    <message>
        <source>%1 key published at %2.</source>
        <translation>%1 鍵が %2 に公開されています。</translation>
    </message>
    <message>
        <source>t=s: signatures must use exactly d=%1 (no subdomains in i=).</source>
        <translation>t=s: 署名には厳密に d=%1 を使用する必要があります（i= にサブドメインは使用不可）。</translation>
    </message>
    <message>
        <source>DKIM keys of %1</source>
        <translation>%1 の DKIM 鍵</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>有効なドメイン名が指定されていません。</translation>
    </message>
    <message>
        <source>No DKIM key is published at %1.</source>
        <translation>%1 に DKIM 鍵が公開されていません。</translation>
    </message>
    <message>
        <source>Signatures made with selector %1 cannot be verified, so DKIM fails for them.</source>
        <translation>セレクター %1 で作成された署名は検証できないため、DKIM は失敗します。</translation>
    </message>
    <message>
        <source>Publish the public key your mail provider or signer gives you as a TXT record at %1, or sign with a selector that is published.</source>
        <translation>メールプロバイダーまたは署名ツールから提供された公開鍵を %1 に TXT レコードとして公開するか、公開済みのセレクターで署名してください。</translation>
    </message>
    <message numerus="yes">
        <source>No DKIM key found under %n common selector(s).</source>
        <translation>
            <numerusform>一般的なセレクター %n 個のいずれにも DKIM 鍵が見つかりませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>DKIM may still be set up under another selector: the s= tag of a DKIM-Signature header names it (use --selector).</source>
        <translation>DKIM が別のセレクターで設定されている可能性があります: DKIM-Signature ヘッダーの s= タグにその名前が示されています（--selector を使用してください）。</translation>
    </message>
    <message numerus="yes">
        <source>%n selector lookup(s) failed and could not be checked.</source>
        <translation>
            <numerusform>%n 件のセレクターの参照に失敗し、確認できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>If you do not sign mail with DKIM yet, turn it on at your mail provider and publish the key it gives you.</source>
        <translation>まだ DKIM でメールに署名していない場合は、メールプロバイダーで DKIM を有効にし、提供された鍵を公開してください。</translation>
    </message>
</context>
<context>
    <name>DkimRecord</name>
    <message>
        <source>The tag %1= appears more than once (RFC 6376 §3.2 makes the record invalid).</source>
        <translation>タグ %1= が複数回出現しています（RFC 6376 §3.2 により、レコードは無効になります）。</translation>
    </message>
    <message>
        <source>v= must be the first tag of the record.</source>
        <translation>v= はレコードの最初のタグである必要があります。</translation>
    </message>
    <message>
        <source>v=%1 is not a DKIM key record version (expected DKIM1).</source>
        <translation>v=%1 は DKIM 鍵レコードのバージョンではありません（DKIM1 が必要です）。</translation>
    </message>
    <message>
        <source>Unknown key type k=%1 (known: rsa, ed25519).</source>
        <translation>不明な鍵の種類 k=%1（既知の種類: rsa、ed25519）。</translation>
    </message>
    <message>
        <source>Unknown tag %1= is ignored.</source>
        <translation>不明なタグ %1= は無視されます。</translation>
    </message>
    <message>
        <source>The record has no p= tag (the public key), which is required.</source>
        <translation>レコードに必須の p= タグ（公開鍵）がありません。</translation>
    </message>
    <message>
        <source>The public key (p=) is not valid base64.</source>
        <translation>公開鍵（p=）が有効な base64 ではありません。</translation>
    </message>
    <message>
        <source>The public key (p=) is not an RSA public key (DER SubjectPublicKeyInfo).</source>
        <translation>公開鍵（p=）が RSA 公開鍵（DER SubjectPublicKeyInfo）ではありません。</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; verifiers must reject keys under 1024 bits (RFC 8301).</source>
        <translation>RSA 鍵は %1 ビットです。検証側は 1024 ビット未満の鍵を拒否する必要があります（RFC 8301）。</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; 2048 bits is the current recommendation (RFC 8301).</source>
        <translation>RSA 鍵は %1 ビットです。現在の推奨は 2048 ビットです（RFC 8301）。</translation>
    </message>
    <message>
        <source>An ed25519 key (RFC 8463) is 32 bytes; this one has %1.</source>
        <translation>ed25519 鍵（RFC 8463）は 32 バイトですが、この鍵は %1 バイトです。</translation>
    </message>
    <message>
        <source>Unknown hash algorithm h=%1.</source>
        <translation>不明なハッシュアルゴリズム h=%1。</translation>
    </message>
    <message>
        <source>h= allows only %1; signatures must use sha256 (RFC 8301).</source>
        <translation>h= は %1 のみを許可しています。署名には sha256 を使用する必要があります（RFC 8301）。</translation>
    </message>
    <message>
        <source>s=%1 does not allow the key to be used for email.</source>
        <translation>s=%1 では、この鍵をメールに使用できません。</translation>
    </message>
    <message>
        <source>Unknown flag t=%1 is ignored.</source>
        <translation>不明なフラグ t=%1 は無視されます。</translation>
    </message>
</context>
<context>
    <name>DmarcAlignment</name>
    <message>
        <source>strict</source>
        <translation>厳密</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>緩和</translation>
    </message>
    <message>
        <source>%1: no authenticated domain known.</source>
        <translation>%1: 認証済みのドメインが不明です。</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 は %2 と一致します</translation>
    </message>
    <message>
        <source>%1 is not exactly %2</source>
        <translation>%1 は %2 と完全には一致しません</translation>
    </message>
    <message>
        <source>%1 and %2 share the organizational domain %3</source>
        <translation>%1 と %2 は組織ドメイン %3 を共有しています</translation>
    </message>
    <message>
        <source>%1 (organizational domain %2) is not under %3</source>
        <translation>%1（組織ドメイン %2）は %3 の配下にありません</translation>
    </message>
    <message>
        <source>%1 for %2 did not pass (%3), so it cannot count; alignment (%4): %5.</source>
        <translation>%2 の %1 は合格しなかったため（%3）、考慮されません。アライメント（%4）: %5。</translation>
    </message>
    <message>
        <source>%1 passed for %2 and is aligned (%3): %4.</source>
        <translation>%2 の %1 は合格し、アライメントも一致しています（%3）: %4。</translation>
    </message>
    <message>
        <source>%1 passed for %2 but is not aligned (%3): %4.</source>
        <translation>%2 の %1 は合格しましたが、アライメントが一致していません（%3）: %4。</translation>
    </message>
    <message>
        <source>DKIM: no signature known.</source>
        <translation>DKIM: 署名が不明です。</translation>
    </message>
    <message>
        <source>DMARC alignment for From: %1</source>
        <translation>From の DMARC アライメント: %1</translation>
    </message>
    <message>
        <source>The From domain is not known, so alignment cannot be judged.</source>
        <translation>From ドメインが不明なため、アライメントを判定できません。</translation>
    </message>
    <message>
        <source>DMARC passes: both SPF and DKIM are aligned with %1.</source>
        <translation>DMARC 合格: SPF と DKIM の両方が %1 とアライメントしています。</translation>
    </message>
    <message>
        <source>DMARC passes through aligned DKIM.</source>
        <translation>アライメントした DKIM により DMARC に合格しています。</translation>
    </message>
    <message>
        <source>DMARC fails: neither SPF nor DKIM passed for a domain aligned with %1.</source>
        <translation>DMARC 失敗: %1 とアライメントしたドメインについて、SPF も DKIM も合格しませんでした。</translation>
    </message>
    <message>
        <source>Sign outgoing mail with DKIM using d=%1 (or a subdomain, with relaxed alignment), and send with a MAIL FROM (Return-Path) under %1 whose SPF record authorises the sending servers.</source>
        <translation>送信メールに d=%1（緩和アライメントの場合はサブドメインも可）で DKIM 署名し、送信サーバーを許可する SPF レコードを持つ %1 配下の MAIL FROM（Return-Path）で送信してください。</translation>
    </message>
    <message>
        <source>DMARC passes through aligned SPF (no DKIM result known); an aligned DKIM signature would keep it passing when mail is forwarded.</source>
        <translation>アライメントした SPF により DMARC に合格しています（DKIM の結果は不明）。アライメントした DKIM 署名があれば、メールが転送されても合格を維持できます。</translation>
    </message>
    <message>
        <source>DMARC passes through aligned SPF only (DKIM is not aligned; mail forwarding will break SPF).</source>
        <translation>アライメントした SPF のみで DMARC に合格しています（DKIM はアライメントしていません。メールを転送すると SPF は失敗します）。</translation>
    </message>
</context>
<context>
    <name>DmarcCheck</name>
    <message>
        <source>DMARC policy of %1</source>
        <translation>%1 の DMARC ポリシー</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>有効なドメイン名が指定されていません。</translation>
    </message>
    <message>
        <source>An SPF record is published at _dmarc.%1; SPF belongs at the domain itself.</source>
        <translation>_dmarc.%1 に SPF レコードが公開されています。SPF はドメイン自体に設定するものです。</translation>
    </message>
    <message>
        <source>"%1" looks like a DMARC record but does not start with v=DMARC1, so receivers ignore it.</source>
        <translation>「%1」は DMARC レコードのように見えますが、v=DMARC1 で始まっていないため、受信側に無視されます。</translation>
    </message>
    <message>
        <source>Neither %1 nor its organizational domain %2 publishes a DMARC record.</source>
        <translation>%1 とその組織ドメイン %2 のどちらも DMARC レコードを公開していません。</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record.</source>
        <translation>%1 は DMARC レコードを公開していません。</translation>
    </message>
    <message>
        <source>Gmail, Yahoo and Outlook.com require DMARC from bulk senders, and without it anyone can send mail as your domain unchecked.</source>
        <translation>Gmail、Yahoo、Outlook.com は大量送信者に DMARC を求めています。また、DMARC がないと、誰でもあなたのドメインを名乗ってチェックなしでメールを送信できます。</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.%1, e.g. the one below (start with p=none instead if you are not yet sure all your mail is signed, and read the reports).</source>
        <translation>_dmarc.%1 に TXT レコード（例: 下記のもの）を公開してください（すべてのメールが署名されているか確信がない場合は、まず p=none で始めてレポートを確認してください）。</translation>
    </message>
    <message numerus="yes">
        <source>_dmarc.%1 has %n DMARC records; with more than one, receivers apply no DMARC policy at all (RFC 7489 §6.6.3).</source>
        <translation>
            <numerusform>_dmarc.%1 には %n 件の DMARC レコードがあります。複数あると、受信側は DMARC ポリシーを一切適用しません（RFC 7489 §6.6.3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at _dmarc.%1.</source>
        <translation>_dmarc.%1 には、v=DMARC1 で始まる TXT レコードを 1 件だけ置いてください。</translation>
    </message>
    <message>
        <source>%1 has no record of its own; the record of its organizational domain %2 applies, with its subdomain policy sp=%3.</source>
        <translation>%1 には独自のレコードがないため、組織ドメイン %2 のレコードがサブドメインポリシー sp=%3 で適用されます。</translation>
    </message>
    <message>
        <source>Receivers following RFC 9989 walk up the DNS tree and would use the record at _dmarc.%1 instead; publish the policy you mean at one place to avoid the difference.</source>
        <translation>RFC 9989 に従う受信側は DNS ツリーをさかのぼり、代わりに _dmarc.%1 のレコードを使用します。差異を避けるため、意図したポリシーは 1 か所で公開してください。</translation>
    </message>
    <message>
        <source>No rua= address: you will get no aggregate reports telling you who sends as your domain.</source>
        <translation>rua= アドレスがありません: あなたのドメインを名乗って誰が送信しているかを示す集計レポートを受け取れません。</translation>
    </message>
    <message>
        <source>The DMARC record at _dmarc.%1 has errors: %2</source>
        <translation>_dmarc.%1 の DMARC レコードにエラーがあります: %2</translation>
    </message>
    <message>
        <source>Correct the record; a corrected version is suggested below.</source>
        <translation>レコードを修正してください。修正版を下記に示します。</translation>
    </message>
    <message>
        <source>DMARC is published for %1 but not enforced (p=none): failing mail is still delivered.</source>
        <translation>%1 の DMARC は公開されていますが、適用されていません（p=none）: 失敗したメールも配信されます。</translation>
    </message>
    <message>
        <source>Once the aggregate reports show all your mail passes, move to p=quarantine, then p=reject.</source>
        <translation>集計レポートですべてのメールが合格していることを確認できたら、p=quarantine、次に p=reject に移行してください。</translation>
    </message>
    <message>
        <source>DMARC policy %1 for %2, with warnings.</source>
        <translation>%2 の DMARC ポリシー %1（警告あり）。</translation>
    </message>
    <message>
        <source>DMARC policy %1 for %2 (adkim=%3, aspf=%4).</source>
        <translation>%2 の DMARC ポリシー %1（adkim=%3、aspf=%4）。</translation>
    </message>
    <message>
        <source>DMARC report destinations of %1</source>
        <translation>%1 の DMARC レポート送信先</translation>
    </message>
    <message>
        <source>Report destination(s) %1 have not authorised reports for %2, so receivers will not send them there.</source>
        <translation>レポート送信先 %1 は %2 のレポート受信を承認していないため、受信側はそこにレポートを送信しません。</translation>
    </message>
    <message>
        <source>The receiving domain must publish a TXT record "v=DMARC1" at %1._report._dmarc.%2 (report services do this when you register the domain with them).</source>
        <translation>受信側のドメインは、%1._report._dmarc.%2 に TXT レコード「v=DMARC1」を公開する必要があります（レポートサービスにドメインを登録すると、サービス側で設定されます）。</translation>
    </message>
    <message>
        <source>The authorisation of report destination(s) %1 could not be looked up.</source>
        <translation>レポート送信先 %1 の承認を参照できませんでした。</translation>
    </message>
    <message>
        <source>Every external report destination has authorised reports for %1.</source>
        <translation>すべての外部レポート送信先が %1 のレポート受信を承認しています。</translation>
    </message>
</context>
<context>
    <name>DmarcRecord</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>タグ %1= が複数回出現しています。</translation>
    </message>
    <message>
        <source>A DMARC record must start with v=DMARC1.</source>
        <translation>DMARC レコードは v=DMARC1 で始まる必要があります。</translation>
    </message>
    <message>
        <source>Write the version exactly as v=DMARC1; some receivers compare it case-sensitively.</source>
        <translation>バージョンは正確に v=DMARC1 と記述してください。大文字と小文字を区別して比較する受信側があります。</translation>
    </message>
    <message>
        <source>Invalid value for %1=: "%2".</source>
        <translation>%1= の値が無効です: 「%2」。</translation>
    </message>
    <message>
        <source>p= should come right after v=DMARC1; some receivers expect it there.</source>
        <translation>p= は v=DMARC1 の直後に置いてください。その位置にあることを前提とする受信側があります。</translation>
    </message>
    <message>
        <source>pct= was removed in RFC 9989; receivers following it apply the policy to all mail.</source>
        <translation>pct= は RFC 9989 で廃止されました。これに従う受信側はすべてのメールにポリシーを適用します。</translation>
    </message>
    <message>
        <source>rf= was removed in RFC 9989 and is ignored.</source>
        <translation>rf= は RFC 9989 で廃止されたため、無視されます。</translation>
    </message>
    <message>
        <source>%1= holds "%2", which is not a URI (write mailto:address).</source>
        <translation>%1= の値「%2」は URI ではありません（mailto:アドレス の形式で記述してください）。</translation>
    </message>
    <message>
        <source>%1= holds "%2", which is not a valid mail address.</source>
        <translation>%1= の値「%2」は有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <source>%1= uses %2:, which few receivers support; use mailto:.</source>
        <translation>%1= は %2: を使用していますが、対応している受信側はほとんどありません。mailto: を使用してください。</translation>
    </message>
    <message>
        <source>The size limit !%1 is obsolete (RFC 9989).</source>
        <translation>サイズ制限 !%1 は廃止されています（RFC 9989）。</translation>
    </message>
    <message>
        <source>Unknown tag %1= is ignored.</source>
        <translation>不明なタグ %1= は無視されます。</translation>
    </message>
    <message>
        <source>The record has no p= tag: receivers treat that as p=none (RFC 9989), older ones ignore the whole record without a valid rua= (RFC 7489).</source>
        <translation>レコードに p= タグがありません: 受信側は p=none として扱います（RFC 9989）。古い受信側は、有効な rua= がなければレコード全体を無視します（RFC 7489）。</translation>
    </message>
    <message>
        <source>fo= holds both 0 and 1; 1 already includes what 0 asks for.</source>
        <translation>fo= に 0 と 1 の両方が含まれています。1 は 0 の内容をすでに含んでいます。</translation>
    </message>
    <message>
        <source>More than two report addresses: some receivers send reports to the first two only.</source>
        <translation>レポートアドレスが 3 つ以上あります: 最初の 2 つにしかレポートを送信しない受信側があります。</translation>
    </message>
</context>
<context>
    <name>Dns</name>
    <message>
        <source>could not contact the DNS server (connection refused)</source>
        <translation>DNS サーバーに接続できませんでした（接続拒否）</translation>
    </message>
    <message>
        <source>the DNS server did not understand the query (FORMERR)</source>
        <translation>DNS サーバーがクエリを理解できませんでした（FORMERR）</translation>
    </message>
    <message>
        <source>the DNS server does not implement this query (NOTIMP)</source>
        <translation>DNS サーバーはこのクエリに対応していません（NOTIMP）</translation>
    </message>
    <message>
        <source>the DNS server sent a malformed answer</source>
        <translation>DNS サーバーが不正な形式の応答を返しました</translation>
    </message>
    <message>
        <source>malformed DNS answer: %1</source>
        <translation>不正な形式の DNS 応答: %1</translation>
    </message>
    <message>
        <source>shorter than a DNS header</source>
        <translation>DNS ヘッダーより短い</translation>
    </message>
    <message>
        <source>bad question section</source>
        <translation>質問セクションが不正</translation>
    </message>
    <message>
        <source>bad record header in the answer section</source>
        <translation>応答セクションのレコードヘッダーが不正</translation>
    </message>
    <message>
        <source>record data runs past the end</source>
        <translation>レコードデータが終端を超えています</translation>
    </message>
    <message>
        <source>bad data in a type %1 record</source>
        <translation>タイプ %1 のレコードのデータが不正</translation>
    </message>
    <message>
        <source>"%1" is not a valid DNS name: %2</source>
        <translation>「%1」は有効な DNS 名ではありません: %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名前が空です</translation>
    </message>
    <message>
        <source>it has an empty label (two dots in a row)</source>
        <translation>空のラベルがあります（ドットが 2 つ連続しています）</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>制御文字が含まれています</translation>
    </message>
    <message>
        <source>the label "%1" cannot be converted to an A-label</source>
        <translation>ラベル「%1」を A-label に変換できません</translation>
    </message>
    <message>
        <source>the label "%1" is longer than 63 characters</source>
        <translation>ラベル「%1」が 63 文字を超えています</translation>
    </message>
    <message>
        <source>it is longer than 253 characters</source>
        <translation>253 文字を超えています</translation>
    </message>
    <message>
        <source>invalid DNS server "%1": %2</source>
        <translation>無効な DNS サーバー「%1」: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>missing "]"</source>
        <translation>「]」がありません</translation>
    </message>
    <message>
        <source>expected ":PORT" after "]"</source>
        <translation>「]」の後には「:PORT」が必要です</translation>
    </message>
    <message>
        <source>the port is missing after ":"</source>
        <translation>「:」の後にポート番号がありません</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>「%1」は IP アドレスではありません</translation>
    </message>
    <message>
        <source>"%1" is not a port number (1–65535)</source>
        <translation>「%1」はポート番号（1～65535）ではありません</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>応答あり</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>名前が存在しません（NXDOMAIN）</translation>
    </message>
    <message>
        <source>the name exists but has no record of this type</source>
        <translation>名前は存在しますが、この種類のレコードがありません</translation>
    </message>
    <message>
        <source>the DNS server failed (SERVFAIL)</source>
        <translation>DNS サーバーでエラーが発生しました（SERVFAIL）</translation>
    </message>
    <message>
        <source>the DNS server refused the query (REFUSED)</source>
        <translation>DNS サーバーがクエリを拒否しました（REFUSED）</translation>
    </message>
    <message>
        <source>no answer from the DNS server (timeout)</source>
        <translation>DNS サーバーから応答がありません（タイムアウト）</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>有効な DNS 名ではありません</translation>
    </message>
    <message>
        <source>the DNS query failed</source>
        <translation>DNS クエリに失敗しました</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address</source>
        <translation>「%1」は IPv4 または IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>no zone given for the reverse name</source>
        <translation>逆引き名のゾーンが指定されていません</translation>
    </message>
</context>
<context>
    <name>DnsCommand</name>
    <message>
        <source>DNS report for %1</source>
        <translation>%1 の DNS レポート</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>修正方法: </translation>
    </message>
    <message>
        <source>Suggested record: </source>
        <translation>推奨レコード: </translation>
    </message>
    <message numerus="yes">
        <source>%n DNS queries</source>
        <translation>
            <numerusform>DNS クエリ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT and reverse-DNS report for a domain.</source>
        <translation>ドメインの MX、SPF、DKIM、DMARC、MTA-STS、TLS-RPT、逆引き DNS のレポート。</translation>
    </message>
    <message>
        <source>The domain to check.</source>
        <translation>確認するドメイン。</translation>
    </message>
    <message>
        <source>Sending IP: check its reverse DNS (and SPF for it).</source>
        <translation>送信 IP: その逆引き DNS（およびその IP に対する SPF）を確認します。</translation>
    </message>
    <message>
        <source>DKIM selector (repeatable); default: try common selectors.</source>
        <translation>DKIM セレクター（複数指定可）。既定: 一般的なセレクターを試します。</translation>
    </message>
    <message>
        <source>Header From domain, if it differs (DMARC, DKIM).</source>
        <translation>ヘッダーの From ドメイン（異なる場合。DMARC、DKIM 用）。</translation>
    </message>
    <message>
        <source>Envelope sender for the SPF evaluation.</source>
        <translation>SPF 評価に使うエンベロープの送信者。</translation>
    </message>
    <message>
        <source>HELO name for the SPF evaluation.</source>
        <translation>SPF 評価に使う HELO 名。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>give exactly one domain (see --help)</source>
        <translation>ドメインを 1 つだけ指定してください（--help を参照）</translation>
    </message>
    <message>
        <source>"%1" is not a domain name</source>
        <translation>「%1」はドメイン名ではありません</translation>
    </message>
</context>
<context>
    <name>DomainReport</name>
    <message>
        <source>Domain and MX</source>
        <translation>ドメインと MX</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>SPF レコード</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DMARC of the From domain</source>
        <translation>From ドメインの DMARC</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>逆引き DNS</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>TLS reporting</source>
        <translation>TLS レポート</translation>
    </message>
    <message>
        <source>SPF include tree</source>
        <translation>SPF の include ツリー</translation>
    </message>
    <message>
        <source>SPF evaluation</source>
        <translation>SPF の評価</translation>
    </message>
    <message>
        <source>SPF include tree of %1</source>
        <translation>%1 の SPF include ツリー</translation>
    </message>
    <message>
        <source>The SPF tree of %1 needs %2 DNS lookups and %3 void lookups; over 10 (or 2 void) is a permanent error, so SPF fails.</source>
        <translation>%1 の SPF ツリーには %2 回の DNS 参照と %3 回の空の参照（void lookup）が必要です。10 回（空の参照は 2 回）を超えると恒久的エラーとなり、SPF は失敗します。</translation>
    </message>
    <message>
        <source>Remove includes you no longer use, or replace some by the ip4:/ip6: ranges they stand for.</source>
        <translation>使用していない include を削除するか、一部をそれが表す ip4:/ip6: の範囲に置き換えてください。</translation>
    </message>
    <message>
        <source>The SPF tree of %1 uses %2 of 10 DNS lookups, with warnings.</source>
        <translation>%1 の SPF ツリーは 10 回中 %2 回の DNS 参照を使用しています（警告あり）。</translation>
    </message>
    <message>
        <source>The SPF tree of %1 uses %2 of 10 DNS lookups.</source>
        <translation>%1 の SPF ツリーは 10 回中 %2 回の DNS 参照を使用しています。</translation>
    </message>
    <message>
        <source>A corrected record is suggested below.</source>
        <translation>修正したレコードを下記に示します。</translation>
    </message>
    <message>
        <source>SPF does not give DMARC an aligned pass for %1; DMARC then depends on an aligned DKIM signature.</source>
        <translation>SPF は %1 について DMARC のアライメントした合格になりません。その場合、DMARC はアライメントした DKIM 署名に依存します。</translation>
    </message>
    <message>
        <source>DKIM was not evaluated (that needs the message itself); give --selector to check the key your mail is signed with.</source>
        <translation>DKIM は評価されていません（メッセージ自体が必要です）。メールの署名に使用している鍵を確認するには --selector を指定してください。</translation>
    </message>
</context>
<context>
    <name>DomainSpfCheck</name>
    <message>
        <source>SPF record of %1</source>
        <translation>%1 の SPF レコード</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>有効なドメイン名が指定されていません。</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 は SPF レコードを公開していません。</translation>
    </message>
    <message>
        <source>Receivers cannot tell which servers may send as %1; Gmail and Yahoo require SPF or DKIM from every sender.</source>
        <translation>受信側は、どのサーバーが %1 として送信できるか判断できません。Gmail と Yahoo はすべての送信者に SPF または DKIM を求めています。</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 listing your sending servers, ending in ~all or -all.</source>
        <translation>%1 に、送信サーバーを列挙し ~all または -all で終わる TXT レコードを公開してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 publishes %n SPF records; RFC 7208 §4.5 makes that a permanent error, so SPF fails for all mail.</source>
        <translation>
            <numerusform>%1 は %n 件の SPF レコードを公開しています。RFC 7208 §4.5 によりこれは恒久的エラーとなり、すべてのメールで SPF が失敗します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge them into one record: keep one v=spf1 and put every mechanism before a single ~all or -all.</source>
        <translation>1 件のレコードに統合してください: v=spf1 を 1 つだけ残し、すべてのメカニズムを 1 つの ~all または -all の前に置きます。</translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error at position %2 (%3): %4</source>
        <translation>%1 の SPF レコードの位置 %2（%3）に構文エラーがあります: %4</translation>
    </message>
    <message>
        <source>Correct the record; receivers treat a syntax error as a permanent error (SPF fails).</source>
        <translation>レコードを修正してください。受信側は構文エラーを恒久的エラーとして扱います（SPF は失敗します）。</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in %2, which lets any server pass or be neutral.</source>
        <translation>%1 の SPF レコードは %2 で終わっており、どのサーバーも合格または中立になってしまいます。</translation>
    </message>
    <message>
        <source>End the record with ~all or -all.</source>
        <translation>レコードの末尾を ~all または -all にしてください。</translation>
    </message>
    <message>
        <source>%1 publishes one SPF record.</source>
        <translation>%1 は SPF レコードを 1 件公開しています。</translation>
    </message>
</context>
<context>
    <name>DomainTypo</name>
    <message>
        <source>must be an array of domain names.</source>
        <translation>ドメイン名の配列である必要があります。</translation>
    </message>
    <message>
        <source>is not a domain name.</source>
        <translation>ドメイン名ではありません。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 が 2 回記載されています。</translation>
    </message>
    <message>
        <source>must map a mistyped TLD to the intended one.</source>
        <translation>誤入力された TLD を正しい TLD に対応付ける必要があります。</translation>
    </message>
</context>
<context>
    <name>FixPlan</name>
    <message>
        <source>Resend once the cause is fixed.</source>
        <translation>原因を修正したら再送信してください。</translation>
    </message>
    <message>
        <source>The live checks confirm this cause.</source>
        <translation>ライブチェックでこの原因が確認されました。</translation>
    </message>
    <message>
        <source>The bounce points here.</source>
        <translation>バウンスはこの原因を示しています。</translation>
    </message>
    <message>
        <source>A possible cause worth checking.</source>
        <translation>確認する価値のある原因の候補です。</translation>
    </message>
    <message>
        <source>Nothing points here for this bounce; you can skip it.</source>
        <translation>このバウンスではこの項目に該当する点はありません。スキップしてかまいません。</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No check changed since the first run.</source>
        <translation>最初の実行以降、変化したチェックはありません。</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>修正後のアドレス</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Hello, my email to %1 came back because the mailbox is full. Could you make some room and let me know, so I can send it again? Thank you.</source>
        <translation>こんにちは。%1 宛てにお送りしたメールが、メールボックスの容量がいっぱいのため戻ってきてしまいました。お手数ですが、空き容量を確保していただき、再送できるようお知らせいただけますでしょうか。よろしくお願いいたします。</translation>
    </message>
    <message>
        <source>Hello, my email to %1 was refused by your organisation's mail policy. Could you ask your mail administrator to allow mail from %2? Thank you.</source>
        <translation>こんにちは。%1 宛てにお送りしたメールが、貴組織のメールポリシーにより拒否されました。お手数ですが、メール管理者の方に %2 からのメールを許可するようご依頼いただけますでしょうか。よろしくお願いいたします。</translation>
    </message>
    <message>
        <source>my address</source>
        <translation>私のアドレス</translation>
    </message>
    <message>
        <source>Hello, my email to %1 came back: the mailbox seems disabled or unavailable. Is this address still in use, or should I write to another one? Thank you.</source>
        <translation>こんにちは。%1 宛てにお送りしたメールが戻ってきてしまいました。メールボックスが無効か利用できない状態のようです。このアドレスは現在もお使いでしょうか。別のアドレスにお送りすべきでしょうか。よろしくお願いいたします。</translation>
    </message>
    <message>
        <source>Message to send the recipient by another channel</source>
        <translation>別の手段で受信者に送るメッセージ</translation>
    </message>
    <message>
        <source>Delisting: %1</source>
        <translation>掲載解除: %1</translation>
    </message>
    <message>
        <source>Delisting at Microsoft</source>
        <translation>Microsoft での掲載解除</translation>
    </message>
    <message>
        <source>Microsoft uses its own block list. Request removal of the IP on the Office 365 delist portal.</source>
        <translation>Microsoft は独自のブロックリストを使用しています。Office 365 の掲載解除ポータルで IP の削除を申請してください。</translation>
    </message>
    <message>
        <source>Suggested %1 record for %2</source>
        <translation>%2 の推奨 %1 レコード</translation>
    </message>
    <message>
        <source>Publish this TXT record at %1.</source>
        <translation>この TXT レコードを %1 に公開してください。</translation>
    </message>
    <message>
        <source>What to change in the message</source>
        <translation>メッセージで変更すべき点</translation>
    </message>
    <message>
        <source>Listed link domain %1</source>
        <translation>掲載されているリンク先ドメイン %1</translation>
    </message>
    <message>
        <source>Remove links to this domain or get it delisted.</source>
        <translation>このドメインへのリンクを削除するか、掲載を解除してもらってください。</translation>
    </message>
    <message>
        <source>Hello, please set the reverse DNS (PTR record) of our IP address %1 to %2. The name %2 already resolves (or will resolve) to %1, so the reverse and forward lookups match. We need this for our mail server to be accepted by other mail providers. Thank you.</source>
        <translation>お世話になっております。弊社の IP アドレス %1 の逆引き DNS（PTR レコード）を %2 に設定していただけますでしょうか。名前 %2 はすでに %1 に解決される（または解決されるよう設定予定）ため、逆引きと正引きが一致します。弊社のメールサーバーが他のメールプロバイダーに受け付けられるために必要です。よろしくお願いいたします。</translation>
    </message>
    <message>
        <source>Request to your hosting provider or ISP</source>
        <translation>ホスティングプロバイダーまたは ISP への依頼</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>確認できませんでした</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不要</translation>
    </message>
</context>
<context>
    <name>GuideStep</name>
    <message>
        <source>%1: entry "%2": %3</source>
        <translation>%1: エントリ「%2」: %3</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: オフセット %2 で有効な JSON ではありません: %3</translation>
    </message>
    <message>
        <source>Verify the recipient address</source>
        <translation>受信者アドレスの確認</translation>
    </message>
    <message>
        <source>Make sure the address exists: spelling, domain and the domain's mail servers.</source>
        <translation>アドレスが存在することを確認します: 綴り、ドメイン、ドメインのメールサーバー。</translation>
    </message>
    <message>
        <source>Compare the address letter by letter with one you know works (a business card, an earlier reply).</source>
        <translation>アドレスを、正しいとわかっているもの（名刺、以前の返信など）と 1 文字ずつ比較してください。</translation>
    </message>
    <message>
        <source>Check that the domain after the @ exists and accepts mail (see the mail server check).</source>
        <translation>@ 以降のドメインが存在し、メールを受け付けることを確認してください（メールサーバーのチェックを参照）。</translation>
    </message>
    <message>
        <source>If a typo is suggested, send to the corrected address instead.</source>
        <translation>入力ミスの修正候補が示された場合は、修正後のアドレスに送信してください。</translation>
    </message>
    <message>
        <source>If the address looks right, ask the recipient by another channel (phone, chat) for their current address.</source>
        <translation>アドレスが正しく見える場合は、別の手段（電話、チャット）で受信者に現在のアドレスを尋ねてください。</translation>
    </message>
    <message>
        <source>Check the recipient's mailbox</source>
        <translation>受信者のメールボックスの確認</translation>
    </message>
    <message>
        <source>The address exists but the mailbox refuses mail: full, disabled, or blocked by the recipient's policy.</source>
        <translation>アドレスは存在しますが、メールボックスがメールを拒否しています: 容量超過、無効化、または受信者のポリシーによるブロックです。</translation>
    </message>
    <message>
        <source>Read what the bounce says about the mailbox (full, disabled, suspended, not accepting mail from you).</source>
        <translation>バウンスにメールボックスについて何が書かれているか読んでください（容量超過、無効化、停止、あなたからのメールを受け付けない）。</translation>
    </message>
    <message>
        <source>Tell the recipient by another channel: a full mailbox must be emptied, a disabled one re-enabled by their administrator.</source>
        <translation>別の手段で受信者に伝えてください: 容量がいっぱいのメールボックスは空ける必要があり、無効化されたメールボックスは先方の管理者が再度有効にする必要があります。</translation>
    </message>
    <message>
        <source>If their organisation blocks you by policy, ask them to add your address or domain to their allowed senders.</source>
        <translation>先方の組織がポリシーであなたをブロックしている場合は、あなたのアドレスまたはドメインを許可された送信者に追加するよう依頼してください。</translation>
    </message>
    <message>
        <source>For a full mailbox, wait until the recipient confirms there is space before you resend.</source>
        <translation>容量がいっぱいの場合は、受信者から空きができたと連絡があるまで再送信を待ってください。</translation>
    </message>
    <message>
        <source>Get off blocklists</source>
        <translation>ブロックリストからの削除</translation>
    </message>
    <message>
        <source>Check your sending server's IP address and your domain against the DNS blocklists and request delisting.</source>
        <translation>送信サーバーの IP アドレスとドメインを DNS ブロックリストと照合し、掲載解除を申請します。</translation>
    </message>
    <message>
        <source>Find and stop what got you listed: a compromised account or computer, a bad mailing list, an open relay.</source>
        <translation>掲載の原因を特定して止めてください: 侵害されたアカウントやコンピューター、不適切なメーリングリスト、オープンリレーなど。</translation>
    </message>
    <message>
        <source>Request removal on each list's delisting page (links below), starting with the lists big receivers use.</source>
        <translation>各リストの掲載解除ページ（下記リンク）で削除を申請してください。大手の受信側が使用するリストから始めます。</translation>
    </message>
    <message>
        <source>Make sure the sending IP has reverse DNS that names your mail server and resolves back to it.</source>
        <translation>送信 IP に、メールサーバーを示し正引きでも一致する逆引き DNS が設定されていることを確認してください。</translation>
    </message>
    <message>
        <source>If you send through a provider's shared IP, contact the provider: only they can fix its reputation.</source>
        <translation>プロバイダーの共有 IP 経由で送信している場合は、プロバイダーに連絡してください。その評価を改善できるのはプロバイダーだけです。</translation>
    </message>
    <message>
        <source>Fix SPF, DKIM and DMARC</source>
        <translation>SPF、DKIM、DMARC の修正</translation>
    </message>
    <message>
        <source>Make your domain's sender checks pass: SPF must include your sending server, DKIM must sign, and DMARC must find one of them aligned.</source>
        <translation>ドメインの送信者チェックに合格するようにします: SPF に送信サーバーを含め、DKIM で署名し、DMARC がそのどちらかのアライメントを確認できる必要があります。</translation>
    </message>
    <message>
        <source>Publish an SPF record that includes every server and service that sends mail for your domain.</source>
        <translation>ドメインのメールを送信するすべてのサーバーとサービスを含む SPF レコードを公開してください。</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at your mail provider and publish the key it gives you.</source>
        <translation>メールプロバイダーで DKIM 署名を有効にし、提供された鍵を公開してください。</translation>
    </message>
    <message>
        <source>Publish a DMARC record; start with p=none and reports, tighten once SPF or DKIM pass and align.</source>
        <translation>DMARC レコードを公開してください。p=none とレポートから始め、SPF または DKIM が合格してアライメントしたら厳しくします。</translation>
    </message>
    <message>
        <source>Make sure the From domain matches the SPF (envelope) domain or the DKIM d= domain.</source>
        <translation>From ドメインが SPF（エンベロープ）のドメインまたは DKIM の d= ドメインと一致していることを確認してください。</translation>
    </message>
    <message>
        <source>Review content and sending activity</source>
        <translation>内容と送信状況の確認</translation>
    </message>
    <message>
        <source>A spam or security filter refused the message itself. Look at links, attachments, size and how many messages you sent.</source>
        <translation>スパムフィルターまたはセキュリティフィルターがメッセージ自体を拒否しました。リンク、添付ファイル、サイズ、送信したメッセージの数を確認してください。</translation>
    </message>
    <message>
        <source>Remove URL shorteners and links to domains on blocklists; link to your own domain.</source>
        <translation>URL 短縮サービスやブロックリストに掲載されたドメインへのリンクを削除し、自分のドメインにリンクしてください。</translation>
    </message>
    <message>
        <source>Do not attach executables, scripts or macro documents; share large or risky files by link.</source>
        <translation>実行ファイル、スクリプト、マクロ付き文書は添付せず、大きなファイルや危険なファイルはリンクで共有してください。</translation>
    </message>
    <message>
        <source>Keep the message under the receiver's size limit (often 10 to 25 MB after encoding).</source>
        <translation>メッセージを受信側のサイズ制限内に収めてください（エンコード後で 10～25 MB が一般的です）。</translation>
    </message>
    <message>
        <source>Avoid sudden bursts of mail to many recipients; send bulk mail through a proper mailing service.</source>
        <translation>多数の受信者への急な大量送信は避け、一括メールは適切なメール配信サービスで送信してください。</translation>
    </message>
    <message>
        <source>Write a clear subject and plain text; avoid all-caps, many exclamation marks and image-only messages.</source>
        <translation>わかりやすい件名とシンプルな本文にしてください。すべて大文字、多数の感嘆符、画像だけのメッセージは避けてください。</translation>
    </message>
    <message>
        <source>Check your mail server settings</source>
        <translation>メールサーバー設定の確認</translation>
    </message>
    <message>
        <source>Test the outgoing server your mail program uses: host, port, encryption and login.</source>
        <translation>メールプログラムが使用する送信サーバーをテストします: ホスト、ポート、暗号化、ログイン。</translation>
    </message>
    <message>
        <source>Use your provider's outgoing server name, port 587 with STARTTLS or port 465 with TLS.</source>
        <translation>プロバイダーの送信サーバー名を使い、ポート 587 で STARTTLS、またはポート 465 で TLS を使用してください。</translation>
    </message>
    <message>
        <source>Turn on authentication with your full email address and password (or an app password).</source>
        <translation>完全なメールアドレスとパスワード（またはアプリパスワード）で認証を有効にしてください。</translation>
    </message>
    <message>
        <source>Send only through a server that is allowed to relay for your domain.</source>
        <translation>あなたのドメインのリレーを許可されたサーバー経由でのみ送信してください。</translation>
    </message>
    <message>
        <source>If you run your own server: reverse DNS, HELO name and TLS must be set up correctly.</source>
        <translation>自前のサーバーを運用している場合: 逆引き DNS、HELO 名、TLS を正しく設定する必要があります。</translation>
    </message>
    <message>
        <source>Resend after fixing the cause</source>
        <translation>原因を修正した後に再送信</translation>
    </message>
    <message>
        <source>Re-run the checks to confirm the fix, then send the message again.</source>
        <translation>チェックを再実行して修正を確認してから、メッセージを再送信します。</translation>
    </message>
    <message>
        <source>Re-run every check and compare with the results before the fix.</source>
        <translation>すべてのチェックを再実行し、修正前の結果と比較してください。</translation>
    </message>
    <message>
        <source>Send the original message again (not a reply to the bounce).</source>
        <translation>元のメッセージを再送信してください（バウンスへの返信ではありません）。</translation>
    </message>
    <message>
        <source>If it bounces again, paste the new bounce: the reason may have changed.</source>
        <translation>再びバウンスした場合は、新しいバウンスを貼り付けてください。理由が変わっている可能性があります。</translation>
    </message>
</context>
<context>
    <name>Investigation</name>
    <message>
        <source>Enter the public IP address of the server that sent your message. It is in the Received headers of a message you sent (the first hop outside your network), or ask your provider.</source>
        <translation>メッセージを送信したサーバーのパブリック IP アドレスを入力してください。送信したメッセージの Received ヘッダー（ネットワーク外の最初の中継）に記載されています。またはプロバイダーに問い合わせてください。</translation>
    </message>
    <message>
        <source>Enter the domain of your sender address (the part after the @).</source>
        <translation>送信者アドレスのドメイン（@ 以降の部分）を入力してください。</translation>
    </message>
    <message>
        <source>Enter the domain of the address you wrote to (the part after the @).</source>
        <translation>宛先アドレスのドメイン（@ 以降の部分）を入力してください。</translation>
    </message>
    <message>
        <source>Enter the domain that signs your mail with DKIM (usually your sender domain).</source>
        <translation>メールに DKIM 署名するドメイン（通常は送信者ドメイン）を入力してください。</translation>
    </message>
    <message>
        <source>Enter the domain of the From address your recipients see.</source>
        <translation>受信者に表示される From アドレスのドメインを入力してください。</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>%1 を入力してください。</translation>
    </message>
    <message>
        <source>The bounce did not say whether a DKIM signature passed; only SPF could be weighed.</source>
        <translation>バウンスには DKIM 署名が合格したかどうかが書かれていないため、SPF のみを評価しました。</translation>
    </message>
    <message>
        <source>The recipient domain cannot receive mail (no such domain, null MX or no mail server).</source>
        <translation>受信者のドメインはメールを受信できません（ドメインが存在しない、null MX、またはメールサーバーがない）。</translation>
    </message>
    <message>
        <source>The recipient domain itself cannot receive mail, so the address is wrong rather than the mailbox.</source>
        <translation>受信者のドメイン自体がメールを受信できないため、メールボックスではなくアドレスが誤っています。</translation>
    </message>
    <message>
        <source>The recipient domain has working mail servers now; the failure may have been temporary or fixed since.</source>
        <translation>受信者のドメインには現在、正常に動作するメールサーバーがあります。失敗は一時的なものだったか、その後修正された可能性があります。</translation>
    </message>
    <message>
        <source>The recipient domain accepts mail; only its server knows which mailboxes exist, and the bounce speaks for it.</source>
        <translation>受信者のドメインはメールを受け付けます。どのメールボックスが存在するかはそのサーバーにしかわからず、バウンスはそのサーバーの回答です。</translation>
    </message>
    <message>
        <source>Listed on a blocklist that large mail providers use.</source>
        <translation>大手メールプロバイダーが使用するブロックリストに掲載されています。</translation>
    </message>
    <message>
        <source>Listed on a smaller blocklist; some receivers use it.</source>
        <translation>小規模なブロックリストに掲載されています。一部の受信側が使用しています。</translation>
    </message>
    <message>
        <source>The blocklists could not be checked from this network.</source>
        <translation>このネットワークからはブロックリストを確認できませんでした。</translation>
    </message>
    <message>
        <source>Not listed on any public blocklist that answered; the receiver may use its own reputation data (Microsoft and Gmail do), so follow its delisting steps.</source>
        <translation>応答した公開ブロックリストには掲載されていません。受信側が独自の評価データを使用している可能性があるため（Microsoft と Gmail はそうしています）、その掲載解除手順に従ってください。</translation>
    </message>
    <message>
        <source>The sending IP has no working reverse DNS, which hurts its reputation.</source>
        <translation>送信 IP に正常な逆引き DNS がなく、評価が下がっています。</translation>
    </message>
    <message>
        <source>SPF does not pass for the sending IP (result: %1).</source>
        <translation>送信 IP について SPF が合格しません（結果: %1）。</translation>
    </message>
    <message>
        <source>SPF passes for the sending IP.</source>
        <translation>送信 IP について SPF が合格しています。</translation>
    </message>
    <message>
        <source>The DKIM key is missing or broken.</source>
        <translation>DKIM 鍵がないか壊れています。</translation>
    </message>
    <message>
        <source>A DKIM key is published.</source>
        <translation>DKIM 鍵が公開されています。</translation>
    </message>
    <message>
        <source>The DMARC record has a problem.</source>
        <translation>DMARC レコードに問題があります。</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes with a domain aligned to the From domain, so DMARC fails.</source>
        <translation>From ドメインとアライメントしたドメインで SPF も DKIM も合格しないため、DMARC は失敗します。</translation>
    </message>
    <message>
        <source>DMARC alignment passes now; the failure may have been fixed since, or happened at a forwarder.</source>
        <translation>現在は DMARC アライメントに合格しています。失敗はその後修正されたか、転送サービスで発生した可能性があります。</translation>
    </message>
    <message>
        <source>The sending IP has no forward-confirmed reverse DNS.</source>
        <translation>送信 IP に正引き確認済みの逆引き DNS がありません。</translation>
    </message>
    <message>
        <source>The sending IP's reverse DNS is correct now.</source>
        <translation>送信 IP の逆引き DNS は現在正しく設定されています。</translation>
    </message>
    <message>
        <source>The returned message has content that filters dislike.</source>
        <translation>返送されたメッセージに、フィルターに嫌われる内容が含まれています。</translation>
    </message>
    <message>
        <source>Nothing in the returned message stands out.</source>
        <translation>返送されたメッセージに目立った問題はありません。</translation>
    </message>
    <message>
        <source>A domain linked in the message is on a domain blocklist.</source>
        <translation>メッセージ内のリンク先ドメインがドメインブロックリストに掲載されています。</translation>
    </message>
    <message>
        <source>The sending IP is on a major blocklist; the recipient's policy may be reacting to it.</source>
        <translation>送信 IP が主要なブロックリストに掲載されています。受信者のポリシーがそれに反応している可能性があります。</translation>
    </message>
    <message>
        <source>confirmed by the live checks</source>
        <translation>ライブチェックで確認済み</translation>
    </message>
    <message>
        <source>not supported by the live checks</source>
        <translation>ライブチェックでは裏付けられません</translation>
    </message>
    <message>
        <source>the live checks neither confirm nor refute it</source>
        <translation>ライブチェックでは肯定も否定もできません</translation>
    </message>
    <message>
        <source>no live check can test this</source>
        <translation>これをテストできるライブチェックはありません</translation>
    </message>
    <message>
        <source>Recipient domain and mail servers</source>
        <translation>受信者のドメインとメールサーバー</translation>
    </message>
    <message>
        <source>Sending IP on blocklists</source>
        <translation>ブロックリスト上の送信 IP</translation>
    </message>
    <message>
        <source>Sender domain on blocklists</source>
        <translation>ブロックリスト上の送信者ドメイン</translation>
    </message>
    <message>
        <source>Reverse DNS of the sending IP</source>
        <translation>送信 IP の逆引き DNS</translation>
    </message>
    <message>
        <source>SPF for the sending IP</source>
        <translation>送信 IP の SPF</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>DKIM 鍵</translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>DMARC レコード</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <translation>DMARC アライメント</translation>
    </message>
    <message>
        <source>Content of the message</source>
        <translation>メッセージの内容</translation>
    </message>
    <message>
        <source>Linked domains on blocklists</source>
        <translation>ブロックリスト上のリンク先ドメイン</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>unknown cause id “%1”</source>
        <translation>不明な原因 ID「%1」</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>ID が重複しています</translation>
    </message>
    <message>
        <source>this reason is required by the classifier</source>
        <translation>この理由は分類器で必須です</translation>
    </message>
    <message>
        <source>unknown reason id “%1”</source>
        <translation>不明な理由 ID「%1」</translation>
    </message>
    <message>
        <source>“%1” is not a status code, range or wildcard</source>
        <translation>「%1」はステータスコード、範囲、ワイルドカードのいずれでもありません</translation>
    </message>
    <message>
        <source>duplicate code</source>
        <translation>コードが重複しています</translation>
    </message>
    <message>
        <source>“%1” is not an SMTP reply code</source>
        <translation>「%1」は SMTP 応答コードではありません</translation>
    </message>
    <message>
        <source>field “spans” must not be empty</source>
        <translation>フィールド「spans」は空にできません</translation>
    </message>
    <message>
        <source>duplicate command</source>
        <translation>コマンドが重複しています</translation>
    </message>
    <message>
        <source>“hints” only make sense with “regex”</source>
        <translation>「hints」は「regex」と一緒の場合にのみ意味があります</translation>
    </message>
    <message>
        <source>unknown reason id “%1” in “excludes”</source>
        <translation>「excludes」内の不明な理由 ID「%1」</translation>
    </message>
    <message>
        <source>needs at least one of “phrases” or “regex”</source>
        <translation>「phrases」または「regex」の少なくとも一方が必要です</translation>
    </message>
    <message>
        <source>invalid regex “%1”: %2 at offset %3</source>
        <translation>無効な正規表現「%1」: オフセット %3 で %2</translation>
    </message>
    <message>
        <source>“%1” is not a reply code or class</source>
        <translation>「%1」は応答コードまたはクラスではありません</translation>
    </message>
    <message>
        <source>empty phrase</source>
        <translation>空のフレーズ</translation>
    </message>
    <message>
        <source>empty hint</source>
        <translation>空のヒント</translation>
    </message>
    <message>
        <source>field “at” must be “recipient-server”</source>
        <translation>フィールド「at」は「recipient-server」である必要があります</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: entry “%2”: %3</source>
        <translation>%1: エントリ「%2」: %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>読み込めません（%1）</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>オフセット %1 で無効な JSON: %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>最上位はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>missing field “%1”</source>
        <translation>フィールド「%1」がありません</translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation>不明なフィールド「%1」</translation>
    </message>
    <message>
        <source>field “%1” must be a non-empty string</source>
        <translation>フィールド「%1」は空でない文字列である必要があります</translation>
    </message>
    <message>
        <source>field “weight” must be a number in (0, 1]</source>
        <translation>フィールド「weight」は (0, 1] の範囲の数値である必要があります</translation>
    </message>
    <message>
        <source>field “%1” must be an array of strings</source>
        <translation>フィールド「%1」は文字列の配列である必要があります</translation>
    </message>
    <message>
        <source>field “%1” must contain only non-empty strings</source>
        <translation>フィールド「%1」には空でない文字列のみを含める必要があります</translation>
    </message>
    <message>
        <source>missing array “%1”</source>
        <translation>配列「%1」がありません</translation>
    </message>
    <message>
        <source>field “priority” must be a number</source>
        <translation>フィールド「priority」は数値である必要があります</translation>
    </message>
    <message>
        <source>field “persistent” must be true or false</source>
        <translation>フィールド「persistent」は true または false である必要があります</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bounce Doctor</source>
        <translation>Bounce Doctor</translation>
    </message>
    <message>
        <source>Ste&amp;ps:</source>
        <translation>ステップ(&amp;P):</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>The steps of the diagnosis with their state; choose one to open it</source>
        <translation>診断のステップとその状態です。選択すると開きます</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Goes to the previous step that applies</source>
        <translation>該当する前のステップに移動します</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Goes to the next step that applies</source>
        <translation>該当する次のステップに移動します</translation>
    </message>
    <message>
        <source>Details and transcript</source>
        <translation>詳細と記録</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Every check and its outcome as it happened; passwords are hidden</source>
        <translation>実行されたすべてのチェックとその結果の記録です。パスワードは伏せられます</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce…</source>
        <translation>バウンスを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved bounce message</source>
        <translation>保存したバウンスメッセージを開きます</translation>
    </message>
    <message>
        <source>&amp;Paste Bounce</source>
        <translation>バウンスを貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Replace the bounce with the clipboard's text</source>
        <translation>バウンスをクリップボードのテキストで置き換えます</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>&amp;Cancel Check</source>
        <translation>チェックを中止(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Details and Transcript</source>
        <translation>詳細と記録(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Help for This Step</source>
        <translation>このステップのヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Bounce Doctor</source>
        <translation>Bounce Doctor について(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This step applies to your bounce.</source>
        <translation>このステップはあなたのバウンスに該当します。</translation>
    </message>
    <message>
        <source>%1 — Bounce Doctor</source>
        <translation>%1 — Bounce Doctor</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>ステップ %1: %2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <source>About Bounce Doctor</source>
        <translation>Bounce Doctor について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bounce Doctor %1&lt;/h3&gt;&lt;p&gt;Reads the bounce you received, proves its cause with live DNS, blocklist and SMTP checks, and guides you through the fix.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bounce Doctor %1&lt;/h3&gt;&lt;p&gt;受け取ったバウンスを読み込み、DNS、ブロックリスト、SMTP のライブチェックで原因を裏付け、修正まで案内します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>DNS checks are unavailable: %1</source>
        <translation>DNS チェックを利用できません: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>MtaStsCheck</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>タグ %1= が複数回出現しています。</translation>
    </message>
    <message>
        <source>The record must start with v=STSv1.</source>
        <translation>レコードは v=STSv1 で始まる必要があります。</translation>
    </message>
    <message>
        <source>The record has no id= tag, which is required.</source>
        <translation>レコードに必須の id= タグがありません。</translation>
    </message>
    <message>
        <source>id=%1 must be 1 to 32 letters or digits.</source>
        <translation>id=%1 は 1～32 文字の英字または数字である必要があります。</translation>
    </message>
    <message>
        <source>MTA-STS of %1</source>
        <translation>%1 の MTA-STS</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>有効なドメイン名が指定されていません。</translation>
    </message>
    <message>
        <source>%1 does not publish MTA-STS (optional: it makes senders insist on TLS when delivering to you).</source>
        <translation>%1 は MTA-STS を公開していません（任意: 公開すると、送信側はあなたへの配信時に TLS を必須にします）。</translation>
    </message>
    <message numerus="yes">
        <source>_mta-sts.%1 has %n MTA-STS records; with more than one, senders ignore MTA-STS (RFC 8461 §3.1).</source>
        <translation>
            <numerusform>_mta-sts.%1 には %n 件の MTA-STS レコードがあります。複数あると、送信側は MTA-STS を無視します（RFC 8461 §3.1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one v=STSv1 record.</source>
        <translation>v=STSv1 レコードを 1 件だけ置いてください。</translation>
    </message>
    <message>
        <source>The policy file https://mta-sts.%1/.well-known/mta-sts.txt was not fetched; open it in a browser to check it.</source>
        <translation>ポリシーファイル https://mta-sts.%1/.well-known/mta-sts.txt は取得していません。ブラウザーで開いて確認してください。</translation>
    </message>
    <message>
        <source>The MTA-STS record of %1 is invalid: %2</source>
        <translation>%1 の MTA-STS レコードが無効です: %2</translation>
    </message>
    <message>
        <source>Publish "v=STSv1; id=&lt;a new id, e.g. the date&gt;" and change the id whenever the policy file changes.</source>
        <translation>「v=STSv1; id=&lt;新しい ID、例: 日付&gt;」を公開し、ポリシーファイルを変更するたびに ID を変更してください。</translation>
    </message>
    <message>
        <source>%1 publishes MTA-STS (%2).</source>
        <translation>%1 は MTA-STS を公開しています（%2）。</translation>
    </message>
</context>
<context>
    <name>MxCheck</name>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>有効なドメイン名が指定されていません。</translation>
    </message>
    <message>
        <source>Spelling of %1</source>
        <translation>%1 の綴り</translation>
    </message>
    <message>
        <source>%1 looks like a typo of %2.</source>
        <translation>%1 は %2 の入力ミスのようです。</translation>
    </message>
    <message>
        <source>If the address was meant for %1, correct it and send again; mail to a mistyped domain bounces or reaches a stranger.</source>
        <translation>アドレスが %1 宛てのつもりだった場合は、修正して再送信してください。入力ミスのあるドメイン宛てのメールはバウンスするか、無関係な人に届きます。</translation>
    </message>
    <message>
        <source>Check the recipient address: did you mean @%1?</source>
        <translation>受信者アドレスを確認してください: @%1 ではありませんか?</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>ドメイン %1</translation>
    </message>
    <message>
        <source>The domain %1 does not exist (NXDOMAIN).</source>
        <translation>ドメイン %1 は存在しません（NXDOMAIN）。</translation>
    </message>
    <message>
        <source>Check the spelling of the domain. If it is yours, it may have expired: check its registration.</source>
        <translation>ドメインの綴りを確認してください。ご自身のドメインの場合は期限切れの可能性があります。登録状況を確認してください。</translation>
    </message>
    <message>
        <source>The domain %1 exists.</source>
        <translation>ドメイン %1 は存在します。</translation>
    </message>
    <message>
        <source>Mail servers (MX) of %1</source>
        <translation>%1 のメールサーバー（MX）</translation>
    </message>
    <message>
        <source>%1 does not exist, so it has no mail servers.</source>
        <translation>%1 は存在しないため、メールサーバーもありません。</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail.</source>
        <translation>%1 は null MX（RFC 7505）を公開しています: メールを一切受け付けません。</translation>
    </message>
    <message>
        <source>Mail to any address at %1 is refused by design, and receivers may also refuse mail sent from it.</source>
        <translation>%1 のどのアドレス宛てのメールも設計上拒否されます。また、受信側はこのドメインから送信されたメールも拒否する場合があります。</translation>
    </message>
    <message>
        <source>If %1 should receive mail, replace the "0 ." MX record with your mail server's MX records.</source>
        <translation>%1 でメールを受信する必要がある場合は、「0 .」の MX レコードをメールサーバーの MX レコードに置き換えてください。</translation>
    </message>
    <message>
        <source>%1 mixes a null MX with other MX records, which RFC 7505 forbids.</source>
        <translation>%1 は null MX と他の MX レコードを混在させていますが、これは RFC 7505 で禁止されています。</translation>
    </message>
    <message>
        <source>Remove the "0 ." MX record, or all the others if the domain should not receive mail.</source>
        <translation>「0 .」の MX レコードを削除するか、ドメインでメールを受信しない場合は他のすべてを削除してください。</translation>
    </message>
    <message>
        <source>%1 has no MX record; mail goes to its own address (%2) as an implicit MX.</source>
        <translation>%1 には MX レコードがないため、メールは暗黙の MX としてそのドメイン自体のアドレス（%2）に送られます。</translation>
    </message>
    <message>
        <source>This works only if that host runs a mail server; some senders do not use the fallback.</source>
        <translation>これはそのホストでメールサーバーが動作している場合にのみ機能します。このフォールバックを使用しない送信側もあります。</translation>
    </message>
    <message>
        <source>Publish an MX record naming the mail server, e.g. "%1. MX 10 mail.%1.".</source>
        <translation>メールサーバーを示す MX レコードを公開してください。例:「%1. MX 10 mail.%1.」</translation>
    </message>
    <message>
        <source>%1 has no MX record and no A/AAAA record: it cannot receive mail.</source>
        <translation>%1 には MX レコードも A/AAAA レコードもありません: メールを受信できません。</translation>
    </message>
    <message>
        <source>Publish MX records for %1 pointing to your mail server.</source>
        <translation>メールサーバーを指す %1 の MX レコードを公開してください。</translation>
    </message>
    <message>
        <source>MX %1 is an IP address; an MX record must name a host (RFC 7505 §3, RFC 5321 §5.1), and most senders will not deliver to it.</source>
        <translation>MX %1 は IP アドレスです。MX レコードにはホスト名を指定する必要があり（RFC 7505 §3、RFC 5321 §5.1）、ほとんどの送信側はこれに配信しません。</translation>
    </message>
    <message>
        <source>%1 is listed more than once.</source>
        <translation>%1 が複数回記載されています。</translation>
    </message>
    <message>
        <source>MX %1 is an alias (CNAME) of %2; RFC 2181 §10.3 forbids that, and some senders refuse to use it.</source>
        <translation>MX %1 は %2 のエイリアス（CNAME）です。RFC 2181 §10.3 はこれを禁止しており、使用を拒否する送信側もあります。</translation>
    </message>
    <message>
        <source>The address of MX %1 could not be looked up.</source>
        <translation>MX %1 のアドレスを参照できませんでした。</translation>
    </message>
    <message>
        <source>MX %1 has no A or AAAA record, so nobody can deliver to it.</source>
        <translation>MX %1 には A レコードも AAAA レコードもないため、誰も配信できません。</translation>
    </message>
    <message>
        <source>The MX hosts of %1 could not be looked up.</source>
        <translation>%1 の MX ホストを参照できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n MX host(s) of %1 has an address: the domain cannot receive mail.</source>
        <translation>
            <numerusform>%1 の %n 個の MX ホストのいずれにもアドレスがありません: ドメインはメールを受信できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the MX hosts A/AAAA records, or point the MX records at your working mail server.</source>
        <translation>MX ホストに A/AAAA レコードを設定するか、MX レコードを正常に動作しているメールサーバーに向けてください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n MX host(s), with problems.</source>
        <translation>
            <numerusform>%1 には %n 個の MX ホストがありますが、問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Point every MX record at a host name that has its own A/AAAA records (not a CNAME, not an IP address).</source>
        <translation>すべての MX レコードを、独自の A/AAAA レコードを持つホスト名に向けてください（CNAME や IP アドレスは不可）。</translation>
    </message>
    <message>
        <source>%1 receives mail at %2.</source>
        <translation>%1 は %2 でメールを受信します。</translation>
    </message>
</context>
<context>
    <name>PtrNameClassifier</name>
    <message>
        <source>must be a non-empty array.</source>
        <translation>空でない配列である必要があります。</translation>
    </message>
    <message>
        <source>needs an id and a description.</source>
        <translation>ID と説明が必要です。</translation>
    </message>
    <message>
        <source>scope must be "host" or "name".</source>
        <translation>scope は「host」または「name」である必要があります。</translation>
    </message>
    <message>
        <source>the regex is invalid: %1</source>
        <translation>正規表現が無効です: %1</translation>
    </message>
    <message>
        <source>id %1 is used twice.</source>
        <translation>ID %1 が 2 回使用されています。</translation>
    </message>
    <message>
        <source>contains the IP address itself</source>
        <translation>IP アドレス自体を含んでいます</translation>
    </message>
</context>
<context>
    <name>RdnsCheck</name>
    <message>
        <source>Reverse DNS of %1</source>
        <translation>%1 の逆引き DNS</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address.</source>
        <translation>「%1」は IPv4 または IPv6 アドレスではありません。</translation>
    </message>
    <message>
        <source>Sample request: "Please set the reverse DNS (PTR) record of %1 to mail.example.com. That name already has an A record pointing to %1, and it is the name our mail server uses in HELO." (Replace mail.example.com with your mail server's name.)</source>
        <translation>依頼文の例:「%1 の逆引き DNS（PTR）レコードを mail.example.com に設定してください。この名前にはすでに %1 を指す A レコードがあり、弊社のメールサーバーが HELO で使用している名前です。」（mail.example.com はご自身のメールサーバー名に置き換えてください。）</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR) record.</source>
        <translation>%1 には逆引き DNS（PTR）レコードがありません。</translation>
    </message>
    <message>
        <source>Many receivers (Outlook.com, Gmail, AOL/Yahoo and most ISPs) refuse or junk mail from an IP without reverse DNS.</source>
        <translation>多くの受信側（Outlook.com、Gmail、AOL/Yahoo、ほとんどの ISP）は、逆引き DNS のない IP からのメールを拒否するか迷惑メール扱いにします。</translation>
    </message>
    <message>
        <source>Only whoever owns the IP range can set its PTR record: ask your hosting provider or ISP (or use the reverse-DNS setting in your cloud console) to point it at your mail server's name, and make sure that name has an A/AAAA record back to this IP.
%1</source>
        <translation>PTR レコードを設定できるのは IP 範囲の所有者だけです。ホスティングプロバイダーまたは ISP に依頼して（またはクラウドコンソールの逆引き DNS 設定を使用して）メールサーバーの名前を指すように設定し、その名前にこの IP を指す A/AAAA レコードがあることを確認してください。
%1</translation>
    </message>
    <message numerus="yes">
        <source>The IP has %n PTR records; one is best, as some receivers only look at the first.</source>
        <translation>
            <numerusform>この IP には %n 件の PTR レコードがあります。最初のものしか見ない受信側もあるため、1 件が最適です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The reverse DNS of %1 is %2, but %2 does not resolve back to %1 (not forward-confirmed).</source>
        <translation>%1 の逆引き DNS は %2 ですが、%2 は %1 に解決されません（正引き確認なし）。</translation>
    </message>
    <message>
        <source>Add an A/AAAA record for %1 pointing to %2, or have the PTR changed to a name that does. The PTR is changed by whoever owns the IP range (hosting provider or ISP).
%3</source>
        <translation>%2 を指す %1 の A/AAAA レコードを追加するか、PTR をそのように解決される名前に変更してもらってください。PTR を変更するのは IP 範囲の所有者（ホスティングプロバイダーまたは ISP）です。
%3</translation>
    </message>
    <message>
        <source>%1 has forward-confirmed reverse DNS (%2), but the name looks generic.</source>
        <translation>%1 には正引き確認済みの逆引き DNS（%2）がありますが、名前が汎用的に見えます。</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>名前 %1。</translation>
    </message>
    <message>
        <source>Receivers treat generic names as home or dynamic connections and often refuse direct mail from them.</source>
        <translation>受信側は汎用的な名前を家庭用または動的な接続とみなし、そこからの直接のメールを拒否することがよくあります。</translation>
    </message>
    <message>
        <source>Ask your hosting provider or ISP to set a PTR that names your mail server (e.g. mail.yourdomain), with a matching A/AAAA record.
%1</source>
        <translation>ホスティングプロバイダーまたは ISP に、メールサーバーを示す PTR（例: mail.yourdomain）と、それに一致する A/AAAA レコードの設定を依頼してください。
%1</translation>
    </message>
    <message>
        <source>%1 has forward-confirmed reverse DNS: %2.</source>
        <translation>%1 には正引き確認済みの逆引き DNS があります: %2。</translation>
    </message>
</context>
<context>
    <name>ReceivedChain</name>
    <message>
        <source>The returned message has no Received headers, so the sending IP is unknown.</source>
        <translation>返送されたメッセージに Received ヘッダーがないため、送信 IP は不明です。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n Received headers names a public client address, so the sending IP could not be taken from them.</source>
        <translation>
            <numerusform>%n 個の Received ヘッダーのいずれにもパブリックなクライアントアドレスが記載されていないため、そこから送信 IP を取得できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed server</source>
        <translation>名前のないサーバー</translation>
    </message>
    <message>
        <source>Hop %1 of %2 (from %3 by %4) is an authenticated submission: %3 is the sender's own client, the only public address in the chain. The server that relayed it onwards is %4.</source>
        <translation>%2 ホップ中 %1 番目のホップ（%3 から %4 へ）は認証済みの送信です: %3 は送信者自身のクライアントで、チェーン内で唯一のパブリックアドレスです。メッセージを中継したサーバーは %4 です。</translation>
    </message>
    <message numerus="yes">
        <source>Hop %1 of %2 (from %3 by %4) is where the message entered the first public server; %n earlier hop(s) used private or loopback addresses.</source>
        <translation>
            <numerusform>%2 ホップ中 %1 番目のホップ（%3 から %4 へ）で、メッセージは最初のパブリックサーバーに入りました。それ以前の %n 個のホップはプライベートまたはループバックアドレスを使用していました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hop %1 of %2 (from %3 by %4) is the oldest hop with a public client address: where the message entered the first public server.</source>
        <translation>%2 ホップ中 %1 番目のホップ（%3 から %4 へ）は、パブリックなクライアントアドレスを持つ最も古いホップです: メッセージが最初のパブリックサーバーに入った地点です。</translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <source>(not stated)</source>
        <translation>（記載なし）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Remote server</source>
        <translation>リモートサーバー</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Sending IP address</source>
        <translation>送信 IP アドレス</translation>
    </message>
    <message>
        <source>HELO name of the sending server</source>
        <translation>送信サーバーの HELO 名</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>送信者アドレス</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>送信者ドメイン</translation>
    </message>
    <message>
        <source>Domain of the From header</source>
        <translation>From ヘッダーのドメイン</translation>
    </message>
    <message>
        <source>Envelope sender domain</source>
        <translation>エンベロープの送信者ドメイン</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>受信者ドメイン</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>DKIM セレクター</translation>
    </message>
    <message>
        <source>DKIM signing domain</source>
        <translation>DKIM 署名ドメイン</translation>
    </message>
    <message>
        <source>Receiving server</source>
        <translation>受信サーバー</translation>
    </message>
    <message>
        <source>Server that reported the failure</source>
        <translation>失敗を報告したサーバー</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>ライブチェック</translation>
    </message>
    <message>
        <source>Cause read from the bounce</source>
        <translation>バウンスから読み取った原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>ステータスコード</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>応答コード</translation>
    </message>
    <message>
        <source>Confidence of the reading</source>
        <translation>読み取りの確信度</translation>
    </message>
    <message>
        <source>Bounce format</source>
        <translation>バウンスの形式</translation>
    </message>
    <message>
        <source>Reporting server</source>
        <translation>報告したサーバー</translation>
    </message>
    <message>
        <source>Bounce subject</source>
        <translation>バウンスの件名</translation>
    </message>
    <message>
        <source>Bounce date</source>
        <translation>バウンスの日付</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>What the server said about %1:</source>
        <translation>%1 についてのサーバーの応答:</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Parts of the bounce that could not be read:</source>
        <translation>読み取れなかったバウンスの部分:</translation>
    </message>
    <message>
        <source>Evidence from the bounce</source>
        <translation>バウンスからの根拠</translation>
    </message>
    <message>
        <source>The exact text that led to the diagnosis, quoted from the bounce.</source>
        <translation>診断の根拠となったテキストを、バウンスからそのまま引用しています。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>引用テキスト</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>The message that bounced</source>
        <translation>バウンスしたメッセージ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Return path</source>
        <translation>Return-Path</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>DKIM signature</source>
        <translation>DKIM 署名</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO 名</translation>
    </message>
    <message>
        <source>How the sending server was found</source>
        <translation>送信サーバーの特定方法</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Attachment types</source>
        <translation>添付ファイルの種類</translation>
    </message>
    <message>
        <source>Authentication-Results headers:</source>
        <translation>Authentication-Results ヘッダー:</translation>
    </message>
    <message>
        <source>Received headers (newest first):</source>
        <translation>Received ヘッダー（新しい順）:</translation>
    </message>
    <message>
        <source>Facts used by the checks</source>
        <translation>チェックに使用した事実</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>ユーザー入力</translation>
    </message>
    <message>
        <source>read from the bounce</source>
        <translation>バウンスから読み取り</translation>
    </message>
    <message>
        <source>The bounce gave no facts the checks could use.</source>
        <translation>バウンスには、チェックに使える事実がありませんでした。</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事実</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Causes after the live checks</source>
        <translation>ライブチェック後の原因</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) answered with %1 DNS queries in %2 ms.</source>
        <translation>
            <numerusform>%n 件のチェックが %1 回の DNS クエリ、%2 ミリ秒で応答しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Facts still needed</source>
        <translation>まだ必要な事実</translation>
    </message>
    <message>
        <source>These checks could not run because the bounce does not say what they need. Enter the facts and run the checks again.</source>
        <translation>バウンスに必要な情報が記載されていないため、これらのチェックは実行できませんでした。事実を入力して、チェックを再実行してください。</translation>
    </message>
    <message>
        <source>%1: %2 (needed by: %3)</source>
        <translation>%1: %2（必要とするチェック: %3）</translation>
    </message>
    <message>
        <source>Records and replies, in full:</source>
        <translation>レコードと応答の全文:</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>Suggested record (copy it whole):</source>
        <translation>推奨レコード（全体をコピーしてください）:</translation>
    </message>
    <message>
        <source>Every check and its result</source>
        <translation>すべてのチェックとその結果</translation>
    </message>
    <message>
        <source>No live check could run.</source>
        <translation>実行できたライブチェックはありません。</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>結果なし。</translation>
    </message>
    <message>
        <source>☑ Done: %1</source>
        <translation>☑ 完了: %1</translation>
    </message>
    <message>
        <source>☐ Not done: %1</source>
        <translation>☐ 未完了: %1</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>チェックリスト:</translation>
    </message>
    <message>
        <source>Checks for this step:</source>
        <translation>このステップのチェック:</translation>
    </message>
    <message>
        <source>Copy this:</source>
        <translation>これをコピー:</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>リンク: %1</translation>
    </message>
    <message>
        <source>Fix plan</source>
        <translation>修正プラン</translation>
    </message>
    <message>
        <source>✔ Every step on your path is resolved or skipped: you can resend the message.</source>
        <translation>✔ 該当するすべてのステップが解決済みまたはスキップ済みです: メッセージを再送信できます。</translation>
    </message>
    <message>
        <source>✖ Before you resend, resolve or skip: %1</source>
        <translation>✖ 再送信の前に、次を解決するかスキップしてください: %1</translation>
    </message>
    <message>
        <source>Steps not on your path</source>
        <translation>該当しないステップ</translation>
    </message>
    <message>
        <source>Before and after the re-check</source>
        <translation>再チェックの前後</translation>
    </message>
    <message>
        <source>SMTP settings test</source>
        <translation>SMTP 設定のテスト</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>発生した内容</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Provider hint</source>
        <translation>プロバイダーのヒント</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>停止した段階</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>%1: accepted</source>
        <translation>%1: 受け付け</translation>
    </message>
    <message>
        <source>%1: refused</source>
        <translation>%1: 拒否</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>Transcript (passwords and tokens removed; C: client, S: server, ~ inside TLS):</source>
        <translation>記録（パスワードとトークンは削除済み。C: クライアント、S: サーバー、~ は TLS 内）:</translation>
    </message>
    <message>
        <source>Bounce Doctor report</source>
        <translation>Bounce Doctor レポート</translation>
    </message>
    <message>
        <source>Made on %1 by Bounce Doctor %2 from a pasted bounce.</source>
        <translation>%1 に Bounce Doctor %2 で、貼り付けられたバウンスから作成。</translation>
    </message>
    <message>
        <source>Made on %1 by Bounce Doctor %2 from %3.</source>
        <translation>%1 に Bounce Doctor %2 で、%3 から作成。</translation>
    </message>
    <message>
        <source>The live checks were not run for this report.</source>
        <translation>このレポートではライブチェックを実行していません。</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical toolkit (fonts); this program runs without it. Write HTML instead, or run with a graphical session.</source>
        <translation>PDF レポートにはグラフィカルツールキット（フォント）が必要ですが、このプログラムはそれなしで動作しています。代わりに HTML で書き出すか、グラフィカルセッションで実行してください。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>不明なレポート形式です。</translation>
    </message>
    <message>
        <source>Cannot tell the report format from "%1": use a file name ending in %2.</source>
        <translation>「%1」からレポート形式を判別できません: 末尾が %2 のファイル名を使用してください。</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>レポートを %1 に書き出せません: %2</translation>
    </message>
</context>
<context>
    <name>SmtpDiagnosis</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: 読み込めません</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>ないか空です</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>ID がありません</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>ID が重複しています</translation>
    </message>
    <message>
        <source>unknown severity "%1"</source>
        <translation>不明な重大度「%1」</translation>
    </message>
    <message>
        <source>title, message and next are all required</source>
        <translation>title、message、next はすべて必須です</translation>
    </message>
    <message>
        <source>unknown verdict id</source>
        <translation>不明な判定 ID</translation>
    </message>
    <message>
        <source>unknown stage "%1"</source>
        <translation>不明な段階「%1」</translation>
    </message>
    <message>
        <source>reply code out of range</source>
        <translation>応答コードが範囲外です</translation>
    </message>
    <message>
        <source>reply class must be 2 to 5</source>
        <translation>応答クラスは 2～5 である必要があります</translation>
    </message>
    <message>
        <source>needs codes or classes</source>
        <translation>codes または classes が必要です</translation>
    </message>
    <message>
        <source>bad enhanced status code "%1"</source>
        <translation>不正な拡張ステータスコード「%1」</translation>
    </message>
    <message>
        <source>empty text pattern</source>
        <translation>空のテキストパターン</translation>
    </message>
    <message>
        <source>the verdict "%1" is required</source>
        <translation>判定「%1」は必須です</translation>
    </message>
    <message>
        <source>id, domains and hint are required</source>
        <translation>id、domains、hint は必須です</translation>
    </message>
    <message>
        <source>No text for verdict %1.</source>
        <translation>判定 %1 のテキストがありません。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>A server name and a port between 1 and 65535 are needed.</source>
        <translation>サーバー名と 1～65535 のポート番号が必要です。</translation>
    </message>
    <message>
        <source>No certificate could be read from the CA file %1.</source>
        <translation>CA ファイル %1 から証明書を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>%1 を参照中</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>%1 のポート %2 に接続中（%3）</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>%1 のポート %2 に接続しました</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS を確立しました: %1、%2</translation>
    </message>
    <message>
        <source>Certificate problem accepted for this test only (fingerprint matches): %1</source>
        <translation>このテストに限り証明書の問題を許容しました（フィンガープリントが一致）: %1</translation>
    </message>
    <message>
        <source>Certificate not accepted: %1</source>
        <translation>証明書を受け付けませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n unexpected byte(s) from the server</source>
        <translation>
            <numerusform>サーバーからの予期しない %n バイトを無視しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(test message: %n line(s))</source>
        <translation>
            <numerusform>（テストメッセージ: %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>TLS ハンドシェイク中にサーバーが接続を切断しました。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>サーバーが接続を切断しました。</translation>
    </message>
    <message>
        <source>No answer to the name lookup within %1 s.</source>
        <translation>%1 秒以内に名前の参照に応答がありませんでした。</translation>
    </message>
    <message>
        <source>No connection within %1 s.</source>
        <translation>%1 秒以内に接続できませんでした。</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>TLS ハンドシェイクが %1 秒以内に完了しませんでした。</translation>
    </message>
    <message>
        <source>The server started a reply but did not finish it within %1 s.</source>
        <translation>サーバーは応答を開始しましたが、%1 秒以内に完了しませんでした。</translation>
    </message>
    <message>
        <source>No reply within %1 s.</source>
        <translation>%1 秒以内に応答がありませんでした。</translation>
    </message>
</context>
<context>
    <name>SmtpResult</name>
    <message>
        <source>SMTP test of %1:%2 (%3)</source>
        <translation>%1:%2 の SMTP テスト（%3）</translation>
    </message>
</context>
<context>
    <name>SmtpStage</name>
    <message>
        <source>Looking up the server name</source>
        <translation>サーバー名を参照中</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Setting up encryption (TLS)</source>
        <translation>暗号化（TLS）を設定中</translation>
    </message>
    <message>
        <source>Waiting for the server's greeting</source>
        <translation>サーバーのあいさつを待機中</translation>
    </message>
    <message>
        <source>Saying hello (EHLO)</source>
        <translation>あいさつを送信中（EHLO）</translation>
    </message>
    <message>
        <source>Switching to encryption (STARTTLS)</source>
        <translation>暗号化に切り替え中（STARTTLS）</translation>
    </message>
    <message>
        <source>Saying hello again over TLS</source>
        <translation>TLS 上で再度あいさつを送信中</translation>
    </message>
    <message>
        <source>Logging in (AUTH)</source>
        <translation>ログイン中（AUTH）</translation>
    </message>
    <message>
        <source>Announcing the sender (MAIL FROM)</source>
        <translation>送信者を通知中（MAIL FROM）</translation>
    </message>
    <message>
        <source>Checking the recipient (RCPT TO)</source>
        <translation>受信者を確認中（RCPT TO）</translation>
    </message>
    <message>
        <source>Cancelling the test envelope (RSET)</source>
        <translation>テストエンベロープを取り消し中（RSET）</translation>
    </message>
    <message>
        <source>Sending the test message (DATA)</source>
        <translation>テストメッセージを送信中（DATA）</translation>
    </message>
    <message>
        <source>Saying goodbye (QUIT)</source>
        <translation>終了のあいさつ中（QUIT）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>SmtpVerdicts</name>
    <message>
        <source>The settings work</source>
        <translation>設定は正常に機能しています</translation>
    </message>
    <message>
        <source>{host} port {port} answered, the connection was secured ({protocol}) and every step that was asked for succeeded.</source>
        <translation>{host} のポート {port} が応答し、接続は保護され（{protocol}）、要求されたすべての手順が成功しました。</translation>
    </message>
    <message>
        <source>Use exactly these settings in your mail program.</source>
        <translation>メールプログラムでこの設定をそのまま使用してください。</translation>
    </message>
    <message>
        <source>The settings work, but without encryption</source>
        <translation>設定は機能していますが、暗号化されていません</translation>
    </message>
    <message>
        <source>{host} port {port} accepted every step, but the connection was not encrypted: anyone on the network path can read the mail.</source>
        <translation>{host} のポート {port} はすべての手順を受け付けましたが、接続は暗号化されていません: ネットワーク経路上の誰でもメールを読むことができます。</translation>
    </message>
    <message>
        <source>Prefer port 465 with SSL/TLS or port 587 with STARTTLS if the provider offers them.</source>
        <translation>プロバイダーが対応していれば、ポート 465 で SSL/TLS、またはポート 587 で STARTTLS を使用することをお勧めします。</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>テストを中止しました</translation>
    </message>
    <message>
        <source>The test was stopped before it finished.</source>
        <translation>テストは完了前に停止されました。</translation>
    </message>
    <message>
        <source>Run the test again when you are ready.</source>
        <translation>準備ができたら、もう一度テストを実行してください。</translation>
    </message>
    <message>
        <source>The test could not start</source>
        <translation>テストを開始できませんでした</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Correct the settings and run the test again.</source>
        <translation>設定を修正して、もう一度テストを実行してください。</translation>
    </message>
    <message>
        <source>Server name not found</source>
        <translation>サーバー名が見つかりません</translation>
    </message>
    <message>
        <source>The name {host} could not be looked up ({detail}).</source>
        <translation>名前 {host} を参照できませんでした（{detail}）。</translation>
    </message>
    <message>
        <source>Check the spelling of the server name (often smtp.&lt;your domain&gt;) and that this computer is online.</source>
        <translation>サーバー名の綴り（多くの場合 smtp.&lt;あなたのドメイン&gt;）と、このコンピューターがオンラインであることを確認してください。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>{host} refused connections on port {port}: nothing is listening there, or a firewall rejects it.</source>
        <translation>{host} はポート {port} への接続を拒否しました: そのポートで待ち受けているサービスがないか、ファイアウォールが拒否しています。</translation>
    </message>
    <message>
        <source>Check the port number. Submission usually uses 587 (STARTTLS) or 465 (SSL/TLS); port 25 is for servers, not mail programs.</source>
        <translation>ポート番号を確認してください。メール送信には通常 587（STARTTLS）または 465（SSL/TLS）を使用します。ポート 25 はサーバー用で、メールプログラム用ではありません。</translation>
    </message>
    <message>
        <source>No answer on this port</source>
        <translation>このポートで応答がありません</translation>
    </message>
    <message>
        <source>Connecting to {host} port {port} timed out. Such silence usually means a firewall drops the traffic; many internet providers block outgoing port 25.</source>
        <translation>{host} のポート {port} への接続がタイムアウトしました。このように応答がない場合、通常はファイアウォールが通信を破棄しています。多くのインターネットプロバイダーは送信ポート 25 をブロックしています。</translation>
    </message>
    <message>
        <source>Try port 587 with STARTTLS or port 465 with SSL/TLS, or another network.</source>
        <translation>ポート 587 で STARTTLS、またはポート 465 で SSL/TLS を試すか、別のネットワークを試してください。</translation>
    </message>
    <message>
        <source>The server accepted the connection but said nothing</source>
        <translation>サーバーは接続を受け付けましたが、何も応答しませんでした</translation>
    </message>
    <message>
        <source>{host} port {port} took the connection but sent no greeting. That is what a port that expects encryption from the first byte does (usually 465) when the mail program waits for a plain greeting.</source>
        <translation>{host} のポート {port} は接続を受け付けましたが、あいさつを送信しませんでした。これは、最初のバイトから暗号化を求めるポート（通常は 465）に対し、メールプログラムが平文のあいさつを待っている場合に起こります。</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (implicit TLS) for this port, or STARTTLS on port 587.</source>
        <translation>このポートでは SSL/TLS（暗黙的 TLS）を選択するか、ポート 587 で STARTTLS を使用してください。</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>サーバーが応答しなくなりました</translation>
    </message>
    <message>
        <source>{host} did not finish its answer at the step "{stage}" in time ({detail}).</source>
        <translation>{host} は手順「{stage}」で時間内に応答を完了しませんでした（{detail}）。</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening the server or something between you and it (a filtering firewall or antivirus proxy) is faulty.</source>
        <translation>後でもう一度試してください。繰り返し発生する場合は、サーバーまたはその間にあるもの（フィルタリングを行うファイアウォールやウイルス対策プロキシ）に問題があります。</translation>
    </message>
    <message>
        <source>The server hung up</source>
        <translation>サーバーが接続を切断しました</translation>
    </message>
    <message>
        <source>{host} closed the connection at the step "{stage}" without an explanation.</source>
        <translation>{host} は手順「{stage}」で説明なしに接続を切断しました。</translation>
    </message>
    <message>
        <source>Try again; if it repeats, the server may be blocking your address or rate-limiting. Ask the provider and give them the transcript.</source>
        <translation>もう一度試してください。繰り返す場合は、サーバーがあなたのアドレスをブロックしているか、レート制限をしている可能性があります。プロバイダーに問い合わせ、記録を渡してください。</translation>
    </message>
    <message>
        <source>This is not a mail server</source>
        <translation>これはメールサーバーではありません</translation>
    </message>
    <message>
        <source>What {host} port {port} sent is not SMTP: {detail}</source>
        <translation>{host} のポート {port} から送られてきたものは SMTP ではありません: {detail}</translation>
    </message>
    <message>
        <source>Check the server name and port: they point at some other kind of service.</source>
        <translation>サーバー名とポートを確認してください: 別の種類のサービスを指しています。</translation>
    </message>
    <message>
        <source>The server sent an absurdly long reply</source>
        <translation>サーバーが異常に長い応答を送信しました</translation>
    </message>
    <message>
        <source>{host} sent a reply line far longer than SMTP allows; the test stopped reading it.</source>
        <translation>{host} が SMTP で許可される長さをはるかに超える応答行を送信したため、テストは読み取りを中止しました。</translation>
    </message>
    <message>
        <source>The server is broken or is not a mail server; check the name and port.</source>
        <translation>サーバーが壊れているか、メールサーバーではありません。名前とポートを確認してください。</translation>
    </message>
    <message>
        <source>SSL/TLS chosen on a STARTTLS or plain port</source>
        <translation>STARTTLS または平文のポートで SSL/TLS が選択されています</translation>
    </message>
    <message>
        <source>Port {port} on {host} starts unencrypted and expects STARTTLS, but the test started with SSL/TLS (implicit TLS) and the server answered in plain text.</source>
        <translation>{host} のポート {port} は暗号化なしで開始して STARTTLS を待ちますが、テストは SSL/TLS（暗黙的 TLS）で開始し、サーバーは平文で応答しました。</translation>
    </message>
    <message>
        <source>Choose STARTTLS for this port (587 and 25), or use port 465 with SSL/TLS.</source>
        <translation>このポート（587 と 25）では STARTTLS を選択するか、ポート 465 で SSL/TLS を使用してください。</translation>
    </message>
    <message>
        <source>Encryption could not be set up</source>
        <translation>暗号化を設定できませんでした</translation>
    </message>
    <message>
        <source>The TLS handshake with {host} failed: {detail}</source>
        <translation>{host} との TLS ハンドシェイクに失敗しました: {detail}</translation>
    </message>
    <message>
        <source>The server may only offer outdated TLS versions or ciphers; ask the provider, or try the other port (465 or 587).</source>
        <translation>サーバーが古い TLS バージョンや暗号方式しか提供していない可能性があります。プロバイダーに問い合わせるか、もう一方のポート（465 または 587）を試してください。</translation>
    </message>
    <message>
        <source>Encryption set-up never finished</source>
        <translation>暗号化の設定が完了しませんでした</translation>
    </message>
    <message>
        <source>{host} did not complete the TLS handshake in time.</source>
        <translation>{host} は時間内に TLS ハンドシェイクを完了しませんでした。</translation>
    </message>
    <message>
        <source>If you chose SSL/TLS, the port may expect STARTTLS instead; otherwise try again later.</source>
        <translation>SSL/TLS を選択した場合、ポートは代わりに STARTTLS を想定している可能性があります。そうでなければ、後でもう一度試してください。</translation>
    </message>
    <message>
        <source>The server hung up while setting up encryption</source>
        <translation>暗号化の設定中にサーバーが接続を切断しました</translation>
    </message>
    <message>
        <source>{host} closed the connection in the middle of the TLS handshake.</source>
        <translation>{host} が TLS ハンドシェイクの途中で接続を切断しました。</translation>
    </message>
    <message>
        <source>A firewall or filter may interfere with encrypted mail, or the server's TLS set-up is broken. Try the other port (465 or 587) or another network.</source>
        <translation>ファイアウォールやフィルターが暗号化されたメールを妨げているか、サーバーの TLS 設定が壊れている可能性があります。もう一方のポート（465 または 587）か、別のネットワークを試してください。</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>自己署名証明書</translation>
    </message>
    <message>
        <source>{host} presented a certificate it signed itself, so nobody vouches that it belongs to {host}.</source>
        <translation>{host} が自己署名の証明書を提示したため、それが {host} のものであることを保証する者がいません。</translation>
    </message>
    <message>
        <source>Use the server name the provider documents (its certificate is usually valid). If this is your own server and you checked the fingerprint, trust this one certificate for the test.</source>
        <translation>プロバイダーが案内しているサーバー名を使用してください（通常、その証明書は有効です）。自分のサーバーでフィンガープリントを確認済みの場合は、このテストに限りこの証明書を信頼してください。</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>The certificate of {host} is outside its validity period ({detail}).</source>
        <translation>{host} の証明書は有効期間外です（{detail}）。</translation>
    </message>
    <message>
        <source>The server's administrator must renew the certificate; check also that this computer's clock is right.</source>
        <translation>サーバーの管理者が証明書を更新する必要があります。このコンピューターの時計が正しいかも確認してください。</translation>
    </message>
    <message>
        <source>The certificate is for another name</source>
        <translation>証明書が別の名前用です</translation>
    </message>
    <message>
        <source>The certificate presented on {host} does not list that name ({detail}).</source>
        <translation>{host} で提示された証明書にその名前が含まれていません（{detail}）。</translation>
    </message>
    <message>
        <source>Use the server name written in the certificate (often the provider's own host name, not your domain), or ask the administrator for a certificate that covers {host}.</source>
        <translation>証明書に記載されたサーバー名（多くの場合、あなたのドメインではなくプロバイダー自身のホスト名）を使用するか、{host} を含む証明書を管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The certificate is not from a trusted authority</source>
        <translation>証明書が信頼された認証局のものではありません</translation>
    </message>
    <message>
        <source>The certificate of {host} was issued by an authority this computer does not trust ({detail}).</source>
        <translation>{host} の証明書は、このコンピューターが信頼していない認証局によって発行されています（{detail}）。</translation>
    </message>
    <message>
        <source>If it is a company or private CA, give its certificate file as the custom CA; otherwise the server is missing an intermediate certificate.</source>
        <translation>企業またはプライベートの CA の場合は、その証明書ファイルをカスタム CA として指定してください。そうでなければ、サーバーに中間証明書が欠けています。</translation>
    </message>
    <message>
        <source>The certificate was not accepted</source>
        <translation>証明書が受け付けられませんでした</translation>
    </message>
    <message>
        <source>The certificate of {host} failed verification ({detail}).</source>
        <translation>{host} の証明書の検証に失敗しました（{detail}）。</translation>
    </message>
    <message>
        <source>Ask the server's administrator to fix the certificate.</source>
        <translation>サーバーの管理者に証明書の修正を依頼してください。</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>サーバーは STARTTLS を提供していません</translation>
    </message>
    <message>
        <source>You asked for STARTTLS, but {host} port {port} does not offer it, so the connection would stay unencrypted.</source>
        <translation>STARTTLS を要求しましたが、{host} のポート {port} は STARTTLS を提供していないため、接続は暗号化されないままになります。</translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS or port 587 with STARTTLS; if this is port 465 choose SSL/TLS.</source>
        <translation>ポート 465 で SSL/TLS、またはポート 587 で STARTTLS を使用してください。ポート 465 の場合は SSL/TLS を選択してください。</translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation>STARTTLS が拒否されました</translation>
    </message>
    <message>
        <source>{host} advertised STARTTLS but refused to start it: {reply}</source>
        <translation>{host} は STARTTLS を提示しましたが、開始を拒否しました: {reply}</translation>
    </message>
    <message>
        <source>The server's TLS set-up is broken; try port 465 with SSL/TLS and tell the provider.</source>
        <translation>サーバーの TLS 設定が壊れています。ポート 465 で SSL/TLS を試し、プロバイダーに知らせてください。</translation>
    </message>
    <message>
        <source>The server refuses to talk to you</source>
        <translation>サーバーが通信を拒否しています</translation>
    </message>
    <message>
        <source>{host} rejected the connection at once: {reply}</source>
        <translation>{host} が接続を即座に拒否しました: {reply}</translation>
    </message>
    <message>
        <source>Your IP address may be blocked or on a blocklist; check the blocklists, or try another network.</source>
        <translation>あなたの IP アドレスがブロックされているか、ブロックリストに掲載されている可能性があります。ブロックリストを確認するか、別のネットワークを試してください。</translation>
    </message>
    <message>
        <source>The server rejected the greeting</source>
        <translation>サーバーがあいさつを拒否しました</translation>
    </message>
    <message>
        <source>{host} did not accept our EHLO/HELO: {reply}</source>
        <translation>{host} が EHLO/HELO を受け付けませんでした: {reply}</translation>
    </message>
    <message>
        <source>Tell the provider and include the transcript.</source>
        <translation>記録を添えてプロバイダーに知らせてください。</translation>
    </message>
    <message>
        <source>The server requires encryption first</source>
        <translation>サーバーは最初に暗号化を要求しています</translation>
    </message>
    <message>
        <source>{host} wants STARTTLS before anything else: {reply}</source>
        <translation>{host} は何よりも先に STARTTLS を要求しています: {reply}</translation>
    </message>
    <message>
        <source>Choose STARTTLS (or SSL/TLS on port 465) in the security setting.</source>
        <translation>セキュリティ設定で STARTTLS（またはポート 465 で SSL/TLS）を選択してください。</translation>
    </message>
    <message>
        <source>You must log in to send</source>
        <translation>送信するにはログインが必要です</translation>
    </message>
    <message>
        <source>{host} only accepts mail from logged-in users: {reply}</source>
        <translation>{host} はログインしたユーザーからのメールのみを受け付けます: {reply}</translation>
    </message>
    <message>
        <source>Turn on "my server requires authentication" and enter your user name (usually the full address) and password.</source>
        <translation>「サーバーは認証が必要」をオンにして、ユーザー名（通常は完全なアドレス）とパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The server does not offer log-in</source>
        <translation>サーバーはログインを提供していません</translation>
    </message>
    <message>
        <source>{host} port {port} does not offer AUTH, even over TLS: it is probably a server for incoming mail only.</source>
        <translation>{host} のポート {port} は TLS 上でも AUTH を提供していません: おそらく受信専用のサーバーです。</translation>
    </message>
    <message>
        <source>Use the submission server and port your provider documents (587 or 465).</source>
        <translation>プロバイダーが案内している送信用サーバーとポート（587 または 465）を使用してください。</translation>
    </message>
    <message>
        <source>Log-in is only offered after encryption</source>
        <translation>ログインは暗号化後にのみ提供されます</translation>
    </message>
    <message>
        <source>{host} does not offer AUTH on an unencrypted connection.</source>
        <translation>{host} は暗号化されていない接続では AUTH を提供しません。</translation>
    </message>
    <message>
        <source>Choose STARTTLS (or SSL/TLS on port 465); the password then travels encrypted.</source>
        <translation>STARTTLS（またはポート 465 で SSL/TLS）を選択してください。そうすればパスワードは暗号化されて送信されます。</translation>
    </message>
    <message>
        <source>The chosen log-in method is not offered</source>
        <translation>選択したログイン方式は提供されていません</translation>
    </message>
    <message>
        <source>{host} offers {offered}, not the method that was chosen ({auth}).</source>
        <translation>{host} が提供しているのは {offered} で、選択された方式（{auth}）ではありません。</translation>
    </message>
    <message>
        <source>Choose automatic or one of the offered methods. For XOAUTH2 the provider must offer it.</source>
        <translation>自動、または提供されている方式のいずれかを選択してください。XOAUTH2 はプロバイダーが提供している必要があります。</translation>
    </message>
    <message>
        <source>Password not sent over an unencrypted connection</source>
        <translation>暗号化されていない接続ではパスワードを送信しません</translation>
    </message>
    <message>
        <source>The connection to {host} is not encrypted, so the test did not send your password.</source>
        <translation>{host} への接続が暗号化されていないため、テストはパスワードを送信しませんでした。</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS. Only if this is a trusted local server, allow sending the password unencrypted for this test.</source>
        <translation>STARTTLS または SSL/TLS を選択してください。信頼できるローカルサーバーの場合に限り、このテストでパスワードを暗号化せずに送信することを許可してください。</translation>
    </message>
    <message>
        <source>User name or password rejected</source>
        <translation>ユーザー名またはパスワードが拒否されました</translation>
    </message>
    <message>
        <source>{host} rejected the log-in ({auth}): {reply}</source>
        <translation>{host} がログイン（{auth}）を拒否しました: {reply}</translation>
    </message>
    <message>
        <source>Check the user name (usually the full e-mail address) and the password. If your account uses two-step verification, you need an app password.</source>
        <translation>ユーザー名（通常は完全なメールアドレス）とパスワードを確認してください。アカウントで 2 段階認証を使用している場合は、アプリパスワードが必要です。</translation>
    </message>
    <message>
        <source>An app password is required</source>
        <translation>アプリパスワードが必要です</translation>
    </message>
    <message>
        <source>{host} wants an application-specific password, not your normal password: {reply}</source>
        <translation>{host} は通常のパスワードではなく、アプリ専用パスワードを求めています: {reply}</translation>
    </message>
    <message>
        <source>Create an app password in your account's security settings and use it here.</source>
        <translation>アカウントのセキュリティ設定でアプリパスワードを作成し、ここで使用してください。</translation>
    </message>
    <message>
        <source>SMTP log-in is switched off for this account</source>
        <translation>このアカウントでは SMTP ログインが無効になっています</translation>
    </message>
    <message>
        <source>{host} says authenticated SMTP is disabled for this mailbox or organisation: {reply}</source>
        <translation>{host} によると、このメールボックスまたは組織では認証付き SMTP が無効になっています: {reply}</translation>
    </message>
    <message>
        <source>The administrator must enable SMTP AUTH for the mailbox (Microsoft 365: "Authenticated SMTP"), or use OAuth2.</source>
        <translation>管理者がメールボックスの SMTP AUTH を有効にする（Microsoft 365:「Authenticated SMTP」）か、OAuth2 を使用する必要があります。</translation>
    </message>
    <message>
        <source>Log-in temporarily unavailable</source>
        <translation>ログインが一時的に利用できません</translation>
    </message>
    <message>
        <source>{host} could not check the password right now: {reply}</source>
        <translation>{host} は現在パスワードを確認できませんでした: {reply}</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>数分後にもう一度試してください。</translation>
    </message>
    <message>
        <source>The server will not pass the mail on (relay denied)</source>
        <translation>サーバーがメールを中継しません（リレー拒否）</translation>
    </message>
    <message>
        <source>{host} refused to deliver to that recipient for you: {reply}. Servers only relay mail for logged-in users.</source>
        <translation>{host} はその受信者への配信の代行を拒否しました: {reply}。サーバーはログインしたユーザーのメールのみを中継します。</translation>
    </message>
    <message>
        <source>Log in (turn on authentication) and use the submission port 587 or 465, not port 25.</source>
        <translation>ログインし（認証を有効にし）、ポート 25 ではなく送信用ポート 587 または 465 を使用してください。</translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <translation>送信者アドレスが拒否されました</translation>
    </message>
    <message>
        <source>{host} does not accept mail from that sender: {reply}</source>
        <translation>{host} はその送信者からのメールを受け付けません: {reply}</translation>
    </message>
    <message>
        <source>Send from an address that belongs to your account (the From you log in with), or check that the domain is spelled correctly.</source>
        <translation>アカウントに属するアドレス（ログインに使用する From）から送信するか、ドメインの綴りが正しいか確認してください。</translation>
    </message>
    <message>
        <source>The recipient does not exist</source>
        <translation>受信者が存在しません</translation>
    </message>
    <message>
        <source>{host} says the recipient address does not exist: {reply}</source>
        <translation>{host} によると、受信者アドレスは存在しません: {reply}</translation>
    </message>
    <message>
        <source>Check the spelling of the recipient address.</source>
        <translation>受信者アドレスの綴りを確認してください。</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>メッセージが大きすぎます</translation>
    </message>
    <message>
        <source>{host} refuses messages of this size: {reply}</source>
        <translation>{host} はこのサイズのメッセージを拒否します: {reply}</translation>
    </message>
    <message>
        <source>Send smaller attachments or share a link to the file instead.</source>
        <translation>添付ファイルを小さくするか、代わりにファイルへのリンクを共有してください。</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>受信者のメールボックスがいっぱいです</translation>
    </message>
    <message>
        <source>{host} cannot store more mail for the recipient: {reply}</source>
        <translation>{host} は受信者のメールをこれ以上保存できません: {reply}</translation>
    </message>
    <message>
        <source>Tell the recipient another way, or try again later.</source>
        <translation>別の方法で受信者に知らせるか、後でもう一度試してください。</translation>
    </message>
    <message>
        <source>Greylisted: try again later</source>
        <translation>グレイリスティング: 後でもう一度試してください</translation>
    </message>
    <message>
        <source>{host} temporarily refused the message, as greylisting servers do with senders they have not seen before: {reply}</source>
        <translation>{host} は、グレイリスティングを行うサーバーが初めての送信者に対して行うように、メッセージを一時的に拒否しました: {reply}</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings. A real mail server retries automatically and gets through after a few minutes.</source>
        <translation>設定に問題はありません。実際のメールサーバーは自動的に再試行し、数分後に配信に成功します。</translation>
    </message>
    <message>
        <source>Temporary refusal</source>
        <translation>一時的な拒否</translation>
    </message>
    <message>
        <source>{host} refused for now at the step "{stage}": {reply}</source>
        <translation>{host} は手順「{stage}」で一時的に拒否しました: {reply}</translation>
    </message>
    <message>
        <source>Try again later; if it persists, ask the provider.</source>
        <translation>後でもう一度試してください。続く場合はプロバイダーに問い合わせてください。</translation>
    </message>
    <message>
        <source>The server refused</source>
        <translation>サーバーが拒否しました</translation>
    </message>
    <message>
        <source>{host} refused at the step "{stage}": {reply}</source>
        <translation>{host} は手順「{stage}」で拒否しました: {reply}</translation>
    </message>
    <message>
        <source>Read the server's reason above; give the transcript to the provider if it is unclear.</source>
        <translation>上記のサーバーの理由を読んでください。不明な場合は、記録をプロバイダーに渡してください。</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>The connection to {host} failed: {detail}</source>
        <translation>{host} への接続に失敗しました: {detail}</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>ネットワーク接続を確認して、もう一度試してください。</translation>
    </message>
    <message>
        <source>Gmail and Google Workspace refuse your normal password when two-step verification is on: create an app password (Google Account → Security → App passwords) or sign in with OAuth2.</source>
        <translation>Gmail と Google Workspace では、2 段階認証が有効な場合は通常のパスワードを使用できません: アプリパスワードを作成する（Google アカウント → セキュリティ → アプリパスワード）か、OAuth2 でサインインしてください。</translation>
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 need smtp.office365.com port 587 with STARTTLS; with two-step verification use an app password, and in Microsoft 365 the administrator must allow "Authenticated SMTP" for the mailbox (or use OAuth2).</source>
        <translation>Outlook.com と Microsoft 365 では smtp.office365.com のポート 587 で STARTTLS を使用します。2 段階認証を使用している場合はアプリパスワードを使用し、Microsoft 365 では管理者がメールボックスに「Authenticated SMTP」を許可する必要があります（または OAuth2 を使用します）。</translation>
    </message>
    <message>
        <source>Yahoo and AOL accept only an app password for mail programs: generate one under Account security → Generate app password.</source>
        <translation>Yahoo と AOL では、メールプログラムにはアプリパスワードしか使用できません: アカウントセキュリティ → アプリパスワードを生成 で作成してください。</translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password (appleid.apple.com → Sign-In and Security) and the user name is your full iCloud address.</source>
        <translation>iCloud メールにはアプリ用パスワード（appleid.apple.com → サインインとセキュリティ）が必要で、ユーザー名は完全な iCloud アドレスです。</translation>
    </message>
</context>
<context>
    <name>SpfCommand</name>
    <message>
        <source>SPF result: %1</source>
        <translation>SPF の結果: %1</translation>
    </message>
    <message>
        <source>Identity:   %1 %2 (domain %3), IP %4, HELO %5</source>
        <translation>識別子:     %1 %2（ドメイン %3）、IP %4、HELO %5</translation>
    </message>
    <message>
        <source>HELO</source>
        <translation>HELO</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>Record:     %1</source>
        <translation>レコード:   %1</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>決定要因:   %1</translation>
    </message>
    <message>
        <source>Problem:    %1</source>
        <translation>問題:       %1</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>説明: %1</translation>
    </message>
    <message>
        <source>Lookups:    %1 of 10 (void: %2 of 2), %3 DNS queries for the evaluation, %4 ms</source>
        <translation>参照回数:   10 回中 %1 回（空: 2 回中 %2 回）、評価での DNS クエリ %3 件、%4 ミリ秒</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>トレース:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>Whole SPF tree: %1 lookups, %2 void lookups (independent of the IP)</source>
        <translation>SPF ツリー全体: 参照 %1 回、空の参照 %2 回（IP に依存しません）</translation>
    </message>
    <message>
        <source>Suggested record for %1:</source>
        <translation>%1 の推奨レコード:</translation>
    </message>
    <message>
        <source>(%1's include authorizes %2)</source>
        <translation>（%1 の include が %2 を許可しています）</translation>
    </message>
    <message numerus="yes">
        <source>DNS queries sent in total: %n</source>
        <translation>
            <numerusform>送信した DNS クエリの合計: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluates SPF (RFC 7208 check_host) for a sending IP, MAIL FROM and HELO.
An empty --mail-from "" is the null sender: the HELO name is checked.</source>
        <translation>送信 IP、MAIL FROM、HELO について SPF（RFC 7208 check_host）を評価します。
空の --mail-from "" は null 送信者を表し、その場合は HELO 名を確認します。</translation>
    </message>
    <message>
        <source>Sending IP address (IPv4 or IPv6).</source>
        <translation>送信 IP アドレス（IPv4 または IPv6）。</translation>
    </message>
    <message>
        <source>Envelope sender (MAIL FROM); "" for the null sender.</source>
        <translation>エンベロープの送信者（MAIL FROM）。null 送信者の場合は ""。</translation>
    </message>
    <message>
        <source>HELO/EHLO name the client gave.</source>
        <translation>クライアントが名乗った HELO/EHLO 名。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>Do not walk the whole SPF tree for warnings.</source>
        <translation>警告を調べるために SPF ツリー全体をたどりません。</translation>
    </message>
    <message>
        <source>Ask the DNS strictly one question at a time, in evaluation order.</source>
        <translation>評価の順序どおりに、DNS に厳密に 1 件ずつ問い合わせます。</translation>
    </message>
    <message>
        <source>Name of the receiving host, for the %{r} macro.</source>
        <translation>%{r} マクロに使用する受信ホストの名前。</translation>
    </message>
    <message>
        <source>unexpected argument "%1" (see --help)</source>
        <translation>予期しない引数「%1」（--help を参照）</translation>
    </message>
    <message>
        <source>--ip is required</source>
        <translation>--ip は必須です</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>「%1」は IP アドレスではありません</translation>
    </message>
    <message>
        <source>--mail-from is required (use --mail-from "" for the null sender)</source>
        <translation>--mail-from は必須です（null 送信者の場合は --mail-from "" を使用してください）</translation>
    </message>
    <message>
        <source>the null sender needs --helo: its SPF check is done on the HELO name</source>
        <translation>null 送信者には --helo が必要です: SPF チェックは HELO 名に対して行われます</translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>「%1」は IP アドレスではありません</translation>
    </message>
    <message>
        <source>"%1" is not a valid multi-label domain name</source>
        <translation>「%1」は有効な複数ラベルのドメイン名ではありません</translation>
    </message>
    <message>
        <source>DNS error looking up the SPF record of %1: %2</source>
        <translation>%1 の SPF レコードの参照中に DNS エラーが発生しました: %2</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 には SPF レコードがありません</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one</source>
        <translation>%1 には %2 件の SPF レコードがあります。1 件だけである必要があります</translation>
    </message>
    <message>
        <source>Syntax error in the SPF record of %1 at position %2 ("%3"): %4</source>
        <translation>%1 の SPF レコードの位置 %2（「%3」）に構文エラーがあります: %4</translation>
    </message>
    <message>
        <source>More than %1 DNS-querying mechanisms and modifiers ("%2" in the record of %3)</source>
        <translation>DNS を問い合わせるメカニズムと修飾子が %1 個を超えています（%3 のレコード内の「%2」）</translation>
    </message>
    <message>
        <source>Not a valid DNS name: explanation ignored</source>
        <translation>有効な DNS 名ではありません: 説明は無視されました</translation>
    </message>
    <message>
        <source>No single TXT record: explanation ignored</source>
        <translation>TXT レコードが 1 件ではありません: 説明は無視されました</translation>
    </message>
    <message>
        <source>Invalid explanation text: ignored</source>
        <translation>無効な説明テキスト: 無視されました</translation>
    </message>
    <message>
        <source>redirect= names "%1", which is not a valid domain</source>
        <translation>redirect= が指定する「%1」は有効なドメインではありません</translation>
    </message>
    <message>
        <source>redirect=%1: that domain has no SPF record</source>
        <translation>redirect=%1: そのドメインには SPF レコードがありません</translation>
    </message>
    <message>
        <source>More than %1 void lookups (names without any record)</source>
        <translation>空の参照（レコードのない名前）が %1 回を超えています</translation>
    </message>
    <message>
        <source>DNS error for %1 (%2): %3</source>
        <translation>%1（%2）の DNS エラー: %3</translation>
    </message>
    <message>
        <source>include: names "%1", which is not a valid domain</source>
        <translation>include: が指定する「%1」は有効なドメインではありません</translation>
    </message>
    <message>
        <source>include:%1: that domain has no SPF record</source>
        <translation>include:%1: そのドメインには SPF レコードがありません</translation>
    </message>
    <message>
        <source>"%1" is not a valid DNS name: treated as non-existent</source>
        <translation>「%1」は有効な DNS 名ではありません: 存在しないものとして扱いました</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; SPF allows at most %3</source>
        <translation>%1 には %2 件の MX レコードがあります。SPF で許可されるのは最大 %3 件です</translation>
    </message>
    <message>
        <source>The check took longer than %1 seconds</source>
        <translation>チェックに %1 秒以上かかりました</translation>
    </message>
</context>
<context>
    <name>SpfLint</name>
    <message>
        <source>%1: not a JSON object with a "providers" array (%2)</source>
        <translation>%1: 「providers」配列を持つ JSON オブジェクトではありません（%2）</translation>
    </message>
    <message>
        <source>%1: provider entry %2 ("%3") needs a name, a valid include domain and ptrSuffixes</source>
        <translation>%1: プロバイダーエントリ %2（「%3」）には、名前、有効な include ドメイン、ptrSuffixes が必要です</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: 読み込めません</translation>
    </message>
    <message>
        <source>%1: a TXT string of the SPF record is longer than 255 characters</source>
        <translation>%1: SPF レコードの TXT 文字列が 255 文字を超えています</translation>
    </message>
    <message>
        <source>%1: the SPF record is %2 bytes; over 512 bytes it may not fit a DNS answer over UDP</source>
        <translation>%1: SPF レコードは %2 バイトです。512 バイトを超えると UDP の DNS 応答に収まらない場合があります</translation>
    </message>
    <message>
        <source>%1: the ptr mechanism should not be used (RFC 7208 §5.5): it is slow and unreliable</source>
        <translation>%1: ptr メカニズムは使用すべきではありません（RFC 7208 §5.5）: 遅く、信頼性がありません</translation>
    </message>
    <message>
        <source>%1: include:%2 appears more than once</source>
        <translation>%1: include:%2 が複数回出現しています</translation>
    </message>
    <message>
        <source>%1: "%2" authorizes every host on the internet to send as this domain</source>
        <translation>%1: 「%2」はインターネット上のすべてのホストにこのドメインとしての送信を許可しています</translation>
    </message>
    <message>
        <source>%1: "?all" makes no statement about other hosts; use ~all or -all</source>
        <translation>%1: 「?all」は他のホストについて何も示しません。~all または -all を使用してください</translation>
    </message>
    <message>
        <source>No DNS resolver</source>
        <translation>DNS リゾルバーがありません</translation>
    </message>
    <message>
        <source>%1 is included more than once in the SPF tree, or in a loop</source>
        <translation>%1 が SPF ツリー内で複数回 include されているか、ループしています</translation>
    </message>
    <message>
        <source>The include chain is deeper than 10 levels at %1</source>
        <translation>%1 で include チェーンが 10 階層を超えています</translation>
    </message>
    <message>
        <source>%1: a deprecated SPF (type 99) record is published; RFC 7208 uses only TXT</source>
        <translation>%1: 非推奨の SPF（タイプ 99）レコードが公開されています。RFC 7208 では TXT のみを使用します</translation>
    </message>
    <message>
        <source>%1: the SPF record could not be read (%2)</source>
        <translation>%1: SPF レコードを読み込めませんでした（%2）</translation>
    </message>
    <message>
        <source>a DNS error</source>
        <translation>DNS エラー</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 には SPF レコードがありません</translation>
    </message>
    <message>
        <source>%1 is included but has no SPF record (permerror)</source>
        <translation>%1 は include されていますが、SPF レコードがありません（permerror）</translation>
    </message>
    <message>
        <source>a missing record</source>
        <translation>レコードの欠落</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one (permerror)</source>
        <translation>%1 には %2 件の SPF レコードがあります。1 件だけである必要があります（permerror）</translation>
    </message>
    <message>
        <source>multiple records</source>
        <translation>複数のレコード</translation>
    </message>
    <message>
        <source>%1: syntax error at position %2 ("%3"): %4</source>
        <translation>%1: 位置 %2（「%3」）に構文エラー: %4</translation>
    </message>
    <message>
        <source>a syntax error</source>
        <translation>構文エラー</translation>
    </message>
    <message>
        <source>macros</source>
        <translation>マクロ</translation>
    </message>
    <message>
        <source>a non-pass ip4/ip6 term</source>
        <translation>pass 以外の ip4/ip6 項目</translation>
    </message>
    <message>
        <source>a non-pass include</source>
        <translation>pass 以外の include</translation>
    </message>
    <message>
        <source>the ptr mechanism</source>
        <translation>ptr メカニズム</translation>
    </message>
    <message>
        <source>the exists mechanism</source>
        <translation>exists メカニズム</translation>
    </message>
    <message>
        <source>a non-pass a/mx term</source>
        <translation>pass 以外の a/mx 項目</translation>
    </message>
    <message>
        <source>%1: "%2" names %3, which has no A/AAAA records</source>
        <translation>%1: 「%2」が指定する %3 には A/AAAA レコードがありません</translation>
    </message>
    <message>
        <source>%1: "%2" names %3, which has no MX records</source>
        <translation>%1: 「%2」が指定する %3 には MX レコードがありません</translation>
    </message>
    <message>
        <source>%1: %2 has %3 MX records; the mx mechanism allows at most 10 (permerror)</source>
        <translation>%1: %2 には %3 件の MX レコードがあります。mx メカニズムで許可されるのは最大 10 件です（permerror）</translation>
    </message>
    <message>
        <source>%1: the SPF tree needs %2 DNS lookups; more than 10 is a permerror (RFC 7208 §4.6.4)</source>
        <translation>%1: SPF ツリーには %2 回の DNS 参照が必要です。10 回を超えると permerror になります（RFC 7208 §4.6.4）</translation>
    </message>
    <message>
        <source>%1: the SPF tree has %2 void lookups; more than 2 is a permerror</source>
        <translation>%1: SPF ツリーには %2 回の空の参照があります。2 回を超えると permerror になります</translation>
    </message>
</context>
<context>
    <name>SpfMacro</name>
    <message>
        <source>A "%" at the end must be written "%%"</source>
        <translation>末尾の「%」は「%%」と記述する必要があります</translation>
    </message>
    <message>
        <source>A "%" must be followed by "{", "%", "_" or "-"</source>
        <translation>「%」の後には「{」、「%」、「_」、「-」のいずれかが必要です</translation>
    </message>
    <message>
        <source>Non-ASCII character in the record</source>
        <translation>レコードに ASCII 以外の文字があります</translation>
    </message>
    <message>
        <source>Invalid character (code %1)</source>
        <translation>無効な文字（コード %1）</translation>
    </message>
    <message>
        <source>The domain is empty</source>
        <translation>ドメインが空です</translation>
    </message>
    <message>
        <source>"%1" is not a domain name (no dot before the top-level label)</source>
        <translation>「%1」はドメイン名ではありません（トップレベルラベルの前にドットがありません）</translation>
    </message>
    <message>
        <source>"%1" does not end in a valid top-level label</source>
        <translation>「%1」は有効なトップレベルラベルで終わっていません</translation>
    </message>
    <message>
        <source>Unterminated macro: "%{" at the end</source>
        <translation>閉じられていないマクロ: 末尾に「%{」があります</translation>
    </message>
    <message>
        <source>Unknown macro letter "%1"</source>
        <translation>不明なマクロ文字「%1」</translation>
    </message>
    <message>
        <source>The macro letter "%1" is only allowed in explanation text</source>
        <translation>マクロ文字「%1」は説明テキストでのみ使用できます</translation>
    </message>
    <message>
        <source>A macro's digit transformer must not be zero</source>
        <translation>マクロの桁数変換子に 0 は指定できません</translation>
    </message>
    <message>
        <source>Malformed macro: expected "}"</source>
        <translation>不正な形式のマクロ: 「}」が必要です</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>The record does not start with "v=spf1" followed by a space</source>
        <translation>レコードが「v=spf1」とそれに続く空白で始まっていません</translation>
    </message>
    <message>
        <source>The modifier "%1" appears more than once</source>
        <translation>修飾子「%1」が複数回出現しています</translation>
    </message>
    <message>
        <source>Invalid %1= domain: %2</source>
        <translation>無効な %1= ドメイン: %2</translation>
    </message>
    <message>
        <source>Invalid value of the modifier "%1": %2</source>
        <translation>修飾子「%1」の値が無効です: %2</translation>
    </message>
    <message>
        <source>"%1" needs ":" and a domain</source>
        <translation>「%1」には「:」とドメインが必要です</translation>
    </message>
    <message>
        <source>"%1" takes no prefix length</source>
        <translation>「%1」にはプレフィックス長を指定できません</translation>
    </message>
    <message>
        <source>Invalid domain in "%1": %2</source>
        <translation>「%1」のドメインが無効です: %2</translation>
    </message>
    <message>
        <source>"all" takes no arguments</source>
        <translation>「all」は引数を取りません</translation>
    </message>
    <message>
        <source>Malformed "%1": expected [:domain][/ip4-prefix][//ip6-prefix]</source>
        <translation>不正な形式の「%1」: [:domain][/ip4-prefix][//ip6-prefix] の形式が必要です</translation>
    </message>
    <message>
        <source>Invalid IPv4 prefix length "/%1" (0 to 32, no leading zeros)</source>
        <translation>無効な IPv4 プレフィックス長「/%1」（0～32、先頭のゼロは不可）</translation>
    </message>
    <message>
        <source>Invalid IPv6 prefix length "//%1" (0 to 128, no leading zeros)</source>
        <translation>無効な IPv6 プレフィックス長「//%1」（0～128、先頭のゼロは不可）</translation>
    </message>
    <message>
        <source>"%1" needs ":" and an address</source>
        <translation>「%1」には「:」とアドレスが必要です</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 address</source>
        <translation>「%1」は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>"%1" is not an IPv6 address</source>
        <translation>「%1」は IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>Invalid prefix length "%1"</source>
        <translation>無効なプレフィックス長「%1」</translation>
    </message>
    <message>
        <source>Empty mechanism</source>
        <translation>空のメカニズム</translation>
    </message>
    <message>
        <source>Unknown mechanism "%1"</source>
        <translation>不明なメカニズム「%1」</translation>
    </message>
    <message>
        <source>The record is %1 characters long, more than the %2 this check reads (RFC 7208 §3.4 advises under 450 so it fits one UDP answer)</source>
        <translation>レコードの長さは %1 文字で、このチェックが読み取る %2 文字を超えています（RFC 7208 §3.4 は、1 つの UDP 応答に収まるよう 450 文字未満を推奨しています）</translation>
    </message>
    <message numerus="yes">
        <source>The record has more than %n terms; the rest were not read</source>
        <translation>
            <numerusform>レコードの項目が %n 個を超えているため、残りは読み込んでいません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpfResult</name>
    <message numerus="yes">
        <source>%n void</source>
        <translation>
            <numerusform>空 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>none: no SPF record</source>
        <translation>none: SPF レコードがありません</translation>
    </message>
    <message>
        <source>neutral: the domain makes no statement about this IP</source>
        <translation>neutral: ドメインはこの IP について何も示していません</translation>
    </message>
    <message>
        <source>pass: the IP is authorized</source>
        <translation>pass: IP は許可されています</translation>
    </message>
    <message>
        <source>fail: the IP is not authorized</source>
        <translation>fail: IP は許可されていません</translation>
    </message>
    <message>
        <source>softfail: the IP is probably not authorized</source>
        <translation>softfail: IP はおそらく許可されていません</translation>
    </message>
    <message>
        <source>temperror: a DNS error stopped the check</source>
        <translation>temperror: DNS エラーによりチェックが中断されました</translation>
    </message>
    <message>
        <source>permerror: the SPF record cannot be evaluated</source>
        <translation>permerror: SPF レコードを評価できません</translation>
    </message>
    <message>
        <source>SPF for %1</source>
        <translation>%1 の SPF</translation>
    </message>
    <message>
        <source>%1 for %2 from %3</source>
        <translation>%3 からの %2 について %1</translation>
    </message>
    <message>
        <source>The domain's explanation: %1</source>
        <translation>ドメインによる説明: %1</translation>
    </message>
    <message>
        <source>Decided by "%1"</source>
        <translation>「%1」により決定</translation>
    </message>
    <message>
        <source>Publish this record at %1 (replacing the current SPF record).</source>
        <translation>このレコードを %1 に公開してください（現在の SPF レコードを置き換えます）。</translation>
    </message>
    <message>
        <source>1 lookup</source>
        <translation>参照 1 回</translation>
    </message>
    <message numerus="yes">
        <source>%n lookups</source>
        <translation>
            <numerusform>参照 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>match</source>
        <translation>一致</translation>
    </message>
    <message numerus="yes">
        <source>DNS lookups counted: %n of the 10 allowed</source>
        <translation>
            <numerusform>カウントされた DNS 参照: 許可された 10 回中 %n 回</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Check progress</source>
        <translation>チェックの進行状況</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>チェックを中止(&amp;C)</translation>
    </message>
    <message>
        <source>Stops the running check; results so far stay on screen</source>
        <translation>実行中のチェックを停止します。それまでの結果は画面に残ります</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StepPageAuthentication</name>
    <message>
        <source>Receivers check that your domain allows your server to send (SPF), that the message is signed (DKIM), and what your domain asks them to do when both fail (DMARC).</source>
        <translation>受信側は、あなたのドメインがサーバーに送信を許可しているか（SPF）、メッセージが署名されているか（DKIM）、両方が失敗した場合にドメインが何を求めているか（DMARC）を確認します。</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>確認内容</translation>
    </message>
    <message>
        <source>SPF, DKIM and DMARC checks</source>
        <translation>SPF、DKIM、DMARC のチェック</translation>
    </message>
    <message>
        <source>Chec&amp;ks of the domain:</source>
        <translation>ドメインのチェック(&amp;K):</translation>
    </message>
    <message>
        <source>SPF evaluation</source>
        <translation>SPF の評価</translation>
    </message>
    <message>
        <source>SPF &amp;evaluation, term by term (DNS lookups count against the limit of 10):</source>
        <translation>SPF の項目ごとの評価(&amp;E)（DNS 参照は上限 10 回にカウントされます）:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>SPF evaluation tree</source>
        <translation>SPF 評価ツリー</translation>
    </message>
    <message>
        <source>Each SPF term with its result and the DNS lookups it used</source>
        <translation>各 SPF 項目とその結果、使用した DNS 参照</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <translation>DMARC アライメント</translation>
    </message>
    <message>
        <source>Publish the suggested records at your DNS host (copy them with the button), wait for the TTL to pass, and re-run the checks. DMARC passes when SPF or DKIM passes for a domain that matches the From address.</source>
        <translation>推奨レコードを DNS ホスティングで公開し（ボタンでコピーできます）、TTL が経過するのを待ってから、チェックを再実行してください。From アドレスと一致するドメインについて SPF または DKIM が合格すれば、DMARC は合格します。</translation>
    </message>
    <message>
        <source>Authentication checks cancelled.</source>
        <translation>認証チェックを中止しました。</translation>
    </message>
    <message>
        <source>The bounce names no sender domain. Enter it on the first step (Facts for the checks).</source>
        <translation>バウンスに送信者ドメインが記載されていません。最初のステップ（チェック用の事実）で入力してください。</translation>
    </message>
    <message>
        <source>No DNS resolver: %1</source>
        <translation>DNS リゾルバーがありません: %1</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>ドメイン %1</translation>
    </message>
    <message>
        <source>DKIM selector %1</source>
        <translation>DKIM セレクター %1</translation>
    </message>
    <message>
        <source>SPF for the sending IP %1</source>
        <translation>送信 IP %1 の SPF</translation>
    </message>
    <message>
        <source>Checking %1.</source>
        <translation>%1 を確認中。</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>確認済み: %1</translation>
    </message>
    <message>
        <source>Authentication: %1 done (%2 of %3).</source>
        <translation>認証: %1 完了（%3 件中 %2 件）。</translation>
    </message>
    <message>
        <source>Asking DNS…</source>
        <translation>DNS に問い合わせ中…</translation>
    </message>
    <message>
        <source>No sending IP: SPF can only be evaluated for an IP. Enter it on the first step.</source>
        <translation>送信 IP がありません: SPF は IP についてのみ評価できます。最初のステップで入力してください。</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>SPF record of %1</source>
        <translation>%1 の SPF レコード</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>一致: %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未到達</translation>
    </message>
    <message numerus="yes">
        <source>SPF for %1 sending as %2: %3. %n DNS lookup(s) of the 10 allowed.</source>
        <translation>
            <numerusform>%2 として送信する %1 の SPF: %3。DNS 参照は許可された 10 回中 %n 回。</numerusform>
        </translation>
    </message>
    <message>
        <source>From domain %1 (organizational domain %2).</source>
        <translation>From ドメイン %1（組織ドメイン %2）。</translation>
    </message>
    <message>
        <source>SPF checks %1: %2.</source>
        <translation>SPF は %1 を確認: %2。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>aligned with the From domain</source>
        <translation>From ドメインとアライメントしています</translation>
    </message>
    <message>
        <source>not aligned with the From domain</source>
        <translation>From ドメインとアライメントしていません</translation>
    </message>
    <message>
        <source>DKIM signs as %1: %2.</source>
        <translation>DKIM は %1 として署名: %2。</translation>
    </message>
    <message>
        <source>The returned message shows no DKIM signature, so only SPF can make DMARC pass.</source>
        <translation>返送されたメッセージに DKIM 署名がないため、DMARC を合格させられるのは SPF だけです。</translation>
    </message>
</context>
<context>
    <name>StepPageBlocklists</name>
    <message>
        <source>Receiving servers refuse mail from IP addresses and domains on public blocklists. This step asks each list about your sending IP and domain, and checks the IP's reverse DNS name.</source>
        <translation>受信サーバーは、公開ブロックリストに掲載された IP アドレスやドメインからのメールを拒否します。このステップでは、各リストに送信 IP とドメインを問い合わせ、IP の逆引き DNS 名を確認します。</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>確認内容</translation>
    </message>
    <message>
        <source>Blocklist summary</source>
        <translation>ブロックリストの概要</translation>
    </message>
    <message>
        <source>&amp;Blocklists:</source>
        <translation>ブロックリスト(&amp;B):</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認対象</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>ブロックリスト</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Blocklist results</source>
        <translation>ブロックリストの結果</translation>
    </message>
    <message>
        <source>One row per blocklist and checked address: listed, clean or couldn't check</source>
        <translation>ブロックリストと確認したアドレスごとに 1 行: 掲載あり、問題なし、確認できませんでした</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>再チェック(&amp;K)</translation>
    </message>
    <message>
        <source>Asks every blocklist again, for example after a removal request</source>
        <translation>すべてのブロックリストに再度問い合わせます（削除申請の後など）</translation>
    </message>
    <message>
        <source>Open &amp;removal page</source>
        <translation>削除ページを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Opens the selected blocklist's removal or lookup page in the web browser</source>
        <translation>選択したブロックリストの削除ページまたは検索ページを Web ブラウザーで開きます</translation>
    </message>
    <message>
        <source>Reverse DNS of the sending IP:</source>
        <translation>送信 IP の逆引き DNS:</translation>
    </message>
    <message>
        <source>Reverse DNS results</source>
        <translation>逆引き DNS の結果</translation>
    </message>
    <message>
        <source>Listed: the list names your IP or domain; follow its removal page after fixing the reason (an infected device, an open relay, a compromised account). Couldn't check: the list did not answer or refuses your DNS resolver — this says nothing about a listing.</source>
        <translation>掲載あり: リストにあなたの IP またはドメインが掲載されています。原因（感染したデバイス、オープンリレー、侵害されたアカウント）を解消してから、削除ページの手順に従ってください。確認できませんでした: リストが応答しなかったか、お使いの DNS リゾルバーを拒否しています。これは掲載の有無を示すものではありません。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n list(s).</source>
        <translation>
            <numerusform>%n 件のリストを確認した後に中止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocklist checks cancelled.</source>
        <translation>ブロックリストのチェックを中止しました。</translation>
    </message>
    <message>
        <source>sending IP %1</source>
        <translation>送信 IP %1</translation>
    </message>
    <message>
        <source>sender domain %1</source>
        <translation>送信者ドメイン %1</translation>
    </message>
    <message>
        <source>The bounce gives no sending IP or sender domain. Enter them on the first step (Facts for the checks) to check the blocklists.</source>
        <translation>バウンスに送信 IP も送信者ドメインも記載されていません。ブロックリストを確認するには、最初のステップ（チェック用の事実）で入力してください。</translation>
    </message>
    <message>
        <source>Checking %1.</source>
        <translation>%1 を確認中。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <source>No DNS resolver: %1</source>
        <translation>DNS リゾルバーがありません: %1</translation>
    </message>
    <message>
        <source>The blocklist catalogue could not be loaded: %1</source>
        <translation>ブロックリストカタログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Asking the blocklists…</source>
        <translation>ブロックリストに問い合わせ中…</translation>
    </message>
    <message>
        <source>Blocklists: checking %1…</source>
        <translation>ブロックリスト: %1 を確認中…</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>掲載あり</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>確認できませんでした</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Listed on %1, clean on %2, couldn't check %3.</source>
        <translation>掲載あり %1、問題なし %2、確認できず %3。</translation>
    </message>
    <message>
        <source>Blocklists done: %1 listed, %2 clean, %3 couldn't check.</source>
        <translation>ブロックリストの確認完了: 掲載あり %1、問題なし %2、確認できず %3。</translation>
    </message>
    <message>
        <source>Could not open a web browser. The page is: %1</source>
        <translation>Web ブラウザーを開けませんでした。ページ: %1</translation>
    </message>
</context>
<context>
    <name>StepPageContent</name>
    <message>
        <source>Spam filters judge the message itself and how you send: links, attachments, size, and sudden jumps in volume. This advice comes from the message that came back with the bounce.</source>
        <translation>スパムフィルターは、メッセージ自体と送信方法（リンク、添付ファイル、サイズ、送信量の急増）を評価します。このアドバイスは、バウンスと一緒に返送されたメッセージに基づいています。</translation>
    </message>
    <message>
        <source>What the bounce says about content</source>
        <translation>内容についてのバウンスの記載</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>アドバイス(&amp;A):</translation>
    </message>
    <message>
        <source>Content advice</source>
        <translation>内容に関するアドバイス</translation>
    </message>
    <message>
        <source>Send a plain test message without links or attachments to the same recipient. If it arrives, the content was the problem; add elements back one at a time.</source>
        <translation>リンクや添付ファイルのないシンプルなテストメッセージを同じ受信者に送信してください。届いた場合は内容が問題でした。要素を 1 つずつ戻してください。</translation>
    </message>
    <message>
        <source>Paste a bounce first.</source>
        <translation>まずバウンスを貼り付けてください。</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1:「%2」</translation>
    </message>
    <message>
        <source>The bounce does not blame the content.</source>
        <translation>バウンスは内容を原因としていません。</translation>
    </message>
    <message>
        <source>Returned message</source>
        <translation>返送されたメッセージ</translation>
    </message>
    <message>
        <source>The bounce did not include your message, so its content cannot be judged.</source>
        <translation>バウンスにあなたのメッセージが含まれていないため、内容を判断できません。</translation>
    </message>
    <message>
        <source>If your mail program can show the full bounce (with the returned message), paste that instead.</source>
        <translation>メールプログラムでバウンス全体（返送されたメッセージを含む）を表示できる場合は、代わりにそれを貼り付けてください。</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>No links.</source>
        <translation>リンクはありません。</translation>
    </message>
    <message>
        <source>The body did not come back; links are unknown.</source>
        <translation>本文が返送されていないため、リンクは不明です。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s); %1 to other domains than yours.</source>
        <translation>
            <numerusform>リンク %n 個。そのうち %1 個はあなたのドメイン以外へのリンクです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters rate every linked domain. Link to your own domain, avoid URL shorteners and tracking redirects, and keep the number of links small.</source>
        <translation>フィルターはリンク先のすべてのドメインを評価します。自分のドメインにリンクし、URL 短縮サービスやトラッキング用のリダイレクトを避け、リンクの数を少なくしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s), all to your own domain.</source>
        <translation>
            <numerusform>リンク %n 個。すべてあなたのドメインへのリンクです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>添付ファイルはありません。</translation>
    </message>
    <message>
        <source>Attachments that filters often block: %1</source>
        <translation>フィルターにブロックされやすい添付ファイル: %1</translation>
    </message>
    <message>
        <source>Share such files through a link to a file service instead of attaching them.</source>
        <translation>このようなファイルは添付せず、ファイル共有サービスへのリンクで共有してください。</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>添付ファイル: %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>The message body is %1.</source>
        <translation>メッセージ本文のサイズは %1 です。</translation>
    </message>
    <message>
        <source>Many servers refuse messages over 10–25 MB. Send large files as a link.</source>
        <translation>多くのサーバーは 10～25 MB を超えるメッセージを拒否します。大きなファイルはリンクで送ってください。</translation>
    </message>
    <message>
        <source>Sending activity</source>
        <translation>送信状況</translation>
    </message>
    <message>
        <source>Sudden volume from a new IP or domain looks like spam to receivers.</source>
        <translation>新しい IP やドメインからの急な大量送信は、受信側にはスパムのように見えます。</translation>
    </message>
    <message>
        <source>If you recently started sending much more mail (a newsletter, a new server), ramp up over days, send only to people who asked for it, and offer a one-click unsubscribe.</source>
        <translation>最近メールの送信量が大幅に増えた場合（ニュースレター、新しいサーバー）は、数日かけて徐々に増やし、希望した人にだけ送信し、ワンクリックの配信停止を用意してください。</translation>
    </message>
</context>
<context>
    <name>StepPageMailbox</name>
    <message>
        <source>The address exists, but the recipient's mailbox did not take the message. Only the recipient (or their mail administrator) can change that; here is what to tell them.</source>
        <translation>アドレスは存在しますが、受信者のメールボックスがメッセージを受け取りませんでした。これを変えられるのは受信者（またはそのメール管理者）だけです。伝える内容は次のとおりです。</translation>
    </message>
    <message>
        <source>What the bounce says</source>
        <translation>バウンスの記載内容</translation>
    </message>
    <message>
        <source>When to retry</source>
        <translation>再試行のタイミング</translation>
    </message>
    <message>
        <source>&amp;Message to send the recipient by another way (phone, chat, another address):</source>
        <translation>別の手段（電話、チャット、別のアドレス）で受信者に送るメッセージ(&amp;M):</translation>
    </message>
    <message>
        <source>Message for the recipient</source>
        <translation>受信者へのメッセージ</translation>
    </message>
    <message>
        <source>A ready-to-send text; edit it as you like and copy it</source>
        <translation>そのまま送れる文面です。自由に編集してコピーしてください</translation>
    </message>
    <message>
        <source>Cop&amp;y message</source>
        <translation>メッセージをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copies the message above to the clipboard</source>
        <translation>上のメッセージをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>I have &amp;told the recipient</source>
        <translation>受信者に伝えました(&amp;T)</translation>
    </message>
    <message>
        <source>Marks this step as done</source>
        <translation>このステップを完了としてマークします</translation>
    </message>
    <message>
        <source>Message copied to the clipboard.</source>
        <translation>メッセージをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>A full or disabled mailbox is on the recipient's side. Send them the text by another channel; retry only when the bounce says the problem is temporary or after they have fixed it.</source>
        <translation>メールボックスの容量超過や無効化は受信者側の問題です。別の手段で文面を送ってください。再試行は、バウンスに一時的な問題と書かれている場合か、先方が修正した後にのみ行ってください。</translation>
    </message>
    <message>
        <source>%1: %2
“%3”</source>
        <translation>%1: %2
「%3」</translation>
    </message>
    <message>
        <source>The bounce does not point to the recipient's mailbox.</source>
        <translation>バウンスは受信者のメールボックスを原因としていません。</translation>
    </message>
    <message>
        <source>Retry after the recipient has made room — usually within a day or two. Many servers retry a full mailbox on their own for a few days; after a permanent 5.2.2 they do not.</source>
        <translation>受信者が空き容量を確保してから再試行してください（通常は 1～2 日以内）。多くのサーバーは容量超過のメールボックスに数日間自動で再試行しますが、恒久的な 5.2.2 の後は再試行しません。</translation>
    </message>
    <message>
        <source>your mailbox is full, so my message was returned. Could you delete or archive some mail and tell me when I can send it again?</source>
        <translation>メールボックスの容量がいっぱいのため、私のメッセージが返送されてしまいました。お手数ですが、メールを削除またはアーカイブしていただき、再送できるようになったらお知らせいただけますでしょうか。</translation>
    </message>
    <message>
        <source>Do not retry this address: it is closed or suspended. Ask for a current address instead.</source>
        <translation>このアドレスには再試行しないでください: 閉鎖または停止されています。代わりに現在のアドレスを尋ねてください。</translation>
    </message>
    <message>
        <source>my message to this address was returned because the mailbox is closed or suspended. Do you have another address I should use?</source>
        <translation>メールボックスが閉鎖または停止されているため、このアドレス宛ての私のメッセージが返送されてしまいました。代わりに使用すべき別のアドレスはございますでしょうか。</translation>
    </message>
    <message>
        <source>Retry only after the recipient (or their administrator) has allowed mail from you.</source>
        <translation>受信者（またはその管理者）があなたからのメールを許可してから再試行してください。</translation>
    </message>
    <message>
        <source>your mail server refused my message (%1). Could you ask your mail administrator to allow mail from my address or domain, and tell me when it is done?</source>
        <translation>貴社のメールサーバーが私のメッセージを拒否しました（%1）。お手数ですが、メール管理者の方に私のアドレスまたはドメインからのメールを許可するようご依頼いただき、完了したらお知らせいただけますでしょうか。</translation>
    </message>
    <message>
        <source>Nothing in the bounce concerns the recipient's mailbox; this step can be skipped.</source>
        <translation>バウンスには受信者のメールボックスに関する内容はありません。このステップはスキップできます。</translation>
    </message>
    <message>
        <source>my message to you was returned by your mail server. Could you check that your mailbox can receive mail from me?</source>
        <translation>貴社のメールサーバーから私のメッセージが返送されてしまいました。お手数ですが、私からのメールを受信できる状態かご確認いただけますでしょうか。</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>あなたのアドレス</translation>
    </message>
    <message>
        <source>Hello,

I tried to email you at %1, but %2

Thank you!</source>
        <translation>こんにちは。

%1 宛てにメールをお送りしましたが、%2

よろしくお願いいたします。</translation>
    </message>
</context>
<context>
    <name>StepPagePaste</name>
    <message>
        <source>Paste the bounce message you received — the whole message if you have it, or just the error text. You can also drop an .eml or .txt file here. The analysis starts as soon as you stop typing.</source>
        <translation>受け取ったバウンスメッセージを貼り付けてください。メッセージ全体があればその全体を、なければエラーの文面だけでもかまいません。.eml または .txt ファイルをここにドロップすることもできます。入力を止めるとすぐに分析が始まります。</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Opens a saved bounce message (.eml or .txt)</source>
        <translation>保存したバウンスメッセージ（.eml または .txt）を開きます</translation>
    </message>
    <message>
        <source>&amp;Paste from clipboard</source>
        <translation>クリップボードから貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Replaces the text below with the clipboard's contents</source>
        <translation>下のテキストをクリップボードの内容で置き換えます</translation>
    </message>
    <message>
        <source>Sa&amp;mple bounces</source>
        <translation>バウンスのサンプル(&amp;M)</translation>
    </message>
    <message>
        <source>Loads an example bounce to see how the analysis works</source>
        <translation>分析の動作を確認するため、サンプルのバウンスを読み込みます</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>クリア(&amp;R)</translation>
    </message>
    <message>
        <source>Empties the bounce text; Undo brings it back</source>
        <translation>バウンスのテキストを消去します。元に戻す操作で復元できます</translation>
    </message>
    <message>
        <source>Bounce te&amp;xt:</source>
        <translation>バウンスのテキスト(&amp;X):</translation>
    </message>
    <message>
        <source>Paste the bounce here (Ctrl+V), or drop a file…</source>
        <translation>ここにバウンスを貼り付ける（Ctrl+V）か、ファイルをドロップしてください…</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>バウンスのテキスト</translation>
    </message>
    <message>
        <source>The bounce message to analyse. Evidence that decided the cause is highlighted.</source>
        <translation>分析するバウンスメッセージです。原因の決め手となった根拠が強調表示されます。</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>分析の状態</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>発生した内容</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cause explained</source>
        <translation>原因の説明</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Fix steps that apply</source>
        <translation>該当する修正ステップ</translation>
    </message>
    <message>
        <source>Sending server</source>
        <translation>送信サーバー</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>読み取れなかった内容</translation>
    </message>
    <message>
        <source>Recipien&amp;ts:</source>
        <translation>受信者(&amp;T):</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>One row per recipient with its status, reply code, reason and cause</source>
        <translation>受信者ごとに 1 行: ステータス、応答コード、理由、原因</translation>
    </message>
    <message>
        <source>Facts for the checks</source>
        <translation>チェック用の事実</translation>
    </message>
    <message>
        <source>Sending &amp;IP:</source>
        <translation>送信 IP(&amp;I):</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>送信 IP</translation>
    </message>
    <message>
        <source>The public IP address of the server that sent your message</source>
        <translation>メッセージを送信したサーバーのパブリック IP アドレス</translation>
    </message>
    <message>
        <source>HE&amp;LO name:</source>
        <translation>HELO 名(&amp;L):</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO 名</translation>
    </message>
    <message>
        <source>The name your server introduced itself with</source>
        <translation>サーバーが名乗った名前</translation>
    </message>
    <message>
        <source>Sen&amp;der domain:</source>
        <translation>送信者ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>送信者ドメイン</translation>
    </message>
    <message>
        <source>The domain of your address, checked for SPF, DKIM and DMARC</source>
        <translation>あなたのアドレスのドメイン。SPF、DKIM、DMARC を確認します</translation>
    </message>
    <message>
        <source>Recipient dom&amp;ain:</source>
        <translation>受信者ドメイン(&amp;A):</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>受信者ドメイン</translation>
    </message>
    <message>
        <source>The domain of the address that bounced</source>
        <translation>バウンスしたアドレスのドメイン</translation>
    </message>
    <message>
        <source>DKIM s&amp;elector:</source>
        <translation>DKIM セレクター(&amp;E):</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>DKIM セレクター</translation>
    </message>
    <message>
        <source>The s= tag of your message's DKIM signature</source>
        <translation>メッセージの DKIM 署名の s= タグ</translation>
    </message>
    <message>
        <source>D&amp;KIM domain:</source>
        <translation>DKIM ドメイン(&amp;K):</translation>
    </message>
    <message>
        <source>DKIM domain</source>
        <translation>DKIM ドメイン</translation>
    </message>
    <message>
        <source>The d= tag of your message's DKIM signature</source>
        <translation>メッセージの DKIM 署名の d= タグ</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>バウンスを読み込み中…</translation>
    </message>
    <message>
        <source>Gmail: address not found (5.1.1)</source>
        <translation>Gmail: アドレスが見つかりません（5.1.1）</translation>
    </message>
    <message>
        <source>Microsoft 365: banned sending IP (5.7.606)</source>
        <translation>Microsoft 365: 送信 IP の使用禁止（5.7.606）</translation>
    </message>
    <message>
        <source>Gmail via Postfix: DMARC policy (5.7.26)</source>
        <translation>Postfix 経由の Gmail: DMARC ポリシー（5.7.26）</translation>
    </message>
    <message>
        <source>Exim: mailbox full (5.2.2)</source>
        <translation>Exim: メールボックスの容量超過（5.2.2）</translation>
    </message>
    <message>
        <source>Paste a bounce first: the next steps start from what it says.</source>
        <translation>まずバウンスを貼り付けてください: 次のステップはその内容に基づいて始まります。</translation>
    </message>
    <message>
        <source>Analysis cancelled. Edit the text or press Next to run it again.</source>
        <translation>分析を中止しました。テキストを編集するか、［次へ］を押して再度実行してください。</translation>
    </message>
    <message>
        <source>Paste the bounce (the message that says your mail was not delivered). Bounce Doctor reads the codes and wording, names the cause, highlights the words that decided it, and picks the fix steps that apply. Correct a fact (for example the sending IP) if it was read wrongly; the later checks use these fields.</source>
        <translation>バウンス（メールが配信されなかったことを知らせるメッセージ）を貼り付けてください。Bounce Doctor はコードと文面を読み取って原因を特定し、決め手となった語句を強調表示して、該当する修正ステップを選びます。事実（送信 IP など）が誤って読み取られた場合は修正してください。以降のチェックはこれらのフィールドを使用します。</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>バウンスを開く</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt *.msg *.mbox);;All files (*)</source>
        <translation>メッセージ (*.eml *.txt *.msg *.mbox);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; that is not a bounce message.</source>
        <translation>%1 は 32 MB を超えています。バウンスメッセージではありません。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Opened %1 (%2).</source>
        <translation>%1 を開きました（%2）。</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the bounce in your mail program first.</source>
        <translation>クリップボードにテキストがありません。まずメールプログラムでバウンスをコピーしてください。</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>%1 を分析中…</translation>
    </message>
    <message>
        <source>Analysed %1 in %2 ms: %3.</source>
        <translation>%1 を %2 ミリ秒で分析しました: %3。</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 in %2 ms · format: %3 · %n recipient(s)</source>
        <translation>
            <numerusform>%1 を %2 ミリ秒で読み込み · 形式: %3 · 受信者 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>unrecognised</source>
        <translation>認識できません</translation>
    </message>
    <message>
        <source>No finer reason could be named.</source>
        <translation>これ以上詳しい理由は特定できませんでした。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>応答 %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>ステータス %1</translation>
    </message>
    <message>
        <source>confidence %1 %</source>
        <translation>確信度 %1 %</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing to fix: this is not a permanent delivery failure.</source>
        <translation>修正は不要です: これは恒久的な配信失敗ではありません。</translation>
    </message>
    <message>
        <source>No fix step could be chosen from this bounce; the checks in the list can still be run.</source>
        <translation>このバウンスからは修正ステップを選べませんでしたが、リスト内のチェックは実行できます。</translation>
    </message>
    <message>
        <source>Fix steps that apply (selected in the list): %1</source>
        <translation>該当する修正ステップ（リストで選択済み）: %1</translation>
    </message>
    <message>
        <source>Nothing analysed yet.</source>
        <translation>まだ何も分析していません。</translation>
    </message>
    <message>
        <source>Paste a bounce to see its cause.</source>
        <translation>原因を確認するにはバウンスを貼り付けてください。</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>根拠（%1）</translation>
    </message>
    <message>
        <source>Restored the bounce you were working on last time.</source>
        <translation>前回作業していたバウンスを復元しました。</translation>
    </message>
</context>
<context>
    <name>StepPageRecipient</name>
    <message>
        <source>A mistyped or closed address is the most common reason for a bounce. This step checks the address and whether its domain can receive mail at all.</source>
        <translation>入力ミスや閉鎖されたアドレスは、バウンスの最も一般的な原因です。このステップでは、アドレスと、そのドメインがそもそもメールを受信できるかを確認します。</translation>
    </message>
    <message>
        <source>What the bounce says</source>
        <translation>バウンスの記載内容</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>受信者アドレス</translation>
    </message>
    <message>
        <source>The address to check; correct it and press Check again</source>
        <translation>確認するアドレスです。修正して［再確認］を押してください</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>再確認(&amp;K)</translation>
    </message>
    <message>
        <source>Checks the address and its domain again</source>
        <translation>アドレスとそのドメインを再度確認します</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Address syntax</source>
        <translation>アドレスの構文</translation>
    </message>
    <message>
        <source>Typo hint</source>
        <translation>入力ミスのヒント</translation>
    </message>
    <message>
        <source>Co&amp;rrected address:</source>
        <translation>修正後のアドレス(&amp;R):</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>修正後のアドレス</translation>
    </message>
    <message>
        <source>Cop&amp;y corrected address</source>
        <translation>修正後のアドレスをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copies the corrected address to the clipboard</source>
        <translation>修正後のアドレスをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Recipient domain checks</source>
        <translation>受信者ドメインのチェック</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Check the address for typos. If the bounce says the mailbox does not exist but the domain is fine, ask the recipient for their current address by another channel (phone, another address).</source>
        <translation>アドレスに入力ミスがないか確認してください。バウンスにメールボックスが存在しないと書かれていてもドメインに問題がない場合は、別の手段（電話、別のアドレス）で受信者に現在のアドレスを尋ねてください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(recipient not stated)</source>
        <translation>（受信者の記載なし）</translation>
    </message>
    <message>
        <source>The bounce names no recipient; type the address below.</source>
        <translation>バウンスに受信者が記載されていません。下にアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The bounce says:
%1</source>
        <translation>バウンスの記載:
%1</translation>
    </message>
    <message>
        <source>Recipient checks cancelled.</source>
        <translation>受信者のチェックを中止しました。</translation>
    </message>
    <message>
        <source>No address to check.</source>
        <translation>確認するアドレスがありません。</translation>
    </message>
    <message>
        <source>The address is well formed.</source>
        <translation>アドレスの形式は正しいです。</translation>
    </message>
    <message>
        <source>The address is not well formed: it needs one name, an @ and a domain like example.com.</source>
        <translation>アドレスの形式が正しくありません: 名前、@、example.com のようなドメインがそれぞれ 1 つ必要です。</translation>
    </message>
    <message>
        <source>“%1” looks like a typo of “%2”.</source>
        <translation>「%1」は「%2」の入力ミスのようです。</translation>
    </message>
    <message>
        <source>The domain could not be checked: %1</source>
        <translation>ドメインを確認できませんでした: %1</translation>
    </message>
    <message>
        <source>Looking up the recipient's domain…</source>
        <translation>受信者のドメインを参照中…</translation>
    </message>
    <message>
        <source>Checking the domain %1 (MX, A/AAAA)…</source>
        <translation>ドメイン %1 を確認中（MX、A/AAAA）…</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>The domain accepts mail, but its server says this mailbox does not exist. Confirm the address with the recipient by another channel.</source>
        <translation>ドメインはメールを受け付けますが、そのサーバーによるとこのメールボックスは存在しません。別の手段で受信者にアドレスを確認してください。</translation>
    </message>
</context>
<context>
    <name>StepPageResend</name>
    <message>
        <source>Before you send the message again, make sure what caused the bounce is fixed: re-run the checks and compare. Resending too early can make a blocklisting or a reputation problem worse.</source>
        <translation>メッセージを再送信する前に、バウンスの原因が修正されていることを確認してください: チェックを再実行して比較します。早すぎる再送信は、ブロックリストへの掲載や評価の問題を悪化させることがあります。</translation>
    </message>
    <message>
        <source>Chec&amp;klist:</source>
        <translation>チェックリスト(&amp;K):</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>以前</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>見つかった内容</translation>
    </message>
    <message>
        <source>Fix checklist</source>
        <translation>修正チェックリスト</translation>
    </message>
    <message>
        <source>Each step that applies, its state now and before the re-run, and what was found</source>
        <translation>該当する各ステップ、その現在と再実行前の状態、見つかった内容</translation>
    </message>
    <message>
        <source>Re-r&amp;un all checks</source>
        <translation>すべてのチェックを再実行(&amp;U)</translation>
    </message>
    <message>
        <source>Runs every check of the steps again and compares with the first run</source>
        <translation>各ステップのすべてのチェックを再度実行し、最初の実行と比較します</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>レポートをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Saves the whole case: the bounce summary, evidence and every check result</source>
        <translation>ケース全体を保存します: バウンスの概要、根拠、すべてのチェック結果</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>アドバイス</translation>
    </message>
    <message>
        <source>Work through the steps marked “Needs action”, then press Re-run all checks. Resend only when nothing needs action; for a blocklisting, wait until the list has removed you.</source>
        <translation>「要対応」と表示されたステップを順に対処してから、［すべてのチェックを再実行］を押してください。再送信するのは要対応の項目がなくなってからにしてください。ブロックリストに掲載されている場合は、リストから削除されるまで待ってください。</translation>
    </message>
    <message numerus="yes">
        <source>Re-running the checks of %n step(s)…</source>
        <translation>
            <numerusform>%n 個のステップのチェックを再実行中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-running checks…</source>
        <translation>チェックを再実行中…</translation>
    </message>
    <message>
        <source>All checks re-run.</source>
        <translation>すべてのチェックを再実行しました。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing wrong found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Paste a bounce first.</source>
        <translation>まずバウンスを貼り付けてください。</translation>
    </message>
    <message>
        <source>Re-run all checks when you have made your changes; the advice to resend comes after that.</source>
        <translation>変更を行ったら、すべてのチェックを再実行してください。再送信についてのアドバイスはその後に表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n step(s) still need action. Fix them and re-run the checks before you resend.</source>
        <translation>
            <numerusform>まだです: %n 個のステップが要対応です。それらを修正し、チェックを再実行してから再送信してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing that could be checked needs action, but %n step(s) could not be checked. Resend one message first and watch for a new bounce before resending the rest.</source>
        <translation>
            <numerusform>確認できた項目で要対応のものはありませんが、%n 個のステップは確認できませんでした。まず 1 通だけ再送信し、新たなバウンスが来ないか確かめてから残りを再送信してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything checked is in order. Resend the message — once, to the affected recipients only. If it bounces again, paste the new bounce.</source>
        <translation>確認したすべての項目に問題はありません。メッセージを再送信してください。再送信は 1 回だけ、影響を受けた受信者にのみ行います。再びバウンスした場合は、新しいバウンスを貼り付けてください。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>レポートを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The bounce: %1</source>
        <translation>バウンス: %1</translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown (*.md);;PDF (*.pdf);;JSON (*.json)</source>
        <translation>Web ページ (*.html);;Markdown (*.md);;PDF (*.pdf);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>StepPageSmtp</name>
    <message>
        <source>Test the outgoing server settings of your mail program or web site: Bounce Doctor connects the way they do and tells you, step by step, where it goes wrong. Your password is never saved.</source>
        <translation>メールプログラムや Web サイトの送信サーバー設定をテストします: Bounce Doctor が同じ方法で接続し、どこで問題が起きるかを手順ごとに示します。パスワードが保存されることはありません。</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP サーバー</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS（ポート 587）</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS（ポート 465）</translation>
    </message>
    <message>
        <source>STARTTLS if offered</source>
        <translation>提供されていれば STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>なし（暗号化なし）</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>接続のセキュリティ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>empty: test without logging in</source>
        <translation>空欄: ログインせずにテスト</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Used for this test only and never saved</source>
        <translation>このテストにのみ使用し、保存されることはありません</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>Sender address for the test</source>
        <translation>テスト用の送信者アドレス</translation>
    </message>
    <message>
        <source>empty: stop after logging in</source>
        <translation>空欄: ログイン後に停止</translation>
    </message>
    <message>
        <source>Recipient address for the test</source>
        <translation>テスト用の受信者アドレス</translation>
    </message>
    <message>
        <source>asked with RCPT TO, no message is sent</source>
        <translation>RCPT TO で問い合わせるだけで、メッセージは送信されません</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>セキュリティ(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>認証(&amp;H):</translation>
    </message>
    <message>
        <source>Sen&amp;der (optional):</source>
        <translation>送信者（任意）(&amp;D):</translation>
    </message>
    <message>
        <source>Recipien&amp;t (optional):</source>
        <translation>受信者（任意）(&amp;T):</translation>
    </message>
    <message>
        <source>Detect settin&amp;gs</source>
        <translation>設定を検出(&amp;G)</translation>
    </message>
    <message>
        <source>Tries the usual ports and security modes of the server and fills in what works</source>
        <translation>サーバーの一般的なポートとセキュリティモードを試し、機能する設定を入力します</translation>
    </message>
    <message>
        <source>Te&amp;st</source>
        <translation>テスト(&amp;S)</translation>
    </message>
    <message>
        <source>Connects to the server with these settings and shows each step</source>
        <translation>この設定でサーバーに接続し、各手順を表示します</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>サーバー証明書</translation>
    </message>
    <message>
        <source>Trust this certificate for this test</source>
        <translation>このテストでこの証明書を信頼する</translation>
    </message>
    <message>
        <source>Repeats the test accepting only this one certificate, identified by its SHA-256 fingerprint</source>
        <translation>SHA-256 フィンガープリントで識別されるこの証明書だけを受け入れて、テストを再実行します</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>TLS の詳細</translation>
    </message>
    <message>
        <source>Conve&amp;rsation with the server (passwords hidden):</source>
        <translation>サーバーとのやり取り（パスワードは伏せ字）(&amp;R):</translation>
    </message>
    <message>
        <source>SMTP conversation</source>
        <translation>SMTP のやり取り</translation>
    </message>
    <message>
        <source>SMTP test result</source>
        <translation>SMTP テストの結果</translation>
    </message>
    <message>
        <source>Use the same server, port and security as your mail program. Port 587 uses STARTTLS, port 465 uses SSL/TLS. The test logs in only if you give a user name, and never sends a message.</source>
        <translation>メールプログラムと同じサーバー、ポート、セキュリティを使用してください。ポート 587 は STARTTLS、ポート 465 は SSL/TLS を使用します。テストはユーザー名を指定した場合にのみログインし、メッセージを送信することはありません。</translation>
    </message>
    <message>
        <source>Enter the SMTP server's name first.</source>
        <translation>まず SMTP サーバーの名前を入力してください。</translation>
    </message>
    <message>
        <source>Testing %1:%2…</source>
        <translation>%1:%2 をテスト中…</translation>
    </message>
    <message>
        <source>The server accepted these settings.</source>
        <translation>サーバーはこの設定を受け付けました。</translation>
    </message>
    <message>
        <source>The test stopped at: %1</source>
        <translation>テストが停止した段階: %1</translation>
    </message>
    <message>
        <source>Encrypted with %1, %2.</source>
        <translation>%1、%2 で暗号化されています。</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete.</source>
        <translation>TLS ハンドシェイクが完了しませんでした。</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid until %3.</source>
        <translation>証明書: %1、発行者 %2、有効期限 %3。</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Trusted for this test by its fingerprint.</source>
        <translation>このテストではフィンガープリントにより信頼しました。</translation>
    </message>
    <message>
        <source>No TLS was used.</source>
        <translation>TLS は使用されませんでした。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1).
SHA-256 fingerprint: %2
Compare it with the one your provider publishes before trusting it.</source>
        <translation>サーバーの証明書は信頼されていません（%1）。
SHA-256 フィンガープリント: %2
信頼する前に、プロバイダーが公開しているものと比較してください。</translation>
    </message>
    <message>
        <source>Enter your address (as sender or user name) or the server's name to detect settings.</source>
        <translation>設定を検出するには、あなたのアドレス（送信者またはユーザー名として）かサーバー名を入力してください。</translation>
    </message>
    <message>
        <source>Detect: %1:%2 (%3) — %4</source>
        <translation>検出: %1:%2（%3）— %4</translation>
    </message>
    <message>
        <source>works</source>
        <translation>機能します</translation>
    </message>
    <message numerus="yes">
        <source>No working settings were found (%n combination(s) tried).</source>
        <translation>
            <numerusform>機能する設定は見つかりませんでした（%n 通りの組み合わせを試行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Found: %1, port %2, %3. Press Test to check it with your login.</source>
        <translation>検出結果: %1、ポート %2、%3。［テスト］を押して、ログイン情報で確認してください。</translation>
    </message>
    <message>
        <source>Trying the usual servers and ports…</source>
        <translation>一般的なサーバーとポートを試しています…</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>To do</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>確認できませんでした</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <source>"%1" at position %2 is not of the form tag=value.</source>
        <translation>位置 %2 の「%1」は tag=value の形式ではありません。</translation>
    </message>
    <message>
        <source>"%1" at position %2 is not a valid tag name.</source>
        <translation>位置 %2 の「%1」は有効なタグ名ではありません。</translation>
    </message>
</context>
<context>
    <name>TlsRptCheck</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>タグ %1= が複数回出現しています。</translation>
    </message>
    <message>
        <source>The record must start with v=TLSRPTv1.</source>
        <translation>レコードは v=TLSRPTv1 で始まる必要があります。</translation>
    </message>
    <message>
        <source>The record has no rua= tag, which is required.</source>
        <translation>レコードに必須の rua= タグがありません。</translation>
    </message>
    <message>
        <source>rua= holds "%1"; only mailto: and https: URIs are allowed.</source>
        <translation>rua= の値は「%1」です。使用できるのは mailto: と https: の URI のみです。</translation>
    </message>
    <message>
        <source>TLS reporting of %1</source>
        <translation>%1 の TLS レポート</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>有効なドメイン名が指定されていません。</translation>
    </message>
    <message>
        <source>%1 does not publish TLS reporting (optional: senders would report TLS failures to you).</source>
        <translation>%1 は TLS レポートを公開していません（任意: 公開すると、送信側が TLS の失敗をあなたに報告します）。</translation>
    </message>
    <message numerus="yes">
        <source>_smtp._tls.%1 has %n TLS-RPT records; with more than one, senders ignore them (RFC 8460 §3).</source>
        <translation>
            <numerusform>_smtp._tls.%1 には %n 件の TLS-RPT レコードがあります。複数あると、送信側はそれらを無視します（RFC 8460 §3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one v=TLSRPTv1 record.</source>
        <translation>v=TLSRPTv1 レコードを 1 件だけ置いてください。</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 is invalid: %2</source>
        <translation>%1 の TLS-RPT レコードが無効です: %2</translation>
    </message>
    <message>
        <source>Publish "v=TLSRPTv1; rua=mailto:tls-reports@%1".</source>
        <translation>「v=TLSRPTv1; rua=mailto:tls-reports@%1」を公開してください。</translation>
    </message>
    <message>
        <source>%1 publishes TLS reporting (%2).</source>
        <translation>%1 は TLS レポートを公開しています（%2）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Troubleshoot SMTP bounces step by step.</source>
        <translation>SMTP のバウンスを段階的にトラブルシューティングします。</translation>
    </message>
    <message>
        <source>Use this DNS server (HOST[:PORT]) for the checks.</source>
        <translation>チェックにこの DNS サーバー（HOST[:PORT]）を使用します。</translation>
    </message>
    <message>
        <source>Render every step to PNG files in DIR and exit.</source>
        <translation>すべてのステップを DIR 内の PNG ファイルに描画して終了します。</translation>
    </message>
    <message>
        <source>With --screenshot: the sample bounce to show.</source>
        <translation>--screenshot と併用: 表示するサンプルのバウンス。</translation>
    </message>
    <message>
        <source>A bounce message to open.</source>
        <translation>開くバウンスメッセージ。</translation>
    </message>
</context>
</TS>
