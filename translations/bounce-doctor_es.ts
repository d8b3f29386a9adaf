<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AresResolver</name>
    <message>
        <location filename="../core/dns/AresResolver.cpp" line="80"/>
        <source>could not set up the DNS resolver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/AresResolver.cpp" line="94"/>
        <source>could not use the DNS servers %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/AresResolver.cpp" line="256"/>
        <source>CNAME loop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/AresResolver.cpp" line="275"/>
        <source>the DNS server answered with error code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/dns/AresResolver.cpp" line="291"/>
        <source>CNAME chain longer than %n aliases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthCheckJob</name>
    <message>
        <location filename="../core/auth/AuthCheckJob.cpp" line="59"/>
        <source>No DNS resolver is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/AuthCheckJob.cpp" line="91"/>
        <source>The DNS query for %1 (%2) failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/AuthCheckJob.cpp" line="93"/>
        <source>This says nothing about the record itself; try again, or use another DNS server (--dns-server).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthKnowledge</name>
    <message>
        <location filename="../core/auth/AuthKnowledge.cpp" line="20"/>
        <source>Knowledge file %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/AuthKnowledge.cpp" line="30"/>
        <source>Knowledge file %1 is not valid JSON at offset %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/AuthKnowledge.cpp" line="36"/>
        <source>Knowledge file %1 must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/AuthKnowledge.cpp" line="43"/>
        <source>Knowledge file %1, entry %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Blocklist</name>
    <message>
        <location filename="../core/blocklist/BlocklistCatalogue.cpp" line="19"/>
        <source>%1: entry &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistCatalogue.cpp" line="72"/>
        <source>Cannot read the blocklist catalogue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistCatalogue.cpp" line="83"/>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistResult.cpp" line="54"/>
        <source>%1 (%2) for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistResult.cpp" line="58"/>
        <source>Listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistResult.cpp" line="61"/>
        <source>Delisting page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistResult.cpp" line="65"/>
        <source>Not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistResult.cpp" line="66"/>
        <source>Not listed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistResult.cpp" line="70"/>
        <source>Couldn&apos;t check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistResult.cpp" line="72"/>
        <source>How this list treats resolvers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="8"/>
        <source>Spamhaus Block List: a known spam source or spam operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="9"/>
        <source>Spamhaus CSS: the IP recently sent low-reputation or snowshoe mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="10"/>
        <source>Exploits Block List: the IP is infected or hijacked (botnet, open proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="11"/>
        <source>Exploits Block List: the IP is infected or hijacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="12"/>
        <source>Don&apos;t Route Or Peer: the whole network is controlled by criminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="13"/>
        <source>Policy Block List (set by the ISP): this address should not send mail directly, use your provider&apos;s mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="14"/>
        <source>Policy Block List (set by Spamhaus): a dynamic or end-user address that should not send mail directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="15"/>
        <source>the zone name in the query was mistyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="16"/>
        <source>Spamhaus refuses queries coming through a public or open resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="17"/>
        <source>Spamhaus refuses queries: too many queries from this resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="18"/>
        <source>Look the IP up at check.spamhaus.org. SBL and CSS: fix the cause (compromised account, bad list) and request removal there. XBL: clean the infected machine first, then use the self-service removal. PBL: send through your provider&apos;s authenticated mail server, or ask your ISP to remove the range if it is a static mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="19"/>
        <source>refused: answers 127.255.255.254 through Google, Cloudflare, Quad9 and other public resolvers; use your own recursive resolver or a free Data Query Service key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="20"/>
        <source>spam domain: low reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="21"/>
        <source>phishing domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="22"/>
        <source>malware domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="23"/>
        <source>botnet command-and-control domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="24"/>
        <source>abused legitimate domain used for spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="25"/>
        <source>abused legitimate redirector or URL shortener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="26"/>
        <source>abused legitimate domain used for phishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="27"/>
        <source>abused legitimate domain used for malware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="28"/>
        <source>abused legitimate domain used for botnet control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="29"/>
        <source>an IP address was queried in a domain list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="30"/>
        <source>Look the domain up at check.spamhaus.org, remove whatever got it listed (compromised site, spam links, abused redirector) and request removal there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="31"/>
        <source>refused: answers 127.255.255.254 through public resolvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="32"/>
        <source>people reported spam from this IP to SpamCop recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="33"/>
        <source>SpamCop listings expire by themselves about 24 hours after the last report. Find and stop what sends the reported mail (look at the TXT reason and your logs), then wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="34"/>
        <source>answers public resolvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="35"/>
        <source>poor reputation in Barracuda&apos;s network (spam seen from this IP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="36"/>
        <source>Fix the cause (open relay, compromised account, bad list), then fill in the removal request form; removals are usually handled within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="37"/>
        <source>answers only DNS servers registered (free) at barracudacentral.org; others get no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="38"/>
        <source>this single IP sent mail to UCEPROTECT spam traps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="39"/>
        <source>Level 1 entries expire automatically 7 days after the last spam-trap hit (an express removal is sold). Stop the spam first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="40"/>
        <source>answers public resolvers, with rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="41"/>
        <source>the IP&apos;s allocation (subnet) had many Level 1 listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="42"/>
        <source>Level 2 lists your provider&apos;s network, not you: ask your hosting provider to deal with the abuse in its range; it expires when the Level 1 listings do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="43"/>
        <source>the whole autonomous system (provider) had many Level 1 listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="44"/>
        <source>Level 3 lists your provider&apos;s whole network; few big receivers use it. Only your provider can get it removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="45"/>
        <source>this IP sends backscatter: bounces or auto-replies to forged senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="46"/>
        <source>Reject unknown recipients during the SMTP dialogue instead of bouncing afterwards, and stop auto-replies to spam; entries expire after four weeks without backscatter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="47"/>
        <source>this IP sent mail to PSBL spam traps and no legitimate mail was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="48"/>
        <source>Look the IP up at psbl.org and use the self-service removal after fixing the spam source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="49"/>
        <source>zero-hour: part of a spam wave right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="50"/>
        <source>worst reputation (L5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="51"/>
        <source>very bad reputation (L4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="52"/>
        <source>bad reputation (L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="53"/>
        <source>Fix the source of the spam, then request a reputation review on mailspike.org; reviews take 6 to 36 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="54"/>
        <source>free below 100,000 queries a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="55"/>
        <source>the IP takes part in a spam wave right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="56"/>
        <source>Zero-hour entries expire quickly once the wave stops; stop the spam and check again in a few hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="57"/>
        <source>suspicious reputation (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="58"/>
        <source>slightly suspicious reputation (L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="59"/>
        <source>neutral reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="60"/>
        <source>good reputation (H1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="61"/>
        <source>good reputation (H2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="62"/>
        <source>good reputation (H3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="63"/>
        <source>very good reputation (H4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="64"/>
        <source>excellent reputation (H5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="65"/>
        <source>Reputation improves as receivers see clean mail from the IP; request a review on mailspike.org after fixing the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="66"/>
        <source>the IP looks like a dynamic end-user address (its reverse DNS is generic) and sent spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="67"/>
        <source>Give the IP a reverse DNS name that names your mail server (and resolves back), then use the removal form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="68"/>
        <source>answers public resolvers within its terms of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="69"/>
        <source>the IP has no reverse DNS (PTR) and sent spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="70"/>
        <source>Ask whoever owns the IP (hosting provider or ISP) for a PTR record naming your mail server, then use the removal form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="71"/>
        <source>the IP sent spam to SpamRATS traps or was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="72"/>
        <source>Stop the spam source, then use the removal form (a working forward-confirmed reverse DNS is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="73"/>
        <source>the IP tried to guess mail passwords (authentication attacks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="74"/>
        <source>Find the compromised machine that attacks mail servers, clean it, then use the removal form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="75"/>
        <source>blacklist: spam seen from this IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="76"/>
        <source>exploit list: infected or compromised host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="77"/>
        <source>policy list: a residential or dynamic IP that should not send directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="78"/>
        <source>generic reverse DNS: the IP&apos;s PTR looks like an end-user address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="79"/>
        <source>no reverse DNS (PTR) for this IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="80"/>
        <source>Look the IP up at lookup.abusix.com, fix the cause and request delisting there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="81"/>
        <source>needs a free Abusix Mail Intelligence key (queries go to &lt;key&gt;.combined.mail.abusix.zone); without one it cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="82"/>
        <source>IRC drone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="83"/>
        <source>bottler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="84"/>
        <source>unknown spambot or drone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="85"/>
        <source>DDoS drone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="86"/>
        <source>open SOCKS proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="87"/>
        <source>open HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="88"/>
        <source>proxy chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="89"/>
        <source>web page proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="90"/>
        <source>open DNS resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="91"/>
        <source>brute-force attacker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="92"/>
        <source>open WinGate proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="93"/>
        <source>compromised router or gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="94"/>
        <source>autorooting worm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="95"/>
        <source>automatically detected botnet IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="96"/>
        <source>DNS/MX-type host name seen on IRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="97"/>
        <source>abused VPN service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="98"/>
        <source>uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="99"/>
        <source>Clean the compromised machine or close the open proxy, then request removal on dronebl.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="100"/>
        <source>the IP sent mail to s5h.net spam traps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="101"/>
        <source>Entries expire by themselves; removal can be requested through the list&apos;s web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="102"/>
        <source>the IP sent spam seen by NordSpam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="103"/>
        <source>Request removal through nordspam.com after fixing the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="104"/>
        <source>the domain appears in spam seen by NordSpam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="105"/>
        <source>the IP sent spam to NiX Spam traps in the last 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="106"/>
        <source>Entries expire 12 hours after the last spam; stop the spam and wait, or request removal on nixspam.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="107"/>
        <source>the IP sends almost only spam by GBUdb&apos;s statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="108"/>
        <source>GBUdb entries fade as receivers see clean mail from the IP; stop the spam first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="109"/>
        <source>the IP sent mail to 0spam traps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="110"/>
        <source>Request removal on 0spam.org after fixing the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="111"/>
        <source>the IP attacked servers (brute force on mail, SSH or web logins) in the last 48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="112"/>
        <source>Find and clean the attacking machine, then use the delist page; entries expire after 48 hours without new reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="113"/>
        <source>phishing sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="114"/>
        <source>malware sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="115"/>
        <source>spam and abuse sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="116"/>
        <source>cracked (compromised) sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="117"/>
        <source>SURBL refused the query (the resolver is blocked or over quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="118"/>
        <source>SURBL lists domains that appear in message bodies. Clean the site or stop linking to it, then use the analysis page to request removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="119"/>
        <source>low-volume public use allowed; heavy users need a data feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="120"/>
        <source>black: domains seen in spam only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="121"/>
        <source>grey: domains of bulk senders some people consider spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="122"/>
        <source>red: domains seen in spam from newly registered or abused sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="123"/>
        <source>URIBL refused the query (public or high-volume resolver blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="124"/>
        <source>Look the domain up at admin.uribl.com (an account is needed to request removal) after removing what got it listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="125"/>
        <source>blocks Google, OpenDNS and big ISP resolvers: answers 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="126"/>
        <source>the list refused the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistStrings.cpp" line="127"/>
        <source>listed with a code this catalogue does not describe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlocklistChecker</name>
    <message>
        <location filename="../core/blocklist/BlocklistChecker.cpp" line="105"/>
        <source>No blocklist catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistChecker.cpp" line="113"/>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistChecker.cpp" line="128"/>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistChecker.cpp" line="135"/>
        <source>Give at least one IP address or domain to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistChecker.cpp" line="156"/>
        <source>No zone in the catalogue checks this kind of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistChecker.cpp" line="211"/>
        <source>this list needs a personal query key (set one in the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistChecker.cpp" line="221"/>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistChecker.cpp" line="305"/>
        <source>the list did not answer its own test entry (%1), so &quot;not listed&quot; cannot be trusted: the list may refuse your DNS resolver or be out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistChecker.cpp" line="318"/>
        <source>an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistChecker.cpp" line="326"/>
        <source>the answer %1 is outside 127.0.0.0/8: your DNS resolver rewrites answers, so the result means nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistChecker.cpp" line="332"/>
        <source>the list answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/blocklist/BlocklistChecker.cpp" line="337"/>
        <source>the list also &quot;lists&quot; its never-listed test entry %1: your DNS resolver invents answers for names that do not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceAnalyzer</name>
    <message>
        <location filename="../core/bounce/BounceAnalyzer.cpp" line="105"/>
        <source>The bounce could not be analysed (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceCase</name>
    <message>
        <location filename="../ui/BounceCase.cpp" line="87"/>
        <source>Paste the bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BounceCase.cpp" line="88"/>
        <source>Verify the recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BounceCase.cpp" line="89"/>
        <source>Recipient mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BounceCase.cpp" line="90"/>
        <source>Blocklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BounceCase.cpp" line="91"/>
        <source>SPF, DKIM, DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BounceCase.cpp" line="92"/>
        <source>Content and sending activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BounceCase.cpp" line="93"/>
        <source>SMTP settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BounceCase.cpp" line="94"/>
        <source>Resend after fixing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceParser</name>
    <message>
        <location filename="../core/bounce/BounceParser.cpp" line="242"/>
        <source>There is nothing to read: paste a bounce message or drop a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/BounceParser.cpp" line="245"/>
        <source>The input is %1 MB, more than the %2 MB a bounce can reasonably be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/BounceParser.cpp" line="250"/>
        <source>This is binary data, not the text of an e-mail. Paste the bounce message itself or save it as .eml and drop that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/BounceParser.cpp" line="254"/>
        <source>The message could not be read (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/BounceParser.cpp" line="256"/>
        <source>The message could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/BounceParser.cpp" line="270"/>
        <source>The message declares more than %n MIME parts; it was read as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/BounceParser.cpp" line="284"/>
        <location filename="../core/bounce/BounceParser.cpp" line="302"/>
        <source>Only the first %n KB of the text were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/BounceParser.cpp" line="369"/>
        <location filename="../core/bounce/BounceParser.cpp" line="385"/>
        <location filename="../core/bounce/BounceParser.cpp" line="484"/>
        <location filename="../core/bounce/BounceParser.cpp" line="520"/>
        <location filename="../core/bounce/JsonEventReader.cpp" line="134"/>
        <source>Only the first %n recipients were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/BounceParser.cpp" line="394"/>
        <source>The bounce was read from the message attached to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/BounceParser.cpp" line="430"/>
        <source>The feedback report names the source IP of the reported message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/BounceParser.cpp" line="556"/>
        <source>No delivery failure was found in this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/bounce/MimeReader.cpp" line="160"/>
        <source>The message nests MIME parts more than %n levels deep; deeper parts were not read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/bounce/MimeReader.cpp" line="168"/>
        <source>The message has more than %n MIME parts; the rest were not read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/bounce/MimeReader.cpp" line="259"/>
        <source>A part of the message could not be decoded (broken encoding or binary data) and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceReason</name>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="10"/>
        <source>The recipient address does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="11"/>
        <source>The recipient&apos;s server says it has no mailbox with this address. Check the address for typing mistakes or ask the person for their current address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="13"/>
        <source>The recipient domain does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="14"/>
        <source>The part after the @ has no mail server in DNS or does not exist at all. Check the spelling of the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="16"/>
        <source>The recipient domain never accepts mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="17"/>
        <source>The recipient&apos;s domain publishes a &quot;null MX&quot; record, which states that it does not receive e-mail at all. This address cannot work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="19"/>
        <source>The recipient address is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="20"/>
        <source>The recipient address is not a valid e-mail address (wrong characters or missing parts). Correct the address and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="22"/>
        <source>The recipient has moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="23"/>
        <source>The mailbox has moved or the address now belongs to someone else, and no forwarding exists. Ask the person for their new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="25"/>
        <source>The recipient server does not accept mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="26"/>
        <source>The host that answered for the recipient&apos;s domain says it does not take e-mail for it. The domain&apos;s mail setup is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="28"/>
        <source>The recipient&apos;s mailbox is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="29"/>
        <source>The address exists but its storage quota is used up. The person has to make room; you can try again later or reach them another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="31"/>
        <source>The recipient&apos;s mailbox is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="32"/>
        <source>The address exists but the account has been disabled, suspended or locked, so it does not receive mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="34"/>
        <source>The recipient&apos;s mailbox is inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="35"/>
        <source>The account has not been used for a long time and its provider stopped delivering to it. Ask the person for an address they use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="37"/>
        <source>Refused by the recipient&apos;s mail policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="38"/>
        <source>The recipient&apos;s organisation has a rule that refuses this message or sender. Only their administrator can change it; ask them to allow your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="40"/>
        <source>You are not on the recipient&apos;s list of allowed senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="41"/>
        <source>The recipient only accepts mail from senders or servers on an allow list, or not from outside its organisation. Ask them to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="43"/>
        <source>The group or list accepts only authorised senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="44"/>
        <source>The address is a group, mailing list or restricted mailbox that only members or approved senders may write to. Ask its owner for permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="46"/>
        <source>Your address is blocked by the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="47"/>
        <source>The recipient or their administrator has put your address or domain on their own block list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="49"/>
        <source>Your sending server&apos;s IP address is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="50"/>
        <source>The recipient&apos;s provider refuses connections or mail from the IP address of your sending server, usually because of its reputation. Request delisting and find out why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="52"/>
        <source>Your domain is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="53"/>
        <source>The recipient&apos;s provider refuses mail that uses your domain, usually because it appears on a domain blocklist or has a bad reputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="55"/>
        <source>Listed on a public blocklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="56"/>
        <source>A public blocklist (DNSBL such as Spamhaus, Barracuda or SpamCop) lists your sending IP address or domain, and the recipient&apos;s server uses that list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="58"/>
        <source>Poor sender reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="59"/>
        <source>The recipient&apos;s provider rates your IP address or domain as a likely source of unwanted mail (complaints, volume, spam traps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="61"/>
        <source>Microsoft 365 tenant over its sending threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="62"/>
        <source>Microsoft 365 stopped mail from your tenant because it exceeded sending thresholds or sent suspicious mail. Check the tenant for compromised accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="64"/>
        <source>Your account is banned from sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="65"/>
        <source>The sending account or service was blocked for spam or abuse and may not send mail until the provider lifts the restriction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="67"/>
        <source>SPF check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="68"/>
        <source>The recipient&apos;s server checked your domain&apos;s SPF record and your sending server is not listed as allowed to send for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="70"/>
        <source>Your SPF record has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="71"/>
        <source>Your domain&apos;s SPF record could not be evaluated (syntax error, too many DNS lookups, several records), so receivers treat it as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="73"/>
        <source>DKIM signature failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="74"/>
        <source>The message had no valid DKIM signature: it is missing, its key cannot be found, or the message was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="76"/>
        <source>Rejected by the sender domain&apos;s DMARC policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="77"/>
        <source>The message failed DMARC: neither SPF nor DKIM passed for the domain in the From header, and that domain&apos;s policy asks receivers to reject such mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="79"/>
        <source>The message is not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="80"/>
        <source>The recipient requires every sender to pass SPF or DKIM, and this message passed neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="82"/>
        <source>ARC validation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="83"/>
        <source>The message passed through a forwarder and its ARC authentication chain did not validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="85"/>
        <source>Classified as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="86"/>
        <source>The recipient&apos;s spam filter judged the message itself to be unwanted mail: its wording, links or formatting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="88"/>
        <source>A virus or malware was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="89"/>
        <source>The recipient&apos;s scanner found (or suspected) malware in the message or its attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="91"/>
        <source>Attachment not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="92"/>
        <source>The message carries an attachment type the recipient refuses, such as executable files or certain archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="94"/>
        <source>The message is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="95"/>
        <source>The message is bigger than the recipient&apos;s server or mailbox accepts. Send smaller attachments or share a link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="97"/>
        <source>A link in the message is on a blocklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="98"/>
        <source>The message contains a link to a domain that a URL blocklist lists as used in spam or phishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="100"/>
        <source>The message is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="101"/>
        <source>The recipient&apos;s server could not accept the message because its structure or encoding is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="103"/>
        <source>Relaying denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="104"/>
        <source>The server you sent to is not responsible for the recipient&apos;s domain and refuses to pass the message on. Usually the sending program uses the wrong server or does not log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="106"/>
        <source>The server requires you to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="107"/>
        <source>The sending program connected without SMTP authentication, but the server only accepts mail from logged-in users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="109"/>
        <source>Login to the mail server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="110"/>
        <source>The sending program&apos;s SMTP user name or password was refused, or this login method is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="112"/>
        <source>Encryption (TLS) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="113"/>
        <source>One side insists on an encrypted connection (STARTTLS) that was not used or not offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="115"/>
        <source>The encrypted connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="116"/>
        <source>The TLS connection could not be set up or verified: certificate, MTA-STS or DANE problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="118"/>
        <source>Reverse DNS of your sending IP is missing or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="119"/>
        <source>Your sending server&apos;s IP address has no PTR record, or the name does not point back to the IP. Ask whoever runs the IP to set the PTR record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="121"/>
        <source>Your server&apos;s HELO name was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="122"/>
        <source>Your sending server introduces itself with a name the recipient rejects (not a fully qualified name, or one that does not exist in DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="124"/>
        <source>SMTP protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="125"/>
        <source>The sending server sent a command the recipient&apos;s server did not understand or did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="127"/>
        <source>The sender address was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="128"/>
        <source>The envelope sender address or its domain is invalid, does not exist in DNS or could not be verified by the recipient&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="130"/>
        <source>Sending from a domain not registered in Microsoft 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="131"/>
        <source>Microsoft 365 refuses mail from domains that are not added and verified in your tenant. Add and verify the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="133"/>
        <source>Mail routing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="134"/>
        <source>The message went round in circles between servers until it was stopped, usually because of a forwarding or MX misconfiguration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="136"/>
        <source>Too many recipients in one message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="137"/>
        <source>The message was addressed to more recipients than the server accepts at once. Send it in smaller batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="139"/>
        <source>The message breaks format rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="140"/>
        <source>The sending program produced a message that violates the standard (for example bare line feeds, missing or invalid headers, several From addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="142"/>
        <source>Mail over IPv6 not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="143"/>
        <source>The recipient does not accept mail from your IPv6 address. Send over IPv4 or meet their IPv6 requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="145"/>
        <source>Forwarding to external addresses is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="146"/>
        <source>Your own organisation&apos;s policy does not allow automatic forwarding to outside addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="148"/>
        <source>The sending server is misconfigured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="149"/>
        <source>A mail server on the way reported its own configuration error rather than a problem with the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="151"/>
        <source>Delivery is delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="152"/>
        <source>The message has not been delivered yet; the sending server keeps retrying. Nothing to fix unless it finally fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="154"/>
        <source>Delivery attempts expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="155"/>
        <source>The sending server retried for its whole queue lifetime and then gave up. The underlying problem was temporary or unreachable servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="157"/>
        <source>The recipient&apos;s server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="158"/>
        <source>The connection to the recipient&apos;s server failed (refused, timed out, DNS lookup failure). This usually resolves itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="160"/>
        <source>Greylisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="161"/>
        <source>The recipient&apos;s server delays first-time senders on purpose; a normal server retries and gets through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="163"/>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="164"/>
        <source>Too many messages or connections in a short time; the recipient&apos;s server asks to slow down and retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="166"/>
        <source>The recipient&apos;s server had a temporary problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="167"/>
        <source>The recipient&apos;s server was busy, out of resources or had an internal error. Retrying later usually works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="169"/>
        <source>Your sending limit is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="170"/>
        <source>Your account or service reached its daily or hourly sending limit. Wait until the limit resets or raise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="172"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="173"/>
        <source>This is a success notice: the message was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="175"/>
        <source>Passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="176"/>
        <source>This is a notice that the message was passed on to another server that does not report delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="178"/>
        <source>Automatic reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="179"/>
        <source>This is an automatic reply (out of office, vacation), not a delivery failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="181"/>
        <source>Complaint or feedback report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="182"/>
        <source>This is a feedback report (ARF): a recipient or provider reported a message as spam or abuse. It is not a bounce, but it matters for your reputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="184"/>
        <source>Reason not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReasonStrings.cpp" line="185"/>
        <source>The bounce does not say clearly why delivery failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="41"/>
        <source>Recipient blocked by policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="42"/>
        <source>Invalid recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="43"/>
        <source>Recipient mailbox issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="44"/>
        <source>Sender IP or domain on a blocklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="45"/>
        <source>SPF, DKIM or DMARC failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="46"/>
        <source>Spam filter, content or security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="47"/>
        <source>Mail server configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="48"/>
        <source>Temporary problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="49"/>
        <source>Not a delivery failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="50"/>
        <source>Unknown cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="59"/>
        <source>The recipient&apos;s server accepted the address but its policy refuses mail from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="61"/>
        <source>The address you wrote to does not exist: the mailbox or the whole domain is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="63"/>
        <source>The address exists, but the mailbox cannot take mail right now: it is full, disabled or suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="65"/>
        <source>The recipient&apos;s server refuses your sending server&apos;s IP address or your domain because of its reputation or a blocklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="67"/>
        <source>Your message failed the sender checks (SPF, DKIM or DMARC) that prove it really comes from your domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="69"/>
        <source>A spam or security filter refused the message itself: its content, links, attachments or size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="71"/>
        <source>A mail server setting stands in the way: relaying, authentication, encryption, reverse DNS or routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="73"/>
        <source>The failure is temporary: the sending server will retry, or you can resend later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="75"/>
        <source>This message is not a delivery failure (a delivery notice, auto-reply or report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Cause.cpp" line="77"/>
        <source>The bounce does not say clearly why delivery failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <location filename="../core/common/CheckResult.cpp" line="49"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/CheckResult.cpp" line="50"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/CheckResult.cpp" line="51"/>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/CheckResult.cpp" line="52"/>
        <source>Couldn&apos;t check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/CheckResult.cpp" line="53"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckResultView</name>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="25"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="25"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="25"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="34"/>
        <source>Check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="35"/>
        <source>Each check with its result; expand a row for details, raw records and the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="39"/>
        <source>Copy suggested &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="41"/>
        <source>Copies the record suggested for the selected check to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="42"/>
        <source>Copy ra&amp;w evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="44"/>
        <source>Copies the records and replies of the selected check to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="111"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="113"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="115"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="117"/>
        <source>Suggested record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="151"/>
        <source>Suggested record copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CheckResultView.cpp" line="163"/>
        <source>Raw evidence copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <location filename="../core/bounce/Classifier.cpp" line="600"/>
        <source>No failed recipient was found in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Classifier.cpp" line="653"/>
        <location filename="../core/bounce/Classifier.cpp" line="663"/>
        <source>The bounce says “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Classifier.cpp" line="655"/>
        <source>Provider code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Classifier.cpp" line="657"/>
        <source>Reply code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Classifier.cpp" line="659"/>
        <source>Status code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Classifier.cpp" line="669"/>
        <source>The report says the message was %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli/CliSupport.cpp" line="23"/>
        <source>DNS server to ask instead of the system&apos;s (IP address, optional :PORT; [IPv6]:PORT). Repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSupport.cpp" line="25"/>
        <source>HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSupport.cpp" line="28"/>
        <source>Wait this long for a DNS answer before the first retry (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSupport.cpp" line="30"/>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSupport.cpp" line="44"/>
        <source>--dns-timeout must be a number of milliseconds from 1 to 60000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentAdvisor</name>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="90"/>
        <source>Content of the returned message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="94"/>
        <source>The bounce did not include the message body, so its content cannot be reviewed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="95"/>
        <source>Review the message you sent yourself: links, attachments, size and wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="105"/>
        <source>Links through URL shorteners (%1): filters distrust them because they hide the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="108"/>
        <source>The message has %n links; many links make a message look like a newsletter or spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="111"/>
        <source>Risky attachments (%1): executables, scripts, macro documents and archives are often refused outright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="115"/>
        <source>The message is %1 MB; many servers refuse messages over 10 to 25 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="117"/>
        <source>%n link(s) in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="119"/>
        <source>Linked domains: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="121"/>
        <source>Attachments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="122"/>
        <source>Size: %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="129"/>
        <source>Nothing in the returned message stands out to a content filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="133"/>
        <source>%n thing(s) in the message may trigger content filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/ContentAdvisor.cpp" line="135"/>
        <source>Remove or replace what is listed above, then resend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimCheck</name>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="53"/>
        <source>must be a non-empty array of selector names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="61"/>
        <source>&quot;%1&quot; is not a valid selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="63"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="81"/>
        <location filename="../core/auth/DkimCheck.cpp" line="162"/>
        <location filename="../core/auth/DkimCheck.cpp" line="168"/>
        <source>DKIM key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="93"/>
        <source>%1 has TXT records, but none is a DKIM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="94"/>
        <source>Publish the DKIM public key your mail provider gives you as a TXT record at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/auth/DkimCheck.cpp" line="98"/>
        <source>%n DKIM key records are published at this name; verifiers may pick any of them, so keep one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="106"/>
        <source>The DKIM key at %1 is revoked (empty p=): signatures with selector %2 fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="107"/>
        <source>Sign with a current selector, or publish the active public key at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="112"/>
        <source>The DKIM key record at %1 is broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="113"/>
        <source>Copy the key record again from your mail provider or DKIM signer; a record split into several strings must be published as one TXT record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="119"/>
        <source>RSA %1-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="122"/>
        <source>%1 key at %2 is in testing mode (t=y): receivers may ignore DKIM results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="123"/>
        <source>Remove t=y from the record once signing works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="126"/>
        <source>%1 key published at %2, with warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="128"/>
        <source>Generate a 2048-bit key under a new selector, publish it, then switch signing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="131"/>
        <source>%1 key published at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="134"/>
        <source>t=s: signatures must use exactly d=%1 (no subdomains in i=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="141"/>
        <source>DKIM keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="147"/>
        <source>No valid domain name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="170"/>
        <source>No DKIM key is published at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="172"/>
        <source>Signatures made with selector %1 cannot be verified, so DKIM fails for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="173"/>
        <source>Publish the public key your mail provider or signer gives you as a TXT record at %1, or sign with a selector that is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/auth/DkimCheck.cpp" line="188"/>
        <source>No DKIM key found under %n common selector(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="189"/>
        <source>DKIM may still be set up under another selector: the s= tag of a DKIM-Signature header names it (use --selector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/auth/DkimCheck.cpp" line="191"/>
        <source>%n selector lookup(s) failed and could not be checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/auth/DkimCheck.cpp" line="192"/>
        <source>If you do not sign mail with DKIM yet, turn it on at your mail provider and publish the key it gives you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DkimRecord</name>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="102"/>
        <source>The tag %1= appears more than once (RFC 6376 §3.2 makes the record invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="110"/>
        <source>v= must be the first tag of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="112"/>
        <source>v=%1 is not a DKIM key record version (expected DKIM1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="121"/>
        <source>Unknown key type k=%1 (known: rsa, ed25519).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="139"/>
        <source>Unknown tag %1= is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="144"/>
        <source>The record has no p= tag (the public key), which is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="151"/>
        <source>The public key (p=) is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="161"/>
        <source>The public key (p=) is not an RSA public key (DER SubjectPublicKeyInfo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="163"/>
        <source>The RSA key has %1 bits; verifiers must reject keys under 1024 bits (RFC 8301).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="165"/>
        <source>The RSA key has %1 bits; 2048 bits is the current recommendation (RFC 8301).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="171"/>
        <source>An ed25519 key (RFC 8463) is 32 bytes; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="178"/>
        <source>Unknown hash algorithm h=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="180"/>
        <source>h= allows only %1; signatures must use sha256 (RFC 8301).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="182"/>
        <source>s=%1 does not allow the key to be used for email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DkimRecord.cpp" line="185"/>
        <source>Unknown flag t=%1 is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmarcAlignment</name>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="11"/>
        <source>strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="12"/>
        <source>relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="37"/>
        <source>%1: no authenticated domain known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="42"/>
        <source>%1 equals %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="43"/>
        <source>%1 is not exactly %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="44"/>
        <source>%1 and %2 share the organizational domain %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="45"/>
        <source>%1 (organizational domain %2) is not under %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="47"/>
        <source>%1 for %2 did not pass (%3), so it cannot count; alignment (%4): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="54"/>
        <source>%1 passed for %2 and is aligned (%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="55"/>
        <source>%1 passed for %2 but is not aligned (%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="60"/>
        <source>DKIM: no signature known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="76"/>
        <source>DMARC alignment for From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="85"/>
        <source>The From domain is not known, so alignment cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="91"/>
        <source>DMARC passes: both SPF and DKIM are aligned with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="92"/>
        <source>DMARC passes through aligned SPF (DKIM is not aligned; mail forwarding will break SPF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="93"/>
        <source>DMARC passes through aligned DKIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="97"/>
        <source>DMARC fails: neither SPF nor DKIM passed for a domain aligned with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcAlignment.cpp" line="98"/>
        <source>Sign outgoing mail with DKIM using d=%1 (or a subdomain, with relaxed alignment), and send with a MAIL FROM (Return-Path) under %1 whose SPF record authorises the sending servers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmarcCheck</name>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="125"/>
        <source>DMARC policy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="128"/>
        <source>No valid domain name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="147"/>
        <source>An SPF record is published at _dmarc.%1; SPF belongs at the domain itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="149"/>
        <source>&quot;%1&quot; looks like a DMARC record but does not start with v=DMARC1, so receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="153"/>
        <source>Neither %1 nor its organizational domain %2 publishes a DMARC record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="154"/>
        <source>%1 publishes no DMARC record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="155"/>
        <source>Gmail, Yahoo and Outlook.com require DMARC from bulk senders, and without it anyone can send mail as your domain unchecked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="156"/>
        <source>Publish a TXT record at _dmarc.%1, e.g. the one below (start with p=none instead if you are not yet sure all your mail is signed, and read the reports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/auth/DmarcCheck.cpp" line="166"/>
        <source>_dmarc.%1 has %n DMARC records; with more than one, receivers apply no DMARC policy at all (RFC 7489 §6.6.3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="167"/>
        <source>Keep exactly one TXT record starting with v=DMARC1 at _dmarc.%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="174"/>
        <source>%1 has no record of its own; the record of its organizational domain %2 applies, with its subdomain policy sp=%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="179"/>
        <source>Receivers following RFC 9989 walk up the DNS tree and would use the record at _dmarc.%1 instead; publish the policy you mean at one place to avoid the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="184"/>
        <source>No rua= address: you will get no aggregate reports telling you who sends as your domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="188"/>
        <source>The DMARC record at _dmarc.%1 has errors: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="189"/>
        <source>Correct the record; a corrected version is suggested below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="195"/>
        <source>DMARC is published for %1 but not enforced (p=none): failing mail is still delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="196"/>
        <source>Once the aggregate reports show all your mail passes, move to p=quarantine, then p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="202"/>
        <source>DMARC policy %1 for %2, with warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="206"/>
        <source>DMARC policy %1 for %2 (adkim=%3, aspf=%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="215"/>
        <source>DMARC report destinations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="237"/>
        <source>Report destination(s) %1 have not authorised reports for %2, so receivers will not send them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="239"/>
        <source>The receiving domain must publish a TXT record &quot;v=DMARC1&quot; at %1._report._dmarc.%2 (report services do this when you register the domain with them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="245"/>
        <source>The authorisation of report destination(s) %1 could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcCheck.cpp" line="249"/>
        <source>Every external report destination has authorised reports for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmarcRecord</name>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="56"/>
        <source>The tag %1= appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="59"/>
        <source>A DMARC record must start with v=DMARC1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="61"/>
        <source>Write the version exactly as v=DMARC1; some receivers compare it case-sensitively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="72"/>
        <source>Invalid value for %1=: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="80"/>
        <source>p= should come right after v=DMARC1; some receivers expect it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="96"/>
        <source>pct= was removed in RFC 9989; receivers following it apply the policy to all mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="119"/>
        <source>rf= was removed in RFC 9989 and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="142"/>
        <source>%1= holds &quot;%2&quot;, which is not a URI (write mailto:address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="149"/>
        <source>%1= holds &quot;%2&quot;, which is not a valid mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="154"/>
        <source>%1= uses %2:, which few receivers support; use mailto:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="157"/>
        <source>The size limit !%1 is obsolete (RFC 9989).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="169"/>
        <source>Unknown tag %1= is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="173"/>
        <source>The record has no p= tag: receivers treat that as p=none (RFC 9989), older ones ignore the whole record without a valid rua= (RFC 7489).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="179"/>
        <source>fo= holds both 0 and 1; 1 already includes what 0 asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DmarcRecord.cpp" line="181"/>
        <source>More than two report addresses: some receivers send reports to the first two only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dns</name>
    <message>
        <location filename="../core/dns/AresResolver.cpp" line="30"/>
        <source>could not contact the DNS server (connection refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/AresResolver.cpp" line="32"/>
        <source>the DNS server did not understand the query (FORMERR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/AresResolver.cpp" line="34"/>
        <source>the DNS server does not implement this query (NOTIMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/AresResolver.cpp" line="36"/>
        <source>the DNS server sent a malformed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsMessage.cpp" line="15"/>
        <source>malformed DNS answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsMessage.cpp" line="161"/>
        <source>shorter than a DNS header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsMessage.cpp" line="175"/>
        <source>bad question section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsMessage.cpp" line="183"/>
        <source>bad record header in the answer section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsMessage.cpp" line="192"/>
        <source>record data runs past the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsMessage.cpp" line="194"/>
        <source>bad data in a type %1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="11"/>
        <source>&quot;%1&quot; is not a valid DNS name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="53"/>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="60"/>
        <source>it has an empty label (two dots in a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="63"/>
        <source>it contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="68"/>
        <source>the label &quot;%1&quot; cannot be converted to an A-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="73"/>
        <source>the label &quot;%1&quot; is longer than 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="80"/>
        <source>it is longer than 253 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsServerSpec.cpp" line="9"/>
        <source>invalid DNS server &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsServerSpec.cpp" line="17"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsServerSpec.cpp" line="24"/>
        <source>missing &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsServerSpec.cpp" line="29"/>
        <source>expected &quot;:PORT&quot; after &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsServerSpec.cpp" line="32"/>
        <location filename="../core/dns/DnsServerSpec.cpp" line="38"/>
        <source>the port is missing after &quot;:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsServerSpec.cpp" line="44"/>
        <location filename="../core/dns/DnsServerSpec.cpp" line="46"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsServerSpec.cpp" line="51"/>
        <source>&quot;%1&quot; is not a port number (1–65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsTypes.cpp" line="40"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsTypes.cpp" line="41"/>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsTypes.cpp" line="42"/>
        <source>the name exists but has no record of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsTypes.cpp" line="43"/>
        <source>the DNS server failed (SERVFAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsTypes.cpp" line="44"/>
        <source>the DNS server refused the query (REFUSED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsTypes.cpp" line="45"/>
        <source>no answer from the DNS server (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsTypes.cpp" line="46"/>
        <source>not a valid DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/DnsTypes.cpp" line="47"/>
        <source>the DNS query failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/ReverseName.cpp" line="14"/>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dns/ReverseName.cpp" line="65"/>
        <source>no zone given for the reverse name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsCommand</name>
    <message>
        <location filename="../core/cli/DnsCommand.cpp" line="31"/>
        <source>DNS report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/DnsCommand.cpp" line="38"/>
        <source>Fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/DnsCommand.cpp" line="40"/>
        <source>Suggested record: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/DnsCommand.cpp" line="44"/>
        <source>%n DNS queries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/DnsCommand.cpp" line="51"/>
        <source>MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT and reverse-DNS report for a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/DnsCommand.cpp" line="54"/>
        <source>The domain to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/DnsCommand.cpp" line="55"/>
        <source>Sending IP: check its reverse DNS (and SPF for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/DnsCommand.cpp" line="56"/>
        <source>DKIM selector (repeatable); default: try common selectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/DnsCommand.cpp" line="57"/>
        <source>Header From domain, if it differs (DMARC, DKIM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/DnsCommand.cpp" line="58"/>
        <source>Envelope sender for the SPF evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/DnsCommand.cpp" line="59"/>
        <source>HELO name for the SPF evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/DnsCommand.cpp" line="60"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/DnsCommand.cpp" line="73"/>
        <source>give exactly one domain (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/DnsCommand.cpp" line="79"/>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainReport</name>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="39"/>
        <source>Domain and MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="40"/>
        <source>SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="43"/>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="47"/>
        <source>DMARC of the From domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="49"/>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="51"/>
        <source>Reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="52"/>
        <source>MTA-STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="53"/>
        <source>TLS reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="85"/>
        <source>SPF include tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="96"/>
        <source>SPF evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="109"/>
        <source>SPF include tree of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="116"/>
        <source>The SPF tree of %1 needs %2 DNS lookups and %3 void lookups; over 10 (or 2 void) is a permanent error, so SPF fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="120"/>
        <source>Remove includes you no longer use, or replace some by the ip4:/ip6: ranges they stand for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="123"/>
        <source>The SPF tree of %1 uses %2 of 10 DNS lookups, with warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="126"/>
        <source>The SPF tree of %1 uses %2 of 10 DNS lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="129"/>
        <source>A corrected record is suggested below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="147"/>
        <source>SPF does not give DMARC an aligned pass for %1; DMARC then depends on an aligned DKIM signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainReport.cpp" line="149"/>
        <source>DKIM was not evaluated (that needs the message itself); give --selector to check the key your mail is signed with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainSpfCheck</name>
    <message>
        <location filename="../core/auth/DomainSpfCheck.cpp" line="23"/>
        <source>SPF record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainSpfCheck.cpp" line="26"/>
        <source>No valid domain name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainSpfCheck.cpp" line="40"/>
        <source>%1 publishes no SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainSpfCheck.cpp" line="41"/>
        <source>Receivers cannot tell which servers may send as %1; Gmail and Yahoo require SPF or DKIM from every sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainSpfCheck.cpp" line="42"/>
        <source>Publish a TXT record at %1 listing your sending servers, ending in ~all or -all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/auth/DomainSpfCheck.cpp" line="48"/>
        <source>%1 publishes %n SPF records; RFC 7208 §4.5 makes that a permanent error, so SPF fails for all mail.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/auth/DomainSpfCheck.cpp" line="49"/>
        <source>Merge them into one record: keep one v=spf1 and put every mechanism before a single ~all or -all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainSpfCheck.cpp" line="56"/>
        <source>The SPF record of %1 has a syntax error at position %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainSpfCheck.cpp" line="60"/>
        <source>Correct the record; receivers treat a syntax error as a permanent error (SPF fails).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainSpfCheck.cpp" line="74"/>
        <source>The SPF record of %1 ends in %2, which lets any server pass or be neutral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainSpfCheck.cpp" line="75"/>
        <source>End the record with ~all or -all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainSpfCheck.cpp" line="79"/>
        <source>%1 publishes one SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainTypo</name>
    <message>
        <location filename="../core/auth/DomainTypo.cpp" line="44"/>
        <source>must be an array of domain names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainTypo.cpp" line="51"/>
        <source>is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainTypo.cpp" line="54"/>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/DomainTypo.cpp" line="61"/>
        <source>must map a mistyped TLD to the intended one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../core/bounce/Classifier.cpp" line="441"/>
        <source>The message was only delayed: the sending server keeps retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/Classifier.cpp" line="442"/>
        <source>The reply is a temporary (4xx) refusal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixPlan</name>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="206"/>
        <source>Resend once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="209"/>
        <source>The live checks confirm this cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="209"/>
        <source>The bounce points here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="212"/>
        <source>A possible cause worth checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="214"/>
        <source>Nothing points here for this bounce; you can skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="315"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="317"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="321"/>
        <source>No check changed since the first run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixStep</name>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="144"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="145"/>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="146"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="147"/>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="148"/>
        <source>Couldn&apos;t check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="149"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/FixPlan.cpp" line="150"/>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideStep</name>
    <message>
        <location filename="../core/guide/GuideSteps.cpp" line="19"/>
        <source>%1: entry &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideSteps.cpp" line="31"/>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideSteps.cpp" line="49"/>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="8"/>
        <source>Verify the recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="9"/>
        <source>Make sure the address exists: spelling, domain and the domain&apos;s mail servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="10"/>
        <source>Compare the address letter by letter with one you know works (a business card, an earlier reply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="11"/>
        <source>Check that the domain after the @ exists and accepts mail (see the mail server check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="12"/>
        <source>If a typo is suggested, send to the corrected address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="13"/>
        <source>If the address looks right, ask the recipient by another channel (phone, chat) for their current address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="14"/>
        <source>Check the recipient&apos;s mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="15"/>
        <source>The address exists but the mailbox refuses mail: full, disabled, or blocked by the recipient&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="16"/>
        <source>Read what the bounce says about the mailbox (full, disabled, suspended, not accepting mail from you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="17"/>
        <source>Tell the recipient by another channel: a full mailbox must be emptied, a disabled one re-enabled by their administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="18"/>
        <source>If their organisation blocks you by policy, ask them to add your address or domain to their allowed senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="19"/>
        <source>For a full mailbox, wait until the recipient confirms there is space before you resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="20"/>
        <source>Get off blocklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="21"/>
        <source>Check your sending server&apos;s IP address and your domain against the DNS blocklists and request delisting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="22"/>
        <source>Find and stop what got you listed: a compromised account or computer, a bad mailing list, an open relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="23"/>
        <source>Request removal on each list&apos;s delisting page (links below), starting with the lists big receivers use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="24"/>
        <source>Make sure the sending IP has reverse DNS that names your mail server and resolves back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="25"/>
        <source>If you send through a provider&apos;s shared IP, contact the provider: only they can fix its reputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="26"/>
        <source>Fix SPF, DKIM and DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="27"/>
        <source>Make your domain&apos;s sender checks pass: SPF must include your sending server, DKIM must sign, and DMARC must find one of them aligned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="28"/>
        <source>Publish an SPF record that includes every server and service that sends mail for your domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="29"/>
        <source>Turn on DKIM signing at your mail provider and publish the key it gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="30"/>
        <source>Publish a DMARC record; start with p=none and reports, tighten once SPF or DKIM pass and align.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="31"/>
        <source>Make sure the From domain matches the SPF (envelope) domain or the DKIM d= domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="32"/>
        <source>Review content and sending activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="33"/>
        <source>A spam or security filter refused the message itself. Look at links, attachments, size and how many messages you sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="34"/>
        <source>Remove URL shorteners and links to domains on blocklists; link to your own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="35"/>
        <source>Do not attach executables, scripts or macro documents; share large or risky files by link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="36"/>
        <source>Keep the message under the receiver&apos;s size limit (often 10 to 25 MB after encoding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="37"/>
        <source>Avoid sudden bursts of mail to many recipients; send bulk mail through a proper mailing service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="38"/>
        <source>Write a clear subject and plain text; avoid all-caps, many exclamation marks and image-only messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="39"/>
        <source>Check your mail server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="40"/>
        <source>Test the outgoing server your mail program uses: host, port, encryption and login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="41"/>
        <source>Use your provider&apos;s outgoing server name, port 587 with STARTTLS or port 465 with TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="42"/>
        <source>Turn on authentication with your full email address and password (or an app password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="43"/>
        <source>Send only through a server that is allowed to relay for your domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="44"/>
        <source>If you run your own server: reverse DNS, HELO name and TLS must be set up correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="45"/>
        <source>Resend after fixing the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="46"/>
        <source>Re-run the checks to confirm the fix, then send the message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="47"/>
        <source>Re-run every check and compare with the results before the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="48"/>
        <source>Send the original message again (not a reply to the bounce).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/GuideStrings.cpp" line="49"/>
        <source>If it bounces again, paste the new bounce: the reason may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Investigation</name>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="117"/>
        <source>Enter the public IP address of the server that sent your message. It is in the Received headers of a message you sent (the first hop outside your network), or ask your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="120"/>
        <source>Enter the domain of your sender address (the part after the @).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="122"/>
        <source>Enter the domain of the address you wrote to (the part after the @).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="124"/>
        <source>Enter the domain that signs your mail with DKIM (usually your sender domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="126"/>
        <source>Enter the domain of the From address your recipients see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="127"/>
        <source>Enter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="299"/>
        <source>The bounce did not say whether a DKIM signature passed; only SPF could be weighed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="363"/>
        <source>The recipient domain cannot receive mail (no such domain, null MX or no mail server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="366"/>
        <source>The recipient domain itself cannot receive mail, so the address is wrong rather than the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="371"/>
        <source>The recipient domain has working mail servers now; the failure may have been temporary or fixed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="373"/>
        <source>The recipient domain accepts mail; only its server knows which mailboxes exist, and the bounce speaks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="391"/>
        <source>Listed on a blocklist that large mail providers use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="395"/>
        <source>Listed on a smaller blocklist; some receivers use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="398"/>
        <source>The blocklists could not be checked from this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="401"/>
        <source>Not listed on any public blocklist that answered; the receiver may use its own reputation data (Microsoft and Gmail do), so follow its delisting steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="407"/>
        <source>The sending IP has no working reverse DNS, which hurts its reputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="421"/>
        <source>SPF does not pass for the sending IP (result: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="424"/>
        <source>SPF passes for the sending IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="431"/>
        <source>The DKIM key is missing or broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="434"/>
        <source>A DKIM key is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="440"/>
        <source>The DMARC record has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="446"/>
        <source>Neither SPF nor DKIM passes with a domain aligned to the From domain, so DMARC fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="450"/>
        <source>DMARC alignment passes now; the failure may have been fixed since, or happened at a forwarder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="462"/>
        <source>The sending IP has no forward-confirmed reverse DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="465"/>
        <source>The sending IP&apos;s reverse DNS is correct now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="476"/>
        <source>The returned message has content that filters dislike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="479"/>
        <source>Nothing in the returned message stands out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="486"/>
        <source>A domain linked in the message is on a domain blocklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/Investigation.cpp" line="492"/>
        <source>The sending IP is on a major blocklist; the recipient&apos;s policy may be reacting to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/InvestigationResult.cpp" line="20"/>
        <source>confirmed by the live checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/InvestigationResult.cpp" line="21"/>
        <source>not supported by the live checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/InvestigationResult.cpp" line="22"/>
        <source>the live checks neither confirm nor refute it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guide/InvestigationResult.cpp" line="23"/>
        <source>no live check can test this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="137"/>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="194"/>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="228"/>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="257"/>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="295"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="154"/>
        <source>unknown cause id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="156"/>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="305"/>
        <source>duplicate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="167"/>
        <source>this reason is required by the classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="177"/>
        <source>unknown reason id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="205"/>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="346"/>
        <source>“%1” is not a status code, range or wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="207"/>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="240"/>
        <source>duplicate code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="238"/>
        <source>“%1” is not an SMTP reply code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="269"/>
        <source>field “spans” must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="271"/>
        <source>duplicate command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="319"/>
        <source>“hints” only make sense with “regex”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="329"/>
        <source>unknown reason id “%1” in “excludes”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="333"/>
        <source>needs at least one of “phrases” or “regex”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="337"/>
        <source>invalid regex “%1”: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="352"/>
        <source>“%1” is not a reply code or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="358"/>
        <source>empty phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="367"/>
        <source>empty hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/KnowledgeBase.cpp" line="376"/>
        <source>field “at” must be “recipient-server”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="41"/>
        <source>Bounce Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Ste&amp;ps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>The steps of the diagnosis with their state; choose one to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Goes to the previous step that applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Goes to the next step that applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Paste a bounce to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>Details and transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Every check and its outcome as it happened; passwords are hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>&amp;Open Bounce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>Open a saved bounce message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>&amp;Paste Bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>Replace the bounce with the clipboard&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>&amp;%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>&amp;Cancel Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>&amp;Details and Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>&amp;Help for This Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;About Bounce Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="258"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>This step applies to your bounce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>%1 — Bounce Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <source>About Bounce Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>&lt;h3&gt;Bounce Doctor %1&lt;/h3&gt;&lt;p&gt;Reads the bounce you received, proves its cause with live DNS, blocklist and SMTP checks, and guides you through the fix.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="374"/>
        <source>DNS checks are unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="31"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageBar.cpp" line="32"/>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageBar.cpp" line="37"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MtaStsCheck</name>
    <message>
        <location filename="../core/auth/MtaStsCheck.cpp" line="19"/>
        <source>The tag %1= appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MtaStsCheck.cpp" line="21"/>
        <source>The record must start with v=STSv1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MtaStsCheck.cpp" line="24"/>
        <source>The record has no id= tag, which is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MtaStsCheck.cpp" line="26"/>
        <source>id=%1 must be 1 to 32 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MtaStsCheck.cpp" line="40"/>
        <source>MTA-STS of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MtaStsCheck.cpp" line="43"/>
        <source>No valid domain name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MtaStsCheck.cpp" line="57"/>
        <source>%1 does not publish MTA-STS (optional: it makes senders insist on TLS when delivering to you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/auth/MtaStsCheck.cpp" line="62"/>
        <source>_mta-sts.%1 has %n MTA-STS records; with more than one, senders ignore MTA-STS (RFC 8461 §3.1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/auth/MtaStsCheck.cpp" line="63"/>
        <source>Keep exactly one v=STSv1 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MtaStsCheck.cpp" line="68"/>
        <source>The policy file https://mta-sts.%1/.well-known/mta-sts.txt was not fetched; open it in a browser to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MtaStsCheck.cpp" line="72"/>
        <source>The MTA-STS record of %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MtaStsCheck.cpp" line="73"/>
        <source>Publish &quot;v=STSv1; id=&lt;a new id, e.g. the date&gt;&quot; and change the id whenever the policy file changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MtaStsCheck.cpp" line="77"/>
        <source>%1 publishes MTA-STS (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MxCheck</name>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="57"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="59"/>
        <source>No valid domain name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="67"/>
        <source>Spelling of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="69"/>
        <source>%1 looks like a typo of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="70"/>
        <source>If the address was meant for %1, correct it and send again; mail to a mistyped domain bounces or reaches a stranger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="71"/>
        <source>Check the recipient address: did you mean @%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="83"/>
        <source>Domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="87"/>
        <source>The domain %1 does not exist (NXDOMAIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="88"/>
        <source>Check the spelling of the domain. If it is yours, it may have expired: check its registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="94"/>
        <source>The domain %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="102"/>
        <source>Mail servers (MX) of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="105"/>
        <source>%1 does not exist, so it has no mail servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="123"/>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="124"/>
        <source>Mail to any address at %1 is refused by design, and receivers may also refuse mail sent from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="125"/>
        <source>If %1 should receive mail, replace the &quot;0 .&quot; MX record with your mail server&apos;s MX records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="127"/>
        <source>%1 mixes a null MX with other MX records, which RFC 7505 forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="128"/>
        <source>Remove the &quot;0 .&quot; MX record, or all the others if the domain should not receive mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="142"/>
        <source>%1 has no MX record; mail goes to its own address (%2) as an implicit MX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="143"/>
        <source>This works only if that host runs a mail server; some senders do not use the fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="144"/>
        <source>Publish an MX record naming the mail server, e.g. &quot;%1. MX 10 mail.%1.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="150"/>
        <source>%1 has no MX record and no A/AAAA record: it cannot receive mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="151"/>
        <source>Publish MX records for %1 pointing to your mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="166"/>
        <source>MX %1 is an IP address; an MX record must name a host (RFC 7505 §3, RFC 5321 §5.1), and most senders will not deliver to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="171"/>
        <source>%1 is listed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="187"/>
        <source>MX %1 is an alias (CNAME) of %2; RFC 2181 §10.3 forbids that, and some senders refuse to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="195"/>
        <source>The address of MX %1 could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="198"/>
        <source>MX %1 has no A or AAAA record, so nobody can deliver to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="207"/>
        <source>The MX hosts of %1 could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/auth/MxCheck.cpp" line="212"/>
        <source>None of the %n MX host(s) of %1 has an address: the domain cannot receive mail.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="213"/>
        <source>Give the MX hosts A/AAAA records, or point the MX records at your working mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/auth/MxCheck.cpp" line="218"/>
        <source>%1 has %n MX host(s), with problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="219"/>
        <source>Point every MX record at a host name that has its own A/AAAA records (not a CNAME, not an IP address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/MxCheck.cpp" line="226"/>
        <source>%1 receives mail at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PtrNameClassifier</name>
    <message>
        <location filename="../core/auth/PtrNameClassifier.cpp" line="39"/>
        <source>must be a non-empty array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/PtrNameClassifier.cpp" line="50"/>
        <source>needs an id and a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/PtrNameClassifier.cpp" line="53"/>
        <source>scope must be &quot;host&quot; or &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/PtrNameClassifier.cpp" line="58"/>
        <source>the regex is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/PtrNameClassifier.cpp" line="61"/>
        <source>id %1 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/PtrNameClassifier.cpp" line="89"/>
        <location filename="../core/auth/PtrNameClassifier.cpp" line="104"/>
        <source>contains the IP address itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RdnsCheck</name>
    <message>
        <location filename="../core/auth/RdnsCheck.cpp" line="57"/>
        <source>Reverse DNS of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/RdnsCheck.cpp" line="60"/>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/RdnsCheck.cpp" line="69"/>
        <source>Sample request: &quot;Please set the reverse DNS (PTR) record of %1 to mail.example.com. That name already has an A record pointing to %1, and it is the name our mail server uses in HELO.&quot; (Replace mail.example.com with your mail server&apos;s name.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/RdnsCheck.cpp" line="76"/>
        <source>%1 has no reverse DNS (PTR) record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/RdnsCheck.cpp" line="77"/>
        <source>Many receivers (Outlook.com, Gmail, AOL/Yahoo and most ISPs) refuse or junk mail from an IP without reverse DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/RdnsCheck.cpp" line="78"/>
        <source>Only whoever owns the IP range can set its PTR record: ask your hosting provider or ISP (or use the reverse-DNS setting in your cloud console) to point it at your mail server&apos;s name, and make sure that name has an A/AAAA record back to this IP.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/auth/RdnsCheck.cpp" line="104"/>
        <source>The IP has %n PTR records; one is best, as some receivers only look at the first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/auth/RdnsCheck.cpp" line="110"/>
        <source>The reverse DNS of %1 is %2, but %2 does not resolve back to %1 (not forward-confirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/RdnsCheck.cpp" line="112"/>
        <source>Add an A/AAAA record for %1 pointing to %2, or have the PTR changed to a name that does. The PTR is changed by whoever owns the IP range (hosting provider or ISP).
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/RdnsCheck.cpp" line="131"/>
        <source>%1 has forward-confirmed reverse DNS (%2), but the name looks generic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/RdnsCheck.cpp" line="132"/>
        <source>The name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/RdnsCheck.cpp" line="133"/>
        <source>Receivers treat generic names as home or dynamic connections and often refuse direct mail from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/RdnsCheck.cpp" line="134"/>
        <source>Ask your hosting provider or ISP to set a PTR that names your mail server (e.g. mail.yourdomain), with a matching A/AAAA record.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/RdnsCheck.cpp" line="139"/>
        <source>%1 has forward-confirmed reverse DNS: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedChain</name>
    <message>
        <location filename="../core/bounce/ReceivedChain.cpp" line="136"/>
        <source>The returned message has no Received headers, so the sending IP is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/bounce/ReceivedChain.cpp" line="139"/>
        <source>None of the %n Received headers names a public client address, so the sending IP could not be taken from them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/bounce/ReceivedChain.cpp" line="145"/>
        <source>an unnamed server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bounce/ReceivedChain.cpp" line="147"/>
        <source>Hop %1 of %2 (from %3 by %4) is an authenticated submission: %3 is the sender&apos;s own client, the only public address in the chain. The server that relayed it onwards is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/bounce/ReceivedChain.cpp" line="155"/>
        <source>Hop %1 of %2 (from %3 by %4) is where the message entered the first public server; %n earlier hop(s) used private or loopback addresses.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/bounce/ReceivedChain.cpp" line="162"/>
        <source>Hop %1 of %2 (from %3 by %4) is the oldest hop with a public client address: where the message entered the first public server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <location filename="../ui/RecipientTableModel.cpp" line="33"/>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecipientTableModel.cpp" line="34"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecipientTableModel.cpp" line="58"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecipientTableModel.cpp" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecipientTableModel.cpp" line="60"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecipientTableModel.cpp" line="61"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecipientTableModel.cpp" line="62"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecipientTableModel.cpp" line="63"/>
        <source>Remote server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <location filename="../core/report/ReportContent.cpp" line="392"/>
        <source>Bounce Doctor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportContent.cpp" line="403"/>
        <source>Made on %1 by Bounce Doctor %2 from a pasted bounce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportContent.cpp" line="404"/>
        <source>Made on %1 by Bounce Doctor %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportContent.cpp" line="413"/>
        <source>The live checks were not run for this report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="59"/>
        <source>A PDF report needs the graphical toolkit (fonts); this program runs without it. Write HTML instead, or run with a graphical session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="105"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="122"/>
        <source>Unknown report format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="130"/>
        <source>Cannot tell the report format from &quot;%1&quot;: use a file name ending in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="138"/>
        <source>Cannot write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDiagnosis</name>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="42"/>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="63"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="69"/>
        <source>missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="75"/>
        <source>no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="77"/>
        <source>duplicate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="83"/>
        <source>unknown severity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="88"/>
        <source>title, message and next are all required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="100"/>
        <source>unknown verdict id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="103"/>
        <source>unknown stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="109"/>
        <source>reply code out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="115"/>
        <source>reply class must be 2 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="119"/>
        <source>needs codes or classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="123"/>
        <source>bad enhanced status code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="128"/>
        <source>empty text pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="136"/>
        <source>the verdict &quot;%1&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="148"/>
        <source>id, domains and hint are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="209"/>
        <source>No text for verdict %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpDiagnosis.cpp" line="244"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="85"/>
        <source>A server name and a port between 1 and 65535 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="95"/>
        <source>No certificate could be read from the CA file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="118"/>
        <source>Looking up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="147"/>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="181"/>
        <source>Connected to %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="211"/>
        <source>TLS established: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="241"/>
        <source>Certificate problem accepted for this test only (fingerprint matches): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="249"/>
        <source>Certificate not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/smtp/SmtpProbe.cpp" line="262"/>
        <source>Ignored %n unexpected byte(s) from the server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/smtp/SmtpProbe.cpp" line="494"/>
        <source>(test message: %n line(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="553"/>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="610"/>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="611"/>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="623"/>
        <source>No answer to the name lookup within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="625"/>
        <source>No connection within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="627"/>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="632"/>
        <source>The server started a reply but did not finish it within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpProbe.cpp" line="633"/>
        <source>No reply within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpResult</name>
    <message>
        <location filename="../core/smtp/SmtpResult.cpp" line="45"/>
        <source>SMTP test of %1:%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpStage</name>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="87"/>
        <source>Looking up the server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="88"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="89"/>
        <source>Setting up encryption (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="90"/>
        <source>Waiting for the server&apos;s greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="91"/>
        <source>Saying hello (EHLO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="92"/>
        <source>Switching to encryption (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="93"/>
        <source>Saying hello again over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="94"/>
        <source>Logging in (AUTH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="95"/>
        <source>Announcing the sender (MAIL FROM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="96"/>
        <source>Checking the recipient (RCPT TO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="97"/>
        <source>Cancelling the test envelope (RSET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="98"/>
        <source>Sending the test message (DATA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="99"/>
        <source>Saying goodbye (QUIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/smtp/SmtpTypes.cpp" line="100"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfCommand</name>
    <message numerus="yes">
        <location filename="../core/cli/SpfCommand.cpp" line="62"/>
        <source>%n DNS queries sent in total</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="176"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="224"/>
        <source>&quot;%1&quot; is not a valid multi-label domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="258"/>
        <source>DNS error looking up the SPF record of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="274"/>
        <source>%1 has no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="282"/>
        <source>%1 has %2 SPF records; there must be exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="306"/>
        <source>Syntax error in the SPF record of %1 at position %2 (&quot;%3&quot;): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="357"/>
        <location filename="../core/auth/SpfEvaluator.cpp" line="478"/>
        <source>More than %1 DNS-querying mechanisms and modifiers (&quot;%2&quot; in the record of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="434"/>
        <source>Not a valid DNS name: explanation ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="441"/>
        <source>No single TXT record: explanation ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="447"/>
        <source>Invalid explanation text: ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="490"/>
        <source>redirect= names &quot;%1&quot;, which is not a valid domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="500"/>
        <source>redirect=%1: that domain has no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="531"/>
        <source>More than %1 void lookups (names without any record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="558"/>
        <source>DNS error for %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="569"/>
        <source>include: names &quot;%1&quot;, which is not a valid domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="589"/>
        <source>include:%1: that domain has no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="604"/>
        <location filename="../core/auth/SpfEvaluator.cpp" line="635"/>
        <source>&quot;%1&quot; is not a valid DNS name: treated as non-existent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="660"/>
        <source>%1 has %2 MX records; SPF allows at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfEvaluator.cpp" line="927"/>
        <source>The check took longer than %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfLint</name>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="82"/>
        <source>%1: not a JSON object with a &quot;providers&quot; array (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="96"/>
        <source>%1: provider entry %2 (&quot;%3&quot;) needs a name, a valid include domain and ptrSuffixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="114"/>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="125"/>
        <source>%1: a TXT string of the SPF record is longer than 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="128"/>
        <source>%1: the SPF record is %2 bytes; over 512 bytes it may not fit a DNS answer over UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="137"/>
        <source>%1: the ptr mechanism should not be used (RFC 7208 §5.5): it is slow and unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="141"/>
        <source>%1: include:%2 appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="145"/>
        <source>%1: &quot;%2&quot; authorizes every host on the internet to send as this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="147"/>
        <source>%1: &quot;?all&quot; makes no statement about other hosts; use ~all or -all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="248"/>
        <source>No DNS resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="275"/>
        <source>%1 is included more than once in the SPF tree, or in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="280"/>
        <source>The include chain is deeper than 10 levels at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="287"/>
        <source>%1: a deprecated SPF (type 99) record is published; RFC 7208 uses only TXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="293"/>
        <source>%1: the SPF record could not be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="294"/>
        <location filename="../core/auth/SpfLint.cpp" line="417"/>
        <location filename="../core/auth/SpfLint.cpp" line="424"/>
        <source>a DNS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="306"/>
        <source>%1 has no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="309"/>
        <source>%1 is included but has no SPF record (permerror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="311"/>
        <source>a missing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="315"/>
        <source>%1 has %2 SPF records; there must be exactly one (permerror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="316"/>
        <source>multiple records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="325"/>
        <source>%1: syntax error at position %2 (&quot;%3&quot;): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="329"/>
        <source>a syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="341"/>
        <location filename="../core/auth/SpfLint.cpp" line="349"/>
        <source>macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="357"/>
        <source>a non-pass ip4/ip6 term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="369"/>
        <source>a non-pass include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="373"/>
        <source>the ptr mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="376"/>
        <source>the exists mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="386"/>
        <source>a non-pass a/mx term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="415"/>
        <source>%1: &quot;%2&quot; names %3, which has no A/AAAA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="434"/>
        <source>%1: &quot;%2&quot; names %3, which has no MX records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="438"/>
        <source>%1: %2 has %3 MX records; the mx mechanism allows at most 10 (permerror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="463"/>
        <source>%1: the SPF tree needs %2 DNS lookups; more than 10 is a permerror (RFC 7208 §4.6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfLint.cpp" line="467"/>
        <source>%1: the SPF tree has %2 void lookups; more than 2 is a permerror</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfMacro</name>
    <message>
        <location filename="../core/auth/SpfMacro.cpp" line="76"/>
        <source>A &quot;%&quot; at the end must be written &quot;%%&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfMacro.cpp" line="90"/>
        <source>A &quot;%&quot; must be followed by &quot;{&quot;, &quot;%&quot;, &quot;_&quot; or &quot;-&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfMacro.cpp" line="97"/>
        <source>Non-ASCII character in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfMacro.cpp" line="98"/>
        <source>Invalid character (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfMacro.cpp" line="122"/>
        <source>The domain is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfMacro.cpp" line="158"/>
        <source>&quot;%1&quot; is not a domain name (no dot before the top-level label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfMacro.cpp" line="159"/>
        <source>&quot;%1&quot; does not end in a valid top-level label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="123"/>
        <source>The record does not start with &quot;v=spf1&quot; followed by a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="148"/>
        <source>The modifier &quot;%1&quot; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="172"/>
        <source>Invalid %1= domain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="176"/>
        <source>Invalid value of the modifier &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="205"/>
        <source>&quot;%1&quot; needs &quot;:&quot; and a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="209"/>
        <source>&quot;%1&quot; takes no prefix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="214"/>
        <location filename="../core/auth/SpfRecord.cpp" line="248"/>
        <source>Invalid domain in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="223"/>
        <source>&quot;all&quot; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="242"/>
        <source>Malformed &quot;%1&quot;: expected [:domain][/ip4-prefix][//ip6-prefix]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="253"/>
        <source>Invalid IPv4 prefix length &quot;/%1&quot; (0 to 32, no leading zeros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="257"/>
        <source>Invalid IPv6 prefix length &quot;//%1&quot; (0 to 128, no leading zeros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="266"/>
        <source>&quot;%1&quot; needs &quot;:&quot; and an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="273"/>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="274"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="278"/>
        <source>Invalid prefix length &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="283"/>
        <source>Empty mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfRecord.cpp" line="283"/>
        <source>Unknown mechanism &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfResult</name>
    <message numerus="yes">
        <location filename="../core/auth/SpfResult.cpp" line="26"/>
        <source>%n lookup(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/auth/SpfResult.cpp" line="28"/>
        <source>%n void</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/auth/SpfResult.cpp" line="132"/>
        <source>none: no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfResult.cpp" line="133"/>
        <source>neutral: the domain makes no statement about this IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfResult.cpp" line="134"/>
        <source>pass: the IP is authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfResult.cpp" line="135"/>
        <source>fail: the IP is not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfResult.cpp" line="136"/>
        <source>softfail: the IP is probably not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfResult.cpp" line="137"/>
        <source>temperror: a DNS error stopped the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfResult.cpp" line="138"/>
        <source>permerror: the SPF record cannot be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfResult.cpp" line="170"/>
        <source>SPF for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfResult.cpp" line="182"/>
        <source>%1 for %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfResult.cpp" line="186"/>
        <source>The domain&apos;s explanation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SpfResult.cpp" line="188"/>
        <source>Decided by &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/auth/SpfResult.cpp" line="189"/>
        <source>%n DNS lookup(s) counted of the 10 allowed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/auth/SpfResult.cpp" line="196"/>
        <source>Publish this record at %1 (replacing the current SPF record).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../ui/StepPage.cpp" line="47"/>
        <source>Check progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPage.cpp" line="49"/>
        <source>&amp;Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPage.cpp" line="51"/>
        <source>Stops the running check; results so far stay on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPage.cpp" line="150"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPageAuthentication</name>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="19"/>
        <source>Receivers check that your domain allows your server to send (SPF), that the message is signed (DKIM), and what your domain asks them to do when both fail (DMARC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="22"/>
        <source>What is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="26"/>
        <source>SPF, DKIM and DMARC checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="27"/>
        <source>Chec&amp;ks of the domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="32"/>
        <source>SPF evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="33"/>
        <source>SPF &amp;evaluation, term by term (DNS lookups count against the limit of 10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="38"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="38"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="38"/>
        <source>Lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="38"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="42"/>
        <source>SPF evaluation tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="43"/>
        <source>Each SPF term with its result and the DNS lookups it used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="48"/>
        <source>DMARC alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="54"/>
        <source>Publish the suggested records at your DNS host (copy them with the button), wait for the TTL to pass, and re-run the checks. DMARC passes when SPF or DKIM passes for a domain that matches the From address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="83"/>
        <source>Authentication checks cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="108"/>
        <source>The bounce names no sender domain. Enter it on the first step (Facts for the checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="114"/>
        <source>No DNS resolver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="118"/>
        <source>domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="120"/>
        <source>DKIM selector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="122"/>
        <source>SPF for the sending IP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="123"/>
        <source>Checking %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="135"/>
        <source>Checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="136"/>
        <source>Authentication: %1 done (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="143"/>
        <source>Asking DNS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="151"/>
        <source>No sending IP: SPF can only be evaluated for an IP. Enter it on the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="185"/>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="196"/>
        <source>SPF record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="198"/>
        <source>matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="200"/>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StepPageAuthentication.cpp" line="219"/>
        <source>SPF for %1 sending as %2: %3. %n DNS lookup(s) of the 10 allowed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="241"/>
        <source>From domain %1 (organizational domain %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="242"/>
        <source>SPF checks %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="242"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="244"/>
        <location filename="../ui/StepPageAuthentication.cpp" line="247"/>
        <source>aligned with the From domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="244"/>
        <location filename="../ui/StepPageAuthentication.cpp" line="247"/>
        <source>not aligned with the From domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="246"/>
        <source>DKIM signs as %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageAuthentication.cpp" line="249"/>
        <source>The returned message shows no DKIM signature, so only SPF can make DMARC pass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPageBlocklists</name>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="29"/>
        <source>Receiving servers refuse mail from IP addresses and domains on public blocklists. This step asks each list about your sending IP and domain, and checks the IP&apos;s reverse DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="32"/>
        <source>What is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="33"/>
        <source>Blocklist summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="35"/>
        <source>&amp;Blocklists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="38"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="38"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="38"/>
        <source>Blocklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="38"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="48"/>
        <source>Blocklist results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="49"/>
        <source>One row per blocklist and checked address: listed, clean or couldn&apos;t check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="55"/>
        <source>Re-chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="57"/>
        <source>Asks every blocklist again, for example after a removal request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="58"/>
        <source>Open &amp;removal page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="60"/>
        <source>Opens the selected blocklist&apos;s removal or lookup page in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="66"/>
        <source>Reverse DNS of the sending IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="69"/>
        <source>Reverse DNS results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="83"/>
        <source>Listed: the list names your IP or domain; follow its removal page after fixing the reason (an infected device, an open relay, a compromised account). Couldn&apos;t check: the list did not answer or refuses your DNS resolver — this says nothing about a listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StepPageBlocklists.cpp" line="112"/>
        <source>Cancelled after %n list(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="114"/>
        <source>Blocklist checks cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="136"/>
        <source>sending IP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="138"/>
        <source>sender domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="140"/>
        <source>The bounce gives no sending IP or sender domain. Enter them on the first step (Facts for the checks) to check the blocklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="146"/>
        <source>Checking %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="146"/>
        <location filename="../ui/StepPageBlocklists.cpp" line="176"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="149"/>
        <source>No DNS resolver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="155"/>
        <source>The blocklist catalogue could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="160"/>
        <source>Asking the blocklists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="176"/>
        <source>Blocklists: checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="209"/>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="214"/>
        <source>Clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="218"/>
        <source>Couldn&apos;t check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="234"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="254"/>
        <source>Listed on %1, clean on %2, couldn&apos;t check %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="258"/>
        <source>Blocklists done: %1 listed, %2 clean, %3 couldn&apos;t check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageBlocklists.cpp" line="283"/>
        <source>Could not open a web browser. The page is: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPageContent</name>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="17"/>
        <source>Spam filters judge the message itself and how you send: links, attachments, size, and sudden jumps in volume. This advice comes from the message that came back with the bounce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="20"/>
        <source>What the bounce says about content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="21"/>
        <source>&amp;Advice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="24"/>
        <source>Content advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="32"/>
        <source>Send a plain test message without links or attachments to the same recipient. If it arrives, the content was the problem; add elements back one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="45"/>
        <source>Paste a bounce first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="54"/>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="55"/>
        <source>The bounce does not blame the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="72"/>
        <source>Returned message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="74"/>
        <source>The bounce did not include your message, so its content cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="75"/>
        <source>If your mail program can show the full bounce (with the returned message), paste that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="83"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="91"/>
        <source>No links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="91"/>
        <source>The body did not come back; links are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StepPageContent.cpp" line="94"/>
        <source>%n link(s); %1 to other domains than yours.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="95"/>
        <source>Filters rate every linked domain. Link to your own domain, avoid URL shorteners and tracking redirects, and keep the number of links small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StepPageContent.cpp" line="99"/>
        <source>%n link(s), all to your own domain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="106"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="120"/>
        <source>No attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="123"/>
        <source>Attachments that filters often block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="124"/>
        <source>Share such files through a link to a file service instead of attaching them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="127"/>
        <source>Attachments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="134"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="137"/>
        <source>The message body is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="139"/>
        <source>Many servers refuse messages over 10–25 MB. Send large files as a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="145"/>
        <source>Sending activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="147"/>
        <source>Sudden volume from a new IP or domain looks like spam to receivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageContent.cpp" line="148"/>
        <source>If you recently started sending much more mail (a newsletter, a new server), ramp up over days, send only to people who asked for it, and offer a one-click unsubscribe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPageMailbox</name>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="18"/>
        <source>The address exists, but the recipient&apos;s mailbox did not take the message. Only the recipient (or their mail administrator) can change that; here is what to tell them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="21"/>
        <source>What the bounce says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="22"/>
        <source>When to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="24"/>
        <source>&amp;Message to send the recipient by another way (phone, chat, another address):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="28"/>
        <source>Message for the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="29"/>
        <source>A ready-to-send text; edit it as you like and copy it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="37"/>
        <source>Cop&amp;y message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="39"/>
        <source>Copies the message above to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="40"/>
        <source>I have &amp;told the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="42"/>
        <source>Marks this step as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="50"/>
        <source>Message copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="57"/>
        <source>A full or disabled mailbox is on the recipient&apos;s side. Send them the text by another channel; retry only when the bounce says the problem is temporary or after they have fixed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="76"/>
        <source>%1: %2
“%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="79"/>
        <source>The bounce does not point to the recipient&apos;s mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="84"/>
        <source>Retry after the recipient has made room — usually within a day or two. Many servers retry a full mailbox on their own for a few days; after a permanent 5.2.2 they do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="86"/>
        <source>your mailbox is full, so my message was returned. Could you delete or archive some mail and tell me when I can send it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="90"/>
        <source>Do not retry this address: it is closed or suspended. Ask for a current address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="91"/>
        <source>my message to this address was returned because the mailbox is closed or suspended. Do you have another address I should use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="94"/>
        <source>Retry only after the recipient (or their administrator) has allowed mail from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="95"/>
        <source>your mail server refused my message (%1). Could you ask your mail administrator to allow mail from my address or domain, and tell me when it is done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="98"/>
        <source>Nothing in the bounce concerns the recipient&apos;s mailbox; this step can be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="99"/>
        <source>my message to you was returned by your mail server. Could you check that your mailbox can receive mail from me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="104"/>
        <source>your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageMailbox.cpp" line="105"/>
        <source>Hello,

I tried to email you at %1, but %2

Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPagePaste</name>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="44"/>
        <source>Paste the bounce message you received — the whole message if you have it, or just the error text. You can also drop an .eml or .txt file here. The analysis starts as soon as you stop typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="56"/>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="58"/>
        <source>Opens a saved bounce message (.eml or .txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="59"/>
        <source>&amp;Paste from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="61"/>
        <source>Replaces the text below with the clipboard&apos;s contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="64"/>
        <location filename="../ui/StepPagePaste.cpp" line="68"/>
        <source>Sa&amp;mple bounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="67"/>
        <source>Loads an example bounce to see how the analysis works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="77"/>
        <source>Clea&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="79"/>
        <source>Empties the bounce text; Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="87"/>
        <source>Bounce te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="91"/>
        <source>Paste the bounce here (Ctrl+V), or drop a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="95"/>
        <source>Bounce text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="96"/>
        <source>The bounce message to analyse. Evidence that decided the cause is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="101"/>
        <source>Analysis status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="105"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="108"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="113"/>
        <source>Cause explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="114"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="115"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="116"/>
        <source>Fix steps that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="117"/>
        <source>Sending server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="118"/>
        <source>What could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="127"/>
        <source>Recipien&amp;ts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="139"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="140"/>
        <source>One row per recipient with its status, reply code, reason and cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="146"/>
        <source>Facts for the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="159"/>
        <source>Sending &amp;IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="159"/>
        <source>Sending IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="160"/>
        <source>The public IP address of the server that sent your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="161"/>
        <source>HE&amp;LO name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="161"/>
        <source>HELO name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="162"/>
        <source>The name your server introduced itself with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="163"/>
        <source>Sen&amp;der domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="163"/>
        <source>Sender domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="164"/>
        <source>The domain of your address, checked for SPF, DKIM and DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="165"/>
        <source>Recipient dom&amp;ain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="165"/>
        <source>Recipient domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="166"/>
        <source>The domain of the address that bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="167"/>
        <source>DKIM s&amp;elector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="167"/>
        <source>DKIM selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="168"/>
        <source>The s= tag of your message&apos;s DKIM signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="169"/>
        <source>D&amp;KIM domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="169"/>
        <source>DKIM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="170"/>
        <source>The d= tag of your message&apos;s DKIM signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="188"/>
        <source>Reading the bounce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="198"/>
        <source>Gmail: address not found (5.1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="199"/>
        <source>Microsoft 365: banned sending IP (5.7.606)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="200"/>
        <source>Gmail via Postfix: DMARC policy (5.7.26)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="201"/>
        <source>Exim: mailbox full (5.2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="238"/>
        <source>Paste a bounce first: the next steps start from what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="248"/>
        <source>Analysis cancelled. Edit the text or press Next to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="254"/>
        <source>Paste the bounce (the message that says your mail was not delivered). Bounce Doctor reads the codes and wording, names the cause, highlights the words that decided it, and picks the fix steps that apply. Correct a fact (for example the sending IP) if it was read wrongly; the later checks use these fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="261"/>
        <source>Open a bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="262"/>
        <source>Messages (*.eml *.txt *.msg *.mbox);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="271"/>
        <source>%1 is larger than 32 MB; that is not a bounce message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="276"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="286"/>
        <source>Opened %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="299"/>
        <source>The clipboard holds no text. Copy the bounce in your mail program first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="325"/>
        <source>Analysing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="345"/>
        <source>Analysed %1 in %2 ms: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StepPagePaste.cpp" line="361"/>
        <source>Read %1 in %2 ms · format: %3 · %n recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="364"/>
        <source>unrecognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="368"/>
        <source>No finer reason could be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="372"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="376"/>
        <source>reply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="378"/>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="379"/>
        <source>confidence %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="386"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="389"/>
        <source>Nothing to fix: this is not a permanent delivery failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="390"/>
        <source>No fix step could be chosen from this bounce; the checks in the list can still be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="392"/>
        <source>Fix steps that apply (selected in the list): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="409"/>
        <source>Nothing analysed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="410"/>
        <source>Paste a bounce to see its cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="442"/>
        <source>Evidence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPagePaste.cpp" line="494"/>
        <source>Restored the bounce you were working on last time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPageRecipient</name>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="24"/>
        <source>A mistyped or closed address is the most common reason for a bounce. This step checks the address and whether its domain can receive mail at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="27"/>
        <source>What the bounce says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="33"/>
        <source>Recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="34"/>
        <source>The address to check; correct it and press Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="35"/>
        <source>Chec&amp;k again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="37"/>
        <source>Checks the address and its domain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="40"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="45"/>
        <source>Address syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="46"/>
        <source>Typo hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="49"/>
        <source>Co&amp;rrected address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="53"/>
        <source>Corrected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="55"/>
        <source>Cop&amp;y corrected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="57"/>
        <source>Copies the corrected address to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="65"/>
        <source>Recipient domain checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="72"/>
        <source>Copied %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="81"/>
        <source>Check the address for typos. If the bounce says the mailbox does not exist but the domain is fine, ask the recipient for their current address by another channel (phone, another address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="97"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="97"/>
        <source>(recipient not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="101"/>
        <source>The bounce names no recipient; type the address below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="102"/>
        <source>The bounce says:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="127"/>
        <source>Recipient checks cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="145"/>
        <source>No address to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="159"/>
        <source>The address is well formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="160"/>
        <source>The address is not well formed: it needs one name, an @ and a domain like example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="164"/>
        <source>“%1” looks like a typo of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="175"/>
        <source>The domain could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="182"/>
        <source>Looking up the recipient&apos;s domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="187"/>
        <source>Checking the domain %1 (MX, A/AAAA)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="197"/>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageRecipient.cpp" line="203"/>
        <source>The domain accepts mail, but its server says this mailbox does not exist. Confirm the address with the recipient by another channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPageResend</name>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="27"/>
        <source>Before you send the message again, make sure what caused the bounce is fixed: re-run the checks and compare. Resending too early can make a blocklisting or a reputation problem worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="30"/>
        <source>Chec&amp;klist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="34"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="34"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="34"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="34"/>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="42"/>
        <source>Fix checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="43"/>
        <source>Each step that applies, its state now and before the re-run, and what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="49"/>
        <source>Re-r&amp;un all checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="51"/>
        <source>Runs every check of the steps again and compares with the first run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="52"/>
        <source>E&amp;xport report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="54"/>
        <source>Saves the whole case: the bounce summary, evidence and every check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="59"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="74"/>
        <source>Work through the steps marked “Needs action”, then press Re-run all checks. Resend only when nothing needs action; for a blocklisting, wait until the list has removed you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StepPageResend.cpp" line="116"/>
        <source>Re-running the checks of %n step(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="123"/>
        <source>Re-running checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="134"/>
        <source>All checks re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="149"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="163"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="165"/>
        <source>Nothing wrong found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="175"/>
        <source>Paste a bounce first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="177"/>
        <source>Re-run all checks when you have made your changes; the advice to resend comes after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StepPageResend.cpp" line="179"/>
        <source>Not yet: %n step(s) still need action. Fix them and re-run the checks before you resend.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StepPageResend.cpp" line="182"/>
        <source>Nothing that could be checked needs action, but %n step(s) could not be checked. Resend one message first and watch for a new bounce before resending the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="186"/>
        <source>Everything checked is in order. Resend the message — once, to the affected recipients only. If it bounces again, paste the new bounce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="196"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="197"/>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="202"/>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageResend.cpp" line="204"/>
        <source>Could not save the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPageSmtp</name>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="24"/>
        <source>Test the outgoing server settings of your mail program or web site: Bounce Doctor connects the way they do and tells you, step by step, where it goes wrong. Your password is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="31"/>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="32"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="37"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="40"/>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="41"/>
        <source>SSL/TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="42"/>
        <source>STARTTLS if offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="43"/>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="44"/>
        <source>Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="47"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="48"/>
        <source>empty: test without logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="52"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="53"/>
        <source>Used for this test only and never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="57"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="58"/>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="61"/>
        <source>Sender address for the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="62"/>
        <source>empty: stop after logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="65"/>
        <source>Recipient address for the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="66"/>
        <source>asked with RCPT TO, no message is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="70"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="74"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="77"/>
        <source>Sec&amp;urity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="78"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="79"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="80"/>
        <source>Aut&amp;hentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="81"/>
        <source>Sen&amp;der (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="82"/>
        <source>Recipien&amp;t (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="86"/>
        <source>Detect settin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="88"/>
        <source>Tries the usual ports and security modes of the server and fills in what works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="89"/>
        <source>Te&amp;st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="92"/>
        <source>Connects to the server with these settings and shows each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="98"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="106"/>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="107"/>
        <source>Trust this certificate for this test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="109"/>
        <source>Repeats the test accepting only this one certificate, identified by its SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="115"/>
        <source>TLS details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="117"/>
        <source>Conve&amp;rsation with the server (passwords hidden):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="124"/>
        <source>SMTP conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="131"/>
        <source>SMTP test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="136"/>
        <source>Not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="148"/>
        <source>Use the same server, port and security as your mail program. Port 587 uses STARTTLS, port 465 uses SSL/TLS. The test logs in only if you give a user name, and never sends a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="200"/>
        <source>Enter the SMTP server&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="222"/>
        <source>Testing %1:%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="252"/>
        <source>The server accepted these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="252"/>
        <source>The test stopped at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="259"/>
        <source>Encrypted with %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="259"/>
        <source>The TLS handshake did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="262"/>
        <source>Certificate: %1, issued by %2, valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="264"/>
        <source>Names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="268"/>
        <source>Trusted for this test by its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="271"/>
        <source>No TLS was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="276"/>
        <source>The server&apos;s certificate is not trusted (%1).
SHA-256 fingerprint: %2
Compare it with the one your provider publishes before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepPageSmtp.cpp" line="297"/>
        <source>Detecting settings is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <location filename="../ui/StepState.cpp" line="21"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepState.cpp" line="22"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepState.cpp" line="23"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepState.cpp" line="24"/>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepState.cpp" line="25"/>
        <source>Couldn&apos;t check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepState.cpp" line="26"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <location filename="../core/auth/TagList.cpp" line="24"/>
        <source>&quot;%1&quot; at position %2 is not of the form tag=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/TagList.cpp" line="33"/>
        <source>&quot;%1&quot; at position %2 is not a valid tag name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsRptCheck</name>
    <message>
        <location filename="../core/auth/TlsRptCheck.cpp" line="19"/>
        <source>The tag %1= appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/TlsRptCheck.cpp" line="21"/>
        <source>The record must start with v=TLSRPTv1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/TlsRptCheck.cpp" line="23"/>
        <source>The record has no rua= tag, which is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/TlsRptCheck.cpp" line="29"/>
        <source>rua= holds &quot;%1&quot;; only mailto: and https: URIs are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/TlsRptCheck.cpp" line="45"/>
        <source>TLS reporting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/TlsRptCheck.cpp" line="48"/>
        <source>No valid domain name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/TlsRptCheck.cpp" line="62"/>
        <source>%1 does not publish TLS reporting (optional: senders would report TLS failures to you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/auth/TlsRptCheck.cpp" line="67"/>
        <source>_smtp._tls.%1 has %n TLS-RPT records; with more than one, senders ignore them (RFC 8460 §3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/auth/TlsRptCheck.cpp" line="68"/>
        <source>Keep exactly one v=TLSRPTv1 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/TlsRptCheck.cpp" line="75"/>
        <source>The TLS-RPT record of %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/TlsRptCheck.cpp" line="76"/>
        <source>Publish &quot;v=TLSRPTv1; rua=mailto:tls-reports@%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/TlsRptCheck.cpp" line="80"/>
        <source>%1 publishes TLS reporting (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="17"/>
        <source>Troubleshoot SMTP bounces step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="20"/>
        <source>Use this DNS server (HOST[:PORT]) for the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="23"/>
        <source>Render every step to PNG files in DIR and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="26"/>
        <source>With --screenshot: the sample bounce to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>A bounce message to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
