import { byTestId } from './elements.js';

/** The one-line status under the header, read out by screen readers as it changes. */
export class StatusView {
  #line;

  constructor(root) {
    this.#line = byTestId(root, 'status');
  }

  /** @param {'info' | 'warning' | 'error'} level */
  show(text, level = 'info') {
    this.#line.textContent = text;
    this.#line.dataset.level = level;
  }
}
