/**
 * The variations bench/batch measures: an article changed the way two editions of one article differ, so
 * that no two generated pairs are alike and the aligner meets omissions and moves. Shared by run.ts (the
 * batch command) and stages.ts (compare() by stage), so both measure the same pairs for the same seed.
 */

/** One side of a variation: paragraphs dropped or swapped, a sentence dropped, each with some chance. */
export function varyArticle(text: string, next: () => number): string {
  const paragraphs = text.split(/\n\s*\n/);
  const pick = () => Math.floor(next() * paragraphs.length);
  if (next() < 0.3 && paragraphs.length > 3) paragraphs.splice(pick(), 1);
  if (next() < 0.3 && paragraphs.length > 3) {
    const i = Math.min(pick(), paragraphs.length - 2);
    [paragraphs[i], paragraphs[i + 1]] = [paragraphs[i + 1]!, paragraphs[i]!];
  }
  if (next() < 0.5) {
    const i = pick();
    const sentences = paragraphs[i]!.split(/(?<=[.!?؟])\s+/);
    if (sentences.length > 1) {
      sentences.splice(Math.floor(next() * sentences.length), 1);
      paragraphs[i] = sentences.join(' ');
    }
  }
  return paragraphs.join('\n\n');
}
