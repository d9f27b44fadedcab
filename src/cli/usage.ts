/**
 * The help texts. Kept apart from the commands so that `--help` output and docs/cli.md can be compared
 * line by line when either changes.
 */
import { DEFAULT_ALIGN_MAX_MB, DEFAULT_MAX_MB } from './read-input.js';

export const FORMATS = ['json', 'html', 'md', 'tmx', 'tsv'] as const;
export type FormatName = (typeof FORMATS)[number];

export const GENERAL_HELP = `parallign: align two language versions of a document and report where they diverge.

Usage:
  parallign compare SOURCE TARGET [options]   align two texts, report divergences
  parallign align SOURCE TARGET --presegmented
                                              align one-segment-per-line files, print beads
  parallign check FILE [options]              check an aligned TMX or two-column TSV file
  parallign batch MANIFEST [options]          compare many pairs (JSON Lines in and out)
  parallign help [COMMAND]                    show help for a command

Options:
  -h, --help       show help (also after a command: parallign compare --help)
  -V, --version    print the version

Exit codes: 0 success, 1 internal error, 2 bad usage or unreadable input.
Set PARALLIGN_DEBUG=1 to see the stack of an internal error.
`;

const INPUT_NOTES = `Input files must be UTF-8 (a byte order mark is allowed) or UTF-16 with a byte order mark.
A file name of - reads standard input.`;

export const COMMAND_HELP: Record<string, string> = {
  compare: `Usage: parallign compare SOURCE TARGET [options]

Splits both texts into sentences, aligns them and reports where they diverge.

Options:
  --source-lang CODE   language of SOURCE (ISO 639-1, e.g. sv); detected when omitted
  --target-lang CODE   language of TARGET (e.g. ar); detected when omitted
  --format FORMAT      ${FORMATS.join(' | ')} (default json)
  --out FILE           write the report to FILE instead of standard output
  --max-size MB        refuse inputs larger than MB megabytes (default ${DEFAULT_MAX_MB})
  -q, --quiet          do not print warnings on standard error
  -h, --help           show this help

${INPUT_NOTES}
`,
  align: `Usage: parallign align SOURCE TARGET --presegmented [options]

Aligns two files with one segment per line and prints one bead per line, with 0-based line numbers:
  [0]:[0]   [1, 2]:[1]   [3]:[]   []:[4]

Options:
  --presegmented       the inputs hold one segment per line (required)
  --source-lang CODE   language of SOURCE (ISO 639-1)
  --target-lang CODE   language of TARGET
  --out FILE           write the beads to FILE instead of standard output
  --max-size MB        refuse inputs larger than MB megabytes (default ${DEFAULT_ALIGN_MAX_MB})
  -h, --help           show this help

${INPUT_NOTES}
`,
  check: `Usage: parallign check FILE [options]

Runs the divergence checks on a translation memory that is already aligned: TMX (a .tmx file, or
content starting with <?xml or <tmx) or two-column TSV (source TAB target, one pair per line).

Options:
  --source-lang CODE   language of the first column / the TMX source language
  --target-lang CODE   language of the second column / the TMX target language
  --header             the first TSV line is a header (language tags there name the languages)
  --format FORMAT      ${FORMATS.join(' | ')} (default json)
  --out FILE           write the report to FILE instead of standard output
  --max-size MB        refuse inputs larger than MB megabytes (default ${DEFAULT_MAX_MB})
  -q, --quiet          do not print warnings on standard error
  -h, --help           show this help

${INPUT_NOTES}
`,
};
