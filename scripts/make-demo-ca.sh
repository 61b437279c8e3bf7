#!/usr/bin/env bash
# Makes a demo certificate authority and a server certificate for halldesk-central on this
# machine (127.0.0.1 and localhost), with openssl. For demos and tests only: a real centre
# uses the utility's own CA.
#
#   scripts/make-demo-ca.sh DIR [NAME]   → DIR/ca.pem DIR/ca.key DIR/server.pem DIR/server.key
set -euo pipefail
dir="${1:?usage: make-demo-ca.sh DIR [NAME]}"
name="${2:-HallDesk Demo CA}"
mkdir -p "$dir"
cd "$dir"
umask 077
openssl ecparam -name prime256v1 -genkey -noout -out ca.key 2>/dev/null
openssl req -x509 -new -key ca.key -sha256 -days 3650 -subj "/O=HallDesk/CN=$name" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out ca.pem 2>/dev/null
openssl ecparam -name prime256v1 -genkey -noout -out server.key 2>/dev/null
openssl req -new -key server.key -subj "/O=HallDesk/CN=localhost" -out server.csr 2>/dev/null
cat > server.ext <<EXT
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost
EXT
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 825 -sha256 \
    -extfile server.ext -out server.pem 2>/dev/null
rm -f server.csr server.ext ca.srl
chmod 644 ca.pem server.pem
echo "$dir/ca.pem $dir/server.pem $dir/server.key"
