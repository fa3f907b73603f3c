// Marks a place in the input order whose result is still to come.
const PENDING = Symbol('pending');

/**
 * Results put back in input order: each is handed on as soon as it and every one before it
 * are done, and then let go, so what is held is only what waits for an earlier file.
 */
export class InOrder<T> {
  // Undefined once handed on; PENDING while the file is being read or linted.
  private slots: (T | typeof PENDING | undefined)[] = [];
  private handedOn = 0;
  // Places before slots[0]: the array starts again whenever everything in it was handed on.
  private base = 0;

  constructor(private readonly onResult: (result: T) => void) {}

  /** A place for a result to come; its number for settle(). */
  reserve(): number {
    return this.base + this.slots.push(PENDING) - 1;
  }

  /** A result known now, in the next place. */
  add(result: T): void {
    this.settle(this.reserve(), result);
  }

  settle(at: number, result: T): void {
    this.slots[at - this.base] = result;
    if (at - this.base !== this.handedOn) return;
    for (let next = this.slots[this.handedOn]; next !== PENDING && next !== undefined; next = this.slots[this.handedOn]) {
      this.slots[this.handedOn++] = undefined;
      this.onResult(next);
    }
    if (this.handedOn === this.slots.length) {
      this.base += this.handedOn;
      this.slots = [];
      this.handedOn = 0;
    }
  }
}
