#!/bin/bash
# A throw-away Postfix instance under $PF listening only on 127.0.0.1 (from the shared recipe):
#   2525 submission (STARTTLS mandatory, AUTH required)
#   4465 smtps (implicit TLS, AUTH required)
#   2526 "MX-like" (STARTTLS optional, no AUTH, relay only to local domains,
#        blocked@example.test rejected as sender)
# Usage: PF=DIR pf-setup.sh CERT KEY   (then: /usr/lib/postfix/sbin/master -c $PF/etc -d)
set -euo pipefail
PF=${PF:?PF dir}
CERT=$1 KEY=$2
SMTP_USER=${SMTP_USER:-test} SMTP_REALM=${SMTP_REALM:-localhost} SMTP_PASS=${SMTP_PASS:-s3cret}
P_SUB=${P_SUB:-2525} P_SMTPS=${P_SMTPS:-4465} P_MX=${P_MX:-2526}

rm -rf "$PF"; mkdir -p "$PF/etc/sasl" "$PF/queue" "$PF/data" "$PF/log"
install -m 0644 "$CERT" "$PF/etc/tls.crt"
install -m 0600 "$KEY"  "$PF/etc/tls.key"

cat > "$PF/etc/main.cf" <<CF
compatibility_level = 3.6
queue_directory = $PF/queue
data_directory  = $PF/data
meta_directory  = /etc/postfix
daemon_directory = /usr/lib/postfix/sbin
shlib_directory = /usr/lib/postfix
mail_owner = postfix
setgid_group = postdrop
maillog_file_prefixes = $PF, /var, /dev/stdout
maillog_file = $PF/log/maillog
myhostname = mail.test.localhost
mydomain = test.localhost
myorigin = localhost
mydestination = localhost, example.test
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.1/32
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
local_recipient_maps = inline:{ test=ok, postmaster=ok }
alias_maps =
alias_database =
local_transport = discard:
default_transport = discard:
relay_transport = discard:
smtp_host_lookup = native
disable_dns_lookups = yes
smtpd_peername_lookup = no
biff = no
smtpd_tls_chain_files = $PF/etc/tls.key, $PF/etc/tls.crt
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
smtpd_sasl_type = cyrus
smtpd_sasl_path = smtpd
cyrus_sasl_config_path = $PF/etc/sasl
smtpd_sasl_auth_enable = no
smtpd_sasl_local_domain =
broken_sasl_auth_clients = no
mua_sender_restrictions = permit_sasl_authenticated, check_sender_access static:{530 5.7.0 Authentication required}
mx_sender_restrictions = check_sender_access inline:{ {blocked@example.test=REJECT not allowed} }
message_size_limit = 10240000
smtpd_error_sleep_time = 0
smtpd_soft_error_limit = 100
smtpd_hard_error_limit = 100
CF

cat > "$PF/etc/master.cf" <<CF
127.0.0.1:$P_SUB         inet  n       -      n      -      -       smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
  -o smtpd_delay_reject=no
  -o smtpd_client_restrictions=
  -o smtpd_sender_restrictions=\$mua_sender_restrictions
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
127.0.0.1:$P_SMTPS         inet  n       -      n      -      -       smtpd
  -o syslog_name=postfix/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_delay_reject=no
  -o smtpd_sender_restrictions=\$mua_sender_restrictions
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
127.0.0.1:$P_MX         inet  n       -      n      -      -       smtpd
  -o syslog_name=postfix/mx
  -o smtpd_delay_reject=no
  -o smtpd_sender_restrictions=\$mx_sender_restrictions
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
CF

cat > "$PF/etc/sasl/smtpd.conf" <<CF
pwcheck_method: auxprop
auxprop_plugin: sasldb
sasldb_path: $PF/etc/sasldb2
mech_list: PLAIN LOGIN CRAM-MD5 DIGEST-MD5
CF

echo -n "$SMTP_PASS" | saslpasswd2 -p -c -f "$PF/etc/sasldb2" -u "$SMTP_REALM" "$SMTP_USER"
chown root:postfix "$PF/etc/sasldb2"; chmod 0640 "$PF/etc/sasldb2"
postfix -c "$PF/etc" set-permissions >/dev/null 2>&1 || true
postfix -c "$PF/etc" check
