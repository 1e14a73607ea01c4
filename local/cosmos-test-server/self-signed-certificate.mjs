// A throw-away TLS certificate for 127.0.0.1, made at start-up so that no private key is ever stored.
// Node has no API that writes X.509, so the few DER structures a certificate needs are encoded here.
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";

const OID_ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
const OID_COMMON_NAME = "2.5.4.3";
const OID_SUBJECT_ALT_NAME = "2.5.29.17";
const DAY_MS = 24 * 60 * 60 * 1000;

function length(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = [];
  for (let rest = n; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag, ...contents) {
  const body = Buffer.concat(contents);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}

const sequence = (...items) => tlv(0x30, ...items);
const set = (...items) => tlv(0x31, ...items);
const explicit = (n, item) => tlv(0xa0 + n, item);
// DER integers are minimal: no leading zero byte unless the next byte's high bit is set.
function integer(bytes) {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const minimal = bytes.subarray(start);
  return tlv(0x02, minimal[0] & 0x80 ? Buffer.concat([Buffer.from([0]), minimal]) : minimal);
}
const bitString = bytes => tlv(0x03, Buffer.from([0]), bytes);
const octetString = bytes => tlv(0x04, bytes);
const utf8String = text => tlv(0x0c, Buffer.from(text, "utf8"));

function objectId(dotted) {
  const [first, second, ...rest] = dotted.split(".").map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const groups = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) groups.unshift(0x80 | (value & 0x7f));
    bytes.push(...groups);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function utcTime(date) {
  const text = date.toISOString().replace(/[-:T]/g, "").slice(2, 14) + "Z";
  return tlv(0x17, Buffer.from(text, "ascii"));
}

function name(commonName) {
  return sequence(set(sequence(objectId(OID_COMMON_NAME), utf8String(commonName))));
}

function loopbackAltNames() {
  const ip = tlv(0x87, Buffer.from([127, 0, 0, 1]));
  const dns = tlv(0x82, Buffer.from("localhost", "ascii"));
  return sequence(objectId(OID_SUBJECT_ALT_NAME), octetString(sequence(ip, dns)));
}

function toPem(label, der) {
  const lines = der.toString("base64").match(/.{1,64}/g).join("\n");
  return `-----BEGIN ${label}-----\n${lines}\n-----END ${label}-----\n`;
}

/** Makes a key pair and a self-signed certificate for 127.0.0.1 and localhost, valid for a week. */
export function createLoopbackCertificate() {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const algorithm = sequence(objectId(OID_ECDSA_WITH_SHA256));
  const subject = name("ServerlessIm local Cosmos");
  const now = Date.now();
  const serial = randomBytes(16);
  // A positive serial of a full 16 bytes: high bit clear, never a zero first byte.
  serial[0] = (serial[0] & 0x7f) | 0x40;
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    algorithm,
    subject,
    sequence(utcTime(new Date(now - DAY_MS)), utcTime(new Date(now + 7 * DAY_MS))),
    subject,
    publicKey.export({ type: "spki", format: "der" }),
    explicit(3, sequence(loopbackAltNames())));
  const signature = sign("sha256", tbs, privateKey);
  const certificate = sequence(tbs, algorithm, bitString(signature));
  return {
    cert: toPem("CERTIFICATE", certificate),
    key: privateKey.export({ type: "pkcs8", format: "pem" })
  };
}
