/**
 * One conversation as this page knows it: its sequenced messages in seq order without holes, and other
 * members' messages still pending at the home region.
 */
export class Timeline {
  #messages = [];
  #sequencedKeys = new Set();
  #pending = new Map();

  /** The highest seq taken; seqs start at 1 and have no holes. */
  get lastSeq() {
    return this.#messages.length === 0 ? 0 : this.#messages[this.#messages.length - 1].seq;
  }

  get messages() {
    return this.#messages;
  }

  get pending() {
    return [...this.#pending.values()];
  }

  /** Takes the message if it is the next seq; false for a duplicate or a message after a gap. */
  tryTake(message) {
    if (message.seq !== this.lastSeq + 1) {
      return false;
    }

    const key = keyOf(message);
    this.#messages.push(message);
    this.#sequencedKeys.add(key);
    this.#pending.delete(key);
    return true;
  }

  /** Whether the message lies beyond a gap: the messages before it must be fetched first. */
  isAhead(message) {
    return message.seq > this.lastSeq + 1;
  }

  /** Shows another member's message as pending until its sequenced copy arrives. */
  addPending(message) {
    const key = keyOf(message);
    if (!this.#sequencedKeys.has(key)) {
      this.#pending.set(key, message);
    }
  }
}

// (senderId, clientMessageId) identifies a message everywhere.
function keyOf(message) {
  return JSON.stringify([message.senderId, message.clientMessageId]);
}
