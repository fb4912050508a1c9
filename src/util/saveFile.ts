/** Offers a file for download; the saver loads on first use (no weight on opening the app). */
export async function saveFile(blob: Blob, name: string): Promise<void> {
  const { saveAs } = await import('file-saver');
  saveAs(blob, name);
}
