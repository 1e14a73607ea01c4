import { ConversationListView } from './view/conversation-list-view.js';
import { MessagesView } from './view/messages-view.js';
import { byTestId } from './view/elements.js';

// How often the page looks for new conversations, checks its region, and offers unanswered sends again.
const POLL_INTERVAL_MS = 5000;

/** The chat once signed in: conversations, the open one, the composer, and the region in use. */
export class ChatPage {
  #root;
  #client;
  #status;
  #regionView;
  #listView;
  #messagesView;
  #conversations = new Map();
  #seenSeq = new Map();
  #openId = null;
  #polling = false;

  constructor(root, client, status, regionView) {
    this.#root = root;
    this.#client = client;
    this.#status = status;
    this.#regionView = regionView;
    this.#listView = new ConversationListView(root);
    this.#messagesView = new MessagesView(root);
  }

  async start() {
    this.#wireClient();
    this.#wireControls();
    this.#showRegion();
    byTestId(this.#root, 'user').textContent = `Signed in as ${this.#client.userId}`;
    byTestId(this.#root, 'user').hidden = false;

    await this.#attempt(() => this.#client.startRealtime());
    await this.#attempt(() => this.#refreshConversations());
    setInterval(() => this.#poll(), POLL_INTERVAL_MS);
  }

  #wireClient() {
    const client = this.#client;
    client.addEventListener('region', () => {
      this.#showRegion();
      this.#status.show(`Switching to ${client.region.name}…`, 'warning');
    });
    client.addEventListener('realtime', (event) => this.#regionView.showRealtime(event.detail.state));
    client.addEventListener('status', (event) => this.#status.show(event.detail.text, event.detail.level));
    client.addEventListener('conversation', (event) => this.#conversationChanged(event.detail.conversationId));
  }

  #wireControls() {
    this.#regionView.onSwitch(() => this.#switchRegion());
    this.#listView.onOpen((id) => this.#open(id));
    byTestId(this.#root, 'refresh-conversations')
      .addEventListener('click', () => this.#attempt(() => this.#refreshConversations()));
    byTestId(this.#root, 'new-conversation-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#attempt(() => this.#create(event.target));
    });

    const composer = byTestId(this.#root, 'composer');
    const input = byTestId(this.#root, 'composer-input');
    composer.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#send(input);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        composer.requestSubmit();
      }
    });
  }

  async #switchRegion() {
    this.#regionView.setSwitching(true);
    try {
      await this.#attempt(() => this.#client.switchRegion());
      await this.#attempt(() => this.#refreshConversations());
    } finally {
      this.#showRegion();
    }
  }

  async #create(form) {
    const members = byTestId(form, 'new-members').value.split(',').map((m) => m.trim()).filter((m) => m !== '');
    const title = byTestId(form, 'new-title').value.trim();
    const conversation = await this.#client.createConversation(members, title);
    form.reset();
    this.#conversations.set(conversation.id, conversation);
    await this.#open(conversation.id);
  }

  async #open(conversationId) {
    this.#openId = conversationId;
    const conversation = this.#conversations.get(conversationId);
    this.#messagesView.clear();
    this.#messagesView.showConversation(conversation, this.#client.userId);
    byTestId(this.#root, 'composer-input').disabled = false;
    byTestId(this.#root, 'composer-send').disabled = false;
    byTestId(this.#root, 'composer-input').focus();
    this.#renderOpen();
    this.#renderList();
    await this.#attempt(() => this.#client.sync(conversationId));
  }

  #send(input) {
    const body = input.value.trim();
    if (body === '' || this.#openId === null) {
      return;
    }

    input.value = '';
    this.#attempt(() => this.#client.send(this.#openId, body));
  }

  // Limitation: the list shows the first 200 conversations; one created by another user appears within a poll.
  async #refreshConversations() {
    const conversations = await this.#client.listConversations();
    for (const conversation of conversations) {
      this.#conversations.set(conversation.id, conversation);
    }

    this.#renderList();
  }

  /** Looks for new conversations and messages, notices a region that stopped answering, offers unanswered sends. */
  async #poll() {
    if (this.#polling) {
      return;
    }

    this.#polling = true;
    try {
      await this.#refreshConversations();

      // Pushes are hints: a lost one shows up here at the latest.
      if (this.#openId !== null) {
        await this.#client.sync(this.#openId);
      }

      await this.#client.resendUnanswered();
    } catch (error) {
      this.#status.show(error.message, 'error');
    } finally {
      this.#polling = false;
    }
  }

  #conversationChanged(conversationId) {
    if (!this.#conversations.has(conversationId)) {
      // A push for a conversation this page has not listed yet: someone added the user to it.
      this.#attempt(() => this.#refreshConversations());
    }

    if (conversationId === this.#openId) {
      this.#renderOpen();
    }

    this.#renderList();
  }

  #renderOpen() {
    const timeline = this.#client.timeline(this.#openId);
    const conversation = this.#conversations.get(this.#openId);
    this.#seenSeq.set(this.#openId, timeline.lastSeq);
    this.#messagesView.render(
      timeline, this.#client.unsequencedIn(this.#openId), this.#client.userId, conversation.homeRegion);
  }

  #renderList() {
    const unread = (id) => this.#client.timeline(id).lastSeq - (this.#seenSeq.get(id) ?? 0);
    this.#listView.render([...this.#conversations.values()], this.#openId, unread, this.#client.userId);
  }

  #showRegion() {
    this.#regionView.showRegion(this.#client.region, this.#client.regions, this.#client.nextRegion);
  }

  async #attempt(action) {
    try {
      await action();
    } catch (error) {
      this.#status.show(error.message, 'error');
    }
  }
}
