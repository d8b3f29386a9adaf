#!/bin/bash
# Test certificates for the SMTP TLS diagnosis tests, made at test time (OpenSSL 3.0).
#   ca.{crt,key}          private test CA (the tests pass ca.crt as the custom CA file)
#   good.{crt,key}        CA-signed; SAN localhost, 127.0.0.1, smtp./mail.example.test
#   wrongname.{crt,key}   CA-signed; SAN mail.example.invalid        -> host name mismatch
#   expired.{crt,key}     CA-signed; valid 2020-01-01 .. 2021-01-01   -> expired
#   selfsigned.{crt,key}  self-signed; SAN localhost, 127.0.0.1       -> self-signed
# usage: make-certs.sh OUTDIR
set -euo pipefail
OUT=${1:?outdir}; mkdir -p "$OUT"; cd "$OUT"
q() { "$@" 2>/dev/null; }

q openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 -days 3650 -keyout selfsigned.key -out selfsigned.crt \
  -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1"

q openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 -days 3650 -keyout ca.key -out ca.crt \
  -subj "/CN=Bounce Doctor Test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"

leaf() {  # leaf NAME CN SAN
  q openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$1.key" -out "$1.csr" -subj "/CN=$2"
  printf "subjectAltName=%s\nextendedKeyUsage=serverAuth\n" "$3" > "$1.ext"
  q openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -sha256 \
    -extfile "$1.ext" -out "$1.crt"
}
leaf good localhost "DNS:localhost,IP:127.0.0.1,DNS:smtp.example.test,DNS:mail.example.test,DNS:mx.example.test,DNS:smtp.smtp.test,DNS:mail.smtp.test,DNS:mx.smtp.test"
leaf wrongname mail.example.invalid "DNS:mail.example.invalid"

# 'openssl x509 -req' in 3.0 cannot back-date; 'openssl ca' can (-startdate/-enddate).
mkdir -p ca-db; : > ca-db/index.txt; echo 1000 > ca-db/serial
cat > ca-db/ca.cnf <<'CNF'
[ ca ]
default_ca = testca
[ testca ]
dir = ./ca-db
database = $dir/index.txt
new_certs_dir = $dir
serial = $dir/serial
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
[ anything ]
commonName = supplied
[ v3_leaf ]
subjectAltName = DNS:localhost,IP:127.0.0.1
extendedKeyUsage = serverAuth
CNF
q openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout expired.key -out expired.csr -subj "/CN=localhost"
q openssl ca -batch -config ca-db/ca.cnf -cert ca.crt -keyfile ca.key -in expired.csr -out expired.crt \
  -extensions v3_leaf -startdate 20200101000000Z -enddate 20210101000000Z -notext
rm -f ./*.csr ./*.ext
openssl verify -CAfile ca.crt good.crt wrongname.crt >/dev/null
