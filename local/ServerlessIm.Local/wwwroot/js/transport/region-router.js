/** The region the page talks to now, and the order in which it tries the others. */
export class RegionRouter {
  #regions;
  #current;

  /** @param {{name: string, url: string}[]} regions @param {string} startWith the region to talk to first */
  constructor(regions, startWith) {
    if (regions.length === 0) {
      throw new Error('The server listed no regions.');
    }

    this.#regions = regions.map((r) => Object.freeze({ name: r.name, url: new URL(r.url).href }));
    this.#current = Math.max(0, this.#regions.findIndex((r) => r.name === startWith));
  }

  get current() {
    return this.#regions[this.#current];
  }

  /** The region a switch moves to. */
  get next() {
    return this.#regions[(this.#current + 1) % this.#regions.length];
  }

  get count() {
    return this.#regions.length;
  }

  get all() {
    return [...this.#regions];
  }

  /** Moves on from `failed` unless another caller already did; true when this call changed the region. */
  moveOnFrom(failed) {
    if (this.current.name !== failed.name) {
      return false;
    }

    this.#current = (this.#current + 1) % this.#regions.length;
    return true;
  }
}
