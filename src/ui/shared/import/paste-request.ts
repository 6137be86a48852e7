/** "Paste text" on the overview opens the documents page with the paste box open and focused. */
let pending = false;

/** Asks the next import panel to open its paste box. */
export function requestPaste(): void {
  pending = true;
}

/** Whether a paste box was asked for (once). */
export function takePasteRequest(): boolean {
  const p = pending;
  pending = false;
  return p;
}
