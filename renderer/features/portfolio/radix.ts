/**
 * A stable LSD radix sort of row indices by float64 keys: four 16-bit passes over the keys'
 * order-preserving bit patterns. Linear time and no comparator calls, so even the very first
 * sort of a 100k-row column (while the code is still cold) takes a few milliseconds.
 */
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Indices `0..n-1` (or the given `initial` order) stably sorted by `values[index]`: rows with
 * equal values keep their order in `initial`. Sorting by several keys is therefore one call
 * per key, least significant first.
 */
export function radixOrder(values: Float64Array, initial?: Uint32Array): Uint32Array {
  const n = values.length;
  let order: Uint32Array;
  if (initial) {
    order = initial.slice();
  } else {
    order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
  }
  if (!littleEndian) {
    // Not expected on any platform the app ships to; kept correct, not fast.
    const position = new Uint32Array(n);
    order.forEach((index, at) => (position[index] = at));
    return order.sort((a, b) => (values[a]! < values[b]! ? -1 : values[a]! > values[b]! ? 1 : position[a]! - position[b]!));
  }
  const floats = new Float64Array(n);
  for (let i = 0; i < n; i++) floats[i] = values[i]! + 0; // -0 becomes +0, so they tie
  const words = new Uint32Array(floats.buffer);
  // Map IEEE-754 bits to unsigned integers in the same order: flip the sign bit of
  // positives, all bits of negatives.
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1]!;
    if (hi & 0x80000000) {
      words[2 * i + 1] = ~hi >>> 0;
      words[2 * i] = ~words[2 * i]! >>> 0;
    } else {
      words[2 * i + 1] = (hi | 0x80000000) >>> 0;
    }
  }
  let next: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(65537);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1; // 0: low word, 1: high word
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let j = 0; j < n; j++) counts[((words[2 * order[j]! + word]! >>> shift) & 0xffff) + 1]!++;
    // A pass where every key has the same digit changes nothing (common for whole numbers).
    let single = false;
    for (let d = 1; d < 65537; d++) {
      if (counts[d] === n) single = true;
      if (counts[d] !== 0) break;
    }
    if (single) continue;
    for (let d = 1; d < 65537; d++) counts[d]! += counts[d - 1]!;
    for (let j = 0; j < n; j++) {
      const i = order[j]!;
      next[counts[(words[2 * i + word]! >>> shift) & 0xffff]!++] = i;
    }
    const swap = order;
    order = next;
    next = swap;
  }
  return order;
}
