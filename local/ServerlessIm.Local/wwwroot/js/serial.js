/** Runs the operations given to it one at a time, in the order given, whatever each one's outcome. */
export class Serial {
  #tail = Promise.resolve();

  run(operation) {
    const result = this.#tail.then(() => operation());
    this.#tail = result.catch(() => {});
    return result;
  }
}
