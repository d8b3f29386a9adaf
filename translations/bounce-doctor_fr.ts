<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cause:      </source>
        <translation>Cause :     </translation>
    </message>
    <message>
        <source>            </source>
        <translation>            </translation>
    </message>
    <message>
        <source>Reason:     </source>
        <translation>Raison :    </translation>
    </message>
    <message>
        <source>Codes:      </source>
        <translation>Codes :     </translation>
    </message>
    <message>
        <source>Confidence: </source>
        <translation>Confiance : </translation>
    </message>
    <message>
        <source>Format:     </source>
        <translation>Format :    </translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Éléments :</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires :</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>(aucun trouvé)</translation>
    </message>
    <message>
        <source>remote server: </source>
        <translation>serveur distant : </translation>
    </message>
    <message>
        <source>at: </source>
        <translation>à : </translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>Faits :</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Avertissement : </translation>
    </message>
    <message>
        <source>Read bounce messages and name the cause of each failure.</source>
        <translation>Lit les messages de non-remise et indique la cause de chaque échec.</translation>
    </message>
    <message>
        <source>One JSON object per input, one per line.</source>
        <translation>Un objet JSON par entrée, un par ligne.</translation>
    </message>
    <message>
        <source>Bounce files (.eml or text); none or '-' reads standard input.</source>
        <translation>Fichiers de rebond (.eml ou texte) ; aucun ou « - » lit l'entrée standard.</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erreur : </translation>
    </message>
</context>
<context>
    <name>AresResolver</name>
    <message>
        <source>could not set up the DNS resolver: %1</source>
        <translation>impossible de configurer le résolveur DNS : %1</translation>
    </message>
    <message>
        <source>could not use the DNS servers %1: %2</source>
        <translation>impossible d'utiliser les serveurs DNS %1 : %2</translation>
    </message>
    <message>
        <source>CNAME loop: %1</source>
        <translation>Boucle CNAME : %1</translation>
    </message>
    <message>
        <source>the DNS server answered with error code %1</source>
        <translation>le serveur DNS a répondu avec le code d'erreur %1</translation>
    </message>
    <message numerus="yes">
        <source>CNAME chain longer than %n aliases</source>
        <translation>
            <numerusform>chaîne CNAME de plus de %n alias</numerusform>
            <numerusform>chaîne CNAME de plus de %n alias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthCheckJob</name>
    <message>
        <source>No DNS resolver is available.</source>
        <translation>Aucun résolveur DNS n'est disponible.</translation>
    </message>
    <message>
        <source>The DNS query for %1 (%2) failed: %3.</source>
        <translation>La requête DNS pour %1 (%2) a échoué : %3.</translation>
    </message>
    <message>
        <source>This says nothing about the record itself; try again, or use another DNS server (--dns-server).</source>
        <translation>Cela ne dit rien de l'enregistrement lui-même ; réessayez ou utilisez un autre serveur DNS (--dns-server).</translation>
    </message>
</context>
<context>
    <name>AuthKnowledge</name>
    <message>
        <source>Knowledge file %1 is missing from this build.</source>
        <translation>Le fichier de connaissances %1 est absent de cette version.</translation>
    </message>
    <message>
        <source>Knowledge file %1 is not valid JSON at offset %2: %3.</source>
        <translation>Le fichier de connaissances %1 n'est pas un JSON valide à la position %2 : %3.</translation>
    </message>
    <message>
        <source>Knowledge file %1 must hold a JSON object.</source>
        <translation>Le fichier de connaissances %1 doit contenir un objet JSON.</translation>
    </message>
    <message>
        <source>Knowledge file %1, entry %2: %3</source>
        <translation>Fichier de connaissances %1, entrée %2 : %3</translation>
    </message>
</context>
<context>
    <name>Blocklist</name>
    <message>
        <source>%1: entry "%2": %3</source>
        <translation>%1 : entrée « %2 » : %3</translation>
    </message>
    <message>
        <source>Cannot read the blocklist catalogue %1: %2</source>
        <translation>Impossible de lire le catalogue de listes de blocage %1 : %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1 : JSON non valide à la position %2 : %3</translation>
    </message>
    <message>
        <source>%1 (%2) for %3</source>
        <translation>%1 (%2) pour %3</translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation>Listé : %1</translation>
    </message>
    <message>
        <source>Delisting page: %1</source>
        <translation>Page de retrait : %1</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Non listé</translation>
    </message>
    <message>
        <source>Not listed (%1)</source>
        <translation>Non listé (%1)</translation>
    </message>
    <message>
        <source>Couldn't check: %1</source>
        <translation>Vérification impossible : %1</translation>
    </message>
    <message>
        <source>How this list treats resolvers: %1</source>
        <translation>Comment cette liste traite les résolveurs : %1</translation>
    </message>
    <message>
        <source>Spamhaus Block List: a known spam source or spam operation</source>
        <translation>Spamhaus Block List : source ou opération de spam connue</translation>
    </message>
    <message>
        <source>Spamhaus CSS: the IP recently sent low-reputation or snowshoe mail</source>
        <translation>Spamhaus CSS : l'IP a récemment envoyé du courrier de faible réputation ou de type « snowshoe »</translation>
    </message>
    <message>
        <source>Exploits Block List: the IP is infected or hijacked (botnet, open proxy)</source>
        <translation>Exploits Block List : l'IP est infectée ou piratée (botnet, proxy ouvert)</translation>
    </message>
    <message>
        <source>Exploits Block List: the IP is infected or hijacked</source>
        <translation>Exploits Block List : l'IP est infectée ou piratée</translation>
    </message>
    <message>
        <source>Don't Route Or Peer: the whole network is controlled by criminals</source>
        <translation>Don't Route Or Peer : tout le réseau est contrôlé par des criminels</translation>
    </message>
    <message>
        <source>Policy Block List (set by the ISP): this address should not send mail directly, use your provider's mail server</source>
        <translation>Policy Block List (définie par le FAI) : cette adresse ne devrait pas envoyer de courrier directement, utilisez le serveur de messagerie de votre fournisseur</translation>
    </message>
    <message>
        <source>Policy Block List (set by Spamhaus): a dynamic or end-user address that should not send mail directly</source>
        <translation>Policy Block List (définie par Spamhaus) : adresse dynamique ou d'utilisateur final qui ne devrait pas envoyer de courrier directement</translation>
    </message>
    <message>
        <source>the zone name in the query was mistyped</source>
        <translation>le nom de zone de la requête a été mal saisi</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries coming through a public or open resolver</source>
        <translation>Spamhaus refuse les requêtes passant par un résolveur public ou ouvert</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries: too many queries from this resolver</source>
        <translation>Spamhaus refuse les requêtes : trop de requêtes de ce résolveur</translation>
    </message>
    <message>
        <source>Look the IP up at check.spamhaus.org. SBL and CSS: fix the cause (compromised account, bad list) and request removal there. XBL: clean the infected machine first, then use the self-service removal. PBL: send through your provider's authenticated mail server, or ask your ISP to remove the range if it is a static mail server.</source>
        <translation>Recherchez l'IP sur check.spamhaus.org. SBL et CSS : corrigez la cause (compte compromis, mauvaise liste de diffusion) et demandez le retrait sur ce site. XBL : nettoyez d'abord la machine infectée, puis utilisez le retrait en libre-service. PBL : envoyez via le serveur de messagerie authentifié de votre fournisseur, ou demandez à votre FAI de retirer la plage s'il s'agit d'un serveur de messagerie à adresse fixe.</translation>
    </message>
    <message>
        <source>refused: answers 127.255.255.254 through Google, Cloudflare, Quad9 and other public resolvers; use your own recursive resolver or a free Data Query Service key</source>
        <translation>refusé : répond 127.255.255.254 via Google, Cloudflare, Quad9 et d'autres résolveurs publics ; utilisez votre propre résolveur récursif ou une clé gratuite Data Query Service</translation>
    </message>
    <message>
        <source>spam domain: low reputation</source>
        <translation>domaine de spam : faible réputation</translation>
    </message>
    <message>
        <source>phishing domain</source>
        <translation>domaine d'hameçonnage</translation>
    </message>
    <message>
        <source>malware domain</source>
        <translation>domaine de logiciels malveillants</translation>
    </message>
    <message>
        <source>botnet command-and-control domain</source>
        <translation>domaine de commande et contrôle de botnet</translation>
    </message>
    <message>
        <source>abused legitimate domain used for spam</source>
        <translation>domaine légitime détourné pour du spam</translation>
    </message>
    <message>
        <source>abused legitimate redirector or URL shortener</source>
        <translation>redirecteur ou raccourcisseur d'URL légitime détourné</translation>
    </message>
    <message>
        <source>abused legitimate domain used for phishing</source>
        <translation>domaine légitime détourné pour de l'hameçonnage</translation>
    </message>
    <message>
        <source>abused legitimate domain used for malware</source>
        <translation>domaine légitime détourné pour des logiciels malveillants</translation>
    </message>
    <message>
        <source>abused legitimate domain used for botnet control</source>
        <translation>domaine légitime détourné pour le contrôle de botnets</translation>
    </message>
    <message>
        <source>an IP address was queried in a domain list</source>
        <translation>une adresse IP a été interrogée dans une liste de domaines</translation>
    </message>
    <message>
        <source>Look the domain up at check.spamhaus.org, remove whatever got it listed (compromised site, spam links, abused redirector) and request removal there.</source>
        <translation>Recherchez le domaine sur check.spamhaus.org, supprimez ce qui l'a fait lister (site compromis, liens de spam, redirecteur détourné) et demandez le retrait sur ce site.</translation>
    </message>
    <message>
        <source>refused: answers 127.255.255.254 through public resolvers</source>
        <translation>refusé : répond 127.255.255.254 via les résolveurs publics</translation>
    </message>
    <message>
        <source>people reported spam from this IP to SpamCop recently</source>
        <translation>des personnes ont récemment signalé à SpamCop du spam provenant de cette IP</translation>
    </message>
    <message>
        <source>SpamCop listings expire by themselves about 24 hours after the last report. Find and stop what sends the reported mail (look at the TXT reason and your logs), then wait.</source>
        <translation>Les inscriptions SpamCop expirent d'elles-mêmes environ 24 heures après le dernier signalement. Trouvez et arrêtez ce qui envoie le courrier signalé (consultez la raison TXT et vos journaux), puis patientez.</translation>
    </message>
    <message>
        <source>answers public resolvers</source>
        <translation>répond aux résolveurs publics</translation>
    </message>
    <message>
        <source>poor reputation in Barracuda's network (spam seen from this IP)</source>
        <translation>mauvaise réputation dans le réseau Barracuda (spam observé depuis cette IP)</translation>
    </message>
    <message>
        <source>Fix the cause (open relay, compromised account, bad list), then fill in the removal request form; removals are usually handled within 24 hours.</source>
        <translation>Corrigez la cause (relais ouvert, compte compromis, mauvaise liste de diffusion), puis remplissez le formulaire de demande de retrait ; les retraits sont généralement traités sous 24 heures.</translation>
    </message>
    <message>
        <source>answers only DNS servers registered (free) at barracudacentral.org; others get no data</source>
        <translation>ne répond qu'aux serveurs DNS enregistrés (gratuitement) sur barracudacentral.org ; les autres n'obtiennent aucune donnée</translation>
    </message>
    <message>
        <source>this single IP sent mail to UCEPROTECT spam traps</source>
        <translation>cette IP seule a envoyé du courrier vers des pièges à spam UCEPROTECT</translation>
    </message>
    <message>
        <source>Level 1 entries expire automatically 7 days after the last spam-trap hit (an express removal is sold). Stop the spam first.</source>
        <translation>Les inscriptions de niveau 1 expirent automatiquement 7 jours après le dernier envoi vers un piège à spam (un retrait express est payant). Arrêtez d'abord le spam.</translation>
    </message>
    <message>
        <source>answers public resolvers, with rate limits</source>
        <translation>répond aux résolveurs publics, avec des limites de débit</translation>
    </message>
    <message>
        <source>the IP's allocation (subnet) had many Level 1 listings</source>
        <translation>l'allocation (sous-réseau) de l'IP a eu de nombreuses inscriptions de niveau 1</translation>
    </message>
    <message>
        <source>Level 2 lists your provider's network, not you: ask your hosting provider to deal with the abuse in its range; it expires when the Level 1 listings do.</source>
        <translation>Le niveau 2 liste le réseau de votre fournisseur, pas vous : demandez à votre hébergeur de traiter les abus dans sa plage ; l'inscription expire en même temps que celles de niveau 1.</translation>
    </message>
    <message>
        <source>the whole autonomous system (provider) had many Level 1 listings</source>
        <translation>tout le système autonome (fournisseur) a eu de nombreuses inscriptions de niveau 1</translation>
    </message>
    <message>
        <source>Level 3 lists your provider's whole network; few big receivers use it. Only your provider can get it removed.</source>
        <translation>Le niveau 3 liste tout le réseau de votre fournisseur ; peu de grands destinataires l'utilisent. Seul votre fournisseur peut obtenir le retrait.</translation>
    </message>
    <message>
        <source>this IP sends backscatter: bounces or auto-replies to forged senders</source>
        <translation>cette IP envoie du backscatter : rebonds ou réponses automatiques vers des expéditeurs usurpés</translation>
    </message>
    <message>
        <source>Reject unknown recipients during the SMTP dialogue instead of bouncing afterwards, and stop auto-replies to spam; entries expire after four weeks without backscatter.</source>
        <translation>Rejetez les destinataires inconnus pendant le dialogue SMTP au lieu de générer un rebond ensuite, et arrêtez les réponses automatiques au spam ; les inscriptions expirent après quatre semaines sans backscatter.</translation>
    </message>
    <message>
        <source>this IP sent mail to PSBL spam traps and no legitimate mail was seen</source>
        <translation>cette IP a envoyé du courrier vers des pièges à spam PSBL et aucun courrier légitime n'a été observé</translation>
    </message>
    <message>
        <source>Look the IP up at psbl.org and use the self-service removal after fixing the spam source.</source>
        <translation>Recherchez l'IP sur psbl.org et utilisez le retrait en libre-service après avoir corrigé la source du spam.</translation>
    </message>
    <message>
        <source>zero-hour: part of a spam wave right now</source>
        <translation>heure zéro : fait partie d'une vague de spam en ce moment</translation>
    </message>
    <message>
        <source>worst reputation (L5)</source>
        <translation>pire réputation (L5)</translation>
    </message>
    <message>
        <source>very bad reputation (L4)</source>
        <translation>très mauvaise réputation (L4)</translation>
    </message>
    <message>
        <source>bad reputation (L3)</source>
        <translation>mauvaise réputation (L3)</translation>
    </message>
    <message>
        <source>Fix the source of the spam, then request a reputation review on mailspike.org; reviews take 6 to 36 hours.</source>
        <translation>Corrigez la source du spam, puis demandez une révision de réputation sur mailspike.org ; les révisions prennent de 6 à 36 heures.</translation>
    </message>
    <message>
        <source>free below 100,000 queries a day</source>
        <translation>gratuit en dessous de 100 000 requêtes par jour</translation>
    </message>
    <message>
        <source>the IP takes part in a spam wave right now</source>
        <translation>l'IP participe en ce moment à une vague de spam</translation>
    </message>
    <message>
        <source>Zero-hour entries expire quickly once the wave stops; stop the spam and check again in a few hours.</source>
        <translation>Les inscriptions « heure zéro » expirent rapidement une fois la vague terminée ; arrêtez le spam et vérifiez à nouveau dans quelques heures.</translation>
    </message>
    <message>
        <source>suspicious reputation (L2)</source>
        <translation>réputation suspecte (L2)</translation>
    </message>
    <message>
        <source>slightly suspicious reputation (L1)</source>
        <translation>réputation légèrement suspecte (L1)</translation>
    </message>
    <message>
        <source>neutral reputation</source>
        <translation>réputation neutre</translation>
    </message>
    <message>
        <source>good reputation (H1)</source>
        <translation>bonne réputation (H1)</translation>
    </message>
    <message>
        <source>good reputation (H2)</source>
        <translation>bonne réputation (H2)</translation>
    </message>
    <message>
        <source>good reputation (H3)</source>
        <translation>bonne réputation (H3)</translation>
    </message>
    <message>
        <source>very good reputation (H4)</source>
        <translation>très bonne réputation (H4)</translation>
    </message>
    <message>
        <source>excellent reputation (H5)</source>
        <translation>excellente réputation (H5)</translation>
    </message>
    <message>
        <source>Reputation improves as receivers see clean mail from the IP; request a review on mailspike.org after fixing the cause.</source>
        <translation>La réputation s'améliore à mesure que les destinataires reçoivent du courrier propre de cette IP ; demandez une révision sur mailspike.org après avoir corrigé la cause.</translation>
    </message>
    <message>
        <source>the IP looks like a dynamic end-user address (its reverse DNS is generic) and sent spam</source>
        <translation>l'IP ressemble à une adresse dynamique d'utilisateur final (son DNS inverse est générique) et a envoyé du spam</translation>
    </message>
    <message>
        <source>Give the IP a reverse DNS name that names your mail server (and resolves back), then use the removal form.</source>
        <translation>Donnez à l'IP un nom DNS inverse qui désigne votre serveur de messagerie (et qui résout en retour vers l'IP), puis utilisez le formulaire de retrait.</translation>
    </message>
    <message>
        <source>answers public resolvers within its terms of use</source>
        <translation>répond aux résolveurs publics dans le cadre de ses conditions d'utilisation</translation>
    </message>
    <message>
        <source>the IP has no reverse DNS (PTR) and sent spam</source>
        <translation>l'IP n'a pas de DNS inverse (PTR) et a envoyé du spam</translation>
    </message>
    <message>
        <source>Ask whoever owns the IP (hosting provider or ISP) for a PTR record naming your mail server, then use the removal form.</source>
        <translation>Demandez au propriétaire de l'IP (hébergeur ou FAI) un enregistrement PTR désignant votre serveur de messagerie, puis utilisez le formulaire de retrait.</translation>
    </message>
    <message>
        <source>the IP sent spam to SpamRATS traps or was reported</source>
        <translation>l'IP a envoyé du spam vers des pièges SpamRATS ou a été signalée</translation>
    </message>
    <message>
        <source>Stop the spam source, then use the removal form (a working forward-confirmed reverse DNS is required).</source>
        <translation>Arrêtez la source du spam, puis utilisez le formulaire de retrait (un DNS inverse confirmé dans les deux sens et fonctionnel est requis).</translation>
    </message>
    <message>
        <source>the IP tried to guess mail passwords (authentication attacks)</source>
        <translation>l'IP a tenté de deviner des mots de passe de messagerie (attaques d'authentification)</translation>
    </message>
    <message>
        <source>Find the compromised machine that attacks mail servers, clean it, then use the removal form.</source>
        <translation>Trouvez la machine compromise qui attaque les serveurs de messagerie, nettoyez-la, puis utilisez le formulaire de retrait.</translation>
    </message>
    <message>
        <source>blacklist: spam seen from this IP</source>
        <translation>liste noire : spam observé depuis cette IP</translation>
    </message>
    <message>
        <source>exploit list: infected or compromised host</source>
        <translation>liste d'exploits : hôte infecté ou compromis</translation>
    </message>
    <message>
        <source>policy list: a residential or dynamic IP that should not send directly</source>
        <translation>liste de politique : IP résidentielle ou dynamique qui ne devrait pas envoyer directement</translation>
    </message>
    <message>
        <source>generic reverse DNS: the IP's PTR looks like an end-user address</source>
        <translation>DNS inverse générique : le PTR de l'IP ressemble à une adresse d'utilisateur final</translation>
    </message>
    <message>
        <source>no reverse DNS (PTR) for this IP</source>
        <translation>pas de DNS inverse (PTR) pour cette IP</translation>
    </message>
    <message>
        <source>Look the IP up at lookup.abusix.com, fix the cause and request delisting there.</source>
        <translation>Recherchez l'IP sur lookup.abusix.com, corrigez la cause et demandez le retrait sur ce site.</translation>
    </message>
    <message>
        <source>needs a free Abusix Mail Intelligence key (queries go to &lt;key&gt;.combined.mail.abusix.zone); without one it cannot be checked</source>
        <translation>nécessite une clé gratuite Abusix Mail Intelligence (les requêtes vont vers &lt;key&gt;.combined.mail.abusix.zone) ; sans clé, la vérification est impossible</translation>
    </message>
    <message>
        <source>IRC drone</source>
        <translation>drone IRC</translation>
    </message>
    <message>
        <source>bottler</source>
        <translation>bottler</translation>
    </message>
    <message>
        <source>unknown spambot or drone</source>
        <translation>spambot ou drone inconnu</translation>
    </message>
    <message>
        <source>DDoS drone</source>
        <translation>drone DDoS</translation>
    </message>
    <message>
        <source>open SOCKS proxy</source>
        <translation>proxy SOCKS ouvert</translation>
    </message>
    <message>
        <source>open HTTP proxy</source>
        <translation>proxy HTTP ouvert</translation>
    </message>
    <message>
        <source>proxy chain</source>
        <translation>chaîne de proxys</translation>
    </message>
    <message>
        <source>web page proxy</source>
        <translation>proxy de pages web</translation>
    </message>
    <message>
        <source>open DNS resolver</source>
        <translation>résolveur DNS ouvert</translation>
    </message>
    <message>
        <source>brute-force attacker</source>
        <translation>attaquant par force brute</translation>
    </message>
    <message>
        <source>open WinGate proxy</source>
        <translation>proxy WinGate ouvert</translation>
    </message>
    <message>
        <source>compromised router or gateway</source>
        <translation>routeur ou passerelle compromis</translation>
    </message>
    <message>
        <source>autorooting worm</source>
        <translation>ver à auto-rootage</translation>
    </message>
    <message>
        <source>automatically detected botnet IP</source>
        <translation>IP de botnet détectée automatiquement</translation>
    </message>
    <message>
        <source>DNS/MX-type host name seen on IRC</source>
        <translation>nom d'hôte de type DNS/MX observé sur IRC</translation>
    </message>
    <message>
        <source>abused VPN service</source>
        <translation>service VPN détourné</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>non catégorisé</translation>
    </message>
    <message>
        <source>Clean the compromised machine or close the open proxy, then request removal on dronebl.org.</source>
        <translation>Nettoyez la machine compromise ou fermez le proxy ouvert, puis demandez le retrait sur dronebl.org.</translation>
    </message>
    <message>
        <source>the IP sent mail to s5h.net spam traps</source>
        <translation>l'IP a envoyé du courrier vers des pièges à spam s5h.net</translation>
    </message>
    <message>
        <source>Entries expire by themselves; removal can be requested through the list's web page.</source>
        <translation>Les inscriptions expirent d'elles-mêmes ; le retrait peut être demandé via la page web de la liste.</translation>
    </message>
    <message>
        <source>the IP sent spam seen by NordSpam</source>
        <translation>l'IP a envoyé du spam observé par NordSpam</translation>
    </message>
    <message>
        <source>Request removal through nordspam.com after fixing the cause.</source>
        <translation>Demandez le retrait via nordspam.com après avoir corrigé la cause.</translation>
    </message>
    <message>
        <source>the domain appears in spam seen by NordSpam</source>
        <translation>le domaine apparaît dans du spam observé par NordSpam</translation>
    </message>
    <message>
        <source>the IP sent spam to NiX Spam traps in the last 12 hours</source>
        <translation>l'IP a envoyé du spam vers des pièges NiX Spam au cours des 12 dernières heures</translation>
    </message>
    <message>
        <source>Entries expire 12 hours after the last spam; stop the spam and wait, or request removal on nixspam.net.</source>
        <translation>Les inscriptions expirent 12 heures après le dernier spam ; arrêtez le spam et patientez, ou demandez le retrait sur nixspam.net.</translation>
    </message>
    <message>
        <source>the IP sends almost only spam by GBUdb's statistics</source>
        <translation>l'IP n'envoie presque que du spam d'après les statistiques de GBUdb</translation>
    </message>
    <message>
        <source>GBUdb entries fade as receivers see clean mail from the IP; stop the spam first.</source>
        <translation>Les inscriptions GBUdb s'estompent à mesure que les destinataires reçoivent du courrier propre de cette IP ; arrêtez d'abord le spam.</translation>
    </message>
    <message>
        <source>the IP sent mail to 0spam traps</source>
        <translation>l'IP a envoyé du courrier vers des pièges à spam 0spam</translation>
    </message>
    <message>
        <source>Request removal on 0spam.org after fixing the cause.</source>
        <translation>Demandez le retrait sur 0spam.org après avoir corrigé la cause.</translation>
    </message>
    <message>
        <source>the IP attacked servers (brute force on mail, SSH or web logins) in the last 48 hours</source>
        <translation>l'IP a attaqué des serveurs (force brute sur des connexions de messagerie, SSH ou web) au cours des 48 dernières heures</translation>
    </message>
    <message>
        <source>Find and clean the attacking machine, then use the delist page; entries expire after 48 hours without new reports.</source>
        <translation>Trouvez et nettoyez la machine attaquante, puis utilisez la page de retrait ; les inscriptions expirent après 48 heures sans nouveau signalement.</translation>
    </message>
    <message>
        <source>phishing sites</source>
        <translation>sites d'hameçonnage</translation>
    </message>
    <message>
        <source>malware sites</source>
        <translation>sites de logiciels malveillants</translation>
    </message>
    <message>
        <source>spam and abuse sites</source>
        <translation>sites de spam et d'abus</translation>
    </message>
    <message>
        <source>cracked (compromised) sites</source>
        <translation>sites piratés (compromis)</translation>
    </message>
    <message>
        <source>SURBL refused the query (the resolver is blocked or over quota)</source>
        <translation>SURBL a refusé la requête (le résolveur est bloqué ou a dépassé son quota)</translation>
    </message>
    <message>
        <source>SURBL lists domains that appear in message bodies. Clean the site or stop linking to it, then use the analysis page to request removal.</source>
        <translation>SURBL liste les domaines qui apparaissent dans le corps des messages. Nettoyez le site ou cessez d'y faire des liens, puis utilisez la page d'analyse pour demander le retrait.</translation>
    </message>
    <message>
        <source>low-volume public use allowed; heavy users need a data feed</source>
        <translation>usage public à faible volume autorisé ; les gros utilisateurs ont besoin d'un flux de données</translation>
    </message>
    <message>
        <source>black: domains seen in spam only</source>
        <translation>noire : domaines vus uniquement dans du spam</translation>
    </message>
    <message>
        <source>grey: domains of bulk senders some people consider spam</source>
        <translation>grise : domaines d'expéditeurs en masse que certains considèrent comme du spam</translation>
    </message>
    <message>
        <source>red: domains seen in spam from newly registered or abused sources</source>
        <translation>rouge : domaines vus dans du spam provenant de sources récemment enregistrées ou détournées</translation>
    </message>
    <message>
        <source>URIBL refused the query (public or high-volume resolver blocked)</source>
        <translation>URIBL a refusé la requête (résolveur public ou à fort volume bloqué)</translation>
    </message>
    <message>
        <source>Look the domain up at admin.uribl.com (an account is needed to request removal) after removing what got it listed.</source>
        <translation>Recherchez le domaine sur admin.uribl.com (un compte est nécessaire pour demander le retrait) après avoir supprimé ce qui l'a fait lister.</translation>
    </message>
    <message>
        <source>blocks Google, OpenDNS and big ISP resolvers: answers 127.0.0.1</source>
        <translation>bloque Google, OpenDNS et les résolveurs des grands FAI : répond 127.0.0.1</translation>
    </message>
    <message>
        <source>the list refused the query</source>
        <translation>la liste a refusé la requête</translation>
    </message>
    <message>
        <source>listed with a code this catalogue does not describe</source>
        <translation>listé avec un code que ce catalogue ne décrit pas</translation>
    </message>
    <message>
        <source>No blocklist catalogue</source>
        <translation>Aucun catalogue de listes de blocage</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address</source>
        <translation>« %1 » n'est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>"%1" is not a domain name</source>
        <translation>« %1 » n'est pas un nom de domaine</translation>
    </message>
    <message>
        <source>Give at least one IP address or domain to check</source>
        <translation>Indiquez au moins une adresse IP ou un domaine à vérifier</translation>
    </message>
    <message>
        <source>No zone in the catalogue checks this kind of target</source>
        <translation>Aucune zone du catalogue ne vérifie ce type de cible</translation>
    </message>
    <message>
        <source>this list needs a personal query key (set one in the settings)</source>
        <translation>cette liste nécessite une clé de requête personnelle (définissez-la dans les paramètres)</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
    <message>
        <source>the list did not answer its own test entry (%1), so "not listed" cannot be trusted: the list may refuse your DNS resolver or be out of service</source>
        <translation>la liste n'a pas répondu pour sa propre entrée de test (%1), donc « non listé » n'est pas fiable : la liste refuse peut-être votre résolveur DNS ou est hors service</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>une réponse vide</translation>
    </message>
    <message>
        <source>the answer %1 is outside 127.0.0.0/8: your DNS resolver rewrites answers, so the result means nothing</source>
        <translation>la réponse %1 est hors de 127.0.0.0/8 : votre résolveur DNS réécrit les réponses, le résultat ne signifie donc rien</translation>
    </message>
    <message>
        <source>the list answered %1: %2</source>
        <translation>la liste a répondu %1 : %2</translation>
    </message>
    <message>
        <source>the list also "lists" its never-listed test entry %1: your DNS resolver invents answers for names that do not exist</source>
        <translation>la liste « liste » aussi son entrée de test jamais listée %1 : votre résolveur DNS invente des réponses pour des noms qui n'existent pas</translation>
    </message>
</context>
<context>
    <name>BlocklistCommand</name>
    <message>
        <source>reason given:</source>
        <translation>raison indiquée :</translation>
    </message>
    <message>
        <source>what to do:</source>
        <translation>que faire :</translation>
    </message>
    <message>
        <source>delisting page:</source>
        <translation>page de retrait :</translation>
    </message>
    <message>
        <source>%1 zones checked in %2 ms: %3 listed, %4 clean, %5 couldn't check</source>
        <translation>%1 zones vérifiées en %2 ms : %3 listé(s), %4 propre(s), %5 vérification(s) impossible(s)</translation>
    </message>
    <message>
        <source>Check IP addresses and domains against the DNS blocklists mail servers use. Each zone answers listed, clean or couldn't check.</source>
        <translation>Vérifie des adresses IP et des domaines dans les listes de blocage DNS utilisées par les serveurs de messagerie. Chaque zone répond listé, propre ou vérification impossible.</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address to check (repeatable).</source>
        <translation>Adresse IPv4 ou IPv6 à vérifier (répétable).</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Domain to check in the domain lists (repeatable).</source>
        <translation>Domaine à vérifier dans les listes de domaines (répétable).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>Only this zone (id or name, repeatable).</source>
        <translation>Uniquement cette zone (identifiant ou nom, répétable).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>Deadline per zone in milliseconds (default 6000).</source>
        <translation>Délai par zone en millisecondes (6000 par défaut).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Abusix Mail Intelligence query key.</source>
        <translation>Clé de requête Abusix Mail Intelligence.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>give --ip IP or --domain DOMAIN (see --help)</source>
        <translation>indiquez --ip IP ou --domain DOMAINE (voir --help)</translation>
    </message>
    <message>
        <source>--zone-timeout needs a positive number of milliseconds</source>
        <translation>--zone-timeout nécessite un nombre positif de millisecondes</translation>
    </message>
    <message>
        <source>checked %1 of %2 zones</source>
        <translation>%1 zones sur %2 vérifiées</translation>
    </message>
</context>
<context>
    <name>BounceAnalyzer</name>
    <message>
        <source>The bounce could not be analysed (out of memory).</source>
        <translation>Le rebond n'a pas pu être analysé (mémoire insuffisante).</translation>
    </message>
</context>
<context>
    <name>BounceCase</name>
    <message>
        <source>Paste the bounce</source>
        <translation>Coller le rebond</translation>
    </message>
    <message>
        <source>Verify the recipient address</source>
        <translation>Vérifier l'adresse du destinataire</translation>
    </message>
    <message>
        <source>Recipient mailbox</source>
        <translation>Boîte aux lettres du destinataire</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listes de blocage</translation>
    </message>
    <message>
        <source>SPF, DKIM, DMARC</source>
        <translation>SPF, DKIM, DMARC</translation>
    </message>
    <message>
        <source>Content and sending activity</source>
        <translation>Contenu et activité d'envoi</translation>
    </message>
    <message>
        <source>SMTP settings</source>
        <translation>Paramètres SMTP</translation>
    </message>
    <message>
        <source>Resend after fixing</source>
        <translation>Renvoyer après correction</translation>
    </message>
</context>
<context>
    <name>BounceParser</name>
    <message>
        <source>There is nothing to read: paste a bounce message or drop a file.</source>
        <translation>Il n'y a rien à lire : collez un message de non-remise ou déposez un fichier.</translation>
    </message>
    <message>
        <source>The input is %1 MB, more than the %2 MB a bounce can reasonably be.</source>
        <translation>L'entrée fait %1 Mo, plus que les %2 Mo qu'un rebond peut raisonnablement faire.</translation>
    </message>
    <message>
        <source>This is binary data, not the text of an e-mail. Paste the bounce message itself or save it as .eml and drop that file.</source>
        <translation>Ce sont des données binaires, pas le texte d'un e-mail. Collez le message de non-remise lui-même ou enregistrez-le en .eml et déposez ce fichier.</translation>
    </message>
    <message>
        <source>The message could not be read (out of memory).</source>
        <translation>Le message n'a pas pu être lu (mémoire insuffisante).</translation>
    </message>
    <message>
        <source>The message could not be read.</source>
        <translation>Le message n'a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>The message declares more than %n MIME parts; it was read as plain text.</source>
        <translation>
            <numerusform>Le message déclare plus de %n partie MIME ; il a été lu comme texte brut.</numerusform>
            <numerusform>Le message déclare plus de %n parties MIME ; il a été lu comme texte brut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n KB of the text were read.</source>
        <translation>
            <numerusform>Seul %n Ko du texte a été lu.</numerusform>
            <numerusform>Seuls les %n premiers Ko du texte ont été lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n recipients were read.</source>
        <translation>
            <numerusform>Seul %n destinataire a été lu.</numerusform>
            <numerusform>Seuls les %n premiers destinataires ont été lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bounce was read from the message attached to this one.</source>
        <translation>Le rebond a été lu à partir du message joint à celui-ci.</translation>
    </message>
    <message>
        <source>The feedback report names the source IP of the reported message.</source>
        <translation>Le rapport de retour indique l'IP source du message signalé.</translation>
    </message>
    <message>
        <source>No delivery failure was found in this text.</source>
        <translation>Aucun échec de remise n'a été trouvé dans ce texte.</translation>
    </message>
    <message numerus="yes">
        <source>The message nests MIME parts more than %n levels deep; deeper parts were not read.</source>
        <translation>
            <numerusform>Le message imbrique des parties MIME sur plus de %n niveau ; les parties plus profondes n'ont pas été lues.</numerusform>
            <numerusform>Le message imbrique des parties MIME sur plus de %n niveaux ; les parties plus profondes n'ont pas été lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message has more than %n MIME parts; the rest were not read.</source>
        <translation>
            <numerusform>Le message contient plus de %n partie MIME ; les autres n'ont pas été lues.</numerusform>
            <numerusform>Le message contient plus de %n parties MIME ; les autres n'ont pas été lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>A part of the message could not be decoded (broken encoding or binary data) and was skipped.</source>
        <translation>Une partie du message n'a pas pu être décodée (encodage défectueux ou données binaires) et a été ignorée.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8; it was read as Latin-1.</source>
        <translation>Le texte n'est pas de l'UTF-8 valide ; il a été lu comme Latin-1.</translation>
    </message>
    <message>
        <source>The bounce was read from a message forwarded in this one.</source>
        <translation>Le rapport de non-remise a été lu dans un message transféré dans celui-ci.</translation>
    </message>
</context>
<context>
    <name>BounceReason</name>
    <message>
        <source>The recipient address does not exist</source>
        <translation>L'adresse du destinataire n'existe pas</translation>
    </message>
    <message>
        <source>The recipient's server says it has no mailbox with this address. Check the address for typing mistakes or ask the person for their current address.</source>
        <translation>Le serveur du destinataire indique qu'il n'a pas de boîte aux lettres à cette adresse. Vérifiez que l'adresse ne contient pas de faute de frappe ou demandez à la personne son adresse actuelle.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist</source>
        <translation>Le domaine du destinataire n'existe pas</translation>
    </message>
    <message>
        <source>The part after the @ has no mail server in DNS or does not exist at all. Check the spelling of the domain.</source>
        <translation>La partie après le @ n'a pas de serveur de messagerie dans le DNS ou n'existe pas du tout. Vérifiez l'orthographe du domaine.</translation>
    </message>
    <message>
        <source>The recipient domain never accepts mail</source>
        <translation>Le domaine du destinataire n'accepte jamais de courrier</translation>
    </message>
    <message>
        <source>The recipient's domain publishes a "null MX" record, which states that it does not receive e-mail at all. This address cannot work.</source>
        <translation>Le domaine du destinataire publie un enregistrement « null MX », qui indique qu'il ne reçoit aucun e-mail. Cette adresse ne peut pas fonctionner.</translation>
    </message>
    <message>
        <source>The recipient address is malformed</source>
        <translation>L'adresse du destinataire est mal formée</translation>
    </message>
    <message>
        <source>The recipient address is not a valid e-mail address (wrong characters or missing parts). Correct the address and send again.</source>
        <translation>L'adresse du destinataire n'est pas une adresse e-mail valide (caractères incorrects ou parties manquantes). Corrigez l'adresse et renvoyez le message.</translation>
    </message>
    <message>
        <source>The recipient has moved</source>
        <translation>Le destinataire a changé d'adresse</translation>
    </message>
    <message>
        <source>The mailbox has moved or the address now belongs to someone else, and no forwarding exists. Ask the person for their new address.</source>
        <translation>La boîte aux lettres a été déplacée ou l'adresse appartient désormais à quelqu'un d'autre, et aucun transfert n'existe. Demandez à la personne sa nouvelle adresse.</translation>
    </message>
    <message>
        <source>The recipient server does not accept mail</source>
        <translation>Le serveur du destinataire n'accepte pas de courrier</translation>
    </message>
    <message>
        <source>The host that answered for the recipient's domain says it does not take e-mail for it. The domain's mail setup is missing or wrong.</source>
        <translation>L'hôte qui a répondu pour le domaine du destinataire indique qu'il ne reçoit pas d'e-mail pour ce domaine. La configuration de messagerie du domaine est absente ou incorrecte.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>La boîte aux lettres du destinataire est pleine</translation>
    </message>
    <message>
        <source>The address exists but its storage quota is used up. The person has to make room; you can try again later or reach them another way.</source>
        <translation>L'adresse existe mais son quota de stockage est épuisé. La personne doit faire de la place ; vous pouvez réessayer plus tard ou la joindre autrement.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is disabled</source>
        <translation>La boîte aux lettres du destinataire est désactivée</translation>
    </message>
    <message>
        <source>The address exists but the account has been disabled, suspended or locked, so it does not receive mail.</source>
        <translation>L'adresse existe mais le compte a été désactivé, suspendu ou verrouillé ; il ne reçoit donc pas de courrier.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is inactive</source>
        <translation>La boîte aux lettres du destinataire est inactive</translation>
    </message>
    <message>
        <source>The account has not been used for a long time and its provider stopped delivering to it. Ask the person for an address they use.</source>
        <translation>Le compte n'a pas été utilisé depuis longtemps et son fournisseur a cessé de le distribuer. Demandez à la personne une adresse qu'elle utilise.</translation>
    </message>
    <message>
        <source>Refused by the recipient's mail policy</source>
        <translation>Refusé par la politique de messagerie du destinataire</translation>
    </message>
    <message>
        <source>The recipient's organisation has a rule that refuses this message or sender. Only their administrator can change it; ask them to allow your mail.</source>
        <translation>L'organisation du destinataire a une règle qui refuse ce message ou cet expéditeur. Seul son administrateur peut la modifier ; demandez-lui d'autoriser votre courrier.</translation>
    </message>
    <message>
        <source>You are not on the recipient's list of allowed senders</source>
        <translation>Vous ne figurez pas dans la liste des expéditeurs autorisés du destinataire</translation>
    </message>
    <message>
        <source>The recipient only accepts mail from senders or servers on an allow list, or not from outside its organisation. Ask them to add you.</source>
        <translation>Le destinataire n'accepte que le courrier des expéditeurs ou serveurs figurant sur une liste d'autorisation, ou refuse le courrier extérieur à son organisation. Demandez-lui de vous ajouter.</translation>
    </message>
    <message>
        <source>The group or list accepts only authorised senders</source>
        <translation>Le groupe ou la liste n'accepte que les expéditeurs autorisés</translation>
    </message>
    <message>
        <source>The address is a group, mailing list or restricted mailbox that only members or approved senders may write to. Ask its owner for permission.</source>
        <translation>L'adresse est un groupe, une liste de diffusion ou une boîte aux lettres restreinte à laquelle seuls les membres ou les expéditeurs approuvés peuvent écrire. Demandez l'autorisation à son propriétaire.</translation>
    </message>
    <message>
        <source>Your address is blocked by the recipient</source>
        <translation>Votre adresse est bloquée par le destinataire</translation>
    </message>
    <message>
        <source>The recipient or their administrator has put your address or domain on their own block list.</source>
        <translation>Le destinataire ou son administrateur a placé votre adresse ou votre domaine sur sa propre liste de blocage.</translation>
    </message>
    <message>
        <source>Your sending server's IP address is blocked</source>
        <translation>L'adresse IP de votre serveur d'envoi est bloquée</translation>
    </message>
    <message>
        <source>The recipient's provider refuses connections or mail from the IP address of your sending server, usually because of its reputation. Request delisting and find out why.</source>
        <translation>Le fournisseur du destinataire refuse les connexions ou le courrier provenant de l'adresse IP de votre serveur d'envoi, généralement à cause de sa réputation. Demandez le retrait de la liste et cherchez-en la raison.</translation>
    </message>
    <message>
        <source>Your domain is blocked</source>
        <translation>Votre domaine est bloqué</translation>
    </message>
    <message>
        <source>The recipient's provider refuses mail that uses your domain, usually because it appears on a domain blocklist or has a bad reputation.</source>
        <translation>Le fournisseur du destinataire refuse le courrier qui utilise votre domaine, généralement parce qu'il figure sur une liste de blocage de domaines ou a une mauvaise réputation.</translation>
    </message>
    <message>
        <source>Listed on a public blocklist</source>
        <translation>Inscrit sur une liste de blocage publique</translation>
    </message>
    <message>
        <source>A public blocklist (DNSBL such as Spamhaus, Barracuda or SpamCop) lists your sending IP address or domain, and the recipient's server uses that list.</source>
        <translation>Une liste de blocage publique (DNSBL telle que Spamhaus, Barracuda ou SpamCop) liste l'adresse IP ou le domaine d'envoi, et le serveur du destinataire utilise cette liste.</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation>Mauvaise réputation de l'expéditeur</translation>
    </message>
    <message>
        <source>The recipient's provider rates your IP address or domain as a likely source of unwanted mail (complaints, volume, spam traps).</source>
        <translation>Le fournisseur du destinataire considère votre adresse IP ou votre domaine comme une source probable de courrier indésirable (plaintes, volume, pièges à spam).</translation>
    </message>
    <message>
        <source>Microsoft 365 tenant over its sending threshold</source>
        <translation>Tenant Microsoft 365 au-delà de son seuil d'envoi</translation>
    </message>
    <message>
        <source>Microsoft 365 stopped mail from your tenant because it exceeded sending thresholds or sent suspicious mail. Check the tenant for compromised accounts.</source>
        <translation>Microsoft 365 a bloqué le courrier de votre tenant parce qu'il a dépassé les seuils d'envoi ou envoyé du courrier suspect. Recherchez des comptes compromis dans le tenant.</translation>
    </message>
    <message>
        <source>Your account is banned from sending</source>
        <translation>Votre compte est interdit d'envoi</translation>
    </message>
    <message>
        <source>The sending account or service was blocked for spam or abuse and may not send mail until the provider lifts the restriction.</source>
        <translation>Le compte ou le service d'envoi a été bloqué pour spam ou abus et ne peut pas envoyer de courrier tant que le fournisseur n'a pas levé la restriction.</translation>
    </message>
    <message>
        <source>SPF check failed</source>
        <translation>Échec de la vérification SPF</translation>
    </message>
    <message>
        <source>The recipient's server checked your domain's SPF record and your sending server is not listed as allowed to send for it.</source>
        <translation>Le serveur du destinataire a vérifié l'enregistrement SPF de votre domaine, et votre serveur d'envoi n'y figure pas comme autorisé à envoyer pour ce domaine.</translation>
    </message>
    <message>
        <source>Your SPF record has errors</source>
        <translation>Votre enregistrement SPF contient des erreurs</translation>
    </message>
    <message>
        <source>Your domain's SPF record could not be evaluated (syntax error, too many DNS lookups, several records), so receivers treat it as failed.</source>
        <translation>L'enregistrement SPF de votre domaine n'a pas pu être évalué (erreur de syntaxe, trop de requêtes DNS, plusieurs enregistrements) ; les destinataires le considèrent donc comme en échec.</translation>
    </message>
    <message>
        <source>DKIM signature failed</source>
        <translation>Échec de la signature DKIM</translation>
    </message>
    <message>
        <source>The message had no valid DKIM signature: it is missing, its key cannot be found, or the message was changed after signing.</source>
        <translation>Le message n'avait pas de signature DKIM valide : elle est absente, sa clé est introuvable, ou le message a été modifié après la signature.</translation>
    </message>
    <message>
        <source>Rejected by the sender domain's DMARC policy</source>
        <translation>Rejeté par la politique DMARC du domaine de l'expéditeur</translation>
    </message>
    <message>
        <source>The message failed DMARC: neither SPF nor DKIM passed for the domain in the From header, and that domain's policy asks receivers to reject such mail.</source>
        <translation>Le message a échoué à DMARC : ni SPF ni DKIM n'ont réussi pour le domaine de l'en-tête From, et la politique de ce domaine demande aux destinataires de rejeter ce type de courrier.</translation>
    </message>
    <message>
        <source>The message is not authenticated</source>
        <translation>Le message n'est pas authentifié</translation>
    </message>
    <message>
        <source>The recipient requires every sender to pass SPF or DKIM, and this message passed neither.</source>
        <translation>Le destinataire exige que chaque expéditeur réussisse SPF ou DKIM, et ce message n'a réussi ni l'un ni l'autre.</translation>
    </message>
    <message>
        <source>ARC validation failed</source>
        <translation>Échec de la validation ARC</translation>
    </message>
    <message>
        <source>The message passed through a forwarder and its ARC authentication chain did not validate.</source>
        <translation>Le message est passé par un service de transfert et sa chaîne d'authentification ARC n'a pas été validée.</translation>
    </message>
    <message>
        <source>Classified as spam</source>
        <translation>Classé comme spam</translation>
    </message>
    <message>
        <source>The recipient's spam filter judged the message itself to be unwanted mail: its wording, links or formatting.</source>
        <translation>Le filtre antispam du destinataire a jugé que le message lui-même était indésirable : sa formulation, ses liens ou sa mise en forme.</translation>
    </message>
    <message>
        <source>A virus or malware was found</source>
        <translation>Un virus ou un logiciel malveillant a été détecté</translation>
    </message>
    <message>
        <source>The recipient's scanner found (or suspected) malware in the message or its attachments.</source>
        <translation>L'analyseur du destinataire a trouvé (ou soupçonné) un logiciel malveillant dans le message ou ses pièces jointes.</translation>
    </message>
    <message>
        <source>Attachment not allowed</source>
        <translation>Pièce jointe non autorisée</translation>
    </message>
    <message>
        <source>The message carries an attachment type the recipient refuses, such as executable files or certain archives.</source>
        <translation>Le message contient un type de pièce jointe que le destinataire refuse, comme des fichiers exécutables ou certaines archives.</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>Le message est trop volumineux</translation>
    </message>
    <message>
        <source>The message is bigger than the recipient's server or mailbox accepts. Send smaller attachments or share a link instead.</source>
        <translation>Le message est plus volumineux que ce qu'accepte le serveur ou la boîte aux lettres du destinataire. Envoyez des pièces jointes plus petites ou partagez plutôt un lien.</translation>
    </message>
    <message>
        <source>A link in the message is on a blocklist</source>
        <translation>Un lien du message figure sur une liste de blocage</translation>
    </message>
    <message>
        <source>The message contains a link to a domain that a URL blocklist lists as used in spam or phishing.</source>
        <translation>Le message contient un lien vers un domaine qu'une liste de blocage d'URL répertorie comme utilisé pour le spam ou l'hameçonnage.</translation>
    </message>
    <message>
        <source>The message is malformed</source>
        <translation>Le message est mal formé</translation>
    </message>
    <message>
        <source>The recipient's server could not accept the message because its structure or encoding is broken.</source>
        <translation>Le serveur du destinataire n'a pas pu accepter le message parce que sa structure ou son encodage est défectueux.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relais refusé</translation>
    </message>
    <message>
        <source>The server you sent to is not responsible for the recipient's domain and refuses to pass the message on. Usually the sending program uses the wrong server or does not log in.</source>
        <translation>Le serveur auquel vous avez envoyé n'est pas responsable du domaine du destinataire et refuse de transmettre le message. En général, le programme d'envoi utilise le mauvais serveur ou ne s'authentifie pas.</translation>
    </message>
    <message>
        <source>The server requires you to log in</source>
        <translation>Le serveur exige que vous vous authentifiiez</translation>
    </message>
    <message>
        <source>The sending program connected without SMTP authentication, but the server only accepts mail from logged-in users.</source>
        <translation>Le programme d'envoi s'est connecté sans authentification SMTP, mais le serveur n'accepte que le courrier des utilisateurs authentifiés.</translation>
    </message>
    <message>
        <source>Login to the mail server failed</source>
        <translation>Échec de l'authentification auprès du serveur de messagerie</translation>
    </message>
    <message>
        <source>The sending program's SMTP user name or password was refused, or this login method is disabled.</source>
        <translation>Le nom d'utilisateur ou le mot de passe SMTP du programme d'envoi a été refusé, ou cette méthode d'authentification est désactivée.</translation>
    </message>
    <message>
        <source>Encryption (TLS) is required</source>
        <translation>Le chiffrement (TLS) est obligatoire</translation>
    </message>
    <message>
        <source>One side insists on an encrypted connection (STARTTLS) that was not used or not offered.</source>
        <translation>L'une des parties exige une connexion chiffrée (STARTTLS) qui n'a pas été utilisée ou pas proposée.</translation>
    </message>
    <message>
        <source>The encrypted connection failed</source>
        <translation>La connexion chiffrée a échoué</translation>
    </message>
    <message>
        <source>The TLS connection could not be set up or verified: certificate, MTA-STS or DANE problem.</source>
        <translation>La connexion TLS n'a pas pu être établie ou vérifiée : problème de certificat, de MTA-STS ou de DANE.</translation>
    </message>
    <message>
        <source>Reverse DNS of your sending IP is missing or wrong</source>
        <translation>Le DNS inverse de votre IP d'envoi est absent ou incorrect</translation>
    </message>
    <message>
        <source>Your sending server's IP address has no PTR record, or the name does not point back to the IP. Ask whoever runs the IP to set the PTR record.</source>
        <translation>L'adresse IP de votre serveur d'envoi n'a pas d'enregistrement PTR, ou le nom ne renvoie pas vers l'IP. Demandez au gestionnaire de l'IP de définir l'enregistrement PTR.</translation>
    </message>
    <message>
        <source>Your server's HELO name was refused</source>
        <translation>Le nom HELO de votre serveur a été refusé</translation>
    </message>
    <message>
        <source>Your sending server introduces itself with a name the recipient rejects (not a fully qualified name, or one that does not exist in DNS).</source>
        <translation>Votre serveur d'envoi se présente avec un nom que le destinataire rejette (nom non pleinement qualifié, ou qui n'existe pas dans le DNS).</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <translation>Erreur de protocole SMTP</translation>
    </message>
    <message>
        <source>The sending server sent a command the recipient's server did not understand or did not expect.</source>
        <translation>Le serveur d'envoi a envoyé une commande que le serveur du destinataire n'a pas comprise ou n'attendait pas.</translation>
    </message>
    <message>
        <source>The sender address was rejected</source>
        <translation>L'adresse de l'expéditeur a été rejetée</translation>
    </message>
    <message>
        <source>The envelope sender address or its domain is invalid, does not exist in DNS or could not be verified by the recipient's server.</source>
        <translation>L'adresse d'expéditeur de l'enveloppe ou son domaine n'est pas valide, n'existe pas dans le DNS ou n'a pas pu être vérifié par le serveur du destinataire.</translation>
    </message>
    <message>
        <source>Sending from a domain not registered in Microsoft 365</source>
        <translation>Envoi depuis un domaine non enregistré dans Microsoft 365</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from domains that are not added and verified in your tenant. Add and verify the domain.</source>
        <translation>Microsoft 365 refuse le courrier provenant de domaines qui ne sont pas ajoutés et vérifiés dans votre tenant. Ajoutez et vérifiez le domaine.</translation>
    </message>
    <message>
        <source>Mail routing loop</source>
        <translation>Boucle de routage du courrier</translation>
    </message>
    <message>
        <source>The message went round in circles between servers until it was stopped, usually because of a forwarding or MX misconfiguration.</source>
        <translation>Le message a tourné en rond entre des serveurs jusqu'à être arrêté, généralement à cause d'un transfert ou d'un MX mal configuré.</translation>
    </message>
    <message>
        <source>Too many recipients in one message</source>
        <translation>Trop de destinataires dans un seul message</translation>
    </message>
    <message>
        <source>The message was addressed to more recipients than the server accepts at once. Send it in smaller batches.</source>
        <translation>Le message était adressé à plus de destinataires que le serveur n'en accepte à la fois. Envoyez-le par lots plus petits.</translation>
    </message>
    <message>
        <source>The message breaks format rules</source>
        <translation>Le message enfreint les règles de format</translation>
    </message>
    <message>
        <source>The sending program produced a message that violates the standard (for example bare line feeds, missing or invalid headers, several From addresses).</source>
        <translation>Le programme d'envoi a produit un message non conforme à la norme (par exemple sauts de ligne isolés, en-têtes manquants ou non valides, plusieurs adresses From).</translation>
    </message>
    <message>
        <source>Mail over IPv6 not accepted</source>
        <translation>Courrier via IPv6 non accepté</translation>
    </message>
    <message>
        <source>The recipient does not accept mail from your IPv6 address. Send over IPv4 or meet their IPv6 requirements.</source>
        <translation>Le destinataire n'accepte pas le courrier provenant de votre adresse IPv6. Envoyez via IPv4 ou satisfaites à ses exigences IPv6.</translation>
    </message>
    <message>
        <source>Forwarding to external addresses is blocked</source>
        <translation>Le transfert vers des adresses externes est bloqué</translation>
    </message>
    <message>
        <source>Your own organisation's policy does not allow automatic forwarding to outside addresses.</source>
        <translation>La politique de votre propre organisation n'autorise pas le transfert automatique vers des adresses extérieures.</translation>
    </message>
    <message>
        <source>The sending server is misconfigured</source>
        <translation>Le serveur d'envoi est mal configuré</translation>
    </message>
    <message>
        <source>A mail server on the way reported its own configuration error rather than a problem with the recipient.</source>
        <translation>Un serveur de messagerie sur le trajet a signalé sa propre erreur de configuration plutôt qu'un problème lié au destinataire.</translation>
    </message>
    <message>
        <source>Delivery is delayed</source>
        <translation>La remise est retardée</translation>
    </message>
    <message>
        <source>The message has not been delivered yet; the sending server keeps retrying. Nothing to fix unless it finally fails.</source>
        <translation>Le message n'a pas encore été remis ; le serveur d'envoi continue de réessayer. Rien à corriger, sauf s'il finit par échouer.</translation>
    </message>
    <message>
        <source>Delivery attempts expired</source>
        <translation>Les tentatives de remise ont expiré</translation>
    </message>
    <message>
        <source>The sending server retried for its whole queue lifetime and then gave up. The underlying problem was temporary or unreachable servers.</source>
        <translation>Le serveur d'envoi a réessayé pendant toute la durée de vie de sa file d'attente, puis a abandonné. Le problème de fond était temporaire ou des serveurs étaient injoignables.</translation>
    </message>
    <message>
        <source>The recipient's server could not be reached</source>
        <translation>Le serveur du destinataire était injoignable</translation>
    </message>
    <message>
        <source>The connection to the recipient's server failed (refused, timed out, DNS lookup failure). This usually resolves itself.</source>
        <translation>La connexion au serveur du destinataire a échoué (refusée, délai dépassé, échec de la résolution DNS). Cela se résout généralement de soi-même.</translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation>Mis en liste grise</translation>
    </message>
    <message>
        <source>The recipient's server delays first-time senders on purpose; a normal server retries and gets through.</source>
        <translation>Le serveur du destinataire retarde volontairement les nouveaux expéditeurs ; un serveur normal réessaie et passe.</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Débit limité</translation>
    </message>
    <message>
        <source>Too many messages or connections in a short time; the recipient's server asks to slow down and retry later.</source>
        <translation>Trop de messages ou de connexions en peu de temps ; le serveur du destinataire demande de ralentir et de réessayer plus tard.</translation>
    </message>
    <message>
        <source>The recipient's server had a temporary problem</source>
        <translation>Le serveur du destinataire a eu un problème temporaire</translation>
    </message>
    <message>
        <source>The recipient's server was busy, out of resources or had an internal error. Retrying later usually works.</source>
        <translation>Le serveur du destinataire était occupé, à court de ressources ou a rencontré une erreur interne. Réessayer plus tard fonctionne généralement.</translation>
    </message>
    <message>
        <source>Your sending limit is reached</source>
        <translation>Votre limite d'envoi est atteinte</translation>
    </message>
    <message>
        <source>Your account or service reached its daily or hourly sending limit. Wait until the limit resets or raise it.</source>
        <translation>Votre compte ou service a atteint sa limite d'envoi quotidienne ou horaire. Attendez la réinitialisation de la limite ou augmentez-la.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>This is a success notice: the message was delivered.</source>
        <translation>Ceci est un avis de réussite : le message a été remis.</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>This is a notice that the message was passed on to another server that does not report delivery.</source>
        <translation>Ceci est un avis indiquant que le message a été transmis à un autre serveur qui ne signale pas la remise.</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <source>This is an automatic reply (out of office, vacation), not a delivery failure.</source>
        <translation>Ceci est une réponse automatique (absence du bureau, congés), pas un échec de remise.</translation>
    </message>
    <message>
        <source>Complaint or feedback report</source>
        <translation>Plainte ou rapport de retour</translation>
    </message>
    <message>
        <source>This is a feedback report (ARF): a recipient or provider reported a message as spam or abuse. It is not a bounce, but it matters for your reputation.</source>
        <translation>Ceci est un rapport de retour (ARF) : un destinataire ou un fournisseur a signalé un message comme spam ou abus. Ce n'est pas un rebond, mais cela compte pour votre réputation.</translation>
    </message>
    <message>
        <source>Reason not recognised</source>
        <translation>Raison non reconnue</translation>
    </message>
    <message>
        <source>The bounce does not say clearly why delivery failed.</source>
        <translation>Le rebond n'indique pas clairement pourquoi la remise a échoué.</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>Recipient blocked by policy</source>
        <translation>Destinataire bloqué par une politique</translation>
    </message>
    <message>
        <source>Invalid recipient address</source>
        <translation>Adresse de destinataire non valide</translation>
    </message>
    <message>
        <source>Recipient mailbox issue</source>
        <translation>Problème de boîte aux lettres du destinataire</translation>
    </message>
    <message>
        <source>Sender IP or domain on a blocklist</source>
        <translation>IP ou domaine de l'expéditeur sur une liste de blocage</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC failure</source>
        <translation>Échec SPF, DKIM ou DMARC</translation>
    </message>
    <message>
        <source>Spam filter, content or security</source>
        <translation>Filtre antispam, contenu ou sécurité</translation>
    </message>
    <message>
        <source>Mail server configuration</source>
        <translation>Configuration du serveur de messagerie</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Problème temporaire</translation>
    </message>
    <message>
        <source>Not a delivery failure</source>
        <translation>Pas un échec de remise</translation>
    </message>
    <message>
        <source>Unknown cause</source>
        <translation>Cause inconnue</translation>
    </message>
    <message>
        <source>The recipient's server accepted the address but its policy refuses mail from you.</source>
        <translation>Le serveur du destinataire a accepté l'adresse, mais sa politique refuse votre courrier.</translation>
    </message>
    <message>
        <source>The address you wrote to does not exist: the mailbox or the whole domain is unknown.</source>
        <translation>L'adresse à laquelle vous avez écrit n'existe pas : la boîte aux lettres ou tout le domaine est inconnu.</translation>
    </message>
    <message>
        <source>The address exists, but the mailbox cannot take mail right now: it is full, disabled or suspended.</source>
        <translation>L'adresse existe, mais la boîte aux lettres ne peut pas recevoir de courrier pour le moment : elle est pleine, désactivée ou suspendue.</translation>
    </message>
    <message>
        <source>The recipient's server refuses your sending server's IP address or your domain because of its reputation or a blocklist.</source>
        <translation>Le serveur du destinataire refuse l'adresse IP de votre serveur d'envoi ou votre domaine à cause de sa réputation ou d'une liste de blocage.</translation>
    </message>
    <message>
        <source>Your message failed the sender checks (SPF, DKIM or DMARC) that prove it really comes from your domain.</source>
        <translation>Votre message a échoué aux contrôles de l'expéditeur (SPF, DKIM ou DMARC) qui prouvent qu'il provient bien de votre domaine.</translation>
    </message>
    <message>
        <source>A spam or security filter refused the message itself: its content, links, attachments or size.</source>
        <translation>Un filtre antispam ou de sécurité a refusé le message lui-même : son contenu, ses liens, ses pièces jointes ou sa taille.</translation>
    </message>
    <message>
        <source>A mail server setting stands in the way: relaying, authentication, encryption, reverse DNS or routing.</source>
        <translation>Un paramètre du serveur de messagerie fait obstacle : relais, authentification, chiffrement, DNS inverse ou routage.</translation>
    </message>
    <message>
        <source>The failure is temporary: the sending server will retry, or you can resend later.</source>
        <translation>L'échec est temporaire : le serveur d'envoi va réessayer, ou vous pouvez renvoyer plus tard.</translation>
    </message>
    <message>
        <source>This message is not a delivery failure (a delivery notice, auto-reply or report).</source>
        <translation>Ce message n'est pas un échec de remise (avis de remise, réponse automatique ou rapport).</translation>
    </message>
    <message>
        <source>The bounce does not say clearly why delivery failed.</source>
        <translation>Le rebond n'indique pas clairement pourquoi la remise a échoué.</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>Vérification impossible</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <source>Each check with its result; expand a row for details, raw records and the fix.</source>
        <translation>Chaque vérification avec son résultat ; développez une ligne pour voir les détails, les enregistrements bruts et la correction.</translation>
    </message>
    <message>
        <source>Copy suggested &amp;record</source>
        <translation>Copier l'en&amp;registrement suggéré</translation>
    </message>
    <message>
        <source>Copies the record suggested for the selected check to the clipboard</source>
        <translation>Copie dans le presse-papiers l'enregistrement suggéré pour la vérification sélectionnée</translation>
    </message>
    <message>
        <source>Copy ra&amp;w evidence</source>
        <translation>Copier les données &amp;brutes</translation>
    </message>
    <message>
        <source>Copies the records and replies of the selected check to the clipboard</source>
        <translation>Copie dans le presse-papiers les enregistrements et réponses de la vérification sélectionnée</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Suggested record</source>
        <translation>Enregistrement suggéré</translation>
    </message>
    <message>
        <source>Suggested record copied to the clipboard.</source>
        <translation>Enregistrement suggéré copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Raw evidence copied to the clipboard.</source>
        <translation>Données brutes copiées dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>No failed recipient was found in the message.</source>
        <translation>Aucun destinataire en échec n'a été trouvé dans le message.</translation>
    </message>
    <message>
        <source>The bounce says “%1”: %2</source>
        <translation>Le rebond indique « %1 » : %2</translation>
    </message>
    <message>
        <source>Provider code %1: %2</source>
        <translation>Code du fournisseur %1 : %2</translation>
    </message>
    <message>
        <source>Reply code %1: %2</source>
        <translation>Code de réponse %1 : %2</translation>
    </message>
    <message>
        <source>Status code %1: %2</source>
        <translation>Code d'état %1 : %2</translation>
    </message>
    <message>
        <source>The report says the message was %1.</source>
        <translation>Le rapport indique que le message a été %1.</translation>
    </message>
    <message>
        <source>The message was only delayed: the sending server keeps retrying.</source>
        <translation>Le message a seulement été retardé : le serveur d'envoi continue de réessayer.</translation>
    </message>
    <message>
        <source>The reply is a temporary (4xx) refusal.</source>
        <translation>La réponse est un refus temporaire (4xx).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>DNS server to ask instead of the system's (IP address, optional :PORT; [IPv6]:PORT). Repeat for several.</source>
        <translation>Serveur DNS à interroger à la place de celui du système (adresse IP, :PORT facultatif ; [IPv6]:PORT). Répétez l'option pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>HÔTE[:PORT]</translation>
    </message>
    <message>
        <source>Wait this long for a DNS answer before the first retry (default %1).</source>
        <translation>Durée d'attente d'une réponse DNS avant la première nouvelle tentative (%1 par défaut).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>--dns-timeout must be a number of milliseconds from 1 to 60000, not "%1"</source>
        <translation>--dns-timeout doit être un nombre de millisecondes compris entre 1 et 60000, et non « %1 »</translation>
    </message>
</context>
<context>
    <name>ContentAdvisor</name>
    <message>
        <source>Content of the returned message</source>
        <translation>Contenu du message renvoyé</translation>
    </message>
    <message>
        <source>The bounce did not include the message body, so its content cannot be reviewed here.</source>
        <translation>Le rebond ne contenait pas le corps du message ; son contenu ne peut donc pas être examiné ici.</translation>
    </message>
    <message>
        <source>Review the message you sent yourself: links, attachments, size and wording.</source>
        <translation>Examinez vous-même le message que vous avez envoyé : liens, pièces jointes, taille et formulation.</translation>
    </message>
    <message>
        <source>Links through URL shorteners (%1): filters distrust them because they hide the target.</source>
        <translation>Liens via des raccourcisseurs d'URL (%1) : les filtres s'en méfient car ils masquent la cible.</translation>
    </message>
    <message numerus="yes">
        <source>The message has %n links; many links make a message look like a newsletter or spam.</source>
        <translation>
            <numerusform>Le message contient %n lien ; beaucoup de liens font ressembler un message à une newsletter ou à du spam.</numerusform>
            <numerusform>Le message contient %n liens ; beaucoup de liens font ressembler un message à une newsletter ou à du spam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Risky attachments (%1): executables, scripts, macro documents and archives are often refused outright.</source>
        <translation>Pièces jointes à risque (%1) : les exécutables, scripts, documents à macros et archives sont souvent refusés d'emblée.</translation>
    </message>
    <message>
        <source>The message is %1 MB; many servers refuse messages over 10 to 25 MB.</source>
        <translation>Le message fait %1 Mo ; de nombreux serveurs refusent les messages de plus de 10 à 25 Mo.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the message</source>
        <translation>
            <numerusform>%n lien dans le message</numerusform>
            <numerusform>%n liens dans le message</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked domains: %1</source>
        <translation>Domaines liés : %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Pièces jointes : %1</translation>
    </message>
    <message>
        <source>Size: %1 KB</source>
        <translation>Taille : %1 Ko</translation>
    </message>
    <message>
        <source>Nothing in the returned message stands out to a content filter.</source>
        <translation>Rien dans le message renvoyé ne se démarque pour un filtre de contenu.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in the message may trigger content filters.</source>
        <translation>
            <numerusform>%n élément du message peut déclencher les filtres de contenu.</numerusform>
            <numerusform>%n éléments du message peuvent déclencher les filtres de contenu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove or replace what is listed above, then resend.</source>
        <translation>Supprimez ou remplacez ce qui est listé ci-dessus, puis renvoyez le message.</translation>
    </message>
</context>
<context>
    <name>DeliveryAction</name>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>retardé</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>relayed</source>
        <translation>relayé</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>développé</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>Cause: %1</source>
        <translation>Cause : %1</translation>
    </message>
    <message>
        <source>Reason read from the bounce: %1 (%2 %3)</source>
        <translation>Raison lue dans le rebond : %1 (%2 %3)</translation>
    </message>
    <message>
        <source>What the live checks say:</source>
        <translation>Ce que disent les vérifications en direct :</translation>
    </message>
    <message>
        <source>Needs input:</source>
        <translation>Informations requises :</translation>
    </message>
    <message>
        <source>Your fix plan:</source>
        <translation>Votre plan de correction :</translation>
    </message>
    <message>
        <source>Read a bounce, run the live checks it calls for (DNS, SPF, DKIM, DMARC, blocklists) and print the fix plan. Progress goes to standard error.</source>
        <translation>Lit un rebond, lance les vérifications en direct qu'il nécessite (DNS, SPF, DKIM, DMARC, listes de blocage) et affiche le plan de correction. La progression est écrite sur la sortie d'erreur standard.</translation>
    </message>
    <message>
        <source>The bounce (a file, or - for standard input).</source>
        <translation>Le rebond (un fichier, ou - pour l'entrée standard).</translation>
    </message>
    <message>
        <source>Print JSON: analysis, investigation and plan.</source>
        <translation>Affiche du JSON : analyse, enquête et plan.</translation>
    </message>
    <message>
        <source>Also write the whole case to FILE (.html, .md, .pdf or .json).</source>
        <translation>Écrit aussi le dossier complet dans FICHIER (.html, .md, .pdf ou .json).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Sending IP address (overrides the bounce).</source>
        <translation>Adresse IP d'envoi (remplace celle du rebond).</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>HELO name of the sending server.</source>
        <translation>Nom HELO du serveur d'envoi.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Envelope sender address.</source>
        <translation>Adresse d'expéditeur de l'enveloppe.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Sender domain.</source>
        <translation>Domaine de l'expéditeur.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>Domain of the From header.</source>
        <translation>Domaine de l'en-tête From.</translation>
    </message>
    <message>
        <source>Recipient domain.</source>
        <translation>Domaine du destinataire.</translation>
    </message>
    <message>
        <source>DKIM selector.</source>
        <translation>Sélecteur DKIM.</translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation>SÉLECTEUR</translation>
    </message>
    <message>
        <source>DKIM signing domain (d=).</source>
        <translation>Domaine de signature DKIM (d=).</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>Aucune progression sur la sortie d'erreur standard.</translation>
    </message>
    <message>
        <source>give exactly one bounce file (or - for standard input)</source>
        <translation>indiquez exactement un fichier de rebond (ou - pour l'entrée standard)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>checking: %1</source>
        <translation>vérification : %1</translation>
    </message>
    <message>
        <source>%1 of %2 checks done</source>
        <translation>%1 vérifications sur %2 terminées</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>rapport écrit dans %1</translation>
    </message>
</context>
<context>
    <name>DkimCheck</name>
    <message>
        <source>must be a non-empty array of selector names.</source>
        <translation>doit être un tableau non vide de noms de sélecteurs.</translation>
    </message>
    <message>
        <source>"%1" is not a valid selector.</source>
        <translation>« %1 » n'est pas un sélecteur valide.</translation>
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation>« %1 » est listé deux fois.</translation>
    </message>
    <message>
        <source>DKIM key %1</source>
        <translation>Clé DKIM %1</translation>
    </message>
    <message>
        <source>%1 has TXT records, but none is a DKIM key.</source>
        <translation>%1 a des enregistrements TXT, mais aucun n'est une clé DKIM.</translation>
    </message>
    <message>
        <source>Publish the DKIM public key your mail provider gives you as a TXT record at %1.</source>
        <translation>Publiez la clé publique DKIM fournie par votre fournisseur de messagerie sous forme d'enregistrement TXT à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n DKIM key records are published at this name; verifiers may pick any of them, so keep one.</source>
        <translation>
            <numerusform>%n enregistrement de clé DKIM est publié sous ce nom ; les vérificateurs peuvent choisir n'importe lequel, n'en gardez qu'un.</numerusform>
            <numerusform>%n enregistrements de clé DKIM sont publiés sous ce nom ; les vérificateurs peuvent choisir n'importe lequel, n'en gardez qu'un.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DKIM key at %1 is revoked (empty p=): signatures with selector %2 fail.</source>
        <translation>La clé DKIM à %1 est révoquée (p= vide) : les signatures avec le sélecteur %2 échouent.</translation>
    </message>
    <message>
        <source>Sign with a current selector, or publish the active public key at %1.</source>
        <translation>Signez avec un sélecteur actuel, ou publiez la clé publique active à %1.</translation>
    </message>
    <message>
        <source>The DKIM key record at %1 is broken: %2</source>
        <translation>L'enregistrement de clé DKIM à %1 est défectueux : %2</translation>
    </message>
    <message>
        <source>Copy the key record again from your mail provider or DKIM signer; a record split into several strings must be published as one TXT record.</source>
        <translation>Copiez à nouveau l'enregistrement de clé depuis votre fournisseur de messagerie ou votre signataire DKIM ; un enregistrement divisé en plusieurs chaînes doit être publié comme un seul enregistrement TXT.</translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA %1 bits</translation>
    </message>
    <message>
        <source>%1 key at %2 is in testing mode (t=y): receivers may ignore DKIM results.</source>
        <translation>La clé %1 à %2 est en mode test (t=y) : les destinataires peuvent ignorer les résultats DKIM.</translation>
    </message>
    <message>
        <source>Remove t=y from the record once signing works.</source>
        <translation>Supprimez t=y de l'enregistrement une fois que la signature fonctionne.</translation>
    </message>
    <message>
        <source>%1 key published at %2, with warnings.</source>
        <translation>Clé %1 publiée à %2, avec des avertissements.</translation>
    </message>
    <message>
        <source>Generate a 2048-bit key under a new selector, publish it, then switch signing to it.</source>
        <translation>Générez une clé de 2048 bits sous un nouveau sélecteur, publiez-la, puis basculez la signature sur celle-ci.</translation>
    </message>
    <message>
        <source>%1 key published at %2.</source>
        <translation>Clé %1 publiée à %2.</translation>
    </message>
    <message>
        <source>t=s: signatures must use exactly d=%1 (no subdomains in i=).</source>
        <translation>t=s : les signatures doivent utiliser exactement d=%1 (pas de sous-domaines dans i=).</translation>
    </message>
    <message>
        <source>DKIM keys of %1</source>
        <translation>Clés DKIM de %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Aucun nom de domaine valide n'a été indiqué.</translation>
    </message>
    <message>
        <source>No DKIM key is published at %1.</source>
        <translation>Aucune clé DKIM n'est publiée à %1.</translation>
    </message>
    <message>
        <source>Signatures made with selector %1 cannot be verified, so DKIM fails for them.</source>
        <translation>Les signatures faites avec le sélecteur %1 ne peuvent pas être vérifiées ; DKIM échoue donc pour elles.</translation>
    </message>
    <message>
        <source>Publish the public key your mail provider or signer gives you as a TXT record at %1, or sign with a selector that is published.</source>
        <translation>Publiez la clé publique fournie par votre fournisseur de messagerie ou votre signataire sous forme d'enregistrement TXT à %1, ou signez avec un sélecteur publié.</translation>
    </message>
    <message numerus="yes">
        <source>No DKIM key found under %n common selector(s).</source>
        <translation>
            <numerusform>Aucune clé DKIM trouvée sous %n sélecteur courant.</numerusform>
            <numerusform>Aucune clé DKIM trouvée sous %n sélecteurs courants.</numerusform>
        </translation>
    </message>
    <message>
        <source>DKIM may still be set up under another selector: the s= tag of a DKIM-Signature header names it (use --selector).</source>
        <translation>DKIM peut néanmoins être configuré sous un autre sélecteur : la balise s= d'un en-tête DKIM-Signature l'indique (utilisez --selector).</translation>
    </message>
    <message numerus="yes">
        <source>%n selector lookup(s) failed and could not be checked.</source>
        <translation>
            <numerusform>%n recherche de sélecteur a échoué et n'a pas pu être vérifiée.</numerusform>
            <numerusform>%n recherches de sélecteurs ont échoué et n'ont pas pu être vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you do not sign mail with DKIM yet, turn it on at your mail provider and publish the key it gives you.</source>
        <translation>Si vous ne signez pas encore votre courrier avec DKIM, activez-le chez votre fournisseur de messagerie et publiez la clé qu'il vous donne.</translation>
    </message>
</context>
<context>
    <name>DkimRecord</name>
    <message>
        <source>The tag %1= appears more than once (RFC 6376 §3.2 makes the record invalid).</source>
        <translation>La balise %1= apparaît plusieurs fois (la RFC 6376 §3.2 rend alors l'enregistrement non valide).</translation>
    </message>
    <message>
        <source>v= must be the first tag of the record.</source>
        <translation>v= doit être la première balise de l'enregistrement.</translation>
    </message>
    <message>
        <source>v=%1 is not a DKIM key record version (expected DKIM1).</source>
        <translation>v=%1 n'est pas une version d'enregistrement de clé DKIM (DKIM1 attendu).</translation>
    </message>
    <message>
        <source>Unknown key type k=%1 (known: rsa, ed25519).</source>
        <translation>Type de clé inconnu k=%1 (connus : rsa, ed25519).</translation>
    </message>
    <message>
        <source>Unknown tag %1= is ignored.</source>
        <translation>La balise inconnue %1= est ignorée.</translation>
    </message>
    <message>
        <source>The record has no p= tag (the public key), which is required.</source>
        <translation>L'enregistrement n'a pas de balise p= (la clé publique), qui est obligatoire.</translation>
    </message>
    <message>
        <source>The public key (p=) is not valid base64.</source>
        <translation>La clé publique (p=) n'est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The public key (p=) is not an RSA public key (DER SubjectPublicKeyInfo).</source>
        <translation>La clé publique (p=) n'est pas une clé publique RSA (DER SubjectPublicKeyInfo).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; verifiers must reject keys under 1024 bits (RFC 8301).</source>
        <translation>La clé RSA fait %1 bits ; les vérificateurs doivent rejeter les clés de moins de 1024 bits (RFC 8301).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; 2048 bits is the current recommendation (RFC 8301).</source>
        <translation>La clé RSA fait %1 bits ; 2048 bits est la recommandation actuelle (RFC 8301).</translation>
    </message>
    <message>
        <source>An ed25519 key (RFC 8463) is 32 bytes; this one has %1.</source>
        <translation>Une clé ed25519 (RFC 8463) fait 32 octets ; celle-ci en fait %1.</translation>
    </message>
    <message>
        <source>Unknown hash algorithm h=%1.</source>
        <translation>Algorithme de hachage inconnu h=%1.</translation>
    </message>
    <message>
        <source>h= allows only %1; signatures must use sha256 (RFC 8301).</source>
        <translation>h= n'autorise que %1 ; les signatures doivent utiliser sha256 (RFC 8301).</translation>
    </message>
    <message>
        <source>s=%1 does not allow the key to be used for email.</source>
        <translation>s=%1 n'autorise pas l'utilisation de la clé pour l'e-mail.</translation>
    </message>
    <message>
        <source>Unknown flag t=%1 is ignored.</source>
        <translation>L'indicateur inconnu t=%1 est ignoré.</translation>
    </message>
</context>
<context>
    <name>DmarcAlignment</name>
    <message>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>souple</translation>
    </message>
    <message>
        <source>%1: no authenticated domain known.</source>
        <translation>%1 : aucun domaine authentifié connu.</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 est égal à %2</translation>
    </message>
    <message>
        <source>%1 is not exactly %2</source>
        <translation>%1 n'est pas exactement %2</translation>
    </message>
    <message>
        <source>%1 and %2 share the organizational domain %3</source>
        <translation>%1 et %2 partagent le domaine organisationnel %3</translation>
    </message>
    <message>
        <source>%1 (organizational domain %2) is not under %3</source>
        <translation>%1 (domaine organisationnel %2) n'est pas sous %3</translation>
    </message>
    <message>
        <source>%1 for %2 did not pass (%3), so it cannot count; alignment (%4): %5.</source>
        <translation>%1 pour %2 n'a pas réussi (%3) et ne peut donc pas compter ; alignement (%4) : %5.</translation>
    </message>
    <message>
        <source>%1 passed for %2 and is aligned (%3): %4.</source>
        <translation>%1 a réussi pour %2 et est aligné (%3) : %4.</translation>
    </message>
    <message>
        <source>%1 passed for %2 but is not aligned (%3): %4.</source>
        <translation>%1 a réussi pour %2 mais n'est pas aligné (%3) : %4.</translation>
    </message>
    <message>
        <source>DKIM: no signature known.</source>
        <translation>DKIM : aucune signature connue.</translation>
    </message>
    <message>
        <source>DMARC alignment for From: %1</source>
        <translation>Alignement DMARC pour From : %1</translation>
    </message>
    <message>
        <source>The From domain is not known, so alignment cannot be judged.</source>
        <translation>Le domaine From est inconnu ; l'alignement ne peut donc pas être évalué.</translation>
    </message>
    <message>
        <source>DMARC passes: both SPF and DKIM are aligned with %1.</source>
        <translation>DMARC réussit : SPF et DKIM sont tous deux alignés avec %1.</translation>
    </message>
    <message>
        <source>DMARC passes through aligned DKIM.</source>
        <translation>DMARC réussit grâce à DKIM aligné.</translation>
    </message>
    <message>
        <source>DMARC fails: neither SPF nor DKIM passed for a domain aligned with %1.</source>
        <translation>DMARC échoue : ni SPF ni DKIM n'ont réussi pour un domaine aligné avec %1.</translation>
    </message>
    <message>
        <source>Sign outgoing mail with DKIM using d=%1 (or a subdomain, with relaxed alignment), and send with a MAIL FROM (Return-Path) under %1 whose SPF record authorises the sending servers.</source>
        <translation>Signez le courrier sortant avec DKIM en utilisant d=%1 (ou un sous-domaine, avec l'alignement souple), et envoyez avec un MAIL FROM (Return-Path) sous %1 dont l'enregistrement SPF autorise les serveurs d'envoi.</translation>
    </message>
    <message>
        <source>DMARC passes through aligned SPF (no DKIM result known); an aligned DKIM signature would keep it passing when mail is forwarded.</source>
        <translation>DMARC réussit grâce à SPF aligné (aucun résultat DKIM connu) ; une signature DKIM alignée le maintiendrait en réussite lorsque le courrier est transféré.</translation>
    </message>
    <message>
        <source>DMARC passes through aligned SPF only (DKIM is not aligned; mail forwarding will break SPF).</source>
        <translation>DMARC réussit uniquement grâce à SPF aligné (DKIM n'est pas aligné ; le transfert du courrier cassera SPF).</translation>
    </message>
</context>
<context>
    <name>DmarcCheck</name>
    <message>
        <source>DMARC policy of %1</source>
        <translation>Politique DMARC de %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Aucun nom de domaine valide n'a été indiqué.</translation>
    </message>
    <message>
        <source>An SPF record is published at _dmarc.%1; SPF belongs at the domain itself.</source>
        <translation>Un enregistrement SPF est publié à _dmarc.%1 ; SPF doit figurer sur le domaine lui-même.</translation>
    </message>
    <message>
        <source>"%1" looks like a DMARC record but does not start with v=DMARC1, so receivers ignore it.</source>
        <translation>« %1 » ressemble à un enregistrement DMARC mais ne commence pas par v=DMARC1 ; les destinataires l'ignorent donc.</translation>
    </message>
    <message>
        <source>Neither %1 nor its organizational domain %2 publishes a DMARC record.</source>
        <translation>Ni %1 ni son domaine organisationnel %2 ne publient d'enregistrement DMARC.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record.</source>
        <translation>%1 ne publie aucun enregistrement DMARC.</translation>
    </message>
    <message>
        <source>Gmail, Yahoo and Outlook.com require DMARC from bulk senders, and without it anyone can send mail as your domain unchecked.</source>
        <translation>Gmail, Yahoo et Outlook.com exigent DMARC des expéditeurs en masse, et sans DMARC n'importe qui peut envoyer du courrier au nom de votre domaine sans contrôle.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.%1, e.g. the one below (start with p=none instead if you are not yet sure all your mail is signed, and read the reports).</source>
        <translation>Publiez un enregistrement TXT à _dmarc.%1, par exemple celui ci-dessous (commencez plutôt par p=none si vous n'êtes pas encore sûr que tout votre courrier est signé, et lisez les rapports).</translation>
    </message>
    <message numerus="yes">
        <source>_dmarc.%1 has %n DMARC records; with more than one, receivers apply no DMARC policy at all (RFC 7489 §6.6.3).</source>
        <translation>
            <numerusform>_dmarc.%1 a %n enregistrement DMARC ; s'il y en a plus d'un, les destinataires n'appliquent aucune politique DMARC (RFC 7489 §6.6.3).</numerusform>
            <numerusform>_dmarc.%1 a %n enregistrements DMARC ; s'il y en a plus d'un, les destinataires n'appliquent aucune politique DMARC (RFC 7489 §6.6.3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at _dmarc.%1.</source>
        <translation>Gardez exactement un enregistrement TXT commençant par v=DMARC1 à _dmarc.%1.</translation>
    </message>
    <message>
        <source>%1 has no record of its own; the record of its organizational domain %2 applies, with its subdomain policy sp=%3.</source>
        <translation>%1 n'a pas d'enregistrement propre ; c'est l'enregistrement de son domaine organisationnel %2 qui s'applique, avec sa politique de sous-domaine sp=%3.</translation>
    </message>
    <message>
        <source>Receivers following RFC 9989 walk up the DNS tree and would use the record at _dmarc.%1 instead; publish the policy you mean at one place to avoid the difference.</source>
        <translation>Les destinataires qui suivent la RFC 9989 remontent l'arborescence DNS et utiliseraient plutôt l'enregistrement à _dmarc.%1 ; publiez la politique souhaitée à un seul endroit pour éviter cette différence.</translation>
    </message>
    <message>
        <source>No rua= address: you will get no aggregate reports telling you who sends as your domain.</source>
        <translation>Pas d'adresse rua= : vous ne recevrez aucun rapport agrégé indiquant qui envoie au nom de votre domaine.</translation>
    </message>
    <message>
        <source>The DMARC record at _dmarc.%1 has errors: %2</source>
        <translation>L'enregistrement DMARC à _dmarc.%1 contient des erreurs : %2</translation>
    </message>
    <message>
        <source>Correct the record; a corrected version is suggested below.</source>
        <translation>Corrigez l'enregistrement ; une version corrigée est proposée ci-dessous.</translation>
    </message>
    <message>
        <source>DMARC is published for %1 but not enforced (p=none): failing mail is still delivered.</source>
        <translation>DMARC est publié pour %1 mais n'est pas appliqué (p=none) : le courrier en échec est quand même remis.</translation>
    </message>
    <message>
        <source>Once the aggregate reports show all your mail passes, move to p=quarantine, then p=reject.</source>
        <translation>Lorsque les rapports agrégés montrent que tout votre courrier réussit, passez à p=quarantine, puis à p=reject.</translation>
    </message>
    <message>
        <source>DMARC policy %1 for %2, with warnings.</source>
        <translation>Politique DMARC %1 pour %2, avec des avertissements.</translation>
    </message>
    <message>
        <source>DMARC policy %1 for %2 (adkim=%3, aspf=%4).</source>
        <translation>Politique DMARC %1 pour %2 (adkim=%3, aspf=%4).</translation>
    </message>
    <message>
        <source>DMARC report destinations of %1</source>
        <translation>Destinations des rapports DMARC de %1</translation>
    </message>
    <message>
        <source>Report destination(s) %1 have not authorised reports for %2, so receivers will not send them there.</source>
        <translation>La ou les destinations de rapports %1 n'ont pas autorisé les rapports pour %2 ; les destinataires ne les y enverront donc pas.</translation>
    </message>
    <message>
        <source>The receiving domain must publish a TXT record "v=DMARC1" at %1._report._dmarc.%2 (report services do this when you register the domain with them).</source>
        <translation>Le domaine destinataire doit publier un enregistrement TXT « v=DMARC1 » à %1._report._dmarc.%2 (les services de rapports le font lorsque vous y enregistrez le domaine).</translation>
    </message>
    <message>
        <source>The authorisation of report destination(s) %1 could not be looked up.</source>
        <translation>L'autorisation de la ou des destinations de rapports %1 n'a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Every external report destination has authorised reports for %1.</source>
        <translation>Chaque destination de rapports externe a autorisé les rapports pour %1.</translation>
    </message>
</context>
<context>
    <name>DmarcRecord</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>La balise %1= apparaît plusieurs fois.</translation>
    </message>
    <message>
        <source>A DMARC record must start with v=DMARC1.</source>
        <translation>Un enregistrement DMARC doit commencer par v=DMARC1.</translation>
    </message>
    <message>
        <source>Write the version exactly as v=DMARC1; some receivers compare it case-sensitively.</source>
        <translation>Écrivez la version exactement sous la forme v=DMARC1 ; certains destinataires la comparent en respectant la casse.</translation>
    </message>
    <message>
        <source>Invalid value for %1=: "%2".</source>
        <translation>Valeur non valide pour %1= : « %2 ».</translation>
    </message>
    <message>
        <source>p= should come right after v=DMARC1; some receivers expect it there.</source>
        <translation>p= devrait suivre immédiatement v=DMARC1 ; certains destinataires l'attendent à cet endroit.</translation>
    </message>
    <message>
        <source>pct= was removed in RFC 9989; receivers following it apply the policy to all mail.</source>
        <translation>pct= a été supprimé dans la RFC 9989 ; les destinataires qui la suivent appliquent la politique à tout le courrier.</translation>
    </message>
    <message>
        <source>rf= was removed in RFC 9989 and is ignored.</source>
        <translation>rf= a été supprimé dans la RFC 9989 et est ignoré.</translation>
    </message>
    <message>
        <source>%1= holds "%2", which is not a URI (write mailto:address).</source>
        <translation>%1= contient « %2 », qui n'est pas une URI (écrivez mailto:adresse).</translation>
    </message>
    <message>
        <source>%1= holds "%2", which is not a valid mail address.</source>
        <translation>%1= contient « %2 », qui n'est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>%1= uses %2:, which few receivers support; use mailto:.</source>
        <translation>%1= utilise %2:, que peu de destinataires prennent en charge ; utilisez mailto:.</translation>
    </message>
    <message>
        <source>The size limit !%1 is obsolete (RFC 9989).</source>
        <translation>La limite de taille !%1 est obsolète (RFC 9989).</translation>
    </message>
    <message>
        <source>Unknown tag %1= is ignored.</source>
        <translation>La balise inconnue %1= est ignorée.</translation>
    </message>
    <message>
        <source>The record has no p= tag: receivers treat that as p=none (RFC 9989), older ones ignore the whole record without a valid rua= (RFC 7489).</source>
        <translation>L'enregistrement n'a pas de balise p= : les destinataires la traitent comme p=none (RFC 9989), les plus anciens ignorent tout l'enregistrement en l'absence d'un rua= valide (RFC 7489).</translation>
    </message>
    <message>
        <source>fo= holds both 0 and 1; 1 already includes what 0 asks for.</source>
        <translation>fo= contient à la fois 0 et 1 ; 1 inclut déjà ce que demande 0.</translation>
    </message>
    <message>
        <source>More than two report addresses: some receivers send reports to the first two only.</source>
        <translation>Plus de deux adresses de rapport : certains destinataires n'envoient les rapports qu'aux deux premières.</translation>
    </message>
</context>
<context>
    <name>Dns</name>
    <message>
        <source>could not contact the DNS server (connection refused)</source>
        <translation>impossible de contacter le serveur DNS (connexion refusée)</translation>
    </message>
    <message>
        <source>the DNS server did not understand the query (FORMERR)</source>
        <translation>le serveur DNS n'a pas compris la requête (FORMERR)</translation>
    </message>
    <message>
        <source>the DNS server does not implement this query (NOTIMP)</source>
        <translation>le serveur DNS n'implémente pas cette requête (NOTIMP)</translation>
    </message>
    <message>
        <source>the DNS server sent a malformed answer</source>
        <translation>le serveur DNS a envoyé une réponse mal formée</translation>
    </message>
    <message>
        <source>malformed DNS answer: %1</source>
        <translation>réponse DNS mal formée : %1</translation>
    </message>
    <message>
        <source>shorter than a DNS header</source>
        <translation>plus court qu'un en-tête DNS</translation>
    </message>
    <message>
        <source>bad question section</source>
        <translation>section de question incorrecte</translation>
    </message>
    <message>
        <source>bad record header in the answer section</source>
        <translation>en-tête d'enregistrement incorrect dans la section de réponse</translation>
    </message>
    <message>
        <source>record data runs past the end</source>
        <translation>les données de l'enregistrement dépassent la fin</translation>
    </message>
    <message>
        <source>bad data in a type %1 record</source>
        <translation>données incorrectes dans un enregistrement de type %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid DNS name: %2</source>
        <translation>« %1 » n'est pas un nom DNS valide : %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>it has an empty label (two dots in a row)</source>
        <translation>il contient un label vide (deux points consécutifs)</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>il contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the label "%1" cannot be converted to an A-label</source>
        <translation>le label « %1 » ne peut pas être converti en A-label</translation>
    </message>
    <message>
        <source>the label "%1" is longer than 63 characters</source>
        <translation>le label « %1 » dépasse 63 caractères</translation>
    </message>
    <message>
        <source>it is longer than 253 characters</source>
        <translation>il dépasse 253 caractères</translation>
    </message>
    <message>
        <source>invalid DNS server "%1": %2</source>
        <translation>serveur DNS non valide « %1 » : %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>missing "]"</source>
        <translation>« ] » manquant</translation>
    </message>
    <message>
        <source>expected ":PORT" after "]"</source>
        <translation>« :PORT » attendu après « ] »</translation>
    </message>
    <message>
        <source>the port is missing after ":"</source>
        <translation>le port est manquant après « : »</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>« %1 » n'est pas une adresse IP</translation>
    </message>
    <message>
        <source>"%1" is not a port number (1–65535)</source>
        <translation>« %1 » n'est pas un numéro de port (1–65535)</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>le nom n'existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the name exists but has no record of this type</source>
        <translation>le nom existe mais n'a pas d'enregistrement de ce type</translation>
    </message>
    <message>
        <source>the DNS server failed (SERVFAIL)</source>
        <translation>le serveur DNS a échoué (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused the query (REFUSED)</source>
        <translation>le serveur DNS a refusé la requête (REFUSED)</translation>
    </message>
    <message>
        <source>no answer from the DNS server (timeout)</source>
        <translation>pas de réponse du serveur DNS (délai dépassé)</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>nom DNS non valide</translation>
    </message>
    <message>
        <source>the DNS query failed</source>
        <translation>la requête DNS a échoué</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address</source>
        <translation>« %1 » n'est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>no zone given for the reverse name</source>
        <translation>aucune zone indiquée pour le nom inverse</translation>
    </message>
</context>
<context>
    <name>DnsCommand</name>
    <message>
        <source>DNS report for %1</source>
        <translation>Rapport DNS pour %1</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Correction : </translation>
    </message>
    <message>
        <source>Suggested record: </source>
        <translation>Enregistrement suggéré : </translation>
    </message>
    <message numerus="yes">
        <source>%n DNS queries</source>
        <translation>
            <numerusform>%n requête DNS</numerusform>
            <numerusform>%n requêtes DNS</numerusform>
        </translation>
    </message>
    <message>
        <source>MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT and reverse-DNS report for a domain.</source>
        <translation>Rapport MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT et DNS inverse pour un domaine.</translation>
    </message>
    <message>
        <source>The domain to check.</source>
        <translation>Le domaine à vérifier.</translation>
    </message>
    <message>
        <source>Sending IP: check its reverse DNS (and SPF for it).</source>
        <translation>IP d'envoi : vérifie son DNS inverse (et SPF pour cette IP).</translation>
    </message>
    <message>
        <source>DKIM selector (repeatable); default: try common selectors.</source>
        <translation>Sélecteur DKIM (répétable) ; par défaut : essaie les sélecteurs courants.</translation>
    </message>
    <message>
        <source>Header From domain, if it differs (DMARC, DKIM).</source>
        <translation>Domaine de l'en-tête From, s'il est différent (DMARC, DKIM).</translation>
    </message>
    <message>
        <source>Envelope sender for the SPF evaluation.</source>
        <translation>Expéditeur de l'enveloppe pour l'évaluation SPF.</translation>
    </message>
    <message>
        <source>HELO name for the SPF evaluation.</source>
        <translation>Nom HELO pour l'évaluation SPF.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>give exactly one domain (see --help)</source>
        <translation>indiquez exactement un domaine (voir --help)</translation>
    </message>
    <message>
        <source>"%1" is not a domain name</source>
        <translation>« %1 » n'est pas un nom de domaine</translation>
    </message>
</context>
<context>
    <name>DomainReport</name>
    <message>
        <source>Domain and MX</source>
        <translation>Domaine et MX</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>Enregistrement SPF</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DMARC of the From domain</source>
        <translation>DMARC du domaine From</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>DNS inverse</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>TLS reporting</source>
        <translation>Rapports TLS</translation>
    </message>
    <message>
        <source>SPF include tree</source>
        <translation>Arborescence des include SPF</translation>
    </message>
    <message>
        <source>SPF evaluation</source>
        <translation>Évaluation SPF</translation>
    </message>
    <message>
        <source>SPF include tree of %1</source>
        <translation>Arborescence des include SPF de %1</translation>
    </message>
    <message>
        <source>The SPF tree of %1 needs %2 DNS lookups and %3 void lookups; over 10 (or 2 void) is a permanent error, so SPF fails.</source>
        <translation>L'arborescence SPF de %1 nécessite %2 requêtes DNS et %3 requêtes vides ; au-delà de 10 (ou 2 vides), c'est une erreur permanente, et SPF échoue.</translation>
    </message>
    <message>
        <source>Remove includes you no longer use, or replace some by the ip4:/ip6: ranges they stand for.</source>
        <translation>Supprimez les include que vous n'utilisez plus, ou remplacez-en certains par les plages ip4:/ip6: qu'ils représentent.</translation>
    </message>
    <message>
        <source>The SPF tree of %1 uses %2 of 10 DNS lookups, with warnings.</source>
        <translation>L'arborescence SPF de %1 utilise %2 requêtes DNS sur 10, avec des avertissements.</translation>
    </message>
    <message>
        <source>The SPF tree of %1 uses %2 of 10 DNS lookups.</source>
        <translation>L'arborescence SPF de %1 utilise %2 requêtes DNS sur 10.</translation>
    </message>
    <message>
        <source>A corrected record is suggested below.</source>
        <translation>Un enregistrement corrigé est proposé ci-dessous.</translation>
    </message>
    <message>
        <source>SPF does not give DMARC an aligned pass for %1; DMARC then depends on an aligned DKIM signature.</source>
        <translation>SPF ne donne pas à DMARC une réussite alignée pour %1 ; DMARC dépend alors d'une signature DKIM alignée.</translation>
    </message>
    <message>
        <source>DKIM was not evaluated (that needs the message itself); give --selector to check the key your mail is signed with.</source>
        <translation>DKIM n'a pas été évalué (il faut pour cela le message lui-même) ; indiquez --selector pour vérifier la clé avec laquelle votre courrier est signé.</translation>
    </message>
</context>
<context>
    <name>DomainSpfCheck</name>
    <message>
        <source>SPF record of %1</source>
        <translation>Enregistrement SPF de %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Aucun nom de domaine valide n'a été indiqué.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 ne publie aucun enregistrement SPF.</translation>
    </message>
    <message>
        <source>Receivers cannot tell which servers may send as %1; Gmail and Yahoo require SPF or DKIM from every sender.</source>
        <translation>Les destinataires ne peuvent pas savoir quels serveurs peuvent envoyer au nom de %1 ; Gmail et Yahoo exigent SPF ou DKIM de chaque expéditeur.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 listing your sending servers, ending in ~all or -all.</source>
        <translation>Publiez un enregistrement TXT à %1 listant vos serveurs d'envoi, terminé par ~all ou -all.</translation>
    </message>
    <message numerus="yes">
        <source>%1 publishes %n SPF records; RFC 7208 §4.5 makes that a permanent error, so SPF fails for all mail.</source>
        <translation>
            <numerusform>%1 publie %n enregistrement SPF ; la RFC 7208 §4.5 en fait une erreur permanente, et SPF échoue donc pour tout le courrier.</numerusform>
            <numerusform>%1 publie %n enregistrements SPF ; la RFC 7208 §4.5 en fait une erreur permanente, et SPF échoue donc pour tout le courrier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge them into one record: keep one v=spf1 and put every mechanism before a single ~all or -all.</source>
        <translation>Fusionnez-les en un seul enregistrement : gardez un seul v=spf1 et placez tous les mécanismes avant un unique ~all ou -all.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error at position %2 (%3): %4</source>
        <translation>L'enregistrement SPF de %1 contient une erreur de syntaxe à la position %2 (%3) : %4</translation>
    </message>
    <message>
        <source>Correct the record; receivers treat a syntax error as a permanent error (SPF fails).</source>
        <translation>Corrigez l'enregistrement ; les destinataires traitent une erreur de syntaxe comme une erreur permanente (SPF échoue).</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in %2, which lets any server pass or be neutral.</source>
        <translation>L'enregistrement SPF de %1 se termine par %2, ce qui permet à n'importe quel serveur de réussir ou d'être neutre.</translation>
    </message>
    <message>
        <source>End the record with ~all or -all.</source>
        <translation>Terminez l'enregistrement par ~all ou -all.</translation>
    </message>
    <message>
        <source>%1 publishes one SPF record.</source>
        <translation>%1 publie un enregistrement SPF.</translation>
    </message>
</context>
<context>
    <name>DomainTypo</name>
    <message>
        <source>must be an array of domain names.</source>
        <translation>doit être un tableau de noms de domaine.</translation>
    </message>
    <message>
        <source>is not a domain name.</source>
        <translation>n'est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 est listé deux fois.</translation>
    </message>
    <message>
        <source>must map a mistyped TLD to the intended one.</source>
        <translation>doit associer un TLD mal saisi au TLD voulu.</translation>
    </message>
</context>
<context>
    <name>FixPlan</name>
    <message>
        <source>Resend once the cause is fixed.</source>
        <translation>Renvoyez le message une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>The live checks confirm this cause.</source>
        <translation>Les vérifications en direct confirment cette cause.</translation>
    </message>
    <message>
        <source>The bounce points here.</source>
        <translation>Le rebond pointe vers cette cause.</translation>
    </message>
    <message>
        <source>A possible cause worth checking.</source>
        <translation>Une cause possible qui mérite d'être vérifiée.</translation>
    </message>
    <message>
        <source>Nothing points here for this bounce; you can skip it.</source>
        <translation>Rien ne pointe vers cette étape pour ce rebond ; vous pouvez l'ignorer.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>No check changed since the first run.</source>
        <translation>Aucune vérification n'a changé depuis la première exécution.</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>Adresse corrigée</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>le destinataire</translation>
    </message>
    <message>
        <source>Hello, my email to %1 came back because the mailbox is full. Could you make some room and let me know, so I can send it again? Thank you.</source>
        <translation>Bonjour, mon e-mail à %1 m'a été renvoyé car la boîte aux lettres est pleine. Pourriez-vous libérer un peu d'espace et me prévenir, afin que je puisse vous le renvoyer ? Merci.</translation>
    </message>
    <message>
        <source>Hello, my email to %1 was refused by your organisation's mail policy. Could you ask your mail administrator to allow mail from %2? Thank you.</source>
        <translation>Bonjour, mon e-mail à %1 a été refusé par la politique de messagerie de votre organisation. Pourriez-vous demander à votre administrateur de messagerie d'autoriser le courrier provenant de %2 ? Merci.</translation>
    </message>
    <message>
        <source>my address</source>
        <translation>mon adresse</translation>
    </message>
    <message>
        <source>Hello, my email to %1 came back: the mailbox seems disabled or unavailable. Is this address still in use, or should I write to another one? Thank you.</source>
        <translation>Bonjour, mon e-mail à %1 m'a été renvoyé : la boîte aux lettres semble désactivée ou indisponible. Cette adresse est-elle toujours utilisée, ou dois-je écrire à une autre adresse ? Merci.</translation>
    </message>
    <message>
        <source>Message to send the recipient by another channel</source>
        <translation>Message à envoyer au destinataire par un autre moyen</translation>
    </message>
    <message>
        <source>Delisting: %1</source>
        <translation>Retrait de la liste : %1</translation>
    </message>
    <message>
        <source>Delisting at Microsoft</source>
        <translation>Retrait de la liste chez Microsoft</translation>
    </message>
    <message>
        <source>Microsoft uses its own block list. Request removal of the IP on the Office 365 delist portal.</source>
        <translation>Microsoft utilise sa propre liste de blocage. Demandez le retrait de l'IP sur le portail de retrait d'Office 365.</translation>
    </message>
    <message>
        <source>Suggested %1 record for %2</source>
        <translation>Enregistrement %1 suggéré pour %2</translation>
    </message>
    <message>
        <source>Publish this TXT record at %1.</source>
        <translation>Publiez cet enregistrement TXT à %1.</translation>
    </message>
    <message>
        <source>What to change in the message</source>
        <translation>Ce qu'il faut modifier dans le message</translation>
    </message>
    <message>
        <source>Listed link domain %1</source>
        <translation>Domaine de lien listé %1</translation>
    </message>
    <message>
        <source>Remove links to this domain or get it delisted.</source>
        <translation>Supprimez les liens vers ce domaine ou faites-le retirer de la liste.</translation>
    </message>
    <message>
        <source>Hello, please set the reverse DNS (PTR record) of our IP address %1 to %2. The name %2 already resolves (or will resolve) to %1, so the reverse and forward lookups match. We need this for our mail server to be accepted by other mail providers. Thank you.</source>
        <translation>Bonjour, pourriez-vous configurer le DNS inverse (enregistrement PTR) de notre adresse IP %1 sur %2 ? Le nom %2 résout déjà (ou résoudra) vers %1, de sorte que les résolutions inverse et directe concordent. Nous en avons besoin pour que notre serveur de messagerie soit accepté par les autres fournisseurs de messagerie. Merci d'avance.</translation>
    </message>
    <message>
        <source>Request to your hosting provider or ISP</source>
        <translation>Demande à votre hébergeur ou FAI</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Inutile</translation>
    </message>
</context>
<context>
    <name>GuideStep</name>
    <message>
        <source>%1: entry "%2": %3</source>
        <translation>%1 : entrée « %2 » : %3</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1 : JSON non valide à la position %2 : %3</translation>
    </message>
    <message>
        <source>Verify the recipient address</source>
        <translation>Vérifier l'adresse du destinataire</translation>
    </message>
    <message>
        <source>Make sure the address exists: spelling, domain and the domain's mail servers.</source>
        <translation>Assurez-vous que l'adresse existe : orthographe, domaine et serveurs de messagerie du domaine.</translation>
    </message>
    <message>
        <source>Compare the address letter by letter with one you know works (a business card, an earlier reply).</source>
        <translation>Comparez l'adresse lettre par lettre avec une adresse dont vous savez qu'elle fonctionne (une carte de visite, une réponse antérieure).</translation>
    </message>
    <message>
        <source>Check that the domain after the @ exists and accepts mail (see the mail server check).</source>
        <translation>Vérifiez que le domaine après le @ existe et accepte le courrier (voir la vérification du serveur de messagerie).</translation>
    </message>
    <message>
        <source>If a typo is suggested, send to the corrected address instead.</source>
        <translation>Si une faute de frappe est signalée, envoyez plutôt à l'adresse corrigée.</translation>
    </message>
    <message>
        <source>If the address looks right, ask the recipient by another channel (phone, chat) for their current address.</source>
        <translation>Si l'adresse semble correcte, demandez au destinataire son adresse actuelle par un autre moyen (téléphone, messagerie instantanée).</translation>
    </message>
    <message>
        <source>Check the recipient's mailbox</source>
        <translation>Vérifier la boîte aux lettres du destinataire</translation>
    </message>
    <message>
        <source>The address exists but the mailbox refuses mail: full, disabled, or blocked by the recipient's policy.</source>
        <translation>L'adresse existe mais la boîte aux lettres refuse le courrier : pleine, désactivée ou bloquée par la politique du destinataire.</translation>
    </message>
    <message>
        <source>Read what the bounce says about the mailbox (full, disabled, suspended, not accepting mail from you).</source>
        <translation>Lisez ce que le rebond dit de la boîte aux lettres (pleine, désactivée, suspendue, n'accepte pas votre courrier).</translation>
    </message>
    <message>
        <source>Tell the recipient by another channel: a full mailbox must be emptied, a disabled one re-enabled by their administrator.</source>
        <translation>Prévenez le destinataire par un autre moyen : une boîte aux lettres pleine doit être vidée, une boîte désactivée doit être réactivée par son administrateur.</translation>
    </message>
    <message>
        <source>If their organisation blocks you by policy, ask them to add your address or domain to their allowed senders.</source>
        <translation>Si son organisation vous bloque par une politique, demandez-lui d'ajouter votre adresse ou votre domaine à ses expéditeurs autorisés.</translation>
    </message>
    <message>
        <source>For a full mailbox, wait until the recipient confirms there is space before you resend.</source>
        <translation>Pour une boîte aux lettres pleine, attendez que le destinataire confirme qu'il y a de la place avant de renvoyer.</translation>
    </message>
    <message>
        <source>Get off blocklists</source>
        <translation>Sortir des listes de blocage</translation>
    </message>
    <message>
        <source>Check your sending server's IP address and your domain against the DNS blocklists and request delisting.</source>
        <translation>Vérifiez l'adresse IP de votre serveur d'envoi et votre domaine dans les listes de blocage DNS et demandez leur retrait.</translation>
    </message>
    <message>
        <source>Find and stop what got you listed: a compromised account or computer, a bad mailing list, an open relay.</source>
        <translation>Trouvez et arrêtez ce qui vous a fait lister : un compte ou un ordinateur compromis, une mauvaise liste de diffusion, un relais ouvert.</translation>
    </message>
    <message>
        <source>Request removal on each list's delisting page (links below), starting with the lists big receivers use.</source>
        <translation>Demandez le retrait sur la page de retrait de chaque liste (liens ci-dessous), en commençant par les listes qu'utilisent les grands destinataires.</translation>
    </message>
    <message>
        <source>Make sure the sending IP has reverse DNS that names your mail server and resolves back to it.</source>
        <translation>Assurez-vous que l'IP d'envoi a un DNS inverse qui désigne votre serveur de messagerie et qui résout en retour vers celle-ci.</translation>
    </message>
    <message>
        <source>If you send through a provider's shared IP, contact the provider: only they can fix its reputation.</source>
        <translation>Si vous envoyez via l'IP partagée d'un fournisseur, contactez ce fournisseur : lui seul peut corriger sa réputation.</translation>
    </message>
    <message>
        <source>Fix SPF, DKIM and DMARC</source>
        <translation>Corriger SPF, DKIM et DMARC</translation>
    </message>
    <message>
        <source>Make your domain's sender checks pass: SPF must include your sending server, DKIM must sign, and DMARC must find one of them aligned.</source>
        <translation>Faites réussir les contrôles d'expéditeur de votre domaine : SPF doit inclure votre serveur d'envoi, DKIM doit signer, et DMARC doit trouver l'un des deux aligné.</translation>
    </message>
    <message>
        <source>Publish an SPF record that includes every server and service that sends mail for your domain.</source>
        <translation>Publiez un enregistrement SPF qui inclut chaque serveur et service envoyant du courrier pour votre domaine.</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at your mail provider and publish the key it gives you.</source>
        <translation>Activez la signature DKIM chez votre fournisseur de messagerie et publiez la clé qu'il vous donne.</translation>
    </message>
    <message>
        <source>Publish a DMARC record; start with p=none and reports, tighten once SPF or DKIM pass and align.</source>
        <translation>Publiez un enregistrement DMARC ; commencez par p=none avec des rapports, puis durcissez une fois que SPF ou DKIM réussissent et sont alignés.</translation>
    </message>
    <message>
        <source>Make sure the From domain matches the SPF (envelope) domain or the DKIM d= domain.</source>
        <translation>Assurez-vous que le domaine From correspond au domaine SPF (enveloppe) ou au domaine DKIM d=.</translation>
    </message>
    <message>
        <source>Review content and sending activity</source>
        <translation>Examiner le contenu et l'activité d'envoi</translation>
    </message>
    <message>
        <source>A spam or security filter refused the message itself. Look at links, attachments, size and how many messages you sent.</source>
        <translation>Un filtre antispam ou de sécurité a refusé le message lui-même. Examinez les liens, les pièces jointes, la taille et le nombre de messages envoyés.</translation>
    </message>
    <message>
        <source>Remove URL shorteners and links to domains on blocklists; link to your own domain.</source>
        <translation>Supprimez les raccourcisseurs d'URL et les liens vers des domaines figurant sur des listes de blocage ; faites des liens vers votre propre domaine.</translation>
    </message>
    <message>
        <source>Do not attach executables, scripts or macro documents; share large or risky files by link.</source>
        <translation>Ne joignez pas d'exécutables, de scripts ni de documents à macros ; partagez les fichiers volumineux ou à risque par un lien.</translation>
    </message>
    <message>
        <source>Keep the message under the receiver's size limit (often 10 to 25 MB after encoding).</source>
        <translation>Gardez le message sous la limite de taille du destinataire (souvent 10 à 25 Mo après encodage).</translation>
    </message>
    <message>
        <source>Avoid sudden bursts of mail to many recipients; send bulk mail through a proper mailing service.</source>
        <translation>Évitez les envois soudains et massifs à de nombreux destinataires ; envoyez le courrier en masse via un véritable service d'envoi.</translation>
    </message>
    <message>
        <source>Write a clear subject and plain text; avoid all-caps, many exclamation marks and image-only messages.</source>
        <translation>Rédigez un objet clair et un texte simple ; évitez les majuscules, les multiples points d'exclamation et les messages composés uniquement d'images.</translation>
    </message>
    <message>
        <source>Check your mail server settings</source>
        <translation>Vérifier les paramètres de votre serveur de messagerie</translation>
    </message>
    <message>
        <source>Test the outgoing server your mail program uses: host, port, encryption and login.</source>
        <translation>Testez le serveur sortant qu'utilise votre logiciel de messagerie : hôte, port, chiffrement et authentification.</translation>
    </message>
    <message>
        <source>Use your provider's outgoing server name, port 587 with STARTTLS or port 465 with TLS.</source>
        <translation>Utilisez le nom du serveur sortant de votre fournisseur, le port 587 avec STARTTLS ou le port 465 avec TLS.</translation>
    </message>
    <message>
        <source>Turn on authentication with your full email address and password (or an app password).</source>
        <translation>Activez l'authentification avec votre adresse e-mail complète et votre mot de passe (ou un mot de passe d'application).</translation>
    </message>
    <message>
        <source>Send only through a server that is allowed to relay for your domain.</source>
        <translation>N'envoyez que via un serveur autorisé à relayer pour votre domaine.</translation>
    </message>
    <message>
        <source>If you run your own server: reverse DNS, HELO name and TLS must be set up correctly.</source>
        <translation>Si vous gérez votre propre serveur : le DNS inverse, le nom HELO et TLS doivent être correctement configurés.</translation>
    </message>
    <message>
        <source>Resend after fixing the cause</source>
        <translation>Renvoyer après avoir corrigé la cause</translation>
    </message>
    <message>
        <source>Re-run the checks to confirm the fix, then send the message again.</source>
        <translation>Relancez les vérifications pour confirmer la correction, puis renvoyez le message.</translation>
    </message>
    <message>
        <source>Re-run every check and compare with the results before the fix.</source>
        <translation>Relancez toutes les vérifications et comparez avec les résultats d'avant la correction.</translation>
    </message>
    <message>
        <source>Send the original message again (not a reply to the bounce).</source>
        <translation>Renvoyez le message d'origine (pas une réponse au rebond).</translation>
    </message>
    <message>
        <source>If it bounces again, paste the new bounce: the reason may have changed.</source>
        <translation>S'il est à nouveau renvoyé, collez le nouveau rebond : la raison a peut-être changé.</translation>
    </message>
</context>
<context>
    <name>Investigation</name>
    <message>
        <source>Enter the public IP address of the server that sent your message. It is in the Received headers of a message you sent (the first hop outside your network), or ask your provider.</source>
        <translation>Saisissez l'adresse IP publique du serveur qui a envoyé votre message. Elle figure dans les en-têtes Received d'un message que vous avez envoyé (le premier saut hors de votre réseau), ou demandez-la à votre fournisseur.</translation>
    </message>
    <message>
        <source>Enter the domain of your sender address (the part after the @).</source>
        <translation>Saisissez le domaine de votre adresse d'expéditeur (la partie après le @).</translation>
    </message>
    <message>
        <source>Enter the domain of the address you wrote to (the part after the @).</source>
        <translation>Saisissez le domaine de l'adresse à laquelle vous avez écrit (la partie après le @).</translation>
    </message>
    <message>
        <source>Enter the domain that signs your mail with DKIM (usually your sender domain).</source>
        <translation>Saisissez le domaine qui signe votre courrier avec DKIM (généralement votre domaine d'expéditeur).</translation>
    </message>
    <message>
        <source>Enter the domain of the From address your recipients see.</source>
        <translation>Saisissez le domaine de l'adresse From que voient vos destinataires.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Saisissez %1.</translation>
    </message>
    <message>
        <source>The bounce did not say whether a DKIM signature passed; only SPF could be weighed.</source>
        <translation>Le rebond n'indiquait pas si une signature DKIM avait réussi ; seul SPF a pu être évalué.</translation>
    </message>
    <message>
        <source>The recipient domain cannot receive mail (no such domain, null MX or no mail server).</source>
        <translation>Le domaine du destinataire ne peut pas recevoir de courrier (domaine inexistant, null MX ou aucun serveur de messagerie).</translation>
    </message>
    <message>
        <source>The recipient domain itself cannot receive mail, so the address is wrong rather than the mailbox.</source>
        <translation>Le domaine du destinataire lui-même ne peut pas recevoir de courrier ; c'est donc l'adresse qui est erronée plutôt que la boîte aux lettres.</translation>
    </message>
    <message>
        <source>The recipient domain has working mail servers now; the failure may have been temporary or fixed since.</source>
        <translation>Le domaine du destinataire a maintenant des serveurs de messagerie opérationnels ; l'échec était peut-être temporaire ou a été corrigé depuis.</translation>
    </message>
    <message>
        <source>The recipient domain accepts mail; only its server knows which mailboxes exist, and the bounce speaks for it.</source>
        <translation>Le domaine du destinataire accepte le courrier ; seul son serveur sait quelles boîtes aux lettres existent, et le rebond parle en son nom.</translation>
    </message>
    <message>
        <source>Listed on a blocklist that large mail providers use.</source>
        <translation>Inscrit sur une liste de blocage utilisée par les grands fournisseurs de messagerie.</translation>
    </message>
    <message>
        <source>Listed on a smaller blocklist; some receivers use it.</source>
        <translation>Inscrit sur une liste de blocage plus petite ; certains destinataires l'utilisent.</translation>
    </message>
    <message>
        <source>The blocklists could not be checked from this network.</source>
        <translation>Les listes de blocage n'ont pas pu être vérifiées depuis ce réseau.</translation>
    </message>
    <message>
        <source>Not listed on any public blocklist that answered; the receiver may use its own reputation data (Microsoft and Gmail do), so follow its delisting steps.</source>
        <translation>Inscrit sur aucune des listes de blocage publiques qui ont répondu ; le destinataire utilise peut-être ses propres données de réputation (c'est le cas de Microsoft et Gmail), suivez donc sa procédure de retrait.</translation>
    </message>
    <message>
        <source>The sending IP has no working reverse DNS, which hurts its reputation.</source>
        <translation>L'IP d'envoi n'a pas de DNS inverse fonctionnel, ce qui nuit à sa réputation.</translation>
    </message>
    <message>
        <source>SPF does not pass for the sending IP (result: %1).</source>
        <translation>SPF ne réussit pas pour l'IP d'envoi (résultat : %1).</translation>
    </message>
    <message>
        <source>SPF passes for the sending IP.</source>
        <translation>SPF réussit pour l'IP d'envoi.</translation>
    </message>
    <message>
        <source>The DKIM key is missing or broken.</source>
        <translation>La clé DKIM est absente ou défectueuse.</translation>
    </message>
    <message>
        <source>A DKIM key is published.</source>
        <translation>Une clé DKIM est publiée.</translation>
    </message>
    <message>
        <source>The DMARC record has a problem.</source>
        <translation>L'enregistrement DMARC présente un problème.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes with a domain aligned to the From domain, so DMARC fails.</source>
        <translation>Ni SPF ni DKIM ne réussissent avec un domaine aligné sur le domaine From ; DMARC échoue donc.</translation>
    </message>
    <message>
        <source>DMARC alignment passes now; the failure may have been fixed since, or happened at a forwarder.</source>
        <translation>L'alignement DMARC réussit maintenant ; l'échec a peut-être été corrigé depuis, ou s'est produit chez un service de transfert.</translation>
    </message>
    <message>
        <source>The sending IP has no forward-confirmed reverse DNS.</source>
        <translation>L'IP d'envoi n'a pas de DNS inverse confirmé dans les deux sens.</translation>
    </message>
    <message>
        <source>The sending IP's reverse DNS is correct now.</source>
        <translation>Le DNS inverse de l'IP d'envoi est maintenant correct.</translation>
    </message>
    <message>
        <source>The returned message has content that filters dislike.</source>
        <translation>Le message renvoyé contient des éléments que les filtres n'aiment pas.</translation>
    </message>
    <message>
        <source>Nothing in the returned message stands out.</source>
        <translation>Rien ne se démarque dans le message renvoyé.</translation>
    </message>
    <message>
        <source>A domain linked in the message is on a domain blocklist.</source>
        <translation>Un domaine lié dans le message figure sur une liste de blocage de domaines.</translation>
    </message>
    <message>
        <source>The sending IP is on a major blocklist; the recipient's policy may be reacting to it.</source>
        <translation>L'IP d'envoi figure sur une liste de blocage majeure ; la politique du destinataire réagit peut-être à cela.</translation>
    </message>
    <message>
        <source>confirmed by the live checks</source>
        <translation>confirmé par les vérifications en direct</translation>
    </message>
    <message>
        <source>not supported by the live checks</source>
        <translation>non étayé par les vérifications en direct</translation>
    </message>
    <message>
        <source>the live checks neither confirm nor refute it</source>
        <translation>les vérifications en direct ne le confirment ni ne l'infirment</translation>
    </message>
    <message>
        <source>no live check can test this</source>
        <translation>aucune vérification en direct ne peut tester cela</translation>
    </message>
    <message>
        <source>Recipient domain and mail servers</source>
        <translation>Domaine et serveurs de messagerie du destinataire</translation>
    </message>
    <message>
        <source>Sending IP on blocklists</source>
        <translation>IP d'envoi sur des listes de blocage</translation>
    </message>
    <message>
        <source>Sender domain on blocklists</source>
        <translation>Domaine de l'expéditeur sur des listes de blocage</translation>
    </message>
    <message>
        <source>Reverse DNS of the sending IP</source>
        <translation>DNS inverse de l'IP d'envoi</translation>
    </message>
    <message>
        <source>SPF for the sending IP</source>
        <translation>SPF pour l'IP d'envoi</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>Clé DKIM</translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>Enregistrement DMARC</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <translation>Alignement DMARC</translation>
    </message>
    <message>
        <source>Content of the message</source>
        <translation>Contenu du message</translation>
    </message>
    <message>
        <source>Linked domains on blocklists</source>
        <translation>Domaines liés sur des listes de blocage</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>unknown cause id “%1”</source>
        <translation>identifiant de cause inconnu « %1 »</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>identifiant en double</translation>
    </message>
    <message>
        <source>this reason is required by the classifier</source>
        <translation>cette raison est requise par le classificateur</translation>
    </message>
    <message>
        <source>unknown reason id “%1”</source>
        <translation>identifiant de raison inconnu « %1 »</translation>
    </message>
    <message>
        <source>“%1” is not a status code, range or wildcard</source>
        <translation>« %1 » n'est pas un code d'état, une plage ou un caractère générique</translation>
    </message>
    <message>
        <source>duplicate code</source>
        <translation>code en double</translation>
    </message>
    <message>
        <source>“%1” is not an SMTP reply code</source>
        <translation>« %1 » n'est pas un code de réponse SMTP</translation>
    </message>
    <message>
        <source>field “spans” must not be empty</source>
        <translation>le champ « spans » ne doit pas être vide</translation>
    </message>
    <message>
        <source>duplicate command</source>
        <translation>commande en double</translation>
    </message>
    <message>
        <source>“hints” only make sense with “regex”</source>
        <translation>« hints » n'a de sens qu'avec « regex »</translation>
    </message>
    <message>
        <source>unknown reason id “%1” in “excludes”</source>
        <translation>identifiant de raison inconnu « %1 » dans « excludes »</translation>
    </message>
    <message>
        <source>needs at least one of “phrases” or “regex”</source>
        <translation>nécessite au moins l'un des champs « phrases » ou « regex »</translation>
    </message>
    <message>
        <source>invalid regex “%1”: %2 at offset %3</source>
        <translation>expression régulière non valide « %1 » : %2 à la position %3</translation>
    </message>
    <message>
        <source>“%1” is not a reply code or class</source>
        <translation>« %1 » n'est pas un code ou une classe de réponse</translation>
    </message>
    <message>
        <source>empty phrase</source>
        <translation>phrase vide</translation>
    </message>
    <message>
        <source>empty hint</source>
        <translation>indice vide</translation>
    </message>
    <message>
        <source>field “at” must be “recipient-server”</source>
        <translation>le champ « at » doit valoir « recipient-server »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: entry “%2”: %3</source>
        <translation>%1 : entrée « %2 » : %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>le niveau supérieur doit être un objet</translation>
    </message>
    <message>
        <source>missing field “%1”</source>
        <translation>champ « %1 » manquant</translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation>champ « %1 » inconnu</translation>
    </message>
    <message>
        <source>field “%1” must be a non-empty string</source>
        <translation>le champ « %1 » doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>field “weight” must be a number in (0, 1]</source>
        <translation>le champ « weight » doit être un nombre dans (0, 1]</translation>
    </message>
    <message>
        <source>field “%1” must be an array of strings</source>
        <translation>le champ « %1 » doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>field “%1” must contain only non-empty strings</source>
        <translation>le champ « %1 » ne doit contenir que des chaînes non vides</translation>
    </message>
    <message>
        <source>missing array “%1”</source>
        <translation>tableau « %1 » manquant</translation>
    </message>
    <message>
        <source>field “priority” must be a number</source>
        <translation>le champ « priority » doit être un nombre</translation>
    </message>
    <message>
        <source>field “persistent” must be true or false</source>
        <translation>le champ « persistent » doit valoir true ou false</translation>
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
        <translation>Éta&amp;pes :</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>The steps of the diagnosis with their state; choose one to open it</source>
        <translation>Les étapes du diagnostic avec leur état ; choisissez-en une pour l'ouvrir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Goes to the previous step that applies</source>
        <translation>Passe à l'étape précédente qui s'applique</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Goes to the next step that applies</source>
        <translation>Passe à l'étape suivante qui s'applique</translation>
    </message>
    <message>
        <source>Details and transcript</source>
        <translation>Détails et journal</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Every check and its outcome as it happened; passwords are hidden</source>
        <translation>Chaque vérification et son résultat, au fur et à mesure ; les mots de passe sont masqués</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Bounce…</source>
        <translation>&amp;Ouvrir un rebond…</translation>
    </message>
    <message>
        <source>Open a saved bounce message</source>
        <translation>Ouvrir un message de non-remise enregistré</translation>
    </message>
    <message>
        <source>&amp;Paste Bounce</source>
        <translation>&amp;Coller un rebond</translation>
    </message>
    <message>
        <source>Replace the bounce with the clipboard's text</source>
        <translation>Remplacer le rebond par le texte du presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>&amp;Cancel Check</source>
        <translation>A&amp;nnuler la vérification</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Details and Transcript</source>
        <translation>&amp;Détails et journal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Help for This Step</source>
        <translation>&amp;Aide sur cette étape</translation>
    </message>
    <message>
        <source>&amp;About Bounce Doctor</source>
        <translation>À &amp;propos de Bounce Doctor</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>This step applies to your bounce.</source>
        <translation>Cette étape s'applique à votre rebond.</translation>
    </message>
    <message>
        <source>%1 — Bounce Doctor</source>
        <translation>%1 — Bounce Doctor</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>About Bounce Doctor</source>
        <translation>À propos de Bounce Doctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bounce Doctor %1&lt;/h3&gt;&lt;p&gt;Reads the bounce you received, proves its cause with live DNS, blocklist and SMTP checks, and guides you through the fix.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bounce Doctor %1&lt;/h3&gt;&lt;p&gt;Lit le rebond que vous avez reçu, en prouve la cause par des vérifications DNS, de listes de blocage et SMTP en direct, et vous guide dans la correction.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>DNS checks are unavailable: %1</source>
        <translation>Les vérifications DNS sont indisponibles : %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MtaStsCheck</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>La balise %1= apparaît plusieurs fois.</translation>
    </message>
    <message>
        <source>The record must start with v=STSv1.</source>
        <translation>L'enregistrement doit commencer par v=STSv1.</translation>
    </message>
    <message>
        <source>The record has no id= tag, which is required.</source>
        <translation>L'enregistrement n'a pas de balise id=, qui est obligatoire.</translation>
    </message>
    <message>
        <source>id=%1 must be 1 to 32 letters or digits.</source>
        <translation>id=%1 doit comporter de 1 à 32 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>MTA-STS of %1</source>
        <translation>MTA-STS de %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Aucun nom de domaine valide n'a été indiqué.</translation>
    </message>
    <message>
        <source>%1 does not publish MTA-STS (optional: it makes senders insist on TLS when delivering to you).</source>
        <translation>%1 ne publie pas MTA-STS (facultatif : cela oblige les expéditeurs à exiger TLS lorsqu'ils vous remettent du courrier).</translation>
    </message>
    <message numerus="yes">
        <source>_mta-sts.%1 has %n MTA-STS records; with more than one, senders ignore MTA-STS (RFC 8461 §3.1).</source>
        <translation>
            <numerusform>_mta-sts.%1 a %n enregistrement MTA-STS ; s'il y en a plus d'un, les expéditeurs ignorent MTA-STS (RFC 8461 §3.1).</numerusform>
            <numerusform>_mta-sts.%1 a %n enregistrements MTA-STS ; s'il y en a plus d'un, les expéditeurs ignorent MTA-STS (RFC 8461 §3.1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one v=STSv1 record.</source>
        <translation>Gardez exactement un enregistrement v=STSv1.</translation>
    </message>
    <message>
        <source>The policy file https://mta-sts.%1/.well-known/mta-sts.txt was not fetched; open it in a browser to check it.</source>
        <translation>Le fichier de politique https://mta-sts.%1/.well-known/mta-sts.txt n'a pas été récupéré ; ouvrez-le dans un navigateur pour le vérifier.</translation>
    </message>
    <message>
        <source>The MTA-STS record of %1 is invalid: %2</source>
        <translation>L'enregistrement MTA-STS de %1 n'est pas valide : %2</translation>
    </message>
    <message>
        <source>Publish "v=STSv1; id=&lt;a new id, e.g. the date&gt;" and change the id whenever the policy file changes.</source>
        <translation>Publiez « v=STSv1; id=&lt;un nouvel identifiant, par ex. la date&gt; » et changez l'identifiant chaque fois que le fichier de politique change.</translation>
    </message>
    <message>
        <source>%1 publishes MTA-STS (%2).</source>
        <translation>%1 publie MTA-STS (%2).</translation>
    </message>
</context>
<context>
    <name>MxCheck</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Aucun nom de domaine valide n'a été indiqué.</translation>
    </message>
    <message>
        <source>Spelling of %1</source>
        <translation>Orthographe de %1</translation>
    </message>
    <message>
        <source>%1 looks like a typo of %2.</source>
        <translation>%1 ressemble à une faute de frappe pour %2.</translation>
    </message>
    <message>
        <source>If the address was meant for %1, correct it and send again; mail to a mistyped domain bounces or reaches a stranger.</source>
        <translation>Si l'adresse était destinée à %1, corrigez-la et renvoyez le message ; le courrier envoyé à un domaine mal saisi est renvoyé ou parvient à un inconnu.</translation>
    </message>
    <message>
        <source>Check the recipient address: did you mean @%1?</source>
        <translation>Vérifiez l'adresse du destinataire : vouliez-vous dire @%1 ?</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domaine %1</translation>
    </message>
    <message>
        <source>The domain %1 does not exist (NXDOMAIN).</source>
        <translation>Le domaine %1 n'existe pas (NXDOMAIN).</translation>
    </message>
    <message>
        <source>Check the spelling of the domain. If it is yours, it may have expired: check its registration.</source>
        <translation>Vérifiez l'orthographe du domaine. S'il vous appartient, il a peut-être expiré : vérifiez son enregistrement auprès du registraire.</translation>
    </message>
    <message>
        <source>The domain %1 exists.</source>
        <translation>Le domaine %1 existe.</translation>
    </message>
    <message>
        <source>Mail servers (MX) of %1</source>
        <translation>Serveurs de messagerie (MX) de %1</translation>
    </message>
    <message>
        <source>%1 does not exist, so it has no mail servers.</source>
        <translation>%1 n'existe pas ; il n'a donc pas de serveurs de messagerie.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail.</source>
        <translation>%1 publie un null MX (RFC 7505) : il n'accepte aucun courrier.</translation>
    </message>
    <message>
        <source>Mail to any address at %1 is refused by design, and receivers may also refuse mail sent from it.</source>
        <translation>Le courrier vers toute adresse de %1 est refusé par conception, et les destinataires peuvent aussi refuser le courrier envoyé depuis ce domaine.</translation>
    </message>
    <message>
        <source>If %1 should receive mail, replace the "0 ." MX record with your mail server's MX records.</source>
        <translation>Si %1 doit recevoir du courrier, remplacez l'enregistrement MX « 0 . » par les enregistrements MX de votre serveur de messagerie.</translation>
    </message>
    <message>
        <source>%1 mixes a null MX with other MX records, which RFC 7505 forbids.</source>
        <translation>%1 mélange un null MX avec d'autres enregistrements MX, ce que la RFC 7505 interdit.</translation>
    </message>
    <message>
        <source>Remove the "0 ." MX record, or all the others if the domain should not receive mail.</source>
        <translation>Supprimez l'enregistrement MX « 0 . », ou tous les autres si le domaine ne doit pas recevoir de courrier.</translation>
    </message>
    <message>
        <source>%1 has no MX record; mail goes to its own address (%2) as an implicit MX.</source>
        <translation>%1 n'a pas d'enregistrement MX ; le courrier est envoyé à sa propre adresse (%2) en tant que MX implicite.</translation>
    </message>
    <message>
        <source>This works only if that host runs a mail server; some senders do not use the fallback.</source>
        <translation>Cela ne fonctionne que si cet hôte exécute un serveur de messagerie ; certains expéditeurs n'utilisent pas ce repli.</translation>
    </message>
    <message>
        <source>Publish an MX record naming the mail server, e.g. "%1. MX 10 mail.%1.".</source>
        <translation>Publiez un enregistrement MX désignant le serveur de messagerie, par ex. « %1. MX 10 mail.%1. ».</translation>
    </message>
    <message>
        <source>%1 has no MX record and no A/AAAA record: it cannot receive mail.</source>
        <translation>%1 n'a ni enregistrement MX ni enregistrement A/AAAA : il ne peut pas recevoir de courrier.</translation>
    </message>
    <message>
        <source>Publish MX records for %1 pointing to your mail server.</source>
        <translation>Publiez pour %1 des enregistrements MX pointant vers votre serveur de messagerie.</translation>
    </message>
    <message>
        <source>MX %1 is an IP address; an MX record must name a host (RFC 7505 §3, RFC 5321 §5.1), and most senders will not deliver to it.</source>
        <translation>Le MX %1 est une adresse IP ; un enregistrement MX doit désigner un hôte (RFC 7505 §3, RFC 5321 §5.1), et la plupart des expéditeurs ne le livreront pas.</translation>
    </message>
    <message>
        <source>%1 is listed more than once.</source>
        <translation>%1 est listé plusieurs fois.</translation>
    </message>
    <message>
        <source>MX %1 is an alias (CNAME) of %2; RFC 2181 §10.3 forbids that, and some senders refuse to use it.</source>
        <translation>Le MX %1 est un alias (CNAME) de %2 ; la RFC 2181 §10.3 l'interdit, et certains expéditeurs refusent de l'utiliser.</translation>
    </message>
    <message>
        <source>The address of MX %1 could not be looked up.</source>
        <translation>L'adresse du MX %1 n'a pas pu être résolue.</translation>
    </message>
    <message>
        <source>MX %1 has no A or AAAA record, so nobody can deliver to it.</source>
        <translation>Le MX %1 n'a pas d'enregistrement A ou AAAA ; personne ne peut donc lui remettre de courrier.</translation>
    </message>
    <message>
        <source>The MX hosts of %1 could not be looked up.</source>
        <translation>Les hôtes MX de %1 n'ont pas pu être résolus.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n MX host(s) of %1 has an address: the domain cannot receive mail.</source>
        <translation>
            <numerusform>L'hôte MX de %1 (%n) n'a pas d'adresse : le domaine ne peut pas recevoir de courrier.</numerusform>
            <numerusform>Aucun des %n hôtes MX de %1 n'a d'adresse : le domaine ne peut pas recevoir de courrier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the MX hosts A/AAAA records, or point the MX records at your working mail server.</source>
        <translation>Donnez des enregistrements A/AAAA aux hôtes MX, ou faites pointer les enregistrements MX vers votre serveur de messagerie opérationnel.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n MX host(s), with problems.</source>
        <translation>
            <numerusform>%1 a %n hôte MX, avec des problèmes.</numerusform>
            <numerusform>%1 a %n hôtes MX, avec des problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Point every MX record at a host name that has its own A/AAAA records (not a CNAME, not an IP address).</source>
        <translation>Faites pointer chaque enregistrement MX vers un nom d'hôte qui a ses propres enregistrements A/AAAA (ni un CNAME, ni une adresse IP).</translation>
    </message>
    <message>
        <source>%1 receives mail at %2.</source>
        <translation>%1 reçoit le courrier sur %2.</translation>
    </message>
</context>
<context>
    <name>PtrNameClassifier</name>
    <message>
        <source>must be a non-empty array.</source>
        <translation>doit être un tableau non vide.</translation>
    </message>
    <message>
        <source>needs an id and a description.</source>
        <translation>nécessite un identifiant et une description.</translation>
    </message>
    <message>
        <source>scope must be "host" or "name".</source>
        <translation>scope doit valoir « host » ou « name ».</translation>
    </message>
    <message>
        <source>the regex is invalid: %1</source>
        <translation>l'expression régulière n'est pas valide : %1</translation>
    </message>
    <message>
        <source>id %1 is used twice.</source>
        <translation>l'identifiant %1 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>contains the IP address itself</source>
        <translation>contient l'adresse IP elle-même</translation>
    </message>
</context>
<context>
    <name>RdnsCheck</name>
    <message>
        <source>Reverse DNS of %1</source>
        <translation>DNS inverse de %1</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address.</source>
        <translation>« %1 » n'est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>Sample request: "Please set the reverse DNS (PTR) record of %1 to mail.example.com. That name already has an A record pointing to %1, and it is the name our mail server uses in HELO." (Replace mail.example.com with your mail server's name.)</source>
        <translation>Exemple de demande : « Bonjour, pourriez-vous configurer l'enregistrement DNS inverse (PTR) de %1 sur mail.example.com ? Ce nom a déjà un enregistrement A pointant vers %1, et c'est le nom que notre serveur de messagerie utilise dans HELO. » (Remplacez mail.example.com par le nom de votre serveur de messagerie.)</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR) record.</source>
        <translation>%1 n'a pas d'enregistrement DNS inverse (PTR).</translation>
    </message>
    <message>
        <source>Many receivers (Outlook.com, Gmail, AOL/Yahoo and most ISPs) refuse or junk mail from an IP without reverse DNS.</source>
        <translation>De nombreux destinataires (Outlook.com, Gmail, AOL/Yahoo et la plupart des FAI) refusent ou classent en indésirables le courrier provenant d'une IP sans DNS inverse.</translation>
    </message>
    <message>
        <source>Only whoever owns the IP range can set its PTR record: ask your hosting provider or ISP (or use the reverse-DNS setting in your cloud console) to point it at your mail server's name, and make sure that name has an A/AAAA record back to this IP.
%1</source>
        <translation>Seul le propriétaire de la plage d'IP peut définir son enregistrement PTR : demandez à votre hébergeur ou à votre FAI (ou utilisez le paramètre de DNS inverse de votre console cloud) de le faire pointer vers le nom de votre serveur de messagerie, et assurez-vous que ce nom a un enregistrement A/AAAA renvoyant vers cette IP.
%1</translation>
    </message>
    <message numerus="yes">
        <source>The IP has %n PTR records; one is best, as some receivers only look at the first.</source>
        <translation>
            <numerusform>L'IP a %n enregistrement PTR ; un seul est préférable, car certains destinataires ne regardent que le premier.</numerusform>
            <numerusform>L'IP a %n enregistrements PTR ; un seul est préférable, car certains destinataires ne regardent que le premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reverse DNS of %1 is %2, but %2 does not resolve back to %1 (not forward-confirmed).</source>
        <translation>Le DNS inverse de %1 est %2, mais %2 ne résout pas en retour vers %1 (non confirmé dans les deux sens).</translation>
    </message>
    <message>
        <source>Add an A/AAAA record for %1 pointing to %2, or have the PTR changed to a name that does. The PTR is changed by whoever owns the IP range (hosting provider or ISP).
%3</source>
        <translation>Ajoutez pour %1 un enregistrement A/AAAA pointant vers %2, ou faites remplacer le PTR par un nom qui le fait. Le PTR est modifié par le propriétaire de la plage d'IP (hébergeur ou FAI).
%3</translation>
    </message>
    <message>
        <source>%1 has forward-confirmed reverse DNS (%2), but the name looks generic.</source>
        <translation>%1 a un DNS inverse confirmé dans les deux sens (%2), mais le nom semble générique.</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>Le nom %1.</translation>
    </message>
    <message>
        <source>Receivers treat generic names as home or dynamic connections and often refuse direct mail from them.</source>
        <translation>Les destinataires considèrent les noms génériques comme des connexions domestiques ou dynamiques et refusent souvent le courrier envoyé directement depuis celles-ci.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or ISP to set a PTR that names your mail server (e.g. mail.yourdomain), with a matching A/AAAA record.
%1</source>
        <translation>Demandez à votre hébergeur ou à votre FAI de définir un PTR qui désigne votre serveur de messagerie (par ex. mail.votredomaine), avec un enregistrement A/AAAA correspondant.
%1</translation>
    </message>
    <message>
        <source>%1 has forward-confirmed reverse DNS: %2.</source>
        <translation>%1 a un DNS inverse confirmé dans les deux sens : %2.</translation>
    </message>
</context>
<context>
    <name>ReceivedChain</name>
    <message>
        <source>The returned message has no Received headers, so the sending IP is unknown.</source>
        <translation>Le message renvoyé n'a pas d'en-têtes Received ; l'IP d'envoi est donc inconnue.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n Received headers names a public client address, so the sending IP could not be taken from them.</source>
        <translation>
            <numerusform>L'en-tête Received (%n) ne désigne aucune adresse client publique ; l'IP d'envoi n'a donc pas pu en être extraite.</numerusform>
            <numerusform>Aucun des %n en-têtes Received ne désigne une adresse client publique ; l'IP d'envoi n'a donc pas pu en être extraite.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed server</source>
        <translation>un serveur sans nom</translation>
    </message>
    <message>
        <source>Hop %1 of %2 (from %3 by %4) is an authenticated submission: %3 is the sender's own client, the only public address in the chain. The server that relayed it onwards is %4.</source>
        <translation>Le saut %1 sur %2 (de %3 par %4) est une soumission authentifiée : %3 est le propre client de l'expéditeur, la seule adresse publique de la chaîne. Le serveur qui l'a relayé ensuite est %4.</translation>
    </message>
    <message numerus="yes">
        <source>Hop %1 of %2 (from %3 by %4) is where the message entered the first public server; %n earlier hop(s) used private or loopback addresses.</source>
        <translation>
            <numerusform>Le saut %1 sur %2 (de %3 par %4) est celui où le message est entré dans le premier serveur public ; %n saut antérieur utilisait des adresses privées ou de bouclage.</numerusform>
            <numerusform>Le saut %1 sur %2 (de %3 par %4) est celui où le message est entré dans le premier serveur public ; %n sauts antérieurs utilisaient des adresses privées ou de bouclage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hop %1 of %2 (from %3 by %4) is the oldest hop with a public client address: where the message entered the first public server.</source>
        <translation>Le saut %1 sur %2 (de %3 par %4) est le plus ancien saut avec une adresse client publique : c'est là que le message est entré dans le premier serveur public.</translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <source>(not stated)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Remote server</source>
        <translation>Serveur distant</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Sending IP address</source>
        <translation>Adresse IP d'envoi</translation>
    </message>
    <message>
        <source>HELO name of the sending server</source>
        <translation>Nom HELO du serveur d'envoi</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l'expéditeur</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Domaine de l'expéditeur</translation>
    </message>
    <message>
        <source>Domain of the From header</source>
        <translation>Domaine de l'en-tête From</translation>
    </message>
    <message>
        <source>Envelope sender domain</source>
        <translation>Domaine de l'expéditeur de l'enveloppe</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Domaine du destinataire</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>Sélecteur DKIM</translation>
    </message>
    <message>
        <source>DKIM signing domain</source>
        <translation>Domaine de signature DKIM</translation>
    </message>
    <message>
        <source>Receiving server</source>
        <translation>Serveur de réception</translation>
    </message>
    <message>
        <source>Server that reported the failure</source>
        <translation>Serveur qui a signalé l'échec</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Cause : %1</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Vérifications en direct</translation>
    </message>
    <message>
        <source>Cause read from the bounce</source>
        <translation>Cause lue dans le rebond</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Code d'état</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Code de réponse</translation>
    </message>
    <message>
        <source>Confidence of the reading</source>
        <translation>Fiabilité de la lecture</translation>
    </message>
    <message>
        <source>Bounce format</source>
        <translation>Format du rebond</translation>
    </message>
    <message>
        <source>Reporting server</source>
        <translation>Serveur signalant</translation>
    </message>
    <message>
        <source>Bounce subject</source>
        <translation>Objet du rebond</translation>
    </message>
    <message>
        <source>Bounce date</source>
        <translation>Date du rebond</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>What the server said about %1:</source>
        <translation>Ce que le serveur a dit à propos de %1 :</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>le destinataire</translation>
    </message>
    <message>
        <source>Parts of the bounce that could not be read:</source>
        <translation>Parties du rebond qui n'ont pas pu être lues :</translation>
    </message>
    <message>
        <source>Evidence from the bounce</source>
        <translation>Éléments tirés du rebond</translation>
    </message>
    <message>
        <source>The exact text that led to the diagnosis, quoted from the bounce.</source>
        <translation>Le texte exact qui a conduit au diagnostic, cité depuis le rebond.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>Texte cité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>The message that bounced</source>
        <translation>Le message renvoyé</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Return path</source>
        <translation>Chemin de retour</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Identifiant du message</translation>
    </message>
    <message>
        <source>DKIM signature</source>
        <translation>Signature DKIM</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>Nom HELO</translation>
    </message>
    <message>
        <source>How the sending server was found</source>
        <translation>Comment le serveur d'envoi a été trouvé</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Attachment types</source>
        <translation>Types de pièces jointes</translation>
    </message>
    <message>
        <source>Authentication-Results headers:</source>
        <translation>En-têtes Authentication-Results :</translation>
    </message>
    <message>
        <source>Received headers (newest first):</source>
        <translation>En-têtes Received (du plus récent au plus ancien) :</translation>
    </message>
    <message>
        <source>Facts used by the checks</source>
        <translation>Faits utilisés par les vérifications</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>saisi par vous</translation>
    </message>
    <message>
        <source>read from the bounce</source>
        <translation>lu dans le rebond</translation>
    </message>
    <message>
        <source>The bounce gave no facts the checks could use.</source>
        <translation>Le rebond n'a fourni aucun fait utilisable par les vérifications.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Causes after the live checks</source>
        <translation>Causes après les vérifications en direct</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) answered with %1 DNS queries in %2 ms.</source>
        <translation>
            <numerusform>%n vérification a répondu avec %1 requêtes DNS en %2 ms.</numerusform>
            <numerusform>%n vérifications ont répondu avec %1 requêtes DNS en %2 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Facts still needed</source>
        <translation>Faits encore nécessaires</translation>
    </message>
    <message>
        <source>These checks could not run because the bounce does not say what they need. Enter the facts and run the checks again.</source>
        <translation>Ces vérifications n'ont pas pu s'exécuter car le rebond n'indique pas ce dont elles ont besoin. Saisissez les faits et relancez les vérifications.</translation>
    </message>
    <message>
        <source>%1: %2 (needed by: %3)</source>
        <translation>%1 : %2 (nécessaire pour : %3)</translation>
    </message>
    <message>
        <source>Records and replies, in full:</source>
        <translation>Enregistrements et réponses, en entier :</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Suggested record (copy it whole):</source>
        <translation>Enregistrement suggéré (copiez-le en entier) :</translation>
    </message>
    <message>
        <source>Every check and its result</source>
        <translation>Chaque vérification et son résultat</translation>
    </message>
    <message>
        <source>No live check could run.</source>
        <translation>Aucune vérification en direct n'a pu s'exécuter.</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>☑ Done: %1</source>
        <translation>☑ Fait : %1</translation>
    </message>
    <message>
        <source>☐ Not done: %1</source>
        <translation>☐ Pas fait : %1</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Liste de contrôle :</translation>
    </message>
    <message>
        <source>Checks for this step:</source>
        <translation>Vérifications pour cette étape :</translation>
    </message>
    <message>
        <source>Copy this:</source>
        <translation>Copiez ceci :</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien : %1</translation>
    </message>
    <message>
        <source>Fix plan</source>
        <translation>Plan de correction</translation>
    </message>
    <message>
        <source>✔ Every step on your path is resolved or skipped: you can resend the message.</source>
        <translation>✔ Chaque étape de votre parcours est résolue ou ignorée : vous pouvez renvoyer le message.</translation>
    </message>
    <message>
        <source>✖ Before you resend, resolve or skip: %1</source>
        <translation>✖ Avant de renvoyer, résolvez ou ignorez : %1</translation>
    </message>
    <message>
        <source>Steps not on your path</source>
        <translation>Étapes hors de votre parcours</translation>
    </message>
    <message>
        <source>Before and after the re-check</source>
        <translation>Avant et après la nouvelle vérification</translation>
    </message>
    <message>
        <source>SMTP settings test</source>
        <translation>Test des paramètres SMTP</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Connecté à</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Provider hint</source>
        <translation>Conseil du fournisseur</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Arrêté à</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>%1: accepted</source>
        <translation>%1 : accepté</translation>
    </message>
    <message>
        <source>%1: refused</source>
        <translation>%1 : refusé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Transcript (passwords and tokens removed; C: client, S: server, ~ inside TLS):</source>
        <translation>Journal (mots de passe et jetons supprimés ; C : client, S : serveur, ~ dans TLS) :</translation>
    </message>
    <message>
        <source>Bounce Doctor report</source>
        <translation>Rapport Bounce Doctor</translation>
    </message>
    <message>
        <source>Made on %1 by Bounce Doctor %2 from a pasted bounce.</source>
        <translation>Créé le %1 par Bounce Doctor %2 à partir d'un rebond collé.</translation>
    </message>
    <message>
        <source>Made on %1 by Bounce Doctor %2 from %3.</source>
        <translation>Créé le %1 par Bounce Doctor %2 à partir de %3.</translation>
    </message>
    <message>
        <source>The live checks were not run for this report.</source>
        <translation>Les vérifications en direct n'ont pas été exécutées pour ce rapport.</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical toolkit (fonts); this program runs without it. Write HTML instead, or run with a graphical session.</source>
        <translation>Un rapport PDF nécessite la boîte à outils graphique (polices) ; ce programme s'exécute sans elle. Écrivez plutôt du HTML, ou lancez-le dans une session graphique.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Format de rapport inconnu.</translation>
    </message>
    <message>
        <source>Cannot tell the report format from "%1": use a file name ending in %2.</source>
        <translation>Impossible de déterminer le format du rapport à partir de « %1 » : utilisez un nom de fichier se terminant par %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Impossible d'écrire le rapport dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>SmtpDiagnosis</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1 : illisible</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>manquant ou vide</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>pas d'identifiant</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>identifiant en double</translation>
    </message>
    <message>
        <source>unknown severity "%1"</source>
        <translation>gravité inconnue « %1 »</translation>
    </message>
    <message>
        <source>title, message and next are all required</source>
        <translation>title, message et next sont tous obligatoires</translation>
    </message>
    <message>
        <source>unknown verdict id</source>
        <translation>identifiant de verdict inconnu</translation>
    </message>
    <message>
        <source>unknown stage "%1"</source>
        <translation>étape inconnue « %1 »</translation>
    </message>
    <message>
        <source>reply code out of range</source>
        <translation>code de réponse hors limites</translation>
    </message>
    <message>
        <source>reply class must be 2 to 5</source>
        <translation>la classe de réponse doit être comprise entre 2 et 5</translation>
    </message>
    <message>
        <source>needs codes or classes</source>
        <translation>nécessite des codes ou des classes</translation>
    </message>
    <message>
        <source>bad enhanced status code "%1"</source>
        <translation>code d'état étendu incorrect « %1 »</translation>
    </message>
    <message>
        <source>empty text pattern</source>
        <translation>motif de texte vide</translation>
    </message>
    <message>
        <source>the verdict "%1" is required</source>
        <translation>le verdict « %1 » est obligatoire</translation>
    </message>
    <message>
        <source>id, domains and hint are required</source>
        <translation>id, domains et hint sont obligatoires</translation>
    </message>
    <message>
        <source>No text for verdict %1.</source>
        <translation>Aucun texte pour le verdict %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>A server name and a port between 1 and 65535 are needed.</source>
        <translation>Un nom de serveur et un port compris entre 1 et 65535 sont nécessaires.</translation>
    </message>
    <message>
        <source>No certificate could be read from the CA file %1.</source>
        <translation>Aucun certificat n'a pu être lu dans le fichier d'AC %1.</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>Résolution de %1</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>Connexion à %1 port %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Connecté à %1 port %2</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS établi : %1, %2</translation>
    </message>
    <message>
        <source>Certificate problem accepted for this test only (fingerprint matches): %1</source>
        <translation>Problème de certificat accepté pour ce test uniquement (l'empreinte correspond) : %1</translation>
    </message>
    <message>
        <source>Certificate not accepted: %1</source>
        <translation>Certificat non accepté : %1</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n unexpected byte(s) from the server</source>
        <translation>
            <numerusform>%n octet inattendu du serveur ignoré</numerusform>
            <numerusform>%n octets inattendus du serveur ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(test message: %n line(s))</source>
        <translation>
            <numerusform>(message de test : %n ligne)</numerusform>
            <numerusform>(message de test : %n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict : %1</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Le serveur a fermé la connexion pendant la négociation TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>No answer to the name lookup within %1 s.</source>
        <translation>Aucune réponse à la résolution du nom en %1 s.</translation>
    </message>
    <message>
        <source>No connection within %1 s.</source>
        <translation>Aucune connexion en %1 s.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>La négociation TLS ne s'est pas terminée en %1 s.</translation>
    </message>
    <message>
        <source>The server started a reply but did not finish it within %1 s.</source>
        <translation>Le serveur a commencé une réponse mais ne l'a pas terminée en %1 s.</translation>
    </message>
    <message>
        <source>No reply within %1 s.</source>
        <translation>Aucune réponse en %1 s.</translation>
    </message>
</context>
<context>
    <name>SmtpResult</name>
    <message>
        <source>SMTP test of %1:%2 (%3)</source>
        <translation>Test SMTP de %1:%2 (%3)</translation>
    </message>
</context>
<context>
    <name>SmtpStage</name>
    <message>
        <source>Looking up the server name</source>
        <translation>Résolution du nom du serveur</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Setting up encryption (TLS)</source>
        <translation>Mise en place du chiffrement (TLS)</translation>
    </message>
    <message>
        <source>Waiting for the server's greeting</source>
        <translation>Attente du message d'accueil du serveur</translation>
    </message>
    <message>
        <source>Saying hello (EHLO)</source>
        <translation>Salutation (EHLO)</translation>
    </message>
    <message>
        <source>Switching to encryption (STARTTLS)</source>
        <translation>Passage au chiffrement (STARTTLS)</translation>
    </message>
    <message>
        <source>Saying hello again over TLS</source>
        <translation>Nouvelle salutation via TLS</translation>
    </message>
    <message>
        <source>Logging in (AUTH)</source>
        <translation>Authentification (AUTH)</translation>
    </message>
    <message>
        <source>Announcing the sender (MAIL FROM)</source>
        <translation>Annonce de l'expéditeur (MAIL FROM)</translation>
    </message>
    <message>
        <source>Checking the recipient (RCPT TO)</source>
        <translation>Vérification du destinataire (RCPT TO)</translation>
    </message>
    <message>
        <source>Cancelling the test envelope (RSET)</source>
        <translation>Annulation de l'enveloppe de test (RSET)</translation>
    </message>
    <message>
        <source>Sending the test message (DATA)</source>
        <translation>Envoi du message de test (DATA)</translation>
    </message>
    <message>
        <source>Saying goodbye (QUIT)</source>
        <translation>Fin de session (QUIT)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>SmtpVerdicts</name>
    <message>
        <source>The settings work</source>
        <translation>Les paramètres fonctionnent</translation>
    </message>
    <message>
        <source>{host} port {port} answered, the connection was secured ({protocol}) and every step that was asked for succeeded.</source>
        <translation>{host} port {port} a répondu, la connexion a été sécurisée ({protocol}) et chaque étape demandée a réussi.</translation>
    </message>
    <message>
        <source>Use exactly these settings in your mail program.</source>
        <translation>Utilisez exactement ces paramètres dans votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>The settings work, but without encryption</source>
        <translation>Les paramètres fonctionnent, mais sans chiffrement</translation>
    </message>
    <message>
        <source>{host} port {port} accepted every step, but the connection was not encrypted: anyone on the network path can read the mail.</source>
        <translation>{host} port {port} a accepté chaque étape, mais la connexion n'était pas chiffrée : n'importe qui sur le trajet réseau peut lire le courrier.</translation>
    </message>
    <message>
        <source>Prefer port 465 with SSL/TLS or port 587 with STARTTLS if the provider offers them.</source>
        <translation>Préférez le port 465 avec SSL/TLS ou le port 587 avec STARTTLS si le fournisseur les propose.</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>Test annulé</translation>
    </message>
    <message>
        <source>The test was stopped before it finished.</source>
        <translation>Le test a été arrêté avant la fin.</translation>
    </message>
    <message>
        <source>Run the test again when you are ready.</source>
        <translation>Relancez le test quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>The test could not start</source>
        <translation>Le test n'a pas pu démarrer</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Correct the settings and run the test again.</source>
        <translation>Corrigez les paramètres et relancez le test.</translation>
    </message>
    <message>
        <source>Server name not found</source>
        <translation>Nom de serveur introuvable</translation>
    </message>
    <message>
        <source>The name {host} could not be looked up ({detail}).</source>
        <translation>Le nom {host} n'a pas pu être résolu ({detail}).</translation>
    </message>
    <message>
        <source>Check the spelling of the server name (often smtp.&lt;your domain&gt;) and that this computer is online.</source>
        <translation>Vérifiez l'orthographe du nom du serveur (souvent smtp.&lt;votre domaine&gt;) et que cet ordinateur est connecté à Internet.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>{host} refused connections on port {port}: nothing is listening there, or a firewall rejects it.</source>
        <translation>{host} a refusé les connexions sur le port {port} : rien n'écoute sur ce port, ou un pare-feu les rejette.</translation>
    </message>
    <message>
        <source>Check the port number. Submission usually uses 587 (STARTTLS) or 465 (SSL/TLS); port 25 is for servers, not mail programs.</source>
        <translation>Vérifiez le numéro de port. La soumission utilise généralement 587 (STARTTLS) ou 465 (SSL/TLS) ; le port 25 est destiné aux serveurs, pas aux logiciels de messagerie.</translation>
    </message>
    <message>
        <source>No answer on this port</source>
        <translation>Aucune réponse sur ce port</translation>
    </message>
    <message>
        <source>Connecting to {host} port {port} timed out. Such silence usually means a firewall drops the traffic; many internet providers block outgoing port 25.</source>
        <translation>Le délai de connexion à {host} port {port} a expiré. Un tel silence signifie généralement qu'un pare-feu bloque le trafic ; de nombreux fournisseurs d'accès bloquent le port 25 sortant.</translation>
    </message>
    <message>
        <source>Try port 587 with STARTTLS or port 465 with SSL/TLS, or another network.</source>
        <translation>Essayez le port 587 avec STARTTLS ou le port 465 avec SSL/TLS, ou un autre réseau.</translation>
    </message>
    <message>
        <source>The server accepted the connection but said nothing</source>
        <translation>Le serveur a accepté la connexion mais n'a rien dit</translation>
    </message>
    <message>
        <source>{host} port {port} took the connection but sent no greeting. That is what a port that expects encryption from the first byte does (usually 465) when the mail program waits for a plain greeting.</source>
        <translation>{host} port {port} a accepté la connexion mais n'a envoyé aucun message d'accueil. C'est ce que fait un port qui attend le chiffrement dès le premier octet (généralement 465) lorsque le logiciel de messagerie attend un accueil en clair.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (implicit TLS) for this port, or STARTTLS on port 587.</source>
        <translation>Choisissez SSL/TLS (TLS implicite) pour ce port, ou STARTTLS sur le port 587.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Le serveur a cessé de répondre</translation>
    </message>
    <message>
        <source>{host} did not finish its answer at the step "{stage}" in time ({detail}).</source>
        <translation>{host} n'a pas terminé sa réponse à l'étape « {stage} » à temps ({detail}).</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening the server or something between you and it (a filtering firewall or antivirus proxy) is faulty.</source>
        <translation>Réessayez plus tard ; si cela se reproduit, le serveur ou un élément entre vous et lui (un pare-feu filtrant ou un proxy antivirus) est défaillant.</translation>
    </message>
    <message>
        <source>The server hung up</source>
        <translation>Le serveur a raccroché</translation>
    </message>
    <message>
        <source>{host} closed the connection at the step "{stage}" without an explanation.</source>
        <translation>{host} a fermé la connexion à l'étape « {stage} » sans explication.</translation>
    </message>
    <message>
        <source>Try again; if it repeats, the server may be blocking your address or rate-limiting. Ask the provider and give them the transcript.</source>
        <translation>Réessayez ; si cela se répète, le serveur bloque peut-être votre adresse ou limite le débit. Contactez le fournisseur et transmettez-lui le journal.</translation>
    </message>
    <message>
        <source>This is not a mail server</source>
        <translation>Ce n'est pas un serveur de messagerie</translation>
    </message>
    <message>
        <source>What {host} port {port} sent is not SMTP: {detail}</source>
        <translation>Ce qu'a envoyé {host} port {port} n'est pas du SMTP : {detail}</translation>
    </message>
    <message>
        <source>Check the server name and port: they point at some other kind of service.</source>
        <translation>Vérifiez le nom du serveur et le port : ils désignent un autre type de service.</translation>
    </message>
    <message>
        <source>The server sent an absurdly long reply</source>
        <translation>Le serveur a envoyé une réponse d'une longueur absurde</translation>
    </message>
    <message>
        <source>{host} sent a reply line far longer than SMTP allows; the test stopped reading it.</source>
        <translation>{host} a envoyé une ligne de réponse bien plus longue que ce que SMTP autorise ; le test a cessé de la lire.</translation>
    </message>
    <message>
        <source>The server is broken or is not a mail server; check the name and port.</source>
        <translation>Le serveur est défaillant ou n'est pas un serveur de messagerie ; vérifiez le nom et le port.</translation>
    </message>
    <message>
        <source>SSL/TLS chosen on a STARTTLS or plain port</source>
        <translation>SSL/TLS choisi sur un port STARTTLS ou non chiffré</translation>
    </message>
    <message>
        <source>Port {port} on {host} starts unencrypted and expects STARTTLS, but the test started with SSL/TLS (implicit TLS) and the server answered in plain text.</source>
        <translation>Le port {port} de {host} démarre sans chiffrement et attend STARTTLS, mais le test a démarré en SSL/TLS (TLS implicite) et le serveur a répondu en clair.</translation>
    </message>
    <message>
        <source>Choose STARTTLS for this port (587 and 25), or use port 465 with SSL/TLS.</source>
        <translation>Choisissez STARTTLS pour ce port (587 et 25), ou utilisez le port 465 avec SSL/TLS.</translation>
    </message>
    <message>
        <source>Encryption could not be set up</source>
        <translation>Le chiffrement n'a pas pu être mis en place</translation>
    </message>
    <message>
        <source>The TLS handshake with {host} failed: {detail}</source>
        <translation>La négociation TLS avec {host} a échoué : {detail}</translation>
    </message>
    <message>
        <source>The server may only offer outdated TLS versions or ciphers; ask the provider, or try the other port (465 or 587).</source>
        <translation>Le serveur ne propose peut-être que des versions ou des algorithmes TLS obsolètes ; contactez le fournisseur, ou essayez l'autre port (465 ou 587).</translation>
    </message>
    <message>
        <source>Encryption set-up never finished</source>
        <translation>La mise en place du chiffrement n'a jamais abouti</translation>
    </message>
    <message>
        <source>{host} did not complete the TLS handshake in time.</source>
        <translation>{host} n'a pas terminé la négociation TLS à temps.</translation>
    </message>
    <message>
        <source>If you chose SSL/TLS, the port may expect STARTTLS instead; otherwise try again later.</source>
        <translation>Si vous avez choisi SSL/TLS, le port attend peut-être plutôt STARTTLS ; sinon, réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server hung up while setting up encryption</source>
        <translation>Le serveur a raccroché pendant la mise en place du chiffrement</translation>
    </message>
    <message>
        <source>{host} closed the connection in the middle of the TLS handshake.</source>
        <translation>{host} a fermé la connexion au milieu de la négociation TLS.</translation>
    </message>
    <message>
        <source>A firewall or filter may interfere with encrypted mail, or the server's TLS set-up is broken. Try the other port (465 or 587) or another network.</source>
        <translation>Un pare-feu ou un filtre perturbe peut-être le courrier chiffré, ou la configuration TLS du serveur est défaillante. Essayez l'autre port (465 ou 587) ou un autre réseau.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Certificat auto-signé</translation>
    </message>
    <message>
        <source>{host} presented a certificate it signed itself, so nobody vouches that it belongs to {host}.</source>
        <translation>{host} a présenté un certificat qu'il a signé lui-même ; personne ne garantit donc qu'il appartient bien à {host}.</translation>
    </message>
    <message>
        <source>Use the server name the provider documents (its certificate is usually valid). If this is your own server and you checked the fingerprint, trust this one certificate for the test.</source>
        <translation>Utilisez le nom de serveur indiqué dans la documentation du fournisseur (son certificat est généralement valide). S'il s'agit de votre propre serveur et que vous avez vérifié l'empreinte, faites confiance à ce certificat pour le test.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Le certificat a expiré</translation>
    </message>
    <message>
        <source>The certificate of {host} is outside its validity period ({detail}).</source>
        <translation>Le certificat de {host} est hors de sa période de validité ({detail}).</translation>
    </message>
    <message>
        <source>The server's administrator must renew the certificate; check also that this computer's clock is right.</source>
        <translation>L'administrateur du serveur doit renouveler le certificat ; vérifiez aussi que l'horloge de cet ordinateur est à l'heure.</translation>
    </message>
    <message>
        <source>The certificate is for another name</source>
        <translation>Le certificat est établi pour un autre nom</translation>
    </message>
    <message>
        <source>The certificate presented on {host} does not list that name ({detail}).</source>
        <translation>Le certificat présenté sur {host} ne contient pas ce nom ({detail}).</translation>
    </message>
    <message>
        <source>Use the server name written in the certificate (often the provider's own host name, not your domain), or ask the administrator for a certificate that covers {host}.</source>
        <translation>Utilisez le nom de serveur inscrit dans le certificat (souvent le nom d'hôte du fournisseur, pas votre domaine), ou demandez à l'administrateur un certificat qui couvre {host}.</translation>
    </message>
    <message>
        <source>The certificate is not from a trusted authority</source>
        <translation>Le certificat ne provient pas d'une autorité de confiance</translation>
    </message>
    <message>
        <source>The certificate of {host} was issued by an authority this computer does not trust ({detail}).</source>
        <translation>Le certificat de {host} a été émis par une autorité à laquelle cet ordinateur ne fait pas confiance ({detail}).</translation>
    </message>
    <message>
        <source>If it is a company or private CA, give its certificate file as the custom CA; otherwise the server is missing an intermediate certificate.</source>
        <translation>S'il s'agit d'une AC d'entreprise ou privée, indiquez son fichier de certificat comme AC personnalisée ; sinon, il manque au serveur un certificat intermédiaire.</translation>
    </message>
    <message>
        <source>The certificate was not accepted</source>
        <translation>Le certificat n'a pas été accepté</translation>
    </message>
    <message>
        <source>The certificate of {host} failed verification ({detail}).</source>
        <translation>La vérification du certificat de {host} a échoué ({detail}).</translation>
    </message>
    <message>
        <source>Ask the server's administrator to fix the certificate.</source>
        <translation>Demandez à l'administrateur du serveur de corriger le certificat.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>Le serveur ne propose pas STARTTLS</translation>
    </message>
    <message>
        <source>You asked for STARTTLS, but {host} port {port} does not offer it, so the connection would stay unencrypted.</source>
        <translation>Vous avez demandé STARTTLS, mais {host} port {port} ne le propose pas ; la connexion resterait donc non chiffrée.</translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS or port 587 with STARTTLS; if this is port 465 choose SSL/TLS.</source>
        <translation>Utilisez le port 465 avec SSL/TLS ou le port 587 avec STARTTLS ; s'il s'agit du port 465, choisissez SSL/TLS.</translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation>STARTTLS refusé</translation>
    </message>
    <message>
        <source>{host} advertised STARTTLS but refused to start it: {reply}</source>
        <translation>{host} a annoncé STARTTLS mais a refusé de le démarrer : {reply}</translation>
    </message>
    <message>
        <source>The server's TLS set-up is broken; try port 465 with SSL/TLS and tell the provider.</source>
        <translation>La configuration TLS du serveur est défaillante ; essayez le port 465 avec SSL/TLS et prévenez le fournisseur.</translation>
    </message>
    <message>
        <source>The server refuses to talk to you</source>
        <translation>Le serveur refuse de communiquer avec vous</translation>
    </message>
    <message>
        <source>{host} rejected the connection at once: {reply}</source>
        <translation>{host} a immédiatement rejeté la connexion : {reply}</translation>
    </message>
    <message>
        <source>Your IP address may be blocked or on a blocklist; check the blocklists, or try another network.</source>
        <translation>Votre adresse IP est peut-être bloquée ou sur une liste de blocage ; vérifiez les listes de blocage, ou essayez un autre réseau.</translation>
    </message>
    <message>
        <source>The server rejected the greeting</source>
        <translation>Le serveur a rejeté la salutation</translation>
    </message>
    <message>
        <source>{host} did not accept our EHLO/HELO: {reply}</source>
        <translation>{host} n'a pas accepté notre EHLO/HELO : {reply}</translation>
    </message>
    <message>
        <source>Tell the provider and include the transcript.</source>
        <translation>Prévenez le fournisseur et joignez le journal.</translation>
    </message>
    <message>
        <source>The server requires encryption first</source>
        <translation>Le serveur exige d'abord le chiffrement</translation>
    </message>
    <message>
        <source>{host} wants STARTTLS before anything else: {reply}</source>
        <translation>{host} exige STARTTLS avant toute chose : {reply}</translation>
    </message>
    <message>
        <source>Choose STARTTLS (or SSL/TLS on port 465) in the security setting.</source>
        <translation>Choisissez STARTTLS (ou SSL/TLS sur le port 465) dans le paramètre de sécurité.</translation>
    </message>
    <message>
        <source>You must log in to send</source>
        <translation>Vous devez vous authentifier pour envoyer</translation>
    </message>
    <message>
        <source>{host} only accepts mail from logged-in users: {reply}</source>
        <translation>{host} n'accepte que le courrier des utilisateurs authentifiés : {reply}</translation>
    </message>
    <message>
        <source>Turn on "my server requires authentication" and enter your user name (usually the full address) and password.</source>
        <translation>Activez « mon serveur requiert une authentification » et saisissez votre nom d'utilisateur (généralement l'adresse complète) et votre mot de passe.</translation>
    </message>
    <message>
        <source>The server does not offer log-in</source>
        <translation>Le serveur ne propose pas l'authentification</translation>
    </message>
    <message>
        <source>{host} port {port} does not offer AUTH, even over TLS: it is probably a server for incoming mail only.</source>
        <translation>{host} port {port} ne propose pas AUTH, même via TLS : il s'agit probablement d'un serveur réservé au courrier entrant.</translation>
    </message>
    <message>
        <source>Use the submission server and port your provider documents (587 or 465).</source>
        <translation>Utilisez le serveur et le port de soumission indiqués par votre fournisseur (587 ou 465).</translation>
    </message>
    <message>
        <source>Log-in is only offered after encryption</source>
        <translation>L'authentification n'est proposée qu'après le chiffrement</translation>
    </message>
    <message>
        <source>{host} does not offer AUTH on an unencrypted connection.</source>
        <translation>{host} ne propose pas AUTH sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>Choose STARTTLS (or SSL/TLS on port 465); the password then travels encrypted.</source>
        <translation>Choisissez STARTTLS (ou SSL/TLS sur le port 465) ; le mot de passe circule alors chiffré.</translation>
    </message>
    <message>
        <source>The chosen log-in method is not offered</source>
        <translation>La méthode d'authentification choisie n'est pas proposée</translation>
    </message>
    <message>
        <source>{host} offers {offered}, not the method that was chosen ({auth}).</source>
        <translation>{host} propose {offered}, pas la méthode choisie ({auth}).</translation>
    </message>
    <message>
        <source>Choose automatic or one of the offered methods. For XOAUTH2 the provider must offer it.</source>
        <translation>Choisissez « automatique » ou l'une des méthodes proposées. Pour XOAUTH2, le fournisseur doit la proposer.</translation>
    </message>
    <message>
        <source>Password not sent over an unencrypted connection</source>
        <translation>Mot de passe non envoyé sur une connexion non chiffrée</translation>
    </message>
    <message>
        <source>The connection to {host} is not encrypted, so the test did not send your password.</source>
        <translation>La connexion à {host} n'est pas chiffrée ; le test n'a donc pas envoyé votre mot de passe.</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS. Only if this is a trusted local server, allow sending the password unencrypted for this test.</source>
        <translation>Choisissez STARTTLS ou SSL/TLS. Uniquement s'il s'agit d'un serveur local de confiance, autorisez l'envoi du mot de passe non chiffré pour ce test.</translation>
    </message>
    <message>
        <source>User name or password rejected</source>
        <translation>Nom d'utilisateur ou mot de passe rejeté</translation>
    </message>
    <message>
        <source>{host} rejected the log-in ({auth}): {reply}</source>
        <translation>{host} a rejeté l'authentification ({auth}) : {reply}</translation>
    </message>
    <message>
        <source>Check the user name (usually the full e-mail address) and the password. If your account uses two-step verification, you need an app password.</source>
        <translation>Vérifiez le nom d'utilisateur (généralement l'adresse e-mail complète) et le mot de passe. Si votre compte utilise la validation en deux étapes, il vous faut un mot de passe d'application.</translation>
    </message>
    <message>
        <source>An app password is required</source>
        <translation>Un mot de passe d'application est requis</translation>
    </message>
    <message>
        <source>{host} wants an application-specific password, not your normal password: {reply}</source>
        <translation>{host} exige un mot de passe propre à l'application, pas votre mot de passe habituel : {reply}</translation>
    </message>
    <message>
        <source>Create an app password in your account's security settings and use it here.</source>
        <translation>Créez un mot de passe d'application dans les paramètres de sécurité de votre compte et utilisez-le ici.</translation>
    </message>
    <message>
        <source>SMTP log-in is switched off for this account</source>
        <translation>L'authentification SMTP est désactivée pour ce compte</translation>
    </message>
    <message>
        <source>{host} says authenticated SMTP is disabled for this mailbox or organisation: {reply}</source>
        <translation>{host} indique que le SMTP authentifié est désactivé pour cette boîte aux lettres ou cette organisation : {reply}</translation>
    </message>
    <message>
        <source>The administrator must enable SMTP AUTH for the mailbox (Microsoft 365: "Authenticated SMTP"), or use OAuth2.</source>
        <translation>L'administrateur doit activer SMTP AUTH pour la boîte aux lettres (Microsoft 365 : « SMTP authentifié »), ou utilisez OAuth2.</translation>
    </message>
    <message>
        <source>Log-in temporarily unavailable</source>
        <translation>Authentification temporairement indisponible</translation>
    </message>
    <message>
        <source>{host} could not check the password right now: {reply}</source>
        <translation>{host} n'a pas pu vérifier le mot de passe pour le moment : {reply}</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server will not pass the mail on (relay denied)</source>
        <translation>Le serveur refuse de transmettre le courrier (relais refusé)</translation>
    </message>
    <message>
        <source>{host} refused to deliver to that recipient for you: {reply}. Servers only relay mail for logged-in users.</source>
        <translation>{host} a refusé de remettre le message à ce destinataire pour vous : {reply}. Les serveurs ne relaient le courrier que pour les utilisateurs authentifiés.</translation>
    </message>
    <message>
        <source>Log in (turn on authentication) and use the submission port 587 or 465, not port 25.</source>
        <translation>Authentifiez-vous (activez l'authentification) et utilisez le port de soumission 587 ou 465, pas le port 25.</translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <translation>L'adresse de l'expéditeur a été refusée</translation>
    </message>
    <message>
        <source>{host} does not accept mail from that sender: {reply}</source>
        <translation>{host} n'accepte pas de courrier de cet expéditeur : {reply}</translation>
    </message>
    <message>
        <source>Send from an address that belongs to your account (the From you log in with), or check that the domain is spelled correctly.</source>
        <translation>Envoyez depuis une adresse qui appartient à votre compte (l'adresse avec laquelle vous vous authentifiez), ou vérifiez que le domaine est correctement orthographié.</translation>
    </message>
    <message>
        <source>The recipient does not exist</source>
        <translation>Le destinataire n'existe pas</translation>
    </message>
    <message>
        <source>{host} says the recipient address does not exist: {reply}</source>
        <translation>{host} indique que l'adresse du destinataire n'existe pas : {reply}</translation>
    </message>
    <message>
        <source>Check the spelling of the recipient address.</source>
        <translation>Vérifiez l'orthographe de l'adresse du destinataire.</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>Le message est trop volumineux</translation>
    </message>
    <message>
        <source>{host} refuses messages of this size: {reply}</source>
        <translation>{host} refuse les messages de cette taille : {reply}</translation>
    </message>
    <message>
        <source>Send smaller attachments or share a link to the file instead.</source>
        <translation>Envoyez des pièces jointes plus petites ou partagez plutôt un lien vers le fichier.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>La boîte aux lettres du destinataire est pleine</translation>
    </message>
    <message>
        <source>{host} cannot store more mail for the recipient: {reply}</source>
        <translation>{host} ne peut plus stocker de courrier pour le destinataire : {reply}</translation>
    </message>
    <message>
        <source>Tell the recipient another way, or try again later.</source>
        <translation>Prévenez le destinataire par un autre moyen, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>Greylisted: try again later</source>
        <translation>Mis en liste grise : réessayez plus tard</translation>
    </message>
    <message>
        <source>{host} temporarily refused the message, as greylisting servers do with senders they have not seen before: {reply}</source>
        <translation>{host} a temporairement refusé le message, comme le font les serveurs à liste grise avec les expéditeurs qu'ils n'ont encore jamais vus : {reply}</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings. A real mail server retries automatically and gets through after a few minutes.</source>
        <translation>Vos paramètres sont corrects. Un vrai serveur de messagerie réessaie automatiquement et passe au bout de quelques minutes.</translation>
    </message>
    <message>
        <source>Temporary refusal</source>
        <translation>Refus temporaire</translation>
    </message>
    <message>
        <source>{host} refused for now at the step "{stage}": {reply}</source>
        <translation>{host} a refusé pour le moment à l'étape « {stage} » : {reply}</translation>
    </message>
    <message>
        <source>Try again later; if it persists, ask the provider.</source>
        <translation>Réessayez plus tard ; si cela persiste, contactez le fournisseur.</translation>
    </message>
    <message>
        <source>The server refused</source>
        <translation>Le serveur a refusé</translation>
    </message>
    <message>
        <source>{host} refused at the step "{stage}": {reply}</source>
        <translation>{host} a refusé à l'étape « {stage} » : {reply}</translation>
    </message>
    <message>
        <source>Read the server's reason above; give the transcript to the provider if it is unclear.</source>
        <translation>Lisez la raison donnée par le serveur ci-dessus ; transmettez le journal au fournisseur si elle n'est pas claire.</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>The connection to {host} failed: {detail}</source>
        <translation>La connexion à {host} a échoué : {detail}</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>Gmail and Google Workspace refuse your normal password when two-step verification is on: create an app password (Google Account → Security → App passwords) or sign in with OAuth2.</source>
        <translation>Gmail et Google Workspace refusent votre mot de passe habituel lorsque la validation en deux étapes est activée : créez un mot de passe d'application (Compte Google → Sécurité → Mots de passe des applications) ou connectez-vous avec OAuth2.</translation>
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 need smtp.office365.com port 587 with STARTTLS; with two-step verification use an app password, and in Microsoft 365 the administrator must allow "Authenticated SMTP" for the mailbox (or use OAuth2).</source>
        <translation>Outlook.com et Microsoft 365 nécessitent smtp.office365.com port 587 avec STARTTLS ; avec la validation en deux étapes, utilisez un mot de passe d'application, et dans Microsoft 365 l'administrateur doit autoriser « SMTP authentifié » pour la boîte aux lettres (ou utilisez OAuth2).</translation>
    </message>
    <message>
        <source>Yahoo and AOL accept only an app password for mail programs: generate one under Account security → Generate app password.</source>
        <translation>Yahoo et AOL n'acceptent qu'un mot de passe d'application pour les logiciels de messagerie : générez-en un sous Sécurité du compte → Générer un mot de passe d'application.</translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password (appleid.apple.com → Sign-In and Security) and the user name is your full iCloud address.</source>
        <translation>iCloud Mail nécessite un mot de passe pour application (appleid.apple.com → Connexion et sécurité) et le nom d'utilisateur est votre adresse iCloud complète.</translation>
    </message>
</context>
<context>
    <name>SpfCommand</name>
    <message>
        <source>SPF result: %1</source>
        <translation>Résultat SPF : %1</translation>
    </message>
    <message>
        <source>Identity:   %1 %2 (domain %3), IP %4, HELO %5</source>
        <translation>Identité :    %1 %2 (domaine %3), IP %4, HELO %5</translation>
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
        <translation>Enregistrement : %1</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Décidé par :  %1</translation>
    </message>
    <message>
        <source>Problem:    %1</source>
        <translation>Problème :    %1</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Explication : %1</translation>
    </message>
    <message>
        <source>Lookups:    %1 of 10 (void: %2 of 2), %3 DNS queries for the evaluation, %4 ms</source>
        <translation>Requêtes :    %1 sur 10 (vides : %2 sur 2), %3 requêtes DNS pour l'évaluation, %4 ms</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>Trace :</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>Whole SPF tree: %1 lookups, %2 void lookups (independent of the IP)</source>
        <translation>Arborescence SPF complète : %1 requêtes, %2 requêtes vides (indépendamment de l'IP)</translation>
    </message>
    <message>
        <source>Suggested record for %1:</source>
        <translation>Enregistrement suggéré pour %1 :</translation>
    </message>
    <message>
        <source>(%1's include authorizes %2)</source>
        <translation>(l'include de %1 autorise %2)</translation>
    </message>
    <message numerus="yes">
        <source>DNS queries sent in total: %n</source>
        <translation>
            <numerusform>Requêtes DNS envoyées au total : %n</numerusform>
            <numerusform>Requêtes DNS envoyées au total : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluates SPF (RFC 7208 check_host) for a sending IP, MAIL FROM and HELO.
An empty --mail-from "" is the null sender: the HELO name is checked.</source>
        <translation>Évalue SPF (check_host de la RFC 7208) pour une IP d'envoi, un MAIL FROM et un HELO.
Un --mail-from "" vide correspond à l'expéditeur nul : c'est alors le nom HELO qui est vérifié.</translation>
    </message>
    <message>
        <source>Sending IP address (IPv4 or IPv6).</source>
        <translation>Adresse IP d'envoi (IPv4 ou IPv6).</translation>
    </message>
    <message>
        <source>Envelope sender (MAIL FROM); "" for the null sender.</source>
        <translation>Expéditeur de l'enveloppe (MAIL FROM) ; "" pour l'expéditeur nul.</translation>
    </message>
    <message>
        <source>HELO/EHLO name the client gave.</source>
        <translation>Nom HELO/EHLO indiqué par le client.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>Do not walk the whole SPF tree for warnings.</source>
        <translation>Ne parcourt pas toute l'arborescence SPF à la recherche d'avertissements.</translation>
    </message>
    <message>
        <source>Ask the DNS strictly one question at a time, in evaluation order.</source>
        <translation>Interroge le DNS strictement une question à la fois, dans l'ordre de l'évaluation.</translation>
    </message>
    <message>
        <source>Name of the receiving host, for the %{r} macro.</source>
        <translation>Nom de l'hôte de réception, pour la macro %{r}.</translation>
    </message>
    <message>
        <source>unexpected argument "%1" (see --help)</source>
        <translation>argument inattendu « %1 » (voir --help)</translation>
    </message>
    <message>
        <source>--ip is required</source>
        <translation>--ip est obligatoire</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>« %1 » n'est pas une adresse IP</translation>
    </message>
    <message>
        <source>--mail-from is required (use --mail-from "" for the null sender)</source>
        <translation>--mail-from est obligatoire (utilisez --mail-from "" pour l'expéditeur nul)</translation>
    </message>
    <message>
        <source>the null sender needs --helo: its SPF check is done on the HELO name</source>
        <translation>l'expéditeur nul nécessite --helo : sa vérification SPF porte sur le nom HELO</translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>« %1 » n'est pas une adresse IP</translation>
    </message>
    <message>
        <source>"%1" is not a valid multi-label domain name</source>
        <translation>« %1 » n'est pas un nom de domaine valide à plusieurs labels</translation>
    </message>
    <message>
        <source>DNS error looking up the SPF record of %1: %2</source>
        <translation>Erreur DNS lors de la recherche de l'enregistrement SPF de %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 n'a pas d'enregistrement SPF</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one</source>
        <translation>%1 a %2 enregistrements SPF ; il doit y en avoir exactement un</translation>
    </message>
    <message>
        <source>Syntax error in the SPF record of %1 at position %2 ("%3"): %4</source>
        <translation>Erreur de syntaxe dans l'enregistrement SPF de %1 à la position %2 (« %3 ») : %4</translation>
    </message>
    <message>
        <source>More than %1 DNS-querying mechanisms and modifiers ("%2" in the record of %3)</source>
        <translation>Plus de %1 mécanismes et modificateurs nécessitant des requêtes DNS (« %2 » dans l'enregistrement de %3)</translation>
    </message>
    <message>
        <source>Not a valid DNS name: explanation ignored</source>
        <translation>Nom DNS non valide : explication ignorée</translation>
    </message>
    <message>
        <source>No single TXT record: explanation ignored</source>
        <translation>Pas d'enregistrement TXT unique : explication ignorée</translation>
    </message>
    <message>
        <source>Invalid explanation text: ignored</source>
        <translation>Texte d'explication non valide : ignoré</translation>
    </message>
    <message>
        <source>redirect= names "%1", which is not a valid domain</source>
        <translation>redirect= désigne « %1 », qui n'est pas un domaine valide</translation>
    </message>
    <message>
        <source>redirect=%1: that domain has no SPF record</source>
        <translation>redirect=%1 : ce domaine n'a pas d'enregistrement SPF</translation>
    </message>
    <message>
        <source>More than %1 void lookups (names without any record)</source>
        <translation>Plus de %1 requêtes vides (noms sans aucun enregistrement)</translation>
    </message>
    <message>
        <source>DNS error for %1 (%2): %3</source>
        <translation>Erreur DNS pour %1 (%2) : %3</translation>
    </message>
    <message>
        <source>include: names "%1", which is not a valid domain</source>
        <translation>include: désigne « %1 », qui n'est pas un domaine valide</translation>
    </message>
    <message>
        <source>include:%1: that domain has no SPF record</source>
        <translation>include:%1 : ce domaine n'a pas d'enregistrement SPF</translation>
    </message>
    <message>
        <source>"%1" is not a valid DNS name: treated as non-existent</source>
        <translation>« %1 » n'est pas un nom DNS valide : traité comme inexistant</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; SPF allows at most %3</source>
        <translation>%1 a %2 enregistrements MX ; SPF en autorise au plus %3</translation>
    </message>
    <message>
        <source>The check took longer than %1 seconds</source>
        <translation>La vérification a pris plus de %1 secondes</translation>
    </message>
</context>
<context>
    <name>SpfLint</name>
    <message>
        <source>%1: not a JSON object with a "providers" array (%2)</source>
        <translation>%1 : pas un objet JSON avec un tableau « providers » (%2)</translation>
    </message>
    <message>
        <source>%1: provider entry %2 ("%3") needs a name, a valid include domain and ptrSuffixes</source>
        <translation>%1 : l'entrée de fournisseur %2 (« %3 ») nécessite un nom, un domaine include valide et des ptrSuffixes</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1 : illisible</translation>
    </message>
    <message>
        <source>%1: a TXT string of the SPF record is longer than 255 characters</source>
        <translation>%1 : une chaîne TXT de l'enregistrement SPF dépasse 255 caractères</translation>
    </message>
    <message>
        <source>%1: the SPF record is %2 bytes; over 512 bytes it may not fit a DNS answer over UDP</source>
        <translation>%1 : l'enregistrement SPF fait %2 octets ; au-delà de 512 octets, il risque de ne pas tenir dans une réponse DNS via UDP</translation>
    </message>
    <message>
        <source>%1: the ptr mechanism should not be used (RFC 7208 §5.5): it is slow and unreliable</source>
        <translation>%1 : le mécanisme ptr ne devrait pas être utilisé (RFC 7208 §5.5) : il est lent et peu fiable</translation>
    </message>
    <message>
        <source>%1: include:%2 appears more than once</source>
        <translation>%1 : include:%2 apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>%1: "%2" authorizes every host on the internet to send as this domain</source>
        <translation>%1 : « %2 » autorise n'importe quel hôte sur Internet à envoyer au nom de ce domaine</translation>
    </message>
    <message>
        <source>%1: "?all" makes no statement about other hosts; use ~all or -all</source>
        <translation>%1 : « ?all » ne dit rien des autres hôtes ; utilisez ~all ou -all</translation>
    </message>
    <message>
        <source>No DNS resolver</source>
        <translation>Aucun résolveur DNS</translation>
    </message>
    <message>
        <source>%1 is included more than once in the SPF tree, or in a loop</source>
        <translation>%1 est inclus plusieurs fois dans l'arborescence SPF, ou dans une boucle</translation>
    </message>
    <message>
        <source>The include chain is deeper than 10 levels at %1</source>
        <translation>La chaîne d'include dépasse 10 niveaux de profondeur à %1</translation>
    </message>
    <message>
        <source>%1: a deprecated SPF (type 99) record is published; RFC 7208 uses only TXT</source>
        <translation>%1 : un enregistrement SPF obsolète (type 99) est publié ; la RFC 7208 n'utilise que TXT</translation>
    </message>
    <message>
        <source>%1: the SPF record could not be read (%2)</source>
        <translation>%1 : l'enregistrement SPF n'a pas pu être lu (%2)</translation>
    </message>
    <message>
        <source>a DNS error</source>
        <translation>une erreur DNS</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 n'a pas d'enregistrement SPF</translation>
    </message>
    <message>
        <source>%1 is included but has no SPF record (permerror)</source>
        <translation>%1 est inclus mais n'a pas d'enregistrement SPF (permerror)</translation>
    </message>
    <message>
        <source>a missing record</source>
        <translation>un enregistrement manquant</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one (permerror)</source>
        <translation>%1 a %2 enregistrements SPF ; il doit y en avoir exactement un (permerror)</translation>
    </message>
    <message>
        <source>multiple records</source>
        <translation>plusieurs enregistrements</translation>
    </message>
    <message>
        <source>%1: syntax error at position %2 ("%3"): %4</source>
        <translation>%1 : erreur de syntaxe à la position %2 (« %3 ») : %4</translation>
    </message>
    <message>
        <source>a syntax error</source>
        <translation>une erreur de syntaxe</translation>
    </message>
    <message>
        <source>macros</source>
        <translation>des macros</translation>
    </message>
    <message>
        <source>a non-pass ip4/ip6 term</source>
        <translation>un terme ip4/ip6 autre que pass</translation>
    </message>
    <message>
        <source>a non-pass include</source>
        <translation>un include autre que pass</translation>
    </message>
    <message>
        <source>the ptr mechanism</source>
        <translation>le mécanisme ptr</translation>
    </message>
    <message>
        <source>the exists mechanism</source>
        <translation>le mécanisme exists</translation>
    </message>
    <message>
        <source>a non-pass a/mx term</source>
        <translation>un terme a/mx autre que pass</translation>
    </message>
    <message>
        <source>%1: "%2" names %3, which has no A/AAAA records</source>
        <translation>%1 : « %2 » désigne %3, qui n'a pas d'enregistrements A/AAAA</translation>
    </message>
    <message>
        <source>%1: "%2" names %3, which has no MX records</source>
        <translation>%1 : « %2 » désigne %3, qui n'a pas d'enregistrements MX</translation>
    </message>
    <message>
        <source>%1: %2 has %3 MX records; the mx mechanism allows at most 10 (permerror)</source>
        <translation>%1 : %2 a %3 enregistrements MX ; le mécanisme mx en autorise au plus 10 (permerror)</translation>
    </message>
    <message>
        <source>%1: the SPF tree needs %2 DNS lookups; more than 10 is a permerror (RFC 7208 §4.6.4)</source>
        <translation>%1 : l'arborescence SPF nécessite %2 requêtes DNS ; au-delà de 10, c'est un permerror (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>%1: the SPF tree has %2 void lookups; more than 2 is a permerror</source>
        <translation>%1 : l'arborescence SPF comporte %2 requêtes vides ; au-delà de 2, c'est un permerror</translation>
    </message>
</context>
<context>
    <name>SpfMacro</name>
    <message>
        <source>A "%" at the end must be written "%%"</source>
        <translation>Un « % » final doit s'écrire « %% »</translation>
    </message>
    <message>
        <source>A "%" must be followed by "{", "%", "_" or "-"</source>
        <translation>Un « % » doit être suivi de « { », « % », « _ » ou « - »</translation>
    </message>
    <message>
        <source>Non-ASCII character in the record</source>
        <translation>Caractère non ASCII dans l'enregistrement</translation>
    </message>
    <message>
        <source>Invalid character (code %1)</source>
        <translation>Caractère non valide (code %1)</translation>
    </message>
    <message>
        <source>The domain is empty</source>
        <translation>Le domaine est vide</translation>
    </message>
    <message>
        <source>"%1" is not a domain name (no dot before the top-level label)</source>
        <translation>« %1 » n'est pas un nom de domaine (pas de point avant le label de premier niveau)</translation>
    </message>
    <message>
        <source>"%1" does not end in a valid top-level label</source>
        <translation>« %1 » ne se termine pas par un label de premier niveau valide</translation>
    </message>
    <message>
        <source>Unterminated macro: "%{" at the end</source>
        <translation>Macro non terminée : « %{ » à la fin</translation>
    </message>
    <message>
        <source>Unknown macro letter "%1"</source>
        <translation>Lettre de macro inconnue « %1 »</translation>
    </message>
    <message>
        <source>The macro letter "%1" is only allowed in explanation text</source>
        <translation>La lettre de macro « %1 » n'est autorisée que dans le texte d'explication</translation>
    </message>
    <message>
        <source>A macro's digit transformer must not be zero</source>
        <translation>Le transformateur numérique d'une macro ne doit pas être zéro</translation>
    </message>
    <message>
        <source>Malformed macro: expected "}"</source>
        <translation>Macro mal formée : « } » attendu</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>The record does not start with "v=spf1" followed by a space</source>
        <translation>L'enregistrement ne commence pas par « v=spf1 » suivi d'une espace</translation>
    </message>
    <message>
        <source>The modifier "%1" appears more than once</source>
        <translation>Le modificateur « %1 » apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>Invalid %1= domain: %2</source>
        <translation>Domaine %1= non valide : %2</translation>
    </message>
    <message>
        <source>Invalid value of the modifier "%1": %2</source>
        <translation>Valeur non valide du modificateur « %1 » : %2</translation>
    </message>
    <message>
        <source>"%1" needs ":" and a domain</source>
        <translation>« %1 » nécessite « : » et un domaine</translation>
    </message>
    <message>
        <source>"%1" takes no prefix length</source>
        <translation>« %1 » n'accepte pas de longueur de préfixe</translation>
    </message>
    <message>
        <source>Invalid domain in "%1": %2</source>
        <translation>Domaine non valide dans « %1 » : %2</translation>
    </message>
    <message>
        <source>"all" takes no arguments</source>
        <translation>« all » n'accepte aucun argument</translation>
    </message>
    <message>
        <source>Malformed "%1": expected [:domain][/ip4-prefix][//ip6-prefix]</source>
        <translation>« %1 » mal formé : [:domaine][/préfixe-ip4][//préfixe-ip6] attendu</translation>
    </message>
    <message>
        <source>Invalid IPv4 prefix length "/%1" (0 to 32, no leading zeros)</source>
        <translation>Longueur de préfixe IPv4 non valide « /%1 » (0 à 32, sans zéros initiaux)</translation>
    </message>
    <message>
        <source>Invalid IPv6 prefix length "//%1" (0 to 128, no leading zeros)</source>
        <translation>Longueur de préfixe IPv6 non valide « //%1 » (0 à 128, sans zéros initiaux)</translation>
    </message>
    <message>
        <source>"%1" needs ":" and an address</source>
        <translation>« %1 » nécessite « : » et une adresse</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 address</source>
        <translation>« %1 » n'est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>"%1" is not an IPv6 address</source>
        <translation>« %1 » n'est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>Invalid prefix length "%1"</source>
        <translation>Longueur de préfixe non valide « %1 »</translation>
    </message>
    <message>
        <source>Empty mechanism</source>
        <translation>Mécanisme vide</translation>
    </message>
    <message>
        <source>Unknown mechanism "%1"</source>
        <translation>Mécanisme inconnu « %1 »</translation>
    </message>
    <message>
        <source>The record is %1 characters long, more than the %2 this check reads (RFC 7208 §3.4 advises under 450 so it fits one UDP answer)</source>
        <translation>L'enregistrement fait %1 caractères, plus que les %2 que lit cette vérification (la RFC 7208 §3.4 conseille moins de 450 pour tenir dans une seule réponse UDP)</translation>
    </message>
    <message numerus="yes">
        <source>The record has more than %n terms; the rest were not read</source>
        <translation>
            <numerusform>L'enregistrement comporte plus de %n terme ; le reste n'a pas été lu</numerusform>
            <numerusform>L'enregistrement comporte plus de %n termes ; le reste n'a pas été lu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpfResult</name>
    <message numerus="yes">
        <source>%n void</source>
        <translation>
            <numerusform>%n vide</numerusform>
            <numerusform>%n vides</numerusform>
        </translation>
    </message>
    <message>
        <source>none: no SPF record</source>
        <translation>none : aucun enregistrement SPF</translation>
    </message>
    <message>
        <source>neutral: the domain makes no statement about this IP</source>
        <translation>neutral : le domaine ne se prononce pas sur cette IP</translation>
    </message>
    <message>
        <source>pass: the IP is authorized</source>
        <translation>pass : l'IP est autorisée</translation>
    </message>
    <message>
        <source>fail: the IP is not authorized</source>
        <translation>fail : l'IP n'est pas autorisée</translation>
    </message>
    <message>
        <source>softfail: the IP is probably not authorized</source>
        <translation>softfail : l'IP n'est probablement pas autorisée</translation>
    </message>
    <message>
        <source>temperror: a DNS error stopped the check</source>
        <translation>temperror : une erreur DNS a interrompu la vérification</translation>
    </message>
    <message>
        <source>permerror: the SPF record cannot be evaluated</source>
        <translation>permerror : l'enregistrement SPF ne peut pas être évalué</translation>
    </message>
    <message>
        <source>SPF for %1</source>
        <translation>SPF pour %1</translation>
    </message>
    <message>
        <source>%1 for %2 from %3</source>
        <translation>%1 pour %2 depuis %3</translation>
    </message>
    <message>
        <source>The domain's explanation: %1</source>
        <translation>Explication du domaine : %1</translation>
    </message>
    <message>
        <source>Decided by "%1"</source>
        <translation>Décidé par « %1 »</translation>
    </message>
    <message>
        <source>Publish this record at %1 (replacing the current SPF record).</source>
        <translation>Publiez cet enregistrement à %1 (en remplacement de l'enregistrement SPF actuel).</translation>
    </message>
    <message>
        <source>1 lookup</source>
        <translation>1 requête</translation>
    </message>
    <message numerus="yes">
        <source>%n lookups</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>match</source>
        <translation>correspondance</translation>
    </message>
    <message numerus="yes">
        <source>DNS lookups counted: %n of the 10 allowed</source>
        <translation>
            <numerusform>Requêtes DNS comptées : %n sur les 10 autorisées</numerusform>
            <numerusform>Requêtes DNS comptées : %n sur les 10 autorisées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Check progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>Stops the running check; results so far stay on screen</source>
        <translation>Arrête la vérification en cours ; les résultats obtenus jusqu'ici restent affichés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>StepPageAuthentication</name>
    <message>
        <source>Receivers check that your domain allows your server to send (SPF), that the message is signed (DKIM), and what your domain asks them to do when both fail (DMARC).</source>
        <translation>Les destinataires vérifient que votre domaine autorise votre serveur à envoyer (SPF), que le message est signé (DKIM), et ce que votre domaine leur demande de faire lorsque les deux échouent (DMARC).</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Ce qui est vérifié</translation>
    </message>
    <message>
        <source>SPF, DKIM and DMARC checks</source>
        <translation>Vérifications SPF, DKIM et DMARC</translation>
    </message>
    <message>
        <source>Chec&amp;ks of the domain:</source>
        <translation>&amp;Vérifications du domaine :</translation>
    </message>
    <message>
        <source>SPF evaluation</source>
        <translation>Évaluation SPF</translation>
    </message>
    <message>
        <source>SPF &amp;evaluation, term by term (DNS lookups count against the limit of 10):</source>
        <translation>&amp;Évaluation SPF, terme par terme (les requêtes DNS comptent dans la limite de 10) :</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>SPF evaluation tree</source>
        <translation>Arborescence de l'évaluation SPF</translation>
    </message>
    <message>
        <source>Each SPF term with its result and the DNS lookups it used</source>
        <translation>Chaque terme SPF avec son résultat et les requêtes DNS qu'il a utilisées</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <translation>Alignement DMARC</translation>
    </message>
    <message>
        <source>Publish the suggested records at your DNS host (copy them with the button), wait for the TTL to pass, and re-run the checks. DMARC passes when SPF or DKIM passes for a domain that matches the From address.</source>
        <translation>Publiez les enregistrements suggérés chez votre hébergeur DNS (copiez-les avec le bouton), attendez l'expiration du TTL et relancez les vérifications. DMARC réussit lorsque SPF ou DKIM réussit pour un domaine qui correspond à l'adresse From.</translation>
    </message>
    <message>
        <source>Authentication checks cancelled.</source>
        <translation>Vérifications d'authentification annulées.</translation>
    </message>
    <message>
        <source>The bounce names no sender domain. Enter it on the first step (Facts for the checks).</source>
        <translation>Le rebond n'indique aucun domaine d'expéditeur. Saisissez-le à la première étape (Faits pour les vérifications).</translation>
    </message>
    <message>
        <source>No DNS resolver: %1</source>
        <translation>Aucun résolveur DNS : %1</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>domaine %1</translation>
    </message>
    <message>
        <source>DKIM selector %1</source>
        <translation>sélecteur DKIM %1</translation>
    </message>
    <message>
        <source>SPF for the sending IP %1</source>
        <translation>SPF pour l'IP d'envoi %1</translation>
    </message>
    <message>
        <source>Checking %1.</source>
        <translation>Vérification de %1.</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Vérifié : %1</translation>
    </message>
    <message>
        <source>Authentication: %1 done (%2 of %3).</source>
        <translation>Authentification : %1 terminé (%2 sur %3).</translation>
    </message>
    <message>
        <source>Asking DNS…</source>
        <translation>Interrogation du DNS…</translation>
    </message>
    <message>
        <source>No sending IP: SPF can only be evaluated for an IP. Enter it on the first step.</source>
        <translation>Pas d'IP d'envoi : SPF ne peut être évalué que pour une IP. Saisissez-la à la première étape.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1 : %2 — %3</translation>
    </message>
    <message>
        <source>SPF record of %1</source>
        <translation>Enregistrement SPF de %1</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>correspondance : %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message numerus="yes">
        <source>SPF for %1 sending as %2: %3. %n DNS lookup(s) of the 10 allowed.</source>
        <translation>
            <numerusform>SPF pour %1 envoyant en tant que %2 : %3. %n requête DNS sur les 10 autorisées.</numerusform>
            <numerusform>SPF pour %1 envoyant en tant que %2 : %3. %n requêtes DNS sur les 10 autorisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>From domain %1 (organizational domain %2).</source>
        <translation>Domaine From %1 (domaine organisationnel %2).</translation>
    </message>
    <message>
        <source>SPF checks %1: %2.</source>
        <translation>SPF vérifie %1 : %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>aligned with the From domain</source>
        <translation>aligné avec le domaine From</translation>
    </message>
    <message>
        <source>not aligned with the From domain</source>
        <translation>non aligné avec le domaine From</translation>
    </message>
    <message>
        <source>DKIM signs as %1: %2.</source>
        <translation>DKIM signe en tant que %1 : %2.</translation>
    </message>
    <message>
        <source>The returned message shows no DKIM signature, so only SPF can make DMARC pass.</source>
        <translation>Le message renvoyé ne contient aucune signature DKIM ; seul SPF peut donc faire réussir DMARC.</translation>
    </message>
</context>
<context>
    <name>StepPageBlocklists</name>
    <message>
        <source>Receiving servers refuse mail from IP addresses and domains on public blocklists. This step asks each list about your sending IP and domain, and checks the IP's reverse DNS name.</source>
        <translation>Les serveurs de réception refusent le courrier provenant d'adresses IP et de domaines figurant sur des listes de blocage publiques. Cette étape interroge chaque liste sur votre IP et votre domaine d'envoi, et vérifie le nom DNS inverse de l'IP.</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Ce qui est vérifié</translation>
    </message>
    <message>
        <source>Blocklist summary</source>
        <translation>Résumé des listes de blocage</translation>
    </message>
    <message>
        <source>&amp;Blocklists:</source>
        <translation>&amp;Listes de blocage :</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Liste de blocage</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Blocklist results</source>
        <translation>Résultats des listes de blocage</translation>
    </message>
    <message>
        <source>One row per blocklist and checked address: listed, clean or couldn't check</source>
        <translation>Une ligne par liste de blocage et par adresse vérifiée : listé, propre ou vérification impossible</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>Re&amp;vérifier</translation>
    </message>
    <message>
        <source>Asks every blocklist again, for example after a removal request</source>
        <translation>Interroge à nouveau chaque liste de blocage, par exemple après une demande de retrait</translation>
    </message>
    <message>
        <source>Open &amp;removal page</source>
        <translation>Ouvrir la page de &amp;retrait</translation>
    </message>
    <message>
        <source>Opens the selected blocklist's removal or lookup page in the web browser</source>
        <translation>Ouvre dans le navigateur web la page de retrait ou de recherche de la liste de blocage sélectionnée</translation>
    </message>
    <message>
        <source>Reverse DNS of the sending IP:</source>
        <translation>DNS inverse de l'IP d'envoi :</translation>
    </message>
    <message>
        <source>Reverse DNS results</source>
        <translation>Résultats du DNS inverse</translation>
    </message>
    <message>
        <source>Listed: the list names your IP or domain; follow its removal page after fixing the reason (an infected device, an open relay, a compromised account). Couldn't check: the list did not answer or refuses your DNS resolver — this says nothing about a listing.</source>
        <translation>Listé : la liste mentionne votre IP ou votre domaine ; suivez sa page de retrait après avoir corrigé la raison (un appareil infecté, un relais ouvert, un compte compromis). Vérification impossible : la liste n'a pas répondu ou refuse votre résolveur DNS — cela ne dit rien sur une éventuelle inscription.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n list(s).</source>
        <translation>
            <numerusform>Annulé après %n liste.</numerusform>
            <numerusform>Annulé après %n listes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocklist checks cancelled.</source>
        <translation>Vérifications des listes de blocage annulées.</translation>
    </message>
    <message>
        <source>sending IP %1</source>
        <translation>IP d'envoi %1</translation>
    </message>
    <message>
        <source>sender domain %1</source>
        <translation>domaine de l'expéditeur %1</translation>
    </message>
    <message>
        <source>The bounce gives no sending IP or sender domain. Enter them on the first step (Facts for the checks) to check the blocklists.</source>
        <translation>Le rebond n'indique ni IP d'envoi ni domaine d'expéditeur. Saisissez-les à la première étape (Faits pour les vérifications) pour vérifier les listes de blocage.</translation>
    </message>
    <message>
        <source>Checking %1.</source>
        <translation>Vérification de %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>No DNS resolver: %1</source>
        <translation>Aucun résolveur DNS : %1</translation>
    </message>
    <message>
        <source>The blocklist catalogue could not be loaded: %1</source>
        <translation>Le catalogue des listes de blocage n'a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>Asking the blocklists…</source>
        <translation>Interrogation des listes de blocage…</translation>
    </message>
    <message>
        <source>Blocklists: checking %1…</source>
        <translation>Listes de blocage : vérification de %1…</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listé</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Propre</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Listed on %1, clean on %2, couldn't check %3.</source>
        <translation>Listé sur %1, propre sur %2, vérification impossible sur %3.</translation>
    </message>
    <message>
        <source>Blocklists done: %1 listed, %2 clean, %3 couldn't check.</source>
        <translation>Listes de blocage terminées : %1 listé(s), %2 propre(s), %3 vérification(s) impossible(s).</translation>
    </message>
    <message>
        <source>Could not open a web browser. The page is: %1</source>
        <translation>Impossible d'ouvrir un navigateur web. La page est : %1</translation>
    </message>
</context>
<context>
    <name>StepPageContent</name>
    <message>
        <source>Spam filters judge the message itself and how you send: links, attachments, size, and sudden jumps in volume. This advice comes from the message that came back with the bounce.</source>
        <translation>Les filtres antispam jugent le message lui-même et votre façon d'envoyer : liens, pièces jointes, taille et hausses soudaines de volume. Ces conseils proviennent du message renvoyé avec le rebond.</translation>
    </message>
    <message>
        <source>What the bounce says about content</source>
        <translation>Ce que le rebond dit du contenu</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Conseils :</translation>
    </message>
    <message>
        <source>Content advice</source>
        <translation>Conseils sur le contenu</translation>
    </message>
    <message>
        <source>Send a plain test message without links or attachments to the same recipient. If it arrives, the content was the problem; add elements back one at a time.</source>
        <translation>Envoyez au même destinataire un message de test simple, sans liens ni pièces jointes. S'il arrive, le problème venait du contenu ; rajoutez les éléments un par un.</translation>
    </message>
    <message>
        <source>Paste a bounce first.</source>
        <translation>Collez d'abord un rebond.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1 : « %2 »</translation>
    </message>
    <message>
        <source>The bounce does not blame the content.</source>
        <translation>Le rebond ne met pas en cause le contenu.</translation>
    </message>
    <message>
        <source>Returned message</source>
        <translation>Message renvoyé</translation>
    </message>
    <message>
        <source>The bounce did not include your message, so its content cannot be judged.</source>
        <translation>Le rebond ne contenait pas votre message ; son contenu ne peut donc pas être évalué.</translation>
    </message>
    <message>
        <source>If your mail program can show the full bounce (with the returned message), paste that instead.</source>
        <translation>Si votre logiciel de messagerie peut afficher le rebond complet (avec le message renvoyé), collez-le plutôt.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>No links.</source>
        <translation>Aucun lien.</translation>
    </message>
    <message>
        <source>The body did not come back; links are unknown.</source>
        <translation>Le corps du message n'a pas été renvoyé ; les liens sont inconnus.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s); %1 to other domains than yours.</source>
        <translation>
            <numerusform>%n lien ; %1 vers d'autres domaines que le vôtre.</numerusform>
            <numerusform>%n liens ; %1 vers d'autres domaines que le vôtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters rate every linked domain. Link to your own domain, avoid URL shorteners and tracking redirects, and keep the number of links small.</source>
        <translation>Les filtres évaluent chaque domaine lié. Faites des liens vers votre propre domaine, évitez les raccourcisseurs d'URL et les redirections de suivi, et limitez le nombre de liens.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s), all to your own domain.</source>
        <translation>
            <numerusform>%n lien, vers votre propre domaine.</numerusform>
            <numerusform>%n liens, tous vers votre propre domaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Aucune pièce jointe.</translation>
    </message>
    <message>
        <source>Attachments that filters often block: %1</source>
        <translation>Pièces jointes souvent bloquées par les filtres : %1</translation>
    </message>
    <message>
        <source>Share such files through a link to a file service instead of attaching them.</source>
        <translation>Partagez ces fichiers via un lien vers un service de fichiers au lieu de les joindre.</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Pièces jointes : %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>The message body is %1.</source>
        <translation>Le corps du message fait %1.</translation>
    </message>
    <message>
        <source>Many servers refuse messages over 10–25 MB. Send large files as a link.</source>
        <translation>De nombreux serveurs refusent les messages de plus de 10 à 25 Mo. Envoyez les gros fichiers sous forme de lien.</translation>
    </message>
    <message>
        <source>Sending activity</source>
        <translation>Activité d'envoi</translation>
    </message>
    <message>
        <source>Sudden volume from a new IP or domain looks like spam to receivers.</source>
        <translation>Un volume soudain provenant d'une nouvelle IP ou d'un nouveau domaine ressemble à du spam pour les destinataires.</translation>
    </message>
    <message>
        <source>If you recently started sending much more mail (a newsletter, a new server), ramp up over days, send only to people who asked for it, and offer a one-click unsubscribe.</source>
        <translation>Si vous avez récemment commencé à envoyer beaucoup plus de courrier (une newsletter, un nouveau serveur), augmentez progressivement sur plusieurs jours, n'envoyez qu'aux personnes qui l'ont demandé et proposez un désabonnement en un clic.</translation>
    </message>
</context>
<context>
    <name>StepPageMailbox</name>
    <message>
        <source>The address exists, but the recipient's mailbox did not take the message. Only the recipient (or their mail administrator) can change that; here is what to tell them.</source>
        <translation>L'adresse existe, mais la boîte aux lettres du destinataire n'a pas accepté le message. Seul le destinataire (ou son administrateur de messagerie) peut y remédier ; voici ce qu'il faut lui dire.</translation>
    </message>
    <message>
        <source>What the bounce says</source>
        <translation>Ce que dit le rebond</translation>
    </message>
    <message>
        <source>When to retry</source>
        <translation>Quand réessayer</translation>
    </message>
    <message>
        <source>&amp;Message to send the recipient by another way (phone, chat, another address):</source>
        <translation>&amp;Message à envoyer au destinataire par un autre moyen (téléphone, messagerie instantanée, autre adresse) :</translation>
    </message>
    <message>
        <source>Message for the recipient</source>
        <translation>Message pour le destinataire</translation>
    </message>
    <message>
        <source>A ready-to-send text; edit it as you like and copy it</source>
        <translation>Un texte prêt à envoyer ; modifiez-le à votre guise et copiez-le</translation>
    </message>
    <message>
        <source>Cop&amp;y message</source>
        <translation>Cop&amp;ier le message</translation>
    </message>
    <message>
        <source>Copies the message above to the clipboard</source>
        <translation>Copie le message ci-dessus dans le presse-papiers</translation>
    </message>
    <message>
        <source>I have &amp;told the recipient</source>
        <translation>J'ai &amp;prévenu le destinataire</translation>
    </message>
    <message>
        <source>Marks this step as done</source>
        <translation>Marque cette étape comme terminée</translation>
    </message>
    <message>
        <source>Message copied to the clipboard.</source>
        <translation>Message copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>A full or disabled mailbox is on the recipient's side. Send them the text by another channel; retry only when the bounce says the problem is temporary or after they have fixed it.</source>
        <translation>Une boîte aux lettres pleine ou désactivée relève du destinataire. Envoyez-lui le texte par un autre moyen ; ne réessayez que si le rebond indique que le problème est temporaire ou après qu'il l'a corrigé.</translation>
    </message>
    <message>
        <source>%1: %2
“%3”</source>
        <translation>%1 : %2
« %3 »</translation>
    </message>
    <message>
        <source>The bounce does not point to the recipient's mailbox.</source>
        <translation>Le rebond ne met pas en cause la boîte aux lettres du destinataire.</translation>
    </message>
    <message>
        <source>Retry after the recipient has made room — usually within a day or two. Many servers retry a full mailbox on their own for a few days; after a permanent 5.2.2 they do not.</source>
        <translation>Réessayez une fois que le destinataire a fait de la place — généralement sous un ou deux jours. De nombreux serveurs réessaient d'eux-mêmes pendant quelques jours en cas de boîte pleine ; après un 5.2.2 permanent, ils ne le font pas.</translation>
    </message>
    <message>
        <source>your mailbox is full, so my message was returned. Could you delete or archive some mail and tell me when I can send it again?</source>
        <translation>votre boîte aux lettres est pleine, et mon message m'a donc été renvoyé. Pourriez-vous supprimer ou archiver quelques messages et me dire quand je peux vous le renvoyer ?</translation>
    </message>
    <message>
        <source>Do not retry this address: it is closed or suspended. Ask for a current address instead.</source>
        <translation>Ne réessayez pas cette adresse : elle est fermée ou suspendue. Demandez plutôt une adresse actuelle.</translation>
    </message>
    <message>
        <source>my message to this address was returned because the mailbox is closed or suspended. Do you have another address I should use?</source>
        <translation>mon message à cette adresse m'a été renvoyé car la boîte aux lettres est fermée ou suspendue. Avez-vous une autre adresse que je devrais utiliser ?</translation>
    </message>
    <message>
        <source>Retry only after the recipient (or their administrator) has allowed mail from you.</source>
        <translation>Ne réessayez qu'après que le destinataire (ou son administrateur) a autorisé votre courrier.</translation>
    </message>
    <message>
        <source>your mail server refused my message (%1). Could you ask your mail administrator to allow mail from my address or domain, and tell me when it is done?</source>
        <translation>votre serveur de messagerie a refusé mon message (%1). Pourriez-vous demander à votre administrateur de messagerie d'autoriser le courrier provenant de mon adresse ou de mon domaine, et me prévenir quand ce sera fait ?</translation>
    </message>
    <message>
        <source>Nothing in the bounce concerns the recipient's mailbox; this step can be skipped.</source>
        <translation>Rien dans le rebond ne concerne la boîte aux lettres du destinataire ; cette étape peut être ignorée.</translation>
    </message>
    <message>
        <source>my message to you was returned by your mail server. Could you check that your mailbox can receive mail from me?</source>
        <translation>mon message m'a été renvoyé par votre serveur de messagerie. Pourriez-vous vérifier que votre boîte aux lettres peut recevoir mon courrier ?</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>votre adresse</translation>
    </message>
    <message>
        <source>Hello,

I tried to email you at %1, but %2

Thank you!</source>
        <translation>Bonjour,

J'ai essayé de vous écrire à %1, mais %2

Merci !</translation>
    </message>
</context>
<context>
    <name>StepPagePaste</name>
    <message>
        <source>Paste the bounce message you received — the whole message if you have it, or just the error text. You can also drop an .eml or .txt file here. The analysis starts as soon as you stop typing.</source>
        <translation>Collez le message de non-remise que vous avez reçu — le message entier si vous l'avez, ou seulement le texte d'erreur. Vous pouvez aussi déposer ici un fichier .eml ou .txt. L'analyse démarre dès que vous arrêtez de taper.</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Opens a saved bounce message (.eml or .txt)</source>
        <translation>Ouvre un message de non-remise enregistré (.eml ou .txt)</translation>
    </message>
    <message>
        <source>&amp;Paste from clipboard</source>
        <translation>&amp;Coller depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Replaces the text below with the clipboard's contents</source>
        <translation>Remplace le texte ci-dessous par le contenu du presse-papiers</translation>
    </message>
    <message>
        <source>Sa&amp;mple bounces</source>
        <translation>&amp;Exemples de rebonds</translation>
    </message>
    <message>
        <source>Loads an example bounce to see how the analysis works</source>
        <translation>Charge un exemple de rebond pour voir comment fonctionne l'analyse</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>Empties the bounce text; Undo brings it back</source>
        <translation>Vide le texte du rebond ; Annuler le rétablit</translation>
    </message>
    <message>
        <source>Bounce te&amp;xt:</source>
        <translation>Te&amp;xte du rebond :</translation>
    </message>
    <message>
        <source>Paste the bounce here (Ctrl+V), or drop a file…</source>
        <translation>Collez le rebond ici (Ctrl+V), ou déposez un fichier…</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>Texte du rebond</translation>
    </message>
    <message>
        <source>The bounce message to analyse. Evidence that decided the cause is highlighted.</source>
        <translation>Le message de non-remise à analyser. Les éléments qui ont déterminé la cause sont surlignés.</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>État de l'analyse</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Cause explained</source>
        <translation>Explication de la cause</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Fix steps that apply</source>
        <translation>Étapes de correction applicables</translation>
    </message>
    <message>
        <source>Sending server</source>
        <translation>Serveur d'envoi</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>Ce qui n'a pas pu être lu</translation>
    </message>
    <message>
        <source>Recipien&amp;ts:</source>
        <translation>Destina&amp;taires :</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>One row per recipient with its status, reply code, reason and cause</source>
        <translation>Une ligne par destinataire avec son état, son code de réponse, sa raison et sa cause</translation>
    </message>
    <message>
        <source>Facts for the checks</source>
        <translation>Faits pour les vérifications</translation>
    </message>
    <message>
        <source>Sending &amp;IP:</source>
        <translation>&amp;IP d'envoi :</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>IP d'envoi</translation>
    </message>
    <message>
        <source>The public IP address of the server that sent your message</source>
        <translation>L'adresse IP publique du serveur qui a envoyé votre message</translation>
    </message>
    <message>
        <source>HE&amp;LO name:</source>
        <translation>Nom HE&amp;LO :</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>Nom HELO</translation>
    </message>
    <message>
        <source>The name your server introduced itself with</source>
        <translation>Le nom avec lequel votre serveur s'est présenté</translation>
    </message>
    <message>
        <source>Sen&amp;der domain:</source>
        <translation>Domaine de l'expé&amp;diteur :</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Domaine de l'expéditeur</translation>
    </message>
    <message>
        <source>The domain of your address, checked for SPF, DKIM and DMARC</source>
        <translation>Le domaine de votre adresse, vérifié pour SPF, DKIM et DMARC</translation>
    </message>
    <message>
        <source>Recipient dom&amp;ain:</source>
        <translation>Domaine du desti&amp;nataire :</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Domaine du destinataire</translation>
    </message>
    <message>
        <source>The domain of the address that bounced</source>
        <translation>Le domaine de l'adresse qui a généré le rebond</translation>
    </message>
    <message>
        <source>DKIM s&amp;elector:</source>
        <translation>Sél&amp;ecteur DKIM :</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>Sélecteur DKIM</translation>
    </message>
    <message>
        <source>The s= tag of your message's DKIM signature</source>
        <translation>La balise s= de la signature DKIM de votre message</translation>
    </message>
    <message>
        <source>D&amp;KIM domain:</source>
        <translation>Domaine D&amp;KIM :</translation>
    </message>
    <message>
        <source>DKIM domain</source>
        <translation>Domaine DKIM</translation>
    </message>
    <message>
        <source>The d= tag of your message's DKIM signature</source>
        <translation>La balise d= de la signature DKIM de votre message</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>Lecture du rebond…</translation>
    </message>
    <message>
        <source>Gmail: address not found (5.1.1)</source>
        <translation>Gmail : adresse introuvable (5.1.1)</translation>
    </message>
    <message>
        <source>Microsoft 365: banned sending IP (5.7.606)</source>
        <translation>Microsoft 365 : IP d'envoi bannie (5.7.606)</translation>
    </message>
    <message>
        <source>Gmail via Postfix: DMARC policy (5.7.26)</source>
        <translation>Gmail via Postfix : politique DMARC (5.7.26)</translation>
    </message>
    <message>
        <source>Exim: mailbox full (5.2.2)</source>
        <translation>Exim : boîte aux lettres pleine (5.2.2)</translation>
    </message>
    <message>
        <source>Paste a bounce first: the next steps start from what it says.</source>
        <translation>Collez d'abord un rebond : les étapes suivantes partent de ce qu'il indique.</translation>
    </message>
    <message>
        <source>Analysis cancelled. Edit the text or press Next to run it again.</source>
        <translation>Analyse annulée. Modifiez le texte ou appuyez sur Suivant pour la relancer.</translation>
    </message>
    <message>
        <source>Paste the bounce (the message that says your mail was not delivered). Bounce Doctor reads the codes and wording, names the cause, highlights the words that decided it, and picks the fix steps that apply. Correct a fact (for example the sending IP) if it was read wrongly; the later checks use these fields.</source>
        <translation>Collez le rebond (le message qui indique que votre courrier n'a pas été remis). Bounce Doctor lit les codes et la formulation, nomme la cause, surligne les mots qui l'ont déterminée et choisit les étapes de correction applicables. Corrigez un fait (par exemple l'IP d'envoi) s'il a été mal lu ; les vérifications suivantes utilisent ces champs.</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>Ouvrir un rebond</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt *.msg *.mbox);;All files (*)</source>
        <translation>Messages (*.eml *.txt *.msg *.mbox);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; that is not a bounce message.</source>
        <translation>%1 dépasse 32 Mo ; ce n'est pas un message de non-remise.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Opened %1 (%2).</source>
        <translation>%1 ouvert (%2).</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the bounce in your mail program first.</source>
        <translation>Le presse-papiers ne contient pas de texte. Copiez d'abord le rebond dans votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message>
        <source>Analysed %1 in %2 ms: %3.</source>
        <translation>%1 analysé en %2 ms : %3.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 in %2 ms · format: %3 · %n recipient(s)</source>
        <translation>
            <numerusform>%1 lu en %2 ms · format : %3 · %n destinataire</numerusform>
            <numerusform>%1 lu en %2 ms · format : %3 · %n destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>unrecognised</source>
        <translation>non reconnu</translation>
    </message>
    <message>
        <source>No finer reason could be named.</source>
        <translation>Aucune raison plus précise n'a pu être déterminée.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>réponse %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>état %1</translation>
    </message>
    <message>
        <source>confidence %1 %</source>
        <translation>fiabilité %1 %</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing to fix: this is not a permanent delivery failure.</source>
        <translation>Rien à corriger : il ne s'agit pas d'un échec de remise permanent.</translation>
    </message>
    <message>
        <source>No fix step could be chosen from this bounce; the checks in the list can still be run.</source>
        <translation>Aucune étape de correction n'a pu être choisie à partir de ce rebond ; les vérifications de la liste peuvent tout de même être lancées.</translation>
    </message>
    <message>
        <source>Fix steps that apply (selected in the list): %1</source>
        <translation>Étapes de correction applicables (sélectionnées dans la liste) : %1</translation>
    </message>
    <message>
        <source>Nothing analysed yet.</source>
        <translation>Rien n'a encore été analysé.</translation>
    </message>
    <message>
        <source>Paste a bounce to see its cause.</source>
        <translation>Collez un rebond pour en voir la cause.</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Éléments (%1)</translation>
    </message>
    <message>
        <source>Restored the bounce you were working on last time.</source>
        <translation>Le rebond sur lequel vous travailliez la dernière fois a été restauré.</translation>
    </message>
</context>
<context>
    <name>StepPageRecipient</name>
    <message>
        <source>A mistyped or closed address is the most common reason for a bounce. This step checks the address and whether its domain can receive mail at all.</source>
        <translation>Une adresse mal saisie ou fermée est la raison la plus fréquente d'un rebond. Cette étape vérifie l'adresse et si son domaine peut recevoir du courrier.</translation>
    </message>
    <message>
        <source>What the bounce says</source>
        <translation>Ce que dit le rebond</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Adresse du destinataire</translation>
    </message>
    <message>
        <source>The address to check; correct it and press Check again</source>
        <translation>L'adresse à vérifier ; corrigez-la et appuyez sur Revérifier</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Re&amp;vérifier</translation>
    </message>
    <message>
        <source>Checks the address and its domain again</source>
        <translation>Vérifie à nouveau l'adresse et son domaine</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address syntax</source>
        <translation>Syntaxe de l'adresse</translation>
    </message>
    <message>
        <source>Typo hint</source>
        <translation>Faute de frappe possible</translation>
    </message>
    <message>
        <source>Co&amp;rrected address:</source>
        <translation>Adresse co&amp;rrigée :</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>Adresse corrigée</translation>
    </message>
    <message>
        <source>Cop&amp;y corrected address</source>
        <translation>Cop&amp;ier l'adresse corrigée</translation>
    </message>
    <message>
        <source>Copies the corrected address to the clipboard</source>
        <translation>Copie l'adresse corrigée dans le presse-papiers</translation>
    </message>
    <message>
        <source>Recipient domain checks</source>
        <translation>Vérifications du domaine du destinataire</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Check the address for typos. If the bounce says the mailbox does not exist but the domain is fine, ask the recipient for their current address by another channel (phone, another address).</source>
        <translation>Vérifiez que l'adresse ne contient pas de faute de frappe. Si le rebond indique que la boîte aux lettres n'existe pas mais que le domaine est correct, demandez au destinataire son adresse actuelle par un autre moyen (téléphone, autre adresse).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(recipient not stated)</source>
        <translation>(destinataire non indiqué)</translation>
    </message>
    <message>
        <source>The bounce names no recipient; type the address below.</source>
        <translation>Le rebond n'indique aucun destinataire ; saisissez l'adresse ci-dessous.</translation>
    </message>
    <message>
        <source>The bounce says:
%1</source>
        <translation>Le rebond indique :
%1</translation>
    </message>
    <message>
        <source>Recipient checks cancelled.</source>
        <translation>Vérifications du destinataire annulées.</translation>
    </message>
    <message>
        <source>No address to check.</source>
        <translation>Aucune adresse à vérifier.</translation>
    </message>
    <message>
        <source>The address is well formed.</source>
        <translation>L'adresse est bien formée.</translation>
    </message>
    <message>
        <source>The address is not well formed: it needs one name, an @ and a domain like example.com.</source>
        <translation>L'adresse n'est pas bien formée : elle doit comporter un nom, un @ et un domaine comme example.com.</translation>
    </message>
    <message>
        <source>“%1” looks like a typo of “%2”.</source>
        <translation>« %1 » ressemble à une faute de frappe pour « %2 ».</translation>
    </message>
    <message>
        <source>The domain could not be checked: %1</source>
        <translation>Le domaine n'a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Looking up the recipient's domain…</source>
        <translation>Recherche du domaine du destinataire…</translation>
    </message>
    <message>
        <source>Checking the domain %1 (MX, A/AAAA)…</source>
        <translation>Vérification du domaine %1 (MX, A/AAAA)…</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1 : %2 — %3</translation>
    </message>
    <message>
        <source>The domain accepts mail, but its server says this mailbox does not exist. Confirm the address with the recipient by another channel.</source>
        <translation>Le domaine accepte le courrier, mais son serveur indique que cette boîte aux lettres n'existe pas. Confirmez l'adresse avec le destinataire par un autre moyen.</translation>
    </message>
</context>
<context>
    <name>StepPageResend</name>
    <message>
        <source>Before you send the message again, make sure what caused the bounce is fixed: re-run the checks and compare. Resending too early can make a blocklisting or a reputation problem worse.</source>
        <translation>Avant de renvoyer le message, assurez-vous que la cause du rebond est corrigée : relancez les vérifications et comparez. Renvoyer trop tôt peut aggraver une inscription sur liste de blocage ou un problème de réputation.</translation>
    </message>
    <message>
        <source>Chec&amp;klist:</source>
        <translation>&amp;Liste de contrôle :</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>Fix checklist</source>
        <translation>Liste de contrôle des corrections</translation>
    </message>
    <message>
        <source>Each step that applies, its state now and before the re-run, and what was found</source>
        <translation>Chaque étape applicable, son état actuel et avant la nouvelle exécution, et ce qui a été trouvé</translation>
    </message>
    <message>
        <source>Re-r&amp;un all checks</source>
        <translation>&amp;Relancer toutes les vérifications</translation>
    </message>
    <message>
        <source>Runs every check of the steps again and compares with the first run</source>
        <translation>Relance toutes les vérifications des étapes et compare avec la première exécution</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Saves the whole case: the bounce summary, evidence and every check result</source>
        <translation>Enregistre le dossier complet : le résumé du rebond, les éléments et chaque résultat de vérification</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Work through the steps marked “Needs action”, then press Re-run all checks. Resend only when nothing needs action; for a blocklisting, wait until the list has removed you.</source>
        <translation>Traitez les étapes marquées « Action requise », puis appuyez sur Relancer toutes les vérifications. Ne renvoyez le message que lorsque plus rien ne requiert d'action ; en cas d'inscription sur une liste de blocage, attendez que la liste vous ait retiré.</translation>
    </message>
    <message numerus="yes">
        <source>Re-running the checks of %n step(s)…</source>
        <translation>
            <numerusform>Nouvelle exécution des vérifications de %n étape…</numerusform>
            <numerusform>Nouvelle exécution des vérifications de %n étapes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-running checks…</source>
        <translation>Nouvelle exécution des vérifications…</translation>
    </message>
    <message>
        <source>All checks re-run.</source>
        <translation>Toutes les vérifications ont été relancées.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing wrong found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Paste a bounce first.</source>
        <translation>Collez d'abord un rebond.</translation>
    </message>
    <message>
        <source>Re-run all checks when you have made your changes; the advice to resend comes after that.</source>
        <translation>Relancez toutes les vérifications une fois vos modifications effectuées ; le conseil de renvoi viendra ensuite.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n step(s) still need action. Fix them and re-run the checks before you resend.</source>
        <translation>
            <numerusform>Pas encore : %n étape requiert encore une action. Corrigez-la et relancez les vérifications avant de renvoyer.</numerusform>
            <numerusform>Pas encore : %n étapes requièrent encore une action. Corrigez-les et relancez les vérifications avant de renvoyer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing that could be checked needs action, but %n step(s) could not be checked. Resend one message first and watch for a new bounce before resending the rest.</source>
        <translation>
            <numerusform>Rien de ce qui a pu être vérifié ne requiert d'action, mais %n étape n'a pas pu être vérifiée. Renvoyez d'abord un seul message et surveillez l'arrivée d'un nouveau rebond avant de renvoyer le reste.</numerusform>
            <numerusform>Rien de ce qui a pu être vérifié ne requiert d'action, mais %n étapes n'ont pas pu être vérifiées. Renvoyez d'abord un seul message et surveillez l'arrivée d'un nouveau rebond avant de renvoyer le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything checked is in order. Resend the message — once, to the affected recipients only. If it bounces again, paste the new bounce.</source>
        <translation>Tout ce qui a été vérifié est en ordre. Renvoyez le message — une seule fois, uniquement aux destinataires concernés. S'il est à nouveau renvoyé, collez le nouveau rebond.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Impossible d'enregistrer le rapport : %1</translation>
    </message>
    <message>
        <source>The bounce: %1</source>
        <translation>Le rebond : %1</translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown (*.md);;PDF (*.pdf);;JSON (*.json)</source>
        <translation>Page web (*.html);;Markdown (*.md);;PDF (*.pdf);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>StepPageSmtp</name>
    <message>
        <source>Test the outgoing server settings of your mail program or web site: Bounce Doctor connects the way they do and tells you, step by step, where it goes wrong. Your password is never saved.</source>
        <translation>Testez les paramètres du serveur sortant de votre logiciel de messagerie ou de votre site web : Bounce Doctor se connecte de la même manière et vous indique, étape par étape, où cela échoue. Votre mot de passe n'est jamais enregistré.</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <source>STARTTLS if offered</source>
        <translation>STARTTLS si proposé</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Aucune (non chiffré)</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>empty: test without logging in</source>
        <translation>vide : test sans authentification</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Used for this test only and never saved</source>
        <translation>Utilisé uniquement pour ce test et jamais enregistré</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Méthode d'authentification</translation>
    </message>
    <message>
        <source>Sender address for the test</source>
        <translation>Adresse d'expéditeur pour le test</translation>
    </message>
    <message>
        <source>empty: stop after logging in</source>
        <translation>vide : arrêt après l'authentification</translation>
    </message>
    <message>
        <source>Recipient address for the test</source>
        <translation>Adresse de destinataire pour le test</translation>
    </message>
    <message>
        <source>asked with RCPT TO, no message is sent</source>
        <translation>demandée avec RCPT TO, aucun message n'est envoyé</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>Séc&amp;urité :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d'utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Au&amp;thentification :</translation>
    </message>
    <message>
        <source>Sen&amp;der (optional):</source>
        <translation>E&amp;xpéditeur (facultatif) :</translation>
    </message>
    <message>
        <source>Recipien&amp;t (optional):</source>
        <translation>&amp;Destinataire (facultatif) :</translation>
    </message>
    <message>
        <source>Detect settin&amp;gs</source>
        <translation>Détecter les &amp;paramètres</translation>
    </message>
    <message>
        <source>Tries the usual ports and security modes of the server and fills in what works</source>
        <translation>Essaie les ports et modes de sécurité habituels du serveur et remplit ce qui fonctionne</translation>
    </message>
    <message>
        <source>Te&amp;st</source>
        <translation>T&amp;ester</translation>
    </message>
    <message>
        <source>Connects to the server with these settings and shows each step</source>
        <translation>Se connecte au serveur avec ces paramètres et affiche chaque étape</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>Trust this certificate for this test</source>
        <translation>Faire confiance à ce certificat pour ce test</translation>
    </message>
    <message>
        <source>Repeats the test accepting only this one certificate, identified by its SHA-256 fingerprint</source>
        <translation>Répète le test en n'acceptant que ce certificat, identifié par son empreinte SHA-256</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>Détails TLS</translation>
    </message>
    <message>
        <source>Conve&amp;rsation with the server (passwords hidden):</source>
        <translation>Conve&amp;rsation avec le serveur (mots de passe masqués) :</translation>
    </message>
    <message>
        <source>SMTP conversation</source>
        <translation>Conversation SMTP</translation>
    </message>
    <message>
        <source>SMTP test result</source>
        <translation>Résultat du test SMTP</translation>
    </message>
    <message>
        <source>Use the same server, port and security as your mail program. Port 587 uses STARTTLS, port 465 uses SSL/TLS. The test logs in only if you give a user name, and never sends a message.</source>
        <translation>Utilisez le même serveur, le même port et la même sécurité que votre logiciel de messagerie. Le port 587 utilise STARTTLS, le port 465 utilise SSL/TLS. Le test ne s'authentifie que si vous indiquez un nom d'utilisateur, et n'envoie jamais de message.</translation>
    </message>
    <message>
        <source>Enter the SMTP server's name first.</source>
        <translation>Saisissez d'abord le nom du serveur SMTP.</translation>
    </message>
    <message>
        <source>Testing %1:%2…</source>
        <translation>Test de %1:%2…</translation>
    </message>
    <message>
        <source>The server accepted these settings.</source>
        <translation>Le serveur a accepté ces paramètres.</translation>
    </message>
    <message>
        <source>The test stopped at: %1</source>
        <translation>Le test s'est arrêté à : %1</translation>
    </message>
    <message>
        <source>Encrypted with %1, %2.</source>
        <translation>Chiffré avec %1, %2.</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete.</source>
        <translation>La négociation TLS n'a pas abouti.</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid until %3.</source>
        <translation>Certificat : %1, émis par %2, valide jusqu'au %3.</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Noms : %1</translation>
    </message>
    <message>
        <source>Trusted for this test by its fingerprint.</source>
        <translation>Approuvé pour ce test grâce à son empreinte.</translation>
    </message>
    <message>
        <source>No TLS was used.</source>
        <translation>Aucun TLS n'a été utilisé.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1).
SHA-256 fingerprint: %2
Compare it with the one your provider publishes before trusting it.</source>
        <translation>Le certificat du serveur n'est pas approuvé (%1).
Empreinte SHA-256 : %2
Comparez-la avec celle que publie votre fournisseur avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>Enter your address (as sender or user name) or the server's name to detect settings.</source>
        <translation>Saisissez votre adresse (comme expéditeur ou nom d'utilisateur) ou le nom du serveur pour détecter les paramètres.</translation>
    </message>
    <message>
        <source>Detect: %1:%2 (%3) — %4</source>
        <translation>Détection : %1:%2 (%3) — %4</translation>
    </message>
    <message>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message numerus="yes">
        <source>No working settings were found (%n combination(s) tried).</source>
        <translation>
            <numerusform>Aucun paramètre fonctionnel n'a été trouvé (%n combinaison essayée).</numerusform>
            <numerusform>Aucun paramètre fonctionnel n'a été trouvé (%n combinaisons essayées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Found: %1, port %2, %3. Press Test to check it with your login.</source>
        <translation>Trouvé : %1, port %2, %3. Appuyez sur Tester pour le vérifier avec vos identifiants.</translation>
    </message>
    <message>
        <source>Trying the usual servers and ports…</source>
        <translation>Essai des serveurs et ports habituels…</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <source>"%1" at position %2 is not of the form tag=value.</source>
        <translation>« %1 » à la position %2 n'est pas de la forme balise=valeur.</translation>
    </message>
    <message>
        <source>"%1" at position %2 is not a valid tag name.</source>
        <translation>« %1 » à la position %2 n'est pas un nom de balise valide.</translation>
    </message>
</context>
<context>
    <name>TlsRptCheck</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>La balise %1= apparaît plusieurs fois.</translation>
    </message>
    <message>
        <source>The record must start with v=TLSRPTv1.</source>
        <translation>L'enregistrement doit commencer par v=TLSRPTv1.</translation>
    </message>
    <message>
        <source>The record has no rua= tag, which is required.</source>
        <translation>L'enregistrement n'a pas de balise rua=, qui est obligatoire.</translation>
    </message>
    <message>
        <source>rua= holds "%1"; only mailto: and https: URIs are allowed.</source>
        <translation>rua= contient « %1 » ; seules les URI mailto: et https: sont autorisées.</translation>
    </message>
    <message>
        <source>TLS reporting of %1</source>
        <translation>Rapports TLS de %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Aucun nom de domaine valide n'a été indiqué.</translation>
    </message>
    <message>
        <source>%1 does not publish TLS reporting (optional: senders would report TLS failures to you).</source>
        <translation>%1 ne publie pas de rapports TLS (facultatif : les expéditeurs vous signaleraient les échecs TLS).</translation>
    </message>
    <message numerus="yes">
        <source>_smtp._tls.%1 has %n TLS-RPT records; with more than one, senders ignore them (RFC 8460 §3).</source>
        <translation>
            <numerusform>_smtp._tls.%1 a %n enregistrement TLS-RPT ; s'il y en a plus d'un, les expéditeurs les ignorent (RFC 8460 §3).</numerusform>
            <numerusform>_smtp._tls.%1 a %n enregistrements TLS-RPT ; s'il y en a plus d'un, les expéditeurs les ignorent (RFC 8460 §3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one v=TLSRPTv1 record.</source>
        <translation>Gardez exactement un enregistrement v=TLSRPTv1.</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 is invalid: %2</source>
        <translation>L'enregistrement TLS-RPT de %1 n'est pas valide : %2</translation>
    </message>
    <message>
        <source>Publish "v=TLSRPTv1; rua=mailto:tls-reports@%1".</source>
        <translation>Publiez « v=TLSRPTv1; rua=mailto:tls-reports@%1 ».</translation>
    </message>
    <message>
        <source>%1 publishes TLS reporting (%2).</source>
        <translation>%1 publie des rapports TLS (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Troubleshoot SMTP bounces step by step.</source>
        <translation>Diagnostique les rebonds SMTP étape par étape.</translation>
    </message>
    <message>
        <source>Use this DNS server (HOST[:PORT]) for the checks.</source>
        <translation>Utilise ce serveur DNS (HÔTE[:PORT]) pour les vérifications.</translation>
    </message>
    <message>
        <source>Render every step to PNG files in DIR and exit.</source>
        <translation>Génère chaque étape sous forme de fichiers PNG dans DIR et quitte.</translation>
    </message>
    <message>
        <source>With --screenshot: the sample bounce to show.</source>
        <translation>Avec --screenshot : l'exemple de rebond à afficher.</translation>
    </message>
    <message>
        <source>A bounce message to open.</source>
        <translation>Un message de non-remise à ouvrir.</translation>
    </message>
</context>
</TS>
