import { Serial } from '../serial.js';
import { Timeline } from './timeline.js';

/**
 * The conversations' timelines, fed one delivery at a time: a sequenced message is taken only as the next seq
 * of its conversation, so each shows once and in order, whether it came in a push, an answer or a sync.
 */
export class Inbox {
  #timelines = new Map();
  #delivering = new Serial();
  #onTaken;
  #onChanged;

  /** @param {{onTaken: (message: object) => void, onChanged: (conversationId: string) => void}} handlers */
  constructor({ onTaken, onChanged }) {
    this.#onTaken = onTaken;
    this.#onChanged = onChanged;
  }

  /** The conversations the page has seen messages of or opened. */
  get conversationIds() {
    return [...this.#timelines.keys()];
  }

  timeline(conversationId) {
    let timeline = this.#timelines.get(conversationId);
    if (timeline === undefined) {
      timeline = new Timeline();
      this.#timelines.set(conversationId, timeline);
    }

    return timeline;
  }

  /** Whether messages before this one must be fetched first. */
  isAhead(message) {
    return this.timeline(message.conversationId).isAhead(message);
  }

  /** Runs `delivery` when no other delivery runs, so reading a cursor and taking after it stay together. */
  exclusive(delivery) {
    return this.#delivering.run(delivery);
  }

  /** Takes the messages that continue the conversation's seqs (call inside `exclusive`); returns how many. */
  take(conversationId, messages) {
    const timeline = this.timeline(conversationId);
    const taken = messages.filter((message) => timeline.tryTake(message));
    taken.forEach((message) => this.#onTaken(message));
    if (taken.length > 0) {
      this.#onChanged(conversationId);
    }

    return taken.length;
  }

  /** Shows another member's message as pending until its sequenced copy arrives. */
  addPending(message) {
    this.timeline(message.conversationId).addPending(message);
    this.#onChanged(message.conversationId);
  }
}
