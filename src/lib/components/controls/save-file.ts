/**
 * Saves a file made in the browser (a blob: address; nothing is fetched) under a name, through a temporary link.
 * Small and without dependencies, so the pages that offer files import it directly.
 */
export function saveFile(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started from the click; the address is no longer needed after this turn.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
