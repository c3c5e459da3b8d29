// The texts a memo has seen once but not kept (step-memo.ts, entry-memo.ts): a value is kept the second
// time it comes. A small direct-mapped table, not a set: noting is one slot write, allocates nothing and
// keeps at most `slots` texts alive, so a stream of values that never repeat costs next to nothing. Two
// texts that share a slot push each other out; that only means a value is kept one time later.

const slots = 256;

/** Texts seen once, in a fixed number of slots picked by a few of each text's characters. */
export class NotedTexts {
  readonly #texts: (string | undefined)[] = new Array(slots).fill(undefined);

  /**
   * True when `text` was noted before (and is now forgotten: the caller keeps it from here on); false
   * after noting it.
   */
  seenBefore(text: string): boolean {
    const slot = slotOf(text);
    if (this.#texts[slot] === text) {
      this.#texts[slot] = undefined;
      return true;
    }
    this.#texts[slot] = text;
    return false;
  }
}

// The length and the last two and middle characters: the ones that differ between ids such as
// `Practitioner/gp-41` and `Practitioner/gp-42`, or between instants a minute apart.
function slotOf(text: string): number {
  const length = text.length;
  if (length === 0) return 0;
  const last = text.charCodeAt(length - 1);
  const before = length > 1 ? text.charCodeAt(length - 2) : 0;
  const middle = text.charCodeAt(length >> 1);
  return (length * 31 + last * 17 + before * 7 + middle) & (slots - 1);
}
