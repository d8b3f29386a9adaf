<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
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
        <translation>Confiança:  </translation>
    </message>
    <message>
        <source>Format:     </source>
        <translation>Formato:    </translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidências:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinatários:</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>(nenhum encontrado)</translation>
    </message>
    <message>
        <source>remote server: </source>
        <translation>servidor remoto: </translation>
    </message>
    <message>
        <source>at: </source>
        <translation>em: </translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>Fatos:</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Aviso: </translation>
    </message>
    <message>
        <source>Read bounce messages and name the cause of each failure.</source>
        <translation>Lê mensagens de devolução e indica a causa de cada falha.</translation>
    </message>
    <message>
        <source>One JSON object per input, one per line.</source>
        <translation>Um objeto JSON por entrada, um por linha.</translation>
    </message>
    <message>
        <source>Bounce files (.eml or text); none or '-' reads standard input.</source>
        <translation>Arquivos de devolução (.eml ou texto); nenhum ou '-' lê a entrada padrão.</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erro: </translation>
    </message>
</context>
<context>
    <name>AresResolver</name>
    <message>
        <source>could not set up the DNS resolver: %1</source>
        <translation>não foi possível configurar o resolvedor DNS: %1</translation>
    </message>
    <message>
        <source>could not use the DNS servers %1: %2</source>
        <translation>não foi possível usar os servidores DNS %1: %2</translation>
    </message>
    <message>
        <source>CNAME loop: %1</source>
        <translation>Loop de CNAME: %1</translation>
    </message>
    <message>
        <source>the DNS server answered with error code %1</source>
        <translation>o servidor DNS respondeu com o código de erro %1</translation>
    </message>
    <message numerus="yes">
        <source>CNAME chain longer than %n aliases</source>
        <translation>
            <numerusform>cadeia de CNAME com mais de %n alias</numerusform>
            <numerusform>cadeia de CNAME com mais de %n aliases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthCheckJob</name>
    <message>
        <source>No DNS resolver is available.</source>
        <translation>Nenhum resolvedor DNS está disponível.</translation>
    </message>
    <message>
        <source>The DNS query for %1 (%2) failed: %3.</source>
        <translation>A consulta DNS para %1 (%2) falhou: %3.</translation>
    </message>
    <message>
        <source>This says nothing about the record itself; try again, or use another DNS server (--dns-server).</source>
        <translation>Isso não diz nada sobre o registro em si; tente novamente ou use outro servidor DNS (--dns-server).</translation>
    </message>
</context>
<context>
    <name>AuthKnowledge</name>
    <message>
        <source>Knowledge file %1 is missing from this build.</source>
        <translation>O arquivo de conhecimento %1 está ausente nesta compilação.</translation>
    </message>
    <message>
        <source>Knowledge file %1 is not valid JSON at offset %2: %3.</source>
        <translation>O arquivo de conhecimento %1 não é um JSON válido na posição %2: %3.</translation>
    </message>
    <message>
        <source>Knowledge file %1 must hold a JSON object.</source>
        <translation>O arquivo de conhecimento %1 deve conter um objeto JSON.</translation>
    </message>
    <message>
        <source>Knowledge file %1, entry %2: %3</source>
        <translation>Arquivo de conhecimento %1, entrada %2: %3</translation>
    </message>
</context>
<context>
    <name>Blocklist</name>
    <message>
        <source>%1: entry "%2": %3</source>
        <translation>%1: entrada "%2": %3</translation>
    </message>
    <message>
        <source>Cannot read the blocklist catalogue %1: %2</source>
        <translation>Não é possível ler o catálogo de listas de bloqueio %1: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: JSON inválido na posição %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2) for %3</source>
        <translation>%1 (%2) para %3</translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation>Listado: %1</translation>
    </message>
    <message>
        <source>Delisting page: %1</source>
        <translation>Página de remoção da lista: %1</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Não listado</translation>
    </message>
    <message>
        <source>Not listed (%1)</source>
        <translation>Não listado (%1)</translation>
    </message>
    <message>
        <source>Couldn't check: %1</source>
        <translation>Não foi possível verificar: %1</translation>
    </message>
    <message>
        <source>How this list treats resolvers: %1</source>
        <translation>Como esta lista trata os resolvedores: %1</translation>
    </message>
    <message>
        <source>Spamhaus Block List: a known spam source or spam operation</source>
        <translation>Spamhaus Block List: uma fonte ou operação de spam conhecida</translation>
    </message>
    <message>
        <source>Spamhaus CSS: the IP recently sent low-reputation or snowshoe mail</source>
        <translation>Spamhaus CSS: o IP enviou recentemente e-mails de baixa reputação ou do tipo snowshoe</translation>
    </message>
    <message>
        <source>Exploits Block List: the IP is infected or hijacked (botnet, open proxy)</source>
        <translation>Exploits Block List: o IP está infectado ou foi sequestrado (botnet, proxy aberto)</translation>
    </message>
    <message>
        <source>Exploits Block List: the IP is infected or hijacked</source>
        <translation>Exploits Block List: o IP está infectado ou foi sequestrado</translation>
    </message>
    <message>
        <source>Don't Route Or Peer: the whole network is controlled by criminals</source>
        <translation>Don't Route Or Peer: a rede inteira é controlada por criminosos</translation>
    </message>
    <message>
        <source>Policy Block List (set by the ISP): this address should not send mail directly, use your provider's mail server</source>
        <translation>Policy Block List (definida pelo provedor de internet): este endereço não deve enviar e-mails diretamente; use o servidor de e-mail do seu provedor</translation>
    </message>
    <message>
        <source>Policy Block List (set by Spamhaus): a dynamic or end-user address that should not send mail directly</source>
        <translation>Policy Block List (definida pela Spamhaus): um endereço dinâmico ou de usuário final que não deve enviar e-mails diretamente</translation>
    </message>
    <message>
        <source>the zone name in the query was mistyped</source>
        <translation>o nome da zona na consulta foi digitado incorretamente</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries coming through a public or open resolver</source>
        <translation>A Spamhaus recusa consultas vindas de um resolvedor público ou aberto</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries: too many queries from this resolver</source>
        <translation>A Spamhaus recusa consultas: consultas demais vindas deste resolvedor</translation>
    </message>
    <message>
        <source>Look the IP up at check.spamhaus.org. SBL and CSS: fix the cause (compromised account, bad list) and request removal there. XBL: clean the infected machine first, then use the self-service removal. PBL: send through your provider's authenticated mail server, or ask your ISP to remove the range if it is a static mail server.</source>
        <translation>Consulte o IP em check.spamhaus.org. SBL e CSS: corrija a causa (conta comprometida, lista de destinatários ruim) e solicite a remoção lá. XBL: limpe primeiro a máquina infectada e depois use a remoção por autoatendimento. PBL: envie pelo servidor de e-mail autenticado do seu provedor ou peça ao seu provedor de internet que remova a faixa, se for um servidor de e-mail com IP fixo.</translation>
    </message>
    <message>
        <source>refused: answers 127.255.255.254 through Google, Cloudflare, Quad9 and other public resolvers; use your own recursive resolver or a free Data Query Service key</source>
        <translation>recusada: responde 127.255.255.254 por meio do Google, Cloudflare, Quad9 e outros resolvedores públicos; use seu próprio resolvedor recursivo ou uma chave gratuita do Data Query Service</translation>
    </message>
    <message>
        <source>spam domain: low reputation</source>
        <translation>domínio de spam: baixa reputação</translation>
    </message>
    <message>
        <source>phishing domain</source>
        <translation>domínio de phishing</translation>
    </message>
    <message>
        <source>malware domain</source>
        <translation>domínio de malware</translation>
    </message>
    <message>
        <source>botnet command-and-control domain</source>
        <translation>domínio de comando e controle de botnet</translation>
    </message>
    <message>
        <source>abused legitimate domain used for spam</source>
        <translation>domínio legítimo abusado, usado para spam</translation>
    </message>
    <message>
        <source>abused legitimate redirector or URL shortener</source>
        <translation>redirecionador ou encurtador de URL legítimo abusado</translation>
    </message>
    <message>
        <source>abused legitimate domain used for phishing</source>
        <translation>domínio legítimo abusado, usado para phishing</translation>
    </message>
    <message>
        <source>abused legitimate domain used for malware</source>
        <translation>domínio legítimo abusado, usado para malware</translation>
    </message>
    <message>
        <source>abused legitimate domain used for botnet control</source>
        <translation>domínio legítimo abusado, usado para controle de botnet</translation>
    </message>
    <message>
        <source>an IP address was queried in a domain list</source>
        <translation>um endereço IP foi consultado em uma lista de domínios</translation>
    </message>
    <message>
        <source>Look the domain up at check.spamhaus.org, remove whatever got it listed (compromised site, spam links, abused redirector) and request removal there.</source>
        <translation>Consulte o domínio em check.spamhaus.org, remova o que causou a listagem (site comprometido, links de spam, redirecionador abusado) e solicite a remoção lá.</translation>
    </message>
    <message>
        <source>refused: answers 127.255.255.254 through public resolvers</source>
        <translation>recusada: responde 127.255.255.254 por meio de resolvedores públicos</translation>
    </message>
    <message>
        <source>people reported spam from this IP to SpamCop recently</source>
        <translation>pessoas denunciaram recentemente à SpamCop spam vindo deste IP</translation>
    </message>
    <message>
        <source>SpamCop listings expire by themselves about 24 hours after the last report. Find and stop what sends the reported mail (look at the TXT reason and your logs), then wait.</source>
        <translation>As listagens da SpamCop expiram sozinhas cerca de 24 horas após a última denúncia. Encontre e interrompa o que envia os e-mails denunciados (veja o motivo no TXT e seus logs) e depois aguarde.</translation>
    </message>
    <message>
        <source>answers public resolvers</source>
        <translation>responde a resolvedores públicos</translation>
    </message>
    <message>
        <source>poor reputation in Barracuda's network (spam seen from this IP)</source>
        <translation>reputação ruim na rede da Barracuda (spam visto vindo deste IP)</translation>
    </message>
    <message>
        <source>Fix the cause (open relay, compromised account, bad list), then fill in the removal request form; removals are usually handled within 24 hours.</source>
        <translation>Corrija a causa (relay aberto, conta comprometida, lista de destinatários ruim) e depois preencha o formulário de solicitação de remoção; as remoções costumam ser processadas em até 24 horas.</translation>
    </message>
    <message>
        <source>answers only DNS servers registered (free) at barracudacentral.org; others get no data</source>
        <translation>responde apenas a servidores DNS cadastrados (gratuitamente) em barracudacentral.org; os demais não recebem dados</translation>
    </message>
    <message>
        <source>this single IP sent mail to UCEPROTECT spam traps</source>
        <translation>este único IP enviou e-mails para armadilhas de spam da UCEPROTECT</translation>
    </message>
    <message>
        <source>Level 1 entries expire automatically 7 days after the last spam-trap hit (an express removal is sold). Stop the spam first.</source>
        <translation>As entradas de nível 1 expiram automaticamente 7 dias após o último acerto em armadilha de spam (uma remoção expressa é vendida). Interrompa o spam primeiro.</translation>
    </message>
    <message>
        <source>answers public resolvers, with rate limits</source>
        <translation>responde a resolvedores públicos, com limites de taxa</translation>
    </message>
    <message>
        <source>the IP's allocation (subnet) had many Level 1 listings</source>
        <translation>a alocação (sub-rede) do IP teve muitas listagens de nível 1</translation>
    </message>
    <message>
        <source>Level 2 lists your provider's network, not you: ask your hosting provider to deal with the abuse in its range; it expires when the Level 1 listings do.</source>
        <translation>O nível 2 lista a rede do seu provedor, não você: peça ao seu provedor de hospedagem que trate o abuso na faixa dele; a listagem expira quando as de nível 1 expirarem.</translation>
    </message>
    <message>
        <source>the whole autonomous system (provider) had many Level 1 listings</source>
        <translation>o sistema autônomo inteiro (provedor) teve muitas listagens de nível 1</translation>
    </message>
    <message>
        <source>Level 3 lists your provider's whole network; few big receivers use it. Only your provider can get it removed.</source>
        <translation>O nível 3 lista a rede inteira do seu provedor; poucos grandes destinatários a usam. Só o seu provedor pode conseguir a remoção.</translation>
    </message>
    <message>
        <source>this IP sends backscatter: bounces or auto-replies to forged senders</source>
        <translation>este IP envia backscatter: devoluções ou respostas automáticas para remetentes forjados</translation>
    </message>
    <message>
        <source>Reject unknown recipients during the SMTP dialogue instead of bouncing afterwards, and stop auto-replies to spam; entries expire after four weeks without backscatter.</source>
        <translation>Rejeite destinatários desconhecidos durante o diálogo SMTP em vez de devolver a mensagem depois e interrompa as respostas automáticas a spam; as entradas expiram após quatro semanas sem backscatter.</translation>
    </message>
    <message>
        <source>this IP sent mail to PSBL spam traps and no legitimate mail was seen</source>
        <translation>este IP enviou e-mails para armadilhas de spam da PSBL e nenhum e-mail legítimo foi visto</translation>
    </message>
    <message>
        <source>Look the IP up at psbl.org and use the self-service removal after fixing the spam source.</source>
        <translation>Consulte o IP em psbl.org e use a remoção por autoatendimento depois de corrigir a fonte do spam.</translation>
    </message>
    <message>
        <source>zero-hour: part of a spam wave right now</source>
        <translation>hora zero: faz parte de uma onda de spam neste momento</translation>
    </message>
    <message>
        <source>worst reputation (L5)</source>
        <translation>pior reputação (L5)</translation>
    </message>
    <message>
        <source>very bad reputation (L4)</source>
        <translation>reputação muito ruim (L4)</translation>
    </message>
    <message>
        <source>bad reputation (L3)</source>
        <translation>reputação ruim (L3)</translation>
    </message>
    <message>
        <source>Fix the source of the spam, then request a reputation review on mailspike.org; reviews take 6 to 36 hours.</source>
        <translation>Corrija a fonte do spam e depois solicite uma revisão de reputação em mailspike.org; as revisões levam de 6 a 36 horas.</translation>
    </message>
    <message>
        <source>free below 100,000 queries a day</source>
        <translation>gratuito abaixo de 100.000 consultas por dia</translation>
    </message>
    <message>
        <source>the IP takes part in a spam wave right now</source>
        <translation>o IP faz parte de uma onda de spam neste momento</translation>
    </message>
    <message>
        <source>Zero-hour entries expire quickly once the wave stops; stop the spam and check again in a few hours.</source>
        <translation>As entradas de hora zero expiram rapidamente quando a onda termina; interrompa o spam e verifique novamente em algumas horas.</translation>
    </message>
    <message>
        <source>suspicious reputation (L2)</source>
        <translation>reputação suspeita (L2)</translation>
    </message>
    <message>
        <source>slightly suspicious reputation (L1)</source>
        <translation>reputação levemente suspeita (L1)</translation>
    </message>
    <message>
        <source>neutral reputation</source>
        <translation>reputação neutra</translation>
    </message>
    <message>
        <source>good reputation (H1)</source>
        <translation>boa reputação (H1)</translation>
    </message>
    <message>
        <source>good reputation (H2)</source>
        <translation>boa reputação (H2)</translation>
    </message>
    <message>
        <source>good reputation (H3)</source>
        <translation>boa reputação (H3)</translation>
    </message>
    <message>
        <source>very good reputation (H4)</source>
        <translation>reputação muito boa (H4)</translation>
    </message>
    <message>
        <source>excellent reputation (H5)</source>
        <translation>reputação excelente (H5)</translation>
    </message>
    <message>
        <source>Reputation improves as receivers see clean mail from the IP; request a review on mailspike.org after fixing the cause.</source>
        <translation>A reputação melhora à medida que os servidores destinatários veem e-mails limpos vindos do IP; solicite uma revisão em mailspike.org depois de corrigir a causa.</translation>
    </message>
    <message>
        <source>the IP looks like a dynamic end-user address (its reverse DNS is generic) and sent spam</source>
        <translation>o IP parece um endereço dinâmico de usuário final (seu DNS reverso é genérico) e enviou spam</translation>
    </message>
    <message>
        <source>Give the IP a reverse DNS name that names your mail server (and resolves back), then use the removal form.</source>
        <translation>Dê ao IP um nome de DNS reverso que identifique seu servidor de e-mail (e que resolva de volta para o IP) e depois use o formulário de remoção.</translation>
    </message>
    <message>
        <source>answers public resolvers within its terms of use</source>
        <translation>responde a resolvedores públicos dentro de seus termos de uso</translation>
    </message>
    <message>
        <source>the IP has no reverse DNS (PTR) and sent spam</source>
        <translation>o IP não tem DNS reverso (PTR) e enviou spam</translation>
    </message>
    <message>
        <source>Ask whoever owns the IP (hosting provider or ISP) for a PTR record naming your mail server, then use the removal form.</source>
        <translation>Peça a quem é dono do IP (provedor de hospedagem ou de internet) um registro PTR com o nome do seu servidor de e-mail e depois use o formulário de remoção.</translation>
    </message>
    <message>
        <source>the IP sent spam to SpamRATS traps or was reported</source>
        <translation>o IP enviou spam para armadilhas da SpamRATS ou foi denunciado</translation>
    </message>
    <message>
        <source>Stop the spam source, then use the removal form (a working forward-confirmed reverse DNS is required).</source>
        <translation>Interrompa a fonte do spam e depois use o formulário de remoção (é necessário um DNS reverso confirmado em ambos os sentidos funcionando).</translation>
    </message>
    <message>
        <source>the IP tried to guess mail passwords (authentication attacks)</source>
        <translation>o IP tentou adivinhar senhas de e-mail (ataques de autenticação)</translation>
    </message>
    <message>
        <source>Find the compromised machine that attacks mail servers, clean it, then use the removal form.</source>
        <translation>Encontre a máquina comprometida que ataca servidores de e-mail, limpe-a e depois use o formulário de remoção.</translation>
    </message>
    <message>
        <source>blacklist: spam seen from this IP</source>
        <translation>lista negra: spam visto vindo deste IP</translation>
    </message>
    <message>
        <source>exploit list: infected or compromised host</source>
        <translation>lista de exploits: host infectado ou comprometido</translation>
    </message>
    <message>
        <source>policy list: a residential or dynamic IP that should not send directly</source>
        <translation>lista de política: um IP residencial ou dinâmico que não deve enviar diretamente</translation>
    </message>
    <message>
        <source>generic reverse DNS: the IP's PTR looks like an end-user address</source>
        <translation>DNS reverso genérico: o PTR do IP parece um endereço de usuário final</translation>
    </message>
    <message>
        <source>no reverse DNS (PTR) for this IP</source>
        <translation>não há DNS reverso (PTR) para este IP</translation>
    </message>
    <message>
        <source>Look the IP up at lookup.abusix.com, fix the cause and request delisting there.</source>
        <translation>Consulte o IP em lookup.abusix.com, corrija a causa e solicite a remoção da lista lá.</translation>
    </message>
    <message>
        <source>needs a free Abusix Mail Intelligence key (queries go to &lt;key&gt;.combined.mail.abusix.zone); without one it cannot be checked</source>
        <translation>requer uma chave gratuita do Abusix Mail Intelligence (as consultas vão para &lt;key&gt;.combined.mail.abusix.zone); sem ela, não é possível verificar</translation>
    </message>
    <message>
        <source>IRC drone</source>
        <translation>drone de IRC</translation>
    </message>
    <message>
        <source>bottler</source>
        <translation>bottler</translation>
    </message>
    <message>
        <source>unknown spambot or drone</source>
        <translation>spambot ou drone desconhecido</translation>
    </message>
    <message>
        <source>DDoS drone</source>
        <translation>drone de DDoS</translation>
    </message>
    <message>
        <source>open SOCKS proxy</source>
        <translation>proxy SOCKS aberto</translation>
    </message>
    <message>
        <source>open HTTP proxy</source>
        <translation>proxy HTTP aberto</translation>
    </message>
    <message>
        <source>proxy chain</source>
        <translation>cadeia de proxies</translation>
    </message>
    <message>
        <source>web page proxy</source>
        <translation>proxy de página web</translation>
    </message>
    <message>
        <source>open DNS resolver</source>
        <translation>resolvedor DNS aberto</translation>
    </message>
    <message>
        <source>brute-force attacker</source>
        <translation>atacante de força bruta</translation>
    </message>
    <message>
        <source>open WinGate proxy</source>
        <translation>proxy WinGate aberto</translation>
    </message>
    <message>
        <source>compromised router or gateway</source>
        <translation>roteador ou gateway comprometido</translation>
    </message>
    <message>
        <source>autorooting worm</source>
        <translation>worm de autoroot</translation>
    </message>
    <message>
        <source>automatically detected botnet IP</source>
        <translation>IP de botnet detectado automaticamente</translation>
    </message>
    <message>
        <source>DNS/MX-type host name seen on IRC</source>
        <translation>nome de host do tipo DNS/MX visto no IRC</translation>
    </message>
    <message>
        <source>abused VPN service</source>
        <translation>serviço de VPN abusado</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>sem categoria</translation>
    </message>
    <message>
        <source>Clean the compromised machine or close the open proxy, then request removal on dronebl.org.</source>
        <translation>Limpe a máquina comprometida ou feche o proxy aberto e depois solicite a remoção em dronebl.org.</translation>
    </message>
    <message>
        <source>the IP sent mail to s5h.net spam traps</source>
        <translation>o IP enviou e-mails para armadilhas de spam da s5h.net</translation>
    </message>
    <message>
        <source>Entries expire by themselves; removal can be requested through the list's web page.</source>
        <translation>As entradas expiram sozinhas; a remoção pode ser solicitada pela página web da lista.</translation>
    </message>
    <message>
        <source>the IP sent spam seen by NordSpam</source>
        <translation>o IP enviou spam visto pela NordSpam</translation>
    </message>
    <message>
        <source>Request removal through nordspam.com after fixing the cause.</source>
        <translation>Solicite a remoção em nordspam.com depois de corrigir a causa.</translation>
    </message>
    <message>
        <source>the domain appears in spam seen by NordSpam</source>
        <translation>o domínio aparece em spam visto pela NordSpam</translation>
    </message>
    <message>
        <source>the IP sent spam to NiX Spam traps in the last 12 hours</source>
        <translation>o IP enviou spam para armadilhas da NiX Spam nas últimas 12 horas</translation>
    </message>
    <message>
        <source>Entries expire 12 hours after the last spam; stop the spam and wait, or request removal on nixspam.net.</source>
        <translation>As entradas expiram 12 horas após o último spam; interrompa o spam e aguarde, ou solicite a remoção em nixspam.net.</translation>
    </message>
    <message>
        <source>the IP sends almost only spam by GBUdb's statistics</source>
        <translation>o IP envia quase só spam, segundo as estatísticas da GBUdb</translation>
    </message>
    <message>
        <source>GBUdb entries fade as receivers see clean mail from the IP; stop the spam first.</source>
        <translation>As entradas da GBUdb desaparecem à medida que os servidores destinatários veem e-mails limpos vindos do IP; interrompa o spam primeiro.</translation>
    </message>
    <message>
        <source>the IP sent mail to 0spam traps</source>
        <translation>o IP enviou e-mails para armadilhas de spam da 0spam</translation>
    </message>
    <message>
        <source>Request removal on 0spam.org after fixing the cause.</source>
        <translation>Solicite a remoção em 0spam.org depois de corrigir a causa.</translation>
    </message>
    <message>
        <source>the IP attacked servers (brute force on mail, SSH or web logins) in the last 48 hours</source>
        <translation>o IP atacou servidores (força bruta em logins de e-mail, SSH ou web) nas últimas 48 horas</translation>
    </message>
    <message>
        <source>Find and clean the attacking machine, then use the delist page; entries expire after 48 hours without new reports.</source>
        <translation>Encontre e limpe a máquina atacante e depois use a página de remoção; as entradas expiram após 48 horas sem novas denúncias.</translation>
    </message>
    <message>
        <source>phishing sites</source>
        <translation>sites de phishing</translation>
    </message>
    <message>
        <source>malware sites</source>
        <translation>sites de malware</translation>
    </message>
    <message>
        <source>spam and abuse sites</source>
        <translation>sites de spam e abuso</translation>
    </message>
    <message>
        <source>cracked (compromised) sites</source>
        <translation>sites invadidos (comprometidos)</translation>
    </message>
    <message>
        <source>SURBL refused the query (the resolver is blocked or over quota)</source>
        <translation>A SURBL recusou a consulta (o resolvedor está bloqueado ou excedeu a cota)</translation>
    </message>
    <message>
        <source>SURBL lists domains that appear in message bodies. Clean the site or stop linking to it, then use the analysis page to request removal.</source>
        <translation>A SURBL lista domínios que aparecem no corpo das mensagens. Limpe o site ou pare de colocar links para ele e depois use a página de análise para solicitar a remoção.</translation>
    </message>
    <message>
        <source>low-volume public use allowed; heavy users need a data feed</source>
        <translation>uso público de baixo volume permitido; usuários intensivos precisam de um feed de dados</translation>
    </message>
    <message>
        <source>black: domains seen in spam only</source>
        <translation>black: domínios vistos apenas em spam</translation>
    </message>
    <message>
        <source>grey: domains of bulk senders some people consider spam</source>
        <translation>grey: domínios de remetentes em massa que algumas pessoas consideram spam</translation>
    </message>
    <message>
        <source>red: domains seen in spam from newly registered or abused sources</source>
        <translation>red: domínios vistos em spam vindo de fontes recém-registradas ou abusadas</translation>
    </message>
    <message>
        <source>URIBL refused the query (public or high-volume resolver blocked)</source>
        <translation>A URIBL recusou a consulta (resolvedor público ou de alto volume bloqueado)</translation>
    </message>
    <message>
        <source>Look the domain up at admin.uribl.com (an account is needed to request removal) after removing what got it listed.</source>
        <translation>Consulte o domínio em admin.uribl.com (é necessária uma conta para solicitar a remoção) depois de remover o que causou a listagem.</translation>
    </message>
    <message>
        <source>blocks Google, OpenDNS and big ISP resolvers: answers 127.0.0.1</source>
        <translation>bloqueia resolvedores do Google, OpenDNS e de grandes provedores de internet: responde 127.0.0.1</translation>
    </message>
    <message>
        <source>the list refused the query</source>
        <translation>a lista recusou a consulta</translation>
    </message>
    <message>
        <source>listed with a code this catalogue does not describe</source>
        <translation>listado com um código que este catálogo não descreve</translation>
    </message>
    <message>
        <source>No blocklist catalogue</source>
        <translation>Nenhum catálogo de listas de bloqueio</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address</source>
        <translation>"%1" não é um endereço IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>"%1" is not a domain name</source>
        <translation>"%1" não é um nome de domínio</translation>
    </message>
    <message>
        <source>Give at least one IP address or domain to check</source>
        <translation>Informe pelo menos um endereço IP ou domínio para verificar</translation>
    </message>
    <message>
        <source>No zone in the catalogue checks this kind of target</source>
        <translation>Nenhuma zona do catálogo verifica este tipo de alvo</translation>
    </message>
    <message>
        <source>this list needs a personal query key (set one in the settings)</source>
        <translation>esta lista requer uma chave de consulta pessoal (defina uma nas configurações)</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>nenhuma resposta em %1 ms</translation>
    </message>
    <message>
        <source>the list did not answer its own test entry (%1), so "not listed" cannot be trusted: the list may refuse your DNS resolver or be out of service</source>
        <translation>a lista não respondeu à sua própria entrada de teste (%1), então "não listado" não é confiável: a lista pode estar recusando seu resolvedor DNS ou estar fora de serviço</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>uma resposta vazia</translation>
    </message>
    <message>
        <source>the answer %1 is outside 127.0.0.0/8: your DNS resolver rewrites answers, so the result means nothing</source>
        <translation>a resposta %1 está fora de 127.0.0.0/8: seu resolvedor DNS reescreve respostas, então o resultado não significa nada</translation>
    </message>
    <message>
        <source>the list answered %1: %2</source>
        <translation>a lista respondeu %1: %2</translation>
    </message>
    <message>
        <source>the list also "lists" its never-listed test entry %1: your DNS resolver invents answers for names that do not exist</source>
        <translation>a lista também "lista" sua entrada de teste que nunca é listada, %1: seu resolvedor DNS inventa respostas para nomes que não existem</translation>
    </message>
</context>
<context>
    <name>BlocklistCommand</name>
    <message>
        <source>reason given:</source>
        <translation>motivo informado:</translation>
    </message>
    <message>
        <source>what to do:</source>
        <translation>o que fazer:</translation>
    </message>
    <message>
        <source>delisting page:</source>
        <translation>página de remoção da lista:</translation>
    </message>
    <message>
        <source>%1 zones checked in %2 ms: %3 listed, %4 clean, %5 couldn't check</source>
        <translation>%1 zonas verificadas em %2 ms: %3 listado(s), %4 limpa(s), %5 não foi possível verificar</translation>
    </message>
    <message>
        <source>Check IP addresses and domains against the DNS blocklists mail servers use. Each zone answers listed, clean or couldn't check.</source>
        <translation>Verifica endereços IP e domínios nas listas de bloqueio DNS usadas pelos servidores de e-mail. Cada zona responde listado, limpo ou não foi possível verificar.</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address to check (repeatable).</source>
        <translation>Endereço IPv4 ou IPv6 a verificar (pode ser repetido).</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Domain to check in the domain lists (repeatable).</source>
        <translation>Domínio a verificar nas listas de domínios (pode ser repetido).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÍNIO</translation>
    </message>
    <message>
        <source>Only this zone (id or name, repeatable).</source>
        <translation>Apenas esta zona (id ou nome, pode ser repetido).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <source>Deadline per zone in milliseconds (default 6000).</source>
        <translation>Prazo por zona em milissegundos (padrão 6000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Abusix Mail Intelligence query key.</source>
        <translation>Chave de consulta do Abusix Mail Intelligence.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <source>give --ip IP or --domain DOMAIN (see --help)</source>
        <translation>informe --ip IP ou --domain DOMÍNIO (veja --help)</translation>
    </message>
    <message>
        <source>--zone-timeout needs a positive number of milliseconds</source>
        <translation>--zone-timeout requer um número positivo de milissegundos</translation>
    </message>
    <message>
        <source>checked %1 of %2 zones</source>
        <translation>%1 de %2 zonas verificadas</translation>
    </message>
</context>
<context>
    <name>BounceAnalyzer</name>
    <message>
        <source>The bounce could not be analysed (out of memory).</source>
        <translation>A devolução não pôde ser analisada (memória insuficiente).</translation>
    </message>
</context>
<context>
    <name>BounceCase</name>
    <message>
        <source>Paste the bounce</source>
        <translation>Colar a devolução</translation>
    </message>
    <message>
        <source>Verify the recipient address</source>
        <translation>Verificar o endereço do destinatário</translation>
    </message>
    <message>
        <source>Recipient mailbox</source>
        <translation>Caixa de correio do destinatário</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listas de bloqueio</translation>
    </message>
    <message>
        <source>SPF, DKIM, DMARC</source>
        <translation>SPF, DKIM, DMARC</translation>
    </message>
    <message>
        <source>Content and sending activity</source>
        <translation>Conteúdo e atividade de envio</translation>
    </message>
    <message>
        <source>SMTP settings</source>
        <translation>Configurações SMTP</translation>
    </message>
    <message>
        <source>Resend after fixing</source>
        <translation>Reenviar após corrigir</translation>
    </message>
</context>
<context>
    <name>BounceParser</name>
    <message>
        <source>There is nothing to read: paste a bounce message or drop a file.</source>
        <translation>Não há nada para ler: cole uma mensagem de devolução ou solte um arquivo.</translation>
    </message>
    <message>
        <source>The input is %1 MB, more than the %2 MB a bounce can reasonably be.</source>
        <translation>A entrada tem %1 MB, mais do que os %2 MB que uma devolução pode razoavelmente ter.</translation>
    </message>
    <message>
        <source>This is binary data, not the text of an e-mail. Paste the bounce message itself or save it as .eml and drop that file.</source>
        <translation>Isto são dados binários, não o texto de um e-mail. Cole a própria mensagem de devolução ou salve-a como .eml e solte esse arquivo.</translation>
    </message>
    <message>
        <source>The message could not be read (out of memory).</source>
        <translation>A mensagem não pôde ser lida (memória insuficiente).</translation>
    </message>
    <message>
        <source>The message could not be read.</source>
        <translation>A mensagem não pôde ser lida.</translation>
    </message>
    <message numerus="yes">
        <source>The message declares more than %n MIME parts; it was read as plain text.</source>
        <translation>
            <numerusform>A mensagem declara mais de %n parte MIME; ela foi lida como texto simples.</numerusform>
            <numerusform>A mensagem declara mais de %n partes MIME; ela foi lida como texto simples.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n KB of the text were read.</source>
        <translation>
            <numerusform>Apenas o primeiro %n KB do texto foi lido.</numerusform>
            <numerusform>Apenas os primeiros %n KB do texto foram lidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n recipients were read.</source>
        <translation>
            <numerusform>Apenas %n destinatário foi lido.</numerusform>
            <numerusform>Apenas os primeiros %n destinatários foram lidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bounce was read from the message attached to this one.</source>
        <translation>A devolução foi lida da mensagem anexada a esta.</translation>
    </message>
    <message>
        <source>The feedback report names the source IP of the reported message.</source>
        <translation>O relatório de feedback indica o IP de origem da mensagem denunciada.</translation>
    </message>
    <message>
        <source>No delivery failure was found in this text.</source>
        <translation>Nenhuma falha de entrega foi encontrada neste texto.</translation>
    </message>
    <message numerus="yes">
        <source>The message nests MIME parts more than %n levels deep; deeper parts were not read.</source>
        <translation>
            <numerusform>A mensagem aninha partes MIME em mais de %n nível de profundidade; as partes mais profundas não foram lidas.</numerusform>
            <numerusform>A mensagem aninha partes MIME em mais de %n níveis de profundidade; as partes mais profundas não foram lidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message has more than %n MIME parts; the rest were not read.</source>
        <translation>
            <numerusform>A mensagem tem mais de %n parte MIME; as demais não foram lidas.</numerusform>
            <numerusform>A mensagem tem mais de %n partes MIME; as demais não foram lidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>A part of the message could not be decoded (broken encoding or binary data) and was skipped.</source>
        <translation>Uma parte da mensagem não pôde ser decodificada (codificação corrompida ou dados binários) e foi ignorada.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8; it was read as Latin-1.</source>
        <translation>O texto não é UTF-8 válido; ele foi lido como Latin-1.</translation>
    </message>
    <message>
        <source>The bounce was read from a message forwarded in this one.</source>
        <translation>O aviso de devolução foi lido de uma mensagem encaminhada dentro desta.</translation>
    </message>
</context>
<context>
    <name>BounceReason</name>
    <message>
        <source>The recipient address does not exist</source>
        <translation>O endereço do destinatário não existe</translation>
    </message>
    <message>
        <source>The recipient's server says it has no mailbox with this address. Check the address for typing mistakes or ask the person for their current address.</source>
        <translation>O servidor do destinatário informa que não tem nenhuma caixa de correio com este endereço. Verifique se há erros de digitação no endereço ou peça à pessoa o endereço atual dela.</translation>
    </message>
    <message>
        <source>The recipient domain does not exist</source>
        <translation>O domínio do destinatário não existe</translation>
    </message>
    <message>
        <source>The part after the @ has no mail server in DNS or does not exist at all. Check the spelling of the domain.</source>
        <translation>A parte depois do @ não tem servidor de e-mail no DNS ou nem sequer existe. Verifique a grafia do domínio.</translation>
    </message>
    <message>
        <source>The recipient domain never accepts mail</source>
        <translation>O domínio do destinatário nunca aceita e-mails</translation>
    </message>
    <message>
        <source>The recipient's domain publishes a "null MX" record, which states that it does not receive e-mail at all. This address cannot work.</source>
        <translation>O domínio do destinatário publica um registro "null MX", que declara que ele não recebe e-mails de forma alguma. Este endereço não pode funcionar.</translation>
    </message>
    <message>
        <source>The recipient address is malformed</source>
        <translation>O endereço do destinatário está malformado</translation>
    </message>
    <message>
        <source>The recipient address is not a valid e-mail address (wrong characters or missing parts). Correct the address and send again.</source>
        <translation>O endereço do destinatário não é um endereço de e-mail válido (caracteres incorretos ou partes faltando). Corrija o endereço e envie novamente.</translation>
    </message>
    <message>
        <source>The recipient has moved</source>
        <translation>O destinatário mudou de endereço</translation>
    </message>
    <message>
        <source>The mailbox has moved or the address now belongs to someone else, and no forwarding exists. Ask the person for their new address.</source>
        <translation>A caixa de correio foi movida ou o endereço agora pertence a outra pessoa, e não há encaminhamento. Peça à pessoa o novo endereço dela.</translation>
    </message>
    <message>
        <source>The recipient server does not accept mail</source>
        <translation>O servidor do destinatário não aceita e-mails</translation>
    </message>
    <message>
        <source>The host that answered for the recipient's domain says it does not take e-mail for it. The domain's mail setup is missing or wrong.</source>
        <translation>O host que respondeu pelo domínio do destinatário informa que não recebe e-mails para ele. A configuração de e-mail do domínio está ausente ou incorreta.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>A caixa de correio do destinatário está cheia</translation>
    </message>
    <message>
        <source>The address exists but its storage quota is used up. The person has to make room; you can try again later or reach them another way.</source>
        <translation>O endereço existe, mas sua cota de armazenamento se esgotou. A pessoa precisa liberar espaço; você pode tentar novamente mais tarde ou contatá-la de outra forma.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is disabled</source>
        <translation>A caixa de correio do destinatário está desativada</translation>
    </message>
    <message>
        <source>The address exists but the account has been disabled, suspended or locked, so it does not receive mail.</source>
        <translation>O endereço existe, mas a conta foi desativada, suspensa ou bloqueada e, por isso, não recebe e-mails.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is inactive</source>
        <translation>A caixa de correio do destinatário está inativa</translation>
    </message>
    <message>
        <source>The account has not been used for a long time and its provider stopped delivering to it. Ask the person for an address they use.</source>
        <translation>A conta não é usada há muito tempo e o provedor deixou de entregar mensagens para ela. Peça à pessoa um endereço que ela use.</translation>
    </message>
    <message>
        <source>Refused by the recipient's mail policy</source>
        <translation>Recusado pela política de e-mail do destinatário</translation>
    </message>
    <message>
        <source>The recipient's organisation has a rule that refuses this message or sender. Only their administrator can change it; ask them to allow your mail.</source>
        <translation>A organização do destinatário tem uma regra que recusa esta mensagem ou este remetente. Só o administrador dela pode alterá-la; peça que permita seus e-mails.</translation>
    </message>
    <message>
        <source>You are not on the recipient's list of allowed senders</source>
        <translation>Você não está na lista de remetentes permitidos do destinatário</translation>
    </message>
    <message>
        <source>The recipient only accepts mail from senders or servers on an allow list, or not from outside its organisation. Ask them to add you.</source>
        <translation>O destinatário só aceita e-mails de remetentes ou servidores de uma lista de permissões, ou não aceita de fora da sua organização. Peça que adicionem você.</translation>
    </message>
    <message>
        <source>The group or list accepts only authorised senders</source>
        <translation>O grupo ou lista aceita apenas remetentes autorizados</translation>
    </message>
    <message>
        <source>The address is a group, mailing list or restricted mailbox that only members or approved senders may write to. Ask its owner for permission.</source>
        <translation>O endereço é um grupo, uma lista de discussão ou uma caixa de correio restrita para a qual só membros ou remetentes aprovados podem escrever. Peça permissão ao responsável.</translation>
    </message>
    <message>
        <source>Your address is blocked by the recipient</source>
        <translation>Seu endereço está bloqueado pelo destinatário</translation>
    </message>
    <message>
        <source>The recipient or their administrator has put your address or domain on their own block list.</source>
        <translation>O destinatário ou o administrador dele colocou seu endereço ou domínio na própria lista de bloqueio.</translation>
    </message>
    <message>
        <source>Your sending server's IP address is blocked</source>
        <translation>O endereço IP do seu servidor de envio está bloqueado</translation>
    </message>
    <message>
        <source>The recipient's provider refuses connections or mail from the IP address of your sending server, usually because of its reputation. Request delisting and find out why.</source>
        <translation>O provedor do destinatário recusa conexões ou e-mails do endereço IP do seu servidor de envio, geralmente por causa da reputação dele. Solicite a remoção da lista e descubra o motivo.</translation>
    </message>
    <message>
        <source>Your domain is blocked</source>
        <translation>Seu domínio está bloqueado</translation>
    </message>
    <message>
        <source>The recipient's provider refuses mail that uses your domain, usually because it appears on a domain blocklist or has a bad reputation.</source>
        <translation>O provedor do destinatário recusa e-mails que usam seu domínio, geralmente porque ele aparece em uma lista de bloqueio de domínios ou tem má reputação.</translation>
    </message>
    <message>
        <source>Listed on a public blocklist</source>
        <translation>Listado em uma lista de bloqueio pública</translation>
    </message>
    <message>
        <source>A public blocklist (DNSBL such as Spamhaus, Barracuda or SpamCop) lists your sending IP address or domain, and the recipient's server uses that list.</source>
        <translation>Uma lista de bloqueio pública (DNSBL, como Spamhaus, Barracuda ou SpamCop) lista o endereço IP ou o domínio de envio, e o servidor do destinatário usa essa lista.</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation>Reputação do remetente ruim</translation>
    </message>
    <message>
        <source>The recipient's provider rates your IP address or domain as a likely source of unwanted mail (complaints, volume, spam traps).</source>
        <translation>O provedor do destinatário considera seu endereço IP ou domínio uma provável fonte de e-mails indesejados (reclamações, volume, armadilhas de spam).</translation>
    </message>
    <message>
        <source>Microsoft 365 tenant over its sending threshold</source>
        <translation>Tenant do Microsoft 365 acima do limite de envio</translation>
    </message>
    <message>
        <source>Microsoft 365 stopped mail from your tenant because it exceeded sending thresholds or sent suspicious mail. Check the tenant for compromised accounts.</source>
        <translation>O Microsoft 365 bloqueou os e-mails do seu tenant porque ele excedeu os limites de envio ou enviou e-mails suspeitos. Verifique se há contas comprometidas no tenant.</translation>
    </message>
    <message>
        <source>Your account is banned from sending</source>
        <translation>Sua conta está proibida de enviar</translation>
    </message>
    <message>
        <source>The sending account or service was blocked for spam or abuse and may not send mail until the provider lifts the restriction.</source>
        <translation>A conta ou o serviço de envio foi bloqueado por spam ou abuso e não pode enviar e-mails até que o provedor suspenda a restrição.</translation>
    </message>
    <message>
        <source>SPF check failed</source>
        <translation>A verificação SPF falhou</translation>
    </message>
    <message>
        <source>The recipient's server checked your domain's SPF record and your sending server is not listed as allowed to send for it.</source>
        <translation>O servidor do destinatário verificou o registro SPF do seu domínio, e seu servidor de envio não está listado como autorizado a enviar por ele.</translation>
    </message>
    <message>
        <source>Your SPF record has errors</source>
        <translation>Seu registro SPF tem erros</translation>
    </message>
    <message>
        <source>Your domain's SPF record could not be evaluated (syntax error, too many DNS lookups, several records), so receivers treat it as failed.</source>
        <translation>O registro SPF do seu domínio não pôde ser avaliado (erro de sintaxe, consultas DNS demais, vários registros), por isso os destinatários o tratam como falho.</translation>
    </message>
    <message>
        <source>DKIM signature failed</source>
        <translation>A assinatura DKIM falhou</translation>
    </message>
    <message>
        <source>The message had no valid DKIM signature: it is missing, its key cannot be found, or the message was changed after signing.</source>
        <translation>A mensagem não tinha uma assinatura DKIM válida: ela está ausente, sua chave não foi encontrada ou a mensagem foi alterada após a assinatura.</translation>
    </message>
    <message>
        <source>Rejected by the sender domain's DMARC policy</source>
        <translation>Rejeitado pela política DMARC do domínio do remetente</translation>
    </message>
    <message>
        <source>The message failed DMARC: neither SPF nor DKIM passed for the domain in the From header, and that domain's policy asks receivers to reject such mail.</source>
        <translation>A mensagem falhou no DMARC: nem SPF nem DKIM foram aprovados para o domínio do cabeçalho From, e a política desse domínio pede aos destinatários que rejeitem esses e-mails.</translation>
    </message>
    <message>
        <source>The message is not authenticated</source>
        <translation>A mensagem não está autenticada</translation>
    </message>
    <message>
        <source>The recipient requires every sender to pass SPF or DKIM, and this message passed neither.</source>
        <translation>O destinatário exige que todo remetente seja aprovado no SPF ou no DKIM, e esta mensagem não foi aprovada em nenhum dos dois.</translation>
    </message>
    <message>
        <source>ARC validation failed</source>
        <translation>A validação ARC falhou</translation>
    </message>
    <message>
        <source>The message passed through a forwarder and its ARC authentication chain did not validate.</source>
        <translation>A mensagem passou por um encaminhador e sua cadeia de autenticação ARC não foi validada.</translation>
    </message>
    <message>
        <source>Classified as spam</source>
        <translation>Classificado como spam</translation>
    </message>
    <message>
        <source>The recipient's spam filter judged the message itself to be unwanted mail: its wording, links or formatting.</source>
        <translation>O filtro de spam do destinatário considerou a própria mensagem indesejada: seu texto, links ou formatação.</translation>
    </message>
    <message>
        <source>A virus or malware was found</source>
        <translation>Foi encontrado um vírus ou malware</translation>
    </message>
    <message>
        <source>The recipient's scanner found (or suspected) malware in the message or its attachments.</source>
        <translation>O antivírus do destinatário encontrou (ou suspeitou de) malware na mensagem ou nos anexos.</translation>
    </message>
    <message>
        <source>Attachment not allowed</source>
        <translation>Anexo não permitido</translation>
    </message>
    <message>
        <source>The message carries an attachment type the recipient refuses, such as executable files or certain archives.</source>
        <translation>A mensagem contém um tipo de anexo que o destinatário recusa, como arquivos executáveis ou certos arquivos compactados.</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>A mensagem é grande demais</translation>
    </message>
    <message>
        <source>The message is bigger than the recipient's server or mailbox accepts. Send smaller attachments or share a link instead.</source>
        <translation>A mensagem é maior do que o servidor ou a caixa de correio do destinatário aceita. Envie anexos menores ou compartilhe um link.</translation>
    </message>
    <message>
        <source>A link in the message is on a blocklist</source>
        <translation>Um link da mensagem está em uma lista de bloqueio</translation>
    </message>
    <message>
        <source>The message contains a link to a domain that a URL blocklist lists as used in spam or phishing.</source>
        <translation>A mensagem contém um link para um domínio que uma lista de bloqueio de URLs indica como usado em spam ou phishing.</translation>
    </message>
    <message>
        <source>The message is malformed</source>
        <translation>A mensagem está malformada</translation>
    </message>
    <message>
        <source>The recipient's server could not accept the message because its structure or encoding is broken.</source>
        <translation>O servidor do destinatário não pôde aceitar a mensagem porque sua estrutura ou codificação está corrompida.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Retransmissão negada</translation>
    </message>
    <message>
        <source>The server you sent to is not responsible for the recipient's domain and refuses to pass the message on. Usually the sending program uses the wrong server or does not log in.</source>
        <translation>O servidor para o qual você enviou não é responsável pelo domínio do destinatário e se recusa a repassar a mensagem. Normalmente o programa de envio usa o servidor errado ou não faz login.</translation>
    </message>
    <message>
        <source>The server requires you to log in</source>
        <translation>O servidor exige que você faça login</translation>
    </message>
    <message>
        <source>The sending program connected without SMTP authentication, but the server only accepts mail from logged-in users.</source>
        <translation>O programa de envio se conectou sem autenticação SMTP, mas o servidor só aceita e-mails de usuários autenticados.</translation>
    </message>
    <message>
        <source>Login to the mail server failed</source>
        <translation>O login no servidor de e-mail falhou</translation>
    </message>
    <message>
        <source>The sending program's SMTP user name or password was refused, or this login method is disabled.</source>
        <translation>O nome de usuário ou a senha SMTP do programa de envio foi recusado, ou este método de login está desativado.</translation>
    </message>
    <message>
        <source>Encryption (TLS) is required</source>
        <translation>Criptografia (TLS) obrigatória</translation>
    </message>
    <message>
        <source>One side insists on an encrypted connection (STARTTLS) that was not used or not offered.</source>
        <translation>Um dos lados exige uma conexão criptografada (STARTTLS) que não foi usada ou não foi oferecida.</translation>
    </message>
    <message>
        <source>The encrypted connection failed</source>
        <translation>A conexão criptografada falhou</translation>
    </message>
    <message>
        <source>The TLS connection could not be set up or verified: certificate, MTA-STS or DANE problem.</source>
        <translation>A conexão TLS não pôde ser estabelecida ou verificada: problema de certificado, MTA-STS ou DANE.</translation>
    </message>
    <message>
        <source>Reverse DNS of your sending IP is missing or wrong</source>
        <translation>O DNS reverso do seu IP de envio está ausente ou incorreto</translation>
    </message>
    <message>
        <source>Your sending server's IP address has no PTR record, or the name does not point back to the IP. Ask whoever runs the IP to set the PTR record.</source>
        <translation>O endereço IP do seu servidor de envio não tem registro PTR, ou o nome não aponta de volta para o IP. Peça a quem administra o IP que configure o registro PTR.</translation>
    </message>
    <message>
        <source>Your server's HELO name was refused</source>
        <translation>O nome HELO do seu servidor foi recusado</translation>
    </message>
    <message>
        <source>Your sending server introduces itself with a name the recipient rejects (not a fully qualified name, or one that does not exist in DNS).</source>
        <translation>Seu servidor de envio se apresenta com um nome que o destinatário rejeita (não é um nome totalmente qualificado ou não existe no DNS).</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <translation>Erro do protocolo SMTP</translation>
    </message>
    <message>
        <source>The sending server sent a command the recipient's server did not understand or did not expect.</source>
        <translation>O servidor de envio enviou um comando que o servidor do destinatário não entendeu ou não esperava.</translation>
    </message>
    <message>
        <source>The sender address was rejected</source>
        <translation>O endereço do remetente foi rejeitado</translation>
    </message>
    <message>
        <source>The envelope sender address or its domain is invalid, does not exist in DNS or could not be verified by the recipient's server.</source>
        <translation>O endereço de remetente do envelope ou o domínio dele é inválido, não existe no DNS ou não pôde ser verificado pelo servidor do destinatário.</translation>
    </message>
    <message>
        <source>Sending from a domain not registered in Microsoft 365</source>
        <translation>Envio a partir de um domínio não registrado no Microsoft 365</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from domains that are not added and verified in your tenant. Add and verify the domain.</source>
        <translation>O Microsoft 365 recusa e-mails de domínios que não foram adicionados e verificados no seu tenant. Adicione e verifique o domínio.</translation>
    </message>
    <message>
        <source>Mail routing loop</source>
        <translation>Loop de roteamento de e-mail</translation>
    </message>
    <message>
        <source>The message went round in circles between servers until it was stopped, usually because of a forwarding or MX misconfiguration.</source>
        <translation>A mensagem ficou circulando entre servidores até ser interrompida, geralmente por causa de uma configuração incorreta de encaminhamento ou de MX.</translation>
    </message>
    <message>
        <source>Too many recipients in one message</source>
        <translation>Destinatários demais em uma só mensagem</translation>
    </message>
    <message>
        <source>The message was addressed to more recipients than the server accepts at once. Send it in smaller batches.</source>
        <translation>A mensagem foi endereçada a mais destinatários do que o servidor aceita de uma vez. Envie-a em lotes menores.</translation>
    </message>
    <message>
        <source>The message breaks format rules</source>
        <translation>A mensagem viola regras de formato</translation>
    </message>
    <message>
        <source>The sending program produced a message that violates the standard (for example bare line feeds, missing or invalid headers, several From addresses).</source>
        <translation>O programa de envio produziu uma mensagem que viola o padrão (por exemplo, quebras de linha LF isoladas, cabeçalhos ausentes ou inválidos, vários endereços From).</translation>
    </message>
    <message>
        <source>Mail over IPv6 not accepted</source>
        <translation>E-mail por IPv6 não aceito</translation>
    </message>
    <message>
        <source>The recipient does not accept mail from your IPv6 address. Send over IPv4 or meet their IPv6 requirements.</source>
        <translation>O destinatário não aceita e-mails do seu endereço IPv6. Envie por IPv4 ou atenda aos requisitos de IPv6 dele.</translation>
    </message>
    <message>
        <source>Forwarding to external addresses is blocked</source>
        <translation>O encaminhamento para endereços externos está bloqueado</translation>
    </message>
    <message>
        <source>Your own organisation's policy does not allow automatic forwarding to outside addresses.</source>
        <translation>A política da sua própria organização não permite o encaminhamento automático para endereços externos.</translation>
    </message>
    <message>
        <source>The sending server is misconfigured</source>
        <translation>O servidor de envio está mal configurado</translation>
    </message>
    <message>
        <source>A mail server on the way reported its own configuration error rather than a problem with the recipient.</source>
        <translation>Um servidor de e-mail no caminho relatou um erro de configuração próprio, e não um problema com o destinatário.</translation>
    </message>
    <message>
        <source>Delivery is delayed</source>
        <translation>A entrega está atrasada</translation>
    </message>
    <message>
        <source>The message has not been delivered yet; the sending server keeps retrying. Nothing to fix unless it finally fails.</source>
        <translation>A mensagem ainda não foi entregue; o servidor de envio continua tentando. Não há nada a corrigir, a menos que ela acabe falhando.</translation>
    </message>
    <message>
        <source>Delivery attempts expired</source>
        <translation>As tentativas de entrega expiraram</translation>
    </message>
    <message>
        <source>The sending server retried for its whole queue lifetime and then gave up. The underlying problem was temporary or unreachable servers.</source>
        <translation>O servidor de envio tentou novamente durante todo o tempo de vida da fila e depois desistiu. O problema de fundo eram falhas temporárias ou servidores inacessíveis.</translation>
    </message>
    <message>
        <source>The recipient's server could not be reached</source>
        <translation>Não foi possível alcançar o servidor do destinatário</translation>
    </message>
    <message>
        <source>The connection to the recipient's server failed (refused, timed out, DNS lookup failure). This usually resolves itself.</source>
        <translation>A conexão com o servidor do destinatário falhou (recusada, tempo esgotado, falha na consulta DNS). Isso geralmente se resolve sozinho.</translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation>Greylisting</translation>
    </message>
    <message>
        <source>The recipient's server delays first-time senders on purpose; a normal server retries and gets through.</source>
        <translation>O servidor do destinatário atrasa de propósito remetentes novos; um servidor normal tenta novamente e consegue entregar.</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de taxa atingido</translation>
    </message>
    <message>
        <source>Too many messages or connections in a short time; the recipient's server asks to slow down and retry later.</source>
        <translation>Mensagens ou conexões demais em pouco tempo; o servidor do destinatário pede para desacelerar e tentar novamente mais tarde.</translation>
    </message>
    <message>
        <source>The recipient's server had a temporary problem</source>
        <translation>O servidor do destinatário teve um problema temporário</translation>
    </message>
    <message>
        <source>The recipient's server was busy, out of resources or had an internal error. Retrying later usually works.</source>
        <translation>O servidor do destinatário estava ocupado, sem recursos ou teve um erro interno. Tentar novamente mais tarde geralmente funciona.</translation>
    </message>
    <message>
        <source>Your sending limit is reached</source>
        <translation>Seu limite de envio foi atingido</translation>
    </message>
    <message>
        <source>Your account or service reached its daily or hourly sending limit. Wait until the limit resets or raise it.</source>
        <translation>Sua conta ou serviço atingiu o limite diário ou por hora de envio. Aguarde até o limite ser redefinido ou aumente-o.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>This is a success notice: the message was delivered.</source>
        <translation>Este é um aviso de sucesso: a mensagem foi entregue.</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Repassada</translation>
    </message>
    <message>
        <source>This is a notice that the message was passed on to another server that does not report delivery.</source>
        <translation>Este é um aviso de que a mensagem foi repassada a outro servidor que não informa a entrega.</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Resposta automática</translation>
    </message>
    <message>
        <source>This is an automatic reply (out of office, vacation), not a delivery failure.</source>
        <translation>Esta é uma resposta automática (ausência temporária, férias), não uma falha de entrega.</translation>
    </message>
    <message>
        <source>Complaint or feedback report</source>
        <translation>Reclamação ou relatório de feedback</translation>
    </message>
    <message>
        <source>This is a feedback report (ARF): a recipient or provider reported a message as spam or abuse. It is not a bounce, but it matters for your reputation.</source>
        <translation>Este é um relatório de feedback (ARF): um destinatário ou provedor denunciou uma mensagem como spam ou abuso. Não é uma devolução, mas é importante para sua reputação.</translation>
    </message>
    <message>
        <source>Reason not recognised</source>
        <translation>Motivo não reconhecido</translation>
    </message>
    <message>
        <source>The bounce does not say clearly why delivery failed.</source>
        <translation>A devolução não diz claramente por que a entrega falhou.</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>Recipient blocked by policy</source>
        <translation>Destinatário bloqueado por política</translation>
    </message>
    <message>
        <source>Invalid recipient address</source>
        <translation>Endereço do destinatário inválido</translation>
    </message>
    <message>
        <source>Recipient mailbox issue</source>
        <translation>Problema na caixa de correio do destinatário</translation>
    </message>
    <message>
        <source>Sender IP or domain on a blocklist</source>
        <translation>IP ou domínio do remetente em uma lista de bloqueio</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC failure</source>
        <translation>Falha de SPF, DKIM ou DMARC</translation>
    </message>
    <message>
        <source>Spam filter, content or security</source>
        <translation>Filtro de spam, conteúdo ou segurança</translation>
    </message>
    <message>
        <source>Mail server configuration</source>
        <translation>Configuração do servidor de e-mail</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Problema temporário</translation>
    </message>
    <message>
        <source>Not a delivery failure</source>
        <translation>Não é uma falha de entrega</translation>
    </message>
    <message>
        <source>Unknown cause</source>
        <translation>Causa desconhecida</translation>
    </message>
    <message>
        <source>The recipient's server accepted the address but its policy refuses mail from you.</source>
        <translation>O servidor do destinatário aceitou o endereço, mas sua política recusa e-mails seus.</translation>
    </message>
    <message>
        <source>The address you wrote to does not exist: the mailbox or the whole domain is unknown.</source>
        <translation>O endereço para o qual você escreveu não existe: a caixa de correio ou o domínio inteiro é desconhecido.</translation>
    </message>
    <message>
        <source>The address exists, but the mailbox cannot take mail right now: it is full, disabled or suspended.</source>
        <translation>O endereço existe, mas a caixa de correio não pode receber e-mails agora: está cheia, desativada ou suspensa.</translation>
    </message>
    <message>
        <source>The recipient's server refuses your sending server's IP address or your domain because of its reputation or a blocklist.</source>
        <translation>O servidor do destinatário recusa o endereço IP do seu servidor de envio ou seu domínio por causa da reputação ou de uma lista de bloqueio.</translation>
    </message>
    <message>
        <source>Your message failed the sender checks (SPF, DKIM or DMARC) that prove it really comes from your domain.</source>
        <translation>Sua mensagem falhou nas verificações de remetente (SPF, DKIM ou DMARC) que comprovam que ela vem realmente do seu domínio.</translation>
    </message>
    <message>
        <source>A spam or security filter refused the message itself: its content, links, attachments or size.</source>
        <translation>Um filtro de spam ou de segurança recusou a própria mensagem: seu conteúdo, links, anexos ou tamanho.</translation>
    </message>
    <message>
        <source>A mail server setting stands in the way: relaying, authentication, encryption, reverse DNS or routing.</source>
        <translation>Uma configuração do servidor de e-mail está atrapalhando: retransmissão, autenticação, criptografia, DNS reverso ou roteamento.</translation>
    </message>
    <message>
        <source>The failure is temporary: the sending server will retry, or you can resend later.</source>
        <translation>A falha é temporária: o servidor de envio tentará novamente, ou você pode reenviar mais tarde.</translation>
    </message>
    <message>
        <source>This message is not a delivery failure (a delivery notice, auto-reply or report).</source>
        <translation>Esta mensagem não é uma falha de entrega (um aviso de entrega, resposta automática ou relatório).</translation>
    </message>
    <message>
        <source>The bounce does not say clearly why delivery failed.</source>
        <translation>A devolução não diz claramente por que a entrega falhou.</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Passed</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Requer ação</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>Não foi possível verificar</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
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
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Resultados das verificações</translation>
    </message>
    <message>
        <source>Each check with its result; expand a row for details, raw records and the fix.</source>
        <translation>Cada verificação com seu resultado; expanda uma linha para ver detalhes, registros brutos e a correção.</translation>
    </message>
    <message>
        <source>Copy suggested &amp;record</source>
        <translation>Copiar &amp;registro sugerido</translation>
    </message>
    <message>
        <source>Copies the record suggested for the selected check to the clipboard</source>
        <translation>Copia para a área de transferência o registro sugerido para a verificação selecionada</translation>
    </message>
    <message>
        <source>Copy ra&amp;w evidence</source>
        <translation>Copiar evidências &amp;brutas</translation>
    </message>
    <message>
        <source>Copies the records and replies of the selected check to the clipboard</source>
        <translation>Copia para a área de transferência os registros e respostas da verificação selecionada</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correção</translation>
    </message>
    <message>
        <source>Suggested record</source>
        <translation>Registro sugerido</translation>
    </message>
    <message>
        <source>Suggested record copied to the clipboard.</source>
        <translation>Registro sugerido copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>Raw evidence copied to the clipboard.</source>
        <translation>Evidências brutas copiadas para a área de transferência.</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>No failed recipient was found in the message.</source>
        <translation>Nenhum destinatário com falha foi encontrado na mensagem.</translation>
    </message>
    <message>
        <source>The bounce says “%1”: %2</source>
        <translation>A devolução diz “%1”: %2</translation>
    </message>
    <message>
        <source>Provider code %1: %2</source>
        <translation>Código do provedor %1: %2</translation>
    </message>
    <message>
        <source>Reply code %1: %2</source>
        <translation>Código de resposta %1: %2</translation>
    </message>
    <message>
        <source>Status code %1: %2</source>
        <translation>Código de status %1: %2</translation>
    </message>
    <message>
        <source>The report says the message was %1.</source>
        <translation>O relatório diz que a mensagem foi %1.</translation>
    </message>
    <message>
        <source>The message was only delayed: the sending server keeps retrying.</source>
        <translation>A mensagem foi apenas atrasada: o servidor de envio continua tentando.</translation>
    </message>
    <message>
        <source>The reply is a temporary (4xx) refusal.</source>
        <translation>A resposta é uma recusa temporária (4xx).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>DNS server to ask instead of the system's (IP address, optional :PORT; [IPv6]:PORT). Repeat for several.</source>
        <translation>Servidor DNS a consultar em vez do servidor do sistema (endereço IP, :PORTA opcional; [IPv6]:PORTA). Repita para usar vários.</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>HOST[:PORTA]</translation>
    </message>
    <message>
        <source>Wait this long for a DNS answer before the first retry (default %1).</source>
        <translation>Tempo de espera por uma resposta DNS antes da primeira nova tentativa (padrão %1).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>--dns-timeout must be a number of milliseconds from 1 to 60000, not "%1"</source>
        <translation>--dns-timeout deve ser um número de milissegundos de 1 a 60000, não "%1"</translation>
    </message>
</context>
<context>
    <name>ContentAdvisor</name>
    <message>
        <source>Content of the returned message</source>
        <translation>Conteúdo da mensagem devolvida</translation>
    </message>
    <message>
        <source>The bounce did not include the message body, so its content cannot be reviewed here.</source>
        <translation>A devolução não incluiu o corpo da mensagem, por isso seu conteúdo não pode ser analisado aqui.</translation>
    </message>
    <message>
        <source>Review the message you sent yourself: links, attachments, size and wording.</source>
        <translation>Revise você mesmo a mensagem que enviou: links, anexos, tamanho e texto.</translation>
    </message>
    <message>
        <source>Links through URL shorteners (%1): filters distrust them because they hide the target.</source>
        <translation>Links por encurtadores de URL (%1): os filtros desconfiam deles porque escondem o destino.</translation>
    </message>
    <message numerus="yes">
        <source>The message has %n links; many links make a message look like a newsletter or spam.</source>
        <translation>
            <numerusform>A mensagem tem %n link; muitos links fazem uma mensagem parecer newsletter ou spam.</numerusform>
            <numerusform>A mensagem tem %n links; muitos links fazem uma mensagem parecer newsletter ou spam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Risky attachments (%1): executables, scripts, macro documents and archives are often refused outright.</source>
        <translation>Anexos arriscados (%1): executáveis, scripts, documentos com macros e arquivos compactados costumam ser recusados de imediato.</translation>
    </message>
    <message>
        <source>The message is %1 MB; many servers refuse messages over 10 to 25 MB.</source>
        <translation>A mensagem tem %1 MB; muitos servidores recusam mensagens acima de 10 a 25 MB.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the message</source>
        <translation>
            <numerusform>%n link na mensagem</numerusform>
            <numerusform>%n links na mensagem</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked domains: %1</source>
        <translation>Domínios dos links: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anexos: %1</translation>
    </message>
    <message>
        <source>Size: %1 KB</source>
        <translation>Tamanho: %1 KB</translation>
    </message>
    <message>
        <source>Nothing in the returned message stands out to a content filter.</source>
        <translation>Nada na mensagem devolvida chama a atenção de um filtro de conteúdo.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in the message may trigger content filters.</source>
        <translation>
            <numerusform>%n item da mensagem pode acionar filtros de conteúdo.</numerusform>
            <numerusform>%n itens da mensagem podem acionar filtros de conteúdo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove or replace what is listed above, then resend.</source>
        <translation>Remova ou substitua o que está listado acima e depois reenvie.</translation>
    </message>
</context>
<context>
    <name>DeliveryAction</name>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregue</translation>
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
        <translation>Motivo lido na devolução: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>What the live checks say:</source>
        <translation>O que dizem as verificações ao vivo:</translation>
    </message>
    <message>
        <source>Needs input:</source>
        <translation>Requer informações:</translation>
    </message>
    <message>
        <source>Your fix plan:</source>
        <translation>Seu plano de correção:</translation>
    </message>
    <message>
        <source>Read a bounce, run the live checks it calls for (DNS, SPF, DKIM, DMARC, blocklists) and print the fix plan. Progress goes to standard error.</source>
        <translation>Lê uma devolução, executa as verificações ao vivo que ela exige (DNS, SPF, DKIM, DMARC, listas de bloqueio) e imprime o plano de correção. O progresso vai para a saída de erro padrão.</translation>
    </message>
    <message>
        <source>The bounce (a file, or - for standard input).</source>
        <translation>A devolução (um arquivo, ou - para a entrada padrão).</translation>
    </message>
    <message>
        <source>Print JSON: analysis, investigation and plan.</source>
        <translation>Imprime JSON: análise, investigação e plano.</translation>
    </message>
    <message>
        <source>Also write the whole case to FILE (.html, .md, .pdf or .json).</source>
        <translation>Também grava o caso inteiro em ARQUIVO (.html, .md, .pdf ou .json).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Sending IP address (overrides the bounce).</source>
        <translation>Endereço IP de envio (substitui o da devolução).</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>HELO name of the sending server.</source>
        <translation>Nome HELO do servidor de envio.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Envelope sender address.</source>
        <translation>Endereço de remetente do envelope.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ENDEREÇO</translation>
    </message>
    <message>
        <source>Sender domain.</source>
        <translation>Domínio do remetente.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÍNIO</translation>
    </message>
    <message>
        <source>Domain of the From header.</source>
        <translation>Domínio do cabeçalho From.</translation>
    </message>
    <message>
        <source>Recipient domain.</source>
        <translation>Domínio do destinatário.</translation>
    </message>
    <message>
        <source>DKIM selector.</source>
        <translation>Seletor DKIM.</translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation>SELETOR</translation>
    </message>
    <message>
        <source>DKIM signing domain (d=).</source>
        <translation>Domínio de assinatura DKIM (d=).</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>Sem progresso na saída de erro padrão.</translation>
    </message>
    <message>
        <source>give exactly one bounce file (or - for standard input)</source>
        <translation>informe exatamente um arquivo de devolução (ou - para a entrada padrão)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>checking: %1</source>
        <translation>verificando: %1</translation>
    </message>
    <message>
        <source>%1 of %2 checks done</source>
        <translation>%1 de %2 verificações concluídas</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>relatório gravado em %1</translation>
    </message>
</context>
<context>
    <name>DkimCheck</name>
    <message>
        <source>must be a non-empty array of selector names.</source>
        <translation>deve ser uma matriz não vazia de nomes de seletores.</translation>
    </message>
    <message>
        <source>"%1" is not a valid selector.</source>
        <translation>"%1" não é um seletor válido.</translation>
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation>"%1" aparece duas vezes.</translation>
    </message>
    <message>
        <source>DKIM key %1</source>
        <translation>Chave DKIM %1</translation>
    </message>
    <message>
        <source>%1 has TXT records, but none is a DKIM key.</source>
        <translation>%1 tem registros TXT, mas nenhum é uma chave DKIM.</translation>
    </message>
    <message>
        <source>Publish the DKIM public key your mail provider gives you as a TXT record at %1.</source>
        <translation>Publique como registro TXT em %1 a chave pública DKIM que seu provedor de e-mail fornece.</translation>
    </message>
    <message numerus="yes">
        <source>%n DKIM key records are published at this name; verifiers may pick any of them, so keep one.</source>
        <translation>
            <numerusform>%n registro de chave DKIM está publicado neste nome; os verificadores podem escolher qualquer um, então mantenha apenas um.</numerusform>
            <numerusform>%n registros de chave DKIM estão publicados neste nome; os verificadores podem escolher qualquer um deles, então mantenha apenas um.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DKIM key at %1 is revoked (empty p=): signatures with selector %2 fail.</source>
        <translation>A chave DKIM em %1 foi revogada (p= vazio): as assinaturas com o seletor %2 falham.</translation>
    </message>
    <message>
        <source>Sign with a current selector, or publish the active public key at %1.</source>
        <translation>Assine com um seletor atual ou publique a chave pública ativa em %1.</translation>
    </message>
    <message>
        <source>The DKIM key record at %1 is broken: %2</source>
        <translation>O registro de chave DKIM em %1 está corrompido: %2</translation>
    </message>
    <message>
        <source>Copy the key record again from your mail provider or DKIM signer; a record split into several strings must be published as one TXT record.</source>
        <translation>Copie novamente o registro da chave do seu provedor de e-mail ou assinador DKIM; um registro dividido em várias strings deve ser publicado como um único registro TXT.</translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <translation>RSA de %1 bits</translation>
    </message>
    <message>
        <source>%1 key at %2 is in testing mode (t=y): receivers may ignore DKIM results.</source>
        <translation>A chave %1 em %2 está em modo de teste (t=y): os destinatários podem ignorar os resultados do DKIM.</translation>
    </message>
    <message>
        <source>Remove t=y from the record once signing works.</source>
        <translation>Remova t=y do registro quando a assinatura estiver funcionando.</translation>
    </message>
    <message>
        <source>%1 key published at %2, with warnings.</source>
        <translation>Chave %1 publicada em %2, com avisos.</translation>
    </message>
    <message>
        <source>Generate a 2048-bit key under a new selector, publish it, then switch signing to it.</source>
        <translation>Gere uma chave de 2048 bits com um novo seletor, publique-a e depois passe a assinar com ela.</translation>
    </message>
    <message>
        <source>%1 key published at %2.</source>
        <translation>Chave %1 publicada em %2.</translation>
    </message>
    <message>
        <source>t=s: signatures must use exactly d=%1 (no subdomains in i=).</source>
        <translation>t=s: as assinaturas devem usar exatamente d=%1 (sem subdomínios em i=).</translation>
    </message>
    <message>
        <source>DKIM keys of %1</source>
        <translation>Chaves DKIM de %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Nenhum nome de domínio válido foi informado.</translation>
    </message>
    <message>
        <source>No DKIM key is published at %1.</source>
        <translation>Nenhuma chave DKIM está publicada em %1.</translation>
    </message>
    <message>
        <source>Signatures made with selector %1 cannot be verified, so DKIM fails for them.</source>
        <translation>As assinaturas feitas com o seletor %1 não podem ser verificadas, então o DKIM falha para elas.</translation>
    </message>
    <message>
        <source>Publish the public key your mail provider or signer gives you as a TXT record at %1, or sign with a selector that is published.</source>
        <translation>Publique como registro TXT em %1 a chave pública que seu provedor de e-mail ou assinador fornece, ou assine com um seletor que esteja publicado.</translation>
    </message>
    <message numerus="yes">
        <source>No DKIM key found under %n common selector(s).</source>
        <translation>
            <numerusform>Nenhuma chave DKIM encontrada em %n seletor comum.</numerusform>
            <numerusform>Nenhuma chave DKIM encontrada em %n seletores comuns.</numerusform>
        </translation>
    </message>
    <message>
        <source>DKIM may still be set up under another selector: the s= tag of a DKIM-Signature header names it (use --selector).</source>
        <translation>O DKIM ainda pode estar configurado com outro seletor: a tag s= de um cabeçalho DKIM-Signature indica qual (use --selector).</translation>
    </message>
    <message numerus="yes">
        <source>%n selector lookup(s) failed and could not be checked.</source>
        <translation>
            <numerusform>%n consulta de seletor falhou e não pôde ser verificada.</numerusform>
            <numerusform>%n consultas de seletor falharam e não puderam ser verificadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you do not sign mail with DKIM yet, turn it on at your mail provider and publish the key it gives you.</source>
        <translation>Se você ainda não assina e-mails com DKIM, ative-o no seu provedor de e-mail e publique a chave que ele fornecer.</translation>
    </message>
</context>
<context>
    <name>DkimRecord</name>
    <message>
        <source>The tag %1= appears more than once (RFC 6376 §3.2 makes the record invalid).</source>
        <translation>A tag %1= aparece mais de uma vez (a RFC 6376 §3.2 torna o registro inválido).</translation>
    </message>
    <message>
        <source>v= must be the first tag of the record.</source>
        <translation>v= deve ser a primeira tag do registro.</translation>
    </message>
    <message>
        <source>v=%1 is not a DKIM key record version (expected DKIM1).</source>
        <translation>v=%1 não é uma versão de registro de chave DKIM (esperado: DKIM1).</translation>
    </message>
    <message>
        <source>Unknown key type k=%1 (known: rsa, ed25519).</source>
        <translation>Tipo de chave desconhecido k=%1 (conhecidos: rsa, ed25519).</translation>
    </message>
    <message>
        <source>Unknown tag %1= is ignored.</source>
        <translation>A tag desconhecida %1= é ignorada.</translation>
    </message>
    <message>
        <source>The record has no p= tag (the public key), which is required.</source>
        <translation>O registro não tem a tag p= (a chave pública), que é obrigatória.</translation>
    </message>
    <message>
        <source>The public key (p=) is not valid base64.</source>
        <translation>A chave pública (p=) não é base64 válido.</translation>
    </message>
    <message>
        <source>The public key (p=) is not an RSA public key (DER SubjectPublicKeyInfo).</source>
        <translation>A chave pública (p=) não é uma chave pública RSA (DER SubjectPublicKeyInfo).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; verifiers must reject keys under 1024 bits (RFC 8301).</source>
        <translation>A chave RSA tem %1 bits; os verificadores devem rejeitar chaves com menos de 1024 bits (RFC 8301).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; 2048 bits is the current recommendation (RFC 8301).</source>
        <translation>A chave RSA tem %1 bits; 2048 bits é a recomendação atual (RFC 8301).</translation>
    </message>
    <message>
        <source>An ed25519 key (RFC 8463) is 32 bytes; this one has %1.</source>
        <translation>Uma chave ed25519 (RFC 8463) tem 32 bytes; esta tem %1.</translation>
    </message>
    <message>
        <source>Unknown hash algorithm h=%1.</source>
        <translation>Algoritmo de hash desconhecido h=%1.</translation>
    </message>
    <message>
        <source>h= allows only %1; signatures must use sha256 (RFC 8301).</source>
        <translation>h= permite apenas %1; as assinaturas devem usar sha256 (RFC 8301).</translation>
    </message>
    <message>
        <source>s=%1 does not allow the key to be used for email.</source>
        <translation>s=%1 não permite que a chave seja usada para e-mail.</translation>
    </message>
    <message>
        <source>Unknown flag t=%1 is ignored.</source>
        <translation>O flag desconhecido t=%1 é ignorado.</translation>
    </message>
</context>
<context>
    <name>DmarcAlignment</name>
    <message>
        <source>strict</source>
        <translation>estrito</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>relaxado</translation>
    </message>
    <message>
        <source>%1: no authenticated domain known.</source>
        <translation>%1: nenhum domínio autenticado conhecido.</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 é igual a %2</translation>
    </message>
    <message>
        <source>%1 is not exactly %2</source>
        <translation>%1 não é exatamente %2</translation>
    </message>
    <message>
        <source>%1 and %2 share the organizational domain %3</source>
        <translation>%1 e %2 compartilham o domínio organizacional %3</translation>
    </message>
    <message>
        <source>%1 (organizational domain %2) is not under %3</source>
        <translation>%1 (domínio organizacional %2) não está sob %3</translation>
    </message>
    <message>
        <source>%1 for %2 did not pass (%3), so it cannot count; alignment (%4): %5.</source>
        <translation>%1 para %2 não foi aprovado (%3), então não pode contar; alinhamento (%4): %5.</translation>
    </message>
    <message>
        <source>%1 passed for %2 and is aligned (%3): %4.</source>
        <translation>%1 foi aprovado para %2 e está alinhado (%3): %4.</translation>
    </message>
    <message>
        <source>%1 passed for %2 but is not aligned (%3): %4.</source>
        <translation>%1 foi aprovado para %2, mas não está alinhado (%3): %4.</translation>
    </message>
    <message>
        <source>DKIM: no signature known.</source>
        <translation>DKIM: nenhuma assinatura conhecida.</translation>
    </message>
    <message>
        <source>DMARC alignment for From: %1</source>
        <translation>Alinhamento DMARC para From: %1</translation>
    </message>
    <message>
        <source>The From domain is not known, so alignment cannot be judged.</source>
        <translation>O domínio From não é conhecido, então o alinhamento não pode ser avaliado.</translation>
    </message>
    <message>
        <source>DMARC passes: both SPF and DKIM are aligned with %1.</source>
        <translation>O DMARC é aprovado: SPF e DKIM estão ambos alinhados com %1.</translation>
    </message>
    <message>
        <source>DMARC passes through aligned DKIM.</source>
        <translation>O DMARC é aprovado por meio do DKIM alinhado.</translation>
    </message>
    <message>
        <source>DMARC fails: neither SPF nor DKIM passed for a domain aligned with %1.</source>
        <translation>O DMARC falha: nem SPF nem DKIM foram aprovados para um domínio alinhado com %1.</translation>
    </message>
    <message>
        <source>Sign outgoing mail with DKIM using d=%1 (or a subdomain, with relaxed alignment), and send with a MAIL FROM (Return-Path) under %1 whose SPF record authorises the sending servers.</source>
        <translation>Assine os e-mails de saída com DKIM usando d=%1 (ou um subdomínio, com alinhamento relaxado) e envie com um MAIL FROM (Return-Path) sob %1 cujo registro SPF autorize os servidores de envio.</translation>
    </message>
    <message>
        <source>DMARC passes through aligned SPF (no DKIM result known); an aligned DKIM signature would keep it passing when mail is forwarded.</source>
        <translation>O DMARC é aprovado por meio do SPF alinhado (nenhum resultado de DKIM conhecido); uma assinatura DKIM alinhada manteria a aprovação quando o e-mail for encaminhado.</translation>
    </message>
    <message>
        <source>DMARC passes through aligned SPF only (DKIM is not aligned; mail forwarding will break SPF).</source>
        <translation>O DMARC é aprovado apenas por meio do SPF alinhado (o DKIM não está alinhado; o encaminhamento de e-mails vai quebrar o SPF).</translation>
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
        <translation>Nenhum nome de domínio válido foi informado.</translation>
    </message>
    <message>
        <source>An SPF record is published at _dmarc.%1; SPF belongs at the domain itself.</source>
        <translation>Há um registro SPF publicado em _dmarc.%1; o SPF deve ficar no próprio domínio.</translation>
    </message>
    <message>
        <source>"%1" looks like a DMARC record but does not start with v=DMARC1, so receivers ignore it.</source>
        <translation>"%1" parece um registro DMARC, mas não começa com v=DMARC1, por isso os destinatários o ignoram.</translation>
    </message>
    <message>
        <source>Neither %1 nor its organizational domain %2 publishes a DMARC record.</source>
        <translation>Nem %1 nem seu domínio organizacional %2 publicam um registro DMARC.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record.</source>
        <translation>%1 não publica nenhum registro DMARC.</translation>
    </message>
    <message>
        <source>Gmail, Yahoo and Outlook.com require DMARC from bulk senders, and without it anyone can send mail as your domain unchecked.</source>
        <translation>Gmail, Yahoo e Outlook.com exigem DMARC de remetentes em massa e, sem ele, qualquer pessoa pode enviar e-mails em nome do seu domínio sem verificação.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.%1, e.g. the one below (start with p=none instead if you are not yet sure all your mail is signed, and read the reports).</source>
        <translation>Publique um registro TXT em _dmarc.%1, por exemplo o abaixo (comece com p=none se ainda não tiver certeza de que todos os seus e-mails são assinados, e leia os relatórios).</translation>
    </message>
    <message numerus="yes">
        <source>_dmarc.%1 has %n DMARC records; with more than one, receivers apply no DMARC policy at all (RFC 7489 §6.6.3).</source>
        <translation>
            <numerusform>_dmarc.%1 tem %n registro DMARC; com mais de um, os destinatários não aplicam nenhuma política DMARC (RFC 7489 §6.6.3).</numerusform>
            <numerusform>_dmarc.%1 tem %n registros DMARC; com mais de um, os destinatários não aplicam nenhuma política DMARC (RFC 7489 §6.6.3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at _dmarc.%1.</source>
        <translation>Mantenha exatamente um registro TXT começando com v=DMARC1 em _dmarc.%1.</translation>
    </message>
    <message>
        <source>%1 has no record of its own; the record of its organizational domain %2 applies, with its subdomain policy sp=%3.</source>
        <translation>%1 não tem registro próprio; vale o registro do seu domínio organizacional %2, com a política de subdomínio sp=%3.</translation>
    </message>
    <message>
        <source>Receivers following RFC 9989 walk up the DNS tree and would use the record at _dmarc.%1 instead; publish the policy you mean at one place to avoid the difference.</source>
        <translation>Destinatários que seguem a RFC 9989 percorrem a árvore DNS para cima e usariam o registro em _dmarc.%1; publique a política desejada em um único lugar para evitar a diferença.</translation>
    </message>
    <message>
        <source>No rua= address: you will get no aggregate reports telling you who sends as your domain.</source>
        <translation>Nenhum endereço rua=: você não receberá relatórios agregados mostrando quem envia em nome do seu domínio.</translation>
    </message>
    <message>
        <source>The DMARC record at _dmarc.%1 has errors: %2</source>
        <translation>O registro DMARC em _dmarc.%1 tem erros: %2</translation>
    </message>
    <message>
        <source>Correct the record; a corrected version is suggested below.</source>
        <translation>Corrija o registro; uma versão corrigida é sugerida abaixo.</translation>
    </message>
    <message>
        <source>DMARC is published for %1 but not enforced (p=none): failing mail is still delivered.</source>
        <translation>O DMARC está publicado para %1, mas não é aplicado (p=none): os e-mails que falham ainda são entregues.</translation>
    </message>
    <message>
        <source>Once the aggregate reports show all your mail passes, move to p=quarantine, then p=reject.</source>
        <translation>Quando os relatórios agregados mostrarem que todos os seus e-mails são aprovados, passe para p=quarantine e depois para p=reject.</translation>
    </message>
    <message>
        <source>DMARC policy %1 for %2, with warnings.</source>
        <translation>Política DMARC %1 para %2, com avisos.</translation>
    </message>
    <message>
        <source>DMARC policy %1 for %2 (adkim=%3, aspf=%4).</source>
        <translation>Política DMARC %1 para %2 (adkim=%3, aspf=%4).</translation>
    </message>
    <message>
        <source>DMARC report destinations of %1</source>
        <translation>Destinos de relatórios DMARC de %1</translation>
    </message>
    <message>
        <source>Report destination(s) %1 have not authorised reports for %2, so receivers will not send them there.</source>
        <translation>O(s) destino(s) de relatórios %1 não autorizaram relatórios para %2, então os destinatários não os enviarão para lá.</translation>
    </message>
    <message>
        <source>The receiving domain must publish a TXT record "v=DMARC1" at %1._report._dmarc.%2 (report services do this when you register the domain with them).</source>
        <translation>O domínio receptor deve publicar um registro TXT "v=DMARC1" em %1._report._dmarc.%2 (os serviços de relatórios fazem isso quando você cadastra o domínio neles).</translation>
    </message>
    <message>
        <source>The authorisation of report destination(s) %1 could not be looked up.</source>
        <translation>Não foi possível consultar a autorização do(s) destino(s) de relatórios %1.</translation>
    </message>
    <message>
        <source>Every external report destination has authorised reports for %1.</source>
        <translation>Todos os destinos de relatórios externos autorizaram relatórios para %1.</translation>
    </message>
</context>
<context>
    <name>DmarcRecord</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>A tag %1= aparece mais de uma vez.</translation>
    </message>
    <message>
        <source>A DMARC record must start with v=DMARC1.</source>
        <translation>Um registro DMARC deve começar com v=DMARC1.</translation>
    </message>
    <message>
        <source>Write the version exactly as v=DMARC1; some receivers compare it case-sensitively.</source>
        <translation>Escreva a versão exatamente como v=DMARC1; alguns destinatários a comparam diferenciando maiúsculas de minúsculas.</translation>
    </message>
    <message>
        <source>Invalid value for %1=: "%2".</source>
        <translation>Valor inválido para %1=: "%2".</translation>
    </message>
    <message>
        <source>p= should come right after v=DMARC1; some receivers expect it there.</source>
        <translation>p= deve vir logo depois de v=DMARC1; alguns destinatários esperam encontrá-lo ali.</translation>
    </message>
    <message>
        <source>pct= was removed in RFC 9989; receivers following it apply the policy to all mail.</source>
        <translation>pct= foi removido na RFC 9989; os destinatários que a seguem aplicam a política a todos os e-mails.</translation>
    </message>
    <message>
        <source>rf= was removed in RFC 9989 and is ignored.</source>
        <translation>rf= foi removido na RFC 9989 e é ignorado.</translation>
    </message>
    <message>
        <source>%1= holds "%2", which is not a URI (write mailto:address).</source>
        <translation>%1= contém "%2", que não é um URI (escreva mailto:endereço).</translation>
    </message>
    <message>
        <source>%1= holds "%2", which is not a valid mail address.</source>
        <translation>%1= contém "%2", que não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>%1= uses %2:, which few receivers support; use mailto:.</source>
        <translation>%1= usa %2:, que poucos destinatários suportam; use mailto:.</translation>
    </message>
    <message>
        <source>The size limit !%1 is obsolete (RFC 9989).</source>
        <translation>O limite de tamanho !%1 está obsoleto (RFC 9989).</translation>
    </message>
    <message>
        <source>Unknown tag %1= is ignored.</source>
        <translation>A tag desconhecida %1= é ignorada.</translation>
    </message>
    <message>
        <source>The record has no p= tag: receivers treat that as p=none (RFC 9989), older ones ignore the whole record without a valid rua= (RFC 7489).</source>
        <translation>O registro não tem a tag p=: os destinatários tratam isso como p=none (RFC 9989), e os mais antigos ignoram o registro inteiro sem um rua= válido (RFC 7489).</translation>
    </message>
    <message>
        <source>fo= holds both 0 and 1; 1 already includes what 0 asks for.</source>
        <translation>fo= contém 0 e 1; 1 já inclui o que 0 pede.</translation>
    </message>
    <message>
        <source>More than two report addresses: some receivers send reports to the first two only.</source>
        <translation>Mais de dois endereços de relatório: alguns destinatários enviam relatórios apenas para os dois primeiros.</translation>
    </message>
</context>
<context>
    <name>Dns</name>
    <message>
        <source>could not contact the DNS server (connection refused)</source>
        <translation>não foi possível contatar o servidor DNS (conexão recusada)</translation>
    </message>
    <message>
        <source>the DNS server did not understand the query (FORMERR)</source>
        <translation>o servidor DNS não entendeu a consulta (FORMERR)</translation>
    </message>
    <message>
        <source>the DNS server does not implement this query (NOTIMP)</source>
        <translation>o servidor DNS não implementa esta consulta (NOTIMP)</translation>
    </message>
    <message>
        <source>the DNS server sent a malformed answer</source>
        <translation>o servidor DNS enviou uma resposta malformada</translation>
    </message>
    <message>
        <source>malformed DNS answer: %1</source>
        <translation>resposta DNS malformada: %1</translation>
    </message>
    <message>
        <source>shorter than a DNS header</source>
        <translation>menor que um cabeçalho DNS</translation>
    </message>
    <message>
        <source>bad question section</source>
        <translation>seção de pergunta inválida</translation>
    </message>
    <message>
        <source>bad record header in the answer section</source>
        <translation>cabeçalho de registro inválido na seção de resposta</translation>
    </message>
    <message>
        <source>record data runs past the end</source>
        <translation>os dados do registro ultrapassam o fim</translation>
    </message>
    <message>
        <source>bad data in a type %1 record</source>
        <translation>dados inválidos em um registro do tipo %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid DNS name: %2</source>
        <translation>"%1" não é um nome DNS válido: %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>o nome está vazio</translation>
    </message>
    <message>
        <source>it has an empty label (two dots in a row)</source>
        <translation>ele tem um rótulo vazio (dois pontos seguidos)</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>ele contém um caractere de controle</translation>
    </message>
    <message>
        <source>the label "%1" cannot be converted to an A-label</source>
        <translation>o rótulo "%1" não pode ser convertido em A-label</translation>
    </message>
    <message>
        <source>the label "%1" is longer than 63 characters</source>
        <translation>o rótulo "%1" tem mais de 63 caracteres</translation>
    </message>
    <message>
        <source>it is longer than 253 characters</source>
        <translation>ele tem mais de 253 caracteres</translation>
    </message>
    <message>
        <source>invalid DNS server "%1": %2</source>
        <translation>servidor DNS inválido "%1": %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>missing "]"</source>
        <translation>falta "]"</translation>
    </message>
    <message>
        <source>expected ":PORT" after "]"</source>
        <translation>esperado ":PORTA" depois de "]"</translation>
    </message>
    <message>
        <source>the port is missing after ":"</source>
        <translation>falta a porta depois de ":"</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>"%1" não é um endereço IP</translation>
    </message>
    <message>
        <source>"%1" is not a port number (1–65535)</source>
        <translation>"%1" não é um número de porta (1–65535)</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>o nome não existe (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the name exists but has no record of this type</source>
        <translation>o nome existe, mas não tem registro deste tipo</translation>
    </message>
    <message>
        <source>the DNS server failed (SERVFAIL)</source>
        <translation>o servidor DNS falhou (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused the query (REFUSED)</source>
        <translation>o servidor DNS recusou a consulta (REFUSED)</translation>
    </message>
    <message>
        <source>no answer from the DNS server (timeout)</source>
        <translation>nenhuma resposta do servidor DNS (tempo esgotado)</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>não é um nome DNS válido</translation>
    </message>
    <message>
        <source>the DNS query failed</source>
        <translation>a consulta DNS falhou</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address</source>
        <translation>"%1" não é um endereço IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>no zone given for the reverse name</source>
        <translation>nenhuma zona informada para o nome reverso</translation>
    </message>
</context>
<context>
    <name>DnsCommand</name>
    <message>
        <source>DNS report for %1</source>
        <translation>Relatório DNS de %1</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Correção: </translation>
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
        <translation>Relatório de MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT e DNS reverso de um domínio.</translation>
    </message>
    <message>
        <source>The domain to check.</source>
        <translation>O domínio a verificar.</translation>
    </message>
    <message>
        <source>Sending IP: check its reverse DNS (and SPF for it).</source>
        <translation>IP de envio: verifica o DNS reverso dele (e o SPF para ele).</translation>
    </message>
    <message>
        <source>DKIM selector (repeatable); default: try common selectors.</source>
        <translation>Seletor DKIM (pode ser repetido); padrão: tentar seletores comuns.</translation>
    </message>
    <message>
        <source>Header From domain, if it differs (DMARC, DKIM).</source>
        <translation>Domínio do cabeçalho From, se for diferente (DMARC, DKIM).</translation>
    </message>
    <message>
        <source>Envelope sender for the SPF evaluation.</source>
        <translation>Remetente do envelope para a avaliação SPF.</translation>
    </message>
    <message>
        <source>HELO name for the SPF evaluation.</source>
        <translation>Nome HELO para a avaliação SPF.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <source>give exactly one domain (see --help)</source>
        <translation>informe exatamente um domínio (veja --help)</translation>
    </message>
    <message>
        <source>"%1" is not a domain name</source>
        <translation>"%1" não é um nome de domínio</translation>
    </message>
</context>
<context>
    <name>DomainReport</name>
    <message>
        <source>Domain and MX</source>
        <translation>Domínio e MX</translation>
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
        <translation>DMARC do domínio From</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>DNS reverso</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>TLS reporting</source>
        <translation>Relatórios de TLS</translation>
    </message>
    <message>
        <source>SPF include tree</source>
        <translation>Árvore de includes SPF</translation>
    </message>
    <message>
        <source>SPF evaluation</source>
        <translation>Avaliação SPF</translation>
    </message>
    <message>
        <source>SPF include tree of %1</source>
        <translation>Árvore de includes SPF de %1</translation>
    </message>
    <message>
        <source>The SPF tree of %1 needs %2 DNS lookups and %3 void lookups; over 10 (or 2 void) is a permanent error, so SPF fails.</source>
        <translation>A árvore SPF de %1 precisa de %2 consultas DNS e %3 consultas vazias; mais de 10 (ou 2 vazias) é um erro permanente, então o SPF falha.</translation>
    </message>
    <message>
        <source>Remove includes you no longer use, or replace some by the ip4:/ip6: ranges they stand for.</source>
        <translation>Remova os includes que você não usa mais ou substitua alguns pelas faixas ip4:/ip6: que eles representam.</translation>
    </message>
    <message>
        <source>The SPF tree of %1 uses %2 of 10 DNS lookups, with warnings.</source>
        <translation>A árvore SPF de %1 usa %2 de 10 consultas DNS, com avisos.</translation>
    </message>
    <message>
        <source>The SPF tree of %1 uses %2 of 10 DNS lookups.</source>
        <translation>A árvore SPF de %1 usa %2 de 10 consultas DNS.</translation>
    </message>
    <message>
        <source>A corrected record is suggested below.</source>
        <translation>Um registro corrigido é sugerido abaixo.</translation>
    </message>
    <message>
        <source>SPF does not give DMARC an aligned pass for %1; DMARC then depends on an aligned DKIM signature.</source>
        <translation>O SPF não dá ao DMARC uma aprovação alinhada para %1; o DMARC passa a depender de uma assinatura DKIM alinhada.</translation>
    </message>
    <message>
        <source>DKIM was not evaluated (that needs the message itself); give --selector to check the key your mail is signed with.</source>
        <translation>O DKIM não foi avaliado (isso requer a própria mensagem); informe --selector para verificar a chave com que seus e-mails são assinados.</translation>
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
        <translation>Nenhum nome de domínio válido foi informado.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 não publica nenhum registro SPF.</translation>
    </message>
    <message>
        <source>Receivers cannot tell which servers may send as %1; Gmail and Yahoo require SPF or DKIM from every sender.</source>
        <translation>Os destinatários não conseguem saber quais servidores podem enviar em nome de %1; Gmail e Yahoo exigem SPF ou DKIM de todos os remetentes.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 listing your sending servers, ending in ~all or -all.</source>
        <translation>Publique um registro TXT em %1 listando seus servidores de envio e terminando em ~all ou -all.</translation>
    </message>
    <message numerus="yes">
        <source>%1 publishes %n SPF records; RFC 7208 §4.5 makes that a permanent error, so SPF fails for all mail.</source>
        <translation>
            <numerusform>%1 publica %n registro SPF; a RFC 7208 §4.5 considera isso um erro permanente, então o SPF falha para todos os e-mails.</numerusform>
            <numerusform>%1 publica %n registros SPF; a RFC 7208 §4.5 considera isso um erro permanente, então o SPF falha para todos os e-mails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge them into one record: keep one v=spf1 and put every mechanism before a single ~all or -all.</source>
        <translation>Junte-os em um único registro: mantenha um v=spf1 e coloque todos os mecanismos antes de um único ~all ou -all.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error at position %2 (%3): %4</source>
        <translation>O registro SPF de %1 tem um erro de sintaxe na posição %2 (%3): %4</translation>
    </message>
    <message>
        <source>Correct the record; receivers treat a syntax error as a permanent error (SPF fails).</source>
        <translation>Corrija o registro; os destinatários tratam um erro de sintaxe como erro permanente (o SPF falha).</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in %2, which lets any server pass or be neutral.</source>
        <translation>O registro SPF de %1 termina em %2, o que permite que qualquer servidor seja aprovado ou neutro.</translation>
    </message>
    <message>
        <source>End the record with ~all or -all.</source>
        <translation>Termine o registro com ~all ou -all.</translation>
    </message>
    <message>
        <source>%1 publishes one SPF record.</source>
        <translation>%1 publica um registro SPF.</translation>
    </message>
</context>
<context>
    <name>DomainTypo</name>
    <message>
        <source>must be an array of domain names.</source>
        <translation>deve ser uma matriz de nomes de domínio.</translation>
    </message>
    <message>
        <source>is not a domain name.</source>
        <translation>não é um nome de domínio.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece duas vezes.</translation>
    </message>
    <message>
        <source>must map a mistyped TLD to the intended one.</source>
        <translation>deve mapear um TLD digitado errado para o pretendido.</translation>
    </message>
</context>
<context>
    <name>FixPlan</name>
    <message>
        <source>Resend once the cause is fixed.</source>
        <translation>Reenvie quando a causa estiver corrigida.</translation>
    </message>
    <message>
        <source>The live checks confirm this cause.</source>
        <translation>As verificações ao vivo confirmam esta causa.</translation>
    </message>
    <message>
        <source>The bounce points here.</source>
        <translation>A devolução aponta para cá.</translation>
    </message>
    <message>
        <source>A possible cause worth checking.</source>
        <translation>Uma causa possível que vale a pena verificar.</translation>
    </message>
    <message>
        <source>Nothing points here for this bounce; you can skip it.</source>
        <translation>Nada aponta para cá nesta devolução; você pode ignorar esta etapa.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No check changed since the first run.</source>
        <translation>Nenhuma verificação mudou desde a primeira execução.</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>Endereço corrigido</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>o destinatário</translation>
    </message>
    <message>
        <source>Hello, my email to %1 came back because the mailbox is full. Could you make some room and let me know, so I can send it again? Thank you.</source>
        <translation>Olá, meu e-mail para %1 voltou porque a caixa de correio está cheia. Você poderia liberar um pouco de espaço e me avisar, para que eu possa enviá-lo novamente? Obrigado(a).</translation>
    </message>
    <message>
        <source>Hello, my email to %1 was refused by your organisation's mail policy. Could you ask your mail administrator to allow mail from %2? Thank you.</source>
        <translation>Olá, meu e-mail para %1 foi recusado pela política de e-mail da sua organização. Você poderia pedir ao administrador de e-mail que permita mensagens de %2? Obrigado(a).</translation>
    </message>
    <message>
        <source>my address</source>
        <translation>meu endereço</translation>
    </message>
    <message>
        <source>Hello, my email to %1 came back: the mailbox seems disabled or unavailable. Is this address still in use, or should I write to another one? Thank you.</source>
        <translation>Olá, meu e-mail para %1 voltou: a caixa de correio parece estar desativada ou indisponível. Este endereço ainda está em uso ou devo escrever para outro? Obrigado(a).</translation>
    </message>
    <message>
        <source>Message to send the recipient by another channel</source>
        <translation>Mensagem para enviar ao destinatário por outro canal</translation>
    </message>
    <message>
        <source>Delisting: %1</source>
        <translation>Remoção da lista: %1</translation>
    </message>
    <message>
        <source>Delisting at Microsoft</source>
        <translation>Remoção da lista da Microsoft</translation>
    </message>
    <message>
        <source>Microsoft uses its own block list. Request removal of the IP on the Office 365 delist portal.</source>
        <translation>A Microsoft usa sua própria lista de bloqueio. Solicite a remoção do IP no portal de remoção do Office 365.</translation>
    </message>
    <message>
        <source>Suggested %1 record for %2</source>
        <translation>Registro %1 sugerido para %2</translation>
    </message>
    <message>
        <source>Publish this TXT record at %1.</source>
        <translation>Publique este registro TXT em %1.</translation>
    </message>
    <message>
        <source>What to change in the message</source>
        <translation>O que mudar na mensagem</translation>
    </message>
    <message>
        <source>Listed link domain %1</source>
        <translation>Domínio de link listado %1</translation>
    </message>
    <message>
        <source>Remove links to this domain or get it delisted.</source>
        <translation>Remova os links para este domínio ou consiga a remoção dele da lista.</translation>
    </message>
    <message>
        <source>Hello, please set the reverse DNS (PTR record) of our IP address %1 to %2. The name %2 already resolves (or will resolve) to %1, so the reverse and forward lookups match. We need this for our mail server to be accepted by other mail providers. Thank you.</source>
        <translation>Olá, por favor configurem o DNS reverso (registro PTR) do nosso endereço IP %1 para %2. O nome %2 já resolve (ou vai resolver) para %1, de modo que as consultas reversa e direta coincidem. Precisamos disso para que nosso servidor de e-mail seja aceito por outros provedores de e-mail. Obrigado(a).</translation>
    </message>
    <message>
        <source>Request to your hosting provider or ISP</source>
        <translation>Solicitação ao seu provedor de hospedagem ou de internet</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>A fazer</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Requer ação</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>Não foi possível verificar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Não necessário</translation>
    </message>
</context>
<context>
    <name>GuideStep</name>
    <message>
        <source>%1: entry "%2": %3</source>
        <translation>%1: entrada "%2": %3</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Não é possível ler %1</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: JSON inválido na posição %2: %3</translation>
    </message>
    <message>
        <source>Verify the recipient address</source>
        <translation>Verificar o endereço do destinatário</translation>
    </message>
    <message>
        <source>Make sure the address exists: spelling, domain and the domain's mail servers.</source>
        <translation>Confirme que o endereço existe: grafia, domínio e servidores de e-mail do domínio.</translation>
    </message>
    <message>
        <source>Compare the address letter by letter with one you know works (a business card, an earlier reply).</source>
        <translation>Compare o endereço, letra por letra, com um que você sabe que funciona (um cartão de visita, uma resposta anterior).</translation>
    </message>
    <message>
        <source>Check that the domain after the @ exists and accepts mail (see the mail server check).</source>
        <translation>Verifique se o domínio depois do @ existe e aceita e-mails (veja a verificação do servidor de e-mail).</translation>
    </message>
    <message>
        <source>If a typo is suggested, send to the corrected address instead.</source>
        <translation>Se for sugerida uma correção de digitação, envie para o endereço corrigido.</translation>
    </message>
    <message>
        <source>If the address looks right, ask the recipient by another channel (phone, chat) for their current address.</source>
        <translation>Se o endereço parecer correto, peça ao destinatário, por outro canal (telefone, chat), o endereço atual dele.</translation>
    </message>
    <message>
        <source>Check the recipient's mailbox</source>
        <translation>Verificar a caixa de correio do destinatário</translation>
    </message>
    <message>
        <source>The address exists but the mailbox refuses mail: full, disabled, or blocked by the recipient's policy.</source>
        <translation>O endereço existe, mas a caixa de correio recusa e-mails: cheia, desativada ou bloqueada pela política do destinatário.</translation>
    </message>
    <message>
        <source>Read what the bounce says about the mailbox (full, disabled, suspended, not accepting mail from you).</source>
        <translation>Leia o que a devolução diz sobre a caixa de correio (cheia, desativada, suspensa, não aceita e-mails seus).</translation>
    </message>
    <message>
        <source>Tell the recipient by another channel: a full mailbox must be emptied, a disabled one re-enabled by their administrator.</source>
        <translation>Avise o destinatário por outro canal: uma caixa de correio cheia precisa ser esvaziada, e uma desativada precisa ser reativada pelo administrador dele.</translation>
    </message>
    <message>
        <source>If their organisation blocks you by policy, ask them to add your address or domain to their allowed senders.</source>
        <translation>Se a organização dele bloqueia você por política, peça que adicione seu endereço ou domínio aos remetentes permitidos.</translation>
    </message>
    <message>
        <source>For a full mailbox, wait until the recipient confirms there is space before you resend.</source>
        <translation>No caso de uma caixa de correio cheia, espere o destinatário confirmar que há espaço antes de reenviar.</translation>
    </message>
    <message>
        <source>Get off blocklists</source>
        <translation>Sair das listas de bloqueio</translation>
    </message>
    <message>
        <source>Check your sending server's IP address and your domain against the DNS blocklists and request delisting.</source>
        <translation>Verifique o endereço IP do seu servidor de envio e seu domínio nas listas de bloqueio DNS e solicite a remoção.</translation>
    </message>
    <message>
        <source>Find and stop what got you listed: a compromised account or computer, a bad mailing list, an open relay.</source>
        <translation>Encontre e interrompa o que causou a listagem: uma conta ou computador comprometido, uma lista de destinatários ruim, um relay aberto.</translation>
    </message>
    <message>
        <source>Request removal on each list's delisting page (links below), starting with the lists big receivers use.</source>
        <translation>Solicite a remoção na página de remoção de cada lista (links abaixo), começando pelas listas que os grandes provedores usam.</translation>
    </message>
    <message>
        <source>Make sure the sending IP has reverse DNS that names your mail server and resolves back to it.</source>
        <translation>Confirme que o IP de envio tem um DNS reverso que identifica seu servidor de e-mail e resolve de volta para ele.</translation>
    </message>
    <message>
        <source>If you send through a provider's shared IP, contact the provider: only they can fix its reputation.</source>
        <translation>Se você envia por um IP compartilhado de um provedor, entre em contato com ele: só o provedor pode corrigir a reputação do IP.</translation>
    </message>
    <message>
        <source>Fix SPF, DKIM and DMARC</source>
        <translation>Corrigir SPF, DKIM e DMARC</translation>
    </message>
    <message>
        <source>Make your domain's sender checks pass: SPF must include your sending server, DKIM must sign, and DMARC must find one of them aligned.</source>
        <translation>Faça as verificações de remetente do seu domínio serem aprovadas: o SPF deve incluir seu servidor de envio, o DKIM deve assinar e o DMARC deve encontrar um deles alinhado.</translation>
    </message>
    <message>
        <source>Publish an SPF record that includes every server and service that sends mail for your domain.</source>
        <translation>Publique um registro SPF que inclua todos os servidores e serviços que enviam e-mails pelo seu domínio.</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at your mail provider and publish the key it gives you.</source>
        <translation>Ative a assinatura DKIM no seu provedor de e-mail e publique a chave que ele fornecer.</translation>
    </message>
    <message>
        <source>Publish a DMARC record; start with p=none and reports, tighten once SPF or DKIM pass and align.</source>
        <translation>Publique um registro DMARC; comece com p=none e relatórios e endureça quando SPF ou DKIM forem aprovados e estiverem alinhados.</translation>
    </message>
    <message>
        <source>Make sure the From domain matches the SPF (envelope) domain or the DKIM d= domain.</source>
        <translation>Confirme que o domínio From corresponde ao domínio do SPF (envelope) ou ao domínio d= do DKIM.</translation>
    </message>
    <message>
        <source>Review content and sending activity</source>
        <translation>Revisar o conteúdo e a atividade de envio</translation>
    </message>
    <message>
        <source>A spam or security filter refused the message itself. Look at links, attachments, size and how many messages you sent.</source>
        <translation>Um filtro de spam ou de segurança recusou a própria mensagem. Verifique links, anexos, tamanho e quantas mensagens você enviou.</translation>
    </message>
    <message>
        <source>Remove URL shorteners and links to domains on blocklists; link to your own domain.</source>
        <translation>Remova encurtadores de URL e links para domínios em listas de bloqueio; use links para o seu próprio domínio.</translation>
    </message>
    <message>
        <source>Do not attach executables, scripts or macro documents; share large or risky files by link.</source>
        <translation>Não anexe executáveis, scripts ou documentos com macros; compartilhe arquivos grandes ou arriscados por link.</translation>
    </message>
    <message>
        <source>Keep the message under the receiver's size limit (often 10 to 25 MB after encoding).</source>
        <translation>Mantenha a mensagem abaixo do limite de tamanho do destinatário (geralmente de 10 a 25 MB após a codificação).</translation>
    </message>
    <message>
        <source>Avoid sudden bursts of mail to many recipients; send bulk mail through a proper mailing service.</source>
        <translation>Evite picos repentinos de e-mails para muitos destinatários; envie e-mails em massa por um serviço de e-mail marketing adequado.</translation>
    </message>
    <message>
        <source>Write a clear subject and plain text; avoid all-caps, many exclamation marks and image-only messages.</source>
        <translation>Escreva um assunto claro e texto simples; evite tudo em maiúsculas, muitos pontos de exclamação e mensagens só com imagens.</translation>
    </message>
    <message>
        <source>Check your mail server settings</source>
        <translation>Verificar as configurações do servidor de e-mail</translation>
    </message>
    <message>
        <source>Test the outgoing server your mail program uses: host, port, encryption and login.</source>
        <translation>Teste o servidor de saída que seu programa de e-mail usa: host, porta, criptografia e login.</translation>
    </message>
    <message>
        <source>Use your provider's outgoing server name, port 587 with STARTTLS or port 465 with TLS.</source>
        <translation>Use o nome do servidor de saída do seu provedor, porta 587 com STARTTLS ou porta 465 com TLS.</translation>
    </message>
    <message>
        <source>Turn on authentication with your full email address and password (or an app password).</source>
        <translation>Ative a autenticação com seu endereço de e-mail completo e senha (ou uma senha de app).</translation>
    </message>
    <message>
        <source>Send only through a server that is allowed to relay for your domain.</source>
        <translation>Envie apenas por um servidor autorizado a retransmitir para o seu domínio.</translation>
    </message>
    <message>
        <source>If you run your own server: reverse DNS, HELO name and TLS must be set up correctly.</source>
        <translation>Se você mantém seu próprio servidor: DNS reverso, nome HELO e TLS precisam estar configurados corretamente.</translation>
    </message>
    <message>
        <source>Resend after fixing the cause</source>
        <translation>Reenviar após corrigir a causa</translation>
    </message>
    <message>
        <source>Re-run the checks to confirm the fix, then send the message again.</source>
        <translation>Execute as verificações novamente para confirmar a correção e depois envie a mensagem de novo.</translation>
    </message>
    <message>
        <source>Re-run every check and compare with the results before the fix.</source>
        <translation>Execute novamente todas as verificações e compare com os resultados de antes da correção.</translation>
    </message>
    <message>
        <source>Send the original message again (not a reply to the bounce).</source>
        <translation>Envie novamente a mensagem original (não uma resposta à devolução).</translation>
    </message>
    <message>
        <source>If it bounces again, paste the new bounce: the reason may have changed.</source>
        <translation>Se ela for devolvida de novo, cole a nova devolução: o motivo pode ter mudado.</translation>
    </message>
</context>
<context>
    <name>Investigation</name>
    <message>
        <source>Enter the public IP address of the server that sent your message. It is in the Received headers of a message you sent (the first hop outside your network), or ask your provider.</source>
        <translation>Informe o endereço IP público do servidor que enviou sua mensagem. Ele está nos cabeçalhos Received de uma mensagem que você enviou (o primeiro salto fora da sua rede), ou pergunte ao seu provedor.</translation>
    </message>
    <message>
        <source>Enter the domain of your sender address (the part after the @).</source>
        <translation>Informe o domínio do seu endereço de remetente (a parte depois do @).</translation>
    </message>
    <message>
        <source>Enter the domain of the address you wrote to (the part after the @).</source>
        <translation>Informe o domínio do endereço para o qual você escreveu (a parte depois do @).</translation>
    </message>
    <message>
        <source>Enter the domain that signs your mail with DKIM (usually your sender domain).</source>
        <translation>Informe o domínio que assina seus e-mails com DKIM (geralmente o domínio do remetente).</translation>
    </message>
    <message>
        <source>Enter the domain of the From address your recipients see.</source>
        <translation>Informe o domínio do endereço From que seus destinatários veem.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Informe %1.</translation>
    </message>
    <message>
        <source>The bounce did not say whether a DKIM signature passed; only SPF could be weighed.</source>
        <translation>A devolução não disse se uma assinatura DKIM foi aprovada; só o SPF pôde ser avaliado.</translation>
    </message>
    <message>
        <source>The recipient domain cannot receive mail (no such domain, null MX or no mail server).</source>
        <translation>O domínio do destinatário não pode receber e-mails (domínio inexistente, null MX ou nenhum servidor de e-mail).</translation>
    </message>
    <message>
        <source>The recipient domain itself cannot receive mail, so the address is wrong rather than the mailbox.</source>
        <translation>O próprio domínio do destinatário não pode receber e-mails, então o problema é o endereço, não a caixa de correio.</translation>
    </message>
    <message>
        <source>The recipient domain has working mail servers now; the failure may have been temporary or fixed since.</source>
        <translation>O domínio do destinatário tem servidores de e-mail funcionando agora; a falha pode ter sido temporária ou já ter sido corrigida.</translation>
    </message>
    <message>
        <source>The recipient domain accepts mail; only its server knows which mailboxes exist, and the bounce speaks for it.</source>
        <translation>O domínio do destinatário aceita e-mails; só o servidor dele sabe quais caixas de correio existem, e a devolução fala por ele.</translation>
    </message>
    <message>
        <source>Listed on a blocklist that large mail providers use.</source>
        <translation>Listado em uma lista de bloqueio que os grandes provedores de e-mail usam.</translation>
    </message>
    <message>
        <source>Listed on a smaller blocklist; some receivers use it.</source>
        <translation>Listado em uma lista de bloqueio menor; alguns destinatários a usam.</translation>
    </message>
    <message>
        <source>The blocklists could not be checked from this network.</source>
        <translation>Não foi possível verificar as listas de bloqueio a partir desta rede.</translation>
    </message>
    <message>
        <source>Not listed on any public blocklist that answered; the receiver may use its own reputation data (Microsoft and Gmail do), so follow its delisting steps.</source>
        <translation>Não listado em nenhuma lista de bloqueio pública que respondeu; o destinatário pode usar seus próprios dados de reputação (Microsoft e Gmail usam), então siga as etapas de remoção dele.</translation>
    </message>
    <message>
        <source>The sending IP has no working reverse DNS, which hurts its reputation.</source>
        <translation>O IP de envio não tem um DNS reverso funcionando, o que prejudica sua reputação.</translation>
    </message>
    <message>
        <source>SPF does not pass for the sending IP (result: %1).</source>
        <translation>O SPF não é aprovado para o IP de envio (resultado: %1).</translation>
    </message>
    <message>
        <source>SPF passes for the sending IP.</source>
        <translation>O SPF é aprovado para o IP de envio.</translation>
    </message>
    <message>
        <source>The DKIM key is missing or broken.</source>
        <translation>A chave DKIM está ausente ou corrompida.</translation>
    </message>
    <message>
        <source>A DKIM key is published.</source>
        <translation>Uma chave DKIM está publicada.</translation>
    </message>
    <message>
        <source>The DMARC record has a problem.</source>
        <translation>O registro DMARC tem um problema.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes with a domain aligned to the From domain, so DMARC fails.</source>
        <translation>Nem SPF nem DKIM são aprovados com um domínio alinhado ao domínio From, então o DMARC falha.</translation>
    </message>
    <message>
        <source>DMARC alignment passes now; the failure may have been fixed since, or happened at a forwarder.</source>
        <translation>O alinhamento DMARC é aprovado agora; a falha pode ter sido corrigida desde então ou ter ocorrido em um encaminhador.</translation>
    </message>
    <message>
        <source>The sending IP has no forward-confirmed reverse DNS.</source>
        <translation>O IP de envio não tem DNS reverso confirmado em ambos os sentidos.</translation>
    </message>
    <message>
        <source>The sending IP's reverse DNS is correct now.</source>
        <translation>O DNS reverso do IP de envio está correto agora.</translation>
    </message>
    <message>
        <source>The returned message has content that filters dislike.</source>
        <translation>A mensagem devolvida tem conteúdo que os filtros não aceitam bem.</translation>
    </message>
    <message>
        <source>Nothing in the returned message stands out.</source>
        <translation>Nada na mensagem devolvida chama a atenção.</translation>
    </message>
    <message>
        <source>A domain linked in the message is on a domain blocklist.</source>
        <translation>Um domínio com link na mensagem está em uma lista de bloqueio de domínios.</translation>
    </message>
    <message>
        <source>The sending IP is on a major blocklist; the recipient's policy may be reacting to it.</source>
        <translation>O IP de envio está em uma lista de bloqueio importante; a política do destinatário pode estar reagindo a isso.</translation>
    </message>
    <message>
        <source>confirmed by the live checks</source>
        <translation>confirmado pelas verificações ao vivo</translation>
    </message>
    <message>
        <source>not supported by the live checks</source>
        <translation>não corroborado pelas verificações ao vivo</translation>
    </message>
    <message>
        <source>the live checks neither confirm nor refute it</source>
        <translation>as verificações ao vivo não confirmam nem refutam</translation>
    </message>
    <message>
        <source>no live check can test this</source>
        <translation>nenhuma verificação ao vivo pode testar isto</translation>
    </message>
    <message>
        <source>Recipient domain and mail servers</source>
        <translation>Domínio e servidores de e-mail do destinatário</translation>
    </message>
    <message>
        <source>Sending IP on blocklists</source>
        <translation>IP de envio em listas de bloqueio</translation>
    </message>
    <message>
        <source>Sender domain on blocklists</source>
        <translation>Domínio do remetente em listas de bloqueio</translation>
    </message>
    <message>
        <source>Reverse DNS of the sending IP</source>
        <translation>DNS reverso do IP de envio</translation>
    </message>
    <message>
        <source>SPF for the sending IP</source>
        <translation>SPF para o IP de envio</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>Chave DKIM</translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>Registro DMARC</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <translation>Alinhamento DMARC</translation>
    </message>
    <message>
        <source>Content of the message</source>
        <translation>Conteúdo da mensagem</translation>
    </message>
    <message>
        <source>Linked domains on blocklists</source>
        <translation>Domínios com link em listas de bloqueio</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>unknown cause id “%1”</source>
        <translation>id de causa desconhecido “%1”</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>id duplicado</translation>
    </message>
    <message>
        <source>this reason is required by the classifier</source>
        <translation>este motivo é exigido pelo classificador</translation>
    </message>
    <message>
        <source>unknown reason id “%1”</source>
        <translation>id de motivo desconhecido “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a status code, range or wildcard</source>
        <translation>“%1” não é um código de status, intervalo ou curinga</translation>
    </message>
    <message>
        <source>duplicate code</source>
        <translation>código duplicado</translation>
    </message>
    <message>
        <source>“%1” is not an SMTP reply code</source>
        <translation>“%1” não é um código de resposta SMTP</translation>
    </message>
    <message>
        <source>field “spans” must not be empty</source>
        <translation>o campo “spans” não pode estar vazio</translation>
    </message>
    <message>
        <source>duplicate command</source>
        <translation>comando duplicado</translation>
    </message>
    <message>
        <source>“hints” only make sense with “regex”</source>
        <translation>“hints” só faz sentido com “regex”</translation>
    </message>
    <message>
        <source>unknown reason id “%1” in “excludes”</source>
        <translation>id de motivo desconhecido “%1” em “excludes”</translation>
    </message>
    <message>
        <source>needs at least one of “phrases” or “regex”</source>
        <translation>requer pelo menos um de “phrases” ou “regex”</translation>
    </message>
    <message>
        <source>invalid regex “%1”: %2 at offset %3</source>
        <translation>regex inválida “%1”: %2 na posição %3</translation>
    </message>
    <message>
        <source>“%1” is not a reply code or class</source>
        <translation>“%1” não é um código ou classe de resposta</translation>
    </message>
    <message>
        <source>empty phrase</source>
        <translation>frase vazia</translation>
    </message>
    <message>
        <source>empty hint</source>
        <translation>dica vazia</translation>
    </message>
    <message>
        <source>field “at” must be “recipient-server”</source>
        <translation>o campo “at” deve ser “recipient-server”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: entry “%2”: %3</source>
        <translation>%1: entrada “%2”: %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>não pode ser lido (%1)</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON inválido na posição %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>o nível superior deve ser um objeto</translation>
    </message>
    <message>
        <source>missing field “%1”</source>
        <translation>falta o campo “%1”</translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation>campo desconhecido “%1”</translation>
    </message>
    <message>
        <source>field “%1” must be a non-empty string</source>
        <translation>o campo “%1” deve ser uma string não vazia</translation>
    </message>
    <message>
        <source>field “weight” must be a number in (0, 1]</source>
        <translation>o campo “weight” deve ser um número em (0, 1]</translation>
    </message>
    <message>
        <source>field “%1” must be an array of strings</source>
        <translation>o campo “%1” deve ser uma matriz de strings</translation>
    </message>
    <message>
        <source>field “%1” must contain only non-empty strings</source>
        <translation>o campo “%1” deve conter apenas strings não vazias</translation>
    </message>
    <message>
        <source>missing array “%1”</source>
        <translation>falta a matriz “%1”</translation>
    </message>
    <message>
        <source>field “priority” must be a number</source>
        <translation>o campo “priority” deve ser um número</translation>
    </message>
    <message>
        <source>field “persistent” must be true or false</source>
        <translation>o campo “persistent” deve ser true ou false</translation>
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
        <translation>Eta&amp;pas:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>The steps of the diagnosis with their state; choose one to open it</source>
        <translation>As etapas do diagnóstico com seu estado; escolha uma para abri-la</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Goes to the previous step that applies</source>
        <translation>Vai para a etapa anterior que se aplica</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Goes to the next step that applies</source>
        <translation>Vai para a próxima etapa que se aplica</translation>
    </message>
    <message>
        <source>Details and transcript</source>
        <translation>Detalhes e transcrição</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>Every check and its outcome as it happened; passwords are hidden</source>
        <translation>Cada verificação e seu resultado, à medida que aconteceram; as senhas ficam ocultas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open Bounce…</source>
        <translation>&amp;Abrir devolução…</translation>
    </message>
    <message>
        <source>Open a saved bounce message</source>
        <translation>Abrir uma mensagem de devolução salva</translation>
    </message>
    <message>
        <source>&amp;Paste Bounce</source>
        <translation>&amp;Colar devolução</translation>
    </message>
    <message>
        <source>Replace the bounce with the clipboard's text</source>
        <translation>Substituir a devolução pelo texto da área de transferência</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
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
        <translation>&amp;Cancelar verificação</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Details and Transcript</source>
        <translation>&amp;Detalhes e transcrição</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Help for This Step</source>
        <translation>A&amp;juda para esta etapa</translation>
    </message>
    <message>
        <source>&amp;About Bounce Doctor</source>
        <translation>&amp;Sobre o Bounce Doctor</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
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
        <translation>Esta etapa se aplica à sua devolução.</translation>
    </message>
    <message>
        <source>%1 — Bounce Doctor</source>
        <translation>%1 — Bounce Doctor</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Etapa %1: %2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Etapa %1 de %2</translation>
    </message>
    <message>
        <source>About Bounce Doctor</source>
        <translation>Sobre o Bounce Doctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bounce Doctor %1&lt;/h3&gt;&lt;p&gt;Reads the bounce you received, proves its cause with live DNS, blocklist and SMTP checks, and guides you through the fix.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bounce Doctor %1&lt;/h3&gt;&lt;p&gt;Lê a devolução que você recebeu, comprova a causa com verificações ao vivo de DNS, listas de bloqueio e SMTP e orienta você na correção.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>DNS checks are unavailable: %1</source>
        <translation>As verificações de DNS não estão disponíveis: %1</translation>
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
        <translation>Fechar esta mensagem</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fechar mensagem</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>MtaStsCheck</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>A tag %1= aparece mais de uma vez.</translation>
    </message>
    <message>
        <source>The record must start with v=STSv1.</source>
        <translation>O registro deve começar com v=STSv1.</translation>
    </message>
    <message>
        <source>The record has no id= tag, which is required.</source>
        <translation>O registro não tem a tag id=, que é obrigatória.</translation>
    </message>
    <message>
        <source>id=%1 must be 1 to 32 letters or digits.</source>
        <translation>id=%1 deve ter de 1 a 32 letras ou dígitos.</translation>
    </message>
    <message>
        <source>MTA-STS of %1</source>
        <translation>MTA-STS de %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Nenhum nome de domínio válido foi informado.</translation>
    </message>
    <message>
        <source>%1 does not publish MTA-STS (optional: it makes senders insist on TLS when delivering to you).</source>
        <translation>%1 não publica MTA-STS (opcional: faz com que os remetentes exijam TLS ao entregar para você).</translation>
    </message>
    <message numerus="yes">
        <source>_mta-sts.%1 has %n MTA-STS records; with more than one, senders ignore MTA-STS (RFC 8461 §3.1).</source>
        <translation>
            <numerusform>_mta-sts.%1 tem %n registro MTA-STS; com mais de um, os remetentes ignoram o MTA-STS (RFC 8461 §3.1).</numerusform>
            <numerusform>_mta-sts.%1 tem %n registros MTA-STS; com mais de um, os remetentes ignoram o MTA-STS (RFC 8461 §3.1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one v=STSv1 record.</source>
        <translation>Mantenha exatamente um registro v=STSv1.</translation>
    </message>
    <message>
        <source>The policy file https://mta-sts.%1/.well-known/mta-sts.txt was not fetched; open it in a browser to check it.</source>
        <translation>O arquivo de política https://mta-sts.%1/.well-known/mta-sts.txt não foi baixado; abra-o em um navegador para verificá-lo.</translation>
    </message>
    <message>
        <source>The MTA-STS record of %1 is invalid: %2</source>
        <translation>O registro MTA-STS de %1 é inválido: %2</translation>
    </message>
    <message>
        <source>Publish "v=STSv1; id=&lt;a new id, e.g. the date&gt;" and change the id whenever the policy file changes.</source>
        <translation>Publique "v=STSv1; id=&lt;um novo id, por exemplo a data&gt;" e mude o id sempre que o arquivo de política mudar.</translation>
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
        <translation>Domínio</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Nenhum nome de domínio válido foi informado.</translation>
    </message>
    <message>
        <source>Spelling of %1</source>
        <translation>Grafia de %1</translation>
    </message>
    <message>
        <source>%1 looks like a typo of %2.</source>
        <translation>%1 parece um erro de digitação de %2.</translation>
    </message>
    <message>
        <source>If the address was meant for %1, correct it and send again; mail to a mistyped domain bounces or reaches a stranger.</source>
        <translation>Se o endereço era para %1, corrija-o e envie novamente; e-mails para um domínio digitado errado são devolvidos ou chegam a um desconhecido.</translation>
    </message>
    <message>
        <source>Check the recipient address: did you mean @%1?</source>
        <translation>Verifique o endereço do destinatário: você quis dizer @%1?</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domínio %1</translation>
    </message>
    <message>
        <source>The domain %1 does not exist (NXDOMAIN).</source>
        <translation>O domínio %1 não existe (NXDOMAIN).</translation>
    </message>
    <message>
        <source>Check the spelling of the domain. If it is yours, it may have expired: check its registration.</source>
        <translation>Verifique a grafia do domínio. Se ele for seu, pode ter expirado: verifique o registro do domínio.</translation>
    </message>
    <message>
        <source>The domain %1 exists.</source>
        <translation>O domínio %1 existe.</translation>
    </message>
    <message>
        <source>Mail servers (MX) of %1</source>
        <translation>Servidores de e-mail (MX) de %1</translation>
    </message>
    <message>
        <source>%1 does not exist, so it has no mail servers.</source>
        <translation>%1 não existe, então não tem servidores de e-mail.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail.</source>
        <translation>%1 publica um null MX (RFC 7505): não aceita nenhum e-mail.</translation>
    </message>
    <message>
        <source>Mail to any address at %1 is refused by design, and receivers may also refuse mail sent from it.</source>
        <translation>Os e-mails para qualquer endereço em %1 são recusados por definição, e os destinatários também podem recusar e-mails enviados a partir dele.</translation>
    </message>
    <message>
        <source>If %1 should receive mail, replace the "0 ." MX record with your mail server's MX records.</source>
        <translation>Se %1 deve receber e-mails, substitua o registro MX "0 ." pelos registros MX do seu servidor de e-mail.</translation>
    </message>
    <message>
        <source>%1 mixes a null MX with other MX records, which RFC 7505 forbids.</source>
        <translation>%1 mistura um null MX com outros registros MX, o que a RFC 7505 proíbe.</translation>
    </message>
    <message>
        <source>Remove the "0 ." MX record, or all the others if the domain should not receive mail.</source>
        <translation>Remova o registro MX "0 .", ou todos os outros se o domínio não deve receber e-mails.</translation>
    </message>
    <message>
        <source>%1 has no MX record; mail goes to its own address (%2) as an implicit MX.</source>
        <translation>%1 não tem registro MX; os e-mails vão para o próprio endereço dele (%2) como MX implícito.</translation>
    </message>
    <message>
        <source>This works only if that host runs a mail server; some senders do not use the fallback.</source>
        <translation>Isso só funciona se esse host tiver um servidor de e-mail; alguns remetentes não usam esse fallback.</translation>
    </message>
    <message>
        <source>Publish an MX record naming the mail server, e.g. "%1. MX 10 mail.%1.".</source>
        <translation>Publique um registro MX com o nome do servidor de e-mail, por exemplo "%1. MX 10 mail.%1.".</translation>
    </message>
    <message>
        <source>%1 has no MX record and no A/AAAA record: it cannot receive mail.</source>
        <translation>%1 não tem registro MX nem registro A/AAAA: não pode receber e-mails.</translation>
    </message>
    <message>
        <source>Publish MX records for %1 pointing to your mail server.</source>
        <translation>Publique registros MX para %1 apontando para o seu servidor de e-mail.</translation>
    </message>
    <message>
        <source>MX %1 is an IP address; an MX record must name a host (RFC 7505 §3, RFC 5321 §5.1), and most senders will not deliver to it.</source>
        <translation>O MX %1 é um endereço IP; um registro MX deve indicar um nome de host (RFC 7505 §3, RFC 5321 §5.1), e a maioria dos remetentes não fará entregas para ele.</translation>
    </message>
    <message>
        <source>%1 is listed more than once.</source>
        <translation>%1 aparece mais de uma vez.</translation>
    </message>
    <message>
        <source>MX %1 is an alias (CNAME) of %2; RFC 2181 §10.3 forbids that, and some senders refuse to use it.</source>
        <translation>O MX %1 é um alias (CNAME) de %2; a RFC 2181 §10.3 proíbe isso, e alguns remetentes se recusam a usá-lo.</translation>
    </message>
    <message>
        <source>The address of MX %1 could not be looked up.</source>
        <translation>Não foi possível consultar o endereço do MX %1.</translation>
    </message>
    <message>
        <source>MX %1 has no A or AAAA record, so nobody can deliver to it.</source>
        <translation>O MX %1 não tem registro A nem AAAA, então ninguém pode fazer entregas para ele.</translation>
    </message>
    <message>
        <source>The MX hosts of %1 could not be looked up.</source>
        <translation>Não foi possível consultar os hosts MX de %1.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n MX host(s) of %1 has an address: the domain cannot receive mail.</source>
        <translation>
            <numerusform>O host MX de %1 (%n) não tem endereço: o domínio não pode receber e-mails.</numerusform>
            <numerusform>Nenhum dos %n hosts MX de %1 tem endereço: o domínio não pode receber e-mails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the MX hosts A/AAAA records, or point the MX records at your working mail server.</source>
        <translation>Dê registros A/AAAA aos hosts MX ou aponte os registros MX para o seu servidor de e-mail que funciona.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n MX host(s), with problems.</source>
        <translation>
            <numerusform>%1 tem %n host MX, com problemas.</numerusform>
            <numerusform>%1 tem %n hosts MX, com problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Point every MX record at a host name that has its own A/AAAA records (not a CNAME, not an IP address).</source>
        <translation>Aponte cada registro MX para um nome de host que tenha seus próprios registros A/AAAA (não um CNAME nem um endereço IP).</translation>
    </message>
    <message>
        <source>%1 receives mail at %2.</source>
        <translation>%1 recebe e-mails em %2.</translation>
    </message>
</context>
<context>
    <name>PtrNameClassifier</name>
    <message>
        <source>must be a non-empty array.</source>
        <translation>deve ser uma matriz não vazia.</translation>
    </message>
    <message>
        <source>needs an id and a description.</source>
        <translation>requer um id e uma descrição.</translation>
    </message>
    <message>
        <source>scope must be "host" or "name".</source>
        <translation>scope deve ser "host" ou "name".</translation>
    </message>
    <message>
        <source>the regex is invalid: %1</source>
        <translation>a regex é inválida: %1</translation>
    </message>
    <message>
        <source>id %1 is used twice.</source>
        <translation>o id %1 é usado duas vezes.</translation>
    </message>
    <message>
        <source>contains the IP address itself</source>
        <translation>contém o próprio endereço IP</translation>
    </message>
</context>
<context>
    <name>RdnsCheck</name>
    <message>
        <source>Reverse DNS of %1</source>
        <translation>DNS reverso de %1</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address.</source>
        <translation>"%1" não é um endereço IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>Sample request: "Please set the reverse DNS (PTR) record of %1 to mail.example.com. That name already has an A record pointing to %1, and it is the name our mail server uses in HELO." (Replace mail.example.com with your mail server's name.)</source>
        <translation>Exemplo de solicitação: "Por favor, configurem o registro de DNS reverso (PTR) de %1 para mail.example.com. Esse nome já tem um registro A apontando para %1 e é o nome que nosso servidor de e-mail usa no HELO." (Substitua mail.example.com pelo nome do seu servidor de e-mail.)</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR) record.</source>
        <translation>%1 não tem registro de DNS reverso (PTR).</translation>
    </message>
    <message>
        <source>Many receivers (Outlook.com, Gmail, AOL/Yahoo and most ISPs) refuse or junk mail from an IP without reverse DNS.</source>
        <translation>Muitos destinatários (Outlook.com, Gmail, AOL/Yahoo e a maioria dos provedores de internet) recusam ou mandam para o lixo eletrônico os e-mails de um IP sem DNS reverso.</translation>
    </message>
    <message>
        <source>Only whoever owns the IP range can set its PTR record: ask your hosting provider or ISP (or use the reverse-DNS setting in your cloud console) to point it at your mail server's name, and make sure that name has an A/AAAA record back to this IP.
%1</source>
        <translation>Só quem é dono da faixa de IPs pode configurar o registro PTR dela: peça ao seu provedor de hospedagem ou de internet (ou use a configuração de DNS reverso no console da sua nuvem) que o aponte para o nome do seu servidor de e-mail, e confirme que esse nome tem um registro A/AAAA de volta para este IP.
%1</translation>
    </message>
    <message numerus="yes">
        <source>The IP has %n PTR records; one is best, as some receivers only look at the first.</source>
        <translation>
            <numerusform>O IP tem %n registro PTR; o ideal é um, pois alguns destinatários só olham o primeiro.</numerusform>
            <numerusform>O IP tem %n registros PTR; o ideal é um, pois alguns destinatários só olham o primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reverse DNS of %1 is %2, but %2 does not resolve back to %1 (not forward-confirmed).</source>
        <translation>O DNS reverso de %1 é %2, mas %2 não resolve de volta para %1 (não confirmado na direção direta).</translation>
    </message>
    <message>
        <source>Add an A/AAAA record for %1 pointing to %2, or have the PTR changed to a name that does. The PTR is changed by whoever owns the IP range (hosting provider or ISP).
%3</source>
        <translation>Adicione um registro A/AAAA para %1 apontando para %2 ou faça o PTR ser alterado para um nome que aponte. O PTR é alterado por quem é dono da faixa de IPs (provedor de hospedagem ou de internet).
%3</translation>
    </message>
    <message>
        <source>%1 has forward-confirmed reverse DNS (%2), but the name looks generic.</source>
        <translation>%1 tem DNS reverso confirmado em ambos os sentidos (%2), mas o nome parece genérico.</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>O nome %1.</translation>
    </message>
    <message>
        <source>Receivers treat generic names as home or dynamic connections and often refuse direct mail from them.</source>
        <translation>Os destinatários tratam nomes genéricos como conexões domésticas ou dinâmicas e muitas vezes recusam e-mails enviados diretamente a partir delas.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or ISP to set a PTR that names your mail server (e.g. mail.yourdomain), with a matching A/AAAA record.
%1</source>
        <translation>Peça ao seu provedor de hospedagem ou de internet que configure um PTR com o nome do seu servidor de e-mail (por exemplo, mail.seudominio), com um registro A/AAAA correspondente.
%1</translation>
    </message>
    <message>
        <source>%1 has forward-confirmed reverse DNS: %2.</source>
        <translation>%1 tem DNS reverso confirmado em ambos os sentidos: %2.</translation>
    </message>
</context>
<context>
    <name>ReceivedChain</name>
    <message>
        <source>The returned message has no Received headers, so the sending IP is unknown.</source>
        <translation>A mensagem devolvida não tem cabeçalhos Received, então o IP de envio é desconhecido.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n Received headers names a public client address, so the sending IP could not be taken from them.</source>
        <translation>
            <numerusform>O cabeçalho Received (%n) não indica nenhum endereço de cliente público, então não foi possível obter o IP de envio a partir dele.</numerusform>
            <numerusform>Nenhum dos %n cabeçalhos Received indica um endereço de cliente público, então não foi possível obter o IP de envio a partir deles.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed server</source>
        <translation>um servidor sem nome</translation>
    </message>
    <message>
        <source>Hop %1 of %2 (from %3 by %4) is an authenticated submission: %3 is the sender's own client, the only public address in the chain. The server that relayed it onwards is %4.</source>
        <translation>O salto %1 de %2 (de %3 por %4) é um envio autenticado: %3 é o próprio cliente do remetente, o único endereço público da cadeia. O servidor que a repassou adiante é %4.</translation>
    </message>
    <message numerus="yes">
        <source>Hop %1 of %2 (from %3 by %4) is where the message entered the first public server; %n earlier hop(s) used private or loopback addresses.</source>
        <translation>
            <numerusform>O salto %1 de %2 (de %3 por %4) é onde a mensagem entrou no primeiro servidor público; %n salto anterior usou endereços privados ou de loopback.</numerusform>
            <numerusform>O salto %1 de %2 (de %3 por %4) é onde a mensagem entrou no primeiro servidor público; %n saltos anteriores usaram endereços privados ou de loopback.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hop %1 of %2 (from %3 by %4) is the oldest hop with a public client address: where the message entered the first public server.</source>
        <translation>O salto %1 de %2 (de %3 por %4) é o salto mais antigo com endereço de cliente público: onde a mensagem entrou no primeiro servidor público.</translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <source>(not stated)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
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
        <translation>Endereço IP de envio</translation>
    </message>
    <message>
        <source>HELO name of the sending server</source>
        <translation>Nome HELO do servidor de envio</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Endereço do remetente</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Domínio do remetente</translation>
    </message>
    <message>
        <source>Domain of the From header</source>
        <translation>Domínio do cabeçalho From</translation>
    </message>
    <message>
        <source>Envelope sender domain</source>
        <translation>Domínio do remetente do envelope</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Domínio do destinatário</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>Seletor DKIM</translation>
    </message>
    <message>
        <source>DKIM signing domain</source>
        <translation>Domínio de assinatura DKIM</translation>
    </message>
    <message>
        <source>Receiving server</source>
        <translation>Servidor receptor</translation>
    </message>
    <message>
        <source>Server that reported the failure</source>
        <translation>Servidor que relatou a falha</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Verificações ao vivo</translation>
    </message>
    <message>
        <source>Cause read from the bounce</source>
        <translation>Causa lida na devolução</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Código de status</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Código de resposta</translation>
    </message>
    <message>
        <source>Confidence of the reading</source>
        <translation>Confiança da leitura</translation>
    </message>
    <message>
        <source>Bounce format</source>
        <translation>Formato da devolução</translation>
    </message>
    <message>
        <source>Reporting server</source>
        <translation>Servidor que relatou</translation>
    </message>
    <message>
        <source>Bounce subject</source>
        <translation>Assunto da devolução</translation>
    </message>
    <message>
        <source>Bounce date</source>
        <translation>Data da devolução</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>What the server said about %1:</source>
        <translation>O que o servidor disse sobre %1:</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>o destinatário</translation>
    </message>
    <message>
        <source>Parts of the bounce that could not be read:</source>
        <translation>Partes da devolução que não puderam ser lidas:</translation>
    </message>
    <message>
        <source>Evidence from the bounce</source>
        <translation>Evidências da devolução</translation>
    </message>
    <message>
        <source>The exact text that led to the diagnosis, quoted from the bounce.</source>
        <translation>O texto exato que levou ao diagnóstico, citado da devolução.</translation>
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
        <translation>Regra</translation>
    </message>
    <message>
        <source>The message that bounced</source>
        <translation>A mensagem que foi devolvida</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Return path</source>
        <translation>Caminho de retorno</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID da mensagem</translation>
    </message>
    <message>
        <source>DKIM signature</source>
        <translation>Assinatura DKIM</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>Nome HELO</translation>
    </message>
    <message>
        <source>How the sending server was found</source>
        <translation>Como o servidor de envio foi encontrado</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Attachment types</source>
        <translation>Tipos de anexo</translation>
    </message>
    <message>
        <source>Authentication-Results headers:</source>
        <translation>Cabeçalhos Authentication-Results:</translation>
    </message>
    <message>
        <source>Received headers (newest first):</source>
        <translation>Cabeçalhos Received (mais recentes primeiro):</translation>
    </message>
    <message>
        <source>Facts used by the checks</source>
        <translation>Fatos usados pelas verificações</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>informado por você</translation>
    </message>
    <message>
        <source>read from the bounce</source>
        <translation>lido na devolução</translation>
    </message>
    <message>
        <source>The bounce gave no facts the checks could use.</source>
        <translation>A devolução não forneceu fatos que as verificações pudessem usar.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Causes after the live checks</source>
        <translation>Causas após as verificações ao vivo</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) answered with %1 DNS queries in %2 ms.</source>
        <translation>
            <numerusform>%n verificação respondida com %1 consultas DNS em %2 ms.</numerusform>
            <numerusform>%n verificações respondidas com %1 consultas DNS em %2 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Facts still needed</source>
        <translation>Fatos ainda necessários</translation>
    </message>
    <message>
        <source>These checks could not run because the bounce does not say what they need. Enter the facts and run the checks again.</source>
        <translation>Estas verificações não puderam ser executadas porque a devolução não informa o que elas precisam. Informe os fatos e execute as verificações novamente.</translation>
    </message>
    <message>
        <source>%1: %2 (needed by: %3)</source>
        <translation>%1: %2 (necessário para: %3)</translation>
    </message>
    <message>
        <source>Records and replies, in full:</source>
        <translation>Registros e respostas, completos:</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
    <message>
        <source>Suggested record (copy it whole):</source>
        <translation>Registro sugerido (copie-o inteiro):</translation>
    </message>
    <message>
        <source>Every check and its result</source>
        <translation>Todas as verificações e seus resultados</translation>
    </message>
    <message>
        <source>No live check could run.</source>
        <translation>Nenhuma verificação ao vivo pôde ser executada.</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>Nenhum resultado.</translation>
    </message>
    <message>
        <source>☑ Done: %1</source>
        <translation>☑ Feito: %1</translation>
    </message>
    <message>
        <source>☐ Not done: %1</source>
        <translation>☐ Não feito: %1</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Lista de verificação:</translation>
    </message>
    <message>
        <source>Checks for this step:</source>
        <translation>Verificações desta etapa:</translation>
    </message>
    <message>
        <source>Copy this:</source>
        <translation>Copie isto:</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Fix plan</source>
        <translation>Plano de correção</translation>
    </message>
    <message>
        <source>✔ Every step on your path is resolved or skipped: you can resend the message.</source>
        <translation>✔ Todas as etapas do seu caminho estão resolvidas ou foram ignoradas: você pode reenviar a mensagem.</translation>
    </message>
    <message>
        <source>✖ Before you resend, resolve or skip: %1</source>
        <translation>✖ Antes de reenviar, resolva ou ignore: %1</translation>
    </message>
    <message>
        <source>Steps not on your path</source>
        <translation>Etapas fora do seu caminho</translation>
    </message>
    <message>
        <source>Before and after the re-check</source>
        <translation>Antes e depois da nova verificação</translation>
    </message>
    <message>
        <source>SMTP settings test</source>
        <translation>Teste das configurações SMTP</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Conectado a</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próxima etapa</translation>
    </message>
    <message>
        <source>Provider hint</source>
        <translation>Dica do provedor</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Parou em</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>%1: accepted</source>
        <translation>%1: aceito</translation>
    </message>
    <message>
        <source>%1: refused</source>
        <translation>%1: recusado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Transcript (passwords and tokens removed; C: client, S: server, ~ inside TLS):</source>
        <translation>Transcrição (senhas e tokens removidos; C: cliente, S: servidor, ~ dentro do TLS):</translation>
    </message>
    <message>
        <source>Bounce Doctor report</source>
        <translation>Relatório do Bounce Doctor</translation>
    </message>
    <message>
        <source>Made on %1 by Bounce Doctor %2 from a pasted bounce.</source>
        <translation>Gerado em %1 pelo Bounce Doctor %2 a partir de uma devolução colada.</translation>
    </message>
    <message>
        <source>Made on %1 by Bounce Doctor %2 from %3.</source>
        <translation>Gerado em %1 pelo Bounce Doctor %2 a partir de %3.</translation>
    </message>
    <message>
        <source>The live checks were not run for this report.</source>
        <translation>As verificações ao vivo não foram executadas para este relatório.</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical toolkit (fonts); this program runs without it. Write HTML instead, or run with a graphical session.</source>
        <translation>Um relatório em PDF requer o kit de ferramentas gráfico (fontes); este programa está sendo executado sem ele. Gere HTML em vez disso ou execute em uma sessão gráfica.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Formato de relatório desconhecido.</translation>
    </message>
    <message>
        <source>Cannot tell the report format from "%1": use a file name ending in %2.</source>
        <translation>Não é possível determinar o formato do relatório a partir de "%1": use um nome de arquivo terminado em %2.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Não é possível gravar o relatório em %1: %2</translation>
    </message>
</context>
<context>
    <name>SmtpDiagnosis</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: não pode ser lido</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>ausente ou vazio</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sem id</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>id duplicado</translation>
    </message>
    <message>
        <source>unknown severity "%1"</source>
        <translation>gravidade desconhecida "%1"</translation>
    </message>
    <message>
        <source>title, message and next are all required</source>
        <translation>title, message e next são todos obrigatórios</translation>
    </message>
    <message>
        <source>unknown verdict id</source>
        <translation>id de veredito desconhecido</translation>
    </message>
    <message>
        <source>unknown stage "%1"</source>
        <translation>etapa desconhecida "%1"</translation>
    </message>
    <message>
        <source>reply code out of range</source>
        <translation>código de resposta fora do intervalo</translation>
    </message>
    <message>
        <source>reply class must be 2 to 5</source>
        <translation>a classe de resposta deve ser de 2 a 5</translation>
    </message>
    <message>
        <source>needs codes or classes</source>
        <translation>requer códigos ou classes</translation>
    </message>
    <message>
        <source>bad enhanced status code "%1"</source>
        <translation>código de status estendido inválido "%1"</translation>
    </message>
    <message>
        <source>empty text pattern</source>
        <translation>padrão de texto vazio</translation>
    </message>
    <message>
        <source>the verdict "%1" is required</source>
        <translation>o veredito "%1" é obrigatório</translation>
    </message>
    <message>
        <source>id, domains and hint are required</source>
        <translation>id, domains e hint são obrigatórios</translation>
    </message>
    <message>
        <source>No text for verdict %1.</source>
        <translation>Nenhum texto para o veredito %1.</translation>
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
        <translation>São necessários um nome de servidor e uma porta entre 1 e 65535.</translation>
    </message>
    <message>
        <source>No certificate could be read from the CA file %1.</source>
        <translation>Não foi possível ler nenhum certificado do arquivo de CA %1.</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>Consultando %1</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>Conectando a %1, porta %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Conectado a %1, porta %2</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS estabelecido: %1, %2</translation>
    </message>
    <message>
        <source>Certificate problem accepted for this test only (fingerprint matches): %1</source>
        <translation>Problema de certificado aceito apenas para este teste (a impressão digital confere): %1</translation>
    </message>
    <message>
        <source>Certificate not accepted: %1</source>
        <translation>Certificado não aceito: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n unexpected byte(s) from the server</source>
        <translation>
            <numerusform>%n byte inesperado do servidor foi ignorado</numerusform>
            <numerusform>%n bytes inesperados do servidor foram ignorados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(test message: %n line(s))</source>
        <translation>
            <numerusform>(mensagem de teste: %n linha)</numerusform>
            <numerusform>(mensagem de teste: %n linhas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredito: %1</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>O servidor fechou a conexão durante o handshake TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>O servidor fechou a conexão.</translation>
    </message>
    <message>
        <source>No answer to the name lookup within %1 s.</source>
        <translation>Nenhuma resposta à consulta de nome em %1 s.</translation>
    </message>
    <message>
        <source>No connection within %1 s.</source>
        <translation>Nenhuma conexão em %1 s.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>O handshake TLS não terminou em %1 s.</translation>
    </message>
    <message>
        <source>The server started a reply but did not finish it within %1 s.</source>
        <translation>O servidor começou uma resposta, mas não a terminou em %1 s.</translation>
    </message>
    <message>
        <source>No reply within %1 s.</source>
        <translation>Nenhuma resposta em %1 s.</translation>
    </message>
</context>
<context>
    <name>SmtpResult</name>
    <message>
        <source>SMTP test of %1:%2 (%3)</source>
        <translation>Teste SMTP de %1:%2 (%3)</translation>
    </message>
</context>
<context>
    <name>SmtpStage</name>
    <message>
        <source>Looking up the server name</source>
        <translation>Consultando o nome do servidor</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Setting up encryption (TLS)</source>
        <translation>Configurando a criptografia (TLS)</translation>
    </message>
    <message>
        <source>Waiting for the server's greeting</source>
        <translation>Aguardando a saudação do servidor</translation>
    </message>
    <message>
        <source>Saying hello (EHLO)</source>
        <translation>Cumprimentando (EHLO)</translation>
    </message>
    <message>
        <source>Switching to encryption (STARTTLS)</source>
        <translation>Passando para a criptografia (STARTTLS)</translation>
    </message>
    <message>
        <source>Saying hello again over TLS</source>
        <translation>Cumprimentando novamente via TLS</translation>
    </message>
    <message>
        <source>Logging in (AUTH)</source>
        <translation>Fazendo login (AUTH)</translation>
    </message>
    <message>
        <source>Announcing the sender (MAIL FROM)</source>
        <translation>Anunciando o remetente (MAIL FROM)</translation>
    </message>
    <message>
        <source>Checking the recipient (RCPT TO)</source>
        <translation>Verificando o destinatário (RCPT TO)</translation>
    </message>
    <message>
        <source>Cancelling the test envelope (RSET)</source>
        <translation>Cancelando o envelope de teste (RSET)</translation>
    </message>
    <message>
        <source>Sending the test message (DATA)</source>
        <translation>Enviando a mensagem de teste (DATA)</translation>
    </message>
    <message>
        <source>Saying goodbye (QUIT)</source>
        <translation>Despedindo-se (QUIT)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>SmtpVerdicts</name>
    <message>
        <source>The settings work</source>
        <translation>As configurações funcionam</translation>
    </message>
    <message>
        <source>{host} port {port} answered, the connection was secured ({protocol}) and every step that was asked for succeeded.</source>
        <translation>{host}, porta {port}, respondeu, a conexão foi protegida ({protocol}) e todas as etapas solicitadas foram bem-sucedidas.</translation>
    </message>
    <message>
        <source>Use exactly these settings in your mail program.</source>
        <translation>Use exatamente estas configurações no seu programa de e-mail.</translation>
    </message>
    <message>
        <source>The settings work, but without encryption</source>
        <translation>As configurações funcionam, mas sem criptografia</translation>
    </message>
    <message>
        <source>{host} port {port} accepted every step, but the connection was not encrypted: anyone on the network path can read the mail.</source>
        <translation>{host}, porta {port}, aceitou todas as etapas, mas a conexão não foi criptografada: qualquer pessoa no caminho da rede pode ler os e-mails.</translation>
    </message>
    <message>
        <source>Prefer port 465 with SSL/TLS or port 587 with STARTTLS if the provider offers them.</source>
        <translation>Prefira a porta 465 com SSL/TLS ou a porta 587 com STARTTLS, se o provedor as oferecer.</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>Teste cancelado</translation>
    </message>
    <message>
        <source>The test was stopped before it finished.</source>
        <translation>O teste foi interrompido antes de terminar.</translation>
    </message>
    <message>
        <source>Run the test again when you are ready.</source>
        <translation>Execute o teste novamente quando estiver pronto.</translation>
    </message>
    <message>
        <source>The test could not start</source>
        <translation>Não foi possível iniciar o teste</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Correct the settings and run the test again.</source>
        <translation>Corrija as configurações e execute o teste novamente.</translation>
    </message>
    <message>
        <source>Server name not found</source>
        <translation>Nome do servidor não encontrado</translation>
    </message>
    <message>
        <source>The name {host} could not be looked up ({detail}).</source>
        <translation>Não foi possível consultar o nome {host} ({detail}).</translation>
    </message>
    <message>
        <source>Check the spelling of the server name (often smtp.&lt;your domain&gt;) and that this computer is online.</source>
        <translation>Verifique a grafia do nome do servidor (geralmente smtp.&lt;seu domínio&gt;) e se este computador está on-line.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexão recusada</translation>
    </message>
    <message>
        <source>{host} refused connections on port {port}: nothing is listening there, or a firewall rejects it.</source>
        <translation>{host} recusou conexões na porta {port}: nada está escutando ali, ou um firewall as rejeita.</translation>
    </message>
    <message>
        <source>Check the port number. Submission usually uses 587 (STARTTLS) or 465 (SSL/TLS); port 25 is for servers, not mail programs.</source>
        <translation>Verifique o número da porta. O envio normalmente usa 587 (STARTTLS) ou 465 (SSL/TLS); a porta 25 é para servidores, não para programas de e-mail.</translation>
    </message>
    <message>
        <source>No answer on this port</source>
        <translation>Nenhuma resposta nesta porta</translation>
    </message>
    <message>
        <source>Connecting to {host} port {port} timed out. Such silence usually means a firewall drops the traffic; many internet providers block outgoing port 25.</source>
        <translation>A conexão com {host}, porta {port}, esgotou o tempo. Esse silêncio geralmente significa que um firewall descarta o tráfego; muitos provedores de internet bloqueiam a porta 25 de saída.</translation>
    </message>
    <message>
        <source>Try port 587 with STARTTLS or port 465 with SSL/TLS, or another network.</source>
        <translation>Tente a porta 587 com STARTTLS ou a porta 465 com SSL/TLS, ou outra rede.</translation>
    </message>
    <message>
        <source>The server accepted the connection but said nothing</source>
        <translation>O servidor aceitou a conexão, mas não disse nada</translation>
    </message>
    <message>
        <source>{host} port {port} took the connection but sent no greeting. That is what a port that expects encryption from the first byte does (usually 465) when the mail program waits for a plain greeting.</source>
        <translation>{host}, porta {port}, aceitou a conexão, mas não enviou nenhuma saudação. É o que faz uma porta que espera criptografia desde o primeiro byte (geralmente a 465) quando o programa de e-mail aguarda uma saudação sem criptografia.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (implicit TLS) for this port, or STARTTLS on port 587.</source>
        <translation>Escolha SSL/TLS (TLS implícito) para esta porta, ou STARTTLS na porta 587.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>O servidor parou de responder</translation>
    </message>
    <message>
        <source>{host} did not finish its answer at the step "{stage}" in time ({detail}).</source>
        <translation>{host} não terminou sua resposta na etapa "{stage}" a tempo ({detail}).</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening the server or something between you and it (a filtering firewall or antivirus proxy) is faulty.</source>
        <translation>Tente novamente mais tarde; se continuar acontecendo, o servidor ou algo entre você e ele (um firewall com filtragem ou um proxy de antivírus) está com defeito.</translation>
    </message>
    <message>
        <source>The server hung up</source>
        <translation>O servidor desligou</translation>
    </message>
    <message>
        <source>{host} closed the connection at the step "{stage}" without an explanation.</source>
        <translation>{host} fechou a conexão na etapa "{stage}" sem explicação.</translation>
    </message>
    <message>
        <source>Try again; if it repeats, the server may be blocking your address or rate-limiting. Ask the provider and give them the transcript.</source>
        <translation>Tente novamente; se isso se repetir, o servidor pode estar bloqueando seu endereço ou limitando a taxa. Pergunte ao provedor e forneça a transcrição.</translation>
    </message>
    <message>
        <source>This is not a mail server</source>
        <translation>Isto não é um servidor de e-mail</translation>
    </message>
    <message>
        <source>What {host} port {port} sent is not SMTP: {detail}</source>
        <translation>O que {host}, porta {port}, enviou não é SMTP: {detail}</translation>
    </message>
    <message>
        <source>Check the server name and port: they point at some other kind of service.</source>
        <translation>Verifique o nome do servidor e a porta: eles apontam para algum outro tipo de serviço.</translation>
    </message>
    <message>
        <source>The server sent an absurdly long reply</source>
        <translation>O servidor enviou uma resposta absurdamente longa</translation>
    </message>
    <message>
        <source>{host} sent a reply line far longer than SMTP allows; the test stopped reading it.</source>
        <translation>{host} enviou uma linha de resposta muito mais longa do que o SMTP permite; o teste parou de lê-la.</translation>
    </message>
    <message>
        <source>The server is broken or is not a mail server; check the name and port.</source>
        <translation>O servidor está com defeito ou não é um servidor de e-mail; verifique o nome e a porta.</translation>
    </message>
    <message>
        <source>SSL/TLS chosen on a STARTTLS or plain port</source>
        <translation>SSL/TLS escolhido em uma porta STARTTLS ou sem criptografia</translation>
    </message>
    <message>
        <source>Port {port} on {host} starts unencrypted and expects STARTTLS, but the test started with SSL/TLS (implicit TLS) and the server answered in plain text.</source>
        <translation>A porta {port} em {host} começa sem criptografia e espera STARTTLS, mas o teste começou com SSL/TLS (TLS implícito) e o servidor respondeu em texto simples.</translation>
    </message>
    <message>
        <source>Choose STARTTLS for this port (587 and 25), or use port 465 with SSL/TLS.</source>
        <translation>Escolha STARTTLS para esta porta (587 e 25) ou use a porta 465 com SSL/TLS.</translation>
    </message>
    <message>
        <source>Encryption could not be set up</source>
        <translation>Não foi possível configurar a criptografia</translation>
    </message>
    <message>
        <source>The TLS handshake with {host} failed: {detail}</source>
        <translation>O handshake TLS com {host} falhou: {detail}</translation>
    </message>
    <message>
        <source>The server may only offer outdated TLS versions or ciphers; ask the provider, or try the other port (465 or 587).</source>
        <translation>O servidor pode oferecer apenas versões ou cifras de TLS ultrapassadas; pergunte ao provedor ou tente a outra porta (465 ou 587).</translation>
    </message>
    <message>
        <source>Encryption set-up never finished</source>
        <translation>A configuração da criptografia nunca terminou</translation>
    </message>
    <message>
        <source>{host} did not complete the TLS handshake in time.</source>
        <translation>{host} não concluiu o handshake TLS a tempo.</translation>
    </message>
    <message>
        <source>If you chose SSL/TLS, the port may expect STARTTLS instead; otherwise try again later.</source>
        <translation>Se você escolheu SSL/TLS, a porta pode esperar STARTTLS; caso contrário, tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The server hung up while setting up encryption</source>
        <translation>O servidor desligou durante a configuração da criptografia</translation>
    </message>
    <message>
        <source>{host} closed the connection in the middle of the TLS handshake.</source>
        <translation>{host} fechou a conexão no meio do handshake TLS.</translation>
    </message>
    <message>
        <source>A firewall or filter may interfere with encrypted mail, or the server's TLS set-up is broken. Try the other port (465 or 587) or another network.</source>
        <translation>Um firewall ou filtro pode estar interferindo nos e-mails criptografados, ou a configuração TLS do servidor está com defeito. Tente a outra porta (465 ou 587) ou outra rede.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Certificado autoassinado</translation>
    </message>
    <message>
        <source>{host} presented a certificate it signed itself, so nobody vouches that it belongs to {host}.</source>
        <translation>{host} apresentou um certificado assinado por ele mesmo, então ninguém garante que ele pertence a {host}.</translation>
    </message>
    <message>
        <source>Use the server name the provider documents (its certificate is usually valid). If this is your own server and you checked the fingerprint, trust this one certificate for the test.</source>
        <translation>Use o nome de servidor que o provedor documenta (o certificado dele geralmente é válido). Se este for seu próprio servidor e você tiver conferido a impressão digital, confie neste certificado específico para o teste.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>O certificado expirou</translation>
    </message>
    <message>
        <source>The certificate of {host} is outside its validity period ({detail}).</source>
        <translation>O certificado de {host} está fora do período de validade ({detail}).</translation>
    </message>
    <message>
        <source>The server's administrator must renew the certificate; check also that this computer's clock is right.</source>
        <translation>O administrador do servidor precisa renovar o certificado; verifique também se o relógio deste computador está certo.</translation>
    </message>
    <message>
        <source>The certificate is for another name</source>
        <translation>O certificado é de outro nome</translation>
    </message>
    <message>
        <source>The certificate presented on {host} does not list that name ({detail}).</source>
        <translation>O certificado apresentado em {host} não inclui esse nome ({detail}).</translation>
    </message>
    <message>
        <source>Use the server name written in the certificate (often the provider's own host name, not your domain), or ask the administrator for a certificate that covers {host}.</source>
        <translation>Use o nome de servidor escrito no certificado (geralmente o nome de host do próprio provedor, não o seu domínio) ou peça ao administrador um certificado que cubra {host}.</translation>
    </message>
    <message>
        <source>The certificate is not from a trusted authority</source>
        <translation>O certificado não é de uma autoridade confiável</translation>
    </message>
    <message>
        <source>The certificate of {host} was issued by an authority this computer does not trust ({detail}).</source>
        <translation>O certificado de {host} foi emitido por uma autoridade em que este computador não confia ({detail}).</translation>
    </message>
    <message>
        <source>If it is a company or private CA, give its certificate file as the custom CA; otherwise the server is missing an intermediate certificate.</source>
        <translation>Se for uma CA corporativa ou privada, informe o arquivo de certificado dela como CA personalizada; caso contrário, falta um certificado intermediário no servidor.</translation>
    </message>
    <message>
        <source>The certificate was not accepted</source>
        <translation>O certificado não foi aceito</translation>
    </message>
    <message>
        <source>The certificate of {host} failed verification ({detail}).</source>
        <translation>O certificado de {host} falhou na verificação ({detail}).</translation>
    </message>
    <message>
        <source>Ask the server's administrator to fix the certificate.</source>
        <translation>Peça ao administrador do servidor que corrija o certificado.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>O servidor não oferece STARTTLS</translation>
    </message>
    <message>
        <source>You asked for STARTTLS, but {host} port {port} does not offer it, so the connection would stay unencrypted.</source>
        <translation>Você pediu STARTTLS, mas {host}, porta {port}, não o oferece, então a conexão continuaria sem criptografia.</translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS or port 587 with STARTTLS; if this is port 465 choose SSL/TLS.</source>
        <translation>Use a porta 465 com SSL/TLS ou a porta 587 com STARTTLS; se esta for a porta 465, escolha SSL/TLS.</translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation>STARTTLS recusado</translation>
    </message>
    <message>
        <source>{host} advertised STARTTLS but refused to start it: {reply}</source>
        <translation>{host} anunciou STARTTLS, mas se recusou a iniciá-lo: {reply}</translation>
    </message>
    <message>
        <source>The server's TLS set-up is broken; try port 465 with SSL/TLS and tell the provider.</source>
        <translation>A configuração TLS do servidor está com defeito; tente a porta 465 com SSL/TLS e avise o provedor.</translation>
    </message>
    <message>
        <source>The server refuses to talk to you</source>
        <translation>O servidor se recusa a falar com você</translation>
    </message>
    <message>
        <source>{host} rejected the connection at once: {reply}</source>
        <translation>{host} rejeitou a conexão imediatamente: {reply}</translation>
    </message>
    <message>
        <source>Your IP address may be blocked or on a blocklist; check the blocklists, or try another network.</source>
        <translation>Seu endereço IP pode estar bloqueado ou em uma lista de bloqueio; verifique as listas de bloqueio ou tente outra rede.</translation>
    </message>
    <message>
        <source>The server rejected the greeting</source>
        <translation>O servidor rejeitou a saudação</translation>
    </message>
    <message>
        <source>{host} did not accept our EHLO/HELO: {reply}</source>
        <translation>{host} não aceitou nosso EHLO/HELO: {reply}</translation>
    </message>
    <message>
        <source>Tell the provider and include the transcript.</source>
        <translation>Avise o provedor e inclua a transcrição.</translation>
    </message>
    <message>
        <source>The server requires encryption first</source>
        <translation>O servidor exige criptografia primeiro</translation>
    </message>
    <message>
        <source>{host} wants STARTTLS before anything else: {reply}</source>
        <translation>{host} quer STARTTLS antes de qualquer outra coisa: {reply}</translation>
    </message>
    <message>
        <source>Choose STARTTLS (or SSL/TLS on port 465) in the security setting.</source>
        <translation>Escolha STARTTLS (ou SSL/TLS na porta 465) na configuração de segurança.</translation>
    </message>
    <message>
        <source>You must log in to send</source>
        <translation>Você precisa fazer login para enviar</translation>
    </message>
    <message>
        <source>{host} only accepts mail from logged-in users: {reply}</source>
        <translation>{host} só aceita e-mails de usuários autenticados: {reply}</translation>
    </message>
    <message>
        <source>Turn on "my server requires authentication" and enter your user name (usually the full address) and password.</source>
        <translation>Ative "meu servidor requer autenticação" e informe seu nome de usuário (geralmente o endereço completo) e sua senha.</translation>
    </message>
    <message>
        <source>The server does not offer log-in</source>
        <translation>O servidor não oferece login</translation>
    </message>
    <message>
        <source>{host} port {port} does not offer AUTH, even over TLS: it is probably a server for incoming mail only.</source>
        <translation>{host}, porta {port}, não oferece AUTH, nem mesmo via TLS: provavelmente é um servidor apenas para e-mails de entrada.</translation>
    </message>
    <message>
        <source>Use the submission server and port your provider documents (587 or 465).</source>
        <translation>Use o servidor de envio e a porta que seu provedor documenta (587 ou 465).</translation>
    </message>
    <message>
        <source>Log-in is only offered after encryption</source>
        <translation>O login só é oferecido após a criptografia</translation>
    </message>
    <message>
        <source>{host} does not offer AUTH on an unencrypted connection.</source>
        <translation>{host} não oferece AUTH em uma conexão sem criptografia.</translation>
    </message>
    <message>
        <source>Choose STARTTLS (or SSL/TLS on port 465); the password then travels encrypted.</source>
        <translation>Escolha STARTTLS (ou SSL/TLS na porta 465); a senha passa então a trafegar criptografada.</translation>
    </message>
    <message>
        <source>The chosen log-in method is not offered</source>
        <translation>O método de login escolhido não é oferecido</translation>
    </message>
    <message>
        <source>{host} offers {offered}, not the method that was chosen ({auth}).</source>
        <translation>{host} oferece {offered}, não o método escolhido ({auth}).</translation>
    </message>
    <message>
        <source>Choose automatic or one of the offered methods. For XOAUTH2 the provider must offer it.</source>
        <translation>Escolha automático ou um dos métodos oferecidos. Para XOAUTH2, o provedor precisa oferecê-lo.</translation>
    </message>
    <message>
        <source>Password not sent over an unencrypted connection</source>
        <translation>Senha não enviada por uma conexão sem criptografia</translation>
    </message>
    <message>
        <source>The connection to {host} is not encrypted, so the test did not send your password.</source>
        <translation>A conexão com {host} não está criptografada, então o teste não enviou sua senha.</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS. Only if this is a trusted local server, allow sending the password unencrypted for this test.</source>
        <translation>Escolha STARTTLS ou SSL/TLS. Somente se este for um servidor local confiável, permita o envio da senha sem criptografia para este teste.</translation>
    </message>
    <message>
        <source>User name or password rejected</source>
        <translation>Nome de usuário ou senha rejeitados</translation>
    </message>
    <message>
        <source>{host} rejected the log-in ({auth}): {reply}</source>
        <translation>{host} rejeitou o login ({auth}): {reply}</translation>
    </message>
    <message>
        <source>Check the user name (usually the full e-mail address) and the password. If your account uses two-step verification, you need an app password.</source>
        <translation>Verifique o nome de usuário (geralmente o endereço de e-mail completo) e a senha. Se sua conta usa verificação em duas etapas, você precisa de uma senha de app.</translation>
    </message>
    <message>
        <source>An app password is required</source>
        <translation>É necessária uma senha de app</translation>
    </message>
    <message>
        <source>{host} wants an application-specific password, not your normal password: {reply}</source>
        <translation>{host} quer uma senha específica de aplicativo, não sua senha normal: {reply}</translation>
    </message>
    <message>
        <source>Create an app password in your account's security settings and use it here.</source>
        <translation>Crie uma senha de app nas configurações de segurança da sua conta e use-a aqui.</translation>
    </message>
    <message>
        <source>SMTP log-in is switched off for this account</source>
        <translation>O login SMTP está desativado para esta conta</translation>
    </message>
    <message>
        <source>{host} says authenticated SMTP is disabled for this mailbox or organisation: {reply}</source>
        <translation>{host} diz que o SMTP autenticado está desativado para esta caixa de correio ou organização: {reply}</translation>
    </message>
    <message>
        <source>The administrator must enable SMTP AUTH for the mailbox (Microsoft 365: "Authenticated SMTP"), or use OAuth2.</source>
        <translation>O administrador precisa ativar o SMTP AUTH para a caixa de correio (Microsoft 365: "SMTP autenticado") ou usar OAuth2.</translation>
    </message>
    <message>
        <source>Log-in temporarily unavailable</source>
        <translation>Login temporariamente indisponível</translation>
    </message>
    <message>
        <source>{host} could not check the password right now: {reply}</source>
        <translation>{host} não conseguiu verificar a senha agora: {reply}</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>The server will not pass the mail on (relay denied)</source>
        <translation>O servidor não vai repassar o e-mail (retransmissão negada)</translation>
    </message>
    <message>
        <source>{host} refused to deliver to that recipient for you: {reply}. Servers only relay mail for logged-in users.</source>
        <translation>{host} se recusou a entregar a esse destinatário em seu nome: {reply}. Os servidores só retransmitem e-mails de usuários autenticados.</translation>
    </message>
    <message>
        <source>Log in (turn on authentication) and use the submission port 587 or 465, not port 25.</source>
        <translation>Faça login (ative a autenticação) e use a porta de envio 587 ou 465, não a porta 25.</translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <translation>O endereço do remetente foi recusado</translation>
    </message>
    <message>
        <source>{host} does not accept mail from that sender: {reply}</source>
        <translation>{host} não aceita e-mails desse remetente: {reply}</translation>
    </message>
    <message>
        <source>Send from an address that belongs to your account (the From you log in with), or check that the domain is spelled correctly.</source>
        <translation>Envie a partir de um endereço que pertença à sua conta (o From com que você faz login) ou verifique se o domínio está escrito corretamente.</translation>
    </message>
    <message>
        <source>The recipient does not exist</source>
        <translation>O destinatário não existe</translation>
    </message>
    <message>
        <source>{host} says the recipient address does not exist: {reply}</source>
        <translation>{host} diz que o endereço do destinatário não existe: {reply}</translation>
    </message>
    <message>
        <source>Check the spelling of the recipient address.</source>
        <translation>Verifique a grafia do endereço do destinatário.</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>A mensagem é grande demais</translation>
    </message>
    <message>
        <source>{host} refuses messages of this size: {reply}</source>
        <translation>{host} recusa mensagens deste tamanho: {reply}</translation>
    </message>
    <message>
        <source>Send smaller attachments or share a link to the file instead.</source>
        <translation>Envie anexos menores ou compartilhe um link para o arquivo.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>A caixa de correio do destinatário está cheia</translation>
    </message>
    <message>
        <source>{host} cannot store more mail for the recipient: {reply}</source>
        <translation>{host} não consegue armazenar mais e-mails para o destinatário: {reply}</translation>
    </message>
    <message>
        <source>Tell the recipient another way, or try again later.</source>
        <translation>Avise o destinatário de outra forma ou tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Greylisted: try again later</source>
        <translation>Greylisting: tente novamente mais tarde</translation>
    </message>
    <message>
        <source>{host} temporarily refused the message, as greylisting servers do with senders they have not seen before: {reply}</source>
        <translation>{host} recusou temporariamente a mensagem, como fazem os servidores com greylisting com remetentes que ainda não conhecem: {reply}</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings. A real mail server retries automatically and gets through after a few minutes.</source>
        <translation>Não há nada de errado com suas configurações. Um servidor de e-mail de verdade tenta novamente de forma automática e consegue entregar após alguns minutos.</translation>
    </message>
    <message>
        <source>Temporary refusal</source>
        <translation>Recusa temporária</translation>
    </message>
    <message>
        <source>{host} refused for now at the step "{stage}": {reply}</source>
        <translation>{host} recusou por enquanto na etapa "{stage}": {reply}</translation>
    </message>
    <message>
        <source>Try again later; if it persists, ask the provider.</source>
        <translation>Tente novamente mais tarde; se persistir, pergunte ao provedor.</translation>
    </message>
    <message>
        <source>The server refused</source>
        <translation>O servidor recusou</translation>
    </message>
    <message>
        <source>{host} refused at the step "{stage}": {reply}</source>
        <translation>{host} recusou na etapa "{stage}": {reply}</translation>
    </message>
    <message>
        <source>Read the server's reason above; give the transcript to the provider if it is unclear.</source>
        <translation>Leia o motivo do servidor acima; se não estiver claro, envie a transcrição ao provedor.</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erro de rede</translation>
    </message>
    <message>
        <source>The connection to {host} failed: {detail}</source>
        <translation>A conexão com {host} falhou: {detail}</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Verifique a conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>Gmail and Google Workspace refuse your normal password when two-step verification is on: create an app password (Google Account → Security → App passwords) or sign in with OAuth2.</source>
        <translation>O Gmail e o Google Workspace recusam sua senha normal quando a verificação em duas etapas está ativada: crie uma senha de app (Conta do Google → Segurança → Senhas de app) ou faça login com OAuth2.</translation>
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 need smtp.office365.com port 587 with STARTTLS; with two-step verification use an app password, and in Microsoft 365 the administrator must allow "Authenticated SMTP" for the mailbox (or use OAuth2).</source>
        <translation>O Outlook.com e o Microsoft 365 exigem smtp.office365.com, porta 587, com STARTTLS; com verificação em duas etapas, use uma senha de app, e no Microsoft 365 o administrador precisa permitir "SMTP autenticado" para a caixa de correio (ou use OAuth2).</translation>
    </message>
    <message>
        <source>Yahoo and AOL accept only an app password for mail programs: generate one under Account security → Generate app password.</source>
        <translation>Yahoo e AOL aceitam apenas uma senha de app para programas de e-mail: gere uma em Segurança da conta → Gerar senha de app.</translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password (appleid.apple.com → Sign-In and Security) and the user name is your full iCloud address.</source>
        <translation>O iCloud Mail exige uma senha específica de app (appleid.apple.com → Início de sessão e segurança), e o nome de usuário é seu endereço completo do iCloud.</translation>
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
        <translation>Identidade: %1 %2 (domínio %3), IP %4, HELO %5</translation>
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
        <translation>Explicação: %1</translation>
    </message>
    <message>
        <source>Lookups:    %1 of 10 (void: %2 of 2), %3 DNS queries for the evaluation, %4 ms</source>
        <translation>Consultas:  %1 de 10 (vazias: %2 de 2), %3 consultas DNS na avaliação, %4 ms</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>Rastreamento:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>Whole SPF tree: %1 lookups, %2 void lookups (independent of the IP)</source>
        <translation>Árvore SPF inteira: %1 consultas, %2 consultas vazias (independentemente do IP)</translation>
    </message>
    <message>
        <source>Suggested record for %1:</source>
        <translation>Registro sugerido para %1:</translation>
    </message>
    <message>
        <source>(%1's include authorizes %2)</source>
        <translation>(o include de %1 autoriza %2)</translation>
    </message>
    <message numerus="yes">
        <source>DNS queries sent in total: %n</source>
        <translation>
            <numerusform>Consultas DNS enviadas no total: %n</numerusform>
            <numerusform>Consultas DNS enviadas no total: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluates SPF (RFC 7208 check_host) for a sending IP, MAIL FROM and HELO.
An empty --mail-from "" is the null sender: the HELO name is checked.</source>
        <translation>Avalia o SPF (check_host da RFC 7208) para um IP de envio, MAIL FROM e HELO.
Um --mail-from "" vazio é o remetente nulo: o nome HELO é verificado.</translation>
    </message>
    <message>
        <source>Sending IP address (IPv4 or IPv6).</source>
        <translation>Endereço IP de envio (IPv4 ou IPv6).</translation>
    </message>
    <message>
        <source>Envelope sender (MAIL FROM); "" for the null sender.</source>
        <translation>Remetente do envelope (MAIL FROM); "" para o remetente nulo.</translation>
    </message>
    <message>
        <source>HELO/EHLO name the client gave.</source>
        <translation>Nome HELO/EHLO informado pelo cliente.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <source>Do not walk the whole SPF tree for warnings.</source>
        <translation>Não percorre a árvore SPF inteira em busca de avisos.</translation>
    </message>
    <message>
        <source>Ask the DNS strictly one question at a time, in evaluation order.</source>
        <translation>Faz ao DNS estritamente uma pergunta por vez, na ordem da avaliação.</translation>
    </message>
    <message>
        <source>Name of the receiving host, for the %{r} macro.</source>
        <translation>Nome do host receptor, para a macro %{r}.</translation>
    </message>
    <message>
        <source>unexpected argument "%1" (see --help)</source>
        <translation>argumento inesperado "%1" (veja --help)</translation>
    </message>
    <message>
        <source>--ip is required</source>
        <translation>--ip é obrigatório</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>"%1" não é um endereço IP</translation>
    </message>
    <message>
        <source>--mail-from is required (use --mail-from "" for the null sender)</source>
        <translation>--mail-from é obrigatório (use --mail-from "" para o remetente nulo)</translation>
    </message>
    <message>
        <source>the null sender needs --helo: its SPF check is done on the HELO name</source>
        <translation>o remetente nulo requer --helo: a verificação SPF dele é feita no nome HELO</translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>"%1" não é um endereço IP</translation>
    </message>
    <message>
        <source>"%1" is not a valid multi-label domain name</source>
        <translation>"%1" não é um nome de domínio válido com vários rótulos</translation>
    </message>
    <message>
        <source>DNS error looking up the SPF record of %1: %2</source>
        <translation>Erro de DNS ao consultar o registro SPF de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 não tem registro SPF</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one</source>
        <translation>%1 tem %2 registros SPF; deve haver exatamente um</translation>
    </message>
    <message>
        <source>Syntax error in the SPF record of %1 at position %2 ("%3"): %4</source>
        <translation>Erro de sintaxe no registro SPF de %1 na posição %2 ("%3"): %4</translation>
    </message>
    <message>
        <source>More than %1 DNS-querying mechanisms and modifiers ("%2" in the record of %3)</source>
        <translation>Mais de %1 mecanismos e modificadores que consultam o DNS ("%2" no registro de %3)</translation>
    </message>
    <message>
        <source>Not a valid DNS name: explanation ignored</source>
        <translation>Não é um nome DNS válido: explicação ignorada</translation>
    </message>
    <message>
        <source>No single TXT record: explanation ignored</source>
        <translation>Não há um único registro TXT: explicação ignorada</translation>
    </message>
    <message>
        <source>Invalid explanation text: ignored</source>
        <translation>Texto de explicação inválido: ignorado</translation>
    </message>
    <message>
        <source>redirect= names "%1", which is not a valid domain</source>
        <translation>redirect= indica "%1", que não é um domínio válido</translation>
    </message>
    <message>
        <source>redirect=%1: that domain has no SPF record</source>
        <translation>redirect=%1: esse domínio não tem registro SPF</translation>
    </message>
    <message>
        <source>More than %1 void lookups (names without any record)</source>
        <translation>Mais de %1 consultas vazias (nomes sem nenhum registro)</translation>
    </message>
    <message>
        <source>DNS error for %1 (%2): %3</source>
        <translation>Erro de DNS para %1 (%2): %3</translation>
    </message>
    <message>
        <source>include: names "%1", which is not a valid domain</source>
        <translation>include: indica "%1", que não é um domínio válido</translation>
    </message>
    <message>
        <source>include:%1: that domain has no SPF record</source>
        <translation>include:%1: esse domínio não tem registro SPF</translation>
    </message>
    <message>
        <source>"%1" is not a valid DNS name: treated as non-existent</source>
        <translation>"%1" não é um nome DNS válido: tratado como inexistente</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; SPF allows at most %3</source>
        <translation>%1 tem %2 registros MX; o SPF permite no máximo %3</translation>
    </message>
    <message>
        <source>The check took longer than %1 seconds</source>
        <translation>A verificação levou mais de %1 segundos</translation>
    </message>
</context>
<context>
    <name>SpfLint</name>
    <message>
        <source>%1: not a JSON object with a "providers" array (%2)</source>
        <translation>%1: não é um objeto JSON com uma matriz "providers" (%2)</translation>
    </message>
    <message>
        <source>%1: provider entry %2 ("%3") needs a name, a valid include domain and ptrSuffixes</source>
        <translation>%1: a entrada de provedor %2 ("%3") requer um nome, um domínio de include válido e ptrSuffixes</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: não pode ser lido</translation>
    </message>
    <message>
        <source>%1: a TXT string of the SPF record is longer than 255 characters</source>
        <translation>%1: uma string TXT do registro SPF tem mais de 255 caracteres</translation>
    </message>
    <message>
        <source>%1: the SPF record is %2 bytes; over 512 bytes it may not fit a DNS answer over UDP</source>
        <translation>%1: o registro SPF tem %2 bytes; acima de 512 bytes ele pode não caber em uma resposta DNS via UDP</translation>
    </message>
    <message>
        <source>%1: the ptr mechanism should not be used (RFC 7208 §5.5): it is slow and unreliable</source>
        <translation>%1: o mecanismo ptr não deve ser usado (RFC 7208 §5.5): é lento e pouco confiável</translation>
    </message>
    <message>
        <source>%1: include:%2 appears more than once</source>
        <translation>%1: include:%2 aparece mais de uma vez</translation>
    </message>
    <message>
        <source>%1: "%2" authorizes every host on the internet to send as this domain</source>
        <translation>%1: "%2" autoriza qualquer host da internet a enviar em nome deste domínio</translation>
    </message>
    <message>
        <source>%1: "?all" makes no statement about other hosts; use ~all or -all</source>
        <translation>%1: "?all" não declara nada sobre outros hosts; use ~all ou -all</translation>
    </message>
    <message>
        <source>No DNS resolver</source>
        <translation>Nenhum resolvedor DNS</translation>
    </message>
    <message>
        <source>%1 is included more than once in the SPF tree, or in a loop</source>
        <translation>%1 é incluído mais de uma vez na árvore SPF, ou em um loop</translation>
    </message>
    <message>
        <source>The include chain is deeper than 10 levels at %1</source>
        <translation>A cadeia de includes tem mais de 10 níveis de profundidade em %1</translation>
    </message>
    <message>
        <source>%1: a deprecated SPF (type 99) record is published; RFC 7208 uses only TXT</source>
        <translation>%1: há um registro SPF obsoleto (tipo 99) publicado; a RFC 7208 usa apenas TXT</translation>
    </message>
    <message>
        <source>%1: the SPF record could not be read (%2)</source>
        <translation>%1: o registro SPF não pôde ser lido (%2)</translation>
    </message>
    <message>
        <source>a DNS error</source>
        <translation>um erro de DNS</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 não tem registro SPF</translation>
    </message>
    <message>
        <source>%1 is included but has no SPF record (permerror)</source>
        <translation>%1 é incluído, mas não tem registro SPF (permerror)</translation>
    </message>
    <message>
        <source>a missing record</source>
        <translation>um registro ausente</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one (permerror)</source>
        <translation>%1 tem %2 registros SPF; deve haver exatamente um (permerror)</translation>
    </message>
    <message>
        <source>multiple records</source>
        <translation>vários registros</translation>
    </message>
    <message>
        <source>%1: syntax error at position %2 ("%3"): %4</source>
        <translation>%1: erro de sintaxe na posição %2 ("%3"): %4</translation>
    </message>
    <message>
        <source>a syntax error</source>
        <translation>um erro de sintaxe</translation>
    </message>
    <message>
        <source>macros</source>
        <translation>macros</translation>
    </message>
    <message>
        <source>a non-pass ip4/ip6 term</source>
        <translation>um termo ip4/ip6 que não é pass</translation>
    </message>
    <message>
        <source>a non-pass include</source>
        <translation>um include que não é pass</translation>
    </message>
    <message>
        <source>the ptr mechanism</source>
        <translation>o mecanismo ptr</translation>
    </message>
    <message>
        <source>the exists mechanism</source>
        <translation>o mecanismo exists</translation>
    </message>
    <message>
        <source>a non-pass a/mx term</source>
        <translation>um termo a/mx que não é pass</translation>
    </message>
    <message>
        <source>%1: "%2" names %3, which has no A/AAAA records</source>
        <translation>%1: "%2" indica %3, que não tem registros A/AAAA</translation>
    </message>
    <message>
        <source>%1: "%2" names %3, which has no MX records</source>
        <translation>%1: "%2" indica %3, que não tem registros MX</translation>
    </message>
    <message>
        <source>%1: %2 has %3 MX records; the mx mechanism allows at most 10 (permerror)</source>
        <translation>%1: %2 tem %3 registros MX; o mecanismo mx permite no máximo 10 (permerror)</translation>
    </message>
    <message>
        <source>%1: the SPF tree needs %2 DNS lookups; more than 10 is a permerror (RFC 7208 §4.6.4)</source>
        <translation>%1: a árvore SPF precisa de %2 consultas DNS; mais de 10 é um permerror (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>%1: the SPF tree has %2 void lookups; more than 2 is a permerror</source>
        <translation>%1: a árvore SPF tem %2 consultas vazias; mais de 2 é um permerror</translation>
    </message>
</context>
<context>
    <name>SpfMacro</name>
    <message>
        <source>A "%" at the end must be written "%%"</source>
        <translation>Um "%" no final deve ser escrito "%%"</translation>
    </message>
    <message>
        <source>A "%" must be followed by "{", "%", "_" or "-"</source>
        <translation>Um "%" deve ser seguido de "{", "%", "_" ou "-"</translation>
    </message>
    <message>
        <source>Non-ASCII character in the record</source>
        <translation>Caractere não ASCII no registro</translation>
    </message>
    <message>
        <source>Invalid character (code %1)</source>
        <translation>Caractere inválido (código %1)</translation>
    </message>
    <message>
        <source>The domain is empty</source>
        <translation>O domínio está vazio</translation>
    </message>
    <message>
        <source>"%1" is not a domain name (no dot before the top-level label)</source>
        <translation>"%1" não é um nome de domínio (não há ponto antes do rótulo de nível superior)</translation>
    </message>
    <message>
        <source>"%1" does not end in a valid top-level label</source>
        <translation>"%1" não termina em um rótulo de nível superior válido</translation>
    </message>
    <message>
        <source>Unterminated macro: "%{" at the end</source>
        <translation>Macro não terminada: "%{" no final</translation>
    </message>
    <message>
        <source>Unknown macro letter "%1"</source>
        <translation>Letra de macro desconhecida "%1"</translation>
    </message>
    <message>
        <source>The macro letter "%1" is only allowed in explanation text</source>
        <translation>A letra de macro "%1" só é permitida no texto de explicação</translation>
    </message>
    <message>
        <source>A macro's digit transformer must not be zero</source>
        <translation>O transformador de dígitos de uma macro não pode ser zero</translation>
    </message>
    <message>
        <source>Malformed macro: expected "}"</source>
        <translation>Macro malformada: esperado "}"</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>The record does not start with "v=spf1" followed by a space</source>
        <translation>O registro não começa com "v=spf1" seguido de um espaço</translation>
    </message>
    <message>
        <source>The modifier "%1" appears more than once</source>
        <translation>O modificador "%1" aparece mais de uma vez</translation>
    </message>
    <message>
        <source>Invalid %1= domain: %2</source>
        <translation>Domínio %1= inválido: %2</translation>
    </message>
    <message>
        <source>Invalid value of the modifier "%1": %2</source>
        <translation>Valor inválido do modificador "%1": %2</translation>
    </message>
    <message>
        <source>"%1" needs ":" and a domain</source>
        <translation>"%1" requer ":" e um domínio</translation>
    </message>
    <message>
        <source>"%1" takes no prefix length</source>
        <translation>"%1" não aceita comprimento de prefixo</translation>
    </message>
    <message>
        <source>Invalid domain in "%1": %2</source>
        <translation>Domínio inválido em "%1": %2</translation>
    </message>
    <message>
        <source>"all" takes no arguments</source>
        <translation>"all" não aceita argumentos</translation>
    </message>
    <message>
        <source>Malformed "%1": expected [:domain][/ip4-prefix][//ip6-prefix]</source>
        <translation>"%1" malformado: esperado [:domínio][/prefixo-ip4][//prefixo-ip6]</translation>
    </message>
    <message>
        <source>Invalid IPv4 prefix length "/%1" (0 to 32, no leading zeros)</source>
        <translation>Comprimento de prefixo IPv4 inválido "/%1" (0 a 32, sem zeros à esquerda)</translation>
    </message>
    <message>
        <source>Invalid IPv6 prefix length "//%1" (0 to 128, no leading zeros)</source>
        <translation>Comprimento de prefixo IPv6 inválido "//%1" (0 a 128, sem zeros à esquerda)</translation>
    </message>
    <message>
        <source>"%1" needs ":" and an address</source>
        <translation>"%1" requer ":" e um endereço</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 address</source>
        <translation>"%1" não é um endereço IPv4</translation>
    </message>
    <message>
        <source>"%1" is not an IPv6 address</source>
        <translation>"%1" não é um endereço IPv6</translation>
    </message>
    <message>
        <source>Invalid prefix length "%1"</source>
        <translation>Comprimento de prefixo inválido "%1"</translation>
    </message>
    <message>
        <source>Empty mechanism</source>
        <translation>Mecanismo vazio</translation>
    </message>
    <message>
        <source>Unknown mechanism "%1"</source>
        <translation>Mecanismo desconhecido "%1"</translation>
    </message>
    <message>
        <source>The record is %1 characters long, more than the %2 this check reads (RFC 7208 §3.4 advises under 450 so it fits one UDP answer)</source>
        <translation>O registro tem %1 caracteres, mais do que os %2 que esta verificação lê (a RFC 7208 §3.4 recomenda menos de 450 para que caiba em uma resposta UDP)</translation>
    </message>
    <message numerus="yes">
        <source>The record has more than %n terms; the rest were not read</source>
        <translation>
            <numerusform>O registro tem mais de %n termo; o restante não foi lido</numerusform>
            <numerusform>O registro tem mais de %n termos; o restante não foi lido</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpfResult</name>
    <message numerus="yes">
        <source>%n void</source>
        <translation>
            <numerusform>%n vazia</numerusform>
            <numerusform>%n vazias</numerusform>
        </translation>
    </message>
    <message>
        <source>none: no SPF record</source>
        <translation>none: nenhum registro SPF</translation>
    </message>
    <message>
        <source>neutral: the domain makes no statement about this IP</source>
        <translation>neutral: o domínio não declara nada sobre este IP</translation>
    </message>
    <message>
        <source>pass: the IP is authorized</source>
        <translation>pass: o IP está autorizado</translation>
    </message>
    <message>
        <source>fail: the IP is not authorized</source>
        <translation>fail: o IP não está autorizado</translation>
    </message>
    <message>
        <source>softfail: the IP is probably not authorized</source>
        <translation>softfail: o IP provavelmente não está autorizado</translation>
    </message>
    <message>
        <source>temperror: a DNS error stopped the check</source>
        <translation>temperror: um erro de DNS interrompeu a verificação</translation>
    </message>
    <message>
        <source>permerror: the SPF record cannot be evaluated</source>
        <translation>permerror: o registro SPF não pode ser avaliado</translation>
    </message>
    <message>
        <source>SPF for %1</source>
        <translation>SPF de %1</translation>
    </message>
    <message>
        <source>%1 for %2 from %3</source>
        <translation>%1 para %2 a partir de %3</translation>
    </message>
    <message>
        <source>The domain's explanation: %1</source>
        <translation>A explicação do domínio: %1</translation>
    </message>
    <message>
        <source>Decided by "%1"</source>
        <translation>Decidido por "%1"</translation>
    </message>
    <message>
        <source>Publish this record at %1 (replacing the current SPF record).</source>
        <translation>Publique este registro em %1 (substituindo o registro SPF atual).</translation>
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
        <translation>correspondência</translation>
    </message>
    <message numerus="yes">
        <source>DNS lookups counted: %n of the 10 allowed</source>
        <translation>
            <numerusform>Consultas DNS contadas: %n das 10 permitidas</numerusform>
            <numerusform>Consultas DNS contadas: %n das 10 permitidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Check progress</source>
        <translation>Progresso da verificação</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Cancelar verificação</translation>
    </message>
    <message>
        <source>Stops the running check; results so far stay on screen</source>
        <translation>Interrompe a verificação em andamento; os resultados obtidos até agora permanecem na tela</translation>
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
        <translation>Os destinatários verificam se o seu domínio permite que seu servidor envie (SPF), se a mensagem está assinada (DKIM) e o que seu domínio pede que eles façam quando ambos falham (DMARC).</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>O que é verificado</translation>
    </message>
    <message>
        <source>SPF, DKIM and DMARC checks</source>
        <translation>Verificações de SPF, DKIM e DMARC</translation>
    </message>
    <message>
        <source>Chec&amp;ks of the domain:</source>
        <translation>&amp;Verificações do domínio:</translation>
    </message>
    <message>
        <source>SPF evaluation</source>
        <translation>Avaliação SPF</translation>
    </message>
    <message>
        <source>SPF &amp;evaluation, term by term (DNS lookups count against the limit of 10):</source>
        <translation>Avaliação &amp;SPF, termo por termo (as consultas DNS contam para o limite de 10):</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termo</translation>
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
        <translation>Observação</translation>
    </message>
    <message>
        <source>SPF evaluation tree</source>
        <translation>Árvore de avaliação SPF</translation>
    </message>
    <message>
        <source>Each SPF term with its result and the DNS lookups it used</source>
        <translation>Cada termo SPF com seu resultado e as consultas DNS que usou</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <translation>Alinhamento DMARC</translation>
    </message>
    <message>
        <source>Publish the suggested records at your DNS host (copy them with the button), wait for the TTL to pass, and re-run the checks. DMARC passes when SPF or DKIM passes for a domain that matches the From address.</source>
        <translation>Publique os registros sugeridos no seu provedor de DNS (copie-os com o botão), aguarde o TTL passar e execute as verificações novamente. O DMARC é aprovado quando o SPF ou o DKIM é aprovado para um domínio que corresponde ao endereço From.</translation>
    </message>
    <message>
        <source>Authentication checks cancelled.</source>
        <translation>Verificações de autenticação canceladas.</translation>
    </message>
    <message>
        <source>The bounce names no sender domain. Enter it on the first step (Facts for the checks).</source>
        <translation>A devolução não indica nenhum domínio de remetente. Informe-o na primeira etapa (Fatos para as verificações).</translation>
    </message>
    <message>
        <source>No DNS resolver: %1</source>
        <translation>Nenhum resolvedor DNS: %1</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>domínio %1</translation>
    </message>
    <message>
        <source>DKIM selector %1</source>
        <translation>seletor DKIM %1</translation>
    </message>
    <message>
        <source>SPF for the sending IP %1</source>
        <translation>SPF para o IP de envio %1</translation>
    </message>
    <message>
        <source>Checking %1.</source>
        <translation>Verificando %1.</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Verificado: %1</translation>
    </message>
    <message>
        <source>Authentication: %1 done (%2 of %3).</source>
        <translation>Autenticação: %1 concluída (%2 de %3).</translation>
    </message>
    <message>
        <source>Asking DNS…</source>
        <translation>Consultando o DNS…</translation>
    </message>
    <message>
        <source>No sending IP: SPF can only be evaluated for an IP. Enter it on the first step.</source>
        <translation>Nenhum IP de envio: o SPF só pode ser avaliado para um IP. Informe-o na primeira etapa.</translation>
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
        <translation>correspondeu: %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>não alcançado</translation>
    </message>
    <message numerus="yes">
        <source>SPF for %1 sending as %2: %3. %n DNS lookup(s) of the 10 allowed.</source>
        <translation>
            <numerusform>SPF para %1 enviando como %2: %3. %n consulta DNS das 10 permitidas.</numerusform>
            <numerusform>SPF para %1 enviando como %2: %3. %n consultas DNS das 10 permitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>From domain %1 (organizational domain %2).</source>
        <translation>Domínio From %1 (domínio organizacional %2).</translation>
    </message>
    <message>
        <source>SPF checks %1: %2.</source>
        <translation>O SPF verifica %1: %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <source>aligned with the From domain</source>
        <translation>alinhado com o domínio From</translation>
    </message>
    <message>
        <source>not aligned with the From domain</source>
        <translation>não alinhado com o domínio From</translation>
    </message>
    <message>
        <source>DKIM signs as %1: %2.</source>
        <translation>O DKIM assina como %1: %2.</translation>
    </message>
    <message>
        <source>The returned message shows no DKIM signature, so only SPF can make DMARC pass.</source>
        <translation>A mensagem devolvida não mostra nenhuma assinatura DKIM, então só o SPF pode fazer o DMARC ser aprovado.</translation>
    </message>
</context>
<context>
    <name>StepPageBlocklists</name>
    <message>
        <source>Receiving servers refuse mail from IP addresses and domains on public blocklists. This step asks each list about your sending IP and domain, and checks the IP's reverse DNS name.</source>
        <translation>Os servidores destinatários recusam e-mails de endereços IP e domínios que estão em listas de bloqueio públicas. Esta etapa consulta cada lista sobre seu IP e domínio de envio e verifica o nome de DNS reverso do IP.</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>O que é verificado</translation>
    </message>
    <message>
        <source>Blocklist summary</source>
        <translation>Resumo das listas de bloqueio</translation>
    </message>
    <message>
        <source>&amp;Blocklists:</source>
        <translation>&amp;Listas de bloqueio:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Lista de bloqueio</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Blocklist results</source>
        <translation>Resultados das listas de bloqueio</translation>
    </message>
    <message>
        <source>One row per blocklist and checked address: listed, clean or couldn't check</source>
        <translation>Uma linha por lista de bloqueio e endereço verificado: listado, limpo ou não foi possível verificar</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>&amp;Verificar novamente</translation>
    </message>
    <message>
        <source>Asks every blocklist again, for example after a removal request</source>
        <translation>Consulta novamente todas as listas de bloqueio, por exemplo após uma solicitação de remoção</translation>
    </message>
    <message>
        <source>Open &amp;removal page</source>
        <translation>Abrir página de &amp;remoção</translation>
    </message>
    <message>
        <source>Opens the selected blocklist's removal or lookup page in the web browser</source>
        <translation>Abre no navegador a página de remoção ou de consulta da lista de bloqueio selecionada</translation>
    </message>
    <message>
        <source>Reverse DNS of the sending IP:</source>
        <translation>DNS reverso do IP de envio:</translation>
    </message>
    <message>
        <source>Reverse DNS results</source>
        <translation>Resultados do DNS reverso</translation>
    </message>
    <message>
        <source>Listed: the list names your IP or domain; follow its removal page after fixing the reason (an infected device, an open relay, a compromised account). Couldn't check: the list did not answer or refuses your DNS resolver — this says nothing about a listing.</source>
        <translation>Listado: a lista indica seu IP ou domínio; use a página de remoção dela depois de corrigir o motivo (um dispositivo infectado, um relay aberto, uma conta comprometida). Não foi possível verificar: a lista não respondeu ou recusa seu resolvedor DNS — isso não diz nada sobre uma listagem.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n list(s).</source>
        <translation>
            <numerusform>Cancelado após %n lista.</numerusform>
            <numerusform>Cancelado após %n listas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocklist checks cancelled.</source>
        <translation>Verificações das listas de bloqueio canceladas.</translation>
    </message>
    <message>
        <source>sending IP %1</source>
        <translation>IP de envio %1</translation>
    </message>
    <message>
        <source>sender domain %1</source>
        <translation>domínio do remetente %1</translation>
    </message>
    <message>
        <source>The bounce gives no sending IP or sender domain. Enter them on the first step (Facts for the checks) to check the blocklists.</source>
        <translation>A devolução não informa nenhum IP de envio nem domínio de remetente. Informe-os na primeira etapa (Fatos para as verificações) para verificar as listas de bloqueio.</translation>
    </message>
    <message>
        <source>Checking %1.</source>
        <translation>Verificando %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>No DNS resolver: %1</source>
        <translation>Nenhum resolvedor DNS: %1</translation>
    </message>
    <message>
        <source>The blocklist catalogue could not be loaded: %1</source>
        <translation>Não foi possível carregar o catálogo de listas de bloqueio: %1</translation>
    </message>
    <message>
        <source>Asking the blocklists…</source>
        <translation>Consultando as listas de bloqueio…</translation>
    </message>
    <message>
        <source>Blocklists: checking %1…</source>
        <translation>Listas de bloqueio: verificando %1…</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listado</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Limpo</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>Não foi possível verificar</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Listed on %1, clean on %2, couldn't check %3.</source>
        <translation>Listado em %1, limpo em %2, não foi possível verificar %3.</translation>
    </message>
    <message>
        <source>Blocklists done: %1 listed, %2 clean, %3 couldn't check.</source>
        <translation>Listas de bloqueio concluídas: %1 listado(s), %2 limpo(s), %3 não foi possível verificar.</translation>
    </message>
    <message>
        <source>Could not open a web browser. The page is: %1</source>
        <translation>Não foi possível abrir um navegador. A página é: %1</translation>
    </message>
</context>
<context>
    <name>StepPageContent</name>
    <message>
        <source>Spam filters judge the message itself and how you send: links, attachments, size, and sudden jumps in volume. This advice comes from the message that came back with the bounce.</source>
        <translation>Os filtros de spam avaliam a própria mensagem e a forma como você envia: links, anexos, tamanho e saltos repentinos de volume. Estas recomendações vêm da mensagem que voltou com a devolução.</translation>
    </message>
    <message>
        <source>What the bounce says about content</source>
        <translation>O que a devolução diz sobre o conteúdo</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Recomendações:</translation>
    </message>
    <message>
        <source>Content advice</source>
        <translation>Recomendações de conteúdo</translation>
    </message>
    <message>
        <source>Send a plain test message without links or attachments to the same recipient. If it arrives, the content was the problem; add elements back one at a time.</source>
        <translation>Envie uma mensagem de teste simples, sem links nem anexos, para o mesmo destinatário. Se ela chegar, o problema era o conteúdo; adicione os elementos de volta um de cada vez.</translation>
    </message>
    <message>
        <source>Paste a bounce first.</source>
        <translation>Cole uma devolução primeiro.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>The bounce does not blame the content.</source>
        <translation>A devolução não culpa o conteúdo.</translation>
    </message>
    <message>
        <source>Returned message</source>
        <translation>Mensagem devolvida</translation>
    </message>
    <message>
        <source>The bounce did not include your message, so its content cannot be judged.</source>
        <translation>A devolução não incluiu sua mensagem, então o conteúdo dela não pode ser avaliado.</translation>
    </message>
    <message>
        <source>If your mail program can show the full bounce (with the returned message), paste that instead.</source>
        <translation>Se o seu programa de e-mail puder mostrar a devolução completa (com a mensagem devolvida), cole-a em vez disso.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>No links.</source>
        <translation>Nenhum link.</translation>
    </message>
    <message>
        <source>The body did not come back; links are unknown.</source>
        <translation>O corpo não voltou; os links são desconhecidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s); %1 to other domains than yours.</source>
        <translation>
            <numerusform>%n link; %1 para domínios diferentes do seu.</numerusform>
            <numerusform>%n links; %1 para domínios diferentes do seu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters rate every linked domain. Link to your own domain, avoid URL shorteners and tracking redirects, and keep the number of links small.</source>
        <translation>Os filtros avaliam cada domínio com link. Use links para o seu próprio domínio, evite encurtadores de URL e redirecionamentos de rastreamento e mantenha poucos links.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s), all to your own domain.</source>
        <translation>
            <numerusform>%n link, para o seu próprio domínio.</numerusform>
            <numerusform>%n links, todos para o seu próprio domínio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Nenhum anexo.</translation>
    </message>
    <message>
        <source>Attachments that filters often block: %1</source>
        <translation>Anexos que os filtros costumam bloquear: %1</translation>
    </message>
    <message>
        <source>Share such files through a link to a file service instead of attaching them.</source>
        <translation>Compartilhe esses arquivos por meio de um link para um serviço de arquivos em vez de anexá-los.</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anexos: %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>The message body is %1.</source>
        <translation>O corpo da mensagem tem %1.</translation>
    </message>
    <message>
        <source>Many servers refuse messages over 10–25 MB. Send large files as a link.</source>
        <translation>Muitos servidores recusam mensagens acima de 10–25 MB. Envie arquivos grandes como link.</translation>
    </message>
    <message>
        <source>Sending activity</source>
        <translation>Atividade de envio</translation>
    </message>
    <message>
        <source>Sudden volume from a new IP or domain looks like spam to receivers.</source>
        <translation>Um volume repentino vindo de um IP ou domínio novo parece spam para os destinatários.</translation>
    </message>
    <message>
        <source>If you recently started sending much more mail (a newsletter, a new server), ramp up over days, send only to people who asked for it, and offer a one-click unsubscribe.</source>
        <translation>Se você começou recentemente a enviar muito mais e-mails (uma newsletter, um novo servidor), aumente o volume ao longo de vários dias, envie apenas para pessoas que pediram e ofereça um cancelamento de inscrição com um clique.</translation>
    </message>
</context>
<context>
    <name>StepPageMailbox</name>
    <message>
        <source>The address exists, but the recipient's mailbox did not take the message. Only the recipient (or their mail administrator) can change that; here is what to tell them.</source>
        <translation>O endereço existe, mas a caixa de correio do destinatário não aceitou a mensagem. Só o destinatário (ou o administrador de e-mail dele) pode mudar isso; veja o que dizer a ele.</translation>
    </message>
    <message>
        <source>What the bounce says</source>
        <translation>O que a devolução diz</translation>
    </message>
    <message>
        <source>When to retry</source>
        <translation>Quando tentar novamente</translation>
    </message>
    <message>
        <source>&amp;Message to send the recipient by another way (phone, chat, another address):</source>
        <translation>&amp;Mensagem para enviar ao destinatário por outro meio (telefone, chat, outro endereço):</translation>
    </message>
    <message>
        <source>Message for the recipient</source>
        <translation>Mensagem para o destinatário</translation>
    </message>
    <message>
        <source>A ready-to-send text; edit it as you like and copy it</source>
        <translation>Um texto pronto para enviar; edite-o como quiser e copie-o</translation>
    </message>
    <message>
        <source>Cop&amp;y message</source>
        <translation>Cop&amp;iar mensagem</translation>
    </message>
    <message>
        <source>Copies the message above to the clipboard</source>
        <translation>Copia a mensagem acima para a área de transferência</translation>
    </message>
    <message>
        <source>I have &amp;told the recipient</source>
        <translation>&amp;Avisei o destinatário</translation>
    </message>
    <message>
        <source>Marks this step as done</source>
        <translation>Marca esta etapa como concluída</translation>
    </message>
    <message>
        <source>Message copied to the clipboard.</source>
        <translation>Mensagem copiada para a área de transferência.</translation>
    </message>
    <message>
        <source>A full or disabled mailbox is on the recipient's side. Send them the text by another channel; retry only when the bounce says the problem is temporary or after they have fixed it.</source>
        <translation>Uma caixa de correio cheia ou desativada é um problema do lado do destinatário. Envie o texto a ele por outro canal; tente novamente apenas quando a devolução disser que o problema é temporário ou depois que ele o tiver corrigido.</translation>
    </message>
    <message>
        <source>%1: %2
“%3”</source>
        <translation>%1: %2
“%3”</translation>
    </message>
    <message>
        <source>The bounce does not point to the recipient's mailbox.</source>
        <translation>A devolução não aponta para a caixa de correio do destinatário.</translation>
    </message>
    <message>
        <source>Retry after the recipient has made room — usually within a day or two. Many servers retry a full mailbox on their own for a few days; after a permanent 5.2.2 they do not.</source>
        <translation>Tente novamente depois que o destinatário liberar espaço — geralmente em um ou dois dias. Muitos servidores tentam novamente sozinhos por alguns dias quando a caixa de correio está cheia; após um 5.2.2 permanente, não tentam.</translation>
    </message>
    <message>
        <source>your mailbox is full, so my message was returned. Could you delete or archive some mail and tell me when I can send it again?</source>
        <translation>sua caixa de correio está cheia, por isso minha mensagem foi devolvida. Você poderia excluir ou arquivar alguns e-mails e me avisar quando eu puder enviá-la novamente?</translation>
    </message>
    <message>
        <source>Do not retry this address: it is closed or suspended. Ask for a current address instead.</source>
        <translation>Não tente novamente este endereço: ele está encerrado ou suspenso. Peça um endereço atual.</translation>
    </message>
    <message>
        <source>my message to this address was returned because the mailbox is closed or suspended. Do you have another address I should use?</source>
        <translation>minha mensagem para este endereço foi devolvida porque a caixa de correio está encerrada ou suspensa. Você tem outro endereço que eu deva usar?</translation>
    </message>
    <message>
        <source>Retry only after the recipient (or their administrator) has allowed mail from you.</source>
        <translation>Tente novamente somente depois que o destinatário (ou o administrador dele) tiver permitido e-mails seus.</translation>
    </message>
    <message>
        <source>your mail server refused my message (%1). Could you ask your mail administrator to allow mail from my address or domain, and tell me when it is done?</source>
        <translation>seu servidor de e-mail recusou minha mensagem (%1). Você poderia pedir ao administrador de e-mail que permita mensagens do meu endereço ou domínio e me avisar quando isso estiver feito?</translation>
    </message>
    <message>
        <source>Nothing in the bounce concerns the recipient's mailbox; this step can be skipped.</source>
        <translation>Nada na devolução diz respeito à caixa de correio do destinatário; esta etapa pode ser ignorada.</translation>
    </message>
    <message>
        <source>my message to you was returned by your mail server. Could you check that your mailbox can receive mail from me?</source>
        <translation>minha mensagem para você foi devolvida pelo seu servidor de e-mail. Você poderia verificar se sua caixa de correio pode receber e-mails meus?</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>seu endereço</translation>
    </message>
    <message>
        <source>Hello,

I tried to email you at %1, but %2

Thank you!</source>
        <translation>Olá,

Tentei enviar um e-mail para você em %1, mas %2

Obrigado(a)!</translation>
    </message>
</context>
<context>
    <name>StepPagePaste</name>
    <message>
        <source>Paste the bounce message you received — the whole message if you have it, or just the error text. You can also drop an .eml or .txt file here. The analysis starts as soon as you stop typing.</source>
        <translation>Cole a mensagem de devolução que você recebeu — a mensagem inteira, se tiver, ou apenas o texto do erro. Você também pode soltar um arquivo .eml ou .txt aqui. A análise começa assim que você para de digitar.</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir arquivo…</translation>
    </message>
    <message>
        <source>Opens a saved bounce message (.eml or .txt)</source>
        <translation>Abre uma mensagem de devolução salva (.eml ou .txt)</translation>
    </message>
    <message>
        <source>&amp;Paste from clipboard</source>
        <translation>&amp;Colar da área de transferência</translation>
    </message>
    <message>
        <source>Replaces the text below with the clipboard's contents</source>
        <translation>Substitui o texto abaixo pelo conteúdo da área de transferência</translation>
    </message>
    <message>
        <source>Sa&amp;mple bounces</source>
        <translation>&amp;Exemplos de devolução</translation>
    </message>
    <message>
        <source>Loads an example bounce to see how the analysis works</source>
        <translation>Carrega um exemplo de devolução para ver como a análise funciona</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>Empties the bounce text; Undo brings it back</source>
        <translation>Esvazia o texto da devolução; Desfazer o traz de volta</translation>
    </message>
    <message>
        <source>Bounce te&amp;xt:</source>
        <translation>&amp;Texto da devolução:</translation>
    </message>
    <message>
        <source>Paste the bounce here (Ctrl+V), or drop a file…</source>
        <translation>Cole a devolução aqui (Ctrl+V) ou solte um arquivo…</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>Texto da devolução</translation>
    </message>
    <message>
        <source>The bounce message to analyse. Evidence that decided the cause is highlighted.</source>
        <translation>A mensagem de devolução a analisar. As evidências que determinaram a causa ficam destacadas.</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>Status da análise</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Cause explained</source>
        <translation>Causa explicada</translation>
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
        <translation>Etapas de correção aplicáveis</translation>
    </message>
    <message>
        <source>Sending server</source>
        <translation>Servidor de envio</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>O que não pôde ser lido</translation>
    </message>
    <message>
        <source>Recipien&amp;ts:</source>
        <translation>&amp;Destinatários:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>One row per recipient with its status, reply code, reason and cause</source>
        <translation>Uma linha por destinatário, com status, código de resposta, motivo e causa</translation>
    </message>
    <message>
        <source>Facts for the checks</source>
        <translation>Fatos para as verificações</translation>
    </message>
    <message>
        <source>Sending &amp;IP:</source>
        <translation>&amp;IP de envio:</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>IP de envio</translation>
    </message>
    <message>
        <source>The public IP address of the server that sent your message</source>
        <translation>O endereço IP público do servidor que enviou sua mensagem</translation>
    </message>
    <message>
        <source>HE&amp;LO name:</source>
        <translation>Nome HE&amp;LO:</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>Nome HELO</translation>
    </message>
    <message>
        <source>The name your server introduced itself with</source>
        <translation>O nome com que seu servidor se apresentou</translation>
    </message>
    <message>
        <source>Sen&amp;der domain:</source>
        <translation>Domínio do &amp;remetente:</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Domínio do remetente</translation>
    </message>
    <message>
        <source>The domain of your address, checked for SPF, DKIM and DMARC</source>
        <translation>O domínio do seu endereço, verificado quanto a SPF, DKIM e DMARC</translation>
    </message>
    <message>
        <source>Recipient dom&amp;ain:</source>
        <translation>Domínio do destin&amp;atário:</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Domínio do destinatário</translation>
    </message>
    <message>
        <source>The domain of the address that bounced</source>
        <translation>O domínio do endereço que foi devolvido</translation>
    </message>
    <message>
        <source>DKIM s&amp;elector:</source>
        <translation>&amp;Seletor DKIM:</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>Seletor DKIM</translation>
    </message>
    <message>
        <source>The s= tag of your message's DKIM signature</source>
        <translation>A tag s= da assinatura DKIM da sua mensagem</translation>
    </message>
    <message>
        <source>D&amp;KIM domain:</source>
        <translation>Domínio D&amp;KIM:</translation>
    </message>
    <message>
        <source>DKIM domain</source>
        <translation>Domínio DKIM</translation>
    </message>
    <message>
        <source>The d= tag of your message's DKIM signature</source>
        <translation>A tag d= da assinatura DKIM da sua mensagem</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>Lendo a devolução…</translation>
    </message>
    <message>
        <source>Gmail: address not found (5.1.1)</source>
        <translation>Gmail: endereço não encontrado (5.1.1)</translation>
    </message>
    <message>
        <source>Microsoft 365: banned sending IP (5.7.606)</source>
        <translation>Microsoft 365: IP de envio banido (5.7.606)</translation>
    </message>
    <message>
        <source>Gmail via Postfix: DMARC policy (5.7.26)</source>
        <translation>Gmail via Postfix: política DMARC (5.7.26)</translation>
    </message>
    <message>
        <source>Exim: mailbox full (5.2.2)</source>
        <translation>Exim: caixa de correio cheia (5.2.2)</translation>
    </message>
    <message>
        <source>Paste a bounce first: the next steps start from what it says.</source>
        <translation>Cole uma devolução primeiro: as próximas etapas partem do que ela diz.</translation>
    </message>
    <message>
        <source>Analysis cancelled. Edit the text or press Next to run it again.</source>
        <translation>Análise cancelada. Edite o texto ou pressione Avançar para executá-la novamente.</translation>
    </message>
    <message>
        <source>Paste the bounce (the message that says your mail was not delivered). Bounce Doctor reads the codes and wording, names the cause, highlights the words that decided it, and picks the fix steps that apply. Correct a fact (for example the sending IP) if it was read wrongly; the later checks use these fields.</source>
        <translation>Cole a devolução (a mensagem que diz que seu e-mail não foi entregue). O Bounce Doctor lê os códigos e o texto, indica a causa, destaca as palavras que a determinaram e escolhe as etapas de correção aplicáveis. Corrija um fato (por exemplo, o IP de envio) se ele tiver sido lido incorretamente; as verificações seguintes usam estes campos.</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>Abrir uma devolução</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt *.msg *.mbox);;All files (*)</source>
        <translation>Mensagens (*.eml *.txt *.msg *.mbox);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; that is not a bounce message.</source>
        <translation>%1 tem mais de 32 MB; isso não é uma mensagem de devolução.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Opened %1 (%2).</source>
        <translation>%1 aberto (%2).</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the bounce in your mail program first.</source>
        <translation>A área de transferência não contém texto. Copie primeiro a devolução no seu programa de e-mail.</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>Analisando %1…</translation>
    </message>
    <message>
        <source>Analysed %1 in %2 ms: %3.</source>
        <translation>%1 analisado em %2 ms: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 in %2 ms · format: %3 · %n recipient(s)</source>
        <translation>
            <numerusform>%1 lido em %2 ms · formato: %3 · %n destinatário</numerusform>
            <numerusform>%1 lido em %2 ms · formato: %3 · %n destinatários</numerusform>
        </translation>
    </message>
    <message>
        <source>unrecognised</source>
        <translation>não reconhecido</translation>
    </message>
    <message>
        <source>No finer reason could be named.</source>
        <translation>Não foi possível indicar um motivo mais preciso.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>resposta %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>confidence %1 %</source>
        <translation>confiança %1 %</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing to fix: this is not a permanent delivery failure.</source>
        <translation>Nada a corrigir: esta não é uma falha de entrega permanente.</translation>
    </message>
    <message>
        <source>No fix step could be chosen from this bounce; the checks in the list can still be run.</source>
        <translation>Nenhuma etapa de correção pôde ser escolhida a partir desta devolução; as verificações da lista ainda podem ser executadas.</translation>
    </message>
    <message>
        <source>Fix steps that apply (selected in the list): %1</source>
        <translation>Etapas de correção aplicáveis (selecionadas na lista): %1</translation>
    </message>
    <message>
        <source>Nothing analysed yet.</source>
        <translation>Nada analisado ainda.</translation>
    </message>
    <message>
        <source>Paste a bounce to see its cause.</source>
        <translation>Cole uma devolução para ver a causa.</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Evidências (%1)</translation>
    </message>
    <message>
        <source>Restored the bounce you were working on last time.</source>
        <translation>A devolução em que você estava trabalhando da última vez foi restaurada.</translation>
    </message>
</context>
<context>
    <name>StepPageRecipient</name>
    <message>
        <source>A mistyped or closed address is the most common reason for a bounce. This step checks the address and whether its domain can receive mail at all.</source>
        <translation>Um endereço digitado errado ou encerrado é o motivo mais comum de uma devolução. Esta etapa verifica o endereço e se o domínio dele pode receber e-mails.</translation>
    </message>
    <message>
        <source>What the bounce says</source>
        <translation>O que a devolução diz</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Endereço do destinatário</translation>
    </message>
    <message>
        <source>The address to check; correct it and press Check again</source>
        <translation>O endereço a verificar; corrija-o e pressione Verificar novamente</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Verificar novamente</translation>
    </message>
    <message>
        <source>Checks the address and its domain again</source>
        <translation>Verifica novamente o endereço e o domínio dele</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>Address syntax</source>
        <translation>Sintaxe do endereço</translation>
    </message>
    <message>
        <source>Typo hint</source>
        <translation>Sugestão de correção de digitação</translation>
    </message>
    <message>
        <source>Co&amp;rrected address:</source>
        <translation>Endereço co&amp;rrigido:</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>Endereço corrigido</translation>
    </message>
    <message>
        <source>Cop&amp;y corrected address</source>
        <translation>Cop&amp;iar endereço corrigido</translation>
    </message>
    <message>
        <source>Copies the corrected address to the clipboard</source>
        <translation>Copia o endereço corrigido para a área de transferência</translation>
    </message>
    <message>
        <source>Recipient domain checks</source>
        <translation>Verificações do domínio do destinatário</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>Check the address for typos. If the bounce says the mailbox does not exist but the domain is fine, ask the recipient for their current address by another channel (phone, another address).</source>
        <translation>Verifique se há erros de digitação no endereço. Se a devolução disser que a caixa de correio não existe, mas o domínio estiver correto, peça ao destinatário o endereço atual dele por outro canal (telefone, outro endereço).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(recipient not stated)</source>
        <translation>(destinatário não informado)</translation>
    </message>
    <message>
        <source>The bounce names no recipient; type the address below.</source>
        <translation>A devolução não indica nenhum destinatário; digite o endereço abaixo.</translation>
    </message>
    <message>
        <source>The bounce says:
%1</source>
        <translation>A devolução diz:
%1</translation>
    </message>
    <message>
        <source>Recipient checks cancelled.</source>
        <translation>Verificações do destinatário canceladas.</translation>
    </message>
    <message>
        <source>No address to check.</source>
        <translation>Nenhum endereço para verificar.</translation>
    </message>
    <message>
        <source>The address is well formed.</source>
        <translation>O endereço está bem formado.</translation>
    </message>
    <message>
        <source>The address is not well formed: it needs one name, an @ and a domain like example.com.</source>
        <translation>O endereço não está bem formado: ele precisa de um nome, um @ e um domínio como example.com.</translation>
    </message>
    <message>
        <source>“%1” looks like a typo of “%2”.</source>
        <translation>“%1” parece um erro de digitação de “%2”.</translation>
    </message>
    <message>
        <source>The domain could not be checked: %1</source>
        <translation>Não foi possível verificar o domínio: %1</translation>
    </message>
    <message>
        <source>Looking up the recipient's domain…</source>
        <translation>Consultando o domínio do destinatário…</translation>
    </message>
    <message>
        <source>Checking the domain %1 (MX, A/AAAA)…</source>
        <translation>Verificando o domínio %1 (MX, A/AAAA)…</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>The domain accepts mail, but its server says this mailbox does not exist. Confirm the address with the recipient by another channel.</source>
        <translation>O domínio aceita e-mails, mas o servidor dele diz que esta caixa de correio não existe. Confirme o endereço com o destinatário por outro canal.</translation>
    </message>
</context>
<context>
    <name>StepPageResend</name>
    <message>
        <source>Before you send the message again, make sure what caused the bounce is fixed: re-run the checks and compare. Resending too early can make a blocklisting or a reputation problem worse.</source>
        <translation>Antes de enviar a mensagem novamente, confirme que o que causou a devolução foi corrigido: execute as verificações novamente e compare. Reenviar cedo demais pode piorar uma listagem em lista de bloqueio ou um problema de reputação.</translation>
    </message>
    <message>
        <source>Chec&amp;klist:</source>
        <translation>Lista de &amp;verificação:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>O que foi encontrado</translation>
    </message>
    <message>
        <source>Fix checklist</source>
        <translation>Lista de verificação da correção</translation>
    </message>
    <message>
        <source>Each step that applies, its state now and before the re-run, and what was found</source>
        <translation>Cada etapa aplicável, seu estado agora e antes da nova execução, e o que foi encontrado</translation>
    </message>
    <message>
        <source>Re-r&amp;un all checks</source>
        <translation>Executar &amp;novamente todas as verificações</translation>
    </message>
    <message>
        <source>Runs every check of the steps again and compares with the first run</source>
        <translation>Executa novamente todas as verificações das etapas e compara com a primeira execução</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xportar relatório…</translation>
    </message>
    <message>
        <source>Saves the whole case: the bounce summary, evidence and every check result</source>
        <translation>Salva o caso inteiro: o resumo da devolução, as evidências e todos os resultados das verificações</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <source>Work through the steps marked “Needs action”, then press Re-run all checks. Resend only when nothing needs action; for a blocklisting, wait until the list has removed you.</source>
        <translation>Resolva as etapas marcadas como “Requer ação” e depois pressione Executar novamente todas as verificações. Reenvie apenas quando nada mais exigir ação; no caso de uma lista de bloqueio, aguarde até que a lista tenha removido você.</translation>
    </message>
    <message numerus="yes">
        <source>Re-running the checks of %n step(s)…</source>
        <translation>
            <numerusform>Executando novamente as verificações de %n etapa…</numerusform>
            <numerusform>Executando novamente as verificações de %n etapas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-running checks…</source>
        <translation>Executando as verificações novamente…</translation>
    </message>
    <message>
        <source>All checks re-run.</source>
        <translation>Todas as verificações foram executadas novamente.</translation>
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
        <translation>Nenhum problema encontrado.</translation>
    </message>
    <message>
        <source>Paste a bounce first.</source>
        <translation>Cole uma devolução primeiro.</translation>
    </message>
    <message>
        <source>Re-run all checks when you have made your changes; the advice to resend comes after that.</source>
        <translation>Execute novamente todas as verificações quando tiver feito suas alterações; a recomendação de reenviar vem depois disso.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n step(s) still need action. Fix them and re-run the checks before you resend.</source>
        <translation>
            <numerusform>Ainda não: %n etapa ainda requer ação. Corrija-a e execute as verificações novamente antes de reenviar.</numerusform>
            <numerusform>Ainda não: %n etapas ainda requerem ação. Corrija-as e execute as verificações novamente antes de reenviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing that could be checked needs action, but %n step(s) could not be checked. Resend one message first and watch for a new bounce before resending the rest.</source>
        <translation>
            <numerusform>Nada do que pôde ser verificado requer ação, mas não foi possível verificar %n etapa. Reenvie primeiro uma única mensagem e observe se chega uma nova devolução antes de reenviar as demais.</numerusform>
            <numerusform>Nada do que pôde ser verificado requer ação, mas não foi possível verificar %n etapas. Reenvie primeiro uma única mensagem e observe se chega uma nova devolução antes de reenviar as demais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything checked is in order. Resend the message — once, to the affected recipients only. If it bounces again, paste the new bounce.</source>
        <translation>Tudo o que foi verificado está em ordem. Reenvie a mensagem — uma vez, apenas para os destinatários afetados. Se ela for devolvida de novo, cole a nova devolução.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Relatório salvo em %1.</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Não foi possível salvar o relatório: %1</translation>
    </message>
    <message>
        <source>The bounce: %1</source>
        <translation>A devolução: %1</translation>
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
        <translation>Teste as configurações do servidor de saída do seu programa de e-mail ou site: o Bounce Doctor se conecta da mesma forma que eles e mostra, etapa por etapa, onde algo dá errado. Sua senha nunca é salva.</translation>
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
        <translation>Porta</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (porta 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (porta 465)</translation>
    </message>
    <message>
        <source>STARTTLS if offered</source>
        <translation>STARTTLS, se oferecido</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Nenhuma (sem criptografia)</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Segurança da conexão</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>empty: test without logging in</source>
        <translation>vazio: testar sem fazer login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Used for this test only and never saved</source>
        <translation>Usada apenas para este teste e nunca salva</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Método de autenticação</translation>
    </message>
    <message>
        <source>Sender address for the test</source>
        <translation>Endereço do remetente para o teste</translation>
    </message>
    <message>
        <source>empty: stop after logging in</source>
        <translation>vazio: parar após o login</translation>
    </message>
    <message>
        <source>Recipient address for the test</source>
        <translation>Endereço do destinatário para o teste</translation>
    </message>
    <message>
        <source>asked with RCPT TO, no message is sent</source>
        <translation>consultado com RCPT TO; nenhuma mensagem é enviada</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>Seg&amp;urança:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Au&amp;tenticação:</translation>
    </message>
    <message>
        <source>Sen&amp;der (optional):</source>
        <translation>Reme&amp;tente (opcional):</translation>
    </message>
    <message>
        <source>Recipien&amp;t (optional):</source>
        <translation>&amp;Destinatário (opcional):</translation>
    </message>
    <message>
        <source>Detect settin&amp;gs</source>
        <translation>Detectar &amp;configurações</translation>
    </message>
    <message>
        <source>Tries the usual ports and security modes of the server and fills in what works</source>
        <translation>Tenta as portas e os modos de segurança habituais do servidor e preenche o que funciona</translation>
    </message>
    <message>
        <source>Te&amp;st</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>Connects to the server with these settings and shows each step</source>
        <translation>Conecta-se ao servidor com estas configurações e mostra cada etapa</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificado do servidor</translation>
    </message>
    <message>
        <source>Trust this certificate for this test</source>
        <translation>Confiar neste certificado para este teste</translation>
    </message>
    <message>
        <source>Repeats the test accepting only this one certificate, identified by its SHA-256 fingerprint</source>
        <translation>Repete o teste aceitando apenas este certificado específico, identificado pela impressão digital SHA-256</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>Detalhes do TLS</translation>
    </message>
    <message>
        <source>Conve&amp;rsation with the server (passwords hidden):</source>
        <translation>Conve&amp;rsa com o servidor (senhas ocultas):</translation>
    </message>
    <message>
        <source>SMTP conversation</source>
        <translation>Conversa SMTP</translation>
    </message>
    <message>
        <source>SMTP test result</source>
        <translation>Resultado do teste SMTP</translation>
    </message>
    <message>
        <source>Use the same server, port and security as your mail program. Port 587 uses STARTTLS, port 465 uses SSL/TLS. The test logs in only if you give a user name, and never sends a message.</source>
        <translation>Use o mesmo servidor, porta e segurança do seu programa de e-mail. A porta 587 usa STARTTLS, a porta 465 usa SSL/TLS. O teste só faz login se você informar um nome de usuário, e nunca envia uma mensagem.</translation>
    </message>
    <message>
        <source>Enter the SMTP server's name first.</source>
        <translation>Informe primeiro o nome do servidor SMTP.</translation>
    </message>
    <message>
        <source>Testing %1:%2…</source>
        <translation>Testando %1:%2…</translation>
    </message>
    <message>
        <source>The server accepted these settings.</source>
        <translation>O servidor aceitou estas configurações.</translation>
    </message>
    <message>
        <source>The test stopped at: %1</source>
        <translation>O teste parou em: %1</translation>
    </message>
    <message>
        <source>Encrypted with %1, %2.</source>
        <translation>Criptografado com %1, %2.</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete.</source>
        <translation>O handshake TLS não foi concluído.</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid until %3.</source>
        <translation>Certificado: %1, emitido por %2, válido até %3.</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Nomes: %1</translation>
    </message>
    <message>
        <source>Trusted for this test by its fingerprint.</source>
        <translation>Confiável para este teste pela impressão digital.</translation>
    </message>
    <message>
        <source>No TLS was used.</source>
        <translation>Nenhum TLS foi usado.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1).
SHA-256 fingerprint: %2
Compare it with the one your provider publishes before trusting it.</source>
        <translation>O certificado do servidor não é confiável (%1).
Impressão digital SHA-256: %2
Compare-a com a que seu provedor publica antes de confiar nele.</translation>
    </message>
    <message>
        <source>Enter your address (as sender or user name) or the server's name to detect settings.</source>
        <translation>Informe seu endereço (como remetente ou nome de usuário) ou o nome do servidor para detectar as configurações.</translation>
    </message>
    <message>
        <source>Detect: %1:%2 (%3) — %4</source>
        <translation>Detecção: %1:%2 (%3) — %4</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message numerus="yes">
        <source>No working settings were found (%n combination(s) tried).</source>
        <translation>
            <numerusform>Nenhuma configuração funcional foi encontrada (%n combinação testada).</numerusform>
            <numerusform>Nenhuma configuração funcional foi encontrada (%n combinações testadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Found: %1, port %2, %3. Press Test to check it with your login.</source>
        <translation>Encontrado: %1, porta %2, %3. Pressione Testar para verificar com seu login.</translation>
    </message>
    <message>
        <source>Trying the usual servers and ports…</source>
        <translation>Testando os servidores e portas habituais…</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>To do</source>
        <translation>A fazer</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Requer ação</translation>
    </message>
    <message>
        <source>Couldn't check</source>
        <translation>Não foi possível verificar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <source>"%1" at position %2 is not of the form tag=value.</source>
        <translation>"%1" na posição %2 não está no formato tag=valor.</translation>
    </message>
    <message>
        <source>"%1" at position %2 is not a valid tag name.</source>
        <translation>"%1" na posição %2 não é um nome de tag válido.</translation>
    </message>
</context>
<context>
    <name>TlsRptCheck</name>
    <message>
        <source>The tag %1= appears more than once.</source>
        <translation>A tag %1= aparece mais de uma vez.</translation>
    </message>
    <message>
        <source>The record must start with v=TLSRPTv1.</source>
        <translation>O registro deve começar com v=TLSRPTv1.</translation>
    </message>
    <message>
        <source>The record has no rua= tag, which is required.</source>
        <translation>O registro não tem a tag rua=, que é obrigatória.</translation>
    </message>
    <message>
        <source>rua= holds "%1"; only mailto: and https: URIs are allowed.</source>
        <translation>rua= contém "%1"; apenas URIs mailto: e https: são permitidos.</translation>
    </message>
    <message>
        <source>TLS reporting of %1</source>
        <translation>Relatórios de TLS de %1</translation>
    </message>
    <message>
        <source>No valid domain name was given.</source>
        <translation>Nenhum nome de domínio válido foi informado.</translation>
    </message>
    <message>
        <source>%1 does not publish TLS reporting (optional: senders would report TLS failures to you).</source>
        <translation>%1 não publica relatórios de TLS (opcional: os remetentes informariam a você as falhas de TLS).</translation>
    </message>
    <message numerus="yes">
        <source>_smtp._tls.%1 has %n TLS-RPT records; with more than one, senders ignore them (RFC 8460 §3).</source>
        <translation>
            <numerusform>_smtp._tls.%1 tem %n registro TLS-RPT; com mais de um, os remetentes os ignoram (RFC 8460 §3).</numerusform>
            <numerusform>_smtp._tls.%1 tem %n registros TLS-RPT; com mais de um, os remetentes os ignoram (RFC 8460 §3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one v=TLSRPTv1 record.</source>
        <translation>Mantenha exatamente um registro v=TLSRPTv1.</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 is invalid: %2</source>
        <translation>O registro TLS-RPT de %1 é inválido: %2</translation>
    </message>
    <message>
        <source>Publish "v=TLSRPTv1; rua=mailto:tls-reports@%1".</source>
        <translation>Publique "v=TLSRPTv1; rua=mailto:tls-reports@%1".</translation>
    </message>
    <message>
        <source>%1 publishes TLS reporting (%2).</source>
        <translation>%1 publica relatórios de TLS (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Troubleshoot SMTP bounces step by step.</source>
        <translation>Soluciona devoluções SMTP etapa por etapa.</translation>
    </message>
    <message>
        <source>Use this DNS server (HOST[:PORT]) for the checks.</source>
        <translation>Usa este servidor DNS (HOST[:PORTA]) para as verificações.</translation>
    </message>
    <message>
        <source>Render every step to PNG files in DIR and exit.</source>
        <translation>Renderiza cada etapa em arquivos PNG em DIR e sai.</translation>
    </message>
    <message>
        <source>With --screenshot: the sample bounce to show.</source>
        <translation>Com --screenshot: o exemplo de devolução a mostrar.</translation>
    </message>
    <message>
        <source>A bounce message to open.</source>
        <translation>Uma mensagem de devolução a abrir.</translation>
    </message>
</context>
</TS>
