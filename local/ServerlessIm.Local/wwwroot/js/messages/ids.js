// Ids this page chooses: 1-64 of [A-Za-z0-9_-], as the API requires.

/** A device id for this page; a reload is a new device, since the send counters live in memory only. */
// Limitation: reloading the page forgets messages no region has accepted yet; they are not sent.
export function newDeviceId() {
  return `web-${randomHex(8)}`;
}

/** A client message id; resends of the message carry the same one. */
export function newClientMessageId() {
  return `m${randomHex(16)}`;
}

// crypto.getRandomValues works on plain-http pages too, unlike crypto.randomUUID.
function randomHex(bytes) {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}
