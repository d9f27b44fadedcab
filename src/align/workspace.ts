/**
 * Typed arrays lent to one table-heavy step after another: on long input pass 1 searches hundreds of
 * windows and passes 2 and 3 about a dozen pieces each (long.ts), and each window's or piece's scorer masks,
 * pair cache and DP tables were new arrays, dead after it but counted in the peak memory until the collector
 * reached them. A workspace keeps one array per role, grown to the largest request, and hands out views of it.
 * At 100 000 segments a side the CLI's median peak RSS went from 400 to 383 MB (docs/scaling.md, "Memory,
 * first cut"), with the same beads.
 *
 * A view is valid until the same role is asked for again: one workspace serves one scorer and one search
 * at a time (the caller must be done with a piece's scorer before making the next one). A view holds
 * whatever the last user left: the caller writes or fills every element before reading it.
 */
export class Workspace {
  private readonly arrays = new Map<string, Int32Array | Uint32Array | Float32Array | Float64Array | Uint8Array>();

  int32(role: string, length: number): Int32Array {
    return this.view(role, length, (size) => new Int32Array(size)) as Int32Array;
  }
  uint32(role: string, length: number): Uint32Array {
    return this.view(role, length, (size) => new Uint32Array(size)) as Uint32Array;
  }
  float32(role: string, length: number): Float32Array {
    return this.view(role, length, (size) => new Float32Array(size)) as Float32Array;
  }
  float64(role: string, length: number): Float64Array {
    return this.view(role, length, (size) => new Float64Array(size)) as Float64Array;
  }
  uint8(role: string, length: number): Uint8Array {
    return this.view(role, length, (size) => new Uint8Array(size)) as Uint8Array;
  }

  private view<T extends Int32Array | Uint32Array | Float32Array | Float64Array | Uint8Array>(
    role: string,
    length: number,
    make: (size: number) => T,
  ): T {
    let array = this.arrays.get(role) as T | undefined;
    if (!array || array.length < length) {
      // A little headroom, so that a slightly larger next piece does not allocate again.
      array = make(Math.ceil(length * 1.125));
      this.arrays.set(role, array);
    }
    return array.subarray(0, length) as T;
  }
}
