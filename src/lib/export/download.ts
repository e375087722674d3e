/** Saving exports: file names, and handing a file to the browser as a download. */

/** "parley-timeline-2026-02-03.svg": what, and the day it is as of. */
export function exportFileName(what: string, day: string, extension: string): string {
	const slug = what
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `parley-${slug}-${day}.${extension}`;
}

/** Offers `blob` as a download named `fileName`; changes nothing on the page. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Renders a standalone SVG to PNG at `scale` times its size (2 for print-ready images). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.decoding = 'async';
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(image.naturalWidth * scale);
		canvas.height = Math.ceil(image.naturalHeight * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw images');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
