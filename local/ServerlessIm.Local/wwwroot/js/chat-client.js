import { ApiTransport, RegionUnreachableError } from './transport/api-transport.js';
import { ProblemError, ProblemTypes, expectBody } from './transport/problems.js';
import { RegionRouter } from './transport/region-router.js';
import { Outbox } from './messages/outbox.js';
import { Inbox } from './messages/inbox.js';
import { newDeviceId } from './messages/ids.js';
import { RealtimeLink } from './realtime/realtime-link.js';
import { Serial } from './serial.js';

const PAGE_SIZE = 200;

/**
 * This page's connection to ServerlessIm, with the protocol of the C# client library: sends in order with
 * client message ids, keeps what is not yet sequenced, and when its region stops answering switches to the
 * next one, resends in order and resyncs, so nothing is lost or shown twice.
 *
 * Events: `region` (detail: {region}), `conversation` (detail: {conversationId}) when a conversation's
 * messages or pending sends changed, `realtime` (detail: {state}), `status` (detail: {text, level}).
 */
export class ChatClient extends EventTarget {
  #router;
  #api;
  #realtime;
  #userId;
  #deviceId = newDeviceId();
  #outbox = new Outbox();
  #inbox;
  #sending = new Serial();

  /** @param {{regions: {name: string, url: string}[], startWith: string, userId: string, token: string}} options */
  constructor({ regions, startWith, userId, token }) {
    super();
    this.#userId = userId;
    this.#router = new RegionRouter(regions, startWith);
    this.#api = new ApiTransport(this.#router, () => token);
    this.#inbox = new Inbox({
      onTaken: (message) => this.#taken(message),
      onChanged: (conversationId) => this.#changed(conversationId),
    });
    this.#realtime = new RealtimeLink(this.#api, {
      onMessage: (message) => this.#report(this.#received(message)),
      onPending: (message) => this.#pendingPushed(message),
      onState: (state) => this.#emit('realtime', { state }),
      onLost: (state) => this.#report(this.#recover(state)),
      onRestored: () => this.#report(this.#syncAll()),
    });
  }

  get userId() {
    return this.#userId;
  }

  /** The region the page talks to now. */
  get region() {
    return this.#router.current;
  }

  /** The region a switch moves to. */
  get nextRegion() {
    return this.#router.next;
  }

  /** Every region the page may talk to. */
  get regions() {
    return this.#router.all;
  }

  /** The conversation's sequenced messages and other members' pending ones. */
  timeline(conversationId) {
    return this.#inbox.timeline(conversationId);
  }

  /** This page's messages to the conversation that are not sequenced yet, in send order. */
  unsequencedIn(conversationId) {
    return this.#outbox.unsequencedIn(conversationId);
  }

  createConversation(members, title) {
    return this.#withFailover(async () =>
      expectBody(await this.#api.send('POST', 'api/conversations', { members, title: title || null })));
  }

  listConversations() {
    return this.#withFailover(async () =>
      expectBody(await this.#api.send('GET', `api/conversations?limit=${PAGE_SIZE}`)).conversations);
  }

  /**
   * Sends a message: `sequenced` when the region is the conversation's home, otherwise `pending`. It shows
   * at once as sending, and goes out after the page's earlier messages.
   */
  send(conversationId, body) {
    const message = this.#outbox.add(conversationId, body);
    this.#changed(conversationId);
    return this.#sending.run(() => this.#withFailover(() => this.#deliver(message)));
  }

  /** Offers again the messages no region has accepted yet (refused, or lost with their answer). */
  resendUnanswered() {
    return this.#sending.run(() => this.#withFailover(() => this.#resend({ unansweredOnly: true })));
  }

  /** Fetches and shows every sequenced message after the last one shown. */
  // Limitation: opening a conversation loads its whole history, page by page, before showing the newest messages.
  sync(conversationId) {
    return this.#withFailover(() => this.#syncHere(conversationId));
  }

  /** Connects to the current region's realtime hub. */
  startRealtime() {
    return this.#withFailover(() => this.#realtime.start());
  }

  /** Asks the region whether it serves; switches away when it does not. */
  checkHealth() {
    return this.#withFailover(async () => expectBody(await this.#api.send('GET', 'api/health')));
  }

  /** Moves to the next region by hand, continuing there: resend, reconnect, resync. */
  async switchRegion() {
    if (this.#router.moveOnFrom(this.#router.current)) {
      await this.#withFailover(async () => {}, { switched: true });
    }
  }

  /** The realtime connection dropped: switch if the region does not serve, else connect again once it gave up. */
  async #recover(state) {
    const region = this.#router.current;
    await this.checkHealth();
    if (state === 'disconnected' && this.#router.current === region && !this.#realtime.isConnected) {
      await this.startRealtime();
    }
  }

  async #deliver(message) {
    const path = `api/conversations/${encodeURIComponent(message.conversationId)}/messages`;
    const body = {
      clientMessageId: message.clientMessageId,
      deviceId: this.#deviceId,
      deviceSeq: message.deviceSeq,
      body: message.body,
    };

    let answer = await this.#api.send('POST', path, body);
    const expected = answer.problem?.expectedDeviceSeq;
    if (answer.problem?.type === ProblemTypes.deviceSeqAhead && expected < message.deviceSeq) {
      // The region has not seen some earlier messages of this page (sent elsewhere): send them first.
      const earlier = this.#outbox.range(message.conversationId, expected, message.deviceSeq);
      if (earlier === null) {
        throw new ProblemError(409, { ...answer.problem, detail: 'Earlier messages are no longer known.' });
      }

      for (const previous of earlier) {
        await this.#deliver(previous);
      }

      answer = await this.#api.send('POST', path, body);
    }

    if (answer.problem !== undefined) {
      const refusal = new ProblemError(answer.status, answer.problem);
      this.#outbox.refused(message.conversationId, message.clientMessageId, answer.status, refusal.message);
      this.#changed(message.conversationId);
      throw refusal;
    }

    this.#accepted(answer.body);
    return answer.body;
  }

  #accepted(sent) {
    if (sent.seq == null) {
      this.#outbox.pending(sent.conversationId, sent.clientMessageId, sent.homeRegion ?? sent.acceptedBy);
      this.#changed(sent.conversationId);
      return;
    }

    // The answer is the sequenced message: show it now rather than waiting for its push.
    this.#report(this.#received(sent));
  }

  async #received(message) {
    if (this.#inbox.isAhead(message)) {
      await this.sync(message.conversationId);
      return;
    }

    await this.#inbox.exclusive(() => this.#inbox.take(message.conversationId, [message]));
  }

  #pendingPushed(message) {
    if (message.deviceId !== this.#deviceId) {
      this.#inbox.addPending(message);
    }
  }

  #syncHere(conversationId) {
    return this.#inbox.exclusive(async () => {
      const timeline = this.#inbox.timeline(conversationId);
      const encoded = encodeURIComponent(conversationId);
      for (;;) {
        const path = `api/conversations/${encoded}/messages?after=${timeline.lastSeq}&limit=${PAGE_SIZE}`;
        const page = expectBody(await this.#api.send('GET', path));
        if (this.#inbox.take(conversationId, page.messages) === 0) {
          return;
        }
      }
    });
  }

  async #syncAll() {
    for (const conversationId of this.#inbox.conversationIds) {
      await this.sync(conversationId);
    }
  }

  #taken(message) {
    if (message.deviceId === this.#deviceId) {
      this.#outbox.sequenced(message.conversationId, message.clientMessageId);
    }
  }

  /**
   * Runs `operation` on the current region; when the region is unreachable, switches to the next, resends
   * every unsequenced message in order, reconnects, resyncs, and runs the operation there.
   */
  async #withFailover(operation, { switched = false } = {}) {
    for (let attempt = 0; ; attempt++) {
      try {
        if (switched) {
          switched = false;
          await this.#switched();
        }

        return await operation();
      } catch (error) {
        if (!(error instanceof RegionUnreachableError) || attempt >= 2 * this.#router.count) {
          throw error;
        }

        // Whoever moves the router on resends; a caller that lost that race just retries.
        this.#status(`${error.message} Switching to ${this.#router.next.name}.`, 'warning');
        switched = this.#router.moveOnFrom(error.region) || switched;
      }
    }
  }

  async #switched() {
    this.#emit('region', { region: this.#router.current });
    await this.#resend({ unansweredOnly: false });
    await this.#realtime.restartIfStarted();
    for (const conversationId of this.#inbox.conversationIds) {
      await this.#syncHere(conversationId).catch((error) => this.#refusedHere(error));
    }

    this.#status(`Now talking to ${this.#router.current.name}.`, 'info');
  }

  async #resend({ unansweredOnly }) {
    const messages = unansweredOnly ? this.#outbox.unanswered() : this.#outbox.unsequenced();
    for (const message of messages) {
      // A refusal (say, a conversation this region does not know yet) leaves the message for a later offer.
      await this.#deliver(message).catch((error) => this.#refusedHere(error));
    }
  }

  #refusedHere(error) {
    if (!(error instanceof ProblemError)) {
      throw error;
    }

    this.#status(error.message, 'warning');
  }

  #report(promise) {
    promise.catch((error) => this.#status(error.message, 'error'));
  }

  #changed(conversationId) {
    this.#emit('conversation', { conversationId });
  }

  #status(text, level) {
    this.#emit('status', { text, level });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
