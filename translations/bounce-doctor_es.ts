<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cause:      </source>
        <translation>Causa:      </translation>
    </message>
    <message>
        <source>            </source>
        <translation>            </translation>
    </message>
    <message>
        <source>Reason:     </source>
        <translation>Motivo:     </translation>
    </message>
    <message>
        <source>Codes:      </source>
        <translation>Códigos:    </translation>
    </message>
    <message>
        <source>Confidence: </source>
        <translation>Confianza:  </translation>
    </message>
    <message>
        <source>Format:     </source>
        <translation>Formato:    </translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinatarios:</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>(no se encontró ninguno)</translation>
    </message>
    <message>
        <source>remote server: </source>
        <translation>servidor remoto: </translation>
    </message>
    <message>
        <source>at: </source>
        <translation>en: </translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>Hechos:</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Advertencia: </translation>
    </message>
    <message>
        <source>Read bounce messages and name the cause of each failure.</source>
        <translation>Lee mensajes de rebote e indica la causa de cada fallo.</translation>
    </message>
    <message>
        <source>One JSON object per input, one per line.</source>
        <translation>Un objeto JSON por entrada, uno por línea.</translation>
    </message>
    <message>
        <source>Bounce files (.eml or text); none or '-' reads standard input.</source>
        <translation>Archivos de rebote (.eml o texto); sin archivos o con '-' se lee la entrada estándar.</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Error: </translation>
    </message>
</context>
<context>
    <name>AresResolver</name>
    <message>
        <source>could not set up the DNS resolver: %1</source>
        <translation>no se pudo configurar el resolvedor DNS: %1</translation>
    </message>
    <message>
        <source>could not use the DNS servers %1: %2</source>
        <translation>no se pudieron usar los servidores DNS %1: %2</translation>
    </message>
    <message>
        <source>CNAME loop: %1</source>
        <translation>Bucle de CNAME: %1</translation>
    </message>
    <message>
        <source>the DNS server answered with error code %1</source>
        <translation>el servidor DNS respondió con el código de error %1</translation>
    </message>
    <message numerus="yes">
        <source>CNAME chain longer than %n aliases</source>
        <translation>
            <numerusform>cadena de CNAME de más de %n alias</numerusform>
            <numerusform>cadena de CNAME de más de %n alias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthCheckJob</name>
    <message>
        <source>No DNS resolver is available.</source>
        <translation>No hay ningún resolvedor DNS disponible.</translation>
    </message>
    <message>
        <source>The DNS query for %1 (%2) failed: %3.</source>
        <translation>La consulta DNS de %1 (%2) falló: %3.</translation>
    </message>
    <message>
        <source>This says nothing about the record itself; try again, or use another DNS server (--dns-server).</source>
        <translation>Esto no dice nada sobre el registro en sí; vuelva a intentarlo o use otro servidor DNS (--dns-server).</translation>
    </message>
</context>
<context>
    <name>AuthKnowledge</name>
    <message>
        <source>Knowledge file %1 is missing from this build.</source>
        <translation>Falta el archivo de conocimiento %1 en esta compilación.</translation>
    </message>
    <message>
        <source>Knowledge file %1 is not valid JSON at offset %2: %3.</source>
        <translation>El archivo de conocimiento %1 no es JSON válido en la posición %2: %3.</translation>
    </message>
    <message>
        <source>Knowledge file %1 must hold a JSON object.</source>
        <translation>El archivo de conocimiento %1 debe contener un objeto JSON.</translation>
    </message>
    <message>
        <source>Knowledge file %1, entry %2: %3</source>
        <translation>Archivo de conocimiento %1, entrada %2: %3</translation>
    </message>
</context>
<context>
    <name>Blocklist</name>
    <message>
        <source>%1: entry "%2": %3</source>
        <translation>%1: entrada «%2»: %3</translation>
    </message>
    <message>
        <source>Cannot read the blocklist catalogue %1: %2</source>
        <translation>No se puede leer el catálogo de listas de bloqueo %1: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: no es JSON válido en la posición %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2) for %3</source>
        <translation>%1 (%2) para %3</translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation>En la lista: %1</translation>
    </message>
    <message>
        <source>Delisting page: %1</source>
        <translation>Página de exclusión: %1</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>No está en la lista</translation>
    </message>
    <message>
        <source>Not listed (%1)</source>
        <translation>No está en la lista (%1)</translation>
    </message>
    <message>
        <source>Couldn't check: %1</source>
        <translation>No se pudo comprobar: %1</translation>
    </message>
    <message>
        <source>How this list treats resolvers: %1</source>
        <translation>Cómo trata esta lista a los resolvedores: %1</translation>
    </message>
    <message>
        <source>Spamhaus Block List: a known spam source or spam operation</source>
        <translation>Spamhaus Block List: una fuente u operación de spam conocida</translation>
    </message>
    <message>
        <source>Spamhaus CSS: the IP recently sent low-reputation or snowshoe mail</source>
        <translation>Spamhaus CSS: la IP envió hace poco correo de baja reputación o de tipo «snowshoe»</translation>
    </message>
    <message>
        <source>Exploits Block List: the IP is infected or hijacked (botnet, open proxy)</source>
        <translation>Exploits Block List: la IP está infectada o secuestrada (botnet, proxy abierto)</translation>
    </message>
    <message>
        <source>Exploits Block List: the IP is infected or hijacked</source>
        <translation>Exploits Block List: la IP está infectada o secuestrada</translation>
    </message>
    <message>
        <source>Don't Route Or Peer: the whole network is controlled by criminals</source>
        <translation>Don't Route Or Peer: toda la red está controlada por delincuentes</translation>
    </message>
    <message>
        <source>Policy Block List (set by the ISP): this address should not send mail directly, use your provider's mail server</source>
        <translation>Policy Block List (fijada por el proveedor de Internet): esta dirección no debería enviar correo directamente; use el servidor de correo de su proveedor</translation>
    </message>
    <message>
        <source>Policy Block List (set by Spamhaus): a dynamic or end-user address that should not send mail directly</source>
        <translation>Policy Block List (fijada por Spamhaus): una dirección dinámica o de usuario final que no debería enviar correo directamente</translation>
    </message>
    <message>
        <source>the zone name in the query was mistyped</source>
        <translation>el nombre de la zona en la consulta estaba mal escrito</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries coming through a public or open resolver</source>
        <translation>Spamhaus rechaza las consultas que llegan a través de un resolvedor público o abierto</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries: too many queries from this resolver</source>
        <translation>Spamhaus rechaza las consultas: demasiadas consultas desde este resolvedor</translation>
    </message>
    <message>
        <source>Look the IP up at check.spamhaus.org. SBL and CSS: fix the cause (compromised account, bad list) and request removal there. XBL: clean the infected machine first, then use the self-service removal. PBL: send through your provider's authenticated mail server, or ask your ISP to remove the range if it is a static mail server.</source>
        <translation>Consulte la IP en check.spamhaus.org. SBL y CSS: corrija la causa (cuenta comprometida, lista de direcciones dudosa) y solicite allí la exclusión. XBL: limpie primero el equipo infectado y luego use la exclusión de autoservicio. PBL: envíe a través del servidor de correo autenticado de su proveedor, o pida a su proveedor de Internet que excluya el rango si es un servidor de correo estático.</translation>
    </message>
    <message>
        <source>refused: answers 127.255.255.254 through Google, Cloudflare, Quad9 and other public resolvers; use your own recursive resolver or a free Data Query Service key</source>
        <translation>rechazada: responde 127.255.255.254 a través de Google, Cloudflare, Quad9 y otros resolvedores públicos; use su propio resolvedor recursivo o una clave gratuita de Data Query Service</translation>
    </message>
    <message>
        <source>spam domain: low reputation</source>
        <translation>dominio de spam: baja reputación</translation>
    </message>
    <message>
        <source>phishing domain</source>
        <translation>dominio de phishing</translation>
    </message>
    <message>
        <source>malware domain</source>
        <translation>dominio de malware</translation>
    </message>
    <message>
        <source>botnet command-and-control domain</source>
        <translation>dominio de mando y control de botnet</translation>
    </message>
    <message>
        <source>abused legitimate domain used for spam</source>
        <translation>dominio legítimo usado de forma abusiva para spam</translation>
    </message>
    <message>
        <source>abused legitimate redirector or URL shortener</source>
        <translation>redirector o acortador de URL legítimo usado de forma abusiva</translation>
    </message>
    <message>
        <source>abused legitimate domain used for phishing</source>
        <translation>dominio legítimo usado de forma abusiva para phishing</translation>
    </message>
    <message>
        <source>abused legitimate domain used for malware</source>
        <translation>dominio legítimo usado de forma abusiva para malware</translation>
    </message>
    <message>
        <source>abused legitimate domain used for botnet control</source>
        <translation>dominio legítimo usado de forma abusiva para controlar botnets</translation>
    </message>
    <message>
        <source>an IP address was queried in a domain list</source>
        <translation>se consultó una dirección IP en una lista de dominios</translation>
    </message>
    <message>
        <source>Look the domain up at check.spamhaus.org, remove whatever got it listed (compromised site, spam links, abused redirector) and request removal there.</source>
        <translation>Consulte el dominio en check.spamhaus.org, elimine lo que hizo que se incluyera en la lista (sitio comprometido, enlaces de spam, redirector usado de forma abusiva) y solicite allí la exclusión.</translation>
    </message>
    <message>
        <source>refused: answers 127.255.255.254 through public resolvers</source>
        <translation>rechazada: responde 127.255.255.254 a través de resolvedores públicos</translation>
    </message>
    <message>
        <source>people reported spam from this IP to SpamCop recently</source>
        <translation>hace poco se denunció a SpamCop spam procedente de esta IP</translation>
    </message>
    <message>
        <source>SpamCop listings expire by themselves about 24 hours after the last report. Find and stop what sends the reported mail (look at the TXT reason and your logs), then wait.</source>
        <translation>Las entradas de SpamCop caducan por sí solas unas 24 horas después de la última denuncia. Localice y detenga lo que envía el correo denunciado (mire el motivo TXT y sus registros) y espere.</translation>
    </message>
    <message>
        <source>answers public resolvers</source>
        <translation>responde a resolvedores públicos</translation>
    </message>
    <message>
        <source>poor reputation in Barracuda's network (spam seen from this IP)</source>
        <translation>mala reputación en la red de Barracuda (se ha visto spam procedente de esta IP)</translation>
    </message>
    <message>
        <source>Fix the cause (open relay, compromised account, bad list), then fill in the removal request form; removals are usually handled within 24 hours.</source>
        <translation>Corrija la causa (relé abierto, cuenta comprometida, lista de direcciones dudosa) y rellene el formulario de solicitud de exclusión; las exclusiones suelen tramitarse en 24 horas.</translation>
    </message>
    <message>
        <source>answers only DNS servers registered (free) at barracudacentral.org; others get no data</source>
        <translation>solo responde a servidores DNS registrados (gratis) en barracudacentral.org; los demás no reciben datos</translation>
    </message>
    <message>
        <source>this single IP sent mail to UCEPROTECT spam traps</source>
        <translation>esta IP concreta envió correo a trampas de spam de UCEPROTECT</translation>
    </message>
    <message>
        <source>Level 1 entries expire automatically 7 days after the last spam-trap hit (an express removal is sold). Stop the spam first.</source>
        <translation>Las entradas de nivel 1 caducan automáticamente 7 días después del último impacto en una trampa de spam (se vende una exclusión exprés). Detenga primero el spam.</translation>
    </message>
    <message>
        <source>answers public resolvers, with rate limits</source>
        <translation>responde a resolvedores públicos, con límites de frecuencia</translation>
    </message>
    <message>
        <source>the IP's allocation (subnet) had many Level 1 listings</source>
        <translation>la asignación (subred) de la IP tuvo muchas entradas de nivel 1</translation>
    </message>
    <message>
        <source>Level 2 lists your provider's network, not you: ask your hosting provider to deal with the abuse in its range; it expires when the Level 1 listings do.</source>
        <translation>El nivel 2 incluye la red de su proveedor, no a usted: pida a su proveedor de alojamiento que se ocupe del abuso en su rango; caduca cuando caducan las entradas de nivel 1.</translation>
    </message>
    <message>
        <source>the whole autonomous system (provider) had many Level 1 listings</source>
        <translation>todo el sistema autónomo (proveedor) tuvo muchas entradas de nivel 1</translation>
    </message>
    <message>
        <source>Level 3 lists your provider's whole network; few big receivers use it. Only your provider can get it removed.</source>
        <translation>El nivel 3 incluye toda la red de su proveedor; pocos receptores grandes lo usan. Solo su proveedor puede conseguir la exclusión.</translation>
    </message>
    <message>
        <source>this IP sends backscatter: bounces or auto-replies to forged senders</source>
        <translation>esta IP envía backscatter: rebotes o respuestas automáticas a remitentes falsificados</translation>
    </message>
    <message>
        <source>Reject unknown recipients during the SMTP dialogue instead of bouncing afterwards, and stop auto-replies to spam; entries expire after four weeks without backscatter.</source>
        <translation>Rechace los destinatarios desconocidos durante el diálogo SMTP en lugar de generar rebotes después, y deje de enviar respuestas automáticas al spam; las entradas caducan tras cuatro semanas sin backscatter.</translation>
    </message>
    <message>
        <source>this IP sent mail to PSBL spam traps and no legitimate mail was seen</source>
        <translation>esta IP envió correo a trampas de spam de PSBL y no se vio correo legítimo</translation>
    </message>
    <message>
        <source>Look the IP up at psbl.org and use the self-service removal after fixing the spam source.</source>
        <translation>Consulte la IP en psbl.org y use la exclusión de autoservicio después de corregir la fuente de spam.</translation>
    </message>
    <message>
        <source>zero-hour: part of a spam wave right now</source>
        <translation>hora cero: forma parte de una oleada de spam en este momento</translation>
    </message>
    <message>
        <source>worst reputation (L5)</source>
        <translation>la peor reputación (L5)</translation>
    </message>
    <message>
        <source>very bad reputation (L4)</source>
        <translation>muy mala reputación (L4)</translation>
    </message>
    <message>
        <source>bad reputation (L3)</source>
        <translation>mala reputación (L3)</translation>
    </message>
    <message>
        <source>Fix the source of the spam, then request a reputation review on mailspike.org; reviews take 6 to 36 hours.</source>
        <translation>Corrija la fuente del spam y solicite una revisión de reputación en mailspike.org; las revisiones tardan entre 6 y 36 horas.</translation>
    </message>
    <message>
        <source>free below 100,000 queries a day</source>
        <translation>gratis por debajo de 100 000 consultas al día</translation>
    </message>
    <message>
        <source>the IP takes part in a spam wave right now</source>
        <translation>la IP participa en una oleada de spam en este momento</translation>
    </message>
    <message>
        <source>Zero-hour entries expire quickly once the wave stops; stop the spam and check again in a few hours.</source>
        <translation>Las entradas de hora cero caducan rápido cuando la oleada se detiene; detenga el spam y vuelva a comprobarlo en unas horas.</translation>
    </message>
    <message>
        <source>suspicious reputation (L2)</source>
        <translation>reputación sospechosa (L2)</translation>
    </message>
    <message>
        <source>slightly suspicious reputation (L1)</source>
        <translation>reputación ligeramente sospechosa (L1)</translation>
    </message>
    <message>
        <source>neutral reputation</source>
        <translation>reputación neutra</translation>
    </message>
    <message>
        <source>good reputation (H1)</source>
        <translation>buena reputación (H1)</translation>
    </message>
    <message>
        <source>good reputation (H2)</source>
        <translation>buena reputación (H2)</translation>
    </message>
    <message>
        <source>good reputation (H3)</source>
        <translation>buena reputación (H3)</translation>
    </message>
    <message>
        <source>very good reputation (H4)</source>
        <translation>muy buena reputación (H4)</translation>
    </message>
    <message>
        <source>excellent reputation (H5)</source>
        <translation>reputación excelente (H5)</translation>
    </message>
    <message>
        <source>Reputation improves as receivers see clean mail from the IP; request a review on mailspike.org after fixing the cause.</source>
        <translation>La reputación mejora a medida que los receptores ven correo limpio procedente de la IP; solicite una revisión en mailspike.org después de corregir la causa.</translation>
    </message>
    <message>
        <source>the IP looks like a dynamic end-user address (its reverse DNS is generic) and sent spam</source>
        <translation>la IP parece una dirección dinámica de usuario final (su DNS inverso es genérico) y envió spam</translation>
    </message>
    <message>
        <source>Give the IP a reverse DNS name that names your mail server (and resolves back), then use the removal form.</source>
        <translation>Asigne a la IP un nombre de DNS inverso que identifique su servidor de correo (y que resuelva de vuelta a la IP) y luego use el formulario de exclusión.</translation>
    </message>
    <message>
        <source>answers public resolvers within its terms of use</source>
        <translation>responde a resolvedores públicos dentro de sus condiciones de uso</translation>
    </message>
    <message>
        <source>the IP has no reverse DNS (PTR) and sent spam</source>
        <translation>la IP no tiene DNS inverso (PTR) y envió spam</translation>
    </message>
    <message>
        <source>Ask whoever owns the IP (hosting provider or ISP) for a PTR record naming your mail server, then use the removal form.</source>
        <translation>Pida al titular de la IP (proveedor de alojamiento o de Internet) un registro PTR que identifique su servidor de correo y luego use el formulario de exclusión.</translation>
    </message>
    <message>
        <source>the IP sent spam to SpamRATS traps or was reported</source>
        <translation>la IP envió spam a trampas de SpamRATS o fue denunciada</translation>
    </message>
    <message>
        <source>Stop the spam source, then use the removal form (a working forward-confirmed reverse DNS is required).</source>
        <translation>Detenga la fuente de spam y luego use el formulario de exclusión (se exige un DNS inverso confirmado en ambos sentidos que funcione).</translation>
    </message>
    <message>
        <source>the IP tried to guess mail passwords (authentication attacks)</source>
        <translation>la IP intentó adivinar contraseñas de correo (ataques de autenticación)</translation>
    </message>
    <message>
        <source>Find the compromised machine that attacks mail servers, clean it, then use the removal form.</source>
        <translation>Localice el equipo comprometido que ataca servidores de correo, límpielo y luego use el formulario de exclusión.</translation>
    </message>
    <message>
        <source>blacklist: spam seen from this IP</source>
        <translation>lista negra: se ha visto spam procedente de esta IP</translation>
    </message>
    <message>
        <source>exploit list: infected or compromised host</source>
        <translation>lista de exploits: equipo infectado o comprometido</translation>
    </message>
    <message>
        <source>policy list: a residential or dynamic IP that should not send directly</source>
        <translation>lista de políticas: una IP residencial o dinámica que no debería enviar directamente</translation>
    </message>
    <message>
        <source>generic reverse DNS: the IP's PTR looks like an end-user address</source>
        <translation>DNS inverso genérico: el PTR de la IP parece una dirección de usuario final</translation>
    </message>
    <message>
        <source>no reverse DNS (PTR) for this IP</source>
        <translation>no hay DNS inverso (PTR) para esta IP</translation>
    </message>
    <message>
        <source>Look the IP up at lookup.abusix.com, fix the cause and request delisting there.</source>
        <translation>Consulte la IP en lookup.abusix.com, corrija la causa y solicite allí la exclusión.</translation>
    </message>
    <message>
        <source>needs a free Abusix Mail Intelligence key (queries go to &lt;key&gt;.combined.mail.abusix.zone); without one it cannot be checked</source>
        <translation>necesita una clave gratuita de Abusix Mail Intelligence (las consultas van a &lt;key&gt;.combined.mail.abusix.zone); sin ella no se puede comprobar</translation>
    </message>
    <message>
        <source>IRC drone</source>
        <translation>dron de IRC</translation>
    </message>
    <message>
        <source>bottler</source>
        <translation>bottler</translation>
    </message>
    <message>
        <source>unknown spambot or drone</source>
        <translation>spambot o dron desconocido</translation>
    </message>
    <message>
        <source>DDoS drone</source>
        <translation>dron de DDoS</translation>
    </message>
    <message>
        <source>open SOCKS proxy</source>
        <translation>proxy SOCKS abierto</translation>
    </message>
    <message>
        <source>open HTTP proxy</source>
        <translation>proxy HTTP abierto</translation>
    </message>
    <message>
        <source>proxy chain</source>
        <translation>cadena de proxies</translation>
    </message>
    <message>
        <source>web page proxy</source>
        <translation>proxy de páginas web</translation>
    </message>
    <message>
        <source>open DNS resolver</source>
        <translation>resolvedor DNS abierto</translation>
    </message>
    <message>
        <source>brute-force attacker</source>
        <translation>atacante de fuerza bruta</translation>
    </message>
    <message>
        <source>open WinGate proxy</source>
        <translation>proxy WinGate abierto</translation>
    </message>
    <message>
        <source>compromised router or gateway</source>
        <translation>router o pasarela comprometidos</translation>
    </message>
    <message>
        <source>autorooting worm</source>
        <translation>gusano de autorooting</translation>
    </message>
    <message>
        <source>automatically detected botnet IP</source>
        <translation>IP de botnet detectada automáticamente</translation>
    </message>
    <message>
        <source>DNS/MX-type host name seen on IRC</source>
        <translation>nombre de host de tipo DNS/MX visto en IRC</translation>
    </message>
    <message>
        <source>abused VPN service</source>
        <translation>servicio VPN usado de forma abusiva</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>sin categoría</translation>
    </message>
    <message>
        <source>Clean the compromised machine or close the open proxy, then request removal on dronebl.org.</source>
        <translation>Limpie el equipo comprometido o cierre el proxy abierto y luego solicite la exclusión en dronebl.org.</translation>
    </message>
    <message>
        <source>the IP sent mail to s5h.net spam traps</source>
        <translation>la IP envió correo a trampas de spam de s5h.net</translation>
    </message>
    <message>
        <source>Entries expire by themselves; removal can be requested through the list's web page.</source>
        <translation>Las entradas caducan por sí solas; se puede solicitar la exclusión en la página web de la lista.</translation>
    </message>
    <message>
        <source>the IP sent spam seen by NordSpam</source>
        <translation>la IP envió spam detectado por NordSpam</translation>
    </message>
    <message>
        <source>Request removal through nordspam.com after fixing the cause.</source>
        <translation>Solicite la exclusión en nordspam.com después de corregir la causa.</translation>
    </message>
    <message>
        <source>the domain appears in spam seen by NordSpam</source>
        <translation>el dominio aparece en spam detectado por NordSpam</translation>
    </message>
    <message>
        <source>the IP sent spam to NiX Spam traps in the last 12 hours</source>
        <translation>la IP envió spam a trampas de NiX Spam en las últimas 12 horas</translation>
    </message>
    <message>
        <source>Entries expire 12 hours after the last spam; stop the spam and wait, or request removal on nixspam.net.</source>
        <translation>Las entradas caducan 12 horas después del último spam; detenga el spam y espere, o solicite la exclusión en nixspam.net.</translation>
    </message>
    <message>
        <source>the IP sends almost only spam by GBUdb's statistics</source>
        <translation>según las estadísticas de GBUdb, la IP envía casi solo spam</translation>
    </message>
    <message>
        <source>GBUdb entries fade as receivers see clean mail from the IP; stop the spam first.</source>
        <translation>Las entradas de GBUdb se desvanecen a medida que los receptores ven correo limpio procedente de la IP; detenga primero el spam.</translation>
    </message>
    <message>
        <source>the IP sent mail to 0spam traps</source>
        <translation>la IP envió correo a trampas de spam de 0spam</translation>
    </message>
    <message>
        <source>Request removal on 0spam.org after fixing the cause.</source>
        <translation>Solicite la exclusión en 0spam.org después de corregir la causa.</translation>
    </message>
    <message>
        <source>the IP attacked servers (brute force on mail, SSH or web logins) in the last 48 hours</source>
        <translation>la IP atacó servidores (fuerza bruta contra inicios de sesión de correo, SSH o web) en las últimas 48 horas</translation>
    </message>
    <message>
        <source>Find and clean the attacking machine, then use the delist page; entries expire after 48 hours without new reports.</source>
        <translation>Localice y limpie el equipo atacante y luego use la página de exclusión; las entradas caducan tras 48 horas sin nuevas denuncias.</translation>
    </message>
    <message>
        <source>phishing sites</source>
        <translation>sitios de phishing</translation>
    </message>
    <message>
        <source>malware sites</source>
        <translation>sitios de malware</translation>
    </message>
    <message>
        <source>spam and abuse sites</source>
        <translation>sitios de spam y abuso</translation>
    </message>
    <message>
        <source>cracked (compromised) sites</source>
        <translation>sitios vulnerados (comprometidos)</translation>
    </message>
    <message>
        <source>SURBL refused the query (the resolver is blocked or over quota)</source>
        <translation>SURBL rechazó la consulta (el resolvedor está bloqueado o ha superado su cuota)</translation>
    </message>
    <message>
        <source>SURBL lists domains that appear in message bodies. Clean the site or stop linking to it, then use the analysis page to request removal.</source>
        <translation>SURBL incluye dominios que aparecen en el cuerpo de los mensajes. Limpie el sitio o deje de enlazarlo y luego use la página de análisis para solicitar la exclusión.</translation>
    </message>
    <message>
        <source>low-volume public use allowed; heavy users need a data feed</source>
        <translation>se permite el uso público de bajo volumen; los usuarios intensivos necesitan un feed de datos</translation>
    </message>
    <message>
        <source>black: domains seen in spam only</source>
        <translation>negra: dominios vistos solo en spam</translation>
    </message>
    <message>
        <source>grey: domains of bulk senders some people consider spam</source>
        <translation>gris: dominios de remitentes masivos que algunas personas consideran spam</translation>
    </message>
    <message>
        <source>red: domains seen in spam from newly registered or abused sources</source>
        <translation>roja: dominios vistos en spam procedente de fuentes recién registradas o usadas de forma abusiva</translation>
    </message>
    <message>
        <source>URIBL refused the query (public or high-volume resolver blocked)</source>
        <translation>URIBL rechazó la consulta (resolvedor público o de gran volumen bloqueado)</translation>
    </message>
    <message>
        <source>Look the domain up at admin.uribl.com (an account is needed to request removal) after removing what got it listed.</source>
        <translation>Consulte el dominio en admin.uribl.com (se necesita una cuenta para solicitar la exclusión) después de eliminar lo que hizo que se incluyera en la lista.</translation>
    </message>
    <message>
        <source>blocks Google, OpenDNS and big ISP resolvers: answers 127.0.0.1</source>
        <translation>bloquea los resolvedores de Google, OpenDNS y grandes proveedores de Internet: responde 127.0.0.1</translation>
    </message>
    <message>
        <source>the list refused the query</source>
        <translation>la lista rechazó la consulta</translation>
    </message>
    <message>
        <source>listed with a code this catalogue does not describe</source>
        <translation>en la lista con un código que este catálogo no describe</translation>
    </message>
    <message>
        <source>No blocklist catalogue</source>
        <translation>No hay catálogo de listas de bloqueo</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address</source>
        <translation>«%1» no es una dirección IPv4 ni IPv6</translation>
    </message>
    <message>
        <source>"%1" is not a domain name</source>
        <translation>«%1» no es un nombre de dominio</translation>
    </message>
    <message>
        <source>Give at least one IP address or domain to check</source>
        <translation>Indique al menos una dirección IP o un dominio que comprobar</translation>
    </message>
    <message>
        <source>No zone in the catalogue checks this kind of target</source>
        <translation>Ninguna zona del catálogo comprueba este tipo de objetivo</translation>
    </message>
    <message>
        <source>this list needs a personal query key (set one in the settings)</source>
        <translation>esta lista necesita una clave de consulta personal (configúrela en los ajustes)</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>the list did not answer its own test entry (%1), so "not listed" cannot be trusted: the list may refuse your DNS resolver or be out of service</source>
        <translation>la lista no respondió a su propia entrada de prueba (%1), así que «no está en la lista» no es fiable: puede que la lista rechace su resolvedor DNS o que esté fuera de servicio</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>una respuesta vacía</translation>
    </message>
    <message>
        <source>the answer %1 is outside 127.0.0.0/8: your DNS resolver rewrites answers, so the result means nothing</source>
        <translation>la respuesta %1 está fuera de 127.0.0.0/8: su resolvedor DNS reescribe las respuestas, así que el resultado no significa nada</translation>
    </message>
    <message>
        <source>the list answered %1: %2</source>
        <translation>la lista respondió %1: %2</translation>
    </message>
    <message>
        <source>the list also "lists" its never-listed test entry %1: your DNS resolver invents answers for names that do not exist</source>
        <translation>la lista también «incluye» su entrada de prueba nunca listada %1: su resolvedor DNS inventa respuestas para nombres que no existen</translation>
    </message>
</context>
<context>
    <name>BlocklistCommand</name>
    <message>
        <source>reason given:</source>
        <translation>motivo indicado:</translation>
    </message>
    <message>
        <source>what to do:</source>
        <translation>qué hacer:</translation>
    </message>
    <message>
        <source>delisting page:</source>
        <translation>página de exclusión:</translation>
    </message>
    <message>
        <source>%1 zones checked in %2 ms: %3 listed, %4 clean, %5 couldn't check</source>
        <translation>%1 zonas comprobadas en %2 ms: %3 en la lista, %4 limpias, %5 no se pudieron comprobar</translation>
    </message>
    <message>
        <source>Check IP addresses and domains against the DNS blocklists mail servers use. Each zone answers listed, clean or couldn't check.</source>
        <translation>Comprueba direcciones IP y dominios en las listas de bloqueo DNS que usan los servidores de correo. Cada zona responde: en la lista, limpia o no se pudo comprobar.</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address to check (repeatable).</source>
        <translation>Dirección IPv4 o IPv6 que comprobar (se puede repetir).</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Domain to check in the domain lists (repeatable).</source>
        <translation>Dominio que comprobar en las listas de dominios (se puede repetir).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>Only this zone (id or name, repeatable).</source>
        <translation>Solo esta zona (id o nombre, se puede repetir).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <source>Deadline per zone in milliseconds (default 6000).</source>
        <translation>Plazo por zona en milisegundos (por defecto 6000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Abusix Mail Intelligence query key.</source>
        <translation>Clave de consulta de Abusix Mail Intelligence.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>give --ip IP or --domain DOMAIN (see --help)</source>
        <translation>indique --ip IP o --domain DOMINIO (consulte --help)</translation>
    </message>
    <message>
        <source>--zone-timeout needs a positive number of milliseconds</source>
        <translation>--zone-timeout necesita un número positivo de milisegundos</translation>
    </message>
    <message>
        <source>checked %1 of %2 zones</source>
        <translation>%1 de %2 zonas comprobadas</translation>
    </message>
</context>
<context>
    <name>BounceAnalyzer</name>
    <message>
        <source>The bounce could not be analysed (out of memory).</source>
        <translation>No se pudo analizar el rebote (memoria agotada).</translation>
    </message>
</context>
<context>
    <name>BounceCase</name>
    <message>
        <source>Paste the bounce</source>
        <translation>Pegar el rebote</translation>
    </message>
    <message>
        <source>Verify the recipient address</source>
        <translation>Verificar la dirección del destinatario</translation>
    </message>
    <message>
        <source>Recipient mailbox</source>
        <translation>Buzón del destinatario</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listas de bloqueo</translation>
    </message>
    <message>
        <source>SPF, DKIM, DMARC</source>
        <translation>SPF, DKIM, DMARC</translation>
    </message>
    <message>
        <source>Content and sending activity</source>
        <translation>Contenido y actividad de envío</translation>
    </message>
    <message>
        <source>SMTP settings</source>
        <translation>Configuración SMTP</translation>
    </message>
    <message>
        <source>Resend after fixing</source>
        <translation>Reenviar tras la corrección</translation>
    </message>
</context>
<context>
    <name>BounceParser</name>
    <message>
        <source>There is nothing to read: paste a bounce message or drop a file.</source>
        <translation>No hay nada que leer: pegue un mensaje de rebote o arrastre un archivo.</translation>
    </message>
    <message>
        <source>The input is %1 MB, more than the %2 MB a bounce can reasonably be.</source>
        <translation>La entrada ocupa %1 MB, más de los %2 MB que razonablemente puede ocupar un rebote.</translation>
    </message>
    <message>
        <source>This is binary data, not the text of an e-mail. Paste the bounce message itself or save it as .eml and drop that file.</source>
        <translation>Son datos binarios, no el texto de un correo electrónico. Pegue el propio mensaje de rebote o guárdelo como .eml y arrastre ese archivo.</translation>
    </message>
    <message>
        <source>The message could not be read (out of memory).</source>
        <translation>No se pudo leer el mensaje (memoria agotada).</translation>
    </message>
    <message>
        <source>The message could not be read.</source>
        <translation>No se pudo leer el mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>The message declares more than %n MIME parts; it was read as plain text.</source>
        <translation>
            <numerusform>El mensaje declara más de %n parte MIME; se ha leído como texto sin formato.</numerusform>
            <numerusform>El mensaje declara más de %n partes MIME; se ha leído como texto sin formato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n KB of the text were read.</source>
        <translation>
            <numerusform>Solo se ha leído el primer KB del texto (%n).</numerusform>
            <numerusform>Solo se han leído los primeros %n KB del texto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n recipients were read.</source>
        <translation>
            <numerusform>Solo se ha leído el primer destinatario (%n).</numerusform>
            <numerusform>Solo se han leído los primeros %n destinatarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bounce was read from the message attached to this one.</source>
        <translation>El rebote se ha leído del mensaje adjunto a este.</translation>
    </message>
    <message>
        <source>The feedback report names the source IP of the reported message.</source>
        <translation>El informe de comentarios indica la IP de origen del mensaje denunciado.</translation>
    </message>
    <message>
        <source>No delivery failure was found in this text.</source>
        <translation>No se encontró ningún fallo de entrega en este texto.</translation>
    </message>
    <message numerus="yes">
        <source>The message nests MIME parts more than %n levels deep; deeper parts were not read.</source>
        <translation>
            <numerusform>El mensaje anida partes MIME a más de %n nivel de profundidad; las partes más profundas no se han leído.</numerusform>
            <numerusform>El mensaje anida partes MIME a más de %n niveles de profundidad; las partes más profundas no se han leído.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message has more than %n MIME parts; the rest were not read.</source>
        <translation>
            <numerusform>El mensaje tiene más de %n parte MIME; el resto no se ha leído.</numerusform>
            <numerusform>El mensaje tiene más de %n partes MIME; el resto no se ha leído.</numerusform>
        </translation>
    </message>
    <message>
        <source>A part of the message could not be decoded (broken encoding or binary data) and was skipped.</source>
        <translation>Una parte del mensaje no se pudo descodificar (codificación dañada o datos binarios) y se ha omitido.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8; it was read as Latin-1.</source>
        <translation>El texto no es UTF-8 válido; se ha leído como Latin-1.</translation>
    </message>
    <message>
        <source>The bounce was read from a message forwarded in this one.</source>
        <translation>El aviso de rebote se leyó de un mensaje reenviado dentro de este.</translation>
    </message>
</context>
<context>
    <name>BounceReason</name>
    <message>
        <source>The recipient address does not exist</source>
        <translation>La dirección del destinatario no existe</translation>
    </message>
    <message>
        <source>The recipient's server says it has no mailbox with this address. Check the address for typing mistakes or ask the person for their current address.</source>
        <translation>El servidor del destinatario indica que no tiene ningún buzón con esta dirección. Revise si la dirección tiene errores de escritura o pida a la persona su dirección actual.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist</source>
        <translation>El dominio del destinatario no existe</translation>
    </message>
    <message>
        <source>The part after the @ has no mail server in DNS or does not exist at all. Check the spelling of the domain.</source>
        <translation>La parte posterior a la @ no tiene servidor de correo en el DNS o no existe en absoluto. Revise cómo está escrito el dominio.</translation>
    </message>
    <message>
        <source>The recipient domain never accepts mail</source>
        <translation>El dominio del destinatario nunca acepta correo</translation>
    </message>
    <message>
        <source>The recipient's domain publishes a "null MX" record, which states that it does not receive e-mail at all. This address cannot work.</source>
        <translation>El dominio del destinatario publica un registro «null MX», que indica que no recibe correo electrónico en absoluto. Esta dirección no puede funcionar.</translation>
    </message>
    <message>
        <source>The recipient address is malformed</source>
        <translation>La dirección del destinatario está mal formada</translation>
    </message>
    <message>
        <source>The recipient address is not a valid e-mail address (wrong characters or missing parts). Correct the address and send again.</source>
        <translation>La dirección del destinatario no es una dirección de correo electrónico válida (caracteres incorrectos o partes que faltan). Corrija la dirección y vuelva a enviar.</translation>
    </message>
    <message>
        <source>The recipient has moved</source>
        <translation>El destinatario ha cambiado de dirección</translation>
    </message>
    <message>
        <source>The mailbox has moved or the address now belongs to someone else, and no forwarding exists. Ask the person for their new address.</source>
        <translation>El buzón se ha trasladado o la dirección pertenece ahora a otra persona, y no hay reenvío. Pida a la persona su nueva dirección.</translation>
    </message>
    <message>
        <source>The recipient server does not accept mail</source>
        <translation>El servidor del destinatario no acepta correo</translation>
    </message>
    <message>
        <source>The host that answered for the recipient's domain says it does not take e-mail for it. The domain's mail setup is missing or wrong.</source>
        <translation>El host que respondió por el dominio del destinatario indica que no acepta correo electrónico para él. La configuración de correo del dominio falta o es incorrecta.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>El buzón del destinatario está lleno</translation>
    </message>
    <message>
        <source>The address exists but its storage quota is used up. The person has to make room; you can try again later or reach them another way.</source>
        <translation>La dirección existe, pero su cuota de almacenamiento está agotada. La persona tiene que liberar espacio; puede volver a intentarlo más tarde o contactar con ella por otra vía.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is disabled</source>
        <translation>El buzón del destinatario está desactivado</translation>
    </message>
    <message>
        <source>The address exists but the account has been disabled, suspended or locked, so it does not receive mail.</source>
        <translation>La dirección existe, pero la cuenta se ha desactivado, suspendido o bloqueado, por lo que no recibe correo.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is inactive</source>
        <translation>El buzón del destinatario está inactivo</translation>
    </message>
    <message>
        <source>The account has not been used for a long time and its provider stopped delivering to it. Ask the person for an address they use.</source>
        <translation>La cuenta lleva mucho tiempo sin usarse y su proveedor dejó de entregarle correo. Pida a la persona una dirección que use.</translation>
    </message>
    <message>
        <source>Refused by the recipient's mail policy</source>
        <translation>Rechazado por la política de correo del destinatario</translation>
    </message>
    <message>
        <source>The recipient's organisation has a rule that refuses this message or sender. Only their administrator can change it; ask them to allow your mail.</source>
        <translation>La organización del destinatario tiene una regla que rechaza este mensaje o este remitente. Solo su administrador puede cambiarla; pídale que permita su correo.</translation>
    </message>
    <message>
        <source>You are not on the recipient's list of allowed senders</source>
        <translation>Usted no está en la lista de remitentes permitidos del destinatario</translation>
    </message>
    <message>
        <source>The recipient only accepts mail from senders or servers on an allow list, or not from outside its organisation. Ask them to add you.</source>
        <translation>El destinatario solo acepta correo de remitentes o servidores de una lista de permitidos, o no acepta correo de fuera de su organización. Pídale que le añada.</translation>
    </message>
    <message>
        <source>The group or list accepts only authorised senders</source>
        <translation>El grupo o la lista solo acepta remitentes autorizados</translation>
    </message>
    <message>
        <source>The address is a group, mailing list or restricted mailbox that only members or approved senders may write to. Ask its owner for permission.</source>
        <translation>La dirección es un grupo, una lista de correo o un buzón restringido al que solo pueden escribir los miembros o los remitentes aprobados. Pida permiso a su propietario.</translation>
    </message>
    <message>
        <source>Your address is blocked by the recipient</source>
        <translation>El destinatario ha bloqueado su dirección</translation>
    </message>
    <message>
        <source>The recipient or their administrator has put your address or domain on their own block list.</source>
        <translation>El destinatario o su administrador ha incluido su dirección o su dominio en su propia lista de bloqueo.</translation>
    </message>
    <message>
        <source>Your sending server's IP address is blocked</source>
        <translation>La dirección IP de su servidor de envío está bloqueada</translation>
    </message>
    <message>
        <source>The recipient's provider refuses connections or mail from the IP address of your sending server, usually because of its reputation. Request delisting and find out why.</source>
        <translation>El proveedor del destinatario rechaza conexiones o correo procedentes de la dirección IP de su servidor de envío, normalmente por su reputación. Solicite la exclusión de la lista y averigüe el motivo.</translation>
    </message>
    <message>
        <source>Your domain is blocked</source>
        <translation>Su dominio está bloqueado</translation>
    </message>
    <message>
        <source>The recipient's provider refuses mail that uses your domain, usually because it appears on a domain blocklist or has a bad reputation.</source>
        <translation>El proveedor del destinatario rechaza el correo que usa su dominio, normalmente porque aparece en una lista de bloqueo de dominios o tiene mala reputación.</translation>
    </message>
    <message>
        <source>Listed on a public blocklist</source>
        <translation>Incluido en una lista de bloqueo pública</translation>
    </message>
    <message>
        <source>A public blocklist (DNSBL such as Spamhaus, Barracuda or SpamCop) lists your sending IP address or domain, and the recipient's server uses that list.</source>
        <translation>Una lista de bloqueo pública (DNSBL como Spamhaus, Barracuda o SpamCop) incluye la dirección IP o el dominio de envío, y el servidor del destinatario usa esa lista.</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation>Mala reputación del remitente</translation>
    </message>
    <message>
        <source>The recipient's provider rates your IP address or domain as a likely source of unwanted mail (complaints, volume, spam traps).</source>
        <translation>El proveedor del destinatario considera su dirección IP o su dominio una fuente probable de correo no deseado (quejas, volumen, trampas de spam).</translation>
    </message>
    <message>
        <source>Microsoft 365 tenant over its sending threshold</source>
        <translation>Inquilino de Microsoft 365 por encima de su umbral de envío</translation>
    </message>
    <message>
        <source>Microsoft 365 stopped mail from your tenant because it exceeded sending thresholds or sent suspicious mail. Check the tenant for compromised accounts.</source>
        <translation>Microsoft 365 detuvo el correo de su inquilino porque superó los umbrales de envío o envió correo sospechoso. Revise si hay cuentas comprometidas en el inquilino.</translation>
    </message>
    <message>
        <source>Your account is banned from sending</source>
        <translation>Su cuenta tiene prohibido enviar</translation>
    </message>
    <message>
        <source>The sending account or service was blocked for spam or abuse and may not send mail until the provider lifts the restriction.</source>
        <translation>La cuenta o el servicio de envío se bloqueó por spam o abuso y no puede enviar correo hasta que el proveedor levante la restricción.</translation>
    </message>
    <message>
        <source>SPF check failed</source>
        <translation>Falló la comprobación SPF</translation>
    </message>
    <message>
        <source>The recipient's server checked your domain's SPF record and your sending server is not listed as allowed to send for it.</source>
        <translation>El servidor del destinatario comprobó el registro SPF de su dominio y su servidor de envío no figura como autorizado para enviar en su nombre.</translation>
    </message>
    <message>
        <source>Your SPF record has errors</source>
        <translation>Su registro SPF tiene errores</translation>
    </message>
    <message>
        <source>Your domain's SPF record could not be evaluated (syntax error, too many DNS lookups, several records), so receivers treat it as failed.</source>
        <translation>No se pudo evaluar el registro SPF de su dominio (error de sintaxis, demasiadas consultas DNS, varios registros), así que los receptores lo tratan como fallido.</translation>
    </message>
    <message>
        <source>DKIM signature failed</source>
        <translation>Falló la firma DKIM</translation>
    </message>
    <message>
        <source>The message had no valid DKIM signature: it is missing, its key cannot be found, or the message was changed after signing.</source>
        <translation>El mensaje no tenía una firma DKIM válida: falta, no se encuentra su clave o el mensaje se modificó después de firmarlo.</translation>
    </message>
    <message>
        <source>Rejected by the sender domain's DMARC policy</source>
        <translation>Rechazado por la política DMARC del dominio remitente</translation>
    </message>
    <message>
        <source>The message failed DMARC: neither SPF nor DKIM passed for the domain in the From header, and that domain's policy asks receivers to reject such mail.</source>
        <translation>El mensaje no superó DMARC: ni SPF ni DKIM dieron resultado correcto para el dominio del encabezado From, y la política de ese dominio pide a los receptores que rechacen ese correo.</translation>
    </message>
    <message>
        <source>The message is not authenticated</source>
        <translation>El mensaje no está autenticado</translation>
    </message>
    <message>
        <source>The recipient requires every sender to pass SPF or DKIM, and this message passed neither.</source>
        <translation>El destinatario exige que todo remitente supere SPF o DKIM, y este mensaje no superó ninguno de los dos.</translation>
    </message>
    <message>
        <source>ARC validation failed</source>
        <translation>Falló la validación ARC</translation>
    </message>
    <message>
        <source>The message passed through a forwarder and its ARC authentication chain did not validate.</source>
        <translation>El mensaje pasó por un reenviador y su cadena de autenticación ARC no se validó.</translation>
    </message>
    <message>
        <source>Classified as spam</source>
        <translation>Clasificado como spam</translation>
    </message>
    <message>
        <source>The recipient's spam filter judged the message itself to be unwanted mail: its wording, links or formatting.</source>
        <translation>El filtro de spam del destinatario consideró que el propio mensaje era correo no deseado: su redacción, sus enlaces o su formato.</translation>
    </message>
    <message>
        <source>A virus or malware was found</source>
        <translation>Se encontró un virus o malware</translation>
    </message>
    <message>
        <source>The recipient's scanner found (or suspected) malware in the message or its attachments.</source>
        <translation>El analizador del destinatario encontró (o sospechó que había) malware en el mensaje o en sus adjuntos.</translation>
    </message>
    <message>
        <source>Attachment not allowed</source>
        <translation>Adjunto no permitido</translation>
    </message>
    <message>
        <source>The message carries an attachment type the recipient refuses, such as executable files or certain archives.</source>
        <translation>El mensaje lleva un tipo de adjunto que el destinatario rechaza, como archivos ejecutables o ciertos archivos comprimidos.</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>El mensaje es demasiado grande</translation>
    </message>
    <message>
        <source>The message is bigger than the recipient's server or mailbox accepts. Send smaller attachments or share a link instead.</source>
        <translation>El mensaje es más grande de lo que acepta el servidor o el buzón del destinatario. Envíe adjuntos más pequeños o comparta un enlace en su lugar.</translation>
    </message>
    <message>
        <source>A link in the message is on a blocklist</source>
        <translation>Un enlace del mensaje está en una lista de bloqueo</translation>
    </message>
    <message>
        <source>The message contains a link to a domain that a URL blocklist lists as used in spam or phishing.</source>
        <translation>El mensaje contiene un enlace a un dominio que una lista de bloqueo de URL incluye por usarse en spam o phishing.</translation>
    </message>
    <message>
        <source>The message is malformed</source>
        <translation>El mensaje está mal formado</translation>
    </message>
    <message>
        <source>The recipient's server could not accept the message because its structure or encoding is broken.</source>
        <translation>El servidor del destinatario no pudo aceptar el mensaje porque su estructura o su codificación está dañada.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Retransmisión denegada</translation>
    </message>
    <message>
        <source>The server you sent to is not responsible for the recipient's domain and refuses to pass the message on. Usually the sending program uses the wrong server or does not log in.</source>
        <translation>El servidor al que envió no es responsable del dominio del destinatario y se niega a retransmitir el mensaje. Normalmente el programa de envío usa el servidor equivocado o no inicia sesión.</translation>
    </message>
    <message>
        <source>The server requires you to log in</source>
        <translation>El servidor exige que inicie sesión</translation>
    </message>
    <message>
        <source>The sending program connected without SMTP authentication, but the server only accepts mail from logged-in users.</source>
        <translation>El programa de envío se conectó sin autenticación SMTP, pero el servidor solo acepta correo de usuarios que han iniciado sesión.</translation>
    </message>
    <message>
        <source>Login to the mail server failed</source>
        <translation>Falló el inicio de sesión en el servidor de correo</translation>
    </message>
    <message>
        <source>The sending program's SMTP user name or password was refused, or this login method is disabled.</source>
        <translation>Se rechazó el nombre de usuario o la contraseña SMTP del programa de envío, o este método de inicio de sesión está desactivado.</translation>
    </message>
    <message>
        <source>Encryption (TLS) is required</source>
        <translation>Se requiere cifrado (TLS)</translation>
    </message>
    <message>
        <source>One side insists on an encrypted connection (STARTTLS) that was not used or not offered.</source>
        <translation>Una de las partes exige una conexión cifrada (STARTTLS) que no se usó o no se ofreció.</translation>
    </message>
    <message>
        <source>The encrypted connection failed</source>
        <translation>Falló la conexión cifrada</translation>
    </message>
    <message>
        <source>The TLS connection could not be set up or verified: certificate, MTA-STS or DANE problem.</source>
        <translation>No se pudo establecer o verificar la conexión TLS: problema de certificado, MTA-STS o DANE.</translation>
    </message>
    <message>
        <source>Reverse DNS of your sending IP is missing or wrong</source>
        <translation>El DNS inverso de su IP de envío falta o es incorrecto</translation>
    </message>
    <message>
        <source>Your sending server's IP address has no PTR record, or the name does not point back to the IP. Ask whoever runs the IP to set the PTR record.</source>
        <translation>La dirección IP de su servidor de envío no tiene registro PTR, o el nombre no apunta de vuelta a la IP. Pida a quien gestiona la IP que configure el registro PTR.</translation>
    </message>
    <message>
        <source>Your server's HELO name was refused</source>
        <translation>Se rechazó el nombre HELO de su servidor</translation>
    </message>
    <message>
        <source>Your sending server introduces itself with a name the recipient rejects (not a fully qualified name, or one that does not exist in DNS).</source>
        <translation>Su servidor de envío se presenta con un nombre que el destinatario rechaza (no es un nombre completo o no existe en el DNS).</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <translation>Error del protocolo SMTP</translation>
    </message>
    <message>
        <source>The sending server sent a command the recipient's server did not understand or did not expect.</source>
        <translation>El servidor de envío envió un comando que el servidor del destinatario no entendió o no esperaba.</translation>
    </message>
    <message>
        <source>The sender address was rejected</source>
        <translation>Se rechazó la dirección del remitente</translation>
    </message>
    <message>
        <source>The envelope sender address or its domain is invalid, does not exist in DNS or could not be verified by the recipient's server.</source>
        <translation>La dirección del remitente del sobre o su dominio no es válida, no existe en el DNS o el servidor del destinatario no pudo verificarla.</translation>
    </message>
    <message>
        <source>Sending from a domain not registered in Microsoft 365</source>
        <translation>Envío desde un dominio no registrado en Microsoft 365</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from domains that are not added and verified in your tenant. Add and verify the domain.</source>
        <translation>Microsoft 365 rechaza el correo de dominios que no se han añadido y verificado en su inquilino. Añada y verifique el dominio.</translation>
    </message>
    <message>
        <source>Mail routing loop</source>
        <translation>Bucle de enrutamiento de correo</translation>
    </message>
    <message>
        <source>The message went round in circles between servers until it was stopped, usually because of a forwarding or MX misconfiguration.</source>
        <translation>El mensaje dio vueltas entre servidores hasta que se detuvo, normalmente por un error de configuración del reenvío o de los MX.</translation>
    </message>
    <message>
        <source>Too many recipients in one message</source>
        <translation>Demasiados destinatarios en un mensaje</translation>
    </message>
    <message>
        <source>The message was addressed to more recipients than the server accepts at once. Send it in smaller batches.</source>
        <translation>El mensaje iba dirigido a más destinatarios de los que el servidor acepta a la vez. Envíelo en lotes más pequeños.</translation>
    </message>
    <message>
        <source>The message breaks format rules</source>
        <translation>El mensaje incumple las reglas de formato</translation>
    </message>
    <message>
        <source>The sending program produced a message that violates the standard (for example bare line feeds, missing or invalid headers, several From addresses).</source>
        <translation>El programa de envío generó un mensaje que infringe el estándar (por ejemplo, saltos de línea sueltos, encabezados que faltan o no son válidos, varias direcciones From).</translation>
    </message>
    <message>
        <source>Mail over IPv6 not accepted</source>
        <translation>No se acepta correo por IPv6</translation>
    </message>
    <message>
        <source>The recipient does not accept mail from your IPv6 address. Send over IPv4 or meet their IPv6 requirements.</source>
        <translation>El destinatario no acepta correo desde su dirección IPv6. Envíe por IPv4 o cumpla sus requisitos para IPv6.</translation>
    </message>
    <message>
        <source>Forwarding to external addresses is blocked</source>
        <translation>El reenvío a direcciones externas está bloqueado</translation>
    </message>
    <message>
        <source>Your own organisation's policy does not allow automatic forwarding to outside addresses.</source>
        <translation>La política de su propia organización no permite el reenvío automático a direcciones externas.</translation>
    </message>
    <message>
        <source>The sending server is misconfigured</source>
        <translation>El servidor de envío está mal configurado</translation>
    </message>
    <message>
        <source>A mail server on the way reported its own configuration error rather than a problem with the recipient.</source>
        <translation>Un servidor de correo del camino informó de un error en su propia configuración, no de un problema con el destinatario.</translation>
    </message>
    <message>
        <source>Delivery is delayed</source>
        <translation>La entrega se ha retrasado</translation>
    </message>
    <message>
        <source>The message has not been delivered yet; the sending server keeps retrying. Nothing to fix unless it finally fails.</source>
        <translation>El mensaje aún no se ha entregado; el servidor de envío sigue reintentándolo. No hay nada que corregir salvo que acabe fallando.</translation>
    </message>
    <message>
        <source>Delivery attempts expired</source>
        <translation>Los intentos de entrega han caducado</translation>
    </message>
    <message>
        <source>The sending server retried for its whole queue lifetime and then gave up. The underlying problem was temporary or unreachable servers.</source>
        <translation>El servidor de envío lo reintentó durante todo el tiempo de vida de su cola y luego desistió. El problema de fondo era temporal o los servidores eran inalcanzables.</translation>
    </message>
    <message>
        <source>The recipient's server could not be reached</source>
        <translation>No se pudo contactar con el servidor del destinatario</translation>
    </message>
    <message>
        <source>The connection to the recipient's server failed (refused, timed out, DNS lookup failure). This usually resolves itself.</source>
        <translation>La conexión con el servidor del destinatario falló (rechazada, tiempo agotado, fallo de la consulta DNS). Esto suele resolverse solo.</translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation>En lista gris</translation>
    </message>
    <message>
        <source>The recipient's server delays first-time senders on purpose; a normal server retries and gets through.</source>
        <translation>El servidor del destinatario retrasa a propósito a los remitentes nuevos; un servidor normal lo reintenta y consigue pasar.</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Frecuencia limitada</translation>
    </message>
    <message>
        <source>Too many messages or connections in a short time; the recipient's server asks to slow down and retry later.</source>
        <translation>Demasiados mensajes o conexiones en poco tiempo; el servidor del destinatario pide que se reduzca el ritmo y se reintente más tarde.</translation>
    </message>
    <message>
        <source>The recipient's server had a temporary problem</source>
        <translation>El servidor del destinatario tuvo un problema temporal</translation>
    </message>
    <message>
        <source>The recipient's server was busy, out of resources or had an internal error. Retrying later usually works.</source>
        <translation>El servidor del destinatario estaba ocupado, sin recursos o tuvo un error interno. Reintentarlo más tarde suele funcionar.</translation>
    </message>
    <message>
        <source>Your sending limit is reached</source>
        <translation>Ha alcanzado su límite de envío</translation>
    </message>
    <message>
        <source>Your account or service reached its daily or hourly sending limit. Wait until the limit resets or raise it.</source>
        <translation>Su cuenta o servicio alcanzó su límite de envío diario o por hora. Espere a que el límite se restablezca o auméntelo.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>This is a success notice: the message was delivered.</source>
        <translation>Es un aviso de éxito: el mensaje se entregó.</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>This is a notice that the message was passed on to another server that does not report delivery.</source>
        <translation>Es un aviso de que el mensaje se transfirió a otro servidor que no informa de la entrega.</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <source>This is an automatic reply (out of office, vacation), not a delivery failure.</source>
        <translation>Es una respuesta automática (fuera de la oficina, vacaciones), no un fallo de entrega.</translation>
    </message>
    <message>
        <source>Complaint or feedback report</source>
        <translation>Queja o informe de comentarios</translation>
    </message>
    <message>
        <source>This is a feedback report (ARF): a recipient or provider reported a message as spam or abuse. It is not a bounce, but it matters for your reputation.</source>
        <translation>Es un informe de comentarios (ARF): un destinatario o un proveedor denunció un mensaje como spam o abuso. No es un rebote, pero afecta a su reputación.</translation>
    </message>
    <message>
        <source>Reason not recognised</source>
        <translation>Motivo no reconocido</translation>
    </message>
    <message>
        <source>The bounce does not say clearly why delivery failed.</source>
        <translation>El rebote no indica claramente por qué falló la entrega.</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>Recipient blocked by policy</source>
        <translation>Destinatario bloqueado por política</translation>
    </message>
    <message>
        <source>Invalid recipient address</source>
        <translation>Dirección del destinatario no válida</translation>
    </message>
    <message>
        <source>Recipient mailbox issue</source>
        <translation>Problema con el buzón del destinatario</translation>
    </message>
    <message>
        <source>Sender IP or domain on a blocklist</source>
        <translation>IP o dominio del remitente en una lista de bloqueo</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC failure</source>
        <translation>Fallo de SPF, DKIM o DMARC</translation>
    </message>
    <message>
        <source>Spam filter, content or security</source>
        <translation>Filtro de spam, contenido o seguridad</translation>
    </message>
    <message>
        <source>Mail server configuration</source>
        <translation>Configuración del servidor de correo</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Problema temporal</translation>
    </message>
    <message>
        <source>Not a delivery failure</source>
        <translation>No es un fallo de entrega</translation>
    </message>
    <message>
        <source>Unknown cause</source>
        <translation>Causa desconocida</translation>
    </message>
    <message>
        <source>The recipient's server accepted the address but its policy refuses mail from you.</source>
        <translation>El servidor del destinatario aceptó la dirección, pero su política rechaza el correo procedente de usted.</translation>
    </message>
    <message>
        <source>The address you wrote to does not exist: the mailbox or the whole domain is unknown.</source>
        <translation>La dirección a la que escribió no existe: el buzón o todo el dominio son desconocidos.</translation>
    </message>
    <message>
        <source>The address exists, but the mailbox cannot take mail right now: it is full, disabled or suspended.</source>
        <translation>La dirección existe, pero el buzón no puede recibir correo ahora mismo: está lleno, desactivado o suspendido.</translation>
    </message>
    <message>
        <source>The recipient's server refuses your sending server's IP address or your domain because of its reputation or a blocklist.</source>
        <translation>El servidor del destinatario rechaza la dirección IP de su servidor de envío o su dominio por su reputación o por una lista de bloqueo.</translation>
    </message>
    <message>
        <source>Your message failed the sender checks (SPF, DKIM or DMARC) that prove it really comes from your domain.</source>
        <translation>Su mensaje no superó las comprobaciones del remitente (SPF, DKIM o DMARC) que demuestran que procede realmente de su dominio.</translation>
    </message>
    <message>
        <source>A spam or security filter refused the message itself: its content, links, attachments or size.</source>
        <translation>Un filtro de spam o de seguridad rechazó el propio mensaje: su contenido, sus enlaces, sus adjuntos o su tamaño.</translation>
    </message>
    <message>
        <source>A mail server setting stands in the way: relaying, authentication, encryption, reverse DNS or routing.</source>
        <translation>Un ajuste del servidor de correo lo impide: retransmisión, autenticación, cifrado, DNS inverso o enrutamiento.</translation>
    </message>
    <message>
        <source>The failure is temporary: the sending server will retry, or you can resend later.</source>
        <translation>El fallo es temporal: el servidor de envío lo reintentará, o usted puede reenviarlo más tarde.</translation>
    </message>
    <message>
        <source>This message is not a delivery failure (a delivery notice, auto-reply or report).</source>
        <translation>Este mensaje no es un fallo de entrega (un aviso de entrega, una respuesta automática o un informe).</translation>
    </message>
    <message>
        <source>The bounce does not say clearly why delivery failed.</source>
        <translation>El rebote no indica claramente por qué falló la entrega.</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Requiere acción</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>CheckResultView</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Resultados de las comprobaciones</translation>
    </message>
    <message>
        <source>Each check with its result; expand a row for details, raw records and the fix.</source>
        <translation>Cada comprobación con su resultado; despliegue una fila para ver detalles, registros sin procesar y la corrección.</translation>
    </message>
    <message>
        <source>Copy suggested &amp;record</source>
        <translation>Copiar el &amp;registro sugerido</translation>
    </message>
    <message>
        <source>Copies the record suggested for the selected check to the clipboard</source>
        <translation>Copia al portapapeles el registro sugerido para la comprobación seleccionada</translation>
    </message>
    <message>
        <source>Copy ra&amp;w evidence</source>
        <translation>Copiar las pruebas sin pro&amp;cesar</translation>
    </message>
    <message>
        <source>Copies the records and replies of the selected check to the clipboard</source>
        <translation>Copia al portapapeles los registros y las respuestas de la comprobación seleccionada</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin procesar</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Suggested record</source>
        <translation>Registro sugerido</translation>
    </message>
    <message>
        <source>Suggested record copied to the clipboard.</source>
        <translation>Registro sugerido copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Raw evidence copied to the clipboard.</source>
        <translation>Pruebas sin procesar copiadas al portapapeles.</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>No failed recipient was found in the message.</source>
        <translation>No se encontró ningún destinatario fallido en el mensaje.</translation>
    </message>
    <message>
        <source>The bounce says “%1”: %2</source>
        <translation>El rebote dice «%1»: %2</translation>
    </message>
    <message>
        <source>Provider code %1: %2</source>
        <translation>Código del proveedor %1: %2</translation>
    </message>
    <message>
        <source>Reply code %1: %2</source>
        <translation>Código de respuesta %1: %2</translation>
    </message>
    <message>
        <source>Status code %1: %2</source>
        <translation>Código de estado %1: %2</translation>
    </message>
    <message>
        <source>The report says the message was %1.</source>
        <translation>El informe indica que el mensaje fue %1.</translation>
    </message>
    <message>
        <source>The message was only delayed: the sending server keeps retrying.</source>
        <translation>El mensaje solo se retrasó: el servidor de envío sigue reintentándolo.</translation>
    </message>
    <message>
        <source>The reply is a temporary (4xx) refusal.</source>
        <translation>La respuesta es un rechazo temporal (4xx).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>DNS server to ask instead of the system's (IP address, optional :PORT; [IPv6]:PORT). Repeat for several.</source>
        <translation>Servidor DNS al que preguntar en lugar del del sistema (dirección IP, :PUERTO opcional; [IPv6]:PUERTO). Repítalo para indicar varios.</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>HOST[:PUERTO]</translation>
    </message>
    <message>
        <source>Wait this long for a DNS answer before the first retry (default %1).</source>
        <translation>Esperar este tiempo una respuesta DNS antes del primer reintento (por defecto %1).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>--dns-timeout must be a number of milliseconds from 1 to 60000, not "%1"</source>
        <translation>--dns-timeout debe ser un número de milisegundos entre 1 y 60000, no «%1»</translation>
    </message>
</context>
<context>
    <name>ContentAdvisor</name>
    <message>
        <source>Content of the returned message</source>
        <translation>Contenido del mensaje devuelto</translation>
    </message>
    <message>
        <source>The bounce did not include the message body, so its content cannot be reviewed here.</source>
        <translation>El rebote no incluía el cuerpo del mensaje, así que su contenido no se puede revisar aquí.</translation>
    </message>
    <message>
        <source>Review the message you sent yourself: links, attachments, size and wording.</source>
        <translation>Revise usted mismo el mensaje que envió: enlaces, adjuntos, tamaño y redacción.</translation>
    </message>
    <message>
        <source>Links through URL shorteners (%1): filters distrust them because they hide the target.</source>
        <translation>Enlaces a través de acortadores de URL (%1): los filtros desconfían de ellos porque ocultan el destino.</translation>
    </message>
    <message numerus="yes">
        <source>The message has %n links; many links make a message look like a newsletter or spam.</source>
        <translation>
            <numerusform>El mensaje tiene %n enlace; muchos enlaces hacen que un mensaje parezca un boletín o spam.</numerusform>
            <numerusform>El mensaje tiene %n enlaces; muchos enlaces hacen que un mensaje parezca un boletín o spam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Risky attachments (%1): executables, scripts, macro documents and archives are often refused outright.</source>
        <translation>Adjuntos de riesgo (%1): los ejecutables, scripts, documentos con macros y archivos comprimidos suelen rechazarse directamente.</translation>
    </message>
    <message>
        <source>The message is %1 MB; many servers refuse messages over 10 to 25 MB.</source>
        <translation>El mensaje ocupa %1 MB; muchos servidores rechazan mensajes de más de 10 a 25 MB.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the message</source>
        <translation>
            <numerusform>%n enlace en el mensaje</numerusform>
            <numerusform>%n enlaces en el mensaje</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked domains: %1</source>
        <translation>Dominios enlazados: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Adjuntos: %1</translation>
    </message>
    <message>
        <source>Size: %1 KB</source>
        <translation>Tamaño: %1 KB</translation>
    </message>
    <message>
        <source>Nothing in the returned message stands out to a content filter.</source>
        <translation>Nada en el mensaje devuelto llama la atención de un filtro de contenido.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in the message may trigger content filters.</source>
        <translation>
            <numerusform>%n elemento del mensaje puede activar los filtros de contenido.</numerusform>
            <numerusform>%n elementos del mensaje pueden activar los filtros de contenido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove or replace what is listed above, then resend.</source>
        <translation>Elimine o sustituya lo indicado arriba y vuelva a enviar.</translation>
    </message>
</context>
<context>
    <name>DeliveryAction</name>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>retrasado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>relayed</source>
        <translation>retransmitido</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>expandido</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <source>Reason read from the bounce: %1 (%2 %3)</source>
        <translation>Motivo leído en el rebote: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>What the live checks say:</source>
        <translation>Qué dicen las comprobaciones en vivo:</translation>
    </message>
    <message>
        <source>Needs input:</source>
        <translation>Se necesitan datos:</translation>
    </message>
    <message>
        <source>Your fix plan:</source>
        <translation>Su plan de corrección:</translation>
    </message>
    <message>
        <source>Read a bounce, run the live checks it calls for (DNS, SPF, DKIM, DMARC, blocklists) and print the fix plan. Progress goes to standard error.</source>
        <translation>Lee un rebote, ejecuta las comprobaciones en vivo que requiere (DNS, SPF, DKIM, DMARC, listas de bloqueo) e imprime el plan de corrección. El progreso se envía a la salida de error estándar.</translation>
    </message>
    <message>
        <source>The bounce (a file, or - for standard input).</source>
        <translation>El rebote (un archivo, o - para la entrada estándar).</translation>
    </message>
    <message>
        <source>Print JSON: analysis, investigation and plan.</source>
        <translation>Imprimir JSON: análisis, investigación y plan.</translation>
    </message>
    <message>
        <source>Also write the whole case to FILE (.html, .md, .pdf or .json).</source>
        <translation>Escribir también el caso completo en ARCHIVO (.html, .md, .pdf o .json).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Sending IP address (overrides the bounce).</source>
        <translation>Dirección IP de envío (prevalece sobre la del rebote).</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>HELO name of the sending server.</source>
        <translation>Nombre HELO del servidor de envío.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Envelope sender address.</source>
        <translation>Dirección del remitente del sobre.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>Sender domain.</source>
        <translation>Dominio del remitente.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>Domain of the From header.</source>
        <translation>Dominio del encabezado From.</translation>
    </message>
    <message>
        <source>Recipient domain.</source>
        <translation>Dominio del destinatario.</translation>
    </message>
    <message>
        <source>DKIM selector.</source>
        <translation>Selector DKIM.</translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation>SELECTOR</translation>
    </message>
    <message>
        <source>DKIM signing domain (d=).</source>
        <translation>Dominio de firma DKIM (d=).</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>Sin progreso en la salida de error estándar.</translation>
    </message>
    <message>
        <source>give exactly one bounce file (or - for standard input)</source>
        <translation>indique exactamente un archivo de rebote (o - para la entrada estándar)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>checking: %1</source>
        <translation>comprobando: %1</translation>
    </message>
    <message>
        <source>%1 of %2 checks done</source>
        <translation>%1 de %2 comprobaciones hechas</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>informe escrito en %1</translation>
    </message>
</context>
<context>
    <name>DkimCheck</name>
    <message>
        <source>must be a non-empty array of selector names.</source>
        <translation>debe ser una matriz no vacía de nombres de selector.</translation>
    </message>
    <message>
        <source>"%1" is not a valid selector.</source>
        <translation>«%1» no es un selector válido.</translation>
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation>«%1» figura dos veces.</translation>
    </message>
    <message>
        <source>DKIM key %1</source>
        <translation>Clave DKIM %1</translation>
    </message>
    <message>
        <source>%1 has TXT records, but none is a DKIM key.</source>
        <translation>%1 tiene registros TXT, pero ninguno es una clave DKIM.</translation>
    </message>
    <message>
        <source>Publish the DKIM public key your mail provider gives you as a TXT record at %1.</source>
        <translation>Publique como registro TXT en %1 la clave pública DKIM que le proporcione su proveedor de correo.</translation>
    </message>
    <message numerus="yes">
        <source>%n DKIM key records are published at this name; verifiers may pick any of them, so keep one.</source>
        <translation>
            <numerusform>Hay %n registro de clave DKIM publicado con este nombre; los verificadores pueden elegir cualquiera, así que conserve solo uno.</numerusform>
            <numerusform>Hay %n registros de clave DKIM publicados con este nombre; los verificadores pueden elegir cualquiera, así que conserve solo uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DKIM key at %1 is revoked (empty p=): signatures with selector %2 fail.</source>
        <translation>La clave DKIM de %1 está revocada (p= vacío): las firmas con el selector %2 fallan.</translation>
    </message>
    <message>
        <source>Sign with a current selector, or publish the active public key at %1.</source>
        <translation>Firme con un selector vigente o publique la clave pública activa en %1.</translation>
    </message>
    <message>
        <source>The DKIM key record at %1 is broken: %2</source>
        <translation>El registro de clave DKIM de %1 está dañado: %2</translation>
    </message>
    <message>
        <source>Copy the key record again from your mail provider or DKIM signer; a record split into several strings must be published as one TXT record.</source>
        <translation>Vuelva a copiar el registro de clave de su proveedor de correo o de su firmador DKIM; un registro dividido en varias cadenas debe publicarse como un único registro TXT.</translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA de %1 bits</translation>
    </message>
    <message>
        <source>%1 key at %2 is in testing mode (t=y): receivers may ignore DKIM results.</source>
        <translation>La clave %1 de %2 está en modo de prueba (t=y): los receptores pueden ignorar los resultados de DKIM.</translation>
    </message>
    <message>
        <source>Remove t=y from the record once signing works.</source>
        <translation>Quite t=y del registro cuando la firma funcione.</translation>
    </message>
    <message>
        <source>%1 key published at %2, with warnings.</source>
        <translation>Clave %1 publicada en %2, con advertencias.</translation>
    </message>
    <message>
        <source>Generate a 2048-bit key under a new selector, publish it, then switch signing to it.</source>
        <translation>Genere una clave de 2048 bits con un selector nuevo, publíquela y luego cambie la firma para que la use.</translation>
    </message>
    <message>
        <source>%1 key published at %2.</source>
        <translation>Clave %1 publicada en %2.</translation>
    </message>
    <message>
        <source>t=s: signatures must use exactly d=%1 (no subdomains in i=).</source>
        <translation>t=s: las firmas deben usar exactamente d=%1 (sin subdominios en i=).</translation>
    </message>
    <message>
        <source>DKIM keys of %1</source>
        <translation>Claves DKIM de %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>No se indicó ningún nombre de dominio válido.</translation>
    </message>
    <message>
        <source>No DKIM key is published at %1.</source>
        <translation>No hay ninguna clave DKIM publicada en %1.</translation>
    </message>
    <message>
        <source>Signatures made with selector %1 cannot be verified, so DKIM fails for them.</source>
        <translation>Las firmas hechas con el selector %1 no se pueden verificar, así que DKIM falla para ellas.</translation>
    </message>
    <message>
        <source>Publish the public key your mail provider or signer gives you as a TXT record at %1, or sign with a selector that is published.</source>
        <translation>Publique como registro TXT en %1 la clave pública que le proporcione su proveedor de correo o su firmador, o firme con un selector que esté publicado.</translation>
    </message>
    <message numerus="yes">
        <source>No DKIM key found under %n common selector(s).</source>
        <translation>
            <numerusform>No se encontró ninguna clave DKIM con %n selector habitual.</numerusform>
            <numerusform>No se encontró ninguna clave DKIM con %n selectores habituales.</numerusform>
        </translation>
    </message>
    <message>
        <source>DKIM may still be set up under another selector: the s= tag of a DKIM-Signature header names it (use --selector).</source>
        <translation>DKIM puede estar configurado con otro selector: la etiqueta s= de un encabezado DKIM-Signature lo indica (use --selector).</translation>
    </message>
    <message numerus="yes">
        <source>%n selector lookup(s) failed and could not be checked.</source>
        <translation>
            <numerusform>Falló %n consulta de selector y no se pudo comprobar.</numerusform>
            <numerusform>Fallaron %n consultas de selector y no se pudieron comprobar.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you do not sign mail with DKIM yet, turn it on at your mail provider and publish the key it gives you.</source>
        <translation>Si todavía no firma el correo con DKIM, actívelo en su proveedor de correo y publique la clave que le proporcione.</translation>
    </message>
</context>
<context>
    <name>DkimRecord</name>
    <message>
        <source>The tag %1= appears more than once (RFC 6376 §3.2 makes the record invalid).</source>
        <translation>La etiqueta %1= aparece más de una vez (según RFC 6376 §3.2, el registro no es válido).</translation>
    </message>
    <message>
        <source>v= must be the first tag of the record.</source>
        <translation>v= debe ser la primera etiqueta del registro.</translation>
    </message>
    <message>
        <source>v=%1 is not a DKIM key record version (expected DKIM1).</source>
        <translation>v=%1 no es una versión de registro de clave DKIM (se esperaba DKIM1).</translation>
    </message>
    <message>
        <source>Unknown key type k=%1 (known: rsa, ed25519).</source>
        <translation>Tipo de clave desconocido k=%1 (conocidos: rsa, ed25519).</translation>
    </message>
    <message>
        <source>Unknown tag %1= is ignored.</source>
        <translation>Se ignora la etiqueta desconocida %1=.</translation>
    </message>
    <message>
        <source>The record has no p= tag (the public key), which is required.</source>
        <translation>El registro no tiene la etiqueta p= (la clave pública), que es obligatoria.</translation>
    </message>
    <message>
        <source>The public key (p=) is not valid base64.</source>
        <translation>La clave pública (p=) no es base64 válido.</translation>
    </message>
    <message>
        <source>The public key (p=) is not an RSA public key (DER SubjectPublicKeyInfo).</source>
        <translation>La clave pública (p=) no es una clave pública RSA (DER SubjectPublicKeyInfo).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; verifiers must reject keys under 1024 bits (RFC 8301).</source>
        <translation>La clave RSA tiene %1 bits; los verificadores deben rechazar claves de menos de 1024 bits (RFC 8301).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; 2048 bits is the current recommendation (RFC 8301).</source>
        <translation>La clave RSA tiene %1 bits; la recomendación actual es 2048 bits (RFC 8301).</translation>
    </message>
    <message>
        <source>An ed25519 key (RFC 8463) is 32 bytes; this one has %1.</source>
        <translation>Una clave ed25519 (RFC 8463) tiene 32 bytes; esta tiene %1.</translation>
    </message>
    <message>
        <source>Unknown hash algorithm h=%1.</source>
        <translation>Algoritmo de hash desconocido h=%1.</translation>
    </message>
    <message>
        <source>h= allows only %1; signatures must use sha256 (RFC 8301).</source>
        <translation>h= solo permite %1; las firmas deben usar sha256 (RFC 8301).</translation>
    </message>
    <message>
        <source>s=%1 does not allow the key to be used for email.</source>
        <translation>s=%1 no permite usar la clave para el correo electrónico.</translation>
    </message>
    <message>
        <source>Unknown flag t=%1 is ignored.</source>
        <translation>Se ignora el indicador desconocido t=%1.</translation>
    </message>
</context>
<context>
    <name>DmarcAlignment</name>
    <message>
        <source>strict</source>
        <translation>estricta</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>flexible</translation>
    </message>
    <message>
        <source>%1: no authenticated domain known.</source>
        <translation>%1: no se conoce ningún dominio autenticado.</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 es igual a %2</translation>
    </message>
    <message>
        <source>%1 is not exactly %2</source>
        <translation>%1 no es exactamente %2</translation>
    </message>
    <message>
        <source>%1 and %2 share the organizational domain %3</source>
        <translation>%1 y %2 comparten el dominio organizativo %3</translation>
    </message>
    <message>
        <source>%1 (organizational domain %2) is not under %3</source>
        <translation>%1 (dominio organizativo %2) no está bajo %3</translation>
    </message>
    <message>
        <source>%1 for %2 did not pass (%3), so it cannot count; alignment (%4): %5.</source>
        <translation>%1 para %2 no dio resultado correcto (%3), así que no puede contar; alineación (%4): %5.</translation>
    </message>
    <message>
        <source>%1 passed for %2 and is aligned (%3): %4.</source>
        <translation>%1 dio resultado correcto para %2 y está alineado (%3): %4.</translation>
    </message>
    <message>
        <source>%1 passed for %2 but is not aligned (%3): %4.</source>
        <translation>%1 dio resultado correcto para %2, pero no está alineado (%3): %4.</translation>
    </message>
    <message>
        <source>DKIM: no signature known.</source>
        <translation>DKIM: no se conoce ninguna firma.</translation>
    </message>
    <message>
        <source>DMARC alignment for From: %1</source>
        <translation>Alineación DMARC para From: %1</translation>
    </message>
    <message>
        <source>The From domain is not known, so alignment cannot be judged.</source>
        <translation>No se conoce el dominio From, así que no se puede juzgar la alineación.</translation>
    </message>
    <message>
        <source>DMARC passes: both SPF and DKIM are aligned with %1.</source>
        <translation>DMARC da resultado correcto: tanto SPF como DKIM están alineados con %1.</translation>
    </message>
    <message>
        <source>DMARC passes through aligned DKIM.</source>
        <translation>DMARC da resultado correcto gracias a DKIM alineado.</translation>
    </message>
    <message>
        <source>DMARC fails: neither SPF nor DKIM passed for a domain aligned with %1.</source>
        <translation>DMARC falla: ni SPF ni DKIM dieron resultado correcto para un dominio alineado con %1.</translation>
    </message>
    <message>
        <source>Sign outgoing mail with DKIM using d=%1 (or a subdomain, with relaxed alignment), and send with a MAIL FROM (Return-Path) under %1 whose SPF record authorises the sending servers.</source>
        <translation>Firme el correo saliente con DKIM usando d=%1 (o un subdominio, con alineación flexible) y envíe con un MAIL FROM (Return-Path) bajo %1 cuyo registro SPF autorice a los servidores de envío.</translation>
    </message>
    <message>
        <source>DMARC passes through aligned SPF (no DKIM result known); an aligned DKIM signature would keep it passing when mail is forwarded.</source>
        <translation>DMARC da resultado correcto gracias a SPF alineado (no se conoce ningún resultado DKIM); una firma DKIM alineada haría que siguiera siendo correcto cuando el correo se reenvía.</translation>
    </message>
    <message>
        <source>DMARC passes through aligned SPF only (DKIM is not aligned; mail forwarding will break SPF).</source>
        <translation>DMARC da resultado correcto solo gracias a SPF alineado (DKIM no está alineado; el reenvío del correo romperá SPF).</translation>
    </message>
</context>
<context>
    <name>DmarcCheck</name>
    <message>
        <source>DMARC policy of %1</source>
        <translation>Política DMARC de %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>No se indicó ningún nombre de dominio válido.</translation>
    </message>
    <message>
        <source>An SPF record is published at _dmarc.%1; SPF belongs at the domain itself.</source>
        <translation>Hay un registro SPF publicado en _dmarc.%1; el SPF debe estar en el propio dominio.</translation>
    </message>
    <message>
        <source>"%1" looks like a DMARC record but does not start with v=DMARC1, so receivers ignore it.</source>
        <translation>«%1» parece un registro DMARC, pero no empieza por v=DMARC1, así que los receptores lo ignoran.</translation>
    </message>
    <message>
        <source>Neither %1 nor its organizational domain %2 publishes a DMARC record.</source>
        <translation>Ni %1 ni su dominio organizativo %2 publican un registro DMARC.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record.</source>
        <translation>%1 no publica ningún registro DMARC.</translation>
    </message>
    <message>
        <source>Gmail, Yahoo and Outlook.com require DMARC from bulk senders, and without it anyone can send mail as your domain unchecked.</source>
        <translation>Gmail, Yahoo y Outlook.com exigen DMARC a los remitentes masivos y, sin él, cualquiera puede enviar correo en nombre de su dominio sin control.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.%1, e.g. the one below (start with p=none instead if you are not yet sure all your mail is signed, and read the reports).</source>
        <translation>Publique un registro TXT en _dmarc.%1, por ejemplo el siguiente (empiece con p=none si aún no está seguro de que todo su correo esté firmado, y lea los informes).</translation>
    </message>
    <message numerus="yes">
        <source>_dmarc.%1 has %n DMARC records; with more than one, receivers apply no DMARC policy at all (RFC 7489 §6.6.3).</source>
        <translation>
            <numerusform>_dmarc.%1 tiene %n registro DMARC; con más de uno, los receptores no aplican ninguna política DMARC (RFC 7489 §6.6.3).</numerusform>
            <numerusform>_dmarc.%1 tiene %n registros DMARC; con más de uno, los receptores no aplican ninguna política DMARC (RFC 7489 §6.6.3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at _dmarc.%1.</source>
        <translation>Conserve exactamente un registro TXT que empiece por v=DMARC1 en _dmarc.%1.</translation>
    </message>
    <message>
        <source>%1 has no record of its own; the record of its organizational domain %2 applies, with its subdomain policy sp=%3.</source>
        <translation>%1 no tiene registro propio; se aplica el registro de su dominio organizativo %2, con su política de subdominios sp=%3.</translation>
    </message>
    <message>
        <source>Receivers following RFC 9989 walk up the DNS tree and would use the record at _dmarc.%1 instead; publish the policy you mean at one place to avoid the difference.</source>
        <translation>Los receptores que siguen RFC 9989 recorren el árbol DNS hacia arriba y usarían en su lugar el registro de _dmarc.%1; publique la política que desea en un solo lugar para evitar la diferencia.</translation>
    </message>
    <message>
        <source>No rua= address: you will get no aggregate reports telling you who sends as your domain.</source>
        <translation>No hay dirección rua=: no recibirá informes agregados que le digan quién envía en nombre de su dominio.</translation>
    </message>
    <message>
        <source>The DMARC record at _dmarc.%1 has errors: %2</source>
        <translation>El registro DMARC de _dmarc.%1 tiene errores: %2</translation>
    </message>
    <message>
        <source>Correct the record; a corrected version is suggested below.</source>
        <translation>Corrija el registro; a continuación se sugiere una versión corregida.</translation>
    </message>
    <message>
        <source>DMARC is published for %1 but not enforced (p=none): failing mail is still delivered.</source>
        <translation>DMARC está publicado para %1, pero no se aplica (p=none): el correo que falla se sigue entregando.</translation>
    </message>
    <message>
        <source>Once the aggregate reports show all your mail passes, move to p=quarantine, then p=reject.</source>
        <translation>Cuando los informes agregados muestren que todo su correo da resultado correcto, pase a p=quarantine y luego a p=reject.</translation>
    </message>
    <message>
        <source>DMARC policy %1 for %2, with warnings.</source>
        <translation>Política DMARC %1 para %2, con advertencias.</translation>
    </message>
    <message>
        <source>DMARC policy %1 for %2 (adkim=%3, aspf=%4).</source>
        <translation>Política DMARC %1 para %2 (adkim=%3, aspf=%4).</translation>
    </message>
    <message>
        <source>DMARC report destinations of %1</source>
        <translation>Destinos de informes DMARC de %1</translation>
    </message>
    <message>
        <source>Report destination(s) %1 have not authorised reports for %2, so receivers will not send them there.</source>
        <translation>Los destinos de informes %1 no han autorizado informes para %2, así que los receptores no los enviarán allí.</translation>
    </message>
    <message>
        <source>The receiving domain must publish a TXT record "v=DMARC1" at %1._report._dmarc.%2 (report services do this when you register the domain with them).</source>
        <translation>El dominio receptor debe publicar un registro TXT «v=DMARC1» en %1._report._dmarc.%2 (los servicios de informes lo hacen cuando registra el dominio con ellos).</translation>
    </message>
    <message>
        <source>The authorisation of report destination(s) %1 could not be looked up.</source>
        <translation>No se pudo consultar la autorización de los destinos de informes %1.</translation>
    </message>
    <message>
        <source>Every external report destination has authorised reports for %1.</source>
        <translation>Todos los destinos de informes externos han autorizado informes para %1.</translation>
    </message>
</context>
<context>
    <name>DmarcRecord</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>La etiqueta %1= aparece más de una vez.</translation>
    </message>
    <message>
        <source>A DMARC record must start with v=DMARC1.</source>
        <translation>Un registro DMARC debe empezar por v=DMARC1.</translation>
    </message>
    <message>
        <source>Write the version exactly as v=DMARC1; some receivers compare it case-sensitively.</source>
        <translation>Escriba la versión exactamente como v=DMARC1; algunos receptores la comparan distinguiendo mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>Invalid value for %1=: "%2".</source>
        <translation>Valor no válido para %1=: «%2».</translation>
    </message>
    <message>
        <source>p= should come right after v=DMARC1; some receivers expect it there.</source>
        <translation>p= debería ir justo después de v=DMARC1; algunos receptores lo esperan ahí.</translation>
    </message>
    <message>
        <source>pct= was removed in RFC 9989; receivers following it apply the policy to all mail.</source>
        <translation>pct= se eliminó en RFC 9989; los receptores que lo siguen aplican la política a todo el correo.</translation>
    </message>
    <message>
        <source>rf= was removed in RFC 9989 and is ignored.</source>
        <translation>rf= se eliminó en RFC 9989 y se ignora.</translation>
    </message>
    <message>
        <source>%1= holds "%2", which is not a URI (write mailto:address).</source>
        <translation>%1= contiene «%2», que no es un URI (escriba mailto:dirección).</translation>
    </message>
    <message>
        <source>%1= holds "%2", which is not a valid mail address.</source>
        <translation>%1= contiene «%2», que no es una dirección de correo válida.</translation>
    </message>
    <message>
        <source>%1= uses %2:, which few receivers support; use mailto:.</source>
        <translation>%1= usa %2:, que pocos receptores admiten; use mailto:.</translation>
    </message>
    <message>
        <source>The size limit !%1 is obsolete (RFC 9989).</source>
        <translation>El límite de tamaño !%1 está obsoleto (RFC 9989).</translation>
    </message>
    <message>
        <source>Unknown tag %1= is ignored.</source>
        <translation>Se ignora la etiqueta desconocida %1=.</translation>
    </message>
    <message>
        <source>The record has no p= tag: receivers treat that as p=none (RFC 9989), older ones ignore the whole record without a valid rua= (RFC 7489).</source>
        <translation>El registro no tiene la etiqueta p=: los receptores lo tratan como p=none (RFC 9989); los más antiguos ignoran todo el registro si no hay un rua= válido (RFC 7489).</translation>
    </message>
    <message>
        <source>fo= holds both 0 and 1; 1 already includes what 0 asks for.</source>
        <translation>fo= contiene a la vez 0 y 1; 1 ya incluye lo que pide 0.</translation>
    </message>
    <message>
        <source>More than two report addresses: some receivers send reports to the first two only.</source>
        <translation>Más de dos direcciones de informe: algunos receptores solo envían informes a las dos primeras.</translation>
    </message>
</context>
<context>
    <name>Dns</name>
    <message>
        <source>could not contact the DNS server (connection refused)</source>
        <translation>no se pudo contactar con el servidor DNS (conexión rechazada)</translation>
    </message>
    <message>
        <source>the DNS server did not understand the query (FORMERR)</source>
        <translation>el servidor DNS no entendió la consulta (FORMERR)</translation>
    </message>
    <message>
        <source>the DNS server does not implement this query (NOTIMP)</source>
        <translation>el servidor DNS no implementa esta consulta (NOTIMP)</translation>
    </message>
    <message>
        <source>the DNS server sent a malformed answer</source>
        <translation>el servidor DNS envió una respuesta mal formada</translation>
    </message>
    <message>
        <source>malformed DNS answer: %1</source>
        <translation>respuesta DNS mal formada: %1</translation>
    </message>
    <message>
        <source>shorter than a DNS header</source>
        <translation>más corta que una cabecera DNS</translation>
    </message>
    <message>
        <source>bad question section</source>
        <translation>sección de pregunta incorrecta</translation>
    </message>
    <message>
        <source>bad record header in the answer section</source>
        <translation>cabecera de registro incorrecta en la sección de respuesta</translation>
    </message>
    <message>
        <source>record data runs past the end</source>
        <translation>los datos del registro sobrepasan el final</translation>
    </message>
    <message>
        <source>bad data in a type %1 record</source>
        <translation>datos incorrectos en un registro de tipo %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid DNS name: %2</source>
        <translation>«%1» no es un nombre DNS válido: %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>it has an empty label (two dots in a row)</source>
        <translation>tiene una etiqueta vacía (dos puntos seguidos)</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>contiene un carácter de control</translation>
    </message>
    <message>
        <source>the label "%1" cannot be converted to an A-label</source>
        <translation>la etiqueta «%1» no se puede convertir en una etiqueta A</translation>
    </message>
    <message>
        <source>the label "%1" is longer than 63 characters</source>
        <translation>la etiqueta «%1» tiene más de 63 caracteres</translation>
    </message>
    <message>
        <source>it is longer than 253 characters</source>
        <translation>tiene más de 253 caracteres</translation>
    </message>
    <message>
        <source>invalid DNS server "%1": %2</source>
        <translation>servidor DNS no válido «%1»: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>missing "]"</source>
        <translation>falta «]»</translation>
    </message>
    <message>
        <source>expected ":PORT" after "]"</source>
        <translation>se esperaba «:PUERTO» después de «]»</translation>
    </message>
    <message>
        <source>the port is missing after ":"</source>
        <translation>falta el puerto después de «:»</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
    <message>
        <source>"%1" is not a port number (1–65535)</source>
        <translation>«%1» no es un número de puerto (1–65535)</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondió</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>el nombre no existe (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the name exists but has no record of this type</source>
        <translation>el nombre existe, pero no tiene ningún registro de este tipo</translation>
    </message>
    <message>
        <source>the DNS server failed (SERVFAIL)</source>
        <translation>el servidor DNS falló (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused the query (REFUSED)</source>
        <translation>el servidor DNS rechazó la consulta (REFUSED)</translation>
    </message>
    <message>
        <source>no answer from the DNS server (timeout)</source>
        <translation>sin respuesta del servidor DNS (tiempo agotado)</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>no es un nombre DNS válido</translation>
    </message>
    <message>
        <source>the DNS query failed</source>
        <translation>falló la consulta DNS</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address</source>
        <translation>«%1» no es una dirección IPv4 ni IPv6</translation>
    </message>
    <message>
        <source>no zone given for the reverse name</source>
        <translation>no se indicó ninguna zona para el nombre inverso</translation>
    </message>
</context>
<context>
    <name>DnsCommand</name>
    <message>
        <source>DNS report for %1</source>
        <translation>Informe DNS de %1</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Corrección: </translation>
    </message>
    <message>
        <source>Suggested record: </source>
        <translation>Registro sugerido: </translation>
    </message>
    <message numerus="yes">
        <source>%n DNS queries</source>
        <translation>
            <numerusform>%n consulta DNS</numerusform>
            <numerusform>%n consultas DNS</numerusform>
        </translation>
    </message>
    <message>
        <source>MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT and reverse-DNS report for a domain.</source>
        <translation>Informe de MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT y DNS inverso de un dominio.</translation>
    </message>
    <message>
        <source>The domain to check.</source>
        <translation>El dominio que comprobar.</translation>
    </message>
    <message>
        <source>Sending IP: check its reverse DNS (and SPF for it).</source>
        <translation>IP de envío: comprobar su DNS inverso (y el SPF para ella).</translation>
    </message>
    <message>
        <source>DKIM selector (repeatable); default: try common selectors.</source>
        <translation>Selector DKIM (se puede repetir); por defecto: probar selectores habituales.</translation>
    </message>
    <message>
        <source>Header From domain, if it differs (DMARC, DKIM).</source>
        <translation>Dominio del encabezado From, si es distinto (DMARC, DKIM).</translation>
    </message>
    <message>
        <source>Envelope sender for the SPF evaluation.</source>
        <translation>Remitente del sobre para la evaluación SPF.</translation>
    </message>
    <message>
        <source>HELO name for the SPF evaluation.</source>
        <translation>Nombre HELO para la evaluación SPF.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>give exactly one domain (see --help)</source>
        <translation>indique exactamente un dominio (consulte --help)</translation>
    </message>
    <message>
        <source>"%1" is not a domain name</source>
        <translation>«%1» no es un nombre de dominio</translation>
    </message>
</context>
<context>
    <name>DomainReport</name>
    <message>
        <source>Domain and MX</source>
        <translation>Dominio y MX</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>Registro SPF</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DMARC of the From domain</source>
        <translation>DMARC del dominio From</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>DNS inverso</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>TLS reporting</source>
        <translation>Informes TLS</translation>
    </message>
    <message>
        <source>SPF include tree</source>
        <translation>Árbol de inclusiones SPF</translation>
    </message>
    <message>
        <source>SPF evaluation</source>
        <translation>Evaluación SPF</translation>
    </message>
    <message>
        <source>SPF include tree of %1</source>
        <translation>Árbol de inclusiones SPF de %1</translation>
    </message>
    <message>
        <source>The SPF tree of %1 needs %2 DNS lookups and %3 void lookups; over 10 (or 2 void) is a permanent error, so SPF fails.</source>
        <translation>El árbol SPF de %1 necesita %2 consultas DNS y %3 consultas vacías; más de 10 (o de 2 vacías) es un error permanente, así que SPF falla.</translation>
    </message>
    <message>
        <source>Remove includes you no longer use, or replace some by the ip4:/ip6: ranges they stand for.</source>
        <translation>Quite los include que ya no use o sustituya algunos por los rangos ip4:/ip6: que representan.</translation>
    </message>
    <message>
        <source>The SPF tree of %1 uses %2 of 10 DNS lookups, with warnings.</source>
        <translation>El árbol SPF de %1 usa %2 de 10 consultas DNS, con advertencias.</translation>
    </message>
    <message>
        <source>The SPF tree of %1 uses %2 of 10 DNS lookups.</source>
        <translation>El árbol SPF de %1 usa %2 de 10 consultas DNS.</translation>
    </message>
    <message>
        <source>A corrected record is suggested below.</source>
        <translation>A continuación se sugiere un registro corregido.</translation>
    </message>
    <message>
        <source>SPF does not give DMARC an aligned pass for %1; DMARC then depends on an aligned DKIM signature.</source>
        <translation>SPF no da a DMARC un resultado correcto alineado para %1; DMARC depende entonces de una firma DKIM alineada.</translation>
    </message>
    <message>
        <source>DKIM was not evaluated (that needs the message itself); give --selector to check the key your mail is signed with.</source>
        <translation>No se evaluó DKIM (para ello hace falta el propio mensaje); indique --selector para comprobar la clave con la que se firma su correo.</translation>
    </message>
</context>
<context>
    <name>DomainSpfCheck</name>
    <message>
        <source>SPF record of %1</source>
        <translation>Registro SPF de %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>No se indicó ningún nombre de dominio válido.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 no publica ningún registro SPF.</translation>
    </message>
    <message>
        <source>Receivers cannot tell which servers may send as %1; Gmail and Yahoo require SPF or DKIM from every sender.</source>
        <translation>Los receptores no pueden saber qué servidores pueden enviar en nombre de %1; Gmail y Yahoo exigen SPF o DKIM a todos los remitentes.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 listing your sending servers, ending in ~all or -all.</source>
        <translation>Publique en %1 un registro TXT que enumere sus servidores de envío y termine en ~all o -all.</translation>
    </message>
    <message numerus="yes">
        <source>%1 publishes %n SPF records; RFC 7208 §4.5 makes that a permanent error, so SPF fails for all mail.</source>
        <translation>
            <numerusform>%1 publica %n registro SPF; según RFC 7208 §4.5, más de uno es un error permanente, así que SPF falla para todo el correo.</numerusform>
            <numerusform>%1 publica %n registros SPF; según RFC 7208 §4.5, eso es un error permanente, así que SPF falla para todo el correo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge them into one record: keep one v=spf1 and put every mechanism before a single ~all or -all.</source>
        <translation>Combínelos en un solo registro: conserve un único v=spf1 y ponga todos los mecanismos antes de un único ~all o -all.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error at position %2 (%3): %4</source>
        <translation>El registro SPF de %1 tiene un error de sintaxis en la posición %2 (%3): %4</translation>
    </message>
    <message>
        <source>Correct the record; receivers treat a syntax error as a permanent error (SPF fails).</source>
        <translation>Corrija el registro; los receptores tratan un error de sintaxis como un error permanente (SPF falla).</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in %2, which lets any server pass or be neutral.</source>
        <translation>El registro SPF de %1 termina en %2, lo que permite que cualquier servidor dé resultado correcto o neutro.</translation>
    </message>
    <message>
        <source>End the record with ~all or -all.</source>
        <translation>Termine el registro con ~all o -all.</translation>
    </message>
    <message>
        <source>%1 publishes one SPF record.</source>
        <translation>%1 publica un registro SPF.</translation>
    </message>
</context>
<context>
    <name>DomainTypo</name>
    <message>
        <source>must be an array of domain names.</source>
        <translation>debe ser una matriz de nombres de dominio.</translation>
    </message>
    <message>
        <source>is not a domain name.</source>
        <translation>no es un nombre de dominio.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 figura dos veces.</translation>
    </message>
    <message>
        <source>must map a mistyped TLD to the intended one.</source>
        <translation>debe asignar un TLD mal escrito al que se pretendía.</translation>
    </message>
</context>
<context>
    <name>FixPlan</name>
    <message>
        <source>Resend once the cause is fixed.</source>
        <translation>Reenvíe cuando la causa esté corregida.</translation>
    </message>
    <message>
        <source>The live checks confirm this cause.</source>
        <translation>Las comprobaciones en vivo confirman esta causa.</translation>
    </message>
    <message>
        <source>The bounce points here.</source>
        <translation>El rebote apunta aquí.</translation>
    </message>
    <message>
        <source>A possible cause worth checking.</source>
        <translation>Una causa posible que conviene comprobar.</translation>
    </message>
    <message>
        <source>Nothing points here for this bounce; you can skip it.</source>
        <translation>Nada apunta aquí en este rebote; puede omitir este paso.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No check changed since the first run.</source>
        <translation>Ninguna comprobación ha cambiado desde la primera ejecución.</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>Dirección corregida</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>el destinatario</translation>
    </message>
    <message>
        <source>Hello, my email to %1 came back because the mailbox is full. Could you make some room and let me know, so I can send it again? Thank you.</source>
        <translation>Hola: mi correo a %1 ha sido devuelto porque el buzón está lleno. ¿Podría liberar algo de espacio y avisarme para que pueda volver a enviarlo? Muchas gracias.</translation>
    </message>
    <message>
        <source>Hello, my email to %1 was refused by your organisation's mail policy. Could you ask your mail administrator to allow mail from %2? Thank you.</source>
        <translation>Hola: mi correo a %1 ha sido rechazado por la política de correo de su organización. ¿Podría pedir a su administrador de correo que permita el correo de %2? Muchas gracias.</translation>
    </message>
    <message>
        <source>my address</source>
        <translation>mi dirección</translation>
    </message>
    <message>
        <source>Hello, my email to %1 came back: the mailbox seems disabled or unavailable. Is this address still in use, or should I write to another one? Thank you.</source>
        <translation>Hola: mi correo a %1 ha sido devuelto: el buzón parece desactivado o no disponible. ¿Sigue usando esta dirección o debo escribir a otra? Muchas gracias.</translation>
    </message>
    <message>
        <source>Message to send the recipient by another channel</source>
        <translation>Mensaje para enviar al destinatario por otra vía</translation>
    </message>
    <message>
        <source>Delisting: %1</source>
        <translation>Exclusión de la lista: %1</translation>
    </message>
    <message>
        <source>Delisting at Microsoft</source>
        <translation>Exclusión de la lista de Microsoft</translation>
    </message>
    <message>
        <source>Microsoft uses its own block list. Request removal of the IP on the Office 365 delist portal.</source>
        <translation>Microsoft usa su propia lista de bloqueo. Solicite la exclusión de la IP en el portal de exclusión de Office 365.</translation>
    </message>
    <message>
        <source>Suggested %1 record for %2</source>
        <translation>Registro %1 sugerido para %2</translation>
    </message>
    <message>
        <source>Publish this TXT record at %1.</source>
        <translation>Publique este registro TXT en %1.</translation>
    </message>
    <message>
        <source>What to change in the message</source>
        <translation>Qué cambiar en el mensaje</translation>
    </message>
    <message>
        <source>Listed link domain %1</source>
        <translation>Dominio enlazado en la lista %1</translation>
    </message>
    <message>
        <source>Remove links to this domain or get it delisted.</source>
        <translation>Quite los enlaces a este dominio o consiga su exclusión de la lista.</translation>
    </message>
    <message>
        <source>Hello, please set the reverse DNS (PTR record) of our IP address %1 to %2. The name %2 already resolves (or will resolve) to %1, so the reverse and forward lookups match. We need this for our mail server to be accepted by other mail providers. Thank you.</source>
        <translation>Buenos días: les rogamos que configuren el DNS inverso (registro PTR) de nuestra dirección IP %1 como %2. El nombre %2 ya resuelve (o resolverá) a %1, de modo que las consultas inversa y directa coincidirán. Lo necesitamos para que otros proveedores de correo acepten nuestro servidor de correo. Muchas gracias.</translation>
    </message>
    <message>
        <source>Request to your hosting provider or ISP</source>
        <translation>Solicitud a su proveedor de alojamiento o de Internet</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Requiere acción</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No necesario</translation>
    </message>
</context>
<context>
    <name>GuideStep</name>
    <message>
        <source>%1: entry "%2": %3</source>
        <translation>%1: entrada «%2»: %3</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: no es JSON válido en la posición %2: %3</translation>
    </message>
    <message>
        <source>Verify the recipient address</source>
        <translation>Verificar la dirección del destinatario</translation>
    </message>
    <message>
        <source>Make sure the address exists: spelling, domain and the domain's mail servers.</source>
        <translation>Asegúrese de que la dirección existe: ortografía, dominio y servidores de correo del dominio.</translation>
    </message>
    <message>
        <source>Compare the address letter by letter with one you know works (a business card, an earlier reply).</source>
        <translation>Compare la dirección letra por letra con otra que sepa que funciona (una tarjeta de visita, una respuesta anterior).</translation>
    </message>
    <message>
        <source>Check that the domain after the @ exists and accepts mail (see the mail server check).</source>
        <translation>Compruebe que el dominio que sigue a la @ existe y acepta correo (consulte la comprobación del servidor de correo).</translation>
    </message>
    <message>
        <source>If a typo is suggested, send to the corrected address instead.</source>
        <translation>Si se sugiere una corrección de un error tipográfico, envíe el mensaje a la dirección corregida.</translation>
    </message>
    <message>
        <source>If the address looks right, ask the recipient by another channel (phone, chat) for their current address.</source>
        <translation>Si la dirección parece correcta, pregunte al destinatario por otra vía (teléfono, chat) cuál es su dirección actual.</translation>
    </message>
    <message>
        <source>Check the recipient's mailbox</source>
        <translation>Comprobar el buzón del destinatario</translation>
    </message>
    <message>
        <source>The address exists but the mailbox refuses mail: full, disabled, or blocked by the recipient's policy.</source>
        <translation>La dirección existe, pero el buzón rechaza el correo: está lleno, desactivado o bloqueado por la política del destinatario.</translation>
    </message>
    <message>
        <source>Read what the bounce says about the mailbox (full, disabled, suspended, not accepting mail from you).</source>
        <translation>Lea lo que dice el rebote sobre el buzón (lleno, desactivado, suspendido, no acepta correo de usted).</translation>
    </message>
    <message>
        <source>Tell the recipient by another channel: a full mailbox must be emptied, a disabled one re-enabled by their administrator.</source>
        <translation>Avise al destinatario por otra vía: un buzón lleno debe vaciarse y uno desactivado debe reactivarlo su administrador.</translation>
    </message>
    <message>
        <source>If their organisation blocks you by policy, ask them to add your address or domain to their allowed senders.</source>
        <translation>Si su organización le bloquea por política, pídale que añada su dirección o su dominio a sus remitentes permitidos.</translation>
    </message>
    <message>
        <source>For a full mailbox, wait until the recipient confirms there is space before you resend.</source>
        <translation>Si el buzón está lleno, espere a que el destinatario confirme que hay espacio antes de reenviar.</translation>
    </message>
    <message>
        <source>Get off blocklists</source>
        <translation>Salir de las listas de bloqueo</translation>
    </message>
    <message>
        <source>Check your sending server's IP address and your domain against the DNS blocklists and request delisting.</source>
        <translation>Compruebe la dirección IP de su servidor de envío y su dominio en las listas de bloqueo DNS y solicite la exclusión.</translation>
    </message>
    <message>
        <source>Find and stop what got you listed: a compromised account or computer, a bad mailing list, an open relay.</source>
        <translation>Localice y detenga lo que provocó la inclusión: una cuenta o un equipo comprometidos, una lista de correo dudosa, un relé abierto.</translation>
    </message>
    <message>
        <source>Request removal on each list's delisting page (links below), starting with the lists big receivers use.</source>
        <translation>Solicite la exclusión en la página de exclusión de cada lista (enlaces abajo), empezando por las listas que usan los grandes receptores.</translation>
    </message>
    <message>
        <source>Make sure the sending IP has reverse DNS that names your mail server and resolves back to it.</source>
        <translation>Asegúrese de que la IP de envío tiene un DNS inverso que identifica su servidor de correo y que resuelve de vuelta a ella.</translation>
    </message>
    <message>
        <source>If you send through a provider's shared IP, contact the provider: only they can fix its reputation.</source>
        <translation>Si envía a través de una IP compartida de un proveedor, contacte con el proveedor: solo él puede corregir su reputación.</translation>
    </message>
    <message>
        <source>Fix SPF, DKIM and DMARC</source>
        <translation>Corregir SPF, DKIM y DMARC</translation>
    </message>
    <message>
        <source>Make your domain's sender checks pass: SPF must include your sending server, DKIM must sign, and DMARC must find one of them aligned.</source>
        <translation>Haga que las comprobaciones del remitente de su dominio den resultado correcto: SPF debe incluir su servidor de envío, DKIM debe firmar y DMARC debe encontrar alineado uno de los dos.</translation>
    </message>
    <message>
        <source>Publish an SPF record that includes every server and service that sends mail for your domain.</source>
        <translation>Publique un registro SPF que incluya todos los servidores y servicios que envían correo en nombre de su dominio.</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at your mail provider and publish the key it gives you.</source>
        <translation>Active la firma DKIM en su proveedor de correo y publique la clave que le proporcione.</translation>
    </message>
    <message>
        <source>Publish a DMARC record; start with p=none and reports, tighten once SPF or DKIM pass and align.</source>
        <translation>Publique un registro DMARC; empiece con p=none e informes, y endurézcalo cuando SPF o DKIM den resultado correcto y estén alineados.</translation>
    </message>
    <message>
        <source>Make sure the From domain matches the SPF (envelope) domain or the DKIM d= domain.</source>
        <translation>Asegúrese de que el dominio From coincide con el dominio SPF (del sobre) o con el dominio d= de DKIM.</translation>
    </message>
    <message>
        <source>Review content and sending activity</source>
        <translation>Revisar el contenido y la actividad de envío</translation>
    </message>
    <message>
        <source>A spam or security filter refused the message itself. Look at links, attachments, size and how many messages you sent.</source>
        <translation>Un filtro de spam o de seguridad rechazó el propio mensaje. Revise los enlaces, los adjuntos, el tamaño y cuántos mensajes envió.</translation>
    </message>
    <message>
        <source>Remove URL shorteners and links to domains on blocklists; link to your own domain.</source>
        <translation>Quite los acortadores de URL y los enlaces a dominios de listas de bloqueo; enlace a su propio dominio.</translation>
    </message>
    <message>
        <source>Do not attach executables, scripts or macro documents; share large or risky files by link.</source>
        <translation>No adjunte ejecutables, scripts ni documentos con macros; comparta los archivos grandes o de riesgo mediante un enlace.</translation>
    </message>
    <message>
        <source>Keep the message under the receiver's size limit (often 10 to 25 MB after encoding).</source>
        <translation>Mantenga el mensaje por debajo del límite de tamaño del receptor (a menudo de 10 a 25 MB tras la codificación).</translation>
    </message>
    <message>
        <source>Avoid sudden bursts of mail to many recipients; send bulk mail through a proper mailing service.</source>
        <translation>Evite ráfagas repentinas de correo a muchos destinatarios; envíe el correo masivo a través de un servicio de envío adecuado.</translation>
    </message>
    <message>
        <source>Write a clear subject and plain text; avoid all-caps, many exclamation marks and image-only messages.</source>
        <translation>Escriba un asunto claro y texto sencillo; evite las mayúsculas continuas, los signos de exclamación en exceso y los mensajes compuestos solo de imágenes.</translation>
    </message>
    <message>
        <source>Check your mail server settings</source>
        <translation>Comprobar la configuración del servidor de correo</translation>
    </message>
    <message>
        <source>Test the outgoing server your mail program uses: host, port, encryption and login.</source>
        <translation>Pruebe el servidor de salida que usa su programa de correo: host, puerto, cifrado e inicio de sesión.</translation>
    </message>
    <message>
        <source>Use your provider's outgoing server name, port 587 with STARTTLS or port 465 with TLS.</source>
        <translation>Use el nombre del servidor de salida de su proveedor, el puerto 587 con STARTTLS o el puerto 465 con TLS.</translation>
    </message>
    <message>
        <source>Turn on authentication with your full email address and password (or an app password).</source>
        <translation>Active la autenticación con su dirección de correo completa y su contraseña (o una contraseña de aplicación).</translation>
    </message>
    <message>
        <source>Send only through a server that is allowed to relay for your domain.</source>
        <translation>Envíe solo a través de un servidor que tenga permitido retransmitir para su dominio.</translation>
    </message>
    <message>
        <source>If you run your own server: reverse DNS, HELO name and TLS must be set up correctly.</source>
        <translation>Si gestiona su propio servidor: el DNS inverso, el nombre HELO y TLS deben estar bien configurados.</translation>
    </message>
    <message>
        <source>Resend after fixing the cause</source>
        <translation>Reenviar tras corregir la causa</translation>
    </message>
    <message>
        <source>Re-run the checks to confirm the fix, then send the message again.</source>
        <translation>Vuelva a ejecutar las comprobaciones para confirmar la corrección y luego envíe de nuevo el mensaje.</translation>
    </message>
    <message>
        <source>Re-run every check and compare with the results before the fix.</source>
        <translation>Vuelva a ejecutar todas las comprobaciones y compárelas con los resultados anteriores a la corrección.</translation>
    </message>
    <message>
        <source>Send the original message again (not a reply to the bounce).</source>
        <translation>Envíe de nuevo el mensaje original (no una respuesta al rebote).</translation>
    </message>
    <message>
        <source>If it bounces again, paste the new bounce: the reason may have changed.</source>
        <translation>Si vuelve a rebotar, pegue el nuevo rebote: el motivo puede haber cambiado.</translation>
    </message>
</context>
<context>
    <name>Investigation</name>
    <message>
        <source>Enter the public IP address of the server that sent your message. It is in the Received headers of a message you sent (the first hop outside your network), or ask your provider.</source>
        <translation>Introduzca la dirección IP pública del servidor que envió su mensaje. Figura en los encabezados Received de un mensaje que haya enviado (el primer salto fuera de su red), o pregúntela a su proveedor.</translation>
    </message>
    <message>
        <source>Enter the domain of your sender address (the part after the @).</source>
        <translation>Introduzca el dominio de su dirección de remitente (la parte posterior a la @).</translation>
    </message>
    <message>
        <source>Enter the domain of the address you wrote to (the part after the @).</source>
        <translation>Introduzca el dominio de la dirección a la que escribió (la parte posterior a la @).</translation>
    </message>
    <message>
        <source>Enter the domain that signs your mail with DKIM (usually your sender domain).</source>
        <translation>Introduzca el dominio que firma su correo con DKIM (normalmente su dominio de remitente).</translation>
    </message>
    <message>
        <source>Enter the domain of the From address your recipients see.</source>
        <translation>Introduzca el dominio de la dirección From que ven sus destinatarios.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Introduzca %1.</translation>
    </message>
    <message>
        <source>The bounce did not say whether a DKIM signature passed; only SPF could be weighed.</source>
        <translation>El rebote no indicaba si una firma DKIM dio resultado correcto; solo se pudo valorar SPF.</translation>
    </message>
    <message>
        <source>The recipient domain cannot receive mail (no such domain, null MX or no mail server).</source>
        <translation>El dominio del destinatario no puede recibir correo (el dominio no existe, null MX o no hay servidor de correo).</translation>
    </message>
    <message>
        <source>The recipient domain itself cannot receive mail, so the address is wrong rather than the mailbox.</source>
        <translation>El propio dominio del destinatario no puede recibir correo, así que lo que está mal es la dirección, no el buzón.</translation>
    </message>
    <message>
        <source>The recipient domain has working mail servers now; the failure may have been temporary or fixed since.</source>
        <translation>El dominio del destinatario tiene ahora servidores de correo que funcionan; el fallo pudo ser temporal o haberse corregido desde entonces.</translation>
    </message>
    <message>
        <source>The recipient domain accepts mail; only its server knows which mailboxes exist, and the bounce speaks for it.</source>
        <translation>El dominio del destinatario acepta correo; solo su servidor sabe qué buzones existen, y el rebote habla por él.</translation>
    </message>
    <message>
        <source>Listed on a blocklist that large mail providers use.</source>
        <translation>En una lista de bloqueo que usan los grandes proveedores de correo.</translation>
    </message>
    <message>
        <source>Listed on a smaller blocklist; some receivers use it.</source>
        <translation>En una lista de bloqueo menor; algunos receptores la usan.</translation>
    </message>
    <message>
        <source>The blocklists could not be checked from this network.</source>
        <translation>No se pudieron comprobar las listas de bloqueo desde esta red.</translation>
    </message>
    <message>
        <source>Not listed on any public blocklist that answered; the receiver may use its own reputation data (Microsoft and Gmail do), so follow its delisting steps.</source>
        <translation>No figura en ninguna lista de bloqueo pública que haya respondido; puede que el receptor use sus propios datos de reputación (Microsoft y Gmail lo hacen), así que siga sus pasos de exclusión.</translation>
    </message>
    <message>
        <source>The sending IP has no working reverse DNS, which hurts its reputation.</source>
        <translation>La IP de envío no tiene un DNS inverso que funcione, lo que perjudica su reputación.</translation>
    </message>
    <message>
        <source>SPF does not pass for the sending IP (result: %1).</source>
        <translation>SPF no da resultado correcto para la IP de envío (resultado: %1).</translation>
    </message>
    <message>
        <source>SPF passes for the sending IP.</source>
        <translation>SPF da resultado correcto para la IP de envío.</translation>
    </message>
    <message>
        <source>The DKIM key is missing or broken.</source>
        <translation>La clave DKIM falta o está dañada.</translation>
    </message>
    <message>
        <source>A DKIM key is published.</source>
        <translation>Hay una clave DKIM publicada.</translation>
    </message>
    <message>
        <source>The DMARC record has a problem.</source>
        <translation>El registro DMARC tiene un problema.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes with a domain aligned to the From domain, so DMARC fails.</source>
        <translation>Ni SPF ni DKIM dan resultado correcto con un dominio alineado con el dominio From, así que DMARC falla.</translation>
    </message>
    <message>
        <source>DMARC alignment passes now; the failure may have been fixed since, or happened at a forwarder.</source>
        <translation>La alineación DMARC es correcta ahora; el fallo pudo corregirse desde entonces o producirse en un reenviador.</translation>
    </message>
    <message>
        <source>The sending IP has no forward-confirmed reverse DNS.</source>
        <translation>La IP de envío no tiene DNS inverso confirmado en ambos sentidos.</translation>
    </message>
    <message>
        <source>The sending IP's reverse DNS is correct now.</source>
        <translation>El DNS inverso de la IP de envío es correcto ahora.</translation>
    </message>
    <message>
        <source>The returned message has content that filters dislike.</source>
        <translation>El mensaje devuelto tiene contenido que no gusta a los filtros.</translation>
    </message>
    <message>
        <source>Nothing in the returned message stands out.</source>
        <translation>Nada llama la atención en el mensaje devuelto.</translation>
    </message>
    <message>
        <source>A domain linked in the message is on a domain blocklist.</source>
        <translation>Un dominio enlazado en el mensaje está en una lista de bloqueo de dominios.</translation>
    </message>
    <message>
        <source>The sending IP is on a major blocklist; the recipient's policy may be reacting to it.</source>
        <translation>La IP de envío está en una lista de bloqueo importante; puede que la política del destinatario esté reaccionando a ello.</translation>
    </message>
    <message>
        <source>confirmed by the live checks</source>
        <translation>confirmado por las comprobaciones en vivo</translation>
    </message>
    <message>
        <source>not supported by the live checks</source>
        <translation>no respaldado por las comprobaciones en vivo</translation>
    </message>
    <message>
        <source>the live checks neither confirm nor refute it</source>
        <translation>las comprobaciones en vivo no lo confirman ni lo refutan</translation>
    </message>
    <message>
        <source>no live check can test this</source>
        <translation>ninguna comprobación en vivo puede verificarlo</translation>
    </message>
    <message>
        <source>Recipient domain and mail servers</source>
        <translation>Dominio y servidores de correo del destinatario</translation>
    </message>
    <message>
        <source>Sending IP on blocklists</source>
        <translation>IP de envío en listas de bloqueo</translation>
    </message>
    <message>
        <source>Sender domain on blocklists</source>
        <translation>Dominio del remitente en listas de bloqueo</translation>
    </message>
    <message>
        <source>Reverse DNS of the sending IP</source>
        <translation>DNS inverso de la IP de envío</translation>
    </message>
    <message>
        <source>SPF for the sending IP</source>
        <translation>SPF para la IP de envío</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>Clave DKIM</translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>Registro DMARC</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <translation>Alineación DMARC</translation>
    </message>
    <message>
        <source>Content of the message</source>
        <translation>Contenido del mensaje</translation>
    </message>
    <message>
        <source>Linked domains on blocklists</source>
        <translation>Dominios enlazados en listas de bloqueo</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown cause id “%1”</source>
        <translation>id de causa desconocido «%1»</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>id duplicado</translation>
    </message>
    <message>
        <source>this reason is required by the classifier</source>
        <translation>el clasificador necesita este motivo</translation>
    </message>
    <message>
        <source>unknown reason id “%1”</source>
        <translation>id de motivo desconocido «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a status code, range or wildcard</source>
        <translation>«%1» no es un código de estado, un rango ni un comodín</translation>
    </message>
    <message>
        <source>duplicate code</source>
        <translation>código duplicado</translation>
    </message>
    <message>
        <source>“%1” is not an SMTP reply code</source>
        <translation>«%1» no es un código de respuesta SMTP</translation>
    </message>
    <message>
        <source>field “spans” must not be empty</source>
        <translation>el campo «spans» no debe estar vacío</translation>
    </message>
    <message>
        <source>duplicate command</source>
        <translation>comando duplicado</translation>
    </message>
    <message>
        <source>“hints” only make sense with “regex”</source>
        <translation>«hints» solo tiene sentido con «regex»</translation>
    </message>
    <message>
        <source>unknown reason id “%1” in “excludes”</source>
        <translation>id de motivo desconocido «%1» en «excludes»</translation>
    </message>
    <message>
        <source>needs at least one of “phrases” or “regex”</source>
        <translation>necesita al menos uno de «phrases» o «regex»</translation>
    </message>
    <message>
        <source>invalid regex “%1”: %2 at offset %3</source>
        <translation>expresión regular «%1» no válida: %2 en la posición %3</translation>
    </message>
    <message>
        <source>“%1” is not a reply code or class</source>
        <translation>«%1» no es un código ni una clase de respuesta</translation>
    </message>
    <message>
        <source>empty phrase</source>
        <translation>frase vacía</translation>
    </message>
    <message>
        <source>empty hint</source>
        <translation>indicio vacío</translation>
    </message>
    <message>
        <source>field “at” must be “recipient-server”</source>
        <translation>el campo «at» debe ser «recipient-server»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: entry “%2”: %3</source>
        <translation>%1: entrada «%2»: %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>el nivel superior debe ser un objeto</translation>
    </message>
    <message>
        <source>missing field “%1”</source>
        <translation>falta el campo «%1»</translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation>campo desconocido «%1»</translation>
    </message>
    <message>
        <source>field “%1” must be a non-empty string</source>
        <translation>el campo «%1» debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>field “weight” must be a number in (0, 1]</source>
        <translation>el campo «weight» debe ser un número en (0, 1]</translation>
    </message>
    <message>
        <source>field “%1” must be an array of strings</source>
        <translation>el campo «%1» debe ser una matriz de cadenas</translation>
    </message>
    <message>
        <source>field “%1” must contain only non-empty strings</source>
        <translation>el campo «%1» solo debe contener cadenas no vacías</translation>
    </message>
    <message>
        <source>missing array “%1”</source>
        <translation>falta la matriz «%1»</translation>
    </message>
    <message>
        <source>field “priority” must be a number</source>
        <translation>el campo «priority» debe ser un número</translation>
    </message>
    <message>
        <source>field “persistent” must be true or false</source>
        <translation>el campo «persistent» debe ser true o false</translation>
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
        <translation>&amp;Pasos:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>The steps of the diagnosis with their state; choose one to open it</source>
        <translation>Los pasos del diagnóstico con su estado; elija uno para abrirlo</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Goes to the previous step that applies</source>
        <translation>Va al paso anterior que corresponde</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Goes to the next step that applies</source>
        <translation>Va al paso siguiente que corresponde</translation>
    </message>
    <message>
        <source>Details and transcript</source>
        <translation>Detalles y transcripción</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Every check and its outcome as it happened; passwords are hidden</source>
        <translation>Cada comprobación y su resultado tal como ocurrieron; las contraseñas están ocultas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Bounce…</source>
        <translation>&amp;Abrir rebote…</translation>
    </message>
    <message>
        <source>Open a saved bounce message</source>
        <translation>Abrir un mensaje de rebote guardado</translation>
    </message>
    <message>
        <source>&amp;Paste Bounce</source>
        <translation>&amp;Pegar rebote</translation>
    </message>
    <message>
        <source>Replace the bounce with the clipboard's text</source>
        <translation>Sustituir el rebote por el texto del portapapeles</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>&amp;Cancel Check</source>
        <translation>&amp;Cancelar comprobación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Details and Transcript</source>
        <translation>&amp;Detalles y transcripción</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Help for This Step</source>
        <translation>A&amp;yuda para este paso</translation>
    </message>
    <message>
        <source>&amp;About Bounce Doctor</source>
        <translation>&amp;Acerca de Bounce Doctor</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
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
        <translation>Este paso corresponde a su rebote.</translation>
    </message>
    <message>
        <source>%1 — Bounce Doctor</source>
        <translation>%1 — Bounce Doctor</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>About Bounce Doctor</source>
        <translation>Acerca de Bounce Doctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bounce Doctor %1&lt;/h3&gt;&lt;p&gt;Reads the bounce you received, proves its cause with live DNS, blocklist and SMTP checks, and guides you through the fix.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bounce Doctor %1&lt;/h3&gt;&lt;p&gt;Lee el rebote que ha recibido, demuestra su causa con comprobaciones en vivo de DNS, listas de bloqueo y SMTP, y le guía en la corrección.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>DNS checks are unavailable: %1</source>
        <translation>Las comprobaciones DNS no están disponibles: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>MtaStsCheck</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>La etiqueta %1= aparece más de una vez.</translation>
    </message>
    <message>
        <source>The record must start with v=STSv1.</source>
        <translation>El registro debe empezar por v=STSv1.</translation>
    </message>
    <message>
        <source>The record has no id= tag, which is required.</source>
        <translation>El registro no tiene la etiqueta id=, que es obligatoria.</translation>
    </message>
    <message>
        <source>id=%1 must be 1 to 32 letters or digits.</source>
        <translation>id=%1 debe tener entre 1 y 32 letras o dígitos.</translation>
    </message>
    <message>
        <source>MTA-STS of %1</source>
        <translation>MTA-STS de %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>No se indicó ningún nombre de dominio válido.</translation>
    </message>
    <message>
        <source>%1 does not publish MTA-STS (optional: it makes senders insist on TLS when delivering to you).</source>
        <translation>%1 no publica MTA-STS (opcional: hace que los remitentes exijan TLS al entregarle correo).</translation>
    </message>
    <message numerus="yes">
        <source>_mta-sts.%1 has %n MTA-STS records; with more than one, senders ignore MTA-STS (RFC 8461 §3.1).</source>
        <translation>
            <numerusform>_mta-sts.%1 tiene %n registro MTA-STS; con más de uno, los remitentes ignoran MTA-STS (RFC 8461 §3.1).</numerusform>
            <numerusform>_mta-sts.%1 tiene %n registros MTA-STS; con más de uno, los remitentes ignoran MTA-STS (RFC 8461 §3.1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one v=STSv1 record.</source>
        <translation>Conserve exactamente un registro v=STSv1.</translation>
    </message>
    <message>
        <source>The policy file https://mta-sts.%1/.well-known/mta-sts.txt was not fetched; open it in a browser to check it.</source>
        <translation>No se descargó el archivo de política https://mta-sts.%1/.well-known/mta-sts.txt; ábralo en un navegador para comprobarlo.</translation>
    </message>
    <message>
        <source>The MTA-STS record of %1 is invalid: %2</source>
        <translation>El registro MTA-STS de %1 no es válido: %2</translation>
    </message>
    <message>
        <source>Publish "v=STSv1; id=&lt;a new id, e.g. the date&gt;" and change the id whenever the policy file changes.</source>
        <translation>Publique "v=STSv1; id=&lt;un id nuevo, p. ej. la fecha&gt;" y cambie el id cada vez que cambie el archivo de política.</translation>
    </message>
    <message>
        <source>%1 publishes MTA-STS (%2).</source>
        <translation>%1 publica MTA-STS (%2).</translation>
    </message>
</context>
<context>
    <name>MxCheck</name>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>No se indicó ningún nombre de dominio válido.</translation>
    </message>
    <message>
        <source>Spelling of %1</source>
        <translation>Ortografía de %1</translation>
    </message>
    <message>
        <source>%1 looks like a typo of %2.</source>
        <translation>%1 parece un error tipográfico de %2.</translation>
    </message>
    <message>
        <source>If the address was meant for %1, correct it and send again; mail to a mistyped domain bounces or reaches a stranger.</source>
        <translation>Si la dirección iba destinada a %1, corríjala y vuelva a enviar; el correo a un dominio mal escrito rebota o llega a un desconocido.</translation>
    </message>
    <message>
        <source>Check the recipient address: did you mean @%1?</source>
        <translation>Revise la dirección del destinatario: ¿quería decir @%1?</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Dominio %1</translation>
    </message>
    <message>
        <source>The domain %1 does not exist (NXDOMAIN).</source>
        <translation>El dominio %1 no existe (NXDOMAIN).</translation>
    </message>
    <message>
        <source>Check the spelling of the domain. If it is yours, it may have expired: check its registration.</source>
        <translation>Revise cómo está escrito el dominio. Si es suyo, puede haber caducado: compruebe su registro.</translation>
    </message>
    <message>
        <source>The domain %1 exists.</source>
        <translation>El dominio %1 existe.</translation>
    </message>
    <message>
        <source>Mail servers (MX) of %1</source>
        <translation>Servidores de correo (MX) de %1</translation>
    </message>
    <message>
        <source>%1 does not exist, so it has no mail servers.</source>
        <translation>%1 no existe, así que no tiene servidores de correo.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail.</source>
        <translation>%1 publica un null MX (RFC 7505): no acepta correo.</translation>
    </message>
    <message>
        <source>Mail to any address at %1 is refused by design, and receivers may also refuse mail sent from it.</source>
        <translation>El correo a cualquier dirección de %1 se rechaza por diseño, y los receptores también pueden rechazar el correo enviado desde ese dominio.</translation>
    </message>
    <message>
        <source>If %1 should receive mail, replace the "0 ." MX record with your mail server's MX records.</source>
        <translation>Si %1 debe recibir correo, sustituya el registro MX «0 .» por los registros MX de su servidor de correo.</translation>
    </message>
    <message>
        <source>%1 mixes a null MX with other MX records, which RFC 7505 forbids.</source>
        <translation>%1 mezcla un null MX con otros registros MX, algo que RFC 7505 prohíbe.</translation>
    </message>
    <message>
        <source>Remove the "0 ." MX record, or all the others if the domain should not receive mail.</source>
        <translation>Quite el registro MX «0 .», o todos los demás si el dominio no debe recibir correo.</translation>
    </message>
    <message>
        <source>%1 has no MX record; mail goes to its own address (%2) as an implicit MX.</source>
        <translation>%1 no tiene registro MX; el correo va a su propia dirección (%2) como MX implícito.</translation>
    </message>
    <message>
        <source>This works only if that host runs a mail server; some senders do not use the fallback.</source>
        <translation>Esto solo funciona si ese host ejecuta un servidor de correo; algunos remitentes no usan esta alternativa.</translation>
    </message>
    <message>
        <source>Publish an MX record naming the mail server, e.g. "%1. MX 10 mail.%1.".</source>
        <translation>Publique un registro MX que indique el servidor de correo, p. ej. «%1. MX 10 mail.%1.».</translation>
    </message>
    <message>
        <source>%1 has no MX record and no A/AAAA record: it cannot receive mail.</source>
        <translation>%1 no tiene registro MX ni registro A/AAAA: no puede recibir correo.</translation>
    </message>
    <message>
        <source>Publish MX records for %1 pointing to your mail server.</source>
        <translation>Publique registros MX para %1 que apunten a su servidor de correo.</translation>
    </message>
    <message>
        <source>MX %1 is an IP address; an MX record must name a host (RFC 7505 §3, RFC 5321 §5.1), and most senders will not deliver to it.</source>
        <translation>El MX %1 es una dirección IP; un registro MX debe indicar un host (RFC 7505 §3, RFC 5321 §5.1), y la mayoría de los remitentes no le entregarán correo.</translation>
    </message>
    <message>
        <source>%1 is listed more than once.</source>
        <translation>%1 figura más de una vez.</translation>
    </message>
    <message>
        <source>MX %1 is an alias (CNAME) of %2; RFC 2181 §10.3 forbids that, and some senders refuse to use it.</source>
        <translation>El MX %1 es un alias (CNAME) de %2; RFC 2181 §10.3 lo prohíbe, y algunos remitentes se niegan a usarlo.</translation>
    </message>
    <message>
        <source>The address of MX %1 could not be looked up.</source>
        <translation>No se pudo consultar la dirección del MX %1.</translation>
    </message>
    <message>
        <source>MX %1 has no A or AAAA record, so nobody can deliver to it.</source>
        <translation>El MX %1 no tiene registro A ni AAAA, así que nadie puede entregarle correo.</translation>
    </message>
    <message>
        <source>The MX hosts of %1 could not be looked up.</source>
        <translation>No se pudieron consultar los hosts MX de %1.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n MX host(s) of %1 has an address: the domain cannot receive mail.</source>
        <translation>
            <numerusform>El host MX de %1 (%n) no tiene dirección: el dominio no puede recibir correo.</numerusform>
            <numerusform>Ninguno de los %n hosts MX de %1 tiene dirección: el dominio no puede recibir correo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the MX hosts A/AAAA records, or point the MX records at your working mail server.</source>
        <translation>Asigne registros A/AAAA a los hosts MX, o haga que los registros MX apunten a su servidor de correo operativo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n MX host(s), with problems.</source>
        <translation>
            <numerusform>%1 tiene %n host MX, con problemas.</numerusform>
            <numerusform>%1 tiene %n hosts MX, con problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Point every MX record at a host name that has its own A/AAAA records (not a CNAME, not an IP address).</source>
        <translation>Haga que cada registro MX apunte a un nombre de host que tenga sus propios registros A/AAAA (no un CNAME ni una dirección IP).</translation>
    </message>
    <message>
        <source>%1 receives mail at %2.</source>
        <translation>%1 recibe correo en %2.</translation>
    </message>
</context>
<context>
    <name>PtrNameClassifier</name>
    <message>
        <source>must be a non-empty array.</source>
        <translation>debe ser una matriz no vacía.</translation>
    </message>
    <message>
        <source>needs an id and a description.</source>
        <translation>necesita un id y una descripción.</translation>
    </message>
    <message>
        <source>scope must be "host" or "name".</source>
        <translation>scope debe ser «host» o «name».</translation>
    </message>
    <message>
        <source>the regex is invalid: %1</source>
        <translation>la expresión regular no es válida: %1</translation>
    </message>
    <message>
        <source>id %1 is used twice.</source>
        <translation>el id %1 se usa dos veces.</translation>
    </message>
    <message>
        <source>contains the IP address itself</source>
        <translation>contiene la propia dirección IP</translation>
    </message>
</context>
<context>
    <name>RdnsCheck</name>
    <message>
        <source>Reverse DNS of %1</source>
        <translation>DNS inverso de %1</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address.</source>
        <translation>«%1» no es una dirección IPv4 ni IPv6.</translation>
    </message>
    <message>
        <source>Sample request: "Please set the reverse DNS (PTR) record of %1 to mail.example.com. That name already has an A record pointing to %1, and it is the name our mail server uses in HELO." (Replace mail.example.com with your mail server's name.)</source>
        <translation>Solicitud de ejemplo: «Les rogamos que configuren el registro de DNS inverso (PTR) de %1 como mail.example.com. Ese nombre ya tiene un registro A que apunta a %1 y es el nombre que usa nuestro servidor de correo en HELO». (Sustituya mail.example.com por el nombre de su servidor de correo).</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR) record.</source>
        <translation>%1 no tiene registro de DNS inverso (PTR).</translation>
    </message>
    <message>
        <source>Many receivers (Outlook.com, Gmail, AOL/Yahoo and most ISPs) refuse or junk mail from an IP without reverse DNS.</source>
        <translation>Muchos receptores (Outlook.com, Gmail, AOL/Yahoo y la mayoría de los proveedores de Internet) rechazan o marcan como no deseado el correo de una IP sin DNS inverso.</translation>
    </message>
    <message>
        <source>Only whoever owns the IP range can set its PTR record: ask your hosting provider or ISP (or use the reverse-DNS setting in your cloud console) to point it at your mail server's name, and make sure that name has an A/AAAA record back to this IP.
%1</source>
        <translation>Solo el titular del rango de IP puede configurar su registro PTR: pida a su proveedor de alojamiento o de Internet (o use el ajuste de DNS inverso de su consola en la nube) que lo haga apuntar al nombre de su servidor de correo, y asegúrese de que ese nombre tiene un registro A/AAAA que vuelve a esta IP.
%1</translation>
    </message>
    <message numerus="yes">
        <source>The IP has %n PTR records; one is best, as some receivers only look at the first.</source>
        <translation>
            <numerusform>La IP tiene %n registro PTR; lo mejor es uno, ya que algunos receptores solo miran el primero.</numerusform>
            <numerusform>La IP tiene %n registros PTR; lo mejor es uno, ya que algunos receptores solo miran el primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reverse DNS of %1 is %2, but %2 does not resolve back to %1 (not forward-confirmed).</source>
        <translation>El DNS inverso de %1 es %2, pero %2 no resuelve de vuelta a %1 (no está confirmado en ambos sentidos).</translation>
    </message>
    <message>
        <source>Add an A/AAAA record for %1 pointing to %2, or have the PTR changed to a name that does. The PTR is changed by whoever owns the IP range (hosting provider or ISP).
%3</source>
        <translation>Añada un registro A/AAAA para %1 que apunte a %2, o haga que cambien el PTR a un nombre que sí lo haga. El PTR lo cambia el titular del rango de IP (proveedor de alojamiento o de Internet).
%3</translation>
    </message>
    <message>
        <source>%1 has forward-confirmed reverse DNS (%2), but the name looks generic.</source>
        <translation>%1 tiene DNS inverso confirmado en ambos sentidos (%2), pero el nombre parece genérico.</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>El nombre %1.</translation>
    </message>
    <message>
        <source>Receivers treat generic names as home or dynamic connections and often refuse direct mail from them.</source>
        <translation>Los receptores consideran que los nombres genéricos corresponden a conexiones domésticas o dinámicas y a menudo rechazan el correo directo desde ellas.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or ISP to set a PTR that names your mail server (e.g. mail.yourdomain), with a matching A/AAAA record.
%1</source>
        <translation>Pida a su proveedor de alojamiento o de Internet que configure un PTR que identifique su servidor de correo (p. ej. mail.sudominio), con un registro A/AAAA coincidente.
%1</translation>
    </message>
    <message>
        <source>%1 has forward-confirmed reverse DNS: %2.</source>
        <translation>%1 tiene DNS inverso confirmado en ambos sentidos: %2.</translation>
    </message>
</context>
<context>
    <name>ReceivedChain</name>
    <message>
        <source>The returned message has no Received headers, so the sending IP is unknown.</source>
        <translation>El mensaje devuelto no tiene encabezados Received, así que la IP de envío es desconocida.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n Received headers names a public client address, so the sending IP could not be taken from them.</source>
        <translation>
            <numerusform>El encabezado Received (%n) no indica ninguna dirección pública de cliente, así que no se pudo obtener de él la IP de envío.</numerusform>
            <numerusform>Ninguno de los %n encabezados Received indica una dirección pública de cliente, así que no se pudo obtener de ellos la IP de envío.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed server</source>
        <translation>un servidor sin nombre</translation>
    </message>
    <message>
        <source>Hop %1 of %2 (from %3 by %4) is an authenticated submission: %3 is the sender's own client, the only public address in the chain. The server that relayed it onwards is %4.</source>
        <translation>El salto %1 de %2 (de %3 a través de %4) es un envío autenticado: %3 es el propio cliente del remitente, la única dirección pública de la cadena. El servidor que lo retransmitió es %4.</translation>
    </message>
    <message numerus="yes">
        <source>Hop %1 of %2 (from %3 by %4) is where the message entered the first public server; %n earlier hop(s) used private or loopback addresses.</source>
        <translation>
            <numerusform>El salto %1 de %2 (de %3 a través de %4) es donde el mensaje entró en el primer servidor público; %n salto anterior usó direcciones privadas o de bucle invertido.</numerusform>
            <numerusform>El salto %1 de %2 (de %3 a través de %4) es donde el mensaje entró en el primer servidor público; %n saltos anteriores usaron direcciones privadas o de bucle invertido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hop %1 of %2 (from %3 by %4) is the oldest hop with a public client address: where the message entered the first public server.</source>
        <translation>El salto %1 de %2 (de %3 a través de %4) es el salto más antiguo con una dirección pública de cliente: donde el mensaje entró en el primer servidor público.</translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <source>(not stated)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Remote server</source>
        <translation>Servidor remoto</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Sending IP address</source>
        <translation>Dirección IP de envío</translation>
    </message>
    <message>
        <source>HELO name of the sending server</source>
        <translation>Nombre HELO del servidor de envío</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Dominio del remitente</translation>
    </message>
    <message>
        <source>Domain of the From header</source>
        <translation>Dominio del encabezado From</translation>
    </message>
    <message>
        <source>Envelope sender domain</source>
        <translation>Dominio del remitente del sobre</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Dominio del destinatario</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>Selector DKIM</translation>
    </message>
    <message>
        <source>DKIM signing domain</source>
        <translation>Dominio de firma DKIM</translation>
    </message>
    <message>
        <source>Receiving server</source>
        <translation>Servidor receptor</translation>
    </message>
    <message>
        <source>Server that reported the failure</source>
        <translation>Servidor que informó del fallo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Comprobaciones en vivo</translation>
    </message>
    <message>
        <source>Cause read from the bounce</source>
        <translation>Causa leída en el rebote</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Código de estado</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Código de respuesta</translation>
    </message>
    <message>
        <source>Confidence of the reading</source>
        <translation>Confianza de la lectura</translation>
    </message>
    <message>
        <source>Bounce format</source>
        <translation>Formato del rebote</translation>
    </message>
    <message>
        <source>Reporting server</source>
        <translation>Servidor que informa</translation>
    </message>
    <message>
        <source>Bounce subject</source>
        <translation>Asunto del rebote</translation>
    </message>
    <message>
        <source>Bounce date</source>
        <translation>Fecha del rebote</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>What the server said about %1:</source>
        <translation>Qué dijo el servidor sobre %1:</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>el destinatario</translation>
    </message>
    <message>
        <source>Parts of the bounce that could not be read:</source>
        <translation>Partes del rebote que no se pudieron leer:</translation>
    </message>
    <message>
        <source>Evidence from the bounce</source>
        <translation>Pruebas del rebote</translation>
    </message>
    <message>
        <source>The exact text that led to the diagnosis, quoted from the bounce.</source>
        <translation>El texto exacto que llevó al diagnóstico, citado del rebote.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>Texto citado</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>The message that bounced</source>
        <translation>El mensaje que rebotó</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Return path</source>
        <translation>Ruta de retorno</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID del mensaje</translation>
    </message>
    <message>
        <source>DKIM signature</source>
        <translation>Firma DKIM</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>Nombre HELO</translation>
    </message>
    <message>
        <source>How the sending server was found</source>
        <translation>Cómo se encontró el servidor de envío</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Attachment types</source>
        <translation>Tipos de adjunto</translation>
    </message>
    <message>
        <source>Authentication-Results headers:</source>
        <translation>Encabezados Authentication-Results:</translation>
    </message>
    <message>
        <source>Received headers (newest first):</source>
        <translation>Encabezados Received (el más reciente primero):</translation>
    </message>
    <message>
        <source>Facts used by the checks</source>
        <translation>Datos usados por las comprobaciones</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>introducido por usted</translation>
    </message>
    <message>
        <source>read from the bounce</source>
        <translation>leído en el rebote</translation>
    </message>
    <message>
        <source>The bounce gave no facts the checks could use.</source>
        <translation>El rebote no aportó datos que pudieran usar las comprobaciones.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Causes after the live checks</source>
        <translation>Causas tras las comprobaciones en vivo</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) answered with %1 DNS queries in %2 ms.</source>
        <translation>
            <numerusform>%n comprobación respondida con %1 consultas DNS en %2 ms.</numerusform>
            <numerusform>%n comprobaciones respondidas con %1 consultas DNS en %2 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Facts still needed</source>
        <translation>Datos que aún se necesitan</translation>
    </message>
    <message>
        <source>These checks could not run because the bounce does not say what they need. Enter the facts and run the checks again.</source>
        <translation>Estas comprobaciones no se pudieron ejecutar porque el rebote no indica lo que necesitan. Introduzca los datos y vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <source>%1: %2 (needed by: %3)</source>
        <translation>%1: %2 (lo necesita: %3)</translation>
    </message>
    <message>
        <source>Records and replies, in full:</source>
        <translation>Registros y respuestas, completos:</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Suggested record (copy it whole):</source>
        <translation>Registro sugerido (cópielo entero):</translation>
    </message>
    <message>
        <source>Every check and its result</source>
        <translation>Todas las comprobaciones y su resultado</translation>
    </message>
    <message>
        <source>No live check could run.</source>
        <translation>No se pudo ejecutar ninguna comprobación en vivo.</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>Sin resultado.</translation>
    </message>
    <message>
        <source>☑ Done: %1</source>
        <translation>☑ Hecho: %1</translation>
    </message>
    <message>
        <source>☐ Not done: %1</source>
        <translation>☐ Sin hacer: %1</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Lista de tareas:</translation>
    </message>
    <message>
        <source>Checks for this step:</source>
        <translation>Comprobaciones de este paso:</translation>
    </message>
    <message>
        <source>Copy this:</source>
        <translation>Copie esto:</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <source>Fix plan</source>
        <translation>Plan de corrección</translation>
    </message>
    <message>
        <source>✔ Every step on your path is resolved or skipped: you can resend the message.</source>
        <translation>✔ Todos los pasos de su recorrido están resueltos u omitidos: puede reenviar el mensaje.</translation>
    </message>
    <message>
        <source>✖ Before you resend, resolve or skip: %1</source>
        <translation>✖ Antes de reenviar, resuelva u omita: %1</translation>
    </message>
    <message>
        <source>Steps not on your path</source>
        <translation>Pasos fuera de su recorrido</translation>
    </message>
    <message>
        <source>Before and after the re-check</source>
        <translation>Antes y después de la nueva comprobación</translation>
    </message>
    <message>
        <source>SMTP settings test</source>
        <translation>Prueba de la configuración SMTP</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Conectado a</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Provider hint</source>
        <translation>Indicación del proveedor</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Detenido en</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>%1: accepted</source>
        <translation>%1: aceptado</translation>
    </message>
    <message>
        <source>%1: refused</source>
        <translation>%1: rechazado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Transcript (passwords and tokens removed; C: client, S: server, ~ inside TLS):</source>
        <translation>Transcripción (sin contraseñas ni tokens; C: cliente, S: servidor, ~ dentro de TLS):</translation>
    </message>
    <message>
        <source>Bounce Doctor report</source>
        <translation>Informe de Bounce Doctor</translation>
    </message>
    <message>
        <source>Made on %1 by Bounce Doctor %2 from a pasted bounce.</source>
        <translation>Generado el %1 por Bounce Doctor %2 a partir de un rebote pegado.</translation>
    </message>
    <message>
        <source>Made on %1 by Bounce Doctor %2 from %3.</source>
        <translation>Generado el %1 por Bounce Doctor %2 a partir de %3.</translation>
    </message>
    <message>
        <source>The live checks were not run for this report.</source>
        <translation>Las comprobaciones en vivo no se ejecutaron para este informe.</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical toolkit (fonts); this program runs without it. Write HTML instead, or run with a graphical session.</source>
        <translation>Un informe PDF necesita el kit de herramientas gráfico (fuentes); este programa se ejecuta sin él. Escriba HTML en su lugar o ejecútelo en una sesión gráfica.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Formato de informe desconocido.</translation>
    </message>
    <message>
        <source>Cannot tell the report format from "%1": use a file name ending in %2.</source>
        <translation>No se puede deducir el formato del informe a partir de «%1»: use un nombre de archivo que termine en %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>No se puede escribir el informe en %1: %2</translation>
    </message>
</context>
<context>
    <name>SmtpDiagnosis</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: no se puede leer</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>falta o está vacío</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sin id</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>id duplicado</translation>
    </message>
    <message>
        <source>unknown severity "%1"</source>
        <translation>gravedad desconocida «%1»</translation>
    </message>
    <message>
        <source>title, message and next are all required</source>
        <translation>title, message y next son obligatorios</translation>
    </message>
    <message>
        <source>unknown verdict id</source>
        <translation>id de veredicto desconocido</translation>
    </message>
    <message>
        <source>unknown stage "%1"</source>
        <translation>etapa desconocida «%1»</translation>
    </message>
    <message>
        <source>reply code out of range</source>
        <translation>código de respuesta fuera de rango</translation>
    </message>
    <message>
        <source>reply class must be 2 to 5</source>
        <translation>la clase de respuesta debe estar entre 2 y 5</translation>
    </message>
    <message>
        <source>needs codes or classes</source>
        <translation>necesita códigos o clases</translation>
    </message>
    <message>
        <source>bad enhanced status code "%1"</source>
        <translation>código de estado ampliado incorrecto «%1»</translation>
    </message>
    <message>
        <source>empty text pattern</source>
        <translation>patrón de texto vacío</translation>
    </message>
    <message>
        <source>the verdict "%1" is required</source>
        <translation>el veredicto «%1» es obligatorio</translation>
    </message>
    <message>
        <source>id, domains and hint are required</source>
        <translation>id, domains y hint son obligatorios</translation>
    </message>
    <message>
        <source>No text for verdict %1.</source>
        <translation>No hay texto para el veredicto %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
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
        <translation>Se necesitan un nombre de servidor y un puerto entre 1 y 65535.</translation>
    </message>
    <message>
        <source>No certificate could be read from the CA file %1.</source>
        <translation>No se pudo leer ningún certificado del archivo de CA %1.</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>Consultando %1</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>Conectando con %1 puerto %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Conectado a %1 puerto %2</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS establecido: %1, %2</translation>
    </message>
    <message>
        <source>Certificate problem accepted for this test only (fingerprint matches): %1</source>
        <translation>Problema de certificado aceptado solo para esta prueba (la huella coincide): %1</translation>
    </message>
    <message>
        <source>Certificate not accepted: %1</source>
        <translation>Certificado no aceptado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n unexpected byte(s) from the server</source>
        <translation>
            <numerusform>Se ignoró %n byte inesperado del servidor</numerusform>
            <numerusform>Se ignoraron %n bytes inesperados del servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(test message: %n line(s))</source>
        <translation>
            <numerusform>(mensaje de prueba: %n línea)</numerusform>
            <numerusform>(mensaje de prueba: %n líneas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>El servidor cerró la conexión durante la negociación TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>No answer to the name lookup within %1 s.</source>
        <translation>No hubo respuesta a la consulta del nombre en %1 s.</translation>
    </message>
    <message>
        <source>No connection within %1 s.</source>
        <translation>No hubo conexión en %1 s.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>La negociación TLS no terminó en %1 s.</translation>
    </message>
    <message>
        <source>The server started a reply but did not finish it within %1 s.</source>
        <translation>El servidor empezó una respuesta, pero no la terminó en %1 s.</translation>
    </message>
    <message>
        <source>No reply within %1 s.</source>
        <translation>No hubo respuesta en %1 s.</translation>
    </message>
</context>
<context>
    <name>SmtpResult</name>
    <message>
        <source>SMTP test of %1:%2 (%3)</source>
        <translation>Prueba SMTP de %1:%2 (%3)</translation>
    </message>
</context>
<context>
    <name>SmtpStage</name>
    <message>
        <source>Looking up the server name</source>
        <translation>Consultando el nombre del servidor</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Setting up encryption (TLS)</source>
        <translation>Estableciendo el cifrado (TLS)</translation>
    </message>
    <message>
        <source>Waiting for the server's greeting</source>
        <translation>Esperando el saludo del servidor</translation>
    </message>
    <message>
        <source>Saying hello (EHLO)</source>
        <translation>Saludando (EHLO)</translation>
    </message>
    <message>
        <source>Switching to encryption (STARTTLS)</source>
        <translation>Cambiando a cifrado (STARTTLS)</translation>
    </message>
    <message>
        <source>Saying hello again over TLS</source>
        <translation>Saludando de nuevo a través de TLS</translation>
    </message>
    <message>
        <source>Logging in (AUTH)</source>
        <translation>Iniciando sesión (AUTH)</translation>
    </message>
    <message>
        <source>Announcing the sender (MAIL FROM)</source>
        <translation>Anunciando el remitente (MAIL FROM)</translation>
    </message>
    <message>
        <source>Checking the recipient (RCPT TO)</source>
        <translation>Comprobando el destinatario (RCPT TO)</translation>
    </message>
    <message>
        <source>Cancelling the test envelope (RSET)</source>
        <translation>Cancelando el sobre de prueba (RSET)</translation>
    </message>
    <message>
        <source>Sending the test message (DATA)</source>
        <translation>Enviando el mensaje de prueba (DATA)</translation>
    </message>
    <message>
        <source>Saying goodbye (QUIT)</source>
        <translation>Despidiéndose (QUIT)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>SmtpVerdicts</name>
    <message>
        <source>The settings work</source>
        <translation>La configuración funciona</translation>
    </message>
    <message>
        <source>{host} port {port} answered, the connection was secured ({protocol}) and every step that was asked for succeeded.</source>
        <translation>{host} respondió en el puerto {port}, la conexión se protegió ({protocol}) y todos los pasos solicitados se completaron correctamente.</translation>
    </message>
    <message>
        <source>Use exactly these settings in your mail program.</source>
        <translation>Use exactamente esta configuración en su programa de correo.</translation>
    </message>
    <message>
        <source>The settings work, but without encryption</source>
        <translation>La configuración funciona, pero sin cifrado</translation>
    </message>
    <message>
        <source>{host} port {port} accepted every step, but the connection was not encrypted: anyone on the network path can read the mail.</source>
        <translation>{host} aceptó todos los pasos en el puerto {port}, pero la conexión no estaba cifrada: cualquiera en el camino de red puede leer el correo.</translation>
    </message>
    <message>
        <source>Prefer port 465 with SSL/TLS or port 587 with STARTTLS if the provider offers them.</source>
        <translation>Es preferible el puerto 465 con SSL/TLS o el puerto 587 con STARTTLS si el proveedor los ofrece.</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>Prueba cancelada</translation>
    </message>
    <message>
        <source>The test was stopped before it finished.</source>
        <translation>La prueba se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Run the test again when you are ready.</source>
        <translation>Vuelva a ejecutar la prueba cuando esté listo.</translation>
    </message>
    <message>
        <source>The test could not start</source>
        <translation>No se pudo iniciar la prueba</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Correct the settings and run the test again.</source>
        <translation>Corrija la configuración y vuelva a ejecutar la prueba.</translation>
    </message>
    <message>
        <source>Server name not found</source>
        <translation>No se encontró el nombre del servidor</translation>
    </message>
    <message>
        <source>The name {host} could not be looked up ({detail}).</source>
        <translation>No se pudo consultar el nombre {host} ({detail}).</translation>
    </message>
    <message>
        <source>Check the spelling of the server name (often smtp.&lt;your domain&gt;) and that this computer is online.</source>
        <translation>Revise cómo está escrito el nombre del servidor (a menudo smtp.&lt;su dominio&gt;) y que este equipo esté conectado a Internet.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>{host} refused connections on port {port}: nothing is listening there, or a firewall rejects it.</source>
        <translation>{host} rechazó las conexiones en el puerto {port}: no hay nada escuchando ahí o un cortafuegos las rechaza.</translation>
    </message>
    <message>
        <source>Check the port number. Submission usually uses 587 (STARTTLS) or 465 (SSL/TLS); port 25 is for servers, not mail programs.</source>
        <translation>Revise el número de puerto. El envío suele usar el 587 (STARTTLS) o el 465 (SSL/TLS); el puerto 25 es para servidores, no para programas de correo.</translation>
    </message>
    <message>
        <source>No answer on this port</source>
        <translation>No hay respuesta en este puerto</translation>
    </message>
    <message>
        <source>Connecting to {host} port {port} timed out. Such silence usually means a firewall drops the traffic; many internet providers block outgoing port 25.</source>
        <translation>Se agotó el tiempo al conectar con {host} en el puerto {port}. Este silencio suele significar que un cortafuegos descarta el tráfico; muchos proveedores de Internet bloquean el puerto 25 de salida.</translation>
    </message>
    <message>
        <source>Try port 587 with STARTTLS or port 465 with SSL/TLS, or another network.</source>
        <translation>Pruebe el puerto 587 con STARTTLS o el puerto 465 con SSL/TLS, u otra red.</translation>
    </message>
    <message>
        <source>The server accepted the connection but said nothing</source>
        <translation>El servidor aceptó la conexión, pero no dijo nada</translation>
    </message>
    <message>
        <source>{host} port {port} took the connection but sent no greeting. That is what a port that expects encryption from the first byte does (usually 465) when the mail program waits for a plain greeting.</source>
        <translation>{host} aceptó la conexión en el puerto {port}, pero no envió ningún saludo. Es lo que hace un puerto que espera cifrado desde el primer byte (normalmente el 465) cuando el programa de correo espera un saludo sin cifrar.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (implicit TLS) for this port, or STARTTLS on port 587.</source>
        <translation>Elija SSL/TLS (TLS implícito) para este puerto, o STARTTLS en el puerto 587.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>El servidor dejó de responder</translation>
    </message>
    <message>
        <source>{host} did not finish its answer at the step "{stage}" in time ({detail}).</source>
        <translation>{host} no terminó su respuesta en el paso «{stage}» a tiempo ({detail}).</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening the server or something between you and it (a filtering firewall or antivirus proxy) is faulty.</source>
        <translation>Vuelva a intentarlo más tarde; si sigue ocurriendo, el servidor o algo entre usted y él (un cortafuegos con filtrado o un proxy antivirus) está fallando.</translation>
    </message>
    <message>
        <source>The server hung up</source>
        <translation>El servidor colgó</translation>
    </message>
    <message>
        <source>{host} closed the connection at the step "{stage}" without an explanation.</source>
        <translation>{host} cerró la conexión en el paso «{stage}» sin dar explicaciones.</translation>
    </message>
    <message>
        <source>Try again; if it repeats, the server may be blocking your address or rate-limiting. Ask the provider and give them the transcript.</source>
        <translation>Vuelva a intentarlo; si se repite, puede que el servidor esté bloqueando su dirección o limitando la frecuencia. Consulte al proveedor y facilítele la transcripción.</translation>
    </message>
    <message>
        <source>This is not a mail server</source>
        <translation>Esto no es un servidor de correo</translation>
    </message>
    <message>
        <source>What {host} port {port} sent is not SMTP: {detail}</source>
        <translation>Lo que envió {host} en el puerto {port} no es SMTP: {detail}</translation>
    </message>
    <message>
        <source>Check the server name and port: they point at some other kind of service.</source>
        <translation>Revise el nombre del servidor y el puerto: apuntan a otro tipo de servicio.</translation>
    </message>
    <message>
        <source>The server sent an absurdly long reply</source>
        <translation>El servidor envió una respuesta absurdamente larga</translation>
    </message>
    <message>
        <source>{host} sent a reply line far longer than SMTP allows; the test stopped reading it.</source>
        <translation>{host} envió una línea de respuesta mucho más larga de lo que permite SMTP; la prueba dejó de leerla.</translation>
    </message>
    <message>
        <source>The server is broken or is not a mail server; check the name and port.</source>
        <translation>El servidor está averiado o no es un servidor de correo; revise el nombre y el puerto.</translation>
    </message>
    <message>
        <source>SSL/TLS chosen on a STARTTLS or plain port</source>
        <translation>Se eligió SSL/TLS en un puerto STARTTLS o sin cifrar</translation>
    </message>
    <message>
        <source>Port {port} on {host} starts unencrypted and expects STARTTLS, but the test started with SSL/TLS (implicit TLS) and the server answered in plain text.</source>
        <translation>El puerto {port} de {host} empieza sin cifrar y espera STARTTLS, pero la prueba empezó con SSL/TLS (TLS implícito) y el servidor respondió en texto sin cifrar.</translation>
    </message>
    <message>
        <source>Choose STARTTLS for this port (587 and 25), or use port 465 with SSL/TLS.</source>
        <translation>Elija STARTTLS para este puerto (587 y 25) o use el puerto 465 con SSL/TLS.</translation>
    </message>
    <message>
        <source>Encryption could not be set up</source>
        <translation>No se pudo establecer el cifrado</translation>
    </message>
    <message>
        <source>The TLS handshake with {host} failed: {detail}</source>
        <translation>Falló la negociación TLS con {host}: {detail}</translation>
    </message>
    <message>
        <source>The server may only offer outdated TLS versions or ciphers; ask the provider, or try the other port (465 or 587).</source>
        <translation>Puede que el servidor solo ofrezca versiones de TLS o cifrados obsoletos; consulte al proveedor o pruebe el otro puerto (465 o 587).</translation>
    </message>
    <message>
        <source>Encryption set-up never finished</source>
        <translation>El establecimiento del cifrado nunca terminó</translation>
    </message>
    <message>
        <source>{host} did not complete the TLS handshake in time.</source>
        <translation>{host} no completó la negociación TLS a tiempo.</translation>
    </message>
    <message>
        <source>If you chose SSL/TLS, the port may expect STARTTLS instead; otherwise try again later.</source>
        <translation>Si eligió SSL/TLS, puede que el puerto espere STARTTLS; si no, vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server hung up while setting up encryption</source>
        <translation>El servidor colgó mientras se establecía el cifrado</translation>
    </message>
    <message>
        <source>{host} closed the connection in the middle of the TLS handshake.</source>
        <translation>{host} cerró la conexión en mitad de la negociación TLS.</translation>
    </message>
    <message>
        <source>A firewall or filter may interfere with encrypted mail, or the server's TLS set-up is broken. Try the other port (465 or 587) or another network.</source>
        <translation>Puede que un cortafuegos o un filtro interfiera con el correo cifrado, o que la configuración TLS del servidor esté averiada. Pruebe el otro puerto (465 o 587) u otra red.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Certificado autofirmado</translation>
    </message>
    <message>
        <source>{host} presented a certificate it signed itself, so nobody vouches that it belongs to {host}.</source>
        <translation>{host} presentó un certificado firmado por él mismo, así que nadie garantiza que pertenezca a {host}.</translation>
    </message>
    <message>
        <source>Use the server name the provider documents (its certificate is usually valid). If this is your own server and you checked the fingerprint, trust this one certificate for the test.</source>
        <translation>Use el nombre de servidor que documenta el proveedor (su certificado suele ser válido). Si es su propio servidor y ha comprobado la huella, confíe en este certificado concreto para la prueba.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>El certificado ha caducado</translation>
    </message>
    <message>
        <source>The certificate of {host} is outside its validity period ({detail}).</source>
        <translation>El certificado de {host} está fuera de su periodo de validez ({detail}).</translation>
    </message>
    <message>
        <source>The server's administrator must renew the certificate; check also that this computer's clock is right.</source>
        <translation>El administrador del servidor debe renovar el certificado; compruebe también que el reloj de este equipo sea correcto.</translation>
    </message>
    <message>
        <source>The certificate is for another name</source>
        <translation>El certificado es para otro nombre</translation>
    </message>
    <message>
        <source>The certificate presented on {host} does not list that name ({detail}).</source>
        <translation>El certificado presentado en {host} no incluye ese nombre ({detail}).</translation>
    </message>
    <message>
        <source>Use the server name written in the certificate (often the provider's own host name, not your domain), or ask the administrator for a certificate that covers {host}.</source>
        <translation>Use el nombre de servidor que figura en el certificado (a menudo el nombre de host del propio proveedor, no su dominio) o pida al administrador un certificado que cubra {host}.</translation>
    </message>
    <message>
        <source>The certificate is not from a trusted authority</source>
        <translation>El certificado no procede de una autoridad de confianza</translation>
    </message>
    <message>
        <source>The certificate of {host} was issued by an authority this computer does not trust ({detail}).</source>
        <translation>El certificado de {host} lo emitió una autoridad en la que este equipo no confía ({detail}).</translation>
    </message>
    <message>
        <source>If it is a company or private CA, give its certificate file as the custom CA; otherwise the server is missing an intermediate certificate.</source>
        <translation>Si es una CA de empresa o privada, indique su archivo de certificado como CA personalizada; si no, al servidor le falta un certificado intermedio.</translation>
    </message>
    <message>
        <source>The certificate was not accepted</source>
        <translation>No se aceptó el certificado</translation>
    </message>
    <message>
        <source>The certificate of {host} failed verification ({detail}).</source>
        <translation>El certificado de {host} no superó la verificación ({detail}).</translation>
    </message>
    <message>
        <source>Ask the server's administrator to fix the certificate.</source>
        <translation>Pida al administrador del servidor que corrija el certificado.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>El servidor no ofrece STARTTLS</translation>
    </message>
    <message>
        <source>You asked for STARTTLS, but {host} port {port} does not offer it, so the connection would stay unencrypted.</source>
        <translation>Pidió STARTTLS, pero {host} no lo ofrece en el puerto {port}, así que la conexión seguiría sin cifrar.</translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS or port 587 with STARTTLS; if this is port 465 choose SSL/TLS.</source>
        <translation>Use el puerto 465 con SSL/TLS o el puerto 587 con STARTTLS; si es el puerto 465, elija SSL/TLS.</translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation>STARTTLS rechazado</translation>
    </message>
    <message>
        <source>{host} advertised STARTTLS but refused to start it: {reply}</source>
        <translation>{host} anunció STARTTLS, pero se negó a iniciarlo: {reply}</translation>
    </message>
    <message>
        <source>The server's TLS set-up is broken; try port 465 with SSL/TLS and tell the provider.</source>
        <translation>La configuración TLS del servidor está averiada; pruebe el puerto 465 con SSL/TLS e informe al proveedor.</translation>
    </message>
    <message>
        <source>The server refuses to talk to you</source>
        <translation>El servidor se niega a comunicarse con usted</translation>
    </message>
    <message>
        <source>{host} rejected the connection at once: {reply}</source>
        <translation>{host} rechazó la conexión de inmediato: {reply}</translation>
    </message>
    <message>
        <source>Your IP address may be blocked or on a blocklist; check the blocklists, or try another network.</source>
        <translation>Puede que su dirección IP esté bloqueada o en una lista de bloqueo; compruebe las listas de bloqueo o pruebe otra red.</translation>
    </message>
    <message>
        <source>The server rejected the greeting</source>
        <translation>El servidor rechazó el saludo</translation>
    </message>
    <message>
        <source>{host} did not accept our EHLO/HELO: {reply}</source>
        <translation>{host} no aceptó nuestro EHLO/HELO: {reply}</translation>
    </message>
    <message>
        <source>Tell the provider and include the transcript.</source>
        <translation>Informe al proveedor e incluya la transcripción.</translation>
    </message>
    <message>
        <source>The server requires encryption first</source>
        <translation>El servidor exige cifrado primero</translation>
    </message>
    <message>
        <source>{host} wants STARTTLS before anything else: {reply}</source>
        <translation>{host} quiere STARTTLS antes que nada: {reply}</translation>
    </message>
    <message>
        <source>Choose STARTTLS (or SSL/TLS on port 465) in the security setting.</source>
        <translation>Elija STARTTLS (o SSL/TLS en el puerto 465) en el ajuste de seguridad.</translation>
    </message>
    <message>
        <source>You must log in to send</source>
        <translation>Debe iniciar sesión para enviar</translation>
    </message>
    <message>
        <source>{host} only accepts mail from logged-in users: {reply}</source>
        <translation>{host} solo acepta correo de usuarios que han iniciado sesión: {reply}</translation>
    </message>
    <message>
        <source>Turn on "my server requires authentication" and enter your user name (usually the full address) and password.</source>
        <translation>Active «mi servidor requiere autenticación» e introduzca su nombre de usuario (normalmente la dirección completa) y su contraseña.</translation>
    </message>
    <message>
        <source>The server does not offer log-in</source>
        <translation>El servidor no ofrece inicio de sesión</translation>
    </message>
    <message>
        <source>{host} port {port} does not offer AUTH, even over TLS: it is probably a server for incoming mail only.</source>
        <translation>{host} no ofrece AUTH en el puerto {port}, ni siquiera a través de TLS: probablemente es un servidor solo para correo entrante.</translation>
    </message>
    <message>
        <source>Use the submission server and port your provider documents (587 or 465).</source>
        <translation>Use el servidor y el puerto de envío que documenta su proveedor (587 o 465).</translation>
    </message>
    <message>
        <source>Log-in is only offered after encryption</source>
        <translation>El inicio de sesión solo se ofrece tras el cifrado</translation>
    </message>
    <message>
        <source>{host} does not offer AUTH on an unencrypted connection.</source>
        <translation>{host} no ofrece AUTH en una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>Choose STARTTLS (or SSL/TLS on port 465); the password then travels encrypted.</source>
        <translation>Elija STARTTLS (o SSL/TLS en el puerto 465); así la contraseña viaja cifrada.</translation>
    </message>
    <message>
        <source>The chosen log-in method is not offered</source>
        <translation>No se ofrece el método de inicio de sesión elegido</translation>
    </message>
    <message>
        <source>{host} offers {offered}, not the method that was chosen ({auth}).</source>
        <translation>{host} ofrece {offered}, no el método elegido ({auth}).</translation>
    </message>
    <message>
        <source>Choose automatic or one of the offered methods. For XOAUTH2 the provider must offer it.</source>
        <translation>Elija automático o uno de los métodos ofrecidos. Para XOAUTH2, el proveedor debe ofrecerlo.</translation>
    </message>
    <message>
        <source>Password not sent over an unencrypted connection</source>
        <translation>La contraseña no se envió por una conexión sin cifrar</translation>
    </message>
    <message>
        <source>The connection to {host} is not encrypted, so the test did not send your password.</source>
        <translation>La conexión con {host} no está cifrada, así que la prueba no envió su contraseña.</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS. Only if this is a trusted local server, allow sending the password unencrypted for this test.</source>
        <translation>Elija STARTTLS o SSL/TLS. Solo si se trata de un servidor local de confianza, permita enviar la contraseña sin cifrar para esta prueba.</translation>
    </message>
    <message>
        <source>User name or password rejected</source>
        <translation>Nombre de usuario o contraseña rechazados</translation>
    </message>
    <message>
        <source>{host} rejected the log-in ({auth}): {reply}</source>
        <translation>{host} rechazó el inicio de sesión ({auth}): {reply}</translation>
    </message>
    <message>
        <source>Check the user name (usually the full e-mail address) and the password. If your account uses two-step verification, you need an app password.</source>
        <translation>Revise el nombre de usuario (normalmente la dirección de correo completa) y la contraseña. Si su cuenta usa la verificación en dos pasos, necesita una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>An app password is required</source>
        <translation>Se requiere una contraseña de aplicación</translation>
    </message>
    <message>
        <source>{host} wants an application-specific password, not your normal password: {reply}</source>
        <translation>{host} quiere una contraseña específica de aplicación, no su contraseña habitual: {reply}</translation>
    </message>
    <message>
        <source>Create an app password in your account's security settings and use it here.</source>
        <translation>Cree una contraseña de aplicación en los ajustes de seguridad de su cuenta y úsela aquí.</translation>
    </message>
    <message>
        <source>SMTP log-in is switched off for this account</source>
        <translation>El inicio de sesión SMTP está desactivado para esta cuenta</translation>
    </message>
    <message>
        <source>{host} says authenticated SMTP is disabled for this mailbox or organisation: {reply}</source>
        <translation>{host} indica que el SMTP autenticado está desactivado para este buzón u organización: {reply}</translation>
    </message>
    <message>
        <source>The administrator must enable SMTP AUTH for the mailbox (Microsoft 365: "Authenticated SMTP"), or use OAuth2.</source>
        <translation>El administrador debe activar SMTP AUTH para el buzón (Microsoft 365: «SMTP autenticado») o usar OAuth2.</translation>
    </message>
    <message>
        <source>Log-in temporarily unavailable</source>
        <translation>Inicio de sesión no disponible temporalmente</translation>
    </message>
    <message>
        <source>{host} could not check the password right now: {reply}</source>
        <translation>{host} no pudo comprobar la contraseña en este momento: {reply}</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>The server will not pass the mail on (relay denied)</source>
        <translation>El servidor no retransmitirá el correo (retransmisión denegada)</translation>
    </message>
    <message>
        <source>{host} refused to deliver to that recipient for you: {reply}. Servers only relay mail for logged-in users.</source>
        <translation>{host} se negó a entregar el correo a ese destinatario en su nombre: {reply}. Los servidores solo retransmiten correo de usuarios que han iniciado sesión.</translation>
    </message>
    <message>
        <source>Log in (turn on authentication) and use the submission port 587 or 465, not port 25.</source>
        <translation>Inicie sesión (active la autenticación) y use el puerto de envío 587 o 465, no el puerto 25.</translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <translation>Se rechazó la dirección del remitente</translation>
    </message>
    <message>
        <source>{host} does not accept mail from that sender: {reply}</source>
        <translation>{host} no acepta correo de ese remitente: {reply}</translation>
    </message>
    <message>
        <source>Send from an address that belongs to your account (the From you log in with), or check that the domain is spelled correctly.</source>
        <translation>Envíe desde una dirección que pertenezca a su cuenta (la dirección From con la que inicia sesión) o compruebe que el dominio esté bien escrito.</translation>
    </message>
    <message>
        <source>The recipient does not exist</source>
        <translation>El destinatario no existe</translation>
    </message>
    <message>
        <source>{host} says the recipient address does not exist: {reply}</source>
        <translation>{host} indica que la dirección del destinatario no existe: {reply}</translation>
    </message>
    <message>
        <source>Check the spelling of the recipient address.</source>
        <translation>Revise cómo está escrita la dirección del destinatario.</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>El mensaje es demasiado grande</translation>
    </message>
    <message>
        <source>{host} refuses messages of this size: {reply}</source>
        <translation>{host} rechaza los mensajes de este tamaño: {reply}</translation>
    </message>
    <message>
        <source>Send smaller attachments or share a link to the file instead.</source>
        <translation>Envíe adjuntos más pequeños o comparta un enlace al archivo en su lugar.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>El buzón del destinatario está lleno</translation>
    </message>
    <message>
        <source>{host} cannot store more mail for the recipient: {reply}</source>
        <translation>{host} no puede almacenar más correo para el destinatario: {reply}</translation>
    </message>
    <message>
        <source>Tell the recipient another way, or try again later.</source>
        <translation>Avise al destinatario por otra vía o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Greylisted: try again later</source>
        <translation>En lista gris: vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>{host} temporarily refused the message, as greylisting servers do with senders they have not seen before: {reply}</source>
        <translation>{host} rechazó temporalmente el mensaje, como hacen los servidores con lista gris con los remitentes que no han visto antes: {reply}</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings. A real mail server retries automatically and gets through after a few minutes.</source>
        <translation>Su configuración no tiene ningún problema. Un servidor de correo real lo reintenta automáticamente y consigue pasar al cabo de unos minutos.</translation>
    </message>
    <message>
        <source>Temporary refusal</source>
        <translation>Rechazo temporal</translation>
    </message>
    <message>
        <source>{host} refused for now at the step "{stage}": {reply}</source>
        <translation>{host} rechazó por ahora en el paso «{stage}»: {reply}</translation>
    </message>
    <message>
        <source>Try again later; if it persists, ask the provider.</source>
        <translation>Vuelva a intentarlo más tarde; si persiste, consulte al proveedor.</translation>
    </message>
    <message>
        <source>The server refused</source>
        <translation>El servidor rechazó</translation>
    </message>
    <message>
        <source>{host} refused at the step "{stage}": {reply}</source>
        <translation>{host} rechazó en el paso «{stage}»: {reply}</translation>
    </message>
    <message>
        <source>Read the server's reason above; give the transcript to the provider if it is unclear.</source>
        <translation>Lea arriba el motivo del servidor; si no está claro, facilite la transcripción al proveedor.</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>The connection to {host} failed: {detail}</source>
        <translation>Falló la conexión con {host}: {detail}</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Gmail and Google Workspace refuse your normal password when two-step verification is on: create an app password (Google Account → Security → App passwords) or sign in with OAuth2.</source>
        <translation>Gmail y Google Workspace rechazan su contraseña habitual cuando la verificación en dos pasos está activada: cree una contraseña de aplicación (Cuenta de Google → Seguridad → Contraseñas de aplicaciones) o inicie sesión con OAuth2.</translation>
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 need smtp.office365.com port 587 with STARTTLS; with two-step verification use an app password, and in Microsoft 365 the administrator must allow "Authenticated SMTP" for the mailbox (or use OAuth2).</source>
        <translation>Outlook.com y Microsoft 365 necesitan smtp.office365.com en el puerto 587 con STARTTLS; con la verificación en dos pasos, use una contraseña de aplicación, y en Microsoft 365 el administrador debe permitir «SMTP autenticado» para el buzón (o use OAuth2).</translation>
    </message>
    <message>
        <source>Yahoo and AOL accept only an app password for mail programs: generate one under Account security → Generate app password.</source>
        <translation>Yahoo y AOL solo aceptan una contraseña de aplicación para los programas de correo: genere una en Seguridad de la cuenta → Generar contraseña de aplicación.</translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password (appleid.apple.com → Sign-In and Security) and the user name is your full iCloud address.</source>
        <translation>iCloud Mail necesita una contraseña específica de aplicación (appleid.apple.com → Inicio de sesión y seguridad) y el nombre de usuario es su dirección de iCloud completa.</translation>
    </message>
</context>
<context>
    <name>SpfCommand</name>
    <message>
        <source>SPF result: %1</source>
        <translation>Resultado SPF: %1</translation>
    </message>
    <message>
        <source>Identity:   %1 %2 (domain %3), IP %4, HELO %5</source>
        <translation>Identidad:  %1 %2 (dominio %3), IP %4, HELO %5</translation>
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
        <translation>Registro:   %1</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Decidido por: %1</translation>
    </message>
    <message>
        <source>Problem:    %1</source>
        <translation>Problema:   %1</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Explicación: %1</translation>
    </message>
    <message>
        <source>Lookups:    %1 of 10 (void: %2 of 2), %3 DNS queries for the evaluation, %4 ms</source>
        <translation>Consultas:  %1 de 10 (vacías: %2 de 2), %3 consultas DNS para la evaluación, %4 ms</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>Traza:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>Whole SPF tree: %1 lookups, %2 void lookups (independent of the IP)</source>
        <translation>Árbol SPF completo: %1 consultas, %2 consultas vacías (independientemente de la IP)</translation>
    </message>
    <message>
        <source>Suggested record for %1:</source>
        <translation>Registro sugerido para %1:</translation>
    </message>
    <message>
        <source>(%1's include authorizes %2)</source>
        <translation>(el include de %1 autoriza %2)</translation>
    </message>
    <message numerus="yes">
        <source>DNS queries sent in total: %n</source>
        <translation>
            <numerusform>Consultas DNS enviadas en total: %n</numerusform>
            <numerusform>Consultas DNS enviadas en total: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluates SPF (RFC 7208 check_host) for a sending IP, MAIL FROM and HELO.
An empty --mail-from "" is the null sender: the HELO name is checked.</source>
        <translation>Evalúa SPF (check_host de RFC 7208) para una IP de envío, un MAIL FROM y un HELO.
Un --mail-from "" vacío es el remitente nulo: se comprueba el nombre HELO.</translation>
    </message>
    <message>
        <source>Sending IP address (IPv4 or IPv6).</source>
        <translation>Dirección IP de envío (IPv4 o IPv6).</translation>
    </message>
    <message>
        <source>Envelope sender (MAIL FROM); "" for the null sender.</source>
        <translation>Remitente del sobre (MAIL FROM); "" para el remitente nulo.</translation>
    </message>
    <message>
        <source>HELO/EHLO name the client gave.</source>
        <translation>Nombre HELO/EHLO que indicó el cliente.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>Do not walk the whole SPF tree for warnings.</source>
        <translation>No recorrer todo el árbol SPF en busca de advertencias.</translation>
    </message>
    <message>
        <source>Ask the DNS strictly one question at a time, in evaluation order.</source>
        <translation>Preguntar al DNS estrictamente de una en una, en el orden de evaluación.</translation>
    </message>
    <message>
        <source>Name of the receiving host, for the %{r} macro.</source>
        <translation>Nombre del host receptor, para la macro %{r}.</translation>
    </message>
    <message>
        <source>unexpected argument "%1" (see --help)</source>
        <translation>argumento inesperado «%1» (consulte --help)</translation>
    </message>
    <message>
        <source>--ip is required</source>
        <translation>--ip es obligatorio</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
    <message>
        <source>--mail-from is required (use --mail-from "" for the null sender)</source>
        <translation>--mail-from es obligatorio (use --mail-from "" para el remitente nulo)</translation>
    </message>
    <message>
        <source>the null sender needs --helo: its SPF check is done on the HELO name</source>
        <translation>el remitente nulo necesita --helo: su comprobación SPF se hace sobre el nombre HELO</translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
    <message>
        <source>"%1" is not a valid multi-label domain name</source>
        <translation>«%1» no es un nombre de dominio válido de varias etiquetas</translation>
    </message>
    <message>
        <source>DNS error looking up the SPF record of %1: %2</source>
        <translation>Error de DNS al consultar el registro SPF de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 no tiene registro SPF</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one</source>
        <translation>%1 tiene %2 registros SPF; debe haber exactamente uno</translation>
    </message>
    <message>
        <source>Syntax error in the SPF record of %1 at position %2 ("%3"): %4</source>
        <translation>Error de sintaxis en el registro SPF de %1 en la posición %2 («%3»): %4</translation>
    </message>
    <message>
        <source>More than %1 DNS-querying mechanisms and modifiers ("%2" in the record of %3)</source>
        <translation>Más de %1 mecanismos y modificadores que consultan el DNS («%2» en el registro de %3)</translation>
    </message>
    <message>
        <source>Not a valid DNS name: explanation ignored</source>
        <translation>No es un nombre DNS válido: se ignora la explicación</translation>
    </message>
    <message>
        <source>No single TXT record: explanation ignored</source>
        <translation>No hay un único registro TXT: se ignora la explicación</translation>
    </message>
    <message>
        <source>Invalid explanation text: ignored</source>
        <translation>Texto de explicación no válido: se ignora</translation>
    </message>
    <message>
        <source>redirect= names "%1", which is not a valid domain</source>
        <translation>redirect= indica «%1», que no es un dominio válido</translation>
    </message>
    <message>
        <source>redirect=%1: that domain has no SPF record</source>
        <translation>redirect=%1: ese dominio no tiene registro SPF</translation>
    </message>
    <message>
        <source>More than %1 void lookups (names without any record)</source>
        <translation>Más de %1 consultas vacías (nombres sin ningún registro)</translation>
    </message>
    <message>
        <source>DNS error for %1 (%2): %3</source>
        <translation>Error de DNS para %1 (%2): %3</translation>
    </message>
    <message>
        <source>include: names "%1", which is not a valid domain</source>
        <translation>include: indica «%1», que no es un dominio válido</translation>
    </message>
    <message>
        <source>include:%1: that domain has no SPF record</source>
        <translation>include:%1: ese dominio no tiene registro SPF</translation>
    </message>
    <message>
        <source>"%1" is not a valid DNS name: treated as non-existent</source>
        <translation>«%1» no es un nombre DNS válido: se trata como inexistente</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; SPF allows at most %3</source>
        <translation>%1 tiene %2 registros MX; SPF permite como máximo %3</translation>
    </message>
    <message>
        <source>The check took longer than %1 seconds</source>
        <translation>La comprobación tardó más de %1 segundos</translation>
    </message>
</context>
<context>
    <name>SpfLint</name>
    <message>
        <source>%1: not a JSON object with a "providers" array (%2)</source>
        <translation>%1: no es un objeto JSON con una matriz «providers» (%2)</translation>
    </message>
    <message>
        <source>%1: provider entry %2 ("%3") needs a name, a valid include domain and ptrSuffixes</source>
        <translation>%1: la entrada de proveedor %2 («%3») necesita un nombre, un dominio de include válido y ptrSuffixes</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: no se puede leer</translation>
    </message>
    <message>
        <source>%1: a TXT string of the SPF record is longer than 255 characters</source>
        <translation>%1: una cadena TXT del registro SPF tiene más de 255 caracteres</translation>
    </message>
    <message>
        <source>%1: the SPF record is %2 bytes; over 512 bytes it may not fit a DNS answer over UDP</source>
        <translation>%1: el registro SPF ocupa %2 bytes; por encima de 512 bytes puede no caber en una respuesta DNS por UDP</translation>
    </message>
    <message>
        <source>%1: the ptr mechanism should not be used (RFC 7208 §5.5): it is slow and unreliable</source>
        <translation>%1: no debería usarse el mecanismo ptr (RFC 7208 §5.5): es lento y poco fiable</translation>
    </message>
    <message>
        <source>%1: include:%2 appears more than once</source>
        <translation>%1: include:%2 aparece más de una vez</translation>
    </message>
    <message>
        <source>%1: "%2" authorizes every host on the internet to send as this domain</source>
        <translation>%1: «%2» autoriza a todos los hosts de Internet a enviar en nombre de este dominio</translation>
    </message>
    <message>
        <source>%1: "?all" makes no statement about other hosts; use ~all or -all</source>
        <translation>%1: «?all» no dice nada sobre los demás hosts; use ~all o -all</translation>
    </message>
    <message>
        <source>No DNS resolver</source>
        <translation>No hay resolvedor DNS</translation>
    </message>
    <message>
        <source>%1 is included more than once in the SPF tree, or in a loop</source>
        <translation>%1 se incluye más de una vez en el árbol SPF, o en un bucle</translation>
    </message>
    <message>
        <source>The include chain is deeper than 10 levels at %1</source>
        <translation>La cadena de include tiene más de 10 niveles de profundidad en %1</translation>
    </message>
    <message>
        <source>%1: a deprecated SPF (type 99) record is published; RFC 7208 uses only TXT</source>
        <translation>%1: hay publicado un registro SPF obsoleto (tipo 99); RFC 7208 solo usa TXT</translation>
    </message>
    <message>
        <source>%1: the SPF record could not be read (%2)</source>
        <translation>%1: no se pudo leer el registro SPF (%2)</translation>
    </message>
    <message>
        <source>a DNS error</source>
        <translation>un error de DNS</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 no tiene registro SPF</translation>
    </message>
    <message>
        <source>%1 is included but has no SPF record (permerror)</source>
        <translation>%1 está incluido, pero no tiene registro SPF (permerror)</translation>
    </message>
    <message>
        <source>a missing record</source>
        <translation>un registro que falta</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one (permerror)</source>
        <translation>%1 tiene %2 registros SPF; debe haber exactamente uno (permerror)</translation>
    </message>
    <message>
        <source>multiple records</source>
        <translation>varios registros</translation>
    </message>
    <message>
        <source>%1: syntax error at position %2 ("%3"): %4</source>
        <translation>%1: error de sintaxis en la posición %2 («%3»): %4</translation>
    </message>
    <message>
        <source>a syntax error</source>
        <translation>un error de sintaxis</translation>
    </message>
    <message>
        <source>macros</source>
        <translation>macros</translation>
    </message>
    <message>
        <source>a non-pass ip4/ip6 term</source>
        <translation>un término ip4/ip6 que no es pass</translation>
    </message>
    <message>
        <source>a non-pass include</source>
        <translation>un include que no es pass</translation>
    </message>
    <message>
        <source>the ptr mechanism</source>
        <translation>el mecanismo ptr</translation>
    </message>
    <message>
        <source>the exists mechanism</source>
        <translation>el mecanismo exists</translation>
    </message>
    <message>
        <source>a non-pass a/mx term</source>
        <translation>un término a/mx que no es pass</translation>
    </message>
    <message>
        <source>%1: "%2" names %3, which has no A/AAAA records</source>
        <translation>%1: «%2» indica %3, que no tiene registros A/AAAA</translation>
    </message>
    <message>
        <source>%1: "%2" names %3, which has no MX records</source>
        <translation>%1: «%2» indica %3, que no tiene registros MX</translation>
    </message>
    <message>
        <source>%1: %2 has %3 MX records; the mx mechanism allows at most 10 (permerror)</source>
        <translation>%1: %2 tiene %3 registros MX; el mecanismo mx permite como máximo 10 (permerror)</translation>
    </message>
    <message>
        <source>%1: the SPF tree needs %2 DNS lookups; more than 10 is a permerror (RFC 7208 §4.6.4)</source>
        <translation>%1: el árbol SPF necesita %2 consultas DNS; más de 10 es un permerror (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>%1: the SPF tree has %2 void lookups; more than 2 is a permerror</source>
        <translation>%1: el árbol SPF tiene %2 consultas vacías; más de 2 es un permerror</translation>
    </message>
</context>
<context>
    <name>SpfMacro</name>
    <message>
        <source>A "%" at the end must be written "%%"</source>
        <translation>Un «%» al final debe escribirse «%%»</translation>
    </message>
    <message>
        <source>A "%" must be followed by "{", "%", "_" or "-"</source>
        <translation>Un «%» debe ir seguido de «{», «%», «_» o «-»</translation>
    </message>
    <message>
        <source>Non-ASCII character in the record</source>
        <translation>Carácter no ASCII en el registro</translation>
    </message>
    <message>
        <source>Invalid character (code %1)</source>
        <translation>Carácter no válido (código %1)</translation>
    </message>
    <message>
        <source>The domain is empty</source>
        <translation>El dominio está vacío</translation>
    </message>
    <message>
        <source>"%1" is not a domain name (no dot before the top-level label)</source>
        <translation>«%1» no es un nombre de dominio (no hay un punto antes de la etiqueta de nivel superior)</translation>
    </message>
    <message>
        <source>"%1" does not end in a valid top-level label</source>
        <translation>«%1» no termina en una etiqueta de nivel superior válida</translation>
    </message>
    <message>
        <source>Unterminated macro: "%{" at the end</source>
        <translation>Macro sin terminar: «%{» al final</translation>
    </message>
    <message>
        <source>Unknown macro letter "%1"</source>
        <translation>Letra de macro desconocida «%1»</translation>
    </message>
    <message>
        <source>The macro letter "%1" is only allowed in explanation text</source>
        <translation>La letra de macro «%1» solo se permite en el texto de explicación</translation>
    </message>
    <message>
        <source>A macro's digit transformer must not be zero</source>
        <translation>El transformador de dígitos de una macro no debe ser cero</translation>
    </message>
    <message>
        <source>Malformed macro: expected "}"</source>
        <translation>Macro mal formada: se esperaba «}»</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>The record does not start with "v=spf1" followed by a space</source>
        <translation>El registro no empieza por «v=spf1» seguido de un espacio</translation>
    </message>
    <message>
        <source>The modifier "%1" appears more than once</source>
        <translation>El modificador «%1» aparece más de una vez</translation>
    </message>
    <message>
        <source>Invalid %1= domain: %2</source>
        <translation>Dominio %1= no válido: %2</translation>
    </message>
    <message>
        <source>Invalid value of the modifier "%1": %2</source>
        <translation>Valor no válido del modificador «%1»: %2</translation>
    </message>
    <message>
        <source>"%1" needs ":" and a domain</source>
        <translation>«%1» necesita «:» y un dominio</translation>
    </message>
    <message>
        <source>"%1" takes no prefix length</source>
        <translation>«%1» no admite longitud de prefijo</translation>
    </message>
    <message>
        <source>Invalid domain in "%1": %2</source>
        <translation>Dominio no válido en «%1»: %2</translation>
    </message>
    <message>
        <source>"all" takes no arguments</source>
        <translation>«all» no admite argumentos</translation>
    </message>
    <message>
        <source>Malformed "%1": expected [:domain][/ip4-prefix][//ip6-prefix]</source>
        <translation>«%1» mal formado: se esperaba [:dominio][/prefijo-ip4][//prefijo-ip6]</translation>
    </message>
    <message>
        <source>Invalid IPv4 prefix length "/%1" (0 to 32, no leading zeros)</source>
        <translation>Longitud de prefijo IPv4 no válida «/%1» (de 0 a 32, sin ceros a la izquierda)</translation>
    </message>
    <message>
        <source>Invalid IPv6 prefix length "//%1" (0 to 128, no leading zeros)</source>
        <translation>Longitud de prefijo IPv6 no válida «//%1» (de 0 a 128, sin ceros a la izquierda)</translation>
    </message>
    <message>
        <source>"%1" needs ":" and an address</source>
        <translation>«%1» necesita «:» y una dirección</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 address</source>
        <translation>«%1» no es una dirección IPv4</translation>
    </message>
    <message>
        <source>"%1" is not an IPv6 address</source>
        <translation>«%1» no es una dirección IPv6</translation>
    </message>
    <message>
        <source>Invalid prefix length "%1"</source>
        <translation>Longitud de prefijo no válida «%1»</translation>
    </message>
    <message>
        <source>Empty mechanism</source>
        <translation>Mecanismo vacío</translation>
    </message>
    <message>
        <source>Unknown mechanism "%1"</source>
        <translation>Mecanismo desconocido «%1»</translation>
    </message>
    <message>
        <source>The record is %1 characters long, more than the %2 this check reads (RFC 7208 §3.4 advises under 450 so it fits one UDP answer)</source>
        <translation>El registro tiene %1 caracteres, más de los %2 que lee esta comprobación (RFC 7208 §3.4 aconseja menos de 450 para que quepa en una respuesta UDP)</translation>
    </message>
    <message numerus="yes">
        <source>The record has more than %n terms; the rest were not read</source>
        <translation>
            <numerusform>El registro tiene más de %n término; el resto no se ha leído</numerusform>
            <numerusform>El registro tiene más de %n términos; el resto no se ha leído</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpfResult</name>
    <message numerus="yes">
        <source>%n void</source>
        <translation>
            <numerusform>%n vacía</numerusform>
            <numerusform>%n vacías</numerusform>
        </translation>
    </message>
    <message>
        <source>none: no SPF record</source>
        <translation>none: no hay registro SPF</translation>
    </message>
    <message>
        <source>neutral: the domain makes no statement about this IP</source>
        <translation>neutral: el dominio no dice nada sobre esta IP</translation>
    </message>
    <message>
        <source>pass: the IP is authorized</source>
        <translation>pass: la IP está autorizada</translation>
    </message>
    <message>
        <source>fail: the IP is not authorized</source>
        <translation>fail: la IP no está autorizada</translation>
    </message>
    <message>
        <source>softfail: the IP is probably not authorized</source>
        <translation>softfail: probablemente la IP no está autorizada</translation>
    </message>
    <message>
        <source>temperror: a DNS error stopped the check</source>
        <translation>temperror: un error de DNS detuvo la comprobación</translation>
    </message>
    <message>
        <source>permerror: the SPF record cannot be evaluated</source>
        <translation>permerror: no se puede evaluar el registro SPF</translation>
    </message>
    <message>
        <source>SPF for %1</source>
        <translation>SPF para %1</translation>
    </message>
    <message>
        <source>%1 for %2 from %3</source>
        <translation>%1 para %2 desde %3</translation>
    </message>
    <message>
        <source>The domain's explanation: %1</source>
        <translation>Explicación del dominio: %1</translation>
    </message>
    <message>
        <source>Decided by "%1"</source>
        <translation>Decidido por «%1»</translation>
    </message>
    <message>
        <source>Publish this record at %1 (replacing the current SPF record).</source>
        <translation>Publique este registro en %1 (sustituyendo el registro SPF actual).</translation>
    </message>
    <message>
        <source>1 lookup</source>
        <translation>1 consulta</translation>
    </message>
    <message numerus="yes">
        <source>%n lookups</source>
        <translation>
            <numerusform>%n consulta</numerusform>
            <numerusform>%n consultas</numerusform>
        </translation>
    </message>
    <message>
        <source>match</source>
        <translation>coincide</translation>
    </message>
    <message numerus="yes">
        <source>DNS lookups counted: %n of the 10 allowed</source>
        <translation>
            <numerusform>Consultas DNS contabilizadas: %n de las 10 permitidas</numerusform>
            <numerusform>Consultas DNS contabilizadas: %n de las 10 permitidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Check progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Cancelar comprobación</translation>
    </message>
    <message>
        <source>Stops the running check; results so far stay on screen</source>
        <translation>Detiene la comprobación en curso; los resultados obtenidos hasta ahora siguen en pantalla</translation>
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
        <translation>Los receptores comprueban que su dominio permite enviar a su servidor (SPF), que el mensaje está firmado (DKIM) y qué les pide su dominio que hagan cuando ambos fallan (DMARC).</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Qué se comprueba</translation>
    </message>
    <message>
        <source>SPF, DKIM and DMARC checks</source>
        <translation>Comprobaciones de SPF, DKIM y DMARC</translation>
    </message>
    <message>
        <source>Chec&amp;ks of the domain:</source>
        <translation>Comprobacio&amp;nes del dominio:</translation>
    </message>
    <message>
        <source>SPF evaluation</source>
        <translation>Evaluación SPF</translation>
    </message>
    <message>
        <source>SPF &amp;evaluation, term by term (DNS lookups count against the limit of 10):</source>
        <translation>&amp;Evaluación SPF, término a término (las consultas DNS cuentan para el límite de 10):</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>SPF evaluation tree</source>
        <translation>Árbol de evaluación SPF</translation>
    </message>
    <message>
        <source>Each SPF term with its result and the DNS lookups it used</source>
        <translation>Cada término SPF con su resultado y las consultas DNS que usó</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <translation>Alineación DMARC</translation>
    </message>
    <message>
        <source>Publish the suggested records at your DNS host (copy them with the button), wait for the TTL to pass, and re-run the checks. DMARC passes when SPF or DKIM passes for a domain that matches the From address.</source>
        <translation>Publique los registros sugeridos en su proveedor de DNS (cópielos con el botón), espere a que pase el TTL y vuelva a ejecutar las comprobaciones. DMARC da resultado correcto cuando SPF o DKIM dan resultado correcto para un dominio que coincide con la dirección From.</translation>
    </message>
    <message>
        <source>Authentication checks cancelled.</source>
        <translation>Comprobaciones de autenticación canceladas.</translation>
    </message>
    <message>
        <source>The bounce names no sender domain. Enter it on the first step (Facts for the checks).</source>
        <translation>El rebote no indica ningún dominio de remitente. Introdúzcalo en el primer paso (Datos para las comprobaciones).</translation>
    </message>
    <message>
        <source>No DNS resolver: %1</source>
        <translation>No hay resolvedor DNS: %1</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>dominio %1</translation>
    </message>
    <message>
        <source>DKIM selector %1</source>
        <translation>selector DKIM %1</translation>
    </message>
    <message>
        <source>SPF for the sending IP %1</source>
        <translation>SPF para la IP de envío %1</translation>
    </message>
    <message>
        <source>Checking %1.</source>
        <translation>Comprobando %1.</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Comprobado: %1</translation>
    </message>
    <message>
        <source>Authentication: %1 done (%2 of %3).</source>
        <translation>Autenticación: %1 hecho (%2 de %3).</translation>
    </message>
    <message>
        <source>Asking DNS…</source>
        <translation>Consultando el DNS…</translation>
    </message>
    <message>
        <source>No sending IP: SPF can only be evaluated for an IP. Enter it on the first step.</source>
        <translation>No hay IP de envío: SPF solo se puede evaluar para una IP. Introdúzcala en el primer paso.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>SPF record of %1</source>
        <translation>Registro SPF de %1</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>coincidencia: %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message numerus="yes">
        <source>SPF for %1 sending as %2: %3. %n DNS lookup(s) of the 10 allowed.</source>
        <translation>
            <numerusform>SPF para %1 enviando como %2: %3. %n consulta DNS de las 10 permitidas.</numerusform>
            <numerusform>SPF para %1 enviando como %2: %3. %n consultas DNS de las 10 permitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>From domain %1 (organizational domain %2).</source>
        <translation>Dominio From %1 (dominio organizativo %2).</translation>
    </message>
    <message>
        <source>SPF checks %1: %2.</source>
        <translation>SPF comprueba %1: %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>aligned with the From domain</source>
        <translation>alineado con el dominio From</translation>
    </message>
    <message>
        <source>not aligned with the From domain</source>
        <translation>no alineado con el dominio From</translation>
    </message>
    <message>
        <source>DKIM signs as %1: %2.</source>
        <translation>DKIM firma como %1: %2.</translation>
    </message>
    <message>
        <source>The returned message shows no DKIM signature, so only SPF can make DMARC pass.</source>
        <translation>El mensaje devuelto no muestra ninguna firma DKIM, así que solo SPF puede hacer que DMARC dé resultado correcto.</translation>
    </message>
</context>
<context>
    <name>StepPageBlocklists</name>
    <message>
        <source>Receiving servers refuse mail from IP addresses and domains on public blocklists. This step asks each list about your sending IP and domain, and checks the IP's reverse DNS name.</source>
        <translation>Los servidores receptores rechazan el correo de direcciones IP y dominios que figuran en listas de bloqueo públicas. Este paso consulta cada lista sobre su IP de envío y su dominio, y comprueba el nombre de DNS inverso de la IP.</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Qué se comprueba</translation>
    </message>
    <message>
        <source>Blocklist summary</source>
        <translation>Resumen de las listas de bloqueo</translation>
    </message>
    <message>
        <source>&amp;Blocklists:</source>
        <translation>&amp;Listas de bloqueo:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Lista de bloqueo</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Blocklist results</source>
        <translation>Resultados de las listas de bloqueo</translation>
    </message>
    <message>
        <source>One row per blocklist and checked address: listed, clean or couldn't check</source>
        <translation>Una fila por lista de bloqueo y dirección comprobada: en la lista, limpia o no se pudo comprobar</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Asks every blocklist again, for example after a removal request</source>
        <translation>Vuelve a consultar todas las listas de bloqueo, por ejemplo después de una solicitud de exclusión</translation>
    </message>
    <message>
        <source>Open &amp;removal page</source>
        <translation>Abrir la página de &amp;exclusión</translation>
    </message>
    <message>
        <source>Opens the selected blocklist's removal or lookup page in the web browser</source>
        <translation>Abre en el navegador web la página de exclusión o de consulta de la lista de bloqueo seleccionada</translation>
    </message>
    <message>
        <source>Reverse DNS of the sending IP:</source>
        <translation>DNS inverso de la IP de envío:</translation>
    </message>
    <message>
        <source>Reverse DNS results</source>
        <translation>Resultados del DNS inverso</translation>
    </message>
    <message>
        <source>Listed: the list names your IP or domain; follow its removal page after fixing the reason (an infected device, an open relay, a compromised account). Couldn't check: the list did not answer or refuses your DNS resolver — this says nothing about a listing.</source>
        <translation>En la lista: la lista incluye su IP o su dominio; siga su página de exclusión después de corregir el motivo (un dispositivo infectado, un relé abierto, una cuenta comprometida). No se pudo comprobar: la lista no respondió o rechaza su resolvedor DNS; esto no dice nada sobre una inclusión.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n list(s).</source>
        <translation>
            <numerusform>Cancelado tras %n lista.</numerusform>
            <numerusform>Cancelado tras %n listas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocklist checks cancelled.</source>
        <translation>Comprobaciones de listas de bloqueo canceladas.</translation>
    </message>
    <message>
        <source>sending IP %1</source>
        <translation>IP de envío %1</translation>
    </message>
    <message>
        <source>sender domain %1</source>
        <translation>dominio del remitente %1</translation>
    </message>
    <message>
        <source>The bounce gives no sending IP or sender domain. Enter them on the first step (Facts for the checks) to check the blocklists.</source>
        <translation>El rebote no indica ninguna IP de envío ni ningún dominio de remitente. Introdúzcalos en el primer paso (Datos para las comprobaciones) para comprobar las listas de bloqueo.</translation>
    </message>
    <message>
        <source>Checking %1.</source>
        <translation>Comprobando %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>No DNS resolver: %1</source>
        <translation>No hay resolvedor DNS: %1</translation>
    </message>
    <message>
        <source>The blocklist catalogue could not be loaded: %1</source>
        <translation>No se pudo cargar el catálogo de listas de bloqueo: %1</translation>
    </message>
    <message>
        <source>Asking the blocklists…</source>
        <translation>Consultando las listas de bloqueo…</translation>
    </message>
    <message>
        <source>Blocklists: checking %1…</source>
        <translation>Listas de bloqueo: comprobando %1…</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Limpia</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Listed on %1, clean on %2, couldn't check %3.</source>
        <translation>En la lista en %1, limpia en %2, no se pudo comprobar en %3.</translation>
    </message>
    <message>
        <source>Blocklists done: %1 listed, %2 clean, %3 couldn't check.</source>
        <translation>Listas de bloqueo terminadas: %1 en la lista, %2 limpias, %3 no se pudieron comprobar.</translation>
    </message>
    <message>
        <source>Could not open a web browser. The page is: %1</source>
        <translation>No se pudo abrir un navegador web. La página es: %1</translation>
    </message>
</context>
<context>
    <name>StepPageContent</name>
    <message>
        <source>Spam filters judge the message itself and how you send: links, attachments, size, and sudden jumps in volume. This advice comes from the message that came back with the bounce.</source>
        <translation>Los filtros de spam juzgan el propio mensaje y su forma de enviar: enlaces, adjuntos, tamaño y aumentos repentinos de volumen. Estos consejos se basan en el mensaje que volvió con el rebote.</translation>
    </message>
    <message>
        <source>What the bounce says about content</source>
        <translation>Qué dice el rebote sobre el contenido</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Consejos:</translation>
    </message>
    <message>
        <source>Content advice</source>
        <translation>Consejos sobre el contenido</translation>
    </message>
    <message>
        <source>Send a plain test message without links or attachments to the same recipient. If it arrives, the content was the problem; add elements back one at a time.</source>
        <translation>Envíe un mensaje de prueba sencillo, sin enlaces ni adjuntos, al mismo destinatario. Si llega, el problema era el contenido; vuelva a añadir los elementos de uno en uno.</translation>
    </message>
    <message>
        <source>Paste a bounce first.</source>
        <translation>Pegue primero un rebote.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>The bounce does not blame the content.</source>
        <translation>El rebote no culpa al contenido.</translation>
    </message>
    <message>
        <source>Returned message</source>
        <translation>Mensaje devuelto</translation>
    </message>
    <message>
        <source>The bounce did not include your message, so its content cannot be judged.</source>
        <translation>El rebote no incluía su mensaje, así que no se puede juzgar su contenido.</translation>
    </message>
    <message>
        <source>If your mail program can show the full bounce (with the returned message), paste that instead.</source>
        <translation>Si su programa de correo puede mostrar el rebote completo (con el mensaje devuelto), péguelo en su lugar.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>No links.</source>
        <translation>No hay enlaces.</translation>
    </message>
    <message>
        <source>The body did not come back; links are unknown.</source>
        <translation>El cuerpo no se devolvió; se desconocen los enlaces.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s); %1 to other domains than yours.</source>
        <translation>
            <numerusform>%n enlace; %1 a dominios distintos del suyo.</numerusform>
            <numerusform>%n enlaces; %1 a dominios distintos del suyo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters rate every linked domain. Link to your own domain, avoid URL shorteners and tracking redirects, and keep the number of links small.</source>
        <translation>Los filtros valoran cada dominio enlazado. Enlace a su propio dominio, evite los acortadores de URL y las redirecciones de seguimiento, y mantenga un número de enlaces reducido.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s), all to your own domain.</source>
        <translation>
            <numerusform>%n enlace, a su propio dominio.</numerusform>
            <numerusform>%n enlaces, todos a su propio dominio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>No hay adjuntos.</translation>
    </message>
    <message>
        <source>Attachments that filters often block: %1</source>
        <translation>Adjuntos que los filtros suelen bloquear: %1</translation>
    </message>
    <message>
        <source>Share such files through a link to a file service instead of attaching them.</source>
        <translation>Comparta esos archivos mediante un enlace a un servicio de archivos en lugar de adjuntarlos.</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Adjuntos: %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>The message body is %1.</source>
        <translation>El cuerpo del mensaje ocupa %1.</translation>
    </message>
    <message>
        <source>Many servers refuse messages over 10–25 MB. Send large files as a link.</source>
        <translation>Muchos servidores rechazan mensajes de más de 10–25 MB. Envíe los archivos grandes como enlace.</translation>
    </message>
    <message>
        <source>Sending activity</source>
        <translation>Actividad de envío</translation>
    </message>
    <message>
        <source>Sudden volume from a new IP or domain looks like spam to receivers.</source>
        <translation>Un volumen repentino desde una IP o un dominio nuevos parece spam a los receptores.</translation>
    </message>
    <message>
        <source>If you recently started sending much more mail (a newsletter, a new server), ramp up over days, send only to people who asked for it, and offer a one-click unsubscribe.</source>
        <translation>Si hace poco empezó a enviar mucho más correo (un boletín, un servidor nuevo), auméntelo poco a poco a lo largo de varios días, envíe solo a personas que lo hayan pedido y ofrezca una baja con un solo clic.</translation>
    </message>
</context>
<context>
    <name>StepPageMailbox</name>
    <message>
        <source>The address exists, but the recipient's mailbox did not take the message. Only the recipient (or their mail administrator) can change that; here is what to tell them.</source>
        <translation>La dirección existe, pero el buzón del destinatario no aceptó el mensaje. Solo el destinatario (o su administrador de correo) puede cambiarlo; esto es lo que debe decirle.</translation>
    </message>
    <message>
        <source>What the bounce says</source>
        <translation>Qué dice el rebote</translation>
    </message>
    <message>
        <source>When to retry</source>
        <translation>Cuándo reintentar</translation>
    </message>
    <message>
        <source>&amp;Message to send the recipient by another way (phone, chat, another address):</source>
        <translation>&amp;Mensaje para enviar al destinatario por otra vía (teléfono, chat, otra dirección):</translation>
    </message>
    <message>
        <source>Message for the recipient</source>
        <translation>Mensaje para el destinatario</translation>
    </message>
    <message>
        <source>A ready-to-send text; edit it as you like and copy it</source>
        <translation>Un texto listo para enviar; edítelo como quiera y cópielo</translation>
    </message>
    <message>
        <source>Cop&amp;y message</source>
        <translation>Cop&amp;iar mensaje</translation>
    </message>
    <message>
        <source>Copies the message above to the clipboard</source>
        <translation>Copia al portapapeles el mensaje de arriba</translation>
    </message>
    <message>
        <source>I have &amp;told the recipient</source>
        <translation>Ya he a&amp;visado al destinatario</translation>
    </message>
    <message>
        <source>Marks this step as done</source>
        <translation>Marca este paso como hecho</translation>
    </message>
    <message>
        <source>Message copied to the clipboard.</source>
        <translation>Mensaje copiado al portapapeles.</translation>
    </message>
    <message>
        <source>A full or disabled mailbox is on the recipient's side. Send them the text by another channel; retry only when the bounce says the problem is temporary or after they have fixed it.</source>
        <translation>Un buzón lleno o desactivado es un problema del lado del destinatario. Envíele el texto por otra vía; reintente solo cuando el rebote indique que el problema es temporal o cuando lo haya solucionado.</translation>
    </message>
    <message>
        <source>%1: %2
“%3”</source>
        <translation>%1: %2
«%3»</translation>
    </message>
    <message>
        <source>The bounce does not point to the recipient's mailbox.</source>
        <translation>El rebote no apunta al buzón del destinatario.</translation>
    </message>
    <message>
        <source>Retry after the recipient has made room — usually within a day or two. Many servers retry a full mailbox on their own for a few days; after a permanent 5.2.2 they do not.</source>
        <translation>Reintente cuando el destinatario haya liberado espacio, normalmente en uno o dos días. Muchos servidores reintentan por sí solos durante unos días cuando el buzón está lleno; tras un 5.2.2 permanente, no lo hacen.</translation>
    </message>
    <message>
        <source>your mailbox is full, so my message was returned. Could you delete or archive some mail and tell me when I can send it again?</source>
        <translation>su buzón está lleno, así que mi mensaje ha sido devuelto. ¿Podría borrar o archivar algunos correos y decirme cuándo puedo volver a enviarlo?</translation>
    </message>
    <message>
        <source>Do not retry this address: it is closed or suspended. Ask for a current address instead.</source>
        <translation>No reintente con esta dirección: está cerrada o suspendida. Pida en su lugar una dirección actual.</translation>
    </message>
    <message>
        <source>my message to this address was returned because the mailbox is closed or suspended. Do you have another address I should use?</source>
        <translation>mi mensaje a esta dirección ha sido devuelto porque el buzón está cerrado o suspendido. ¿Tiene otra dirección que deba usar?</translation>
    </message>
    <message>
        <source>Retry only after the recipient (or their administrator) has allowed mail from you.</source>
        <translation>Reintente solo cuando el destinatario (o su administrador) haya permitido el correo procedente de usted.</translation>
    </message>
    <message>
        <source>your mail server refused my message (%1). Could you ask your mail administrator to allow mail from my address or domain, and tell me when it is done?</source>
        <translation>su servidor de correo ha rechazado mi mensaje (%1). ¿Podría pedir a su administrador de correo que permita el correo de mi dirección o mi dominio y avisarme cuando esté hecho?</translation>
    </message>
    <message>
        <source>Nothing in the bounce concerns the recipient's mailbox; this step can be skipped.</source>
        <translation>Nada en el rebote afecta al buzón del destinatario; puede omitir este paso.</translation>
    </message>
    <message>
        <source>my message to you was returned by your mail server. Could you check that your mailbox can receive mail from me?</source>
        <translation>su servidor de correo ha devuelto el mensaje que le envié. ¿Podría comprobar que su buzón puede recibir correo mío?</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>su dirección</translation>
    </message>
    <message>
        <source>Hello,

I tried to email you at %1, but %2

Thank you!</source>
        <translation>Hola:

He intentado enviarle un correo a %1, pero %2

¡Muchas gracias!</translation>
    </message>
</context>
<context>
    <name>StepPagePaste</name>
    <message>
        <source>Paste the bounce message you received — the whole message if you have it, or just the error text. You can also drop an .eml or .txt file here. The analysis starts as soon as you stop typing.</source>
        <translation>Pegue el mensaje de rebote que ha recibido: el mensaje completo si lo tiene, o solo el texto del error. También puede arrastrar aquí un archivo .eml o .txt. El análisis empieza en cuanto deja de escribir.</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Abrir arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Opens a saved bounce message (.eml or .txt)</source>
        <translation>Abre un mensaje de rebote guardado (.eml o .txt)</translation>
    </message>
    <message>
        <source>&amp;Paste from clipboard</source>
        <translation>&amp;Pegar del portapapeles</translation>
    </message>
    <message>
        <source>Replaces the text below with the clipboard's contents</source>
        <translation>Sustituye el texto de abajo por el contenido del portapapeles</translation>
    </message>
    <message>
        <source>Sa&amp;mple bounces</source>
        <translation>&amp;Ejemplos de rebotes</translation>
    </message>
    <message>
        <source>Loads an example bounce to see how the analysis works</source>
        <translation>Carga un rebote de ejemplo para ver cómo funciona el análisis</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Empties the bounce text; Undo brings it back</source>
        <translation>Vacía el texto del rebote; Deshacer lo recupera</translation>
    </message>
    <message>
        <source>Bounce te&amp;xt:</source>
        <translation>Te&amp;xto del rebote:</translation>
    </message>
    <message>
        <source>Paste the bounce here (Ctrl+V), or drop a file…</source>
        <translation>Pegue aquí el rebote (Ctrl+V) o arrastre un archivo…</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>Texto del rebote</translation>
    </message>
    <message>
        <source>The bounce message to analyse. Evidence that decided the cause is highlighted.</source>
        <translation>El mensaje de rebote que se va a analizar. Las pruebas que determinaron la causa aparecen resaltadas.</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>Estado del análisis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Cause explained</source>
        <translation>Explicación de la causa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Fix steps that apply</source>
        <translation>Pasos de corrección aplicables</translation>
    </message>
    <message>
        <source>Sending server</source>
        <translation>Servidor de envío</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>Qué no se pudo leer</translation>
    </message>
    <message>
        <source>Recipien&amp;ts:</source>
        <translation>Des&amp;tinatarios:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>One row per recipient with its status, reply code, reason and cause</source>
        <translation>Una fila por destinatario con su estado, código de respuesta, motivo y causa</translation>
    </message>
    <message>
        <source>Facts for the checks</source>
        <translation>Datos para las comprobaciones</translation>
    </message>
    <message>
        <source>Sending &amp;IP:</source>
        <translation>&amp;IP de envío:</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>IP de envío</translation>
    </message>
    <message>
        <source>The public IP address of the server that sent your message</source>
        <translation>La dirección IP pública del servidor que envió su mensaje</translation>
    </message>
    <message>
        <source>HE&amp;LO name:</source>
        <translation>Nombre HE&amp;LO:</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>Nombre HELO</translation>
    </message>
    <message>
        <source>The name your server introduced itself with</source>
        <translation>El nombre con el que se presentó su servidor</translation>
    </message>
    <message>
        <source>Sen&amp;der domain:</source>
        <translation>Dominio del re&amp;mitente:</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Dominio del remitente</translation>
    </message>
    <message>
        <source>The domain of your address, checked for SPF, DKIM and DMARC</source>
        <translation>El dominio de su dirección, en el que se comprueban SPF, DKIM y DMARC</translation>
    </message>
    <message>
        <source>Recipient dom&amp;ain:</source>
        <translation>Dominio del destinata&amp;rio:</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Dominio del destinatario</translation>
    </message>
    <message>
        <source>The domain of the address that bounced</source>
        <translation>El dominio de la dirección que rebotó</translation>
    </message>
    <message>
        <source>DKIM s&amp;elector:</source>
        <translation>Selector &amp;DKIM:</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>Selector DKIM</translation>
    </message>
    <message>
        <source>The s= tag of your message's DKIM signature</source>
        <translation>La etiqueta s= de la firma DKIM de su mensaje</translation>
    </message>
    <message>
        <source>D&amp;KIM domain:</source>
        <translation>Dominio D&amp;KIM:</translation>
    </message>
    <message>
        <source>DKIM domain</source>
        <translation>Dominio DKIM</translation>
    </message>
    <message>
        <source>The d= tag of your message's DKIM signature</source>
        <translation>La etiqueta d= de la firma DKIM de su mensaje</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>Leyendo el rebote…</translation>
    </message>
    <message>
        <source>Gmail: address not found (5.1.1)</source>
        <translation>Gmail: dirección no encontrada (5.1.1)</translation>
    </message>
    <message>
        <source>Microsoft 365: banned sending IP (5.7.606)</source>
        <translation>Microsoft 365: IP de envío prohibida (5.7.606)</translation>
    </message>
    <message>
        <source>Gmail via Postfix: DMARC policy (5.7.26)</source>
        <translation>Gmail a través de Postfix: política DMARC (5.7.26)</translation>
    </message>
    <message>
        <source>Exim: mailbox full (5.2.2)</source>
        <translation>Exim: buzón lleno (5.2.2)</translation>
    </message>
    <message>
        <source>Paste a bounce first: the next steps start from what it says.</source>
        <translation>Pegue primero un rebote: los pasos siguientes parten de lo que dice.</translation>
    </message>
    <message>
        <source>Analysis cancelled. Edit the text or press Next to run it again.</source>
        <translation>Análisis cancelado. Edite el texto o pulse Siguiente para volver a ejecutarlo.</translation>
    </message>
    <message>
        <source>Paste the bounce (the message that says your mail was not delivered). Bounce Doctor reads the codes and wording, names the cause, highlights the words that decided it, and picks the fix steps that apply. Correct a fact (for example the sending IP) if it was read wrongly; the later checks use these fields.</source>
        <translation>Pegue el rebote (el mensaje que dice que su correo no se entregó). Bounce Doctor lee los códigos y el texto, indica la causa, resalta las palabras que la determinaron y elige los pasos de corrección aplicables. Corrija un dato (por ejemplo, la IP de envío) si se ha leído mal; las comprobaciones posteriores usan estos campos.</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>Abrir un rebote</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt *.msg *.mbox);;All files (*)</source>
        <translation>Mensajes (*.eml *.txt *.msg *.mbox);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; that is not a bounce message.</source>
        <translation>%1 ocupa más de 32 MB; eso no es un mensaje de rebote.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Opened %1 (%2).</source>
        <translation>Se ha abierto %1 (%2).</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the bounce in your mail program first.</source>
        <translation>El portapapeles no contiene texto. Copie primero el rebote en su programa de correo.</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>Analizando %1…</translation>
    </message>
    <message>
        <source>Analysed %1 in %2 ms: %3.</source>
        <translation>%1 analizado en %2 ms: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 in %2 ms · format: %3 · %n recipient(s)</source>
        <translation>
            <numerusform>%1 leído en %2 ms · formato: %3 · %n destinatario</numerusform>
            <numerusform>%1 leído en %2 ms · formato: %3 · %n destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source>unrecognised</source>
        <translation>no reconocido</translation>
    </message>
    <message>
        <source>No finer reason could be named.</source>
        <translation>No se pudo indicar un motivo más concreto.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>respuesta %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>confidence %1 %</source>
        <translation>confianza %1 %</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing to fix: this is not a permanent delivery failure.</source>
        <translation>No hay nada que corregir: no es un fallo de entrega permanente.</translation>
    </message>
    <message>
        <source>No fix step could be chosen from this bounce; the checks in the list can still be run.</source>
        <translation>No se pudo elegir ningún paso de corrección a partir de este rebote; las comprobaciones de la lista se pueden ejecutar igualmente.</translation>
    </message>
    <message>
        <source>Fix steps that apply (selected in the list): %1</source>
        <translation>Pasos de corrección aplicables (seleccionados en la lista): %1</translation>
    </message>
    <message>
        <source>Nothing analysed yet.</source>
        <translation>Aún no se ha analizado nada.</translation>
    </message>
    <message>
        <source>Paste a bounce to see its cause.</source>
        <translation>Pegue un rebote para ver su causa.</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Pruebas (%1)</translation>
    </message>
    <message>
        <source>Restored the bounce you were working on last time.</source>
        <translation>Se ha recuperado el rebote con el que trabajaba la última vez.</translation>
    </message>
</context>
<context>
    <name>StepPageRecipient</name>
    <message>
        <source>A mistyped or closed address is the most common reason for a bounce. This step checks the address and whether its domain can receive mail at all.</source>
        <translation>Una dirección mal escrita o cerrada es el motivo más habitual de un rebote. Este paso comprueba la dirección y si su dominio puede recibir correo.</translation>
    </message>
    <message>
        <source>What the bounce says</source>
        <translation>Qué dice el rebote</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Dirección del destinatario</translation>
    </message>
    <message>
        <source>The address to check; correct it and press Check again</source>
        <translation>La dirección que comprobar; corríjala y pulse Volver a comprobar</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Volver a compro&amp;bar</translation>
    </message>
    <message>
        <source>Checks the address and its domain again</source>
        <translation>Vuelve a comprobar la dirección y su dominio</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Address syntax</source>
        <translation>Sintaxis de la dirección</translation>
    </message>
    <message>
        <source>Typo hint</source>
        <translation>Posible error tipográfico</translation>
    </message>
    <message>
        <source>Co&amp;rrected address:</source>
        <translation>Dirección &amp;corregida:</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>Dirección corregida</translation>
    </message>
    <message>
        <source>Cop&amp;y corrected address</source>
        <translation>Cop&amp;iar la dirección corregida</translation>
    </message>
    <message>
        <source>Copies the corrected address to the clipboard</source>
        <translation>Copia la dirección corregida al portapapeles</translation>
    </message>
    <message>
        <source>Recipient domain checks</source>
        <translation>Comprobaciones del dominio del destinatario</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Check the address for typos. If the bounce says the mailbox does not exist but the domain is fine, ask the recipient for their current address by another channel (phone, another address).</source>
        <translation>Revise si la dirección tiene errores tipográficos. Si el rebote indica que el buzón no existe pero el dominio está bien, pida al destinatario su dirección actual por otra vía (teléfono, otra dirección).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(recipient not stated)</source>
        <translation>(destinatario no indicado)</translation>
    </message>
    <message>
        <source>The bounce names no recipient; type the address below.</source>
        <translation>El rebote no indica ningún destinatario; escriba la dirección abajo.</translation>
    </message>
    <message>
        <source>The bounce says:
%1</source>
        <translation>El rebote dice:
%1</translation>
    </message>
    <message>
        <source>Recipient checks cancelled.</source>
        <translation>Comprobaciones del destinatario canceladas.</translation>
    </message>
    <message>
        <source>No address to check.</source>
        <translation>No hay ninguna dirección que comprobar.</translation>
    </message>
    <message>
        <source>The address is well formed.</source>
        <translation>La dirección tiene un formato correcto.</translation>
    </message>
    <message>
        <source>The address is not well formed: it needs one name, an @ and a domain like example.com.</source>
        <translation>La dirección no tiene un formato correcto: necesita un nombre, una @ y un dominio como example.com.</translation>
    </message>
    <message>
        <source>“%1” looks like a typo of “%2”.</source>
        <translation>«%1» parece un error tipográfico de «%2».</translation>
    </message>
    <message>
        <source>The domain could not be checked: %1</source>
        <translation>No se pudo comprobar el dominio: %1</translation>
    </message>
    <message>
        <source>Looking up the recipient's domain…</source>
        <translation>Consultando el dominio del destinatario…</translation>
    </message>
    <message>
        <source>Checking the domain %1 (MX, A/AAAA)…</source>
        <translation>Comprobando el dominio %1 (MX, A/AAAA)…</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>The domain accepts mail, but its server says this mailbox does not exist. Confirm the address with the recipient by another channel.</source>
        <translation>El dominio acepta correo, pero su servidor indica que este buzón no existe. Confirme la dirección con el destinatario por otra vía.</translation>
    </message>
</context>
<context>
    <name>StepPageResend</name>
    <message>
        <source>Before you send the message again, make sure what caused the bounce is fixed: re-run the checks and compare. Resending too early can make a blocklisting or a reputation problem worse.</source>
        <translation>Antes de volver a enviar el mensaje, asegúrese de que lo que causó el rebote está corregido: vuelva a ejecutar las comprobaciones y compare. Reenviar demasiado pronto puede empeorar una inclusión en una lista de bloqueo o un problema de reputación.</translation>
    </message>
    <message>
        <source>Chec&amp;klist:</source>
        <translation>&amp;Lista de tareas:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Qué se encontró</translation>
    </message>
    <message>
        <source>Fix checklist</source>
        <translation>Lista de tareas de corrección</translation>
    </message>
    <message>
        <source>Each step that applies, its state now and before the re-run, and what was found</source>
        <translation>Cada paso aplicable, su estado ahora y antes de la nueva ejecución, y lo que se encontró</translation>
    </message>
    <message>
        <source>Re-r&amp;un all checks</source>
        <translation>&amp;Volver a ejecutar todas las comprobaciones</translation>
    </message>
    <message>
        <source>Runs every check of the steps again and compares with the first run</source>
        <translation>Vuelve a ejecutar todas las comprobaciones de los pasos y las compara con la primera ejecución</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <source>Saves the whole case: the bounce summary, evidence and every check result</source>
        <translation>Guarda el caso completo: el resumen del rebote, las pruebas y todos los resultados de las comprobaciones</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Work through the steps marked “Needs action”, then press Re-run all checks. Resend only when nothing needs action; for a blocklisting, wait until the list has removed you.</source>
        <translation>Resuelva los pasos marcados como «Requiere acción» y luego pulse Volver a ejecutar todas las comprobaciones. Reenvíe solo cuando nada requiera acción; en caso de inclusión en una lista de bloqueo, espere a que la lista le haya excluido.</translation>
    </message>
    <message numerus="yes">
        <source>Re-running the checks of %n step(s)…</source>
        <translation>
            <numerusform>Volviendo a ejecutar las comprobaciones de %n paso…</numerusform>
            <numerusform>Volviendo a ejecutar las comprobaciones de %n pasos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-running checks…</source>
        <translation>Volviendo a ejecutar las comprobaciones…</translation>
    </message>
    <message>
        <source>All checks re-run.</source>
        <translation>Todas las comprobaciones se han vuelto a ejecutar.</translation>
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
        <translation>No se encontró ningún problema.</translation>
    </message>
    <message>
        <source>Paste a bounce first.</source>
        <translation>Pegue primero un rebote.</translation>
    </message>
    <message>
        <source>Re-run all checks when you have made your changes; the advice to resend comes after that.</source>
        <translation>Vuelva a ejecutar todas las comprobaciones cuando haya hecho los cambios; el consejo de reenviar llegará después.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n step(s) still need action. Fix them and re-run the checks before you resend.</source>
        <translation>
            <numerusform>Todavía no: %n paso aún requiere acción. Corríjalo y vuelva a ejecutar las comprobaciones antes de reenviar.</numerusform>
            <numerusform>Todavía no: %n pasos aún requieren acción. Corríjalos y vuelva a ejecutar las comprobaciones antes de reenviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing that could be checked needs action, but %n step(s) could not be checked. Resend one message first and watch for a new bounce before resending the rest.</source>
        <translation>
            <numerusform>Nada de lo que se pudo comprobar requiere acción, pero %n paso no se pudo comprobar. Reenvíe primero un solo mensaje y esté atento a un nuevo rebote antes de reenviar el resto.</numerusform>
            <numerusform>Nada de lo que se pudo comprobar requiere acción, pero %n pasos no se pudieron comprobar. Reenvíe primero un solo mensaje y esté atento a un nuevo rebote antes de reenviar el resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything checked is in order. Resend the message — once, to the affected recipients only. If it bounces again, paste the new bounce.</source>
        <translation>Todo lo comprobado está en orden. Reenvíe el mensaje una sola vez y solo a los destinatarios afectados. Si vuelve a rebotar, pegue el nuevo rebote.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>No se pudo guardar el informe: %1</translation>
    </message>
    <message>
        <source>The bounce: %1</source>
        <translation>El rebote: %1</translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown (*.md);;PDF (*.pdf);;JSON (*.json)</source>
        <translation>Página web (*.html);;Markdown (*.md);;PDF (*.pdf);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>StepPageSmtp</name>
    <message>
        <source>Test the outgoing server settings of your mail program or web site: Bounce Doctor connects the way they do and tells you, step by step, where it goes wrong. Your password is never saved.</source>
        <translation>Pruebe la configuración del servidor de salida de su programa de correo o de su sitio web: Bounce Doctor se conecta igual que ellos y le indica, paso a paso, dónde falla. Su contraseña nunca se guarda.</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (puerto 465)</translation>
    </message>
    <message>
        <source>STARTTLS if offered</source>
        <translation>STARTTLS si se ofrece</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>empty: test without logging in</source>
        <translation>vacío: probar sin iniciar sesión</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Used for this test only and never saved</source>
        <translation>Se usa solo para esta prueba y nunca se guarda</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Método de autenticación</translation>
    </message>
    <message>
        <source>Sender address for the test</source>
        <translation>Dirección del remitente para la prueba</translation>
    </message>
    <message>
        <source>empty: stop after logging in</source>
        <translation>vacío: detenerse tras iniciar sesión</translation>
    </message>
    <message>
        <source>Recipient address for the test</source>
        <translation>Dirección del destinatario para la prueba</translation>
    </message>
    <message>
        <source>asked with RCPT TO, no message is sent</source>
        <translation>se consulta con RCPT TO; no se envía ningún mensaje</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>Seguri&amp;dad:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Autenticació&amp;n:</translation>
    </message>
    <message>
        <source>Sen&amp;der (optional):</source>
        <translation>Re&amp;mitente (opcional):</translation>
    </message>
    <message>
        <source>Recipien&amp;t (optional):</source>
        <translation>Destinatar&amp;io (opcional):</translation>
    </message>
    <message>
        <source>Detect settin&amp;gs</source>
        <translation>Detectar confi&amp;guración</translation>
    </message>
    <message>
        <source>Tries the usual ports and security modes of the server and fills in what works</source>
        <translation>Prueba los puertos y modos de seguridad habituales del servidor y rellena lo que funciona</translation>
    </message>
    <message>
        <source>Te&amp;st</source>
        <translation>Pro&amp;bar</translation>
    </message>
    <message>
        <source>Connects to the server with these settings and shows each step</source>
        <translation>Se conecta al servidor con esta configuración y muestra cada paso</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <source>Trust this certificate for this test</source>
        <translation>Confiar en este certificado para esta prueba</translation>
    </message>
    <message>
        <source>Repeats the test accepting only this one certificate, identified by its SHA-256 fingerprint</source>
        <translation>Repite la prueba aceptando solo este certificado, identificado por su huella SHA-256</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>Detalles de TLS</translation>
    </message>
    <message>
        <source>Conve&amp;rsation with the server (passwords hidden):</source>
        <translation>Con&amp;versación con el servidor (contraseñas ocultas):</translation>
    </message>
    <message>
        <source>SMTP conversation</source>
        <translation>Conversación SMTP</translation>
    </message>
    <message>
        <source>SMTP test result</source>
        <translation>Resultado de la prueba SMTP</translation>
    </message>
    <message>
        <source>Use the same server, port and security as your mail program. Port 587 uses STARTTLS, port 465 uses SSL/TLS. The test logs in only if you give a user name, and never sends a message.</source>
        <translation>Use el mismo servidor, puerto y seguridad que su programa de correo. El puerto 587 usa STARTTLS y el 465 usa SSL/TLS. La prueba solo inicia sesión si indica un nombre de usuario y nunca envía ningún mensaje.</translation>
    </message>
    <message>
        <source>Enter the SMTP server's name first.</source>
        <translation>Introduzca primero el nombre del servidor SMTP.</translation>
    </message>
    <message>
        <source>Testing %1:%2…</source>
        <translation>Probando %1:%2…</translation>
    </message>
    <message>
        <source>The server accepted these settings.</source>
        <translation>El servidor aceptó esta configuración.</translation>
    </message>
    <message>
        <source>The test stopped at: %1</source>
        <translation>La prueba se detuvo en: %1</translation>
    </message>
    <message>
        <source>Encrypted with %1, %2.</source>
        <translation>Cifrado con %1, %2.</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete.</source>
        <translation>La negociación TLS no se completó.</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid until %3.</source>
        <translation>Certificado: %1, emitido por %2, válido hasta %3.</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Nombres: %1</translation>
    </message>
    <message>
        <source>Trusted for this test by its fingerprint.</source>
        <translation>De confianza para esta prueba por su huella.</translation>
    </message>
    <message>
        <source>No TLS was used.</source>
        <translation>No se usó TLS.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1).
SHA-256 fingerprint: %2
Compare it with the one your provider publishes before trusting it.</source>
        <translation>El certificado del servidor no es de confianza (%1).
Huella SHA-256: %2
Compárela con la que publica su proveedor antes de confiar en él.</translation>
    </message>
    <message>
        <source>Enter your address (as sender or user name) or the server's name to detect settings.</source>
        <translation>Introduzca su dirección (como remitente o nombre de usuario) o el nombre del servidor para detectar la configuración.</translation>
    </message>
    <message>
        <source>Detect: %1:%2 (%3) — %4</source>
        <translation>Detección: %1:%2 (%3) — %4</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message numerus="yes">
        <source>No working settings were found (%n combination(s) tried).</source>
        <translation>
            <numerusform>No se encontró ninguna configuración que funcione (se probó %n combinación).</numerusform>
            <numerusform>No se encontró ninguna configuración que funcione (se probaron %n combinaciones).</numerusform>
        </translation>
    </message>
    <message>
        <source>Found: %1, port %2, %3. Press Test to check it with your login.</source>
        <translation>Encontrado: %1, puerto %2, %3. Pulse Probar para comprobarlo con su inicio de sesión.</translation>
    </message>
    <message>
        <source>Trying the usual servers and ports…</source>
        <translation>Probando los servidores y puertos habituales…</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Requiere acción</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <source>"%1" at position %2 is not of the form tag=value.</source>
        <translation>«%1» en la posición %2 no tiene la forma etiqueta=valor.</translation>
    </message>
    <message>
        <source>"%1" at position %2 is not a valid tag name.</source>
        <translation>«%1» en la posición %2 no es un nombre de etiqueta válido.</translation>
    </message>
</context>
<context>
    <name>TlsRptCheck</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>La etiqueta %1= aparece más de una vez.</translation>
    </message>
    <message>
        <source>The record must start with v=TLSRPTv1.</source>
        <translation>El registro debe empezar por v=TLSRPTv1.</translation>
    </message>
    <message>
        <source>The record has no rua= tag, which is required.</source>
        <translation>El registro no tiene la etiqueta rua=, que es obligatoria.</translation>
    </message>
    <message>
        <source>rua= holds "%1"; only mailto: and https: URIs are allowed.</source>
        <translation>rua= contiene «%1»; solo se permiten URI mailto: y https:.</translation>
    </message>
    <message>
        <source>TLS reporting of %1</source>
        <translation>Informes TLS de %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>No se indicó ningún nombre de dominio válido.</translation>
    </message>
    <message>
        <source>%1 does not publish TLS reporting (optional: senders would report TLS failures to you).</source>
        <translation>%1 no publica informes TLS (opcional: los remitentes le informarían de los fallos de TLS).</translation>
    </message>
    <message numerus="yes">
        <source>_smtp._tls.%1 has %n TLS-RPT records; with more than one, senders ignore them (RFC 8460 §3).</source>
        <translation>
            <numerusform>_smtp._tls.%1 tiene %n registro TLS-RPT; con más de uno, los remitentes los ignoran (RFC 8460 §3).</numerusform>
            <numerusform>_smtp._tls.%1 tiene %n registros TLS-RPT; con más de uno, los remitentes los ignoran (RFC 8460 §3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one v=TLSRPTv1 record.</source>
        <translation>Conserve exactamente un registro v=TLSRPTv1.</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 is invalid: %2</source>
        <translation>El registro TLS-RPT de %1 no es válido: %2</translation>
    </message>
    <message>
        <source>Publish "v=TLSRPTv1; rua=mailto:tls-reports@%1".</source>
        <translation>Publique "v=TLSRPTv1; rua=mailto:tls-reports@%1".</translation>
    </message>
    <message>
        <source>%1 publishes TLS reporting (%2).</source>
        <translation>%1 publica informes TLS (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Troubleshoot SMTP bounces step by step.</source>
        <translation>Resuelva rebotes SMTP paso a paso.</translation>
    </message>
    <message>
        <source>Use this DNS server (HOST[:PORT]) for the checks.</source>
        <translation>Usar este servidor DNS (HOST[:PUERTO]) para las comprobaciones.</translation>
    </message>
    <message>
        <source>Render every step to PNG files in DIR and exit.</source>
        <translation>Representar cada paso en archivos PNG en DIR y salir.</translation>
    </message>
    <message>
        <source>With --screenshot: the sample bounce to show.</source>
        <translation>Con --screenshot: el rebote de ejemplo que mostrar.</translation>
    </message>
    <message>
        <source>A bounce message to open.</source>
        <translation>Un mensaje de rebote que abrir.</translation>
    </message>
</context>
</TS>
