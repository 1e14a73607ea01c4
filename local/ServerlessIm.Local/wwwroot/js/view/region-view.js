import { byTestId } from './elements.js';

const REALTIME_TEXT = Object.freeze({
  connected: 'live',
  connecting: 'connecting…',
  reconnecting: 'reconnecting…',
  disconnected: 'offline',
});

/** The header's region badge, the switch button and the realtime indicator. */
export class RegionView {
  #pill;
  #switchButton;
  #realtime;

  constructor(root) {
    this.#pill = byTestId(root, 'region');
    this.#switchButton = byTestId(root, 'switch-region');
    this.#realtime = byTestId(root, 'realtime');
  }

  /** Calls `handler` when the user asks to switch regions. */
  onSwitch(handler) {
    this.#switchButton.addEventListener('click', handler);
  }

  /**
   * @param {{name: string, url: string}} region the region in use
   * @param {{name: string}[]} regions all regions; each keeps its colour on every page
   * @param {{name: string} | null} next where a switch would go; null while switching is not possible
   */
  showRegion(region, regions, next) {
    const names = regions.map((r) => r.name).sort();
    this.#pill.textContent = region.name;
    this.#pill.dataset.region = region.name;
    this.#pill.dataset.regionIndex = String(names.indexOf(region.name) % 4);
    this.#pill.title = `API at ${region.url}`;
    this.#switchButton.disabled = next === null || next.name === region.name;
    this.#switchButton.textContent = next === null ? 'Switch region' : `Switch to ${next.name}`;
  }

  setSwitching(switching) {
    this.#switchButton.disabled = switching;
    this.#switchButton.setAttribute('aria-busy', String(switching));
  }

  showRealtime(state) {
    this.#realtime.dataset.state = state;
    this.#realtime.querySelector('.realtime-text').textContent = REALTIME_TEXT[state] ?? state;
  }
}
