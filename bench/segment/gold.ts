/**
 * Reads the gold files in bench/segment/gold/ (format in its README) into raw text plus the offsets
 * where gold sentences end.
 */
import { readFileSync } from 'node:fs';

/** A gold half: the dev and held-out halves, then held-out 2, 3, … (each a blind set by another author). */
export type Half = 'dev' | 'held' | `held${number}`;

export interface GoldText {
  name: string;
  language: string;
  half: Half;
  /** The raw input a segmenter sees. */
  text: string;
  /** Offsets just after each gold sentence's last non-space character, ascending. */
  ends: number[];
}

const JOIN_NEWLINE = '⏎';
const INNER_NEWLINE = '↵';

export function parseGold(source: string): { text: string; ends: number[] } {
  const paragraphs = source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').filter((line) => line.trim() !== ''))
    .filter((p) => p.length > 0);
  let text = '';
  const ends: number[] = [];
  paragraphs.forEach((lines, p) => {
    if (p > 0) text += '\n\n';
    lines.forEach((line, l) => {
      let content = line;
      if (content.startsWith(JOIN_NEWLINE)) {
        content = content.slice(JOIN_NEWLINE.length);
        if (l > 0) text += '\n';
      } else if (l > 0) {
        text += ' ';
      }
      content = content.replaceAll(INNER_NEWLINE, '\n').trimEnd();
      text += content;
      ends.push(text.length);
    });
  });
  return { text, ends };
}

export function readGold(language: string, half: Half): GoldText {
  const name = `${language}.${half}.txt`;
  const source = readFileSync(new URL(`./gold/${name}`, import.meta.url), 'utf8');
  return { name, language, half, ...parseGold(source) };
}
