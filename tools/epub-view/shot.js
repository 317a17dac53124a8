// Show pages of an EPUB as a reading system does: epub.js, in headless
// Chromium driven by playwright-core, opens the book and displays spine
// items 0..N-1, each saved as a PNG.  The book and the reader are served
// from 127.0.0.1 on a port the system picks, for this run only.
// Usage: node shot.js MODULES BOOK.epub OUTDIR N
'use strict';
const http = require('http'), fs = require('fs'), path = require('path');
const [modules, book, outdir, n] = process.argv.slice(2);
const { chromium } = require(path.join(modules, 'playwright-core'));
const files = {
	'/view.html': path.join(__dirname, 'view.html'),
	'/epub.min.js': path.join(modules, 'epubjs/dist/epub.min.js'),
	'/jszip.min.js': path.join(modules, 'jszip/dist/jszip.min.js'),
	'/book.epub': path.resolve(book),
};
const types = { '.html': 'text/html', '.js': 'text/javascript',
	'.epub': 'application/epub+zip' };
const server = http.createServer((req, res) => {
	const f = files[req.url.split('?')[0]];
	if (!f) { res.writeHead(404); res.end(); return; }
	res.writeHead(200, { 'Content-Type': types[path.extname(f)] });
	fs.createReadStream(f).pipe(res);
});
server.listen(0, '127.0.0.1', async () => {
	const port = server.address().port;
	const stem = path.basename(book, '.epub');
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
			'--disable-component-update', '--disable-sync', '--no-first-run'] });
	let status = 0;
	try {
		const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
		for (let i = 0; i < +n; i++) {
			await page.goto(`http://127.0.0.1:${port}/view.html?book=book.epub&n=${i}`);
			await page.waitForFunction(() => document.title !== 'loading',
				null, { timeout: 180000 });
			const title = await page.title();
			if (title !== 'ready') { console.error(`page ${i}: ${title}`); status = 1; break; }
			await page.waitForTimeout(300);	// fonts settle
			const png = path.join(outdir, `${stem}-epub-${i + 1}.png`);
			await page.screenshot({ path: png });
			console.log(`wrote ${png}`);
		}
	} catch (e) {
		console.error(`epub-preview: ${e.message}`);
		status = 1;
	}
	await browser.close();
	server.close();
	process.exit(status);
});
