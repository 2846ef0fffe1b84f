// The curator's selection in a source's text, and where the curator's token is kept.

/** Session storage key of the API token: the tab's only, never in a URL. */
export const TOKEN_KEY = "lawtracker-token";

/** The exact characters selected inside `container`, as offsets into `text`. */
export function selectedQuote(container: HTMLElement | null, text: string): string | undefined {
  const selection = window.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return text.slice(start, start + range.toString().length);
}

