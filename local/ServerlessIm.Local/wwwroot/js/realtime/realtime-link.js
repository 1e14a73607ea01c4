import { expectBody } from '../transport/problems.js';
import { RegionUnreachableError } from '../transport/api-transport.js';

// The names the hub and its clients agree on (ChatHubContract on the server).
const MESSAGE_METHOD = 'message';
const PENDING_METHOD = 'pending';

/**
 * The SignalR connection to the current region's hub (Azure SignalR Service, or the local hub), found
 * through POST /api/negotiate. Pushes are hints: the page still orders by seq and syncs over a gap.
 */
export class RealtimeLink {
  #api;
  #handlers;
  #connection = null;
  #started = false;

  /**
   * @param {{onMessage: Function, onPending: Function, onState: Function, onLost: Function,
   *          onRestored: Function}} handlers
   */
  constructor(api, handlers) {
    this.#api = api;
    this.#handlers = handlers;
  }

  get isConnected() {
    return this.#connection?.state === signalR.HubConnectionState.Connected;
  }

  async start() {
    this.#started = true;
    await this.stop();

    const region = this.#api.region;
    const negotiation = expectBody(await this.#api.send('POST', 'api/negotiate', {}));
    const connection = new signalR.HubConnectionBuilder()
      .withUrl(negotiation.url, { accessTokenFactory: () => negotiation.accessToken, withCredentials: false })
      .withAutomaticReconnect()
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    const isCurrent = () => this.#connection === connection;

    connection.on(MESSAGE_METHOD, (message) => this.#handlers.onMessage(message));
    connection.on(PENDING_METHOD, (message) => this.#handlers.onPending(message));
    connection.onreconnecting(() => isCurrent() && this.#lost('reconnecting'));
    connection.onreconnected(() => isCurrent() && this.#restored());
    connection.onclose(() => isCurrent() && this.#lost('disconnected'));

    this.#connection = connection;
    this.#handlers.onState('connecting');
    try {
      await connection.start();
    } catch (error) {
      this.#connection = null;
      this.#handlers.onState('disconnected');
      throw new RegionUnreachableError(region, 'its realtime hub did not connect', error);
    }

    this.#handlers.onState('connected');
  }

  /** After a region switch: connects to the new region's hub if the page was connected before. */
  async restartIfStarted() {
    if (this.#started) {
      await this.start();
    }
  }

  async stop() {
    const connection = this.#connection;
    this.#connection = null;
    if (connection !== null) {
      this.#handlers.onState('disconnected');
      await connection.stop();
    }
  }

  #lost(state) {
    this.#handlers.onState(state);
    this.#handlers.onLost(state);
  }

  #restored() {
    this.#handlers.onState('connected');
    this.#handlers.onRestored();
  }
}
