/** Options every report format accepts; each format uses the ones that make sense for it. */
export interface ReportOptions {
  /** Heading of the HTML and Markdown reports; defaults to "source name ↔ target name". */
  title?: string;
  /** parallign's version, written into TMX (`creationtoolversion`) and the HTML/Markdown footers. */
  toolVersion?: string;
  /**
   * When the report was made. Reports are deterministic, so nothing reads the clock: pass the date in to
   * have it written (TMX `creationdate`, HTML/Markdown footer); omit it to leave it out.
   */
  createdAt?: Date;
}
