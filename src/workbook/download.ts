// Handing an exported file to the user as a browser download.

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** How long a download's object URL stays valid; revoking it at once can cancel the download. */
const OBJECT_URL_LIFETIME_MS = 60_000;

/**
 * Downloads bytes as an .xlsx file through a temporary `<a download>` link. Works in browsers and in Excel on
 * Windows and on the web; Excel on Mac blocks downloads from a task pane.
 */
export function downloadInBrowser(fileName: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as BlobPart], { type: XLSX_TYPE });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
}
