import { newClientMessageId } from './ids.js';

// Recently sequenced messages are kept so that a region that has not yet replicated them can ask for them.
const KEPT_SEQUENCED_PER_CONVERSATION = 256;

/**
 * What this page sent, per conversation, in send order, and its next deviceSeq there. A message counts as
 * unsequenced until the page has seen it sequenced, so a region switch resends everything that might not
 * have reached a sequencer; a resend of a sequenced message is harmless.
 */
export class Outbox {
  #sent = new Map();

  add(conversationId, body) {
    const sent = this.#list(conversationId);
    const deviceSeq = sent.length === 0 ? 1 : sent[sent.length - 1].message.deviceSeq + 1;
    const message = Object.freeze({ conversationId, clientMessageId: newClientMessageId(), deviceSeq, body });
    sent.push({ message, sequenced: false, pendingAt: null, refusal: null });
    return message;
  }

  /** A region accepted the message; it waits for the sequencer in `homeRegion`. */
  pending(conversationId, clientMessageId, homeRegion) {
    this.#update(conversationId, clientMessageId, (entry) => {
      entry.pendingAt = homeRegion;
      entry.refusal = null;
    });
  }

  /** A region refused the message; it stays in the outbox, and is offered again if `status` was 404. */
  refused(conversationId, clientMessageId, status, reason) {
    this.#update(conversationId, clientMessageId, (entry) => {
      entry.refusal = { status, reason };
    });
  }

  /** @returns {boolean} whether the message was this page's and not yet known as sequenced */
  sequenced(conversationId, clientMessageId) {
    const sent = this.#list(conversationId);
    const entry = sent.find((e) => e.message.clientMessageId === clientMessageId);
    if (entry === undefined || entry.sequenced) {
      return false;
    }

    entry.sequenced = true;
    let surplus = sent.filter((e) => e.sequenced).length - KEPT_SEQUENCED_PER_CONVERSATION;
    this.#sent.set(conversationId, sent.filter((e) => !(e.sequenced && surplus-- > 0)));
    return true;
  }

  /** Messages sent to the conversation with a deviceSeq in [from, to), in order; null when some are gone. */
  range(conversationId, from, to) {
    const range = this.#list(conversationId)
      .map((e) => e.message)
      .filter((m) => m.deviceSeq >= from && m.deviceSeq < to);
    return range.length === to - from ? range : null;
  }

  /** Every unsequenced message, conversation by conversation, each in send order. */
  unsequenced() {
    return [...this.#sent.values()].flatMap((sent) => sent.filter((e) => !e.sequenced).map((e) => e.message));
  }

  /**
   * Unsequenced messages no region has accepted: their answer was lost, or the region did not know the
   * conversation yet (404; it may be replicated there soon).
   */
  unanswered() {
    return [...this.#sent.values()].flatMap((sent) => sent
      .filter((e) => !e.sequenced && e.pendingAt === null && (e.refusal === null || e.refusal.status === 404))
      .map((e) => e.message));
  }

  /** The unsequenced messages of one conversation with what the regions said of them, for display. */
  unsequencedIn(conversationId) {
    return this.#list(conversationId)
      .filter((e) => !e.sequenced)
      .map(({ message, pendingAt, refusal }) => ({ ...message, pendingAt, refusal: refusal?.reason ?? null }));
  }

  #update(conversationId, clientMessageId, change) {
    const entry = this.#list(conversationId).find((e) => e.message.clientMessageId === clientMessageId);
    if (entry !== undefined && !entry.sequenced) {
      change(entry);
    }
  }

  #list(conversationId) {
    let sent = this.#sent.get(conversationId);
    if (sent === undefined) {
      sent = [];
      this.#sent.set(conversationId, sent);
    }

    return sent;
  }
}
