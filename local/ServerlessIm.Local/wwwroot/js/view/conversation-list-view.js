import { byTestId, element } from './elements.js';

/** The sidebar's list of the user's conversations, with the home region and unread count of each. */
export class ConversationListView {
  #list;

  constructor(root) {
    this.#list = byTestId(root, 'conversation-list');
  }

  /** Calls `handler(conversationId)` when the user opens a conversation. */
  onOpen(handler) {
    this.#list.addEventListener('click', (event) => {
      const item = event.target.closest('[data-conversation-id]');
      if (item !== null) {
        handler(item.dataset.conversationId);
      }
    });
  }

  /**
   * @param {object[]} conversations as the API lists them
   * @param {string | null} openId
   * @param {(id: string) => number} unread
   * @param {string} userId the signed-in user, left out of titles made of member names
   */
  render(conversations, openId, unread, userId) {
    if (conversations.length === 0) {
      this.#list.replaceChildren(element('li', { className: 'empty', text: 'No conversations yet.' }));
      return;
    }

    this.#list.replaceChildren(...conversations.map((c) => this.#item(c, c.id === openId, unread(c.id), userId)));
  }

  #item(conversation, isOpen, unreadCount, userId) {
    const button = element('button', {
      className: 'conversation-item',
      data: { testid: 'conversation-item', conversationId: conversation.id },
      attributes: { type: 'button' },
    });
    if (isOpen) {
      button.setAttribute('aria-current', 'true');
    }

    button.append(
      element('span', { className: 'title', text: titleOf(conversation, userId) }),
      element('span', { className: 'home', text: `home ${conversation.homeRegion}` }));
    if (unreadCount > 0) {
      button.append(element('span', {
        className: 'unread',
        text: String(unreadCount),
        attributes: { 'aria-label': `${unreadCount} unread` },
      }));
    }

    const item = element('li');
    item.append(button);
    return item;
  }
}

/** The conversation's title, or else the names of the other members. */
export function titleOf(conversation, userId) {
  if (conversation.title) {
    return conversation.title;
  }

  const others = conversation.members.filter((m) => m !== userId);
  return others.length === 0 ? 'Just you' : others.join(', ');
}
