/**
 * `Type/id` of the matches yielded on the last `pages` delivered pages plus the page being
 * delivered now: a match the server repeats within that window is skipped, one it repeats later is
 * yielded again. Bounded by the window, so memory and the cursor stay flat however many pages go by.
 */
export class MatchWindow {
  readonly #pages: number;
  /** One set per delivered page, oldest first; at most `pages` of them. */
  readonly #delivered: Set<string>[] = [];
  #current = new Set<string>();

  constructor(pages: number, initial: Iterable<string> = []) {
    this.#pages = pages;
    // A cursor's keys carry no page boundaries: they are kept together as one (the oldest) page.
    const resumed = new Set(initial);
    if (resumed.size > 0) this.#delivered.push(resumed);
  }

  /** Keys remembered, across the window and the current page. */
  get size(): number {
    let size = this.#current.size;
    for (const page of this.#delivered) size += page.size;
    return size;
  }

  has(key: string): boolean {
    if (this.#current.has(key)) return true;
    for (const page of this.#delivered) if (page.has(key)) return true;
    return false;
  }

  /** Remembers a match of the page being delivered. */
  add(key: string): void {
    this.#current.add(key);
  }

  /** Closes the current page: it joins the window, and the oldest page beyond the window is forgotten. */
  completePage(): void {
    this.#delivered.push(this.#current);
    this.#current = new Set();
    while (this.#delivered.length > this.#pages) this.#delivered.shift();
  }

  /** Every key remembered, oldest page first. */
  toArray(): string[] {
    const keys: string[] = [];
    for (const page of this.#delivered) for (const key of page) keys.push(key);
    for (const key of this.#current) keys.push(key);
    return keys;
  }
}
