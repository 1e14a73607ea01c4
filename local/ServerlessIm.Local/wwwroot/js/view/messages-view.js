import { byTestId, element } from './elements.js';
import { titleOf } from './conversation-list-view.js';

const NEAR_BOTTOM_PX = 48;

/**
 * The open conversation: its sequenced messages in seq order, then messages still waiting for their
 * sequencer, greyed, where they will move to their final place once sequenced.
 */
export class MessagesView {
  #title;
  #meta;
  #list;

  constructor(root) {
    this.#title = byTestId(root, 'conversation-title');
    this.#meta = byTestId(root, 'conversation-meta');
    this.#list = byTestId(root, 'messages');
  }

  showConversation(conversation, userId) {
    this.#title.textContent = titleOf(conversation, userId);
    this.#meta.replaceChildren(
      element('span', { text: `Members: ${conversation.members.join(', ')}` }),
      element('span', { text: ' · Home region: ' }),
      element('span', {
        className: 'home-region',
        text: conversation.homeRegion,
        data: { testid: 'conversation-home' },
      }));
  }

  /**
   * Shows the conversation's state. Items that did not change stay in place and only the tail is rebuilt, so
   * assistive technology announces what is new rather than the whole history again.
   *
   * @param {{messages: object[], pending: object[]}} timeline sequenced messages and others' pending ones
   * @param {object[]} unsequenced this page's sends not yet sequenced, in send order
   * @param {string} homeRegion the conversation's home region, where pending messages wait
   */
  render(timeline, unsequenced, userId, homeRegion) {
    const list = this.#list;
    const stickToBottom = list.scrollHeight - list.scrollTop - list.clientHeight < NEAR_BOTTOM_PX;
    const wanted = [
      ...timeline.messages.map((m) => ({ key: `#${m.seq}`, build: () => sequencedItem(m, userId) })),
      ...timeline.pending.map((m) => pendingEntry(m, m.senderId, `pending at ${m.homeRegion ?? homeRegion}`, userId)),
      ...unsequenced.map((m) => pendingEntry(m, userId, ownState(m), userId)),
    ];

    const shown = [...list.children];
    let kept = 0;
    while (kept < shown.length && kept < wanted.length && shown[kept].dataset.key === wanted[kept].key) {
      kept++;
    }

    shown.slice(kept).forEach((item) => item.remove());
    for (const { key, build } of wanted.slice(kept)) {
      const item = build();
      item.dataset.key = key;
      list.append(item);
    }

    if (stickToBottom) {
      list.scrollTop = list.scrollHeight;
    }
  }

  clear() {
    this.#list.replaceChildren();
  }
}

function sequencedItem(message, userId) {
  const via = message.acceptedBy !== message.sequencedBy ? ` · via ${message.acceptedBy}` : '';
  const item = bubble(message, message.senderId, userId, `${timeOf(message.sentAt)}${via}`);
  item.dataset.status = 'sequenced';
  item.dataset.seq = String(message.seq);
  item.querySelector('.seq').textContent = `#${message.seq}`;
  item.title = `seq ${message.seq}, epoch ${message.epoch}, sequenced by ${message.sequencedBy}`;
  return item;
}

// A pending item's key holds its state, so a change of state (sending, pending, refused) redraws it.
function pendingEntry(message, senderId, state, userId) {
  return {
    key: JSON.stringify([senderId, message.clientMessageId, state]),
    build: () => pendingItem(message, senderId, state, userId),
  };
}

function pendingItem(message, senderId, state, userId) {
  const item = bubble(message, senderId, userId, state);
  item.dataset.status = 'pending';
  item.classList.add('pending');
  return item;
}

function ownState(message) {
  if (message.pendingAt !== null) {
    return `pending at ${message.pendingAt}`;
  }

  return message.refusal === null ? 'sending…' : `not accepted: ${message.refusal}`;
}

function bubble(message, senderId, userId, meta) {
  const item = element('li', {
    className: senderId === userId ? 'message mine' : 'message',
    data: { testid: 'message', sender: senderId, clientMessageId: message.clientMessageId },
  });
  const head = element('div', { className: 'message-head' });
  head.append(element('span', { className: 'sender', text: senderId }), element('span', { className: 'seq' }));
  const body = element('p', { className: 'body', text: message.body, data: { testid: 'message-body' } });
  const footer = element('div', { className: 'message-meta', text: meta, data: { testid: 'message-meta' } });
  const box = element('div', { className: 'bubble' });
  box.append(head, body, footer);
  item.append(box);
  return item;
}

function timeOf(iso) {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}
