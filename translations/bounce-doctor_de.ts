<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cause:      </source>
        <translation>Ursache:    </translation>
    </message>
    <message>
        <source>            </source>
        <translation>            </translation>
    </message>
    <message>
        <source>Reason:     </source>
        <translation>Grund:      </translation>
    </message>
    <message>
        <source>Codes:      </source>
        <translation>Codes:      </translation>
    </message>
    <message>
        <source>Confidence: </source>
        <translation>Konfidenz:  </translation>
    </message>
    <message>
        <source>Format:     </source>
        <translation>Format:     </translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>(keine gefunden)</translation>
    </message>
    <message>
        <source>remote server: </source>
        <translation>entfernter Server: </translation>
    </message>
    <message>
        <source>at: </source>
        <translation>bei: </translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>Fakten:</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Read bounce messages and name the cause of each failure.</source>
        <translation>Unzustellbarkeitsberichte lesen und die Ursache jedes Fehlschlags benennen.</translation>
    </message>
    <message>
        <source>One JSON object per input, one per line.</source>
        <translation>Ein JSON-Objekt pro Eingabe, eines pro Zeile.</translation>
    </message>
    <message>
        <source>Bounce files (.eml or text); none or '-' reads standard input.</source>
        <translation>Bounce-Dateien (.eml oder Text); keine Angabe oder '-' liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
</context>
<context>
    <name>AresResolver</name>
    <message>
        <source>could not set up the DNS resolver: %1</source>
        <translation>DNS-Resolver konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>could not use the DNS servers %1: %2</source>
        <translation>Die DNS-Server %1 konnten nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>CNAME loop: %1</source>
        <translation>CNAME-Schleife: %1</translation>
    </message>
    <message>
        <source>the DNS server answered with error code %1</source>
        <translation>Der DNS-Server antwortete mit Fehlercode %1</translation>
    </message>
    <message numerus="yes">
        <source>CNAME chain longer than %n aliases</source>
        <translation>
            <numerusform>CNAME-Kette länger als %n Alias</numerusform>
            <numerusform>CNAME-Kette länger als %n Aliase</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthCheckJob</name>
    <message>
        <source>No DNS resolver is available.</source>
        <translation>Kein DNS-Resolver verfügbar.</translation>
    </message>
    <message>
        <source>The DNS query for %1 (%2) failed: %3.</source>
        <translation>Die DNS-Abfrage für %1 (%2) ist fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>This says nothing about the record itself; try again, or use another DNS server (--dns-server).</source>
        <translation>Das sagt nichts über den Eintrag selbst aus; versuchen Sie es erneut oder verwenden Sie einen anderen DNS-Server (--dns-server).</translation>
    </message>
</context>
<context>
    <name>AuthKnowledge</name>
    <message>
        <source>Knowledge file %1 is missing from this build.</source>
        <translation>Die Wissensdatei %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Knowledge file %1 is not valid JSON at offset %2: %3.</source>
        <translation>Die Wissensdatei %1 ist an Position %2 kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <source>Knowledge file %1 must hold a JSON object.</source>
        <translation>Die Wissensdatei %1 muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>Knowledge file %1, entry %2: %3</source>
        <translation>Wissensdatei %1, Eintrag %2: %3</translation>
    </message>
</context>
<context>
    <name>Blocklist</name>
    <message>
        <source>%1: entry "%2": %3</source>
        <translation>%1: Eintrag „%2“: %3</translation>
    </message>
    <message>
        <source>Cannot read the blocklist catalogue %1: %2</source>
        <translation>Der Blocklisten-Katalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: kein gültiges JSON an Position %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2) for %3</source>
        <translation>%1 (%2) für %3</translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation>Gelistet: %1</translation>
    </message>
    <message>
        <source>Delisting page: %1</source>
        <translation>Seite zur Austragung: %1</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>Not listed (%1)</source>
        <translation>Nicht gelistet (%1)</translation>
    </message>
    <message>
        <source>Couldn't check: %1</source>
        <translation>Nicht prüfbar: %1</translation>
    </message>
    <message>
        <source>How this list treats resolvers: %1</source>
        <translation>Umgang dieser Liste mit Resolvern: %1</translation>
    </message>
    <message>
        <source>Spamhaus Block List: a known spam source or spam operation</source>
        <translation>Spamhaus Block List: eine bekannte Spamquelle oder Spam-Operation</translation>
    </message>
    <message>
        <source>Spamhaus CSS: the IP recently sent low-reputation or snowshoe mail</source>
        <translation>Spamhaus CSS: Die IP hat kürzlich Mail mit schlechter Reputation oder Snowshoe-Spam versendet</translation>
    </message>
    <message>
        <source>Exploits Block List: the IP is infected or hijacked (botnet, open proxy)</source>
        <translation>Exploits Block List: Die IP ist infiziert oder gekapert (Botnetz, offener Proxy)</translation>
    </message>
    <message>
        <source>Exploits Block List: the IP is infected or hijacked</source>
        <translation>Exploits Block List: Die IP ist infiziert oder gekapert</translation>
    </message>
    <message>
        <source>Don't Route Or Peer: the whole network is controlled by criminals</source>
        <translation>Don't Route Or Peer: Das gesamte Netz wird von Kriminellen kontrolliert</translation>
    </message>
    <message>
        <source>Policy Block List (set by the ISP): this address should not send mail directly, use your provider's mail server</source>
        <translation>Policy Block List (vom Provider gesetzt): Diese Adresse sollte keine Mail direkt versenden, verwenden Sie den Mailserver Ihres Providers</translation>
    </message>
    <message>
        <source>Policy Block List (set by Spamhaus): a dynamic or end-user address that should not send mail directly</source>
        <translation>Policy Block List (von Spamhaus gesetzt): eine dynamische oder Endkunden-Adresse, die keine Mail direkt versenden sollte</translation>
    </message>
    <message>
        <source>the zone name in the query was mistyped</source>
        <translation>Der Zonenname in der Abfrage war falsch geschrieben</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries coming through a public or open resolver</source>
        <translation>Spamhaus lehnt Abfragen über einen öffentlichen oder offenen Resolver ab</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries: too many queries from this resolver</source>
        <translation>Spamhaus lehnt Abfragen ab: zu viele Abfragen von diesem Resolver</translation>
    </message>
    <message>
        <source>Look the IP up at check.spamhaus.org. SBL and CSS: fix the cause (compromised account, bad list) and request removal there. XBL: clean the infected machine first, then use the self-service removal. PBL: send through your provider's authenticated mail server, or ask your ISP to remove the range if it is a static mail server.</source>
        <translation>Prüfen Sie die IP auf check.spamhaus.org. SBL und CSS: Beheben Sie die Ursache (kompromittiertes Konto, schlechte Adressliste) und beantragen Sie dort die Entfernung. XBL: Bereinigen Sie zuerst den infizierten Rechner und nutzen Sie dann die Selbstbedienungs-Entfernung. PBL: Versenden Sie über den authentifizierten Mailserver Ihres Providers oder bitten Sie Ihren Provider, den Bereich zu entfernen, wenn es sich um einen statischen Mailserver handelt.</translation>
    </message>
    <message>
        <source>refused: answers 127.255.255.254 through Google, Cloudflare, Quad9 and other public resolvers; use your own recursive resolver or a free Data Query Service key</source>
        <translation>abgelehnt: antwortet über Google, Cloudflare, Quad9 und andere öffentliche Resolver mit 127.255.255.254; verwenden Sie Ihren eigenen rekursiven Resolver oder einen kostenlosen Data-Query-Service-Schlüssel</translation>
    </message>
    <message>
        <source>spam domain: low reputation</source>
        <translation>Spam-Domain: schlechte Reputation</translation>
    </message>
    <message>
        <source>phishing domain</source>
        <translation>Phishing-Domain</translation>
    </message>
    <message>
        <source>malware domain</source>
        <translation>Malware-Domain</translation>
    </message>
    <message>
        <source>botnet command-and-control domain</source>
        <translation>Botnetz-Steuerungsdomain (Command-and-Control)</translation>
    </message>
    <message>
        <source>abused legitimate domain used for spam</source>
        <translation>missbrauchte legitime Domain, für Spam verwendet</translation>
    </message>
    <message>
        <source>abused legitimate redirector or URL shortener</source>
        <translation>missbrauchter legitimer Weiterleitungsdienst oder URL-Kürzer</translation>
    </message>
    <message>
        <source>abused legitimate domain used for phishing</source>
        <translation>missbrauchte legitime Domain, für Phishing verwendet</translation>
    </message>
    <message>
        <source>abused legitimate domain used for malware</source>
        <translation>missbrauchte legitime Domain, für Malware verwendet</translation>
    </message>
    <message>
        <source>abused legitimate domain used for botnet control</source>
        <translation>missbrauchte legitime Domain, für Botnetz-Steuerung verwendet</translation>
    </message>
    <message>
        <source>an IP address was queried in a domain list</source>
        <translation>In einer Domain-Liste wurde eine IP-Adresse abgefragt</translation>
    </message>
    <message>
        <source>Look the domain up at check.spamhaus.org, remove whatever got it listed (compromised site, spam links, abused redirector) and request removal there.</source>
        <translation>Prüfen Sie die Domain auf check.spamhaus.org, beseitigen Sie, was zur Listung geführt hat (kompromittierte Website, Spam-Links, missbrauchte Weiterleitung), und beantragen Sie dort die Entfernung.</translation>
    </message>
    <message>
        <source>refused: answers 127.255.255.254 through public resolvers</source>
        <translation>abgelehnt: antwortet über öffentliche Resolver mit 127.255.255.254</translation>
    </message>
    <message>
        <source>people reported spam from this IP to SpamCop recently</source>
        <translation>Nutzer haben kürzlich Spam von dieser IP an SpamCop gemeldet</translation>
    </message>
    <message>
        <source>SpamCop listings expire by themselves about 24 hours after the last report. Find and stop what sends the reported mail (look at the TXT reason and your logs), then wait.</source>
        <translation>SpamCop-Einträge verfallen etwa 24 Stunden nach der letzten Meldung von selbst. Finden und stoppen Sie, was die gemeldeten Mails versendet (sehen Sie sich den TXT-Grund und Ihre Protokolle an), und warten Sie dann.</translation>
    </message>
    <message>
        <source>answers public resolvers</source>
        <translation>antwortet öffentlichen Resolvern</translation>
    </message>
    <message>
        <source>poor reputation in Barracuda's network (spam seen from this IP)</source>
        <translation>schlechte Reputation im Barracuda-Netzwerk (Spam von dieser IP beobachtet)</translation>
    </message>
    <message>
        <source>Fix the cause (open relay, compromised account, bad list), then fill in the removal request form; removals are usually handled within 24 hours.</source>
        <translation>Beheben Sie die Ursache (offenes Relay, kompromittiertes Konto, schlechte Adressliste) und füllen Sie dann das Formular für den Entfernungsantrag aus; Entfernungen werden meist innerhalb von 24 Stunden bearbeitet.</translation>
    </message>
    <message>
        <source>answers only DNS servers registered (free) at barracudacentral.org; others get no data</source>
        <translation>antwortet nur DNS-Servern, die (kostenlos) bei barracudacentral.org registriert sind; andere erhalten keine Daten</translation>
    </message>
    <message>
        <source>this single IP sent mail to UCEPROTECT spam traps</source>
        <translation>Diese einzelne IP hat Mail an Spamfallen von UCEPROTECT gesendet</translation>
    </message>
    <message>
        <source>Level 1 entries expire automatically 7 days after the last spam-trap hit (an express removal is sold). Stop the spam first.</source>
        <translation>Level-1-Einträge verfallen automatisch 7 Tage nach dem letzten Spamfallen-Treffer (eine Express-Entfernung wird verkauft). Stoppen Sie zuerst den Spam.</translation>
    </message>
    <message>
        <source>answers public resolvers, with rate limits</source>
        <translation>antwortet öffentlichen Resolvern, mit Ratenbegrenzung</translation>
    </message>
    <message>
        <source>the IP's allocation (subnet) had many Level 1 listings</source>
        <translation>Der Adressblock (Subnetz) der IP hatte viele Level-1-Einträge</translation>
    </message>
    <message>
        <source>Level 2 lists your provider's network, not you: ask your hosting provider to deal with the abuse in its range; it expires when the Level 1 listings do.</source>
        <translation>Level 2 listet das Netz Ihres Providers, nicht Sie: Bitten Sie Ihren Hosting-Provider, sich um den Missbrauch in seinem Bereich zu kümmern; der Eintrag verfällt, wenn die Level-1-Einträge verfallen.</translation>
    </message>
    <message>
        <source>the whole autonomous system (provider) had many Level 1 listings</source>
        <translation>Das gesamte autonome System (Provider) hatte viele Level-1-Einträge</translation>
    </message>
    <message>
        <source>Level 3 lists your provider's whole network; few big receivers use it. Only your provider can get it removed.</source>
        <translation>Level 3 listet das gesamte Netz Ihres Providers; nur wenige große Empfänger nutzen es. Nur Ihr Provider kann die Entfernung erreichen.</translation>
    </message>
    <message>
        <source>this IP sends backscatter: bounces or auto-replies to forged senders</source>
        <translation>Diese IP versendet Backscatter: Bounces oder automatische Antworten an gefälschte Absender</translation>
    </message>
    <message>
        <source>Reject unknown recipients during the SMTP dialogue instead of bouncing afterwards, and stop auto-replies to spam; entries expire after four weeks without backscatter.</source>
        <translation>Weisen Sie unbekannte Empfänger während des SMTP-Dialogs ab, statt nachträglich Bounces zu erzeugen, und beenden Sie automatische Antworten auf Spam; Einträge verfallen nach vier Wochen ohne Backscatter.</translation>
    </message>
    <message>
        <source>this IP sent mail to PSBL spam traps and no legitimate mail was seen</source>
        <translation>Diese IP hat Mail an Spamfallen der PSBL gesendet, und es wurde keine legitime Mail beobachtet</translation>
    </message>
    <message>
        <source>Look the IP up at psbl.org and use the self-service removal after fixing the spam source.</source>
        <translation>Prüfen Sie die IP auf psbl.org und nutzen Sie nach Beseitigung der Spamquelle die Selbstbedienungs-Entfernung.</translation>
    </message>
    <message>
        <source>zero-hour: part of a spam wave right now</source>
        <translation>Zero-Hour: gerade Teil einer Spamwelle</translation>
    </message>
    <message>
        <source>worst reputation (L5)</source>
        <translation>schlechteste Reputation (L5)</translation>
    </message>
    <message>
        <source>very bad reputation (L4)</source>
        <translation>sehr schlechte Reputation (L4)</translation>
    </message>
    <message>
        <source>bad reputation (L3)</source>
        <translation>schlechte Reputation (L3)</translation>
    </message>
    <message>
        <source>Fix the source of the spam, then request a reputation review on mailspike.org; reviews take 6 to 36 hours.</source>
        <translation>Beseitigen Sie die Spamquelle und beantragen Sie dann auf mailspike.org eine Überprüfung der Reputation; Überprüfungen dauern 6 bis 36 Stunden.</translation>
    </message>
    <message>
        <source>free below 100,000 queries a day</source>
        <translation>kostenlos unter 100.000 Abfragen pro Tag</translation>
    </message>
    <message>
        <source>the IP takes part in a spam wave right now</source>
        <translation>Die IP ist gerade an einer Spamwelle beteiligt</translation>
    </message>
    <message>
        <source>Zero-hour entries expire quickly once the wave stops; stop the spam and check again in a few hours.</source>
        <translation>Zero-Hour-Einträge verfallen schnell, sobald die Welle endet; stoppen Sie den Spam und prüfen Sie in einigen Stunden erneut.</translation>
    </message>
    <message>
        <source>suspicious reputation (L2)</source>
        <translation>verdächtige Reputation (L2)</translation>
    </message>
    <message>
        <source>slightly suspicious reputation (L1)</source>
        <translation>leicht verdächtige Reputation (L1)</translation>
    </message>
    <message>
        <source>neutral reputation</source>
        <translation>neutrale Reputation</translation>
    </message>
    <message>
        <source>good reputation (H1)</source>
        <translation>gute Reputation (H1)</translation>
    </message>
    <message>
        <source>good reputation (H2)</source>
        <translation>gute Reputation (H2)</translation>
    </message>
    <message>
        <source>good reputation (H3)</source>
        <translation>gute Reputation (H3)</translation>
    </message>
    <message>
        <source>very good reputation (H4)</source>
        <translation>sehr gute Reputation (H4)</translation>
    </message>
    <message>
        <source>excellent reputation (H5)</source>
        <translation>ausgezeichnete Reputation (H5)</translation>
    </message>
    <message>
        <source>Reputation improves as receivers see clean mail from the IP; request a review on mailspike.org after fixing the cause.</source>
        <translation>Die Reputation verbessert sich, wenn Empfänger saubere Mail von der IP sehen; beantragen Sie nach Behebung der Ursache eine Überprüfung auf mailspike.org.</translation>
    </message>
    <message>
        <source>the IP looks like a dynamic end-user address (its reverse DNS is generic) and sent spam</source>
        <translation>Die IP sieht wie eine dynamische Endkunden-Adresse aus (ihr Reverse-DNS ist generisch) und hat Spam versendet</translation>
    </message>
    <message>
        <source>Give the IP a reverse DNS name that names your mail server (and resolves back), then use the removal form.</source>
        <translation>Geben Sie der IP einen Reverse-DNS-Namen, der Ihren Mailserver benennt (und zurück auflöst), und nutzen Sie dann das Entfernungsformular.</translation>
    </message>
    <message>
        <source>answers public resolvers within its terms of use</source>
        <translation>antwortet öffentlichen Resolvern im Rahmen der Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>the IP has no reverse DNS (PTR) and sent spam</source>
        <translation>Die IP hat kein Reverse-DNS (PTR) und hat Spam versendet</translation>
    </message>
    <message>
        <source>Ask whoever owns the IP (hosting provider or ISP) for a PTR record naming your mail server, then use the removal form.</source>
        <translation>Bitten Sie den Inhaber der IP (Hosting-Provider oder Internetanbieter) um einen PTR-Eintrag, der Ihren Mailserver benennt, und nutzen Sie dann das Entfernungsformular.</translation>
    </message>
    <message>
        <source>the IP sent spam to SpamRATS traps or was reported</source>
        <translation>Die IP hat Spam an SpamRATS-Fallen gesendet oder wurde gemeldet</translation>
    </message>
    <message>
        <source>Stop the spam source, then use the removal form (a working forward-confirmed reverse DNS is required).</source>
        <translation>Stoppen Sie die Spamquelle und nutzen Sie dann das Entfernungsformular (ein funktionierendes vorwärtsbestätigtes Reverse-DNS ist erforderlich).</translation>
    </message>
    <message>
        <source>the IP tried to guess mail passwords (authentication attacks)</source>
        <translation>Die IP hat versucht, Mail-Passwörter zu erraten (Authentifizierungsangriffe)</translation>
    </message>
    <message>
        <source>Find the compromised machine that attacks mail servers, clean it, then use the removal form.</source>
        <translation>Finden Sie den kompromittierten Rechner, der Mailserver angreift, bereinigen Sie ihn und nutzen Sie dann das Entfernungsformular.</translation>
    </message>
    <message>
        <source>blacklist: spam seen from this IP</source>
        <translation>Blacklist: Spam von dieser IP beobachtet</translation>
    </message>
    <message>
        <source>exploit list: infected or compromised host</source>
        <translation>Exploit-Liste: infizierter oder kompromittierter Host</translation>
    </message>
    <message>
        <source>policy list: a residential or dynamic IP that should not send directly</source>
        <translation>Policy-Liste: eine private oder dynamische IP, die nicht direkt versenden sollte</translation>
    </message>
    <message>
        <source>generic reverse DNS: the IP's PTR looks like an end-user address</source>
        <translation>generisches Reverse-DNS: der PTR der IP sieht wie eine Endkunden-Adresse aus</translation>
    </message>
    <message>
        <source>no reverse DNS (PTR) for this IP</source>
        <translation>kein Reverse-DNS (PTR) für diese IP</translation>
    </message>
    <message>
        <source>Look the IP up at lookup.abusix.com, fix the cause and request delisting there.</source>
        <translation>Prüfen Sie die IP auf lookup.abusix.com, beheben Sie die Ursache und beantragen Sie dort die Austragung.</translation>
    </message>
    <message>
        <source>needs a free Abusix Mail Intelligence key (queries go to &lt;key&gt;.combined.mail.abusix.zone); without one it cannot be checked</source>
        <translation>benötigt einen kostenlosen Abusix-Mail-Intelligence-Schlüssel (Abfragen gehen an &lt;key&gt;.combined.mail.abusix.zone); ohne ihn kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>IRC drone</source>
        <translation>IRC-Drohne</translation>
    </message>
    <message>
        <source>bottler</source>
        <translation>Bottler</translation>
    </message>
    <message>
        <source>unknown spambot or drone</source>
        <translation>unbekannter Spambot oder Drohne</translation>
    </message>
    <message>
        <source>DDoS drone</source>
        <translation>DDoS-Drohne</translation>
    </message>
    <message>
        <source>open SOCKS proxy</source>
        <translation>offener SOCKS-Proxy</translation>
    </message>
    <message>
        <source>open HTTP proxy</source>
        <translation>offener HTTP-Proxy</translation>
    </message>
    <message>
        <source>proxy chain</source>
        <translation>Proxy-Kette</translation>
    </message>
    <message>
        <source>web page proxy</source>
        <translation>Webseiten-Proxy</translation>
    </message>
    <message>
        <source>open DNS resolver</source>
        <translation>offener DNS-Resolver</translation>
    </message>
    <message>
        <source>brute-force attacker</source>
        <translation>Brute-Force-Angreifer</translation>
    </message>
    <message>
        <source>open WinGate proxy</source>
        <translation>offener WinGate-Proxy</translation>
    </message>
    <message>
        <source>compromised router or gateway</source>
        <translation>kompromittierter Router oder kompromittiertes Gateway</translation>
    </message>
    <message>
        <source>autorooting worm</source>
        <translation>sich selbst verbreitender Root-Wurm</translation>
    </message>
    <message>
        <source>automatically detected botnet IP</source>
        <translation>automatisch erkannte Botnetz-IP</translation>
    </message>
    <message>
        <source>DNS/MX-type host name seen on IRC</source>
        <translation>im IRC gesehener Hostname im DNS/MX-Stil</translation>
    </message>
    <message>
        <source>abused VPN service</source>
        <translation>missbrauchter VPN-Dienst</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>nicht kategorisiert</translation>
    </message>
    <message>
        <source>Clean the compromised machine or close the open proxy, then request removal on dronebl.org.</source>
        <translation>Bereinigen Sie den kompromittierten Rechner oder schließen Sie den offenen Proxy und beantragen Sie dann die Entfernung auf dronebl.org.</translation>
    </message>
    <message>
        <source>the IP sent mail to s5h.net spam traps</source>
        <translation>Die IP hat Mail an Spamfallen von s5h.net gesendet</translation>
    </message>
    <message>
        <source>Entries expire by themselves; removal can be requested through the list's web page.</source>
        <translation>Einträge verfallen von selbst; die Entfernung kann über die Webseite der Liste beantragt werden.</translation>
    </message>
    <message>
        <source>the IP sent spam seen by NordSpam</source>
        <translation>Die IP hat Spam versendet, den NordSpam beobachtet hat</translation>
    </message>
    <message>
        <source>Request removal through nordspam.com after fixing the cause.</source>
        <translation>Beantragen Sie nach Behebung der Ursache die Entfernung über nordspam.com.</translation>
    </message>
    <message>
        <source>the domain appears in spam seen by NordSpam</source>
        <translation>Die Domain erscheint in Spam, den NordSpam beobachtet hat</translation>
    </message>
    <message>
        <source>the IP sent spam to NiX Spam traps in the last 12 hours</source>
        <translation>Die IP hat in den letzten 12 Stunden Spam an Fallen von NiX Spam gesendet</translation>
    </message>
    <message>
        <source>Entries expire 12 hours after the last spam; stop the spam and wait, or request removal on nixspam.net.</source>
        <translation>Einträge verfallen 12 Stunden nach dem letzten Spam; stoppen Sie den Spam und warten Sie, oder beantragen Sie die Entfernung auf nixspam.net.</translation>
    </message>
    <message>
        <source>the IP sends almost only spam by GBUdb's statistics</source>
        <translation>Laut GBUdb-Statistik versendet die IP fast nur Spam</translation>
    </message>
    <message>
        <source>GBUdb entries fade as receivers see clean mail from the IP; stop the spam first.</source>
        <translation>GBUdb-Einträge verblassen, wenn Empfänger saubere Mail von der IP sehen; stoppen Sie zuerst den Spam.</translation>
    </message>
    <message>
        <source>the IP sent mail to 0spam traps</source>
        <translation>Die IP hat Mail an Spamfallen von 0spam gesendet</translation>
    </message>
    <message>
        <source>Request removal on 0spam.org after fixing the cause.</source>
        <translation>Beantragen Sie nach Behebung der Ursache die Entfernung auf 0spam.org.</translation>
    </message>
    <message>
        <source>the IP attacked servers (brute force on mail, SSH or web logins) in the last 48 hours</source>
        <translation>Die IP hat in den letzten 48 Stunden Server angegriffen (Brute Force auf Mail-, SSH- oder Web-Anmeldungen)</translation>
    </message>
    <message>
        <source>Find and clean the attacking machine, then use the delist page; entries expire after 48 hours without new reports.</source>
        <translation>Finden und bereinigen Sie den angreifenden Rechner und nutzen Sie dann die Austragungsseite; Einträge verfallen nach 48 Stunden ohne neue Meldungen.</translation>
    </message>
    <message>
        <source>phishing sites</source>
        <translation>Phishing-Websites</translation>
    </message>
    <message>
        <source>malware sites</source>
        <translation>Malware-Websites</translation>
    </message>
    <message>
        <source>spam and abuse sites</source>
        <translation>Spam- und Missbrauchs-Websites</translation>
    </message>
    <message>
        <source>cracked (compromised) sites</source>
        <translation>geknackte (kompromittierte) Websites</translation>
    </message>
    <message>
        <source>SURBL refused the query (the resolver is blocked or over quota)</source>
        <translation>SURBL hat die Abfrage abgelehnt (der Resolver ist gesperrt oder hat sein Kontingent überschritten)</translation>
    </message>
    <message>
        <source>SURBL lists domains that appear in message bodies. Clean the site or stop linking to it, then use the analysis page to request removal.</source>
        <translation>SURBL listet Domains, die in Nachrichtentexten vorkommen. Bereinigen Sie die Website oder verlinken Sie sie nicht mehr und beantragen Sie dann über die Analyseseite die Entfernung.</translation>
    </message>
    <message>
        <source>low-volume public use allowed; heavy users need a data feed</source>
        <translation>geringe öffentliche Nutzung erlaubt; Vielnutzer benötigen einen Datenfeed</translation>
    </message>
    <message>
        <source>black: domains seen in spam only</source>
        <translation>schwarz: Domains, die nur in Spam vorkommen</translation>
    </message>
    <message>
        <source>grey: domains of bulk senders some people consider spam</source>
        <translation>grau: Domains von Massenversendern, die manche als Spam ansehen</translation>
    </message>
    <message>
        <source>red: domains seen in spam from newly registered or abused sources</source>
        <translation>rot: Domains aus Spam von neu registrierten oder missbrauchten Quellen</translation>
    </message>
    <message>
        <source>URIBL refused the query (public or high-volume resolver blocked)</source>
        <translation>URIBL hat die Abfrage abgelehnt (öffentlicher Resolver oder Resolver mit hohem Aufkommen gesperrt)</translation>
    </message>
    <message>
        <source>Look the domain up at admin.uribl.com (an account is needed to request removal) after removing what got it listed.</source>
        <translation>Prüfen Sie die Domain auf admin.uribl.com (für einen Entfernungsantrag ist ein Konto nötig), nachdem Sie beseitigt haben, was zur Listung geführt hat.</translation>
    </message>
    <message>
        <source>blocks Google, OpenDNS and big ISP resolvers: answers 127.0.0.1</source>
        <translation>sperrt Resolver von Google, OpenDNS und großen Providern: antwortet 127.0.0.1</translation>
    </message>
    <message>
        <source>the list refused the query</source>
        <translation>Die Liste hat die Abfrage abgelehnt</translation>
    </message>
    <message>
        <source>listed with a code this catalogue does not describe</source>
        <translation>gelistet mit einem Code, den dieser Katalog nicht beschreibt</translation>
    </message>
    <message>
        <source>No blocklist catalogue</source>
        <translation>Kein Blocklisten-Katalog</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>"%1" is not a domain name</source>
        <translation>„%1“ ist kein Domainname</translation>
    </message>
    <message>
        <source>Give at least one IP address or domain to check</source>
        <translation>Geben Sie mindestens eine IP-Adresse oder Domain zur Prüfung an</translation>
    </message>
    <message>
        <source>No zone in the catalogue checks this kind of target</source>
        <translation>Keine Zone im Katalog prüft diese Art von Ziel</translation>
    </message>
    <message>
        <source>this list needs a personal query key (set one in the settings)</source>
        <translation>Diese Liste benötigt einen persönlichen Abfrageschlüssel (in den Einstellungen festlegen)</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>the list did not answer its own test entry (%1), so "not listed" cannot be trusted: the list may refuse your DNS resolver or be out of service</source>
        <translation>Die Liste hat auf ihren eigenen Testeintrag (%1) nicht geantwortet, daher ist „nicht gelistet“ nicht verlässlich: Die Liste lehnt möglicherweise Ihren DNS-Resolver ab oder ist außer Betrieb</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>the answer %1 is outside 127.0.0.0/8: your DNS resolver rewrites answers, so the result means nothing</source>
        <translation>Die Antwort %1 liegt außerhalb von 127.0.0.0/8: Ihr DNS-Resolver schreibt Antworten um, daher ist das Ergebnis bedeutungslos</translation>
    </message>
    <message>
        <source>the list answered %1: %2</source>
        <translation>Die Liste antwortete %1: %2</translation>
    </message>
    <message>
        <source>the list also "lists" its never-listed test entry %1: your DNS resolver invents answers for names that do not exist</source>
        <translation>Die Liste „listet“ auch ihren nie gelisteten Testeintrag %1: Ihr DNS-Resolver erfindet Antworten für nicht existierende Namen</translation>
    </message>
</context>
<context>
    <name>BlocklistCommand</name>
    <message>
        <source>reason given:</source>
        <translation>angegebener Grund:</translation>
    </message>
    <message>
        <source>what to do:</source>
        <translation>was zu tun ist:</translation>
    </message>
    <message>
        <source>delisting page:</source>
        <translation>Seite zur Austragung:</translation>
    </message>
    <message>
        <source>%1 zones checked in %2 ms: %3 listed, %4 clean, %5 couldn't check</source>
        <translation>%1 Zonen in %2 ms geprüft: %3 gelistet, %4 sauber, %5 nicht prüfbar</translation>
    </message>
    <message>
        <source>Check IP addresses and domains against the DNS blocklists mail servers use. Each zone answers listed, clean or couldn't check.</source>
        <translation>IP-Adressen und Domains mit den DNS-Blocklisten prüfen, die Mailserver verwenden. Jede Zone antwortet mit gelistet, sauber oder nicht prüfbar.</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address to check (repeatable).</source>
        <translation>Zu prüfende IPv4- oder IPv6-Adresse (wiederholbar).</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Domain to check in the domain lists (repeatable).</source>
        <translation>In den Domain-Listen zu prüfende Domain (wiederholbar).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Only this zone (id or name, repeatable).</source>
        <translation>Nur diese Zone (ID oder Name, wiederholbar).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>Deadline per zone in milliseconds (default 6000).</source>
        <translation>Zeitlimit pro Zone in Millisekunden (Standard 6000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Abusix Mail Intelligence query key.</source>
        <translation>Abfrageschlüssel für Abusix Mail Intelligence.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>give --ip IP or --domain DOMAIN (see --help)</source>
        <translation>Geben Sie --ip IP oder --domain DOMAIN an (siehe --help)</translation>
    </message>
    <message>
        <source>--zone-timeout needs a positive number of milliseconds</source>
        <translation>--zone-timeout benötigt eine positive Anzahl Millisekunden</translation>
    </message>
    <message>
        <source>checked %1 of %2 zones</source>
        <translation>%1 von %2 Zonen geprüft</translation>
    </message>
</context>
<context>
    <name>BounceAnalyzer</name>
    <message>
        <source>The bounce could not be analysed (out of memory).</source>
        <translation>Der Bounce konnte nicht analysiert werden (zu wenig Speicher).</translation>
    </message>
</context>
<context>
    <name>BounceCase</name>
    <message>
        <source>Paste the bounce</source>
        <translation>Bounce einfügen</translation>
    </message>
    <message>
        <source>Verify the recipient address</source>
        <translation>Empfängeradresse prüfen</translation>
    </message>
    <message>
        <source>Recipient mailbox</source>
        <translation>Postfach des Empfängers</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Blocklisten</translation>
    </message>
    <message>
        <source>SPF, DKIM, DMARC</source>
        <translation>SPF, DKIM, DMARC</translation>
    </message>
    <message>
        <source>Content and sending activity</source>
        <translation>Inhalt und Versandaktivität</translation>
    </message>
    <message>
        <source>SMTP settings</source>
        <translation>SMTP-Einstellungen</translation>
    </message>
    <message>
        <source>Resend after fixing</source>
        <translation>Nach der Behebung erneut senden</translation>
    </message>
</context>
<context>
    <name>BounceParser</name>
    <message>
        <source>There is nothing to read: paste a bounce message or drop a file.</source>
        <translation>Es gibt nichts zu lesen: Fügen Sie einen Unzustellbarkeitsbericht ein oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <source>The input is %1 MB, more than the %2 MB a bounce can reasonably be.</source>
        <translation>Die Eingabe ist %1 MB groß, mehr als die %2 MB, die ein Bounce vernünftigerweise haben kann.</translation>
    </message>
    <message>
        <source>This is binary data, not the text of an e-mail. Paste the bounce message itself or save it as .eml and drop that file.</source>
        <translation>Das sind Binärdaten, kein E-Mail-Text. Fügen Sie den Unzustellbarkeitsbericht selbst ein oder speichern Sie ihn als .eml und ziehen Sie diese Datei hierher.</translation>
    </message>
    <message>
        <source>The message could not be read (out of memory).</source>
        <translation>Die Nachricht konnte nicht gelesen werden (zu wenig Speicher).</translation>
    </message>
    <message>
        <source>The message could not be read.</source>
        <translation>Die Nachricht konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>The message declares more than %n MIME parts; it was read as plain text.</source>
        <translation>
            <numerusform>Die Nachricht deklariert mehr als %n MIME-Teil; sie wurde als reiner Text gelesen.</numerusform>
            <numerusform>Die Nachricht deklariert mehr als %n MIME-Teile; sie wurde als reiner Text gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n KB of the text were read.</source>
        <translation>
            <numerusform>Nur das erste %n KB des Textes wurde gelesen.</numerusform>
            <numerusform>Nur die ersten %n KB des Textes wurden gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n recipients were read.</source>
        <translation>
            <numerusform>Nur der erste %n Empfänger wurde gelesen.</numerusform>
            <numerusform>Nur die ersten %n Empfänger wurden gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bounce was read from the message attached to this one.</source>
        <translation>Der Bounce wurde aus der an diese Nachricht angehängten Nachricht gelesen.</translation>
    </message>
    <message>
        <source>The feedback report names the source IP of the reported message.</source>
        <translation>Der Feedback-Bericht nennt die Quell-IP der gemeldeten Nachricht.</translation>
    </message>
    <message>
        <source>No delivery failure was found in this text.</source>
        <translation>In diesem Text wurde kein Zustellfehler gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>The message nests MIME parts more than %n levels deep; deeper parts were not read.</source>
        <translation>
            <numerusform>Die Nachricht verschachtelt MIME-Teile mehr als %n Ebene tief; tiefere Teile wurden nicht gelesen.</numerusform>
            <numerusform>Die Nachricht verschachtelt MIME-Teile mehr als %n Ebenen tief; tiefere Teile wurden nicht gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message has more than %n MIME parts; the rest were not read.</source>
        <translation>
            <numerusform>Die Nachricht hat mehr als %n MIME-Teil; der Rest wurde nicht gelesen.</numerusform>
            <numerusform>Die Nachricht hat mehr als %n MIME-Teile; der Rest wurde nicht gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A part of the message could not be decoded (broken encoding or binary data) and was skipped.</source>
        <translation>Ein Teil der Nachricht konnte nicht dekodiert werden (fehlerhafte Kodierung oder Binärdaten) und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8; it was read as Latin-1.</source>
        <translation>Der Text ist kein gültiges UTF-8; er wurde als Latin-1 gelesen.</translation>
    </message>
    <message>
        <source>The bounce was read from a message forwarded in this one.</source>
        <translation>Der Unzustellbarkeitsbericht wurde aus einer in dieser Nachricht weitergeleiteten Nachricht gelesen.</translation>
    </message>
</context>
<context>
    <name>BounceReason</name>
    <message>
        <source>The recipient address does not exist</source>
        <translation>Die Empfängeradresse existiert nicht</translation>
    </message>
    <message>
        <source>The recipient's server says it has no mailbox with this address. Check the address for typing mistakes or ask the person for their current address.</source>
        <translation>Der Server des Empfängers meldet, dass es kein Postfach mit dieser Adresse gibt. Prüfen Sie die Adresse auf Tippfehler oder fragen Sie die Person nach ihrer aktuellen Adresse.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist</source>
        <translation>Die Empfängerdomain existiert nicht</translation>
    </message>
    <message>
        <source>The part after the @ has no mail server in DNS or does not exist at all. Check the spelling of the domain.</source>
        <translation>Der Teil nach dem @ hat keinen Mailserver im DNS oder existiert überhaupt nicht. Prüfen Sie die Schreibweise der Domain.</translation>
    </message>
    <message>
        <source>The recipient domain never accepts mail</source>
        <translation>Die Empfängerdomain nimmt nie Mail an</translation>
    </message>
    <message>
        <source>The recipient's domain publishes a "null MX" record, which states that it does not receive e-mail at all. This address cannot work.</source>
        <translation>Die Domain des Empfängers veröffentlicht einen „Null-MX“-Eintrag, der besagt, dass sie überhaupt keine E-Mails empfängt. Diese Adresse kann nicht funktionieren.</translation>
    </message>
    <message>
        <source>The recipient address is malformed</source>
        <translation>Die Empfängeradresse ist fehlerhaft</translation>
    </message>
    <message>
        <source>The recipient address is not a valid e-mail address (wrong characters or missing parts). Correct the address and send again.</source>
        <translation>Die Empfängeradresse ist keine gültige E-Mail-Adresse (falsche Zeichen oder fehlende Teile). Korrigieren Sie die Adresse und senden Sie erneut.</translation>
    </message>
    <message>
        <source>The recipient has moved</source>
        <translation>Der Empfänger ist umgezogen</translation>
    </message>
    <message>
        <source>The mailbox has moved or the address now belongs to someone else, and no forwarding exists. Ask the person for their new address.</source>
        <translation>Das Postfach ist umgezogen oder die Adresse gehört jetzt jemand anderem, und es gibt keine Weiterleitung. Fragen Sie die Person nach ihrer neuen Adresse.</translation>
    </message>
    <message>
        <source>The recipient server does not accept mail</source>
        <translation>Der Empfängerserver nimmt keine Mail an</translation>
    </message>
    <message>
        <source>The host that answered for the recipient's domain says it does not take e-mail for it. The domain's mail setup is missing or wrong.</source>
        <translation>Der Host, der für die Domain des Empfängers geantwortet hat, gibt an, keine E-Mails für sie anzunehmen. Die Mail-Einrichtung der Domain fehlt oder ist falsch.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>Das Postfach des Empfängers ist voll</translation>
    </message>
    <message>
        <source>The address exists but its storage quota is used up. The person has to make room; you can try again later or reach them another way.</source>
        <translation>Die Adresse existiert, aber ihr Speicherkontingent ist aufgebraucht. Die Person muss Platz schaffen; Sie können es später erneut versuchen oder sie auf anderem Weg erreichen.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is disabled</source>
        <translation>Das Postfach des Empfängers ist deaktiviert</translation>
    </message>
    <message>
        <source>The address exists but the account has been disabled, suspended or locked, so it does not receive mail.</source>
        <translation>Die Adresse existiert, aber das Konto wurde deaktiviert, gesperrt oder blockiert und empfängt daher keine Mail.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is inactive</source>
        <translation>Das Postfach des Empfängers ist inaktiv</translation>
    </message>
    <message>
        <source>The account has not been used for a long time and its provider stopped delivering to it. Ask the person for an address they use.</source>
        <translation>Das Konto wurde lange nicht benutzt, und sein Anbieter stellt keine Mail mehr zu. Fragen Sie die Person nach einer Adresse, die sie verwendet.</translation>
    </message>
    <message>
        <source>Refused by the recipient's mail policy</source>
        <translation>Durch die Mail-Richtlinie des Empfängers abgelehnt</translation>
    </message>
    <message>
        <source>The recipient's organisation has a rule that refuses this message or sender. Only their administrator can change it; ask them to allow your mail.</source>
        <translation>Die Organisation des Empfängers hat eine Regel, die diese Nachricht oder diesen Absender ablehnt. Nur deren Administrator kann das ändern; bitten Sie darum, Ihre Mail zuzulassen.</translation>
    </message>
    <message>
        <source>You are not on the recipient's list of allowed senders</source>
        <translation>Sie stehen nicht auf der Liste der zugelassenen Absender des Empfängers</translation>
    </message>
    <message>
        <source>The recipient only accepts mail from senders or servers on an allow list, or not from outside its organisation. Ask them to add you.</source>
        <translation>Der Empfänger nimmt nur Mail von Absendern oder Servern auf einer Zulassungsliste an oder keine Mail von außerhalb seiner Organisation. Bitten Sie darum, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>The group or list accepts only authorised senders</source>
        <translation>Die Gruppe oder Liste nimmt nur berechtigte Absender an</translation>
    </message>
    <message>
        <source>The address is a group, mailing list or restricted mailbox that only members or approved senders may write to. Ask its owner for permission.</source>
        <translation>Die Adresse ist eine Gruppe, eine Mailingliste oder ein eingeschränktes Postfach, an das nur Mitglieder oder freigegebene Absender schreiben dürfen. Bitten Sie den Inhaber um Erlaubnis.</translation>
    </message>
    <message>
        <source>Your address is blocked by the recipient</source>
        <translation>Ihre Adresse wird vom Empfänger blockiert</translation>
    </message>
    <message>
        <source>The recipient or their administrator has put your address or domain on their own block list.</source>
        <translation>Der Empfänger oder sein Administrator hat Ihre Adresse oder Domain auf seine eigene Sperrliste gesetzt.</translation>
    </message>
    <message>
        <source>Your sending server's IP address is blocked</source>
        <translation>Die IP-Adresse Ihres Sendeservers ist gesperrt</translation>
    </message>
    <message>
        <source>The recipient's provider refuses connections or mail from the IP address of your sending server, usually because of its reputation. Request delisting and find out why.</source>
        <translation>Der Anbieter des Empfängers lehnt Verbindungen oder Mail von der IP-Adresse Ihres Sendeservers ab, meist wegen ihrer Reputation. Beantragen Sie die Austragung und finden Sie den Grund heraus.</translation>
    </message>
    <message>
        <source>Your domain is blocked</source>
        <translation>Ihre Domain ist gesperrt</translation>
    </message>
    <message>
        <source>The recipient's provider refuses mail that uses your domain, usually because it appears on a domain blocklist or has a bad reputation.</source>
        <translation>Der Anbieter des Empfängers lehnt Mail ab, die Ihre Domain verwendet, meist weil sie auf einer Domain-Blockliste steht oder eine schlechte Reputation hat.</translation>
    </message>
    <message>
        <source>Listed on a public blocklist</source>
        <translation>Auf einer öffentlichen Blockliste gelistet</translation>
    </message>
    <message>
        <source>A public blocklist (DNSBL such as Spamhaus, Barracuda or SpamCop) lists your sending IP address or domain, and the recipient's server uses that list.</source>
        <translation>Eine öffentliche Blockliste (DNSBL wie Spamhaus, Barracuda oder SpamCop) listet Ihre sendende IP-Adresse oder Domain, und der Server des Empfängers verwendet diese Liste.</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation>Schlechte Absender-Reputation</translation>
    </message>
    <message>
        <source>The recipient's provider rates your IP address or domain as a likely source of unwanted mail (complaints, volume, spam traps).</source>
        <translation>Der Anbieter des Empfängers stuft Ihre IP-Adresse oder Domain als wahrscheinliche Quelle unerwünschter Mail ein (Beschwerden, Menge, Spamfallen).</translation>
    </message>
    <message>
        <source>Microsoft 365 tenant over its sending threshold</source>
        <translation>Microsoft-365-Mandant hat seinen Sendeschwellenwert überschritten</translation>
    </message>
    <message>
        <source>Microsoft 365 stopped mail from your tenant because it exceeded sending thresholds or sent suspicious mail. Check the tenant for compromised accounts.</source>
        <translation>Microsoft 365 hat Mail von Ihrem Mandanten gestoppt, weil er Sendeschwellenwerte überschritten oder verdächtige Mail versendet hat. Prüfen Sie den Mandanten auf kompromittierte Konten.</translation>
    </message>
    <message>
        <source>Your account is banned from sending</source>
        <translation>Ihr Konto ist vom Versand ausgeschlossen</translation>
    </message>
    <message>
        <source>The sending account or service was blocked for spam or abuse and may not send mail until the provider lifts the restriction.</source>
        <translation>Das sendende Konto oder der Dienst wurde wegen Spam oder Missbrauch gesperrt und darf keine Mail versenden, bis der Anbieter die Einschränkung aufhebt.</translation>
    </message>
    <message>
        <source>SPF check failed</source>
        <translation>SPF-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The recipient's server checked your domain's SPF record and your sending server is not listed as allowed to send for it.</source>
        <translation>Der Server des Empfängers hat den SPF-Eintrag Ihrer Domain geprüft, und Ihr Sendeserver ist dort nicht als berechtigter Absender aufgeführt.</translation>
    </message>
    <message>
        <source>Your SPF record has errors</source>
        <translation>Ihr SPF-Eintrag enthält Fehler</translation>
    </message>
    <message>
        <source>Your domain's SPF record could not be evaluated (syntax error, too many DNS lookups, several records), so receivers treat it as failed.</source>
        <translation>Der SPF-Eintrag Ihrer Domain konnte nicht ausgewertet werden (Syntaxfehler, zu viele DNS-Abfragen, mehrere Einträge), daher werten Empfänger ihn als fehlgeschlagen.</translation>
    </message>
    <message>
        <source>DKIM signature failed</source>
        <translation>DKIM-Signatur fehlgeschlagen</translation>
    </message>
    <message>
        <source>The message had no valid DKIM signature: it is missing, its key cannot be found, or the message was changed after signing.</source>
        <translation>Die Nachricht hatte keine gültige DKIM-Signatur: Sie fehlt, ihr Schlüssel ist nicht auffindbar oder die Nachricht wurde nach dem Signieren verändert.</translation>
    </message>
    <message>
        <source>Rejected by the sender domain's DMARC policy</source>
        <translation>Durch die DMARC-Richtlinie der Absenderdomain abgelehnt</translation>
    </message>
    <message>
        <source>The message failed DMARC: neither SPF nor DKIM passed for the domain in the From header, and that domain's policy asks receivers to reject such mail.</source>
        <translation>Die Nachricht hat DMARC nicht bestanden: Weder SPF noch DKIM waren für die Domain im From-Header erfolgreich, und die Richtlinie dieser Domain fordert Empfänger auf, solche Mail abzulehnen.</translation>
    </message>
    <message>
        <source>The message is not authenticated</source>
        <translation>Die Nachricht ist nicht authentifiziert</translation>
    </message>
    <message>
        <source>The recipient requires every sender to pass SPF or DKIM, and this message passed neither.</source>
        <translation>Der Empfänger verlangt, dass jeder Absender SPF oder DKIM besteht, und diese Nachricht hat keines von beiden bestanden.</translation>
    </message>
    <message>
        <source>ARC validation failed</source>
        <translation>ARC-Validierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The message passed through a forwarder and its ARC authentication chain did not validate.</source>
        <translation>Die Nachricht lief über einen Weiterleitungsdienst, und ihre ARC-Authentifizierungskette war nicht gültig.</translation>
    </message>
    <message>
        <source>Classified as spam</source>
        <translation>Als Spam eingestuft</translation>
    </message>
    <message>
        <source>The recipient's spam filter judged the message itself to be unwanted mail: its wording, links or formatting.</source>
        <translation>Der Spamfilter des Empfängers hat die Nachricht selbst als unerwünscht bewertet: ihre Formulierungen, Links oder Formatierung.</translation>
    </message>
    <message>
        <source>A virus or malware was found</source>
        <translation>Ein Virus oder Schadsoftware wurde gefunden</translation>
    </message>
    <message>
        <source>The recipient's scanner found (or suspected) malware in the message or its attachments.</source>
        <translation>Der Scanner des Empfängers hat Schadsoftware in der Nachricht oder ihren Anhängen gefunden (oder vermutet).</translation>
    </message>
    <message>
        <source>Attachment not allowed</source>
        <translation>Anhang nicht erlaubt</translation>
    </message>
    <message>
        <source>The message carries an attachment type the recipient refuses, such as executable files or certain archives.</source>
        <translation>Die Nachricht enthält einen Anhangstyp, den der Empfänger ablehnt, etwa ausführbare Dateien oder bestimmte Archive.</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>Die Nachricht ist zu groß</translation>
    </message>
    <message>
        <source>The message is bigger than the recipient's server or mailbox accepts. Send smaller attachments or share a link instead.</source>
        <translation>Die Nachricht ist größer, als der Server oder das Postfach des Empfängers annimmt. Senden Sie kleinere Anhänge oder teilen Sie stattdessen einen Link.</translation>
    </message>
    <message>
        <source>A link in the message is on a blocklist</source>
        <translation>Ein Link in der Nachricht steht auf einer Blockliste</translation>
    </message>
    <message>
        <source>The message contains a link to a domain that a URL blocklist lists as used in spam or phishing.</source>
        <translation>Die Nachricht enthält einen Link auf eine Domain, die eine URL-Blockliste als in Spam oder Phishing verwendet führt.</translation>
    </message>
    <message>
        <source>The message is malformed</source>
        <translation>Die Nachricht ist fehlerhaft</translation>
    </message>
    <message>
        <source>The recipient's server could not accept the message because its structure or encoding is broken.</source>
        <translation>Der Server des Empfängers konnte die Nachricht nicht annehmen, weil ihre Struktur oder Kodierung fehlerhaft ist.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relaying verweigert</translation>
    </message>
    <message>
        <source>The server you sent to is not responsible for the recipient's domain and refuses to pass the message on. Usually the sending program uses the wrong server or does not log in.</source>
        <translation>Der Server, an den Sie gesendet haben, ist nicht für die Domain des Empfängers zuständig und weigert sich, die Nachricht weiterzuleiten. Meist verwendet das sendende Programm den falschen Server oder meldet sich nicht an.</translation>
    </message>
    <message>
        <source>The server requires you to log in</source>
        <translation>Der Server verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>The sending program connected without SMTP authentication, but the server only accepts mail from logged-in users.</source>
        <translation>Das sendende Programm hat sich ohne SMTP-Authentifizierung verbunden, aber der Server nimmt nur Mail von angemeldeten Benutzern an.</translation>
    </message>
    <message>
        <source>Login to the mail server failed</source>
        <translation>Anmeldung am Mailserver fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sending program's SMTP user name or password was refused, or this login method is disabled.</source>
        <translation>SMTP-Benutzername oder Passwort des sendenden Programms wurden abgelehnt, oder diese Anmeldemethode ist deaktiviert.</translation>
    </message>
    <message>
        <source>Encryption (TLS) is required</source>
        <translation>Verschlüsselung (TLS) ist erforderlich</translation>
    </message>
    <message>
        <source>One side insists on an encrypted connection (STARTTLS) that was not used or not offered.</source>
        <translation>Eine Seite besteht auf einer verschlüsselten Verbindung (STARTTLS), die nicht verwendet oder nicht angeboten wurde.</translation>
    </message>
    <message>
        <source>The encrypted connection failed</source>
        <translation>Die verschlüsselte Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The TLS connection could not be set up or verified: certificate, MTA-STS or DANE problem.</source>
        <translation>Die TLS-Verbindung konnte nicht aufgebaut oder überprüft werden: Problem mit Zertifikat, MTA-STS oder DANE.</translation>
    </message>
    <message>
        <source>Reverse DNS of your sending IP is missing or wrong</source>
        <translation>Reverse-DNS Ihrer sendenden IP fehlt oder ist falsch</translation>
    </message>
    <message>
        <source>Your sending server's IP address has no PTR record, or the name does not point back to the IP. Ask whoever runs the IP to set the PTR record.</source>
        <translation>Die IP-Adresse Ihres Sendeservers hat keinen PTR-Eintrag, oder der Name verweist nicht zurück auf die IP. Bitten Sie den Betreiber der IP, den PTR-Eintrag zu setzen.</translation>
    </message>
    <message>
        <source>Your server's HELO name was refused</source>
        <translation>Der HELO-Name Ihres Servers wurde abgelehnt</translation>
    </message>
    <message>
        <source>Your sending server introduces itself with a name the recipient rejects (not a fully qualified name, or one that does not exist in DNS).</source>
        <translation>Ihr Sendeserver stellt sich mit einem Namen vor, den der Empfänger ablehnt (kein vollqualifizierter Name oder einer, der im DNS nicht existiert).</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <translation>SMTP-Protokollfehler</translation>
    </message>
    <message>
        <source>The sending server sent a command the recipient's server did not understand or did not expect.</source>
        <translation>Der Sendeserver hat einen Befehl gesendet, den der Server des Empfängers nicht verstanden oder nicht erwartet hat.</translation>
    </message>
    <message>
        <source>The sender address was rejected</source>
        <translation>Die Absenderadresse wurde abgelehnt</translation>
    </message>
    <message>
        <source>The envelope sender address or its domain is invalid, does not exist in DNS or could not be verified by the recipient's server.</source>
        <translation>Die Envelope-Absenderadresse oder ihre Domain ist ungültig, existiert nicht im DNS oder konnte vom Server des Empfängers nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Sending from a domain not registered in Microsoft 365</source>
        <translation>Versand von einer nicht in Microsoft 365 registrierten Domain</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from domains that are not added and verified in your tenant. Add and verify the domain.</source>
        <translation>Microsoft 365 lehnt Mail von Domains ab, die nicht in Ihrem Mandanten hinzugefügt und verifiziert sind. Fügen Sie die Domain hinzu und verifizieren Sie sie.</translation>
    </message>
    <message>
        <source>Mail routing loop</source>
        <translation>Mail-Routing-Schleife</translation>
    </message>
    <message>
        <source>The message went round in circles between servers until it was stopped, usually because of a forwarding or MX misconfiguration.</source>
        <translation>Die Nachricht ist zwischen Servern im Kreis gelaufen, bis sie gestoppt wurde, meist wegen einer falsch eingerichteten Weiterleitung oder eines falschen MX.</translation>
    </message>
    <message>
        <source>Too many recipients in one message</source>
        <translation>Zu viele Empfänger in einer Nachricht</translation>
    </message>
    <message>
        <source>The message was addressed to more recipients than the server accepts at once. Send it in smaller batches.</source>
        <translation>Die Nachricht war an mehr Empfänger adressiert, als der Server auf einmal annimmt. Senden Sie sie in kleineren Gruppen.</translation>
    </message>
    <message>
        <source>The message breaks format rules</source>
        <translation>Die Nachricht verstößt gegen Formatregeln</translation>
    </message>
    <message>
        <source>The sending program produced a message that violates the standard (for example bare line feeds, missing or invalid headers, several From addresses).</source>
        <translation>Das sendende Programm hat eine Nachricht erzeugt, die gegen den Standard verstößt (zum Beispiel einzelne Zeilenvorschübe, fehlende oder ungültige Header, mehrere From-Adressen).</translation>
    </message>
    <message>
        <source>Mail over IPv6 not accepted</source>
        <translation>Mail über IPv6 wird nicht angenommen</translation>
    </message>
    <message>
        <source>The recipient does not accept mail from your IPv6 address. Send over IPv4 or meet their IPv6 requirements.</source>
        <translation>Der Empfänger nimmt keine Mail von Ihrer IPv6-Adresse an. Senden Sie über IPv4 oder erfüllen Sie seine IPv6-Anforderungen.</translation>
    </message>
    <message>
        <source>Forwarding to external addresses is blocked</source>
        <translation>Weiterleitung an externe Adressen ist gesperrt</translation>
    </message>
    <message>
        <source>Your own organisation's policy does not allow automatic forwarding to outside addresses.</source>
        <translation>Die Richtlinie Ihrer eigenen Organisation erlaubt keine automatische Weiterleitung an externe Adressen.</translation>
    </message>
    <message>
        <source>The sending server is misconfigured</source>
        <translation>Der Sendeserver ist falsch konfiguriert</translation>
    </message>
    <message>
        <source>A mail server on the way reported its own configuration error rather than a problem with the recipient.</source>
        <translation>Ein Mailserver auf dem Weg hat einen eigenen Konfigurationsfehler gemeldet und kein Problem mit dem Empfänger.</translation>
    </message>
    <message>
        <source>Delivery is delayed</source>
        <translation>Die Zustellung verzögert sich</translation>
    </message>
    <message>
        <source>The message has not been delivered yet; the sending server keeps retrying. Nothing to fix unless it finally fails.</source>
        <translation>Die Nachricht wurde noch nicht zugestellt; der Sendeserver versucht es weiter. Nichts zu beheben, solange sie nicht endgültig scheitert.</translation>
    </message>
    <message>
        <source>Delivery attempts expired</source>
        <translation>Zustellversuche abgelaufen</translation>
    </message>
    <message>
        <source>The sending server retried for its whole queue lifetime and then gave up. The underlying problem was temporary or unreachable servers.</source>
        <translation>Der Sendeserver hat es während der gesamten Verweildauer in der Warteschlange versucht und dann aufgegeben. Ursache waren vorübergehende Probleme oder nicht erreichbare Server.</translation>
    </message>
    <message>
        <source>The recipient's server could not be reached</source>
        <translation>Der Server des Empfängers war nicht erreichbar</translation>
    </message>
    <message>
        <source>The connection to the recipient's server failed (refused, timed out, DNS lookup failure). This usually resolves itself.</source>
        <translation>Die Verbindung zum Server des Empfängers ist fehlgeschlagen (abgelehnt, Zeitüberschreitung, DNS-Abfrage fehlgeschlagen). Das erledigt sich meist von selbst.</translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation>Greylisting</translation>
    </message>
    <message>
        <source>The recipient's server delays first-time senders on purpose; a normal server retries and gets through.</source>
        <translation>Der Server des Empfängers verzögert Erstabsender absichtlich; ein normaler Server versucht es erneut und kommt durch.</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>Too many messages or connections in a short time; the recipient's server asks to slow down and retry later.</source>
        <translation>Zu viele Nachrichten oder Verbindungen in kurzer Zeit; der Server des Empfängers bittet darum, langsamer zu senden und es später erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The recipient's server had a temporary problem</source>
        <translation>Der Server des Empfängers hatte ein vorübergehendes Problem</translation>
    </message>
    <message>
        <source>The recipient's server was busy, out of resources or had an internal error. Retrying later usually works.</source>
        <translation>Der Server des Empfängers war ausgelastet, hatte keine Ressourcen mehr oder einen internen Fehler. Ein späterer Versuch funktioniert meist.</translation>
    </message>
    <message>
        <source>Your sending limit is reached</source>
        <translation>Ihr Sendelimit ist erreicht</translation>
    </message>
    <message>
        <source>Your account or service reached its daily or hourly sending limit. Wait until the limit resets or raise it.</source>
        <translation>Ihr Konto oder Dienst hat sein tägliches oder stündliches Sendelimit erreicht. Warten Sie, bis das Limit zurückgesetzt wird, oder erhöhen Sie es.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>This is a success notice: the message was delivered.</source>
        <translation>Dies ist eine Erfolgsmeldung: Die Nachricht wurde zugestellt.</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Weitergegeben</translation>
    </message>
    <message>
        <source>This is a notice that the message was passed on to another server that does not report delivery.</source>
        <translation>Dies ist eine Mitteilung, dass die Nachricht an einen anderen Server weitergegeben wurde, der keine Zustellung meldet.</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <source>This is an automatic reply (out of office, vacation), not a delivery failure.</source>
        <translation>Dies ist eine automatische Antwort (Abwesenheit, Urlaub), kein Zustellfehler.</translation>
    </message>
    <message>
        <source>Complaint or feedback report</source>
        <translation>Beschwerde oder Feedback-Bericht</translation>
    </message>
    <message>
        <source>This is a feedback report (ARF): a recipient or provider reported a message as spam or abuse. It is not a bounce, but it matters for your reputation.</source>
        <translation>Dies ist ein Feedback-Bericht (ARF): Ein Empfänger oder Anbieter hat eine Nachricht als Spam oder Missbrauch gemeldet. Es ist kein Bounce, aber er ist wichtig für Ihre Reputation.</translation>
    </message>
    <message>
        <source>Reason not recognised</source>
        <translation>Grund nicht erkannt</translation>
    </message>
    <message>
        <source>The bounce does not say clearly why delivery failed.</source>
        <translation>Der Bounce sagt nicht eindeutig, warum die Zustellung fehlgeschlagen ist.</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>Recipient blocked by policy</source>
        <translation>Empfänger durch Richtlinie blockiert</translation>
    </message>
    <message>
        <source>Invalid recipient address</source>
        <translation>Ungültige Empfängeradresse</translation>
    </message>
    <message>
        <source>Recipient mailbox issue</source>
        <translation>Problem mit dem Postfach des Empfängers</translation>
    </message>
    <message>
        <source>Sender IP or domain on a blocklist</source>
        <translation>Absender-IP oder Domain auf einer Blockliste</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC failure</source>
        <translation>SPF-, DKIM- oder DMARC-Fehler</translation>
    </message>
    <message>
        <source>Spam filter, content or security</source>
        <translation>Spamfilter, Inhalt oder Sicherheit</translation>
    </message>
    <message>
        <source>Mail server configuration</source>
        <translation>Mailserver-Konfiguration</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Vorübergehendes Problem</translation>
    </message>
    <message>
        <source>Not a delivery failure</source>
        <translation>Kein Zustellfehler</translation>
    </message>
    <message>
        <source>Unknown cause</source>
        <translation>Unbekannte Ursache</translation>
    </message>
    <message>
        <source>The recipient's server accepted the address but its policy refuses mail from you.</source>
        <translation>Der Server des Empfängers hat die Adresse akzeptiert, aber seine Richtlinie lehnt Mail von Ihnen ab.</translation>
    </message>
    <message>
        <source>The address you wrote to does not exist: the mailbox or the whole domain is unknown.</source>
        <translation>Die Adresse, an die Sie geschrieben haben, existiert nicht: Das Postfach oder die ganze Domain ist unbekannt.</translation>
    </message>
    <message>
        <source>The address exists, but the mailbox cannot take mail right now: it is full, disabled or suspended.</source>
        <translation>Die Adresse existiert, aber das Postfach kann gerade keine Mail annehmen: Es ist voll, deaktiviert oder gesperrt.</translation>
    </message>
    <message>
        <source>The recipient's server refuses your sending server's IP address or your domain because of its reputation or a blocklist.</source>
        <translation>Der Server des Empfängers lehnt die IP-Adresse Ihres Sendeservers oder Ihre Domain wegen ihrer Reputation oder einer Blockliste ab.</translation>
    </message>
    <message>
        <source>Your message failed the sender checks (SPF, DKIM or DMARC) that prove it really comes from your domain.</source>
        <translation>Ihre Nachricht hat die Absenderprüfungen (SPF, DKIM oder DMARC) nicht bestanden, die belegen, dass sie wirklich von Ihrer Domain stammt.</translation>
    </message>
    <message>
        <source>A spam or security filter refused the message itself: its content, links, attachments or size.</source>
        <translation>Ein Spam- oder Sicherheitsfilter hat die Nachricht selbst abgelehnt: ihren Inhalt, ihre Links, Anhänge oder Größe.</translation>
    </message>
    <message>
        <source>A mail server setting stands in the way: relaying, authentication, encryption, reverse DNS or routing.</source>
        <translation>Eine Mailserver-Einstellung steht im Weg: Relaying, Authentifizierung, Verschlüsselung, Reverse-DNS oder Routing.</translation>
    </message>
    <message>
        <source>The failure is temporary: the sending server will retry, or you can resend later.</source>
        <translation>Der Fehler ist vorübergehend: Der Sendeserver versucht es erneut, oder Sie können später noch einmal senden.</translation>
    </message>
    <message>
        <source>This message is not a delivery failure (a delivery notice, auto-reply or report).</source>
        <translation>Diese Nachricht ist kein Zustellfehler (eine Zustellbenachrichtigung, automatische Antwort oder ein Bericht).</translation>
    </message>
    <message>
        <source>The bounce does not say clearly why delivery failed.</source>
        <translation>Der Bounce sagt nicht eindeutig, warum die Zustellung fehlgeschlagen ist.</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>CheckResultView</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Each check with its result; expand a row for details, raw records and the fix.</source>
        <translation>Jede Prüfung mit ihrem Ergebnis; klappen Sie eine Zeile auf für Details, Roh-Einträge und die Lösung.</translation>
    </message>
    <message>
        <source>Copy suggested &amp;record</source>
        <translation>Vorgeschlagenen &amp;Eintrag kopieren</translation>
    </message>
    <message>
        <source>Copies the record suggested for the selected check to the clipboard</source>
        <translation>Kopiert den für die ausgewählte Prüfung vorgeschlagenen Eintrag in die Zwischenablage</translation>
    </message>
    <message>
        <source>Copy ra&amp;w evidence</source>
        <translation>&amp;Rohdaten kopieren</translation>
    </message>
    <message>
        <source>Copies the records and replies of the selected check to the clipboard</source>
        <translation>Kopiert die Einträge und Antworten der ausgewählten Prüfung in die Zwischenablage</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Suggested record</source>
        <translation>Vorgeschlagener Eintrag</translation>
    </message>
    <message>
        <source>Suggested record copied to the clipboard.</source>
        <translation>Vorgeschlagener Eintrag in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Raw evidence copied to the clipboard.</source>
        <translation>Rohdaten in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>No failed recipient was found in the message.</source>
        <translation>In der Nachricht wurde kein fehlgeschlagener Empfänger gefunden.</translation>
    </message>
    <message>
        <source>The bounce says “%1”: %2</source>
        <translation>Der Bounce sagt „%1“: %2</translation>
    </message>
    <message>
        <source>Provider code %1: %2</source>
        <translation>Anbietercode %1: %2</translation>
    </message>
    <message>
        <source>Reply code %1: %2</source>
        <translation>Antwortcode %1: %2</translation>
    </message>
    <message>
        <source>Status code %1: %2</source>
        <translation>Statuscode %1: %2</translation>
    </message>
    <message>
        <source>The report says the message was %1.</source>
        <translation>Laut Bericht wurde die Nachricht %1.</translation>
    </message>
    <message>
        <source>The message was only delayed: the sending server keeps retrying.</source>
        <translation>Die Nachricht wurde nur verzögert: Der Sendeserver versucht es weiter.</translation>
    </message>
    <message>
        <source>The reply is a temporary (4xx) refusal.</source>
        <translation>Die Antwort ist eine vorübergehende (4xx) Ablehnung.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>DNS server to ask instead of the system's (IP address, optional :PORT; [IPv6]:PORT). Repeat for several.</source>
        <translation>DNS-Server, der statt des System-Servers gefragt wird (IP-Adresse, optional :PORT; [IPv6]:PORT). Für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>HOST[:PORT]</translation>
    </message>
    <message>
        <source>Wait this long for a DNS answer before the first retry (default %1).</source>
        <translation>So lange auf eine DNS-Antwort warten, bevor der erste erneute Versuch erfolgt (Standard %1).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>--dns-timeout must be a number of milliseconds from 1 to 60000, not "%1"</source>
        <translation>--dns-timeout muss eine Anzahl Millisekunden von 1 bis 60000 sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>ContentAdvisor</name>
    <message>
        <source>Content of the returned message</source>
        <translation>Inhalt der zurückgesendeten Nachricht</translation>
    </message>
    <message>
        <source>The bounce did not include the message body, so its content cannot be reviewed here.</source>
        <translation>Der Bounce enthielt den Nachrichtentext nicht, daher kann sein Inhalt hier nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Review the message you sent yourself: links, attachments, size and wording.</source>
        <translation>Prüfen Sie die Nachricht, die Sie gesendet haben, selbst: Links, Anhänge, Größe und Formulierungen.</translation>
    </message>
    <message>
        <source>Links through URL shorteners (%1): filters distrust them because they hide the target.</source>
        <translation>Links über URL-Kürzer (%1): Filter misstrauen ihnen, weil sie das Ziel verbergen.</translation>
    </message>
    <message numerus="yes">
        <source>The message has %n links; many links make a message look like a newsletter or spam.</source>
        <translation>
            <numerusform>Die Nachricht hat %n Link; viele Links lassen eine Nachricht wie einen Newsletter oder Spam aussehen.</numerusform>
            <numerusform>Die Nachricht hat %n Links; viele Links lassen eine Nachricht wie einen Newsletter oder Spam aussehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Risky attachments (%1): executables, scripts, macro documents and archives are often refused outright.</source>
        <translation>Riskante Anhänge (%1): Ausführbare Dateien, Skripte, Makro-Dokumente und Archive werden oft sofort abgelehnt.</translation>
    </message>
    <message>
        <source>The message is %1 MB; many servers refuse messages over 10 to 25 MB.</source>
        <translation>Die Nachricht ist %1 MB groß; viele Server lehnen Nachrichten über 10 bis 25 MB ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the message</source>
        <translation>
            <numerusform>%n Link in der Nachricht</numerusform>
            <numerusform>%n Links in der Nachricht</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked domains: %1</source>
        <translation>Verlinkte Domains: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
    <message>
        <source>Size: %1 KB</source>
        <translation>Größe: %1 KB</translation>
    </message>
    <message>
        <source>Nothing in the returned message stands out to a content filter.</source>
        <translation>Nichts in der zurückgesendeten Nachricht fällt einem Inhaltsfilter auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in the message may trigger content filters.</source>
        <translation>
            <numerusform>%n Punkt in der Nachricht kann Inhaltsfilter auslösen.</numerusform>
            <numerusform>%n Punkte in der Nachricht können Inhaltsfilter auslösen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove or replace what is listed above, then resend.</source>
        <translation>Entfernen oder ersetzen Sie das oben Aufgeführte und senden Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>DeliveryAction</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>verzögert</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>relayed</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>erweitert</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Reason read from the bounce: %1 (%2 %3)</source>
        <translation>Aus dem Bounce gelesener Grund: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>What the live checks say:</source>
        <translation>Was die Live-Prüfungen ergeben:</translation>
    </message>
    <message>
        <source>Needs input:</source>
        <translation>Angaben erforderlich:</translation>
    </message>
    <message>
        <source>Your fix plan:</source>
        <translation>Ihr Lösungsplan:</translation>
    </message>
    <message>
        <source>Read a bounce, run the live checks it calls for (DNS, SPF, DKIM, DMARC, blocklists) and print the fix plan. Progress goes to standard error.</source>
        <translation>Einen Bounce lesen, die dafür nötigen Live-Prüfungen ausführen (DNS, SPF, DKIM, DMARC, Blocklisten) und den Lösungsplan ausgeben. Der Fortschritt wird auf die Standardfehlerausgabe geschrieben.</translation>
    </message>
    <message>
        <source>The bounce (a file, or - for standard input).</source>
        <translation>Der Bounce (eine Datei oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Print JSON: analysis, investigation and plan.</source>
        <translation>JSON ausgeben: Analyse, Untersuchung und Plan.</translation>
    </message>
    <message>
        <source>Also write the whole case to FILE (.html, .md, .pdf or .json).</source>
        <translation>Zusätzlich den gesamten Fall in DATEI schreiben (.html, .md, .pdf oder .json).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Sending IP address (overrides the bounce).</source>
        <translation>Sendende IP-Adresse (überschreibt die Angabe aus dem Bounce).</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>HELO name of the sending server.</source>
        <translation>HELO-Name des Sendeservers.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Envelope sender address.</source>
        <translation>Envelope-Absenderadresse.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Sender domain.</source>
        <translation>Absenderdomain.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Domain of the From header.</source>
        <translation>Domain des From-Headers.</translation>
    </message>
    <message>
        <source>Recipient domain.</source>
        <translation>Empfängerdomain.</translation>
    </message>
    <message>
        <source>DKIM selector.</source>
        <translation>DKIM-Selektor.</translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation>SELEKTOR</translation>
    </message>
    <message>
        <source>DKIM signing domain (d=).</source>
        <translation>DKIM-Signaturdomain (d=).</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>Kein Fortschritt auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>give exactly one bounce file (or - for standard input)</source>
        <translation>Geben Sie genau eine Bounce-Datei an (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>checking: %1</source>
        <translation>Prüfe: %1</translation>
    </message>
    <message>
        <source>%1 of %2 checks done</source>
        <translation>%1 von %2 Prüfungen erledigt</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
</context>
<context>
    <name>DkimCheck</name>
    <message>
        <source>must be a non-empty array of selector names.</source>
        <translation>muss ein nicht leeres Array von Selektornamen sein.</translation>
    </message>
    <message>
        <source>"%1" is not a valid selector.</source>
        <translation>„%1“ ist kein gültiger Selektor.</translation>
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation>„%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>DKIM key %1</source>
        <translation>DKIM-Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 has TXT records, but none is a DKIM key.</source>
        <translation>%1 hat TXT-Einträge, aber keiner davon ist ein DKIM-Schlüssel.</translation>
    </message>
    <message>
        <source>Publish the DKIM public key your mail provider gives you as a TXT record at %1.</source>
        <translation>Veröffentlichen Sie den öffentlichen DKIM-Schlüssel, den Ihnen Ihr Mail-Anbieter gibt, als TXT-Eintrag unter %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n DKIM key records are published at this name; verifiers may pick any of them, so keep one.</source>
        <translation>
            <numerusform>Unter diesem Namen ist %n DKIM-Schlüsseleintrag veröffentlicht; Prüfer können jeden davon wählen, behalten Sie also nur einen.</numerusform>
            <numerusform>Unter diesem Namen sind %n DKIM-Schlüsseleinträge veröffentlicht; Prüfer können jeden davon wählen, behalten Sie also nur einen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DKIM key at %1 is revoked (empty p=): signatures with selector %2 fail.</source>
        <translation>Der DKIM-Schlüssel unter %1 ist widerrufen (leeres p=): Signaturen mit dem Selektor %2 schlagen fehl.</translation>
    </message>
    <message>
        <source>Sign with a current selector, or publish the active public key at %1.</source>
        <translation>Signieren Sie mit einem aktuellen Selektor oder veröffentlichen Sie den aktiven öffentlichen Schlüssel unter %1.</translation>
    </message>
    <message>
        <source>The DKIM key record at %1 is broken: %2</source>
        <translation>Der DKIM-Schlüsseleintrag unter %1 ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>Copy the key record again from your mail provider or DKIM signer; a record split into several strings must be published as one TXT record.</source>
        <translation>Kopieren Sie den Schlüsseleintrag erneut von Ihrem Mail-Anbieter oder DKIM-Signierer; ein in mehrere Zeichenketten aufgeteilter Eintrag muss als ein einziger TXT-Eintrag veröffentlicht werden.</translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA %1 Bit</translation>
    </message>
    <message>
        <source>%1 key at %2 is in testing mode (t=y): receivers may ignore DKIM results.</source>
        <translation>Der %1-Schlüssel unter %2 ist im Testmodus (t=y): Empfänger ignorieren DKIM-Ergebnisse möglicherweise.</translation>
    </message>
    <message>
        <source>Remove t=y from the record once signing works.</source>
        <translation>Entfernen Sie t=y aus dem Eintrag, sobald das Signieren funktioniert.</translation>
    </message>
    <message>
        <source>%1 key published at %2, with warnings.</source>
        <translation>%1-Schlüssel unter %2 veröffentlicht, mit Warnungen.</translation>
    </message>
    <message>
        <source>Generate a 2048-bit key under a new selector, publish it, then switch signing to it.</source>
        <translation>Erzeugen Sie einen 2048-Bit-Schlüssel unter einem neuen Selektor, veröffentlichen Sie ihn und stellen Sie dann das Signieren darauf um.</translation>
    </message>
    <message>
        <source>%1 key published at %2.</source>
        <translation>%1-Schlüssel unter %2 veröffentlicht.</translation>
    </message>
    <message>
        <source>t=s: signatures must use exactly d=%1 (no subdomains in i=).</source>
        <translation>t=s: Signaturen müssen genau d=%1 verwenden (keine Subdomains in i=).</translation>
    </message>
    <message>
        <source>DKIM keys of %1</source>
        <translation>DKIM-Schlüssel von %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Es wurde kein gültiger Domainname angegeben.</translation>
    </message>
    <message>
        <source>No DKIM key is published at %1.</source>
        <translation>Unter %1 ist kein DKIM-Schlüssel veröffentlicht.</translation>
    </message>
    <message>
        <source>Signatures made with selector %1 cannot be verified, so DKIM fails for them.</source>
        <translation>Mit dem Selektor %1 erstellte Signaturen können nicht überprüft werden, daher schlägt DKIM für sie fehl.</translation>
    </message>
    <message>
        <source>Publish the public key your mail provider or signer gives you as a TXT record at %1, or sign with a selector that is published.</source>
        <translation>Veröffentlichen Sie den öffentlichen Schlüssel, den Ihnen Ihr Mail-Anbieter oder Signierer gibt, als TXT-Eintrag unter %1, oder signieren Sie mit einem veröffentlichten Selektor.</translation>
    </message>
    <message numerus="yes">
        <source>No DKIM key found under %n common selector(s).</source>
        <translation>
            <numerusform>Unter %n gängigen Selektor wurde kein DKIM-Schlüssel gefunden.</numerusform>
            <numerusform>Unter %n gängigen Selektoren wurde kein DKIM-Schlüssel gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>DKIM may still be set up under another selector: the s= tag of a DKIM-Signature header names it (use --selector).</source>
        <translation>DKIM kann dennoch unter einem anderen Selektor eingerichtet sein: Das s=-Tag eines DKIM-Signature-Headers nennt ihn (verwenden Sie --selector).</translation>
    </message>
    <message numerus="yes">
        <source>%n selector lookup(s) failed and could not be checked.</source>
        <translation>
            <numerusform>%n Selektor-Abfrage ist fehlgeschlagen und konnte nicht geprüft werden.</numerusform>
            <numerusform>%n Selektor-Abfragen sind fehlgeschlagen und konnten nicht geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you do not sign mail with DKIM yet, turn it on at your mail provider and publish the key it gives you.</source>
        <translation>Wenn Sie Mail noch nicht mit DKIM signieren, schalten Sie es bei Ihrem Mail-Anbieter ein und veröffentlichen Sie den Schlüssel, den er Ihnen gibt.</translation>
    </message>
</context>
<context>
    <name>DkimRecord</name>
    <message>
        <source>The tag %1= appears more than once (RFC 6376 §3.2 makes the record invalid).</source>
        <translation>Das Tag %1= kommt mehr als einmal vor (laut RFC 6376 §3.2 ist der Eintrag damit ungültig).</translation>
    </message>
    <message>
        <source>v= must be the first tag of the record.</source>
        <translation>v= muss das erste Tag des Eintrags sein.</translation>
    </message>
    <message>
        <source>v=%1 is not a DKIM key record version (expected DKIM1).</source>
        <translation>v=%1 ist keine Version eines DKIM-Schlüsseleintrags (erwartet: DKIM1).</translation>
    </message>
    <message>
        <source>Unknown key type k=%1 (known: rsa, ed25519).</source>
        <translation>Unbekannter Schlüsseltyp k=%1 (bekannt: rsa, ed25519).</translation>
    </message>
    <message>
        <source>Unknown tag %1= is ignored.</source>
        <translation>Das unbekannte Tag %1= wird ignoriert.</translation>
    </message>
    <message>
        <source>The record has no p= tag (the public key), which is required.</source>
        <translation>Der Eintrag hat kein p=-Tag (den öffentlichen Schlüssel), das erforderlich ist.</translation>
    </message>
    <message>
        <source>The public key (p=) is not valid base64.</source>
        <translation>Der öffentliche Schlüssel (p=) ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The public key (p=) is not an RSA public key (DER SubjectPublicKeyInfo).</source>
        <translation>Der öffentliche Schlüssel (p=) ist kein öffentlicher RSA-Schlüssel (DER SubjectPublicKeyInfo).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; verifiers must reject keys under 1024 bits (RFC 8301).</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; Prüfer müssen Schlüssel unter 1024 Bit ablehnen (RFC 8301).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; 2048 bits is the current recommendation (RFC 8301).</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; 2048 Bit ist die aktuelle Empfehlung (RFC 8301).</translation>
    </message>
    <message>
        <source>An ed25519 key (RFC 8463) is 32 bytes; this one has %1.</source>
        <translation>Ein ed25519-Schlüssel (RFC 8463) ist 32 Byte lang; dieser hat %1.</translation>
    </message>
    <message>
        <source>Unknown hash algorithm h=%1.</source>
        <translation>Unbekannter Hash-Algorithmus h=%1.</translation>
    </message>
    <message>
        <source>h= allows only %1; signatures must use sha256 (RFC 8301).</source>
        <translation>h= erlaubt nur %1; Signaturen müssen sha256 verwenden (RFC 8301).</translation>
    </message>
    <message>
        <source>s=%1 does not allow the key to be used for email.</source>
        <translation>s=%1 erlaubt nicht, den Schlüssel für E-Mail zu verwenden.</translation>
    </message>
    <message>
        <source>Unknown flag t=%1 is ignored.</source>
        <translation>Das unbekannte Flag t=%1 wird ignoriert.</translation>
    </message>
</context>
<context>
    <name>DmarcAlignment</name>
    <message>
        <source>strict</source>
        <translation>strikt</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>gelockert</translation>
    </message>
    <message>
        <source>%1: no authenticated domain known.</source>
        <translation>%1: keine authentifizierte Domain bekannt.</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 ist gleich %2</translation>
    </message>
    <message>
        <source>%1 is not exactly %2</source>
        <translation>%1 ist nicht genau %2</translation>
    </message>
    <message>
        <source>%1 and %2 share the organizational domain %3</source>
        <translation>%1 und %2 haben die gemeinsame Organisationsdomain %3</translation>
    </message>
    <message>
        <source>%1 (organizational domain %2) is not under %3</source>
        <translation>%1 (Organisationsdomain %2) liegt nicht unter %3</translation>
    </message>
    <message>
        <source>%1 for %2 did not pass (%3), so it cannot count; alignment (%4): %5.</source>
        <translation>%1 für %2 wurde nicht bestanden (%3) und kann daher nicht zählen; Ausrichtung (%4): %5.</translation>
    </message>
    <message>
        <source>%1 passed for %2 and is aligned (%3): %4.</source>
        <translation>%1 für %2 bestanden und ausgerichtet (%3): %4.</translation>
    </message>
    <message>
        <source>%1 passed for %2 but is not aligned (%3): %4.</source>
        <translation>%1 für %2 bestanden, aber nicht ausgerichtet (%3): %4.</translation>
    </message>
    <message>
        <source>DKIM: no signature known.</source>
        <translation>DKIM: keine Signatur bekannt.</translation>
    </message>
    <message>
        <source>DMARC alignment for From: %1</source>
        <translation>DMARC-Ausrichtung für From: %1</translation>
    </message>
    <message>
        <source>The From domain is not known, so alignment cannot be judged.</source>
        <translation>Die From-Domain ist nicht bekannt, daher kann die Ausrichtung nicht beurteilt werden.</translation>
    </message>
    <message>
        <source>DMARC passes: both SPF and DKIM are aligned with %1.</source>
        <translation>DMARC besteht: SPF und DKIM sind beide an %1 ausgerichtet.</translation>
    </message>
    <message>
        <source>DMARC passes through aligned DKIM.</source>
        <translation>DMARC besteht durch ausgerichtetes DKIM.</translation>
    </message>
    <message>
        <source>DMARC fails: neither SPF nor DKIM passed for a domain aligned with %1.</source>
        <translation>DMARC schlägt fehl: Weder SPF noch DKIM wurden für eine an %1 ausgerichtete Domain bestanden.</translation>
    </message>
    <message>
        <source>Sign outgoing mail with DKIM using d=%1 (or a subdomain, with relaxed alignment), and send with a MAIL FROM (Return-Path) under %1 whose SPF record authorises the sending servers.</source>
        <translation>Signieren Sie ausgehende Mail mit DKIM mit d=%1 (oder einer Subdomain, bei gelockerter Ausrichtung) und senden Sie mit einem MAIL FROM (Return-Path) unter %1, dessen SPF-Eintrag die Sendeserver autorisiert.</translation>
    </message>
    <message>
        <source>DMARC passes through aligned SPF (no DKIM result known); an aligned DKIM signature would keep it passing when mail is forwarded.</source>
        <translation>DMARC besteht durch ausgerichtetes SPF (kein DKIM-Ergebnis bekannt); eine ausgerichtete DKIM-Signatur würde dafür sorgen, dass es auch bei Weiterleitung besteht.</translation>
    </message>
    <message>
        <source>DMARC passes through aligned SPF only (DKIM is not aligned; mail forwarding will break SPF).</source>
        <translation>DMARC besteht nur durch ausgerichtetes SPF (DKIM ist nicht ausgerichtet; eine Weiterleitung der Mail bricht SPF).</translation>
    </message>
</context>
<context>
    <name>DmarcCheck</name>
    <message>
        <source>DMARC policy of %1</source>
        <translation>DMARC-Richtlinie von %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Es wurde kein gültiger Domainname angegeben.</translation>
    </message>
    <message>
        <source>An SPF record is published at _dmarc.%1; SPF belongs at the domain itself.</source>
        <translation>Unter _dmarc.%1 ist ein SPF-Eintrag veröffentlicht; SPF gehört an die Domain selbst.</translation>
    </message>
    <message>
        <source>"%1" looks like a DMARC record but does not start with v=DMARC1, so receivers ignore it.</source>
        <translation>„%1“ sieht wie ein DMARC-Eintrag aus, beginnt aber nicht mit v=DMARC1, daher ignorieren Empfänger ihn.</translation>
    </message>
    <message>
        <source>Neither %1 nor its organizational domain %2 publishes a DMARC record.</source>
        <translation>Weder %1 noch seine Organisationsdomain %2 veröffentlicht einen DMARC-Eintrag.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record.</source>
        <translation>%1 veröffentlicht keinen DMARC-Eintrag.</translation>
    </message>
    <message>
        <source>Gmail, Yahoo and Outlook.com require DMARC from bulk senders, and without it anyone can send mail as your domain unchecked.</source>
        <translation>Gmail, Yahoo und Outlook.com verlangen DMARC von Massenversendern, und ohne DMARC kann jeder ungeprüft Mail im Namen Ihrer Domain senden.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.%1, e.g. the one below (start with p=none instead if you are not yet sure all your mail is signed, and read the reports).</source>
        <translation>Veröffentlichen Sie einen TXT-Eintrag unter _dmarc.%1, z. B. den unten stehenden (beginnen Sie stattdessen mit p=none, wenn Sie noch nicht sicher sind, dass Ihre gesamte Mail signiert ist, und lesen Sie die Berichte).</translation>
    </message>
    <message numerus="yes">
        <source>_dmarc.%1 has %n DMARC records; with more than one, receivers apply no DMARC policy at all (RFC 7489 §6.6.3).</source>
        <translation>
            <numerusform>_dmarc.%1 hat %n DMARC-Eintrag; bei mehr als einem wenden Empfänger überhaupt keine DMARC-Richtlinie an (RFC 7489 §6.6.3).</numerusform>
            <numerusform>_dmarc.%1 hat %n DMARC-Einträge; bei mehr als einem wenden Empfänger überhaupt keine DMARC-Richtlinie an (RFC 7489 §6.6.3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at _dmarc.%1.</source>
        <translation>Behalten Sie unter _dmarc.%1 genau einen TXT-Eintrag, der mit v=DMARC1 beginnt.</translation>
    </message>
    <message>
        <source>%1 has no record of its own; the record of its organizational domain %2 applies, with its subdomain policy sp=%3.</source>
        <translation>%1 hat keinen eigenen Eintrag; es gilt der Eintrag seiner Organisationsdomain %2 mit deren Subdomain-Richtlinie sp=%3.</translation>
    </message>
    <message>
        <source>Receivers following RFC 9989 walk up the DNS tree and would use the record at _dmarc.%1 instead; publish the policy you mean at one place to avoid the difference.</source>
        <translation>Empfänger, die RFC 9989 folgen, gehen den DNS-Baum nach oben und würden stattdessen den Eintrag unter _dmarc.%1 verwenden; veröffentlichen Sie die gewünschte Richtlinie an einer Stelle, um den Unterschied zu vermeiden.</translation>
    </message>
    <message>
        <source>No rua= address: you will get no aggregate reports telling you who sends as your domain.</source>
        <translation>Keine rua=-Adresse: Sie erhalten keine Sammelberichte darüber, wer im Namen Ihrer Domain sendet.</translation>
    </message>
    <message>
        <source>The DMARC record at _dmarc.%1 has errors: %2</source>
        <translation>Der DMARC-Eintrag unter _dmarc.%1 enthält Fehler: %2</translation>
    </message>
    <message>
        <source>Correct the record; a corrected version is suggested below.</source>
        <translation>Korrigieren Sie den Eintrag; unten wird eine korrigierte Fassung vorgeschlagen.</translation>
    </message>
    <message>
        <source>DMARC is published for %1 but not enforced (p=none): failing mail is still delivered.</source>
        <translation>DMARC ist für %1 veröffentlicht, wird aber nicht durchgesetzt (p=none): Fehlschlagende Mail wird trotzdem zugestellt.</translation>
    </message>
    <message>
        <source>Once the aggregate reports show all your mail passes, move to p=quarantine, then p=reject.</source>
        <translation>Sobald die Sammelberichte zeigen, dass Ihre gesamte Mail besteht, wechseln Sie zu p=quarantine und dann zu p=reject.</translation>
    </message>
    <message>
        <source>DMARC policy %1 for %2, with warnings.</source>
        <translation>DMARC-Richtlinie %1 für %2, mit Warnungen.</translation>
    </message>
    <message>
        <source>DMARC policy %1 for %2 (adkim=%3, aspf=%4).</source>
        <translation>DMARC-Richtlinie %1 für %2 (adkim=%3, aspf=%4).</translation>
    </message>
    <message>
        <source>DMARC report destinations of %1</source>
        <translation>DMARC-Berichtsziele von %1</translation>
    </message>
    <message>
        <source>Report destination(s) %1 have not authorised reports for %2, so receivers will not send them there.</source>
        <translation>Die Berichtsziele %1 haben Berichte für %2 nicht autorisiert, daher senden Empfänger sie nicht dorthin.</translation>
    </message>
    <message>
        <source>The receiving domain must publish a TXT record "v=DMARC1" at %1._report._dmarc.%2 (report services do this when you register the domain with them).</source>
        <translation>Die empfangende Domain muss einen TXT-Eintrag „v=DMARC1“ unter %1._report._dmarc.%2 veröffentlichen (Berichtsdienste tun dies, wenn Sie die Domain bei ihnen registrieren).</translation>
    </message>
    <message>
        <source>The authorisation of report destination(s) %1 could not be looked up.</source>
        <translation>Die Autorisierung der Berichtsziele %1 konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>Every external report destination has authorised reports for %1.</source>
        <translation>Jedes externe Berichtsziel hat Berichte für %1 autorisiert.</translation>
    </message>
</context>
<context>
    <name>DmarcRecord</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>Das Tag %1= kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <source>A DMARC record must start with v=DMARC1.</source>
        <translation>Ein DMARC-Eintrag muss mit v=DMARC1 beginnen.</translation>
    </message>
    <message>
        <source>Write the version exactly as v=DMARC1; some receivers compare it case-sensitively.</source>
        <translation>Schreiben Sie die Version genau als v=DMARC1; manche Empfänger vergleichen unter Beachtung der Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>Invalid value for %1=: "%2".</source>
        <translation>Ungültiger Wert für %1=: „%2“.</translation>
    </message>
    <message>
        <source>p= should come right after v=DMARC1; some receivers expect it there.</source>
        <translation>p= sollte direkt nach v=DMARC1 stehen; manche Empfänger erwarten es dort.</translation>
    </message>
    <message>
        <source>pct= was removed in RFC 9989; receivers following it apply the policy to all mail.</source>
        <translation>pct= wurde in RFC 9989 entfernt; Empfänger, die ihr folgen, wenden die Richtlinie auf alle Mail an.</translation>
    </message>
    <message>
        <source>rf= was removed in RFC 9989 and is ignored.</source>
        <translation>rf= wurde in RFC 9989 entfernt und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1= holds "%2", which is not a URI (write mailto:address).</source>
        <translation>%1= enthält „%2“, das ist keine URI (schreiben Sie mailto:adresse).</translation>
    </message>
    <message>
        <source>%1= holds "%2", which is not a valid mail address.</source>
        <translation>%1= enthält „%2“, das ist keine gültige Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1= uses %2:, which few receivers support; use mailto:.</source>
        <translation>%1= verwendet %2:, was nur wenige Empfänger unterstützen; verwenden Sie mailto:.</translation>
    </message>
    <message>
        <source>The size limit !%1 is obsolete (RFC 9989).</source>
        <translation>Die Größenbegrenzung !%1 ist veraltet (RFC 9989).</translation>
    </message>
    <message>
        <source>Unknown tag %1= is ignored.</source>
        <translation>Das unbekannte Tag %1= wird ignoriert.</translation>
    </message>
    <message>
        <source>The record has no p= tag: receivers treat that as p=none (RFC 9989), older ones ignore the whole record without a valid rua= (RFC 7489).</source>
        <translation>Der Eintrag hat kein p=-Tag: Empfänger werten das als p=none (RFC 9989), ältere ignorieren ohne gültiges rua= den gesamten Eintrag (RFC 7489).</translation>
    </message>
    <message>
        <source>fo= holds both 0 and 1; 1 already includes what 0 asks for.</source>
        <translation>fo= enthält sowohl 0 als auch 1; 1 umfasst bereits, was 0 verlangt.</translation>
    </message>
    <message>
        <source>More than two report addresses: some receivers send reports to the first two only.</source>
        <translation>Mehr als zwei Berichtsadressen: Manche Empfänger senden Berichte nur an die ersten beiden.</translation>
    </message>
</context>
<context>
    <name>Dns</name>
    <message>
        <source>could not contact the DNS server (connection refused)</source>
        <translation>Der DNS-Server konnte nicht erreicht werden (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <source>the DNS server did not understand the query (FORMERR)</source>
        <translation>Der DNS-Server hat die Abfrage nicht verstanden (FORMERR)</translation>
    </message>
    <message>
        <source>the DNS server does not implement this query (NOTIMP)</source>
        <translation>Der DNS-Server unterstützt diese Abfrage nicht (NOTIMP)</translation>
    </message>
    <message>
        <source>the DNS server sent a malformed answer</source>
        <translation>Der DNS-Server hat eine fehlerhafte Antwort gesendet</translation>
    </message>
    <message>
        <source>malformed DNS answer: %1</source>
        <translation>Fehlerhafte DNS-Antwort: %1</translation>
    </message>
    <message>
        <source>shorter than a DNS header</source>
        <translation>kürzer als ein DNS-Header</translation>
    </message>
    <message>
        <source>bad question section</source>
        <translation>fehlerhafter Fragenabschnitt</translation>
    </message>
    <message>
        <source>bad record header in the answer section</source>
        <translation>fehlerhafter Eintrags-Header im Antwortabschnitt</translation>
    </message>
    <message>
        <source>record data runs past the end</source>
        <translation>Eintragsdaten reichen über das Ende hinaus</translation>
    </message>
    <message>
        <source>bad data in a type %1 record</source>
        <translation>fehlerhafte Daten in einem Eintrag vom Typ %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid DNS name: %2</source>
        <translation>„%1“ ist kein gültiger DNS-Name: %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>it has an empty label (two dots in a row)</source>
        <translation>er enthält ein leeres Label (zwei Punkte hintereinander)</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>er enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the label "%1" cannot be converted to an A-label</source>
        <translation>das Label „%1“ kann nicht in ein A-Label umgewandelt werden</translation>
    </message>
    <message>
        <source>the label "%1" is longer than 63 characters</source>
        <translation>das Label „%1“ ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>it is longer than 253 characters</source>
        <translation>er ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>invalid DNS server "%1": %2</source>
        <translation>ungültiger DNS-Server „%1“: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>missing "]"</source>
        <translation>„]“ fehlt</translation>
    </message>
    <message>
        <source>expected ":PORT" after "]"</source>
        <translation>„:PORT“ nach „]“ erwartet</translation>
    </message>
    <message>
        <source>the port is missing after ":"</source>
        <translation>der Port fehlt nach „:“</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>"%1" is not a port number (1–65535)</source>
        <translation>„%1“ ist keine Portnummer (1–65535)</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>der Name existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the name exists but has no record of this type</source>
        <translation>der Name existiert, hat aber keinen Eintrag dieses Typs</translation>
    </message>
    <message>
        <source>the DNS server failed (SERVFAIL)</source>
        <translation>der DNS-Server ist fehlgeschlagen (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused the query (REFUSED)</source>
        <translation>der DNS-Server hat die Abfrage abgelehnt (REFUSED)</translation>
    </message>
    <message>
        <source>no answer from the DNS server (timeout)</source>
        <translation>keine Antwort vom DNS-Server (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>kein gültiger DNS-Name</translation>
    </message>
    <message>
        <source>the DNS query failed</source>
        <translation>die DNS-Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>no zone given for the reverse name</source>
        <translation>keine Zone für den Reverse-Namen angegeben</translation>
    </message>
</context>
<context>
    <name>DnsCommand</name>
    <message>
        <source>DNS report for %1</source>
        <translation>DNS-Bericht für %1</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Lösung: </translation>
    </message>
    <message>
        <source>Suggested record: </source>
        <translation>Vorgeschlagener Eintrag: </translation>
    </message>
    <message numerus="yes">
        <source>%n DNS queries</source>
        <translation>
            <numerusform>%n DNS-Abfrage</numerusform>
            <numerusform>%n DNS-Abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT and reverse-DNS report for a domain.</source>
        <translation>Bericht zu MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT und Reverse-DNS für eine Domain.</translation>
    </message>
    <message>
        <source>The domain to check.</source>
        <translation>Die zu prüfende Domain.</translation>
    </message>
    <message>
        <source>Sending IP: check its reverse DNS (and SPF for it).</source>
        <translation>Sendende IP: ihr Reverse-DNS (und SPF dafür) prüfen.</translation>
    </message>
    <message>
        <source>DKIM selector (repeatable); default: try common selectors.</source>
        <translation>DKIM-Selektor (wiederholbar); Standard: gängige Selektoren ausprobieren.</translation>
    </message>
    <message>
        <source>Header From domain, if it differs (DMARC, DKIM).</source>
        <translation>Domain des From-Headers, falls abweichend (DMARC, DKIM).</translation>
    </message>
    <message>
        <source>Envelope sender for the SPF evaluation.</source>
        <translation>Envelope-Absender für die SPF-Auswertung.</translation>
    </message>
    <message>
        <source>HELO name for the SPF evaluation.</source>
        <translation>HELO-Name für die SPF-Auswertung.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>give exactly one domain (see --help)</source>
        <translation>Geben Sie genau eine Domain an (siehe --help)</translation>
    </message>
    <message>
        <source>"%1" is not a domain name</source>
        <translation>„%1“ ist kein Domainname</translation>
    </message>
</context>
<context>
    <name>DomainReport</name>
    <message>
        <source>Domain and MX</source>
        <translation>Domain und MX</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>SPF-Eintrag</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DMARC of the From domain</source>
        <translation>DMARC der From-Domain</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>Reverse-DNS</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>TLS reporting</source>
        <translation>TLS-Berichte</translation>
    </message>
    <message>
        <source>SPF include tree</source>
        <translation>SPF-Include-Baum</translation>
    </message>
    <message>
        <source>SPF evaluation</source>
        <translation>SPF-Auswertung</translation>
    </message>
    <message>
        <source>SPF include tree of %1</source>
        <translation>SPF-Include-Baum von %1</translation>
    </message>
    <message>
        <source>The SPF tree of %1 needs %2 DNS lookups and %3 void lookups; over 10 (or 2 void) is a permanent error, so SPF fails.</source>
        <translation>Der SPF-Baum von %1 benötigt %2 DNS-Abfragen und %3 ergebnislose Abfragen; mehr als 10 (bzw. 2 ergebnislose) ist ein permanenter Fehler, daher schlägt SPF fehl.</translation>
    </message>
    <message>
        <source>Remove includes you no longer use, or replace some by the ip4:/ip6: ranges they stand for.</source>
        <translation>Entfernen Sie nicht mehr genutzte Includes oder ersetzen Sie einige durch die ip4:/ip6:-Bereiche, für die sie stehen.</translation>
    </message>
    <message>
        <source>The SPF tree of %1 uses %2 of 10 DNS lookups, with warnings.</source>
        <translation>Der SPF-Baum von %1 verwendet %2 von 10 DNS-Abfragen, mit Warnungen.</translation>
    </message>
    <message>
        <source>The SPF tree of %1 uses %2 of 10 DNS lookups.</source>
        <translation>Der SPF-Baum von %1 verwendet %2 von 10 DNS-Abfragen.</translation>
    </message>
    <message>
        <source>A corrected record is suggested below.</source>
        <translation>Unten wird ein korrigierter Eintrag vorgeschlagen.</translation>
    </message>
    <message>
        <source>SPF does not give DMARC an aligned pass for %1; DMARC then depends on an aligned DKIM signature.</source>
        <translation>SPF liefert DMARC kein ausgerichtetes Bestehen für %1; DMARC hängt dann von einer ausgerichteten DKIM-Signatur ab.</translation>
    </message>
    <message>
        <source>DKIM was not evaluated (that needs the message itself); give --selector to check the key your mail is signed with.</source>
        <translation>DKIM wurde nicht ausgewertet (dafür wird die Nachricht selbst benötigt); geben Sie --selector an, um den Schlüssel zu prüfen, mit dem Ihre Mail signiert ist.</translation>
    </message>
</context>
<context>
    <name>DomainSpfCheck</name>
    <message>
        <source>SPF record of %1</source>
        <translation>SPF-Eintrag von %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Es wurde kein gültiger Domainname angegeben.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>Receivers cannot tell which servers may send as %1; Gmail and Yahoo require SPF or DKIM from every sender.</source>
        <translation>Empfänger können nicht erkennen, welche Server im Namen von %1 senden dürfen; Gmail und Yahoo verlangen SPF oder DKIM von jedem Absender.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 listing your sending servers, ending in ~all or -all.</source>
        <translation>Veröffentlichen Sie unter %1 einen TXT-Eintrag, der Ihre Sendeserver aufführt und mit ~all oder -all endet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 publishes %n SPF records; RFC 7208 §4.5 makes that a permanent error, so SPF fails for all mail.</source>
        <translation>
            <numerusform>%1 veröffentlicht %n SPF-Eintrag; laut RFC 7208 §4.5 ist das ein permanenter Fehler, daher schlägt SPF für alle Mail fehl.</numerusform>
            <numerusform>%1 veröffentlicht %n SPF-Einträge; laut RFC 7208 §4.5 ist das ein permanenter Fehler, daher schlägt SPF für alle Mail fehl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge them into one record: keep one v=spf1 and put every mechanism before a single ~all or -all.</source>
        <translation>Führen Sie sie zu einem Eintrag zusammen: Behalten Sie ein v=spf1 und setzen Sie jeden Mechanismus vor ein einziges ~all oder -all.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error at position %2 (%3): %4</source>
        <translation>Der SPF-Eintrag von %1 hat an Position %2 einen Syntaxfehler (%3): %4</translation>
    </message>
    <message>
        <source>Correct the record; receivers treat a syntax error as a permanent error (SPF fails).</source>
        <translation>Korrigieren Sie den Eintrag; Empfänger werten einen Syntaxfehler als permanenten Fehler (SPF schlägt fehl).</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in %2, which lets any server pass or be neutral.</source>
        <translation>Der SPF-Eintrag von %1 endet auf %2, wodurch jeder Server besteht oder neutral ist.</translation>
    </message>
    <message>
        <source>End the record with ~all or -all.</source>
        <translation>Beenden Sie den Eintrag mit ~all oder -all.</translation>
    </message>
    <message>
        <source>%1 publishes one SPF record.</source>
        <translation>%1 veröffentlicht einen SPF-Eintrag.</translation>
    </message>
</context>
<context>
    <name>DomainTypo</name>
    <message>
        <source>must be an array of domain names.</source>
        <translation>muss ein Array von Domainnamen sein.</translation>
    </message>
    <message>
        <source>is not a domain name.</source>
        <translation>ist kein Domainname.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>must map a mistyped TLD to the intended one.</source>
        <translation>muss eine falsch geschriebene TLD der beabsichtigten zuordnen.</translation>
    </message>
</context>
<context>
    <name>FixPlan</name>
    <message>
        <source>Resend once the cause is fixed.</source>
        <translation>Senden Sie erneut, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>The live checks confirm this cause.</source>
        <translation>Die Live-Prüfungen bestätigen diese Ursache.</translation>
    </message>
    <message>
        <source>The bounce points here.</source>
        <translation>Der Bounce weist hierauf hin.</translation>
    </message>
    <message>
        <source>A possible cause worth checking.</source>
        <translation>Eine mögliche Ursache, die eine Prüfung wert ist.</translation>
    </message>
    <message>
        <source>Nothing points here for this bounce; you can skip it.</source>
        <translation>Für diesen Bounce weist nichts hierauf hin; Sie können diesen Punkt überspringen.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No check changed since the first run.</source>
        <translation>Seit dem ersten Durchlauf hat sich keine Prüfung geändert.</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>Korrigierte Adresse</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>den Empfänger</translation>
    </message>
    <message>
        <source>Hello, my email to %1 came back because the mailbox is full. Could you make some room and let me know, so I can send it again? Thank you.</source>
        <translation>Guten Tag, meine E-Mail an %1 ist zurückgekommen, weil das Postfach voll ist. Könnten Sie bitte etwas Platz schaffen und mir Bescheid geben, damit ich sie erneut senden kann? Vielen Dank.</translation>
    </message>
    <message>
        <source>Hello, my email to %1 was refused by your organisation's mail policy. Could you ask your mail administrator to allow mail from %2? Thank you.</source>
        <translation>Guten Tag, meine E-Mail an %1 wurde von der Mail-Richtlinie Ihrer Organisation abgelehnt. Könnten Sie bitte Ihren Mail-Administrator bitten, Mail von %2 zuzulassen? Vielen Dank.</translation>
    </message>
    <message>
        <source>my address</source>
        <translation>meine Adresse</translation>
    </message>
    <message>
        <source>Hello, my email to %1 came back: the mailbox seems disabled or unavailable. Is this address still in use, or should I write to another one? Thank you.</source>
        <translation>Guten Tag, meine E-Mail an %1 ist zurückgekommen: Das Postfach scheint deaktiviert oder nicht verfügbar zu sein. Wird diese Adresse noch verwendet, oder soll ich an eine andere schreiben? Vielen Dank.</translation>
    </message>
    <message>
        <source>Message to send the recipient by another channel</source>
        <translation>Nachricht, die Sie dem Empfänger auf anderem Weg senden können</translation>
    </message>
    <message>
        <source>Delisting: %1</source>
        <translation>Austragung: %1</translation>
    </message>
    <message>
        <source>Delisting at Microsoft</source>
        <translation>Austragung bei Microsoft</translation>
    </message>
    <message>
        <source>Microsoft uses its own block list. Request removal of the IP on the Office 365 delist portal.</source>
        <translation>Microsoft verwendet eine eigene Sperrliste. Beantragen Sie die Entfernung der IP im Office 365 Delist-Portal.</translation>
    </message>
    <message>
        <source>Suggested %1 record for %2</source>
        <translation>Vorgeschlagener %1-Eintrag für %2</translation>
    </message>
    <message>
        <source>Publish this TXT record at %1.</source>
        <translation>Veröffentlichen Sie diesen TXT-Eintrag unter %1.</translation>
    </message>
    <message>
        <source>What to change in the message</source>
        <translation>Was an der Nachricht zu ändern ist</translation>
    </message>
    <message>
        <source>Listed link domain %1</source>
        <translation>Gelistete Link-Domain %1</translation>
    </message>
    <message>
        <source>Remove links to this domain or get it delisted.</source>
        <translation>Entfernen Sie Links auf diese Domain oder lassen Sie sie austragen.</translation>
    </message>
    <message>
        <source>Hello, please set the reverse DNS (PTR record) of our IP address %1 to %2. The name %2 already resolves (or will resolve) to %1, so the reverse and forward lookups match. We need this for our mail server to be accepted by other mail providers. Thank you.</source>
        <translation>Guten Tag, bitte setzen Sie das Reverse-DNS (PTR-Eintrag) unserer IP-Adresse %1 auf %2. Der Name %2 löst bereits auf %1 auf (oder wird es künftig tun), sodass Rückwärts- und Vorwärtsauflösung übereinstimmen. Wir benötigen dies, damit unser Mailserver von anderen Mail-Anbietern akzeptiert wird. Vielen Dank.</translation>
    </message>
    <message>
        <source>Request to your hosting provider or ISP</source>
        <translation>Anfrage an Ihren Hosting-Provider oder Internetanbieter</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
</context>
<context>
    <name>GuideStep</name>
    <message>
        <source>%1: entry "%2": %3</source>
        <translation>%1: Eintrag „%2“: %3</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: kein gültiges JSON an Position %2: %3</translation>
    </message>
    <message>
        <source>Verify the recipient address</source>
        <translation>Empfängeradresse prüfen</translation>
    </message>
    <message>
        <source>Make sure the address exists: spelling, domain and the domain's mail servers.</source>
        <translation>Stellen Sie sicher, dass die Adresse existiert: Schreibweise, Domain und die Mailserver der Domain.</translation>
    </message>
    <message>
        <source>Compare the address letter by letter with one you know works (a business card, an earlier reply).</source>
        <translation>Vergleichen Sie die Adresse Buchstabe für Buchstabe mit einer, von der Sie wissen, dass sie funktioniert (Visitenkarte, frühere Antwort).</translation>
    </message>
    <message>
        <source>Check that the domain after the @ exists and accepts mail (see the mail server check).</source>
        <translation>Prüfen Sie, ob die Domain nach dem @ existiert und Mail annimmt (siehe die Mailserver-Prüfung).</translation>
    </message>
    <message>
        <source>If a typo is suggested, send to the corrected address instead.</source>
        <translation>Wenn ein Tippfehler vorgeschlagen wird, senden Sie stattdessen an die korrigierte Adresse.</translation>
    </message>
    <message>
        <source>If the address looks right, ask the recipient by another channel (phone, chat) for their current address.</source>
        <translation>Wenn die Adresse richtig aussieht, fragen Sie den Empfänger auf anderem Weg (Telefon, Chat) nach seiner aktuellen Adresse.</translation>
    </message>
    <message>
        <source>Check the recipient's mailbox</source>
        <translation>Postfach des Empfängers prüfen</translation>
    </message>
    <message>
        <source>The address exists but the mailbox refuses mail: full, disabled, or blocked by the recipient's policy.</source>
        <translation>Die Adresse existiert, aber das Postfach lehnt Mail ab: voll, deaktiviert oder durch die Richtlinie des Empfängers blockiert.</translation>
    </message>
    <message>
        <source>Read what the bounce says about the mailbox (full, disabled, suspended, not accepting mail from you).</source>
        <translation>Lesen Sie, was der Bounce über das Postfach sagt (voll, deaktiviert, gesperrt, nimmt keine Mail von Ihnen an).</translation>
    </message>
    <message>
        <source>Tell the recipient by another channel: a full mailbox must be emptied, a disabled one re-enabled by their administrator.</source>
        <translation>Informieren Sie den Empfänger auf anderem Weg: Ein volles Postfach muss geleert, ein deaktiviertes von seinem Administrator wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>If their organisation blocks you by policy, ask them to add your address or domain to their allowed senders.</source>
        <translation>Wenn seine Organisation Sie per Richtlinie blockiert, bitten Sie darum, Ihre Adresse oder Domain zu den zugelassenen Absendern hinzuzufügen.</translation>
    </message>
    <message>
        <source>For a full mailbox, wait until the recipient confirms there is space before you resend.</source>
        <translation>Warten Sie bei einem vollen Postfach, bis der Empfänger bestätigt, dass wieder Platz ist, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Get off blocklists</source>
        <translation>Von Blocklisten herunterkommen</translation>
    </message>
    <message>
        <source>Check your sending server's IP address and your domain against the DNS blocklists and request delisting.</source>
        <translation>Prüfen Sie die IP-Adresse Ihres Sendeservers und Ihre Domain anhand der DNS-Blocklisten und beantragen Sie die Austragung.</translation>
    </message>
    <message>
        <source>Find and stop what got you listed: a compromised account or computer, a bad mailing list, an open relay.</source>
        <translation>Finden und stoppen Sie, was zur Listung geführt hat: ein kompromittiertes Konto oder ein kompromittierter Rechner, eine schlechte Mailingliste, ein offenes Relay.</translation>
    </message>
    <message>
        <source>Request removal on each list's delisting page (links below), starting with the lists big receivers use.</source>
        <translation>Beantragen Sie die Entfernung auf der Austragungsseite jeder Liste (Links unten), beginnend mit den Listen, die große Empfänger verwenden.</translation>
    </message>
    <message>
        <source>Make sure the sending IP has reverse DNS that names your mail server and resolves back to it.</source>
        <translation>Stellen Sie sicher, dass die sendende IP ein Reverse-DNS hat, das Ihren Mailserver benennt und auf ihn zurück auflöst.</translation>
    </message>
    <message>
        <source>If you send through a provider's shared IP, contact the provider: only they can fix its reputation.</source>
        <translation>Wenn Sie über eine gemeinsam genutzte IP eines Anbieters senden, wenden Sie sich an den Anbieter: Nur er kann deren Reputation verbessern.</translation>
    </message>
    <message>
        <source>Fix SPF, DKIM and DMARC</source>
        <translation>SPF, DKIM und DMARC korrigieren</translation>
    </message>
    <message>
        <source>Make your domain's sender checks pass: SPF must include your sending server, DKIM must sign, and DMARC must find one of them aligned.</source>
        <translation>Sorgen Sie dafür, dass die Absenderprüfungen Ihrer Domain bestehen: SPF muss Ihren Sendeserver enthalten, DKIM muss signieren, und DMARC muss eines davon ausgerichtet vorfinden.</translation>
    </message>
    <message>
        <source>Publish an SPF record that includes every server and service that sends mail for your domain.</source>
        <translation>Veröffentlichen Sie einen SPF-Eintrag, der jeden Server und Dienst enthält, der Mail für Ihre Domain versendet.</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at your mail provider and publish the key it gives you.</source>
        <translation>Schalten Sie die DKIM-Signatur bei Ihrem Mail-Anbieter ein und veröffentlichen Sie den Schlüssel, den er Ihnen gibt.</translation>
    </message>
    <message>
        <source>Publish a DMARC record; start with p=none and reports, tighten once SPF or DKIM pass and align.</source>
        <translation>Veröffentlichen Sie einen DMARC-Eintrag; beginnen Sie mit p=none und Berichten und verschärfen Sie ihn, sobald SPF oder DKIM bestehen und ausgerichtet sind.</translation>
    </message>
    <message>
        <source>Make sure the From domain matches the SPF (envelope) domain or the DKIM d= domain.</source>
        <translation>Stellen Sie sicher, dass die From-Domain mit der SPF-Domain (Envelope) oder der DKIM-Domain d= übereinstimmt.</translation>
    </message>
    <message>
        <source>Review content and sending activity</source>
        <translation>Inhalt und Versandaktivität prüfen</translation>
    </message>
    <message>
        <source>A spam or security filter refused the message itself. Look at links, attachments, size and how many messages you sent.</source>
        <translation>Ein Spam- oder Sicherheitsfilter hat die Nachricht selbst abgelehnt. Sehen Sie sich Links, Anhänge, Größe und die Zahl der gesendeten Nachrichten an.</translation>
    </message>
    <message>
        <source>Remove URL shorteners and links to domains on blocklists; link to your own domain.</source>
        <translation>Entfernen Sie URL-Kürzer und Links auf Domains, die auf Blocklisten stehen; verlinken Sie auf Ihre eigene Domain.</translation>
    </message>
    <message>
        <source>Do not attach executables, scripts or macro documents; share large or risky files by link.</source>
        <translation>Hängen Sie keine ausführbaren Dateien, Skripte oder Makro-Dokumente an; teilen Sie große oder riskante Dateien per Link.</translation>
    </message>
    <message>
        <source>Keep the message under the receiver's size limit (often 10 to 25 MB after encoding).</source>
        <translation>Halten Sie die Nachricht unter der Größenbegrenzung des Empfängers (oft 10 bis 25 MB nach der Kodierung).</translation>
    </message>
    <message>
        <source>Avoid sudden bursts of mail to many recipients; send bulk mail through a proper mailing service.</source>
        <translation>Vermeiden Sie plötzliche Mengen von Mail an viele Empfänger; versenden Sie Massenmail über einen richtigen Versanddienst.</translation>
    </message>
    <message>
        <source>Write a clear subject and plain text; avoid all-caps, many exclamation marks and image-only messages.</source>
        <translation>Schreiben Sie einen klaren Betreff und schlichten Text; vermeiden Sie durchgehende Großbuchstaben, viele Ausrufezeichen und reine Bildnachrichten.</translation>
    </message>
    <message>
        <source>Check your mail server settings</source>
        <translation>Mailserver-Einstellungen prüfen</translation>
    </message>
    <message>
        <source>Test the outgoing server your mail program uses: host, port, encryption and login.</source>
        <translation>Testen Sie den Postausgangsserver, den Ihr Mailprogramm verwendet: Host, Port, Verschlüsselung und Anmeldung.</translation>
    </message>
    <message>
        <source>Use your provider's outgoing server name, port 587 with STARTTLS or port 465 with TLS.</source>
        <translation>Verwenden Sie den Namen des Postausgangsservers Ihres Anbieters, Port 587 mit STARTTLS oder Port 465 mit TLS.</translation>
    </message>
    <message>
        <source>Turn on authentication with your full email address and password (or an app password).</source>
        <translation>Schalten Sie die Authentifizierung mit Ihrer vollständigen E-Mail-Adresse und Ihrem Passwort (oder einem App-Passwort) ein.</translation>
    </message>
    <message>
        <source>Send only through a server that is allowed to relay for your domain.</source>
        <translation>Senden Sie nur über einen Server, der für Ihre Domain weiterleiten (relayen) darf.</translation>
    </message>
    <message>
        <source>If you run your own server: reverse DNS, HELO name and TLS must be set up correctly.</source>
        <translation>Wenn Sie einen eigenen Server betreiben: Reverse-DNS, HELO-Name und TLS müssen korrekt eingerichtet sein.</translation>
    </message>
    <message>
        <source>Resend after fixing the cause</source>
        <translation>Nach Behebung der Ursache erneut senden</translation>
    </message>
    <message>
        <source>Re-run the checks to confirm the fix, then send the message again.</source>
        <translation>Führen Sie die Prüfungen erneut aus, um die Behebung zu bestätigen, und senden Sie die Nachricht dann noch einmal.</translation>
    </message>
    <message>
        <source>Re-run every check and compare with the results before the fix.</source>
        <translation>Führen Sie jede Prüfung erneut aus und vergleichen Sie mit den Ergebnissen vor der Behebung.</translation>
    </message>
    <message>
        <source>Send the original message again (not a reply to the bounce).</source>
        <translation>Senden Sie die ursprüngliche Nachricht erneut (keine Antwort auf den Bounce).</translation>
    </message>
    <message>
        <source>If it bounces again, paste the new bounce: the reason may have changed.</source>
        <translation>Wenn sie erneut zurückkommt, fügen Sie den neuen Bounce ein: Der Grund kann sich geändert haben.</translation>
    </message>
</context>
<context>
    <name>Investigation</name>
    <message>
        <source>Enter the public IP address of the server that sent your message. It is in the Received headers of a message you sent (the first hop outside your network), or ask your provider.</source>
        <translation>Geben Sie die öffentliche IP-Adresse des Servers ein, der Ihre Nachricht gesendet hat. Sie steht in den Received-Headern einer von Ihnen gesendeten Nachricht (die erste Station außerhalb Ihres Netzes), oder fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>Enter the domain of your sender address (the part after the @).</source>
        <translation>Geben Sie die Domain Ihrer Absenderadresse ein (den Teil nach dem @).</translation>
    </message>
    <message>
        <source>Enter the domain of the address you wrote to (the part after the @).</source>
        <translation>Geben Sie die Domain der Adresse ein, an die Sie geschrieben haben (den Teil nach dem @).</translation>
    </message>
    <message>
        <source>Enter the domain that signs your mail with DKIM (usually your sender domain).</source>
        <translation>Geben Sie die Domain ein, die Ihre Mail mit DKIM signiert (meist Ihre Absenderdomain).</translation>
    </message>
    <message>
        <source>Enter the domain of the From address your recipients see.</source>
        <translation>Geben Sie die Domain der From-Adresse ein, die Ihre Empfänger sehen.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Geben Sie %1 ein.</translation>
    </message>
    <message>
        <source>The bounce did not say whether a DKIM signature passed; only SPF could be weighed.</source>
        <translation>Der Bounce sagte nicht, ob eine DKIM-Signatur bestanden hat; nur SPF konnte bewertet werden.</translation>
    </message>
    <message>
        <source>The recipient domain cannot receive mail (no such domain, null MX or no mail server).</source>
        <translation>Die Empfängerdomain kann keine Mail empfangen (Domain existiert nicht, Null-MX oder kein Mailserver).</translation>
    </message>
    <message>
        <source>The recipient domain itself cannot receive mail, so the address is wrong rather than the mailbox.</source>
        <translation>Die Empfängerdomain selbst kann keine Mail empfangen, daher ist eher die Adresse falsch als das Postfach.</translation>
    </message>
    <message>
        <source>The recipient domain has working mail servers now; the failure may have been temporary or fixed since.</source>
        <translation>Die Empfängerdomain hat jetzt funktionierende Mailserver; der Fehler war möglicherweise vorübergehend oder ist inzwischen behoben.</translation>
    </message>
    <message>
        <source>The recipient domain accepts mail; only its server knows which mailboxes exist, and the bounce speaks for it.</source>
        <translation>Die Empfängerdomain nimmt Mail an; nur ihr Server weiß, welche Postfächer existieren, und der Bounce spricht für ihn.</translation>
    </message>
    <message>
        <source>Listed on a blocklist that large mail providers use.</source>
        <translation>Auf einer Blockliste gelistet, die große Mail-Anbieter verwenden.</translation>
    </message>
    <message>
        <source>Listed on a smaller blocklist; some receivers use it.</source>
        <translation>Auf einer kleineren Blockliste gelistet; manche Empfänger verwenden sie.</translation>
    </message>
    <message>
        <source>The blocklists could not be checked from this network.</source>
        <translation>Die Blocklisten konnten aus diesem Netz nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Not listed on any public blocklist that answered; the receiver may use its own reputation data (Microsoft and Gmail do), so follow its delisting steps.</source>
        <translation>Auf keiner öffentlichen Blockliste gelistet, die geantwortet hat; der Empfänger verwendet möglicherweise eigene Reputationsdaten (Microsoft und Gmail tun das), folgen Sie also seinen Schritten zur Austragung.</translation>
    </message>
    <message>
        <source>The sending IP has no working reverse DNS, which hurts its reputation.</source>
        <translation>Die sendende IP hat kein funktionierendes Reverse-DNS, was ihrer Reputation schadet.</translation>
    </message>
    <message>
        <source>SPF does not pass for the sending IP (result: %1).</source>
        <translation>SPF besteht für die sendende IP nicht (Ergebnis: %1).</translation>
    </message>
    <message>
        <source>SPF passes for the sending IP.</source>
        <translation>SPF besteht für die sendende IP.</translation>
    </message>
    <message>
        <source>The DKIM key is missing or broken.</source>
        <translation>Der DKIM-Schlüssel fehlt oder ist fehlerhaft.</translation>
    </message>
    <message>
        <source>A DKIM key is published.</source>
        <translation>Ein DKIM-Schlüssel ist veröffentlicht.</translation>
    </message>
    <message>
        <source>The DMARC record has a problem.</source>
        <translation>Der DMARC-Eintrag hat ein Problem.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes with a domain aligned to the From domain, so DMARC fails.</source>
        <translation>Weder SPF noch DKIM bestehen mit einer an der From-Domain ausgerichteten Domain, daher schlägt DMARC fehl.</translation>
    </message>
    <message>
        <source>DMARC alignment passes now; the failure may have been fixed since, or happened at a forwarder.</source>
        <translation>Die DMARC-Ausrichtung besteht jetzt; der Fehler ist möglicherweise inzwischen behoben oder trat bei einem Weiterleitungsdienst auf.</translation>
    </message>
    <message>
        <source>The sending IP has no forward-confirmed reverse DNS.</source>
        <translation>Die sendende IP hat kein vorwärtsbestätigtes Reverse-DNS.</translation>
    </message>
    <message>
        <source>The sending IP's reverse DNS is correct now.</source>
        <translation>Das Reverse-DNS der sendenden IP ist jetzt korrekt.</translation>
    </message>
    <message>
        <source>The returned message has content that filters dislike.</source>
        <translation>Die zurückgesendete Nachricht hat Inhalte, die Filter nicht mögen.</translation>
    </message>
    <message>
        <source>Nothing in the returned message stands out.</source>
        <translation>Nichts in der zurückgesendeten Nachricht fällt auf.</translation>
    </message>
    <message>
        <source>A domain linked in the message is on a domain blocklist.</source>
        <translation>Eine in der Nachricht verlinkte Domain steht auf einer Domain-Blockliste.</translation>
    </message>
    <message>
        <source>The sending IP is on a major blocklist; the recipient's policy may be reacting to it.</source>
        <translation>Die sendende IP steht auf einer großen Blockliste; die Richtlinie des Empfängers reagiert möglicherweise darauf.</translation>
    </message>
    <message>
        <source>confirmed by the live checks</source>
        <translation>durch die Live-Prüfungen bestätigt</translation>
    </message>
    <message>
        <source>not supported by the live checks</source>
        <translation>durch die Live-Prüfungen nicht gestützt</translation>
    </message>
    <message>
        <source>the live checks neither confirm nor refute it</source>
        <translation>die Live-Prüfungen bestätigen oder widerlegen es nicht</translation>
    </message>
    <message>
        <source>no live check can test this</source>
        <translation>keine Live-Prüfung kann dies testen</translation>
    </message>
    <message>
        <source>Recipient domain and mail servers</source>
        <translation>Empfängerdomain und Mailserver</translation>
    </message>
    <message>
        <source>Sending IP on blocklists</source>
        <translation>Sendende IP auf Blocklisten</translation>
    </message>
    <message>
        <source>Sender domain on blocklists</source>
        <translation>Absenderdomain auf Blocklisten</translation>
    </message>
    <message>
        <source>Reverse DNS of the sending IP</source>
        <translation>Reverse-DNS der sendenden IP</translation>
    </message>
    <message>
        <source>SPF for the sending IP</source>
        <translation>SPF für die sendende IP</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>DKIM-Schlüssel</translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>DMARC-Eintrag</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <translation>DMARC-Ausrichtung</translation>
    </message>
    <message>
        <source>Content of the message</source>
        <translation>Inhalt der Nachricht</translation>
    </message>
    <message>
        <source>Linked domains on blocklists</source>
        <translation>Verlinkte Domains auf Blocklisten</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown cause id “%1”</source>
        <translation>unbekannte Ursachen-ID „%1“</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>doppelte ID</translation>
    </message>
    <message>
        <source>this reason is required by the classifier</source>
        <translation>dieser Grund wird vom Klassifizierer benötigt</translation>
    </message>
    <message>
        <source>unknown reason id “%1”</source>
        <translation>unbekannte Grund-ID „%1“</translation>
    </message>
    <message>
        <source>“%1” is not a status code, range or wildcard</source>
        <translation>„%1“ ist kein Statuscode, Bereich oder Platzhalter</translation>
    </message>
    <message>
        <source>duplicate code</source>
        <translation>doppelter Code</translation>
    </message>
    <message>
        <source>“%1” is not an SMTP reply code</source>
        <translation>„%1“ ist kein SMTP-Antwortcode</translation>
    </message>
    <message>
        <source>field “spans” must not be empty</source>
        <translation>das Feld „spans“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>duplicate command</source>
        <translation>doppelter Befehl</translation>
    </message>
    <message>
        <source>“hints” only make sense with “regex”</source>
        <translation>„hints“ ergeben nur zusammen mit „regex“ Sinn</translation>
    </message>
    <message>
        <source>unknown reason id “%1” in “excludes”</source>
        <translation>unbekannte Grund-ID „%1“ in „excludes“</translation>
    </message>
    <message>
        <source>needs at least one of “phrases” or “regex”</source>
        <translation>benötigt mindestens eines von „phrases“ oder „regex“</translation>
    </message>
    <message>
        <source>invalid regex “%1”: %2 at offset %3</source>
        <translation>ungültiger regulärer Ausdruck „%1“: %2 an Position %3</translation>
    </message>
    <message>
        <source>“%1” is not a reply code or class</source>
        <translation>„%1“ ist kein Antwortcode und keine Antwortklasse</translation>
    </message>
    <message>
        <source>empty phrase</source>
        <translation>leere Phrase</translation>
    </message>
    <message>
        <source>empty hint</source>
        <translation>leerer Hinweis</translation>
    </message>
    <message>
        <source>field “at” must be “recipient-server”</source>
        <translation>das Feld „at“ muss „recipient-server“ sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: entry “%2”: %3</source>
        <translation>%1: Eintrag „%2“: %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>die oberste Ebene muss ein Objekt sein</translation>
    </message>
    <message>
        <source>missing field “%1”</source>
        <translation>fehlendes Feld „%1“</translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>field “%1” must be a non-empty string</source>
        <translation>das Feld „%1“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>field “weight” must be a number in (0, 1]</source>
        <translation>das Feld „weight“ muss eine Zahl in (0, 1] sein</translation>
    </message>
    <message>
        <source>field “%1” must be an array of strings</source>
        <translation>das Feld „%1“ muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>field “%1” must contain only non-empty strings</source>
        <translation>das Feld „%1“ darf nur nicht leere Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>missing array “%1”</source>
        <translation>fehlendes Array „%1“</translation>
    </message>
    <message>
        <source>field “priority” must be a number</source>
        <translation>das Feld „priority“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>field “persistent” must be true or false</source>
        <translation>das Feld „persistent“ muss true oder false sein</translation>
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
        <translation>Sch&amp;ritte:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>The steps of the diagnosis with their state; choose one to open it</source>
        <translation>Die Schritte der Diagnose mit ihrem Status; wählen Sie einen aus, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Goes to the previous step that applies</source>
        <translation>Wechselt zum vorherigen zutreffenden Schritt</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Goes to the next step that applies</source>
        <translation>Wechselt zum nächsten zutreffenden Schritt</translation>
    </message>
    <message>
        <source>Details and transcript</source>
        <translation>Details und Protokoll</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Every check and its outcome as it happened; passwords are hidden</source>
        <translation>Jede Prüfung und ihr Ergebnis im zeitlichen Ablauf; Passwörter werden ausgeblendet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Bounce…</source>
        <translation>Bounce ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a saved bounce message</source>
        <translation>Einen gespeicherten Unzustellbarkeitsbericht öffnen</translation>
    </message>
    <message>
        <source>&amp;Paste Bounce</source>
        <translation>Bounce &amp;einfügen</translation>
    </message>
    <message>
        <source>Replace the bounce with the clipboard's text</source>
        <translation>Den Bounce durch den Text aus der Zwischenablage ersetzen</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>&amp;Cancel Check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Details and Transcript</source>
        <translation>&amp;Details und Protokoll</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Help for This Step</source>
        <translation>Hilfe zu diesem &amp;Schritt</translation>
    </message>
    <message>
        <source>&amp;About Bounce Doctor</source>
        <translation>Ü&amp;ber Bounce Doctor</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
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
        <translation>Dieser Schritt trifft auf Ihren Bounce zu.</translation>
    </message>
    <message>
        <source>%1 — Bounce Doctor</source>
        <translation>%1 — Bounce Doctor</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>About Bounce Doctor</source>
        <translation>Über Bounce Doctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bounce Doctor %1&lt;/h3&gt;&lt;p&gt;Reads the bounce you received, proves its cause with live DNS, blocklist and SMTP checks, and guides you through the fix.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bounce Doctor %1&lt;/h3&gt;&lt;p&gt;Liest den erhaltenen Unzustellbarkeitsbericht, weist seine Ursache mit Live-Prüfungen von DNS, Blocklisten und SMTP nach und führt Sie durch die Behebung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>DNS checks are unavailable: %1</source>
        <translation>DNS-Prüfungen sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>MtaStsCheck</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>Das Tag %1= kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <source>The record must start with v=STSv1.</source>
        <translation>Der Eintrag muss mit v=STSv1 beginnen.</translation>
    </message>
    <message>
        <source>The record has no id= tag, which is required.</source>
        <translation>Der Eintrag hat kein id=-Tag, das erforderlich ist.</translation>
    </message>
    <message>
        <source>id=%1 must be 1 to 32 letters or digits.</source>
        <translation>id=%1 muss aus 1 bis 32 Buchstaben oder Ziffern bestehen.</translation>
    </message>
    <message>
        <source>MTA-STS of %1</source>
        <translation>MTA-STS von %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Es wurde kein gültiger Domainname angegeben.</translation>
    </message>
    <message>
        <source>%1 does not publish MTA-STS (optional: it makes senders insist on TLS when delivering to you).</source>
        <translation>%1 veröffentlicht kein MTA-STS (optional: Es veranlasst Absender, bei der Zustellung an Sie auf TLS zu bestehen).</translation>
    </message>
    <message numerus="yes">
        <source>_mta-sts.%1 has %n MTA-STS records; with more than one, senders ignore MTA-STS (RFC 8461 §3.1).</source>
        <translation>
            <numerusform>_mta-sts.%1 hat %n MTA-STS-Eintrag; bei mehr als einem ignorieren Absender MTA-STS (RFC 8461 §3.1).</numerusform>
            <numerusform>_mta-sts.%1 hat %n MTA-STS-Einträge; bei mehr als einem ignorieren Absender MTA-STS (RFC 8461 §3.1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one v=STSv1 record.</source>
        <translation>Behalten Sie genau einen v=STSv1-Eintrag.</translation>
    </message>
    <message>
        <source>The policy file https://mta-sts.%1/.well-known/mta-sts.txt was not fetched; open it in a browser to check it.</source>
        <translation>Die Richtliniendatei https://mta-sts.%1/.well-known/mta-sts.txt wurde nicht abgerufen; öffnen Sie sie in einem Browser, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>The MTA-STS record of %1 is invalid: %2</source>
        <translation>Der MTA-STS-Eintrag von %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Publish "v=STSv1; id=&lt;a new id, e.g. the date&gt;" and change the id whenever the policy file changes.</source>
        <translation>Veröffentlichen Sie „v=STSv1; id=&lt;eine neue ID, z. B. das Datum&gt;“ und ändern Sie die ID, sobald sich die Richtliniendatei ändert.</translation>
    </message>
    <message>
        <source>%1 publishes MTA-STS (%2).</source>
        <translation>%1 veröffentlicht MTA-STS (%2).</translation>
    </message>
</context>
<context>
    <name>MxCheck</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Es wurde kein gültiger Domainname angegeben.</translation>
    </message>
    <message>
        <source>Spelling of %1</source>
        <translation>Schreibweise von %1</translation>
    </message>
    <message>
        <source>%1 looks like a typo of %2.</source>
        <translation>%1 sieht wie ein Tippfehler von %2 aus.</translation>
    </message>
    <message>
        <source>If the address was meant for %1, correct it and send again; mail to a mistyped domain bounces or reaches a stranger.</source>
        <translation>Wenn die Adresse für %1 gedacht war, korrigieren Sie sie und senden Sie erneut; Mail an eine falsch geschriebene Domain kommt zurück oder erreicht einen Fremden.</translation>
    </message>
    <message>
        <source>Check the recipient address: did you mean @%1?</source>
        <translation>Prüfen Sie die Empfängeradresse: Meinten Sie @%1?</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domain %1</translation>
    </message>
    <message>
        <source>The domain %1 does not exist (NXDOMAIN).</source>
        <translation>Die Domain %1 existiert nicht (NXDOMAIN).</translation>
    </message>
    <message>
        <source>Check the spelling of the domain. If it is yours, it may have expired: check its registration.</source>
        <translation>Prüfen Sie die Schreibweise der Domain. Wenn es Ihre ist, ist sie möglicherweise abgelaufen: Prüfen Sie ihre Registrierung.</translation>
    </message>
    <message>
        <source>The domain %1 exists.</source>
        <translation>Die Domain %1 existiert.</translation>
    </message>
    <message>
        <source>Mail servers (MX) of %1</source>
        <translation>Mailserver (MX) von %1</translation>
    </message>
    <message>
        <source>%1 does not exist, so it has no mail servers.</source>
        <translation>%1 existiert nicht und hat daher keine Mailserver.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail.</source>
        <translation>%1 veröffentlicht einen Null-MX (RFC 7505): Die Domain nimmt keine Mail an.</translation>
    </message>
    <message>
        <source>Mail to any address at %1 is refused by design, and receivers may also refuse mail sent from it.</source>
        <translation>Mail an jede Adresse unter %1 wird grundsätzlich abgelehnt, und Empfänger lehnen möglicherweise auch von dort gesendete Mail ab.</translation>
    </message>
    <message>
        <source>If %1 should receive mail, replace the "0 ." MX record with your mail server's MX records.</source>
        <translation>Wenn %1 Mail empfangen soll, ersetzen Sie den MX-Eintrag „0 .“ durch die MX-Einträge Ihres Mailservers.</translation>
    </message>
    <message>
        <source>%1 mixes a null MX with other MX records, which RFC 7505 forbids.</source>
        <translation>%1 mischt einen Null-MX mit anderen MX-Einträgen, was RFC 7505 verbietet.</translation>
    </message>
    <message>
        <source>Remove the "0 ." MX record, or all the others if the domain should not receive mail.</source>
        <translation>Entfernen Sie den MX-Eintrag „0 .“ oder alle anderen, wenn die Domain keine Mail empfangen soll.</translation>
    </message>
    <message>
        <source>%1 has no MX record; mail goes to its own address (%2) as an implicit MX.</source>
        <translation>%1 hat keinen MX-Eintrag; Mail geht als impliziter MX an die eigene Adresse der Domain (%2).</translation>
    </message>
    <message>
        <source>This works only if that host runs a mail server; some senders do not use the fallback.</source>
        <translation>Das funktioniert nur, wenn auf diesem Host ein Mailserver läuft; manche Absender verwenden diesen Rückfall nicht.</translation>
    </message>
    <message>
        <source>Publish an MX record naming the mail server, e.g. "%1. MX 10 mail.%1.".</source>
        <translation>Veröffentlichen Sie einen MX-Eintrag, der den Mailserver benennt, z. B. „%1. MX 10 mail.%1.“.</translation>
    </message>
    <message>
        <source>%1 has no MX record and no A/AAAA record: it cannot receive mail.</source>
        <translation>%1 hat weder einen MX- noch einen A/AAAA-Eintrag: Die Domain kann keine Mail empfangen.</translation>
    </message>
    <message>
        <source>Publish MX records for %1 pointing to your mail server.</source>
        <translation>Veröffentlichen Sie MX-Einträge für %1, die auf Ihren Mailserver zeigen.</translation>
    </message>
    <message>
        <source>MX %1 is an IP address; an MX record must name a host (RFC 7505 §3, RFC 5321 §5.1), and most senders will not deliver to it.</source>
        <translation>MX %1 ist eine IP-Adresse; ein MX-Eintrag muss einen Host benennen (RFC 7505 §3, RFC 5321 §5.1), und die meisten Absender stellen nicht dorthin zu.</translation>
    </message>
    <message>
        <source>%1 is listed more than once.</source>
        <translation>%1 ist mehr als einmal aufgeführt.</translation>
    </message>
    <message>
        <source>MX %1 is an alias (CNAME) of %2; RFC 2181 §10.3 forbids that, and some senders refuse to use it.</source>
        <translation>MX %1 ist ein Alias (CNAME) von %2; RFC 2181 §10.3 verbietet das, und manche Absender weigern sich, ihn zu verwenden.</translation>
    </message>
    <message>
        <source>The address of MX %1 could not be looked up.</source>
        <translation>Die Adresse von MX %1 konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>MX %1 has no A or AAAA record, so nobody can deliver to it.</source>
        <translation>MX %1 hat keinen A- oder AAAA-Eintrag, daher kann niemand dorthin zustellen.</translation>
    </message>
    <message>
        <source>The MX hosts of %1 could not be looked up.</source>
        <translation>Die MX-Hosts von %1 konnten nicht abgefragt werden.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n MX host(s) of %1 has an address: the domain cannot receive mail.</source>
        <translation>
            <numerusform>Der %n MX-Host von %1 hat keine Adresse: Die Domain kann keine Mail empfangen.</numerusform>
            <numerusform>Keiner der %n MX-Hosts von %1 hat eine Adresse: Die Domain kann keine Mail empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the MX hosts A/AAAA records, or point the MX records at your working mail server.</source>
        <translation>Geben Sie den MX-Hosts A/AAAA-Einträge oder lassen Sie die MX-Einträge auf Ihren funktionierenden Mailserver zeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n MX host(s), with problems.</source>
        <translation>
            <numerusform>%1 hat %n MX-Host, mit Problemen.</numerusform>
            <numerusform>%1 hat %n MX-Hosts, mit Problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Point every MX record at a host name that has its own A/AAAA records (not a CNAME, not an IP address).</source>
        <translation>Lassen Sie jeden MX-Eintrag auf einen Hostnamen zeigen, der eigene A/AAAA-Einträge hat (kein CNAME, keine IP-Adresse).</translation>
    </message>
    <message>
        <source>%1 receives mail at %2.</source>
        <translation>%1 empfängt Mail über %2.</translation>
    </message>
</context>
<context>
    <name>PtrNameClassifier</name>
    <message>
        <source>must be a non-empty array.</source>
        <translation>muss ein nicht leeres Array sein.</translation>
    </message>
    <message>
        <source>needs an id and a description.</source>
        <translation>benötigt eine ID und eine Beschreibung.</translation>
    </message>
    <message>
        <source>scope must be "host" or "name".</source>
        <translation>scope muss „host“ oder „name“ sein.</translation>
    </message>
    <message>
        <source>the regex is invalid: %1</source>
        <translation>der reguläre Ausdruck ist ungültig: %1</translation>
    </message>
    <message>
        <source>id %1 is used twice.</source>
        <translation>die ID %1 wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>contains the IP address itself</source>
        <translation>enthält die IP-Adresse selbst</translation>
    </message>
</context>
<context>
    <name>RdnsCheck</name>
    <message>
        <source>Reverse DNS of %1</source>
        <translation>Reverse-DNS von %1</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Sample request: "Please set the reverse DNS (PTR) record of %1 to mail.example.com. That name already has an A record pointing to %1, and it is the name our mail server uses in HELO." (Replace mail.example.com with your mail server's name.)</source>
        <translation>Beispielanfrage: „Bitte setzen Sie den Reverse-DNS-Eintrag (PTR) von %1 auf mail.example.com. Dieser Name hat bereits einen A-Eintrag, der auf %1 zeigt, und ist der Name, den unser Mailserver im HELO verwendet.“ (Ersetzen Sie mail.example.com durch den Namen Ihres Mailservers.)</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR) record.</source>
        <translation>%1 hat keinen Reverse-DNS-Eintrag (PTR).</translation>
    </message>
    <message>
        <source>Many receivers (Outlook.com, Gmail, AOL/Yahoo and most ISPs) refuse or junk mail from an IP without reverse DNS.</source>
        <translation>Viele Empfänger (Outlook.com, Gmail, AOL/Yahoo und die meisten Internetanbieter) lehnen Mail von einer IP ohne Reverse-DNS ab oder stufen sie als Junk ein.</translation>
    </message>
    <message>
        <source>Only whoever owns the IP range can set its PTR record: ask your hosting provider or ISP (or use the reverse-DNS setting in your cloud console) to point it at your mail server's name, and make sure that name has an A/AAAA record back to this IP.
%1</source>
        <translation>Nur der Inhaber des IP-Bereichs kann dessen PTR-Eintrag setzen: Bitten Sie Ihren Hosting-Provider oder Internetanbieter (oder verwenden Sie die Reverse-DNS-Einstellung in Ihrer Cloud-Konsole), ihn auf den Namen Ihres Mailservers zeigen zu lassen, und stellen Sie sicher, dass dieser Name einen A/AAAA-Eintrag zurück auf diese IP hat.
%1</translation>
    </message>
    <message numerus="yes">
        <source>The IP has %n PTR records; one is best, as some receivers only look at the first.</source>
        <translation>
            <numerusform>Die IP hat %n PTR-Eintrag; einer ist am besten, da manche Empfänger nur den ersten betrachten.</numerusform>
            <numerusform>Die IP hat %n PTR-Einträge; einer ist am besten, da manche Empfänger nur den ersten betrachten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reverse DNS of %1 is %2, but %2 does not resolve back to %1 (not forward-confirmed).</source>
        <translation>Das Reverse-DNS von %1 ist %2, aber %2 löst nicht zurück auf %1 auf (nicht vorwärtsbestätigt).</translation>
    </message>
    <message>
        <source>Add an A/AAAA record for %1 pointing to %2, or have the PTR changed to a name that does. The PTR is changed by whoever owns the IP range (hosting provider or ISP).
%3</source>
        <translation>Fügen Sie einen A/AAAA-Eintrag für %1 hinzu, der auf %2 zeigt, oder lassen Sie den PTR auf einen Namen ändern, der das tut. Der PTR wird vom Inhaber des IP-Bereichs geändert (Hosting-Provider oder Internetanbieter).
%3</translation>
    </message>
    <message>
        <source>%1 has forward-confirmed reverse DNS (%2), but the name looks generic.</source>
        <translation>%1 hat vorwärtsbestätigtes Reverse-DNS (%2), aber der Name sieht generisch aus.</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>Der Name %1.</translation>
    </message>
    <message>
        <source>Receivers treat generic names as home or dynamic connections and often refuse direct mail from them.</source>
        <translation>Empfänger behandeln generische Namen als private oder dynamische Anschlüsse und lehnen direkte Mail von ihnen oft ab.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or ISP to set a PTR that names your mail server (e.g. mail.yourdomain), with a matching A/AAAA record.
%1</source>
        <translation>Bitten Sie Ihren Hosting-Provider oder Internetanbieter, einen PTR zu setzen, der Ihren Mailserver benennt (z. B. mail.ihredomain), mit passendem A/AAAA-Eintrag.
%1</translation>
    </message>
    <message>
        <source>%1 has forward-confirmed reverse DNS: %2.</source>
        <translation>%1 hat vorwärtsbestätigtes Reverse-DNS: %2.</translation>
    </message>
</context>
<context>
    <name>ReceivedChain</name>
    <message>
        <source>The returned message has no Received headers, so the sending IP is unknown.</source>
        <translation>Die zurückgesendete Nachricht hat keine Received-Header, daher ist die sendende IP unbekannt.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n Received headers names a public client address, so the sending IP could not be taken from them.</source>
        <translation>
            <numerusform>Der %n Received-Header nennt keine öffentliche Client-Adresse, daher konnte die sendende IP nicht daraus entnommen werden.</numerusform>
            <numerusform>Keiner der %n Received-Header nennt eine öffentliche Client-Adresse, daher konnte die sendende IP nicht daraus entnommen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed server</source>
        <translation>ein unbenannter Server</translation>
    </message>
    <message>
        <source>Hop %1 of %2 (from %3 by %4) is an authenticated submission: %3 is the sender's own client, the only public address in the chain. The server that relayed it onwards is %4.</source>
        <translation>Station %1 von %2 (von %3 durch %4) ist eine authentifizierte Einlieferung: %3 ist der eigene Client des Absenders, die einzige öffentliche Adresse in der Kette. Der Server, der sie weitergeleitet hat, ist %4.</translation>
    </message>
    <message numerus="yes">
        <source>Hop %1 of %2 (from %3 by %4) is where the message entered the first public server; %n earlier hop(s) used private or loopback addresses.</source>
        <translation>
            <numerusform>Station %1 von %2 (von %3 durch %4) ist die Stelle, an der die Nachricht den ersten öffentlichen Server erreichte; %n frühere Station verwendete private oder Loopback-Adressen.</numerusform>
            <numerusform>Station %1 von %2 (von %3 durch %4) ist die Stelle, an der die Nachricht den ersten öffentlichen Server erreichte; %n frühere Stationen verwendeten private oder Loopback-Adressen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hop %1 of %2 (from %3 by %4) is the oldest hop with a public client address: where the message entered the first public server.</source>
        <translation>Station %1 von %2 (von %3 durch %4) ist die älteste Station mit öffentlicher Client-Adresse: die Stelle, an der die Nachricht den ersten öffentlichen Server erreichte.</translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Remote server</source>
        <translation>Entfernter Server</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Sending IP address</source>
        <translation>Sendende IP-Adresse</translation>
    </message>
    <message>
        <source>HELO name of the sending server</source>
        <translation>HELO-Name des Sendeservers</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Absenderdomain</translation>
    </message>
    <message>
        <source>Domain of the From header</source>
        <translation>Domain des From-Headers</translation>
    </message>
    <message>
        <source>Envelope sender domain</source>
        <translation>Envelope-Absenderdomain</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Empfängerdomain</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>DKIM-Selektor</translation>
    </message>
    <message>
        <source>DKIM signing domain</source>
        <translation>DKIM-Signaturdomain</translation>
    </message>
    <message>
        <source>Receiving server</source>
        <translation>Empfangender Server</translation>
    </message>
    <message>
        <source>Server that reported the failure</source>
        <translation>Server, der den Fehler gemeldet hat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Live-Prüfungen</translation>
    </message>
    <message>
        <source>Cause read from the bounce</source>
        <translation>Aus dem Bounce gelesene Ursache</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Statuscode</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Antwortcode</translation>
    </message>
    <message>
        <source>Confidence of the reading</source>
        <translation>Konfidenz der Auswertung</translation>
    </message>
    <message>
        <source>Bounce format</source>
        <translation>Bounce-Format</translation>
    </message>
    <message>
        <source>Reporting server</source>
        <translation>Meldender Server</translation>
    </message>
    <message>
        <source>Bounce subject</source>
        <translation>Betreff des Bounce</translation>
    </message>
    <message>
        <source>Bounce date</source>
        <translation>Datum des Bounce</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>What the server said about %1:</source>
        <translation>Was der Server über %1 gesagt hat:</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>den Empfänger</translation>
    </message>
    <message>
        <source>Parts of the bounce that could not be read:</source>
        <translation>Teile des Bounce, die nicht gelesen werden konnten:</translation>
    </message>
    <message>
        <source>Evidence from the bounce</source>
        <translation>Belege aus dem Bounce</translation>
    </message>
    <message>
        <source>The exact text that led to the diagnosis, quoted from the bounce.</source>
        <translation>Der genaue Text, der zur Diagnose geführt hat, zitiert aus dem Bounce.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>Zitierter Text</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>The message that bounced</source>
        <translation>Die zurückgekommene Nachricht</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
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
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>DKIM signature</source>
        <translation>DKIM-Signatur</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO-Name</translation>
    </message>
    <message>
        <source>How the sending server was found</source>
        <translation>Wie der Sendeserver ermittelt wurde</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Attachment types</source>
        <translation>Anhangstypen</translation>
    </message>
    <message>
        <source>Authentication-Results headers:</source>
        <translation>Authentication-Results-Header:</translation>
    </message>
    <message>
        <source>Received headers (newest first):</source>
        <translation>Received-Header (neueste zuerst):</translation>
    </message>
    <message>
        <source>Facts used by the checks</source>
        <translation>Von den Prüfungen verwendete Fakten</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>von Ihnen eingegeben</translation>
    </message>
    <message>
        <source>read from the bounce</source>
        <translation>aus dem Bounce gelesen</translation>
    </message>
    <message>
        <source>The bounce gave no facts the checks could use.</source>
        <translation>Der Bounce lieferte keine Fakten, die die Prüfungen verwenden konnten.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Causes after the live checks</source>
        <translation>Ursachen nach den Live-Prüfungen</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) answered with %1 DNS queries in %2 ms.</source>
        <translation>
            <numerusform>%n Prüfung hat mit %1 DNS-Abfragen in %2 ms geantwortet.</numerusform>
            <numerusform>%n Prüfungen haben mit %1 DNS-Abfragen in %2 ms geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Facts still needed</source>
        <translation>Noch benötigte Fakten</translation>
    </message>
    <message>
        <source>These checks could not run because the bounce does not say what they need. Enter the facts and run the checks again.</source>
        <translation>Diese Prüfungen konnten nicht laufen, weil der Bounce nicht angibt, was sie benötigen. Geben Sie die Fakten ein und führen Sie die Prüfungen erneut aus.</translation>
    </message>
    <message>
        <source>%1: %2 (needed by: %3)</source>
        <translation>%1: %2 (benötigt von: %3)</translation>
    </message>
    <message>
        <source>Records and replies, in full:</source>
        <translation>Einträge und Antworten, vollständig:</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Suggested record (copy it whole):</source>
        <translation>Vorgeschlagener Eintrag (vollständig kopieren):</translation>
    </message>
    <message>
        <source>Every check and its result</source>
        <translation>Jede Prüfung und ihr Ergebnis</translation>
    </message>
    <message>
        <source>No live check could run.</source>
        <translation>Es konnte keine Live-Prüfung ausgeführt werden.</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>Kein Ergebnis.</translation>
    </message>
    <message>
        <source>☑ Done: %1</source>
        <translation>☑ Erledigt: %1</translation>
    </message>
    <message>
        <source>☐ Not done: %1</source>
        <translation>☐ Nicht erledigt: %1</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checkliste:</translation>
    </message>
    <message>
        <source>Checks for this step:</source>
        <translation>Prüfungen für diesen Schritt:</translation>
    </message>
    <message>
        <source>Copy this:</source>
        <translation>Kopieren Sie dies:</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Fix plan</source>
        <translation>Lösungsplan</translation>
    </message>
    <message>
        <source>✔ Every step on your path is resolved or skipped: you can resend the message.</source>
        <translation>✔ Jeder Schritt auf Ihrem Weg ist gelöst oder übersprungen: Sie können die Nachricht erneut senden.</translation>
    </message>
    <message>
        <source>✖ Before you resend, resolve or skip: %1</source>
        <translation>✖ Lösen oder überspringen Sie vor dem erneuten Senden: %1</translation>
    </message>
    <message>
        <source>Steps not on your path</source>
        <translation>Schritte, die nicht auf Ihrem Weg liegen</translation>
    </message>
    <message>
        <source>Before and after the re-check</source>
        <translation>Vor und nach der erneuten Prüfung</translation>
    </message>
    <message>
        <source>SMTP settings test</source>
        <translation>Test der SMTP-Einstellungen</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Provider hint</source>
        <translation>Hinweis zum Anbieter</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Angehalten bei</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>%1: accepted</source>
        <translation>%1: akzeptiert</translation>
    </message>
    <message>
        <source>%1: refused</source>
        <translation>%1: abgelehnt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Transcript (passwords and tokens removed; C: client, S: server, ~ inside TLS):</source>
        <translation>Protokoll (Passwörter und Tokens entfernt; C: Client, S: Server, ~ innerhalb von TLS):</translation>
    </message>
    <message>
        <source>Bounce Doctor report</source>
        <translation>Bounce-Doctor-Bericht</translation>
    </message>
    <message>
        <source>Made on %1 by Bounce Doctor %2 from a pasted bounce.</source>
        <translation>Erstellt am %1 von Bounce Doctor %2 aus einem eingefügten Bounce.</translation>
    </message>
    <message>
        <source>Made on %1 by Bounce Doctor %2 from %3.</source>
        <translation>Erstellt am %1 von Bounce Doctor %2 aus %3.</translation>
    </message>
    <message>
        <source>The live checks were not run for this report.</source>
        <translation>Für diesen Bericht wurden die Live-Prüfungen nicht ausgeführt.</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical toolkit (fonts); this program runs without it. Write HTML instead, or run with a graphical session.</source>
        <translation>Ein PDF-Bericht benötigt die grafische Oberfläche (Schriftarten); dieses Programm läuft ohne sie. Schreiben Sie stattdessen HTML oder starten Sie es in einer grafischen Sitzung.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Unbekanntes Berichtsformat.</translation>
    </message>
    <message>
        <source>Cannot tell the report format from "%1": use a file name ending in %2.</source>
        <translation>Das Berichtsformat lässt sich aus „%1“ nicht erkennen: Verwenden Sie einen Dateinamen, der auf %2 endet.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SmtpDiagnosis</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>fehlt oder ist leer</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>keine ID</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>doppelte ID</translation>
    </message>
    <message>
        <source>unknown severity "%1"</source>
        <translation>unbekannter Schweregrad „%1“</translation>
    </message>
    <message>
        <source>title, message and next are all required</source>
        <translation>title, message und next sind alle erforderlich</translation>
    </message>
    <message>
        <source>unknown verdict id</source>
        <translation>unbekannte Urteils-ID</translation>
    </message>
    <message>
        <source>unknown stage "%1"</source>
        <translation>unbekannte Phase „%1“</translation>
    </message>
    <message>
        <source>reply code out of range</source>
        <translation>Antwortcode außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>reply class must be 2 to 5</source>
        <translation>die Antwortklasse muss 2 bis 5 sein</translation>
    </message>
    <message>
        <source>needs codes or classes</source>
        <translation>benötigt Codes oder Klassen</translation>
    </message>
    <message>
        <source>bad enhanced status code "%1"</source>
        <translation>fehlerhafter erweiterter Statuscode „%1“</translation>
    </message>
    <message>
        <source>empty text pattern</source>
        <translation>leeres Textmuster</translation>
    </message>
    <message>
        <source>the verdict "%1" is required</source>
        <translation>das Urteil „%1“ ist erforderlich</translation>
    </message>
    <message>
        <source>id, domains and hint are required</source>
        <translation>id, domains und hint sind erforderlich</translation>
    </message>
    <message>
        <source>No text for verdict %1.</source>
        <translation>Kein Text für Urteil %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
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
        <translation>Ein Servername und ein Port zwischen 1 und 65535 werden benötigt.</translation>
    </message>
    <message>
        <source>No certificate could be read from the CA file %1.</source>
        <translation>Aus der CA-Datei %1 konnte kein Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>%1 wird aufgelöst</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>Verbindung zu %1 Port %2 (%3) wird hergestellt</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Verbunden mit %1 Port %2</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS aufgebaut: %1, %2</translation>
    </message>
    <message>
        <source>Certificate problem accepted for this test only (fingerprint matches): %1</source>
        <translation>Zertifikatsproblem nur für diesen Test akzeptiert (Fingerabdruck stimmt überein): %1</translation>
    </message>
    <message>
        <source>Certificate not accepted: %1</source>
        <translation>Zertifikat nicht akzeptiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n unexpected byte(s) from the server</source>
        <translation>
            <numerusform>%n unerwartetes Byte vom Server ignoriert</numerusform>
            <numerusform>%n unerwartete Bytes vom Server ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(test message: %n line(s))</source>
        <translation>
            <numerusform>(Testnachricht: %n Zeile)</numerusform>
            <numerusform>(Testnachricht: %n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>No answer to the name lookup within %1 s.</source>
        <translation>Keine Antwort auf die Namensauflösung innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>No connection within %1 s.</source>
        <translation>Keine Verbindung innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>Der TLS-Handshake wurde nicht innerhalb von %1 s abgeschlossen.</translation>
    </message>
    <message>
        <source>The server started a reply but did not finish it within %1 s.</source>
        <translation>Der Server hat eine Antwort begonnen, aber nicht innerhalb von %1 s beendet.</translation>
    </message>
    <message>
        <source>No reply within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
</context>
<context>
    <name>SmtpResult</name>
    <message>
        <source>SMTP test of %1:%2 (%3)</source>
        <translation>SMTP-Test von %1:%2 (%3)</translation>
    </message>
</context>
<context>
    <name>SmtpStage</name>
    <message>
        <source>Looking up the server name</source>
        <translation>Servername wird aufgelöst</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Setting up encryption (TLS)</source>
        <translation>Verschlüsselung (TLS) wird eingerichtet</translation>
    </message>
    <message>
        <source>Waiting for the server's greeting</source>
        <translation>Warten auf die Begrüßung des Servers</translation>
    </message>
    <message>
        <source>Saying hello (EHLO)</source>
        <translation>Begrüßung (EHLO)</translation>
    </message>
    <message>
        <source>Switching to encryption (STARTTLS)</source>
        <translation>Wechsel zur Verschlüsselung (STARTTLS)</translation>
    </message>
    <message>
        <source>Saying hello again over TLS</source>
        <translation>Erneute Begrüßung über TLS</translation>
    </message>
    <message>
        <source>Logging in (AUTH)</source>
        <translation>Anmeldung (AUTH)</translation>
    </message>
    <message>
        <source>Announcing the sender (MAIL FROM)</source>
        <translation>Absender wird angekündigt (MAIL FROM)</translation>
    </message>
    <message>
        <source>Checking the recipient (RCPT TO)</source>
        <translation>Empfänger wird geprüft (RCPT TO)</translation>
    </message>
    <message>
        <source>Cancelling the test envelope (RSET)</source>
        <translation>Test-Umschlag wird verworfen (RSET)</translation>
    </message>
    <message>
        <source>Sending the test message (DATA)</source>
        <translation>Testnachricht wird gesendet (DATA)</translation>
    </message>
    <message>
        <source>Saying goodbye (QUIT)</source>
        <translation>Verabschiedung (QUIT)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>SmtpVerdicts</name>
    <message>
        <source>The settings work</source>
        <translation>Die Einstellungen funktionieren</translation>
    </message>
    <message>
        <source>{host} port {port} answered, the connection was secured ({protocol}) and every step that was asked for succeeded.</source>
        <translation>{host} Port {port} hat geantwortet, die Verbindung wurde gesichert ({protocol}) und jeder angeforderte Schritt war erfolgreich.</translation>
    </message>
    <message>
        <source>Use exactly these settings in your mail program.</source>
        <translation>Verwenden Sie genau diese Einstellungen in Ihrem Mailprogramm.</translation>
    </message>
    <message>
        <source>The settings work, but without encryption</source>
        <translation>Die Einstellungen funktionieren, aber ohne Verschlüsselung</translation>
    </message>
    <message>
        <source>{host} port {port} accepted every step, but the connection was not encrypted: anyone on the network path can read the mail.</source>
        <translation>{host} Port {port} hat jeden Schritt akzeptiert, aber die Verbindung war nicht verschlüsselt: Jeder auf dem Netzwerkweg kann die Mail mitlesen.</translation>
    </message>
    <message>
        <source>Prefer port 465 with SSL/TLS or port 587 with STARTTLS if the provider offers them.</source>
        <translation>Verwenden Sie lieber Port 465 mit SSL/TLS oder Port 587 mit STARTTLS, wenn der Anbieter sie anbietet.</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>Test abgebrochen</translation>
    </message>
    <message>
        <source>The test was stopped before it finished.</source>
        <translation>Der Test wurde angehalten, bevor er beendet war.</translation>
    </message>
    <message>
        <source>Run the test again when you are ready.</source>
        <translation>Führen Sie den Test erneut aus, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The test could not start</source>
        <translation>Der Test konnte nicht starten</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Correct the settings and run the test again.</source>
        <translation>Korrigieren Sie die Einstellungen und führen Sie den Test erneut aus.</translation>
    </message>
    <message>
        <source>Server name not found</source>
        <translation>Servername nicht gefunden</translation>
    </message>
    <message>
        <source>The name {host} could not be looked up ({detail}).</source>
        <translation>Der Name {host} konnte nicht aufgelöst werden ({detail}).</translation>
    </message>
    <message>
        <source>Check the spelling of the server name (often smtp.&lt;your domain&gt;) and that this computer is online.</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens (oft smtp.&lt;Ihre Domain&gt;) und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>{host} refused connections on port {port}: nothing is listening there, or a firewall rejects it.</source>
        <translation>{host} hat Verbindungen auf Port {port} abgelehnt: Dort lauscht nichts, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <source>Check the port number. Submission usually uses 587 (STARTTLS) or 465 (SSL/TLS); port 25 is for servers, not mail programs.</source>
        <translation>Prüfen Sie die Portnummer. Für den Mailversand (Submission) wird meist 587 (STARTTLS) oder 465 (SSL/TLS) verwendet; Port 25 ist für Server, nicht für Mailprogramme.</translation>
    </message>
    <message>
        <source>No answer on this port</source>
        <translation>Keine Antwort auf diesem Port</translation>
    </message>
    <message>
        <source>Connecting to {host} port {port} timed out. Such silence usually means a firewall drops the traffic; many internet providers block outgoing port 25.</source>
        <translation>Die Verbindung zu {host} Port {port} hat das Zeitlimit überschritten. Eine solche Stille bedeutet meist, dass eine Firewall den Verkehr verwirft; viele Internetanbieter sperren ausgehenden Port 25.</translation>
    </message>
    <message>
        <source>Try port 587 with STARTTLS or port 465 with SSL/TLS, or another network.</source>
        <translation>Versuchen Sie Port 587 mit STARTTLS oder Port 465 mit SSL/TLS oder ein anderes Netzwerk.</translation>
    </message>
    <message>
        <source>The server accepted the connection but said nothing</source>
        <translation>Der Server hat die Verbindung angenommen, aber nichts gesagt</translation>
    </message>
    <message>
        <source>{host} port {port} took the connection but sent no greeting. That is what a port that expects encryption from the first byte does (usually 465) when the mail program waits for a plain greeting.</source>
        <translation>{host} Port {port} hat die Verbindung angenommen, aber keine Begrüßung gesendet. So verhält sich ein Port, der ab dem ersten Byte Verschlüsselung erwartet (meist 465), wenn das Mailprogramm auf eine unverschlüsselte Begrüßung wartet.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (implicit TLS) for this port, or STARTTLS on port 587.</source>
        <translation>Wählen Sie für diesen Port SSL/TLS (implizites TLS) oder STARTTLS auf Port 587.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <source>{host} did not finish its answer at the step "{stage}" in time ({detail}).</source>
        <translation>{host} hat seine Antwort beim Schritt „{stage}“ nicht rechtzeitig beendet ({detail}).</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening the server or something between you and it (a filtering firewall or antivirus proxy) is faulty.</source>
        <translation>Versuchen Sie es später erneut; wenn es immer wieder passiert, ist der Server oder etwas zwischen Ihnen und ihm (eine filternde Firewall oder ein Antivirus-Proxy) fehlerhaft.</translation>
    </message>
    <message>
        <source>The server hung up</source>
        <translation>Der Server hat aufgelegt</translation>
    </message>
    <message>
        <source>{host} closed the connection at the step "{stage}" without an explanation.</source>
        <translation>{host} hat die Verbindung beim Schritt „{stage}“ ohne Erklärung geschlossen.</translation>
    </message>
    <message>
        <source>Try again; if it repeats, the server may be blocking your address or rate-limiting. Ask the provider and give them the transcript.</source>
        <translation>Versuchen Sie es erneut; wenn es sich wiederholt, sperrt der Server möglicherweise Ihre Adresse oder begrenzt die Rate. Fragen Sie den Anbieter und geben Sie ihm das Protokoll.</translation>
    </message>
    <message>
        <source>This is not a mail server</source>
        <translation>Dies ist kein Mailserver</translation>
    </message>
    <message>
        <source>What {host} port {port} sent is not SMTP: {detail}</source>
        <translation>Was {host} Port {port} gesendet hat, ist kein SMTP: {detail}</translation>
    </message>
    <message>
        <source>Check the server name and port: they point at some other kind of service.</source>
        <translation>Prüfen Sie Servername und Port: Sie verweisen auf eine andere Art von Dienst.</translation>
    </message>
    <message>
        <source>The server sent an absurdly long reply</source>
        <translation>Der Server hat eine absurd lange Antwort gesendet</translation>
    </message>
    <message>
        <source>{host} sent a reply line far longer than SMTP allows; the test stopped reading it.</source>
        <translation>{host} hat eine Antwortzeile gesendet, die weit länger ist, als SMTP erlaubt; der Test hat aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <source>The server is broken or is not a mail server; check the name and port.</source>
        <translation>Der Server ist defekt oder kein Mailserver; prüfen Sie Name und Port.</translation>
    </message>
    <message>
        <source>SSL/TLS chosen on a STARTTLS or plain port</source>
        <translation>SSL/TLS auf einem STARTTLS- oder unverschlüsselten Port gewählt</translation>
    </message>
    <message>
        <source>Port {port} on {host} starts unencrypted and expects STARTTLS, but the test started with SSL/TLS (implicit TLS) and the server answered in plain text.</source>
        <translation>Port {port} auf {host} beginnt unverschlüsselt und erwartet STARTTLS, aber der Test hat mit SSL/TLS (implizitem TLS) begonnen, und der Server hat im Klartext geantwortet.</translation>
    </message>
    <message>
        <source>Choose STARTTLS for this port (587 and 25), or use port 465 with SSL/TLS.</source>
        <translation>Wählen Sie für diesen Port STARTTLS (587 und 25) oder verwenden Sie Port 465 mit SSL/TLS.</translation>
    </message>
    <message>
        <source>Encryption could not be set up</source>
        <translation>Die Verschlüsselung konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>The TLS handshake with {host} failed: {detail}</source>
        <translation>Der TLS-Handshake mit {host} ist fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <source>The server may only offer outdated TLS versions or ciphers; ask the provider, or try the other port (465 or 587).</source>
        <translation>Der Server bietet möglicherweise nur veraltete TLS-Versionen oder Verschlüsselungsverfahren an; fragen Sie den Anbieter oder versuchen Sie den anderen Port (465 oder 587).</translation>
    </message>
    <message>
        <source>Encryption set-up never finished</source>
        <translation>Die Einrichtung der Verschlüsselung wurde nie abgeschlossen</translation>
    </message>
    <message>
        <source>{host} did not complete the TLS handshake in time.</source>
        <translation>{host} hat den TLS-Handshake nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>If you chose SSL/TLS, the port may expect STARTTLS instead; otherwise try again later.</source>
        <translation>Wenn Sie SSL/TLS gewählt haben, erwartet der Port möglicherweise stattdessen STARTTLS; andernfalls versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server hung up while setting up encryption</source>
        <translation>Der Server hat beim Einrichten der Verschlüsselung aufgelegt</translation>
    </message>
    <message>
        <source>{host} closed the connection in the middle of the TLS handshake.</source>
        <translation>{host} hat die Verbindung mitten im TLS-Handshake geschlossen.</translation>
    </message>
    <message>
        <source>A firewall or filter may interfere with encrypted mail, or the server's TLS set-up is broken. Try the other port (465 or 587) or another network.</source>
        <translation>Eine Firewall oder ein Filter stört möglicherweise verschlüsselte Mail, oder die TLS-Einrichtung des Servers ist fehlerhaft. Versuchen Sie den anderen Port (465 oder 587) oder ein anderes Netzwerk.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>{host} presented a certificate it signed itself, so nobody vouches that it belongs to {host}.</source>
        <translation>{host} hat ein selbst signiertes Zertifikat vorgelegt, daher bürgt niemand dafür, dass es zu {host} gehört.</translation>
    </message>
    <message>
        <source>Use the server name the provider documents (its certificate is usually valid). If this is your own server and you checked the fingerprint, trust this one certificate for the test.</source>
        <translation>Verwenden Sie den Servernamen, den der Anbieter dokumentiert (dessen Zertifikat ist meist gültig). Wenn es Ihr eigener Server ist und Sie den Fingerabdruck geprüft haben, vertrauen Sie für den Test diesem einen Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>The certificate of {host} is outside its validity period ({detail}).</source>
        <translation>Das Zertifikat von {host} liegt außerhalb seines Gültigkeitszeitraums ({detail}).</translation>
    </message>
    <message>
        <source>The server's administrator must renew the certificate; check also that this computer's clock is right.</source>
        <translation>Der Administrator des Servers muss das Zertifikat erneuern; prüfen Sie auch, ob die Uhr dieses Computers richtig geht.</translation>
    </message>
    <message>
        <source>The certificate is for another name</source>
        <translation>Das Zertifikat gilt für einen anderen Namen</translation>
    </message>
    <message>
        <source>The certificate presented on {host} does not list that name ({detail}).</source>
        <translation>Das auf {host} vorgelegte Zertifikat führt diesen Namen nicht auf ({detail}).</translation>
    </message>
    <message>
        <source>Use the server name written in the certificate (often the provider's own host name, not your domain), or ask the administrator for a certificate that covers {host}.</source>
        <translation>Verwenden Sie den im Zertifikat eingetragenen Servernamen (oft der eigene Hostname des Anbieters, nicht Ihre Domain), oder bitten Sie den Administrator um ein Zertifikat, das {host} abdeckt.</translation>
    </message>
    <message>
        <source>The certificate is not from a trusted authority</source>
        <translation>Das Zertifikat stammt nicht von einer vertrauenswürdigen Stelle</translation>
    </message>
    <message>
        <source>The certificate of {host} was issued by an authority this computer does not trust ({detail}).</source>
        <translation>Das Zertifikat von {host} wurde von einer Stelle ausgestellt, der dieser Computer nicht vertraut ({detail}).</translation>
    </message>
    <message>
        <source>If it is a company or private CA, give its certificate file as the custom CA; otherwise the server is missing an intermediate certificate.</source>
        <translation>Wenn es sich um eine Firmen- oder private CA handelt, geben Sie deren Zertifikatsdatei als eigene CA an; andernfalls fehlt dem Server ein Zwischenzertifikat.</translation>
    </message>
    <message>
        <source>The certificate was not accepted</source>
        <translation>Das Zertifikat wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>The certificate of {host} failed verification ({detail}).</source>
        <translation>Das Zertifikat von {host} hat die Überprüfung nicht bestanden ({detail}).</translation>
    </message>
    <message>
        <source>Ask the server's administrator to fix the certificate.</source>
        <translation>Bitten Sie den Administrator des Servers, das Zertifikat zu korrigieren.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>Der Server bietet kein STARTTLS an</translation>
    </message>
    <message>
        <source>You asked for STARTTLS, but {host} port {port} does not offer it, so the connection would stay unencrypted.</source>
        <translation>Sie haben STARTTLS angefordert, aber {host} Port {port} bietet es nicht an, daher bliebe die Verbindung unverschlüsselt.</translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS or port 587 with STARTTLS; if this is port 465 choose SSL/TLS.</source>
        <translation>Verwenden Sie Port 465 mit SSL/TLS oder Port 587 mit STARTTLS; wenn dies Port 465 ist, wählen Sie SSL/TLS.</translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation>STARTTLS abgelehnt</translation>
    </message>
    <message>
        <source>{host} advertised STARTTLS but refused to start it: {reply}</source>
        <translation>{host} hat STARTTLS angekündigt, sich aber geweigert, es zu starten: {reply}</translation>
    </message>
    <message>
        <source>The server's TLS set-up is broken; try port 465 with SSL/TLS and tell the provider.</source>
        <translation>Die TLS-Einrichtung des Servers ist fehlerhaft; versuchen Sie Port 465 mit SSL/TLS und informieren Sie den Anbieter.</translation>
    </message>
    <message>
        <source>The server refuses to talk to you</source>
        <translation>Der Server weigert sich, mit Ihnen zu kommunizieren</translation>
    </message>
    <message>
        <source>{host} rejected the connection at once: {reply}</source>
        <translation>{host} hat die Verbindung sofort abgelehnt: {reply}</translation>
    </message>
    <message>
        <source>Your IP address may be blocked or on a blocklist; check the blocklists, or try another network.</source>
        <translation>Ihre IP-Adresse ist möglicherweise gesperrt oder steht auf einer Blockliste; prüfen Sie die Blocklisten oder versuchen Sie ein anderes Netzwerk.</translation>
    </message>
    <message>
        <source>The server rejected the greeting</source>
        <translation>Der Server hat die Begrüßung abgelehnt</translation>
    </message>
    <message>
        <source>{host} did not accept our EHLO/HELO: {reply}</source>
        <translation>{host} hat unser EHLO/HELO nicht akzeptiert: {reply}</translation>
    </message>
    <message>
        <source>Tell the provider and include the transcript.</source>
        <translation>Informieren Sie den Anbieter und fügen Sie das Protokoll bei.</translation>
    </message>
    <message>
        <source>The server requires encryption first</source>
        <translation>Der Server verlangt zuerst Verschlüsselung</translation>
    </message>
    <message>
        <source>{host} wants STARTTLS before anything else: {reply}</source>
        <translation>{host} verlangt STARTTLS vor allem anderen: {reply}</translation>
    </message>
    <message>
        <source>Choose STARTTLS (or SSL/TLS on port 465) in the security setting.</source>
        <translation>Wählen Sie in der Sicherheitseinstellung STARTTLS (oder SSL/TLS auf Port 465).</translation>
    </message>
    <message>
        <source>You must log in to send</source>
        <translation>Zum Senden müssen Sie sich anmelden</translation>
    </message>
    <message>
        <source>{host} only accepts mail from logged-in users: {reply}</source>
        <translation>{host} nimmt nur Mail von angemeldeten Benutzern an: {reply}</translation>
    </message>
    <message>
        <source>Turn on "my server requires authentication" and enter your user name (usually the full address) and password.</source>
        <translation>Schalten Sie „Mein Server erfordert Authentifizierung“ ein und geben Sie Ihren Benutzernamen (meist die vollständige Adresse) und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The server does not offer log-in</source>
        <translation>Der Server bietet keine Anmeldung an</translation>
    </message>
    <message>
        <source>{host} port {port} does not offer AUTH, even over TLS: it is probably a server for incoming mail only.</source>
        <translation>{host} Port {port} bietet kein AUTH an, auch nicht über TLS: Wahrscheinlich ist es ein Server nur für eingehende Mail.</translation>
    </message>
    <message>
        <source>Use the submission server and port your provider documents (587 or 465).</source>
        <translation>Verwenden Sie den Versandserver und Port, den Ihr Anbieter dokumentiert (587 oder 465).</translation>
    </message>
    <message>
        <source>Log-in is only offered after encryption</source>
        <translation>Die Anmeldung wird erst nach der Verschlüsselung angeboten</translation>
    </message>
    <message>
        <source>{host} does not offer AUTH on an unencrypted connection.</source>
        <translation>{host} bietet AUTH nicht auf einer unverschlüsselten Verbindung an.</translation>
    </message>
    <message>
        <source>Choose STARTTLS (or SSL/TLS on port 465); the password then travels encrypted.</source>
        <translation>Wählen Sie STARTTLS (oder SSL/TLS auf Port 465); das Passwort wird dann verschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>The chosen log-in method is not offered</source>
        <translation>Die gewählte Anmeldemethode wird nicht angeboten</translation>
    </message>
    <message>
        <source>{host} offers {offered}, not the method that was chosen ({auth}).</source>
        <translation>{host} bietet {offered} an, nicht die gewählte Methode ({auth}).</translation>
    </message>
    <message>
        <source>Choose automatic or one of the offered methods. For XOAUTH2 the provider must offer it.</source>
        <translation>Wählen Sie „Automatisch“ oder eine der angebotenen Methoden. Für XOAUTH2 muss der Anbieter es anbieten.</translation>
    </message>
    <message>
        <source>Password not sent over an unencrypted connection</source>
        <translation>Passwort nicht über eine unverschlüsselte Verbindung gesendet</translation>
    </message>
    <message>
        <source>The connection to {host} is not encrypted, so the test did not send your password.</source>
        <translation>Die Verbindung zu {host} ist nicht verschlüsselt, daher hat der Test Ihr Passwort nicht gesendet.</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS. Only if this is a trusted local server, allow sending the password unencrypted for this test.</source>
        <translation>Wählen Sie STARTTLS oder SSL/TLS. Nur wenn dies ein vertrauenswürdiger lokaler Server ist, erlauben Sie für diesen Test das unverschlüsselte Senden des Passworts.</translation>
    </message>
    <message>
        <source>User name or password rejected</source>
        <translation>Benutzername oder Passwort abgelehnt</translation>
    </message>
    <message>
        <source>{host} rejected the log-in ({auth}): {reply}</source>
        <translation>{host} hat die Anmeldung ({auth}) abgelehnt: {reply}</translation>
    </message>
    <message>
        <source>Check the user name (usually the full e-mail address) and the password. If your account uses two-step verification, you need an app password.</source>
        <translation>Prüfen Sie den Benutzernamen (meist die vollständige E-Mail-Adresse) und das Passwort. Wenn Ihr Konto die Bestätigung in zwei Schritten verwendet, benötigen Sie ein App-Passwort.</translation>
    </message>
    <message>
        <source>An app password is required</source>
        <translation>Ein App-Passwort ist erforderlich</translation>
    </message>
    <message>
        <source>{host} wants an application-specific password, not your normal password: {reply}</source>
        <translation>{host} verlangt ein anwendungsspezifisches Passwort, nicht Ihr normales Passwort: {reply}</translation>
    </message>
    <message>
        <source>Create an app password in your account's security settings and use it here.</source>
        <translation>Erstellen Sie in den Sicherheitseinstellungen Ihres Kontos ein App-Passwort und verwenden Sie es hier.</translation>
    </message>
    <message>
        <source>SMTP log-in is switched off for this account</source>
        <translation>Die SMTP-Anmeldung ist für dieses Konto abgeschaltet</translation>
    </message>
    <message>
        <source>{host} says authenticated SMTP is disabled for this mailbox or organisation: {reply}</source>
        <translation>{host} meldet, dass authentifiziertes SMTP für dieses Postfach oder diese Organisation deaktiviert ist: {reply}</translation>
    </message>
    <message>
        <source>The administrator must enable SMTP AUTH for the mailbox (Microsoft 365: "Authenticated SMTP"), or use OAuth2.</source>
        <translation>Der Administrator muss SMTP AUTH für das Postfach aktivieren (Microsoft 365: „Authentifiziertes SMTP“) oder OAuth2 verwenden.</translation>
    </message>
    <message>
        <source>Log-in temporarily unavailable</source>
        <translation>Anmeldung vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>{host} could not check the password right now: {reply}</source>
        <translation>{host} konnte das Passwort gerade nicht prüfen: {reply}</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The server will not pass the mail on (relay denied)</source>
        <translation>Der Server leitet die Mail nicht weiter (Relaying verweigert)</translation>
    </message>
    <message>
        <source>{host} refused to deliver to that recipient for you: {reply}. Servers only relay mail for logged-in users.</source>
        <translation>{host} hat sich geweigert, für Sie an diesen Empfänger zuzustellen: {reply}. Server leiten Mail nur für angemeldete Benutzer weiter.</translation>
    </message>
    <message>
        <source>Log in (turn on authentication) and use the submission port 587 or 465, not port 25.</source>
        <translation>Melden Sie sich an (Authentifizierung einschalten) und verwenden Sie den Submission-Port 587 oder 465, nicht Port 25.</translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <translation>Die Absenderadresse wurde abgelehnt</translation>
    </message>
    <message>
        <source>{host} does not accept mail from that sender: {reply}</source>
        <translation>{host} nimmt keine Mail von diesem Absender an: {reply}</translation>
    </message>
    <message>
        <source>Send from an address that belongs to your account (the From you log in with), or check that the domain is spelled correctly.</source>
        <translation>Senden Sie von einer Adresse, die zu Ihrem Konto gehört (das From, mit dem Sie sich anmelden), oder prüfen Sie, ob die Domain richtig geschrieben ist.</translation>
    </message>
    <message>
        <source>The recipient does not exist</source>
        <translation>Der Empfänger existiert nicht</translation>
    </message>
    <message>
        <source>{host} says the recipient address does not exist: {reply}</source>
        <translation>{host} meldet, dass die Empfängeradresse nicht existiert: {reply}</translation>
    </message>
    <message>
        <source>Check the spelling of the recipient address.</source>
        <translation>Prüfen Sie die Schreibweise der Empfängeradresse.</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>Die Nachricht ist zu groß</translation>
    </message>
    <message>
        <source>{host} refuses messages of this size: {reply}</source>
        <translation>{host} lehnt Nachrichten dieser Größe ab: {reply}</translation>
    </message>
    <message>
        <source>Send smaller attachments or share a link to the file instead.</source>
        <translation>Senden Sie kleinere Anhänge oder teilen Sie stattdessen einen Link zur Datei.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>Das Postfach des Empfängers ist voll</translation>
    </message>
    <message>
        <source>{host} cannot store more mail for the recipient: {reply}</source>
        <translation>{host} kann keine weitere Mail für den Empfänger speichern: {reply}</translation>
    </message>
    <message>
        <source>Tell the recipient another way, or try again later.</source>
        <translation>Informieren Sie den Empfänger auf anderem Weg oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Greylisted: try again later</source>
        <translation>Greylisting: später erneut versuchen</translation>
    </message>
    <message>
        <source>{host} temporarily refused the message, as greylisting servers do with senders they have not seen before: {reply}</source>
        <translation>{host} hat die Nachricht vorübergehend abgelehnt, wie es Greylisting-Server bei bisher unbekannten Absendern tun: {reply}</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings. A real mail server retries automatically and gets through after a few minutes.</source>
        <translation>Mit Ihren Einstellungen ist alles in Ordnung. Ein echter Mailserver versucht es automatisch erneut und kommt nach einigen Minuten durch.</translation>
    </message>
    <message>
        <source>Temporary refusal</source>
        <translation>Vorübergehende Ablehnung</translation>
    </message>
    <message>
        <source>{host} refused for now at the step "{stage}": {reply}</source>
        <translation>{host} hat beim Schritt „{stage}“ vorerst abgelehnt: {reply}</translation>
    </message>
    <message>
        <source>Try again later; if it persists, ask the provider.</source>
        <translation>Versuchen Sie es später erneut; wenn es anhält, fragen Sie den Anbieter.</translation>
    </message>
    <message>
        <source>The server refused</source>
        <translation>Der Server hat abgelehnt</translation>
    </message>
    <message>
        <source>{host} refused at the step "{stage}": {reply}</source>
        <translation>{host} hat beim Schritt „{stage}“ abgelehnt: {reply}</translation>
    </message>
    <message>
        <source>Read the server's reason above; give the transcript to the provider if it is unclear.</source>
        <translation>Lesen Sie die oben stehende Begründung des Servers; geben Sie das Protokoll dem Anbieter, wenn sie unklar ist.</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>The connection to {host} failed: {detail}</source>
        <translation>Die Verbindung zu {host} ist fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Gmail and Google Workspace refuse your normal password when two-step verification is on: create an app password (Google Account → Security → App passwords) or sign in with OAuth2.</source>
        <translation>Gmail und Google Workspace lehnen Ihr normales Passwort ab, wenn die Bestätigung in zwei Schritten aktiv ist: Erstellen Sie ein App-Passwort (Google-Konto → Sicherheit → App-Passwörter) oder melden Sie sich mit OAuth2 an.</translation>
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 need smtp.office365.com port 587 with STARTTLS; with two-step verification use an app password, and in Microsoft 365 the administrator must allow "Authenticated SMTP" for the mailbox (or use OAuth2).</source>
        <translation>Outlook.com und Microsoft 365 benötigen smtp.office365.com Port 587 mit STARTTLS; verwenden Sie bei Bestätigung in zwei Schritten ein App-Passwort, und in Microsoft 365 muss der Administrator „Authentifiziertes SMTP“ für das Postfach erlauben (oder verwenden Sie OAuth2).</translation>
    </message>
    <message>
        <source>Yahoo and AOL accept only an app password for mail programs: generate one under Account security → Generate app password.</source>
        <translation>Yahoo und AOL akzeptieren für Mailprogramme nur ein App-Passwort: Erzeugen Sie eines unter Kontosicherheit → App-Passwort generieren.</translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password (appleid.apple.com → Sign-In and Security) and the user name is your full iCloud address.</source>
        <translation>iCloud Mail benötigt ein app-spezifisches Passwort (appleid.apple.com → Anmeldung und Sicherheit), und der Benutzername ist Ihre vollständige iCloud-Adresse.</translation>
    </message>
</context>
<context>
    <name>SpfCommand</name>
    <message>
        <source>SPF result: %1</source>
        <translation>SPF-Ergebnis: %1</translation>
    </message>
    <message>
        <source>Identity:   %1 %2 (domain %3), IP %4, HELO %5</source>
        <translation>Identität:  %1 %2 (Domain %3), IP %4, HELO %5</translation>
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
        <translation>Eintrag:    %1</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Maßgeblich: %1</translation>
    </message>
    <message>
        <source>Problem:    %1</source>
        <translation>Problem:    %1</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Erklärung: %1</translation>
    </message>
    <message>
        <source>Lookups:    %1 of 10 (void: %2 of 2), %3 DNS queries for the evaluation, %4 ms</source>
        <translation>Abfragen:   %1 von 10 (ergebnislos: %2 von 2), %3 DNS-Abfragen für die Auswertung, %4 ms</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Whole SPF tree: %1 lookups, %2 void lookups (independent of the IP)</source>
        <translation>Gesamter SPF-Baum: %1 Abfragen, %2 ergebnislose Abfragen (unabhängig von der IP)</translation>
    </message>
    <message>
        <source>Suggested record for %1:</source>
        <translation>Vorgeschlagener Eintrag für %1:</translation>
    </message>
    <message>
        <source>(%1's include authorizes %2)</source>
        <translation>(das Include von %1 autorisiert %2)</translation>
    </message>
    <message numerus="yes">
        <source>DNS queries sent in total: %n</source>
        <translation>
            <numerusform>Insgesamt gesendete DNS-Abfragen: %n</numerusform>
            <numerusform>Insgesamt gesendete DNS-Abfragen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluates SPF (RFC 7208 check_host) for a sending IP, MAIL FROM and HELO.
An empty --mail-from "" is the null sender: the HELO name is checked.</source>
        <translation>Wertet SPF (RFC 7208 check_host) für eine sendende IP, MAIL FROM und HELO aus.
Ein leeres --mail-from "" ist der Null-Absender: Dann wird der HELO-Name geprüft.</translation>
    </message>
    <message>
        <source>Sending IP address (IPv4 or IPv6).</source>
        <translation>Sendende IP-Adresse (IPv4 oder IPv6).</translation>
    </message>
    <message>
        <source>Envelope sender (MAIL FROM); "" for the null sender.</source>
        <translation>Envelope-Absender (MAIL FROM); "" für den Null-Absender.</translation>
    </message>
    <message>
        <source>HELO/EHLO name the client gave.</source>
        <translation>Vom Client angegebener HELO/EHLO-Name.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Do not walk the whole SPF tree for warnings.</source>
        <translation>Nicht den gesamten SPF-Baum nach Warnungen durchlaufen.</translation>
    </message>
    <message>
        <source>Ask the DNS strictly one question at a time, in evaluation order.</source>
        <translation>Den DNS streng eine Frage nach der anderen fragen, in Auswertungsreihenfolge.</translation>
    </message>
    <message>
        <source>Name of the receiving host, for the %{r} macro.</source>
        <translation>Name des empfangenden Hosts, für das Makro %{r}.</translation>
    </message>
    <message>
        <source>unexpected argument "%1" (see --help)</source>
        <translation>unerwartetes Argument „%1“ (siehe --help)</translation>
    </message>
    <message>
        <source>--ip is required</source>
        <translation>--ip ist erforderlich</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>--mail-from is required (use --mail-from "" for the null sender)</source>
        <translation>--mail-from ist erforderlich (verwenden Sie --mail-from "" für den Null-Absender)</translation>
    </message>
    <message>
        <source>the null sender needs --helo: its SPF check is done on the HELO name</source>
        <translation>der Null-Absender benötigt --helo: Seine SPF-Prüfung erfolgt anhand des HELO-Namens</translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>"%1" is not a valid multi-label domain name</source>
        <translation>„%1“ ist kein gültiger Domainname mit mehreren Labels</translation>
    </message>
    <message>
        <source>DNS error looking up the SPF record of %1: %2</source>
        <translation>DNS-Fehler beim Abfragen des SPF-Eintrags von %1: %2</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 hat keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one</source>
        <translation>%1 hat %2 SPF-Einträge; es muss genau einer sein</translation>
    </message>
    <message>
        <source>Syntax error in the SPF record of %1 at position %2 ("%3"): %4</source>
        <translation>Syntaxfehler im SPF-Eintrag von %1 an Position %2 („%3“): %4</translation>
    </message>
    <message>
        <source>More than %1 DNS-querying mechanisms and modifiers ("%2" in the record of %3)</source>
        <translation>Mehr als %1 Mechanismen und Modifikatoren mit DNS-Abfrage („%2“ im Eintrag von %3)</translation>
    </message>
    <message>
        <source>Not a valid DNS name: explanation ignored</source>
        <translation>Kein gültiger DNS-Name: Erklärung ignoriert</translation>
    </message>
    <message>
        <source>No single TXT record: explanation ignored</source>
        <translation>Kein einzelner TXT-Eintrag: Erklärung ignoriert</translation>
    </message>
    <message>
        <source>Invalid explanation text: ignored</source>
        <translation>Ungültiger Erklärungstext: ignoriert</translation>
    </message>
    <message>
        <source>redirect= names "%1", which is not a valid domain</source>
        <translation>redirect= nennt „%1“, das ist keine gültige Domain</translation>
    </message>
    <message>
        <source>redirect=%1: that domain has no SPF record</source>
        <translation>redirect=%1: Diese Domain hat keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>More than %1 void lookups (names without any record)</source>
        <translation>Mehr als %1 ergebnislose Abfragen (Namen ohne jeden Eintrag)</translation>
    </message>
    <message>
        <source>DNS error for %1 (%2): %3</source>
        <translation>DNS-Fehler für %1 (%2): %3</translation>
    </message>
    <message>
        <source>include: names "%1", which is not a valid domain</source>
        <translation>include: nennt „%1“, das ist keine gültige Domain</translation>
    </message>
    <message>
        <source>include:%1: that domain has no SPF record</source>
        <translation>include:%1: Diese Domain hat keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>"%1" is not a valid DNS name: treated as non-existent</source>
        <translation>„%1“ ist kein gültiger DNS-Name: als nicht existent behandelt</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; SPF allows at most %3</source>
        <translation>%1 hat %2 MX-Einträge; SPF erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>The check took longer than %1 seconds</source>
        <translation>Die Prüfung hat länger als %1 Sekunden gedauert</translation>
    </message>
</context>
<context>
    <name>SpfLint</name>
    <message>
        <source>%1: not a JSON object with a "providers" array (%2)</source>
        <translation>%1: kein JSON-Objekt mit einem „providers“-Array (%2)</translation>
    </message>
    <message>
        <source>%1: provider entry %2 ("%3") needs a name, a valid include domain and ptrSuffixes</source>
        <translation>%1: Anbietereintrag %2 („%3“) benötigt einen Namen, eine gültige Include-Domain und ptrSuffixes</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: a TXT string of the SPF record is longer than 255 characters</source>
        <translation>%1: eine TXT-Zeichenkette des SPF-Eintrags ist länger als 255 Zeichen</translation>
    </message>
    <message>
        <source>%1: the SPF record is %2 bytes; over 512 bytes it may not fit a DNS answer over UDP</source>
        <translation>%1: der SPF-Eintrag ist %2 Byte groß; über 512 Byte passt er möglicherweise nicht in eine DNS-Antwort über UDP</translation>
    </message>
    <message>
        <source>%1: the ptr mechanism should not be used (RFC 7208 §5.5): it is slow and unreliable</source>
        <translation>%1: der ptr-Mechanismus sollte nicht verwendet werden (RFC 7208 §5.5): Er ist langsam und unzuverlässig</translation>
    </message>
    <message>
        <source>%1: include:%2 appears more than once</source>
        <translation>%1: include:%2 kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>%1: "%2" authorizes every host on the internet to send as this domain</source>
        <translation>%1: „%2“ autorisiert jeden Host im Internet, im Namen dieser Domain zu senden</translation>
    </message>
    <message>
        <source>%1: "?all" makes no statement about other hosts; use ~all or -all</source>
        <translation>%1: „?all“ trifft keine Aussage über andere Hosts; verwenden Sie ~all oder -all</translation>
    </message>
    <message>
        <source>No DNS resolver</source>
        <translation>Kein DNS-Resolver</translation>
    </message>
    <message>
        <source>%1 is included more than once in the SPF tree, or in a loop</source>
        <translation>%1 ist mehr als einmal im SPF-Baum eingebunden oder in einer Schleife</translation>
    </message>
    <message>
        <source>The include chain is deeper than 10 levels at %1</source>
        <translation>Die Include-Kette ist bei %1 tiefer als 10 Ebenen</translation>
    </message>
    <message>
        <source>%1: a deprecated SPF (type 99) record is published; RFC 7208 uses only TXT</source>
        <translation>%1: ein veralteter SPF-Eintrag (Typ 99) ist veröffentlicht; RFC 7208 verwendet nur TXT</translation>
    </message>
    <message>
        <source>%1: the SPF record could not be read (%2)</source>
        <translation>%1: der SPF-Eintrag konnte nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>a DNS error</source>
        <translation>ein DNS-Fehler</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 hat keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>%1 is included but has no SPF record (permerror)</source>
        <translation>%1 ist eingebunden, hat aber keinen SPF-Eintrag (permerror)</translation>
    </message>
    <message>
        <source>a missing record</source>
        <translation>ein fehlender Eintrag</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one (permerror)</source>
        <translation>%1 hat %2 SPF-Einträge; es muss genau einer sein (permerror)</translation>
    </message>
    <message>
        <source>multiple records</source>
        <translation>mehrere Einträge</translation>
    </message>
    <message>
        <source>%1: syntax error at position %2 ("%3"): %4</source>
        <translation>%1: Syntaxfehler an Position %2 („%3“): %4</translation>
    </message>
    <message>
        <source>a syntax error</source>
        <translation>ein Syntaxfehler</translation>
    </message>
    <message>
        <source>macros</source>
        <translation>Makros</translation>
    </message>
    <message>
        <source>a non-pass ip4/ip6 term</source>
        <translation>ein ip4/ip6-Term ohne pass</translation>
    </message>
    <message>
        <source>a non-pass include</source>
        <translation>ein Include ohne pass</translation>
    </message>
    <message>
        <source>the ptr mechanism</source>
        <translation>der ptr-Mechanismus</translation>
    </message>
    <message>
        <source>the exists mechanism</source>
        <translation>der exists-Mechanismus</translation>
    </message>
    <message>
        <source>a non-pass a/mx term</source>
        <translation>ein a/mx-Term ohne pass</translation>
    </message>
    <message>
        <source>%1: "%2" names %3, which has no A/AAAA records</source>
        <translation>%1: „%2“ nennt %3, das keine A/AAAA-Einträge hat</translation>
    </message>
    <message>
        <source>%1: "%2" names %3, which has no MX records</source>
        <translation>%1: „%2“ nennt %3, das keine MX-Einträge hat</translation>
    </message>
    <message>
        <source>%1: %2 has %3 MX records; the mx mechanism allows at most 10 (permerror)</source>
        <translation>%1: %2 hat %3 MX-Einträge; der mx-Mechanismus erlaubt höchstens 10 (permerror)</translation>
    </message>
    <message>
        <source>%1: the SPF tree needs %2 DNS lookups; more than 10 is a permerror (RFC 7208 §4.6.4)</source>
        <translation>%1: der SPF-Baum benötigt %2 DNS-Abfragen; mehr als 10 sind ein permerror (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>%1: the SPF tree has %2 void lookups; more than 2 is a permerror</source>
        <translation>%1: der SPF-Baum hat %2 ergebnislose Abfragen; mehr als 2 sind ein permerror</translation>
    </message>
</context>
<context>
    <name>SpfMacro</name>
    <message>
        <source>A "%" at the end must be written "%%"</source>
        <translation>Ein „%“ am Ende muss als „%%“ geschrieben werden</translation>
    </message>
    <message>
        <source>A "%" must be followed by "{", "%", "_" or "-"</source>
        <translation>Auf ein „%“ muss „{“, „%“, „_“ oder „-“ folgen</translation>
    </message>
    <message>
        <source>Non-ASCII character in the record</source>
        <translation>Nicht-ASCII-Zeichen im Eintrag</translation>
    </message>
    <message>
        <source>Invalid character (code %1)</source>
        <translation>Ungültiges Zeichen (Code %1)</translation>
    </message>
    <message>
        <source>The domain is empty</source>
        <translation>Die Domain ist leer</translation>
    </message>
    <message>
        <source>"%1" is not a domain name (no dot before the top-level label)</source>
        <translation>„%1“ ist kein Domainname (kein Punkt vor dem Top-Level-Label)</translation>
    </message>
    <message>
        <source>"%1" does not end in a valid top-level label</source>
        <translation>„%1“ endet nicht auf ein gültiges Top-Level-Label</translation>
    </message>
    <message>
        <source>Unterminated macro: "%{" at the end</source>
        <translation>Nicht abgeschlossenes Makro: „%{“ am Ende</translation>
    </message>
    <message>
        <source>Unknown macro letter "%1"</source>
        <translation>Unbekannter Makrobuchstabe „%1“</translation>
    </message>
    <message>
        <source>The macro letter "%1" is only allowed in explanation text</source>
        <translation>Der Makrobuchstabe „%1“ ist nur im Erklärungstext erlaubt</translation>
    </message>
    <message>
        <source>A macro's digit transformer must not be zero</source>
        <translation>Die Ziffern-Transformation eines Makros darf nicht null sein</translation>
    </message>
    <message>
        <source>Malformed macro: expected "}"</source>
        <translation>Fehlerhaftes Makro: „}“ erwartet</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>The record does not start with "v=spf1" followed by a space</source>
        <translation>Der Eintrag beginnt nicht mit „v=spf1“ gefolgt von einem Leerzeichen</translation>
    </message>
    <message>
        <source>The modifier "%1" appears more than once</source>
        <translation>Der Modifikator „%1“ kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>Invalid %1= domain: %2</source>
        <translation>Ungültige %1=-Domain: %2</translation>
    </message>
    <message>
        <source>Invalid value of the modifier "%1": %2</source>
        <translation>Ungültiger Wert des Modifikators „%1“: %2</translation>
    </message>
    <message>
        <source>"%1" needs ":" and a domain</source>
        <translation>„%1“ benötigt „:“ und eine Domain</translation>
    </message>
    <message>
        <source>"%1" takes no prefix length</source>
        <translation>„%1“ akzeptiert keine Präfixlänge</translation>
    </message>
    <message>
        <source>Invalid domain in "%1": %2</source>
        <translation>Ungültige Domain in „%1“: %2</translation>
    </message>
    <message>
        <source>"all" takes no arguments</source>
        <translation>„all“ akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>Malformed "%1": expected [:domain][/ip4-prefix][//ip6-prefix]</source>
        <translation>Fehlerhaftes „%1“: [:domain][/ip4-prefix][//ip6-prefix] erwartet</translation>
    </message>
    <message>
        <source>Invalid IPv4 prefix length "/%1" (0 to 32, no leading zeros)</source>
        <translation>Ungültige IPv4-Präfixlänge „/%1“ (0 bis 32, ohne führende Nullen)</translation>
    </message>
    <message>
        <source>Invalid IPv6 prefix length "//%1" (0 to 128, no leading zeros)</source>
        <translation>Ungültige IPv6-Präfixlänge „//%1“ (0 bis 128, ohne führende Nullen)</translation>
    </message>
    <message>
        <source>"%1" needs ":" and an address</source>
        <translation>„%1“ benötigt „:“ und eine Adresse</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>"%1" is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>Invalid prefix length "%1"</source>
        <translation>Ungültige Präfixlänge „%1“</translation>
    </message>
    <message>
        <source>Empty mechanism</source>
        <translation>Leerer Mechanismus</translation>
    </message>
    <message>
        <source>Unknown mechanism "%1"</source>
        <translation>Unbekannter Mechanismus „%1“</translation>
    </message>
    <message>
        <source>The record is %1 characters long, more than the %2 this check reads (RFC 7208 §3.4 advises under 450 so it fits one UDP answer)</source>
        <translation>Der Eintrag ist %1 Zeichen lang, mehr als die %2, die diese Prüfung liest (RFC 7208 §3.4 empfiehlt unter 450, damit er in eine UDP-Antwort passt)</translation>
    </message>
    <message numerus="yes">
        <source>The record has more than %n terms; the rest were not read</source>
        <translation>
            <numerusform>Der Eintrag hat mehr als %n Term; der Rest wurde nicht gelesen</numerusform>
            <numerusform>Der Eintrag hat mehr als %n Terme; der Rest wurde nicht gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpfResult</name>
    <message numerus="yes">
        <source>%n void</source>
        <translation>
            <numerusform>%n ergebnislos</numerusform>
            <numerusform>%n ergebnislos</numerusform>
        </translation>
    </message>
    <message>
        <source>none: no SPF record</source>
        <translation>none: kein SPF-Eintrag</translation>
    </message>
    <message>
        <source>neutral: the domain makes no statement about this IP</source>
        <translation>neutral: Die Domain trifft keine Aussage über diese IP</translation>
    </message>
    <message>
        <source>pass: the IP is authorized</source>
        <translation>pass: Die IP ist autorisiert</translation>
    </message>
    <message>
        <source>fail: the IP is not authorized</source>
        <translation>fail: Die IP ist nicht autorisiert</translation>
    </message>
    <message>
        <source>softfail: the IP is probably not authorized</source>
        <translation>softfail: Die IP ist wahrscheinlich nicht autorisiert</translation>
    </message>
    <message>
        <source>temperror: a DNS error stopped the check</source>
        <translation>temperror: Ein DNS-Fehler hat die Prüfung verhindert</translation>
    </message>
    <message>
        <source>permerror: the SPF record cannot be evaluated</source>
        <translation>permerror: Der SPF-Eintrag kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>SPF for %1</source>
        <translation>SPF für %1</translation>
    </message>
    <message>
        <source>%1 for %2 from %3</source>
        <translation>%1 für %2 von %3</translation>
    </message>
    <message>
        <source>The domain's explanation: %1</source>
        <translation>Die Erklärung der Domain: %1</translation>
    </message>
    <message>
        <source>Decided by "%1"</source>
        <translation>Entschieden durch „%1“</translation>
    </message>
    <message>
        <source>Publish this record at %1 (replacing the current SPF record).</source>
        <translation>Veröffentlichen Sie diesen Eintrag unter %1 (er ersetzt den aktuellen SPF-Eintrag).</translation>
    </message>
    <message>
        <source>1 lookup</source>
        <translation>1 Abfrage</translation>
    </message>
    <message numerus="yes">
        <source>%n lookups</source>
        <translation>
            <numerusform>%n Abfrage</numerusform>
            <numerusform>%n Abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>match</source>
        <translation>Treffer</translation>
    </message>
    <message numerus="yes">
        <source>DNS lookups counted: %n of the 10 allowed</source>
        <translation>
            <numerusform>Gezählte DNS-Abfragen: %n von 10 erlaubten</numerusform>
            <numerusform>Gezählte DNS-Abfragen: %n von 10 erlaubten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Check progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stops the running check; results so far stay on screen</source>
        <translation>Hält die laufende Prüfung an; die bisherigen Ergebnisse bleiben sichtbar</translation>
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
        <translation>Empfänger prüfen, ob Ihre Domain Ihrem Server das Senden erlaubt (SPF), ob die Nachricht signiert ist (DKIM) und was Ihre Domain von ihnen verlangt, wenn beides fehlschlägt (DMARC).</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Was geprüft wird</translation>
    </message>
    <message>
        <source>SPF, DKIM and DMARC checks</source>
        <translation>SPF-, DKIM- und DMARC-Prüfungen</translation>
    </message>
    <message>
        <source>Chec&amp;ks of the domain:</source>
        <translation>&amp;Prüfungen der Domain:</translation>
    </message>
    <message>
        <source>SPF evaluation</source>
        <translation>SPF-Auswertung</translation>
    </message>
    <message>
        <source>SPF &amp;evaluation, term by term (DNS lookups count against the limit of 10):</source>
        <translation>SPF-&amp;Auswertung, Term für Term (DNS-Abfragen zählen gegen das Limit von 10):</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>SPF evaluation tree</source>
        <translation>SPF-Auswertungsbaum</translation>
    </message>
    <message>
        <source>Each SPF term with its result and the DNS lookups it used</source>
        <translation>Jeder SPF-Term mit seinem Ergebnis und den verwendeten DNS-Abfragen</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <translation>DMARC-Ausrichtung</translation>
    </message>
    <message>
        <source>Publish the suggested records at your DNS host (copy them with the button), wait for the TTL to pass, and re-run the checks. DMARC passes when SPF or DKIM passes for a domain that matches the From address.</source>
        <translation>Veröffentlichen Sie die vorgeschlagenen Einträge bei Ihrem DNS-Anbieter (kopieren Sie sie mit der Schaltfläche), warten Sie, bis die TTL abgelaufen ist, und führen Sie die Prüfungen erneut aus. DMARC besteht, wenn SPF oder DKIM für eine Domain besteht, die zur From-Adresse passt.</translation>
    </message>
    <message>
        <source>Authentication checks cancelled.</source>
        <translation>Authentifizierungsprüfungen abgebrochen.</translation>
    </message>
    <message>
        <source>The bounce names no sender domain. Enter it on the first step (Facts for the checks).</source>
        <translation>Der Bounce nennt keine Absenderdomain. Geben Sie sie im ersten Schritt ein (Fakten für die Prüfungen).</translation>
    </message>
    <message>
        <source>No DNS resolver: %1</source>
        <translation>Kein DNS-Resolver: %1</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>Domain %1</translation>
    </message>
    <message>
        <source>DKIM selector %1</source>
        <translation>DKIM-Selektor %1</translation>
    </message>
    <message>
        <source>SPF for the sending IP %1</source>
        <translation>SPF für die sendende IP %1</translation>
    </message>
    <message>
        <source>Checking %1.</source>
        <translation>Prüfe %1.</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <source>Authentication: %1 done (%2 of %3).</source>
        <translation>Authentifizierung: %1 erledigt (%2 von %3).</translation>
    </message>
    <message>
        <source>Asking DNS…</source>
        <translation>DNS wird abgefragt …</translation>
    </message>
    <message>
        <source>No sending IP: SPF can only be evaluated for an IP. Enter it on the first step.</source>
        <translation>Keine sendende IP: SPF kann nur für eine IP ausgewertet werden. Geben Sie sie im ersten Schritt ein.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>SPF record of %1</source>
        <translation>SPF-Eintrag von %1</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message numerus="yes">
        <source>SPF for %1 sending as %2: %3. %n DNS lookup(s) of the 10 allowed.</source>
        <translation>
            <numerusform>SPF für %1 beim Senden als %2: %3. %n DNS-Abfrage von 10 erlaubten.</numerusform>
            <numerusform>SPF für %1 beim Senden als %2: %3. %n DNS-Abfragen von 10 erlaubten.</numerusform>
        </translation>
    </message>
    <message>
        <source>From domain %1 (organizational domain %2).</source>
        <translation>From-Domain %1 (Organisationsdomain %2).</translation>
    </message>
    <message>
        <source>SPF checks %1: %2.</source>
        <translation>SPF prüft %1: %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>aligned with the From domain</source>
        <translation>an der From-Domain ausgerichtet</translation>
    </message>
    <message>
        <source>not aligned with the From domain</source>
        <translation>nicht an der From-Domain ausgerichtet</translation>
    </message>
    <message>
        <source>DKIM signs as %1: %2.</source>
        <translation>DKIM signiert als %1: %2.</translation>
    </message>
    <message>
        <source>The returned message shows no DKIM signature, so only SPF can make DMARC pass.</source>
        <translation>Die zurückgesendete Nachricht zeigt keine DKIM-Signatur, daher kann nur SPF DMARC bestehen lassen.</translation>
    </message>
</context>
<context>
    <name>StepPageBlocklists</name>
    <message>
        <source>Receiving servers refuse mail from IP addresses and domains on public blocklists. This step asks each list about your sending IP and domain, and checks the IP's reverse DNS name.</source>
        <translation>Empfangende Server lehnen Mail von IP-Adressen und Domains auf öffentlichen Blocklisten ab. Dieser Schritt fragt jede Liste nach Ihrer sendenden IP und Domain und prüft den Reverse-DNS-Namen der IP.</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Was geprüft wird</translation>
    </message>
    <message>
        <source>Blocklist summary</source>
        <translation>Blocklisten-Übersicht</translation>
    </message>
    <message>
        <source>&amp;Blocklists:</source>
        <translation>&amp;Blocklisten:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Blockliste</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Blocklist results</source>
        <translation>Blocklisten-Ergebnisse</translation>
    </message>
    <message>
        <source>One row per blocklist and checked address: listed, clean or couldn't check</source>
        <translation>Eine Zeile pro Blockliste und geprüfter Adresse: gelistet, sauber oder nicht prüfbar</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Asks every blocklist again, for example after a removal request</source>
        <translation>Fragt jede Blockliste erneut, zum Beispiel nach einem Entfernungsantrag</translation>
    </message>
    <message>
        <source>Open &amp;removal page</source>
        <translation>&amp;Entfernungsseite öffnen</translation>
    </message>
    <message>
        <source>Opens the selected blocklist's removal or lookup page in the web browser</source>
        <translation>Öffnet die Entfernungs- oder Abfrageseite der ausgewählten Blockliste im Webbrowser</translation>
    </message>
    <message>
        <source>Reverse DNS of the sending IP:</source>
        <translation>Reverse-DNS der sendenden IP:</translation>
    </message>
    <message>
        <source>Reverse DNS results</source>
        <translation>Reverse-DNS-Ergebnisse</translation>
    </message>
    <message>
        <source>Listed: the list names your IP or domain; follow its removal page after fixing the reason (an infected device, an open relay, a compromised account). Couldn't check: the list did not answer or refuses your DNS resolver — this says nothing about a listing.</source>
        <translation>Gelistet: Die Liste führt Ihre IP oder Domain; nutzen Sie ihre Entfernungsseite, nachdem Sie den Grund beseitigt haben (ein infiziertes Gerät, ein offenes Relay, ein kompromittiertes Konto). Nicht prüfbar: Die Liste hat nicht geantwortet oder lehnt Ihren DNS-Resolver ab — das sagt nichts über eine Listung aus.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n list(s).</source>
        <translation>
            <numerusform>Nach %n Liste abgebrochen.</numerusform>
            <numerusform>Nach %n Listen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocklist checks cancelled.</source>
        <translation>Blocklisten-Prüfungen abgebrochen.</translation>
    </message>
    <message>
        <source>sending IP %1</source>
        <translation>sendende IP %1</translation>
    </message>
    <message>
        <source>sender domain %1</source>
        <translation>Absenderdomain %1</translation>
    </message>
    <message>
        <source>The bounce gives no sending IP or sender domain. Enter them on the first step (Facts for the checks) to check the blocklists.</source>
        <translation>Der Bounce nennt keine sendende IP und keine Absenderdomain. Geben Sie sie im ersten Schritt ein (Fakten für die Prüfungen), um die Blocklisten zu prüfen.</translation>
    </message>
    <message>
        <source>Checking %1.</source>
        <translation>Prüfe %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>No DNS resolver: %1</source>
        <translation>Kein DNS-Resolver: %1</translation>
    </message>
    <message>
        <source>The blocklist catalogue could not be loaded: %1</source>
        <translation>Der Blocklisten-Katalog konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Asking the blocklists…</source>
        <translation>Blocklisten werden abgefragt …</translation>
    </message>
    <message>
        <source>Blocklists: checking %1…</source>
        <translation>Blocklisten: prüfe %1 …</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Sauber</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Listed on %1, clean on %2, couldn't check %3.</source>
        <translation>Gelistet auf %1, sauber auf %2, nicht prüfbar: %3.</translation>
    </message>
    <message>
        <source>Blocklists done: %1 listed, %2 clean, %3 couldn't check.</source>
        <translation>Blocklisten fertig: %1 gelistet, %2 sauber, %3 nicht prüfbar.</translation>
    </message>
    <message>
        <source>Could not open a web browser. The page is: %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Die Seite ist: %1</translation>
    </message>
</context>
<context>
    <name>StepPageContent</name>
    <message>
        <source>Spam filters judge the message itself and how you send: links, attachments, size, and sudden jumps in volume. This advice comes from the message that came back with the bounce.</source>
        <translation>Spamfilter beurteilen die Nachricht selbst und wie Sie senden: Links, Anhänge, Größe und plötzliche Mengensprünge. Diese Hinweise stammen aus der Nachricht, die mit dem Bounce zurückgekommen ist.</translation>
    </message>
    <message>
        <source>What the bounce says about content</source>
        <translation>Was der Bounce über den Inhalt sagt</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Hinweise:</translation>
    </message>
    <message>
        <source>Content advice</source>
        <translation>Hinweise zum Inhalt</translation>
    </message>
    <message>
        <source>Send a plain test message without links or attachments to the same recipient. If it arrives, the content was the problem; add elements back one at a time.</source>
        <translation>Senden Sie eine schlichte Testnachricht ohne Links oder Anhänge an denselben Empfänger. Kommt sie an, lag es am Inhalt; fügen Sie die Elemente einzeln wieder hinzu.</translation>
    </message>
    <message>
        <source>Paste a bounce first.</source>
        <translation>Fügen Sie zuerst einen Bounce ein.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>The bounce does not blame the content.</source>
        <translation>Der Bounce macht nicht den Inhalt verantwortlich.</translation>
    </message>
    <message>
        <source>Returned message</source>
        <translation>Zurückgesendete Nachricht</translation>
    </message>
    <message>
        <source>The bounce did not include your message, so its content cannot be judged.</source>
        <translation>Der Bounce enthielt Ihre Nachricht nicht, daher kann ihr Inhalt nicht beurteilt werden.</translation>
    </message>
    <message>
        <source>If your mail program can show the full bounce (with the returned message), paste that instead.</source>
        <translation>Wenn Ihr Mailprogramm den vollständigen Bounce (mit der zurückgesendeten Nachricht) anzeigen kann, fügen Sie stattdessen diesen ein.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>No links.</source>
        <translation>Keine Links.</translation>
    </message>
    <message>
        <source>The body did not come back; links are unknown.</source>
        <translation>Der Nachrichtentext ist nicht zurückgekommen; die Links sind unbekannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s); %1 to other domains than yours.</source>
        <translation>
            <numerusform>%n Link; %1 auf andere Domains als Ihre.</numerusform>
            <numerusform>%n Links; %1 auf andere Domains als Ihre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters rate every linked domain. Link to your own domain, avoid URL shorteners and tracking redirects, and keep the number of links small.</source>
        <translation>Filter bewerten jede verlinkte Domain. Verlinken Sie auf Ihre eigene Domain, vermeiden Sie URL-Kürzer und Tracking-Weiterleitungen und halten Sie die Zahl der Links gering.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s), all to your own domain.</source>
        <translation>
            <numerusform>%n Link, auf Ihre eigene Domain.</numerusform>
            <numerusform>%n Links, alle auf Ihre eigene Domain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Keine Anhänge.</translation>
    </message>
    <message>
        <source>Attachments that filters often block: %1</source>
        <translation>Anhänge, die Filter oft blockieren: %1</translation>
    </message>
    <message>
        <source>Share such files through a link to a file service instead of attaching them.</source>
        <translation>Teilen Sie solche Dateien über einen Link zu einem Dateidienst, statt sie anzuhängen.</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The message body is %1.</source>
        <translation>Der Nachrichtentext ist %1 groß.</translation>
    </message>
    <message>
        <source>Many servers refuse messages over 10–25 MB. Send large files as a link.</source>
        <translation>Viele Server lehnen Nachrichten über 10–25 MB ab. Senden Sie große Dateien als Link.</translation>
    </message>
    <message>
        <source>Sending activity</source>
        <translation>Versandaktivität</translation>
    </message>
    <message>
        <source>Sudden volume from a new IP or domain looks like spam to receivers.</source>
        <translation>Plötzliche Mengen von einer neuen IP oder Domain sehen für Empfänger wie Spam aus.</translation>
    </message>
    <message>
        <source>If you recently started sending much more mail (a newsletter, a new server), ramp up over days, send only to people who asked for it, and offer a one-click unsubscribe.</source>
        <translation>Wenn Sie kürzlich begonnen haben, deutlich mehr Mail zu senden (ein Newsletter, ein neuer Server), steigern Sie die Menge über mehrere Tage, senden Sie nur an Personen, die es wünschen, und bieten Sie eine Abmeldung mit einem Klick an.</translation>
    </message>
</context>
<context>
    <name>StepPageMailbox</name>
    <message>
        <source>The address exists, but the recipient's mailbox did not take the message. Only the recipient (or their mail administrator) can change that; here is what to tell them.</source>
        <translation>Die Adresse existiert, aber das Postfach des Empfängers hat die Nachricht nicht angenommen. Nur der Empfänger (oder sein Mail-Administrator) kann das ändern; hier steht, was Sie ihm mitteilen können.</translation>
    </message>
    <message>
        <source>What the bounce says</source>
        <translation>Was der Bounce sagt</translation>
    </message>
    <message>
        <source>When to retry</source>
        <translation>Wann erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Message to send the recipient by another way (phone, chat, another address):</source>
        <translation>&amp;Nachricht, die Sie dem Empfänger auf anderem Weg senden können (Telefon, Chat, andere Adresse):</translation>
    </message>
    <message>
        <source>Message for the recipient</source>
        <translation>Nachricht für den Empfänger</translation>
    </message>
    <message>
        <source>A ready-to-send text; edit it as you like and copy it</source>
        <translation>Ein versandfertiger Text; bearbeiten Sie ihn nach Belieben und kopieren Sie ihn</translation>
    </message>
    <message>
        <source>Cop&amp;y message</source>
        <translation>Nachricht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the message above to the clipboard</source>
        <translation>Kopiert die obige Nachricht in die Zwischenablage</translation>
    </message>
    <message>
        <source>I have &amp;told the recipient</source>
        <translation>Ich habe den Empfänger &amp;informiert</translation>
    </message>
    <message>
        <source>Marks this step as done</source>
        <translation>Markiert diesen Schritt als erledigt</translation>
    </message>
    <message>
        <source>Message copied to the clipboard.</source>
        <translation>Nachricht in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>A full or disabled mailbox is on the recipient's side. Send them the text by another channel; retry only when the bounce says the problem is temporary or after they have fixed it.</source>
        <translation>Ein volles oder deaktiviertes Postfach liegt auf der Seite des Empfängers. Senden Sie ihm den Text auf anderem Weg; versuchen Sie es erst erneut, wenn der Bounce das Problem als vorübergehend bezeichnet oder nachdem er es behoben hat.</translation>
    </message>
    <message>
        <source>%1: %2
“%3”</source>
        <translation>%1: %2
„%3“</translation>
    </message>
    <message>
        <source>The bounce does not point to the recipient's mailbox.</source>
        <translation>Der Bounce weist nicht auf das Postfach des Empfängers hin.</translation>
    </message>
    <message>
        <source>Retry after the recipient has made room — usually within a day or two. Many servers retry a full mailbox on their own for a few days; after a permanent 5.2.2 they do not.</source>
        <translation>Versuchen Sie es erneut, nachdem der Empfänger Platz geschaffen hat — meist innerhalb von ein oder zwei Tagen. Viele Server versuchen die Zustellung an ein volles Postfach einige Tage lang selbst erneut; nach einem permanenten 5.2.2 nicht.</translation>
    </message>
    <message>
        <source>your mailbox is full, so my message was returned. Could you delete or archive some mail and tell me when I can send it again?</source>
        <translation>Ihr Postfach ist voll, daher wurde meine Nachricht zurückgesendet. Könnten Sie bitte einige Mails löschen oder archivieren und mir sagen, wann ich sie erneut senden kann?</translation>
    </message>
    <message>
        <source>Do not retry this address: it is closed or suspended. Ask for a current address instead.</source>
        <translation>Versuchen Sie es nicht erneut an diese Adresse: Sie ist geschlossen oder gesperrt. Fragen Sie stattdessen nach einer aktuellen Adresse.</translation>
    </message>
    <message>
        <source>my message to this address was returned because the mailbox is closed or suspended. Do you have another address I should use?</source>
        <translation>meine Nachricht an diese Adresse wurde zurückgesendet, weil das Postfach geschlossen oder gesperrt ist. Haben Sie eine andere Adresse, die ich verwenden soll?</translation>
    </message>
    <message>
        <source>Retry only after the recipient (or their administrator) has allowed mail from you.</source>
        <translation>Versuchen Sie es erst erneut, wenn der Empfänger (oder sein Administrator) Mail von Ihnen zugelassen hat.</translation>
    </message>
    <message>
        <source>your mail server refused my message (%1). Could you ask your mail administrator to allow mail from my address or domain, and tell me when it is done?</source>
        <translation>Ihr Mailserver hat meine Nachricht abgelehnt (%1). Könnten Sie bitte Ihren Mail-Administrator bitten, Mail von meiner Adresse oder Domain zuzulassen, und mir Bescheid geben, wenn das erledigt ist?</translation>
    </message>
    <message>
        <source>Nothing in the bounce concerns the recipient's mailbox; this step can be skipped.</source>
        <translation>Nichts im Bounce betrifft das Postfach des Empfängers; dieser Schritt kann übersprungen werden.</translation>
    </message>
    <message>
        <source>my message to you was returned by your mail server. Could you check that your mailbox can receive mail from me?</source>
        <translation>meine Nachricht an Sie wurde von Ihrem Mailserver zurückgesendet. Könnten Sie bitte prüfen, ob Ihr Postfach Mail von mir empfangen kann?</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>Ihre Adresse</translation>
    </message>
    <message>
        <source>Hello,

I tried to email you at %1, but %2

Thank you!</source>
        <translation>Guten Tag,

ich habe versucht, Ihnen an %1 zu schreiben, aber %2

Vielen Dank!</translation>
    </message>
</context>
<context>
    <name>StepPagePaste</name>
    <message>
        <source>Paste the bounce message you received — the whole message if you have it, or just the error text. You can also drop an .eml or .txt file here. The analysis starts as soon as you stop typing.</source>
        <translation>Fügen Sie den erhaltenen Unzustellbarkeitsbericht ein — die ganze Nachricht, wenn Sie sie haben, oder nur den Fehlertext. Sie können auch eine .eml- oder .txt-Datei hierher ziehen. Die Analyse beginnt, sobald Sie aufhören zu tippen.</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Opens a saved bounce message (.eml or .txt)</source>
        <translation>Öffnet einen gespeicherten Unzustellbarkeitsbericht (.eml oder .txt)</translation>
    </message>
    <message>
        <source>&amp;Paste from clipboard</source>
        <translation>Aus Zwischenablage &amp;einfügen</translation>
    </message>
    <message>
        <source>Replaces the text below with the clipboard's contents</source>
        <translation>Ersetzt den Text unten durch den Inhalt der Zwischenablage</translation>
    </message>
    <message>
        <source>Sa&amp;mple bounces</source>
        <translation>&amp;Beispiel-Bounces</translation>
    </message>
    <message>
        <source>Loads an example bounce to see how the analysis works</source>
        <translation>Lädt einen Beispiel-Bounce, um zu zeigen, wie die Analyse funktioniert</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Leere&amp;n</translation>
    </message>
    <message>
        <source>Empties the bounce text; Undo brings it back</source>
        <translation>Leert den Bounce-Text; Rückgängig stellt ihn wieder her</translation>
    </message>
    <message>
        <source>Bounce te&amp;xt:</source>
        <translation>Bounce-&amp;Text:</translation>
    </message>
    <message>
        <source>Paste the bounce here (Ctrl+V), or drop a file…</source>
        <translation>Bounce hier einfügen (Strg+V) oder eine Datei hierher ziehen …</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>Bounce-Text</translation>
    </message>
    <message>
        <source>The bounce message to analyse. Evidence that decided the cause is highlighted.</source>
        <translation>Der zu analysierende Unzustellbarkeitsbericht. Belege, die über die Ursache entschieden haben, sind hervorgehoben.</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>Analysestatus</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Cause explained</source>
        <translation>Ursache erklärt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Fix steps that apply</source>
        <translation>Zutreffende Lösungsschritte</translation>
    </message>
    <message>
        <source>Sending server</source>
        <translation>Sendeserver</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>Was nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>Recipien&amp;ts:</source>
        <translation>E&amp;mpfänger:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>One row per recipient with its status, reply code, reason and cause</source>
        <translation>Eine Zeile pro Empfänger mit Status, Antwortcode, Grund und Ursache</translation>
    </message>
    <message>
        <source>Facts for the checks</source>
        <translation>Fakten für die Prüfungen</translation>
    </message>
    <message>
        <source>Sending &amp;IP:</source>
        <translation>Sendende &amp;IP:</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>Sendende IP</translation>
    </message>
    <message>
        <source>The public IP address of the server that sent your message</source>
        <translation>Die öffentliche IP-Adresse des Servers, der Ihre Nachricht gesendet hat</translation>
    </message>
    <message>
        <source>HE&amp;LO name:</source>
        <translation>HE&amp;LO-Name:</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO-Name</translation>
    </message>
    <message>
        <source>The name your server introduced itself with</source>
        <translation>Der Name, mit dem sich Ihr Server vorgestellt hat</translation>
    </message>
    <message>
        <source>Sen&amp;der domain:</source>
        <translation>Absender&amp;domain:</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Absenderdomain</translation>
    </message>
    <message>
        <source>The domain of your address, checked for SPF, DKIM and DMARC</source>
        <translation>Die Domain Ihrer Adresse, geprüft auf SPF, DKIM und DMARC</translation>
    </message>
    <message>
        <source>Recipient dom&amp;ain:</source>
        <translation>Empfängerdom&amp;ain:</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Empfängerdomain</translation>
    </message>
    <message>
        <source>The domain of the address that bounced</source>
        <translation>Die Domain der Adresse, die zurückgekommen ist</translation>
    </message>
    <message>
        <source>DKIM s&amp;elector:</source>
        <translation>DKIM-&amp;Selektor:</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>DKIM-Selektor</translation>
    </message>
    <message>
        <source>The s= tag of your message's DKIM signature</source>
        <translation>Das s=-Tag der DKIM-Signatur Ihrer Nachricht</translation>
    </message>
    <message>
        <source>D&amp;KIM domain:</source>
        <translation>D&amp;KIM-Domain:</translation>
    </message>
    <message>
        <source>DKIM domain</source>
        <translation>DKIM-Domain</translation>
    </message>
    <message>
        <source>The d= tag of your message's DKIM signature</source>
        <translation>Das d=-Tag der DKIM-Signatur Ihrer Nachricht</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>Bounce wird gelesen …</translation>
    </message>
    <message>
        <source>Gmail: address not found (5.1.1)</source>
        <translation>Gmail: Adresse nicht gefunden (5.1.1)</translation>
    </message>
    <message>
        <source>Microsoft 365: banned sending IP (5.7.606)</source>
        <translation>Microsoft 365: gesperrte sendende IP (5.7.606)</translation>
    </message>
    <message>
        <source>Gmail via Postfix: DMARC policy (5.7.26)</source>
        <translation>Gmail über Postfix: DMARC-Richtlinie (5.7.26)</translation>
    </message>
    <message>
        <source>Exim: mailbox full (5.2.2)</source>
        <translation>Exim: Postfach voll (5.2.2)</translation>
    </message>
    <message>
        <source>Paste a bounce first: the next steps start from what it says.</source>
        <translation>Fügen Sie zuerst einen Bounce ein: Die nächsten Schritte gehen von seinem Inhalt aus.</translation>
    </message>
    <message>
        <source>Analysis cancelled. Edit the text or press Next to run it again.</source>
        <translation>Analyse abgebrochen. Bearbeiten Sie den Text oder klicken Sie auf „Weiter“, um sie erneut auszuführen.</translation>
    </message>
    <message>
        <source>Paste the bounce (the message that says your mail was not delivered). Bounce Doctor reads the codes and wording, names the cause, highlights the words that decided it, and picks the fix steps that apply. Correct a fact (for example the sending IP) if it was read wrongly; the later checks use these fields.</source>
        <translation>Fügen Sie den Bounce ein (die Nachricht, die besagt, dass Ihre Mail nicht zugestellt wurde). Bounce Doctor liest die Codes und Formulierungen, benennt die Ursache, hebt die entscheidenden Wörter hervor und wählt die zutreffenden Lösungsschritte aus. Korrigieren Sie einen Fakt (zum Beispiel die sendende IP), wenn er falsch gelesen wurde; die späteren Prüfungen verwenden diese Felder.</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>Bounce öffnen</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt *.msg *.mbox);;All files (*)</source>
        <translation>Nachrichten (*.eml *.txt *.msg *.mbox);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; that is not a bounce message.</source>
        <translation>%1 ist größer als 32 MB; das ist kein Unzustellbarkeitsbericht.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opened %1 (%2).</source>
        <translation>%1 geöffnet (%2).</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the bounce in your mail program first.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie den Bounce zuerst in Ihrem Mailprogramm.</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>%1 wird analysiert …</translation>
    </message>
    <message>
        <source>Analysed %1 in %2 ms: %3.</source>
        <translation>%1 in %2 ms analysiert: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 in %2 ms · format: %3 · %n recipient(s)</source>
        <translation>
            <numerusform>%1 in %2 ms gelesen · Format: %3 · %n Empfänger</numerusform>
            <numerusform>%1 in %2 ms gelesen · Format: %3 · %n Empfänger</numerusform>
        </translation>
    </message>
    <message>
        <source>unrecognised</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>No finer reason could be named.</source>
        <translation>Es konnte kein genauerer Grund benannt werden.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>confidence %1 %</source>
        <translation>Konfidenz %1 %</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing to fix: this is not a permanent delivery failure.</source>
        <translation>Nichts zu beheben: Dies ist kein permanenter Zustellfehler.</translation>
    </message>
    <message>
        <source>No fix step could be chosen from this bounce; the checks in the list can still be run.</source>
        <translation>Aus diesem Bounce konnte kein Lösungsschritt gewählt werden; die Prüfungen in der Liste können trotzdem ausgeführt werden.</translation>
    </message>
    <message>
        <source>Fix steps that apply (selected in the list): %1</source>
        <translation>Zutreffende Lösungsschritte (in der Liste ausgewählt): %1</translation>
    </message>
    <message>
        <source>Nothing analysed yet.</source>
        <translation>Noch nichts analysiert.</translation>
    </message>
    <message>
        <source>Paste a bounce to see its cause.</source>
        <translation>Fügen Sie einen Bounce ein, um seine Ursache zu sehen.</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Belege (%1)</translation>
    </message>
    <message>
        <source>Restored the bounce you were working on last time.</source>
        <translation>Der Bounce, an dem Sie zuletzt gearbeitet haben, wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>StepPageRecipient</name>
    <message>
        <source>A mistyped or closed address is the most common reason for a bounce. This step checks the address and whether its domain can receive mail at all.</source>
        <translation>Eine falsch geschriebene oder geschlossene Adresse ist der häufigste Grund für einen Bounce. Dieser Schritt prüft die Adresse und ob ihre Domain überhaupt Mail empfangen kann.</translation>
    </message>
    <message>
        <source>What the bounce says</source>
        <translation>Was der Bounce sagt</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Empfängeradresse</translation>
    </message>
    <message>
        <source>The address to check; correct it and press Check again</source>
        <translation>Die zu prüfende Adresse; korrigieren Sie sie und klicken Sie auf „Erneut prüfen“</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Checks the address and its domain again</source>
        <translation>Prüft die Adresse und ihre Domain erneut</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address syntax</source>
        <translation>Adress-Syntax</translation>
    </message>
    <message>
        <source>Typo hint</source>
        <translation>Tippfehler-Hinweis</translation>
    </message>
    <message>
        <source>Co&amp;rrected address:</source>
        <translation>&amp;Korrigierte Adresse:</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>Korrigierte Adresse</translation>
    </message>
    <message>
        <source>Cop&amp;y corrected address</source>
        <translation>Korrigierte Adresse k&amp;opieren</translation>
    </message>
    <message>
        <source>Copies the corrected address to the clipboard</source>
        <translation>Kopiert die korrigierte Adresse in die Zwischenablage</translation>
    </message>
    <message>
        <source>Recipient domain checks</source>
        <translation>Prüfungen der Empfängerdomain</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Check the address for typos. If the bounce says the mailbox does not exist but the domain is fine, ask the recipient for their current address by another channel (phone, another address).</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler. Wenn der Bounce sagt, dass das Postfach nicht existiert, die Domain aber in Ordnung ist, fragen Sie den Empfänger auf anderem Weg (Telefon, andere Adresse) nach seiner aktuellen Adresse.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(recipient not stated)</source>
        <translation>(Empfänger nicht angegeben)</translation>
    </message>
    <message>
        <source>The bounce names no recipient; type the address below.</source>
        <translation>Der Bounce nennt keinen Empfänger; geben Sie die Adresse unten ein.</translation>
    </message>
    <message>
        <source>The bounce says:
%1</source>
        <translation>Der Bounce sagt:
%1</translation>
    </message>
    <message>
        <source>Recipient checks cancelled.</source>
        <translation>Empfängerprüfungen abgebrochen.</translation>
    </message>
    <message>
        <source>No address to check.</source>
        <translation>Keine Adresse zu prüfen.</translation>
    </message>
    <message>
        <source>The address is well formed.</source>
        <translation>Die Adresse ist korrekt aufgebaut.</translation>
    </message>
    <message>
        <source>The address is not well formed: it needs one name, an @ and a domain like example.com.</source>
        <translation>Die Adresse ist nicht korrekt aufgebaut: Sie benötigt einen Namen, ein @ und eine Domain wie example.com.</translation>
    </message>
    <message>
        <source>“%1” looks like a typo of “%2”.</source>
        <translation>„%1“ sieht wie ein Tippfehler von „%2“ aus.</translation>
    </message>
    <message>
        <source>The domain could not be checked: %1</source>
        <translation>Die Domain konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Looking up the recipient's domain…</source>
        <translation>Die Domain des Empfängers wird abgefragt …</translation>
    </message>
    <message>
        <source>Checking the domain %1 (MX, A/AAAA)…</source>
        <translation>Die Domain %1 wird geprüft (MX, A/AAAA) …</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>The domain accepts mail, but its server says this mailbox does not exist. Confirm the address with the recipient by another channel.</source>
        <translation>Die Domain nimmt Mail an, aber ihr Server meldet, dass dieses Postfach nicht existiert. Bestätigen Sie die Adresse mit dem Empfänger auf anderem Weg.</translation>
    </message>
</context>
<context>
    <name>StepPageResend</name>
    <message>
        <source>Before you send the message again, make sure what caused the bounce is fixed: re-run the checks and compare. Resending too early can make a blocklisting or a reputation problem worse.</source>
        <translation>Bevor Sie die Nachricht erneut senden, stellen Sie sicher, dass die Ursache des Bounce behoben ist: Führen Sie die Prüfungen erneut aus und vergleichen Sie. Zu frühes erneutes Senden kann eine Blocklisten-Listung oder ein Reputationsproblem verschlimmern.</translation>
    </message>
    <message>
        <source>Chec&amp;klist:</source>
        <translation>&amp;Checkliste:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Fix checklist</source>
        <translation>Checkliste zur Behebung</translation>
    </message>
    <message>
        <source>Each step that applies, its state now and before the re-run, and what was found</source>
        <translation>Jeder zutreffende Schritt, sein Status jetzt und vor der erneuten Prüfung sowie was gefunden wurde</translation>
    </message>
    <message>
        <source>Re-r&amp;un all checks</source>
        <translation>Alle Prüfungen erneut &amp;ausführen</translation>
    </message>
    <message>
        <source>Runs every check of the steps again and compares with the first run</source>
        <translation>Führt jede Prüfung der Schritte erneut aus und vergleicht mit dem ersten Durchlauf</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Saves the whole case: the bounce summary, evidence and every check result</source>
        <translation>Speichert den gesamten Fall: die Bounce-Zusammenfassung, die Belege und jedes Prüfergebnis</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Work through the steps marked “Needs action”, then press Re-run all checks. Resend only when nothing needs action; for a blocklisting, wait until the list has removed you.</source>
        <translation>Arbeiten Sie die mit „Handlungsbedarf“ markierten Schritte ab und klicken Sie dann auf „Alle Prüfungen erneut ausführen“. Senden Sie erst erneut, wenn nirgends mehr Handlungsbedarf besteht; warten Sie bei einer Blocklisten-Listung, bis die Liste Sie entfernt hat.</translation>
    </message>
    <message numerus="yes">
        <source>Re-running the checks of %n step(s)…</source>
        <translation>
            <numerusform>Die Prüfungen von %n Schritt werden erneut ausgeführt …</numerusform>
            <numerusform>Die Prüfungen von %n Schritten werden erneut ausgeführt …</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-running checks…</source>
        <translation>Prüfungen werden erneut ausgeführt …</translation>
    </message>
    <message>
        <source>All checks re-run.</source>
        <translation>Alle Prüfungen erneut ausgeführt.</translation>
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
        <translation>Nichts Fehlerhaftes gefunden.</translation>
    </message>
    <message>
        <source>Paste a bounce first.</source>
        <translation>Fügen Sie zuerst einen Bounce ein.</translation>
    </message>
    <message>
        <source>Re-run all checks when you have made your changes; the advice to resend comes after that.</source>
        <translation>Führen Sie alle Prüfungen erneut aus, wenn Sie Ihre Änderungen vorgenommen haben; die Empfehlung zum erneuten Senden folgt danach.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n step(s) still need action. Fix them and re-run the checks before you resend.</source>
        <translation>
            <numerusform>Noch nicht: %n Schritt hat noch Handlungsbedarf. Beheben Sie ihn und führen Sie die Prüfungen erneut aus, bevor Sie erneut senden.</numerusform>
            <numerusform>Noch nicht: %n Schritte haben noch Handlungsbedarf. Beheben Sie sie und führen Sie die Prüfungen erneut aus, bevor Sie erneut senden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing that could be checked needs action, but %n step(s) could not be checked. Resend one message first and watch for a new bounce before resending the rest.</source>
        <translation>
            <numerusform>Nichts Prüfbares hat Handlungsbedarf, aber %n Schritt war nicht prüfbar. Senden Sie zuerst eine Nachricht erneut und achten Sie auf einen neuen Bounce, bevor Sie den Rest erneut senden.</numerusform>
            <numerusform>Nichts Prüfbares hat Handlungsbedarf, aber %n Schritte waren nicht prüfbar. Senden Sie zuerst eine Nachricht erneut und achten Sie auf einen neuen Bounce, bevor Sie den Rest erneut senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything checked is in order. Resend the message — once, to the affected recipients only. If it bounces again, paste the new bounce.</source>
        <translation>Alles Geprüfte ist in Ordnung. Senden Sie die Nachricht erneut — einmal und nur an die betroffenen Empfänger. Kommt sie wieder zurück, fügen Sie den neuen Bounce ein.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The bounce: %1</source>
        <translation>Der Bounce: %1</translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown (*.md);;PDF (*.pdf);;JSON (*.json)</source>
        <translation>Webseite (*.html);;Markdown (*.md);;PDF (*.pdf);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>StepPageSmtp</name>
    <message>
        <source>Test the outgoing server settings of your mail program or web site: Bounce Doctor connects the way they do and tells you, step by step, where it goes wrong. Your password is never saved.</source>
        <translation>Testen Sie die Einstellungen für den Postausgangsserver Ihres Mailprogramms oder Ihrer Website: Bounce Doctor verbindet sich auf dieselbe Weise und zeigt Ihnen Schritt für Schritt, wo es scheitert. Ihr Passwort wird nie gespeichert.</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (Port 465)</translation>
    </message>
    <message>
        <source>STARTTLS if offered</source>
        <translation>STARTTLS, falls angeboten</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>empty: test without logging in</source>
        <translation>leer: ohne Anmeldung testen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Used for this test only and never saved</source>
        <translation>Nur für diesen Test verwendet und nie gespeichert</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>Sender address for the test</source>
        <translation>Absenderadresse für den Test</translation>
    </message>
    <message>
        <source>empty: stop after logging in</source>
        <translation>leer: nach der Anmeldung aufhören</translation>
    </message>
    <message>
        <source>Recipient address for the test</source>
        <translation>Empfängeradresse für den Test</translation>
    </message>
    <message>
        <source>asked with RCPT TO, no message is sent</source>
        <translation>wird mit RCPT TO abgefragt, es wird keine Nachricht gesendet</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Aut&amp;hentifizierung:</translation>
    </message>
    <message>
        <source>Sen&amp;der (optional):</source>
        <translation>Absen&amp;der (optional):</translation>
    </message>
    <message>
        <source>Recipien&amp;t (optional):</source>
        <translation>Empfän&amp;ger (optional):</translation>
    </message>
    <message>
        <source>Detect settin&amp;gs</source>
        <translation>Einstellungen &amp;erkennen</translation>
    </message>
    <message>
        <source>Tries the usual ports and security modes of the server and fills in what works</source>
        <translation>Probiert die üblichen Ports und Sicherheitsmodi des Servers aus und trägt ein, was funktioniert</translation>
    </message>
    <message>
        <source>Te&amp;st</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Connects to the server with these settings and shows each step</source>
        <translation>Verbindet sich mit diesen Einstellungen mit dem Server und zeigt jeden Schritt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Trust this certificate for this test</source>
        <translation>Diesem Zertifikat für diesen Test vertrauen</translation>
    </message>
    <message>
        <source>Repeats the test accepting only this one certificate, identified by its SHA-256 fingerprint</source>
        <translation>Wiederholt den Test und akzeptiert dabei nur dieses eine Zertifikat, identifiziert über seinen SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>TLS-Details</translation>
    </message>
    <message>
        <source>Conve&amp;rsation with the server (passwords hidden):</source>
        <translation>Dia&amp;log mit dem Server (Passwörter ausgeblendet):</translation>
    </message>
    <message>
        <source>SMTP conversation</source>
        <translation>SMTP-Dialog</translation>
    </message>
    <message>
        <source>SMTP test result</source>
        <translation>SMTP-Testergebnis</translation>
    </message>
    <message>
        <source>Use the same server, port and security as your mail program. Port 587 uses STARTTLS, port 465 uses SSL/TLS. The test logs in only if you give a user name, and never sends a message.</source>
        <translation>Verwenden Sie denselben Server, Port und dieselbe Sicherheit wie Ihr Mailprogramm. Port 587 verwendet STARTTLS, Port 465 verwendet SSL/TLS. Der Test meldet sich nur an, wenn Sie einen Benutzernamen angeben, und sendet nie eine Nachricht.</translation>
    </message>
    <message>
        <source>Enter the SMTP server's name first.</source>
        <translation>Geben Sie zuerst den Namen des SMTP-Servers ein.</translation>
    </message>
    <message>
        <source>Testing %1:%2…</source>
        <translation>%1:%2 wird getestet …</translation>
    </message>
    <message>
        <source>The server accepted these settings.</source>
        <translation>Der Server hat diese Einstellungen akzeptiert.</translation>
    </message>
    <message>
        <source>The test stopped at: %1</source>
        <translation>Der Test wurde angehalten bei: %1</translation>
    </message>
    <message>
        <source>Encrypted with %1, %2.</source>
        <translation>Verschlüsselt mit %1, %2.</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete.</source>
        <translation>Der TLS-Handshake wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid until %3.</source>
        <translation>Zertifikat: %1, ausgestellt von %2, gültig bis %3.</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>Trusted for this test by its fingerprint.</source>
        <translation>Für diesen Test über seinen Fingerabdruck als vertrauenswürdig eingestuft.</translation>
    </message>
    <message>
        <source>No TLS was used.</source>
        <translation>Es wurde kein TLS verwendet.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1).
SHA-256 fingerprint: %2
Compare it with the one your provider publishes before trusting it.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig (%1).
SHA-256-Fingerabdruck: %2
Vergleichen Sie ihn mit dem von Ihrem Anbieter veröffentlichten, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Enter your address (as sender or user name) or the server's name to detect settings.</source>
        <translation>Geben Sie Ihre Adresse (als Absender oder Benutzername) oder den Namen des Servers ein, um die Einstellungen zu erkennen.</translation>
    </message>
    <message>
        <source>Detect: %1:%2 (%3) — %4</source>
        <translation>Erkennung: %1:%2 (%3) — %4</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message numerus="yes">
        <source>No working settings were found (%n combination(s) tried).</source>
        <translation>
            <numerusform>Es wurden keine funktionierenden Einstellungen gefunden (%n Kombination ausprobiert).</numerusform>
            <numerusform>Es wurden keine funktionierenden Einstellungen gefunden (%n Kombinationen ausprobiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Found: %1, port %2, %3. Press Test to check it with your login.</source>
        <translation>Gefunden: %1, Port %2, %3. Klicken Sie auf „Testen“, um es mit Ihrer Anmeldung zu prüfen.</translation>
    </message>
    <message>
        <source>Trying the usual servers and ports…</source>
        <translation>Die üblichen Server und Ports werden ausprobiert …</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <source>"%1" at position %2 is not of the form tag=value.</source>
        <translation>„%1“ an Position %2 hat nicht die Form tag=wert.</translation>
    </message>
    <message>
        <source>"%1" at position %2 is not a valid tag name.</source>
        <translation>„%1“ an Position %2 ist kein gültiger Tag-Name.</translation>
    </message>
</context>
<context>
    <name>TlsRptCheck</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>Das Tag %1= kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <source>The record must start with v=TLSRPTv1.</source>
        <translation>Der Eintrag muss mit v=TLSRPTv1 beginnen.</translation>
    </message>
    <message>
        <source>The record has no rua= tag, which is required.</source>
        <translation>Der Eintrag hat kein rua=-Tag, das erforderlich ist.</translation>
    </message>
    <message>
        <source>rua= holds "%1"; only mailto: and https: URIs are allowed.</source>
        <translation>rua= enthält „%1“; nur mailto:- und https:-URIs sind erlaubt.</translation>
    </message>
    <message>
        <source>TLS reporting of %1</source>
        <translation>TLS-Berichte von %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Es wurde kein gültiger Domainname angegeben.</translation>
    </message>
    <message>
        <source>%1 does not publish TLS reporting (optional: senders would report TLS failures to you).</source>
        <translation>%1 veröffentlicht keine TLS-Berichte (optional: Absender würden Ihnen TLS-Fehler melden).</translation>
    </message>
    <message numerus="yes">
        <source>_smtp._tls.%1 has %n TLS-RPT records; with more than one, senders ignore them (RFC 8460 §3).</source>
        <translation>
            <numerusform>_smtp._tls.%1 hat %n TLS-RPT-Eintrag; bei mehr als einem ignorieren Absender sie (RFC 8460 §3).</numerusform>
            <numerusform>_smtp._tls.%1 hat %n TLS-RPT-Einträge; bei mehr als einem ignorieren Absender sie (RFC 8460 §3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one v=TLSRPTv1 record.</source>
        <translation>Behalten Sie genau einen v=TLSRPTv1-Eintrag.</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 is invalid: %2</source>
        <translation>Der TLS-RPT-Eintrag von %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Publish "v=TLSRPTv1; rua=mailto:tls-reports@%1".</source>
        <translation>Veröffentlichen Sie „v=TLSRPTv1; rua=mailto:tls-reports@%1“.</translation>
    </message>
    <message>
        <source>%1 publishes TLS reporting (%2).</source>
        <translation>%1 veröffentlicht TLS-Berichte (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Troubleshoot SMTP bounces step by step.</source>
        <translation>SMTP-Bounces Schritt für Schritt untersuchen und beheben.</translation>
    </message>
    <message>
        <source>Use this DNS server (HOST[:PORT]) for the checks.</source>
        <translation>Diesen DNS-Server (HOST[:PORT]) für die Prüfungen verwenden.</translation>
    </message>
    <message>
        <source>Render every step to PNG files in DIR and exit.</source>
        <translation>Jeden Schritt als PNG-Dateien in DIR darstellen und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: the sample bounce to show.</source>
        <translation>Mit --screenshot: der anzuzeigende Beispiel-Bounce.</translation>
    </message>
    <message>
        <source>A bounce message to open.</source>
        <translation>Ein zu öffnender Unzustellbarkeitsbericht.</translation>
    </message>
</context>
</TS>
